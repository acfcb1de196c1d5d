/* Patterns matched around each word of a sentence (see match.h): sparse
 * matching with slots, gaps and optional words, the longest match at each
 * head kept. */
#include "match.h"

#include <string.h>

#include "../common/error.h"

/* How many tokens a gap may span in all, its free words included. */
#define GAP_TOKENS 12

/* The end of the date expression of the sentence that covers token t, or
 * 0 when none does ("last week", "Sunday", "on 3 March"). */
static size_t date_end(const struct event_finder *f, size_t t)
{
	size_t i;

	for (i = f->date_cursor;
	     i < f->doc->n_dates && f->doc->dates[i].sentence == f->sentence;
	     i++) {
		const struct irkg_date_mention *d = &f->doc->dates[i].mention;

		if (t >= d->first_token && t < d->first_token + d->n_tokens)
			return d->first_token + d->n_tokens;
	}
	return 0;
}

/* Whether token t opens the date expression after it: "on Sunday", "in
 * March" (the date itself leaves such words out). */
static int opens_date(const struct event_finder *f, size_t t)
{
	return t + 1 < f->s_end &&
	       (irkg_word_is_a(f->w, t, IRKG_WORD_MONTH_PREPOSITION) ||
		irkg_word_is(f->w, t, "on")) &&
	       date_end(f, t + 1) && !date_end(f, t);
}

/* Where a date phrase that starts at token t ends ("on Sunday", "last
 * week"), or t when none starts there. */
static size_t past_date(const struct event_finder *f, size_t t)
{
	size_t end;

	if (t >= f->s_end)
		return t;
	if (opens_date(f, t))
		t++;
	end = date_end(f, t);
	return end ? end : t;
}

/* Whether token t is a word of a sum, a share or a count: digits ("500",
 * "2.5"), a currency sign, "%", a count ("two", "several"), or an `amount`
 * word after one of these ("million", "euros", "percent"). */
static int amount_word(const struct event_finder *f, size_t t)
{
	const char *w = irkg_word(f->w, t);
	unsigned char c = (unsigned char)w[0];
	irkg_word_kinds kinds = f->w.kinds[t];

	/* "500", "2.5", "$500" or "$" "500", as the tokenizer has it; not
	 * "72-hour", which says what kind of thing follows. Asked of most
	 * words of a sentence: the first byte decides first. */
	/* "A$25", "NZ$10", "US$5": a dollar named by its country */
	if (c >= 'a' && c <= 'z') {
		size_t letters = 1;

		/* at most four bytes read: asked of most words */
		while (letters < 4 && w[letters] >= 'a' && w[letters] <= 'z')
			letters++;
		if (letters <= 3 && w[letters] == '$') {
			w += letters;
			c = '$';
		}
	}
	if ((c >= '0' && c <= '9') || c == '$') {
		if (c == '$')
			w++;
		return !*w || strspn(w, "0123456789.,") == strlen(w);
	}
	if ((c == '%' && !w[1]) ||
	    (c == 0xe2 && strncmp(w, "\u20ac", 3) == 0) ||
	    (c == 0xc2 && strncmp(w, "\u00a3", 2) == 0))
		return 1;
	if (kinds & ((irkg_word_kinds)1 << IRKG_WORD_COUNT |
		     (irkg_word_kinds)1 << IRKG_WORD_NUMBER))
		return 1;
	return (kinds >> IRKG_WORD_AMOUNT & 1) && t > f->s_first &&
	       (amount_word(f, t - 1) || irkg_word_is(f->w, t - 1, "a"));
}

/* Where "in|at PLACE" starting at token t ends ("talks in Damascus with"),
 * or t when none starts there. */
static size_t past_place(const struct event_finder *f, size_t t)
{
	long u;

	if (t + 1 >= f->s_end ||
	    !irkg_word_is_a(f->w, t, IRKG_WORD_PLACE_PREPOSITION))
		return t;
	u = f->place_at[t + 1 - f->s_first];
	return u >= 0 ? f->units[u].end : t;
}

