/* Unit tests for extract/modality and its table (modality_table.c,
 * ontology/patterns/modality.txt): whether an act happened, and what a
 * threat, an appeal or an intent makes of its CAMEO code. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/modality.h"
#include "../../extract/modality_table.h"
#include "testutil_extract.h"

static const struct testutil_file files[] = {
	{"events-04.txt", "040\tmeet*|met TGT\n"
			  "040\ttalks with TGT\n"},
	{"events-14.txt", "141\tprotest* against TGT\n"},
	{"events-16.txt", "163\timpose* an embargo on TGT\n"},
	{"events-19.txt", "190\tattack* TGT\n"},
	{"relations.txt", "@sanctions\timpose* sanctions on TGT\n"},
	{"cues.txt", "negate\tnot\n"
		     "hypothetical\tif\n"
		     "threat\tthreaten* to\n"
		     "appeal\tcall* for\n"
		     "intent\tpledg* to\n"
		     "intent\tagree* to\n"
		     "plan\tis expected to\n"
		     "plan\twould\n"},
};

static int setup(void **state)
{
	return testutil_world_setup(state, files, TESTUTIL_N_ELEMS(files));
}

/* ---- the table ---- */

static void test_table_lookups(void **state)
{
	const irkg_modality_table *t =
		irkg_patterns_modality(((struct testutil_world *)*state)->p);

	/* the longest ACT that begins the code wins */
	assert_string_equal(irkg_modality_table_code(t, "threat", "1631"),
			    "1312");
	assert_string_equal(irkg_modality_table_code(t, "threat", "161"),
			    "1313");
	assert_string_equal(irkg_modality_table_code(t, "threat", "042"),
			    "130");
	/* "=": the act's own code */
	assert_string_equal(irkg_modality_table_code(t, "appeal", "023"),
			    "023");
	assert_string_equal(irkg_modality_table_code(t, "appeal", "043"),
			    "026");
	/* an intent to do a hostile act is a threat of it */
	assert_string_equal(irkg_modality_table_code(t, "intent", "190"),
			    "138");
	assert_string_equal(irkg_modality_table_code(t, "intent", "057"),
			    "032");
	assert_string_equal(irkg_modality_table_code(t, "intent", "091"),
			    "030");
	/* the cue alone */
	assert_string_equal(irkg_modality_table_code(t, "threat", NULL), "130");
	assert_string_equal(irkg_modality_table_code(t, "intent", NULL), "030");
	/* no line: the table says nothing */
	assert_null(irkg_modality_table_code(t, "agreed", "057"));
	assert_null(irkg_modality_table_code(t, "appeal", NULL));
	assert_string_equal(irkg_modality_table_code(t, "official", "141"),
			    "114");
	assert_null(irkg_modality_table_code(t, "official", "120"));
}

static const struct bad_case {
	const char *text;
	const char *why;
} bad_cases[] = {
	{"threat\t-\t130\nthreat\t*\n", ":2: not MOOD<TAB>ACT<TAB>CODE"},
	{"threat\t-\t130\nthreat\t*\t130\textra\n",
	 ":2: not MOOD<TAB>ACT<TAB>CODE"},
	{"warn\t*\t130\n", ":1: an unknown mood"},
	{"threat\t1x\t130\n", ":1: ACT is a code's first digits"},
	{"threat\t*\tthreat\n", ":1: CODE is a code or ="},
	{"threat\t-\t130\n", "no code for a bare threat or intent"},
};

static void test_table_bad_files(void **state)
{
	char *dir = testutil_tmpdir_new("modality");
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(bad_cases); i++) {
		char *path = testutil_write_file_in(dir, "modality.txt",
						    bad_cases[i].text);
		irkg_modality_table *t = NULL;
		char why[512] = "";

		assert_int_equal(irkg_modality_table_new(&t), IRKG_OK);
		assert_int_equal(irkg_modality_table_read_file(t, path, why,
							       sizeof(why)),
				 IRKG_EPARSE);
		if (!strstr(why, bad_cases[i].why))
			fail_msg("case %zu: '%s' lacks '%s'", i, why,
				 bad_cases[i].why);
		irkg_modality_table_free(t);
		free(path);
	}
	assert_int_equal(irkg_modality_table_read_file(NULL, "x", NULL, 0),
			 IRKG_EINVAL);
	irkg_modality_table_free(NULL);
	testutil_rmtree(dir);
	free(dir);
}

