/* The target of an act that names none (see target.h): where a hostile act
 * hit, whose act a response answers, the doer of what a disapproval is
 * about. */
#include "target.h"

#include <string.h>

/* The actor or place unit at token t, past "the" and a direction ("the
 * Kharkiv region", "eastern Ladakh"), or -1. */
static long unit_or_place_at(const struct event_finder *f, size_t t)
{
	size_t k;

	for (k = t; k < f->s_end && k < t + 3; k++) {
		long u = f->unit_at[k - f->s_first];

		if (u < 0)
			u = f->place_at[k - f->s_first];
		if (u >= 0)
			return u;
		if (!irkg_word_is_a(f->w, k, IRKG_WORD_PLACE_QUALIFIER))
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
long irkg_target_hostile(const struct event_finder *f,
			 const struct event_match *m, long src, int root)
{
	size_t t, i;
	long u;

	if (src < 0)
		return -1;
	/* "forces attacked Kyiv": the place it hit, right after */
	if (root >= 18 && m->end < f->s_end) {
		u = unit_or_place_at(f, m->end);
		if (u >= 0 && f->units[u].place && irkg_finder_coded(f, u) &&
		    !irkg_finder_same_actors(f, src, u) &&
		    !irkg_finder_same_actors(f, u, src))
			return u;
	}
	for (t = m->end; t < f->s_end && t < m->end + RELATION_REACH; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			break;
		/* "in response to the Chinese drills" */
		if (t + 3 < f->s_end && irkg_word_is(f->w, t, "response") &&
		    irkg_word_is(f->w, t - 1, "in") &&
		    irkg_word_is(f->w, t + 1, "to")) {
			u = unit_or_place_at(f, t + 2);
			if (u >= 0 && !f->units[u].place &&
			    irkg_finder_coded(f, u) &&
			    !irkg_finder_same_actors(f, src, u) &&
			    !irkg_finder_same_actors(f, u, src))
				return u;
		}
		/* "placed its forces on high alert along its border with
		 * Rwanda", "massed troops on the frontier with Ukraine":
		 * force posed at a border faces the state across it */
		if ((root == 15 || root >= 17) && t + 2 < f->s_end &&
		    (irkg_word_is(f->w, t, "border") ||
		     irkg_word_is(f->w, t, "frontier")) &&
		    irkg_word_is(f->w, t + 1, "with")) {
			u = f->unit_at[t + 2 - f->s_first];
			if (u >= 0 && !f->units[u].place &&
			    irkg_finder_coded(f, u) &&
			    !irkg_finder_same_actors(f, src, u) &&
			    !irkg_finder_same_actors(f, u, src))
				return u;
		}
		if (((root >= 17 || root == 15 || root == 7) &&
		     irkg_word_is_a(f->w, t, IRKG_WORD_HIT_PREPOSITION)) ||
		    (root == 16 && irkg_word_is(f->w, t, "from"))) {
			u = unit_or_place_at(f, t + 1);
			if (u >= 0 && irkg_finder_coded(f, u) &&
			    !irkg_finder_same_actors(f, src, u) &&
			    !irkg_finder_same_actors(f, u, src))
				return u;
		}
	}
	if (root < 17)
		return -1;
	/* "In the Kharkiv region, officials said soldiers had abducted" */
	if (irkg_word_is_a(f->w, f->s_first, IRKG_WORD_HIT_PREPOSITION)) {
		u = unit_or_place_at(f, f->s_first + 1);
		if (u >= 0 && f->units[u].place && irkg_finder_coded(f, u) &&
		    !irkg_finder_same_actors(f, src, u) &&
		    !irkg_finder_same_actors(f, u, src))
			return u;
	}
	/* "the Fordow and Natanz sites, which Israeli and US warplanes
	 * bombed": the place before ", which" */
	t = f->units[src].first;
	if (t >= f->s_first + 3 && irkg_word_is(f->w, t - 1, "which") &&
	    irkg_word_is(f->w, t - 2, ","))
		for (i = 0; i < f->n_units; i++) {
			const struct unit *x = &f->units[i];

			if (x->place && x->first < t - 2 &&
			    x->end + 4 >= t - 2 &&
			    irkg_finder_coded(f, (long)i) &&
			    !irkg_finder_same_actors(f, src, (long)i))
				return (long)i;
		}
	return -1;
}

/* "protested against the arrest of a Serbian police officer by Kosovo
 * police": whom a disapproval is aimed at is the doer of what it is about,
 * after "by" in the object's clause; or -1. */
long irkg_target_doer_in_object(const struct event_finder *f, size_t end)
{
	size_t t;

	for (t = end; t + 1 < f->s_end && t < end + RELATION_REACH; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			return -1;
		if (irkg_word_is(f->w, t, "by")) {
			return irkg_finder_unit_past_article(f, t + 1);
		}
	}
	return -1;
}

long irkg_target_condition(const struct event_finder *f,
			   const struct event_match *m, long src)
{
	size_t t, k;

	if (src < 0)
		return -1;
	for (t = m->end; t + 1 < f->s_end; t++) {
		if (!irkg_word_is(f->w, t, "if") &&
		    !irkg_word_is(f->w, t, "unless"))
			continue;
		/* the condition's subject: within a few words of "if" */
		for (k = t + 1; k < f->s_end && k <= t + 4; k++) {
			long u = unit_or_place_at(f, k);

			if (u < 0)
				continue;
			if (!f->units[u].place && irkg_finder_coded(f, u) &&
			    !irkg_finder_same_actors(f, src, u) &&
			    !irkg_finder_same_actors(f, u, src))
				return u;
			break;
		}
		return -1;
	}
	return -1;
}

/* Whether one of the actors at out->actors[first..first+n) has a code of
 * unit u. */
static int actors_share_code(const struct event_finder *f, size_t first,
			     size_t n, long u)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		const char *a = f->mentions[f->out->actors[first + i]].code;

		for (j = 0; a && j < f->units[u].n_members; j++) {
			const char *b = irkg_finder_member_code(
				f, f->units[u].first_member + j);

			if (b && strcmp(a, b) == 0)
				return 1;
		}
	}
	return 0;
}

