/* Unit tests for extract/setting: when and where an act happened
 * (docs/events.md, "When and where"). Articles are dated Wednesday
 * 2025-06-11, so "on Monday" is 2025-06-09 for what happened and
 * 2025-06-16 for what is planned. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/setting.h"
#include "testutil_extract.h"

static const struct testutil_file files[] = {
	{"events-04.txt", "040\tmeet*|met TGT\n"
			  "042\tvisit* TGT\n"},
	{"cues.txt", "plan\tis expected to\n"},
};

static int setup(void **state)
{
	return testutil_world_setup(state, files, TESTUTIL_N_ELEMS(files));
}

static void test_dates(void **state)
{
	testutil_facts_are(state, "Japan met China on Monday.",
			   "040 JPN>CHN 2025-06-09\n");
	testutil_facts_are(state, "Japan met China.", "040 JPN>CHN\n");
	/* what is still to come: the next Monday, next year's February */
	testutil_facts_are(state, "Japan is expected to meet China on Monday.",
			   "040 JPN>CHN 2025-06-16 planned\n");
	testutil_facts_are(state,
			   "Japan is expected to meet China in February.",
			   "040 JPN>CHN 2026-02 planned\n");
	/* the date nearest the verb, one after it in its own clause first */
	testutil_facts_are(
		state, "Japan met China on Monday and visited Seoul on Friday.",
		"040 JPN>CHN 2025-06-09\n042 JPN>KOR 2025-06-06\n");
}

static void test_in_date(void **state)
{
	struct testutil_sentence s;

	testutil_sentence_open(*state, "Japan met China on Monday.", 0, &s);
	assert_true(
		irkg_setting_in_date(&s.f, testutil_token(&s.r, "monday", 0)));
	assert_false(
		irkg_setting_in_date(&s.f, testutil_token(&s.r, "met", 0)));
	testutil_sentence_close(&s);
}

/* The place of the match of `code` in `text`: its mention's words. */
static void place_is(void **state, const char *text, const char *code,
		     const char *want)
{
	struct testutil_sentence s;
	const struct irkg_mention *m;
	const struct irkg_token *tokens;
	size_t place, n;

	testutil_sentence_open(*state, text, 0, &s);
	place = irkg_setting_place(&s.f, testutil_match(&s, code));
	if (!want) {
		assert_int_equal(place, IRKG_MENTION_NONE);
	} else {
		assert_true(place != IRKG_MENTION_NONE);
		m = irkg_mentions_list(s.r.doc.mentions, &n);
		tokens = irkg_text_tokens(s.r.doc.text, &n);
		assert_int_equal(strlen(want),
				 tokens[m[place].first_token].end -
					 tokens[m[place].first_token].start);
		assert_memory_equal(s.r.a.body +
					    tokens[m[place].first_token].start,
				    want, strlen(want));
	}
	testutil_sentence_close(&s);
}

static void test_places(void **state)
{
	place_is(state, "Japan met China in London.", "040", "London");
	place_is(state, "In London, Japan met China.", "040", "London");
	/* the visited place */
	place_is(state, "Japan visited Seoul.", "042", "Seoul");
	/* not across a clause boundary */
	place_is(state, "Japan met China, but Russia stayed in London.", "040",
		 NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_in_date),
		cmocka_unit_test(test_places),
	};

	return cmocka_run_group_tests(tests, setup, testutil_world_teardown);
}
