/* Facts from an analysed article (see event.h): the API, and the way of one
 * sentence through the rooms of the engine. For each sentence clause.c
 * finds the actor units (coordinated mentions) and clause boundaries;
 * match.c matches every pattern keyed by a word of the sentence around it,
 * the longest match at each head winning; then each match becomes a fact
 * here: modality.c says whether and how it happened, roles.c and target.c
 * who did it to whom (its slots, or else the clause's subject and first
 * object), setting.c when and where; explain.c tells --explain, and
 * merge.c makes one fact of an event told twice. event_finder.h holds the
 * state they share. */
#include "event.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "clause.h"
#include "event_finder.h"
#include "explain.h"
#include "match.h"
#include "membership.h"
#include "merge.h"
#include "modality.h"
#include "roles.h"
#include "setting.h"
#include "target.h"

/* The members of unit u (none for -1) appended to f->out->actors: their
 * first index and number into *first and *n. Returns 0 or IRKG_ENOMEM. */
static int add_actors(struct event_finder *f, long u, size_t *first, size_t *n)
{
	irkg_facts *out = f->out;
	size_t i;

	*first = out->n_actors;
	*n = 0;
	for (i = 0; u >= 0 && i < f->units[u].n_members; i++) {
		if (irkg_finder_grow((void **)&out->actors, &out->cap_actors,
				     out->n_actors, sizeof(*out->actors)))
			return IRKG_ENOMEM;
		out->actors[out->n_actors++] =
			f->members[f->units[u].first_member + i];
		(*n)++;
	}
	return IRKG_OK;
}

/* Whether the words matched say the act was mutual. */
static int is_mutual(const struct event_finder *f, const struct event_match *m)
{
	size_t t;

	for (t = m->first; t < m->end; t++)
		if (irkg_word_is_a(f->w, t, IRKG_WORD_MUTUAL) ||
		    irkg_finder_stem_is_a(f, t, IRKG_WORD_MUTUAL))
			return 1;
	return 0;
}

/* "accused each other of", "raised tariffs on each other's goods", "one
 * another": each side did it to the other, in the words matched or just
 * after them in the clause. */
static int each_to_other(const struct event_finder *f,
			 const struct event_match *m)
{
	size_t t;

	for (t = m->first; t + 1 < f->s_end && t < m->end + 6; t++) {
		if (t >= m->end && f->boundary[t - f->s_first] != NO_BOUNDARY)
			return 0;
		if ((irkg_word_is(f->w, t, "each") &&
		     irkg_word_is(f->w, t + 1, "other")) ||
		    (irkg_word_is(f->w, t, "one") &&
		     irkg_word_is(f->w, t + 1, "another")))
			return 1;
	}
	return 0;
}

/* "intended to double bilateral trade": what follows says both sides
 * do it to each other. */
static int bilateral_after(const struct event_finder *f, size_t end)
{
	size_t t;

	for (t = end; t < f->s_end && t < end + 6; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			return 0;
		if (irkg_word_is_a(f->w, t, IRKG_WORD_BILATERAL))
			return 1;
	}
	return 0;
}

/* Whether the pattern's head is a verb matched by its stem ("trade*"):
 * nouns in patterns are written out ("visit to TGT"). */
static int verb_pattern(const struct event_match *m)
{
	const struct irkg_element *head =
		&m->pattern->elements[m->pattern->head];
	size_t k;

	for (k = 0; k < head->n_alternatives; k++)
		if (head->alternatives[k].stem)
			return 1;
	return 0;
}

/* Whether the word before token `head`, past the words of a sum or share
 * ("a 20 percent levy"), is one that opens a noun phrase: an owner
 * ("the bloc's trade"), "the", "a" or "an". A count is no such word: "the
 * two agreed to", "the three met" are their subjects. */
static int determined(const struct event_finder *f, size_t head)
{
	const irkg_word_kinds counts = (irkg_word_kinds)1 << IRKG_WORD_COUNT |
				       (irkg_word_kinds)1 << IRKG_WORD_NUMBER;
	size_t t = head;

	while (t > f->s_first && f->free_word[t - 1 - f->s_first] &&
	       !(f->w.kinds[t - 1] & counts))
		t--;
	if (t == f->s_first)
		return 0;
	t--;
	return irkg_word_is(f->w, t, "'s") || irkg_word_is(f->w, t, "'") ||
	       irkg_word_is(f->w, t, "the") || irkg_word_is(f->w, t, "a") ||
	       irkg_word_is(f->w, t, "an");
}

