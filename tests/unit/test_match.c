/* Unit tests for extract/match: patterns matched around each word of a
 * sentence (docs/patterns.md): keyed by word or stem, slots that take an
 * actor unit, gaps that cross no actor, and the longest match at a head. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/match.h"
#include "testutil_extract.h"

static const struct testutil_file files[] = {
	{"events-04.txt", "040\tmeet*|met\n"
			  "041\tmeet*|met with TGT\n"
			  "042\tvisit* TGT\n"},
	{"events-03.txt", "036\tinvite* TGT to attend\n"},
	{"events-07.txt", "071\textend* .. loan to TGT\n"},
	{"events-11.txt", "112\taccuse* TGT of\n"
			  "114\tlodge* protest|protests with TGT\n"},
	{"events-17.txt", "172\tviolate* .. airspace\n"},
	{"relations.txt", "@dispute\tdispute between SRC and TGT\n"},
	{"cues.txt", "threat\tthreaten* to\n"},
};

static int setup(void **state)
{
	return testutil_world_setup(state, files, TESTUTIL_N_ELEMS(files));
}

/* "meets" is keyed by its stem, "met" written out. */
static void test_head_by_word_or_stem(void **state)
{
	struct testutil_sentence s;
	const struct event_match *m;

	testutil_sentence_open(*state, "Japan meets Russia today.", 0, &s);
	m = testutil_match(&s, "040");
	assert_int_equal(m->head, testutil_token(&s.r, "meets", 0));
	assert_int_equal(m->end, m->head + 1);
	assert_int_equal(m->src, -1);
	assert_int_equal(m->tgt, -1);
	testutil_sentence_close(&s);
}

/* Two patterns keyed by "met": the longer wins, and only it is kept. */
static void test_longest_at_a_head(void **state)
{
	struct testutil_sentence s;
	const struct event_match *m;

	testutil_sentence_open(*state, "Japan met with China.", 0, &s);
	assert_int_equal(s.f.n_matches, 1);
	m = testutil_match(&s, "041");
	assert_string_equal(testutil_unit(&s, m->tgt), "CHN");
	assert_int_equal(m->end, testutil_token(&s.r, "china", 0) + 1);
	testutil_sentence_close(&s);
}

/* "accused Japanese coast guard vessels of": a state adjective stands for
 * the noun it opens, so the slot takes it and the words up to "of". */
static void test_adjective_opens_a_noun(void **state)
{
	struct testutil_sentence s;
	const struct event_match *m;

	testutil_sentence_open(*state,
			       "China accused Japanese coast guard vessels of "
			       "ramming a boat.",
			       0, &s);
	m = testutil_match(&s, "112");
	assert_string_equal(testutil_unit(&s, m->tgt), "JPN");
	assert_int_equal(m->end, testutil_token(&s.r, "of", 0) + 1);
	testutil_sentence_close(&s);
}

/* A gap may skip words, but no actor. */
static void test_gap_crosses_no_actor(void **state)
{
	struct testutil_sentence s;
	size_t i;

	testutil_sentence_open(*state, "Russia violated national airspace.", 0,
			       &s);
	testutil_match(&s, "172");
	testutil_sentence_close(&s);
	testutil_sentence_open(*state, "Russia violated Japanese airspace.", 0,
			       &s);
	for (i = 0; i < s.f.n_matches; i++)
		assert_string_not_equal(s.f.matches[i].pattern->code, "172");
	testutil_sentence_close(&s);
}

/* Whether the sentence has a match of `code`. */
static int has_match(const struct testutil_sentence *s, const char *code)
{
	for (size_t i = 0; i < s->f.n_matches; i++)
		if (strcmp(s->f.matches[i].pattern->code, code) == 0)
			return 1;
	return 0;
}

/* A gap counts up to four words, but not those of a sum, a share, a count
 * or a date. */
