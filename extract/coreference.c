/* Coreference (see coreference.h): epithets resolved to the one state of
 * the article that has them, and the checks that keep "the two sides" and
 * "it" from the wrong states. */
#include "coreference.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

/* Whether every entry of the match is an epithet. */
static int all_epithets(const struct name_match *mt)
{
	size_t k;

	for (k = 0; k < mt->n_entries; k++)
		if (mt->entries[k]->name_kind != IRKG_NAME_EPITHET)
			return 0;
	return mt->n_entries > 0;
}

int irkg_coreference_epithet_use(const struct mention_finder *f,
				 const struct name_match *mt, size_t s_first,
				 size_t s_end)
{
	size_t end = mt->first + mt->n, k, j;
	unsigned caps = ~0u;

	if (!all_epithets(mt))
		return 0;
	/* the capitals every reading asks for ("the North", not "the
	 * north"); the first word may open the sentence */
	for (k = 0; k < mt->n_entries; k++)
		caps &= mt->entries[k]->caps;
	for (j = 1; j < mt->n && j < 32; j++)
		if ((caps & (1u << j)) &&
		    !irkg_mention_capitalised(f, mt->first + j))
			return 2;
	/* "the South Korean", "the North Atlantic": a longer name */
	if (end < s_end && (f->tokens[end].flags & IRKG_TOKEN_WORD) &&
	    irkg_mention_capitalised(f, end))
		return 2;
	/* "the kingdom of Jordan": the name that follows says which */
	if (end < s_end && irkg_word_is(f->w, end, "of"))
		return 2;
	for (k = mt->first + 1; k < end; k++) {
		const struct irkg_gazetteer_entry *const *entries;
		size_t len = 0, n_entries;

		if (irkg_gazetteer_match(f->g, f->spans + s_first,
					 s_end - s_first, k - s_first, &len,
					 &entries, &n_entries) == IRKG_OK &&
		    k + len > end)
			return 2;
	}
	return 1;
}

/* The latest mention before token i of a state (or, for `kind`
 * IRKG_ENTITY_ORGANISATION, an organisation) with `code`, by name when
 * there is one, else by adjective or capital; IRKG_MENTION_NONE when the
 * article has not named it. */
static size_t latest_named(const irkg_mentions *m, enum irkg_entity_kind kind,
			   const char *code, size_t i)
{
	size_t k, other = IRKG_MENTION_NONE;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->first_token >= i || y->kind != kind || !y->code ||
		    strcmp(y->code, code) != 0 ||
		    y->how == IRKG_MENTION_GROUP ||
		    y->how == IRKG_MENTION_PRONOUN)
			continue;
		if (y->how == IRKG_MENTION_NAME)
			return k;
		if (other == IRKG_MENTION_NONE)
			other = k;
	}
	return other;
}

/* The epithet at tokens [i, i + len) with the entries `entries`: the one
 * state or organisation named before it that has it ("the alliance" after
 * NATO), inserted as a mention. */
static int resolve_epithet(const struct mention_finder *f, size_t sentence,
			   size_t from, size_t i, size_t len,
			   const struct irkg_gazetteer_entry *const *entries,
			   size_t n_entries)
{
	irkg_mentions *m = f->m;
	const char *code = NULL;
	size_t k, antecedent = IRKG_MENTION_NONE;
	struct irkg_mention x;
	const char *why = "epithet of the one state or organisation named "
			  "before that the knowledge base calls so";
	size_t n_fit = 0, n_recent = 0, recent = IRKG_MENTION_NONE;

	for (k = 0; k < n_entries; k++) {
		const struct irkg_gazetteer_entry *e = entries[k];
		size_t named;

		if (e->name_kind != IRKG_NAME_EPITHET || !e->state ||
		    (code && strcmp(code, e->state) == 0))
			continue;
		named = latest_named(m, e->kind, e->state, i);
		if (named == IRKG_MENTION_NONE)
			continue;
		/* "Saudi Arabia hosted talks in May ... Qatar sent aid, and
		 * the Gulf state pledged more": of several, the one named
		 * in its sentence or the one before, when it is alone there */
		if (m->list[named].sentence + 1 >= sentence &&
		    (recent == IRKG_MENTION_NONE ||
		     strcmp(m->list[recent].code, e->state) != 0)) {
			n_recent++;
			recent = named;
		}
		n_fit++;
		code = e->state;
		antecedent = named;
	}
	if (!code)
		return IRKG_OK; /* no state of the article fits */
	if (n_fit > 1) {
		if (n_recent != 1)
			return IRKG_OK; /* two states fit: no guess */
		antecedent = recent;
		why = "epithet of the one state or organisation that the "
		      "knowledge base calls so named in its sentence or the "
		      "one before";
	}
	irkg_mention_init(&x, sentence, i, len, IRKG_MENTION_PRONOUN,
			  m->list[antecedent].kind);
	x.antecedent = antecedent;
	x.code = m->list[antecedent].code;
	x.entry = m->list[antecedent].entry;
	x.why = why;
	return irkg_mention_insert(m, &x, from);
}

