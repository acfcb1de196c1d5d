/* Unit tests for extract/lexicon: words.txt read into one lookup from a
 * word to its kinds, with values, and what the loader refuses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/lexicon.h"
#include "testutil_core.h"

/* The project's words.txt, read; fails the test when it cannot be. */
static irkg_lexicon *project_words(void)
{
	char *path = testutil_ontology_path("patterns/words.txt");
	irkg_lexicon *x = NULL;
	char why[512] = "";

	assert_int_equal(irkg_lexicon_new(&x), IRKG_OK);
	if (irkg_lexicon_read_file(x, path, why, sizeof(why)))
		fail_msg("%s", why);
	free(path);
	return x;
}

static int has(const irkg_lexicon *x, const char *word,
	       enum irkg_word_kind kind)
{
	return (int)((irkg_lexicon_kinds(x, word) >> kind) & 1);
}

static void test_kinds_of_words(void **state)
{
	irkg_lexicon *x = project_words();

	(void)state;
	/* a word of two kinds has both */
	assert_true(has(x, "the", IRKG_WORD_DETERMINER));
	assert_true(has(x, "the", IRKG_WORD_NOUN_STOP));
	assert_false(has(x, "the", IRKG_WORD_PERSON_PRONOUN));
	assert_true(has(x, "his", IRKG_WORD_PERSON_PRONOUN));
	assert_true(has(x, ";", IRKG_WORD_CLAUSE_STRONG));
	assert_true(has(x, "'s", IRKG_WORD_NOUN_STOP));
	/* stems are written as stems */
	assert_true(has(x, "pledg", IRKG_WORD_VERB_STEM));
	assert_string_equal(irkg_lexicon_value(x, IRKG_WORD_VERB_STEM, "pledg"),
			    "promise");
	assert_false(has(x, "pledged", IRKG_WORD_VERB_STEM));
	/* words are normal forms: case is not folded at lookup */
	assert_int_equal(irkg_lexicon_kinds(x, "The"), 0);
	assert_int_equal(irkg_lexicon_kinds(x, "xyzzy"), 0);
	irkg_lexicon_free(x);
}

static void test_values(void **state)
{
	irkg_lexicon *x = project_words();

	(void)state;
	assert_string_equal(irkg_lexicon_value(x, IRKG_WORD_NUMBER, "three"),
			    "3");
	assert_string_equal(irkg_lexicon_value(x, IRKG_WORD_REGION, "asian"),
			    "Asia");
	assert_string_equal(irkg_lexicon_value(x, IRKG_WORD_REGION, "gulf"),
			    "Western Asia");
	assert_null(irkg_lexicon_value(x, IRKG_WORD_NUMBER, "asian"));
	assert_null(irkg_lexicon_value(x, IRKG_WORD_DETERMINER, "the"));
	assert_null(irkg_lexicon_value(x, IRKG_WORD_KINDS, "the"));
	irkg_lexicon_free(x);
}

/* Every kind has a name words.txt uses, and the names differ. */
static void test_kind_names(void **state)
{
	int k, j;

	(void)state;
	for (k = 0; k < IRKG_WORD_KINDS; k++) {
		const char *name = irkg_lexicon_kind_name(k);

		assert_non_null(name);
		for (j = 0; j < k; j++)
			assert_string_not_equal(name,
						irkg_lexicon_kind_name(j));
	}
	assert_string_equal(irkg_lexicon_kind_name(IRKG_WORD_DETERMINER),
			    "determiner");
	assert_null(irkg_lexicon_kind_name(IRKG_WORD_KINDS));
}

static void test_classify(void **state)
{
	irkg_lexicon *x = project_words();
	const char *s = "They met the two ministers";
	irkg_text *t = NULL;
	irkg_word_kinds kinds[5], one = 0;
	struct irkg_words w;
	size_t n;

	(void)state;
	assert_int_equal(irkg_text_new(&t, s, strlen(s)), IRKG_OK);
	irkg_text_tokens(t, &n);
	assert_int_equal(n, 5);
	w = irkg_text_words(t);
	irkg_lexicon_classify(x, w, 0, 5, kinds);
	w.kinds = kinds;
	assert_true(irkg_word_is_a(w, 0, IRKG_WORD_PLURAL_PRONOUN));
	assert_false(irkg_word_is_a(w, 1, IRKG_WORD_DETERMINER)); /* met */
	assert_true(irkg_word_is_a(w, 2, IRKG_WORD_DETERMINER));  /* the */
	assert_true(irkg_word_is_a(w, 3, IRKG_WORD_NUMBER));	  /* two */
	assert_true(irkg_word_is_a(w, 4, IRKG_WORD_PERSON_NOUN));
	assert_true(irkg_word_is_a(w, 4, IRKG_WORD_AGENT_NOUN));
	/* from `first` on: token 2 alone */
	irkg_lexicon_classify(x, w, 2, 1, &one);
	assert_true(one == kinds[2]);
	irkg_text_free(t);
	irkg_lexicon_free(x);
}

/* A bad file: the error names the file and line, and says why. */
static const struct bad_case {
	const char *text;
	const char *why;
} bad_cases[] = {
	{"# a comment\ndeterminer the\n", ":2: no TAB"},
	{"determiner\tthe\nnoun\tthe\n", ":2: an unknown kind"},
	{"determiner\tThe\n", ":1: a word with a space or a capital"},
	{"determiner\tthe two\n", ":1: a word with a space or a capital"},
	{"number\ttwo\n", ":1: a word of this kind needs a value"},
	{"determiner\tthe\t1\n", ":1: a value where this kind has none"},
	{"determiner\tthe\ndeterminer\tthe\n", ":2: a word listed twice"},
	/* one good line: the other kinds are left empty */
	{"determiner\tthe\n", "no words of kind possessive"},
};

static void test_bad_files(void **state)
{
	char *dir = testutil_tmpdir_new("lexicon");
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(bad_cases); i++) {
		char *path = testutil_write_file_in(dir, "words.txt",
						    bad_cases[i].text);
		irkg_lexicon *x = NULL;
		char why[512] = "";

		assert_int_equal(irkg_lexicon_new(&x), IRKG_OK);
		assert_int_equal(
			irkg_lexicon_read_file(x, path, why, sizeof(why)),
			IRKG_EPARSE);
		if (!strstr(why, bad_cases[i].why))
			fail_msg("case %zu: '%s' lacks '%s'", i, why,
				 bad_cases[i].why);
		irkg_lexicon_free(x);
		free(path);
	}
	testutil_rmtree(dir);
	free(dir);
}

static void test_bad_arguments(void **state)
{
	irkg_lexicon *x = NULL;
	char why[512] = "";

	(void)state;
	assert_int_equal(irkg_lexicon_new(&x), IRKG_OK);
	assert_int_equal(irkg_lexicon_read_file(NULL, "words.txt", NULL, 0),
			 IRKG_EINVAL);
	assert_int_equal(irkg_lexicon_read_file(x, NULL, NULL, 0), IRKG_EINVAL);
	assert_int_equal(irkg_lexicon_read_file(x, "/nonexistent/words.txt",
						why, sizeof(why)),
			 IRKG_EIO);
	assert_non_null(strstr(why, "/nonexistent/words.txt"));
	irkg_lexicon_free(x);
	irkg_lexicon_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds_of_words),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_kind_names),
		cmocka_unit_test(test_classify),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_bad_arguments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
