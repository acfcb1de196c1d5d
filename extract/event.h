/* Facts: CAMEO-coded events and relations that hold over time, read from an
 * analysed article with the patterns of ontology/patterns (sparse parsing:
 * actor, verb phrase, actor), negation and modality cues, compound actors,
 * reported speech, and one fact for an event told twice. */
#ifndef IRKG_EVENT_H
#define IRKG_EVENT_H

#include <stddef.h>

#include "article.h"
#include "pattern.h"

enum irkg_fact_kind {
	IRKG_FACT_EVENT,   /* code: a CAMEO code */
	IRKG_FACT_RELATION /* code: "alliance", "dispute", "partnership",
			    * "rivalry", "sanctions", "agreement",
			    * "agreement.signed" ... "trend.worse" */
};

struct irkg_fact {
	enum irkg_fact_kind kind;
	const char *code;
	const struct irkg_pattern *pattern; /* the pattern that matched */
	const char *cue;		    /* the cue that changed the code
					     * ("threat", "appeal", "intent"),
					     * or NULL */
	int planned;			    /* announced, expected, scheduled */
	int mutual;			    /* done to each other: "exchanged
					     * fire", "clashed" */
	int reciprocal;			    /* each did it to the other:
					     * "accused each other" */
	int with_unnamed;		    /* done with others not named:
					     * "ease tensions with their
					     * neighbours"; no pairs among the
					     * sources */
	size_t sentence;		    /* the first evidence */
	size_t first_token, end_token;	    /* the words matched there */
	size_t first_source, n_sources;	    /* into irkg_facts_actors(): */
	size_t first_target, n_targets;	    /* mention indexes of actors */
	struct irkg_date date;
	enum irkg_date_precision date_precision;
	size_t issue;	 /* mention index of the issue, or IRKG_MENTION_NONE */
	size_t place;	 /* mention index of the place, or IRKG_MENTION_NONE */
	size_t reporter; /* who said so ("the ministry said"): a mention
			  * index, or IRKG_MENTION_NONE */
	size_t first_evidence, n_evidence; /* into irkg_facts_evidence(): all
					    * sentences telling it, the first
					    * one included */
};

typedef struct irkg_facts irkg_facts;

/* Whether fact x is an act done between other parties, not with them
 * (its pattern's between_others, docs/patterns.md), as its pattern codes
 * it: "urged Qatar to mediate" is an appeal to Qatar, not mediation. */
int irkg_fact_between_others(const struct irkg_fact *x);

/* Where irkg_facts_find says why it found what it found (irkg extract
 * --explain): `say` is called with `data` and one or more whole lines of
 * text, each ending in '\n', sentence by sentence. `text` is borrowed for
 * the call. */
struct irkg_explain {
	void (*say)(void *data, const char *text, size_t length);
	void *data;
};

/* Read the facts of `doc` with the patterns `p` (whose stemmer it uses).
 * With `explain` (or NULL), say, sentence by sentence, the actors and cues
 * found and every match with what became of it. On success *out belongs to
 * the caller (irkg_facts_free) and borrows `doc`'s mentions by index.
 * Returns 0, IRKG_EINVAL or IRKG_ENOMEM (*out NULL). */
int irkg_facts_find(irkg_patterns *p, const struct irkg_document *doc,
		    const struct irkg_explain *explain, irkg_facts **out);

void irkg_facts_free(irkg_facts *f);

const struct irkg_fact *irkg_facts_list(const irkg_facts *f, size_t *count);

/* Actor mention indexes, addressed by first_source/n_sources and
 * first_target/n_targets: never groups or pronouns (those are resolved to
 * the mentions they stand for). */
const size_t *irkg_facts_actors(const irkg_facts *f);

/* Sentence indexes, addressed by first_evidence/n_evidence. */
const size_t *irkg_facts_evidence(const irkg_facts *f);

/* One pair of actors of a fact, as mention indexes. */
struct irkg_dyad {
	size_t source, target;
};

/* The dyads of fact `x` (of `f`, whose mentions are `m`): every source
 * with every target of another actor code; for a fact without targets,
 * every pair of its sources' distinct codes (a compound actor: "A, B and C
 * met"; for a hostile act only when it is mutual, "A and B exchanged
 * fire"; both ways when each did it to the other, "A and B expelled each
 * other's diplomats"), and without sources, of its targets' ("tensions
 * between the two nations"). One dyad per pair of codes; actors without a code
 * are left out. Writes at most `max` and returns how many there are. */
size_t irkg_fact_dyads(const irkg_facts *f, const struct irkg_fact *x,
		       const struct irkg_mention *m, struct irkg_dyad *out,
		       size_t max);

#endif
