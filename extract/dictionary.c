/* PETRARCH2 and TABARI verb dictionaries to irkg event patterns (see
 * dictionary.h). Each dictionary pattern becomes one irkg pattern line per
 * verb shape of its block, written in the syntax of the pattern files and
 * compiled by irkg_patterns_add, so the matcher knows nothing of the
 * format. */
#include "dictionary.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "../common/lines.h"

/* How many patterns one dictionary line may give when its synsets have
 * phrases of several words (each phrase is a pattern of its own). */
#define MAX_VARIANTS 64

struct text {
	char *s;
	size_t n, cap;
};

struct synset {
	char *name;	/* "&CURRENCY", as written */
	char **members; /* "money", "aid convoy", "cash_" */
	size_t n, cap;
	int no_plural; /* its name ends with '_' */
};

/* A verb of a block as the elements of a pattern: "cordon|cordons|...
 * off" is front "", verb "cordon|cordons|...", back "off". */
struct verb {
	char *front, *alternatives, *back;
};

struct dictionary {
	irkg_patterns *p;
	const char *path;
	unsigned line;
	struct irkg_dictionary_counts counts;
	char *error;
	size_t error_size;
	struct synset *synsets;
	size_t n_synsets, cap_synsets;
	int in_synset;	    /* '+' lines add to the last synset */
	int in_block;	    /* a "---" line was read */
	int stopped;	    /* "<!": PETRARCH stops reading patterns */
	char block_code[8]; /* "" for the null code */
	struct verb *verbs;
	size_t n_verbs, cap_verbs;
};

/* One element of a dictionary pattern before it becomes irkg syntax. */
enum item_kind {
	ITEM_WORD,
	ITEM_PREP,
	ITEM_SYNSET,
	ITEM_SRC,
	ITEM_TGT,
	ITEM_GAP,
	ITEM_VERB
};

struct item {
	enum item_kind kind;
	const char *word; /* into the line; ITEM_WORD, ITEM_PREP, ITEM_SYNSET */
	size_t len;
	int joined; /* the next word of a {noun phrase}: no gap before it */
	int head;   /* the last word of a noun phrase: matches its plural */
};

#define MAX_ITEMS 48

static int bad(struct dictionary *d, const char *why)
{
	if (d->error && d->error_size)
		snprintf(d->error, d->error_size, "%s:%u: %s", d->path, d->line,
			 why);
	return IRKG_EPARSE;
}

static int grow(void **array, size_t *cap, size_t n, size_t size)
{
	void *grown;
	size_t c;

	if (n < *cap)
		return IRKG_OK;
	c = *cap ? 2 * *cap : 16;
	grown = realloc(*array, c * size);
	if (!grown)
		return IRKG_ENOMEM;
	*array = grown;
	*cap = c;
	return IRKG_OK;
}

static int put(struct text *t, const char *s, size_t len)
{
	if (t->n + len + 1 > t->cap) {
		size_t cap = t->cap ? t->cap : 128;
		char *grown;

		while (cap < t->n + len + 1)
			cap *= 2;
		grown = realloc(t->s, cap);
		if (!grown)
			return IRKG_ENOMEM;
		t->s = grown;
		t->cap = cap;
	}
	memcpy(t->s + t->n, s, len);
	t->n += len;
	t->s[t->n] = '\0';
	return IRKG_OK;
}

static int puts_(struct text *t, const char *s)
{
	return put(t, s, strlen(s));
}

/* Back to the first `n` bytes. */
static void cut(struct text *t, size_t n)
{
	t->n = n;
	if (t->s)
		t->s[n] = '\0';
}

/* A word in lower case; '_' ends a word's phrase ("cash_": no plural). */
static int put_lower(struct text *t, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = (char)tolower((unsigned char)s[i]);

		if (put(t, &c, 1))
			return IRKG_ENOMEM;
	}
	return IRKG_OK;
}

/* The word and, unless `plain`, its regular plural as PETRARCH makes it:
 * "treaty|treaties", "loss|losses", "aid|aids". */
