/* Mentions: the actors, places and issues a text names, found with the
 * gazetteer and resolved by context (titles, pronouns, groups such as "the
 * three", capitals standing for governments, ambiguous names). */
#ifndef IRKG_MENTION_H
#define IRKG_MENTION_H

#include <stddef.h>

#include "gazetteer.h"
#include "lexicon.h"
#include "text.h"

/* How a mention names what it refers to. */
enum irkg_mention_how {
	IRKG_MENTION_NAME,	/* "South Korea", "Antony Blinken", "NATO" */
	IRKG_MENTION_ADJECTIVE, /* "Japanese" (officials, counterparts) */
	IRKG_MENTION_METONYM,	/* "Tokyo protested", "the Kremlin said" */
	IRKG_MENTION_FAMILY,	/* "Blinken" after or without a full name */
	IRKG_MENTION_TITLE,	/* a role with a state but no known person:
				 * "the Japanese foreign minister", or with a
				 * name the knowledge base lacks ("Japan's
				 * ambassador Koji Tomita": a new person) */
	IRKG_MENTION_GROUP,	/* "the three", "both countries": members */
	IRKG_MENTION_PRONOUN	/* "he", "his", "it": antecedent */
};

/* No mention (for `antecedent`). */
#define IRKG_MENTION_NONE ((size_t)-1)

struct irkg_mention {
	size_t sentence;	      /* index into irkg_text_sentences() */
	size_t first_token, n_tokens; /* the words, title included */
	enum irkg_mention_how how;
	enum irkg_entity_kind kind; /* what it refers to; a capital used
				     * for its government is a STATE */
	const struct irkg_gazetteer_entry
		*entry;			/* the entity: for persons
					 * the entry of the post held on the
					 * article's date when there is one;
					 * for metonyms the place or building;
					 * NULL for groups, pronouns and
					 * titles without a known person */
	const char *code;		/* actor code: ISO alpha-3 of a state,
					 * short code of an organisation; NULL
					 * when unknown */
	const char *role;		/* role IRI from the title or the post,
					 * or NULL */
	size_t name_first, name_n;	/* TITLE with a new person: the name's
					 * tokens; otherwise 0, 0 */
	size_t antecedent;		/* PRONOUN: the mention it stands for
					 * (never a pronoun) or
					 * IRKG_MENTION_NONE */
	size_t first_member, n_members; /* GROUP: indexes into
					 * irkg_mentions_members(), each a
					 * mention that is neither a group nor
					 * a pronoun; 0 members: unresolved */
	int former;			/* "former president X": not in post */
	const char *why; /* PRONOUN (descriptions and epithets too) and
			  * GROUP: the rule that resolved it, for --explain
			  * ("the one state named before that is called
			  * so"); static, NULL otherwise */
};

typedef struct irkg_mentions irkg_mentions;

/* Find the mentions of the text `t` with the gazetteer `g` and the words
 * the rules test (`lexicon`, ontology/patterns/words.txt), persons
 * resolved to their posts on `date` (YYYY-MM-DD; NULL or "": by name only).
 * The first `dateline_end` bytes of the text are a dateline ("SEOUL, Nov
 * 18 (Agency) -"): only places are read there, never the agency's name.
 * Mentions come in text order and do not overlap. On success *out is owned
 * by the caller (irkg_mentions_free); it borrows entries from `g`, which
 * must outlive it. Returns 0, IRKG_EINVAL or IRKG_ENOMEM (*out NULL). */
int irkg_mentions_find(const irkg_gazetteer *g, const irkg_lexicon *lexicon,
		       const irkg_text *t, const char *date,
		       size_t dateline_end, irkg_mentions **out);

void irkg_mentions_free(irkg_mentions *m);

/* The mentions in text order; *count gets their number. Borrowed. */
const struct irkg_mention *irkg_mentions_list(const irkg_mentions *m,
					      size_t *count);

/* Group members: mention indexes, addressed by first_member/n_members. */
const size_t *irkg_mentions_members(const irkg_mentions *m);

/* The mention with the actor behind `index`: its antecedent for a pronoun,
 * itself otherwise. */
const struct irkg_mention *irkg_mentions_resolve(const irkg_mentions *m,
						 size_t index);

/* Whether tokens [a, b) of the words `w` (with their kinds) join two
 * actors into one coordination, the second of which ends before token
 * b_end, in a sentence ending before token `end`: conjunctions ("," "and"
 * "&", words.txt; one at least), and "the" after "and" ("Australia,
 * Britain and the United States", not ", the Turkish presidency said");
 * not a bare comma before an owner ("China, the North's main ally": an
 * apposition), unless "and" and a name follow its noun ("Pakistan,
 * Afghanistan's Taliban government and China"). */
int irkg_mentions_joining(struct irkg_words w, size_t a, size_t b, size_t b_end,
			  size_t end);

/* A printable name for `how` ("name", "adjective", ...). */
const char *irkg_mention_how_name(enum irkg_mention_how how);

#endif