/* Whether fact y was told with a word of the noun's stem. The stems of
 * earlier sentences are not kept: compare the first four letters of
 * words of four or more ("sanction", "protest", "seized" and
 * "seizure"); never a noun a response refers back with. */
static int fact_names(const struct event_finder *f, const struct irkg_fact *y,
		      size_t noun)
{
	size_t i;

	int response = irkg_event_root(y->code) == 11 ||
		       irkg_event_root(y->code) == 12 ||
		       strncmp(y->code, "051", 3) == 0;

	if (strlen(f->stems[noun - f->s_first]) < 4)
		return 0;
	for (i = y->first_token; i < y->end_token; i++)
		/* "regretted the decision ... Ecuador criticised the
		 * decision": a response names what it answers, it is not
		 * that act */
		if (response && i > y->first_token &&
		    irkg_word_is_a(f->w, i - 1, IRKG_WORD_DEICTIC))
			continue;
		else if (f->tokens[i].norm_length >= 4 &&
			 strncmp(irkg_word(f->w, i),
				 f->stems[noun - f->s_first], 4) == 0)
			return 1;
	return 0;
}

/* How many sentences back a response looks for what it answers: any act
 * its noun fits, or only one told with the noun itself and no other so
 * told by other doers ("signed a declaration ... nine sentences on,
 * Moscow dismissed the declaration"). */
#define ANSWER_NEAR 5
#define ANSWER_FAR 12

/* Whether one of out->actors[first..first+n) has code c. */
static int fact_has_code(const struct event_finder *f, size_t first, size_t n,
			 const char *c)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *a = f->mentions[f->out->actors[first + i]].code;

		if (a && strcmp(a, c) == 0)
			return 1;
	}
	return 0;
}

static int same_sources(const struct event_finder *f, const struct irkg_fact *y,
			const struct irkg_fact *z);

/* The act told with the noun at `noun` more than ANSWER_NEAR and at most
 * ANSWER_FAR sentences back, not by `src`, when every act so told in that
 * reach had the same doers; or -1. */
