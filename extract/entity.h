/* Entities: a gazetteer match resolved by the words around it into a
 * mention of a state, organisation, body, person, place, issue or role
 * (docs/mentions.md, "Names" and "Capitals"). Internal to the mention
 * finder (mention_finder.h). */
#ifndef IRKG_ENTITY_H
#define IRKG_ENTITY_H

#include "mention_finder.h"

/* Whether match mt has an entry of `kind` (and, when name_kind >= 0, of
 * that irkg_name_kind). */
int irkg_entity_has_kind(const struct name_match *mt,
			 enum irkg_entity_kind kind, int name_kind);

/* "a Russian-flagged ship", "EU-mediated talks": whether token i is a
 * capitalised state or organisation name before a hyphen. *length is 1
 * and mt holds its entries when it is, 0 otherwise. Returns 0 or an error
 * of the gazetteer. */
int irkg_entity_match_hyphen(const struct mention_finder *f, size_t i,
			     struct name_match *mt, size_t *length);

/* Match mt of sentence `sentence` (tokens [s_first, s_end); known[] marks
 * the tokens matched, 2 for titles) resolved into *x, not yet merged with
 * titles. Returns 1, or 0 when the match names nothing here. */
int irkg_entity_resolve(const struct mention_finder *f,
			const struct name_match *mt, const unsigned char *known,
			size_t s_first, size_t s_end, size_t sentence,
			struct irkg_mention *x);

#endif