static void test_gap_passes_amounts_and_dates(void **state)
{
	static const struct {
		const char *text;
		int match;
	} cases[] = {
		{"Japan extended a joint $500 million loan to Ukraine.", 1},
		{"Japan extended nearly 2 billion dollars of loan to Ukraine.",
		 1},
		{"Japan extended a 15 percent larger loan to Ukraine.", 1},
		{"Japan extended on Sunday a new loan to Ukraine.", 1},
		{"Japan extended last week a big loan to Ukraine.", 1},
		/* five words that are none of these */
		{"Japan extended a very big new soft loan to Ukraine.", 0},
		/* "72-hour" says what kind of loan: a word */
		{"Japan extended a very big new 72-hour loan to Ukraine.", 0},
		/* "million" after no number is a word */
		{"Japan extended a very big new million loan to Ukraine.", 0},
	};
	struct testutil_sentence s;
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		testutil_sentence_open(*state, cases[i].text, 0, &s);
		if (has_match(&s, "071") != cases[i].match)
			fail_msg("%s: wanted %s", cases[i].text,
				 cases[i].match ? "071" : "no 071");
		if (cases[i].match)
			assert_string_equal(
				testutil_unit(&s,
					      testutil_match(&s, "071")->tgt),
				"UKR");
		testutil_sentence_close(&s);
	}
}

/* The words of a pattern pass a count, a date or "in PLACE" between
 * them, and a slot a date phrase after it. */
static void test_words_and_slots_pass_counts_and_dates(void **state)
{
	static const struct {
		const char *text, *code, *target;
	} cases[] = {
		{"China lodged two protests with Japan.", "114", "JPN"},
		{"China lodged several protests on Monday with Japan.", "114",
		 "JPN"},
		{"Japan met on Sunday with China.", "041", "CHN"},
		{"Japan met last week with China.", "041", "CHN"},
		{"Japan invited Russia on Sunday to attend.", "036", "RUS"},
		{"Japan invited Russia last week to attend.", "036", "RUS"},
		{"Japan invited Russia in March to attend.", "036", "RUS"},
		/* and the place it happened */
		{"Japan met in Seoul with China.", "041", "CHN"},
		{"Japan met in London on Sunday with China.", "041", "CHN"},
	};
	struct testutil_sentence s;
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		testutil_sentence_open(*state, cases[i].text, 0, &s);
		if (!has_match(&s, cases[i].code))
			fail_msg("%s: no %s", cases[i].text, cases[i].code);
		assert_string_equal(
			testutil_unit(&s,
				      testutil_match(&s, cases[i].code)->tgt),
			cases[i].target);
		testutil_sentence_close(&s);
	}
	/* any other word still stops them */
	testutil_sentence_open(*state, "Japan invited Russia warmly to attend.",
			       0, &s);
	assert_false(has_match(&s, "036"));
	testutil_sentence_close(&s);
	/* but the object noun of a verb has words of its own before it,
	 * up to a noun-stop */
	testutil_sentence_open(
		*state, "China lodged angry protests with Japan.", 0, &s);
	assert_true(has_match(&s, "114"));
	testutil_sentence_close(&s);
	testutil_sentence_open(
		*state, "China lodged a list of protests with Japan.", 0, &s);
	assert_false(has_match(&s, "114"));
	testutil_sentence_close(&s);
	testutil_sentence_open(
		*state,
		"China lodged strong formal written protests with Japan.", 0,
		&s);
	assert_false(has_match(&s, "114"));
	testutil_sentence_close(&s);
}

/* A verb and its object noun give their passive by rule: "talks hosted
 * by Turkey" from "host* [the] talks", once for patterns that differ only
 * after the noun, and none from a verb with a preposition or a particle
 * after it. */
