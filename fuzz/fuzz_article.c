/* libFuzzer target: irkg_articles_read on any bytes, then
 * irkg_document_analyse of every article with a small hand-made gazetteer
 * (no knowledge base) and the project's words (ontology/patterns/words.txt,
 * read from the top of the tree, where fuzz/fuzz.mk runs), checking what
 * article.h and mention.h promise about
 * the sentences, mentions, groups, pronouns and dates found.
 *
 * The input's last byte picks the article date (the one read, none, or one
 * of a few fixed dates) and the name passed to the reader (NULL, .txt,
 * .html), so the seeds from tests/articles are read unchanged. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/article.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define KB "https://example.org/irkg/"

/* States: name and adjective for each, with ISO3 and sub-region. */
#define STATE(code, sub_region)                                                \
	{                                                                      \
		.id = KB "state/" code, .kind = IRKG_ENTITY_STATE,             \
		.name_kind = IRKG_NAME_NAME, .state = code,                    \
		.region = sub_region                                           \
	}
#define STATE_ADJ(code, sub_region)                                            \
	{                                                                      \
		.id = KB "state/" code, .kind = IRKG_ENTITY_STATE,             \
		.name_kind = IRKG_NAME_ADJECTIVE, .state = code,               \
		.region = sub_region                                           \
	}

struct fixture {
	const char *surface;
	struct irkg_gazetteer_entry e;
};

