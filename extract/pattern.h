/* Event, relation and cue patterns (docs/patterns.md), compiled into a
 * table keyed by each pattern's head word: the word exactly, or its Snowball
 * stem for `word*`. */
#ifndef IRKG_PATTERN_H
#define IRKG_PATTERN_H

#include <stddef.h>

#include "lexicon.h"
#include "modality_table.h"

/* What a pattern line gives. */
enum irkg_pattern_kind {
	IRKG_PATTERN_EVENT,    /* events-NN.txt: a CAMEO code */
	IRKG_PATTERN_RELATION, /* relations.txt: "alliance", "agreement.signed"
				*/
	IRKG_PATTERN_CUE       /* cues.txt: "negate", "threat", ... */
};

enum irkg_element_kind {
	IRKG_ELEMENT_WORD, /* one of alternatives */
	IRKG_ELEMENT_SRC,
	IRKG_ELEMENT_TGT,
	IRKG_ELEMENT_GAP, /* "..": up to IRKG_PATTERN_GAP words, none an actor
			   */
	IRKG_ELEMENT_LONG_GAP /* "...": a noun phrase of up to
				 IRKG_PATTERN_LONG_GAP words, no actor, comma
				 or clause word among them */
};

#define IRKG_PATTERN_GAP 4
#define IRKG_PATTERN_LONG_GAP 8

/* One alternative of a word element: a normalised word, or a stem. */
struct irkg_alternative {
	const char *text;
	int stem; /* 1: compare with the token's stem */
};

struct irkg_element {
	enum irkg_element_kind kind;
	int optional;	 /* "[word]" */
	int object_noun; /* 1: the object noun of a verb pattern, which may
			  * have words of its own before it ("hold* talks":
			  * "held ceasefire talks"), set by rule */
	const struct irkg_alternative *alternatives;
	size_t n_alternatives;
};

struct irkg_pattern {
	enum irkg_pattern_kind kind;
	const char *code; /* CAMEO code, relation label without '@', or cue
			   * kind */
	const struct irkg_element *elements;
	size_t n_elements;
	size_t head;	  /* index of the head element (the first word) */
	const char *file; /* where it was read, for --explain */
	unsigned line;
	int derived; /* 1: the passive of the pattern at file:line, made by
		      * rule (docs/patterns.md, "Forms made by rule") */
	int between_others; /* 1: its doer acts between other parties, not
			     * with them: mediation (CAMEO 045) */
};

typedef struct irkg_patterns irkg_patterns;

/* An empty table with an English Snowball stemmer. Returns 0 or
 * IRKG_ENOMEM (*out NULL). */
int irkg_patterns_new(irkg_patterns **out);
void irkg_patterns_free(irkg_patterns *p);

/* Read one pattern file; its kind comes from its name (events-NN.txt,
 * relations.txt, cues.txt; anything else: IRKG_EINVAL). A malformed line
 * is IRKG_EPARSE with "FILE:LINE: why" in `error`. */
int irkg_patterns_read_file(irkg_patterns *p, const char *path, char *error,
			    size_t error_size);

/* Read events-*.txt, relations.txt and cues.txt of the directory `dir`,
 * its words.txt into the lexicon (irkg_patterns_lexicon) and its
 * modality.txt into the modality table (irkg_patterns_modality); then add
 * the passive of each event pattern made of a verb and its object noun
 * ("host* [the] summit|talks" gives "summit|talks host* by SRC": "talks
 * hosted by Turkey"), keeping the code, file and line, with `derived`
 * set. */
int irkg_patterns_read_dir(irkg_patterns *p, const char *dir, char *error,
			   size_t error_size);

/* Add one pattern line, "CODE<TAB>PATTERN" in the syntax of the pattern
 * files, of `kind`, as read from `file` at `line` (the name is copied, for
 * --explain and for messages). How other formats become patterns
 * (dictionary.h). A malformed line is IRKG_EPARSE with "FILE:LINE: why" in
 * `error` and adds nothing; IRKG_ENOMEM likewise. */
int irkg_patterns_add(irkg_patterns *p, enum irkg_pattern_kind kind,
		      const char *file, unsigned line, const char *text,
		      char *error, size_t error_size);

size_t irkg_patterns_count(const irkg_patterns *p);

/* The words the rules test (words.txt of the directory read), which the
 * mention finder and the event engine classify every word with. Borrowed:
 * valid until irkg_patterns_free. */
const irkg_lexicon *irkg_patterns_lexicon(const irkg_patterns *p);

/* What cues make of an act's CAMEO code (modality.txt of the directory
 * read). Borrowed: valid until irkg_patterns_free. */
const irkg_modality_table *irkg_patterns_modality(const irkg_patterns *p);

/* The stem of the normalised word `w` (`len` bytes) into buf (NUL-ended,
 * cut to size). */
void irkg_patterns_stem(irkg_patterns *p, const char *w, size_t len, char *buf,
			size_t size);

/* The patterns whose head element has an alternative equal to the word
 * `norm` or, for stem alternatives, to `stem`: *exact and *stemmed (each
 * with its count; borrowed, NULL when none). */
void irkg_patterns_lookup(const irkg_patterns *p, const char *norm,
			  const char *stem,
			  const struct irkg_pattern *const **exact,
			  size_t *n_exact,
			  const struct irkg_pattern *const **stemmed,
			  size_t *n_stemmed);

/* Whether alternative `a` matches a token with normal form `norm` and stem
 * `stem`. */
int irkg_alternative_matches(const struct irkg_alternative *a, const char *norm,
			     const char *stem);

#endif
