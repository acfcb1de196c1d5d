/* References: pronouns ("he", "its", "their"), descriptions ("the bloc",
 * "the ministry", "the country"), group phrases and a new person's family
 * name, each made a mention of what it stands for (docs/mentions.md,
 * "Pronouns"). Internal to the mention finder (mention_finder.h). */
#ifndef IRKG_REFERENCE_H
#define IRKG_REFERENCE_H

#include "mention_finder.h"

/* The references among the tokens of sentence `sentence` that are not
 * names (known[] == 0), each inserted in text order among the sentence's
 * mentions, which start at index `from`. Returns 0 or IRKG_ENOMEM. */
int irkg_reference_find(const struct mention_finder *f, size_t sentence,
			size_t from, const unsigned char *known);

#endif
