/* When and where an act happened: the date expression nearest its verb,
 * the place after "in", "at" or "near" in its clause, and the issue or
 * place mentioned near it. Internal to the event engine (event_finder.h). */
#ifndef IRKG_SETTING_H
#define IRKG_SETTING_H

#include "event_finder.h"

/* Whether token t is a word of a date expression of the sentence. */
int irkg_setting_in_date(const struct event_finder *f, size_t t);

/* The date of fact x, whose head word is token `head` and whose words
 * end before token `end`: the date expression nearest it in its sentence
 * (none: IRKG_DATE_NONE), the next weekday or month for what is planned;
 * not a date before a clause of time the act is told in ("a month after
 * Polish jets downed"), nor one after a later verb coordinated with it
 * ("imposed X and sanctioned Y in 2024"). */
void irkg_setting_date(const struct event_finder *f, size_t head, size_t end,
		       struct irkg_fact *x);

/* The first mention of `kind` in the sentence after token `from`, else
 * the last before it; or IRKG_MENTION_NONE. Metonyms are left out. */
size_t irkg_setting_near(const struct event_finder *f,
			 enum irkg_entity_kind kind, size_t from);

/* Where match m happened: the visited place of a visit, else a place after
 * "in", "at", "near" in its clause; a mention index or IRKG_MENTION_NONE. */
size_t irkg_setting_place(const struct event_finder *f,
			  const struct event_match *m);

#endif