static long named_far_back(const struct event_finder *f, size_t noun, long src)
{
	const irkg_facts *out = f->out;
	long found = -1;
	size_t k;

	if (irkg_word_is_a(f->w, noun, IRKG_WORD_COMPLAINT_NOUN))
		return -1;
	for (k = out->n; k-- > 0;) {
		const struct irkg_fact *y = &out->list[k];

		if (y->sentence + ANSWER_FAR < f->sentence)
			break;
		if (y->kind != IRKG_FACT_EVENT || !y->n_sources ||
		    !fact_names(f, y, noun))
			continue;
		if (actors_share_code(f, y->first_source, y->n_sources, src) ||
		    (found >= 0 && !same_sources(f, y, &out->list[found])))
			return -1;
		if (found < 0)
			found = (long)k;
	}
	if (found < 0 || out->list[found].sentence + ANSWER_NEAR >= f->sentence)
		return -1;
	return found;
}

/* "rejected the demand", "condemned the sanctions": a response to an act
 * the article told before (in this sentence or the five before), whose
 * doer is the other side. First a demand, offer or criticism made to the
 * responder, or an act named by the noun and done to it; then an act so
 * named done by someone else ("Taiwan condemned the sanctions" China
 * imposed on US firms). The index of that fact, or -1. */
/* Whether the noun at token t names an act, or the words it was done
 * in, without saying which ("the move", "the decision", "the report"):
 * it answers whatever was last done to the responder. Kept here until words.txt
 * has a kind free for it (all but one of the 64 are in use). */
static int names_any_act(const struct event_finder *f, size_t t)
{
	static const char *const nouns[] = {
		"move",	   "decision", "step",	       "steps",
		"measure", "measures", "action",       "actions",
		"report",  "remarks",  "announcement", "statement"};
	size_t i;

	for (i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++)
		if (irkg_word_is(f->w, t, nouns[i]))
			return 1;
	return 0;
}

/* Whether an act of root `root` is of the kind a response of root
 * `answer_root` answers: a disapproval (10-14) a hostile act (10 on), an
 * approval (05) an act of cooperation, help or yielding (03, 05-08). */
static int answers_in_kind(int answer_root, int root)
{
	if (answer_root >= 10 && answer_root <= 14)
		return root >= 10;
	if (answer_root == 5)
		return root == 3 || (root >= 5 && root <= 8);
	return 0;
}

/* How far back a response to "the move", "the decision" looks for the
 * act: the sentence before, or farther when all such acts done to the
 * responder in that reach had the same doers. */
#define ANY_ACT_NEAR 1

/* Whether every event told after fact `found` is between the responder
 * (unit `src`) and the doers of `found`, or has one of them: the story has
 * not moved on to others ("The EU filed a complaint against China. Mexico
 * praised Peru. ... Beijing condemned the move" is no answer). */
static int story_stays(const struct event_finder *f, long found, long src)
{
	const irkg_facts *out = f->out;
	const struct irkg_fact *z = &out->list[found];
	size_t k, i;

	for (k = (size_t)found + 1; k < out->n; k++) {
		const struct irkg_fact *y = &out->list[k];
		int touches;

		if (y->kind != IRKG_FACT_EVENT)
			continue;
		touches = actors_share_code(f, y->first_source, y->n_sources,
					    src) ||
			  actors_share_code(f, y->first_target, y->n_targets,
					    src);
		for (i = 0; !touches && i < z->n_sources; i++) {
			const char *c =
				f->mentions[out->actors[z->first_source + i]]
					.code;

			touches = c && (fact_has_code(f, y->first_source,
						      y->n_sources, c) ||
					fact_has_code(f, y->first_target,
						      y->n_targets, c));
		}
		if (!touches)
			return 0;
	}
	return 1;
}

/* "The EU filed a complaint against China ... Beijing firmly opposes
 * the move", "Ecuador halved its surcharge on Colombian imports ...
 * Petro welcomed the decision": the latest act of the kind the response
 * answers done to the responder (`src`), whatever the noun calls it; or
 * -1 when none, or when it lies more than ANY_ACT_NEAR sentences back
 * and others done to the responder in ANSWER_NEAR had other doers. */
