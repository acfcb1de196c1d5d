/* Unit tests for extract/pair: a hyphenated pair of states is two
 * mentions, each with its own span; a name joined to a word that is no
 * name, and a name with a hyphen of its own, stay one mention or none; a
 * combining form ("Sino") names a state only opening a pair. A small
 * hand-made gazetteer keeps the rule, not the data, under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/mention.h"
#include "../../extract/pair.h"
#include "testutil_extract.h"

#define STATE(s, code) TESTUTIL_STATE_NAMED(s, code, IRKG_NAME_NAME)
#define ADJ(s, code) TESTUTIL_STATE_NAMED(s, code, IRKG_NAME_ADJECTIVE)
#define COMBINING(s, code) TESTUTIL_STATE_NAMED(s, code, IRKG_NAME_COMBINING)

static const struct testutil_name fixture[] = {
	{"eu",
	 {.id = "urn:igo:EU",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "EU"}},
	STATE("india", "IND"),
	STATE("pakistan", "PAK"),
	STATE("us", "USA"),
	STATE("china", "CHN"),
	STATE("japan", "JPN"),
	STATE("south korea", "KOR"),
	STATE("north korea", "PRK"),
	STATE("iran", "IRN"),
	STATE("guinea", "GIN"),
	STATE("guinea-bissau", "GNB"),
	STATE("timor-leste", "TLS"),
	STATE("austria", "AUT"),
	STATE("hungary", "HUN"),
	ADJ("israeli", "ISR"),
	ADJ("palestinian", "PSE"),
	ADJ("saudi", "SAU"),
	ADJ("russian", "RUS"),
	ADJ("japanese", "JPN"),
	ADJ("german", "DEU"),
	COMBINING("sino", "CHN"),
	COMBINING("franco", "FRA"),
	COMBINING("indo", "IND"),
	TESTUTIL_PLACE("hong kong", "hong-kong", "CHN", 0),
	TESTUTIL_PLACE("austria-hungary", "austria-hungary", NULL, 0),
	TESTUTIL_PLACE("washington", "washington", "USA", IRKG_ENTRY_CAPITAL),
	TESTUTIL_PLACE("beijing", "beijing", "CHN", IRKG_ENTRY_CAPITAL),
};

static int setup(void **state)
{
	return testutil_names_setup(state, fixture, TESTUTIL_N_ELEMS(fixture));
}

/* Each name of a pair, its words exactly (and so its span), and its
 * state. */
static void assert_state(const struct testutil_found *f, const char *words,
			 enum irkg_mention_how how, const char *code)
{
	testutil_assert_mention(testutil_mention(f, words), IRKG_ENTITY_STATE,
				how, code);
}

static void test_pairs(void **state)
{
	struct testutil_found f;

	testutil_find(&f, *state,
		      "The India-Pakistan talks ended. The US-China trade war "
		      "went on. Japan-South Korea ties warmed, and South "
		      "Korea-Japan relations and the US-North Korea summit "
		      "were discussed. The Israeli-Palestinian conflict and "
		      "EU-China ties were raised.",
		      "2025-06-11");
	assert_state(&f, "India", IRKG_MENTION_NAME, "IND");
	assert_state(&f, "Pakistan", IRKG_MENTION_NAME, "PAK");
	assert_state(&f, "US", IRKG_MENTION_NAME, "USA");
	assert_state(&f, "China", IRKG_MENTION_NAME, "CHN");
	/* a name running on past the word, and one running into it */
	assert_state(&f, "Japan", IRKG_MENTION_NAME, "JPN");
	assert_state(&f, "South Korea", IRKG_MENTION_NAME, "KOR");
	testutil_assert_mention(testutil_mention_nth(&f, "South Korea", 1),
				IRKG_ENTITY_STATE, IRKG_MENTION_NAME, "KOR");
	testutil_assert_mention(testutil_mention_nth(&f, "Japan", 1),
				IRKG_ENTITY_STATE, IRKG_MENTION_NAME, "JPN");
	assert_state(&f, "North Korea", IRKG_MENTION_NAME, "PRK");
	assert_state(&f, "Israeli", IRKG_MENTION_ADJECTIVE, "ISR");
	assert_state(&f, "Palestinian", IRKG_MENTION_ADJECTIVE, "PSE");
	testutil_assert_mention(testutil_mention(&f, "EU"),
				IRKG_ENTITY_ORGANISATION, IRKG_MENTION_NAME,
				"EU");
	testutil_assert_mention(testutil_mention_nth(&f, "China", 1),
				IRKG_ENTITY_STATE, IRKG_MENTION_NAME, "CHN");
	/* never the hyphenated word whole */
	assert_null(testutil_mention(&f, "India-Pakistan"));
	assert_null(testutil_mention(&f, "US-China"));
	testutil_found_free(&f);

	/* three in one word; a non-breaking hyphen; an en dash (two
	 * words already) */
	testutil_find(&f, *state,
		      "The Japan-US-South Korea summit met. India\xE2\x80\x91"
		      "Pakistan and Iran\xE2\x80\x93"
		      "China talks followed.",
		      "2025-06-11");
	assert_state(&f, "Japan", IRKG_MENTION_NAME, "JPN");
	assert_state(&f, "US", IRKG_MENTION_NAME, "USA");
	assert_state(&f, "South Korea", IRKG_MENTION_NAME, "KOR");
	assert_state(&f, "India", IRKG_MENTION_NAME, "IND");
	assert_state(&f, "Pakistan", IRKG_MENTION_NAME, "PAK");
	assert_state(&f, "Iran", IRKG_MENTION_NAME, "IRN");
	assert_state(&f, "China", IRKG_MENTION_NAME, "CHN");
	testutil_found_free(&f);
}

