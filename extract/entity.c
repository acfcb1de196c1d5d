/* A gazetteer match resolved by the words around it (see entity.h): names
 * are capitalised, a one-word name inside an unknown longer name is not
 * that name, persons resolve to their post on the date, capitals stand
 * for their governments when they act. */
#include "entity.h"

#include <string.h>

/* Whether token t names a month ("May", "March"). */
static int is_month_word(const struct mention_finder *f, size_t t)
{

	return irkg_word_is_a(f->w, t, IRKG_WORD_MONTH);
}

/* Whether a person `id` was named earlier in the article. */
static const struct irkg_mention *earlier_person(const irkg_mentions *m,
						 const char *id)
{
	size_t i;

	for (i = m->n; i-- > 0;)
		if (m->list[i].kind == IRKG_ENTITY_PERSON && m->list[i].entry &&
		    m->list[i].entry->id == id)
			return &m->list[i];
	return NULL;
}

/* Whether a person of match mt was named in full earlier in the article
 * ("To Lam" before a lone "To"). */
static int named_in_full_before(const irkg_mentions *m,
				const struct name_match *mt)
{
	size_t i, k;

	for (i = 0; i < m->n; i++)
		for (k = 0; k < mt->n_entries; k++)
			if (m->list[i].kind == IRKG_ENTITY_PERSON &&
			    m->list[i].how == IRKG_MENTION_NAME &&
			    m->list[i].entry &&
			    m->list[i].entry->id == mt->entries[k]->id)
				return 1;
	return 0;
}

/* The best entry of kind `kind` among `entries`: for persons the post held
 * on the date (matching `role` when given), else one not in post; for other
 * kinds the first; NULL when there is none. Entries of several persons
 * (family names) prefer one named earlier, else the one person in post. */
static const struct irkg_gazetteer_entry *
pick_entry(const struct mention_finder *f, const struct name_match *mt,
	   enum irkg_entity_kind kind, const char *role)
{
	const struct irkg_gazetteer_entry *best = NULL, *valid = NULL;
	const char *person = NULL;
	size_t i, n_valid_people = 0;

	for (i = 0; i < mt->n_entries; i++) {
		const struct irkg_gazetteer_entry *e = mt->entries[i];

		if (e->kind != kind)
			continue;
		if (kind != IRKG_ENTITY_PERSON)
			return e;
		if (earlier_person(f->m, e->id)) {
			person = e->id;
			break;
		}
	}
	for (i = 0; i < mt->n_entries; i++) {
		const struct irkg_gazetteer_entry *e = mt->entries[i];
		int on_date;

		if (e->kind != IRKG_ENTITY_PERSON ||
		    (person && e->id != person))
			continue;
		on_date = f->date && *f->date && e->post &&
			  irkg_gazetteer_entry_valid_on(e, f->date);
		if (on_date &&
		    (!valid || (role && e->role == role) ||
		     (role && valid->role != role && e->role == role))) {
			if (!valid || valid->id != e->id)
				n_valid_people++;
			if (!valid || !role || e->role == role)
				valid = e;
		}
		if (!best)
			best = e;
	}
	if (valid && (person || n_valid_people == 1))
		return valid;
	if (person || !valid) {
		/* Not in post on the date: the person still, by name. */
		for (i = 0; i < mt->n_entries; i++)
			if (mt->entries[i]->kind == IRKG_ENTITY_PERSON &&
			    (!person || mt->entries[i]->id == person) &&
			    !mt->entries[i]->post)
				return mt->entries[i];
		if (person)
			for (i = 0; i < mt->n_entries; i++)
				if (mt->entries[i]->id == person)
					return mt->entries[i];
		return best && !person && mt->n_entries &&
				       mt->entries[0]->id ==
					       mt->entries[mt->n_entries - 1]
						       ->id
			       ? best
			       : NULL;
	}
	return NULL; /* several persons in post bear the name: not guessed */
}

int irkg_entity_has_kind(const struct name_match *mt,
			 enum irkg_entity_kind kind, int name_kind)
{
	size_t i;

