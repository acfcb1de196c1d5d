/* Facts from an analysed article (see event.h): for each sentence, actor
 * units (coordinated mentions), clause boundaries and cues; every pattern
 * keyed by a word of the sentence is matched around it, the longest match
 * at each head wins, and the actors of its slots, or else the clause's
 * subject and first object, become its sources and targets. */
#include "event.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

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

struct cue {
	size_t first, end;
	const char *kind;
	const struct irkg_pattern *pattern;
};

/* A match of one pattern before it becomes a fact. */
struct match {
	const struct irkg_pattern *pattern;
	size_t first, end, head;
	long src, tgt; /* unit indexes bound by SRC/TGT, or -1 */
};

enum boundary { NO_BOUNDARY, WEAK_BOUNDARY, STRONG_BOUNDARY };

struct finder {
	irkg_patterns *p;
	const struct irkg_document *doc;
	const char *norm;
	const struct irkg_token *tokens;
	const struct irkg_sentence *sentences;
	const struct irkg_mention *mentions;
	size_t n_mentions;
	const size_t *group_members;
	irkg_facts *out;
	FILE *explain; /* where to say why, or NULL */
	/* the sentence at hand */
	size_t s_first, s_end, sentence;
	char (*stems)[STEM_MAX];
	unsigned char *boundary; /* enum boundary per token */
	unsigned char *quoted;	 /* 1: inside a quotation that is speech */
	unsigned char *relative; /* 1: inside ", who|whose|which ... ," */
	long *unit_at;		 /* unit starting at a token, or -1 */
	long *place_at;		 /* place unit starting at a token, or -1 */
	long *unit_of;		 /* unit covering a token, or -1 */
	struct unit *units;
	size_t n_units, cap_units;
	size_t *members;
	size_t n_members, cap_members;
	struct cue *cues;
	size_t n_cues, cap_cues;
	struct match *matches;
	size_t n_matches, cap_matches;
	size_t mention_cursor;
	size_t date_cursor; /* the sentence's first date in doc->dates, which
			     * are in sentence order */
};

static int grow(void **array, size_t *cap, size_t n, size_t size)
{
	void *grown;
	size_t c;

	if (n < *cap)
		return IRKG_OK;
	c = *cap ? 2 * *cap : 16;
	grown = realloc(*array, c * size);
	if (!grown)
		return IRKG_ENOMEM;
	*array = grown;
	*cap = c;
	return IRKG_OK;
}

/* The CAMEO root of a code: "042" -> 4, "1312" -> 13. */
static int atoi_root(const char *code)
{
	return (code[0] - '0') * 10 + (code[1] - '0');
}

static const char *word(const struct finder *f, size_t t)
{
	return f->norm + f->tokens[t].norm;
}

static int word_is(const struct finder *f, size_t t, const char *w)
{
	return strcmp(word(f, t), w) == 0;
}

static int word_in(const struct finder *f, size_t t, const char *const *set)
{
	return irkg_text_word_in(f->doc->text, t, set);
}

/* Whether token t's stem is one of `set`. */
static int word_in_stems(const struct finder *f, size_t t,
			 const char *const *set)
{
	const char *w = f->stems[t - f->s_first];

	for (; *set; set++)
		if (strcmp(*set, w) == 0)
			return 1;
	return 0;
}

/* ---- the sentence's actors ---- */

static const char *const possessives[] = {"his", "her", "its", "their", NULL};
/* People who act for a state: "their diplomats", "its troops". */
static const char *const agent_nouns[] = {
	"diplomats",   "ministers",   "leaders",     "officials",
	"envoys",      "negotiators", "delegations", "delegates",
	"militaries",  "forces",      "troops",	     "navies",
	"armies",      "presidents",  "premiers",    "representatives",
	"ambassadors", "governments", NULL};

static int push_member(struct finder *f, size_t mention)
{
	size_t k;

	for (k = f->units[f->n_units - 1].first_member; k < f->n_members; k++)
		if (f->members[k] == mention)
			return IRKG_OK;
	if (grow((void **)&f->members, &f->cap_members, f->n_members,
		 sizeof(*f->members)))
		return IRKG_ENOMEM;
	f->members[f->n_members++] = mention;
	f->units[f->n_units - 1].n_members++;
	return IRKG_OK;
}

/* The actors a mention stands for, added to the last unit. */
static int add_actor(struct finder *f, size_t index)
{
	const struct irkg_mention *x = &f->mentions[index];
	size_t k;
	int rc;

	if (x->how == IRKG_MENTION_GROUP) {
		for (k = 0; k < x->n_members; k++) {
			rc = push_member(f,
					 f->group_members[x->first_member + k]);
			if (rc)
				return rc;
		}
		return IRKG_OK;
	}
	if (x->how == IRKG_MENTION_PRONOUN)
		return x->antecedent == IRKG_MENTION_NONE
			       ? IRKG_OK
			       : push_member(f, x->antecedent);
	return push_member(f, index);
}

static int is_actor_mention(const struct finder *f, size_t index)
{
	const struct irkg_mention *x = &f->mentions[index];

	if (x->kind != IRKG_ENTITY_STATE && x->kind != IRKG_ENTITY_PERSON &&
	    x->kind != IRKG_ENTITY_ORGANISATION && x->kind != IRKG_ENTITY_BODY)
		return 0;
	/* "his counterparts", "their military aid": the counterparts and
	 * the aid are what the sentence is about, not "his" or "their" */
	if ((x->how == IRKG_MENTION_PRONOUN || x->how == IRKG_MENTION_GROUP) &&
	    x->n_tokens == 1 && word_in(f, x->first_token, possessives)) {
		/* ... but "their top diplomats met": people of theirs act
		 * for them */
		size_t t;

		for (t = x->first_token + 1;
		     t < f->s_end && t <= x->first_token + 3; t++)
			if (word_in(f, t, agent_nouns))
				return 1;
		return 0;
	}
	return 1;
}

/* Only "," "and" "&" between tokens a and b (see mention.h). */
static int joined(const struct finder *f, size_t a, size_t b)
{
	return irkg_mentions_joining(f->doc->text, a, b);
}

static int build_units(struct finder *f)
{
	size_t i, t;
	int rc;

	f->n_units = 0;
	f->n_members = 0;
	for (t = f->s_first; t < f->s_end; t++) {
		f->unit_at[t - f->s_first] = -1;
		f->unit_of[t - f->s_first] = -1;
		f->place_at[t - f->s_first] = -1;
	}
	while (f->mention_cursor < f->n_mentions &&
	       f->mentions[f->mention_cursor].sentence < f->sentence)
		f->mention_cursor++;
	while (f->date_cursor < f->doc->n_dates &&
	       f->doc->dates[f->date_cursor].sentence < f->sentence)
		f->date_cursor++;
	for (i = f->mention_cursor;
	     i < f->n_mentions && f->mentions[i].sentence == f->sentence; i++) {
		const struct irkg_mention *x = &f->mentions[i];
		struct unit *u = f->n_units ? &f->units[f->n_units - 1] : NULL;

		if (x->kind == IRKG_ENTITY_PLACE && x->code) {
			/* "visited Tokyo and Seoul": a unit of its own */
			if (!u || !u->place ||
			    !joined(f, u->end, x->first_token)) {
				rc = grow((void **)&f->units, &f->cap_units,
					  f->n_units, sizeof(*f->units));
				if (rc)
					return rc;
				u = &f->units[f->n_units++];
				u->first = x->first_token;
				u->first_member = f->n_members;
				u->n_members = 0;
				u->place = 1;
			}
			u->end = x->first_token + x->n_tokens;
			rc = push_member(f, i);
			if (rc)
				return rc;
			continue;
		}
		if (!is_actor_mention(f, i))
			continue;
		/* "spoke with Iwaya, and the two agreed": a group after a
		 * comma is a new subject, not one more member ("Blinken and
		 * the two ministers" is one actor) */
		if (!u || u->place || !joined(f, u->end, x->first_token) ||
		    (x->how == IRKG_MENTION_GROUP && word_is(f, u->end, ","))) {
			rc = grow((void **)&f->units, &f->cap_units, f->n_units,
				  sizeof(*f->units));
			if (rc)
				return rc;
			u = &f->units[f->n_units++];
			u->first = x->first_token;
			u->first_member = f->n_members;
			u->n_members = 0;
			u->place = 0;
		}
		u->end = x->first_token + x->n_tokens;
		rc = add_actor(f, i);
		if (rc)
			return rc;
	}
	for (i = 0; i < f->n_units; i++) {
		if (f->units[i].place) {
			f->place_at[f->units[i].first - f->s_first] = (long)i;
			continue;
		}
		f->unit_at[f->units[i].first - f->s_first] = (long)i;
		for (t = f->units[i].first; t < f->units[i].end; t++)
			f->unit_of[t - f->s_first] = (long)i;
	}
	return IRKG_OK;
}

/* ---- clauses and quotations ---- */

static const char *const strong_words[] = {
	";",	  ":",	   "but", "while", "whereas", "although",
	"though", "which", "who", "whom",  "whose",   NULL};
static const char *const weak_words[] = {
	"after",   "before",  "as",	 "when", "since",
	"because", "despite", "that",	 "if",	 "unless",
	"until",   "where",   "whether", "amid", NULL};

/* Whether "as" at token t names a role ("describe each other as
 * strategic partners", "praised Turkey as an ally") rather than opening a
 * clause ("as their top diplomats met"). */
static int as_preposition(const struct finder *f, size_t t)
{
	static const char *const naming[] = {
		"other",      "describe",   "describes", "described", "regard",
		"regards",    "regarded",   "view",	 "views",     "viewed",
		"see",	      "sees",	    "seen",	 "saw",	      "such",
		"known",      "designated", "labelled",	 "labeled",   "branded",
		"recognised", "recognized", "serve",	 "serves",    "served",
		"serving",    NULL};
	static const char *const articles[] = {"a", "an", NULL};
	size_t next = t + 1;

	if (next < f->s_end && word_is(f, next, "\""))
		next++;
	return (next < f->s_end && word_in(f, next, articles)) ||
	       (t > f->s_first && word_in(f, t - 1, naming));
}

static void mark_clauses(struct finder *f)
{
	size_t t;
	int open = 0, speech = 0, in_relative = 0;

	for (t = f->s_first; t < f->s_end; t++) {
		size_t k = t - f->s_first;

		/* ", whose country holds the ASEAN chair," is an aside: what
		 * it names is not the subject of the verb after it */
		if (t > f->s_first && word_is(f, t - 1, ",") &&
		    (word_is(f, t, "who") || word_is(f, t, "whose") ||
		     word_is(f, t, "which")))
			in_relative = 1;
		else if (in_relative && word_is(f, t, ","))
			in_relative = 0;
		f->relative[k] = (unsigned char)in_relative;
		f->boundary[k] = word_in(f, t, strong_words) ? STRONG_BOUNDARY
				 : word_in(f, t, weak_words) ? WEAK_BOUNDARY
							     : NO_BOUNDARY;
		if (word_is(f, t, "as") && as_preposition(f, t))
			f->boundary[k] = NO_BOUNDARY;
		/* A quotation that opens the sentence or follows ":" or ","
		 * is someone's words: no event is read inside it. */
		if (word_is(f, t, "\"")) {
			if (!open)
				speech = t == f->s_first ||
					 word_is(f, t - 1, ":") ||
					 word_is(f, t - 1, ",");
			open = !open;
			f->quoted[k] = 0;
			continue;
		}
		f->quoted[k] = open && speech;
	}
}

/* ---- matching ---- */

static int token_matches(const struct finder *f, size_t t,
			 const struct irkg_element *e)
{
	size_t k;

	for (k = 0; k < e->n_alternatives; k++)
		if (irkg_alternative_matches(&e->alternatives[k], word(f, t),
					     f->stems[t - f->s_first]))
			return 1;
	return 0;
}

