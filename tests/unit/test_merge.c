/* Unit tests for extract/merge: one fact for an event told twice, with
 * every sentence that tells it as evidence, and two facts for two acts
 * (docs/events.md, "One fact told twice"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testutil_extract.h"

static const struct testutil_file files[] = {
	{"events-04.txt", "040\tmeet*|met TGT\n"
			  "042\thost* TGT\n"},
	{"events-11.txt", "111\tcriticised TGT\n"},
	{"relations.txt", "@agreement\tagreement with TGT\n"
			  "@agreement.signed\tsign* an agreement with TGT\n"},
};

static int setup(void **state)
{
	return testutil_world_setup(state, files, TESTUTIL_N_ELEMS(files));
}

/* Told again: one fact, dated by the telling that gives a date, with both
 * sentences as evidence. */
static void test_told_twice(void **state)
{
	testutil_facts_are(
		state,
		"Japan criticised China. Japan criticised China on Monday.",
		"111 JPN>CHN 2025-06-09 x2\n");
	testutil_facts_are(state,
			   "Japan criticised China. China criticised Japan.",
			   "111 JPN>CHN\n111 CHN>JPN\n");
}

/* "separately", "also", "again": another act. */
static void test_another_act(void **state)
{
	testutil_facts_are(state,
			   "Japan criticised China on Monday. Japan separately "
			   "criticised China.",
			   "111 JPN>CHN 2025-06-09\n111 JPN>CHN\n");
}

/* Two dates, two acts; places in two states, two acts. */
static void test_two_acts(void **state)
{
	testutil_facts_are(
		state,
		"Japan criticised China on Monday. Japan criticised China "
		"on Friday.",
		"111 JPN>CHN 2025-06-09\n111 JPN>CHN 2025-06-06\n");
	testutil_facts_are(
		state, "Japan met China in Tokyo. Japan met China in London.",
		"040 JPN>CHN\n040 JPN>CHN\n");
}

/* A meeting told again under another code of root 04 in the next sentence
 * ("met in Canberra on Thursday. Marles hosted ...") is one meeting. */
static void test_meeting_retold(void **state)
{
	testutil_facts_are(state,
			   "Japan met China on Monday. Japan hosted China.",
			   "040 JPN>CHN 2025-06-09 x2\n");
}

/* A relation told twice is one relation; another type is another. */
static void test_relations(void **state)
{
	testutil_facts_are(
		state,
		"Japan signed an agreement with China. Japan signed an "
		"agreement with China on Monday.",
		"agreement.signed JPN>CHN 2025-06-09 x2\n");
	testutil_facts_are(state,
			   "Japan signed an agreement with China. Japan has an "
			   "agreement with China.",
			   "agreement.signed JPN>CHN\nagreement JPN>CHN\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_told_twice),
		cmocka_unit_test(test_another_act),
		cmocka_unit_test(test_two_acts),
		cmocka_unit_test(test_meeting_retold),
		cmocka_unit_test(test_relations),
	};

	return cmocka_run_group_tests(tests, setup, testutil_world_teardown);
}
