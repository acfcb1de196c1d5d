/* A sentence's structure for the event rules (see clause.h): actor units,
 * clause boundaries, quoted speech and relative asides. */
#include "clause.h"

#include <string.h>

#include "../common/error.h"

static int push_member(struct event_finder *f, size_t mention)
{
	size_t k;

	for (k = f->units[f->n_units - 1].first_member; k < f->n_members; k++)
		if (f->members[k] == mention)
			return IRKG_OK;
	if (irkg_finder_grow((void **)&f->members, &f->cap_members,
			     f->n_members, sizeof(*f->members)))
		return IRKG_ENOMEM;
	f->members[f->n_members++] = mention;
	f->units[f->n_units - 1].n_members++;
	return IRKG_OK;
}

/* The actors a mention stands for, added to the last unit. */
static int add_actor(struct event_finder *f, size_t index)
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

static int is_actor_mention(const struct event_finder *f, size_t index)
{
	const struct irkg_mention *x = &f->mentions[index];

	if (x->kind != IRKG_ENTITY_STATE && x->kind != IRKG_ENTITY_PERSON &&
	    x->kind != IRKG_ENTITY_ORGANISATION && x->kind != IRKG_ENTITY_BODY)
		return 0;
	/* "his counterparts", "their military aid": the counterparts and
	 * the aid are what the sentence is about, not "his" or "their" */
	if ((x->how == IRKG_MENTION_PRONOUN || x->how == IRKG_MENTION_GROUP) &&
	    x->n_tokens == 1 &&
	    irkg_word_is_a(f->w, x->first_token, IRKG_WORD_POSSESSIVE) &&
	    !irkg_word_object_pronoun(f->w, x->first_token, f->s_end)) {
		/* ... but "their top diplomats met": people of theirs act
		 * for them */
		size_t t;

		for (t = x->first_token + 1;
		     t < f->s_end && t <= x->first_token + 3; t++)
			if (irkg_word_is_a(f->w, t, IRKG_WORD_AGENT_NOUN))
				return 1;
		return 0;
	}
	/* "Syrian opposition forces", "Russian rebels": a faction of that
	 * nationality the state does not answer for (an uncoded-doer that
	 * is a faction-noun; not "Syrian army", nor "Japanese crowds");
	 * and a body's abbreviation that is a rebel group's too ("the ADF
	 * rebel group" is not the Australian Defence Force) */
	if ((x->how == IRKG_MENTION_ADJECTIVE || x->kind == IRKG_ENTITY_BODY) &&
	    x->first_token + x->n_tokens < f->s_end &&
	    irkg_word_is_a(f->w, x->first_token + x->n_tokens,
			   IRKG_WORD_UNCODED_DOER) &&
	    irkg_word_is_a(f->w, x->first_token + x->n_tokens,
			   IRKG_WORD_FACTION_NOUN))
		return 0;
	return 1;
}

/* Only "," "and" "&" between token a and mention x (see mention.h). */
static int joined(const struct event_finder *f, size_t a,
		  const struct irkg_mention *x)
{
	return irkg_mentions_joining(f->w, a, x->first_token,
				     x->first_token + x->n_tokens, f->s_end);
}

/* "At the United Nations, Secretary-General António Guterres urged": a
 * bare comma after one actor that follows the preposition opening the
 * sentence closes that setting; what follows is the subject, not one more
 * conjunct. */
static int after_opening_setting(const struct event_finder *f,
				 const struct unit *u)
{
	size_t t = f->s_first;

	if (u->n_members != 1 || u->end >= f->s_end ||
	    !irkg_word_is(f->w, u->end, ",") || u->end + 1 >= f->s_end ||
	    irkg_word_is_a(f->w, u->end + 1, IRKG_WORD_CONJUNCTION))
		return 0;
	if (!irkg_word_is_a(f->w, t, IRKG_WORD_LOCATIVE))
		return 0;
	t++;
	if (t < u->first && irkg_word_is(f->w, t, "the"))
		t++;
	return t == u->first;
}

int irkg_clause_units(struct event_finder *f)
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
			if (!u || !u->place || !joined(f, u->end, x)) {
				rc = irkg_finder_grow((void **)&f->units,
						      &f->cap_units, f->n_units,
						      sizeof(*f->units));
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
		if (!u || u->place || !joined(f, u->end, x) ||
		    after_opening_setting(f, u) ||
		    (x->how == IRKG_MENTION_GROUP &&
		     irkg_word_is(f->w, u->end, ","))) {
			rc = irkg_finder_grow((void **)&f->units, &f->cap_units,
					      f->n_units, sizeof(*f->units));
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

/* Whether "as" at token t names a role ("describe each other as
 * strategic partners", "praised Turkey as an ally") rather than opening a
 * clause ("as their top diplomats met"). */
static int as_preposition(const struct event_finder *f, size_t t)
{
	size_t next = t + 1;

	if (next < f->s_end && irkg_word_is(f->w, next, "\""))
		next++;
	return (next < f->s_end &&
		irkg_word_is_a(f->w, next, IRKG_WORD_INDEFINITE)) ||
	       (t > f->s_first &&
		irkg_word_is_a(f->w, t - 1, IRKG_WORD_NAMING_VERB));
}

void irkg_clause_mark(struct event_finder *f)
{
	size_t t;
	int open = 0, speech = 0, in_relative = 0;

	for (t = f->s_first; t < f->s_end; t++) {
		size_t k = t - f->s_first;

		/* ", whose country holds the ASEAN chair," is an aside: what
		 * it names is not the subject of the verb after it */
		if (t > f->s_first && irkg_word_is(f->w, t - 1, ",") &&
		    (irkg_word_is(f->w, t, "who") ||
		     irkg_word_is(f->w, t, "whose") ||
		     irkg_word_is(f->w, t, "which")))
			in_relative = 1;
		else if (in_relative && irkg_word_is(f->w, t, ","))
			in_relative = 0;
		f->relative[k] = (unsigned char)in_relative;
		f->boundary[k] =
			irkg_word_is_a(f->w, t, IRKG_WORD_CLAUSE_STRONG)
				? STRONG_BOUNDARY
			: irkg_word_is_a(f->w, t, IRKG_WORD_CLAUSE_WEAK)
				? WEAK_BOUNDARY
				: NO_BOUNDARY;
		if (irkg_word_is(f->w, t, "as") && as_preposition(f, t))
			f->boundary[k] = NO_BOUNDARY;
		/* A quotation that opens the sentence or follows ":" or ","
		 * is someone's words: no event is read inside it. */
		if (irkg_word_is(f->w, t, "\"")) {
			if (!open)
				speech = t == f->s_first ||
					 irkg_word_is(f->w, t - 1, ":") ||
					 irkg_word_is(f->w, t - 1, ",");
			open = !open;
			f->quoted[k] = 0;
			continue;
		}
		f->quoted[k] = open && speech;
	}
}