static int put_noun(struct text *t, const char *s, size_t len, int plain)
{
	int rc;

	if (len && s[len - 1] == '_') {
		len--;
		plain = 1;
	}
	rc = put_lower(t, s, len);
	if (rc || plain || len < 2)
		return rc;
	rc = put(t, "|", 1);
	if (!rc && (s[len - 1] == 'Y' || s[len - 1] == 'y'))
		rc = put_lower(t, s, len - 1) || puts_(t, "ies");
	else if (!rc && (s[len - 1] == 'S' || s[len - 1] == 's'))
		rc = put_lower(t, s, len) || puts_(t, "es");
	else if (!rc)
		rc = put_lower(t, s, len) || puts_(t, "s");
	return rc ? IRKG_ENOMEM : IRKG_OK;
}

/* The regular forms PETRARCH makes of a verb: "accuse|accuses|accused|
 * accusing". */
static int put_verb_forms(struct text *t, const char *s, size_t len)
{
	char last = len ? (char)toupper((unsigned char)s[len - 1]) : 0;
	char before = len > 1 ? (char)toupper((unsigned char)s[len - 2]) : 0;
	int rc = put_lower(t, s, len) || put(t, "|", 1);

	if (!rc && (last == 'S' || last == 'X' || last == 'Z'))
		rc = put_lower(t, s, len) || puts_(t, "es");
	else if (!rc && last == 'Y')
		rc = put_lower(t, s, len - 1) || puts_(t, "ies");
	else if (!rc)
		rc = put_lower(t, s, len) || puts_(t, "s");
	if (!rc)
		rc = put(t, "|", 1) || put_lower(t, s, len) ||
		     puts_(t, last == 'E' ? "d" : "ed") || put(t, "|", 1);
	if (!rc && last == 'E' && !strchr("AEIOU", before))
		rc = put_lower(t, s, len - 1) || puts_(t, "ing");
	else if (!rc)
		rc = put_lower(t, s, len) || puts_(t, "ing");
	return rc ? IRKG_ENOMEM : IRKG_OK;
}

/* ---- synonym sets ---- */

static struct synset *find_synset(struct dictionary *d, const char *name,
				  size_t len)
{
	for (size_t i = 0; i < d->n_synsets; i++)
		if (strlen(d->synsets[i].name) == len &&
		    strncmp(d->synsets[i].name, name, len) == 0)
			return &d->synsets[i];
	return NULL;
}

static int synset_line(struct dictionary *d, char *line)
{
	struct synset *s;
	size_t len = strcspn(line, " \t");

	if (line[0] == '&') {
		s = find_synset(d, line, len);
		if (!s) {
			if (grow((void **)&d->synsets, &d->cap_synsets,
				 d->n_synsets, sizeof(*d->synsets)))
				return IRKG_ENOMEM;
			s = &d->synsets[d->n_synsets];
			memset(s, 0, sizeof(*s));
			if (!(s->name = strndup(line, len)))
				return IRKG_ENOMEM;
			s->no_plural = line[len - 1] == '_';
			d->n_synsets++;
		}
		d->in_synset = 1;
		return IRKG_OK;
	}
	s = &d->synsets[d->n_synsets - 1];
	if (len < 2)
		return bad(d, "an empty synonym");
	if (grow((void **)&s->members, &s->cap, s->n, sizeof(*s->members)))
		return IRKG_ENOMEM;
	if (!(s->members[s->n] = strndup(line + 1, len - 1)))
		return IRKG_ENOMEM;
	s->n++;
	return IRKG_OK;
}

/* ---- verbs ---- */

static void free_verbs(struct dictionary *d)
{
	for (size_t i = 0; i < d->n_verbs; i++) {
		free(d->verbs[i].front);
		free(d->verbs[i].alternatives);
		free(d->verbs[i].back);
	}
	d->n_verbs = 0;
}

/* The code in "[CODE]" into out ("" for "---" and for a code only of the
 * reverse dyad, "[:190]"; the first of "[042:043]"). */
static int read_code(struct dictionary *d, const char *s, size_t len,
		     char out[8])
{
	size_t n;

	if (len < 2 || s[0] != '[' || s[len - 1] != ']')
		return bad(d, "a code is written [CODE]");
	s++;
	len -= 2;
	n = strcspn(s, ":]");
	if (n > len)
		n = len;
	out[0] = '\0';
	if ((n == 3 && strncmp(s, "---", 3) == 0) || n == 0)
		return IRKG_OK;
	if (n < 2 || n > 4)
		return bad(d, "not a CAMEO code");
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return bad(d, "not a CAMEO code");
	if ((s[0] - '0') * 10 + (s[1] - '0') < 1 ||
	    (s[0] - '0') * 10 + (s[1] - '0') > 20)
		return bad(d, "not a CAMEO code (roots 01 to 20)");
	memcpy(out, s, n);
	out[n] = '\0';
	return IRKG_OK;
}

