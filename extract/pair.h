/* Hyphenated pairs of states: news joins two states in one word ("the
 * India-Pakistan talks", "the US-China trade war", "Japan-South Korea
 * ties"). Before the mentions are found, such a word is split into its
 * names and the hyphen, so that each name is a mention of its own
 * (docs/mentions.md, "Pairs"). Part of the mention finder. */
#ifndef IRKG_PAIR_H
#define IRKG_PAIR_H

#include <stddef.h>

#include "gazetteer.h"
#include "text.h"

/* Split every token of `t` that joins two names of states or
 * organisations with a hyphen (a name may run on into the tokens around
 * it: "South Korea-Japan", "Japan-South Korea") into the names and the
 * hyphen, with irkg_text_split_token. Words the gazetteer knows whole
 * ("Guinea-Bissau", "Timor-Leste"), words inside a longer known name,
 * and a name joined to a word that is no name ("Pakistan-backed", "Hong
 * Kong-based") stay whole; each part must be capitalised. `text` and
 * `length` are what `t` was made from. Returns 0, or IRKG_EINVAL or
 * IRKG_ENOMEM (t then keeps the splits made before; it is still a valid
 * text). */
int irkg_pairs_split(const irkg_gazetteer *g, irkg_text *t, const char *text,
		     size_t length);

#endif
