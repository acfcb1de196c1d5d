/* The lexicon: the words the mention and event rules test, read from
 * ontology/patterns/words.txt (KIND<TAB>WORD[<TAB>VALUE] lines) into one
 * lookup from a word to the set of kinds it has. The kinds are fixed here,
 * the words are data; docs/events.md and docs/mentions.md say which rule
 * asks which kind. */
#ifndef IRKG_LEXICON_H
#define IRKG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "../common/error.h"
#include "text.h"

/* The kinds of words the rules ask about; words.txt names each by the
 * name in the comment, and says what it is for. */
enum irkg_word_kind {
	IRKG_WORD_POSSESSIVE,	       /* possessive */
	IRKG_WORD_AGENT_NOUN,	       /* agent-noun */
	IRKG_WORD_CLAUSE_STRONG,       /* clause-strong */
	IRKG_WORD_CLAUSE_WEAK,	       /* clause-weak */
	IRKG_WORD_NAMING_VERB,	       /* naming-verb */
	IRKG_WORD_INDEFINITE,	       /* indefinite */
	IRKG_WORD_DETERMINER,	       /* determiner */
	IRKG_WORD_COUNT,	       /* count */
	IRKG_WORD_NOUN_STOP,	       /* noun-stop */
	IRKG_WORD_RELATIONAL_NOUN,     /* relational-noun */
	IRKG_WORD_OBJECT_PREPOSITION,  /* object-preposition */
	IRKG_WORD_UNCODED_DOER,	       /* uncoded-doer */
	IRKG_WORD_HEDGE,	       /* hedge */
	IRKG_WORD_TOPIC_OR_PLACE,      /* topic-or-place */
	IRKG_WORD_SCARE_VERB,	       /* scare-verb */
	IRKG_WORD_PARTY_NOUN,	       /* party-noun */
	IRKG_WORD_AUXILIARY,	       /* auxiliary */
	IRKG_WORD_PLACE_QUALIFIER,     /* place-qualifier */
	IRKG_WORD_HIT_PREPOSITION,     /* hit-preposition */
	IRKG_WORD_ASK_NOUN,	       /* ask-noun */
	IRKG_WORD_COMPLAINT_NOUN,      /* complaint-noun */
	IRKG_WORD_HOSTILE_NOUN,	       /* hostile-noun */
	IRKG_WORD_DEICTIC,	       /* deictic */
	IRKG_WORD_GOING_ON,	       /* going-on */
	IRKG_WORD_VERB_STEM,	       /* verb-stem: promise, protest, agree */
	IRKG_WORD_COMPLEMENT,	       /* complement */
	IRKG_WORD_MUTUAL,	       /* mutual */
	IRKG_WORD_BILATERAL,	       /* bilateral */
	IRKG_WORD_WEEKDAY,	       /* weekday */
	IRKG_WORD_PLACE_PREPOSITION,   /* place-preposition */
	IRKG_WORD_ANOTHER_ACT,	       /* another-act */
	IRKG_WORD_PERSONAL_TITLE,      /* personal-title */
	IRKG_WORD_PERSON_NOUN,	       /* person-noun */
	IRKG_WORD_OFFICE_NOUN,	       /* office-noun */
	IRKG_WORD_DIRECTION,	       /* direction */
	IRKG_WORD_MONTH_PREPOSITION,   /* month-preposition */
	IRKG_WORD_MONTH,	       /* month */
	IRKG_WORD_ADDRESS_VERB,	       /* address-verb */
	IRKG_WORD_LOCATIVE,	       /* locative */
	IRKG_WORD_NOT_VERB,	       /* not-verb */
	IRKG_WORD_BEFORE_GOVERNMENT,   /* before-government */
	IRKG_WORD_CALL,		       /* call */
	IRKG_WORD_PORTFOLIO,	       /* portfolio */
	IRKG_WORD_TITLE_MODIFIER,      /* title-modifier */
	IRKG_WORD_FORMER,	       /* former */
	IRKG_WORD_OFFICE_WORD,	       /* office-word */
	IRKG_WORD_STATE_NOUN,	       /* state-noun */
	IRKG_WORD_NUMBER,	       /* number */
	IRKG_WORD_BARE_GROUP_FOLLOWER, /* bare-group-follower */
	IRKG_WORD_REGION,	       /* region */
	IRKG_WORD_TOPIC,	       /* topic */
	IRKG_WORD_PERSON_PRONOUN,      /* person-pronoun */
	IRKG_WORD_THING_PRONOUN,       /* thing-pronoun */
	IRKG_WORD_PLURAL_PRONOUN,      /* plural-pronoun */
	IRKG_WORD_ORGANISATION_NOUN,   /* organisation-noun */
	IRKG_WORD_STATE_ANAPHOR,       /* state-anaphor */
	IRKG_WORD_SIDE_NOUN,	       /* side-noun */
	IRKG_WORD_FACTION_NOUN,	       /* faction-noun */
	IRKG_WORD_OBJECT_FOLLOWER,     /* object-follower */
	IRKG_WORD_CONJUNCTION,	       /* conjunction */
	IRKG_WORD_UNMADE,	       /* unmade */
	IRKG_WORD_AMOUNT,	       /* amount */
	IRKG_WORD_MEDIATION_WORD,      /* mediation-word: mediate, host */
	IRKG_WORD_ROUTE_NOUN,	       /* route-noun: rail link, pipeline */
	IRKG_WORD_KINDS
};

/* A set of kinds: bit k is kind k. */
typedef uint64_t irkg_word_kinds;

typedef struct irkg_lexicon irkg_lexicon;

/* An empty lexicon. Returns 0 or IRKG_ENOMEM (*out NULL). */
int irkg_lexicon_new(irkg_lexicon **out);

/* Free `x` and its words. Accepts NULL. */
void irkg_lexicon_free(irkg_lexicon *x);

/* Read a words file into `x`. A line with an unknown kind, a value where
 * its kind has none (or none where it has one), or a word with capitals or
 * spaces is IRKG_EPARSE with "FILE:LINE: why" in `error`; a kind left
 * without words is IRKG_EPARSE too (the rules asking it would never hold).
 * Returns 0, IRKG_EINVAL, IRKG_EIO, IRKG_EPARSE or IRKG_ENOMEM; on failure
 * `x` may hold part of the file. */
int irkg_lexicon_read_file(irkg_lexicon *x, const char *path, char *error,
			   size_t error_size);

/* The kinds of the word `word` (a normal form, NUL-terminated); 0 when it
 * has none. */
irkg_word_kinds irkg_lexicon_kinds(const irkg_lexicon *x, const char *word);

/* The value of `word` as a word of `kind` (the number of "three", the
 * region of "asian"), or NULL. Borrowed from `x`. */
const char *irkg_lexicon_value(const irkg_lexicon *x, enum irkg_word_kind kind,
			       const char *word);

/* The kinds of each token of `w` from `first` on, `n` of them, into out[0]
 * to out[n - 1]. */
void irkg_lexicon_classify(const irkg_lexicon *x, struct irkg_words w,
			   size_t first, size_t n, irkg_word_kinds *out);

/* The name of `kind` in words.txt ("determiner"), or NULL. */
const char *irkg_lexicon_kind_name(enum irkg_word_kind kind);

/* Whether the person pronoun at token i (of a sentence ending before token
 * `end`) is an object ("hosted her for a dinner", "met him"), not a
 * possessive ("her office"). */
int irkg_word_object_pronoun(struct irkg_words w, size_t i, size_t end);

#endif
