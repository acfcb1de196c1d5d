/* What the unit tests of extract/'s rooms share: see testutil_extract.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/clause.h"
#include "../../extract/event.h"
#include "../../extract/match.h"
#include "../../extract/mention.h"
#include "../../extract/pair.h"
#include "testutil_extract.h"

#define STATE(s, code, reg, kind_)                                             \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = kind_, .state = code, .region = reg       \
		}                                                              \
	}
#define PLACE(s, code, flags_)                                                 \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:place:" s, .kind = IRKG_ENTITY_PLACE,       \
			.name_kind = IRKG_NAME_NAME, .state = code,            \
			.flags = flags_                                        \
		}                                                              \
	}

static const struct {
	const char *surface;
	struct irkg_gazetteer_entry e;
} fixture[] = {
	STATE("united states", "USA", "Northern America", IRKG_NAME_NAME),
	STATE("u.s.", "USA", "Northern America", IRKG_NAME_NAME),
	STATE("american", "USA", "Northern America", IRKG_NAME_ADJECTIVE),
	STATE("japan", "JPN", "Eastern Asia", IRKG_NAME_NAME),
	STATE("japanese", "JPN", "Eastern Asia", IRKG_NAME_ADJECTIVE),
	STATE("south korea", "KOR", "Eastern Asia", IRKG_NAME_NAME),
	STATE("south korean", "KOR", "Eastern Asia", IRKG_NAME_ADJECTIVE),
	STATE("china", "CHN", "Eastern Asia", IRKG_NAME_NAME),
	STATE("chinese", "CHN", "Eastern Asia", IRKG_NAME_ADJECTIVE),
	STATE("russia", "RUS", "Eastern Europe", IRKG_NAME_NAME),
	STATE("russian", "RUS", "Eastern Europe", IRKG_NAME_ADJECTIVE),
	STATE("ukraine", "UKR", "Eastern Europe", IRKG_NAME_NAME),
	STATE("ukrainian", "UKR", "Eastern Europe", IRKG_NAME_ADJECTIVE),
	STATE("qatar", "QAT", "Western Asia", IRKG_NAME_NAME),
	STATE("iran", "IRN", "Southern Asia", IRKG_NAME_NAME),
	PLACE("tokyo", "JPN", IRKG_ENTRY_CAPITAL),
	PLACE("seoul", "KOR", IRKG_ENTRY_CAPITAL),
	PLACE("kyiv", "UKR", IRKG_ENTRY_CAPITAL),
	PLACE("kharkiv", "UKR", 0),
	PLACE("london", "GBR", IRKG_ENTRY_CAPITAL),
};

/* Copy the project's ontology/patterns/NAME into `dir`. */
static void copy_ontology_file(const char *dir, const char *name)
{
	char *from_name = testutil_path("patterns", name);
	char *from = testutil_ontology_path(from_name);
	char *text = testutil_read_file(from);
	char *to;

	if (!text)
		fail_msg("cannot read %s", from);
	to = testutil_write_file_in(dir, name, text);
	free(to);
	free(text);
	free(from);
	free(from_name);
}

void testutil_world_new(struct testutil_world *w,
			const struct testutil_file *files, size_t n)
{
	char why[512] = "";
	size_t i;

	memset(w, 0, sizeof(*w));
	assert_int_equal(irkg_gazetteer_new(&w->g), IRKG_OK);
	for (i = 0; i < TESTUTIL_N_ELEMS(fixture); i++)
		assert_int_equal(irkg_gazetteer_add(w->g, fixture[i].surface,
						    &fixture[i].e),
				 IRKG_OK);
	w->dir = testutil_tmpdir_new("patterns");
	copy_ontology_file(w->dir, "words.txt");
	copy_ontology_file(w->dir, "modality.txt");
	for (i = 0; i < n; i++)
		free(testutil_write_file_in(w->dir, files[i].name,
					    files[i].text));
	assert_int_equal(irkg_patterns_new(&w->p), IRKG_OK);
	if (irkg_patterns_read_dir(w->p, w->dir, why, sizeof(why)))
		fail_msg("the world's patterns: %s", why);
}

void testutil_world_free(struct testutil_world *w)
{
	irkg_gazetteer_free(w->g);
	irkg_patterns_free(w->p);
	if (w->dir)
		testutil_rmtree(w->dir);
	free(w->dir);
	memset(w, 0, sizeof(*w));
}

void testutil_read(const struct testutil_world *w, const char *text,
		   struct testutil_read *r)
{
	memset(r, 0, sizeof(*r));
	r->a.format = IRKG_FORMAT_TEXT;
	memcpy(r->a.date, "2025-06-11", 11);
	r->a.body = strdup(text);
	assert_non_null(r->a.body);
	r->a.body_length = strlen(text);
	assert_int_equal(irkg_document_analyse(w->g,
					       irkg_patterns_lexicon(w->p),
					       &r->a, &r->doc),
			 IRKG_OK);
}

void testutil_read_free(struct testutil_read *r)
{
	irkg_document_clear(&r->doc);
	free(r->a.body);
	memset(r, 0, sizeof(*r));
}

