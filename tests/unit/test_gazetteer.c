/* Unit tests for extract/gazetteer: surface forms and longest-first match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "../../extract/gazetteer.h"
#include "testutil_core.h"

#define MAX_STREAM 32

/* Split `text` at single spaces into at most MAX_STREAM spans (borrowing
 * `text`); returns the count. */
static size_t spans_of(const char *text, struct irkg_span *spans)
{
	size_t n = 0;
	const char *p = text;

	while (*p) {
		const char *end = strchr(p, ' ');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		assert_true(n < MAX_STREAM);
		spans[n].text = p;
		spans[n].length = len;
		n++;
		p += len;
		if (*p == ' ')
			p++;
	}
	return n;
}

/* The knowledge base the match cases run against. */
static const struct {
	const char *surface, *id, *state;
	enum irkg_entity_kind kind;
	enum irkg_name_kind name_kind;
} fixture[] = {
	{"korea", "state:KOR", "KOR", IRKG_ENTITY_STATE, IRKG_NAME_NAME},
	{"south korea", "state:KOR", "KOR", IRKG_ENTITY_STATE, IRKG_NAME_NAME},
	{"south korean", "state:KOR", "KOR", IRKG_ENTITY_STATE,
	 IRKG_NAME_ADJECTIVE},
	{"republic of korea", "state:KOR", "KOR", IRKG_ENTITY_STATE,
	 IRKG_NAME_NAME},
	{"georgia", "state:GEO", "GEO", IRKG_ENTITY_STATE, IRKG_NAME_NAME},
	{"georgia", "place:georgia-us", "USA", IRKG_ENTITY_PLACE,
	 IRKG_NAME_NAME},
	{"blue house", "body:KOR-presidency", "KOR", IRKG_ENTITY_BODY,
	 IRKG_NAME_METONYM},
	{"u.s.", "state:USA", "USA", IRKG_ENTITY_STATE, IRKG_NAME_NAME},
	{"nato", "igo:NATO", NULL, IRKG_ENTITY_ORGANISATION, IRKG_NAME_NAME},
};

static int setup_fixture(void **state)
{
	irkg_gazetteer *g = NULL;
	size_t i;

	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	for (i = 0; i < TESTUTIL_N_ELEMS(fixture); i++) {
		struct irkg_gazetteer_entry e = {fixture[i].id,
						 fixture[i].kind,
						 fixture[i].name_kind,
						 fixture[i].state,
						 NULL,
						 NULL,
						 NULL,
						 NULL,
						 NULL,
						 NULL,
						 0,
						 0,
						 NULL};

		assert_int_equal(irkg_gazetteer_add(g, fixture[i].surface, &e),
				 IRKG_OK);
	}
	*state = g;
	return 0;
}

static int teardown_fixture(void **state)
{
	irkg_gazetteer_free(*state);
	return 0;
}

/* Each case: the stream, where to match, the expected token count and the
 * expected ids, joined by spaces in the order added. */
static const struct {
	const char *stream;
	size_t at, length;
	const char *ids;
} match_cases[] = {
	/* longest match wins */
	{"south korea 's envoy", 0, 2, "state:KOR"},
	{"republic of korea said", 0, 3, "state:KOR"},
	{"south korean minister", 0, 2, "state:KOR"},
	{"the korea talks", 1, 1, "state:KOR"},
	/* a prefix of a longer form that is not itself a form */
	{"south africa", 0, 0, ""},
	{"republic of ireland", 0, 0, ""},
	/* shared surface forms give every entry */
	{"georgia protested", 0, 1, "state:GEO place:georgia-us"},
	/* no match */
	{"the minister said", 0, 0, ""},
	{"koreas", 0, 0, ""},
	{"kore", 0, 0, ""},
	/* at the end of the stream */
	{"talks with nato", 2, 1, "igo:NATO"},
	{"talks in the blue house", 3, 2, "body:KOR-presidency"},
	/* longer forms than the tokens left fall back to shorter ones */
	{"in south", 1, 0, ""},
	{"the blue", 1, 0, ""},
	{"republic of", 0, 0, ""},
	{"of korea", 1, 1, "state:KOR"},
	/* punctuation is part of a token */
	{"the u.s. said", 1, 1, "state:USA"},
	{"the us said", 1, 0, ""},
};