/* Words before an actor that a slot passes over: "allies of the United
 * States", "met with his Japanese counterpart". */
static const char *const determiners[] = {"the",   "his", "her", "its",
					  "their", "a",	  "an",	 NULL};

/* Counts before an actor: "arrested four Ethiopian nationals". */
static const char *const count_words[] = {"two", "three",  "four",    "five",
					  "six", "seven",  "eight",   "nine",
					  "ten", "dozens", "several", NULL};

/* Words that end the noun after a state adjective: "Chinese coast guard
 * vessels of", "the Somali National Army, the ministry said". */
static const char *const noun_stops[] = {
	"of",	 "to",	   "and",   "or",   "the",     "a",    "an",
	"in",	 "on",	   "at",    "for",  "with",    "by",   "from",
	"that",	 "who",	   "which", "said", "says",    "had",  "has",
	"have",	 "was",	   "were",  "is",   "are",     "will", "would",
	"could", "should", "not",   ",",    ".",       "\"",   "'s",
	"'",	 "over",   "after", "into", "against", NULL};

/* Whether token t could be a word of the noun a state adjective opens. */
static int noun_word(const struct finder *f, size_t t)
{
	return t < f->s_end && f->unit_of[t - f->s_first] < 0 &&
	       f->boundary[t - f->s_first] == NO_BOUNDARY &&
	       !word_in(f, t, noun_stops) && !word_in(f, t, determiners);
}

/* Whether unit u ends in a state adjective ("Chinese", "Philippine"). */
static int ends_in_adjective(const struct finder *f, long u)
{
	const struct unit *x = &f->units[u];

	return x->n_members &&
	       f->mentions[f->members[x->first_member + x->n_members - 1]]
			       .how == IRKG_MENTION_ADJECTIVE;
}

/* The unit starting at token t, or after "the", "a", "his" … there
 * ("by the Kosovo police"); or -1. */
static long unit_past_article(const struct finder *f, size_t t)
{
	long u;

	if (t >= f->s_end)
		return -1;
	u = f->unit_at[t - f->s_first];
	if (u < 0 && t + 1 < f->s_end && word_in(f, t, determiners))
		u = f->unit_at[t + 1 - f->s_first];
	return u;
}

/* Match elements [i, n) of `pat` from token `pos`; the head element must
 * land on m->head. Records the end and the slots in *m. */
