/* Whether and how an act happened (see modality.h): negation, hypothesis,
 * threat, appeal, intent and plan cues, and the CAMEO code they give. */
#include "modality.h"

#include <assert.h>
#include <string.h>

#include "roles.h"

/* Whether token t may be a verb's bare form ("establish", "share"), not
 * a past or third person ("accused", "imposes"), which has a tense of its
 * own and so no modal before it: "said the sanctions would not change
 * Russia's course and accused the bloc". */
static int bare_verb(const struct event_finder *f, size_t t)
{
	const char *w = irkg_word(f->w, t);
	size_t n = strlen(w);

	return n > 2 && w[0] >= 'a' && w[0] <= 'z' &&
	       !(w[n - 2] == 'e' && w[n - 1] == 'd') &&
	       !(w[n - 1] == 's' && w[n - 2] != 's');
}

/* The cue kinds (CUE_* bits) acting on a match that starts at token
 * `first`: cues ending before it in its clause, at most CUE_REACH words
 * and no actor away (a hypothesis holds to the end of its clause), the
 * longer of two nested cues speaking. */
static unsigned cues_on(const struct event_finder *f, size_t first)
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
		/* "denied that Rwandan forces had crossed", "rejected
		 * claims that it had fired": what is denied is the clause
		 * "that" opens, its subject included, up to an "and" or
		 * "but" ("denied that ... and accused Georgetown of": the
		 * denier's next act) */
		int denied = strcmp(q->kind, "negate") == 0 && q->end < first &&
			     irkg_word_is(f->w, q->end, "that");
		/* "would open its border with Armenia, and establish
		 * relations with Yerevan": a verb after "and" with no
		 * subject of its own shares the mood of the one before,
		 * in its clause (not a negation: "did not attack Ukraine
		 * and signed a deal") */
		int shared = strcmp(q->kind, "negate") != 0 &&
			     first > f->s_first + 1 && q->end < first &&
			     irkg_word_is(f->w, first - 1, "and") &&
			     q->end + COORDINATED_REACH >= first &&
			     bare_verb(f, first);

		if (q->end > first || (!clause_wide && !denied && !shared &&
				       q->end + CUE_REACH < first))
			continue;
		for (t = q->end + (size_t)denied; t < first; t++)
			cut |= f->boundary[t - f->s_first] != NO_BOUNDARY ||
			       (denied && (irkg_word_is(f->w, t, "and") ||
					   irkg_word_is(f->w, t, "but"))) ||
			       (!clause_wide && !denied && !shared &&
				f->unit_of[t - f->s_first] >= 0) ||
			       /* "if Israel attacked again, and he accused
				* Washington": a new clause */
			       (irkg_word_is(f->w, t, ",") && t + 2 < first &&
				(irkg_word_is(f->w, t + 1, "and") ||
				 irkg_word_is(f->w, t + 1, "but")));
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

/* Whether a negate cue sits inside relation match m, in a gap rather than
 * among the pattern's own words: "relations between Chile and Peru have
 * not deteriorated" ("relations|ties between SRC and TGT .. deteriorate*"),
 * but not "decided not to terminate" (a pattern that says "not"). */
static int negated_inside(const struct event_finder *f,
			  const struct event_match *m)
{
	size_t c, e, k;

	for (c = 0; c < f->n_cues; c++) {
		const struct cue *q = &f->cues[c];
		int own = 0;

		if (strcmp(q->kind, "negate") != 0 || q->first <= m->first ||
		    q->end > m->end)
			continue;
		for (e = 0; e < m->pattern->n_elements && !own; e++) {
			const struct irkg_element *el =
				&m->pattern->elements[e];

			for (k = 0; el->kind == IRKG_ELEMENT_WORD &&
				    k < el->n_alternatives && !own;
			     k++)
				own = irkg_word_is(f->w, q->first,
						   el->alternatives[k].text);
		}
		if (!own)
			return 1;
	}
	return 0;
}

/* How far before a relation a presuppose or ended cue acts: "honour the
 * Kuala Lumpur Peace Accord" has four words between. */
#define PRESUPPOSE_REACH 4

/* The cue of `kind` a few words before match m in its clause, with no
 * comma between ("lifted its sanctions on", "honour the accord"), or
 * NULL. */
