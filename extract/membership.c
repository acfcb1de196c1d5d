/* Membership of defence alliances and claims to territory (see
 * membership.h): a state that joined or belongs to NATO is its ally, one
 * that joined the EU is not anyone's; a state that claims a territory
 * another governs is in dispute with it. */
#include "membership.h"

#include <string.h>

/* How far before a membership an application or a bid may be ("blocked
 * Sweden's bid to join", "talks on Georgia's accession to"). */
#define UNMADE_REACH 6

static const struct irkg_mention *member_mention(const struct event_finder *f,
						 long u, size_t i)
{
	return &f->mentions[f->members[f->units[u].first_member + i]];
}

/* Whether every member of unit u (-1: none) is an entity of `kind`. */
static int all_of_kind(const struct event_finder *f, long u,
		       enum irkg_entity_kind kind)
{
	size_t i;

	if (u < 0 || !f->units[u].n_members)
		return 0;
	for (i = 0; i < f->units[u].n_members; i++)
		if (member_mention(f, u, i)->kind != kind)
			return 0;
	return 1;
}

/* Whether every member of unit u is a disputed territory. */
static int all_territories(const struct event_finder *f, long u)
{
	size_t i;

	if (u < 0 || !f->units[u].place)
		return 0;
	for (i = 0; i < f->units[u].n_members; i++) {
		const struct irkg_mention *x = member_mention(f, u, i);

		if (!x->entry || !(x->entry->flags & IRKG_ENTRY_TERRITORY))
			return 0;
	}
	return f->units[u].n_members > 0;
}

/* Whether every member of unit u is a defence alliance. */
static int all_alliances(const struct event_finder *f, long u)
{
	size_t i;

	if (!all_of_kind(f, u, IRKG_ENTITY_ORGANISATION))
		return 0;
	for (i = 0; i < f->units[u].n_members; i++) {
		const struct irkg_mention *x = member_mention(f, u, i);

		if (!x->entry || !(x->entry->flags & IRKG_ENTRY_ALLIANCE))
			return 0;
	}
	return 1;
}

/* Whether the word at token t may follow the organisation a state joined
 * (a preposition, conjunction, article, clause word, date or amount);
 * another word makes the organisation the modifier of a noun ("joined
 * NATO allies"), and "in" before a gerund ("joined NATO in condemning")
 * tells an act done with it. */
static int may_follow_joined(const struct event_finder *f, size_t t)
{
	static const int kinds[] = {
		IRKG_WORD_OBJECT_PREPOSITION, IRKG_WORD_MONTH_PREPOSITION,
		IRKG_WORD_CLAUSE_WEAK,	      IRKG_WORD_CLAUSE_STRONG,
		IRKG_WORD_CONJUNCTION,	      IRKG_WORD_DETERMINER,
	};
	const char *next;
	size_t k, n;

	if (!(f->tokens[t].flags & IRKG_TOKEN_WORD) ||
	    f->free_word[t - f->s_first] || f->unit_at[t - f->s_first] >= 0)
		return 1;
	if (irkg_word_is(f->w, t, "in") && t + 1 < f->s_end) {
		next = irkg_word(f->w, t + 1);
		n = strlen(next);
		if (n > 4 && strcmp(next + n - 3, "ing") == 0)
			return 0;
	}
	for (k = 0; k < sizeof(kinds) / sizeof(*kinds); k++)
		if (irkg_word_is_a(f->w, t, kinds[k]))
			return 1;
	return 0;
}

/* Why the words before match m say the membership is not (yet) made, or
 * NULL: "to join" (applied, hopes, wants, was invited, a bid to join),
 * "against joining", or an unmade word ("bid", "talks", "blocked") a few
 * words before in the clause. */