static int match_from(const struct finder *f, struct match *m, size_t i,
		      size_t pos)
{
	const struct irkg_pattern *pat = m->pattern;
	const struct irkg_element *e;
	size_t k;

	if (i == pat->n_elements) {
		m->end = pos;
		return 1;
	}
	e = &pat->elements[i];
	/* Quotation marks inside a phrase are not words of it: voiced "deep
	 * disappointment". */
	while (i != pat->head && pos < f->s_end && pos > m->first &&
	       word_is(f, pos, "\""))
		pos++;
	if (i == pat->head && pos != m->head)
		return 0;
	switch (e->kind) {
	case IRKG_ELEMENT_WORD:
		if (pos < f->s_end && token_matches(f, pos, e) &&
		    match_from(f, m, i + 1, pos + 1))
			return 1;
		return e->optional && i != pat->head &&
		       match_from(f, m, i + 1, pos);
	case IRKG_ELEMENT_SRC:
	case IRKG_ELEMENT_TGT: {
		/* "allies of the United States": the article is not part of
		 * every name */
		long u = unit_past_article(f, pos);
		long *slot = e->kind == IRKG_ELEMENT_SRC ? &m->src : &m->tgt;

		/* "arrested four Ethiopian nationals", "the two Chinese" */
		if (u < 0 && pos + 1 < f->s_end &&
		    (word_in(f, pos, count_words) ||
		     (word(f, pos)[0] >= '0' && word(f, pos)[0] <= '9')))
			u = f->unit_at[pos + 1 - f->s_first];
		if (u < 0 && pos + 2 < f->s_end &&
		    word_in(f, pos, determiners) &&
		    word_in(f, pos + 1, count_words))
			u = f->unit_at[pos + 2 - f->s_first];
		/* "talks between delegations from Congo and Rwanda": people
		 * from a state act for it */
		if (u < 0 && pos + 2 < f->s_end &&
		    word_in(f, pos, agent_nouns) &&
		    (word_is(f, pos + 1, "from") ||
		     word_is(f, pos + 1, "of"))) {
			u = f->unit_at[pos + 2 - f->s_first];
			if (u < 0 && pos + 3 < f->s_end &&
			    word_is(f, pos + 2, "the"))
				u = f->unit_at[pos + 3 - f->s_first];
		}
		/* A place is the target of a visit or a hosting (04x):
		 * "visited Tokyo and Seoul" is a visit to Japan and to
		 * South Korea. */
		/* ... and of an attack: "shelled Kharkiv" hit Ukraine */
		if (u < 0 && pos < f->s_end && e->kind == IRKG_ELEMENT_TGT &&
		    pat->kind == IRKG_PATTERN_EVENT &&
		    (strncmp(pat->code, "04", 2) == 0 ||
		     atoi_root(pat->code) >= 18))
			u = f->place_at[pos - f->s_first];

		if (u < 0)
			return 0;
		*slot = u;
		if (match_from(f, m, i + 1, f->units[u].end))
			return 1;
		/* "accused Chinese coast guard vessels of": a state
		 * adjective stands for the noun it opens */
		if (ends_in_adjective(f, u) && i + 1 < pat->n_elements)
			for (k = f->units[u].end;
			     k < f->units[u].end + 3 && noun_word(f, k); k++)
				if (match_from(f, m, i + 1, k + 1))
					return 1;
		/* "relations between SRC and TGT" over one coordination
		 * ("between the Philippines and China"): both slots */
		if (e->kind == IRKG_ELEMENT_SRC && f->units[u].n_members >= 2 &&
		    i + 2 < pat->n_elements &&
		    pat->elements[i + 1].kind == IRKG_ELEMENT_WORD &&
		    pat->elements[i + 1].n_alternatives == 1 &&
		    strcmp(pat->elements[i + 1].alternatives[0].text, "and") ==
			    0 &&
		    pat->elements[i + 2].kind == IRKG_ELEMENT_TGT) {
			m->tgt = u;
			if (match_from(f, m, i + 3, f->units[u].end))
				return 1;
			m->tgt = -1;
		}
		*slot = -1;
		return 0;
	}
	case IRKG_ELEMENT_GAP:
		for (k = 0; k <= IRKG_PATTERN_GAP && pos + k <= f->s_end; k++) {
			if (k && (f->unit_of[pos + k - 1 - f->s_first] >= 0 ||
				  f->boundary[pos + k - 1 - f->s_first] ==
					  STRONG_BOUNDARY))
				break;
			if (match_from(f, m, i + 1, pos + k))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* The best match of `pat` around head h (0 when none). */
static int match_at(const struct finder *f, const struct irkg_pattern *pat,
		    size_t h, struct match *best)
{
	size_t start = h > f->s_first + MAX_LEAD ? h - MAX_LEAD : f->s_first;
	size_t s;

	if (pat->head == 0)
		start = h;
	for (s = start; s <= h; s++) {
		struct match m = {pat, s, 0, h, -1, -1};

		if (match_from(f, &m, 0, s)) {
			*best = m;
			return 1;
		}
	}
	return 0;
}

static int longer(const struct match *a, const struct match *b)
{
	size_t la = a->end - a->first, lb = b->end - b->first;

	if (la != lb)
		return la > lb;
	return strlen(a->pattern->code) > strlen(b->pattern->code);
}

/* Every pattern keyed by a word of the sentence: the best at each head
 * word goes to f->matches (events and relations) or f->cues. */
static int find_matches(struct finder *f)
{
	size_t t, k, pass;
	int rc;

	f->n_matches = 0;
	f->n_cues = 0;
	for (t = f->s_first; t < f->s_end; t++) {
		const struct irkg_pattern *const *lists[2];
		size_t counts[2];
		struct match best_fact = {0}, best_cue = {0}, m;
		int have_fact = 0, have_cue = 0, have_relation = 0;
		struct match best_relation = {0};

		irkg_patterns_lookup(f->p, word(f, t), f->stems[t - f->s_first],
				     &lists[0], &counts[0], &lists[1],
				     &counts[1]);

		for (pass = 0; pass < 2; pass++)
			for (k = 0; k < counts[pass]; k++) {
				const struct irkg_pattern *pat = lists[pass][k];

				if (!match_at(f, pat, t, &m))
					continue;
				if (pat->kind == IRKG_PATTERN_CUE) {
					if (!have_cue || longer(&m, &best_cue))
						best_cue = m;
					have_cue = 1;
				} else if (pat->kind == IRKG_PATTERN_RELATION) {
					if (!have_relation ||
					    longer(&m, &best_relation))
						best_relation = m;
					have_relation = 1;
				} else {
					if (!have_fact ||
					    longer(&m, &best_fact))
						best_fact = m;
					have_fact = 1;
				}
			}
		if (have_cue) {
			rc = grow((void **)&f->cues, &f->cap_cues, f->n_cues,
				  sizeof(*f->cues));
			if (rc)
				return rc;
			f->cues[f->n_cues].first = best_cue.first;
			f->cues[f->n_cues].end = best_cue.end;
			f->cues[f->n_cues].kind = best_cue.pattern->code;
			f->cues[f->n_cues].pattern = best_cue.pattern;
			f->n_cues++;
		}
		for (pass = 0; pass < 2; pass++) {
			const struct match *add =
				pass ? &best_relation : &best_fact;

			if (!(pass ? have_relation : have_fact))
				continue;
			rc = grow((void **)&f->matches, &f->cap_matches,
				  f->n_matches, sizeof(*f->matches));
			if (rc)
				return rc;
			f->matches[f->n_matches++] = *add;
		}
	}
	return IRKG_OK;
}

/* ---- from a match to a fact ---- */

/* The cue kinds acting on a match that starts at `first`: 1 bit each. */
enum {
	CUE_NEGATE = 1,
	CUE_HYPOTHETICAL = 2,
	CUE_THREAT = 4,
	CUE_APPEAL = 8,
	CUE_INTENT = 16,
	CUE_PLAN = 32
};

static unsigned cues_on(const struct finder *f, size_t first)
{
	static const struct {
		const char *kind;
		unsigned bit;
	} kinds[] = {{"negate", CUE_NEGATE}, {"hypothetical", CUE_HYPOTHETICAL},
		     {"threat", CUE_THREAT}, {"appeal", CUE_APPEAL},
		     {"intent", CUE_INTENT}, {"plan", CUE_PLAN}};
	unsigned bits = 0;
	size_t c, d, k, t;

	for (c = 0; c < f->n_cues; c++) {
		const struct cue *q = &f->cues[c];
		int inside = 0, cut = 0;

		/* "could resolve the issue through negotiation": what
		 * might be holds to the end of its clause */
		int clause_wide = strcmp(q->kind, "hypothetical") == 0;

		if (q->end > first ||
		    (!clause_wide && q->end + CUE_REACH < first))
			continue;
		for (t = q->end; t < first; t++)
			cut |= f->boundary[t - f->s_first] != NO_BOUNDARY ||
			       (!clause_wide &&
				f->unit_of[t - f->s_first] >= 0) ||
			       /* "if Israel attacked again, and he accused
				* Washington": a new clause */
			       (word_is(f, t, ",") && t + 1 < first &&
				(word_is(f, t + 1, "and") ||
				 word_is(f, t + 1, "but")));
		if (cut)
			continue;
		/* "not rule out" (threat) holds "not" (negate): the longer
		 * cue speaks. */
		for (d = 0; d < f->n_cues && !inside; d++)
			inside = d != c && f->cues[d].first <= q->first &&
				 q->end <= f->cues[d].end &&
				 f->cues[d].end - f->cues[d].first >
					 q->end - q->first &&
				 f->cues[d].end <= first;
		if (inside)
			continue;
		for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			if (strcmp(q->kind, kinds[k].kind) == 0)
				bits |= kinds[k].bit;
	}
	return bits;
}

/* Whether a cue of kind "say" sits between tokens a and b. */
static int said_between(const struct finder *f, size_t a, size_t b)
{
	size_t c;

	for (c = 0; c < f->n_cues; c++)
		if (strcmp(f->cues[c].kind, "say") == 0 &&
		    f->cues[c].first >= a && f->cues[c].end <= b)
			return 1;
	return 0;
}

/* Words for the other side of a relation: "the Philippines' closest
 * security partners". */
static const char *const relational_nouns[] = {
	"partner", "partners",	"ally",	      "allies",	     "rival",
	"rivals",  "neighbour", "neighbours", "neighbor",    "neighbors",
	"friend",  "friends",	"adversary",  "adversaries", "enemy",
	"enemies", NULL};

/* Whether token t is "'s" or "'" and a relational noun follows within
 * three words: the actor before it owns a relation, it does not act. */
static int owns_relation(const struct finder *f, size_t t)
{
	size_t k;

	if (t >= f->s_end || !(word_is(f, t, "'s") || word_is(f, t, "'")))
		return 0;
	for (k = t + 1; k < f->s_end && k <= t + 3; k++)
		if (word_in(f, k, relational_nouns))
			return 1;
	return 0;
}

static const char *const object_prepositions[] = {
	"with",	   "to",    "for",     "at",	 "in",	    "on",
	"against", "by",    "between", "toward", "towards", "into",
	"over",	   "about", "than",    "among",	 "near",    NULL};

/* The subject of the clause before token `first`: the nearest unit. Across
 * "but" with no actor in between ("The two nations are allies of the
 * United States but have long had friction"), the subject the clauses
 * share: the first unit of the clause before "but". */
static long subject_before(const struct finder *f, size_t first,
			   int through_phrases)
{
	size_t t, k;

	for (t = first; t-- > f->s_first;) {
		long u = f->unit_of[t - f->s_first];

		/* "Hasan, whose country holds the ASEAN chair, urged": not
		 * ASEAN; "Egypt, which shares a border with Sudan, signed":
		 * not Sudan */
		if (u >= 0 && first > f->s_first &&
		    !f->relative[first - 1 - f->s_first] &&
		    f->relative[t - f->s_first]) {
			t = f->units[u].first;
			continue;
		}
		/* "reaffirmed their alliance with the United States at a
		 * meeting with ...": an actor after a preposition is not the
		 * subject, unless the act follows "with X" at once ("with
		 * South Korea pulling back"; but "forces in Yemen fired" are
		 * not Yemen) */
		if (u >= 0 && f->units[u].first > f->s_first + 1 &&
		    (f->units[u].end < first ||
		     !word_is(f, f->units[u].first - 1, "with")) &&
		    (word_in(f, f->units[u].first - 1, object_prepositions) ||
		     (word_in(f, f->units[u].first - 1, determiners) &&
		      word_in(f, f->units[u].first - 2,
			      object_prepositions)))) {
			t = f->units[u].first;
			continue;
		}
		/* "the Philippines' closest partners": an owner, not the
		 * subject */
		if (u >= 0 && f->units[u].end < first &&
		    owns_relation(f, f->units[u].end)) {
			t = f->units[u].first;
			continue;
		}
		if (u >= 0)
			return f->units[u].end <= first ? u : -1;
		if (f->boundary[t - f->s_first] == NO_BOUNDARY)
			continue;
		/* "Niger, Mali and Burkina Faso, which are bound by a pact":
		 * the relative pronoun stands for the actor before it */
		if ((word_is(f, t, "which") || word_is(f, t, "who") ||
		     word_is(f, t, "whose")) &&
		    t >= f->s_first + 2 && word_is(f, t - 1, ",") &&
		    f->unit_of[t - 2 - f->s_first] >= 0 &&
		    f->units[f->unit_of[t - 2 - f->s_first]].end == t - 1)
			return f->unit_of[t - 2 - f->s_first];
		/* "said he was optimistic after a telephone call with Wang
		 * Yi": "after" opens a phrase, not a clause */
		if (through_phrases &&
		    (word_is(f, t, "after") || word_is(f, t, "before") ||
		     word_is(f, t, "despite") || word_is(f, t, "amid")) &&
		    first - t <= 3)
			continue;
		if (!word_is(f, t, "but"))
			return -1;
		for (k = t; k > f->s_first &&
			    f->boundary[k - 1 - f->s_first] == NO_BOUNDARY;
		     k--)
			;
		for (; k < t; k++)
			if (f->unit_at[k - f->s_first] >= 0)
				return f->unit_at[k - f->s_first];
		return -1;
	}
	return -1;
}

/* "ECOWAS, which Niger quit in January": the actor before ", which" whose
 * clause the unit at token `first` is the subject of; or -1. */
static long relative_antecedent(const struct finder *f, size_t first)
{
	long u;

	if (first < f->s_first + 3 || !word_is(f, first - 1, "which") ||
	    !word_is(f, first - 2, ","))
		return -1;
	u = f->unit_of[first - 3 - f->s_first];
	return u >= 0 && f->units[u].end == first - 2 ? u : -1;
}

/* Whether the act at `first` has for subject people irkg does not code,
 * named just before it: "gunmen killed 26 people", "militants have
 * attacked". */
static int unnamed_doer(const struct finder *f, size_t first)
{
	static const char *const people[] = {
		"gunmen",     "militants",     "rebels",     "insurgents",
		"protesters", "demonstrators", "attackers",  "assailants",
		"terrorists", "jihadists",     "extremists", "pirates",
		"smugglers",  "bandits",       "hackers",    "mobs",
		"crowds",     "separatists",   "guerrillas", "fighters",
		NULL};
	static const char *const between[] = {"had",	    "have",	 "has",
					      "reportedly", "allegedly", NULL};
	size_t t = first;

	while (t > f->s_first && word_in(f, t - 1, between))
		t--;
	return t > f->s_first && word_in(f, t - 1, people) &&
	       !(t > f->s_first + 1 && f->unit_of[t - 2 - f->s_first] >= 0);
}

/* The unit owning the noun at token `first`: "Russia's invasion",
 * "the Georgian government's arrest"; or -1. */
static long possessor_before(const struct finder *f, size_t first)
{
	size_t t;
	long u;

	if (first < f->s_first + 2 ||
	    !(word_is(f, first - 1, "'s") || word_is(f, first - 1, "'")))
		return -1;
	t = first - 1;
	/* past the noun a state adjective opens: "Georgian government" */
	if (t > f->s_first + 1 && f->unit_of[t - 1 - f->s_first] < 0 &&
	    noun_word(f, t - 1))
		t--;
	u = f->unit_of[t - 1 - f->s_first];
	if (u < 0 || f->units[u].end != t ||
	    (t != first - 1 && !ends_in_adjective(f, u)))
		return -1;
	return u;
}

/* Whether unit u is the object of another act before m: its target
 * slot, or, when m follows "and" ("condemned what he called Venezuela's
 * violation and demanded"), a unit after that act's words. */
static int object_of_match(const struct finder *f, long u,
			   const struct match *m)
{
	int after_and =
		m->first > f->s_first && word_is(f, m->first - 1, "and");
	size_t k;

	for (k = 0; k < f->n_matches; k++) {
		const struct match *o = &f->matches[k];

		if (o == m || o->pattern->kind != IRKG_PATTERN_EVENT ||
		    o->end > m->first)
			continue;
		if (o->tgt == u || (after_and && o->end <= f->units[u].first &&
				    o->src != u && o->first > f->s_first &&
				    f->unit_of[o->first - 1 - f->s_first] != u))
			return 1;
	}
	return 0;
}

/* The subject of the sentence's main clause: its first unit that does
 * not follow a preposition, when it ends before token `before`; or -1.
 * "Iran's parliament ordered ..., accusing the agency of"; "Grossi told
 * reporters that ... was unjustified and urged Iran to". */
static long main_subject(const struct finder *f, size_t before)
{
	size_t i;

	for (i = 0; i < f->n_units; i++) {
		const struct unit *u = &f->units[i];

		if (u->place || u->end > before)
			return -1;
		if (u->first > f->s_first &&
		    (word_in(f, u->first - 1, object_prepositions) ||
		     (u->first > f->s_first + 1 &&
		      word_in(f, u->first - 1, determiners) &&
		      word_in(f, u->first - 2, object_prepositions))))
			continue;
		return (long)i;
	}
	return -1;
}

static const char *const topic_words[] = {
	"on", "over", "about",	   "regarding", "concerning", "in",
	"at", "near", "including", "toward",	"towards",    NULL};

/* The unit after "along with" or "together with" in the clause after token
 * `end`, or -1. */
static long co_actor_after(const struct finder *f, size_t end)
{
	size_t t;

	for (t = end; t + 2 < f->s_end && t < end + RELATION_REACH; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			return -1;
		if ((word_is(f, t, "along") || word_is(f, t, "together")) &&
		    word_is(f, t + 1, "with"))
			return f->unit_at[t + 2 - f->s_first];
	}
	return -1;
}

/* Whether token t is a word of a date expression of the sentence. */
static int in_date(const struct finder *f, size_t t)
{
	size_t i;

	for (i = f->date_cursor;
	     i < f->doc->n_dates && f->doc->dates[i].sentence == f->sentence;
	     i++) {
		const struct irkg_dated *d = &f->doc->dates[i];

		if (d->mention.first_token <= t &&
		    t < d->mention.first_token + d->mention.n_tokens)
			return 1;
	}
	return 0;
}

/* The first unit after token `end` that is not a topic ("cooperate on
 * North Korea") or a place, within the clause and `reach` words. */
static long object_after(const struct finder *f, size_t end, size_t reach,
			 int hostile, int skip_of)
{
	size_t t;

	for (t = end; t < f->s_end && t < end + reach; t++) {
		long u = f->unit_at[t - f->s_first];

		/* "imposed sanctions on Tuesday on seven U.S. contractors":
		 * a date or a count is not what stands between */
		if (u < 0 && (in_date(f, t) || word_in(f, t, count_words) ||
			      (word(f, t)[0] >= '0' && word(f, t)[0] <= '9')))
			reach++;
		/* The object is in the clause; a reaction's cause may follow
		 * "after" ("voiced disappointment after Tokyo ..."). */
		if (f->boundary[t - f->s_first] == STRONG_BOUNDARY ||
		    (f->boundary[t - f->s_first] == WEAK_BOUNDARY &&
		     !word_is(f, t, "after")))
			return -1;
		/* "condemned what he called Venezuela's violation": the
		 * speaker of the scare quote is not the object */
		if (u >= 0 && f->units[u].end < f->s_end &&
		    (word_is(f, f->units[u].end, "called") ||
		     word_is(f, f->units[u].end, "calls") ||
		     word_is(f, f->units[u].end, "described"))) {
			reach += f->units[u].end + 1 - t;
			t = f->units[u].end;
			continue;
		}
		if (u >= 0) {
			/* "sanctions on Russia", "pressure on Iran": after a
			 * hostile act, "on" and "against" name its target;
			 * after a cooperative one, its topic ("cooperate on
			 * North Korea") */
			/* "an agreement brokered by Qatar": the broker
			 * is no party */
			if (t > f->s_first && word_is(f, t - 1, "by"))
				continue;
			/* "met in the South Korean city of Busan" */
			size_t before = t - 1;

			if (t > f->s_first + 1 &&
			    word_in(f, t - 1, determiners))
				before = t - 2;
			if (t > f->s_first &&
			    ((word_in(f, before, topic_words) &&
			      !(hostile && (word_is(f, before, "on") ||
					    word_is(f, before, "at") ||
					    word_is(f, before, "against")))) ||
			     (skip_of && word_is(f, before, "of"))))
				continue;
			return u;
		}
	}
	return -1;
}

static const char *member_code(const struct finder *f, size_t member)
{
	return f->mentions[f->members[member]].code;
}

/* Whether every coded member of unit b has a code found in unit a. */
static int same_actors(const struct finder *f, long a, long b)
{
	size_t i, k;

	for (i = 0; i < f->units[b].n_members; i++) {
		const char *code = member_code(f, f->units[b].first_member + i);
		int found = 0;

		if (!code)
			continue;
		for (k = 0; k < f->units[a].n_members && !found; k++) {
			const char *other =
				member_code(f, f->units[a].first_member + k);

			found = other && strcmp(code, other) == 0;
		}
		if (!found)
			return 0;
	}
	return 1;
}

static int coded(const struct finder *f, long u)
{
	size_t i;

	for (i = 0; u >= 0 && i < f->units[u].n_members; i++)
		if (member_code(f, f->units[u].first_member + i))
			return 1;
	return 0;
}

/* A possessive unit just before token `first`, past adjectives ("the
 * Philippines' closest security partners"), or -1. */
static long owner_before(const struct finder *f, size_t first)
{
	size_t t;

	for (t = first; t > f->s_first && first - t < 4; t--) {
		if (owns_relation(f, t - 1)) {
			long u = t - 1 > f->s_first
					 ? f->unit_of[t - 2 - f->s_first]
					 : -1;

			return u >= 0 && f->units[u].end == t - 1 ? u : -1;
		}
		if (f->unit_of[t - 1 - f->s_first] >= 0 ||
		    f->boundary[t - 1 - f->s_first] != NO_BOUNDARY)
			return -1;
	}
	return -1;
}

/* CAMEO: a threat, an appeal or an intent to do what `code` names. */
static const char *recode(const char *code, unsigned cues)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');

	if (root == 2 || root == 3 || root == 13)
		return code; /* already an appeal, intent or threat */
	if (cues & CUE_THREAT) {
		if (strncmp(code, "163", 3) == 0)
			return "1312";
		if (strncmp(code, "162", 3) == 0)
			return "1311";
		if (root == 16)
			return "1313";
		if (root == 17)
			return "137";
		if (root >= 18)
			return "138";
		return "130";
	}
	if (cues & CUE_APPEAL) {
		static const char *const by_root[] = {
			"020", "020", "020", "020", "026", "022",
			"021", "023", "025", "020", "020"};

		return root <= 10 ? by_root[root] : "020";
	}
	if (cues & CUE_INTENT) {
		static const char *const by_root[] = {
			"030", "030", "030", "030", "036", "032",
			"031", "033", "035", "030", "030"};

		if (root >= 10)
			return recode(code, CUE_THREAT);
		return by_root[root];
	}
	return code;
}

static int add_actors(struct finder *f, long u, size_t *first, size_t *n)
{
	irkg_facts *out = f->out;
	size_t i;

	*first = out->n_actors;
	*n = 0;
	for (i = 0; u >= 0 && i < f->units[u].n_members; i++) {
		if (grow((void **)&out->actors, &out->cap_actors, out->n_actors,
			 sizeof(*out->actors)))
			return IRKG_ENOMEM;
		out->actors[out->n_actors++] =
			f->members[f->units[u].first_member + i];
		(*n)++;
	}
	return IRKG_OK;
}

/* Whether a date expression writes its year ("October 2025"). */
static int year_written(const struct finder *f, const struct irkg_dated *d)
{
	size_t t;

	for (t = d->mention.first_token;
	     t < d->mention.first_token + d->mention.n_tokens; t++)
		if (f->tokens[t].norm_length == 4 && word(f, t)[0] >= '1' &&
		    word(f, t)[0] <= '2')
			return 1;
	return 0;
}

/* The date expression nearest the head, in its sentence; none: 0. */
static void date_of(const struct finder *f, size_t head, struct irkg_fact *x)
{
	static const char *const weekdays[] = {
		"monday", "tuesday",  "wednesday", "thursday",
		"friday", "saturday", "sunday",	   NULL};
	const struct irkg_document *doc = f->doc;
	size_t i, best_distance = (size_t)-1, best = 0;

	x->date_precision = IRKG_DATE_NONE;
	for (i = f->date_cursor;
	     i < doc->n_dates && doc->dates[i].sentence == f->sentence; i++) {
		const struct irkg_dated *d = &doc->dates[i];
		size_t at = d->mention.first_token, distance;

		/* the dateline's date is when it was filed, not when it
		 * happened */
		if (d->mention.precision == IRKG_DATE_NONE ||
		    f->tokens[at].start < doc->article->dateline_length)
			continue;
		distance = at > head ? at - head : head - at;
		/* "hosted a summit of ECOWAS, which Niger quit in January":
		 * a date in a clause after the act's is that clause's (but
		 * "a war in June, during which ... bombed" dates the bombing)
		 */
		if (at > head) {
			size_t t;
			int strong = 0;

			for (t = head; t < at && !strong; t++)
				strong = f->boundary[t - f->s_first] ==
					 STRONG_BOUNDARY;
			if (strong)
				continue;
		}
		/* "travels to Abidjan on Thursday and is due in Sao Tome on
		 * Saturday": a date after the verb in its own clause comes
		 * first */
		if (at > head) {
			size_t t;
			int cut = 0;

			for (t = head; t < at && !cut; t++)
				cut = f->boundary[t - f->s_first] !=
				      NO_BOUNDARY;
			if (!cut)
				distance /= 4;
		}
		if (distance < best_distance) {
			best_distance = distance;
			best = i;
			x->date = d->mention.date;
			x->date_precision = d->mention.precision;
		}
	}
	/* "is expected to visit Damascus on Monday": a weekday of what is
	 * still to come is the next one, not the last */
	if (x->planned && x->date_precision == IRKG_DATE_DAY &&
	    doc->published.year) {
		const struct irkg_dated *d = &doc->dates[best];
		size_t t = d->mention.first_token + d->mention.n_tokens - 1;

		if (word_in(f, t, weekdays) &&
		    memcmp(&x->date, &doc->published, sizeof(x->date)) != 0) {
			struct irkg_date later = x->date;
			int k;

			/* seven days on, with the month and year carried */
			for (k = 0; k < 7; k++) {
				static const int days[] = {31, 28, 31, 30,
							   31, 30, 31, 31,
							   30, 31, 30, 31};
				int len = days[later.month - 1] +
					  (later.month == 2 &&
					   later.year % 4 == 0 &&
					   (later.year % 100 != 0 ||
					    later.year % 400 == 0));

				if (++later.day > len) {
					later.day = 1;
					if (++later.month > 12) {
						later.month = 1;
						later.year++;
					}
				}
			}
			x->date = later;
		}
	}
	/* "is expected to host him in February" in a June story: a month
	 * named without its year for what is still to come is the next one
	 * (the date reader takes the last one, as for past acts) */
	if (x->planned && doc->published.year &&
	    x->date_precision != IRKG_DATE_NONE &&
	    x->date_precision != IRKG_DATE_YEAR &&
	    (x->date.year < doc->published.year ||
	     (x->date.year == doc->published.year &&
	      x->date.month < doc->published.month)) &&
	    !year_written(f, &doc->dates[best]))
		x->date.year++;
}

/* The first mention of `kind` in the sentence after token `from` (the
 * issue of a dispute, the place of a meeting), or before it. */
static size_t mention_near(const struct finder *f, enum irkg_entity_kind kind,
			   size_t from)
{
	size_t i, before = IRKG_MENTION_NONE;

	for (i = f->mention_cursor;
	     i < f->n_mentions && f->mentions[i].sentence == f->sentence; i++) {
		if (f->mentions[i].kind != kind ||
		    f->mentions[i].how == IRKG_MENTION_METONYM)
			continue;
		if (f->mentions[i].first_token >= from)
			return i;
		before = i;
	}
	return before;
}

/* Where it happened: a place after "in", "at" or "near" in the clause of
 * the match, after it ("met in London") or before it ("In Moscow, the
 * ministry denounced ..."); the visited place of a visit. */
static size_t place_of(const struct finder *f, const struct match *m)
{
	static const char *const at_words[] = {"in", "at", "near", "outside",
					       NULL};
	size_t i, t, best = IRKG_MENTION_NONE;

	if (m->tgt >= 0 && f->units[m->tgt].place)
		return f->members[f->units[m->tgt].first_member];
	for (i = f->mention_cursor;
	     i < f->n_mentions && f->mentions[i].sentence == f->sentence; i++) {
		const struct irkg_mention *x = &f->mentions[i];
		size_t a, b;
		int cut = 0;

		if (x->kind != IRKG_ENTITY_PLACE ||
		    x->how != IRKG_MENTION_NAME ||
		    x->first_token == f->s_first ||
		    !word_in(f, x->first_token - 1, at_words))
			continue;
		a = x->first_token < m->first ? x->first_token : m->end;
		b = x->first_token < m->first ? m->first : x->first_token;
		for (t = a; t < b; t++)
			cut |= f->boundary[t - f->s_first] != NO_BOUNDARY;
		if (cut)
			continue;
		if (x->first_token >= m->end)
			return i; /* the nearest after */
		best = i;
	}
	return best;
}

/* "Relations deteriorated": the two states of the sentence, or none. */
static int trend_parties(struct finder *f, long *a, long *b)
{
	size_t i;

	*a = *b = -1;
	for (i = 0; i < f->n_units; i++) {
		const struct unit *u = &f->units[i];

		if (u->first > f->s_first &&
		    word_in(f, u->first - 1, topic_words))
			continue;
		if (!coded(f, (long)i))
			continue;
		if (*a < 0)
			*a = (long)i;
		else if (!same_actors(f, *a, (long)i) && *b < 0)
			*b = (long)i;
		else if (!same_actors(f, *a, (long)i) &&
			 !same_actors(f, *b, (long)i))
			return 0; /* three or more: not guessed */
	}
	return *a >= 0 && *b >= 0;
}

/* The words of tokens [a, b) of the article. */
static void explain_words(const struct finder *f, size_t a, size_t b)
{
	const char *body = f->doc->article->body;

	if (a < b)
		fprintf(f->explain, "\"%.*s\"",
			(int)(f->tokens[b - 1].end - f->tokens[a].start),
			body + f->tokens[a].start);
}

static void explain_unit(const struct finder *f, long u)
{
	size_t i;

	if (u < 0) {
		fputs("-", f->explain);
		return;
	}
	for (i = 0; i < f->units[u].n_members; i++) {
		const char *c = member_code(f, f->units[u].first_member + i);

		fprintf(f->explain, "%s%s", i ? "," : "", c ? c : "?");
	}
	if (!f->units[u].n_members)
		fputs("?", f->explain);
}

/* One line on a match and what became of it. */
static int explain_match(const struct finder *f, const struct match *m,
			 long src, long tgt, const char *outcome)
{
	const char *file;

	if (!f->explain)
		return IRKG_OK;
	file = strrchr(m->pattern->file, '/');
	fprintf(f->explain, "    %s%s %s:%u ",
		m->pattern->kind == IRKG_PATTERN_RELATION ? "@" : "",
		m->pattern->code, file ? file + 1 : m->pattern->file,
		m->pattern->line);
	explain_words(f, m->first, m->end);
	fputs(" source ", f->explain);
	explain_unit(f, src);
	fputs(" target ", f->explain);
	explain_unit(f, tgt);
	fprintf(f->explain, ": %s\n", outcome);
	return IRKG_OK;
}

static void explain_sentence(const struct finder *f)
{
	size_t i;

	if (!f->explain)
		return;
	fprintf(f->explain, "[%zu] ", f->sentence + 1);
	explain_words(f, f->s_first, f->s_end);
	fputs("\n    actors:", f->explain);
	for (i = 0; i < f->n_units; i++) {
		fputc(' ', f->explain);
		explain_words(f, f->units[i].first, f->units[i].end);
		fputc(f->units[i].place ? '@' : '=', f->explain);
		explain_unit(f, (long)i);
	}
	for (i = 0; i < f->n_cues; i++) {
		fprintf(f->explain, "%s %s ",
			i ? "," : "\n    cues:", f->cues[i].kind);
		explain_words(f, f->cues[i].first, f->cues[i].end);
	}
	fputc('\n', f->explain);
}

/* Whether the words matched speak of sanctions ("lifted the sanctions"):
 * then "on" names whom they hit. */
static int mentions_sanctions(const struct finder *f, const struct match *m)
{
	size_t t;

	for (t = m->first; t < m->end; t++)
		if (strncmp(f->stems[t - f->s_first], "sanction", 8) == 0)
			return 1;
	return 0;
}

/* "Nigeria and Niger agreed to reopen": agreeing is done with each other */
static const char *const agree_stems[] = {"agre", NULL};

/* Whether the words matched say the act was mutual. */
static int is_mutual(const struct finder *f, const struct match *m)
{
	static const char *const stems[] = {"exchang", "clash", "fought",
					    "fight",   "trade", "traded",
					    "each",    NULL};
	size_t t;

	for (t = m->first; t < m->end; t++)
		if (word_in(f, t, stems) || word_in_stems(f, t, stems))
			return 1;
	return 0;
}

/* The unit after "by" [the] right after token `end` (at most one word
 * between), or -1. */
static long agent_after(const struct finder *f, size_t end)
{
	size_t t;

	for (t = end; t < f->s_end && t < end + 4; t++) {
		if (word_is(f, t, "by") && t + 1 < f->s_end) {
			return unit_past_article(f, t + 1);
		}
		/* "the arrest of a Serbian police officer by": past the
		 * noun a state adjective opens, nothing else */
		if (t >= end + 1 && !noun_word(f, t))
			return -1;
	}
	return -1;
}

/* "intended to double bilateral trade": what follows says both sides
 * do it to each other. */
static int bilateral_after(const struct finder *f, size_t end)
{
	static const char *const words[] = {"bilateral", "jointly", "joint",
					    "together",	 "mutual",  "each",
					    NULL};
	size_t t;

	for (t = end; t < f->s_end && t < end + 6; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			return 0;
		if (word_in(f, t, words))
			return 1;
	}
	return 0;
}

/* Nouns for other parties left unnamed: "with their coastal neighbours",
 * "with rebel groups". */
static const char *const party_nouns[] = {
	"neighbours", "neighbors",  "partners",	   "allies",	  "rivals",
	"countries",  "states",	    "nations",	   "governments", "rebels",
	"militants",  "insurgents", "groups",	   "factions",	  "leaders",
	"officials",  "powers",	    "adversaries", NULL};

/* Whether "with" right after token `end` opens a phrase naming parties
 * that are not actors: the act is with them, not among the sources. */
static int with_unnamed_after(const struct finder *f, size_t end)
{
	size_t t;

	if (end >= f->s_end || !word_is(f, end, "with"))
		return 0;
	for (t = end + 1; t < f->s_end && t <= end + 4; t++) {
		if (f->unit_of[t - f->s_first] >= 0 ||
		    f->boundary[t - f->s_first] != NO_BOUNDARY)
			return 0;
		if (word_in(f, t, party_nouns))
			return 1;
	}
	return 0;
}

/* The actor or place unit at token t, past "the" and a direction ("the
 * Kharkiv region", "eastern Ladakh"), or -1. */
static long unit_or_place_at(const struct finder *f, size_t t)
{
	static const char *const skip[] = {
		"the",		"eastern",	"western",	"northern",
		"southern",	"central",	"occupied",	"northeastern",
		"northwestern", "southeastern", "southwestern", NULL};
	size_t k;

	for (k = t; k < f->s_end && k < t + 3; k++) {
		long u = f->unit_at[k - f->s_first];

		if (u < 0)
			u = f->place_at[k - f->s_first];
		if (u >= 0)
			return u;
		if (!word_in(f, k, skip))
			return -1;
	}
	return -1;
}

/* Whom a hostile act with no named target hit: the state where it
 * happened, when that is another than the doer's. "struck an oil refinery
 * in Russia's Saratov region"; "In the Kharkiv region, ... soldiers had
 * abducted the head of a village council"; "the enrichment sites, which
 * Israeli and US warplanes bombed"; "recalled its ambassador from Addis
 * Ababa" (from, for a diplomatic sanction). */
static long hostile_target(const struct finder *f, const struct match *m,
			   long src, int root)
{
	static const char *const at_words[] = {"in", "at", "near", "inside",
					       NULL};
	size_t t, i;
	long u;

	if (src < 0)
		return -1;
	/* "forces attacked Kyiv": the place it hit, right after */
	if (root >= 18 && m->end < f->s_end) {
		u = unit_or_place_at(f, m->end);
		if (u >= 0 && f->units[u].place && coded(f, u) &&
		    !same_actors(f, src, u) && !same_actors(f, u, src))
			return u;
	}
	for (t = m->end; t < f->s_end && t < m->end + RELATION_REACH; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			break;
		/* "in response to the Chinese drills" */
		if (t + 3 < f->s_end && word_is(f, t, "response") &&
		    word_is(f, t - 1, "in") && word_is(f, t + 1, "to")) {
			u = unit_or_place_at(f, t + 2);
			if (u >= 0 && !f->units[u].place && coded(f, u) &&
			    !same_actors(f, src, u) && !same_actors(f, u, src))
				return u;
		}
		if (((root >= 17 || root == 15 || root == 7) &&
		     word_in(f, t, at_words)) ||
		    (root == 16 && word_is(f, t, "from"))) {
			u = unit_or_place_at(f, t + 1);
			if (u >= 0 && coded(f, u) && !same_actors(f, src, u) &&
			    !same_actors(f, u, src))
				return u;
		}
	}
	if (root < 17)
		return -1;
	/* "In the Kharkiv region, officials said soldiers had abducted" */
	if (word_in(f, f->s_first, at_words)) {
		u = unit_or_place_at(f, f->s_first + 1);
		if (u >= 0 && f->units[u].place && coded(f, u) &&
		    !same_actors(f, src, u) && !same_actors(f, u, src))
			return u;
	}
	/* "the Fordow and Natanz sites, which Israeli and US warplanes
	 * bombed": the place before ", which" */
	t = f->units[src].first;
	if (t >= f->s_first + 3 && word_is(f, t - 1, "which") &&
	    word_is(f, t - 2, ","))
		for (i = 0; i < f->n_units; i++) {
			const struct unit *x = &f->units[i];

			if (x->place && x->first < t - 2 &&
			    x->end + 4 >= t - 2 && coded(f, (long)i) &&
			    !same_actors(f, src, (long)i))
				return (long)i;
		}
	return -1;
}

/* "protested against the arrest of a Serbian police officer by Kosovo
 * police": whom a disapproval is aimed at is the doer of what it is about,
 * after "by" in the object's clause; or -1. */
static long doer_in_object(const struct finder *f, size_t end)
{
	size_t t;

	for (t = end; t + 1 < f->s_end && t < end + RELATION_REACH; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			return -1;
		if (word_is(f, t, "by")) {
			return unit_past_article(f, t + 1);
		}
	}
	return -1;
}

/* In a passive clause ("were abducted by Eritrean soldiers"), the unit
 * after "by", or -1. */
static long passive_agent(const struct finder *f, const struct match *m)
{
	static const char *const auxiliaries[] = {
		"was", "were", "been", "being", "is", "are", "be", "got", NULL};
	size_t t = m->first;

	if (t > f->s_first && !word_in(f, t - 1, auxiliaries) &&
	    t > f->s_first + 1 && word_in(f, t - 2, auxiliaries))
		t--; /* "were reportedly abducted" */
	if (t == f->s_first || !word_in(f, t - 1, auxiliaries))
		return -1;
	for (t = m->end; t < f->s_end && t < m->end + 2; t++)
		if (word_is(f, t, "by") && t + 1 < f->s_end) {
			return unit_past_article(f, t + 1);
		}
	return -1;
}

/* Whether one of the actors at out->actors[first..first+n) has a code of
 * unit u. */
static int actors_share_code(const struct finder *f, size_t first, size_t n,
			     long u)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		const char *a = f->mentions[f->out->actors[first + i]].code;

		for (j = 0; a && j < f->units[u].n_members; j++) {
			const char *b =
				member_code(f, f->units[u].first_member + j);

			if (b && strcmp(a, b) == 0)
				return 1;
		}
	}
	return 0;
}

