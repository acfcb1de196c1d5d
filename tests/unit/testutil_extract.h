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

#endif
