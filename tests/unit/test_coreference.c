/* Unit tests for extract/coreference: epithets resolved to the one state
 * of the article that has them, "the two sides" that are no states, "it"
 * and "the country" left unresolved when two states fit, short names after
 * full ones. A small hand-made gazetteer keeps the rules, not the data,
 * under test; every rule has a case that must not resolve. */
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

static const struct testutil_name fixture[] = {
#define STATE(s, code)                                                         \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = IRKG_NAME_NAME, .state = code             \
		}                                                              \
	}
#define ADJ(s, code)                                                           \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = IRKG_NAME_ADJECTIVE, .state = code        \
		}                                                              \
	}
#define EPITHET(s, code, caps_)                                                \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = IRKG_NAME_EPITHET, .state = code,         \
			.caps = caps_                                          \
		}                                                              \
	}
#define CAPITAL(s, code)                                                       \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:place:" s, .kind = IRKG_ENTITY_PLACE,       \
			.name_kind = IRKG_NAME_NAME, .state = code,            \
			.flags = IRKG_ENTRY_CAPITAL                            \
		}                                                              \
	}
	STATE("north korea", "PRK"),
	ADJ("north korean", "PRK"),
	STATE("south korea", "KOR"),
	ADJ("south korean", "KOR"),
	STATE("taiwan", "TWN"),
	STATE("cuba", "CUB"),
	STATE("china", "CHN"),
	ADJ("chinese", "CHN"),
	STATE("japan", "JPN"),
	STATE("jordan", "JOR"),
	STATE("sudan", "SDN"),
	STATE("chad", "TCD"),
	STATE("india", "IND"),
	STATE("thailand", "THA"),
	ADJ("cambodian", "KHM"),
	ADJ("indian", "IND"),
	STATE("estonia", "EST"),
	STATE("russia", "RUS"),
	ADJ("russian", "RUS"),
	STATE("saudi arabia", "SAU"),
	STATE("qatar", "QAT"),
#define BORDERED(s, code, neighbours_)                                         \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = IRKG_NAME_NAME, .state = code,            \
			.neighbours = neighbours_                              \
		}                                                              \
	}
	BORDERED("united states", "USA", "CAN MEX "),
	BORDERED("u.s.", "USA", "CAN MEX "),
	BORDERED("pakistan", "PAK", "AFG CHN IND IRN "),
	STATE("afghanistan", "AFG"),
	STATE("canada", "CAN"),
	STATE("mexico", "MEX"),
	ADJ("american", "USA"),
	CAPITAL("beijing", "CHN"),
	CAPITAL("tokyo", "JPN"),
	{"african union",
	 {.id = "urn:igo:AU",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "AU"}},
	{"north atlantic treaty organization",
	 {.id = "urn:igo:NATO",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "NATO"}},
	{"nato",
	 {.id = "urn:igo:NATO",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "NATO"}},
	{"csto",
	 {.id = "urn:igo:CSTO",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "CSTO"}},
	/* a defence alliance's epithet */
	{"the alliance",
	 {.id = "urn:igo:NATO",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_EPITHET,
	  .state = "NATO"}},
	{"the alliance",
	 {.id = "urn:igo:CSTO",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_EPITHET,
	  .state = "CSTO"}},
	/* caps: bit 1, the word after "the", is capitalised in the
	 * knowledge base */
	EPITHET("the north", "PRK", 2u),
	EPITHET("the south", "KOR", 2u),
	EPITHET("the island", "TWN", 0u),
	EPITHET("the island", "CUB", 0u),
	EPITHET("the kingdom", "JOR", 0u),
	EPITHET("the kingdom", "SAU", 0u),
	EPITHET("the gulf state", "SAU", 2u),
	EPITHET("the gulf state", "QAT", 2u),
	{"faisal bin farhan",
	 {.id = "urn:person:faisal-bin-farhan",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "SAU",
	  .valid_from = "2019-10-23",
	  .post = "urn:post:faisal-fm",
	  .role = "urn:role:ForeignMinister"}},
	{"prince faisal bin farhan",
	 {.id = "urn:person:faisal-bin-farhan",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "SAU",
	  .valid_from = "2019-10-23",
	  .post = "urn:post:faisal-fm",
	  .role = "urn:role:ForeignMinister"}},
};