int irkg_coreference_find(const struct mention_finder *f, size_t sentence,
			  size_t from, const unsigned char *known)
{
	const struct irkg_sentence *s = &f->sentences[sentence];
	size_t s_first = s->first_token, s_end = s_first + s->n_tokens, i;

	for (i = s_first; i < s_end; i++) {
		const struct irkg_gazetteer_entry *const *entries;
		size_t len = 0, n_entries;
		int rc;

		if (known[i] != IRKG_KNOWN_EPITHET)
			continue;
		rc = irkg_gazetteer_match(f->g, f->spans + s_first, s->n_tokens,
					  i - s_first, &len, &entries,
					  &n_entries);
		if (rc)
			return rc;
		if (!len)
			continue;
		rc = resolve_epithet(f, sentence, from, i, len, entries,
				     n_entries);
		if (rc)
			return rc;
		i += len - 1;
	}
	return IRKG_OK;
}

/* Whether a state's mention ends just before token t, before its "'s",
 * or before one lower-case word that is no conjunction, preposition or
 * determiner ("the Sudanese army", "Sudan's army", "U.S. oil
 * companies"). */
static int owned_by_state(const struct mention_finder *f, size_t t)
{
	const irkg_mentions *m = f->m;
	size_t k;

	for (k = 0; k < m->n; k++) {
		const struct irkg_mention *y = &m->list[k];
		size_t end = y->first_token + y->n_tokens;

		if (!y->code || y->kind == IRKG_ENTITY_PLACE)
			continue;
		if (end == t || (end + 1 == t && irkg_word_is(f->w, end, "'s")))
			return 1;
		if (end + 1 == t && (f->tokens[end].flags & IRKG_TOKEN_WORD) &&
		    !irkg_mention_capitalised(f, end) &&
		    !irkg_word_is_a(f->w, end, IRKG_WORD_CONJUNCTION) &&
		    !irkg_word_is_a(f->w, end, IRKG_WORD_DETERMINER) &&
		    !irkg_word_is_a(f->w, end, IRKG_WORD_LOCATIVE) &&
		    !irkg_word_is_a(f->w, end, IRKG_WORD_OBJECT_PREPOSITION))
			return 1;
	}
	return 0;
}

int irkg_coreference_factions_near(const struct mention_finder *f,
				   size_t sentence, size_t noun)
{
	size_t first = f->sentences[sentence >= 2 ? sentence - 2 : 0]
			       .first_token,
	       end = f->sentences[sentence].first_token +
		     f->sentences[sentence].n_tokens,
	       t;

	if (!irkg_word_is_a(f->w, noun, IRKG_WORD_SIDE_NOUN))
		return 0;
	for (t = first; t < end; t++)
		if (irkg_word_is_a(f->w, t, IRKG_WORD_FACTION_NOUN) &&
		    !owned_by_state(f, t))
			return 1;
	return 0;
}

/* The state, organisation or person mention that covers token t, or
 * IRKG_MENTION_NONE; *any set when some mention covers it. */
static size_t actor_at(const struct mention_finder *f, size_t t, int *any)
{
	const irkg_mentions *m = f->m;
	size_t k;

	*any = 0;
	for (k = 0; k < m->n; k++) {
		const struct irkg_mention *y = &m->list[k];

		if (t < y->first_token || t >= y->first_token + y->n_tokens)
			continue;
		*any = 1;
		if (y->code && y->kind != IRKG_ENTITY_PLACE)
			return k;
	}
	return IRKG_MENTION_NONE;
}

