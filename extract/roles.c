/* Who did it to whom (see roles.h): the source and target of a match from
 * its slots, the clause's subject and object, the passive, owners and
 * "between". */
#include "roles.h"

#include <string.h>

#include "modality.h"
#include "setting.h"
#include "target.h"

/* Whether token t is "'s" or "'" and a relational noun follows within
 * three words: the actor before it owns a relation, it does not act. */
static int owns_relation(const struct event_finder *f, size_t t)
{
	size_t k;

	if (t >= f->s_end ||
	    !(irkg_word_is(f->w, t, "'s") || irkg_word_is(f->w, t, "'")))
		return 0;
	for (k = t + 1; k < f->s_end && k <= t + 3; k++)
		if (irkg_word_is_a(f->w, k, IRKG_WORD_RELATIONAL_NOUN))
			return 1;
	return 0;
}

/* Whether the unit starting at token `first` ends a phrase opened by a
 * preposition: "by the foreign ministers of the three countries" (the
 * prepositions' nouns, "of" and determiners passed, at most six words
 * back, not before token `clause`). */
static int in_prepositional_phrase(const struct event_finder *f, size_t first,
				   size_t clause)
{
	size_t t;

	for (t = first; t > clause && first - t < 6; t--) {
		if (irkg_word_is_a(f->w, t - 1, IRKG_WORD_OBJECT_PREPOSITION))
			return 1;
		if (!irkg_word_is(f->w, t - 1, "of") &&
		    !irkg_word_is_a(f->w, t - 1, IRKG_WORD_DETERMINER) &&
		    !irkg_finder_noun_word(f, t - 1))
			return 0;
	}
	return 0;
}

/* "Togo's Faure Gnassingbé, the AU-appointed mediator in the talks,
 * travelled", "Qatar's minister, an EU-backed envoy, met": when unit u
 * of one actor opens an apposition (", the|a|an" and at most two words
 * before it, a comma closing it before token `first` with no actor
 * between), the unit
 * the apposition describes, which ends before its comma; or -1. */
static long apposition_head(const struct event_finder *f, long u, size_t first)
{
	size_t t, start = f->units[u].first;
	long head;

	/* "Japan, the United States and South Korea, said": a list */
	if (f->units[u].n_members != 1)
		return -1;
	for (t = f->units[u].end; t < first; t++) {
		if (f->unit_of[t - f->s_first] >= 0 ||
		    f->boundary[t - f->s_first] == STRONG_BOUNDARY)
			return -1;
		if (irkg_word_is(f->w, t, ","))
			break;
	}
	if (t >= first)
		return -1;
	for (t = start; t > f->s_first + 2 && start - t <= 2; t--) {
		if (!irkg_word_is_a(f->w, t - 1, IRKG_WORD_DETERMINER) ||
		    !irkg_word_is(f->w, t - 2, ","))
			continue;
		head = f->unit_of[t - 3 - f->s_first];
		return head >= 0 && head != u && f->units[head].end == t - 2 &&
				       !f->units[head].place
			       ? head
			       : -1;
	}
	return -1;
}

/* The subject of the clause before token `first`: the nearest unit. Across
 * "but" with no actor in between ("The two nations are allies of the
 * United States but have long had friction"), the subject the clauses
 * share: the first unit of the clause before "but", unless it follows a
 * preposition ("was founded by the ministers of the three countries, but
 * its leaders have met": not the three). */
