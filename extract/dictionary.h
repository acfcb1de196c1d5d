/* Verb dictionaries of PETRARCH2 and TABARI (CAMEO.2.0.txt and its
 * kind) read into irkg's event patterns, so that users of those coders
 * bring their own: docs/patterns.md, "Peer dictionaries". */
#ifndef IRKG_DICTIONARY_H
#define IRKG_DICTIONARY_H

#include <stddef.h>

#include "pattern.h"

/* What a dictionary gave. */
struct irkg_dictionary_counts {
	size_t patterns;  /* irkg patterns added */
	size_t skipped;	  /* lines that make no irkg pattern: a null code
			   * ([---]), a code only for the reverse dyad
			   * ([:190]), a transformation (~), an undefined
			   * synset, a word irkg cannot match */
	size_t malformed; /* pattern lines skipped: no '*', no [CODE], a
			   * code that is not CAMEO, brackets that do not
			   * pair (CAMEO.2.0.txt has three) */
	char first_malformed[256]; /* "FILE:LINE: why" of the first, or "" */
};

/* Read the verb dictionary `path` and add its verbs and patterns to `p` as
 * event patterns (each keeping `path` and its line for --explain):
 *
 *   &SYNSET / +WORD       synonym sets, used as &SYNSET in patterns
 *   --- NAME [CODE] ---   a block of synonymous verbs, with its code
 *   VERB {FORMS} [CODE]   a verb of the block (+WORD_PARTICLE for a
 *                         compound, the verb marked by '+')
 *   - PRE * POST [CODE]   a pattern: '*' the verb, {A B} a noun phrase,
 *                         (PREP NOUN) a prepositional phrase, $ and %
 *                         the source, + the target, ^ a skip
 *
 * Words between units become irkg gaps (`..`), nouns match their plural.
 * `counts` (may be NULL) receives what was added and skipped; a pattern
 * line PETRARCH would misread is skipped and counted as malformed, with
 * the first "FILE:LINE: why". Returns 0, IRKG_EIO ("FILE: reason" in
 * `error`), IRKG_EPARSE ("FILE:LINE: why": a verb or pattern before the
 * first block, a verb or block code that is not a CAMEO code) or
 * IRKG_ENOMEM. On failure, the
 * patterns added before the bad line stay in `p`. */
int irkg_dictionary_read(irkg_patterns *p, const char *path,
			 struct irkg_dictionary_counts *counts, char *error,
			 size_t error_size);

#endif