/* Whether the words at t are a capitalised name no mention covers ("the
 * M23", "Hamas" when the knowledge base lacks it). */
static int unknown_name_at(const struct mention_finder *f, size_t t, size_t end)
{
	int any;

	if (t < end && irkg_word_is(f->w, t, "the"))
		t++;
	if (t >= end || !(f->tokens[t].flags & IRKG_TOKEN_WORD) ||
	    !irkg_mention_capitalised(f, t))
		return 0;
	actor_at(f, t, &any);
	return !any;
}

int irkg_coreference_non_states_between(const struct mention_finder *f,
					size_t first, size_t end, size_t noun)
{
	int sides = irkg_word_is_a(f->w, noun, IRKG_WORD_SIDE_NOUN);
	size_t t;
	int any;

	for (t = first; t < end; t++) {
		if (sides && irkg_word_is_a(f->w, t, IRKG_WORD_FACTION_NOUN) &&
		    !owned_by_state(f, t))
			return 1;
		/* "between Kinshasa and the M23": a pair of a state and a
		 * party the knowledge base does not know */
		if (t > first && t + 1 < end && irkg_word_is(f->w, t, "and") &&
		    ((actor_at(f, t - 1, &any) != IRKG_MENTION_NONE &&
		      unknown_name_at(f, t + 1, end)) ||
		     (unknown_name_at(f, t - 1, end) &&
		      actor_at(f, t + 1 + irkg_word_is(f->w, t + 1, "the"),
			       &any) != IRKG_MENTION_NONE)))
			return 1;
	}
	return 0;
}

int irkg_coreference_pronoun_is_object(const struct mention_finder *f,
				       size_t sentence, size_t i)
{
	const struct irkg_sentence *s = &f->sentences[sentence];

	return i + 1 >= s->first_token + s->n_tokens ||
	       irkg_word_is_a(f->w, i + 1, IRKG_WORD_OBJECT_FOLLOWER);
}

/* The earlier person of the knowledge base one of whose name's words
 * (not a title) is the word at token i; IRKG_MENTION_NONE when there is
 * none, or when two persons have it. */
static size_t person_with_word(const struct mention_finder *f, size_t i)
{
	const irkg_mentions *m = f->m;
	size_t k, t, found = IRKG_MENTION_NONE;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->kind != IRKG_ENTITY_PERSON || !y->entry ||
		    y->how != IRKG_MENTION_NAME || y->first_token >= i)
			continue;
		for (t = y->first_token; t < y->first_token + y->n_tokens; t++)
			if (!irkg_word_is_a(f->w, t,
					    IRKG_WORD_PERSONAL_TITLE) &&
			    strcmp(irkg_word(f->w, t), irkg_word(f->w, i)) == 0)
				break;
		if (t == y->first_token + y->n_tokens)
			continue;
		if (found != IRKG_MENTION_NONE &&
		    m->list[found].entry->id != y->entry->id)
			return IRKG_MENTION_NONE; /* two of that name */
		if (found == IRKG_MENTION_NONE)
			found = k;
	}
	return found;
}

int irkg_coreference_short_name(const struct mention_finder *f, size_t sentence,
				size_t from, size_t i)
{
	irkg_mentions *m = f->m;
	size_t s_first = f->sentences[sentence].first_token, named;
	struct irkg_mention x;
	int rc;

	if (i == s_first ||
	    !irkg_word_is_a(f->w, i - 1, IRKG_WORD_PERSONAL_TITLE) ||
	    !irkg_mention_capitalised(f, i - 1))
		return 0;
	named = person_with_word(f, i);
	if (named == IRKG_MENTION_NONE)
		return 0;
	irkg_mention_init(&x, sentence, i - 1, 2, IRKG_MENTION_FAMILY,
			  IRKG_ENTITY_PERSON);
	x.entry = m->list[named].entry;
	x.code = m->list[named].code;
	x.role = m->list[named].role;
	x.former = m->list[named].former;
	rc = irkg_mention_insert(m, &x, from);
	return rc ? rc : 1;
}