static void test_match_table(void **state)
{
	const irkg_gazetteer *g = *state;
	size_t c;

	for (c = 0; c < TESTUTIL_N_ELEMS(match_cases); c++) {
		struct irkg_span spans[MAX_STREAM];
		size_t n = spans_of(match_cases[c].stream, spans);
		const struct irkg_gazetteer_entry *const *entries = NULL;
		size_t length = 99, n_entries = 99, i;
		char ids[256] = "";
		size_t used = 0;

		assert_int_equal(
			irkg_gazetteer_match(g, spans, n, match_cases[c].at,
					     &length, &entries, &n_entries),
			IRKG_OK);
		for (i = 0; i < n_entries; i++) {
			int w = snprintf(ids + used, sizeof(ids) - used, "%s%s",
					 i ? " " : "", entries[i]->id);
			assert_true(w > 0 && (size_t)w < sizeof(ids) - used);
			used += (size_t)w;
		}
		if (length != match_cases[c].length ||
		    strcmp(ids, match_cases[c].ids) != 0)
			fail_msg("case %zu \"%s\" at %zu: got %zu [%s], "
				 "expected %zu [%s]",
				 c, match_cases[c].stream, match_cases[c].at,
				 length, ids, match_cases[c].length,
				 match_cases[c].ids);
		if (length == 0)
			assert_null(entries);
	}
}

static void test_entry_fields(void **state)
{
	const irkg_gazetteer *g = *state;
	struct irkg_span spans[MAX_STREAM];
	size_t n = spans_of("the blue house", spans);
	const struct irkg_gazetteer_entry *const *entries;
	size_t length, n_entries;

	assert_int_equal(irkg_gazetteer_match(g, spans, n, 1, &length, &entries,
					      &n_entries),
			 IRKG_OK);
	assert_int_equal(n_entries, 1);
	assert_int_equal(entries[0]->kind, IRKG_ENTITY_BODY);
	assert_int_equal(entries[0]->name_kind, IRKG_NAME_METONYM);
	assert_string_equal(entries[0]->state, "KOR");
	assert_null(entries[0]->valid_from);
	assert_null(entries[0]->valid_to);
	/* distinct surface forms, "georgia" once */
	assert_int_equal(irkg_gazetteer_size(g), TESTUTIL_N_ELEMS(fixture) - 1);
}

static void test_match_bad_arguments(void **state)
{
	const irkg_gazetteer *g = *state;
	struct irkg_span spans[MAX_STREAM];
	size_t n = spans_of("korea", spans);
	const struct irkg_gazetteer_entry *const *entries;
	size_t length, n_entries;

	assert_int_equal(irkg_gazetteer_match(g, spans, n, 1, &length, &entries,
					      &n_entries),
			 IRKG_EINVAL);
	assert_int_equal(length, 0);
	assert_int_equal(irkg_gazetteer_match(NULL, spans, n, 0, &length,
					      &entries, &n_entries),
			 IRKG_EINVAL);
	/* a token with a NUL inside is not its prefix */
	spans[0].text = "korea\0x";
	spans[0].length = 7;
	assert_int_equal(irkg_gazetteer_match(g, spans, 1, 0, &length, &entries,
					      &n_entries),
			 IRKG_OK);
	assert_int_equal(length, 0);
}

