/* One fact for an event told twice: facts with the same code and actors
 * (or a meeting retold under another code in the next sentence) become the
 * first telling, with every sentence that tells it as evidence
 * (docs/events.md, "One fact told twice"). Internal to the event engine
 * (event_finder.h). */
#ifndef IRKG_MERGE_H
#define IRKG_MERGE_H

#include "event_finder.h"

/* Merge the facts of f->out told twice and fill their evidence. Returns 0
 * or IRKG_ENOMEM (f->out then half merged: the caller frees it). */
int irkg_merge_duplicates(struct event_finder *f);

#endif