int irkg_coreference_rival_state(const struct mention_finder *f,
				 size_t sentence, size_t i, const char *code)
{
	const irkg_mentions *m = f->m;
	size_t k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence + 1 < sentence)
			break;
		if (y->sentence > sentence || y->first_token >= i ||
		    y->kind != IRKG_ENTITY_STATE || !y->code ||
		    y->how == IRKG_MENTION_GROUP ||
		    y->how == IRKG_MENTION_PRONOUN)
			continue;
		if (!code || strcmp(y->code, code) != 0)
			return 1;
	}
	return 0;
}

/* Whether the word at token t is the noun irkg:borders is about. */
static int neighbour_noun(const struct mention_finder *f, size_t t, int plural)
{
	return plural ? irkg_word_is(f->w, t, "neighbours") ||
				irkg_word_is(f->w, t, "neighbors")
		      : irkg_word_is(f->w, t, "neighbour") ||
				irkg_word_is(f->w, t, "neighbor");
}

/* The latest mention, before token i, of each state whose code is in
 * `codes` ("CAN MEX "), pushed as members from m->n_members on; the count
 * goes to *n_named. */
static int named_neighbours(irkg_mentions *m, const char *codes, size_t i,
			    size_t *n_named)
{
	char code[8];
	const char *space;

	*n_named = 0;
	for (; (space = strchr(codes, ' ')) != NULL; codes = space + 1) {
		size_t len = (size_t)(space - codes), named;
		int rc;

		if (len == 0 || len >= sizeof(code))
			continue;
		memcpy(code, codes, len);
		code[len] = '\0';
		named = latest_named(m, IRKG_ENTITY_STATE, code, i);
		if (named == IRKG_MENTION_NONE)
			continue;
		rc = irkg_mention_push_member(m, named);
		if (rc)
			return rc;
		(*n_named)++;
	}
	return IRKG_OK;
}

/* Keep, of the members from `first` on, those named in sentence
 * `sentence` or the two before; the number kept. */
static size_t keep_recent(irkg_mentions *m, size_t first, size_t sentence)
{
	size_t k, kept = first;

	for (k = first; k < m->n_members; k++)
		if (m->list[m->members[k]].sentence + 2 >= sentence)
			m->members[kept++] = m->members[k];
	m->n_members = kept;
	return kept - first;
}

/* The neighbours of the state `code` as a mention of the article gives
 * them (a capital's entry has none: "Washington ... its two neighbours"
 * takes them from a mention of the state itself), or NULL. */
static const char *state_neighbours(const irkg_mentions *m, const char *code)
{
	size_t k;

	for (k = 0; k < m->n; k++) {
		const struct irkg_gazetteer_entry *e = m->list[k].entry;

		if (e && e->kind == IRKG_ENTITY_STATE && e->neighbours &&
		    e->state && strcmp(e->state, code) == 0)
			return e->neighbours;
	}
	return NULL;
}

int irkg_coreference_neighbours(const struct mention_finder *f, size_t sentence,
				size_t from, size_t i, size_t *end)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[sentence];
	size_t s_end = s->first_token + s->n_tokens, noun = i + 1, k,
	       owner = IRKG_MENTION_NONE, first_member = m->n_members, n_named;
	const char *codes;
	struct irkg_mention x;
	long number = 0;
	int rc;

	*end = 0;
	if (noun < s_end && irkg_word_is_a(f->w, noun, IRKG_WORD_NUMBER)) {
		number = strtol(irkg_lexicon_value(f->lexicon, IRKG_WORD_NUMBER,
						   irkg_word(f->w, noun)),
				NULL, 10);
		noun++;
	}
	if (noun >= s_end || !neighbour_noun(f, noun, number != 0))
		return IRKG_OK;
	/* "its neighbour Afghanistan": the name says which */
	if (noun + 1 < s_end && irkg_mention_capitalised(f, noun + 1))
		return IRKG_OK;
	for (k = m->n; k-- > 0;)
		if (m->list[k].first_token == i &&
		    m->list[k].how == IRKG_MENTION_PRONOUN) {
			owner = m->list[k].antecedent;
			break;
		}
	if (owner == IRKG_MENTION_NONE ||
	    m->list[owner].kind != IRKG_ENTITY_STATE || !m->list[owner].code ||
	    !(codes = state_neighbours(m, m->list[owner].code)))
		return IRKG_OK;
	rc = named_neighbours(m, codes, i, &n_named);
	if (rc)
		return rc;
	/* "China hosted the talks ... Pakistan suspended all trade with
	 * Afghanistan's rulers. ... its neighbour": of more than it says,
	 * those named in its sentence or the two before */
	if (n_named > (number ? (size_t)number : 1))
		n_named = keep_recent(m, first_member, sentence);
	if (n_named != (number ? (size_t)number : 1)) {
		m->n_members = first_member;
		return IRKG_OK; /* none named, or more than it says: no guess */
	}
	*end = noun + 1;
	if (!number) {
		irkg_mention_init(&x, sentence, noun, 1, IRKG_MENTION_PRONOUN,
				  IRKG_ENTITY_STATE);
		x.antecedent = m->members[first_member];
		x.code = m->list[x.antecedent].code;
		x.entry = m->list[x.antecedent].entry;
		m->n_members = first_member;
	} else {
		irkg_mention_init(&x, sentence, i + 1, noun - i,
				  IRKG_MENTION_GROUP, IRKG_ENTITY_STATE);
		x.first_member = first_member;
		x.n_members = n_named;
	}
	x.why = "the states bordering the state \"its\" stands for "
		"(irkg:borders) that the article has named, as many as it says";
	return irkg_mention_insert(m, &x, from);
}