static void test_duplicate_not_stored_twice(void **state)
{
	irkg_gazetteer *g = NULL;
	struct irkg_gazetteer_entry e = {"state:KOR",
					 IRKG_ENTITY_STATE,
					 IRKG_NAME_NAME,
					 "KOR",
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 0,
					 0,
					 NULL};
	struct irkg_gazetteer_entry later = e;
	struct irkg_span spans[MAX_STREAM];
	size_t n = spans_of("south korea", spans);
	const struct irkg_gazetteer_entry *const *entries;
	size_t length, n_entries;

	(void)state;
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	assert_int_equal(irkg_gazetteer_add(g, "south korea", &e), IRKG_OK);
	assert_int_equal(irkg_gazetteer_add(g, "south korea", &e), IRKG_OK);
	assert_int_equal(irkg_gazetteer_size(g), 1);
	assert_int_equal(irkg_gazetteer_match(g, spans, n, 0, &length, &entries,
					      &n_entries),
			 IRKG_OK);
	assert_int_equal(length, 2);
	assert_int_equal(n_entries, 1);
	/* the same id valid over other dates is another entry */
	later.valid_from = "2030-01-01";
	assert_int_equal(irkg_gazetteer_add(g, "south korea", &later), IRKG_OK);
	assert_int_equal(irkg_gazetteer_match(g, spans, n, 0, &length, &entries,
					      &n_entries),
			 IRKG_OK);
	assert_int_equal(n_entries, 2);
	assert_int_equal(irkg_gazetteer_size(g), 1);
	irkg_gazetteer_free(g);
}

static void test_add_limits(void **state)
{
	static const struct {
		const char *surface;
		int rc;
	} cases[] = {
		{"a b c d e f g h i j k l m n o p", IRKG_OK},
		{"a b c d e f g h i j k l m n o p q", IRKG_EINVAL},
		{"", IRKG_EINVAL},
		{" korea", IRKG_EINVAL},
		{"korea ", IRKG_EINVAL},
		{"south  korea", IRKG_EINVAL},
	};
	struct irkg_gazetteer_entry e = {"urn:x",
					 IRKG_ENTITY_STATE,
					 IRKG_NAME_NAME,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 0,
					 0,
					 NULL};
	irkg_gazetteer *g = NULL;
	char long_token[IRKG_GAZETTEER_MAX_TOKEN_BYTES + 2];
	size_t c, size = 0;

	(void)state;
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	for (c = 0; c < TESTUTIL_N_ELEMS(cases); c++) {
		if (irkg_gazetteer_add(g, cases[c].surface, &e) != cases[c].rc)
			fail_msg("case %zu \"%s\"", c, cases[c].surface);
		if (cases[c].rc == IRKG_OK)
			size++;
		assert_int_equal(irkg_gazetteer_size(g), size);
	}
	memset(long_token, 'x', sizeof(long_token) - 1);
	long_token[sizeof(long_token) - 1] = '\0';
	assert_int_equal(irkg_gazetteer_add(g, long_token, &e), IRKG_EINVAL);
	long_token[sizeof(long_token) - 2] = '\0';
	assert_int_equal(irkg_gazetteer_add(g, long_token, &e), IRKG_OK);

	/* the longest form matches in full */
	{
		struct irkg_span spans[MAX_STREAM];
		size_t n = spans_of("a b c d e f g h i j k l m n o p q", spans),
		       length, ne;
		const struct irkg_gazetteer_entry *const *entries;

		assert_int_equal(irkg_gazetteer_match(g, spans, n, 0, &length,
						      &entries, &ne),
				 IRKG_OK);
		assert_int_equal(length, IRKG_GAZETTEER_MAX_TOKENS);
	}

	/* bad entries */
	e.id = NULL;
	assert_int_equal(irkg_gazetteer_add(g, "korea", &e), IRKG_EINVAL);
	e.id = "urn:x";
	e.valid_from = "2021-1-26";
	assert_int_equal(irkg_gazetteer_add(g, "korea", &e), IRKG_EINVAL);
	e.valid_from = NULL;
	e.valid_to = "2021-01-26T00";
	assert_int_equal(irkg_gazetteer_add(g, "korea", &e), IRKG_EINVAL);
	assert_int_equal(irkg_gazetteer_add(g, NULL, &e), IRKG_EINVAL);
	assert_int_equal(irkg_gazetteer_add(g, "korea", NULL), IRKG_EINVAL);
	assert_int_equal(irkg_gazetteer_size(g), size + 1);
	irkg_gazetteer_free(g);
	irkg_gazetteer_free(NULL);
}