long irkg_roles_subject_before(const struct event_finder *f, size_t first,
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
		     !irkg_word_is(f->w, f->units[u].first - 1, "with")) &&
		    (irkg_word_is_a(f->w, f->units[u].first - 1,
				    IRKG_WORD_OBJECT_PREPOSITION) ||
		     (irkg_word_is_a(f->w, f->units[u].first - 1,
				     IRKG_WORD_DETERMINER) &&
		      irkg_word_is_a(f->w, f->units[u].first - 2,
				     IRKG_WORD_OBJECT_PREPOSITION)))) {
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
		if (u >= 0 && apposition_head(f, u, first) >= 0) {
			t = f->units[u].first;
			continue;
		}
		if (u >= 0)
			return f->units[u].end <= first ? u : -1;
		if (f->boundary[t - f->s_first] == NO_BOUNDARY)
			continue;
		/* "Niger, Mali and Burkina Faso, which are bound by a pact":
		 * the relative pronoun stands for the actor before it */
		if ((irkg_word_is(f->w, t, "which") ||
		     irkg_word_is(f->w, t, "who") ||
		     irkg_word_is(f->w, t, "whose")) &&
		    t >= f->s_first + 2 && irkg_word_is(f->w, t - 1, ",") &&
		    f->unit_of[t - 2 - f->s_first] >= 0 &&
		    f->units[f->unit_of[t - 2 - f->s_first]].end == t - 1)
			return f->unit_of[t - 2 - f->s_first];
		/* "said he was optimistic after a telephone call with Wang
		 * Yi": "after" opens a phrase, not a clause */
		if (through_phrases &&
		    (irkg_word_is(f->w, t, "after") ||
		     irkg_word_is(f->w, t, "before") ||
		     irkg_word_is(f->w, t, "despite") ||
		     irkg_word_is(f->w, t, "amid")) &&
		    first - t <= 3)
			continue;
		if (!irkg_word_is(f->w, t, "but"))
			return -1;
		for (k = t; k > f->s_first &&
			    f->boundary[k - 1 - f->s_first] == NO_BOUNDARY;
		     k--)
			;
		for (size_t clause = k; k < t; k++)
			if (f->unit_at[k - f->s_first] >= 0)
				return in_prepositional_phrase(f, k, clause)
					       ? -1
					       : f->unit_at[k - f->s_first];
		return -1;
	}
	return -1;
}

/* "ECOWAS, which Niger quit in January": the actor before ", which" whose
 * clause the unit at token `first` is the subject of; or -1. */
static long relative_antecedent(const struct event_finder *f, size_t first)
{
	size_t comma = first - 2;
	long u;

	if (first < f->s_first + 3 || !irkg_word_is(f->w, first - 1, "which"))
		return -1;
	/* "China, with which it signed a partnership" */
	if (irkg_word_is_a(f->w, comma, IRKG_WORD_OBJECT_PREPOSITION) &&
	    comma > f->s_first + 1)
		comma--;
	if (!irkg_word_is(f->w, comma, ","))
		return -1;
	u = f->unit_of[comma - 1 - f->s_first];
	return u >= 0 && f->units[u].end == comma ? u : -1;
}

/* Whether the act at `first` has for subject people irkg does not code,
 * named just before it: "gunmen killed 26 people", "militants have
 * attacked". */
static int unnamed_doer(const struct event_finder *f, size_t first)
{
	size_t t = first;

	while (t > f->s_first && irkg_word_is_a(f->w, t - 1, IRKG_WORD_HEDGE))
		t--;
	return t > f->s_first &&
	       irkg_word_is_a(f->w, t - 1, IRKG_WORD_UNCODED_DOER) &&
	       !(t > f->s_first + 1 && f->unit_of[t - 2 - f->s_first] >= 0);
}

/* The unit owning the noun at token `first`: "Russia's invasion",
 * "the Georgian government's arrest"; or -1. */
static long possessor_before(const struct event_finder *f, size_t first)
{
	size_t t;
	long u;

	if (first < f->s_first + 2 || !(irkg_word_is(f->w, first - 1, "'s") ||
					irkg_word_is(f->w, first - 1, "'")))
		return -1;
	t = first - 1;
	/* past the noun a state adjective opens: "Georgian government" */
	if (t > f->s_first + 1 && f->unit_of[t - 1 - f->s_first] < 0 &&
	    irkg_finder_noun_word(f, t - 1))
		t--;
	u = f->unit_of[t - 1 - f->s_first];
	if (u < 0 || f->units[u].end != t ||
	    (t != first - 1 && !irkg_finder_ends_in_adjective(f, u)))
		return -1;
	return u;
}

/* Whether unit u is the object of another act before m: its target
 * slot, or, when m follows "and" ("condemned what he called Venezuela's
 * violation and demanded"), a unit after that act's words. */
