/* Pattern files to a table keyed by head word (see pattern.h). */
#include "pattern.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <libxml/hash.h>

#include "../common/error.h"
#include "../common/lines.h"
#include "text.h"

/* The patterns sharing one head key. */
struct bucket {
	const struct irkg_pattern **list;
	size_t n, cap;
};

struct irkg_patterns {
	struct sb_stemmer *stemmer;
	/* head word -> struct bucket, as written and as a stem: two tables,
	 * so that looking a word up builds no key (asked of every word) */
	xmlHashTablePtr by_word, by_stem;
	/* word -> its stem (malloc'd): news repeats its words, and a
	 * Snowball stem costs ten times a look-up */
	xmlHashTablePtr stem_cache;
	struct irkg_pattern **all;
	size_t n, cap;
	char **files; /* file names, owned, for irkg_pattern.file */
	size_t n_files;
	irkg_lexicon *lexicon;	       /* words.txt */
	irkg_modality_table *modality; /* modality.txt */
};

int irkg_patterns_new(irkg_patterns **out)
{
	irkg_patterns *p = calloc(1, sizeof(*p));

	*out = NULL;
	if (!p)
		return IRKG_ENOMEM;
	p->stemmer = sb_stemmer_new("english", NULL);
	p->by_word = xmlHashCreate(1024);
	p->by_stem = xmlHashCreate(1024);
	p->stem_cache = xmlHashCreate(4096);
	if (!p->stemmer || !p->by_word || !p->by_stem || !p->stem_cache ||
	    irkg_lexicon_new(&p->lexicon) ||
	    irkg_modality_table_new(&p->modality)) {
		irkg_patterns_free(p);
		return IRKG_ENOMEM;
	}
	*out = p;
	return IRKG_OK;
}

static void free_bucket(void *payload, const xmlChar *name)
{
	struct bucket *b = payload;

	(void)name;
	if (b) {
		free(b->list);
		free(b);
	}
}

static void free_pattern(struct irkg_pattern *pat)
{
	size_t i, k;

	if (!pat)
		return;
	for (i = 0; i < pat->n_elements; i++) {
		const struct irkg_element *e = &pat->elements[i];

		for (k = 0; k < e->n_alternatives; k++)
			free((char *)e->alternatives[k].text);
		free((struct irkg_alternative *)e->alternatives);
	}
	free((struct irkg_element *)pat->elements);
	free((char *)pat->code);
	free(pat);
}

void irkg_patterns_free(irkg_patterns *p)
{
	size_t i;

	if (!p)
		return;
	if (p->stemmer)
		sb_stemmer_delete(p->stemmer);
	if (p->by_word)
		xmlHashFree(p->by_word, free_bucket);
	if (p->by_stem)
		xmlHashFree(p->by_stem, free_bucket);
	if (p->stem_cache)
		xmlHashFree(p->stem_cache, xmlHashDefaultDeallocator);
	for (i = 0; i < p->n; i++)
		free_pattern(p->all[i]);
	free(p->all);
	for (i = 0; i < p->n_files; i++)
		free(p->files[i]);
	free(p->files);
	irkg_lexicon_free(p->lexicon);
	irkg_modality_table_free(p->modality);
	free(p);
}

size_t irkg_patterns_count(const irkg_patterns *p)
{
	return p ? p->n : 0;
}

const irkg_lexicon *irkg_patterns_lexicon(const irkg_patterns *p)
{
	return p ? p->lexicon : NULL;
}

const irkg_modality_table *irkg_patterns_modality(const irkg_patterns *p)
{
	return p ? p->modality : NULL;
}

/* The most words whose stems are kept: a bound on memory over a long run
 * (a year of news has fewer distinct words). */
#define STEM_CACHE_MAX 500000

