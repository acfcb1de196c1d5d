/* Unit tests for extract/dictionary: PETRARCH2/TABARI verb dictionaries
 * read into irkg's event patterns, on small dictionaries written here:
 * verb blocks and their forms, patterns with noun and prepositional
 * phrases, synonym sets, slots, what makes no pattern, and the errors that
 * name FILE:LINE. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/dictionary.h"
#include "testutil_extract.h"

/* The project's own patterns stay out of the way: one unrelated file. */
static const struct testutil_file files[] = {
	{"events-04.txt", "042\tvisit* TGT\n"},
};

static const char dictionary[] =
	"# a dictionary in the format of CAMEO.2.0.txt\n"
	"&CURRENCY\n"
	"+DOLLAR\n"
	"+HARD_CASH_\n"
	"\n"
	"####### VERB PATTERNS #######\n"
	"---  ACCUSE   [112]  ---\n"
	"ACCUSE\n"
	"+POINT_FINGER {+POINTED_FINGER +POINTS_FINGER}\n"
	"- * (OF AGGRESSION)   [1121]   # ACCUSE\n"
	"- * (OF SPYING)       [---]\n"
	"---  ASK   [---]  ---\n"
	"ASK\n"
	"- * (FOR &CURRENCY)   [0211:0211]\n"
	"- TALKS *             [:164]\n"
	"- $ * + (TO {STOP FIRING})  [0256]\n"
	"~ a (a b WILL_ATTACK) SAY = a b 138\n";

struct world {
	struct testutil_world w;
	struct irkg_dictionary_counts counts;
	char *path;
};

static int setup(void **state)
{
	struct world *x = calloc(1, sizeof(*x));
	char why[512] = "";

	assert_non_null(x);
	testutil_world_new(&x->w, files, TESTUTIL_N_ELEMS(files));
	x->path = testutil_write_file_in(x->w.dir, "cameo.verbs", dictionary);
	if (irkg_dictionary_read(x->w.p, x->path, &x->counts, why, sizeof(why)))
		fail_msg("the dictionary: %s", why);
	*state = x;
	return 0;
}

static int teardown(void **state)
{
	struct world *x = *state;

	free(x->path);
	testutil_world_free(&x->w);
	free(x);
	return 0;
}

static void facts_are(void **state, const char *text, const char *want)
{
	struct world *x = *state;
	char *got = testutil_facts(&x->w, text);

	if (strcmp(got, want) != 0)
		fail_msg("%s\n  got:\n%s  want:\n%s", text, got, want);
	free(got);
}

/* Patterns: ACCUSE alone, POINT_FINGER alone, OF AGGRESSION twice (with
 * and without the object between verb and preposition, for ACCUSE and for
 * POINT_FINGER), FOR &CURRENCY with DOLLAR and with HARD CASH, each twice,
 * and $ * + (TO {STOP FIRING}) once; nothing from [---], [:164] and ~. */
static void test_counts(void **state)
{
	struct world *x = *state;

	assert_int_equal(x->counts.patterns, 2 + 4 + 4 + 1);
	assert_int_equal(x->counts.skipped, 3);
	assert_int_equal(x->counts.malformed, 0);
	assert_string_equal(x->counts.first_malformed, "");
}

/* A verb block's code for its verbs in their regular forms. */
static void test_verb_forms(void **state)
{
	facts_are(state, "Japan accused China.", "112 JPN>CHN\n");
	facts_are(state, "Japan accuses China.", "112 JPN>CHN\n");
	facts_are(state, "Japan pointed finger at China.", "112 JPN>CHN\n");
	/* the null code of the block: no event from the verb alone */
	facts_are(state, "Japan asked China.", "");
}

/* A prepositional phrase, with the object before it or not. */
static void test_prepositional_phrase(void **state)
{
	facts_are(state, "Japan accused China of aggression.",
		  "1121 JPN>CHN\n");
	facts_are(state, "Japan accused China of blatant aggression.",
		  "1121 JPN>CHN\n");
	/* [---] makes no pattern: the verb's own code stays */
	facts_are(state, "Japan accused China of spying.", "112 JPN>CHN\n");
}

/* A synonym set: its words with their plurals, its phrases as patterns
 * of their own; the first of two codes. */