static int object_of_match(const struct event_finder *f, long u,
			   const struct event_match *m)
{
	int after_and = m->first > f->s_first &&
			irkg_word_is(f->w, m->first - 1, "and");
	size_t k;

	for (k = 0; k < f->n_matches; k++) {
		const struct event_match *o = &f->matches[k];

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
long irkg_roles_main_subject(const struct event_finder *f, size_t before)
{
	size_t i;

	for (i = 0; i < f->n_units; i++) {
		const struct unit *u = &f->units[i];

		/* "URUMQI, China, July 9 (Wire) - Pakistan and ...": the
		 * dateline's place is where the story was filed */
		if (u->place && f->tokens[u->first].start <
					f->doc->article->dateline_length)
			continue;
		if (u->place || u->end > before)
			return -1;
		if (u->first > f->s_first &&
		    (irkg_word_is_a(f->w, u->first - 1,
				    IRKG_WORD_OBJECT_PREPOSITION) ||
		     (u->first > f->s_first + 1 &&
		      irkg_word_is_a(f->w, u->first - 1,
				     IRKG_WORD_DETERMINER) &&
		      irkg_word_is_a(f->w, u->first - 2,
				     IRKG_WORD_OBJECT_PREPOSITION))))
			continue;
		return (long)i;
	}
	return -1;
}

/* The unit after "along with" or "together with" in the clause after token
 * `end`, or -1. */
long irkg_roles_co_actor_after(const struct event_finder *f, size_t end)
{
	size_t t;

	for (t = end; t + 2 < f->s_end && t < end + RELATION_REACH; t++) {
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			return -1;
		if ((irkg_word_is(f->w, t, "along") ||
		     irkg_word_is(f->w, t, "together")) &&
		    irkg_word_is(f->w, t + 1, "with"))
			return f->unit_at[t + 2 - f->s_first];
	}
	return -1;
}

/* The first unit after token `end` that is not a topic ("cooperate on
 * North Korea") or a place, within the clause and `reach` words. */
/* The tokens of a quotation at token t, past a determiner ("what he
 * called the "reckless behaviour" of Russian pilots"), quote marks
 * included; 0 when none closes within a short phrase. */
static size_t quoted_after(const struct event_finder *f, size_t t)
{
	size_t k, open = t;

	if (open < f->s_end && irkg_word_is_a(f->w, open, IRKG_WORD_DETERMINER))
		open++;
	if (open >= f->s_end || !irkg_word_is(f->w, open, "\""))
		return 0;
	for (k = open + 1; k < f->s_end && k <= open + 6; k++)
		if (irkg_word_is(f->w, k, "\""))
			return k + 1 - t;
	return 0;
}

static long object_after(const struct event_finder *f, size_t end, size_t reach,
			 int hostile, int skip_of, int past_after)
{
	size_t t;

	for (t = end; t < f->s_end && t < end + reach; t++) {
		long u = f->unit_at[t - f->s_first];

		/* "imposed sanctions on Tuesday on seven U.S. contractors":
		 * a date or a count is not what stands between */
		if (u < 0 && (irkg_setting_in_date(f, t) ||
			      irkg_word_is_a(f->w, t, IRKG_WORD_COUNT) ||
			      (irkg_word(f->w, t)[0] >= '0' &&
			       irkg_word(f->w, t)[0] <= '9')))
			reach++;
		/* The object is in the clause; a reaction's cause may follow
		 * "after" ("voiced disappointment after Tokyo ..."), but not
		 * a meeting's counterpart ("held emergency talks after
		 * Chilean troops crossed") */
		if (f->boundary[t - f->s_first] == STRONG_BOUNDARY ||
		    (f->boundary[t - f->s_first] == WEAK_BOUNDARY &&
		     !(past_after && irkg_word_is(f->w, t, "after"))))
			return -1;
		/* "signed a forces agreement in 2007, and Albanese and
		 * Marcos raised their ties": ", and" opens a clause of its
		 * own, whose subject is no object of this one */
		if (t > end && irkg_word_is(f->w, t, "and") &&
		    irkg_word_is(f->w, t - 1, ","))
			return -1;
		/* "condemned what he called Venezuela's violation": the
		 * speaker of the scare quote is not the object */
		if (u >= 0 && f->units[u].end < f->s_end &&
		    irkg_word_is_a(f->w, f->units[u].end,
				   IRKG_WORD_SCARE_VERB)) {
			reach += f->units[u].end + 1 - t +
				 quoted_after(f, f->units[u].end + 1);
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
			if (t > f->s_first && irkg_word_is(f->w, t - 1, "by"))
				continue;
			/* "met in the South Korean city of Busan" */
			size_t before = t - 1;

			if (t > f->s_first + 1 &&
			    irkg_word_is_a(f->w, t - 1, IRKG_WORD_DETERMINER))
				before = t - 2;
			if (t > f->s_first &&
			    ((irkg_word_is_a(f->w, before,
					     IRKG_WORD_TOPIC_OR_PLACE) &&
			      !(hostile &&
				(irkg_word_is(f->w, before, "on") ||
				 irkg_word_is(f->w, before, "at") ||
				 irkg_word_is(f->w, before, "against")))) ||
			     (skip_of && irkg_word_is(f->w, before, "of"))))
				continue;
			return u;
		}
	}
	return -1;
}

/* A possessive unit just before token `first`, past adjectives ("the
 * Philippines' closest security partners"), or -1. */
static long owner_before(const struct event_finder *f, size_t first)
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

/* "Relations deteriorated": the two states of the sentence, or none. */
static int trend_parties(const struct event_finder *f, long *a, long *b)
{
	size_t i;

	*a = *b = -1;
	for (i = 0; i < f->n_units; i++) {
		const struct unit *u = &f->units[i];

		if (u->first > f->s_first &&
		    irkg_word_is_a(f->w, u->first - 1,
				   IRKG_WORD_TOPIC_OR_PLACE))
			continue;
		if (!irkg_finder_coded(f, (long)i))
			continue;
		if (*a < 0)
			*a = (long)i;
		else if (!irkg_finder_same_actors(f, *a, (long)i) && *b < 0)
			*b = (long)i;
		else if (!irkg_finder_same_actors(f, *a, (long)i) &&
			 !irkg_finder_same_actors(f, *b, (long)i))
			return 0; /* three or more: not guessed */
	}
	return *a >= 0 && *b >= 0;
}

/* Whether the words matched speak of sanctions ("lifted the sanctions"):
 * then "on" names whom they hit. */
static int mentions_sanctions(const struct event_finder *f,
			      const struct event_match *m)
{
	size_t t;

	for (t = m->first; t < m->end; t++)
		if (strncmp(f->stems[t - f->s_first], "sanction", 8) == 0)
			return 1;
	return 0;
}

/* The unit after "by" [the] right after token `end` (at most one word
 * between), or -1. */
long irkg_roles_agent_after(const struct event_finder *f, size_t end)
{
	size_t t;

	for (t = end; t < f->s_end && t < end + 4; t++) {
		if (irkg_word_is(f->w, t, "by") && t + 1 < f->s_end) {
			return irkg_finder_unit_past_article(f, t + 1);
		}
		/* "the arrest of a Serbian police officer by": past the
		 * noun a state adjective opens, nothing else */
		if (t >= end + 1 && !irkg_finder_noun_word(f, t))
			return -1;
	}
	return -1;
}

/* Whether "with" right after token `end` opens a phrase naming parties
 * that are not actors: the act is with them, not among the sources. */
static int with_unnamed_after(const struct event_finder *f, size_t end)
{
	size_t t;

	if (end >= f->s_end || !irkg_word_is(f->w, end, "with"))
		return 0;
	for (t = end + 1; t < f->s_end && t <= end + 4; t++) {
		if (f->unit_of[t - f->s_first] >= 0 ||
		    f->boundary[t - f->s_first] != NO_BOUNDARY)
			return 0;
		if (irkg_word_is_a(f->w, t, IRKG_WORD_PARTY_NOUN))
			return 1;
	}
	return 0;
}

/* In a passive clause ("were abducted by Eritrean soldiers"), the unit
 * after "by", or -1. */
static long passive_agent(const struct event_finder *f,
			  const struct event_match *m)
{
	size_t t = m->first;

	if (t > f->s_first &&
	    !irkg_word_is_a(f->w, t - 1, IRKG_WORD_AUXILIARY) &&
	    t > f->s_first + 1 &&
	    irkg_word_is_a(f->w, t - 2, IRKG_WORD_AUXILIARY))
		t--; /* "were reportedly abducted" */
	if (t == f->s_first ||
	    !irkg_word_is_a(f->w, t - 1, IRKG_WORD_AUXILIARY))
		return -1;
	for (t = m->end; t < f->s_end && t < m->end + 2; t++)
		if (irkg_word_is(f->w, t, "by") && t + 1 < f->s_end) {
			return irkg_finder_unit_past_article(f, t + 1);
		}
	return -1;
}

/* "14 Vietnamese fishermen who were detained by the Malaysian coast
 * guard": the unit a relative clause whose verb is at `first` hangs on
 * (its relative pronoun just before the auxiliary, a noun of up to two
 * words between the unit and it), or -1. */
static long relative_head(const struct event_finder *f, size_t first)
{
	size_t t = first, k;

	if (t > f->s_first && !irkg_word_is_a(f->w, t - 1, IRKG_WORD_AUXILIARY))
		t--; /* "who were reportedly detained" */
	if (t < f->s_first + 3 ||
	    !irkg_word_is_a(f->w, t - 1, IRKG_WORD_AUXILIARY) ||
	    !(irkg_word_is(f->w, t - 2, "who") ||
	      irkg_word_is(f->w, t - 2, "which") ||
	      irkg_word_is(f->w, t - 2, "that")))
		return -1;
	for (k = t - 2; k-- > f->s_first && k + 6 > t;) {
		long u = f->unit_of[k - f->s_first];

		if (u >= 0)
			return f->units[u].end == k + 1 && !f->units[u].place
				       ? u
				       : -1;
		if (!(f->tokens[k].flags & IRKG_TOKEN_WORD))
			return -1;
	}
	return -1;
}

/* "were abducted by Eritrean soldiers", "a visit to Warsaw by Turkey's
 * foreign minister": the doer after "by". */
static void doer_by(const struct event_finder *f, const struct event_match *m,
		    long *src, long *tgt)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;

	/* "Three Ethiopian herders were abducted by Eritrean soldiers": in
	 * the passive the doer follows "by" and the subject suffered it */
	if (*src < 0 && *tgt < 0 && !relation) {
		long by = passive_agent(f, m);

		if (by >= 0) {
			*tgt = irkg_roles_subject_before(f, m->first,
							 !relation);
			if (*tgt < 0)
				*tgt = relative_head(f, m->first);
			*src = by;
		}
	}
	/* "a visit to Warsaw by Turkish Foreign Minister Hakan Fidan":
	 * the doer of a noun follows "by" */
	if (*src < 0 && !relation && m->first > f->s_first &&
	    (irkg_word_is_a(f->w, m->first - 1, IRKG_WORD_DETERMINER) ||
	     irkg_word_is(f->w, m->first - 1, "during") ||
	     irkg_word_is(f->w, m->first - 1, "after"))) {
		long by = irkg_roles_agent_after(f, m->end);

		if (by >= 0 && by != *tgt)
			*src = by;
	}
}

/* "talks between delegations from Congo and Rwanda", "the pact that
 * Solomon Islands and China struck", "tensions between the Asian nations":
 * the parties named after "between" or in the clause after an agreement. */
static void parties_between(const struct event_finder *f,
			    const struct event_match *m,
			    const struct irkg_fact *x, long *src, long *tgt)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;

	/* "Qatar mediated a new round of talks between delegations from
	 * Congo and Rwanda": a consultation's other side after "between" */
	if (!relation && *tgt < 0 && irkg_event_root(x->code) == 4) {
		size_t t;

		for (t = m->end; t < f->s_end && t < m->end + RELATION_REACH;
		     t++) {
			if (f->boundary[t - f->s_first] != NO_BOUNDARY)
				break;
			if (irkg_word_is(f->w, t, "between")) {
				size_t k;

				for (k = t + 1; k < f->s_end && k <= t + 4; k++)
					if (f->unit_at[k - f->s_first] >= 0) {
						long u = f->unit_at[k -
								    f->s_first];

						if (f->units[u].n_members >= 2)
							*tgt = u;
						break;
					}
				break;
			}
		}
	}
	/* "the security pact that Solomon Islands and China struck": the
	 * parties of an agreement are the subject of the clause that
	 * follows it */
	if (relation && *src < 0 && *tgt < 0 &&
	    strncmp(x->code, "agreement", 9) == 0 && m->end + 2 < f->s_end &&
	    (irkg_word_is(f->w, m->end, "that") ||
	     irkg_word_is(f->w, m->end, "which"))) {
		long u = f->unit_at[m->end + 1 - f->s_first];

		if (u >= 0 && f->units[u].n_members >= 2)
			*src = u;
	}
	/* "renewed tensions between the Asian nations": the parties are
	 * named after "between" */
	if (relation && *src < 0 && *tgt < 0) {
		size_t t;

		for (t = m->end; t < f->s_end && t < m->end + 2; t++)
			if (irkg_word_is(f->w, t, "between") &&
			    t + 1 < f->s_end) {
				long u =
					irkg_finder_unit_past_article(f, t + 1);

				if (u >= 0 && f->units[u].n_members >= 2)
					*src = u;
				break;
			}
	}
}

