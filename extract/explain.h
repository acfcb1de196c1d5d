/* irkg extract --explain: sentence by sentence, the actor units and cues
 * found, and every match with what became of it. Says nothing when the
 * finder has nowhere to say it (f->explain NULL). Internal to the event engine
 * (event_finder.h). */
#ifndef IRKG_EXPLAIN_H
#define IRKG_EXPLAIN_H

#include "event_finder.h"

/* The sentence at hand, its actor units and its cues. Returns 0 or
 * IRKG_ENOMEM. */
int irkg_explain_sentence(struct event_finder *f);

/* One line on match m, its source and target units (-1: none) and
 * `outcome`. Returns 0 or IRKG_ENOMEM (so that a caller may return it). */
int irkg_explain_match(struct event_finder *f, const struct event_match *m,
		       long src, long tgt, const char *outcome);

/* One line on match m that became fact x. Returns 0 or IRKG_ENOMEM. */
int irkg_explain_fact(struct event_finder *f, const struct event_match *m,
		      const struct irkg_fact *x, long src, long tgt);

#endif