/* Whether fact y was told with a word of the noun's stem. The stems of
 * earlier sentences are not kept: compare the first four letters of
 * words of four or more ("sanction", "protest", "seized" and
 * "seizure"). */
static int fact_names(const struct finder *f, const struct irkg_fact *y,
		      size_t noun)
{
	size_t i;

	for (i = y->first_token; i < y->end_token; i++)
		if (f->tokens[i].norm_length >= 4 &&
		    strncmp(f->norm + f->tokens[i].norm,
			    f->stems[noun - f->s_first], 4) == 0)
			return 1;
	return 0;
}

/* "rejected the demand", "condemned the sanctions": a response to an act
 * the article told before (in this sentence or the five before), whose
 * doer is the other side. First a demand, offer or criticism made to the
 * responder, or an act named by the noun and done to it; then an act so
 * named done by someone else ("Taiwan condemned the sanctions" China
 * imposed on US firms). The index of that fact, or -1. */
static long answered_fact(const struct finder *f, const struct match *m,
			  long src)
{
	static const char *const asks[] = {
		"demand",    "demands", "proposal", "proposals",  "offer",
		"offers",    "call",	"calls",    "request",	  "requests",
		"ultimatum", "appeal",	"plan",	    "invitation", NULL};
	static const char *const complaints[] = {
		"criticism",  "criticisms",  "accusation",   "accusations",
		"allegation", "allegations", "charge",	     "charges",
		"remarks",    "comments",    "condemnation", "protest",
		"protests",   "warning",     "warnings",     "threat",
		"threats",    NULL};
	static const char *const hostile_nouns[] = {
		"launch",     "launches", "attack",  "attacks",	 "strike",
		"strikes",    "test",	  "tests",   "drills",	 "exercises",
		"incursion",  "seizure",  "arrest",  "arrests",	 "expulsion",
		"expulsions", "invasion", "bombing", "shelling", "raid",
		NULL};
	static const char *const deictic[] = {"the",   "this", "that",	"these",
					      "those", "its",  "their", NULL};
	const irkg_facts *out = f->out;
	size_t t = m->end, noun, k;
	int pass;

	if (src < 0)
		return -1;
	/* the noun after the match, or ending it ("welcomed the
	 * agreement") */
	if (t + 1 < f->s_end && word_in(f, t, deictic))
		noun = t + 1;
	else if (t >= m->first + 2 && word_in(f, t - 2, deictic))
		noun = t - 1;
	else
		return -1;
	/* "the EU criticism", "the Chinese drills" */
	if (f->unit_of[noun - f->s_first] >= 0 && noun + 1 < f->s_end)
		noun = f->units[f->unit_of[noun - f->s_first]].end;
	if (noun >= f->s_end || strlen(f->stems[noun - f->s_first]) < 4)
		return -1;
	for (pass = 0; pass < 2; pass++)
		for (k = out->n; k-- > 0;) {
			const struct irkg_fact *y = &out->list[k];
			int root = atoi_root(y->code);
			int to_me = actors_share_code(f, y->first_target,
						      y->n_targets, src);

			if (y->sentence + 5 < f->sentence)
				break;
			if (y->kind != IRKG_FACT_EVENT ||
			    actors_share_code(f, y->first_source, y->n_sources,
					      src))
				continue;
			if (pass == 0 && to_me &&
			    ((word_in(f, noun, asks) &&
			      (root == 2 || root == 3 || root == 10)) ||
			     (word_in(f, noun, complaints) && root >= 10 &&
			      root <= 13) ||
			     fact_names(f, y, noun)))
				return (long)k;
			if (pass == 1 && !word_in(f, noun, complaints) &&
			    (fact_names(f, y, noun) ||
			     (word_in(f, noun, hostile_nouns) && root >= 14)))
				return (long)k;
		}
	return -1;
}