/* Whether token t is a word that leads to an amount after it: "of", "by"
 * or "to", and "up to" ("tariffs of up to 35% on", "cut its aid by $2
 * billion to", "raised duties to 50% on"), "more|less|fewer than" and the
 * "a" of "a million": the size of the thing named, which the words of a
 * pattern pass as they pass the amount. */
static int leads_to_amount(const struct event_finder *f, size_t t)
{
	size_t k = t + 1;

	/* "a million", "more than a million" */
	if (irkg_word_is(f->w, t, "a"))
		return k < f->s_end && (f->w.kinds[k] >> IRKG_WORD_AMOUNT & 1);
	if ((irkg_word_is(f->w, t, "more") || irkg_word_is(f->w, t, "less") ||
	     irkg_word_is(f->w, t, "fewer")) &&
	    k < f->s_end && irkg_word_is(f->w, k, "than"))
		return leads_to_amount(f, k);
	if (irkg_word_is(f->w, t, "than"))
		return k < f->s_end &&
		       (amount_word(f, k) || leads_to_amount(f, k));
	if (irkg_word_is(f->w, t, "of") || irkg_word_is(f->w, t, "by") ||
	    irkg_word_is(f->w, t, "to")) {
		if (k + 1 < f->s_end && irkg_word_is(f->w, k, "up") &&
		    irkg_word_is(f->w, k + 1, "to"))
			k += 2;
	} else if (irkg_word_is(f->w, t, "up") && k < f->s_end &&
		   irkg_word_is(f->w, k, "to"))
		k++;
	else
		return 0;
	return k < f->s_end && amount_word(f, k);
}

/* Whether a gap passes token t without counting it as one of its words:
 * an amount, a count or a date phrase ("extended a joint $500 million
 * loan", "lodged two protests", "met on Sunday with"). */
static int passable(const struct event_finder *f, size_t t)
{
	/* most sentences have no date: ask the dates only when they do;
	 * the brackets of a sum converted ("A$25 million ($16.4 million)")
	 * pass with it; a quotation mark is no word ("would respond to the
	 * decision "in a proportionate way"") */
	return amount_word(f, t) || leads_to_amount(f, t) ||
	       irkg_word_is(f->w, t, "(") || irkg_word_is(f->w, t, ")") ||
	       irkg_word_is(f->w, t, "\"") ||
	       (f->date_cursor < f->doc->n_dates &&
		f->doc->dates[f->date_cursor].sentence == f->sentence &&
		(date_end(f, t) || opens_date(f, t)));
}

/* passable() of token t, as irkg_match_find found it for the sentence. */
static int free_in_gap(const struct event_finder *f, size_t t)
{
	return f->free_word[t - f->s_first];
}

static int token_matches(const struct event_finder *f, size_t t,
			 const struct irkg_element *e)
{
	size_t k;

	for (k = 0; k < e->n_alternatives; k++)
		if (irkg_alternative_matches(&e->alternatives[k],
					     irkg_word(f->w, t),
					     f->stems[t - f->s_first]))
			return 1;
	return 0;
}

int irkg_match_joining_dash(const struct event_finder *f, size_t t)
{
	const unsigned char *dash;
	size_t length;

	if (t <= f->s_first || t + 1 >= f->s_end ||
	    f->tokens[t - 1].end != f->tokens[t].start ||
	    f->tokens[t].end != f->tokens[t + 1].start || !f->doc->article ||
	    !f->doc->article->body)
		return 0;
	dash = (const unsigned char *)f->doc->article->body +
	       f->tokens[t].start;
	length = f->tokens[t].end - f->tokens[t].start;
	/* "-", U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash */
	return (length == 1 && dash[0] == '-') ||
	       (length == 3 && dash[0] == 0xE2 && dash[1] == 0x80 &&
		(dash[2] == 0x90 || dash[2] == 0x91 || dash[2] == 0x93));
}