static const char *membership_unmade(const struct event_finder *f,
				     const struct event_match *m)
{
	size_t t;

	if (m->first > f->s_first &&
	    (irkg_word_is(f->w, m->first - 1, "to") ||
	     irkg_word_is(f->w, m->first - 1, "against")))
		return "a membership sought or opposed, not made";
	for (t = m->first; t > f->s_first && t + UNMADE_REACH > m->first;) {
		t--;
		if (irkg_word_is_a(f->w, t, IRKG_WORD_UNMADE))
			return "a membership sought or opposed, not made";
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			break;
	}
	return NULL;
}

/* "Poland, a NATO ally," "Estonia, a member of NATO": the member is the
 * unit right before the comma, not the doer of the clause ("Russia
 * attacked a NATO member"). */
static int appositive_of(const struct event_finder *f,
			 const struct event_match *m, long src)
{
	return m->first >= f->s_first + 2 && src >= 0 &&
	       irkg_word_is(f->w, m->first - 1, ",") &&
	       f->units[src].end == m->first - 1;
}

/* "Tallinn had asked its NATO allies": the owner "its" stands for is the
 * actor named last before it, which must be the source found. */
static int owner_is(const struct event_finder *f, const struct event_match *m,
		    long src)
{
	long u;

	if (src < 0 || f->units[src].end > m->first)
		return 0;
	for (u = 0; u < (long)f->n_units; u++)
		if (u != src && !f->units[u].place &&
		    f->units[u].first >= f->units[src].end &&
		    f->units[u].end <= m->first)
			return 0;
	return 1;
}

/* Whether match m says "ally" or "allies" (not "member"). */
static int names_ally(const struct event_finder *f, const struct event_match *m)
{
	size_t t;

	for (t = m->first; t < m->end; t++)
		if (irkg_word_is(f->w, t, "ally") ||
		    irkg_word_is(f->w, t, "allies"))
			return 1;
	return 0;
}

static const char *check_member(const struct event_finder *f,
				const struct event_match *m,
				struct irkg_fact *x, long src, long tgt)
{
	long org, state;
	const char *why;
	size_t after;

	if (all_of_kind(f, tgt, IRKG_ENTITY_ORGANISATION)) {
		org = tgt;
		state = src;
	} else if (all_of_kind(f, src, IRKG_ENTITY_ORGANISATION)) {
		org = src;
		state = tgt;
	} else if (all_of_kind(f, src, IRKG_ENTITY_STATE) &&
		   all_of_kind(f, tgt, IRKG_ENTITY_STATE) && names_ally(f, m) &&
		   ((!irkg_word_is(f->w, m->first, "a") &&
		     !irkg_word_is(f->w, m->first, "an")) ||
		    appositive_of(f, m, src))) {
		/* "Japan, a close U.S. ally,": an ally of a state is in
		 * alliance with it */
		x->code = "alliance";
		return NULL;
	} else {
		return "a membership of no organisation";
	}
	if (!all_alliances(f, org))
		return "a membership of an organisation that is no defence "
		       "alliance";
	if (!all_of_kind(f, state, IRKG_ENTITY_STATE))
		return "a member that is no state";
	if ((irkg_word_is(f->w, m->first, "a") ||
	     irkg_word_is(f->w, m->first, "an") ||
	     irkg_word_is(f->w, m->first, "fellow")) &&
	    !appositive_of(f, m, src))
		return "a member named by no one before the comma";
	if ((irkg_word_is(f->w, m->first, "its") ||
	     irkg_word_is(f->w, m->first, "their")) &&
	    !owner_is(f, m, src))
		return "allies of another actor than the one named last";
	why = membership_unmade(f, m);
	if (why)
		return why;
	after = f->units[org].end;
	if (org == tgt && after == m->end && after < f->s_end &&
	    !may_follow_joined(f, after))
		return "the organisation names what the state joined "
		       "(\"joined NATO allies in condemning\")";
	x->code = "alliance";
	return NULL;
}

/* The place unit a relative clause around token t hangs on: "the
 * Senkaku Islands, which Japan controls and China claims"; or -1. */