void irkg_patterns_stem(irkg_patterns *p, const char *w, size_t len, char *buf,
			size_t size)
{
	const sb_symbol *s;
	const char *cached = NULL;
	size_t n, full = 0;

	if (!size)
		return;
	/* the cache is keyed by whole NUL-ended words */
	if (w[len] == '\0')
		cached = xmlHashLookup(p->stem_cache, (const xmlChar *)w);
	if (cached) {
		n = strlen(cached);
		if (n > size - 1)
			n = size - 1;
		memcpy(buf, cached, n);
		buf[n] = '\0';
		return;
	}
	s = sb_stemmer_stem(p->stemmer, (const sb_symbol *)w, (int)len);
	if (!s) { /* out of memory inside the stemmer: the word itself */
		n = len < size - 1 ? len : size - 1;
		memcpy(buf, w, n);
	} else {
		n = full = (size_t)sb_stemmer_length(p->stemmer);
		if (n > size - 1)
			n = size - 1;
		memcpy(buf, s, n);
	}
	buf[n] = '\0';
	/* a word not kept (out of memory, or the cache full) is only stemmed
	 * again next time */
	if (s && w[len] == '\0' &&
	    xmlHashSize(p->stem_cache) < STEM_CACHE_MAX) {
		char *copy = strndup((const char *)s, full);

		if (copy &&
		    xmlHashAddEntry(p->stem_cache, (const xmlChar *)w, copy))
			free(copy);
	}
}

int irkg_alternative_matches(const struct irkg_alternative *a, const char *norm,
			     const char *stem)
{
	return strcmp(a->text, a->stem ? stem : norm) == 0;
}

/* ---- reading ---- */

struct reader {
	irkg_patterns *p;
	const char *file;
	unsigned line;
	enum irkg_pattern_kind kind;
	char *error;
	size_t error_size;
};

static int bad_line(struct reader *r, const char *why)
{
	if (r->error && r->error_size)
		snprintf(r->error, r->error_size, "%s:%u: %s", r->file, r->line,
			 why);
	return IRKG_EPARSE;
}

/* One alternative: "word" or "word*", normalised like text tokens. */
static int parse_alternative(struct reader *r, const char *s, size_t len,
			     struct irkg_alternative *out)
{
	char *norm = NULL, buf[256];
	int stem = len > 1 && s[len - 1] == '*';
	int rc;

	if (stem)
		len--;
	if (!len)
		return bad_line(r, "an empty word");
	/* "'s" and "'" alone are tokens of text after a name ("Estonia's");
	 * the tokenizer would split them when they stand first */
	if (!stem && ((len == 2 && s[0] == '\'' && s[1] == 's') ||
		      (len == 1 && s[0] == '\''))) {
		norm = strndup(s, len);
		if (!norm)
			return IRKG_ENOMEM;
		out->text = norm;
		out->stem = 0;
		return IRKG_OK;
	}
	rc = irkg_text_normalise(s, len, &norm);
	if (rc)
		return rc == IRKG_ENOMEM ? rc : bad_line(r, "a bad word");
	if (stem) {
		irkg_patterns_stem(r->p, norm, strlen(norm), buf, sizeof(buf));
		free(norm);
		norm = strdup(buf);
		if (!norm)
			return IRKG_ENOMEM;
	}
	out->text = norm;
	out->stem = stem;
	return IRKG_OK;
}

static int parse_element(struct reader *r, const char *s, size_t len,
			 struct irkg_element *e)
{
	struct irkg_alternative *alts;
	size_t n = 1, i, start;
	int rc;

	memset(e, 0, sizeof(*e));
	if (len == 3 && memcmp(s, "SRC", 3) == 0) {
		e->kind = IRKG_ELEMENT_SRC;
		return IRKG_OK;
	}
	if (len == 3 && memcmp(s, "TGT", 3) == 0) {
		e->kind = IRKG_ELEMENT_TGT;
		return IRKG_OK;
	}
	if (len == 2 && memcmp(s, "..", 2) == 0) {
		e->kind = IRKG_ELEMENT_GAP;
		return IRKG_OK;
	}
	if (len == 3 && memcmp(s, "...", 3) == 0) {
		e->kind = IRKG_ELEMENT_LONG_GAP;
		return IRKG_OK;
	}
	if (len >= 2 && s[0] == '[' && s[len - 1] == ']') {
		e->optional = 1;
		s++;
		len -= 2;
	}
	for (i = 0; i < len; i++)
		n += s[i] == '|';
	alts = calloc(n, sizeof(*alts));
	if (!alts)
		return IRKG_ENOMEM;
	e->kind = IRKG_ELEMENT_WORD;
	e->alternatives = alts;
	for (i = 0, start = 0; i <= len; i++) {
		if (i < len && s[i] != '|')
			continue;
		rc = parse_alternative(r, s + start, i - start,
				       &alts[e->n_alternatives]);
		if (rc)
			return rc;
		e->n_alternatives++;
		start = i + 1;
	}
	return IRKG_OK;
}

