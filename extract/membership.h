/* Membership of defence alliances and claims to territory: what the
 * relation labels @alliance.member, @alliance.left and @dispute.claim of
 * ontology/patterns/relations.txt become (docs/events.md, "Alliances and
 * claims"). Internal to the event engine (event_finder.h). */
#ifndef IRKG_MEMBERSHIP_H
#define IRKG_MEMBERSHIP_H

#include "event_finder.h"

/* For a match `m` of one of those labels, with its sources *src and
 * targets *tgt (unit indexes, or -1) as roles.c found them: NULL and fact
 * x recoded when it holds ("alliance", "dispute"; a leaving stays
 * "alliance.left" for irkg_membership_settle), *tgt possibly set to the
 * territory a relative clause hangs on; otherwise why it gives no fact.
 * Other matches: NULL, nothing changed. */
const char *irkg_membership_check(const struct event_finder *f,
				  const struct event_match *m,
				  struct irkg_fact *x, long *src, long *tgt);

/* After the article's facts are found: remove its "alliance.left" facts,
 * and from each alliance the states that left its organisation (a fact
 * left with no pair of parties is removed too). Does not allocate. */
void irkg_membership_settle(struct event_finder *f);

#endif
