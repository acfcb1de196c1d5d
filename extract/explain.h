/* irkg extract --explain: sentence by sentence, the actor units and cues
 * found, and every match with what became of it. Says nothing when the
 * finder has nowhere to say it. Internal to the event engine
 * (event_finder.h). */
#ifndef IRKG_EXPLAIN_H
#define IRKG_EXPLAIN_H

#include "event_finder.h"

/* The sentence at hand, its actor units and its cues. */
void irkg_explain_sentence(const struct event_finder *f);

/* One line on match m, its source and target units (-1: none) and
 * `outcome`. Returns 0 (so that a caller may return it). */
int irkg_explain_match(const struct event_finder *f,
		       const struct event_match *m, long src, long tgt,
		       const char *outcome);

/* One line on match m that became fact x. Returns 0. */
int irkg_explain_fact(const struct event_finder *f, const struct event_match *m,
		      const struct irkg_fact *x, long src, long tgt);

#endif