static int add_to_bucket(xmlHashTablePtr table, const char *key,
			 const struct irkg_pattern *pat)
{
	struct bucket *b = xmlHashLookup(table, (const xmlChar *)key);

	if (!b) {
		b = calloc(1, sizeof(*b));
		if (!b)
			return IRKG_ENOMEM;
		if (xmlHashAddEntry(table, (const xmlChar *)key, b)) {
			free(b);
			return IRKG_ENOMEM;
		}
	}
	for (size_t i = 0; i < b->n; i++)
		if (b->list[i] == pat)
			return IRKG_OK; /* "a*|a" */
	if (b->n == b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 4;
		const struct irkg_pattern **grown =
			realloc(b->list, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		b->list = grown;
		b->cap = cap;
	}
	b->list[b->n++] = pat;
	return IRKG_OK;
}

static int keep_pattern(irkg_patterns *p, struct irkg_pattern *pat)
{
	const struct irkg_element *head = &pat->elements[pat->head];
	size_t i;
	int rc;

	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 256;
		struct irkg_pattern **grown =
			realloc(p->all, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		p->all = grown;
		p->cap = cap;
	}
	p->all[p->n++] = pat;
	for (i = 0; i < head->n_alternatives; i++) {
		rc = add_to_bucket(head->alternatives[i].stem ? p->by_stem
							      : p->by_word,
				   head->alternatives[i].text, pat);
		if (rc)
			return rc;
	}
	return IRKG_OK;
}

/* One line without its comment and trailing blanks. */
static int parse_line(struct reader *r, char *line)
{
	char *tab = strchr(line, '\t'), *s;
	struct irkg_pattern *pat;
	struct irkg_element *elements;
	size_t n = 0, cap = 8, len;
	int rc = IRKG_OK, head_found = 0;

	if (!tab)
		return bad_line(r, "no TAB between code and pattern");
	*tab = '\0';
	pat = calloc(1, sizeof(*pat));
	elements = calloc(cap, sizeof(*elements));
	if (!pat || !elements) {
		free(pat);
		free(elements);
		return IRKG_ENOMEM;
	}
	pat->kind = r->kind;
	pat->file = r->file;
	pat->line = r->line;
	pat->elements = elements;
	pat->code = strdup(line[0] == '@' ? line + 1 : line);
	if (!pat->code) {
		free_pattern(pat);
		return IRKG_ENOMEM;
	}
	/* the one act code that says its doer is a third party: the rules
	 * ask the flag, not the code */
	pat->between_others = r->kind == IRKG_PATTERN_EVENT &&
			      strncmp(pat->code, "045", 3) == 0;
	for (s = tab + 1; *s;) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		len = strcspn(s, " ");
		if (n == cap) {
			struct irkg_element *grown =
				realloc(elements, 2 * cap * sizeof(*grown));

			if (!grown) {
				rc = IRKG_ENOMEM;
				break;
			}
			memset(grown + cap, 0, cap * sizeof(*grown));
			elements = grown;
			pat->elements = elements;
			cap *= 2;
		}
		rc = parse_element(r, s, len, &elements[n]);
		pat->n_elements = ++n; /* freed with the pattern either way */
		if (rc)
			break;
		if (!head_found && elements[n - 1].kind == IRKG_ELEMENT_WORD &&
		    !elements[n - 1].optional) {
			pat->head = n - 1;
			head_found = 1;
		}
		s += len;
	}
	if (!rc && !head_found)
		rc = bad_line(r, "no required word to key the pattern on");
	if (!rc && r->kind == IRKG_PATTERN_CUE) {
		for (size_t i = 0; i < n && !rc; i++)
			if (elements[i].kind == IRKG_ELEMENT_SRC ||
			    elements[i].kind == IRKG_ELEMENT_TGT)
				rc = bad_line(r, "a cue has no SRC or TGT");
	}
	if (!rc)
		rc = keep_pattern(r->p, pat);
	else
		free_pattern(pat);
	return rc;
}