static const struct cue *cue_before(const struct event_finder *f,
				    const struct event_match *m,
				    const char *kind)
{
	size_t c, t;

	for (c = 0; c < f->n_cues; c++) {
		const struct cue *q = &f->cues[c];
		int cut = 0;

		if (strcmp(q->kind, kind) != 0 || q->end > m->first ||
		    q->end + PRESUPPOSE_REACH < m->first)
			continue;
		for (t = q->end; t < m->first && !cut; t++)
			cut = f->boundary[t - f->s_first] != NO_BOUNDARY ||
			      irkg_word_is(f->w, t, ",");
		if (!cut)
			return q;
	}
	return NULL;
}

int irkg_modality_presupposed(const struct event_finder *f,
			      const struct event_match *m)
{
	if (m->pattern->kind != IRKG_PATTERN_RELATION)
		return 0;
	/* whose relation it is must be said in it ("its curbs on exports to
	 * China", "their disputed border"): "seeking to ease tensions with
	 * their neighbours" names no one the tensions are with */
	if (m->src < 0 && m->tgt < 0 &&
	    !(m->first > f->s_first &&
	      irkg_word_is_a(f->w, m->first - 1, IRKG_WORD_POSSESSIVE)))
		return 0;
	/* "has not lifted its sanctions", "plans to lift": an end not yet
	 * come presupposes the relation as "ease" does */
	return cue_before(f, m, "presuppose") || cue_before(f, m, "ended");
}

/* The negate, hypothetical and plan cues (CUE_* bits) that follow match m
 * as the verb its words are the subject of: "a meeting between Ali and
 * Maduro could take place", "talks with Iran have not resumed", "signing
 * a deal has proved elusive". Only for a noun ("talks with TGT") or a
 * gerund: after a verb's object such a word speaks of something else
 * ("attacked Ukraine not once but twice"). */
static unsigned cues_after(const struct event_finder *f,
			   const struct event_match *m)
{
	const struct irkg_element *head =
		&m->pattern->elements[m->pattern->head];
	const char *w = irkg_word(f->w, m->head);
	size_t n = strlen(w), t = m->end, c, k;
	int verb = 0;
	unsigned bits = 0;

	for (k = 0; k < head->n_alternatives; k++)
		verb |= head->alternatives[k].stem;
	if ((verb && !(n > 4 && strcmp(w + n - 3, "ing") == 0)) ||
	    m->end == m->first || irkg_word_is(f->w, m->end - 1, "of") ||
	    irkg_word_is(f->w, m->end - 1, "to") ||
	    irkg_word_is(f->w, m->end - 1, "that"))
		return 0;
	/* "signing a deal with Uganda has": the partner named after it */
	while (t < f->s_end && t < m->end + 6 &&
	       f->boundary[t - f->s_first] == NO_BOUNDARY &&
	       (f->unit_of[t - f->s_first] >= 0 ||
		irkg_word_is(f->w, t, "with") ||
		irkg_word_is(f->w, t, "between")))
		t++;
	/* "has not", "was never", "had yet to" */
	while (t < f->s_end && t < m->end + 8 &&
	       f->boundary[t - f->s_first] == NO_BOUNDARY &&
	       (irkg_word_is_a(f->w, t, IRKG_WORD_AUXILIARY) ||
		irkg_word_is(f->w, t, "has") || irkg_word_is(f->w, t, "have") ||
		irkg_word_is(f->w, t, "had")))
		t++;
	/* a gerund is a subject before a finite verb ("signing a deal
	 * has"), not in "accusing the agency of failing to" */
	if (verb && t == m->end)
		return 0;
	for (c = 0; c < f->n_cues; c++) {
		if (f->cues[c].first != t)
			continue;
		if (strcmp(f->cues[c].kind, "negate") == 0)
			bits |= CUE_NEGATE;
		else if (strcmp(f->cues[c].kind, "hypothetical") == 0)
			bits |= CUE_HYPOTHETICAL;
		else if (strcmp(f->cues[c].kind, "plan") == 0)
			bits |= CUE_PLAN;
	}
	return bits;
}