	for (i = 0; i < mt->n_entries; i++)
		if (mt->entries[i]->kind == kind &&
		    (name_kind < 0 || mt->entries[i]->name_kind ==
					      (enum irkg_name_kind)name_kind))
			return 1;
	return 0;
}

/* Whether every entry of mt is a combining form ("Sino", "Franco"). */
static int only_combining(const struct name_match *mt)
{
	size_t i;

	for (i = 0; i < mt->n_entries; i++)
		if (mt->entries[i]->name_kind != IRKG_NAME_COMBINING)
			return 0;
	return mt->n_entries > 0;
}

/* "a Russian-flagged ship", "EU-mediated talks": a capitalised state or
 * organisation name before a hyphen inside one token stands for that
 * actor ("Indo-Pacific", a combining form, does not). On a match, *length
 * is 1 and mt holds its entries. */
int irkg_entity_match_hyphen(const struct mention_finder *f, size_t i,
			     struct name_match *mt, size_t *length)
{
	const struct irkg_span *word = &f->spans[i];
	const char *dash = memchr(word->text, '-', word->length);
	struct irkg_span prefix;
	size_t len = 0;
	int rc;

	*length = 0;
	if (!dash || dash == word->text || !irkg_mention_capitalised(f, i))
		return IRKG_OK;
	prefix.text = word->text;
	prefix.length = (size_t)(dash - word->text);
	rc = irkg_gazetteer_match(f->g, &prefix, 1, 0, &len, &mt->entries,
				  &mt->n_entries);
	if (rc || len != 1)
		return rc;
	mt->n = 1;
	if ((irkg_entity_has_kind(mt, IRKG_ENTITY_STATE, -1) ||
	     irkg_entity_has_kind(mt, IRKG_ENTITY_ORGANISATION, -1)) &&
	    !only_combining(mt))
		*length = 1;
	return IRKG_OK;
}

/* Token i, or when an apposition opens there (", allies under a 1953
 * treaty, said"), the token after its closing comma: a comma, a lower-case
 * word and then no more than ten words up to a second comma. */
static size_t past_apposition(const struct mention_finder *f, size_t i,
			      size_t s_end)
{
	size_t k;

	if (i + 2 >= s_end || !irkg_word_is(f->w, i, ",") ||
	    !(f->tokens[i + 1].flags & IRKG_TOKEN_WORD) ||
	    irkg_mention_capitalised(f, i + 1) ||
	    irkg_word_is_a(f->w, i + 1, IRKG_WORD_CLAUSE_STRONG) ||
	    irkg_word_is_a(f->w, i + 1, IRKG_WORD_CLAUSE_WEAK) ||
	    irkg_word_is_a(f->w, i + 1, IRKG_WORD_NOT_VERB) ||
	    irkg_word_is_a(f->w, i + 1, IRKG_WORD_CONJUNCTION))
		return i;
	for (k = i + 2; k < s_end && k <= i + 12; k++) {
		if (irkg_word_is(f->w, k, ","))
			return k + 1;
		if (irkg_word_is_a(f->w, k, IRKG_WORD_CLAUSE_STRONG) ||
		    irkg_word_is(f->w, k, "\""))
			return i;
	}
	return i;
}

/* Token i, or when a comma opens an aside there (", however,", ", for
 * its part,", ", in turn,"), the token after its closing comma: one to
 * four lower-case words, the first no determiner or clause word
 * (", where they met," is a place's clause). */
static size_t past_aside(const struct mention_finder *f, size_t i, size_t s_end)
{
	size_t k;

	if (i + 2 >= s_end || !irkg_word_is(f->w, i, ",") ||
	    !(f->tokens[i + 1].flags & IRKG_TOKEN_WORD) ||
	    irkg_mention_capitalised(f, i + 1) ||
	    irkg_word_is_a(f->w, i + 1, IRKG_WORD_DETERMINER) ||
	    irkg_word_is_a(f->w, i + 1, IRKG_WORD_CLAUSE_STRONG) ||
	    irkg_word_is_a(f->w, i + 1, IRKG_WORD_CLAUSE_WEAK))
		return i;
	for (k = i + 2; k < s_end && k <= i + 5; k++) {
		if (irkg_word_is(f->w, k, ","))
			return k + 1;
		if (!(f->tokens[k].flags & IRKG_TOKEN_WORD) ||
		    irkg_mention_capitalised(f, k))
			return i;
	}
	return i;
}