static int kind_of(const char *path, enum irkg_pattern_kind *kind)
{
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	if (strncmp(base, "events-", 7) == 0 &&
	    strcmp(base + strlen(base) - 4, ".txt") == 0)
		*kind = IRKG_PATTERN_EVENT;
	else if (strcmp(base, "relations.txt") == 0)
		*kind = IRKG_PATTERN_RELATION;
	else if (strcmp(base, "cues.txt") == 0)
		*kind = IRKG_PATTERN_CUE;
	else
		return IRKG_EINVAL;
	return IRKG_OK;
}

static int pattern_line(void *data, char *line, unsigned number)
{
	struct reader *r = data;

	r->line = number;
	return parse_line(r, line);
}

int irkg_patterns_read_file(irkg_patterns *p, const char *path, char *error,
			    size_t error_size)
{
	struct reader r = {p, NULL, 0, IRKG_PATTERN_EVENT, error, error_size};
	char **files;

	if (!p || !path)
		return IRKG_EINVAL;
	if (kind_of(path, &r.kind)) {
		if (error && error_size)
			snprintf(error, error_size,
				 "%s: not a pattern file (events-NN.txt, "
				 "relations.txt or cues.txt)",
				 path);
		return IRKG_EINVAL;
	}
	files = realloc(p->files, (p->n_files + 1) * sizeof(*files));
	if (!files)
		return IRKG_ENOMEM;
	p->files = files;
	if (!(p->files[p->n_files] = strdup(path)))
		return IRKG_ENOMEM;
	r.file = p->files[p->n_files++];
	return irkg_lines_read(path, pattern_line, &r, error, error_size);
}

int irkg_patterns_add(irkg_patterns *p, enum irkg_pattern_kind kind,
		      const char *file, unsigned line, const char *text,
		      char *error, size_t error_size)
{
	struct reader r = {p, NULL, line, kind, error, error_size};
	char *copy;
	int rc;

	if (!p || !file || !text)
		return IRKG_EINVAL;
	/* one copy of a file's name for all its lines */
	if (!p->n_files || strcmp(p->files[p->n_files - 1], file) != 0) {
		char **files =
			realloc(p->files, (p->n_files + 1) * sizeof(*files));

		if (!files)
			return IRKG_ENOMEM;
		p->files = files;
		if (!(p->files[p->n_files] = strdup(file)))
			return IRKG_ENOMEM;
		p->n_files++;
	}
	r.file = p->files[p->n_files - 1];
	if (!(copy = strdup(text)))
		return IRKG_ENOMEM;
	rc = parse_line(&r, copy);
	free(copy);
	return rc;
}

/* ---- forms made by rule ---- */

/* Whether every alternative of word element e may be the object noun of
 * a verb: not a preposition, article or count of words.txt. */
static int noun_element(const irkg_patterns *p, const struct irkg_element *e)
{
	irkg_word_kinds not_nouns =
		(irkg_word_kinds)1 << IRKG_WORD_OBJECT_PREPOSITION |
		(irkg_word_kinds)1 << IRKG_WORD_TOPIC_OR_PLACE |
		(irkg_word_kinds)1 << IRKG_WORD_DETERMINER |
		(irkg_word_kinds)1 << IRKG_WORD_INDEFINITE |
		(irkg_word_kinds)1 << IRKG_WORD_COUNT |
		(irkg_word_kinds)1 << IRKG_WORD_COMPLEMENT |
		(irkg_word_kinds)1 << IRKG_WORD_CONJUNCTION;

	if (e->kind != IRKG_ELEMENT_WORD || e->optional)
		return 0;
	for (size_t k = 0; k < e->n_alternatives; k++) {
		const char *w = e->alternatives[k].text;

		/* "of", "off", "up": too short for a noun of news */
		if (strlen(w) < 3 || strcmp(w, "off") == 0 ||
		    strcmp(w, "out") == 0 || strcmp(w, "that") == 0 ||
		    strcmp(w, "from") == 0 ||
		    (irkg_lexicon_kinds(p->lexicon, w) & not_nouns))
			return 0;
	}
	return 1;
}