size_t irkg_match_pair_chain_end(const struct event_finder *f, long u)
{
	size_t end = f->units[u].end;
	long next;

	while (end + 1 < f->s_end && irkg_match_joining_dash(f, end) &&
	       (next = f->unit_at[end + 1 - f->s_first]) >= 0 &&
	       !f->units[next].place)
		end = f->units[next].end;
	return end;
}

/* Whether token t may be element e as written: a "-" of a pattern joins
 * two names in one word ("the India-Pakistan talks", "SRC - TGT talks"),
 * so it matches only a joining dash, never a dash that sets off an aside
 * ("went on to India - Pakistan talks of ...", or an em dash, U+2014),
 * which the normal form also writes "-". */
static int joined_as_written(const struct event_finder *f, size_t t,
			     const struct irkg_element *e)
{
	if (e->n_alternatives != 1 || strcmp(e->alternatives[0].text, "-") != 0)
		return 1;
	return irkg_match_joining_dash(f, t);
}

/* Whether token t is a possessive pronoun that is a unit alone ("placed
 * its forces on high alert", "recalled their envoys"): the owner of the
 * noun after it, which a gap passes as it passes an article; a name
 * there ("placed Russian forces") still stops it. */
static int own_possessive(const struct event_finder *f, size_t t)
{
	long u = f->unit_of[t - f->s_first];

	return u >= 0 && f->units[u].first == t && f->units[u].end == t + 1 &&
	       irkg_word_is_a(f->w, t, IRKG_WORD_POSSESSIVE);
}

/* Whether a TGT slot of `pat` comes after element i. */
static int target_after(const struct irkg_pattern *pat, size_t i)
{
	for (i++; i < pat->n_elements; i++)
		if (pat->elements[i].kind == IRKG_ELEMENT_TGT)
			return 1;
	return 0;
}

/* The end of the actor that opens at token t, before element `next` of
 * `pat`, when it only modifies the word of `next` that follows it; 0
 * otherwise. Either the pattern's TGT slot comes later and the actor is
 * no party ("joined sweeping EU sanctions against"), or the word is
 * another's act ("accepted the Qatari invitation", "rejected the Russian
 * proposal": an ask-noun, complaint-noun or hostile-noun), whose doer is
 * the target. Not a noun of one's own ("placed Rwandan forces on high
 * alert" is no act of Burundi's on Rwanda), nor after "of" (whose act a
 * noun of act is: "the deployment of U.S. warships"), nor a hyphened
 * word ("US-brokered talks" says what the state did). Such an actor is
 * one state or organisation, no place and no coordination. */
static size_t modifier_end(const struct event_finder *f,
			   const struct irkg_pattern *pat, size_t next,
			   size_t t)
{
	long u = t < f->s_end ? f->unit_of[t - f->s_first] : -1;
	const struct irkg_element *e = &pat->elements[next];
	const struct unit *unit;

	if (u < 0 || e->kind != IRKG_ELEMENT_WORD)
		return 0;
	unit = &f->units[u];
	if (unit->first != t || unit->place || unit->n_members != 1 ||
	    unit->end >= f->s_end ||
	    (t > f->s_first && irkg_word_is(f->w, t - 1, "of")) ||
	    strchr(irkg_word(f->w, unit->end - 1), '-') ||
	    !token_matches(f, unit->end, e))
		return 0;
	if (!target_after(pat, next) &&
	    !irkg_word_is_a(f->w, unit->end, IRKG_WORD_ASK_NOUN) &&
	    !irkg_word_is_a(f->w, unit->end, IRKG_WORD_COMPLAINT_NOUN) &&
	    !irkg_word_is_a(f->w, unit->end, IRKG_WORD_HOSTILE_NOUN))
		return 0;
	return unit->end;
}

static int match_from(const struct event_finder *f, struct event_match *m,
		      size_t i, size_t pos);

