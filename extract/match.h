/* Patterns matched around each word of a sentence: every pattern keyed by
 * the word (or its stem) is tried with its slots, gaps and optional words;
 * the longest match at each head word is kept. Internal to the event engine
 * (event_finder.h). */
#ifndef IRKG_MATCH_H
#define IRKG_MATCH_H

#include "event_finder.h"

/* The matches of the sentence at hand: the best event or relation match at
 * each head word into f->matches, the best cue into f->cues. Needs the
 * stems, units and clauses. Returns 0 or IRKG_ENOMEM. */
int irkg_match_find(struct event_finder *f);

/* Whether token t of the sentence at hand is a hyphen or an en dash that
 * joins the words either side into one, with no space around it: the
 * dash of a pair of names in one word ("India-Pakistan"). */
int irkg_match_joining_dash(const struct event_finder *f, size_t t);

/* The end of the names joined to unit u by joining dashes in one word
 * ("Mexico-Canada" after "United States-"), or u's own end when none
 * follows. */
size_t irkg_match_pair_chain_end(const struct event_finder *f, long u);

/* Whether a covers more words than b (or as many, with a finer code). */
int irkg_match_longer(const struct event_match *a, const struct event_match *b);

#endif
