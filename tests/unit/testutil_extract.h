/* What the unit tests of extract/'s rooms share: a small world (a
 * hand-made gazetteer of a few states, capitals and places, the project's
 * words.txt and modality.txt, and the pattern files a test gives) and
 * articles analysed in it. Links with common/ and extract/ only. Every
 * helper fails the test on error. */
#ifndef IRKG_TESTUTIL_EXTRACT_H
#define IRKG_TESTUTIL_EXTRACT_H

#include <stddef.h>

#include "../../extract/article.h"
#include "../../extract/event_finder.h"
#include "../../extract/lexicon.h"
#include "../../extract/mention.h"
#include "../../extract/pattern.h"
#include "testutil_core.h"

/* One pattern file of a world: its name (events-NN.txt, relations.txt,
 * cues.txt) and its lines. */
struct testutil_file {
	const char *name;
	const char *text;
};

struct testutil_world {
	irkg_gazetteer *g;
	irkg_patterns *p;
	char *dir; /* the patterns directory, removed by _free */
};

/* The world with `n` pattern files. */
void testutil_world_new(struct testutil_world *w,
			const struct testutil_file *files, size_t n);
void testutil_world_free(struct testutil_world *w);

/* cmocka group set-up and tear-down of a world of `files` in *state. */
int testutil_world_setup(void **state, const struct testutil_file *files,
			 size_t n);
int testutil_world_teardown(void **state);

/* An article of the world, analysed. */
struct testutil_read {
	struct irkg_article a;
	struct irkg_document doc;
};

/* `text` as the body of a plain-text article dated Wednesday 2025-06-11
 * (paragraphs separated by blank lines), analysed in `w`. */
void testutil_read(const struct testutil_world *w, const char *text,
		   struct testutil_read *r);
void testutil_read_free(struct testutil_read *r);

/* The index of the n-th token (from 0) of `r` whose normal form is `word`;
 * fails the test when there is none. */
size_t testutil_token(const struct testutil_read *r, const char *word, int nth);

/* The facts of `text` read in `w` (irkg_facts_find), one line per dyad,
 * in the order of the facts: "CODE SRC>TGT", then " DATE" when dated,
 * " planned", " CUE" (threat, appeal, intent) and " xN" for N evidence
 * sentences when more than one; a fact without dyads is "CODE -". A
 * relation's CODE is its label ("alliance"). Newly allocated (free it). */
char *testutil_facts(const struct testutil_world *w, const char *text);

/* The facts of `text` in the world *state are exactly `want`
 * (testutil_facts lines); fails the test, saying both, when not. */
void testutil_facts_are(void **state, const char *text, const char *want);

/* Sentence `i` of `text` read in `w`, made the event engine's sentence at
 * hand with its units, clauses and matches found (clause.c, match.c). */
struct testutil_sentence {
	struct testutil_read r;
	struct event_finder f;
	char codes[128];
};

void testutil_sentence_open(const struct testutil_world *w, const char *text,
			    size_t i, struct testutil_sentence *s);
void testutil_sentence_close(struct testutil_sentence *s);

/* The actor codes of unit u of the sentence, "JPN,KOR" ("-" for -1, "?"
 * for an actor without a code), in a buffer of the sentence valid until
 * the next call. */
const char *testutil_unit(struct testutil_sentence *s, long u);

/* The first match of the sentence whose pattern has `code`; fails the test
 * when there is none. */
const struct event_match *testutil_match(const struct testutil_sentence *s,
					 const char *code);

/* ---- mentions over a hand-made gazetteer (test_mention, test_coreference) */

/* A name of the gazetteer and what it stands for. */
struct testutil_name {
	const char *surface;
	struct irkg_gazetteer_entry e;
};

/* The gazetteer of `names` and the project's words (words.txt): the rules
 * are under test, not the data. */
struct testutil_names_world {
	irkg_gazetteer *g;
	irkg_lexicon *lexicon;
};

void testutil_names_world_new(struct testutil_names_world *w,
			      const struct testutil_name *names, size_t n);
void testutil_names_world_free(struct testutil_names_world *w);

/* cmocka group set-up and tear-down of a names world of `names` in
 * *state. */
int testutil_names_setup(void **state, const struct testutil_name *names,
			 size_t n);
int testutil_names_teardown(void **state);

/* A name of a state ("urn:state:CODE") of name kind `name_kind_`
 * (IRKG_NAME_NAME, IRKG_NAME_ADJECTIVE, IRKG_NAME_COMBINING), and a place
 * of state `code` ("urn:place:SLUG", with gazetteer flags such as
 * IRKG_ENTRY_CAPITAL), as testutil_name initialisers. */
#define TESTUTIL_STATE_NAMED(s, code, name_kind_)                              \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:state:" code, .kind = IRKG_ENTITY_STATE,    \
			.name_kind = name_kind_, .state = code                 \
		}                                                              \
	}
#define TESTUTIL_PLACE(s, slug, code, flags_)                                  \
	{                                                                      \
		s,                                                             \
		{                                                              \
			.id = "urn:place:" slug, .kind = IRKG_ENTITY_PLACE,    \
			.name_kind = IRKG_NAME_NAME, .state = code,            \
			.flags = flags_                                        \
		}                                                              \
	}

/* The mentions found in one text. */
struct testutil_found {
	irkg_gazetteer *g;
	irkg_text *text;
	irkg_mentions *m;
	const char *source;
};

void testutil_find(struct testutil_found *f,
		   const struct testutil_names_world *w, const char *text,
		   const char *date);
void testutil_found_free(struct testutil_found *f);

/* The mention whose words are exactly `words` (the n-th such, from 0), or
 * NULL; testutil_mention: the first. */
const struct irkg_mention *testutil_mention_nth(const struct testutil_found *f,
						const char *words, int nth);
const struct irkg_mention *testutil_mention(const struct testutil_found *f,
					    const char *words);

/* No mention covers any byte of the first occurrence of `words`. */
void testutil_assert_nothing_at(const struct testutil_found *f,
				const char *words);

/* x is a mention of that kind, found that way, with that code (NULL:
 * none). */
void testutil_assert_mention(const struct irkg_mention *x,
			     enum irkg_entity_kind kind,
			     enum irkg_mention_how how, const char *code);

/* The codes of a group's members, comma-separated, in order. */
void testutil_group_codes(const struct testutil_found *f,
			  const struct irkg_mention *x, char *buf, size_t size);

#endif