/* Whether the act at `first` follows "would" or "will" in what its own
 * doer says: "Both sides said they would continue talks" states an intent
 * (03x), while "talks scheduled for next month" are planned. */
static int own_future(const struct finder *f, size_t first, long src)
{
	size_t c;

	static const char *const going_on[] = {"keep", "continue", NULL};

	/* "would keep working with the agency" */
	if (first > f->s_first + 2 && word_in(f, first - 1, going_on))
		first--;
	if (src < 0 || first < f->s_first + 2 ||
	    !(word_is(f, first - 1, "would") || word_is(f, first - 1, "will")))
		return 0;
	for (c = 0; c < f->n_cues; c++) {
		const struct cue *q = &f->cues[c];
		long speaker;

		if (strcmp(q->kind, "say") != 0 ||
		    q->end > f->units[src].first || q->first == f->s_first)
			continue;
		speaker = f->unit_of[q->first - 1 - f->s_first];
		/* "US and Iranian negotiators said" */
		if (speaker < 0 && q->first >= f->s_first + 2 &&
		    noun_word(f, q->first - 1))
			speaker = f->unit_of[q->first - 2 - f->s_first];
		if (speaker >= 0 && coded(f, speaker) &&
		    same_actors(f, speaker, src) &&
		    same_actors(f, src, speaker))
			return 1;
	}
	return 0;
}