static long relative_antecedent(const struct event_finder *f, size_t t)
{
	size_t k;
	long u;

	if (!f->relative[t - f->s_first])
		return -1;
	for (k = t; k > f->s_first + 1; k--)
		if (irkg_word_is(f->w, k, "which") &&
		    irkg_word_is(f->w, k - 1, ","))
			break;
	if (k <= f->s_first + 1)
		return -1;
	for (u = (long)f->n_units - 1; u >= 0; u--)
		if (f->units[u].place && f->units[u].end <= k - 1 &&
		    f->units[u].end + 3 >= k - 1)
			return u;
	return -1;
}

/* Whether the claim of match m is the noun with "to", "over" or "on"
 * before the target unit tgt (not the verb "claimed"). */
static int claim_noun_before(const struct event_finder *f,
			     const struct event_match *m, long tgt)
{
	size_t t;

	if (tgt < 0)
		return 0;
	for (t = m->head; t + 1 < f->units[tgt].first && t < m->end; t++)
		if ((irkg_word_is(f->w, t, "claim") ||
		     irkg_word_is(f->w, t, "claims")) &&
		    (irkg_word_is(f->w, t + 1, "to") ||
		     irkg_word_is(f->w, t + 1, "over") ||
		     irkg_word_is(f->w, t + 1, "on")))
			return 1;
	return 0;
}

/* Whether unit u names two different states or more, each member for a
 * state (its name, or a person or body acting for it), no organisation. */
static int two_states(const struct event_finder *f, long u)
{
	const char *first = NULL, *code;
	size_t i;

	for (i = 0; i < f->units[u].n_members; i++) {
		code = irkg_finder_member_code(f, f->units[u].first_member + i);
		if (!code ||
		    member_mention(f, u, i)->kind == IRKG_ENTITY_ORGANISATION)
			return 0;
		if (first && strcmp(code, first) != 0)
			return 1;
		first = code;
	}
	return 0;
}

/* Whether the claim of match m is made jointly by two states or more of
 * unit src over one thing: "a trade route that both countries claim",
 * "the shoal is claimed by both countries", "Vietnam and China claim the
 * Paracels". Two states that claim one place are in dispute with each
 * other, whoever governs it. The claim must have its object before it or
 * a place after it: "Russia and China claimed that the vote was rigged"
 * or "claimed victory" is no claim to land. */
static int joint_claim(const struct event_finder *f,
		       const struct event_match *m, long src, long tgt)
{
	size_t next = m->end;

	if (!two_states(f, src))
		return 0;
	/* a place of one of them claimed too ("Kashmir, claimed by both
	 * India and Pakistan") */
	if (tgt >= 0)
		return f->units[tgt].place;
	/* the object is what the relative clause or the passive hangs on:
	 * the claim ends its clause ("that both countries claim."), and no
	 * clause of what is claimed follows ("claimed that …") */
	return m->pattern->elements[m->pattern->n_elements - 1].kind ==
		       IRKG_ELEMENT_SRC ||
	       next >= f->s_end || irkg_word_is(f->w, next, ",") ||
	       irkg_word_is(f->w, next, ".") || irkg_word_is(f->w, next, ";");
}

static const char *check_claim(const struct event_finder *f,
			       const struct event_match *m, struct irkg_fact *x,
			       long src, long *tgt)
{
	if (*tgt < 0)
		*tgt = relative_antecedent(f, m->head);
	if (src >= 0 && joint_claim(f, m, src, *tgt)) {
		*tgt = -1; /* the claimants pair among themselves */
		x->code = "dispute";
		return NULL;
	}
	/* "Russia claimed the town of Pokrovsk": a capture, not a claim;
	 * but a claim to or over a state's land ("lays claim to four
	 * Ukrainian regions") is one */
	if (!all_territories(f, *tgt) &&
	    !(claim_noun_before(f, m, *tgt) &&
	      all_of_kind(f, *tgt, IRKG_ENTITY_STATE)))
		return "a claim to no disputed territory one state governs";
	if (!all_of_kind(f, src, IRKG_ENTITY_STATE))
		return "a claim by no state";
	if (irkg_finder_same_actors(f, src, *tgt))
		return "a claim to a territory the claimant governs";
	x->code = "dispute";
	return NULL;
}