/* The source of match m (and a target the passive or a broker gives):
 * NULL, or why the match has none that irkg codes. */
/* "France and Poland signed a treaty in 2025, under which each promised
 * to come to the other's aid": a relation told in a clause opened by a
 * preposition and "which", with no actor before it in that clause, is
 * between the parties of the main clause, who made the thing "which"
 * stands for. */
static int treaty_clause(const struct event_finder *f, size_t first)
{
	size_t t;

	for (t = first; t-- > f->s_first + 2;) {
		if (f->unit_of[t - f->s_first] >= 0)
			return 0;
		if (f->boundary[t - f->s_first] == NO_BOUNDARY)
			continue;
		return irkg_word_is(f->w, t, "which") &&
		       irkg_word_is_a(f->w, t - 1,
				      IRKG_WORD_OBJECT_PREPOSITION) &&
		       irkg_word_is(f->w, t - 2, ",");
	}
	return 0;
}

/* The token of ", and" that the verb at `first` follows, past at most two
 * lower-case words that are no actor ("and first sanctioned", "and has
 * since imposed"); 0 when there is none. */
static size_t comma_and_before(const struct event_finder *f, size_t first)
{
	size_t t;

	for (t = first; t > f->s_first + 1 && first - t <= 2; t--) {
		if (irkg_word_is(f->w, t - 1, "and"))
			return irkg_word_is(f->w, t - 2, ",") ? t - 1 : 0;
		if (f->unit_of[t - 1 - f->s_first] >= 0 ||
		    f->boundary[t - 1 - f->s_first] != NO_BOUNDARY ||
		    (f->tokens[t - 1].flags &
		     (IRKG_TOKEN_WORD | IRKG_TOKEN_CAPITALISED)) !=
			    IRKG_TOKEN_WORD)
			return 0;
	}
	return 0;
}