/* Whether the place that opens at token t names the word of element
 * `next` of `pat` right after it: "parties to the Kuala Lumpur accord",
 * "the Minsk agreements". The city where a pact was signed is no party
 * to it, so a gap passes it as one of its words. */
static int place_names_next(const struct event_finder *f,
			    const struct irkg_pattern *pat, size_t next,
			    size_t t)
{
	long u = f->unit_of[t - f->s_first];

	return u >= 0 && next < pat->n_elements && f->units[u].place &&
	       f->units[u].first == t && f->units[u].end < f->s_end &&
	       pat->elements[next].kind == IRKG_ELEMENT_WORD &&
	       token_matches(f, f->units[u].end, &pat->elements[next]);
}

/* match_from(f, m, i, pos) past the modifier that opens at token t
 * (modifier_end): the target, unless a TGT slot binds another. */
static int match_past_modifier(const struct event_finder *f,
			       struct event_match *m, size_t i, size_t t,
			       size_t pos)
{
	long tgt = m->tgt;

	if (m->tgt < 0)
		m->tgt = f->unit_of[t - f->s_first];
	if (match_from(f, m, i, pos))
		return 1;
	m->tgt = tgt;
	return 0;
}

/* Match elements [i, n) of `pat` from token `pos`; the head element must
 * land on m->head. Records the end and the slots in *m. */