/* "Manila and Beijing have been locked in a dispute": a name joined by
 * "and" to capitalised words that a verb follows is a subject too. */
static int conjunct_acts(const struct mention_finder *f, size_t last,
			 size_t s_end)
{
	size_t t = last + 1, k;

	if (t + 2 >= s_end || !irkg_word_is(f->w, t, "and") ||
	    !irkg_mention_capitalised(f, t + 1))
		return 0;
	for (k = t + 1;
	     k < s_end && k <= t + 3 && irkg_mention_capitalised(f, k); k++)
		;
	k = past_aside(f, past_apposition(f, k, s_end), s_end);
	return k < s_end && (f->tokens[k].flags & IRKG_TOKEN_WORD) &&
	       !irkg_mention_capitalised(f, k) &&
	       !irkg_word_is_a(f->w, k, IRKG_WORD_NOT_VERB);
}

/* Whether the capitalised words the knowledge base does not know from
 * token t on (up to three) end in an agent-noun: a state's own forces or
 * services under a name of their own ("the Rwanda Defence Force", "the
 * Pakistan Army", "Kenya Defence Forces"), which act for the state. */
static int state_force_after(const struct mention_finder *f,
			     const unsigned char *known, size_t s_first,
			     size_t t, size_t s_end)
{
	size_t k;

	for (k = t; k < s_end && k < t + 3 &&
		    irkg_mention_unknown_name_word(f, known, s_first, k);
	     k++)
		if (irkg_word_is_a(f->w, k, IRKG_WORD_AGENT_NOUN))
			return 1;
	return 0;
}

/* Whether the match at token `first` ends a pair of names in one word
 * (extract/pair.c split it at its hyphen): a known name, then a dash
 * touching both words. The pair is the name's context, so a capitalised
 * word after it opens no longer name with it: "the India-Japan
 * Agreement", "the China-Pakistan Economic Corridor". */
static int ends_a_pair(const struct mention_finder *f,
		       const unsigned char *known, size_t s_first, size_t first)
{
	return first >= s_first + 2 && known[first - 2] &&
	       irkg_word_is(f->w, first - 1, "-") &&
	       f->tokens[first - 2].end == f->tokens[first - 1].start &&
	       f->tokens[first - 1].end == f->tokens[first].start;
}

/* Whether match mt is no name here: a lower-case word ("turkey"), a month
 * ("since May 2024"), or one word of a longer name the knowledge base does
 * not know ("George Washington", "Chad Wolf"). */