/* "The EU has adopted sanctions against Moscow since Russia's invasion of
 * Ukraine, and first sanctioned Russian officials in 2014": a verb after
 * ", and" whose nearest actor stands in a subordinate clause opened after
 * the main clause's subject (the clause the comma closes) shares the
 * main clause's subject, not that actor (unit `near`). Returns the unit
 * to use instead, or `near`. */
static long coordinated_subject(const struct event_finder *f, size_t first,
				long near)
{
	size_t and_at = comma_and_before(f, first), t;
	long main;

	if (!and_at || near < 0)
		return near;
	for (t = and_at - 1; t-- > f->units[near].end;)
		if (f->boundary[t - f->s_first] != NO_BOUNDARY)
			return near; /* a clause opens after the actor */
	for (t = f->units[near].first; t > f->s_first; t--) {
		if (f->boundary[t - 1 - f->s_first] == STRONG_BOUNDARY)
			return near;
		if (f->boundary[t - 1 - f->s_first] == WEAK_BOUNDARY)
			break;
	}
	if (t == f->s_first)
		return near; /* no subordinate clause holds the actor */
	main = irkg_roles_main_subject(f, t - 1);
	return main >= 0 && main != near ? main : near;
}

/* Whether relation match m opens the clause after ", and" with no
 * subject of its own: its verb shares the subject of the verb before it,
 * as an act's does ("Since 2022, Ukraine has fought Russia, and
 * sanctioned Iranian drone makers": Ukraine's sanctions, not Russia's). */