static int block_line(struct dictionary *d, char *line)
{
	char *open = strchr(line, '['), *close;

	free_verbs(d);
	d->in_block = 1;
	d->in_synset = 0;
	d->block_code[0] = '\0';
	if (!open)
		return IRKG_OK;
	close = strchr(open, ']');
	if (!close)
		return bad(d, "an unclosed [");
	return read_code(d, open, (size_t)(close - open + 1), d->block_code);
}

/* The parts of "WIRE_+TAP": front "wire", verb "TAP", back "". */
static void split_compound(const char *s, size_t len, const char **verb,
			   size_t *verb_len)
{
	const char *plus = memchr(s, '+', len), *end;

	if (!plus)
		plus = s - 1; /* no marker: the first word is the verb */
	*verb = plus + 1;
	end = memchr(*verb, '_', len - (size_t)(*verb - s));
	*verb_len = end ? (size_t)(end - *verb) : len - (size_t)(*verb - s);
}

static int words_of(struct text *t, const char *s, size_t len)
{
	/* the '_' joining them to the verb: "WIRE_+TAP", "+CORDON_OFF" */
	while (len && (*s == '_' || *s == '+')) {
		s++;
		len--;
	}
	while (len && (s[len - 1] == '_' || s[len - 1] == '+'))
		len--;
	for (size_t i = 0; i < len; i++) {
		char c = s[i] == '_' ? ' ' : (char)tolower((unsigned char)s[i]);

		if (s[i] == '+')
			continue;
		if (put(t, &c, 1))
			return IRKG_ENOMEM;
	}
	return IRKG_OK;
}

static int add_pattern(struct dictionary *d, const char *code,
		       const char *elements);

/* "ACCUSE [112]", "MEET {MET MEETS MEETING}", "+CORDON_OFF {...}". */
static int verb_line(struct dictionary *d, char *line)
{
	struct text front = {0}, alts = {0}, back = {0}, one = {0};
	const char *s = line, *verb;
	size_t len, verb_len;
	char code[8];
	int rc = IRKG_OK;
	struct verb *v;

	if (!d->in_block)
		return bad(d, "a verb before the first --- block");
	memcpy(code, d->block_code, sizeof(code));
	len = strcspn(s, " \t");
	split_compound(s, len, &verb, &verb_len);
	if (!verb_len)
		return bad(d, "a compound verb without its verb word");
	rc = words_of(&front, s, (size_t)(verb - s)) ||
	     words_of(&back, verb + verb_len,
		      len - (size_t)(verb - s) - verb_len);
	if (strchr(line, '{'))
		rc = rc || put_lower(&alts, verb, verb_len);
	else
		rc = rc || put_verb_forms(&alts, verb, verb_len);
	for (s += len; !rc && *s;) {
		while (*s == ' ' || *s == '\t' || *s == '{' || *s == '}')
			s++;
		len = strcspn(s, " \t{}");
		if (!len)
			break;
		if (*s == '[') {
			rc = read_code(d, s, len, code);
		} else {
			const char *form;
			size_t form_len;

			split_compound(s, len, &form, &form_len);
			if (form_len)
				rc = put(&alts, "|", 1) ||
				     put_lower(&alts, form, form_len);
		}
		s += len;
	}
	if (!rc)
		rc = grow((void **)&d->verbs, &d->cap_verbs, d->n_verbs,
			  sizeof(*d->verbs));
	if (!rc) {
		v = &d->verbs[d->n_verbs++];
		v->front = front.s ? front.s : strdup("");
		v->alternatives = alts.s;
		v->back = back.s ? back.s : strdup("");
		front.s = alts.s = back.s = NULL;
		if (!v->front || !v->back)
			rc = IRKG_ENOMEM;
	}
	/* the verb alone, when it has a code */
	if (!rc && code[0]) {
		v = &d->verbs[d->n_verbs - 1];
		rc = puts_(&one, v->front);
		if (!rc && *v->front)
			rc = put(&one, " ", 1);
		rc = rc || puts_(&one, v->alternatives);
		if (!rc && *v->back)
			rc = put(&one, " ", 1) || puts_(&one, v->back);
		if (!rc)
			rc = add_pattern(d, code, one.s);
	}
	free(front.s);
	free(alts.s);
	free(back.s);
	free(one.s);
	return rc;
}

