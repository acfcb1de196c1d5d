/* The gazetteer: surface forms (normalised token n-grams) to knowledge-base
 * entries, matched longest-first over a token stream. */
#ifndef IRKG_GAZETTEER_H
#define IRKG_GAZETTEER_H

#include <stddef.h>

#include "../common/error.h"

/* The longest surface form, in tokens. */
#define IRKG_GAZETTEER_MAX_TOKENS 16
/* The longest single token of a surface form, in bytes. */
#define IRKG_GAZETTEER_MAX_TOKEN_BYTES 255

/* What an entry names. */
enum irkg_entity_kind {
	IRKG_ENTITY_STATE,
	IRKG_ENTITY_ORGANISATION,
	IRKG_ENTITY_BODY,
	IRKG_ENTITY_PERSON,
	IRKG_ENTITY_PLACE,
	IRKG_ENTITY_ROLE,
	IRKG_ENTITY_ISSUE
};

/* Entry flags. */
enum {
	IRKG_ENTRY_CAPITAL = 1,	 /* a place that is a seat of government, which
				  * news may use for the government itself */
	IRKG_ENTRY_ALLIANCE = 2, /* an organisation that is a defence alliance
				  * (irkg:DefenceAlliance): its members are
				  * its allies */
	IRKG_ENTRY_TERRITORY = 4 /* a place whose sovereignty is disputed
				  * (irkg:Territory); its state is the one
				  * that governs it */
};

/* How the surface form names it (docs/knowledge-base.md, name properties). */
enum irkg_name_kind {
	IRKG_NAME_NAME,
	IRKG_NAME_ADJECTIVE,
	IRKG_NAME_METONYM,
	IRKG_NAME_FAMILY,
	IRKG_NAME_ROLE,
	IRKG_NAME_EPITHET,  /* "the North", "the island": what a state named
			     * before may be called (extract/coreference.c);
			     * never a name by itself */
	IRKG_NAME_COMBINING /* "Sino", "Franco": a state as the first part of
			     * a pair in one word ("Sino-Japanese",
			     * extract/pair.c); never a name by itself */
};

/* One thing a surface form may name. */
struct irkg_gazetteer_entry {
	const char *id; /* the entity's IRI; never NULL */
	enum irkg_entity_kind kind;
	enum irkg_name_kind name_kind;
	const char *state; /* the actor code it belongs to: a state's ISO
			    * alpha-3, an organisation's short code (NATO,
			    * UNO); NULL when none */
	const char *valid_from, *valid_to; /* YYYY-MM-DD or NULL (open) */
	const char *post;	/* persons: the post held from valid_from to
				 * valid_to, or NULL */
	const char *role;	/* persons with a post: the post's role IRI */
	const char *region;	/* states: UN M49 sub-region ("Eastern Asia") */
	const char *seat_of;	/* capitals: the short code of an organisation
				 * seated there too (irkg:seatOf: "EUR" for
				 * Brussels), which news may mean by the city's
				 * name; NULL when none */
	unsigned flags;		/* IRKG_ENTRY_* */
	unsigned caps;		/* epithets: bit k set when word k of the form
				 * is capitalised in the knowledge base ("the
				 * North"), and must be in the text */
	const char *neighbours; /* states: the codes of the states it borders
				 * on land, each followed by a space ("CAN
				 * MEX "); NULL when none */
};

/* One normalised token: `length` bytes at `text`, not NUL-terminated. */
struct irkg_span {
	const char *text;
	size_t length;
};

typedef struct irkg_gazetteer irkg_gazetteer;

/* A new, empty gazetteer. On success *out is owned by the caller
 * (irkg_gazetteer_free); on failure *out is NULL and IRKG_ENOMEM is
 * returned. */
int irkg_gazetteer_new(irkg_gazetteer **out);

/* Free the gazetteer, its entries and its strings. Accepts NULL. */
void irkg_gazetteer_free(irkg_gazetteer *g);

/* Add `entry` under `surface`: normalised tokens separated by single spaces
 * ("south korean"), 1 to IRKG_GAZETTEER_MAX_TOKENS tokens of at most
 * IRKG_GAZETTEER_MAX_TOKEN_BYTES bytes each. The entry and its strings are
 * copied; strings are interned, so equal strings (the same id) are stored
 * once. Several entries may share a surface form ("georgia": the state and
 * the US state). Adding an entry equal in every field to one already under
 * the surface form does nothing and succeeds (the same id with other dates is
 * kept: a person may hold one post twice).
 * Returns 0; IRKG_EINVAL for a NULL argument, a NULL id, a malformed surface
 * form or a date not YYYY-MM-DD; IRKG_ENOMEM. On failure no surface form or
 * entry has been added. */
int irkg_gazetteer_add(irkg_gazetteer *g, const char *surface,
		       const struct irkg_gazetteer_entry *entry);

/* The longest surface form starting at tokens[at] of the `n_tokens` tokens.
 * *length receives its token count (0: none matches), *entries and
 * *n_entries the entries sharing it, in the order added (borrowed; valid
 * until the gazetteer is freed; NULL and 0 when none matches). Does not
 * allocate. Returns 0, or IRKG_EINVAL for a NULL argument or `at` past the
 * end (out-parameters then set to none). */
int irkg_gazetteer_match(const irkg_gazetteer *g,
			 const struct irkg_span *tokens, size_t n_tokens,
			 size_t at, size_t *length,
			 const struct irkg_gazetteer_entry *const **entries,
			 size_t *n_entries);

/* The number of distinct surface forms. */
size_t irkg_gazetteer_size(const irkg_gazetteer *g);

/* Whether `e` holds on `date` (YYYY-MM-DD; NULL: any date): 1 when
 * valid_from <= date < valid_to, a missing end being open; otherwise 0. */
int irkg_gazetteer_entry_valid_on(const struct irkg_gazetteer_entry *e,
				  const char *date);

#endif
