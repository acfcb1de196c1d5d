/* Internal to the event engine (event.c and its rooms: clause, match,
 * modality, roles, target, setting, explain, merge): the article being read
 * for facts, the sentence at hand, and the queries on it that every room
 * asks. Not part of irkg's API. */
#ifndef IRKG_EVENT_FINDER_H
#define IRKG_EVENT_FINDER_H

#include <stddef.h>

#include "event.h"
#include "lexicon.h"

#define STEM_MAX 64
/* How far a pattern may start before its head word (slots first). */
#define MAX_LEAD 10
/* How far after a match an unslotted target may be. */
#define TARGET_REACH 3
/* ... of a hostile act, whose object is often what someone did ("criticised
 * the deployment of U.S. warships"); 6 was tried and lost more correct
 * targets than it found on the test set */
#define HOSTILE_REACH 3
/* ... and of a relation: "an agreement on sharing intelligence with Japan" */
#define RELATION_REACH 8
/* How many words may separate a cue from the match it acts on. */
#define CUE_REACH 3
/* ... when the match is a verb after "and" that shares the cue's subject
 * ("would open its border with Armenia, and establish ...") */
#define COORDINATED_REACH 12

/* What irkg_facts_find gives: facts, and the actor and evidence lists
 * they address. */
struct irkg_facts {
	struct irkg_fact *list;
	size_t n, cap;
	size_t *actors;
	size_t n_actors, cap_actors;
	size_t *evidence;
	size_t n_evidence, cap_evidence;
};

/* Coordinated actor mentions: "The United States, South Korea and Japan". */
struct unit {
	size_t first, end;		/* tokens */
	size_t first_member, n_members; /* into members[] */
	int place; /* a place: only the target of a visit */
};

/* A cue of the sentence (cues.txt): "threatened to", "said". */
struct cue {
	size_t first, end;
	const char *kind;
	const struct irkg_pattern *pattern;
};

/* A match of one pattern before it becomes a fact. */
struct event_match {
	const struct irkg_pattern *pattern;
	size_t first, end, head;
	long src, tgt; /* unit indexes bound by SRC/TGT, or -1 */
};

enum boundary { NO_BOUNDARY, WEAK_BOUNDARY, STRONG_BOUNDARY };

/* One irkg_facts_find call: the article, and the sentence at hand with
 * what clause.c and match.c found in it. */
struct event_finder {
	irkg_patterns *p;
	const irkg_lexicon *lexicon; /* p's words (words.txt) */
	const struct irkg_document *doc;
	struct irkg_words w; /* the article's words (text.h), with kinds */
	const struct irkg_token *tokens;
	const struct irkg_sentence *sentences;
	size_t n_sentences;
	irkg_word_kinds *kinds; /* w.kinds, owned */
	const struct irkg_mention *mentions;
	size_t n_mentions;
	const size_t *group_members;
	irkg_facts *out;
	const struct irkg_explain *explain; /* where to say why, or NULL */
	char *said;			    /* the lines being written for it */
	size_t n_said, cap_said;
	int said_failed; /* it could not grow: explain.c */
	/* the sentence at hand */
	size_t s_first, s_end, sentence;
	char (*stems)[STEM_MAX];
	unsigned char *boundary;  /* enum boundary per token */
	unsigned char *quoted;	  /* 1: inside a quotation that is speech */
	unsigned char *relative;  /* 1: inside ", who|whose|which ... ," */
	unsigned char *free_word; /* 1: an amount, count or date word that
				   * gaps pass (match.c) */
	long *unit_at;		  /* unit starting at a token, or -1 */
	long *place_at;		  /* place unit starting at a token, or -1 */
	long *unit_of;		  /* unit covering a token, or -1 */
	struct unit *units;
	size_t n_units, cap_units;
	size_t *members;
	size_t n_members, cap_members;
	struct cue *cues;
	size_t n_cues, cap_cues;
	struct event_match *matches;
	size_t n_matches, cap_matches;
	size_t mention_cursor;
	size_t date_cursor; /* the sentence's first date in doc->dates, which
			     * are in sentence order */
};

/* Ready *f to read `doc` with `p`, saying why through `explain` (or
 * NULL): the words.txt kinds of every word of the article, room for its
 * longest sentence, and an empty f->out. Returns 0 or IRKG_ENOMEM; either
 * way irkg_finder_close(f) frees what it holds. */
int irkg_finder_open(struct event_finder *f, irkg_patterns *p,
		     const struct irkg_document *doc,
		     const struct irkg_explain *explain);

/* Make sentence i (< f->n_sentences) the sentence at hand, with the
 * Snowball stems of its words; clause.c and match.c then
 * find its units, clauses and matches. */
void irkg_finder_sentence(struct event_finder *f, size_t i);

/* Free what f holds, f->out included unless the caller took it (set it
 * NULL). */
void irkg_finder_close(struct event_finder *f);

/* Make room for element n of *array (of *cap elements of `size` bytes),
 * doubling it. Returns 0 or IRKG_ENOMEM (the array unchanged). */
int irkg_finder_grow(void **array, size_t *cap, size_t n, size_t size);

/* The CAMEO root of a code: "042" -> 4, "1312" -> 13. */
int irkg_event_root(const char *code);

/* Whether the stem of token t (of the sentence at hand) is a word of
 * `kind` (lexicon.h). */
int irkg_finder_stem_is_a(const struct event_finder *f, size_t t, int kind);

/* Whether token t's stem is a verb-stem meaning `meaning` ("agree",
 * "promise", "protest"; words.txt). */
int irkg_finder_stem_means(const struct event_finder *f, size_t t,
			   const char *meaning);

/* The actor code of member `member` of f->members, or NULL. */
const char *irkg_finder_member_code(const struct event_finder *f,
				    size_t member);

/* Whether every coded member of unit b has a code found in unit a. */
int irkg_finder_same_actors(const struct event_finder *f, long a, long b);

/* Whether unit u (or -1) has a member with an actor code. */
int irkg_finder_coded(const struct event_finder *f, long u);

/* Whether token t could be a word of the noun a state adjective opens. */
int irkg_finder_noun_word(const struct event_finder *f, size_t t);

/* Whether unit u ends in a state adjective ("Chinese", "Philippine"). */
int irkg_finder_ends_in_adjective(const struct event_finder *f, long u);

/* The unit starting at token t, or after "the", "a", "his" … there
 * ("by the Kosovo police"), or after an "X-led" or "X-backed" ("the
 * Moscow-led CSTO"); or -1. */
long irkg_finder_unit_past_article(const struct event_finder *f, size_t t);

#endif