static void test_valid_on(void **state)
{
	static const struct {
		const char *from, *to, *date;
		int valid;
	} cases[] = {
		{"2021-01-26", "2025-01-20", "2021-01-26", 1}, /* inclusive */
		{"2021-01-26", "2025-01-20", "2021-01-25", 0},
		{"2021-01-26", "2025-01-20", "2025-01-19", 1},
		{"2021-01-26", "2025-01-20", "2025-01-20", 0}, /* exclusive */
		{"2021-01-26", "2025-01-20", NULL, 1},
		{"2021-01-26", NULL, "2099-12-31", 1},
		{"2021-01-26", NULL, "2020-12-31", 0},
		{NULL, "2025-01-20", "1900-01-01", 1},
		{NULL, "2025-01-20", "2025-01-20", 0},
		{NULL, NULL, "2024-06-01", 1},
	};
	size_t c;

	(void)state;
	for (c = 0; c < TESTUTIL_N_ELEMS(cases); c++) {
		struct irkg_gazetteer_entry e = {"person:antony-blinken",
						 IRKG_ENTITY_PERSON,
						 IRKG_NAME_ROLE,
						 "USA",
						 cases[c].from,
						 cases[c].to,
						 NULL,
						 NULL,
						 NULL,
						 NULL,
						 0,
						 0,
						 NULL};

		if (irkg_gazetteer_entry_valid_on(&e, cases[c].date) !=
		    cases[c].valid)
			fail_msg("case %zu", c);
	}
	assert_int_equal(irkg_gazetteer_entry_valid_on(NULL, NULL), 0);
}

static void test_interning(void **state)
{
	irkg_gazetteer *g = NULL;
	char id1[] = "state:KOR", id2[] = "state:KOR";
	struct irkg_gazetteer_entry a = {id1,
					 IRKG_ENTITY_STATE,
					 IRKG_NAME_NAME,
					 "KOR",
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 0,
					 0,
					 NULL};
	struct irkg_gazetteer_entry b = {id2,
					 IRKG_ENTITY_STATE,
					 IRKG_NAME_ADJECTIVE,
					 "KOR",
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 0,
					 0,
					 NULL};
	struct irkg_span spans[MAX_STREAM];
	size_t n = spans_of("korea korean", spans), length, ne;
	const struct irkg_gazetteer_entry *const *entries;
	const char *first_id, *first_state;

	(void)state;
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	assert_int_equal(irkg_gazetteer_add(g, "korea", &a), IRKG_OK);
	assert_int_equal(irkg_gazetteer_add(g, "korean", &b), IRKG_OK);
	/* the caller's strings are copied */
	memset(id1, 'z', sizeof(id1) - 1);
	memset(id2, 'z', sizeof(id2) - 1);
	assert_int_equal(
		irkg_gazetteer_match(g, spans, n, 0, &length, &entries, &ne),
		IRKG_OK);
	assert_int_equal(ne, 1);
	first_id = entries[0]->id;
	first_state = entries[0]->state;
	assert_string_equal(first_id, "state:KOR");
	assert_int_equal(
		irkg_gazetteer_match(g, spans, n, 1, &length, &entries, &ne),
		IRKG_OK);
	assert_int_equal(ne, 1);
	assert_int_equal(entries[0]->name_kind, IRKG_NAME_ADJECTIVE);
	assert_ptr_equal(entries[0]->id, first_id);
	assert_ptr_equal(entries[0]->state, first_state);
	irkg_gazetteer_free(g);
}

/* ---- load ---- */

#define LOAD_WORDS 10000
#define LOAD_FORMS 50000
#define LOAD_TOKENS 1000000

/* A small deterministic generator (Knuth's MMIX LCG). */
static uint32_t next_random(uint64_t *seed)
{
	*seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)(*seed >> 33);
}

/* Form i: first token word i % LOAD_WORDS, then i / LOAD_WORDS more tokens,
 * so no two forms are equal. */