/* Whether "the former" or "the latter" ending before token t stands alone
 * ("the former accused", "the latter's navy", "the former, which", "the
 * latter of"), not before the noun it qualifies ("the former president",
 * "the former Soviet republic"). */
static int stands_alone_before(const struct mention_finder *f, size_t t,
			       size_t s_end)
{
	const char *w;
	size_t len;

	if (t >= s_end || irkg_word_is(f->w, t, "'s"))
		return 1;
	if (!(f->tokens[t].flags & IRKG_TOKEN_WORD))
		return !irkg_word_is(f->w, t, "-");
	if (irkg_mention_capitalised(f, t))
		return 0;
	w = irkg_word(f->w, t);
	len = strlen(w);
	return irkg_word_is_a(f->w, t, IRKG_WORD_BARE_GROUP_FOLLOWER) ||
	       irkg_word_is_a(f->w, t, IRKG_WORD_OBJECT_FOLLOWER) ||
	       irkg_word_is_a(f->w, t, IRKG_WORD_AUXILIARY) ||
	       irkg_word_is_a(f->w, t, IRKG_WORD_HEDGE) ||
	       (len > 3 && strcmp(w + len - 2, "ed") == 0);
}

int irkg_coreference_former_latter(const struct mention_finder *f,
				   size_t sentence, size_t from, size_t i,
				   int *done)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[sentence];
	size_t s_end = s->first_token + s->n_tokens, k;
	int latter;
	struct irkg_mention x;

	*done = 0;
	if (i + 1 >= s_end || !irkg_word_is(f->w, i, "the") ||
	    !(irkg_word_is(f->w, i + 1, "former") ||
	      irkg_word_is(f->w, i + 1, "latter")) ||
	    !stands_alone_before(f, i + 2, s_end))
		return IRKG_OK;
	latter = irkg_word_is(f->w, i + 1, "latter");
	*done = 1;
	for (k = m->n_coords; k-- > 0;) {
		const struct coordination *c = &m->coords[k];
		const struct irkg_mention *a, *b;

		if (c->sentence + 1 < sentence)
			return IRKG_OK;
		a = &m->list[m->members[c->first_member]];
		if (a->first_token >= i)
			continue; /* after it in its sentence */
		/* the latest pair before it, of two states or bodies of two
		 * states; a coordination of three says nothing */
		if (c->n_members != 2)
			return IRKG_OK;
		b = &m->list[m->members[c->first_member + 1]];
		if (!a->code || !b->code || strcmp(a->code, b->code) == 0)
			return IRKG_OK;
		irkg_mention_init(&x, sentence, i, 2, IRKG_MENTION_PRONOUN,
				  (latter ? b : a)->kind);
		x.antecedent = m->members[c->first_member + (latter ? 1 : 0)];
		x.code = m->list[x.antecedent].code;
		x.entry = m->list[x.antecedent].entry;
		x.role = m->list[x.antecedent].role;
		x.why = latter ? "the second of the pair named together last, "
				 "in its sentence or the one before"
			       : "the first of the pair named together last, "
				 "in its sentence or the one before";
		return irkg_mention_insert(m, &x, from);
	}
	return IRKG_OK;
}