/* Whether an "agree" cue acts on the match at `first`. */
static int agreed_before(const struct finder *f, size_t first)
{
	size_t c;

	for (c = 0; c < f->n_cues; c++)
		if (f->cues[c].end <= first &&
		    f->cues[c].end + CUE_REACH >= first &&
		    strcmp(f->cues[c].kind, "intent") == 0 &&
		    word_in_stems(f, f->cues[c].first, agree_stems))
			return 1;
	return 0;
}

/* Whether a verb of promise governs the clause before token `first`:
 * "pledged that Japan would", "vowed the country will". */
static int promised_before(const struct finder *f, size_t first)
{
	static const char *const stems[] = {"pledg", "promis", "vow", "assur",
					    NULL};
	size_t t;

	for (t = first; t > f->s_first && first - t < 8; t--) {
		if (f->boundary[t - 1 - f->s_first] == STRONG_BOUNDARY)
			return 0;
		if (word_in_stems(f, t - 1, stems))
			return 1;
	}
	return 0;
}

static const char *const protest_stems[] = {"protest", NULL};

/* Whether unit u names a state, an organisation or an office holder, not
 * people by nationality ("Iranian protesters"). */
static int official(const struct finder *f, long u)
{
	size_t i;

	for (i = 0; u >= 0 && i < f->units[u].n_members; i++) {
		const struct irkg_mention *x =
			&f->mentions[f->members[f->units[u].first_member + i]];

		if (x->how == IRKG_MENTION_ADJECTIVE)
			return 0;
	}
	return u >= 0 && f->units[u].n_members > 0;
}

/* News tells a schedule in the present tense: "Fidan travels on to
 * Abidjan on Thursday", "is due in Sao Tome on Saturday". */
static int scheduled_present(const struct finder *f, const struct match *m)
{
	const struct irkg_element *head =
		&m->pattern->elements[m->pattern->head];
	const char *w = word(f, m->head);
	size_t n = strlen(w), k;
	int verb = 0;

	if (strcmp(w, "due") == 0)
		return 1;
	/* a verb form ("travel*") right after its subject, ending in -s */
	for (k = 0; k < head->n_alternatives; k++)
		verb |= head->alternatives[k].stem;
	return verb && m->head == m->first && m->first > f->s_first &&
	       f->unit_of[m->first - 1 - f->s_first] >= 0 && n > 3 &&
	       w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u';
}

/* Whether the pattern's head is a verb matched by its stem ("trade*"):
 * nouns in patterns are written out ("visit to TGT"). */
static int verb_pattern(const struct match *m)
{
	const struct irkg_element *head =
		&m->pattern->elements[m->pattern->head];
	size_t k;

	for (k = 0; k < head->n_alternatives; k++)
		if (head->alternatives[k].stem)
			return 1;
	return 0;
}

static const char *const complement_words[] = {
	"on", "about", "over", "regarding", "concerning", NULL};

static int make_fact(struct finder *f, const struct match *m)
{
	struct irkg_fact x;
	long src = m->src, tgt = m->tgt, answered = -1;
	unsigned cues;
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;
	int rc;

	if (f->quoted[m->head - f->s_first])
		return explain_match(f, m, -1, -1, "inside quoted speech");
	/* "an agreement on sharing intelligence", "talks about imposing
	 * sanctions": the topic of something else, not an act. */
	if (!relation && m->first > f->s_first &&
	    word_in(f, m->first - 1, complement_words))
		return explain_match(f, m, -1, -1, "the topic of a noun");
	/* "the bloc's trade with the United States": a verb pattern read
	 * as a noun after an owner or "the" describes, it does not tell */
	if (!relation && m->head == m->first && m->first > f->s_first &&
	    (word_is(f, m->first - 1, "'s") || word_is(f, m->first - 1, "'") ||
	     word_is(f, m->first - 1, "the")) &&
	    verb_pattern(m) && agent_after(f, m->end) < 0)
		return explain_match(f, m, -1, -1, "a verb used as a noun");
	cues = cues_on(f, m->first);
	if (cues & CUE_HYPOTHETICAL)
		return explain_match(f, m, -1, -1, "hypothetical");
	memset(&x, 0, sizeof(x));
	x.kind = relation ? IRKG_FACT_RELATION : IRKG_FACT_EVENT;
	x.code = m->pattern->code;
	/* "pledged to increase military aid to Ukraine" with no pattern for
	 * the act: the pledge (030) or threat (130) itself */
	if (m->pattern->kind == IRKG_PATTERN_CUE)
		x.code =
			strcmp(m->pattern->code, "threat") == 0 ? "130" : "030";
	if (cues & CUE_NEGATE) {
		/* "pulled back from terminating an agreement": no
		 * termination, but the agreement exists. */
		if (relation && strncmp(x.code, "agreement.", 10) == 0)
			x.code = "agreement";
		else
			return explain_match(f, m, -1, -1, "negated");
	}
	/* "pledged that Japan would supply radars": what is promised is
	 * an intent (03x), not a plan */
	if (!relation && (cues & CUE_PLAN) &&
	    !(cues & (CUE_APPEAL | CUE_INTENT)) &&
	    (promised_before(f, m->first) ||
	     (atoi_root(x.code) < 10 &&
	      own_future(f, m->first, subject_before(f, m->first, 1))))) {
		cues |= CUE_INTENT;
		cues &= ~(unsigned)CUE_PLAN;
	}
	/* "said Russia would retaliate": announcing a hostile act is
	 * threatening it (13x) */
	if (!relation && (cues & CUE_PLAN) &&
	    !(cues & (CUE_APPEAL | CUE_INTENT)) && atoi_root(x.code) >= 15) {
		cues |= CUE_THREAT;
		cues &= ~(unsigned)CUE_PLAN;
	}
	/* "agreed to deploy troops jointly": what two sides agree to do
	 * is cooperation they intend, never a threat */
	if (!relation && (cues & CUE_INTENT) && atoi_root(x.code) >= 10 &&
	    agreed_before(f, m->first))
		x.code = "030";
	else if (!relation && m->pattern->kind != IRKG_PATTERN_CUE) {
		x.code = recode(x.code, cues);
		x.cue = cues & CUE_THREAT   ? "threat"
			: cues & CUE_APPEAL ? "appeal"
			: cues & CUE_INTENT ? "intent"
					    : NULL;
		if (x.cue && strcmp(x.code, m->pattern->code) == 0)
			x.cue = NULL;
	}
	x.planned = (cues & CUE_PLAN) != 0 ||
		    (relation && (cues & CUE_INTENT) != 0) ||
		    (!relation && scheduled_present(f, m));
	/* "expected to visit Damascus to discuss the ceasefire": the
	 * purpose of a planned act is planned too */
	if (!x.planned && m->first > f->s_first &&
	    word_is(f, m->first - 1, "to") && f->out->n &&
	    f->out->list[f->out->n - 1].sentence == f->sentence &&
	    f->out->list[f->out->n - 1].planned)
		x.planned = 1;
	x.pattern = m->pattern;
	x.sentence = f->sentence;
	x.first_token = m->first;
	x.end_token = m->end;
	/* Events have a topic; of relations, disputes, agreements and
	 * sanctions have an issue, alliances and partnerships none. */
	x.issue = !relation || strncmp(x.code, "dispute", 7) == 0 ||
				  strncmp(x.code, "agreement", 9) == 0 ||
				  strncmp(x.code, "sanctions", 9) == 0
			  ? mention_near(f, IRKG_ENTITY_ISSUE, m->head)
			  : IRKG_MENTION_NONE;
	x.place = place_of(f, m);
	x.reporter = IRKG_MENTION_NONE;

	x.mutual = is_mutual(f, m) || bilateral_after(f, m->end) ||
		   (m->pattern->kind == IRKG_PATTERN_CUE &&
		    word_in_stems(f, m->first, agree_stems));
	/* "Three Ethiopian herders were abducted by Eritrean soldiers": in
	 * the passive the doer follows "by" and the subject suffered it */
	if (src < 0 && tgt < 0 && !relation) {
		long by = passive_agent(f, m);

		if (by >= 0) {
			tgt = subject_before(f, m->first, !relation);
			src = by;
		}
	}
	/* "a visit to Warsaw by Turkish Foreign Minister Hakan Fidan":
	 * the doer of a noun follows "by" */
	if (src < 0 && !relation && m->first > f->s_first &&
	    (word_in(f, m->first - 1, determiners) ||
	     word_is(f, m->first - 1, "during") ||
	     word_is(f, m->first - 1, "after"))) {
		long by = agent_after(f, m->end);

		if (by >= 0 && by != tgt)
			src = by;
	}
	/* "Qatar mediated a new round of talks between delegations from
	 * Congo and Rwanda": a consultation's other side after "between" */
	if (!relation && tgt < 0 && atoi_root(x.code) == 4) {
		size_t t;

		for (t = m->end; t < f->s_end && t < m->end + RELATION_REACH;
		     t++) {
			if (f->boundary[t - f->s_first] != NO_BOUNDARY)
				break;
			if (word_is(f, t, "between")) {
				size_t k;

				for (k = t + 1; k < f->s_end && k <= t + 4; k++)
					if (f->unit_at[k - f->s_first] >= 0) {
						long u = f->unit_at[k -
								    f->s_first];

						if (f->units[u].n_members >= 2)
							tgt = u;
						break;
					}
				break;
			}
		}
	}
	/* "the security pact that Solomon Islands and China struck": the
	 * parties of an agreement are the subject of the clause that
	 * follows it */
	if (relation && src < 0 && tgt < 0 &&
	    strncmp(x.code, "agreement", 9) == 0 && m->end + 2 < f->s_end &&
	    (word_is(f, m->end, "that") || word_is(f, m->end, "which"))) {
		long u = f->unit_at[m->end + 1 - f->s_first];

		if (u >= 0 && f->units[u].n_members >= 2)
			src = u;
	}
	/* "renewed tensions between the Asian nations": the parties are
	 * named after "between" */
	if (relation && src < 0 && tgt < 0) {
		size_t t;

		for (t = m->end; t < f->s_end && t < m->end + 2; t++)
			if (word_is(f, t, "between") && t + 1 < f->s_end) {
				long u = unit_past_article(f, t + 1);

				if (u >= 0 && f->units[u].n_members >= 2)
					src = u;
				break;
			}
	}
	/* "an agreement brokered by Qatar": the doer follows the verb,
	 * the clause's subject is who it was done for */
	if (!relation && src >= 0 && tgt < 0 && f->units[src].first > m->head)
		tgt = subject_before(f, m->first, 1);
	/* "the Georgian government's arrest of two opposition leaders":
	 * the owner of a noun is its doer */
	if (src < 0 && !relation)
		src = possessor_before(f, m->first);
	if (src < 0 && !relation && unnamed_doer(f, m->first))
		return explain_match(f, m, -1, tgt, "done by people not coded");
	if (src < 0) {
		src = subject_before(f, m->first, !relation);
		/* "denied that troops had entered Guyanese territory and
		 * accused Georgetown": the object of an earlier act is not
		 * the subject of a later one */
		if (src >= 0 && !relation && object_of_match(f, src, m) &&
		    /* "thanked Turkey for hosting the talks": Turkey hosted */
		    !word_is(f, m->first - 1, "for")) {
			long main = main_subject(f, m->first);

			src = main >= 0 && main != src ? main : -1;
		}
	}
	/* a verb after "and", or after a comma (a participle, or the main
	 * verb after an apposition: "Ortagus, the deputy U.S. envoy, who
	 * visited Beirut, demanded that"), whose own clause has no subject
	 * shares the main clause's */
	if (src < 0 && !relation && m->first > f->s_first + 1 &&
	    (word_is(f, m->first - 1, "and") || word_is(f, m->first - 1, ",")))
		src = main_subject(f, m->first);
	if (tgt < 0)
		tgt = object_after(f, m->end,
				   relation		     ? RELATION_REACH
				   : atoi_root(x.code) >= 10 ? HOSTILE_REACH
							     : TARGET_REACH,
				   (relation ? strcmp(x.code, "sanctions") == 0
					     : atoi_root(x.code) >= 10) ||
					   mentions_sanctions(f, m),
				   0);
	/* "threatened to trigger the return of UN sanctions on Iran": the
	 * target of what is threatened, asked for or promised */
	/* "Japan has become one of the Philippines' closest security
	 * partners": the owner is the other party */
	if (tgt < 0 && relation)
		tgt = owner_before(f, m->first);
	if (tgt < 0 && !relation && m->end > m->first &&
	    word_is(f, m->end - 1, "to"))
		tgt = object_after(f, m->end, RELATION_REACH,
				   atoi_root(x.code) >= 10, 1);
	/* an object that is the doer again ("welcomed the agreement,
	 * saying the bloc would help") is no target: look further */
	if (!relation && tgt >= 0 && src >= 0 && same_actors(f, src, tgt) &&
	    same_actors(f, tgt, src))
		tgt = -1;
	if (tgt < 0 && !relation &&
	    ((atoi_root(x.code) >= 10 && atoi_root(x.code) <= 14) ||
	     atoi_root(x.code) == 5))
		answered = answered_fact(f, m, src);
	if (tgt < 0 && !relation && src >= 0)
		tgt = relative_antecedent(f, f->units[src].first);
	if (tgt < 0 && !relation &&
	    (atoi_root(x.code) >= 15 || atoi_root(x.code) == 7))
		tgt = hostile_target(f, m, src, atoi_root(x.code));
	if (tgt < 0 && !relation && atoi_root(x.code) >= 11 &&
	    atoi_root(x.code) <= 14)
		tgt = doer_in_object(f, m->end);
	if (tgt < 0)
		x.with_unnamed = with_unnamed_after(f, m->end);
	if (relation && strncmp(x.code, "trend.", 6) == 0 &&
	    !(coded(f, src) && coded(f, tgt)))
		trend_parties(f, &src, &tgt);
	if (!coded(f, src) && !(relation && coded(f, tgt)))
		return explain_match(f, m, src, tgt, "no actor to code");
	/* a state, its office or official that protests complains
	 * officially (114); demonstrations are by people */
	if (!relation && atoi_root(x.code) == 14 &&
	    word_in_stems(f, m->head, protest_stems) && official(f, src))
		x.code = "114";
	/* a trend is how relations are, not how someone means them to be;
	 * sanctions, alliances or disputes only announced do not hold yet
	 * ("would impose new sanctions on Venezuela if ...") */
	if (relation && (x.planned || (cues & (CUE_THREAT | CUE_APPEAL))) &&
	    strncmp(x.code, "agreement", 9) != 0)
		return explain_match(f, m, src, tgt,
				     "a relation that does not hold yet");
	if (tgt >= 0 && src >= 0 && same_actors(f, src, tgt))
		tgt = -1;
	/* Reported speech: "X said ..." gives the speaker. */
	if (src >= 0 && src > 0 &&
	    said_between(f, f->units[src - 1].end, f->units[src].first))
		x.reporter = f->members[f->units[src - 1].first_member];
	date_of(f, m->head, &x);
	rc = add_actors(f, src, &x.first_source, &x.n_sources);
	if (!rc && src >= 0 && !relation) {
		/* "which Niger quit in January along with Mali and Burkina
		 * Faso": who did it too */
		long with = co_actor_after(f, m->end);
		size_t first_with, n_with;

		if (with >= 0 && with != tgt &&
		    f->units[with].first > f->units[src].end) {
			rc = add_actors(f, with, &first_with, &n_with);
			/* the two lists are adjacent: the sources run on */
			if (!rc && first_with == x.first_source + x.n_sources)
				x.n_sources += n_with;
		}
	}
	if (!rc)
		rc = add_actors(f, tgt, &x.first_target, &x.n_targets);
	if (rc)
		return rc;
	if (answered >= 0) {
		const struct irkg_fact *y = &f->out->list[answered];
		size_t i;

		x.first_target = f->out->n_actors;
		for (i = 0; i < y->n_sources; i++) {
			if (grow((void **)&f->out->actors, &f->out->cap_actors,
				 f->out->n_actors, sizeof(*f->out->actors)))
				return IRKG_ENOMEM;
			f->out->actors[f->out->n_actors++] =
				f->out->actors[y->first_source + i];
		}
		x.n_targets = y->n_sources;
	}
	if (grow((void **)&f->out->list, &f->out->cap, f->out->n,
		 sizeof(*f->out->list)))
		return IRKG_ENOMEM;
	f->out->list[f->out->n++] = x;
	if (f->explain) {
		char what[80];

		snprintf(what, sizeof(what), "%s %s%s", x.code,
			 x.planned ? "planned " : "", x.cue ? x.cue : "");
		explain_match(f, m, src, tgt, what);
	}
	return IRKG_OK;
}