/* Whether a cue of kind "say" sits between tokens a and b. */
int irkg_modality_said_between(const struct event_finder *f, size_t a, size_t b)
{
	size_t c;

	for (c = 0; c < f->n_cues; c++)
		if (strcmp(f->cues[c].kind, "say") == 0 &&
		    f->cues[c].first >= a && f->cues[c].end <= b)
			return 1;
	return 0;
}

/* The mood a match is in for the modality table: threat before appeal
 * before intent, or NULL when no such cue acts on it. */
static const char *mood_of(unsigned cues)
{
	return cues & CUE_THREAT   ? "threat"
	       : cues & CUE_APPEAL ? "appeal"
	       : cues & CUE_INTENT ? "intent"
				   : NULL;
}

/* Whether the act at `first` follows "would" or "will" in what its own
 * doer says: "Both sides said they would continue talks" states an intent
 * (03x), while "talks scheduled for next month" are planned. */
static int own_future(const struct event_finder *f, size_t first, long src)
{
	size_t c;

	/* "would keep working with the agency" */
	if (first > f->s_first + 2 &&
	    irkg_word_is_a(f->w, first - 1, IRKG_WORD_GOING_ON))
		first--;
	if (src < 0 || first < f->s_first + 2 ||
	    !(irkg_word_is(f->w, first - 1, "would") ||
	      irkg_word_is(f->w, first - 1, "will")))
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
		    irkg_finder_noun_word(f, q->first - 1))
			speaker = f->unit_of[q->first - 2 - f->s_first];
		if (speaker >= 0 && irkg_finder_coded(f, speaker) &&
		    irkg_finder_same_actors(f, speaker, src) &&
		    irkg_finder_same_actors(f, src, speaker))
			return 1;
	}
	return 0;
}

/* Whether an "agree" cue acts on the match at `first`. */
static int agreed_before(const struct event_finder *f, size_t first)
{
	size_t c;

	for (c = 0; c < f->n_cues; c++)
		if (f->cues[c].end <= first &&
		    f->cues[c].end + CUE_REACH >= first &&
		    strcmp(f->cues[c].kind, "intent") == 0 &&
		    irkg_finder_stem_means(f, f->cues[c].first, "agree"))
			return 1;
	return 0;
}

/* Whether a verb of promise governs the clause before token `first`:
 * "pledged that Japan would", "vowed the country will". */
static int promised_before(const struct event_finder *f, size_t first)
{
	size_t t;

	for (t = first; t > f->s_first && first - t < 8; t--) {
		if (f->boundary[t - 1 - f->s_first] == STRONG_BOUNDARY)
			return 0;
		if (irkg_finder_stem_means(f, t - 1, "promise"))
			return 1;
	}
	return 0;
}

/* How far before the act a verb of warning may stand: "warned in a
 * television interview on Wednesday that the army would strike". */
#define WARNING_REACH 12

/* Whether the act at `first` is what a warning says its subject "could",
 * "would" or "will" do: "warned that Washington could suspend the
 * partnership if the fighting continued", "warning that Russia could
 * seize the assets of European companies". A warning of one's own act is
 * a threat, conditions and all (the condition names the target,
 * target.c); one about another's ("warned that talks could collapse")
 * is no act of the warner, nor is another state's ("Israel warned that
 * Iran could attack"). The modal must follow an actor of the warner's
 * own ("Rubio warned that Washington could"), and no other hypothetical
 * cue ("if", "might") stands between the warning and the act. */
static int warned_would(const struct event_finder *f, size_t first)
{
	size_t modal = first - 1, t, c;
	long warner;

	if (first < f->s_first + 4)
		return 0;
	if (!irkg_word_is(f->w, modal, "could") &&
	    !irkg_word_is(f->w, modal, "would") &&
	    !irkg_word_is(f->w, modal, "will"))
		return 0;
	if (f->unit_of[modal - 1 - f->s_first] < 0)
		return 0;
	for (t = modal - 1; t > f->s_first && modal - t < WARNING_REACH; t--) {
		if (f->boundary[t - 1 - f->s_first] == STRONG_BOUNDARY)
			return 0;
		if (!irkg_finder_stem_means(f, t - 1, "warn"))
			continue;
		warner = irkg_roles_subject_before(f, t - 1, 1);
		if (warner < 0 || !irkg_finder_coded(f, warner) ||
		    !irkg_finder_same_actors(
			    f, warner, f->unit_of[modal - 1 - f->s_first]))
			return 0;
		for (c = 0; c < f->n_cues; c++)
			if (f->cues[c].first >= t && f->cues[c].end <= modal &&
			    strcmp(f->cues[c].kind, "hypothetical") == 0)
				return 0;
		return 1;
	}
	return 0;
}