static int setup(void **state)
{
	return testutil_names_setup(state, fixture, TESTUTIL_N_ELEMS(fixture));
}

/* The reference whose words are `words` stands for a state of `code`. */
static void assert_stands_for(const struct testutil_found *f, const char *words,
			      const char *code)
{
	const struct irkg_mention *x = testutil_mention(f, words);

	if (!x)
		fail_msg("\"%s\" is no mention", words);
	testutil_assert_mention(x, IRKG_ENTITY_STATE, IRKG_MENTION_PRONOUN,
				code);
	assert_true(x->antecedent != IRKG_MENTION_NONE);
	assert_non_null(x->why);
}

static void test_epithets(void **state)
{
	struct testutil_found f;

	/* the one state of the article the knowledge base calls so */
	testutil_find(
		&f, *state,
		"North Korea fired a missile, the North's first launch since "
		"May. China, the North's main ally, said nothing.",
		"2025-11-06");
	assert_stands_for(&f, "the North", "PRK");
	testutil_found_free(&f);

	testutil_find(&f, *state,
		      "China sent warships near Taiwan. The island protested.",
		      "2025-11-06");
	assert_stands_for(&f, "The island", "TWN");
	testutil_found_free(&f);

	/* two states of the article are islands: no guess */
	testutil_find(
		&f, *state,
		"Taiwan and Cuba signed a deal. The island will export sugar.",
		"2025-11-06");
	testutil_assert_nothing_at(&f, "The island");
	testutil_found_free(&f);

	/* no island state named: "the island" is a place, not a state */
	testutil_find(&f, *state,
		      "Japan and China met. A ship ran aground on the island.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "the island");
	testutil_found_free(&f);

	/* "the Gulf state" with Saudi Arabia and Qatar both named */
	testutil_find(&f, *state,
		      "Saudi Arabia hosted Qatar. The Gulf state pledged aid.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "The Gulf state");
	testutil_found_free(&f);
	testutil_find(&f, *state,
		      "Saudi Arabia hosted Japan. The Gulf state pledged aid.",
		      "2025-11-06");
	assert_stands_for(&f, "The Gulf state", "SAU");
	testutil_found_free(&f);
	/* of the two, the one named in its sentence or the one before */
	testutil_find(&f, *state,
		      "Saudi Arabia hosted Japan in May. Japan thanked it. "
		      "Later Qatar sent aid. The Gulf state pledged more.",
		      "2025-11-06");
	assert_stands_for(&f, "The Gulf state", "QAT");
	testutil_found_free(&f);

	/* a direction, not an epithet: the knowledge base writes "the
	 * North" with a capital */
	testutil_find(
		&f, *state,
		"North Korea fired a missile from the north of the peninsula.",
		"2025-11-06");
	testutil_assert_nothing_at(&f, "the north");
	testutil_found_free(&f);

	/* inside a longer name the name wins */
	testutil_find(&f, *state,
		      "North Korea warned the South Korean navy and the North "
		      "Atlantic "
		      "Treaty Organization.",
		      "2025-11-06");
	testutil_assert_mention(testutil_mention(&f, "South Korean"),
				IRKG_ENTITY_STATE, IRKG_MENTION_ADJECTIVE,
				"KOR");
	testutil_assert_mention(
		testutil_mention(&f, "North Atlantic Treaty Organization"),
		IRKG_ENTITY_ORGANISATION, IRKG_MENTION_NAME, "NATO");
	testutil_found_free(&f);

	/* "the kingdom of Jordan": the name says which */
	testutil_find(&f, *state,
		      "Saudi Arabia hosted talks. The kingdom of Jordan sent "
		      "an envoy.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "The kingdom");
	testutil_assert_mention(testutil_mention(&f, "Jordan"),
				IRKG_ENTITY_STATE, IRKG_MENTION_NAME, "JOR");
	testutil_found_free(&f);

	/* never a state the article has not named, nor a guess by recency */
	testutil_find(&f, *state, "Japan protested. The kingdom said nothing.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "The kingdom");
	testutil_found_free(&f);
}

/* "the alliance": the one defence alliance the article has named */
static void test_organisation_epithet(void **state)
{
	struct testutil_found f;
	const struct irkg_mention *x;

	testutil_find(
		&f, *state,
		"NATO ministers met. Estonia joined the alliance in 2004.",
		"2025-11-06");
	x = testutil_mention(&f, "the alliance");
	if (!x)
		fail_msg("\"the alliance\" is no mention");
	testutil_assert_mention(x, IRKG_ENTITY_ORGANISATION,
				IRKG_MENTION_PRONOUN, "NATO");
	assert_true(x->antecedent != IRKG_MENTION_NONE);
	testutil_found_free(&f);

	/* NATO and the CSTO both named: no guess */
	testutil_find(&f, *state,
		      "NATO and the CSTO held drills. Russia said the alliance "
		      "was ready.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "the alliance");
	testutil_found_free(&f);

	/* no alliance named before it: nothing */
	testutil_find(&f, *state,
		      "Japan and the United States renewed the alliance.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "the alliance");
	testutil_found_free(&f);
}

static void test_two_sides(void **state)
{
	struct testutil_found f;
	const struct irkg_mention *x;
	char codes[64];

	testutil_find(
		&f, *state,
		"Japan and China held talks. The two sides agreed to meet.",
		"2025-11-06");
	x = testutil_mention(&f, "The two sides");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,CHN");
	assert_non_null(x->why);
	testutil_found_free(&f);

	/* the army and the RSF of a civil war are no states */
	testutil_find(
		&f, *state,
		"The war between the army and the RSF goes on. Chad signed a "
		"deal with Sudan. The African Union offered talks between the "
		"two sides.",
		"2025-11-06");
	x = testutil_mention(&f, "the two sides");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	testutil_found_free(&f);

	/* nor are rebels, companies */
	testutil_find(&f, *state,
		      "Rebels attacked a town in Chad. Sudan and Chad met. "
		      "Both sides "
		      "agreed to talk.",
		      "2025-11-06");
	x = testutil_mention(&f, "Both sides");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	testutil_found_free(&f);

	/* a state's army is the state's: "the Indian army" */
	testutil_find(
		&f, *state,
		"The Indian army and Chinese troops clashed. India and China "
		"talked. The two sides agreed to disengage.",
		"2025-11-06");
	x = testutil_mention(&f, "The two sides");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "IND,CHN");
	testutil_found_free(&f);

	/* a capital visited in its sentence counts for its state, before
	 * a pair named earlier */
	testutil_find(&f, *state,
		      "Japan and China held talks. The United States sent an "
		      "envoy to "
		      "Tokyo in March, when the two governments signed a deal.",
		      "2025-11-06");
	x = testutil_mention(&f, "the two governments");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "USA,JPN");
	testutil_found_free(&f);

	/* a state's adjective after "on" counts when nothing else fits ... */
	testutil_find(&f, *state,
		      "Thailand launched air strikes on Cambodian positions "
		      "along the "
		      "two countries' border.",
		      "2025-11-06");
	x = testutil_mention(&f, "the two countries");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "THA,KHM");
	testutil_found_free(&f);
	/* ... and is a topic when the parties are there without it */
	testutil_find(
		&f, *state,
		"Japan spoke with China on South Korean security, and the two "
		"countries agreed to meet.",
		"2025-11-06");
	x = testutil_mention(&f, "the two countries");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,CHN");
	testutil_found_free(&f);

	/* "both countries" when three are candidates: none */
	testutil_find(
		&f, *state,
		"Japan, China and South Korea met. Both countries agreed.",
		"2025-11-06");
	x = testutil_mention(&f, "Both countries");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	testutil_found_free(&f);
}

/* The codes group `words` of `text` resolves to ("" when none). */
static void group_is(void **state, const char *text, const char *words,
		     const char *want)
{
	struct testutil_found f;
	const struct irkg_mention *x;
	char codes[64] = "";

	testutil_find(&f, *state, text, "2025-11-06");
	x = testutil_mention(&f, words);
	if (!x)
		fail_msg("\"%s\" is no mention in: %s", words, text);
	if (x->n_members)
		testutil_group_codes(&f, x, codes, sizeof(codes));
	if (strcmp(codes, want) != 0)
		fail_msg("%s: \"%s\" = %s, want %s", text, words, codes, want);
	testutil_found_free(&f);
}

/* Sentences naming no state, each a paragraph of its own. */
#define FILLER                                                                 \
	"The hall was full.\n\nThe talks went on.\n\nThe food was "            \
	"good.\n\nThe press was there.\n\nThe rain fell.\n\nThe day "          \
	"ended.\n\nThe night was calm.\n\nThe guests left.\n\nThe "            \
	"doors closed.\n\n"

/* "the three leaders" many sentences after the three were named: the
 * latest coordination of exactly that many; not a pair so far back, nor
 * when a group of that number left unresolved stands between. */
static void test_numbered_group_far_back(void **state)
{
	group_is(state,
		 "Japan, China and South Korea signed a pact.\n\n" FILLER
		 "India thanked the three leaders.",
		 "the three leaders", "JPN,CHN,KOR");
	/* the latest of that number */
	group_is(state,
		 "Japan, China and South Korea signed a pact.\n\nSudan, Chad "
		 "and Qatar held talks.\n\n" FILLER
		 "India thanked the three leaders.",
		 "the three leaders", "SDN,TCD,QAT");
	/* not two for three */
	group_is(state,
		 "Japan and China signed a pact.\n\n" FILLER
		 "India thanked the three leaders.",
		 "the three leaders", "");
	/* a pair so far back is no sure antecedent */
	group_is(state,
		 "Japan and China signed a pact.\n\n" FILLER
		 "India thanked the two leaders.",
		 "the two leaders", "");
	/* a group of three the article could not resolve stands between:
	 * it may be other three */
	group_is(state,
		 "Japan, China and South Korea signed a pact.\n\n" FILLER
		 "Officials said the three Gulf states would join.\n\n"
		 "India thanked the three leaders.",
		 "the three leaders", "");
}

/* "the two neighbours" when nothing nearer says which: the pair the
 * article last named together, when both are named again just before it
 * among others, or the only pair it has named; never past a party that is
 * no state. */
static void test_pair_named_before(void **state)
{
	/* the latest pair, both named again with a third near it */
	group_is(state,
		 "Japan accused China of spying. Chinese officials blamed "
		 "Japan, Russia and the United States. Qatar offered to host "
		 "talks between the two neighbours.",
		 "the two neighbours", "CHN,JPN");
	/* control: the latest pair is not named near it */
	group_is(state,
		 "Japan accused China of spying. Russia, Chad and Sudan met. "
		 "India, Thailand and Estonia talked. Qatar offered to host "
		 "talks between the two neighbours.",
		 "the two neighbours", "");
	/* the only pair the article has named, however far back */
	group_is(state,
		 "Japan and China signed a pact.\n\n" FILLER
		 "The two countries will meet again in May.",
		 "The two countries", "CHN,JPN");
	/* controls: another pair named since, ... */
	group_is(state,
		 "Japan and China signed a pact.\n\nRussia and Estonia "
		 "argued.\n\n" FILLER "The two countries will meet again.",
		 "The two countries", "");
	/* ... an army, rebels, a company named since, */
	group_is(state,
		 "Japan and China signed a pact.\n\nThe army fought the "
		 "rebels.\n\n" FILLER "The two sides will meet again.",
		 "The two sides", "");
	/* ... but militants named since make no doubt of "the two
	 * countries": a faction is no country (only "sides" may be one) */
	group_is(state,
		 "Japan and China signed a pact.\n\nMilitants killed ten "
		 "people.\n\n" FILLER "The two countries will meet again.",
		 "The two countries", "CHN,JPN");
	group_is(state,
		 "Japan and China signed a pact.\n\nMilitants killed ten "
		 "people.\n\n" FILLER "The two sides will meet again.",
		 "The two sides", "");
	/* ... a state paired with a party the knowledge base lacks */
	group_is(state,
		 "Japan and China signed a pact.\n\nTalks between Sudan and "
		 "the Rapid Support Forces stalled.\n\n" FILLER
		 "The two sides will meet again.",
		 "The two sides", "");
	/* a state's companies are the state's: the pair stands */
	group_is(state,
		 "Japan and China signed a pact.\n\nChinese car companies "
		 "cheered.\n\n" FILLER "The two countries will meet again.",
		 "The two countries", "CHN,JPN");
}

/* "Athens and Ankara, for their part, have been at odds": capitals joined
 * in a coordination name the pair when the article has named both states;
 * a capital of a state not named is a place only. */
static void test_pair_of_capitals(void **state)
{
	group_is(state,
		 "China and Japan talked in May. Japan and South Korea held a "
		 "summit. Tokyo and Beijing, for their part, argued for "
		 "years. The two neighbours signed a pact.",
		 "The two neighbours", "JPN,CHN");
	/* control: China is not named before, Beijing counts for no one */
	group_is(state,
		 "Japan and South Korea held a summit. Officials, for their "
		 "part, flew to Tokyo and Beijing. The two neighbours signed "
		 "a pact.",
		 "The two neighbours", "JPN,KOR");
}

/* "accused the two governments of interfering": "of" and a verb in
 * "-ing" say what they did, not whose governments they are. */
static void test_group_before_of(void **state)
{
	struct testutil_found f;

	group_is(state,
		 "Japan and South Korea met. China accused the two "
		 "governments of interfering.",
		 "the two governments", "JPN,KOR");
	/* control: "of" and names say whose */
	testutil_find(&f, *state,
		      "Japan and South Korea met. China praised the two "
		      "governments of Sudan and Chad.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "the two governments");
	testutil_found_free(&f);
}

/* "its" and "it" after a coordination ("Japan and South Korea ... its")
 * stand for neither member; "China, the North's main ally" is no
 * coordination. */
static void test_pronoun_after_coordination(void **state)
{
	struct testutil_found f;
	const struct irkg_mention *x;
	char codes[64];

	testutil_find(&f, *state,
		      "Japan and South Korea said its navy would patrol.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "its");
	testutil_found_free(&f);
	testutil_find(&f, *state,
		      "U.S. and South Korean warships entered its waters.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "its");
	testutil_found_free(&f);
	/* "it" as a subject after a coordination that opens its sentence */
	testutil_find(&f, *state,
		      "Japan and South Korea signed a deal with China, and it "
		      "will open a port.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "it");
	testutil_found_free(&f);
	/* controls: one state, and one state's apposition */
	testutil_find(&f, *state, "South Korea said its navy would patrol.",
		      "2025-11-06");
	assert_stands_for(&f, "its", "KOR");
	testutil_found_free(&f);
	testutil_find(&f, *state,
		      "Japan signed a deal with China, and it will open a "
		      "port.",
		      "2025-11-06");
	assert_stands_for(&f, "it", "JPN");
	testutil_found_free(&f);

	/* the actor before a relative clause, not one named in it */
	testutil_find(&f, *state,
		      "Sudan, which lost a port after Chad's offensive, froze "
		      "its trade.",
		      "2025-11-06");
	assert_stands_for(&f, "its", "SDN");
	testutil_found_free(&f);
	/* controls: an actor named after the clause, and "its" inside it */
	testutil_find(&f, *state,
		      "Sudan, which lost a port in May, urged Chad to lift its "
		      "ban.",
		      "2025-11-06");
	assert_stands_for(&f, "its", "TCD");
	testutil_found_free(&f);
	testutil_find(&f, *state,
		      "Sudan, which lost a port after Chad closed its border, "
		      "froze trade.",
		      "2025-11-06");
	assert_stands_for(&f, "its", "TCD");
	testutil_found_free(&f);

	/* an owner after a bare comma opens an apposition: "their" has
	 * no coordination to stand for */
	testutil_find(&f, *state,
		      "North Korea fired a missile. China, North Korea's "
		      "main ally, said their ties were firm.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "their");
	testutil_found_free(&f);
	/* controls: "and", and a list that goes on after the owner */
	testutil_find(&f, *state,
		      "North Korea fired a missile. China and North Korea "
		      "said their ties were firm.",
		      "2025-11-06");
	x = testutil_mention(&f, "their");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "CHN,PRK");
	testutil_found_free(&f);
	testutil_find(&f, *state,
		      "Japan, China's government and Russia said their ties "
		      "were firm.",
		      "2025-11-06");
	x = testutil_mention(&f, "their");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,CHN"); /* Russia is past the noun */
	testutil_found_free(&f);
}

/* "the two countries, India and Thailand": the names in apposition, not
 * the pair named before. */
static void test_group_in_apposition(void **state)
{
	group_is(state,
		 "Japan and China held talks. A pact was signed by the two "
		 "countries, India and Thailand.",
		 "the two countries", "IND,THA");
	/* three names for "the two": not its apposition */
	group_is(state,
		 "Japan and China held talks. A pact was signed by the two "
		 "countries, India, Thailand and Chad.",
		 "the two countries", "JPN,CHN");
}

/* Mediators are no parties: "a truce brokered by Qatar and Saudi Arabia"
 * names no members of a later "both countries", and a group that talks
 * are hosted or mediated between is not who hosts them. */
static void test_mediators(void **state)
{
	group_is(state,
		 "Sudan and Chad clashed in May. A truce was brokered by Qatar "
		 "and Saudi Arabia. Both countries reopened the border.",
		 "Both countries", "SDN,TCD");
	/* hosting is no mediation: the hosts may be the two */
	group_is(state,
		 "Sudan and Chad clashed in May. A summit was hosted by Qatar "
		 "and Saudi Arabia. Both countries praised the talks.",
		 "Both countries", "QAT,SAU");
	/* mediators as the subject are named as actors */
	group_is(state,
		 "Sudan and Chad clashed in May. Qatar and Saudi Arabia "
		 "brokered a truce. Both countries praised it.",
		 "Both countries", "QAT,SAU");
	group_is(state,
		 "Sudan accused Chad of shelling. Qatar said Saudi Arabia "
		 "would host talks between the two countries.",
		 "the two countries", "SDN,TCD");
	/* "hold talks between": the two may be those named */
	group_is(state,
		 "Sudan accused Chad of shelling. Qatar said Saudi Arabia "
		 "would hold talks between the two countries.",
		 "the two countries", "QAT,SAU");
}

/* "The foreign ministry" opening a sentence: the state of the minister or
 * ministry of that kind the two sentences before name, when one state
 * only. */
static void test_office_at_sentence_start(void **state)
{
	struct testutil_found f;

	testutil_find(&f, *state,
		      "India protested on Monday.\n\nIndian Foreign Minister "
		      "Ravi Kumar rejected the criticism.\n\nThe foreign "
		      "ministry summoned the Chinese ambassador.",
		      "2025-11-06");
	assert_stands_for(&f, "The foreign ministry", "IND");
	testutil_found_free(&f);

	/* two states' ministers: either */
	testutil_find(&f, *state,
		      "India and China protested.\n\nIndian Foreign Minister "
		      "Ravi Kumar met Chinese Foreign Minister Li Wei.\n\nThe "
		      "foreign ministry summoned the Russian ambassador.",
		      "2025-11-06");
	assert_null(testutil_mention(&f, "The foreign ministry"));
	testutil_found_free(&f);

	/* a prime minister heads no ministry */
	testutil_find(&f, *state,
		      "India protested on Monday.\n\nIndian Prime Minister "
		      "Ravi Kumar rejected the criticism.\n\nThe ministry "
		      "summoned the Chinese ambassador.",
		      "2025-11-06");
	assert_null(testutil_mention(&f, "The ministry"));
	testutil_found_free(&f);

	/* named too far back */
	testutil_find(&f, *state,
		      "India protested on Monday.\n\nIndian Foreign Minister "
		      "Ravi Kumar rejected the criticism.\n\nThe talks went "
		      "on.\n\nThe hall was full.\n\nThe foreign ministry "
		      "summoned the Chinese ambassador.",
		      "2025-11-06");
	assert_null(testutil_mention(&f, "The foreign ministry"));
	testutil_found_free(&f);
}

static void test_it_and_the_country(void **state)
{
	struct testutil_found f;

	/* "it" as an object stands for nothing: far more often a thing than
	 * a state ("demanded that Japan withdraw it"), never its clause's
	 * subject */
	testutil_find(&f, *state,
		      "Sudan cut ties with Chad and accused it of arming.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "it of");
	testutil_found_free(&f);
	testutil_find(
		&f, *state,
		"South Korea called the report unjust and demanded that Japan "
		"withdraw it.",
		"2025-11-06");
	testutil_assert_nothing_at(&f, "it.");
	testutil_found_free(&f);
	/* ... "it" as a subject still stands for a state */
	testutil_find(&f, *state, "Sudan said it would cut ties with Chad.",
		      "2025-11-06");
	assert_stands_for(&f, "it", "SDN");
	testutil_found_free(&f);

	/* "it" as a subject is the subject its sentence opens with, a
	 * capital standing for its government too */
	testutil_find(&f, *state,
		      "Beijing imposed a ban after Tokyo released water, and "
		      "it lifted "
		      "the ban in June.",
		      "2025-11-06");
	assert_stands_for(&f, "it", "CHN");
	testutil_found_free(&f);

	/* "its" after "it", no actor named by name between: what that "it"
	 * stands for, not the state named last */
	testutil_find(
		&f, *state,
		"Qatar said it would let U.S. aircraft land, although it has "
		"not "
		"allowed American forces to launch strikes from its soil.",
		"2025-11-06");
	assert_stands_for(&f, "its", "QAT");
	testutil_found_free(&f);

	/* "It" opening a paragraph of its own: the state the paragraph
	 * before opens with by name */
	testutil_find(&f, *state,
		      "China's foreign ministry accused Japan of spying.\n\n"
		      "It demanded that Tokyo stop the flights.",
		      "2025-11-06");
	assert_stands_for(&f, "It", "CHN");
	testutil_found_free(&f);
	/* ... not when that paragraph opens with a coordination, */
	testutil_find(&f, *state,
		      "China and Russia accused Japan of spying.\n\n"
		      "It demanded that Tokyo stop the flights.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "It demanded");
	testutil_found_free(&f);
	/* ... nor with no actor (a thing is the subject) */
	testutil_find(&f, *state,
		      "The deal with Japan would restore a rail link.\n\n"
		      "It still needs the approval of China.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "It still");
	testutil_found_free(&f);

	/* "the country" with two states before it in its sentence and the
	 * one before: neither */
	testutil_find(&f, *state,
		      "Estonia summoned Russia's envoy. Russian jets had flown "
		      "into the "
		      "country's airspace.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "the country");
	testutil_found_free(&f);

	/* ... the state its sentence opens with */
	testutil_find(
		&f, *state,
		"Estonia said Russian jets flew into the country's airspace.",
		"2025-11-06");
	assert_stands_for(&f, "the country", "EST");
	testutil_found_free(&f);

	/* ... or the one state named */
	testutil_find(
		&f, *state,
		"NATO has policed the skies of Estonia since 2004, when the "
		"country joined.",
		"2025-11-06");
	assert_stands_for(&f, "the country", "EST");
	testutil_found_free(&f);

	/* ... never a state named only by its adjective */
	testutil_find(
		&f, *state,
		"A Chinese police team has been in the country since 2022.",
		"2025-11-06");
	testutil_assert_nothing_at(&f, "the country");
	testutil_found_free(&f);
}

static void test_short_names(void **state)
{
	struct testutil_found f;
	const struct irkg_mention *x;

	testutil_find(&f, *state,
		      "Japan hosted Prince Faisal bin Farhan. The United "
		      "States later "
		      "called Prince Faisal.",
		      "2025-11-06");
	x = testutil_mention(&f, "Prince Faisal");
	assert_non_null(x);
	assert_int_equal(x->kind, IRKG_ENTITY_PERSON);
	assert_string_equal(x->code, "SAU");
	assert_non_null(x->entry);
	assert_string_equal(x->entry->id, "urn:person:faisal-bin-farhan");
	testutil_found_free(&f);

	/* not named in full before: nobody */
	testutil_find(&f, *state, "The United States called Prince Faisal.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "Faisal");
	testutil_found_free(&f);
}

/* "its neighbour", "its two neighbours": the states bordering the owner
 * that the article names, exactly as many as it says. */
static void test_neighbours(void **state)
{
	struct testutil_found f;
	const struct irkg_mention *x;
	char codes[64];

	testutil_find(&f, *state,
		      "Pakistan accused Afghanistan of shelling. Pakistan "
		      "suspended trade with its neighbour.",
		      "2025-11-06");
	assert_stands_for(&f, "neighbour", "AFG");
	testutil_found_free(&f);

	/* two neighbours named just before: which one is not said */
	testutil_find(&f, *state,
		      "Pakistan thanked China and Afghanistan. Pakistan "
		      "suspended trade with its neighbour.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "neighbour");
	testutil_found_free(&f);

	/* no neighbour named: nothing */
	testutil_find(&f, *state,
		      "Pakistan thanked Japan. Pakistan suspended trade with "
		      "its neighbour.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "neighbour");
	testutil_found_free(&f);

	/* the name after it says which */
	testutil_find(&f, *state,
		      "Pakistan accused Afghanistan of shelling. Pakistan "
		      "suspended trade with its neighbour India.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "neighbour");
	testutil_found_free(&f);

	testutil_find(&f, *state,
		      "The United States met Canada and Mexico. The U.S. "
		      "warned its two neighbours.",
		      "2025-11-06");
	x = testutil_mention(&f, "two neighbours");
	assert_non_null(x);
	assert_int_equal(x->how, IRKG_MENTION_GROUP);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "CAN,MEX");
	assert_non_null(x->why);
	testutil_found_free(&f);

	/* one of the two named: no guess */
	testutil_find(&f, *state,
		      "The United States met Mexico and Japan. The U.S. "
		      "warned its two neighbours.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "two neighbours");
	testutil_found_free(&f);
}

/* "China, with which it signed a pact": "it" is not what "which" stands
 * for, but the sentence's "its" or first actor. */
static void test_it_in_relative_clause(void **state)
{
	struct testutil_found f;

	testutil_find(&f, *state,
		      "Japan praised China, with which it signed a pact.",
		      "2025-11-06");
	assert_stands_for(&f, "it", "JPN");
	testutil_found_free(&f);

	testutil_find(&f, *state,
		      "Last year Japan deepened its ties with China, with "
		      "which it signed a pact.",
		      "2025-11-06");
	assert_stands_for(&f, "it", "JPN");
	testutil_found_free(&f);

	/* a coordination opens the sentence: either */
	testutil_find(&f, *state,
		      "Japan and Russia praised China, with which it signed a "
		      "pact.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "it");
	testutil_found_free(&f);
}

/* "the former", "the latter": the first or second of the pair named
 * together last, in its sentence or the one before. */
static void test_former_latter(void **state)
{
	struct testutil_found f;

	testutil_find(&f, *state,
		      "Japan and China held talks. The former accused the "
		      "latter of spying.",
		      "2025-11-06");
	assert_stands_for(&f, "The former", "JPN");
	assert_stands_for(&f, "the latter", "CHN");
	testutil_found_free(&f);

	/* before a noun it qualifies: no reference */
	testutil_find(&f, *state,
		      "Japan and China held talks. The former envoy praised "
		      "Russia.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "The former");
	testutil_found_free(&f);

	/* three named together: no pair */
	testutil_find(&f, *state,
		      "Japan, India and China held talks. The latter "
		      "objected.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "The latter");
	testutil_found_free(&f);

	/* too far back */
	testutil_find(&f, *state,
		      "Japan and China held talks. Rain fell. The latter "
		      "objected.",
		      "2025-11-06");
	testutil_assert_nothing_at(&f, "The latter");
	testutil_found_free(&f);
}

/* A group that is the object of an actor's verb ("Rabuka thanked both
 * countries") leaves out that actor's state. */
static void test_group_object_of_doer(void **state)
{
	struct testutil_found f;
	const struct irkg_mention *x;
	char codes[64];

	testutil_find(&f, *state,
		      "Japan sent aid to Cuba. Taiwan sent aid to Cuba too. "
		      "Cuba thanked both countries.",
		      "2025-11-06");
	x = testutil_mention(&f, "both countries");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,TWN");
	testutil_found_free(&f);

	/* a subject group keeps it: "and the two agreed" */
	testutil_find(&f, *state,
		      "Japan sent aid to Cuba. Japan and Cuba agreed, and "
		      "the two countries signed a deal.",
		      "2025-11-06");
	x = testutil_mention(&f, "the two countries");
	assert_non_null(x);
	testutil_group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,CUB");
	testutil_found_free(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_epithets),
		cmocka_unit_test(test_organisation_epithet),
		cmocka_unit_test(test_two_sides),
		cmocka_unit_test(test_numbered_group_far_back),
		cmocka_unit_test(test_pair_named_before),
		cmocka_unit_test(test_pair_of_capitals),
		cmocka_unit_test(test_group_before_of),
		cmocka_unit_test(test_pronoun_after_coordination),
		cmocka_unit_test(test_group_in_apposition),
		cmocka_unit_test(test_mediators),
		cmocka_unit_test(test_office_at_sentence_start),
		cmocka_unit_test(test_it_and_the_country),
		cmocka_unit_test(test_short_names),
		cmocka_unit_test(test_neighbours),
		cmocka_unit_test(test_it_in_relative_clause),
		cmocka_unit_test(test_former_latter),
		cmocka_unit_test(test_group_object_of_doer),
	};

	return cmocka_run_group_tests(tests, setup, testutil_names_teardown);
}