static int copy_element(struct irkg_element *to,
			const struct irkg_element *from)
{
	struct irkg_alternative *alts = calloc(
		from->n_alternatives ? from->n_alternatives : 1, sizeof(*alts));

	*to = *from;
	to->alternatives = alts;
	to->n_alternatives = 0;
	if (!alts)
		return IRKG_ENOMEM;
	for (size_t k = 0; k < from->n_alternatives; k++) {
		alts[k].stem = from->alternatives[k].stem;
		if (!(alts[k].text = strdup(from->alternatives[k].text)))
			return IRKG_ENOMEM;
		to->n_alternatives++;
	}
	to->optional = 0;
	to->object_noun = 0;
	return IRKG_OK;
}

/* The passive of `pat` when it is a verb and its object noun, with only
 * optional words between them and nothing after the noun but a
 * preposition or TGT: "NOUN VERB by SRC". *out NULL when it has none. */
static int passive_of(irkg_patterns *p, const struct irkg_pattern *pat,
		      struct irkg_pattern **out)
{
	const struct irkg_element *verb, *noun = NULL, *after;
	struct irkg_pattern *d = NULL;
	struct irkg_element *e;
	size_t i;
	int rc;

	*out = NULL;
	if (pat->kind != IRKG_PATTERN_EVENT || pat->head != 0 || pat->derived)
		return IRKG_OK;
	verb = &pat->elements[0];
	for (i = 1; i < pat->n_elements; i++) {
		e = (struct irkg_element *)&pat->elements[i];
		if (e->kind != IRKG_ELEMENT_WORD)
			return IRKG_OK; /* a slot or a gap before the noun */
		if (!e->optional)
			break;
	}
	if (i == pat->n_elements || !noun_element(p, &pat->elements[i]))
		return IRKG_OK;
	noun = &pat->elements[i];
	/* "impose* sanctions on TGT": the passive says whom from the
	 * clause; "call* off talks", "step* up pressure" are no nouns */
	if (i + 1 < pat->n_elements) {
		after = &pat->elements[i + 1];
		if (after->kind == IRKG_ELEMENT_WORD &&
		    !(irkg_lexicon_kinds(p->lexicon,
					 after->alternatives[0].text) &
		      ((irkg_word_kinds)1 << IRKG_WORD_OBJECT_PREPOSITION)))
			return IRKG_OK;
		if (after->kind != IRKG_ELEMENT_WORD &&
		    after->kind != IRKG_ELEMENT_TGT)
			return IRKG_OK;
	}
	d = calloc(1, sizeof(*d));
	e = calloc(4, sizeof(*e));
	if (!d || !e) {
		free(d);
		free(e);
		return IRKG_ENOMEM;
	}
	d->kind = pat->kind;
	d->file = pat->file;
	d->line = pat->line;
	d->derived = 1;
	d->between_others = pat->between_others;
	/* keyed on the participle, as a written "brokered by SRC" is: the
	 * noun may end another match ("signed a ceasefire agreement
	 * brokered by Qatar") */
	d->head = 1;
	d->elements = e;
	d->code = strdup(pat->code);
	rc = d->code ? IRKG_OK : IRKG_ENOMEM;
	if (!rc) {
		rc = copy_element(&e[0], noun);
		d->n_elements = 1;
	}
	if (!rc) {
		rc = copy_element(&e[1], verb);
		d->n_elements = 2;
	}
	if (!rc) {
		struct irkg_alternative *by = calloc(1, sizeof(*by));

		e[2].kind = IRKG_ELEMENT_WORD;
		e[2].alternatives = by;
		d->n_elements = 3;
		if (!by || !(by->text = strdup("by")))
			rc = IRKG_ENOMEM;
		else
			e[2].n_alternatives = 1;
	}
	if (!rc) {
		e[3].kind = IRKG_ELEMENT_SRC;
		d->n_elements = 4;
	}
	if (rc) {
		free_pattern(d);
		return rc;
	}
	*out = d;
	return IRKG_OK;
}

/* Mark the object noun of `pat` when it is a verb, optional words and a
 * noun ("broker* [a|an] deal", "impose* sanctions on TGT"): a noun of
 * news has words of its own before it ("brokered a peace deal",
 * "imposed fresh sanctions"), which matching passes (match.c). */
static void mark_object_noun(const irkg_patterns *p,
			     const struct irkg_pattern *pat)
{
	size_t i;

	if (pat->kind != IRKG_PATTERN_EVENT || pat->head != 0 || pat->derived)
		return;
	for (i = 1; i < pat->n_elements; i++) {
		if (pat->elements[i].kind != IRKG_ELEMENT_WORD)
			return;
		if (!pat->elements[i].optional)
			break;
	}
	if (i < pat->n_elements && noun_element(p, &pat->elements[i]))
		((struct irkg_element *)&pat->elements[i])->object_noun = 1;
}

