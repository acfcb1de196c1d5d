/* Whether and how an act happened: the cues acting on a match (cues.txt:
 * negate, hypothetical, threat, appeal, intent, plan, say, presuppose,
 * ended),
 * and the CAMEO code, cue and plan they give its fact. Internal to the
 * event engine (event_finder.h). */
#ifndef IRKG_MODALITY_H
#define IRKG_MODALITY_H

#include "event_finder.h"

/* The cue kinds acting on a match: 1 bit each. */
enum {
	CUE_NEGATE = 1,
	CUE_HYPOTHETICAL = 2,
	CUE_THREAT = 4,
	CUE_APPEAL = 8,
	CUE_INTENT = 16,
	CUE_PLAN = 32
};

/* The kind, code, cue and `planned` of fact x (zeroed by the caller) for
 * match m, from the cues acting on it, which go to *cues. Returns NULL, or
 * why the match gives no fact ("hypothetical", "negated"). */
const char *irkg_modality_read(const struct event_finder *f,
			       const struct event_match *m, struct irkg_fact *x,
			       unsigned *cues);

/* Once the source is known (unit src): a protest by an official is an
 * official complaint (114), and a relation only announced, threatened or
 * asked for does not hold yet. Returns NULL, or why there is no fact. */
const char *irkg_modality_confirm(const struct event_finder *f,
				  const struct event_match *m,
				  struct irkg_fact *x, unsigned cues, long src);

/* Whether relation match m is the object of a cue of kind "presuppose"
 * or "ended" a few words before it, in its clause ("lift its sanctions
 * on", "honour the accord"), and names its parties: the relation holds
 * whatever cue acts on that verb. 0 for an event match. */
int irkg_modality_presupposed(const struct event_finder *f,
			      const struct event_match *m);

/* Whether a cue of kind "say" lies within tokens [a, b). */
int irkg_modality_said_between(const struct event_finder *f, size_t a,
			       size_t b);

#endif