/* ---- patterns ---- */

/* One irkg pattern line; one the pattern compiler rejects (a word it
 * cannot read) is skipped, not an error of the dictionary. */
static int add_pattern(struct dictionary *d, const char *code,
		       const char *elements)
{
	struct text line = {0};
	char why[256];
	int rc = puts_(&line, code) || put(&line, "\t", 1) ||
		 puts_(&line, elements);

	if (rc) {
		free(line.s);
		return IRKG_ENOMEM;
	}
	rc = irkg_patterns_add(d->p, IRKG_PATTERN_EVENT, d->path, d->line,
			       line.s, why, sizeof(why));
	free(line.s);
	if (rc == IRKG_EPARSE) {
		d->counts.skipped++;
		return IRKG_OK;
	}
	if (!rc)
		d->counts.patterns++;
	return rc;
}

/* The items of one side of '*': nouns, {noun phrases}, (prepositional
 * phrases), $ % + ^ and &synsets. */
static int read_items(struct dictionary *d, char *s, struct item *items,
		      size_t *n)
{
	int brace = 0, paren = 0, first_in_paren = 0;
	size_t in_brace = 0; /* words read of the open {phrase} */

	while (*s) {
		size_t len;
		struct item *it;

		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s)
			break;
		len = strcspn(s, " \t");
		if (*n == MAX_ITEMS)
			return bad(d, "a pattern too long");
		it = &items[(*n)++];
		memset(it, 0, sizeof(*it));
		while (len && (*s == '{' || *s == '(')) {
			if (*s == '{') {
				if (brace++)
					return bad(d, "a { inside a {");
				in_brace = 0;
			} else {
				if (paren++)
					return bad(d, "a ( inside a (");
				first_in_paren = 1;
			}
			s++;
			len--;
		}
		it->word = s;
		it->len = len;
		while (it->len && (it->word[it->len - 1] == '}' ||
				   it->word[it->len - 1] == ')'))
			it->len--;
		it->joined = brace > 0 && in_brace > 0;
		if (it->len == 1 && (*s == '$' || *s == '%'))
			it->kind = ITEM_SRC;
		else if (it->len == 1 && *s == '+')
			it->kind = ITEM_TGT;
		else if (it->len == 1 && *s == '^')
			it->kind = ITEM_GAP;
		else if (*s == '&')
			it->kind = ITEM_SYNSET;
		else if (first_in_paren)
			it->kind = ITEM_PREP;
		else
			it->kind = ITEM_WORD;
		for (size_t k = it->len; k < len; k++) {
			if (s[k] == '}' && --brace < 0)
				return bad(d, "a } without its {");
			if (s[k] == ')' && --paren < 0)
				return bad(d, "a ) without its (");
		}
		s += len;
		if (!it->len) { /* "(TO )", "{ DEVELOPMENT}": brackets alone */
			(*n)--;
			continue;
		}
		first_in_paren = 0;
		in_brace += brace > 0;
		it->head = brace == 0;
	}
	if (brace || paren)
		return bad(d, "an unclosed { or (");
	return IRKG_OK;
}

static int is_slot(const struct item *it)
{
	return it->kind == ITEM_SRC || it->kind == ITEM_TGT ||
	       it->kind == ITEM_GAP;
}

struct expansion {
	struct dictionary *d;
	const char *code;
	const struct item *items;
	size_t n;
	const struct verb *verb; /* NULL: the block's one-word verbs */
	size_t emitted;
};