/* "Sino", "Franco": a state only as the first of a pair in one word */
static void test_combining_forms(void **state)
{
	struct testutil_found f;

	testutil_find(&f, *state,
		      "Sino-Japanese ties and Franco-German relations and "
		      "Indo-US talks were discussed.",
		      "2025-06-11");
	assert_state(&f, "Sino", IRKG_MENTION_ADJECTIVE, "CHN");
	assert_state(&f, "Japanese", IRKG_MENTION_ADJECTIVE, "JPN");
	assert_state(&f, "Franco", IRKG_MENTION_ADJECTIVE, "FRA");
	assert_state(&f, "German", IRKG_MENTION_ADJECTIVE, "DEU");
	assert_state(&f, "Indo", IRKG_MENTION_ADJECTIVE, "IND");
	assert_state(&f, "US", IRKG_MENTION_NAME, "USA");
	testutil_found_free(&f);

	/* alone, second, before a word that is no state, or after an
	 * unknown name, it names nothing */
	testutil_find(&f, *state,
		      "General Franco ruled. Sino Biopharm rose. The "
		      "Japanese-Sino fund and Indo-Pacific states met. The "
		      "Second Sino-Japanese War ended.",
		      "2025-06-11");
	assert_null(testutil_mention(&f, "Franco"));
	assert_null(testutil_mention(&f, "Sino"));
	testutil_assert_nothing_at(&f, "Indo-Pacific");
	testutil_assert_nothing_at(&f, "Second Sino");
	testutil_found_free(&f);
}

static void test_not_pairs(void **state)
{
	struct testutil_found f;

	/* one state and a word that is no name: the state, over the
	 * word (docs/mentions.md, "A name before a hyphen") */
	testutil_find(&f, *state,
		      "Hong Kong-based traders sold US-made drones to "
		      "Pakistan-backed and Iran-aligned militants. The "
		      "Saudi-led coalition hired Russian-speaking pilots.",
		      "2025-06-11");
	assert_state(&f, "US-made", IRKG_MENTION_NAME, "USA");
	assert_state(&f, "Pakistan-backed", IRKG_MENTION_NAME, "PAK");
	assert_state(&f, "Iran-aligned", IRKG_MENTION_NAME, "IRN");
	assert_state(&f, "Saudi-led", IRKG_MENTION_ADJECTIVE, "SAU");
	assert_state(&f, "Russian-speaking", IRKG_MENTION_ADJECTIVE, "RUS");
	assert_null(testutil_mention(&f, "US"));
	assert_null(testutil_mention(&f, "Pakistan"));
	assert_null(testutil_mention(&f, "Saudi"));
	testutil_assert_nothing_at(&f, "Kong-based");
	testutil_found_free(&f);

	/* names with a hyphen of their own win: Guinea-Bissau is not
	 * Guinea and Bissau, Austria-Hungary not Austria and Hungary */
	testutil_find(&f, *state,
		      "Guinea-Bissau and Timor-Leste voted. Austria-Hungary "
		      "fell.",
		      "2025-06-11");
	assert_state(&f, "Guinea-Bissau", IRKG_MENTION_NAME, "GNB");
	assert_state(&f, "Timor-Leste", IRKG_MENTION_NAME, "TLS");
	assert_null(testutil_mention(&f, "Guinea"));
	assert_null(testutil_mention(&f, "Austria"));
	assert_null(testutil_mention(&f, "Hungary"));
	testutil_found_free(&f);

	/* both parts capitalised; capitals are places, not a pair of
	 * states */
	testutil_find(&f, *state,
		      "The india-pakistan row and the India-pakistan row "
		      "and Washington-Beijing flights.",
		      "2025-06-11");
	assert_null(testutil_mention(&f, "Pakistan"));
	assert_null(testutil_mention(&f, "pakistan"));
	assert_null(testutil_mention(&f, "Beijing"));
	testutil_found_free(&f);
}

static void test_bad_arguments(void **state)
{
	struct testutil_names_world *w = *state;
	irkg_text *t = NULL;

	assert_int_equal(irkg_text_new(&t, "India-Pakistan", 14), IRKG_OK);
	assert_int_equal(irkg_pairs_split(NULL, t, "India-Pakistan", 14),
			 IRKG_EINVAL);
	assert_int_equal(irkg_pairs_split(w->g, NULL, "India-Pakistan", 14),
			 IRKG_EINVAL);
	assert_int_equal(irkg_pairs_split(w->g, t, NULL, 14), IRKG_EINVAL);
	irkg_text_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pairs),
		cmocka_unit_test(test_combining_forms),
		cmocka_unit_test(test_not_pairs),
		cmocka_unit_test(test_bad_arguments),
	};

	return cmocka_run_group_tests(tests, setup, testutil_names_teardown);
}
