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
#include "testutil_core.h"

#define ROLE_FM "urn:role:ForeignMinister"
#define ROLE_HOG "urn:role:HeadOfGovernment"
#define ROLE_AMB "urn:role:Ambassador"

static const struct fixture_entry {
	const char *surface;
	struct irkg_gazetteer_entry e;
} fixture[] = {
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
#define PLACE(s, slug, code, flags_)                                           \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:place:" slug, .kind = IRKG_ENTITY_PLACE,    \
			.name_kind = IRKG_NAME_NAME, .state = code,            \
			.flags = flags_                                        \
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
	PLACE("washington", "washington", "USA", IRKG_ENTRY_CAPITAL),
	PLACE("beijing", "beijing", "CHN", IRKG_ENTRY_CAPITAL),
	PLACE("tokyo", "tokyo", "JPN", IRKG_ENTRY_CAPITAL),
	PLACE("seoul", "seoul", "KOR", IRKG_ENTRY_CAPITAL),
	PLACE("amman", "amman", "JOR", IRKG_ENTRY_CAPITAL),
	PLACE("hawaii", "hawaii", "USA", 0),
	PLACE("atlanta", "atlanta", "USA", 0),
	PLACE("georgia", "georgia-us", "USA", 0),
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

static void test_capital_city_or_government(void **state)
{
	struct found f;

	find(&f, *state,
	     "Washington has urged Beijing to act. The ministers met in "
	     "Washington on Monday and flew to Tokyo and Seoul. Talks between "
	     "Tokyo and Seoul resumed.",
	     "2021-05-05");
	assert_mention(mention(&f, "Washington"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_METONYM, "USA");
	assert_mention(mention(&f, "Beijing"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_METONYM, "CHN");
	assert_mention(mention_nth(&f, "Washington", 1), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "USA");
	/* "flew to Tokyo and Seoul": both places */
	assert_mention(mention(&f, "Tokyo"), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "JPN");
	assert_mention(mention(&f, "Seoul"), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "KOR");
	/* "between Tokyo and Seoul": the governments */
	assert_mention(mention_nth(&f, "Tokyo", 1), IRKG_ENTITY_STATE,
		       IRKG_MENTION_METONYM, "JPN");
	release(&f);

	/* "Seoul on Thursday fired" acts as "Seoul fired" does; "in Seoul
	 * on Thursday" is still a place */
	find(&f, *state,
	     "Seoul on Thursday fired shells. Tokyo on May 5 protested. The "
	     "ministers met in Washington on Monday.",
	     "2021-05-05");
	assert_mention(mention(&f, "Seoul"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_METONYM, "KOR");
	assert_mention(mention(&f, "Tokyo"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_METONYM, "JPN");
	assert_mention(mention(&f, "Washington"), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "USA");
	release(&f);

	/* past an apposition too: "Washington and Seoul, allies under a
	 * treaty, said"; still a place after "in" */
	find(&f, *state,
	     "Washington and Seoul, allies under a 1953 treaty, said the "
	     "drills would go ahead. Officials in Tokyo, the capital, said "
	     "nothing.",
	     "2021-05-05");
	assert_mention(mention(&f, "Washington"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_METONYM, "USA");
	assert_mention(mention(&f, "Seoul"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_METONYM, "KOR");
	assert_mention(mention(&f, "Tokyo"), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "JPN");
	release(&f);

	/* A dateline's city is a place. */
	find(&f, *state, "SEOUL, May 5 - Japan protested.", "2021-05-05");
	assert_mention(mention(&f, "SEOUL"), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "KOR");
	release(&f);
}

static void test_georgia(void **state)
{
	struct found f;

	find(&f, *state,
	     "Georgia and Armenia signed a deal. Voters in the U.S. state of "
	     "Georgia went to the polls. He lives in Atlanta, Georgia.",
	     "2021-05-05");
	assert_mention(mention(&f, "Georgia"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_NAME, "GEO");
	assert_mention(mention_nth(&f, "Georgia", 1), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "USA");
	assert_mention(mention_nth(&f, "Georgia", 2), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "USA");
	release(&f);
}

static void test_names_inside_longer_names(void **state)
{
	struct found f;

	find(&f, *state,
	     "Fans of Michael Jordan gathered. Oil spilled in the Niger Delta. "
	     "The Washington Post reported it. Ships sailed the South China "
	     "Sea. Officials at Lake Chad met.",
	     "2021-05-05");
	assert_nothing_at(&f, "Jordan");
	assert_nothing_at(&f, "Niger");
	assert_nothing_at(&f, "Washington");
	assert_nothing_at(&f, "China");
	assert_nothing_at(&f, "Chad");
	release(&f);

	find(&f, *state,
	     "Jordan's foreign minister visited Amman. Chad closed its border "
	     "with Sudan. Turkey blocked the bid. Niger expelled the envoy.",
	     "2021-05-05");
	/* the state, as the owner of a title */
	assert_mention(mention(&f, "Jordan's foreign minister"),
		       IRKG_ENTITY_PERSON, IRKG_MENTION_TITLE, "JOR");
	assert_mention(mention(&f, "Chad"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_NAME, "TCD");
	assert_mention(mention(&f, "its"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_PRONOUN, "TCD");
	assert_mention(mention(&f, "Turkey"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_NAME, "TUR");
	assert_mention(mention(&f, "Niger"), IRKG_ENTITY_STATE,
		       IRKG_MENTION_NAME, "NER");
	release(&f);

	/* Common words are not names. */
	find(&f, *state, "They ate turkey off fine china.", "2021-05-05");
	assert_nothing_at(&f, "turkey");
	assert_nothing_at(&f, "china");
	release(&f);
}

static void test_titles_and_posts(void **state)
{
	struct found f;
	const struct irkg_mention *x;

	find(&f, *state,
	     "U.S. Secretary of State Antony Blinken met Japan's new "
	     "ambassador Koji Tomita. Blinken said the Japanese foreign "
	     "minister would visit.",
	     "2021-05-05");
	x = mention(&f, "U.S. Secretary of State Antony Blinken");
	assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_NAME, "USA");
	assert_string_equal(x->entry->post, "urn:post:blinken-fm");
	assert_string_equal(x->role, ROLE_FM);
	x = mention(&f, "Japan's new ambassador Koji Tomita");
	assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_TITLE, "JPN");
	assert_string_equal(x->role, ROLE_AMB);
	assert_int_equal(x->name_n, 2);
	assert_null(x->entry);
	assert_mention(mention(&f, "Blinken"), IRKG_ENTITY_PERSON,
		       IRKG_MENTION_FAMILY, "USA");
	x = mention(&f, "Japanese foreign minister");
	assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_TITLE, "JPN");
	assert_int_equal(x->name_n, 0);
	release(&f);

	/* Out of office: the person, not the post. */
	find(&f, *state, "Antony Blinken spoke.", "2026-01-01");
	x = mention(&f, "Antony Blinken");
	assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_NAME, "USA");
	assert_null(x->role);
	release(&f);

	/* A body named by a generic name takes the state before it. */
	find(&f, *state, "The South Korean foreign ministry protested.",
	     "2021-05-05");
	x = mention(&f, "foreign ministry");
	assert_non_null(x);
	assert_int_equal(x->kind, IRKG_ENTITY_BODY);
	assert_string_equal(x->entry->id, "urn:body:KOR-fm");
	release(&f);
}

static void test_groups_and_pronouns(void **state)
{
	struct found f;
	char codes[64];
	const struct irkg_mention *x;

	find(&f, *state,
	     "The United States, South Korea and Japan met despite tensions "
	     "between the Asian nations.\n\n"
	     "Antony Blinken sat with his Japanese and South Korean "
	     "counterparts Toshimitsu Motegi and Chung Eui-yong.\n\n"
	     "Blinken and the two ministers reaffirmed their commitment.\n\n"
	     "Officials said the three agreed.\n\n"
	     "The two Asian nations are both allies of the United States.",
	     "2021-05-05");
	x = mention(&f, "the Asian nations");
	assert_mention(x, IRKG_ENTITY_STATE, IRKG_MENTION_GROUP, NULL);
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "KOR,JPN");
	x = mention(&f, "his");
	assert_mention(x, IRKG_ENTITY_PERSON, IRKG_MENTION_PRONOUN, "USA");
	assert_string_equal(x->entry->id, "urn:person:antony-blinken");
	x = mention(&f, "the two ministers");
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,KOR");
	x = mention(&f, "their");
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "USA,JPN,KOR");
	x = mention(&f, "the three");
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "USA,JPN,KOR");
	x = mention(&f, "The two Asian nations");
	group_codes(&f, x, codes, sizeof(codes));
	assert_string_equal(codes, "JPN,KOR");
	/* "are both allies": "both" is an adverb there */
	assert_nothing_at(&f, "both allies");
	release(&f);

	/* Nothing to point back to: no members, never a guess. */
	find(&f, *state, "The two countries agreed.", "2021-05-05");
	x = mention(&f, "The two countries");
	assert_non_null(x);
	assert_int_equal(x->n_members, 0);
	release(&f);
}

/* "The EU ... the bloc ... the bloc": the second description stands for
 * the name, like the first; an antecedent is never a pronoun (libFuzzer
 * found fuzz/fuzz_article.c:322 aborting on this). */
static void test_descriptions_in_a_row(void **state)
{
	const struct irkg_mention *list, *x;
	struct found f;
	size_t n, i;
	int bloc = 0;

	find(&f, *state,
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
		x = mention_nth(&f, "The bloc", (int)i);
		assert_mention(x, IRKG_ENTITY_ORGANISATION,
			       IRKG_MENTION_PRONOUN, "EU");
		assert_int_equal(list[x->antecedent].how, IRKG_MENTION_NAME);
		bloc++;
	}
	assert_int_equal(bloc, 2);
	release(&f);
}

static void test_places(void **state)
{
	struct found f;

	find(&f, *state, "The generals met in Hawaii.", "2021-05-05");
	assert_mention(mention(&f, "Hawaii"), IRKG_ENTITY_PLACE,
		       IRKG_MENTION_NAME, "USA");
	release(&f);
}

static void test_bad_arguments(void **state)
{
	const struct world *w = *state;
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
		cmocka_unit_test(test_groups_and_pronouns),
		cmocka_unit_test(test_descriptions_in_a_row),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_bad_arguments),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