static int verb_after_and(const struct event_finder *f,
			  const struct event_match *m)
{
	return m->first > f->s_first + 1 &&
	       irkg_word_is(f->w, m->first - 1, "and") &&
	       irkg_word_is(f->w, m->first - 2, ",");
}

static const char *find_source(const struct event_finder *f,
			       const struct event_match *m,
			       const struct irkg_fact *x, long *src, long *tgt)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;

	doer_by(f, m, src, tgt);
	parties_between(f, m, x, src, tgt);
	/* "an agreement brokered by Qatar": the doer follows the verb,
	 * the clause's subject is who it was done for; but a statement is
	 * made for no one ("the UN regretted the announcement made by
	 * Washington") */
	if (!relation && *src >= 0 && *tgt < 0 &&
	    f->units[*src].first > m->head &&
	    irkg_event_root(m->pattern->code) != 1)
		*tgt = irkg_roles_subject_before(f, m->first, 1);
	/* "the Georgian government's arrest of two opposition leaders":
	 * the owner of a noun is its doer */
	if (*src < 0 && !relation)
		*src = possessor_before(f, m->first);
	if (*src < 0 && !relation && unnamed_doer(f, m->first))
		return "done by people not coded";
	if (*src < 0) {
		*src = irkg_roles_subject_before(f, m->first, !relation);
		*src = coordinated_subject(f, m->first, *src);
		/* "denied that troops had entered Guyanese territory and
		 * accused Georgetown": the object of an earlier act is not
		 * the subject of a later one */
		if (*src >= 0 && (!relation || verb_after_and(f, m)) &&
		    object_of_match(f, *src, m) &&
		    /* "thanked Turkey for hosting the talks": Turkey hosted */
		    !irkg_word_is(f->w, m->first - 1, "for")) {
			long main = irkg_roles_main_subject(f, m->first);

			*src = main >= 0 && main != *src ? main : -1;
		}
	}
	/* a verb after "and", or after a comma (a participle, or the main
	 * verb after an apposition: "Ortagus, the deputy U.S. envoy, who
	 * visited Beirut, demanded that"), whose own clause has no subject
	 * shares the main clause's */
	if (*src < 0 && !relation && m->first > f->s_first + 1 &&
	    (irkg_word_is(f->w, m->first - 1, "and") ||
	     irkg_word_is(f->w, m->first - 1, ",")))
		*src = irkg_roles_main_subject(f, m->first);
	if (*src < 0 && relation && treaty_clause(f, m->first))
		*src = irkg_roles_main_subject(f, m->first);
	return NULL;
}