/* Whether unit u names a state, an organisation or an office holder, not
 * people by nationality ("Iranian protesters"). */
static int official(const struct event_finder *f, long u)
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
static int scheduled_present(const struct event_finder *f,
			     const struct event_match *m)
{
	const struct irkg_element *head =
		&m->pattern->elements[m->pattern->head];
	const char *w = irkg_word(f->w, m->head);
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

/* How many words of its own a noun phrase may have between an article
 * and the match it ends in ("rejected a trade deal with", "negotiating a
 * free trade agreement"). */
#define UNMADE_OBJECT_WORDS 3

/* Whether the words from token `from` up to match m are the start of the
 * match's own noun phrase: one word ("vetoed new EU sanctions"), or an
 * article or a possessive pronoun and up to UNMADE_OBJECT_WORDS words,
 * none an actor, comma, "and" or clause boundary ("rejected a trade deal
 * with Chile", "negotiating its free trade agreement"). */
static int opens_object_of(const struct event_finder *f, size_t from,
			   const struct event_match *m)
{
	size_t t;

	if (from >= m->first || m->first - from > UNMADE_OBJECT_WORDS + 1 ||
	    (m->first - from > 1 && !irkg_word_is(f->w, from, "a") &&
	     !irkg_word_is(f->w, from, "an") &&
	     !irkg_word_is(f->w, from, "the") &&
	     !irkg_word_is_a(f->w, from, IRKG_WORD_POSSESSIVE)))
		return 0;
	for (t = from; t < m->first; t++)
		if (f->boundary[t - f->s_first] != NO_BOUNDARY ||
		    f->unit_of[t - f->s_first] >= 0 ||
		    irkg_word_is(f->w, t, ",") || irkg_word_is(f->w, t, "and"))
			return 0;
	return 1;
}

/* An agreement not yet made around match m (words.txt, unmade): the word
 * followed by a preposition within seven words before the match
 * ("negotiations on a free trade agreement", "talks over a new deal"), or
 * right before or inside it ("a draft treaty", "the proposed accord"), or
 * before the article of the match's noun ("negotiating a free trade
 * agreement", "rejected a trade deal"); or initialled within seven words
 * before it. */
static int agreement_unmade(const struct event_finder *f,
			    const struct event_match *m)
{
	static const char *const after_noun[] = {
		"on", "over", "for", "toward", "towards", "about", "of"};
	/* "initialled the text of a peace agreement": agreed on, not yet
	 * signed */
	static const char *const initialled[] = {"initialled", "initialed",
						 "initialling", "initialing"};
	size_t from = m->first >= f->s_first + 7 ? m->first - 7 : f->s_first;
	size_t i, k;

	for (i = from; i < m->first; i++)
		for (k = 0; k < sizeof(initialled) / sizeof(*initialled); k++)
			if (irkg_word_is(f->w, i, initialled[k]))
				return 1;
	for (i = from; i < m->end; i++) {
		if (!irkg_word_is_a(f->w, i, IRKG_WORD_UNMADE))
			continue;
		if (i + 1 >= m->first || opens_object_of(f, i + 1, m))
			return 1;
		for (k = 0; k < sizeof(after_noun) / sizeof(*after_noun); k++)
			if (irkg_word_is(f->w, i + 1, after_noun[k]))
				return 1;
	}
	return 0;
}

/* What a relation on an agreement becomes under a cue. An agreement, or
 * its signing, that is negated, planned, intended, threatened, asked for
 * or under negotiation is not made ("had no plans to sign a pact with
 * China", "resumed negotiations on a free trade agreement"): nothing.
 * Whatever else is negated or only planned for an agreement ("pulled back
 * from terminating", "plans to withdraw from the treaty") leaves the
 * agreement as it is: in force. NULL: keep the code. */
static const char *agreement_under_cue(const struct event_finder *f,
				       const struct event_match *m,
				       struct irkg_fact *x, unsigned cues)
{
	int making = strcmp(x->code, "agreement") == 0 ||
		     strcmp(x->code, "agreement.signed") == 0;
	unsigned not_made =
		CUE_NEGATE | CUE_PLAN | CUE_INTENT | CUE_THREAT | CUE_APPEAL;

	if (making && ((cues & not_made) || agreement_unmade(f, m)))
		return "an agreement not made";
	if (!making && (cues & not_made))
		x->code = "agreement";
	return NULL;
}

/* Whether pattern `pat` names its two sides as a pair in one word ("SRC -
 * TGT talks": "the India-Pakistan talks"). */
static int pair_pattern(const struct irkg_pattern *pat)
{
	size_t i;

	for (i = 0; i + 2 < pat->n_elements; i++)
		if (pat->elements[i].kind == IRKG_ELEMENT_SRC &&
		    pat->elements[i + 1].kind == IRKG_ELEMENT_WORD &&
		    pat->elements[i + 1].n_alternatives == 1 &&
		    strcmp(pat->elements[i + 1].alternatives[0].text, "-") ==
			    0 &&
		    pat->elements[i + 2].kind == IRKG_ELEMENT_TGT)
			return 1;
	return 0;
}

/* "each promised to come to the other's aid": a defence promise the sides
 * make each other is their alliance, not a plan of one. */
static int promise_to_each_other(const struct event_finder *f,
				 const struct event_match *m)
{
	size_t t;

	if (strcmp(m->pattern->code, "alliance") != 0)
		return 0;
	for (t = m->first; t + 1 < m->end; t++)
		if ((irkg_word_is(f->w, t, "each") ||
		     irkg_word_is(f->w, t, "the")) &&
		    irkg_word_is(f->w, t + 1, "other"))
			return 1;
	return 0;
}

const char *irkg_modality_read(const struct event_finder *f,
			       const struct event_match *m, struct irkg_fact *x,
			       unsigned *cues_out)
{
	const irkg_modality_table *table = irkg_patterns_modality(f->p);
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;
	const char *agreed;
	unsigned cues;

	/* "could consider easing its curbs on exports to China if ...",
	 * "urged them to honour the accord they signed": the cues act on
	 * easing or honouring; the curbs and the accord are there already */
	/* "the United States lifted sanctions on Syria", "resolved their
	 * border dispute in 2008": a relation that no longer holds, unless
	 * a cue acts on its end ("has not lifted") */
	if (relation && strncmp(m->pattern->code, "agreement", 9) != 0) {
		const struct cue *end = cue_before(f, m, "ended");

		if (end && !cues_on(f, end->first))
			return "a relation that has ended";
	}
	cues = relation && irkg_modality_presupposed(f, m)
		       ? 0
		       : cues_on(f, m->first) | cues_after(f, m);
	if (relation && negated_inside(f, m))
		cues |= CUE_NEGATE;
	/* "warned that Washington could suspend ... if": a threat */
	if (!relation && !(cues & (CUE_NEGATE | CUE_APPEAL | CUE_INTENT)) &&
	    (cues & (CUE_HYPOTHETICAL | CUE_PLAN)) &&
	    warned_would(f, m->first)) {
		cues &= ~(unsigned)(CUE_HYPOTHETICAL | CUE_PLAN);
		cues |= CUE_THREAT;
	}
	*cues_out = cues;
	if (cues & CUE_HYPOTHETICAL)
		return "hypothetical";
	/* "the UN called for India-Pakistan talks": whoever asks for,
	 * threatens or promises the pair's act is not one of the pair */
	if (!relation && (cues & (CUE_APPEAL | CUE_THREAT | CUE_INTENT)) &&
	    pair_pattern(m->pattern))
		return "the pair's act, in another's appeal, threat or promise";
	x->kind = relation ? IRKG_FACT_RELATION : IRKG_FACT_EVENT;
	x->code = m->pattern->code;
	/* "pledged to increase military aid to Ukraine" with no pattern for
	 * the act: the pledge or threat itself (modality.txt, ACT "-"; the
	 * table has both, and only these cues make facts of their own) */
	if (m->pattern->kind == IRKG_PATTERN_CUE)
		x->code =
			irkg_modality_table_code(table, m->pattern->code, NULL);
	assert(x->code);
	/* "vetoed new EU sanctions", "proposed a sanctions package against
	 * Russia": sanctions not imposed, as an agreement not made */
	if (relation && strcmp(x->code, "sanctions") == 0 &&
	    agreement_unmade(f, m))
		return "sanctions not imposed";
	if (relation && strncmp(x->code, "agreement", 9) == 0) {
		const char *why = agreement_under_cue(f, m, x, cues);

		if (why)
			return why;
		cues &= ~(unsigned)(CUE_NEGATE | CUE_PLAN | CUE_INTENT |
				    CUE_THREAT | CUE_APPEAL);
	}
	if (cues & CUE_NEGATE)
		return "negated";
	/* "pledged that Japan would supply radars": what is promised is
	 * an intent (03x), not a plan */
	if (!relation && (cues & CUE_PLAN) &&
	    !(cues & (CUE_APPEAL | CUE_INTENT)) &&
	    (promised_before(f, m->first) ||
	     (irkg_event_root(x->code) < 10 &&
	      own_future(f, m->first,
			 irkg_roles_subject_before(f, m->first, 1))))) {
		cues |= CUE_INTENT;
		cues &= ~(unsigned)CUE_PLAN;
	}
	/* "said Russia would retaliate": announcing a hostile act is
	 * threatening it (13x) */
	if (!relation && (cues & CUE_PLAN) &&
	    !(cues & (CUE_APPEAL | CUE_INTENT)) &&
	    irkg_event_root(x->code) >= 15) {
		cues |= CUE_THREAT;
		cues &= ~(unsigned)CUE_PLAN;
	}
	/* "agreed to deploy troops jointly": what two sides agree to do is
	 * cooperation they intend, never a threat (modality.txt, agreed) */
	agreed = !relation && (cues & CUE_INTENT)
			 ? irkg_modality_table_code(table, "agreed", x->code)
			 : NULL;
	if (agreed && agreed_before(f, m->first)) {
		x->code = agreed;
	} else if (!relation && m->pattern->kind != IRKG_PATTERN_CUE) {
		/* a threat, appeal or intent to do the act (modality.txt) */
		const char *code;

		x->cue = mood_of(cues);
		code = x->cue ? irkg_modality_table_code(table, x->cue, x->code)
			      : NULL;
		if (code)
			x->code = code;
		if (x->cue && strcmp(x->code, m->pattern->code) == 0)
			x->cue = NULL;
	}
	x->planned = (cues & CUE_PLAN) != 0 ||
		     (relation && (cues & CUE_INTENT) != 0 &&
		      !promise_to_each_other(f, m)) ||
		     (!relation && scheduled_present(f, m));
	/* "expected to visit Damascus to discuss the ceasefire": the
	 * purpose of a planned act is planned too */
	if (!x->planned && m->first > f->s_first &&
	    irkg_word_is(f->w, m->first - 1, "to") && f->out->n &&
	    f->out->list[f->out->n - 1].sentence == f->sentence &&
	    f->out->list[f->out->n - 1].planned)
		x->planned = 1;
	*cues_out = cues;
	return NULL;
}

const char *irkg_modality_confirm(const struct event_finder *f,
				  const struct event_match *m,
				  struct irkg_fact *x, unsigned cues, long src)
{
	int relation = m->pattern->kind == IRKG_PATTERN_RELATION;

	/* a state, its office or official that protests complains officially
	 * (modality.txt, official); demonstrations are by people */
	if (!relation && irkg_finder_stem_means(f, m->head, "protest") &&
	    official(f, src)) {
		const char *code = irkg_modality_table_code(
			irkg_patterns_modality(f->p), "official", x->code);

		if (code)
			x->code = code;
	}
	/* a trend is how relations are, not how someone means them to be;
	 * sanctions, alliances or disputes only announced do not hold yet
	 * ("would impose new sanctions on Venezuela if ...") */
	/* ... but "asked its NATO allies to": a relation owned ("its",
	 * "their") is the object of the cue, and holds */
	if (relation && (x->planned || (cues & (CUE_THREAT | CUE_APPEAL))) &&
	    strncmp(x->code, "agreement", 9) != 0 &&
	    !irkg_word_is_a(f->w, m->first, IRKG_WORD_POSSESSIVE))
		return "a relation that does not hold yet";
	return NULL;
}