static int not_a_name(const struct mention_finder *f,
		      const struct name_match *mt, const unsigned char *known,
		      size_t s_first, size_t s_end)
{
	size_t first = mt->first, last = mt->first + mt->n - 1;

	/* Names are capitalised; "turkey", "chad" and "china" are words.
	 * A place may open with a direction ("southern Lebanon"). */
	if (!irkg_mention_capitalised(f, first) &&
	    !irkg_word_is(f->w, first, "the") &&
	    !irkg_entity_has_kind(mt, IRKG_ENTITY_ISSUE, -1) &&
	    !irkg_entity_has_kind(mt, IRKG_ENTITY_BODY, -1) &&
	    !(irkg_entity_has_kind(mt, IRKG_ENTITY_PLACE, -1) && mt->n > 1 &&
	      irkg_word_is_a(f->w, first, IRKG_WORD_DIRECTION) &&
	      irkg_mention_capitalised(f, first + 1)))
		return 1;
	/* "since May 2024": a month, not Theresa May */
	if (mt->n == 1 && irkg_entity_has_kind(mt, IRKG_ENTITY_PERSON, -1) &&
	    !irkg_entity_has_kind(mt, IRKG_ENTITY_STATE, -1) &&
	    is_month_word(f, first) &&
	    ((last + 1 < s_end &&
	      f->tokens[last + 1].flags & IRKG_TOKEN_NUMBER) ||
	     (first > s_first &&
	      irkg_word_is_a(f->w, first - 1, IRKG_WORD_MONTH_PREPOSITION))))
		return 1;
	/* "To start, ...", "Trump Moves To Block", "the yen fell": a family
	 * name that is also a word of the language's grammar (a preposition,
	 * a currency) stands for its bearer only after the full name. */
	if (mt->n == 1 &&
	    irkg_entity_has_kind(mt, IRKG_ENTITY_PERSON, IRKG_NAME_FAMILY) &&
	    !irkg_entity_has_kind(mt, IRKG_ENTITY_STATE, -1) &&
	    (irkg_word_is_a(f->w, first, IRKG_WORD_OBJECT_PREPOSITION) ||
	     irkg_word_is_a(f->w, first, IRKG_WORD_NOT_VERB) ||
	     irkg_word_is_a(f->w, first, IRKG_WORD_AMOUNT)) &&
	    !named_in_full_before(f->m, mt))
		return 1;
	/* "George Washington", "Niger Delta", "Chad Wolf": a one-word name
	 * inside a longer name the knowledge base does not know. */
	if (mt->n == 1 && !(f->tokens[first].flags & IRKG_TOKEN_ALLCAPS)) {
		if (first > s_first && irkg_mention_unknown_name_word(
					       f, known, s_first, first - 1))
			return 1;
		/* ... and a family name before a capitalised word is someone
		 * else's given name ("President Mohamed Bazoum") */
		if (last + 1 < s_end &&
		    irkg_mention_unknown_name_word(f, known, s_first,
						   last + 1) &&
		    (!irkg_entity_has_kind(mt, IRKG_ENTITY_PERSON, -1) ||
		     irkg_entity_has_kind(mt, IRKG_ENTITY_PERSON,
					  IRKG_NAME_FAMILY)) &&
		    !irkg_entity_has_kind(mt, IRKG_ENTITY_STATE,
					  IRKG_NAME_ADJECTIVE) &&
		    !(irkg_entity_has_kind(mt, IRKG_ENTITY_STATE, -1) &&
		      state_force_after(f, known, s_first, last + 1, s_end)) &&
		    !ends_a_pair(f, known, s_first, first))
			return 1;
	}
	return 0;
}

/* Match mt as a person: the post held on the date, the person named
 * before. Returns 1, or 0 when no one person is meant. */
static int resolve_person(const struct mention_finder *f,
			  const struct name_match *mt, size_t sentence,
			  struct irkg_mention *x)
{
	const struct irkg_gazetteer_entry *e =
		pick_entry(f, mt, IRKG_ENTITY_PERSON, NULL);

	if (!e)
		return 0;
	irkg_mention_init(x, sentence, mt->first, mt->n,
			  e->name_kind == IRKG_NAME_FAMILY ? IRKG_MENTION_FAMILY
							   : IRKG_MENTION_NAME,
			  IRKG_ENTITY_PERSON);
	/* A family name alone must be unique on the date or named
	 * before; pick_entry already refused several. */
	x->entry = e;
	x->code = e->state;
	x->role = e->post && irkg_gazetteer_entry_valid_on(e, f->date) ? e->role
								       : NULL;
	return 1;
}

/* The kind match mt names when it is no person: a state, unless it is a
 * place of another state here ("the U.S. state of Georgia", "Atlanta,
 * Georgia"), else an organisation, body, place or issue; -1 when none. */
