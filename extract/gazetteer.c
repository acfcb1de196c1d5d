/* The gazetteer: a hash of token n-grams keyed by their first token. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "gazetteer.h"

/* One surface form: its tokens point into `text`, a copy of the surface with
 * the separating spaces replaced by NULs. */
struct form {
	char *text;
	size_t n_tokens;
	const char *tokens[IRKG_GAZETTEER_MAX_TOKENS];
	size_t lengths[IRKG_GAZETTEER_MAX_TOKENS];
	struct irkg_gazetteer_entry **entries;
	size_t n_entries, cap_entries;
};

/* The surface forms sharing a first token, longest first (ties: in the
 * order added). */
struct bucket {
	struct form **forms;
	size_t n, cap;
};

struct irkg_gazetteer {
	xmlHashTablePtr buckets; /* first token -> struct bucket */
	xmlHashTablePtr forms;	 /* whole surface -> struct form */
	xmlHashTablePtr strings; /* string -> its interned copy */
	size_t n_forms;
};

static void free_form(void *payload, const xmlChar *name)
{
	struct form *f = payload;
	size_t i;

	(void)name;
	for (i = 0; i < f->n_entries; i++)
		free(f->entries[i]);
	free(f->entries);
	free(f->text);
	free(f);
}

static void free_bucket(void *payload, const xmlChar *name)
{
	struct bucket *b = payload;

	(void)name;
	free(b->forms);
	free(b);
}

static void free_string(void *payload, const xmlChar *name)
{
	(void)name;
	free(payload);
}

int irkg_gazetteer_new(irkg_gazetteer **out)
{
	irkg_gazetteer *g = NULL;

	if (!out)
		return IRKG_EINVAL;
	*out = NULL;
	g = calloc(1, sizeof(*g));
	if (!g)
		return IRKG_ENOMEM;
	g->buckets = xmlHashCreate(1024);
	g->forms = xmlHashCreate(1024);
	g->strings = xmlHashCreate(256);
	if (!g->buckets || !g->forms || !g->strings) {
		irkg_gazetteer_free(g);
		return IRKG_ENOMEM;
	}
	*out = g;
	return IRKG_OK;
}

void irkg_gazetteer_free(irkg_gazetteer *g)
{
	if (!g)
		return;
	if (g->buckets)
		xmlHashFree(g->buckets, free_bucket);
	if (g->forms)
		xmlHashFree(g->forms, free_form);
	if (g->strings)
		xmlHashFree(g->strings, free_string);
	free(g);
}

size_t irkg_gazetteer_size(const irkg_gazetteer *g)
{
	return g ? g->n_forms : 0;
}

/* Whether `s` is NULL or looks like YYYY-MM-DD. */
static int date_ok(const char *s)
{
	static const char shape[] = "dddd-dd-dd";
	size_t i;

	if (!s)
		return 1;
	for (i = 0; shape[i]; i++) {
		if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9')
				    : s[i] != shape[i])
			return 0;
	}
	return s[i] == '\0';
}

/* Split `text` in place at single spaces into `f`'s tokens; 0 or
 * IRKG_EINVAL when the surface form is malformed. */
static int split_tokens(struct form *f, char *text)
{
	char *p = text;

	f->n_tokens = 0;
	for (;;) {
		char *end = strchr(p, ' ');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if (len == 0 || len > IRKG_GAZETTEER_MAX_TOKEN_BYTES ||
		    f->n_tokens == IRKG_GAZETTEER_MAX_TOKENS)
			return IRKG_EINVAL;
		f->tokens[f->n_tokens] = p;
		f->lengths[f->n_tokens] = len;
		f->n_tokens++;
		if (!end)
			return IRKG_OK;
		*end = '\0';
		p = end + 1;
	}
}

/* The interned copy of `s` in *out (NULL for NULL); 0 or IRKG_ENOMEM. */
static int intern(irkg_gazetteer *g, const char *s, const char **out)
{
	char *copy;

	*out = NULL;
	if (!s)
		return IRKG_OK;
	*out = xmlHashLookup(g->strings, (const xmlChar *)s);
	if (*out)
		return IRKG_OK;
	copy = strdup(s);
	if (!copy)
		return IRKG_ENOMEM;
	if (xmlHashAddEntry(g->strings, (const xmlChar *)copy, copy) != 0) {
		free(copy);
		return IRKG_ENOMEM;
	}
	*out = copy;
	return IRKG_OK;
}