static int put_verb_element(struct text *t, const struct expansion *x)
{
	const struct dictionary *d = x->d;
	int rc = IRKG_OK, first = 1;

	if (x->verb) {
		rc = puts_(t, x->verb->front);
		if (!rc && *x->verb->front)
			rc = put(t, " ", 1);
		rc = rc || puts_(t, x->verb->alternatives);
		if (!rc && *x->verb->back)
			rc = put(t, " ", 1) || puts_(t, x->verb->back);
		return rc ? IRKG_ENOMEM : IRKG_OK;
	}
	for (size_t i = 0; i < d->n_verbs && !rc; i++) {
		if (*d->verbs[i].front || *d->verbs[i].back)
			continue;
		if (!first)
			rc = put(t, "|", 1);
		rc = rc || puts_(t, d->verbs[i].alternatives);
		first = 0;
	}
	return rc ? IRKG_ENOMEM : IRKG_OK;
}

/* Items [i, n) after `t`, each synset a choice of its one-word members as
 * alternatives or one of its phrases. */
static int expand(struct expansion *x, size_t i, struct text *t)
{
	const struct item *it, *prev;
	size_t mark = t->n;
	int rc = IRKG_OK;

	if (i == x->n) {
		if (x->emitted++ >= MAX_VARIANTS)
			return IRKG_OK;
		return add_pattern(x->d, x->code, t->s);
	}
	it = &x->items[i];
	prev = i ? &x->items[i - 1] : NULL;
	/* words apart are a gap apart; a slot or a {phrase} is not */
	if (prev && !it->joined && !is_slot(it) && !is_slot(prev))
		rc = puts_(t, " .. ");
	else if (prev)
		rc = put(t, " ", 1);
	if (rc)
		return IRKG_ENOMEM;
	switch (it->kind) {
	case ITEM_SRC:
		rc = puts_(t, "SRC");
		break;
	case ITEM_TGT:
		rc = puts_(t, "TGT");
		break;
	case ITEM_GAP:
		rc = puts_(t, "..");
		break;
	case ITEM_VERB:
		rc = put_verb_element(t, x);
		break;
	case ITEM_PREP:
		rc = put_lower(t, it->word, it->len);
		break;
	case ITEM_WORD:
		rc = put_noun(t, it->word, it->len, !it->head);
		break;
	case ITEM_SYNSET: {
		struct synset *s = find_synset(x->d, it->word, it->len);
		size_t base = t->n, k;
		int any = 0;

		if (!s) {
			x->d->counts.skipped++;
			x->emitted = MAX_VARIANTS + 1;
			cut(t, mark);
			return IRKG_OK;
		}
		for (k = 0; k < s->n && !rc; k++) {
			if (strchr(s->members[k], '_') &&
			    strchr(s->members[k], '_')[1] != '\0')
				continue; /* a phrase: below */
			if (any)
				rc = put(t, "|", 1);
			rc = rc ||
			     put_noun(t, s->members[k], strlen(s->members[k]),
				      s->no_plural || !it->head);
			any = 1;
		}
		if (rc)
			return IRKG_ENOMEM;
		if (any)
			rc = expand(x, i + 1, t);
		for (k = 0; k < s->n && !rc; k++) {
			if (!strchr(s->members[k], '_') ||
			    strchr(s->members[k], '_')[1] == '\0')
				continue;
			cut(t, base);
			rc = words_of(
				t, s->members[k],
				strlen(s->members[k]) -
					(s->members[k][strlen(s->members[k]) -
						       1] == '_'));
			rc = rc || expand(x, i + 1, t);
		}
		cut(t, mark);
		return rc;
	}
	}
	if (!rc)
		rc = expand(x, i + 1, t);
	cut(t, mark);
	return rc;
}

/* "- PRE * POST [CODE]" for the block's one-word verbs together and for
 * each compound verb. */