static int match_from(const struct event_finder *f, struct event_match *m,
		      size_t i, size_t pos)
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
	       irkg_word_is(f->w, pos, "\""))
		pos++;
	if (i == pat->head && pos != m->head)
		return 0;
	switch (e->kind) {
	case IRKG_ELEMENT_WORD:
		if (pos < f->s_end && token_matches(f, pos, e) &&
		    joined_as_written(f, pos, e) &&
		    match_from(f, m, i + 1, pos + 1))
			return 1;
		/* "lodged two protests", "met on Sunday with": the words of
		 * a pattern pass amounts, counts and dates between them */
		if (i && i != pat->head && pos < f->s_end &&
		    free_in_gap(f, pos)) {
			for (k = pos; k < f->s_end && k < pos + GAP_TOKENS &&
				      free_in_gap(f, k);
			     k++)
				;
			if (match_from(f, m, i, k))
				return 1;
		}
		/* "held ceasefire talks", "brokered a peace deal": the
		 * object noun of a verb passes up to two words of its own
		 * before it, none an actor, a clause word, a noun-stop or
		 * a deictic ("rejected these accusations" answers them) */
		if (e->object_noun && i != pat->head)
			for (k = pos;
			     k < pos + 2 && irkg_finder_noun_word(f, k) &&
			     !irkg_word_is_a(f->w, k, IRKG_WORD_DEICTIC) &&
			     !irkg_word_is_a(f->w, k, IRKG_WORD_POSSESSIVE);
			     k++)
				if (k + 1 < f->s_end &&
				    token_matches(f, k + 1, e) &&
				    match_from(f, m, i + 1, k + 2))
					return 1;
		/* "accepted the Qatari invitation": and a state's or an
		 * organisation's name (modifier_end) */
		if (e->object_noun && i != pat->head &&
		    (k = modifier_end(f, pat, i, pos)) != 0 &&
		    match_past_modifier(f, m, i + 1, pos, k + 1))
			return 1;
		/* "held talks in Damascus with": and where it happened */
		if (i && i != pat->head && pos < f->s_end &&
		    (k = past_place(f, pos)) != pos && match_from(f, m, i, k))
			return 1;
		return e->optional && i != pat->head &&
		       match_from(f, m, i + 1, pos);
	case IRKG_ELEMENT_SRC:
	case IRKG_ELEMENT_TGT: {
		/* "allies of the United States": the article is not part of
		 * every name */
		long u = irkg_finder_unit_past_article(f, pos);
		long *slot = e->kind == IRKG_ELEMENT_SRC ? &m->src : &m->tgt;

		/* "arrested four Ethiopian nationals", "the two Chinese",
		 * "barred 45 more EU officials" */
		if (u < 0 && pos + 1 < f->s_end &&
		    (irkg_word_is_a(f->w, pos, IRKG_WORD_COUNT) ||
		     (irkg_word(f->w, pos)[0] >= '0' &&
		      irkg_word(f->w, pos)[0] <= '9'))) {
			k = pos + 1;
			if (k + 1 < f->s_end &&
			    (irkg_word_is(f->w, k, "more") ||
			     irkg_word_is(f->w, k, "other")))
				k++;
			u = f->unit_at[k - f->s_first];
		}
		if (u < 0 && pos + 2 < f->s_end &&
		    irkg_word_is_a(f->w, pos, IRKG_WORD_DETERMINER) &&
		    irkg_word_is_a(f->w, pos + 1, IRKG_WORD_COUNT))
			u = f->unit_at[pos + 2 - f->s_first];
		/* "deported more than a million Afghans", "2,000 Afghan
		 * refugees": the slot of a hostile act passes the size of
		 * a number of people, who suffered it for their state;
		 * "will receive up to 2,000 Cubans" is no visit */
		if (u < 0 && pos < f->s_end && free_in_gap(f, pos) &&
		    pat->kind == IRKG_PATTERN_EVENT &&
		    irkg_event_root(pat->code) >= 10) {
			for (k = pos; k < f->s_end && k < pos + GAP_TOKENS &&
				      free_in_gap(f, k);
			     k++)
				;
			if (k < f->s_end)
				u = f->unit_at[k - f->s_first];
		}
		/* "talks between delegations from Congo and Rwanda": people
		 * from a state act for it */
		if (u < 0 && pos + 2 < f->s_end &&
		    irkg_word_is_a(f->w, pos, IRKG_WORD_AGENT_NOUN) &&
		    (irkg_word_is(f->w, pos + 1, "from") ||
		     irkg_word_is(f->w, pos + 1, "of"))) {
			u = f->unit_at[pos + 2 - f->s_first];
			if (u < 0 && pos + 3 < f->s_end &&
			    irkg_word_is(f->w, pos + 2, "the"))
				u = f->unit_at[pos + 3 - f->s_first];
		}
		/* A place is the target of a visit or a hosting (04x):
		 * "visited Tokyo and Seoul" is a visit to Japan and to
		 * South Korea. */
		/* ... and of an attack: "shelled Kharkiv" hit Ukraine; and
		 * the territory of a claim ("claimed the Essequibo"), which
		 * stands for the state that governs it; and the city of a
		 * mission whose ties are cut (161): "closed its embassy in
		 * Kabul", "recalled its ambassador in Washington" */
		if (u < 0 && pos < f->s_end && e->kind == IRKG_ELEMENT_TGT &&
		    ((pat->kind == IRKG_PATTERN_EVENT &&
		      (strncmp(pat->code, "04", 2) == 0 ||
		       strcmp(pat->code, "161") == 0 ||
		       irkg_event_root(pat->code) >= 18)) ||
		     (pat->kind == IRKG_PATTERN_RELATION &&
		      strncmp(pat->code, "dispute.claim", 13) == 0))) {
			u = f->place_at[pos - f->s_first];
			/* "claims the Kuril Islands", "the oil-rich
			 * Essequibo": past "the" and two words */
			for (k = pos + 1;
			     u < 0 && pat->kind == IRKG_PATTERN_RELATION &&
			     irkg_word_is(f->w, pos, "the") && k < f->s_end &&
			     k <= pos + 3 && f->unit_at[k - f->s_first] < 0 &&
			     f->boundary[k - f->s_first] == NO_BOUNDARY;
			     k++)
				u = f->place_at[k - f->s_first];
		}

		if (u < 0)
			return 0;
		*slot = u;
		if (match_from(f, m, i + 1, f->units[u].end))
			return 1;
		/* "the United States-Mexico-Canada Agreement": a TGT of a
		 * pair in one word runs on to the names joined after it */
		if (e->kind == IRKG_ELEMENT_TGT &&
		    (k = irkg_match_pair_chain_end(f, u)) != f->units[u].end &&
		    match_from(f, m, i + 1, k))
			return 1;
		/* "ordered the Ivorian ambassador on Monday to leave" for
		 * "order* TGT ambassador .. to leave": the title that names
		 * the target ends in the pattern's next word */
		if (i + 2 < pat->n_elements &&
		    pat->elements[i + 1].kind == IRKG_ELEMENT_WORD &&
		    f->units[u].end > f->units[u].first &&
		    token_matches(f, f->units[u].end - 1,
				  &pat->elements[i + 1]) &&
		    match_from(f, m, i + 2, f->units[u].end))
			return 1;
		/* "invited Xi on Sunday to attend": a slot passes a date
		 * phrase after it */
		if (i + 1 < pat->n_elements &&
		    (k = past_date(f, f->units[u].end)) != f->units[u].end &&
		    match_from(f, m, i + 1, k))
			return 1;
		/* "accused Chinese coast guard vessels of": a state
		 * adjective stands for the noun it opens */
		if (irkg_finder_ends_in_adjective(f, u) &&
		    i + 1 < pat->n_elements)
			for (k = f->units[u].end; k < f->units[u].end + 3 &&
						  irkg_finder_noun_word(f, k);
			     k++)
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
	case IRKG_ELEMENT_LONG_GAP: {
		/* "...": the object of the act before its target ("the
		 * extradition of a senior commander of the Gulf Clan to"),
		 * which a comma or a clause word would take out of it */
		int noun_phrase = e->kind == IRKG_ELEMENT_LONG_GAP;
		size_t words = 0, most = noun_phrase ? IRKG_PATTERN_LONG_GAP
						     : IRKG_PATTERN_GAP;

		/* up to `most` words, amounts, counts and dates not
		 * counted */
		for (k = 0; k <= GAP_TOKENS && pos + k <= f->s_end; k++) {
			if (k) {
				size_t t = pos + k - 1;
				enum boundary b = f->boundary[t - f->s_first];

				if (place_names_next(f, pat, i + 1, t))
					return match_from(
						f, m, i + 1,
						f->units[f->unit_of[t -
								    f->s_first]]
							.end);
				if (f->unit_of[t - f->s_first] >= 0 &&
				    !own_possessive(f, t)) {
					size_t end =
						i + 1 < pat->n_elements
							? modifier_end(f, pat,
								       i + 1, t)
							: 0;

					return end &&
					       match_past_modifier(f, m, i + 1,
								   t, end);
				}
				if (b == STRONG_BOUNDARY ||
				    (noun_phrase &&
				     (b != NO_BOUNDARY ||
				      irkg_word_is(f->w, t, ","))))
					break;
				if (!free_in_gap(f, t) && ++words > most)
					break;
			}
			if (match_from(f, m, i + 1, pos + k))
				return 1;
		}
		return 0;
	}
	}
	return 0;
}