static long any_act_answered(const struct event_finder *f, long src,
			     int answer_root)
{
	const irkg_facts *out = f->out;
	long found = -1;
	size_t k;

	for (k = out->n; k-- > 0;) {
		const struct irkg_fact *y = &out->list[k];

		if (y->sentence + ANSWER_NEAR < f->sentence)
			break;
		if (y->kind != IRKG_FACT_EVENT || !y->n_sources ||
		    !answers_in_kind(answer_root, irkg_event_root(y->code)) ||
		    !actors_share_code(f, y->first_target, y->n_targets, src) ||
		    actors_share_code(f, y->first_source, y->n_sources, src))
			continue;
		if (found < 0) {
			found = (long)k;
			if (y->sentence + ANY_ACT_NEAR >= f->sentence)
				return found;
		} else if (!same_sources(f, y, &out->list[found]))
			return -1;
	}
	if (found >= 0 && !story_stays(f, found, src))
		return -1;
	return found;
}

long irkg_target_answered(const struct event_finder *f,
			  const struct event_match *m, long src)
{
	const irkg_facts *out = f->out;
	size_t t = m->end, noun, k;
	int pass, answer_root = irkg_event_root(m->pattern->code);

	if (src < 0)
		return -1;
	/* the noun after the match, or ending it ("welcomed the
	 * agreement") */
	if (t + 1 < f->s_end && irkg_word_is_a(f->w, t, IRKG_WORD_DEICTIC))
		noun = t + 1;
	else if (t >= m->first + 2 &&
		 irkg_word_is_a(f->w, t - 2, IRKG_WORD_DEICTIC))
		noun = t - 1;
	/* "called the expulsions unjustified": the noun after the verb */
	else if (m->first + 3 < t &&
		 irkg_word_is_a(f->w, m->first + 1, IRKG_WORD_DEICTIC))
		noun = m->first + 2;
	else
		return -1;
	/* "the EU criticism", "the Chinese drills" */
	if (f->unit_of[noun - f->s_first] >= 0 && noun + 1 < f->s_end)
		noun = f->units[f->unit_of[noun - f->s_first]].end;
	if (noun >= f->s_end)
		return -1;
	if (names_any_act(f, noun)) {
		long any = any_act_answered(f, src, answer_root);

		if (any >= 0)
			return any;
	}
	for (pass = 0; pass < 2; pass++)
		for (k = out->n; k-- > 0;) {
			const struct irkg_fact *y = &out->list[k];
			int root = irkg_event_root(y->code);
			int to_me = actors_share_code(f, y->first_target,
						      y->n_targets, src);

			if (y->sentence + ANSWER_NEAR < f->sentence)
				break;
			if (y->kind != IRKG_FACT_EVENT ||
			    actors_share_code(f, y->first_source, y->n_sources,
					      src))
				continue;
			if (pass == 0 && to_me &&
			    ((irkg_word_is_a(f->w, noun, IRKG_WORD_ASK_NOUN) &&
			      (root == 2 || root == 3 || root == 10)) ||
			     (irkg_word_is_a(f->w, noun,
					     IRKG_WORD_COMPLAINT_NOUN) &&
			      root >= 10 && root <= 13) ||
			     fact_names(f, y, noun)))
				return (long)k;
			if (pass == 1 &&
			    !irkg_word_is_a(f->w, noun,
					    IRKG_WORD_COMPLAINT_NOUN) &&
			    (fact_names(f, y, noun) ||
			     (irkg_word_is_a(f->w, noun,
					     IRKG_WORD_HOSTILE_NOUN) &&
			      root >= 14)))
				return (long)k;
		}
	return named_far_back(f, noun, src);
}

/* Whether facts y and z have the same coded sources. */
static int same_sources(const struct event_finder *f, const struct irkg_fact *y,
			const struct irkg_fact *z)
{
	size_t i;

	for (i = 0; i < y->n_sources; i++)
		if (!f->mentions[f->out->actors[y->first_source + i]].code ||
		    !fact_has_code(
			    f, z->first_source, z->n_sources,
			    f->mentions[f->out->actors[y->first_source + i]]
				    .code))
			return 0;
	for (i = 0; i < z->n_sources; i++)
		if (!f->mentions[f->out->actors[z->first_source + i]].code ||
		    !fact_has_code(
			    f, y->first_source, y->n_sources,
			    f->mentions[f->out->actors[z->first_source + i]]
				    .code))
			return 0;
	return 1;
}