/* "the bloc's trade with the United States", "a 20 percent levy and cut
 * its tariffs on": a verb pattern read as a noun after an owner or an
 * article describes, it does not tell. */
static int verb_as_noun(const struct event_finder *f,
			const struct event_match *m)
{
	return m->pattern->kind != IRKG_PATTERN_RELATION &&
	       m->head == m->first && determined(f, m->first) &&
	       verb_pattern(m) && irkg_roles_agent_after(f, m->end) < 0;
}

/* Why match m tells no act, or NULL. */
static const char *not_an_act(const struct event_finder *f,
			      const struct event_match *m)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;

	if (f->quoted[m->head - f->s_first])
		return "inside quoted speech";
	/* "an agreement on sharing intelligence", "talks about imposing
	 * sanctions": the topic of something else, not an act. */
	if (!relation && m->first > f->s_first &&
	    irkg_word_is_a(f->w, m->first - 1, IRKG_WORD_COMPLEMENT))
		return "the topic of a noun";
	if (verb_as_noun(f, m))
		return "a verb used as a noun";
	return NULL;
}

/* Actors an act borrows from an earlier fact as its targets: the doers of
 * the act a response answers, or the recipients of the aid an aid act
 * adds to. first and n index f->out->actors. */
struct borrowed_targets {
	size_t first, n;
};

/* The sources of fact x (with who did it "along with" them), then its
 * targets (or the actors `borrowed` from an earlier fact, when not NULL),
 * into f->out->actors. Returns 0 or IRKG_ENOMEM. */
/* The names joined after unit tgt in one word, added to x's sources
 * after its targets, which become sources too: x has no target then. */
static int add_chain_sources(struct event_finder *f, long tgt,
			     struct irkg_fact *x)
{
	size_t end = f->units[tgt].end, chain_end;
	size_t first_more, n_more;
	long next;
	int rc;

	chain_end = irkg_match_pair_chain_end(f, tgt);
	x->n_sources += x->n_targets;
	x->n_targets = 0;
	while (end < chain_end &&
	       (next = f->unit_at[end + 1 - f->s_first]) >= 0) {
		rc = add_actors(f, next, &first_more, &n_more);
		if (rc)
			return rc;
		/* the lists are adjacent: the sources run on */
		if (first_more == x->first_source + x->n_sources)
			x->n_sources += n_more;
		end = f->units[next].end;
	}
	x->first_target = f->out->n_actors;
	return IRKG_OK;
}

static int add_parties(struct event_finder *f, const struct event_match *m,
		       struct irkg_fact *x, long src, long tgt,
		       const struct borrowed_targets *borrowed)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;
	int rc;

	rc = add_actors(f, src, &x->first_source, &x->n_sources);
	if (!rc && src >= 0 && !relation) {
		/* "which Niger quit in January along with Mali and Burkina
		 * Faso": who did it too */
		long with = irkg_roles_co_actor_after(f, m->end);
		size_t first_with, n_with;

		if (with >= 0 && with != tgt &&
		    f->units[with].first > f->units[src].end) {
			rc = add_actors(f, with, &first_with, &n_with);
			/* the two lists are adjacent: the sources run on */
			if (!rc && first_with == x->first_source + x->n_sources)
				x->n_sources += n_with;
		}
	}
	if (!rc)
		rc = add_actors(f, tgt, &x->first_target, &x->n_targets);
	/* "the United States-Mexico-Canada Agreement": a relation over a
	 * pair that runs on to further names is among all of them, each
	 * with each (sources alone pair among themselves) */
	if (!rc && relation && src >= 0 && tgt >= 0 &&
	    irkg_match_pair_chain_end(f, tgt) != f->units[tgt].end &&
	    irkg_match_pair_chain_end(f, tgt) <= m->end &&
	    x->first_target == x->first_source + x->n_sources)
		rc = add_chain_sources(f, tgt, x);
	/* "Oman mediated U.S.-Iranian talks": the object a pair in one word
	 * opens is both of the pair */
	if (!rc && !relation && tgt >= 0 && f->units[tgt].end + 1 < f->s_end &&
	    irkg_match_joining_dash(f, f->units[tgt].end)) {
		long other = f->unit_at[f->units[tgt].end + 1 - f->s_first];
		size_t first_other, n_other;

		if (other >= 0 && other != src) {
			rc = add_actors(f, other, &first_other, &n_other);
			/* the two lists are adjacent: the targets run on */
			if (!rc &&
			    first_other == x->first_target + x->n_targets)
				x->n_targets += n_other;
		}
	}
	if (rc)
		return rc;
	if (borrowed) {
		size_t i;

		x->first_target = f->out->n_actors;
		for (i = 0; i < borrowed->n; i++) {
			if (irkg_finder_grow((void **)&f->out->actors,
					     &f->out->cap_actors,
					     f->out->n_actors,
					     sizeof(*f->out->actors)))
				return IRKG_ENOMEM;
			f->out->actors[f->out->n_actors++] =
				f->out->actors[borrowed->first + i];
		}
		x->n_targets = borrowed->n;
	}
	return IRKG_OK;
}