static int kind_of(const struct mention_finder *f, const struct name_match *mt,
		   size_t s_first)
{
	size_t first = mt->first, i;
	enum irkg_entity_kind kind;

	kind = IRKG_ENTITY_STATE;
	if (irkg_entity_has_kind(mt, IRKG_ENTITY_PLACE, -1) &&
	    (!irkg_entity_has_kind(mt, IRKG_ENTITY_STATE, -1) ||
	     (first >= s_first + 2 && irkg_word_is(f->w, first - 1, "of") &&
	      irkg_word_is(f->w, first - 2, "state")) ||
	     (first > s_first && irkg_word_is(f->w, first - 1, "state"))))
		kind = IRKG_ENTITY_PLACE; /* "the U.S. state of Georgia" */
	/* "Atlanta, Georgia": a place after a place of the same state. */
	if (kind == IRKG_ENTITY_STATE &&
	    irkg_entity_has_kind(mt, IRKG_ENTITY_PLACE, -1) &&
	    first >= s_first + 2 && irkg_word_is(f->w, first - 1, ",") &&
	    f->m->n && f->m->list[f->m->n - 1].kind == IRKG_ENTITY_PLACE &&
	    f->m->list[f->m->n - 1].first_token +
			    f->m->list[f->m->n - 1].n_tokens ==
		    first - 1)
		for (i = 0; i < mt->n_entries; i++)
			if (mt->entries[i]->kind == IRKG_ENTITY_PLACE &&
			    mt->entries[i]->state &&
			    f->m->list[f->m->n - 1].code &&
			    strcmp(mt->entries[i]->state,
				   f->m->list[f->m->n - 1].code) == 0)
				kind = IRKG_ENTITY_PLACE;
	if (!irkg_entity_has_kind(mt, kind, -1)) {
		static const enum irkg_entity_kind order[] = {
			IRKG_ENTITY_ORGANISATION, IRKG_ENTITY_BODY,
			IRKG_ENTITY_PLACE, IRKG_ENTITY_ISSUE};

		for (i = 0; i < sizeof(order) / sizeof(order[0]); i++)
			if (irkg_entity_has_kind(mt, order[i], -1)) {
				kind = order[i];
				break;
			}
		if (!irkg_entity_has_kind(mt, kind, -1))
			return -1;
	}
	return (int)kind;
}

/* Several bodies share a generic name ("foreign ministry"): the one of the
 * state named just before ("the South Korean foreign ministry") into x.
 * Returns 0 when the name is shared and no state is named, or when the
 * state named just before is not the body's ("Peru's congress" is not
 * the US Congress). */
static int body_of_state(const struct mention_finder *f,
			 const struct name_match *mt, size_t sentence,
			 struct irkg_mention *x)
{
	const struct irkg_mention *prev =
		f->m->n ? &f->m->list[f->m->n - 1] : NULL;
	size_t first = mt->first, n_bodies = 0, i;
	int owned = prev && prev->sentence == sentence &&
		    prev->kind == IRKG_ENTITY_STATE && prev->code &&
		    (prev->first_token + prev->n_tokens == first ||
		     (prev->first_token + prev->n_tokens + 1 == first &&
		      irkg_word_is(f->w, first - 1, "'s")));

	for (i = 0; i < mt->n_entries; i++)
		n_bodies += mt->entries[i]->kind == IRKG_ENTITY_BODY;
	if (n_bodies == 1 && owned)
		for (i = 0; i < mt->n_entries; i++)
			if (mt->entries[i]->kind == IRKG_ENTITY_BODY &&
			    mt->entries[i]->state &&
			    strcmp(mt->entries[i]->state, prev->code) != 0)
				return 0;
	if (n_bodies > 1) {
		x->entry = NULL;
		x->code = NULL;
		if (owned)
			for (i = 0; i < mt->n_entries; i++)
				if (mt->entries[i]->kind == IRKG_ENTITY_BODY &&
				    mt->entries[i]->state &&
				    strcmp(mt->entries[i]->state, prev->code) ==
					    0) {
					x->entry = mt->entries[i];
					x->code = prev->code;
				}
		if (!x->entry)
			return 0;
	}
	return 1;
}

