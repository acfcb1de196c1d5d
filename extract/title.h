/* Titles: "[state or body]['s] [new|former|top …] ROLE [name]" made one
 * mention of a known person, a new person, or a role of a state
 * (docs/mentions.md, "Titles"). Internal to the mention finder
 * (mention_finder.h). */
#ifndef IRKG_TITLE_H
#define IRKG_TITLE_H

#include "mention_finder.h"

/* Merge the titles among the sentence's mentions x[0..n) (tokens
 * [s_first, s_end), known[] as for irkg_entity_resolve) with their owners
 * and names into single mentions. Returns the new n. */
size_t irkg_title_merge(const struct mention_finder *f,
			const unsigned char *known, struct irkg_mention *x,
			size_t n, size_t s_first, size_t s_end);

/* "U.S. Trade Representative Jamieson Greer": state mention x followed by
 * unknown capitalised words, one an office, then a two- or three-word name,
 * becomes that new person. */
void irkg_title_unknown_official(const struct mention_finder *f,
				 const unsigned char *known,
				 struct irkg_mention *x, size_t s_end);

#endif
