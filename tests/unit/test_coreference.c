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
#include "testutil_core.h"

static const struct fixture_entry {
	const char *surface;
	struct irkg_gazetteer_entry e;
} fixture[] = {
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
	STATE("united states", "USA"),
	STATE("u.s.", "USA"),
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

struct found {
	irkg_gazetteer *g;
	irkg_text *text;
	irkg_mentions *m;
	const char *source;
};

/* The hand-made gazetteer, and the project's words (words.txt): the rules
 * are under test, not the data. */
struct world {
	irkg_gazetteer *g;
	irkg_lexicon *lexicon;
};

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof(*w));
	char *words = testutil_ontology_path("patterns/words.txt");
	char why[512] = "";
	size_t i;

	assert_non_null(w);
	assert_int_equal(irkg_gazetteer_new(&w->g), IRKG_OK);
	for (i = 0; i < TESTUTIL_N_ELEMS(fixture); i++)
		assert_int_equal(irkg_gazetteer_add(w->g, fixture[i].surface,
						    &fixture[i].e),
				 IRKG_OK);
	assert_int_equal(irkg_lexicon_new(&w->lexicon), IRKG_OK);
	if (irkg_lexicon_read_file(w->lexicon, words, why, sizeof(why)))
		fail_msg("%s", why);
	free(words);
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;

	irkg_gazetteer_free(w->g);
	irkg_lexicon_free(w->lexicon);
	free(w);
	return 0;
}

static void find(struct found *f, const struct world *w, const char *text,
		 const char *date)
{
	f->g = w->g;
	f->source = text;
	assert_int_equal(irkg_text_new(&f->text, text, strlen(text)), IRKG_OK);
	assert_int_equal(
		irkg_mentions_find(w->g, w->lexicon, f->text, date, 0, &f->m),
		IRKG_OK);
}

static void release(struct found *f)
{
	irkg_mentions_free(f->m);
	irkg_text_free(f->text);
}

/* The mention whose words are exactly `words` (the n-th such, from 0), or
 * NULL. */
static const struct irkg_mention *mention_nth(const struct found *f,
					      const char *words, int nth)
{
	const struct irkg_mention *list;
	const struct irkg_token *tokens;
	size_t n, n_tokens, i;

	list = irkg_mentions_list(f->m, &n);
	tokens = irkg_text_tokens(f->text, &n_tokens);
	for (i = 0; i < n; i++) {
		size_t start = tokens[list[i].first_token].start;
		size_t end =
			tokens[list[i].first_token + list[i].n_tokens - 1].end;

		if (end - start == strlen(words) &&
		    memcmp(f->source + start, words, end - start) == 0 &&
		    nth-- == 0)
			return &list[i];
	}
	return NULL;
}

static const struct irkg_mention *mention(const struct found *f,
					  const char *words)
{
	return mention_nth(f, words, 0);
}

/* No mention covers any byte of the first occurrence of `words`. */
static void assert_nothing_at(const struct found *f, const char *words)
{
	const struct irkg_mention *list;
	const struct irkg_token *tokens;
	const char *at = strstr(f->source, words);
	size_t n, n_tokens, i, start, end;

	assert_non_null(at);
	start = (size_t)(at - f->source);
	end = start + strlen(words);
	list = irkg_mentions_list(f->m, &n);
	tokens = irkg_text_tokens(f->text, &n_tokens);
	for (i = 0; i < n; i++) {
		size_t s = tokens[list[i].first_token].start;
		size_t e =
			tokens[list[i].first_token + list[i].n_tokens - 1].end;

		if (s < end && start < e)
			fail_msg("\"%s\" has a mention (%.*s)", words,
				 (int)(e - s), f->source + s);
	}
}

static void assert_mention(const struct irkg_mention *x,
			   enum irkg_entity_kind kind,
			   enum irkg_mention_how how, const char *code)
{
	assert_non_null(x);
	assert_int_equal(x->kind, kind);
	assert_int_equal(x->how, how);
	if (code) {
		assert_non_null(x->code);
		assert_string_equal(x->code, code);
	} else {
		assert_null(x->code);
	}
}

/* The codes of a group's members, comma-separated, in order. */
static void group_codes(const struct found *f, const struct irkg_mention *x,
			char *buf, size_t size)
{
	const struct irkg_mention *list;
	const size_t *members = irkg_mentions_members(f->m);
	size_t n, k, used = 0;

	list = irkg_mentions_list(f->m, &n);
	buf[0] = '\0';
	for (k = 0; k < x->n_members; k++) {
		const struct irkg_mention *y =
			&list[members[x->first_member + k]];

		assert_true(y->how != IRKG_MENTION_GROUP &&
			    y->how != IRKG_MENTION_PRONOUN);
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
					 k ? "," : "", y->code ? y->code : "-");
	}
}