/* Matches whose head lies inside a longer match of the same kind are
 * part of it ("hold talks with": one event, not two). */
/* Whether two patterns speak of one thing: any two events, or relations
 * of one type ("agreement" and "agreement.signed"). "signed a mutual
 * defence pact" is an agreement signed and also an alliance. */
static int same_family(const struct irkg_pattern *a,
		       const struct irkg_pattern *b)
{
	size_t la, lb;

	if (a->kind != IRKG_PATTERN_RELATION)
		return 1;
	la = strcspn(a->code, ".");
	lb = strcspn(b->code, ".");
	return la == lb && strncmp(a->code, b->code, la) == 0;
}

static int covered(const struct finder *f, size_t i)
{
	const struct match *m = &f->matches[i];
	size_t k;

	for (k = 0; k < f->n_matches; k++) {
		const struct match *o = &f->matches[k];

		/* an alliance hides the agreement inside it ("a mutual
		 * defence pact"), an agreement signed does not hide the
		 * alliance ("signed a mutual defence pact with") */
		if (k == i || o->pattern->kind != m->pattern->kind ||
		    (!same_family(o->pattern, m->pattern) &&
		     strcmp(o->pattern->code, "alliance") != 0))
			continue;
		if (o->first <= m->head && m->head < o->end &&
		    (longer(o, m) || (!longer(m, o) && k < i)))
			return 1;
	}
	return 0;
}

/* Intent and threat cues ending in "to" that no event pattern follows
 * ("pledged to increase their military aid to Ukraine") are events of
 * their own: an intent (030) or a threat (130) whose target is in what
 * follows. */
static int cue_facts(struct finder *f, size_t content_end, size_t content_stop)
{
	size_t c, k;
	int rc;

	for (c = 0; c < f->n_cues; c++) {
		const struct cue *q = &f->cues[c];
		struct match m;
		int followed = 0;

		/* "urged him to agree to a truce": asked for, not promised */
		if (content_end && q->first >= content_end &&
		    q->first < content_stop)
			continue;

		if ((strcmp(q->kind, "intent") != 0 &&
		     strcmp(q->kind, "threat") != 0) ||
		    !word_is(f, q->end - 1, "to"))
			continue;
		for (k = 0; k < f->n_matches && !followed; k++)
			followed = f->matches[k].pattern->kind ==
					   IRKG_PATTERN_EVENT &&
				   f->matches[k].end > q->first &&
				   f->matches[k].first <= q->end + CUE_REACH;
		if (followed)
			continue;
		m.pattern = q->pattern;
		m.first = q->first;
		m.end = q->end;
		m.head = q->first;
		m.src = m.tgt = -1;
		rc = make_fact(f, &m);
		if (rc)
			return rc;
	}
	return IRKG_OK;
}

/* Whether a match asks for, promises, threatens or alleges something that
 * follows it (appeals 02, intents 03, demands 10, accusations 11, threats
 * 13), rather than naming an act of its own ("violation of"). */
static int asks_or_alleges(const struct match *m)
{
	int root;

	if (m->pattern->kind == IRKG_PATTERN_CUE)
		return 1;
	root = atoi_root(m->pattern->code);
	return root == 2 || root == 3 || root == 10 || root == 11 || root == 13;
}

static int find_in_sentence(struct finder *f)
{
	size_t i, content_end = 0, content_stop = 0;
	int rc;

	for (i = f->s_first; i < f->s_end; i++)
		irkg_patterns_stem(f->p, word(f, i), f->tokens[i].norm_length,
				   f->stems[i - f->s_first], STEM_MAX);
	rc = build_units(f);
	if (rc)
		return rc;
	mark_clauses(f);
	rc = find_matches(f);
	if (rc)
		return rc;
	explain_sentence(f);
	/* A question makes no event. */
	if (f->s_end > f->s_first && word_is(f, f->s_end - 1, "?"))
		return IRKG_OK;
	for (i = 0; i < f->n_matches; i++) {
		const struct match *m = &f->matches[i];
		size_t before = f->out->n;

		if (covered(f, i)) {
			explain_match(f, m, -1, -1, "inside a longer match");
			continue;
		}
		/* "called on Russia to stop attacking Ukraine": the act
		 * asked for, demanded or promised is the content of that
		 * event, not an event of its own. */
		if (content_end && m->first >= content_end &&
		    m->first < content_stop) {
			explain_match(f, m, -1, -1,
				      "what an earlier match asks for");
			continue;
		}
		rc = make_fact(f, m);
		if (rc)
			return rc;
		/* ... and "accused Chinese vessels of firing": what is
		 * alleged */
		if (f->out->n > before && m->end > m->first &&
		    asks_or_alleges(m) &&
		    (word_is(f, m->end - 1, "to") ||
		     word_is(f, m->end - 1, "of") ||
		     word_is(f, m->end - 1, "that"))) {
			/* the content runs to the end of the clause */
			content_end = m->end;
			for (content_stop = m->end;
			     content_stop < f->s_end &&
			     f->boundary[content_stop - f->s_first] ==
				     NO_BOUNDARY &&
			     !(word_is(f, content_stop, ",") &&
			       content_stop + 1 < f->s_end &&
			       (word_is(f, content_stop + 1, "and") ||
				word_is(f, content_stop + 1, "but")));
			     content_stop++)
				;
		}
	}
	return cue_facts(f, content_end, content_stop);
}