/* Token i, or the token after a date phrase starting there ("on
 * Thursday", "on Nov. 5", "in May"): "Pyongyang on Thursday fired" acts
 * as "Pyongyang fired" does. */
static size_t past_date_phrase(const struct mention_finder *f, size_t i,
			       size_t s_end)
{
	size_t j = i + 1;

	if (j >= s_end ||
	    !(irkg_word_is(f->w, i, "on") ||
	      irkg_word_is_a(f->w, i, IRKG_WORD_MONTH_PREPOSITION)))
		return i;
	if (irkg_word_is_a(f->w, j, IRKG_WORD_WEEKDAY) &&
	    irkg_mention_capitalised(f, j))
		return j + 1;
	if (!irkg_word_is_a(f->w, j, IRKG_WORD_MONTH) ||
	    !irkg_mention_capitalised(f, j))
		return i;
	j++;
	if (j < s_end && irkg_word_is(f->w, j, "."))
		j++;
	if (j < s_end && irkg_word(f->w, j)[0] >= '0' &&
	    irkg_word(f->w, j)[0] <= '9')
		j++;
	return j;
}

/* How many words of its own an act of address may have between its verb
 * and the "to" of whom it addresses: "conveyed its objections directly to
 * Beijing". */
#define ADDRESS_OBJECT_WORDS 4

/* Whether the "to" at token `to` names whom a verb of address speaks to:
 * "protested to Beijing", "conveyed its objections directly to Beijing"
 * (the verb's object and adverbs between, lower-case words that join no
 * clause: "spoke to reporters before flying to Beijing" is a journey). */
static int addressed_to(const struct mention_finder *f, size_t s_first,
			size_t to)
{
	size_t t, n;

	for (n = 0, t = to; t > s_first && n <= ADDRESS_OBJECT_WORDS; n++) {
		t--;
		if (irkg_word_is_a(f->w, t, IRKG_WORD_ADDRESS_VERB))
			return 1;
		if (!(f->tokens[t].flags & IRKG_TOKEN_WORD) ||
		    irkg_mention_capitalised(f, t) ||
		    irkg_word_is(f->w, t, "to") ||
		    irkg_word_is_a(f->w, t, IRKG_WORD_CLAUSE_STRONG) ||
		    irkg_word_is_a(f->w, t, IRKG_WORD_CLAUSE_WEAK) ||
		    irkg_word_is_a(f->w, t, IRKG_WORD_CONJUNCTION))
			return 0;
	}
	return 0;
}

/* A capital stands for its government (x becomes a metonym of its state)
 * unless it is where something happens ("in Tokyo", "visited Seoul") or a
 * dateline ("SEOUL, Nov 18"). */