/* Whether unit u names people only: "political rival Joe Biden" is a
 * rival in an election, not a rival state. */
static int only_persons(const struct event_finder *f, long u)
{
	size_t i;

	for (i = 0; u >= 0 && i < f->units[u].n_members; i++)
		if (f->mentions[f->members[f->units[u].first_member + i]]
			    .kind != IRKG_ENTITY_PERSON)
			return 0;
	return u >= 0 && f->units[u].n_members > 0;
}

/* Match m as a fact of f->out, or a line of --explain on why not. Returns
 * 0 or IRKG_ENOMEM. */
static int make_fact(struct event_finder *f, const struct event_match *m)
{
	struct irkg_fact x;
	long src = m->src, tgt = m->tgt, answered = -1, aided = -1;
	struct borrowed_targets borrowed = {0, 0};
	unsigned cues;
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;
	const char *why = not_an_act(f, m);
	int rc;

	if (why)
		return irkg_explain_match(f, m, -1, -1, why);
	memset(&x, 0, sizeof(x));
	why = irkg_modality_read(f, m, &x, &cues);
	if (why)
		return irkg_explain_match(f, m, -1, -1, why);
	x.pattern = m->pattern;
	x.sentence = f->sentence;
	x.first_token = m->first;
	x.end_token = m->end;
	/* Events have a topic; of relations, disputes, agreements and
	 * sanctions have an issue, alliances and partnerships none. */
	x.issue = !relation || strncmp(x.code, "dispute", 7) == 0 ||
				  strncmp(x.code, "agreement", 9) == 0 ||
				  strncmp(x.code, "sanctions", 9) == 0
			  ? irkg_setting_near(f, IRKG_ENTITY_ISSUE, m->head)
			  : IRKG_MENTION_NONE;
	x.place = irkg_setting_place(f, m);
	x.reporter = IRKG_MENTION_NONE;

	x.mutual = is_mutual(f, m) || bilateral_after(f, m->end) ||
		   (m->pattern->kind == IRKG_PATTERN_CUE &&
		    irkg_finder_stem_means(f, m->first, "agree"));
	x.reciprocal = each_to_other(f, m);
	x.mutual |= x.reciprocal;
	why = irkg_roles_find(f, m, &x, &src, &tgt, &answered);
	if (!why)
		why = irkg_modality_confirm(f, m, &x, cues, src);
	if (!why)
		why = irkg_membership_check(f, m, &x, &src, &tgt);
	if (!why && relation && strcmp(x.code, "rivalry") == 0 &&
	    only_persons(f, tgt))
		why = "a rival who is a person, not a state";
	if (why)
		return irkg_explain_match(f, m, src, tgt, why);
	if (tgt >= 0 && src >= 0 && irkg_finder_same_actors(f, src, tgt))
		tgt = -1;
	/* Reported speech: "X said ..." gives the speaker. */
	if (src >= 0 && src > 0 &&
	    irkg_modality_said_between(f, f->units[src - 1].end,
				       f->units[src].first))
		x.reporter = f->members[f->units[src - 1].first_member];
	irkg_setting_date(f, m->head, m->end, &x);
	if (!relation && tgt < 0 && answered < 0)
		aided = irkg_target_aid_recipient(f, &x, src);
	/* a response's targets are the doers of what it answers; more aid
	 * goes to the recipients of the aid before */
	if (answered >= 0) {
		borrowed.first = f->out->list[answered].first_source;
		borrowed.n = f->out->list[answered].n_sources;
	} else if (aided >= 0) {
		borrowed.first = f->out->list[aided].first_target;
		borrowed.n = f->out->list[aided].n_targets;
	}
	rc = add_parties(f, m, &x, src, tgt,
			 answered >= 0 || aided >= 0 ? &borrowed : NULL);
	if (rc)
		return rc;
	if (irkg_finder_grow((void **)&f->out->list, &f->out->cap, f->out->n,
			     sizeof(*f->out->list)))
		return IRKG_ENOMEM;
	f->out->list[f->out->n++] = x;
	return irkg_explain_fact(f, m, &x, src, tgt);
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

/* Whether match m signs or makes the pact that alliance match o names
 * inside it ("signed a mutual defence pact in 2023"): the pact is the
 * alliance, not an agreement of its own besides (news names a defence
 * treaty for the alliance it makes). Its signing is still an event
 * (057), and its ratification or end still an agreement's. */
static int signs_alliance(const struct event_match *m,
			  const struct event_match *o)
{
	return m->pattern->kind == IRKG_PATTERN_RELATION &&
	       strcmp(o->pattern->code, "alliance") == 0 &&
	       (strcmp(m->pattern->code, "agreement.signed") == 0 ||
		strcmp(m->pattern->code, "agreement") == 0) &&
	       m->first <= o->first && o->first < m->end;
}

static int covered(const struct event_finder *f, size_t i)
{
	const struct event_match *m = &f->matches[i];
	size_t k;

	for (k = 0; k < f->n_matches; k++) {
		const struct event_match *o = &f->matches[k];

		/* an alliance hides the agreement inside it ("a mutual
		 * defence pact"), an agreement signed does not hide the
		 * alliance ("signed a mutual defence pact with") */
		/* a noun read as a verb hides nothing: "a levy and cut its
		 * tariffs on" is a cut */
		if (k == i || o->pattern->kind != m->pattern->kind ||
		    verb_as_noun(f, o) ||
		    (!same_family(o->pattern, m->pattern) &&
		     strcmp(o->pattern->code, "alliance") != 0))
			continue;
		if (o->first <= m->head && m->head < o->end &&
		    (irkg_match_longer(o, m) ||
		     (!irkg_match_longer(m, o) && k < i)))
			return 1;
		if (signs_alliance(m, o))
			return 1;
	}
	return 0;
}

/* Intent and threat cues ending in "to" that no event pattern follows
 * ("pledged to increase their military aid to Ukraine") are events of
 * their own: an intent (030) or a threat (130) whose target is in what
 * follows. */
static int cue_facts(struct event_finder *f, size_t content_end,
		     size_t content_stop)
{
	size_t c, k;
	int rc;

	for (c = 0; c < f->n_cues; c++) {
		const struct cue *q = &f->cues[c];
		struct event_match m;
		int followed = 0;

		/* "urged him to agree to a truce": asked for, not promised */
		if (content_end && q->first >= content_end &&
		    q->first < content_stop)
			continue;

		if ((strcmp(q->kind, "intent") != 0 &&
		     strcmp(q->kind, "threat") != 0) ||
		    !irkg_word_is(f->w, q->end - 1, "to"))
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
static int asks_or_alleges(const struct event_match *m)
{
	int root;

	if (m->pattern->kind == IRKG_PATTERN_CUE)
		return 1;
	root = irkg_event_root(m->pattern->code);
	return root == 2 || root == 3 || root == 10 || root == 11 || root == 13;
}

static int find_in_sentence(struct event_finder *f)
{
	size_t i, content_end = 0, content_stop = 0;
	int rc;

	rc = irkg_clause_units(f);
	if (rc)
		return rc;
	irkg_clause_mark(f);
	rc = irkg_match_find(f);
	if (rc)
		return rc;
	rc = irkg_explain_sentence(f);
	if (rc)
		return rc;
	/* A question makes no event. */
	if (f->s_end > f->s_first && irkg_word_is(f->w, f->s_end - 1, "?"))
		return IRKG_OK;
	for (i = 0; i < f->n_matches; i++) {
		const struct event_match *m = &f->matches[i];
		size_t before = f->out->n;

		if (covered(f, i)) {
			rc = irkg_explain_match(f, m, -1, -1,
						"inside a longer match");
			if (rc)
				return rc;
			continue;
		}
		/* "called on Russia to stop attacking Ukraine": the act
		 * asked for, demanded or promised is the content of that
		 * event, not an event of its own. */
		if (content_end && m->first >= content_end &&
		    m->first < content_stop &&
		    !irkg_modality_presupposed(f, m)) {
			rc = irkg_explain_match(
				f, m, -1, -1, "what an earlier match asks for");
			if (rc)
				return rc;
			continue;
		}
		rc = make_fact(f, m);
		if (rc)
			return rc;
		/* ... and "accused Chinese vessels of firing": what is
		 * alleged */
		if (f->out->n > before && m->end > m->first &&
		    asks_or_alleges(m) &&
		    (irkg_word_is(f->w, m->end - 1, "to") ||
		     irkg_word_is(f->w, m->end - 1, "of") ||
		     irkg_word_is(f->w, m->end - 1, "that"))) {
			/* the content runs to the end of the clause */
			content_end = m->end;
			for (content_stop = m->end;
			     content_stop < f->s_end &&
			     f->boundary[content_stop - f->s_first] ==
				     NO_BOUNDARY &&
			     !(irkg_word_is(f->w, content_stop, ",") &&
			       content_stop + 1 < f->s_end &&
			       (irkg_word_is(f->w, content_stop + 1, "and") ||
				irkg_word_is(f->w, content_stop + 1, "but")));
			     content_stop++)
				;
		}
	}
	return cue_facts(f, content_end, content_stop);
}

int irkg_facts_find(irkg_patterns *p, const struct irkg_document *doc,
		    const struct irkg_explain *explain, irkg_facts **out)
{
	struct event_finder f;
	size_t i;
	int rc;

	if (out)
		*out = NULL;
	if (!p || !doc || !doc->text || !doc->mentions || !out)
		return IRKG_EINVAL;
	rc = irkg_finder_open(&f, p, doc, explain);
	for (i = 0; i < f.n_sentences && !rc; i++) {
		irkg_finder_sentence(&f, i);
		rc = find_in_sentence(&f);
	}
	if (!rc) {
		irkg_membership_settle(&f);
		rc = irkg_merge_duplicates(&f);
	}
	if (!rc) {
		*out = f.out;
		f.out = NULL;
	}
	irkg_finder_close(&f);
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

int irkg_fact_between_others(const struct irkg_fact *x)
{
	return x && x->kind == IRKG_FACT_EVENT && x->pattern &&
	       x->pattern->between_others &&
	       strcmp(x->code, x->pattern->code) == 0;
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

/* Whether fact x is an event of a root the scorer and analysts read in
 * both directions: intent to cooperate, consult, cooperate (03-06). */
static int symmetric_root(const struct irkg_fact *x)
{
	return x->kind == IRKG_FACT_EVENT && x->code[0] == '0' &&
	       x->code[1] >= '3' && x->code[1] <= '6';
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
	 * did not act on each other, nor did those who appealed, gave aid
	 * or yielded together ("officials from Mexico and Canada made
	 * concessions": to a third): pairs only for what two sides do
	 * with each other, intending, meeting and cooperating (roots
	 * 03-06, and not a bare pledge or threat whose object is unknown),
	 * for acts said to be mutual, and for relations. Mediators ("a
	 * ceasefire brokered by Qatar and Turkey") did not mediate between
	 * each other. */
	if (x->with_unnamed || irkg_fact_between_others(x) ||
	    (x->kind == IRKG_FACT_EVENT && !x->mutual &&
	     (irkg_event_root(x->code) < 3 || irkg_event_root(x->code) > 6 ||
	      x->pattern->kind == IRKG_PATTERN_CUE)))
		return 0;
	if (!ns) { /* "tensions between the Asian nations" */
		memcpy(src, tgt, sizeof(src));
		ns = distinct_coded(m, f->actors + x->first_target,
				    x->n_targets < 64 ? x->n_targets : 64, src);
	}
	for (i = 0; i < ns; i++)
		for (k = 0; k < ns; k++) {
			/* symmetric acts (03-06) once a pair, reciprocal
			 * ones each way */
			if (k == i ||
			    (k < i && !(x->reciprocal && !symmetric_root(x))))
				continue;
			if (n < max) {
				out[n].source = src[i];
				out[n].target = src[k];
			}
			n++;
		}
	return n;
}