size_t testutil_token(const struct testutil_read *r, const char *word, int nth)
{
	struct irkg_words w = irkg_text_words(r->doc.text);
	size_t n, i;

	irkg_text_tokens(r->doc.text, &n);
	for (i = 0; i < n; i++)
		if (irkg_word_is(w, i, word) && nth-- == 0)
			return i;
	fail_msg("no token '%s' in the article", word);
	return 0;
}

/* Append `s` to the growing string *out (of *len bytes). */
static void append(char **out, size_t *len, const char *s)
{
	size_t n = strlen(s);
	char *grown = realloc(*out, *len + n + 1);

	assert_non_null(grown);
	memcpy(grown + *len, s, n + 1);
	*out = grown;
	*len += n;
}

/* One fact's lines, for testutil_facts. */
static void append_fact(char **out, size_t *len, const irkg_facts *facts,
			const struct irkg_fact *x, const struct irkg_mention *m)
{
	struct irkg_dyad dyads[16];
	char line[256], date[16] = "";
	size_t n = irkg_fact_dyads(facts, x, m, dyads, 16), k;
	int at;

	assert_true(n <= 16);
	if (x->date_precision != IRKG_DATE_NONE)
		irkg_date_format(&x->date, x->date_precision, date,
				 sizeof(date));
	for (k = 0; k < (n ? n : 1); k++) {
		at = snprintf(line, sizeof(line), "%s ", x->code);
		if (n)
			at += snprintf(line + at, sizeof(line) - at, "%s>%s",
				       m[dyads[k].source].code,
				       m[dyads[k].target].code);
		else
			at += snprintf(line + at, sizeof(line) - at, "-");
		if (*date)
			at += snprintf(line + at, sizeof(line) - at, " %s",
				       date);
		if (x->planned)
			at += snprintf(line + at, sizeof(line) - at,
				       " planned");
		if (x->cue)
			at += snprintf(line + at, sizeof(line) - at, " %s",
				       x->cue);
		if (x->n_evidence > 1)
			at += snprintf(line + at, sizeof(line) - at, " x%zu",
				       x->n_evidence);
		snprintf(line + at, sizeof(line) - at, "\n");
		append(out, len, line);
	}
}

char *testutil_facts(const struct testutil_world *w, const char *text)
{
	struct testutil_read r;
	irkg_facts *facts = NULL;
	const struct irkg_fact *list;
	const struct irkg_mention *m;
	size_t n, n_mentions, i, len = 0;
	char *out = calloc(1, 1);

	assert_non_null(out);
	testutil_read(w, text, &r);
	assert_int_equal(irkg_facts_find(w->p, &r.doc, NULL, &facts), IRKG_OK);
	list = irkg_facts_list(facts, &n);
	m = irkg_mentions_list(r.doc.mentions, &n_mentions);
	for (i = 0; i < n; i++)
		append_fact(&out, &len, facts, &list[i], m);
	irkg_facts_free(facts);
	testutil_read_free(&r);
	return out;
}

void testutil_sentence_open(const struct testutil_world *w, const char *text,
			    size_t i, struct testutil_sentence *s)
{
	memset(s, 0, sizeof(*s));
	testutil_read(w, text, &s->r);
	assert_int_equal(irkg_finder_open(&s->f, w->p, &s->r.doc, NULL),
			 IRKG_OK);
	assert_true(i < s->f.n_sentences);
	irkg_finder_sentence(&s->f, i);
	assert_int_equal(irkg_clause_units(&s->f), IRKG_OK);
	irkg_clause_mark(&s->f);
	assert_int_equal(irkg_match_find(&s->f), IRKG_OK);
}

void testutil_sentence_close(struct testutil_sentence *s)
{
	irkg_finder_close(&s->f);
	testutil_read_free(&s->r);
}

const char *testutil_unit(struct testutil_sentence *s, long u)
{
	size_t i, at = 0;

	if (u < 0)
		return "-";
	s->codes[0] = '\0';
	for (i = 0; i < s->f.units[u].n_members; i++) {
		const char *c = irkg_finder_member_code(
			&s->f, s->f.units[u].first_member + i);

		at += snprintf(s->codes + at, sizeof(s->codes) - at, "%s%s",
			       i ? "," : "", c ? c : "?");
		assert_true(at < sizeof(s->codes));
	}
	return s->codes;
}

const struct event_match *testutil_match(const struct testutil_sentence *s,
					 const char *code)
{
	size_t i;

	for (i = 0; i < s->f.n_matches; i++)
		if (strcmp(s->f.matches[i].pattern->code, code) == 0)
			return &s->f.matches[i];
	fail_msg("no match of code %s", code);
	return NULL;
}

/* ---- mentions over a hand-made gazetteer ---- */

void testutil_names_world_new(struct testutil_names_world *w,
			      const struct testutil_name *names, size_t n)
{
	char *words = testutil_ontology_path("patterns/words.txt");
	char why[512] = "";
	size_t i;

	assert_int_equal(irkg_gazetteer_new(&w->g), IRKG_OK);
	for (i = 0; i < n; i++)
		assert_int_equal(
			irkg_gazetteer_add(w->g, names[i].surface, &names[i].e),
			IRKG_OK);
	assert_int_equal(irkg_lexicon_new(&w->lexicon), IRKG_OK);
	if (irkg_lexicon_read_file(w->lexicon, words, why, sizeof(why)))
		fail_msg("%s", why);
	free(words);
}