static void capital_as_government(const struct mention_finder *f,
				  const struct name_match *mt, size_t s_first,
				  size_t s_end, size_t sentence,
				  int after_locative, struct irkg_mention *x)
{
	size_t first = mt->first, last = mt->first + mt->n - 1, nx;
	const struct irkg_mention *prev =
		f->m->n ? &f->m->list[f->m->n - 1] : NULL;
	int next_lower;

	/* "the authorities in Kampala", "the government in Kabul": where
	 * the government sits names it */
	if (first >= s_first + 2 && irkg_word_is(f->w, first - 1, "in") &&
	    irkg_word_is_a(f->w, first - 2, IRKG_WORD_STATE_ANAPHOR)) {
		size_t from =
			first >= s_first + 3 &&
					irkg_word_is(f->w, first - 3, "the")
				? first - 3
				: first - 2;

		/* the words are the actor: "called on the authorities in
		 * Kampala to" */
		x->n_tokens += first - from;
		x->first_token = from;
		x->how = IRKG_MENTION_METONYM;
		x->kind = IRKG_ENTITY_STATE;
		return;
	}
	/* "a rail link between Riyadh and Doha": the cities it joins */
	if (first > s_first + 1 && irkg_word_is(f->w, first - 1, "between") &&
	    irkg_word_is_a(f->w, first - 2, IRKG_WORD_ROUTE_NOUN))
		return;
	if (after_locative || (first == s_first && last + 2 < s_end &&
			       irkg_word_is(f->w, last + 1, ",") &&
			       !irkg_word_is(f->w, last + 2, "which") &&
			       !irkg_word_is(f->w, last + 2, "who") &&
			       past_aside(f, last + 1, s_end) == last + 1))
		return;
	/* "Beijing "firmly opposes" the move": past a quotation mark */
	nx = last + 1 < s_end && irkg_word_is(f->w, last + 1, "\"") ? last + 2
								    : last + 1;
	nx = past_date_phrase(
		f, past_aside(f, past_apposition(f, nx, s_end), s_end), s_end);
	next_lower = nx < s_end && (f->tokens[nx].flags & IRKG_TOKEN_WORD) &&
		     !irkg_mention_capitalised(f, nx);
	/* "visited Tokyo and Seoul": a conjunct of a place. */
	if (prev && prev->sentence == sentence &&
	    prev->kind == IRKG_ENTITY_PLACE &&
	    prev->first_token + prev->n_tokens + 1 == first &&
	    (irkg_word_is(f->w, first - 1, "and") ||
	     irkg_word_is(f->w, first - 1, ",")))
		return;
	/* "warned Seoul and Tokyo that": a conjunct of a government */
	if (prev && prev->sentence == sentence &&
	    prev->how == IRKG_MENTION_METONYM &&
	    prev->first_token + prev->n_tokens + 1 == first &&
	    irkg_word_is(f->w, first - 1, "and")) {
		x->how = IRKG_MENTION_METONYM;
		x->kind = IRKG_ENTITY_STATE;
		return;
	}
	if ((last + 1 < s_end && irkg_word_is(f->w, last + 1, "'s")) ||
	    (next_lower && !irkg_word_is_a(f->w, nx, IRKG_WORD_NOT_VERB)) ||
	    /* "Washington, which already maintains sanctions" */
	    (last + 2 < s_end && irkg_word_is(f->w, last + 1, ",") &&
	     (irkg_word_is(f->w, last + 2, "which") ||
	      irkg_word_is(f->w, last + 2, "who"))) ||
	    (first > s_first &&
	     irkg_word_is_a(f->w, first - 1, IRKG_WORD_BEFORE_GOVERNMENT)) ||
	    /* "called on Beijing to" */
	    (first > s_first + 1 && irkg_word_is(f->w, first - 1, "on") &&
	     irkg_word_is_a(f->w, first - 2, IRKG_WORD_CALL)) ||
	    /* "protested to Beijing on Monday": whom it was said to */
	    (first > s_first + 1 && irkg_word_is(f->w, first - 1, "to") &&
	     addressed_to(f, s_first, first - 1)) ||
	    conjunct_acts(f, last, s_end)) {
		x->how = IRKG_MENTION_METONYM;
		x->kind = IRKG_ENTITY_STATE;
	}
}

/* A capital that is also the seat of an organisation (irkg:seatOf:
 * Brussels and the EU) stands for the organisation rather than the state
 * when the article has named the organisation by name before and has not
 * named the state but as where something is ("The European Union imposed
 * ... assets held in Belgium ... Relations between Brussels and Beijing
 * have cooled"); x, a government already, then takes the organisation's
 * entry and code. An article that names Belgium as an actor keeps
 * Brussels Belgian. */
static void seat_as_organisation(const struct mention_finder *f,
				 const struct irkg_gazetteer_entry *e,
				 struct irkg_mention *x)
{
	const struct irkg_gazetteer_entry *org = NULL;
	size_t i;

