/* A sentence's structure for the event rules: its actor units
 * (coordinated mentions, groups and pronouns resolved to their actors,
 * places apart), its clause boundaries, quoted speech and relative asides.
 * Internal to the event engine (event_finder.h). */
#ifndef IRKG_CLAUSE_H
#define IRKG_CLAUSE_H

#include "event_finder.h"

/* The actor units of the sentence at hand into f->units, f->members,
 * f->unit_at, f->unit_of and f->place_at; moves f->mention_cursor and
 * f->date_cursor to the sentence. Returns 0 or IRKG_ENOMEM. */
int irkg_clause_units(struct event_finder *f);

/* Clause boundaries (f->boundary), quoted speech (f->quoted) and relative
 * asides (f->relative) of the sentence at hand. */
void irkg_clause_mark(struct event_finder *f);

#endif