void testutil_names_world_free(struct testutil_names_world *w)
{
	irkg_gazetteer_free(w->g);
	irkg_lexicon_free(w->lexicon);
}

int testutil_names_setup(void **state, const struct testutil_name *names,
			 size_t n)
{
	struct testutil_names_world *w = calloc(1, sizeof(*w));

	assert_non_null(w);
	testutil_names_world_new(w, names, n);
	*state = w;
	return 0;
}

int testutil_names_teardown(void **state)
{
	testutil_names_world_free(*state);
	free(*state);
	*state = NULL;
	return 0;
}

void testutil_find(struct testutil_found *f,
		   const struct testutil_names_world *w, const char *text,
		   const char *date)
{
	f->g = w->g;
	f->source = text;
	assert_int_equal(irkg_text_new(&f->text, text, strlen(text)), IRKG_OK);
	assert_int_equal(irkg_pairs_split(w->g, f->text, text, strlen(text)),
			 IRKG_OK);
	assert_int_equal(
		irkg_mentions_find(w->g, w->lexicon, f->text, date, 0, &f->m),
		IRKG_OK);
}

void testutil_found_free(struct testutil_found *f)
{
	irkg_mentions_free(f->m);
	irkg_text_free(f->text);
}

/* The mention whose words are exactly `words` (the n-th such, from 0), or
 * NULL. */
const struct irkg_mention *testutil_mention_nth(const struct testutil_found *f,
						const char *words, int nth)
{
	const struct irkg_mention *list;
	const struct irkg_token *tokens;
	size_t n, n_tokens, i;

	list = irkg_mentions_list(f->m, &n);
	tokens = irkg_text_tokens(f->text, &n_tokens);
	for (i = 0; i < n; i++) {
		size_t start = tokens[list[i].first_token].start;
		size_t end =
			tokens[list[i].first_token + list[i].n_tokens - 1].end;

		if (end - start == strlen(words) &&
		    memcmp(f->source + start, words, end - start) == 0 &&
		    nth-- == 0)
			return &list[i];
	}
	return NULL;
}

const struct irkg_mention *testutil_mention(const struct testutil_found *f,
					    const char *words)
{
	return testutil_mention_nth(f, words, 0);
}

/* No mention covers any byte of the first occurrence of `words`. */
void testutil_assert_nothing_at(const struct testutil_found *f,
				const char *words)
{
	const struct irkg_mention *list;
	const struct irkg_token *tokens;
	const char *at = strstr(f->source, words);
	size_t n, n_tokens, i, start, end;

	assert_non_null(at);
	start = (size_t)(at - f->source);
	end = start + strlen(words);
	list = irkg_mentions_list(f->m, &n);
	tokens = irkg_text_tokens(f->text, &n_tokens);
	for (i = 0; i < n; i++) {
		size_t s = tokens[list[i].first_token].start;
		size_t e =
			tokens[list[i].first_token + list[i].n_tokens - 1].end;

		if (s < end && start < e)
			fail_msg("\"%s\" has a mention (%.*s)", words,
				 (int)(e - s), f->source + s);
	}
}

void testutil_assert_mention(const struct irkg_mention *x,
			     enum irkg_entity_kind kind,
			     enum irkg_mention_how how, const char *code)
{
	assert_non_null(x);
	assert_int_equal(x->kind, kind);
	assert_int_equal(x->how, how);
	if (code) {
		assert_non_null(x->code);
		assert_string_equal(x->code, code);
	} else {
		assert_null(x->code);
	}
}

/* The codes of a group's members, comma-separated, in order. */
void testutil_group_codes(const struct testutil_found *f,
			  const struct irkg_mention *x, char *buf, size_t size)
{
	const struct irkg_mention *list;
	const size_t *members = irkg_mentions_members(f->m);
	size_t n, k, used = 0;

	list = irkg_mentions_list(f->m, &n);
	buf[0] = '\0';
	for (k = 0; k < x->n_members; k++) {
		const struct irkg_mention *y =
			&list[members[x->first_member + k]];

		assert_true(y->how != IRKG_MENTION_GROUP &&
			    y->how != IRKG_MENTION_PRONOUN);
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
					 k ? "," : "", y->code ? y->code : "-");
	}
}

int testutil_world_setup(void **state, const struct testutil_file *files,
			 size_t n)
{
	struct testutil_world *w = calloc(1, sizeof(*w));

	assert_non_null(w);
	testutil_world_new(w, files, n);
	*state = w;
	return 0;
}

int testutil_world_teardown(void **state)
{
	testutil_world_free(*state);
	free(*state);
	return 0;
}

void testutil_facts_are(void **state, const char *text, const char *want)
{
	char *got = testutil_facts(*state, text);

	if (strcmp(got, want) != 0)
		fail_msg("%s\n  got:\n%s  want:\n%s", text, got, want);
	free(got);
}