static size_t form_tokens(size_t i, size_t *words)
{
	size_t n = 1 + i / LOAD_WORDS, k;

	words[0] = i % LOAD_WORDS;
	for (k = 1; k < n; k++)
		words[k] = (i * 7 + k * 13) % LOAD_WORDS;
	return n;
}

static void test_load(void **state)
{
	static char words[LOAD_WORDS][8];
	struct irkg_span *stream = NULL;
	irkg_gazetteer *g = NULL;
	struct irkg_gazetteer_entry e = {"urn:x:entity",
					 IRKG_ENTITY_PLACE,
					 IRKG_NAME_NAME,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 NULL,
					 0,
					 0,
					 NULL};
	uint64_t seed = 42;
	size_t i, k, n, at, matched = 0, matched_tokens = 0, positions = 0;
	struct timespec t0, t1;
	double seconds;

	(void)state;
	for (i = 0; i < LOAD_WORDS; i++)
		snprintf(words[i], sizeof(words[i]), "w%zu", i);
	assert_int_equal(irkg_gazetteer_new(&g), IRKG_OK);
	for (i = 0; i < LOAD_FORMS; i++) {
		size_t idx[IRKG_GAZETTEER_MAX_TOKENS];
		char surface[IRKG_GAZETTEER_MAX_TOKENS * 8];
		size_t used = 0;

		n = form_tokens(i, idx);
		for (k = 0; k < n; k++) {
			int w = snprintf(surface + used, sizeof(surface) - used,
					 "%s%s", k ? " " : "", words[idx[k]]);
			used += (size_t)w;
		}
		assert_int_equal(irkg_gazetteer_add(g, surface, &e), IRKG_OK);
	}
	assert_int_equal(irkg_gazetteer_size(g), LOAD_FORMS);

	/* Half the stream copies whole forms, half is random words. */
	stream = malloc(LOAD_TOKENS * sizeof(*stream));
	assert_non_null(stream);
	for (n = 0; n < LOAD_TOKENS;) {
		size_t idx[IRKG_GAZETTEER_MAX_TOKENS], m = 1;

		if (next_random(&seed) & 1)
			m = form_tokens(next_random(&seed) % LOAD_FORMS, idx);
		else
			idx[0] = next_random(&seed) % LOAD_WORDS;
		for (k = 0; k < m && n < LOAD_TOKENS; k++, n++) {
			stream[n].text = words[idx[k]];
			stream[n].length = strlen(words[idx[k]]);
		}
	}

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (at = 0; at < LOAD_TOKENS;) {
		const struct irkg_gazetteer_entry *const *entries;
		size_t length, ne;

		assert_int_equal(irkg_gazetteer_match(g, stream, LOAD_TOKENS,
						      at, &length, &entries,
						      &ne),
				 IRKG_OK);
		positions++;
		if (length) {
			matched++;
			matched_tokens += length;
			at += length;
		} else {
			at++;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	seconds = (double)(t1.tv_sec - t0.tv_sec) +
		  (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	/* every word is the first token of some form */
	assert_int_equal(matched_tokens, LOAD_TOKENS);
	assert_true(matched > 0 && matched < LOAD_TOKENS);
	print_message("gazetteer: %d forms, %d tokens, %zu matches (%zu "
		      "lookups) in %.3f s: %.0f tokens/s\n",
		      LOAD_FORMS, LOAD_TOKENS, matched, positions, seconds,
		      seconds > 0 ? LOAD_TOKENS / seconds : 0.0);
	free(stream);
	irkg_gazetteer_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_match_table, setup_fixture,
						teardown_fixture),
		cmocka_unit_test_setup_teardown(
			test_entry_fields, setup_fixture, teardown_fixture),
		cmocka_unit_test_setup_teardown(test_match_bad_arguments,
						setup_fixture,
						teardown_fixture),
		cmocka_unit_test(test_duplicate_not_stored_twice),
		cmocka_unit_test(test_add_limits),
		cmocka_unit_test(test_valid_on),
		cmocka_unit_test(test_interning),
		cmocka_unit_test(test_load),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