/* Whether a code is of giving or pledging aid: 033 (intent to provide
 * aid), 07 (provide aid). */
static int aid_code(const char *code)
{
	return strncmp(code, "033", 3) == 0 || strncmp(code, "07", 2) == 0;
}

long irkg_target_aid_recipient(const struct event_finder *f,
			       const struct irkg_fact *x, long src)
{
	const irkg_facts *out = f->out;
	size_t k, i;

	if (src < 0 || x->kind != IRKG_FACT_EVENT || !aid_code(x->code))
		return -1;
	for (k = out->n; k-- > 0;) {
		const struct irkg_fact *y = &out->list[k];
		const char *code;

		if (y->sentence + 8 < f->sentence)
			break;
		if (y->kind != IRKG_FACT_EVENT || !aid_code(y->code) ||
		    !y->n_targets)
			continue;
		code = f->mentions[out->actors[y->first_target]].code;
		for (i = 1; code && i < y->n_targets; i++) {
			const char *other =
				f->mentions[out->actors[y->first_target + i]]
					.code;

			if (!other || strcmp(other, code) != 0)
				return -1;
		}
		if (!code ||
		    actors_share_code(f, y->first_target, y->n_targets, src))
			return -1;
		return (long)k;
	}
	return -1;
}

/* Whether the doers of fact y are two or more distinct coded actors. */
static int several_doers(const struct event_finder *f,
			 const struct irkg_fact *y)
{
	const char *first;
	size_t i;

	if (y->n_sources < 2)
		return 0;
	first = f->mentions[f->out->actors[y->first_source]].code;
	if (!first)
		return 0;
	for (i = 1; i < y->n_sources; i++) {
		const char *c =
			f->mentions[f->out->actors[y->first_source + i]].code;

		if (!c)
			return 0;
		if (strcmp(c, first) != 0)
			return 1;
	}
	return 0;
}

/* Whether units a and b have a code in common. */
static int actors_share_code_unit(const struct event_finder *f, long a, long b)
{
	size_t i;

	for (i = 0; i < f->units[a].n_members; i++) {
		const char *c = irkg_finder_member_code(
			f, f->units[a].first_member + i);
		size_t j;

		for (j = 0; c && j < f->units[b].n_members; j++) {
			const char *d = irkg_finder_member_code(
				f, f->units[b].first_member + j);

			if (d && strcmp(c, d) == 0)
				return 1;
		}
	}
	return 0;
}

/* Whether unit u names two or more distinct states or organisations, none
 * of unit src's. */
static int other_parties(const struct event_finder *f, long u, long src)
{
	const struct unit *x = &f->units[u];
	const char *first = NULL;
	int several = 0;
	size_t i;

	if (x->place || x->n_members < 2)
		return 0;
	for (i = 0; i < x->n_members; i++) {
		const char *c = irkg_finder_member_code(f, x->first_member + i);

		if (!c)
			return 0;
		if (!first)
			first = c;
		else if (strcmp(c, first) != 0)
			several = 1;
	}
	return several && !actors_share_code_unit(f, u, src);
}

void irkg_target_mediated(const struct event_finder *f,
			  const struct event_match *m, long src, long *tgt,
			  long *answered)
{
	const irkg_facts *out = f->out;
	size_t k, by;
	long u;

	/* the doer after "by": "brokered by Qatar", "hosted by Anwar",
	 * "by the World Bank" */
	if (src < 0 || f->units[src].first <= m->head)
		return;
	by = f->units[src].first - 1;
	if (by > f->s_first && irkg_word_is(f->w, by, "the"))
		by--;
	if (by <= f->s_first || !irkg_word_is(f->w, by, "by"))
		return;
	for (u = src; u-- > 0;)
		if (f->units[u].end <= m->first) {
			if (!other_parties(f, u, src))
				continue;
			*tgt = u;
			return;
		}
	for (k = out->n; k-- > 0;) {
		const struct irkg_fact *y = &out->list[k];

		if (y->sentence + 1 < f->sentence)
			break;
		if (y->sentence == f->sentence || y->kind != IRKG_FACT_EVENT ||
		    !several_doers(f, y))
			continue;
		if (!actors_share_code(f, y->first_source, y->n_sources, src))
			*answered = (long)k;
		return;
	}
}
