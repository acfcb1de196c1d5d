/* The target of an act whose sentence names none after it: where a
 * hostile act hit, whose act a response answers, the doer of what a
 * disapproval is about. Internal to the event engine (event_finder.h). */
#ifndef IRKG_TARGET_H
#define IRKG_TARGET_H

#include "event_finder.h"

/* Whom the hostile act m of unit src (CAMEO root `root`) hit: a state or
 * a place of another state where it happened ("in", "at", "near", "from"
 * for a diplomatic sanction, "in response to"), a place opening the
 * sentence, the place before ", which"; or -1. */
long irkg_target_hostile(const struct event_finder *f,
			 const struct event_match *m, long src, int root);

/* "rejected the demand", "condemned the sanctions": the index in f->out
 * of the earlier fact (this sentence or the five before) that match m of
 * unit src answers, whose doers are then its targets; or -1. */
long irkg_target_answered(const struct event_finder *f,
			  const struct event_match *m, long src);

/* "protested against the arrest ... by Kosovo police": the unit after
 * "by" in the object's clause after token `end`, or -1. */
long irkg_target_doer_in_object(const struct event_finder *f, size_t end);

/* "warned that Tehran would respond if Israel attacked", "threatened to
 * penalise buyers of Russian oil if Moscow does not accept": whom a threat
 * is aimed at is the actor its condition is about, the first one after
 * "if" or "unless" later in the sentence that is not the threatener; or
 * -1. */
long irkg_target_condition(const struct event_finder *f,
			   const struct event_match *m, long src);

/* "Australia pledged A$25 million in aid to Vanuatu ... The United
 * States pledged $2 million": an act of aid (033, 07) that names no
 * recipient is for the one state the aid acts before it (this sentence or
 * the eight before) were for, unless unit src is that state: the index in
 * f->out of that earlier act, whose targets are then its targets; or
 * -1. */
long irkg_target_aid_recipient(const struct event_finder *f,
			       const struct irkg_fact *x, long src);

/* "Thailand and Cambodia agreed ..., after talks hosted by Malaysia's
 * prime minister", "the clashes between the two countries ... ended with a
 * ceasefire brokered by Qatar and Turkey": a consultation whose doer
 * (unit src) follows "by" and that names no parties is between the
 * states of the latest coordination of two or more states, none of src's,
 * before it in its sentence (*tgt, a unit), else the doers of the latest
 * act of such states told in the sentence before (*answered, an index in
 * f->out). Leaves both as they are when neither is found. */
void irkg_target_mediated(const struct event_finder *f,
			  const struct event_match *m, long src, long *tgt,
			  long *answered);

#endif
