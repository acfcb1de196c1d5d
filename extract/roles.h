/* Who did it to whom: the source and target units of a match, from its
 * SRC and TGT slots or else the passive's "by", "between", the owner of a
 * noun, the clause's subject and its object (docs/events.md, "Source and
 * target"). Internal to the event engine (event_finder.h). */
#ifndef IRKG_ROLES_H
#define IRKG_ROLES_H

#include "event_finder.h"

/* The source and target units of match m (*src and *tgt start as its
 * slots, -1 when unbound) for fact x (whose code is read and whose
 * with_unnamed is set), and in *answered the index of an earlier fact
 * whose doers the act answers (-1 when none). Returns NULL, or why the
 * match has no actor to code. */
const char *irkg_roles_find(const struct event_finder *f,
			    const struct event_match *m, struct irkg_fact *x,
			    long *src, long *tgt, long *answered);

/* The subject of the clause before token `first`: the nearest unit not
 * after a preposition nor owning a relation, through "X, which" to X and
 * across "but"; with `through_phrases`, past "after", "before", "despite",
 * "amid" opening a short phrase. -1 when none. */
long irkg_roles_subject_before(const struct event_finder *f, size_t first,
			       int through_phrases);

/* The subject of the sentence's main clause: its first unit not after a
 * preposition, when it ends before token `before`; or -1. */
long irkg_roles_main_subject(const struct event_finder *f, size_t before);

/* The unit after "along with" or "together with" in the clause after token
 * `end`, or -1. */
long irkg_roles_co_actor_after(const struct event_finder *f, size_t end);

/* The unit after "by" [the] right after token `end` (at most the noun a
 * state adjective opens between), or -1. */
long irkg_roles_agent_after(const struct event_finder *f, size_t end);

#endif