/* The reference whose words are `words` stands for a state of `code`. */
static void assert_stands_for(const struct found *f, const char *words,
			      const char *code)
{
	const struct irkg_mention *x = mention(f, words);

	if (!x)
		fail_msg("\"%s\" is no mention", words);
	assert_mention(x, IRKG_ENTITY_STATE, IRKG_MENTION_PRONOUN, code);
	assert_true(x->antecedent != IRKG_MENTION_NONE);
	assert_non_null(x->why);
}

static void test_epithets(void **state)
{
	struct found f;

	/* the one state of the article the knowledge base calls so */
	find(&f, *state,
	     "North Korea fired a missile, the North's first launch since "
	     "May. China, the North's main ally, said nothing.",
	     "2025-11-06");
	assert_stands_for(&f, "the North", "PRK");
	release(&f);

	find(&f, *state,
	     "China sent warships near Taiwan. The island protested.",
	     "2025-11-06");
	assert_stands_for(&f, "The island", "TWN");
	release(&f);

	/* two states of the article are islands: no guess */
	find(&f, *state,
	     "Taiwan and Cuba signed a deal. The island will export sugar.",
	     "2025-11-06");
	assert_nothing_at(&f, "The island");
	release(&f);

	/* no island state named: "the island" is a place, not a state */
	find(&f, *state,
	     "Japan and China met. A ship ran aground on the island.",
	     "2025-11-06");
	assert_nothing_at(&f, "the island");
	release(&f);

	/* "the Gulf state" with Saudi Arabia and Qatar both named */
	find(&f, *state,
	     "Saudi Arabia hosted Qatar. The Gulf state pledged aid.",
	     "2025-11-06");
	assert_nothing_at(&f, "The Gulf state");
	release(&f);
	find(&f, *state,
	     "Saudi Arabia hosted Japan. The Gulf state pledged aid.",
	     "2025-11-06");
	assert_stands_for(&f, "The Gulf state", "SAU");
	release(&f);

	/* a direction, not an epithet: the knowledge base writes "the
	 * North" with a capital */
	find(&f, *state,
	     "North Korea fired a missile from the north of the peninsula.",
	     "2025-11-06");
	assert_nothing_at(&f, "the north");
	release(&f);

	/* inside a longer name the name wins */
	find(&f, *state,
	     "North Korea warned the South Korean navy and the North Atlantic "
	     "Treaty Organization.",
	     "2025-11-06");
	assert_mention(mention(&f, "South Korean"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_ADJECTIVE, "KOR");
	assert_mention(mention(&f, "North Atlantic Treaty Organization"),
		       IRKG_ENTITY_ORGANISATION, IRKG_MENTION_NAME, "NATO");
	release(&f);

	/* "the kingdom of Jordan": the name says which */
	find(&f, *state,
	     "Saudi Arabia hosted talks. The kingdom of Jordan sent an envoy.",
	     "2025-11-06");
	assert_nothing_at(&f, "The kingdom");
	assert_mention(mention(&f, "Jordan"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_NAME, "JOR");
	release(&f);

	/* never a state the article has not named, nor a guess by recency */
	find(&f, *state, "Japan protested. The kingdom said nothing.",
	     "2025-11-06");
	assert_nothing_at(&f, "The kingdom");
	release(&f);
}

static void test_two_sides(void **state)
{
	struct found f;
	const struct irkg_mention *x;
	char codes[64];

	find(&f, *state,
	     "Japan and China held talks. The two sides agreed to meet.",
	     "2025-11-06");
	x = mention(&f, "The two sides");
	assert_non_null(x);
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,CHN");
	assert_non_null(x->why);
	release(&f);

	/* the army and the RSF of a civil war are no states */
	find(&f, *state,
	     "The war between the army and the RSF goes on. Chad signed a "
	     "deal with Sudan. The African Union offered talks between the "
	     "two sides.",
	     "2025-11-06");
	x = mention(&f, "the two sides");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	release(&f);

	/* nor are rebels, companies */
	find(&f, *state,
	     "Rebels attacked a town in Chad. Sudan and Chad met. Both sides "
	     "agreed to talk.",
	     "2025-11-06");
	x = mention(&f, "Both sides");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	release(&f);

	/* a state's army is the state's: "the Indian army" */
	find(&f, *state,
	     "The Indian army and Chinese troops clashed. India and China "
	     "talked. The two sides agreed to disengage.",
	     "2025-11-06");
	x = mention(&f, "The two sides");
	assert_non_null(x);
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "IND,CHN");
	release(&f);

	/* a capital visited in its sentence counts for its state, before
	 * a pair named earlier */
	find(&f, *state,
	     "Japan and China held talks. The United States sent an envoy to "
	     "Tokyo in March, when the two governments signed a deal.",
	     "2025-11-06");
	x = mention(&f, "the two governments");
	assert_non_null(x);
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "USA,JPN");
	release(&f);

	/* a state's adjective after "on" counts when nothing else fits ... */
	find(&f, *state,
	     "Thailand launched air strikes on Cambodian positions along the "
	     "two countries' border.",
	     "2025-11-06");
	x = mention(&f, "the two countries");
	assert_non_null(x);
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "THA,KHM");
	release(&f);
	/* ... and is a topic when the parties are there without it */
	find(&f, *state,
	     "Japan spoke with China on South Korean security, and the two "
	     "countries agreed to meet.",
	     "2025-11-06");
	x = mention(&f, "the two countries");
	assert_non_null(x);
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,CHN");
	release(&f);

	/* "both countries" when three are candidates: none */
	find(&f, *state,
	     "Japan, China and South Korea met. Both countries agreed.",
	     "2025-11-06");
	x = mention(&f, "Both countries");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	release(&f);
}

