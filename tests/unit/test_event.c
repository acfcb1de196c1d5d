/* Unit tests for extract/event: the public irkg_facts_* API, the dyads of a
 * fact, and --explain through the caller's callback (explain.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/event.h"
#include "testutil_extract.h"

static const struct testutil_file files[] = {
	{"events-04.txt", "040\tmeet*|met\n"},
	{"events-19.txt", "190\tattack*\n"
			  "190\texchange* fire\n"},
	{"cues.txt", "negate\tnot\n"},
};

static int setup(void **state)
{
	return testutil_world_setup(state, files, TESTUTIL_N_ELEMS(files));
}

/* A compound source with no target pairs its members for meeting and for
 * mutual acts; co-actors of a hostile act did not act on each other. */
static void test_dyads(void **state)
{
	testutil_facts_are(state,
			   "Japan, South Korea and the United States met.",
			   "040 JPN>KOR\n040 JPN>USA\n040 KOR>USA\n");
	testutil_facts_are(state, "Japan and China attacked.", "190 -\n");
	testutil_facts_are(state, "Japan and China exchanged fire.",
			   "190 JPN>CHN\n");
}

static void test_api(void **state)
{
	const struct testutil_world *w = *state;
	struct testutil_read r;
	irkg_facts *facts = (irkg_facts *)1;
	const struct irkg_fact *list;
	const size_t *actors, *evidence;
	const struct irkg_mention *m;
	size_t n, n_mentions;

	testutil_read(w,
		      "Japan met China. Japan met China on Monday.\n\nChina "
		      "met Russia.",
		      &r);
	assert_int_equal(irkg_facts_find(NULL, &r.doc, NULL, &facts),
			 IRKG_EINVAL);
	assert_null(facts);
	assert_int_equal(irkg_facts_find(w->p, NULL, NULL, &facts),
			 IRKG_EINVAL);
	assert_int_equal(irkg_facts_find(w->p, &r.doc, NULL, NULL),
			 IRKG_EINVAL);
	assert_int_equal(irkg_facts_find(w->p, &r.doc, NULL, &facts), IRKG_OK);
	list = irkg_facts_list(facts, &n);
	assert_int_equal(n, 2);
	actors = irkg_facts_actors(facts);
	evidence = irkg_facts_evidence(facts);
	m = irkg_mentions_list(r.doc.mentions, &n_mentions);
	/* the first fact, told in sentences 0 and 1 */
	assert_int_equal(list[0].n_sources, 1);
	assert_int_equal(list[0].n_targets, 1);
	assert_string_equal(m[actors[list[0].first_source]].code, "JPN");
	assert_string_equal(m[actors[list[0].first_target]].code, "CHN");
	assert_int_equal(list[0].sentence, 0);
	assert_int_equal(list[0].n_evidence, 2);
	assert_int_equal(evidence[list[0].first_evidence], 0);
	assert_int_equal(evidence[list[0].first_evidence + 1], 1);
	assert_int_equal(list[0].date_precision, IRKG_DATE_DAY);
	/* the second, in the next paragraph */
	assert_string_equal(m[actors[list[1].first_source]].code, "CHN");
	assert_string_equal(m[actors[list[1].first_target]].code, "RUS");
	assert_int_equal(list[1].n_evidence, 1);
	assert_int_equal(evidence[list[1].first_evidence], 2);
	assert_int_equal(list[1].kind, IRKG_FACT_EVENT);
	assert_string_equal(list[1].code, "040");
	irkg_facts_free(facts);
	/* NULL is an empty result */
	assert_null(irkg_facts_list(NULL, &n));
	assert_int_equal(n, 0);
	assert_null(irkg_facts_actors(NULL));
	assert_null(irkg_facts_evidence(NULL));
	irkg_facts_free(NULL);
	testutil_read_free(&r);
}

/* What the callback was given: the texts one after another, and whether
 * each ended a line. */
struct said {
	char text[4096];
	size_t length;
	int calls, whole_lines;
};

static void say(void *data, const char *text, size_t length)
{
	struct said *s = data;

	assert_true(s->length + length < sizeof(s->text));
	memcpy(s->text + s->length, text, length);
	s->length += length;
	s->text[s->length] = '\0';
	s->calls++;
	s->whole_lines += length && text[length - 1] == '\n';
}

static void test_explain(void **state)
{
	const struct testutil_world *w = *state;
	struct said said = {"", 0, 0, 0};
	const struct irkg_explain explain = {say, &said};
	struct testutil_read r;
	irkg_facts *facts = NULL;

	testutil_read(w, "Japan met China. Japan did not attack Russia.", &r);
	assert_int_equal(irkg_facts_find(w->p, &r.doc, &explain, &facts),
			 IRKG_OK);
	assert_true(said.calls >= 4);
	assert_int_equal(said.whole_lines, said.calls);
	assert_non_null(strstr(said.text, "[1] \"Japan met China.\"\n"
					  "    actors: \"Japan\"=JPN "
					  "\"China\"=CHN\n"));
	assert_non_null(strstr(said.text,
			       "    040 events-04.txt:1 \"met\" source "
			       "JPN target CHN: 040 \n"));
	assert_non_null(strstr(said.text, "    cues: negate \"not\"\n"));
	assert_non_null(strstr(said.text, "\"attack\" source - target -: "
					  "negated\n"));
	irkg_facts_free(facts);
	testutil_read_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dyads),
		cmocka_unit_test(test_api),
		cmocka_unit_test(test_explain),
	};

	return cmocka_run_group_tests(tests, setup, testutil_world_teardown);
}