static int pattern_items(struct dictionary *d, char *line)
{
	struct item items[MAX_ITEMS + 2];
	size_t n = 0, verb_at, i;
	char *star, *code_at, code[8];
	int rc, one_word = 0, slotted = 0;

	if (d->stopped)
		return IRKG_OK;
	star = strchr(line, '*'); /* PETRARCH splits at it: "*SCEPTICAL" */
	if (!star)
		return bad(d, "a pattern without its verb, '*'");
	code_at = strrchr(line, '[');
	if (!code_at || code_at < star)
		return bad(d, "a pattern without its [CODE]");
	rc = read_code(d, code_at, strcspn(code_at, " \t"), code);
	if (rc)
		return rc;
	if (!code[0]) {
		d->counts.skipped++;
		return IRKG_OK;
	}
	*code_at = '\0';
	*star = '\0';
	rc = read_items(d, line, items, &n);
	verb_at = n;
	if (!rc && n == MAX_ITEMS)
		rc = bad(d, "a pattern too long");
	if (!rc) {
		memset(&items[n], 0, sizeof(items[n]));
		items[n++].kind = ITEM_VERB;
		rc = read_items(d, star + 1, items, &n);
	}
	if (rc)
		return rc;
	for (i = 0; i < n; i++)
		slotted |= items[i].kind == ITEM_TGT;
	for (i = 0; i < d->n_verbs; i++)
		one_word |= !*d->verbs[i].front && !*d->verbs[i].back;
	for (i = 0; i <= d->n_verbs && !rc; i++) {
		struct expansion x = {d, code, items, n, NULL, 0};
		struct text t = {0};

		if (i < d->n_verbs) {
			if (!*d->verbs[i].front && !*d->verbs[i].back)
				continue;
			x.verb = &d->verbs[i];
		} else if (!one_word) {
			break;
		}
		rc = expand(&x, 0, &t);
		/* "accused Russia of aggression": the object stands between
		 * the verb and its preposition */
		if (!rc && !slotted && verb_at + 1 < n &&
		    items[verb_at + 1].kind == ITEM_PREP) {
			struct item with[MAX_ITEMS + 3];

			memcpy(with, items, (verb_at + 1) * sizeof(*with));
			memset(&with[verb_at + 1], 0, sizeof(*with));
			with[verb_at + 1].kind = ITEM_TGT;
			memcpy(with + verb_at + 2, items + verb_at + 1,
			       (n - verb_at - 1) * sizeof(*with));
			x.items = with;
			x.n = n + 1;
			x.emitted = 0;
			rc = expand(&x, 0, &t);
		}
		free(t.s);
	}
	return rc;
}

/* A pattern line; one PETRARCH would misread (brackets that do not pair,
 * a code such as "[080!]") is counted and skipped. */
static int pattern_line(struct dictionary *d, char *line)
{
	int rc;

	if (!d->in_block)
		return bad(d, "a pattern before the first --- block");
	rc = pattern_items(d, line);
	if (rc != IRKG_EPARSE)
		return rc;
	if (!d->counts.malformed++ && d->error)
		snprintf(d->counts.first_malformed,
			 sizeof(d->counts.first_malformed), "%s", d->error);
	if (d->error && d->error_size)
		d->error[0] = '\0';
	return IRKG_OK;
}

static int dictionary_line(void *data, char *line, unsigned number)
{
	struct dictionary *d = data;

	d->line = number;
	while (*line == ' ' || *line == '\t')
		line++;
	if (!*line)
		return IRKG_OK;
	if (strncmp(line, "<!", 2) == 0) {
		d->stopped = 1;
		return IRKG_OK;
	}
	if (strncmp(line, "---", 3) == 0)
		return block_line(d, line);
	if (line[0] == '-')
		return pattern_line(d, line + 1);
	if (line[0] == '~') {
		d->counts.skipped++;
		return IRKG_OK;
	}
	if (line[0] == '&' || (line[0] == '+' && d->in_synset))
		return synset_line(d, line);
	return verb_line(d, line);
}

int irkg_dictionary_read(irkg_patterns *p, const char *path,
			 struct irkg_dictionary_counts *counts, char *error,
			 size_t error_size)
{
	struct dictionary d;
	int rc;

	if (counts)
		memset(counts, 0, sizeof(*counts));
	if (!p || !path)
		return IRKG_EINVAL;
	memset(&d, 0, sizeof(d));
	d.p = p;
	d.path = path;
	d.error = error;
	d.error_size = error_size;
	rc = irkg_lines_read(path, dictionary_line, &d, error, error_size);
	if (counts)
		*counts = d.counts;
	free_verbs(&d);
	free(d.verbs);
	for (size_t i = 0; i < d.n_synsets; i++) {
		for (size_t k = 0; k < d.synsets[i].n; k++)
			free(d.synsets[i].members[k]);
		free(d.synsets[i].members);
		free(d.synsets[i].name);
	}
	free(d.synsets);
	return rc;
}
