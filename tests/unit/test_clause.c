/* Unit tests for extract/clause: a sentence's actor units, its clause
 * boundaries, quoted speech and relative asides, as the event rules see
 * them (docs/events.md, "Actors and clauses"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/clause.h"
#include "testutil_extract.h"

static const struct testutil_file files[] = {
	{"events-04.txt", "040\tmeet*|met\n"},
	{"cues.txt", "say\tsaid\n"},
};

static int setup(void **state)
{
	return testutil_world_setup(state, files, TESTUTIL_N_ELEMS(files));
}

/* The unit starting at the n-th token `word`. */
static long unit_at(struct testutil_sentence *s, const char *word, int nth)
{
	size_t t = testutil_token(&s->r, word, nth);

	return s->f.unit_at[t - s->f.s_first];
}

static enum boundary boundary_at(struct testutil_sentence *s, const char *word)
{
	size_t t = testutil_token(&s->r, word, 0);

	return (enum boundary)s->f.boundary[t - s->f.s_first];
}

static void test_coordination_is_one_unit(void **state)
{
	struct testutil_sentence s;
	long u;

	testutil_sentence_open(*state,
			       "The United States, South Korea and Japan met "
			       "in Tokyo.",
			       0, &s);
	assert_int_equal(s.f.n_units, 2);
	u = unit_at(&s, "united", 0);
	assert_int_equal(u, 0);
	assert_string_equal(testutil_unit(&s, u), "USA,KOR,JPN");
	assert_false(s.f.units[0].place);
	/* a place is a unit of its own, found by place_at, not unit_at */
	assert_true(s.f.units[1].place);
	assert_string_equal(testutil_unit(&s, 1), "JPN");
	assert_int_equal(unit_at(&s, "tokyo", 0), -1);
	assert_int_equal(
		s.f.place_at[testutil_token(&s.r, "tokyo", 0) - s.f.s_first],
		1);
	/* every word of the coordination is covered by it */
	assert_int_equal(
		s.f.unit_of[testutil_token(&s.r, "korea", 0) - s.f.s_first], 0);
	assert_int_equal(
		s.f.unit_of[testutil_token(&s.r, "met", 0) - s.f.s_first], -1);
	testutil_sentence_close(&s);
}

/* "spoke with Japan, and the two agreed": a group after a comma is a new
 * unit, not one more member of the coordination before it. */
static void test_group_after_comma_is_new_unit(void **state)
{
	struct testutil_sentence s;

	testutil_sentence_open(*state,
			       "China spoke with Japan, and the two agreed to "
			       "meet.",
			       0, &s);
	assert_int_equal(s.f.n_units, 3);
	assert_string_equal(testutil_unit(&s, unit_at(&s, "china", 0)), "CHN");
	assert_string_equal(testutil_unit(&s, unit_at(&s, "japan", 0)), "JPN");
	/* the group's members are the actors it stands for */
	assert_string_equal(testutil_unit(&s, unit_at(&s, "the", 0)),
			    "CHN,JPN");
	testutil_sentence_close(&s);
}

static void test_clause_boundaries(void **state)
{
	struct testutil_sentence s;

	testutil_sentence_open(*state,
			       "Japan protested; China said that it would "
			       "meet Russia, but Russia declined.",
			       0, &s);
	assert_int_equal(boundary_at(&s, ";"), STRONG_BOUNDARY);
	assert_int_equal(boundary_at(&s, "but"), STRONG_BOUNDARY);
	assert_int_equal(boundary_at(&s, "that"), WEAK_BOUNDARY);
	assert_int_equal(boundary_at(&s, "meet"), NO_BOUNDARY);
	assert_int_equal(boundary_at(&s, ","), NO_BOUNDARY);
	testutil_sentence_close(&s);
}

/* "as" names a role right after a naming word ("each other as") or before
 * "a", and opens a clause otherwise. */
static void test_as(void **state)
{
	struct testutil_sentence s;

	testutil_sentence_open(*state, "Japan praised China as an ally.", 0,
			       &s);
	assert_int_equal(boundary_at(&s, "as"), NO_BOUNDARY);
	testutil_sentence_close(&s);
	testutil_sentence_open(*state,
			       "Japan and China describe each other as close "
			       "partners.",
			       0, &s);
	assert_int_equal(boundary_at(&s, "as"), NO_BOUNDARY);
	testutil_sentence_close(&s);
	testutil_sentence_open(*state, "Japan spoke as China met Russia.", 0,
			       &s);
	assert_int_equal(boundary_at(&s, "as"), WEAK_BOUNDARY);
	testutil_sentence_close(&s);
}

/* A quotation opening the sentence is speech; one inside it ("called the
 * move "unjust"") is not. */
static void test_quoted_speech(void **state)
{
	struct testutil_sentence s;
	size_t t;

	testutil_sentence_open(
		*state, "\"Japan will meet China,\" Russia said.", 0, &s);
	t = testutil_token(&s.r, "meet", 0);
	assert_true(s.f.quoted[t - s.f.s_first]);
	t = testutil_token(&s.r, "said", 0);
	assert_false(s.f.quoted[t - s.f.s_first]);
	testutil_sentence_close(&s);
	testutil_sentence_open(
		*state, "Japan called the plan to meet \"unjust\".", 0, &s);
	t = testutil_token(&s.r, "unjust", 0);
	assert_false(s.f.quoted[t - s.f.s_first]);
	testutil_sentence_close(&s);
}

/* ", which ... ," is an aside: what it names is marked relative. */
static void test_relative_aside(void **state)
{
	struct testutil_sentence s;
	size_t t;

	testutil_sentence_open(
		*state, "China, which borders Russia, met Japan.", 0, &s);
	t = testutil_token(&s.r, "russia", 0);
	assert_true(s.f.relative[t - s.f.s_first]);
	t = testutil_token(&s.r, "japan", 0);
	assert_false(s.f.relative[t - s.f.s_first]);
	t = testutil_token(&s.r, "china", 0);
	assert_false(s.f.relative[t - s.f.s_first]);
	testutil_sentence_close(&s);
}

/* "his counterparts": a possessive alone is an owner, not an actor; "their
 * diplomats met": people of theirs act for them. */
static void test_possessive(void **state)
{
	struct testutil_sentence s;

	testutil_sentence_open(*state,
			       "Japan and China said their diplomats would "
			       "meet.",
			       0, &s);
	assert_int_equal(s.f.n_units, 2);
	assert_string_equal(testutil_unit(&s, 1), "JPN,CHN");
	testutil_sentence_close(&s);
	testutil_sentence_open(
		*state, "Japan and China said their aid would grow.", 0, &s);
	assert_int_equal(s.f.n_units, 1);
	testutil_sentence_close(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coordination_is_one_unit),
		cmocka_unit_test(test_group_after_comma_is_new_unit),
		cmocka_unit_test(test_clause_boundaries),
		cmocka_unit_test(test_as),
		cmocka_unit_test(test_quoted_speech),
		cmocka_unit_test(test_relative_aside),
		cmocka_unit_test(test_possessive),
	};

	return cmocka_run_group_tests(tests, setup, testutil_world_teardown);
}