static void test_passive_by_rule(void **state)
{
	static const struct testutil_file passives[] = {
		{"events-04.txt", "043\thost* [a|an|the] summit|talks\n"},
		{"events-16.txt", "163\timpose* sanctions\n"
				  "163\timpose* sanctions on|against TGT\n"},
		{"events-03.txt", "030\tagree* to\n"
				  "030\tcall* off talks\n"},
	};
	struct testutil_world w;
	struct testutil_sentence s;
	const struct event_match *m;

	(void)state;
	testutil_world_new(&w, passives, TESTUTIL_N_ELEMS(passives));
	/* 5 written, 2 made: "summit|talks host* by SRC" and "sanctions
	 * impose* by SRC" */
	assert_int_equal(irkg_patterns_count(w.p), 7);
	testutil_sentence_open(
		&w, "Armenia and Japan held talks hosted by Russia on Friday.",
		0, &s);
	m = testutil_match(&s, "043");
	assert_true(m->pattern->derived);
	assert_int_equal(m->pattern->line, 1);
	assert_string_equal(testutil_unit(&s, m->src), "RUS");
	assert_int_equal(m->first, testutil_token(&s.r, "talks", 0));
	assert_int_equal(m->head, testutil_token(&s.r, "hosted", 0));
	testutil_sentence_close(&s);
	testutil_sentence_open(
		&w, "China condemned sanctions imposed by Japan.", 0, &s);
	m = testutil_match(&s, "163");
	assert_string_equal(testutil_unit(&s, m->src), "JPN");
	testutil_sentence_close(&s);
	/* the active form is still the pattern as written */
	testutil_sentence_open(&w, "Japan hosted talks.", 0, &s);
	m = testutil_match(&s, "043");
	assert_false(m->pattern->derived);
	testutil_sentence_close(&s);
	testutil_world_free(&w);
}

/* "between SRC and TGT" over one coordination binds both slots to it. */
static void test_between_one_coordination(void **state)
{
	struct testutil_sentence s;
	const struct event_match *m;

	testutil_sentence_open(
		*state, "The dispute between Japan and China grew.", 0, &s);
	m = testutil_match(&s, "dispute");
	assert_int_equal(m->src, m->tgt);
	assert_string_equal(testutil_unit(&s, m->src), "JPN,CHN");
	testutil_sentence_close(&s);
}

/* A place fills the target slot of a visit (root 04). */
static void test_place_is_visited(void **state)
{
	struct testutil_sentence s;
	const struct event_match *m;

	testutil_sentence_open(*state, "Japan visited Seoul.", 0, &s);
	m = testutil_match(&s, "042");
	assert_true(m->tgt >= 0);
	assert_true(s.f.units[m->tgt].place);
	assert_string_equal(testutil_unit(&s, m->tgt), "KOR");
	testutil_sentence_close(&s);
}

/* Cue patterns go to the cues, not the matches. */
static void test_cues_apart(void **state)
{
	struct testutil_sentence s;
	size_t i;

	testutil_sentence_open(*state, "Russia threatened to visit Japan.", 0,
			       &s);
	assert_int_equal(s.f.n_cues, 1);
	assert_string_equal(s.f.cues[0].kind, "threat");
	assert_int_equal(s.f.cues[0].first,
			 testutil_token(&s.r, "threatened", 0));
	assert_int_equal(s.f.cues[0].end, testutil_token(&s.r, "to", 0) + 1);
	for (i = 0; i < s.f.n_matches; i++)
		assert_true(s.f.matches[i].pattern->kind != IRKG_PATTERN_CUE);
	testutil_match(&s, "042");
	testutil_sentence_close(&s);
}

static void test_longer(void **state)
{
	struct irkg_pattern p2 = {.code = "04"}, p3 = {.code = "040"};
	struct event_match a = {&p3, 3, 5, 3, -1, -1};
	struct event_match b = {&p3, 3, 6, 3, -1, -1};
	struct event_match c = {&p2, 3, 5, 3, -1, -1};

	(void)state;
	assert_true(irkg_match_longer(&b, &a)); /* more words */
	assert_false(irkg_match_longer(&a, &b));
	assert_true(irkg_match_longer(&a, &c)); /* as many, finer code */
	assert_false(irkg_match_longer(&c, &a));
	assert_false(irkg_match_longer(&a, &a));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_head_by_word_or_stem),
		cmocka_unit_test(test_longest_at_a_head),
		cmocka_unit_test(test_adjective_opens_a_noun),
		cmocka_unit_test(test_gap_crosses_no_actor),
		cmocka_unit_test(test_gap_passes_amounts_and_dates),
		cmocka_unit_test(test_words_and_slots_pass_counts_and_dates),
		cmocka_unit_test(test_passive_by_rule),
		cmocka_unit_test(test_between_one_coordination),
		cmocka_unit_test(test_place_is_visited),
		cmocka_unit_test(test_cues_apart),
		cmocka_unit_test(test_longer),
	};

	return cmocka_run_group_tests(tests, setup, testutil_world_teardown);
}
