/* Coreference: what a state is called once it has been named ("the North",
 * "the island", "the kingdom", "the Gulf state": irkg:epithet in
 * ontology/actors/states.ttl), and the checks that keep a reference from
 * being resolved to the wrong state: "the two sides" when factions are
 * about, "it" as an object, "the country" when two states fit. Each resolution
 * says why (irkg_mention.why), which --explain prints. Internal to the
 * mention finder (mention_finder.h); docs/mentions.md, "Coreference". */
#ifndef IRKG_COREFERENCE_H
#define IRKG_COREFERENCE_H

#include "mention_finder.h"

/* What the gazetteer match `mt` in the sentence of tokens [s_first, s_end)
 * is to the coreference stage: 0 when it is no epithet (read it as a
 * name); 1 when it is an epithet used as one (mark its tokens
 * IRKG_KNOWN_EPITHET for irkg_coreference_find); 2 when its words are an
 * epithet's but used otherwise: not capitalised as the knowledge base writes
 * it ("the north of the country"), inside a longer name ("the North
 * Atlantic", "the South Korean"), or followed by "of" ("the kingdom of
 * Jordan"), so that the words after its first are matched again. */
int irkg_coreference_epithet_use(const struct mention_finder *f,
				 const struct name_match *mt, size_t s_first,
				 size_t s_end);

/* The epithets of sentence `sentence` (tokens marked IRKG_KNOWN_EPITHET),
 * each resolved to the one state named before it in the article that the
 * knowledge base gives the epithet, and inserted in text order among the
 * sentence's mentions (from index `from`) as a PRONOUN whose antecedent is
 * that state's latest mention. None such, or several: no mention. Returns
 * 0 or IRKG_ENOMEM. */
int irkg_coreference_find(const struct mention_finder *f, size_t sentence,
			  size_t from, const unsigned char *known);

/* Whether a group whose noun at token `noun` is a `side-noun` ("the two
 * sides", "both parties") in sentence `sentence` may mean parties that are
 * no states: a `faction-noun` ("the army", "rebels", "companies") in its
 * sentence or the two before, not owned by a state ("the Indian army",
 * "Sudan's army" are a state's). */
int irkg_coreference_factions_near(const struct mention_finder *f,
				   size_t sentence, size_t noun);

/* Whether tokens [first, end) name parties that are no states: "and"
 * joining an actor to a capitalised name no mention covers ("between
 * Kinshasa and the M23"), or, when the group's noun at token `noun` is a
 * `side-noun` ("the two sides", which a faction may be), an unowned
 * `faction-noun` ("the army", "rebels", "companies"; "militants killed
 * 26 people" does not make "the two neighbours" doubtful). A pair named
 * far back is then not sure to be what the group means (group.c). */
int irkg_coreference_non_states_between(const struct mention_finder *f,
					size_t first, size_t end, size_t noun);

/* Whether the pronoun at token i is the object of what comes before it
 * ("accusing it of", "urged it to", "withdraw it."): an `object-follower`
 * after it, or the end of its sentence. Such an "it" stands for nothing
 * (reference.c). */
int irkg_coreference_pronoun_is_object(const struct mention_finder *f,
				       size_t sentence, size_t i);

/* Whether a state other than `code` is named (by name, adjective or
 * capital) in sentence `sentence` before token i or in the sentence before:
 * "the country" there could be either ("after Estonian airspace was
 * violated by Russian aircraft, ... the country's airspace"), so it stands
 * for neither. */
int irkg_coreference_rival_state(const struct mention_finder *f,
				 size_t sentence, size_t i, const char *code);

/* "Prince Faisal" after "Prince Faisal bin Farhan": whether the
 * capitalised word at token i, after a capitalised `personal-title`, is a
 * word of the name of the one person of the knowledge base the article
 * named before; when it is, a mention of that person (title and word) is
 * inserted in text order among the sentence's mentions from `from` on.
 * Two such persons: none. Returns 1, 0 or IRKG_ENOMEM. */
int irkg_coreference_short_name(const struct mention_finder *f, size_t sentence,
				size_t from, size_t i);

/* "its neighbour", "its two neighbours" after the thing pronoun at token
 * i (already resolved, as a mention starting at i): the states the
 * knowledge base says border the state "its" stands for (irkg:borders)
 * that the article has named before, when they are exactly as many as
 * it says (one for "neighbour"), inserted in text order (from index
 * `from`) as a PRONOUN over the noun or a GROUP over the number and noun;
 * *end receives the token after the noun. Nothing (and *end 0) when the
 * noun is followed by a name ("its neighbour Afghanistan"), "its" stands
 * for no state, or the count differs. Returns 0 or IRKG_ENOMEM. */
int irkg_coreference_neighbours(const struct mention_finder *f, size_t sentence,
				size_t from, size_t i, size_t *end);

/* "the former", "the latter" at token i standing alone ("the former
 * accused", not "the former president"): the first or second member of the
 * latest coordination before it in its sentence or the one before, when
 * that coordination joins exactly two actors of two states ("Japan and
 * China held talks. The former ..."), inserted in text order (from index
 * `from`) as a PRONOUN; nothing otherwise. *done is set when the words
 * are such a reference, resolved or not. Returns 0 or IRKG_ENOMEM. */
int irkg_coreference_former_latter(const struct mention_finder *f,
				   size_t sentence, size_t from, size_t i,
				   int *done);

#endif