/* Fields compared as pointers: both sides are interned. */
static int same_entry(const struct irkg_gazetteer_entry *a,
		      const struct irkg_gazetteer_entry *b)
{
	return a->id == b->id && a->kind == b->kind &&
	       a->name_kind == b->name_kind && a->state == b->state &&
	       a->valid_from == b->valid_from && a->valid_to == b->valid_to &&
	       a->post == b->post && a->role == b->role &&
	       a->region == b->region && a->seat_of == b->seat_of &&
	       a->neighbours == b->neighbours && a->flags == b->flags &&
	       a->caps == b->caps;
}

/* A new form for `surface` (not yet in any table) in *out; 0, IRKG_EINVAL or
 * IRKG_ENOMEM. */
static int new_form(const char *surface, struct form **out)
{
	struct form *f = NULL;
	int rc = IRKG_ENOMEM;

	*out = NULL;
	f = calloc(1, sizeof(*f));
	if (!f)
		goto cleanup;
	f->text = strdup(surface);
	if (!f->text)
		goto cleanup;
	rc = split_tokens(f, f->text);
	if (rc != IRKG_OK)
		goto cleanup;
	*out = f;
	return IRKG_OK;
cleanup:
	if (f)
		free_form(f, NULL);
	return rc;
}

/* Make room for one more form in `b`; 0 or IRKG_ENOMEM. */
static int reserve_bucket(struct bucket *b)
{
	struct form **forms;
	size_t cap;

	if (b->n < b->cap)
		return IRKG_OK;
	cap = b->cap ? 2 * b->cap : 4;
	forms = realloc(b->forms, cap * sizeof(*forms));
	if (!forms)
		return IRKG_ENOMEM;
	b->forms = forms;
	b->cap = cap;
	return IRKG_OK;
}

/* Insert `f` after every form at least as long (room reserved). */
static void insert_form(struct bucket *b, struct form *f)
{
	size_t at = b->n;

	assert(b->n < b->cap);
	while (at > 0 && b->forms[at - 1]->n_tokens < f->n_tokens)
		at--;
	memmove(b->forms + at + 1, b->forms + at,
		(b->n - at) * sizeof(*b->forms));
	b->forms[at] = f;
	b->n++;
}

/* Put the new form `f` into both tables; 0 or IRKG_ENOMEM, when neither
 * table has changed and `f` is still the caller's. */
static int add_form(irkg_gazetteer *g, const char *surface, struct form *f)
{
	const xmlChar *first = (const xmlChar *)f->tokens[0];
	struct bucket *b = xmlHashLookup(g->buckets, first);
	struct bucket *created = NULL;

	if (!b) {
		created = calloc(1, sizeof(*created));
		if (!created)
			return IRKG_ENOMEM;
		b = created;
	}
	if (reserve_bucket(b) != IRKG_OK)
		goto fail;
	if (created && xmlHashAddEntry(g->buckets, first, created) != 0)
		goto fail;
	if (xmlHashAddEntry(g->forms, (const xmlChar *)surface, f) != 0) {
		if (created)
			xmlHashRemoveEntry(g->buckets, first, NULL);
		goto fail;
	}
	insert_form(b, f);
	g->n_forms++;
	return IRKG_OK;
fail:
	if (created)
		free_bucket(created, NULL);
	return IRKG_ENOMEM;
}