/* ---- the rules ---- */

static void test_negated_and_hypothetical(void **state)
{
	testutil_facts_are(state, "Japan attacked China.", "190 JPN>CHN\n");
	testutil_facts_are(state, "Japan did not attack China.", "");
	testutil_facts_are(state,
			   "If Japan attacks China, Russia will protest.", "");
}

/* What irkg_modality_read says of the match, and the code it gives. */
static void test_read_says_why(void **state)
{
	struct testutil_sentence s;
	struct irkg_fact x;
	unsigned cues;

	testutil_sentence_open(*state, "Japan did not attack China.", 0, &s);
	memset(&x, 0, sizeof(x));
	assert_string_equal(
		irkg_modality_read(&s.f, testutil_match(&s, "190"), &x, &cues),
		"negated");
	assert_true(cues & CUE_NEGATE);
	testutil_sentence_close(&s);
	testutil_sentence_open(*state, "Russia threatened to attack Ukraine.",
			       0, &s);
	memset(&x, 0, sizeof(x));
	assert_null(
		irkg_modality_read(&s.f, testutil_match(&s, "190"), &x, &cues));
	assert_string_equal(x.code, "138");
	assert_string_equal(x.cue, "threat");
	assert_int_equal(x.kind, IRKG_FACT_EVENT);
	assert_false(x.planned);
	testutil_sentence_close(&s);
}

/* A threat, an appeal or an intent recodes the act (modality.txt). */
static void test_moods(void **state)
{
	testutil_facts_are(state, "Russia threatened to attack Ukraine.",
			   "138 RUS>UKR threat\n");
	testutil_facts_are(state,
			   "Russia threatened to impose an embargo on Japan.",
			   "1312 RUS>JPN threat\n");
	testutil_facts_are(state, "China called for talks with Japan.",
			   "026 CHN>JPN appeal\n");
	testutil_facts_are(state, "Japan pledged to meet China.",
			   "036 JPN>CHN intent\n");
	/* announcing a hostile act is threatening it */
	testutil_facts_are(state, "Russia would attack Ukraine.",
			   "138 RUS>UKR threat\n");
	/* what sides agree to do is an intent to cooperate */
	testutil_facts_are(state, "Japan and China agreed to attack Russia.",
			   "030 JPN>RUS\n030 CHN>RUS\n");
	/* a threat with no act after it is an event of its own */
	testutil_facts_are(state, "Russia threatened to respond to Japan.",
			   "130 RUS>JPN\n");
}

static void test_planned(void **state)
{
	testutil_facts_are(state, "Japan is expected to meet China.",
			   "040 JPN>CHN planned\n");
	/* a relation only announced does not hold yet */
	testutil_facts_are(state, "Japan would impose sanctions on Russia.",
			   "");
	testutil_facts_are(state, "Japan imposed sanctions on Russia.",
			   "sanctions JPN>RUS\n");
}

/* A protest by a state is an official complaint (114); by people of a
 * nationality, a demonstration. */
static void test_official_protest(void **state)
{
	testutil_facts_are(state, "Japan protested against China.",
			   "114 JPN>CHN\n");
	testutil_facts_are(state, "Japanese crowds protested against China.",
			   "141 JPN>CHN\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_lookups),
		cmocka_unit_test(test_table_bad_files),
		cmocka_unit_test(test_negated_and_hypothetical),
		cmocka_unit_test(test_read_says_why),
		cmocka_unit_test(test_moods),
		cmocka_unit_test(test_planned),
		cmocka_unit_test(test_official_protest),
	};

	return cmocka_run_group_tests(tests, setup, testutil_world_teardown);
}