static void test_synonym_set(void **state)
{
	facts_are(state, "Japan asked China for dollars.", "0211 JPN>CHN\n");
	facts_are(state, "Japan asked China for hard cash.", "0211 JPN>CHN\n");
	/* "HARD_CASH_": no plural made */
	facts_are(state, "Japan asked China for hard cashes.", "");
}

/* $ and + are the source and the target; {A B} words in a row. */
static void test_slots_and_phrases(void **state)
{
	facts_are(state, "Russia asked Ukraine to stop firing.",
		  "0256 RUS>UKR\n");
	facts_are(state, "Russia asked Ukraine to stop the firing.", "");
}

/* Each file and line keeps its name for --explain. */
static void test_file_and_line(void **state)
{
	struct world *x = *state;
	struct testutil_sentence s;
	const struct event_match *m;

	testutil_sentence_open(&x->w, "Japan accused China of aggression.", 0,
			       &s);
	m = testutil_match(&s, "1121");
	assert_string_equal(m->pattern->file, x->path);
	assert_int_equal(m->pattern->line, 10);
	testutil_sentence_close(&s);
}

/* One dictionary's text read into a fresh table: its return, `why`. */
static int read_text(const char *text, char *why, size_t size,
		     struct irkg_dictionary_counts *counts)
{
	char *dir = testutil_tmpdir_new("dictionary");
	char *path = testutil_write_file_in(dir, "bad.verbs", text);
	irkg_patterns *p = NULL;
	int rc;

	assert_int_equal(irkg_patterns_new(&p), IRKG_OK);
	why[0] = '\0';
	rc = irkg_dictionary_read(p, path, counts, why, size);
	irkg_patterns_free(p);
	free(path);
	testutil_rmtree(dir);
	free(dir);
	return rc;
}

static void assert_contains(const char *s, const char *part)
{
	if (!strstr(s, part))
		fail_msg("'%s' does not contain '%s'", s, part);
}

/* Errors name FILE:LINE; a pattern PETRARCH would misread is counted and
 * skipped with its FILE:LINE; a missing file is IRKG_EIO. */
static void test_errors(void **state)
{
	struct irkg_dictionary_counts counts;
	char why[512];

	(void)state;
	assert_int_equal(read_text("# no block yet\n- * HELP [070]\n", why,
				   sizeof(why), &counts),
			 IRKG_EPARSE);
	assert_contains(why, "bad.verbs:2: a pattern before the first");
	assert_int_equal(read_text("---  AID  [070]  ---\nAID [07X]\n", why,
				   sizeof(why), &counts),
			 IRKG_EPARSE);
	assert_contains(why, "bad.verbs:2: not a CAMEO code");
	assert_int_equal(
		read_text("---  AID  [21]  ---\n", why, sizeof(why), &counts),
		IRKG_EPARSE);
	assert_contains(why, "bad.verbs:1: not a CAMEO code");
	assert_int_equal(read_text("---  AID  [070]  ---\nAID\n"
				   "- * (TO NEEDY STATES  [0711]\n"
				   "- * HELP [080!]\n"
				   "- * RELIEF [073]\n",
				   why, sizeof(why), &counts),
			 IRKG_OK);
	assert_int_equal(counts.malformed, 2);
	assert_int_equal(counts.patterns, 2); /* AID, AID .. RELIEF */
	assert_contains(counts.first_malformed, "bad.verbs:3:");
	assert_int_equal(read_text("---  AID  [070]  ---\nAID\n- HELP [070]\n",
				   why, sizeof(why), &counts),
			 IRKG_OK);
	assert_int_equal(counts.malformed, 1);
	assert_contains(counts.first_malformed, "bad.verbs:3: a pattern "
						"without its verb");
	{
		irkg_patterns *p = NULL;

		assert_int_equal(irkg_patterns_new(&p), IRKG_OK);
		assert_int_equal(irkg_dictionary_read(p, "/nonexistent/x.txt",
						      NULL, why, sizeof(why)),
				 IRKG_EIO);
		assert_contains(why, "/nonexistent/x.txt");
		irkg_patterns_free(p);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_verb_forms),
		cmocka_unit_test(test_prepositional_phrase),
		cmocka_unit_test(test_synonym_set),
		cmocka_unit_test(test_slots_and_phrases),
		cmocka_unit_test(test_file_and_line),
		cmocka_unit_test(test_errors),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
