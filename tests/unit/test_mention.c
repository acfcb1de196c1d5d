/* Unit tests for extract/mention: names resolved by the words around them.
 * A small hand-made gazetteer keeps the rules, not the data, under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/mention.h"
#include "testutil_extract.h"

#define ROLE_FM "urn:role:ForeignMinister"
#define ROLE_HOG "urn:role:HeadOfGovernment"
#define ROLE_AMB "urn:role:Ambassador"

static const struct testutil_name fixture[] = {
#define STATE(s, code, reg)                                                    \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = IRKG_NAME_NAME, .state = code,            \
			.region = reg                                          \
		}                                                              \
	}
#define ADJ(s, code, reg)                                                      \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = IRKG_NAME_ADJECTIVE, .state = code,       \
			.region = reg                                          \
		}                                                              \
	}
	{"european union",
	 {.id = "urn:igo:EU",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "EU"}},
	STATE("united states", "USA", "Northern America"),
	STATE("u.s.", "USA", "Northern America"),
	ADJ("american", "USA", "Northern America"),
	STATE("china", "CHN", "Eastern Asia"),
	ADJ("chinese", "CHN", "Eastern Asia"),
	STATE("japan", "JPN", "Eastern Asia"),
	ADJ("japanese", "JPN", "Eastern Asia"),
	STATE("south korea", "KOR", "Eastern Asia"),
	ADJ("south korean", "KOR", "Eastern Asia"),
	STATE("georgia", "GEO", "Western Asia"),
	STATE("armenia", "ARM", "Western Asia"),
	STATE("jordan", "JOR", "Western Asia"),
	STATE("chad", "TCD", "Middle Africa"),
	STATE("sudan", "SDN", "Northern Africa"),
	STATE("turkey", "TUR", "Western Asia"),
	STATE("niger", "NER", "Western Africa"),
	STATE("philippines", "PHL", "South-eastern Asia"),
	TESTUTIL_PLACE("washington", "washington", "USA", IRKG_ENTRY_CAPITAL),
	TESTUTIL_PLACE("beijing", "beijing", "CHN", IRKG_ENTRY_CAPITAL),
	TESTUTIL_PLACE("tokyo", "tokyo", "JPN", IRKG_ENTRY_CAPITAL),
	TESTUTIL_PLACE("seoul", "seoul", "KOR", IRKG_ENTRY_CAPITAL),
	TESTUTIL_PLACE("amman", "amman", "JOR", IRKG_ENTRY_CAPITAL),
	TESTUTIL_PLACE("hawaii", "hawaii", "USA", 0),
	TESTUTIL_PLACE("the gulf", "gulf", NULL, 0),
	{"gulf cooperation council",
	 {.id = "urn:igo:GCC",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "GCC"}},
	TESTUTIL_PLACE("atlanta", "atlanta", "USA", 0),
	TESTUTIL_PLACE("georgia", "georgia-us", "USA", 0),
	{"antony blinken",
	 {.id = "urn:person:antony-blinken",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "USA",
	  .valid_from = "2021-01-26",
	  .valid_to = "2025-01-20",
	  .post = "urn:post:blinken-fm",
	  .role = ROLE_FM}},
	{"blinken",
	 {.id = "urn:person:antony-blinken",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_FAMILY,
	  .state = "USA",
	  .valid_from = "2021-01-26",
	  .valid_to = "2025-01-20",
	  .post = "urn:post:blinken-fm",
	  .role = ROLE_FM}},
	{"toshimitsu motegi",
	 {.id = "urn:person:toshimitsu-motegi",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN",
	  .valid_from = "2019-09-11",
	  .valid_to = "2021-11-10",
	  .post = "urn:post:motegi-fm",
	  .role = ROLE_FM}},
	{"chung eui-yong",
	 {.id = "urn:person:chung-eui-yong",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "KOR",
	  .valid_from = "2021-02-09",
	  .valid_to = "2022-05-12",
	  .post = "urn:post:chung-fm",
	  .role = ROLE_FM}},
	/* an invented office holder whose family name is a preposition */
	{"kenji to",
	 {.id = "urn:person:kenji-to",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN",
	  .valid_from = "2019-09-11",
	  .post = "urn:post:to-hog",
	  .role = ROLE_HOG}},
	{"to",
	 {.id = "urn:person:kenji-to",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_FAMILY,
	  .state = "JPN",
	  .valid_from = "2019-09-11",
	  .post = "urn:post:to-hog",
	  .role = ROLE_HOG}},
	{"foreign minister",
	 {.id = ROLE_FM,
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"secretary of state",
	 {.id = ROLE_FM,
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"prime minister",
	 {.id = ROLE_HOG,
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"ambassador",
	 {.id = ROLE_AMB,
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"foreign ministry",
	 {.id = "urn:body:JPN-fm",
	  .kind = IRKG_ENTITY_BODY,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN"}},
	{"foreign ministry",
	 {.id = "urn:body:KOR-fm",
	  .kind = IRKG_ENTITY_BODY,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "KOR"}},
};

static int setup(void **state)
{
	return testutil_names_setup(state, fixture, TESTUTIL_N_ELEMS(fixture));
}

static void test_capital_city_or_government(void **state)
{
	struct testutil_found f;

	testutil_find(
		&f, *state,
		"Washington has urged Beijing to act. The ministers met in "
		"Washington on Monday and flew to Tokyo and Seoul. Talks "
		"between "
		"Tokyo and Seoul resumed.",
		"2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Washington"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "USA");
	testutil_assert_mention(testutil_mention(&f, "Beijing"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "CHN");
	testutil_assert_mention(testutil_mention_nth(&f, "Washington", 1),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "USA");
	/* "flew to Tokyo and Seoul": both places */
	testutil_assert_mention(testutil_mention(&f, "Tokyo"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "JPN");
	testutil_assert_mention(testutil_mention(&f, "Seoul"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "KOR");
	/* "between Tokyo and Seoul": the governments */
	testutil_assert_mention(testutil_mention_nth(&f, "Tokyo", 1),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "JPN");
	testutil_found_free(&f);

	/* "the Gulf Cooperation Council": the organisation, not "the Gulf"
	 * and a council; "in the Gulf" alone is still the region */
	testutil_find(&f, *state,
		      "As tensions in the Gulf rose, ministers of the Gulf "
		      "Cooperation Council met.",
		      "2021-05-05");
	testutil_assert_mention(
		testutil_mention(&f, "Gulf Cooperation Council"),
		IRKG_ENTITY_ORGANISATION, IRKG_MENTION_NAME, "GCC");
	testutil_assert_mention(testutil_mention(&f, "the Gulf"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, NULL);
	testutil_found_free(&f);

	/* "Tokyo, for its part, protested": past an aside the verb makes
	 * the capital its government; "Tokyo, the capital, was quiet" and
	 * "Tokyo, where ..., was" stay the city */
	testutil_find(&f, *state,
		      "Tokyo, for its part, protested. Seoul, however, "
		      "agreed. Tokyo, the capital, was quiet. Seoul, where "
		      "they met, was calm.",
		      "2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Tokyo"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "JPN");
	testutil_assert_mention(testutil_mention(&f, "Seoul"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "KOR");
	testutil_assert_mention(testutil_mention_nth(&f, "Tokyo", 1),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "JPN");
	testutil_assert_mention(testutil_mention_nth(&f, "Seoul", 1),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "KOR");
	testutil_found_free(&f);

	/* "a rail link between Tokyo and Seoul": the cities it joins */
	testutil_find(&f, *state,
		      "The two states agreed to study a rail link between "
		      "Tokyo and Seoul.",
		      "2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Tokyo"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "JPN");
	testutil_assert_mention(testutil_mention(&f, "Seoul"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "KOR");
	testutil_found_free(&f);

	/* "Seoul on Thursday fired" acts as "Seoul fired" does; "in Seoul
	 * on Thursday" is still a place */
	testutil_find(
		&f, *state,
		"Seoul on Thursday fired shells. Tokyo on May 5 protested. The "
		"ministers met in Washington on Monday.",
		"2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Seoul"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "KOR");
	testutil_assert_mention(testutil_mention(&f, "Tokyo"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "JPN");
	testutil_assert_mention(testutil_mention(&f, "Washington"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "USA");
	testutil_found_free(&f);

	/* "the authorities in Tokyo": the government, its words the
	 * actor; "protesters in Tokyo", "the embassy in Seoul" stay in a
	 * place */
	testutil_find(&f, *state,
		      "China urged the authorities in Tokyo to act. Protesters "
		      "in Tokyo marched past the embassy in Seoul.",
		      "2021-05-05");
	testutil_assert_mention(
		testutil_mention(&f, "the authorities in Tokyo"),
		IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "JPN");
	testutil_assert_mention(testutil_mention(&f, "Tokyo"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "JPN");
	testutil_assert_mention(testutil_mention(&f, "Seoul"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "KOR");
	testutil_found_free(&f);

	/* past an apposition too: "Washington and Seoul, allies under a
	 * treaty, said"; still a place after "in" */
	testutil_find(
		&f, *state,
		"Washington and Seoul, allies under a 1953 treaty, said the "
		"drills would go ahead. Officials in Tokyo, the capital, said "
		"nothing.",
		"2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Washington"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "USA");
	testutil_assert_mention(testutil_mention(&f, "Seoul"),
				IRKG_ENTITY_STATE, IRKG_MENTION_METONYM, "KOR");
	testutil_assert_mention(testutil_mention(&f, "Tokyo"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "JPN");
	testutil_found_free(&f);

	/* A dateline's city is a place. */
	testutil_find(&f, *state, "SEOUL, May 5 - Japan protested.",
		      "2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "SEOUL"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "KOR");
	testutil_found_free(&f);
}

static void test_georgia(void **state)
{
	struct testutil_found f;

	testutil_find(
		&f, *state,
		"Georgia and Armenia signed a deal. Voters in the U.S. state "
		"of "
		"Georgia went to the polls. He lives in Atlanta, Georgia.",
		"2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Georgia"),
				IRKG_ENTITY_STATE, IRKG_MENTION_NAME, "GEO");
	testutil_assert_mention(testutil_mention_nth(&f, "Georgia", 1),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "USA");
	testutil_assert_mention(testutil_mention_nth(&f, "Georgia", 2),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "USA");
	testutil_found_free(&f);
}

static void test_names_inside_longer_names(void **state)
{
	struct testutil_found f;

	testutil_find(
		&f, *state,
		"Fans of Michael Jordan gathered. Oil spilled in the Niger "
		"Delta. "
		"The Washington Post reported it. Ships sailed the South China "
		"Sea. Officials at Lake Chad met.",
		"2021-05-05");
	testutil_assert_nothing_at(&f, "Jordan");
	testutil_assert_nothing_at(&f, "Niger");
	testutil_assert_nothing_at(&f, "Washington");
	testutil_assert_nothing_at(&f, "China");
	testutil_assert_nothing_at(&f, "Chad");
	testutil_found_free(&f);

	testutil_find(
		&f, *state,
		"Jordan's foreign minister visited Amman. Chad closed its "
		"border "
		"with Sudan. Turkey blocked the bid. Niger expelled the envoy.",
		"2021-05-05");
	/* the state, as the owner of a title */
	testutil_assert_mention(
		testutil_mention(&f, "Jordan's foreign minister"),
		IRKG_ENTITY_PERSON, IRKG_MENTION_TITLE, "JOR");
	testutil_assert_mention(testutil_mention(&f, "Chad"), IRKG_ENTITY_STATE,
				IRKG_MENTION_NAME, "TCD");
	testutil_assert_mention(testutil_mention(&f, "its"), IRKG_ENTITY_STATE,
				IRKG_MENTION_PRONOUN, "TCD");
	testutil_assert_mention(testutil_mention(&f, "Turkey"),
				IRKG_ENTITY_STATE, IRKG_MENTION_NAME, "TUR");
	testutil_assert_mention(testutil_mention(&f, "Niger"),
				IRKG_ENTITY_STATE, IRKG_MENTION_NAME, "NER");
	testutil_found_free(&f);

	/* Common words are not names. */
	testutil_find(&f, *state, "They ate turkey off fine china.",
		      "2021-05-05");
	testutil_assert_nothing_at(&f, "turkey");
	testutil_assert_nothing_at(&f, "china");
	testutil_found_free(&f);
}

static void test_titles_and_posts(void **state)
{
	struct testutil_found f;
	const struct irkg_mention *x;

	testutil_find(
		&f, *state,
		"U.S. Secretary of State Antony Blinken met Japan's new "
		"ambassador Koji Tomita. Blinken said the Japanese foreign "
		"minister would visit.",
		"2021-05-05");
	x = testutil_mention(&f, "U.S. Secretary of State Antony Blinken");
	testutil_assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_NAME,
				"USA");
	assert_string_equal(x->entry->post, "urn:post:blinken-fm");
	assert_string_equal(x->role, ROLE_FM);
	x = testutil_mention(&f, "Japan's new ambassador Koji Tomita");
	testutil_assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_TITLE,
				"JPN");
	assert_string_equal(x->role, ROLE_AMB);
	assert_int_equal(x->name_n, 2);
	assert_null(x->entry);
	testutil_assert_mention(testutil_mention(&f, "Blinken"),
				IRKG_ENTITY_PERSON, IRKG_MENTION_FAMILY, "USA");
	x = testutil_mention(&f, "Japanese foreign minister");
	testutil_assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_TITLE,
				"JPN");
	assert_int_equal(x->name_n, 0);
	testutil_found_free(&f);

	/* Out of office: the person, not the post. */
	testutil_find(&f, *state, "Antony Blinken spoke.", "2026-01-01");
	x = testutil_mention(&f, "Antony Blinken");
	testutil_assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_NAME,
				"USA");
	assert_null(x->role);
	testutil_found_free(&f);

	/* A body named by a generic name takes the state before it. */
	testutil_find(&f, *state,
		      "The South Korean foreign ministry protested.",
		      "2021-05-05");
	x = testutil_mention(&f, "foreign ministry");
	assert_non_null(x);
	assert_int_equal(x->kind, IRKG_ENTITY_BODY);
	assert_string_equal(x->entry->id, "urn:body:KOR-fm");
	testutil_found_free(&f);
}

/* A family name that is also a preposition ("To") is the person only
 * after the full name. */
static void test_family_name_that_is_a_word(void **state)
{
	struct testutil_found f;

	testutil_find(&f, *state,
		      "To begin with, the talks were slow. A Plan To Rebuild "
		      "Trust.",
		      "2021-05-05");
	testutil_assert_nothing_at(&f, "To");
	testutil_assert_nothing_at(&f, "To Rebuild");
	testutil_found_free(&f);

	testutil_find(&f, *state,
		      "Kenji To met Antony Blinken. To said the talks went "
		      "well.",
		      "2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Kenji To"),
				IRKG_ENTITY_PERSON, IRKG_MENTION_NAME, "JPN");
	testutil_assert_mention(testutil_mention(&f, "To"), IRKG_ENTITY_PERSON,
				IRKG_MENTION_FAMILY, "JPN");
	testutil_found_free(&f);
}

static void test_groups_and_pronouns(void **state)
{
	struct testutil_found f;
	char codes[64];
	const struct irkg_mention *x;

	testutil_find(
		&f, *state,
		"The United States, South Korea and Japan met despite tensions "
		"between the Asian nations.\n\n"
		"Antony Blinken sat with his Japanese and South Korean "
		"counterparts Toshimitsu Motegi and Chung Eui-yong.\n\n"
		"Blinken and the two ministers reaffirmed their commitment.\n\n"
		"Officials said the three agreed.\n\n"
		"The two Asian nations are both allies of the United States.",
		"2021-05-05");
	x = testutil_mention(&f, "the Asian nations");
	testutil_assert_mention(x, IRKG_ENTITY_STATE, IRKG_MENTION_GROUP, NULL);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "KOR,JPN");
	x = testutil_mention(&f, "his");
	testutil_assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_PRONOUN,
				"USA");
	assert_string_equal(x->entry->id, "urn:person:antony-blinken");
	x = testutil_mention(&f, "the two ministers");
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,KOR");
	x = testutil_mention(&f, "their");
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "USA,JPN,KOR");
	x = testutil_mention(&f, "the three");
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "USA,JPN,KOR");
	x = testutil_mention(&f, "The two Asian nations");
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,KOR");
	/* "are both allies": "both" is an adverb there */
	testutil_assert_nothing_at(&f, "both allies");
	testutil_found_free(&f);

	/* Nothing to point back to: no members, never a guess. */
	testutil_find(&f, *state, "The two countries agreed.", "2021-05-05");
	x = testutil_mention(&f, "The two countries");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	testutil_found_free(&f);
}

/* "The EU ... the bloc ... the bloc": the second description stands for
 * the name, like the first; an antecedent is never a pronoun (libFuzzer
 * found fuzz/fuzz_article.c:322 aborting on this). */
static void test_descriptions_in_a_row(void **state)
{
	const struct irkg_mention *list, *x;
	struct testutil_found f;
	size_t n, i;
	int bloc = 0;

	testutil_find(
		&f, *state,
		"The European Union met on Monday. The bloc said it would act. "
		"The bloc then agreed.",
		"2021-05-05");
	list = irkg_mentions_list(f.m, &n);
	for (i = 0; i < n; i++) {
		x = &list[i];
		if (x->how != IRKG_MENTION_PRONOUN ||
		    x->antecedent == IRKG_MENTION_NONE)
			continue;
		assert_true(x->antecedent < n);
		assert_int_not_equal(list[x->antecedent].how,
				     IRKG_MENTION_PRONOUN);
		assert_ptr_equal(irkg_mentions_resolve(f.m, i),
				 &list[x->antecedent]);
	}
	for (i = 0; i < 2; i++) {
		x = testutil_mention_nth(&f, "The bloc", (int)i);
		testutil_assert_mention(x, IRKG_ENTITY_ORGANISATION,
					IRKG_MENTION_PRONOUN, "EU");
		assert_int_equal(list[x->antecedent].how, IRKG_MENTION_NAME);
		bloc++;
	}
	assert_int_equal(bloc, 2);
	testutil_found_free(&f);
}

static void test_places(void **state)
{
	struct testutil_found f;

	testutil_find(&f, *state, "The generals met in Hawaii.", "2021-05-05");
	testutil_assert_mention(testutil_mention(&f, "Hawaii"),
				IRKG_ENTITY_PLACE, IRKG_MENTION_NAME, "USA");
	testutil_found_free(&f);
}

static void test_bad_arguments(void **state)
{
	const struct testutil_names_world *w = *state;
	irkg_mentions *m = (irkg_mentions *)1;
	irkg_text *t = NULL;
	size_t n;

	assert_int_equal(irkg_mentions_find(NULL, NULL, NULL, NULL, 0, &m),
			 IRKG_EINVAL);
	assert_null(m);
	assert_int_equal(irkg_text_new(&t, "", 0), IRKG_OK);
	/* no words: the rules cannot be asked */
	m = (irkg_mentions *)1;
	assert_int_equal(irkg_mentions_find(w->g, NULL, t, "", 0, &m),
			 IRKG_EINVAL);
	assert_null(m);
	assert_int_equal(irkg_mentions_find(w->g, w->lexicon, t, "", 0, &m),
			 IRKG_OK);
	assert_null(irkg_mentions_list(m, &n));
	assert_int_equal(n, 0);
	irkg_mentions_free(m);
	irkg_text_free(t);
	irkg_mentions_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_capital_city_or_government),
		cmocka_unit_test(test_georgia),
		cmocka_unit_test(test_names_inside_longer_names),
		cmocka_unit_test(test_titles_and_posts),
		cmocka_unit_test(test_family_name_that_is_a_word),
		cmocka_unit_test(test_groups_and_pronouns),
		cmocka_unit_test(test_descriptions_in_a_row),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_bad_arguments),
	};

	return cmocka_run_group_tests(tests, setup, testutil_names_teardown);
}
