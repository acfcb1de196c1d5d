/* Coordinations and groups: actors joined by "," "and" "&" in a sentence,
 * kept as antecedents, and group phrases ("the three", "both countries",
 * "the two Asian nations") resolved to the actors they point back to
 * (docs/mentions.md, "Groups and coordinations"). Internal to the mention
 * finder (mention_finder.h). */
#ifndef IRKG_GROUP_H
#define IRKG_GROUP_H

#include "mention_finder.h"

/* Record the coordinations among the mentions [from, m->n) of sentence
 * `sentence`. Returns 0 or IRKG_ENOMEM. */
int irkg_group_coordinations(const struct mention_finder *f, size_t from,
			     size_t sentence);

/* Add mention `index` (a group: its members) to m's members, skipping
 * codes already there from `from` on and states outside `region_part` (an
 * M49 region name part, or NULL). Returns 0 or IRKG_ENOMEM. */
int irkg_group_add_members(irkg_mentions *m, size_t index, size_t from,
			   const char *region_part);

/* The first mention of the coordination ending at mention k (k itself when
 * it is not coordinated), not before `from`. */
size_t irkg_group_run_start(const struct mention_finder *f, size_t from,
			    size_t k);

/* Whether mention k is joined by conjunctions ("and", ",") to an actor of
 * another state in its sentence ("Japan and South Korea"): one member of a
 * coordination, which a singular pronoun after it does not stand for. */
int irkg_group_coordinated(const struct mention_finder *f, size_t k);

/* A group phrase at token i of the sentence [s_first, s_end): 1 with its
 * end in *end, its number in *number (0: "the allies") and its region word's
 * region in *region_part (or NULL); 0 when there is none. */
int irkg_group_at(const struct mention_finder *f, const unsigned char *known,
		  size_t i, size_t s_first, size_t s_end, size_t *end,
		  int *number, const char **region_part);

/* Resolve group g (the last mention pushed) that wants `number` actors (0:
 * two or more) from `region_part` (or NULL): its members are appended to
 * m's; none when it is unresolved. Returns 0 or IRKG_ENOMEM. */
int irkg_group_resolve(const struct mention_finder *f, struct irkg_mention *g,
		       int number, const char *region_part);

#endif