/* Whether every element before the head of `pat` is a required word. */
static int lead_is_words(const struct irkg_pattern *pat)
{
	for (size_t i = 0; i < pat->head; i++)
		if (pat->elements[i].kind != IRKG_ELEMENT_WORD ||
		    pat->elements[i].optional)
			return 0;
	return 1;
}

/* The best match of `pat` around head h (0 when none). */
static int match_at(const struct event_finder *f,
		    const struct irkg_pattern *pat, size_t h,
		    struct event_match *best)
{
	size_t start = h > f->s_first + MAX_LEAD ? h - MAX_LEAD : f->s_first;
	size_t s;

	if (pat->head == 0)
		start = h;
	/* only words before the head ("talks hosted by SRC"): they are
	 * right before it */
	else if (lead_is_words(pat))
		start = h >= f->s_first + pat->head ? h - pat->head : h;
	for (s = start; s <= h; s++) {
		struct event_match m = {pat, s, 0, h, -1, -1};

		if (match_from(f, &m, 0, s)) {
			*best = m;
			return 1;
		}
	}
	return 0;
}

int irkg_match_longer(const struct event_match *a, const struct event_match *b)
{
	size_t la = a->end - a->first, lb = b->end - b->first;

	if (la != lb)
		return la > lb;
	if (strlen(a->pattern->code) != strlen(b->pattern->code))
		return strlen(a->pattern->code) > strlen(b->pattern->code);
	/* "ordered two Russian diplomats to leave": the pattern that names
	 * the diplomats (161) says more than "order* TGT to leave" (166) */
	return a->pattern->n_elements > b->pattern->n_elements;
}