static const struct fixture fixtures[] = {
	{"south korea", STATE("KOR", "Eastern Asia")},
	{"korea", STATE("KOR", "Eastern Asia")},
	{"south korean", STATE_ADJ("KOR", "Eastern Asia")},
	{"japan", STATE("JPN", "Eastern Asia")},
	{"japanese", STATE_ADJ("JPN", "Eastern Asia")},
	{"china", STATE("CHN", "Eastern Asia")},
	{"chinese", STATE_ADJ("CHN", "Eastern Asia")},
	{"united states", STATE("USA", "Northern America")},
	{"u.s.", STATE("USA", "Northern America")},
	{"american", STATE_ADJ("USA", "Northern America")},
	{"russia", STATE("RUS", "Eastern Europe")},
	{"russian", STATE_ADJ("RUS", "Eastern Europe")},
	{"ukraine", STATE("UKR", "Eastern Europe")},
	{"iran", STATE("IRN", "Southern Asia")},
	/* "georgia": the state and the US state */
	{"georgia", STATE("GEO", "Western Asia")},
	{"georgia",
	 {.id = KB "place/georgia-us",
	  .kind = IRKG_ENTITY_PLACE,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "USA",
	  .region = "Northern America"}},
	/* capitals */
	{"tokyo",
	 {.id = KB "place/tokyo",
	  .kind = IRKG_ENTITY_PLACE,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN",
	  .flags = IRKG_ENTRY_CAPITAL}},
	{"seoul",
	 {.id = KB "place/seoul",
	  .kind = IRKG_ENTITY_PLACE,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "KOR",
	  .flags = IRKG_ENTRY_CAPITAL}},
	{"washington",
	 {.id = KB "place/washington",
	  .kind = IRKG_ENTITY_PLACE,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "USA",
	  .flags = IRKG_ENTRY_CAPITAL}},
	/* places that are not capitals */
	{"hawaii",
	 {.id = KB "place/hawaii",
	  .kind = IRKG_ENTITY_PLACE,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "USA",
	  .region = "Polynesia"}},
	{"yasukuni shrine",
	 {.id = KB "place/yasukuni-shrine",
	  .kind = IRKG_ENTITY_PLACE,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN"}},
	{"kremlin",
	 {.id = KB "place/kremlin",
	  .kind = IRKG_ENTITY_PLACE,
	  .name_kind = IRKG_NAME_METONYM,
	  .state = "RUS"}},
	/* persons, each with two posts, and their family names */
	{"antony blinken",
	 {.id = KB "person/antony-blinken",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "USA",
	  .valid_from = "2015-01-09",
	  .valid_to = "2017-01-20",
	  .post = KB "post/usa-deputy-secretary-of-state",
	  .role = KB "role/deputy-foreign-minister"}},
	{"antony blinken",
	 {.id = KB "person/antony-blinken",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "USA",
	  .valid_from = "2021-01-26",
	  .valid_to = "2025-01-20",
	  .post = KB "post/usa-secretary-of-state",
	  .role = KB "role/foreign-minister"}},
	{"blinken",
	 {.id = KB "person/antony-blinken",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_FAMILY,
	  .state = "USA",
	  .valid_from = "2015-01-09",
	  .valid_to = "2017-01-20",
	  .post = KB "post/usa-deputy-secretary-of-state",
	  .role = KB "role/deputy-foreign-minister"}},
	{"blinken",
	 {.id = KB "person/antony-blinken",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_FAMILY,
	  .state = "USA",
	  .valid_from = "2021-01-26",
	  .valid_to = "2025-01-20",
	  .post = KB "post/usa-secretary-of-state",
	  .role = KB "role/foreign-minister"}},
	{"yoshimasa hayashi",
	 {.id = KB "person/yoshimasa-hayashi",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN",
	  .valid_from = "2021-11-10",
	  .valid_to = "2023-09-13",
	  .post = KB "post/jpn-foreign-minister",
	  .role = KB "role/foreign-minister"}},
	{"yoshimasa hayashi",
	 {.id = KB "person/yoshimasa-hayashi",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN",
	  .valid_from = "2023-12-14",
	  .post = KB "post/jpn-chief-cabinet-secretary",
	  .role = KB "role/chief-cabinet-secretary"}},
	{"hayashi",
	 {.id = KB "person/yoshimasa-hayashi",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_FAMILY,
	  .state = "JPN",
	  .valid_from = "2021-11-10",
	  .valid_to = "2023-09-13",
	  .post = KB "post/jpn-foreign-minister",
	  .role = KB "role/foreign-minister"}},
	{"hayashi",
	 {.id = KB "person/yoshimasa-hayashi",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_FAMILY,
	  .state = "JPN",
	  .valid_from = "2023-12-14",
	  .post = KB "post/jpn-chief-cabinet-secretary",
	  .role = KB "role/chief-cabinet-secretary"}},
	/* a person without a post */
	{"hana seo",
	 {.id = KB "person/hana-seo",
	  .kind = IRKG_ENTITY_PERSON,
	  .name_kind = IRKG_NAME_NAME}},
	/* roles */
	{"foreign minister",
	 {.id = KB "role/foreign-minister",
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"secretary of state",
	 {.id = KB "role/foreign-minister",
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"prime minister",
	 {.id = KB "role/head-of-government",
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"president",
	 {.id = KB "role/head-of-state",
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	{"ambassador",
	 {.id = KB "role/ambassador",
	  .kind = IRKG_ENTITY_ROLE,
	  .name_kind = IRKG_NAME_ROLE}},
	/* bodies: two share "foreign ministry" */
	{"foreign ministry",
	 {.id = KB "body/jpn-mofa",
	  .kind = IRKG_ENTITY_BODY,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "JPN"}},
	{"foreign ministry",
	 {.id = KB "body/kor-mofa",
	  .kind = IRKG_ENTITY_BODY,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "KOR"}},
	{"state department",
	 {.id = KB "body/usa-dos",
	  .kind = IRKG_ENTITY_BODY,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "USA"}},
	/* an organisation */
	{"nato",
	 {.id = KB "org/nato",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "NATO"}},
	{"north atlantic treaty organization",
	 {.id = KB "org/nato",
	  .kind = IRKG_ENTITY_ORGANISATION,
	  .name_kind = IRKG_NAME_NAME,
	  .state = "NATO"}},
	/* issues */
	{"dokdo",
	 {.id = KB "issue/dokdo",
	  .kind = IRKG_ENTITY_ISSUE,
	  .name_kind = IRKG_NAME_NAME}},
	{"comfort women",
	 {.id = KB "issue/comfort-women",
	  .kind = IRKG_ENTITY_ISSUE,
	  .name_kind = IRKG_NAME_NAME}},
};

static irkg_gazetteer *gazetteer;
static irkg_lexicon *lexicon;

static const char *const fixed_dates[] = {"2021-05-05", "2025-11-18",
					  "2016-03-01"};
static const char *const names[] = {NULL, "input.txt", "input.html"};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t i;

	if (irkg_gazetteer_new(&gazetteer) != 0 ||
	    irkg_lexicon_new(&lexicon) != 0 ||
	    irkg_lexicon_read_file(lexicon, "ontology/patterns/words.txt", NULL,
				   0) != 0)
		abort();
	for (i = 0; i < sizeof(fixtures) / sizeof(fixtures[0]); i++) {
		char *norm = NULL;
		size_t len = strlen(fixtures[i].surface);

		/* a surface form that is not its own normal form would
		 * never match: a bug in this file */
		if (irkg_text_normalise(fixtures[i].surface, len, &norm) != 0 ||
		    strcmp(norm, fixtures[i].surface) != 0)
			abort();
		free(norm);
		if (irkg_gazetteer_add(gazetteer, fixtures[i].surface,
				       &fixtures[i].e) != 0)
			abort();
	}
	return 0;
}

static void check_string(const char *s)
{
	if (s)
		(void)strlen(s);
}

static void check_mentions(const irkg_mentions *ms, size_t n_tok,
			   const struct irkg_sentence *sen, size_t n_sen)
{
	const struct irkg_mention *m;
	const size_t *members = irkg_mentions_members(ms);
	size_t n, i, k, end = 0;

	m = irkg_mentions_list(ms, &n);
	if (n && !m)
		abort();
	for (i = 0; i < n; i++) {
		const struct irkg_mention *x = &m[i];
		const struct irkg_sentence *s;
		const struct irkg_mention *r;

		/* inside the token array and its sentence */
		if (x->sentence >= n_sen || x->n_tokens == 0 ||
		    x->first_token >= n_tok ||
		    x->n_tokens > n_tok - x->first_token)
			abort();
		s = &sen[x->sentence];
		if (x->first_token < s->first_token ||
		    x->first_token + x->n_tokens > s->first_token + s->n_tokens)
			abort();
		/* text order, no overlap */
		if (x->first_token < end)
			abort();
		end = x->first_token + x->n_tokens;
		if (x->how > IRKG_MENTION_PRONOUN ||
		    x->kind > IRKG_ENTITY_ISSUE)
			abort();
		if (x->name_n && (x->name_first >= n_tok ||
				  x->name_n > n_tok - x->name_first))
			abort();
		if (x->entry && !x->entry->id)
			abort();
		check_string(x->code);
		check_string(x->role);
		(void)strlen(irkg_mention_how_name(x->how));
		if (x->how == IRKG_MENTION_GROUP) {
			if (x->n_members && !members)
				abort();
			for (k = 0; k < x->n_members; k++) {
				size_t j = members[x->first_member + k];

				if (j >= n || m[j].how == IRKG_MENTION_GROUP ||
				    m[j].how == IRKG_MENTION_PRONOUN)
					abort();
			}
		}
		if (x->how == IRKG_MENTION_PRONOUN &&
		    x->antecedent != IRKG_MENTION_NONE &&
		    (x->antecedent >= n ||
		     m[x->antecedent].how == IRKG_MENTION_PRONOUN))
			abort();
		r = irkg_mentions_resolve(ms, i);
		if (x->how == IRKG_MENTION_PRONOUN &&
		    x->antecedent != IRKG_MENTION_NONE) {
			if (r != &m[x->antecedent])
				abort();
		} else if (r != x) {
			abort();
		}
	}
	if (irkg_mentions_resolve(ms, n) != NULL)
		abort();
}

static void check_document(const struct irkg_document *doc)
{
	const struct irkg_sentence *sen;
	size_t n_tok, n_sen, i;

	(void)irkg_text_tokens(doc->text, &n_tok);
	sen = irkg_text_sentences(doc->text, &n_sen);
	check_mentions(doc->mentions, n_tok, sen, n_sen);
	for (i = 0; i < doc->n_dates; i++) {
		const struct irkg_dated *d = &doc->dates[i];
		const struct irkg_sentence *s;

		if (d->sentence >= n_sen)
			abort();
		s = &sen[d->sentence];
		if (d->mention.first_token < s->first_token ||
		    d->mention.n_tokens > s->n_tokens ||
		    d->mention.first_token + d->mention.n_tokens >
			    s->first_token + s->n_tokens)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irkg_article *articles = NULL;
	size_t count = 0, i;
	unsigned sel = size ? data[size - 1] : 0;
	unsigned date_pick = sel % 5; /* 0: as read, 1: none, 2-4: fixed */
	const char *name = names[(sel / 5) % 3];

	if (irkg_articles_read((const char *)data, size, name, &articles,
			       &count) != 0)
		return 0;
	if (count && !articles)
		abort();
	for (i = 0; i < count; i++) {
		struct irkg_article *a = &articles[i];
		struct irkg_document doc;

		/* article.h: NUL-terminated date and body */
		if (memchr(a->date, '\0', sizeof(a->date)) == NULL ||
		    !a->body || a->body[a->body_length] != '\0' ||
		    a->dateline_length > a->body_length)
			abort();
		check_string(a->title);
		check_string(a->source);
		check_string(a->url);
		if (date_pick == 1)
			a->date[0] = '\0';
		else if (date_pick >= 2)
			memcpy(a->date, fixed_dates[date_pick - 2], 11);
		if (irkg_document_analyse(gazetteer, lexicon, a, &doc) != 0)
			continue;
		check_document(&doc);
		irkg_document_clear(&doc);
		/* clearing twice (a zeroed document) is allowed */
		irkg_document_clear(&doc);
	}
	irkg_articles_free(articles, count);
	return 0;
}