	if (!e->seat_of || x->kind != IRKG_ENTITY_STATE)
		return;
	for (i = 0; i < f->m->n; i++) {
		const struct irkg_mention *y = &f->m->list[i];

		if (!y->code || !y->entry)
			continue;
		if (y->kind == IRKG_ENTITY_STATE && e->state &&
		    strcmp(y->code, e->state) == 0 &&
		    (y->how == IRKG_MENTION_NAME ||
		     y->how == IRKG_MENTION_ADJECTIVE) &&
		    !(y->first_token > 0 &&
		      irkg_word_is_a(f->w, y->first_token - 1,
				     IRKG_WORD_LOCATIVE)))
			return;
		if (y->kind == IRKG_ENTITY_ORGANISATION &&
		    y->how == IRKG_MENTION_NAME &&
		    strcmp(y->code, e->seat_of) == 0)
			org = y->entry;
	}
	if (!org)
		return;
	x->kind = IRKG_ENTITY_ORGANISATION;
	x->entry = org;
	x->code = org->state;
}

/* Resolve one match into a mention (not yet merged with titles); 0 when
 * the match names nothing here. */
int irkg_entity_resolve(const struct mention_finder *f,
			const struct name_match *mt, const unsigned char *known,
			size_t s_first, size_t s_end, size_t sentence,
			struct irkg_mention *x)
{
	size_t first = mt->first;
	/* "flew to Washington" is a place, "talk to Washington" its
	 * government */
	int after_locative =
		first > s_first &&
		irkg_word_is_a(f->w, first - 1, IRKG_WORD_LOCATIVE) &&
		!(irkg_word_is(f->w, first - 1, "to") &&
		  addressed_to(f, s_first, first - 1));
	int after_title =
		first > s_first &&
		(irkg_word_is_a(f->w, first - 1, IRKG_WORD_PERSONAL_TITLE) ||
		 known[first - 1] == 2);
	const struct irkg_gazetteer_entry *e;
	int kind;
	size_t i;

	if (irkg_entity_has_kind(mt, IRKG_ENTITY_ROLE, -1)) {
		irkg_mention_init(x, sentence, first, mt->n, IRKG_MENTION_TITLE,
				  IRKG_ENTITY_ROLE);
		for (i = 0; i < mt->n_entries; i++)
			if (mt->entries[i]->kind == IRKG_ENTITY_ROLE)
				x->role = mt->entries[i]->id;
		return 1;
	}
	if (not_a_name(f, mt, known, s_first, s_end))
		return 0;
	/* "Sino", "Franco": a state only as the first of a pair written as
	 * one word ("Sino-Japanese", split by pair.c) */
	if (only_combining(mt) &&
	    !(first + 2 < s_end && irkg_word_is(f->w, first + 1, "-") &&
	      f->tokens[first].end == f->tokens[first + 1].start &&
	      f->tokens[first + 1].end == f->tokens[first + 2].start))
		return 0;
	if (irkg_entity_has_kind(mt, IRKG_ENTITY_PERSON, -1) &&
	    (after_title ||
	     !(irkg_entity_has_kind(mt, IRKG_ENTITY_STATE, -1) ||
	       irkg_entity_has_kind(mt, IRKG_ENTITY_PLACE, -1))) &&
	    !after_locative)
		return resolve_person(f, mt, sentence, x);
	kind = kind_of(f, mt, s_first);
	if (kind < 0)
		return 0;
	e = pick_entry(f, mt, (enum irkg_entity_kind)kind, NULL);
	if (!e)
		return 0;
	irkg_mention_init(x, sentence, first, mt->n, IRKG_MENTION_NAME,
			  (enum irkg_entity_kind)kind);
	x->entry = e;
	x->code = e->state;
	if (e->name_kind == IRKG_NAME_ADJECTIVE ||
	    e->name_kind == IRKG_NAME_COMBINING)
		x->how = IRKG_MENTION_ADJECTIVE;
	else if (e->name_kind == IRKG_NAME_METONYM)
		x->how = IRKG_MENTION_METONYM;
	if (kind == IRKG_ENTITY_BODY && !body_of_state(f, mt, sentence, x))
		return 0;
	if (kind == IRKG_ENTITY_PLACE && (e->flags & IRKG_ENTRY_CAPITAL)) {
		capital_as_government(f, mt, s_first, s_end, sentence,
				      after_locative, x);
		seat_as_organisation(f, e, x);
	}
	return 1;
}