/* A key saying what a derived pattern matches, so that "impose*
 * sanctions" and "impose* sanctions on TGT" give one passive. */
static int derived_key(const struct irkg_pattern *d, char *key, size_t size)
{
	size_t n = (size_t)snprintf(key, size, "%s", d->code);

	for (size_t i = 0; i < 2 && n < size; i++)
		for (size_t k = 0;
		     k < d->elements[i].n_alternatives && n < size; k++)
			n += (size_t)snprintf(
				key + n, size - n, "%c%s%s", k ? '|' : ' ',
				d->elements[i].alternatives[k].text,
				d->elements[i].alternatives[k].stem ? "*" : "");
	return n < size;
}

/* The passives of the event patterns read so far, and their object nouns
 * marked (irkg_patterns_read_dir, once words.txt is in). */
static int add_passives(irkg_patterns *p)
{
	xmlHashTablePtr seen = xmlHashCreate(256);
	size_t n = p->n, i;
	char key[1024];
	int rc = IRKG_OK;

	if (!seen)
		return IRKG_ENOMEM;
	for (i = 0; i < n && !rc; i++) {
		struct irkg_pattern *d = NULL;

		mark_object_noun(p, p->all[i]);
		rc = passive_of(p, p->all[i], &d);
		if (rc || !d)
			continue;
		if (!derived_key(d, key, sizeof(key)) ||
		    xmlHashLookup(seen, (const xmlChar *)key)) {
			free_pattern(d);
			continue;
		}
		if (xmlHashAddEntry(seen, (const xmlChar *)key, d) ||
		    (rc = keep_pattern(p, d)) != IRKG_OK) {
			if (!rc) {
				free_pattern(d);
				rc = IRKG_ENOMEM;
			}
		}
	}
	xmlHashFree(seen, NULL);
	return rc;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int irkg_patterns_read_dir(irkg_patterns *p, const char *dir, char *error,
			   size_t error_size)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL, path[4096];
	size_t n = 0, cap = 0, i;
	int rc = IRKG_OK;
	enum irkg_pattern_kind kind;

	if (!d) {
		if (error && error_size)
			snprintf(error, error_size, "%s: %s", dir,
				 strerror(errno));
		return IRKG_EIO;
	}
	while ((e = readdir(d)) != NULL && !rc) {
		if (e->d_name[0] == '.' || kind_of(e->d_name, &kind))
			continue;
		if (n == cap) {
			char **grown;

			cap = cap ? 2 * cap : 32;
			grown = realloc(names, cap * sizeof(*grown));
			if (!grown) {
				rc = IRKG_ENOMEM;
				break;
			}
			names = grown;
		}
		if (!(names[n] = strdup(e->d_name)))
			rc = IRKG_ENOMEM;
		else
			n++;
	}
	closedir(d);
	if (names)
		qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n && !rc; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		rc = irkg_patterns_read_file(p, path, error, error_size);
	}
	if (!rc) {
		snprintf(path, sizeof(path), "%s/words.txt", dir);
		rc = irkg_lexicon_read_file(p->lexicon, path, error,
					    error_size);
	}
	if (!rc) {
		snprintf(path, sizeof(path), "%s/modality.txt", dir);
		rc = irkg_modality_table_read_file(p->modality, path, error,
						   error_size);
	}
	if (!rc)
		rc = add_passives(p);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

void irkg_patterns_lookup(const irkg_patterns *p, const char *norm,
			  const char *stem,
			  const struct irkg_pattern *const **exact,
			  size_t *n_exact,
			  const struct irkg_pattern *const **stemmed,
			  size_t *n_stemmed)
{
	const struct bucket *b;

	b = xmlHashLookup(p->by_word, (const xmlChar *)norm);
	*exact = b ? b->list : NULL;
	*n_exact = b ? b->n : 0;
	b = xmlHashLookup(p->by_stem, (const xmlChar *)stem);
	*stemmed = b ? b->list : NULL;
	*n_stemmed = b ? b->n : 0;
}