/* ---- one fact for an event told twice ---- */

static int same_codes(const irkg_facts *out, const struct finder *f,
		      size_t a_first, size_t a_n, size_t b_first, size_t b_n)
{
	size_t i, k;

	/* every code of a in b and every code of b in a */
	for (int pass = 0; pass < 2; pass++) {
		size_t xf = pass ? b_first : a_first, xn = pass ? b_n : a_n;
		size_t yf = pass ? a_first : b_first, yn = pass ? a_n : b_n;

		for (i = 0; i < xn; i++) {
			const char *c = f->mentions[out->actors[xf + i]].code;
			int found = !c;

			for (k = 0; k < yn && !found; k++) {
				const char *d =
					f->mentions[out->actors[yf + k]].code;

				found = d && strcmp(c, d) == 0;
			}
			if (!found)
				return 0;
		}
	}
	return 1;
}

/* Whether the words before fact x in its sentence say it is another act
 * than one told before: "separately", "also", "again". */
static int another_act(const struct finder *f, const struct irkg_fact *x)
{
	static const char *const words[] = {"separately", "also", "again",
					    "further", NULL};
	const struct irkg_sentence *s = &f->sentences[x->sentence];
	size_t t;

	for (t = s->first_token; t < x->first_token; t++)
		if (word_in(f, t, words))
			return 1;
	return 0;
}

/* Whether every coded actor of a (sources and targets together) is one of
 * b's and the other way round: "met in Canberra" and "Marles hosted
 * Hegseth and Healey" have the same three parties. */
static int same_parties(const irkg_facts *out, const struct finder *f,
			const struct irkg_fact *a, const struct irkg_fact *b)
{
	for (int pass = 0; pass < 2; pass++) {
		const struct irkg_fact *x = pass ? b : a, *y = pass ? a : b;
		size_t ends[2] = {x->n_sources, x->n_targets};
		size_t firsts[2] = {x->first_source, x->first_target};

		for (int side = 0; side < 2; side++)
			for (size_t i = 0; i < ends[side]; i++) {
				size_t one = firsts[side] + i;

				const char *c =
					f->mentions[out->actors[one]].code;
				int found = !c;

				for (size_t k = 0;
				     !found && k < y->n_sources + y->n_targets;
				     k++) {
					size_t at =
						k < y->n_sources
							? y->first_source + k
							: y->first_target + k -
								  y->n_sources;
					const char *d =
						f->mentions[out->actors[at]]
							.code;

					found = d && strcmp(c, d) == 0;
				}
				if (!found)
					return 0;
			}
	}
	return 1;
}

static int same_fact(const struct finder *f, const struct irkg_fact *a,
		     const struct irkg_fact *b)
{
	const irkg_facts *out = f->out;
	size_t apart = b->sentence > a->sentence ? b->sentence - a->sentence
						 : a->sentence - b->sentence;
	int one_dated = !a->date_precision != !b->date_precision;

	if (a->kind != b->kind || a->planned != b->planned)
		return 0;
	if (a->date_precision && b->date_precision &&
	    memcmp(&a->date, &b->date, sizeof(a->date)) != 0)
		return 0;
	/* "visited Tokyo" and "met in Hawaii": places in two states, two
	 * acts */
	if (a->place != IRKG_MENTION_NONE && b->place != IRKG_MENTION_NONE &&
	    f->mentions[a->place].code && f->mentions[b->place].code &&
	    strcmp(f->mentions[a->place].code, f->mentions[b->place].code) != 0)
		return 0;
	/* an act dated in one sentence and told again undated ("met in
	 * Canberra on Thursday. Marles hosted ...") is one act, and for a
	 * meeting under a finer code or not, unless the later telling says
	 * it is another ("The State Department separately called on
	 * China") */
	if (a->kind == IRKG_FACT_EVENT && one_dated &&
	    another_act(f, a->sentence < b->sentence ? b : a))
		return 0;
	if (strcmp(a->code, b->code) != 0) {
		int root = atoi_root(a->code);

		return a->kind == IRKG_FACT_EVENT && one_dated && apart <= 1 &&
		       root == 4 && atoi_root(b->code) == 4 &&
		       same_parties(out, f, a, b);
	}
	return same_codes(out, f, a->first_source, a->n_sources,
			  b->first_source, b->n_sources) &&
	       same_codes(out, f, a->first_target, a->n_targets,
			  b->first_target, b->n_targets);
}

static int merge_duplicates(struct finder *f)
{
	irkg_facts *out = f->out;
	size_t *kept_as, i, k, n = 0;

	if (!out->n)
		return IRKG_OK;
	kept_as = malloc(out->n * sizeof(*kept_as));
	if (!kept_as)
		return IRKG_ENOMEM;
	/* Which earlier fact each one repeats; the first telling stays and
	 * takes what the later ones add (a date, an issue, a finer code). */
	for (i = 0; i < out->n; i++) {
		struct irkg_fact *x = &out->list[i];

		kept_as[i] = i;
		for (k = 0; k < i; k++) {
			struct irkg_fact *y = &out->list[k];

			if (kept_as[k] != k || !same_fact(f, y, x))
				continue;
			kept_as[i] = k;
			if (!y->date_precision && x->date_precision) {
				y->date = x->date;
				y->date_precision = x->date_precision;
			}
			if (y->issue == IRKG_MENTION_NONE)
				y->issue = x->issue;
			break;
		}
	}
	for (i = 0; i < out->n; i++) {
		struct irkg_fact *y = &out->list[i];

		if (kept_as[i] != i)
			continue;
		y->first_evidence = out->n_evidence;
		y->n_evidence = 0;
		for (k = i; k < out->n; k++) {
			size_t s = out->list[k].sentence;

			if (kept_as[k] != i ||
			    (y->n_evidence &&
			     out->evidence[out->n_evidence - 1] == s))
				continue;
			if (grow((void **)&out->evidence, &out->cap_evidence,
				 out->n_evidence, sizeof(*out->evidence))) {
				free(kept_as);
				return IRKG_ENOMEM;
			}
			out->evidence[out->n_evidence++] = s;
			y->n_evidence++;
		}
	}
	for (i = 0; i < out->n; i++)
		if (kept_as[i] == i)
			out->list[n++] = out->list[i];
	out->n = n;
	free(kept_as);
	return IRKG_OK;
}

int irkg_facts_find(irkg_patterns *p, const struct irkg_document *doc,
		    FILE *explain, irkg_facts **out)
{
	struct finder f;
	size_t n_sentences, n_tokens, longest = 1, i;
	int rc = IRKG_ENOMEM;

	if (out)
		*out = NULL;
	if (!p || !doc || !doc->text || !doc->mentions || !out)
		return IRKG_EINVAL;
	memset(&f, 0, sizeof(f));
	f.p = p;
	f.doc = doc;
	f.explain = explain;
	f.norm = irkg_text_norm(doc->text);
	f.tokens = irkg_text_tokens(doc->text, &n_tokens);
	f.sentences = irkg_text_sentences(doc->text, &n_sentences);
	f.mentions = irkg_mentions_list(doc->mentions, &f.n_mentions);
	f.group_members = irkg_mentions_members(doc->mentions);
	for (i = 0; i < n_sentences; i++)
		if (f.sentences[i].n_tokens > longest)
			longest = f.sentences[i].n_tokens;
	f.out = calloc(1, sizeof(*f.out));
	f.stems = malloc(longest * sizeof(*f.stems));
	f.boundary = malloc(longest);
	f.quoted = malloc(longest);
	f.relative = malloc(longest);
	f.unit_at = malloc(longest * sizeof(*f.unit_at));
	f.unit_of = malloc(longest * sizeof(*f.unit_of));
	f.place_at = malloc(longest * sizeof(*f.place_at));
	if (!f.out || !f.stems || !f.boundary || !f.quoted || !f.relative ||
	    !f.unit_at || !f.unit_of || !f.place_at)
		goto done;
	rc = IRKG_OK;
	for (i = 0; i < n_sentences && !rc; i++) {
		f.sentence = i;
		f.s_first = f.sentences[i].first_token;
		f.s_end = f.s_first + f.sentences[i].n_tokens;
		rc = find_in_sentence(&f);
	}
	if (!rc)
		rc = merge_duplicates(&f);
	if (!rc) {
		*out = f.out;
		f.out = NULL;
	}
done:
	irkg_facts_free(f.out);
	free(f.stems);
	free(f.boundary);
	free(f.quoted);
	free(f.relative);
	free(f.unit_at);
	free(f.unit_of);
	free(f.place_at);
	free(f.units);
	free(f.members);
	free(f.cues);
	free(f.matches);
	return rc;
}

void irkg_facts_free(irkg_facts *f)
{
	if (!f)
		return;
	free(f->list);
	free(f->actors);
	free(f->evidence);
	free(f);
}

const struct irkg_fact *irkg_facts_list(const irkg_facts *f, size_t *count)
{
	*count = f ? f->n : 0;
	return f ? f->list : NULL;
}

const size_t *irkg_facts_actors(const irkg_facts *f)
{
	return f ? f->actors : NULL;
}

const size_t *irkg_facts_evidence(const irkg_facts *f)
{
	return f ? f->evidence : NULL;
}

/* Whether code c already leads a kept actor in actors[0..n). */
static int code_seen(const struct irkg_mention *m, const size_t *actors,
		     size_t n, const char *c)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(m[actors[i]].code, c) == 0)
			return 1;
	return 0;
}

/* The coded actors of a list, one per code, into keep[]. */
static size_t distinct_coded(const struct irkg_mention *m, const size_t *list,
			     size_t n, size_t *keep)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (m[list[i]].code && !code_seen(m, keep, k, m[list[i]].code))
			keep[k++] = list[i];
	return k;
}

size_t irkg_fact_dyads(const irkg_facts *f, const struct irkg_fact *x,
		       const struct irkg_mention *m, struct irkg_dyad *out,
		       size_t max)
{
	size_t src[64], tgt[64], ns, nt, i, k, n = 0;

	if (!f || !x || !m)
		return 0;
	ns = distinct_coded(m, f->actors + x->first_source,
			    x->n_sources < 64 ? x->n_sources : 64, src);
	nt = distinct_coded(m, f->actors + x->first_target,
			    x->n_targets < 64 ? x->n_targets : 64, tgt);
	/* "trade disputes between the two sides": a relation named after
	 * its parties, who are all targets */
	if (!ns && nt >= 2 && x->kind == IRKG_FACT_RELATION) {
		memcpy(src, tgt, sizeof(src));
		ns = nt;
		nt = 0;
	}
	if (nt) {
		for (i = 0; i < ns; i++)
			for (k = 0; k < nt; k++) {
				if (strcmp(m[src[i]].code, m[tgt[k]].code) == 0)
					continue;
				if (n < max) {
					out[n].source = src[i];
					out[n].target = tgt[k];
				}
				n++;
			}
		return n;
	}
	/* Co-actors of a hostile act ("Israeli and US warplanes bombed")
	 * did not act on each other: pairs only for meeting, cooperating,
	 * agreeing (roots 01-08, and not a bare pledge or threat whose
	 * object is unknown) and for relations. */
	if (x->with_unnamed ||
	    (x->kind == IRKG_FACT_EVENT && !x->mutual &&
	     ((x->code[0] - '0') * 10 + (x->code[1] - '0') > 8 ||
	      x->pattern->kind == IRKG_PATTERN_CUE)))
		return 0;
	if (!ns) { /* "tensions between the Asian nations" */
		memcpy(src, tgt, sizeof(src));
		ns = distinct_coded(m, f->actors + x->first_target,
				    x->n_targets < 64 ? x->n_targets : 64, src);
	}
	for (i = 0; i < ns; i++)
		for (k = i + 1; k < ns; k++) {
			if (n < max) {
				out[n].source = src[i];
				out[n].target = src[k];
			}
			n++;
		}
	return n;
}