/* Every pattern keyed by a word of the sentence: the best at each head
 * word goes to f->matches (events and relations) or f->cues. */
int irkg_match_find(struct event_finder *f)
{
	size_t t, k, pass;
	int rc;

	f->n_matches = 0;
	f->n_cues = 0;
	for (t = f->s_first; t < f->s_end; t++)
		f->free_word[t - f->s_first] = (unsigned char)passable(f, t);
	for (t = f->s_first; t < f->s_end; t++) {
		const struct irkg_pattern *const *lists[2];
		size_t counts[2];
		struct event_match best_fact = {0}, best_cue = {0}, m;
		int have_fact = 0, have_cue = 0, have_relation = 0;
		struct event_match best_relation = {0};

		/* "agreed in March 2024 to": a word of a date is no act
		 * ("march* … to"), though a cue may open there */
		int in_date =
			f->date_cursor < f->doc->n_dates &&
			f->doc->dates[f->date_cursor].sentence == f->sentence &&
			date_end(f, t);

		irkg_patterns_lookup(f->p, irkg_word(f->w, t),
				     f->stems[t - f->s_first], &lists[0],
				     &counts[0], &lists[1], &counts[1]);

		for (pass = 0; pass < 2; pass++)
			for (k = 0; k < counts[pass]; k++) {
				const struct irkg_pattern *pat = lists[pass][k];

				if ((in_date &&
				     pat->kind != IRKG_PATTERN_CUE) ||
				    !match_at(f, pat, t, &m))
					continue;
				if (pat->kind == IRKG_PATTERN_CUE) {
					if (!have_cue ||
					    irkg_match_longer(&m, &best_cue))
						best_cue = m;
					have_cue = 1;
				} else if (pat->kind == IRKG_PATTERN_RELATION) {
					if (!have_relation ||
					    irkg_match_longer(&m,
							      &best_relation))
						best_relation = m;
					have_relation = 1;
				} else {
					if (!have_fact ||
					    irkg_match_longer(&m, &best_fact))
						best_fact = m;
					have_fact = 1;
				}
			}
		if (have_cue) {
			rc = irkg_finder_grow((void **)&f->cues, &f->cap_cues,
					      f->n_cues, sizeof(*f->cues));
			if (rc)
				return rc;
			f->cues[f->n_cues].first = best_cue.first;
			f->cues[f->n_cues].end = best_cue.end;
			f->cues[f->n_cues].kind = best_cue.pattern->code;
			f->cues[f->n_cues].pattern = best_cue.pattern;
			f->n_cues++;
		}
		for (pass = 0; pass < 2; pass++) {
			const struct event_match *add =
				pass ? &best_relation : &best_fact;

			if (!(pass ? have_relation : have_fact))
				continue;
			rc = irkg_finder_grow((void **)&f->matches,
					      &f->cap_matches, f->n_matches,
					      sizeof(*f->matches));
			if (rc)
				return rc;
			f->matches[f->n_matches++] = *add;
		}
	}
	return IRKG_OK;
}