static void test_it_and_the_country(void **state)
{
	struct found f;

	/* "it" as an object stands for nothing: far more often a thing than
	 * a state ("demanded that Japan withdraw it"), never its clause's
	 * subject */
	find(&f, *state, "Sudan cut ties with Chad and accused it of arming.",
	     "2025-11-06");
	assert_nothing_at(&f, "it of");
	release(&f);
	find(&f, *state,
	     "South Korea called the report unjust and demanded that Japan "
	     "withdraw it.",
	     "2025-11-06");
	assert_nothing_at(&f, "it.");
	release(&f);
	/* ... "it" as a subject still stands for a state */
	find(&f, *state, "Sudan said it would cut ties with Chad.",
	     "2025-11-06");
	assert_stands_for(&f, "it", "SDN");
	release(&f);

	/* "it" as a subject is the subject its sentence opens with, a
	 * capital standing for its government too */
	find(&f, *state,
	     "Beijing imposed a ban after Tokyo released water, and it lifted "
	     "the ban in June.",
	     "2025-11-06");
	assert_stands_for(&f, "it", "CHN");
	release(&f);

	/* "its" after "it", no actor named by name between: what that "it"
	 * stands for, not the state named last */
	find(&f, *state,
	     "Qatar said it would let U.S. aircraft land, although it has not "
	     "allowed American forces to launch strikes from its soil.",
	     "2025-11-06");
	assert_stands_for(&f, "its", "QAT");
	release(&f);

	/* "the country" with two states before it in its sentence and the
	 * one before: neither */
	find(&f, *state,
	     "Estonia summoned Russia's envoy. Russian jets had flown into the "
	     "country's airspace.",
	     "2025-11-06");
	assert_nothing_at(&f, "the country");
	release(&f);

	/* ... the state its sentence opens with */
	find(&f, *state,
	     "Estonia said Russian jets flew into the country's airspace.",
	     "2025-11-06");
	assert_stands_for(&f, "the country", "EST");
	release(&f);

	/* ... or the one state named */
	find(&f, *state,
	     "NATO has policed the skies of Estonia since 2004, when the "
	     "country joined.",
	     "2025-11-06");
	assert_stands_for(&f, "the country", "EST");
	release(&f);

	/* ... never a state named only by its adjective */
	find(&f, *state,
	     "A Chinese police team has been in the country since 2022.",
	     "2025-11-06");
	assert_nothing_at(&f, "the country");
	release(&f);
}

static void test_short_names(void **state)
{
	struct found f;
	const struct irkg_mention *x;

	find(&f, *state,
	     "Japan hosted Prince Faisal bin Farhan. The United States later "
	     "called Prince Faisal.",
	     "2025-11-06");
	x = mention(&f, "Prince Faisal");
	assert_non_null(x);
	assert_int_equal(x->kind, IRKG_ENTITY_PERSON);
	assert_string_equal(x->code, "SAU");
	assert_non_null(x->entry);
	assert_string_equal(x->entry->id, "urn:person:faisal-bin-farhan");
	release(&f);

	/* not named in full before: nobody */
	find(&f, *state, "The United States called Prince Faisal.",
	     "2025-11-06");
	assert_nothing_at(&f, "Faisal");
	release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_epithets),
		cmocka_unit_test(test_two_sides),
		cmocka_unit_test(test_it_and_the_country),
		cmocka_unit_test(test_short_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