int irkg_gazetteer_add(irkg_gazetteer *g, const char *surface,
		       const struct irkg_gazetteer_entry *entry)
{
	struct irkg_gazetteer_entry key, *copy = NULL;
	struct form *f, *created = NULL;
	size_t i;
	int rc;

	if (!g || !surface || !entry || !entry->id ||
	    !date_ok(entry->valid_from) || !date_ok(entry->valid_to))
		return IRKG_EINVAL;
	f = xmlHashLookup(g->forms, (const xmlChar *)surface);
	if (!f) {
		rc = new_form(surface, &created);
		if (rc != IRKG_OK)
			return rc;
		f = created;
	}

	key = *entry;
	rc = intern(g, entry->id, &key.id);
	if (rc == IRKG_OK)
		rc = intern(g, entry->state, &key.state);
	if (rc == IRKG_OK)
		rc = intern(g, entry->valid_from, &key.valid_from);
	if (rc == IRKG_OK)
		rc = intern(g, entry->valid_to, &key.valid_to);
	if (rc == IRKG_OK)
		rc = intern(g, entry->post, &key.post);
	if (rc == IRKG_OK)
		rc = intern(g, entry->role, &key.role);
	if (rc == IRKG_OK)
		rc = intern(g, entry->region, &key.region);
	if (rc == IRKG_OK)
		rc = intern(g, entry->seat_of, &key.seat_of);
	if (rc == IRKG_OK)
		rc = intern(g, entry->neighbours, &key.neighbours);
	if (rc != IRKG_OK)
		goto cleanup;
	for (i = 0; i < f->n_entries; i++)
		if (same_entry(f->entries[i], &key))
			goto cleanup; /* rc is IRKG_OK: already there */

	rc = IRKG_ENOMEM;
	if (f->n_entries == f->cap_entries) {
		size_t cap = f->cap_entries ? 2 * f->cap_entries : 2;
		struct irkg_gazetteer_entry **entries =
			realloc(f->entries, cap * sizeof(*entries));

		if (!entries)
			goto cleanup;
		f->entries = entries;
		f->cap_entries = cap;
	}
	copy = malloc(sizeof(*copy));
	if (!copy)
		goto cleanup;
	*copy = key;
	if (created) {
		rc = add_form(g, surface, created);
		if (rc != IRKG_OK)
			goto cleanup;
		created = NULL; /* the tables own it now */
	}
	f->entries[f->n_entries++] = copy;
	copy = NULL;
	rc = IRKG_OK;
cleanup:
	free(copy);
	if (created)
		free_form(created, NULL);
	return rc;
}

int irkg_gazetteer_match(const irkg_gazetteer *g,
			 const struct irkg_span *tokens, size_t n_tokens,
			 size_t at, size_t *length,
			 const struct irkg_gazetteer_entry *const **entries,
			 size_t *n_entries)
{
	char key[IRKG_GAZETTEER_MAX_TOKEN_BYTES + 1];
	const struct irkg_span *t;
	const struct bucket *b;
	size_t left, i, k;

	if (length)
		*length = 0;
	if (entries)
		*entries = NULL;
	if (n_entries)
		*n_entries = 0;
	if (!g || !tokens || !length || !entries || !n_entries ||
	    at >= n_tokens)
		return IRKG_EINVAL;
	t = tokens + at;
	left = n_tokens - at;
	/* xmlHashLookup wants a C string: copy the token to the stack, so
	 * matching never allocates. A NUL inside the token is caught below by
	 * comparing lengths. */
	if (t->length == 0 || t->length > IRKG_GAZETTEER_MAX_TOKEN_BYTES)
		return IRKG_OK;
	memcpy(key, t->text, t->length);
	key[t->length] = '\0';
	b = xmlHashLookup(g->buckets, (const xmlChar *)key);
	if (!b)
		return IRKG_OK;
	for (i = 0; i < b->n; i++) {
		const struct form *f = b->forms[i];

		if (f->n_tokens > left)
			continue;
		for (k = 0; k < f->n_tokens; k++)
			if (t[k].length != f->lengths[k] ||
			    memcmp(t[k].text, f->tokens[k], t[k].length) != 0)
				break;
		if (k == f->n_tokens) {
			*length = f->n_tokens;
			*entries = (const struct irkg_gazetteer_entry *const *)
					   f->entries;
			*n_entries = f->n_entries;
			return IRKG_OK;
		}
	}
	return IRKG_OK;
}

int irkg_gazetteer_entry_valid_on(const struct irkg_gazetteer_entry *e,
				  const char *date)
{
	if (!e)
		return 0;
	if (!date)
		return 1;
	if (e->valid_from && strcmp(date, e->valid_from) < 0)
		return 0;
	if (e->valid_to && strcmp(date, e->valid_to) >= 0)
		return 0;
	return 1;
}