/* The target of match m when its slots name none: the clause's object, an
 * owner, the answered act's doer (*answered, a fact index), the place a
 * hostile act hit, the doer of what a disapproval is about. */
static void find_target(const struct event_finder *f,
			const struct event_match *m, struct irkg_fact *x,
			long src, long *tgt, long *answered)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;

	if (*tgt < 0)
		*tgt = object_after(
			f, m->end,
			relation			 ? RELATION_REACH
			: irkg_event_root(x->code) >= 10 ? HOSTILE_REACH
							 : TARGET_REACH,
			(relation ? strcmp(x->code, "sanctions") == 0
				  : irkg_event_root(x->code) >= 10) ||
				mentions_sanctions(f, m),
			0, relation || irkg_event_root(x->code) >= 10);
	/* "threatened to trigger the return of UN sanctions on Iran": the
	 * target of what is threatened, asked for or promised */
	/* "Japan has become one of the Philippines' closest security
	 * partners": the owner is the other party */
	if (*tgt < 0 && relation)
		*tgt = owner_before(f, m->first);
	if (*tgt < 0 && !relation && m->end > m->first &&
	    irkg_word_is(f->w, m->end - 1, "to"))
		*tgt = object_after(f, m->end, RELATION_REACH,
				    irkg_event_root(x->code) >= 10, 1,
				    irkg_event_root(x->code) >= 10);
	/* an object that is the doer again ("welcomed the agreement,
	 * saying the bloc would help") is no target: look further */
	if (!relation && *tgt >= 0 && src >= 0 &&
	    irkg_finder_same_actors(f, src, *tgt) &&
	    irkg_finder_same_actors(f, *tgt, src))
		*tgt = -1;
	if (*tgt < 0 && !relation &&
	    ((irkg_event_root(x->code) >= 10 &&
	      irkg_event_root(x->code) <= 14) ||
	     irkg_event_root(x->code) == 5))
		*answered = irkg_target_answered(f, m, src);
	/* a relation only through a preposition ("with which it signed") */
	if (*tgt < 0 && src >= 0 &&
	    (!relation || (f->units[src].first >= f->s_first + 2 &&
			   irkg_word_is_a(f->w, f->units[src].first - 2,
					  IRKG_WORD_OBJECT_PREPOSITION))))
		*tgt = relative_antecedent(f, f->units[src].first);
	if (*tgt < 0 && !relation &&
	    (irkg_event_root(x->code) >= 15 || irkg_event_root(x->code) == 7))
		*tgt = irkg_target_hostile(f, m, src, irkg_event_root(x->code));
	if (*tgt < 0 && !relation && irkg_event_root(x->code) >= 11 &&
	    irkg_event_root(x->code) <= 14)
		*tgt = irkg_target_doer_in_object(f, m->end);
	if (*tgt < 0 && !relation && irkg_event_root(x->code) == 13)
		*tgt = irkg_target_condition(f, m, src);
	/* "Pakistan and Afghanistan agreed ..., after talks mediated by
	 * China": a mediator's targets are the parties the sentence is
	 * about */
	if (*tgt < 0 && !relation && src >= 0 && irkg_fact_between_others(x)) {
		long main = irkg_roles_main_subject(f, m->first);

		if (main >= 0 && main != src && irkg_finder_coded(f, main) &&
		    !irkg_finder_same_actors(f, src, main) &&
		    !irkg_finder_same_actors(f, main, src))
			*tgt = main;
	}
	/* "after talks hosted by Malaysia's prime minister", "a ceasefire
	 * brokered by Qatar": the parties are the doers of the act of
	 * several states told just before */
	if (*tgt < 0 && !relation && *answered < 0 &&
	    (irkg_fact_between_others(x) || strncmp(x->code, "043", 3) == 0))
		irkg_target_mediated(f, m, src, tgt, answered);
	if (*tgt < 0)
		x->with_unnamed = with_unnamed_after(f, m->end);
}

const char *irkg_roles_find(const struct event_finder *f,
			    const struct event_match *m, struct irkg_fact *x,
			    long *src, long *tgt, long *answered)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;
	const char *why = find_source(f, m, x, src, tgt);

	if (why)
		return why;
	find_target(f, m, x, *src, tgt, answered);
	if (relation && strncmp(x->code, "trend.", 6) == 0 &&
	    !(irkg_finder_coded(f, *src) && irkg_finder_coded(f, *tgt)))
		trend_parties(f, src, tgt);
	if (!irkg_finder_coded(f, *src) &&
	    !(relation && irkg_finder_coded(f, *tgt)))
		return "no actor to code";
	return NULL;
}