const char *irkg_membership_check(const struct event_finder *f,
				  const struct event_match *m,
				  struct irkg_fact *x, long *src, long *tgt)
{
	if (m->pattern->kind != IRKG_PATTERN_RELATION)
		return NULL;
	if (strcmp(m->pattern->code, "alliance.member") == 0)
		return check_member(f, m, x, *src, *tgt);
	if (strcmp(m->pattern->code, "alliance.left") == 0) {
		if (!all_alliances(f, *tgt) ||
		    !all_of_kind(f, *src, IRKG_ENTITY_STATE))
			return "no state leaving a defence alliance";
		return NULL; /* kept until irkg_membership_settle */
	}
	if (strcmp(m->pattern->code, "dispute.claim") == 0)
		return check_claim(f, m, x, *src, tgt);
	/* "renounced its claim to the Falklands": the longer match hides
	 * the claim inside it, and gives nothing itself */
	if (strcmp(m->pattern->code, "dispute.claim-dropped") == 0)
		return "a claim given up";
	return NULL;
}

/* Whether fact y names mention code `code` among actors[first, first+n). */
static int names_code(const struct event_finder *f, size_t first, size_t n,
		      const char *code)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *c = f->mentions[f->out->actors[first + i]].code;

		if (c && strcmp(c, code) == 0)
			return 1;
	}
	return 0;
}

/* Remove the actors with `code` from actors[first, first + *n), keeping
 * the order of the others. */
static void drop_code(struct event_finder *f, size_t first, size_t *n,
		      const char *code)
{
	size_t i, k = 0;

	for (i = 0; i < *n; i++) {
		size_t a = f->out->actors[first + i];
		const char *c = f->mentions[a].code;

		if (!c || strcmp(c, code) != 0)
			f->out->actors[first + k++] = a;
	}
	*n = k;
}

/* The states of leaving fact `left` out of alliance fact y, on whichever
 * side the organisation it left is. Returns whether any was. */
static int cancel_in(struct event_finder *f, const struct irkg_fact *left,
		     struct irkg_fact *y)
{
	const size_t *actors = f->out->actors;
	size_t i, k, before = y->n_sources + y->n_targets;

	for (i = 0; i < left->n_targets; i++) {
		const char *org =
			f->mentions[actors[left->first_target + i]].code;

		if (!org)
			continue;
		for (k = 0; k < left->n_sources; k++) {
			const char *state =
				f->mentions[actors[left->first_source + k]]
					.code;

			if (!state)
				continue;
			if (names_code(f, y->first_target, y->n_targets, org))
				drop_code(f, y->first_source, &y->n_sources,
					  state);
			if (names_code(f, y->first_source, y->n_sources, org))
				drop_code(f, y->first_target, &y->n_targets,
					  state);
		}
	}
	return y->n_sources + y->n_targets != before;
}

void irkg_membership_settle(struct event_finder *f)
{
	irkg_facts *out = f->out;
	size_t i, k, kept = 0;
	struct irkg_dyad pair;

	for (i = 0; i < out->n; i++) {
		if (out->list[i].kind != IRKG_FACT_RELATION ||
		    strcmp(out->list[i].code, "alliance.left") != 0)
			continue;
		for (k = 0; k < out->n; k++) {
			struct irkg_fact *y = &out->list[k];

			/* an alliance left with no pair of parties goes
			 * with the leavings */
			if (y->kind == IRKG_FACT_RELATION &&
			    strcmp(y->code, "alliance") == 0 &&
			    cancel_in(f, &out->list[i], y) &&
			    !irkg_fact_dyads(out, y, f->mentions, &pair, 1))
				y->code = "alliance.left";
		}
	}
	for (i = 0; i < out->n; i++) {
		const struct irkg_fact *x = &out->list[i];

		if (x->kind == IRKG_FACT_RELATION &&
		    strcmp(x->code, "alliance.left") == 0)
			continue;
		out->list[kept++] = *x;
	}
	out->n = kept;
}
