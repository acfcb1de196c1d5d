/* Coordinations and groups (see group.h): "A, B and C" recorded as
 * antecedents; "the three", "both countries" resolved to the actors they
 * point back to. */
#include "group.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "coreference.h"

/* The number of actors a group word at token i wants: "both" 2, a number
 * word its value, a digit itself; 0 when it is none. */
static int group_number(const struct mention_finder *f, size_t i)
{
	const char *w = irkg_word(f->w, i);

	if (strcmp(w, "both") == 0)
		return 2;
	if (irkg_word_is_a(f->w, i, IRKG_WORD_NUMBER))
		return (int)strtol(
			irkg_lexicon_value(f->lexicon, IRKG_WORD_NUMBER, w),
			NULL, 10);
	if (w[0] >= '2' && w[0] <= '9' && w[1] == '\0')
		return w[0] - '0';
	return 0;
}

/* The region of a mention's state: its own entry's, or for a person or
 * body that of a state mention with the same code. */
static const char *mention_region(const irkg_mentions *m,
				  const struct irkg_mention *x)
{
	size_t i;

	if (x->entry && x->entry->kind == IRKG_ENTITY_STATE)
		return x->entry->region;
	if (!x->code)
		return NULL;
	for (i = 0; i < m->n; i++)
		if (m->list[i].entry &&
		    m->list[i].entry->kind == IRKG_ENTITY_STATE &&
		    m->list[i].code && strcmp(m->list[i].code, x->code) == 0)
			return m->list[i].entry->region;
	return NULL;
}

/* Add mention `index` (a group: its members) to members[], skipping codes
 * already there from `from` on and those outside `region_part`. */
int irkg_group_add_members(irkg_mentions *m, size_t index, size_t from,
			   const char *region_part)
{
	const struct irkg_mention *x = &m->list[index];
	size_t k;

	if (x->how == IRKG_MENTION_GROUP) {
		for (k = 0; k < x->n_members; k++) {
			int rc = irkg_group_add_members(
				m, m->members[x->first_member + k], from,
				region_part);

			if (rc)
				return rc;
		}
		return IRKG_OK;
	}
	if (x->how == IRKG_MENTION_PRONOUN || !irkg_mention_is_actor(x))
		return IRKG_OK;
	if (region_part) {
		const char *r = mention_region(m, x);

		if (!r || !strstr(r, region_part))
			return IRKG_OK;
	}
	for (k = from; k < m->n_members; k++) {
		const struct irkg_mention *y = &m->list[m->members[k]];

		if (y->code && x->code && strcmp(y->code, x->code) == 0 &&
		    !(y->kind == IRKG_ENTITY_PERSON &&
		      x->kind == IRKG_ENTITY_PERSON && y->entry != x->entry))
			return IRKG_OK;
	}
	return irkg_mention_push_member(m, index);
}

static int joined(const struct mention_finder *f, const struct irkg_mention *a,
		  const struct irkg_mention *b)
{
	const struct irkg_sentence *s = &f->sentences[b->sentence];
	size_t gap = a->first_token + a->n_tokens,
	       b_end = b->first_token + b->n_tokens;

	return irkg_mentions_joining(f->w, gap, b->first_token, b_end,
				     s->first_token + s->n_tokens);
}

/* The first mention of the coordination ending at mention `k` (k itself
 * when it is not coordinated), not before `from`. */
size_t irkg_group_run_start(const struct mention_finder *f, size_t from,
			    size_t k)
{
	const irkg_mentions *m = f->m;

	while (k > from && irkg_mention_is_actor(&m->list[k - 1]) &&
	       m->list[k - 1].how != IRKG_MENTION_PRONOUN &&
	       joined(f, &m->list[k - 1], &m->list[k]))
		k--;
	return k;
}

int irkg_group_coordinated(const struct mention_finder *f, size_t k)
{
	const irkg_mentions *m = f->m;
	const struct irkg_mention *x = &m->list[k];
	size_t j;

	for (j = k; j-- > 0 && m->list[j].sentence == x->sentence;) {
		const struct irkg_mention *y = &m->list[j];

		if (!irkg_mention_is_actor(y) || !joined(f, y, &m->list[j + 1]))
			break;
		if (y->code && x->code && strcmp(y->code, x->code) != 0)
			return 1;
	}
	for (j = k + 1; j < m->n && m->list[j].sentence == x->sentence; j++) {
		const struct irkg_mention *y = &m->list[j];

		if (!irkg_mention_is_actor(y) || !joined(f, &m->list[j - 1], y))
			break;
		if (y->code && x->code && strcmp(y->code, x->code) != 0)
			return 1;
	}
	return 0;
}

static size_t distinct_member_codes(const irkg_mentions *m, size_t first);

/* Whether mention x is a capital ("Athens"). */
static int is_capital(const struct irkg_mention *x)
{
	return x->kind == IRKG_ENTITY_PLACE && x->entry && x->code &&
	       (x->entry->flags & IRKG_ENTRY_CAPITAL);
}

/* The latest mention by name of the state with `code` before mention
 * `before`; IRKG_MENTION_NONE when the article has not named it. */
static size_t state_named_before(const irkg_mentions *m, const char *code,
				 size_t before)
{
	size_t k;

	for (k = before; k-- > 0;)
		if (m->list[k].kind == IRKG_ENTITY_STATE &&
		    m->list[k].how == IRKG_MENTION_NAME && m->list[k].code &&
		    strcmp(m->list[k].code, code) == 0)
			return k;
	return IRKG_MENTION_NONE;
}

/* "Athens and Ankara, for their part, have been at odds": capitals
 * [i, j] joined in a coordination, recorded as one of the states the
 * article has named by name before (each by its latest such mention), so
 * that "the two neighbours" after them are those states; none when a
 * capital's state is not named before. */
static int capital_coordination(const struct mention_finder *f, size_t i,
				size_t j, size_t sentence)
{
	irkg_mentions *m = f->m;
	size_t first_member = m->n_members, k, named;
	int rc;

	for (k = i; k <= j; k++) {
		named = state_named_before(m, m->list[k].code, i);
		if (named == IRKG_MENTION_NONE) {
			m->n_members = first_member;
			return IRKG_OK;
		}
		rc = irkg_group_add_members(m, named, first_member, NULL);
		if (rc)
			return rc;
	}
	if (distinct_member_codes(m, first_member) < 2) {
		m->n_members = first_member;
		return IRKG_OK;
	}
	rc = irkg_mention_grow_coords(m);
	if (rc)
		return rc;
	m->coords[m->n_coords].sentence = sentence;
	m->coords[m->n_coords].first_member = first_member;
	m->coords[m->n_coords].n_members = m->n_members - first_member;
	m->n_coords++;
	return IRKG_OK;
}

/* Record the coordinations among the sentence's mentions [from, m->n). */
int irkg_group_coordinations(const struct mention_finder *f, size_t from,
			     size_t sentence)
{
	irkg_mentions *m = f->m;
	size_t i = from;

	while (i < m->n) {
		size_t j = i, k, first_member = m->n_members;
		int rc;

		while (j + 1 < m->n && irkg_mention_is_actor(&m->list[j]) &&
		       irkg_mention_is_actor(&m->list[j + 1])) {
			if (!joined(f, &m->list[j], &m->list[j + 1]))
				break;
			j++;
		}
		if (j == i && is_capital(&m->list[i])) {
			while (j + 1 < m->n && is_capital(&m->list[j + 1]) &&
			       joined(f, &m->list[j], &m->list[j + 1]))
				j++;
			if (j > i) {
				rc = capital_coordination(f, i, j, sentence);
				if (rc)
					return rc;
				i = j + 1;
				continue;
			}
		}
		if (j > i && irkg_mention_is_actor(&m->list[i])) {
			for (k = i; k <= j; k++) {
				rc = irkg_group_add_members(m, k, first_member,
							    NULL);
				if (rc)
					return rc;
			}
			rc = irkg_mention_grow_coords(m);
			if (rc)
				return rc;
			m->coords[m->n_coords].sentence = sentence;
			m->coords[m->n_coords].first_member = first_member;
			m->coords[m->n_coords].n_members =
				m->n_members - first_member;
			m->n_coords++;
		}
		i = j + 1;
	}
	return IRKG_OK;
}

/* Resolve the group mention `g` (already pushed, last in the list) that
 * wants `number` actors (0: as many as the last coordination has) from
 * `region_part` (or NULL). Members go to the end of members[]. */
/* How many codes the members from `first` on have between them: "Brazil's
 * foreign minister, Mauro Vieira" is one state. */
static size_t distinct_member_codes(const irkg_mentions *m, size_t first)
{
	size_t i, k, n = 0;

	for (i = first; i < m->n_members; i++) {
		const char *c = m->list[m->members[i]].code;
		int seen = !c;

		for (k = first; k < i && !seen; k++) {
			const char *d = m->list[m->members[k]].code;

			seen = d && strcmp(c, d) == 0;
		}
		n += !seen;
	}
	return n;
}

/* Whether the mention at index k, or the coordination it ends or is in,
 * names mediators: "a ceasefire brokered by Qatar and Turkey", "talks
 * mediated by China" (a `mediation-word` of mediation, not of hosting,
 * then "by" [the]). */
static int is_mediator(const struct mention_finder *f, size_t k)
{
	const irkg_mentions *m = f->m;
	size_t s_first = f->sentences[m->list[k].sentence].first_token, t;
	const char *value;

	t = m->list[irkg_group_run_start(f, 0, k)].first_token;
	if (t > s_first && irkg_word_is_a(f->w, t - 1, IRKG_WORD_DETERMINER))
		t--;
	if (t < s_first + 2 || !irkg_word_is(f->w, t - 1, "by") ||
	    !irkg_word_is_a(f->w, t - 2, IRKG_WORD_MEDIATION_WORD))
		return 0;
	value = irkg_lexicon_value(f->lexicon, IRKG_WORD_MEDIATION_WORD,
				   irkg_word(f->w, t - 2));
	return value && strcmp(value, "mediate") == 0;
}

/* Whether group g follows "between" after a word of mediation or hosting
 * in its clause ("host talks between the two neighbours", "mediate
 * between both countries"): the actors its sentence names before it are
 * the host or mediator, not its members. */
static int between_mediated(const struct mention_finder *f,
			    const struct irkg_mention *g)
{
	size_t s_first = f->sentences[g->sentence].first_token, t;

	if (g->first_token < s_first + 2 ||
	    !irkg_word_is(f->w, g->first_token - 1, "between"))
		return 0;
	for (t = g->first_token - 1; t > s_first && g->first_token - t <= 4;
	     t--) {
		if (irkg_word_is_a(f->w, t - 1, IRKG_WORD_MEDIATION_WORD))
			return 1;
		if (!(f->tokens[t - 1].flags & IRKG_TOKEN_WORD))
			return 0;
	}
	return 0;
}

/* The code of the actor whose verb group g is the object of, when the
 * actor ends one lower-case word before g ("Rabuka thanked both
 * countries"); NULL otherwise. */
static const char *subject_of_verb_before(const struct mention_finder *f,
					  const struct irkg_mention *g)
{
	const irkg_mentions *m = f->m;
	size_t s_first = f->sentences[g->sentence].first_token, verb, k;

	if (g->first_token < s_first + 2)
		return NULL;
	verb = g->first_token - 1;
	if (!(f->tokens[verb].flags & IRKG_TOKEN_WORD) ||
	    irkg_mention_capitalised(f, verb) ||
	    irkg_word_is_a(f->w, verb, IRKG_WORD_CONJUNCTION) ||
	    irkg_word_is_a(f->w, verb, IRKG_WORD_OBJECT_PREPOSITION) ||
	    irkg_word_is_a(f->w, verb, IRKG_WORD_DETERMINER))
		return NULL;
	for (k = 0; k < m->n; k++) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence == g->sentence &&
		    y->first_token + y->n_tokens == verb && y->code &&
		    y->how != IRKG_MENTION_GROUP && irkg_mention_is_actor(y))
			return y->code;
	}
	return NULL;
}

/* What rules a mention out as a member of group g, worked out once per
 * group: whether g is what a mediation is between, and the actor whose
 * verb g is the object of. */
struct member_filter {
	int mediated;
	const char *doer;
};

static struct member_filter member_filter_of(const struct mention_finder *f,
					     const struct irkg_mention *g)
{
	struct member_filter mf;

	mf.mediated = between_mediated(f, g);
	mf.doer = subject_of_verb_before(f, g);
	return mf;
}

/* Whether mention k may be a member of group g at all: not a mediator,
 * nor, when g is what a mediation is between, named in g's sentence, nor
 * of the state of the actor whose object g is ("Rabuka thanked both
 * countries": not Fiji). */
static int may_be_member(const struct mention_finder *f,
			 const struct irkg_mention *g, size_t k,
			 const struct member_filter *mf)
{
	return !(mf->mediated && f->m->list[k].sentence == g->sentence) &&
	       !is_mediator(f, k) &&
	       !(mf->doer && f->m->list[k].code &&
		 strcmp(mf->doer, f->m->list[k].code) == 0);
}

/* The actors named in sentences `from` to `to` (in the group's own, only
 * before it), into the members from `first` on. */
static int add_named_since(const struct mention_finder *f,
			   const struct irkg_mention *g, size_t from, size_t to,
			   size_t first, const char *region_part, int topics)
{
	irkg_mentions *m = f->m;
	const struct member_filter mf = member_filter_of(f, g);
	size_t i;
	int rc;

	for (i = 0; i < m->n; i++) {
		const struct irkg_mention *x = &m->list[i];

		/* "cooperate on North Korea": a topic, not a party */
		if (!topics &&
		    x->first_token > f->sentences[x->sentence].first_token &&
		    irkg_word_is_a(f->w, x->first_token - 1, IRKG_WORD_TOPIC))
			continue;
		if (x->sentence < from || x->sentence > to ||
		    (x->sentence == g->sentence &&
		     x->first_token >= g->first_token) ||
		    !x->code || x->how == IRKG_MENTION_GROUP ||
		    x->how == IRKG_MENTION_PRONOUN ||
		    (g->kind == IRKG_ENTITY_PERSON
			     ? x->kind != IRKG_ENTITY_PERSON
			     : x->kind != IRKG_ENTITY_STATE &&
				       x->kind != IRKG_ENTITY_PERSON) ||
		    !may_be_member(f, g, i, &mf))
			continue;
		rc = irkg_group_add_members(m, i, first, region_part);
		if (rc)
			return rc;
	}
	return IRKG_OK;
}

static int finish_group(irkg_mentions *m, struct irkg_mention *g, size_t first);

/* "Rubio visited Georgetown in March, when the two governments signed":
 * the states of the capitals named in the group's sentence before it, each
 * as the latest mention of that state by name before the group, added to
 * the members from `first` on. */
static int add_capitals_before(const struct mention_finder *f,
			       const struct irkg_mention *g, size_t first,
			       const char *region_part)
{
	irkg_mentions *m = f->m;
	size_t i, k;
	int rc;

	for (i = 0; i < m->n; i++) {
		const struct irkg_mention *x = &m->list[i];

		if (x->sentence != g->sentence ||
		    x->first_token >= g->first_token ||
		    x->kind != IRKG_ENTITY_PLACE || !x->entry ||
		    !(x->entry->flags & IRKG_ENTRY_CAPITAL) || !x->code)
			continue;
		for (k = m->n; k-- > 0;) {
			const struct irkg_mention *y = &m->list[k];

			if (y->first_token < g->first_token &&
			    y->kind == IRKG_ENTITY_STATE &&
			    y->how == IRKG_MENTION_NAME && y->code &&
			    strcmp(y->code, x->code) == 0)
				break;
		}
		if (k == (size_t)-1)
			continue;
		rc = irkg_group_add_members(m, k, first, region_part);
		if (rc)
			return rc;
	}
	return IRKG_OK;
}

/* The latest coordination with `number` actors (at least two when 0) of
 * distinct codes, in the group's sentence before it or in the `back`
 * sentences before: 1 when found (members from `first` on), 0 when not,
 * or an error. */
static int from_coordination(const struct mention_finder *f,
			     const struct irkg_mention *g, int number,
			     const char *region_part, size_t first, size_t back)
{
	irkg_mentions *m = f->m;
	const struct member_filter mf = member_filter_of(f, g);
	size_t c;
	int rc;

	for (c = m->n_coords; c-- > 0;) {
		const struct coordination *co = &m->coords[c];
		size_t k;

		if (co->sentence + back < g->sentence)
			break;
		if ((co->sentence == g->sentence &&
		     m->list[m->members[co->first_member]].first_token >=
			     g->first_token) ||
		    !may_be_member(f, g, m->members[co->first_member], &mf))
			continue;
		m->n_members = first;
		for (k = 0; k < co->n_members; k++) {
			rc = irkg_group_add_members(
				m, m->members[co->first_member + k], first,
				region_part);
			if (rc)
				return rc;
		}
		if (distinct_member_codes(m, first) >= 2 &&
		    (number == 0 || m->n_members - first == (size_t)number))
			return 1;
	}
	m->n_members = first;
	return 0;
}

/* The members of coordination `co` as the group's members from `first`
 * on, when they are exactly `number` actors of distinct codes: 1; else
 * none are kept and 0; or an error (an IRKG_* code, below 0). */
static int take_coordination(irkg_mentions *m, const struct coordination *co,
			     int number, const char *region_part, size_t first)
{
	size_t k;
	int rc;

	for (k = 0; k < co->n_members; k++) {
		rc = irkg_group_add_members(m, m->members[co->first_member + k],
					    first, region_part);
		if (rc)
			return rc;
	}
	if (m->n_members - first == (size_t)number &&
	    distinct_member_codes(m, first) == (size_t)number)
		return 1;
	m->n_members = first;
	return 0;
}

/* "the two defence ministers, Boris Pistorius and Wladyslaw
 * Kosiniak-Kamysz": the coordination of `number` actors of distinct codes
 * that stands after the group and a comma, into the members from `first`
 * on. 1 when found, 0 when not, or an error. */
static int from_apposition(const struct mention_finder *f,
			   const struct irkg_mention *g, int number,
			   const char *region_part, size_t first)
{
	irkg_mentions *m = f->m;
	size_t end = g->first_token + g->n_tokens, c;

	if (!irkg_word_is(f->w, end, ","))
		return 0;
	for (c = m->n_coords; c-- > 0;) {
		const struct coordination *co = &m->coords[c];

		if (co->sentence != g->sentence)
			break;
		if (m->list[m->members[co->first_member]].first_token !=
		    end + 1)
			continue;
		return take_coordination(m, co, number, region_part, first);
	}
	return 0;
}

/* The numbers of the group words in tokens [first, end): 0 when none. */
static int number_in(const struct mention_finder *f, size_t first, size_t end)
{
	size_t t;

	for (t = first; t < end; t++)
		if (group_number(f, t) > 0)
			return group_number(f, t);
	return 0;
}

/* "the three leaders" many sentences after "The leaders of France,
 * Germany and Poland": the latest coordination anywhere before with
 * exactly `number` actors of distinct codes, when no group of that number
 * left unresolved stands between (it might be other ones). 1 when found
 * (members from `first` on), 0 when not, or an error. */
static int from_numbered_coordination(const struct mention_finder *f,
				      const struct irkg_mention *g, int number,
				      const char *region_part, size_t first)
{
	irkg_mentions *m = f->m;
	const struct member_filter mf = member_filter_of(f, g);
	size_t c, k;
	int rc;

	for (c = m->n_coords; c-- > 0;) {
		const struct coordination *co = &m->coords[c];

		if ((co->sentence == g->sentence &&
		     m->list[m->members[co->first_member]].first_token >=
			     g->first_token) ||
		    !may_be_member(f, g, m->members[co->first_member], &mf))
			continue;
		rc = take_coordination(m, co, number, region_part, first);
		if (rc < 0)
			return rc;
		if (rc)
			break;
	}
	if (c == (size_t)-1)
		return 0;
	for (k = m->n - 1; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence < m->coords[c].sentence)
			break;
		if (y->how == IRKG_MENTION_GROUP && !y->n_members &&
		    number_in(f, y->first_token,
			      y->first_token + y->n_tokens) == number) {
			m->n_members = first;
			return 0;
		}
	}
	return 1;
}

/* The two codes of the members from `first` on into pair[], when they are
 * exactly two actors of two states, sorted; 1 then, else 0. The members
 * are dropped either way. */
static int take_pair(irkg_mentions *m, size_t first, const char *pair[2])
{
	int ok = m->n_members - first == 2 &&
		 distinct_member_codes(m, first) == 2;

	if (ok) {
		pair[0] = m->list[m->members[first]].code;
		pair[1] = m->list[m->members[first + 1]].code;
		if (strcmp(pair[0], pair[1]) > 0) {
			const char *c = pair[0];

			pair[0] = pair[1];
			pair[1] = c;
		}
	}
	m->n_members = first;
	return ok;
}

/* Whether `code` is one of the n codes of `codes`. */
static int has_code(const char *const *codes, size_t n, const char *code)
{
	while (n-- > 0)
		if (strcmp(codes[n], code) == 0)
			return 1;
	return 0;
}

/* The latest pair of states named together before group g (a coordination
 * of two, or a sentence that names two and no other) into pair[], its
 * sentence into *sentence; *only is set when every pair named before g is
 * that one. 1 when found, 0 when not, or an error (below 0). */
static int latest_pair(const struct mention_finder *f,
		       const struct irkg_mention *g, const char *region_part,
		       size_t first, const char *pair[2], int *only,
		       size_t *sentence)
{
	irkg_mentions *m = f->m;
	const struct member_filter mf = member_filter_of(f, g);
	int found = 0, named, rc;
	const char *p[2];
	size_t sent, c = m->n_coords, k;

	*only = 1;
	for (sent = g->sentence + 1; sent-- > 0;) {
		/* its latest coordination of two, else the sentence */
		named = 0;
		for (; c > 0 && m->coords[c - 1].sentence >= sent; c--) {
			const struct coordination *co = &m->coords[c - 1];

			if (named || co->sentence != sent ||
			    (sent == g->sentence &&
			     m->list[m->members[co->first_member]]
					     .first_token >= g->first_token) ||
			    !may_be_member(f, g, m->members[co->first_member],
					   &mf))
				continue;
			for (k = 0; k < co->n_members; k++) {
				rc = irkg_group_add_members(
					m, m->members[co->first_member + k],
					first, region_part);
				if (rc)
					return rc;
			}
			named = take_pair(m, first, p);
		}
		if (!named) {
			rc = add_named_since(f, g, sent, sent, first,
					     region_part, 0);
			if (rc)
				return rc;
			named = take_pair(m, first, p);
		}
		if (!named)
			continue;
		if (!found) {
			found = 1;
			pair[0] = p[0];
			pair[1] = p[1];
			*sentence = sent;
		} else if (strcmp(p[0], pair[0]) != 0 ||
			   strcmp(p[1], pair[1]) != 0) {
			*only = 0;
			break;
		}
	}
	return found;
}

/* "the two neighbours" when nothing nearer says which: the pair of states
 * the article last named together, when both are named again in its
 * sentence and the two before among others ("Guyana accused Venezuela ...
 * Venezuela's minister accused Georgetown of pleasing U.S. companies ...
 * talks between the two neighbours"), or when it is the only pair the
 * article has named together; and no party that is no state (an army, a
 * faction, a company, a name the knowledge base lacks) is named since.
 * 1 when found (members from `first` on), 0 when not, or an error. */
static int from_article_pair(const struct mention_finder *f,
			     struct irkg_mention *g, const char *region_part,
			     size_t first)
{
	irkg_mentions *m = f->m;
	const char *near[8], *pair[2];
	size_t n_near = 0, k, sentence = 0, i;
	int only, rc;

	rc = add_named_since(f, g, g->sentence >= 2 ? g->sentence - 2 : 0,
			     g->sentence, first, region_part, 0);
	if (rc)
		return rc;
	for (k = first; k < m->n_members && n_near < 8; k++)
		if (!has_code(near, n_near, m->list[m->members[k]].code))
			near[n_near++] = m->list[m->members[k]].code;
	if (k < m->n_members)
		n_near = 0; /* too many to say */
	m->n_members = first;
	rc = latest_pair(f, g, region_part, first, pair, &only, &sentence);
	if (rc < 0)
		return rc;
	if (n_near > 2) {
		rc = rc && has_code(near, n_near, pair[0]) &&
		     has_code(near, n_near, pair[1]);
		g->why = "the pair of states the article last named together, "
			 "both named again in its sentence or the two before";
	} else {
		rc = rc && only;
		g->why = "the only pair of states the article has named "
			 "together before it";
	}
	if (!rc || irkg_coreference_non_states_between(
			   f, f->sentences[sentence].first_token,
			   g->first_token, g->first_token + g->n_tokens - 1))
		return 0;
	/* each state by its latest mention before the group */
	for (k = 0; k < 2; k++) {
		for (i = m->n - 1; i-- > 0;) {
			const struct irkg_mention *y = &m->list[i];

			if (y->first_token < g->first_token && y->code &&
			    strcmp(y->code, pair[k]) == 0 &&
			    (y->kind == IRKG_ENTITY_STATE ||
			     y->kind == IRKG_ENTITY_PERSON) &&
			    y->how != IRKG_MENTION_GROUP &&
			    y->how != IRKG_MENTION_PRONOUN)
				break;
		}
		if (i == (size_t)-1) {
			m->n_members = first;
			return 0;
		}
		rc = irkg_mention_push_member(m, i);
		if (rc)
			return rc;
	}
	return 1;
}

int irkg_group_resolve(const struct mention_finder *f, struct irkg_mention *g,
		       int number, const char *region_part)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[g->sentence];
	size_t first = m->n_members, i;
	int rc;

	if (number >= 2) {
		g->why = "the names in apposition after it";
		rc = from_apposition(f, g, number, region_part, first);
		if (rc != IRKG_OK)
			return rc == 1 ? finish_group(m, g, first) : rc;
	}

	/* Exactly `number` actors named before it in its own sentence:
	 * "Rubio spoke with Iwaya, and the two agreed" */
	if (number >= 2) {
		rc = add_named_since(f, g, g->sentence, g->sentence, first,
				     region_part, 0);
		if (rc)
			return rc;
		g->why = "exactly that many actors named before it in its "
			 "sentence";
		if (distinct_member_codes(m, first) == (size_t)number &&
		    m->n_members - first == (size_t)number)
			goto found;
		m->n_members = first;
		/* ... a state's adjective after "on" counting too when its
		 * noun is the target of an act ("air strikes on Cambodian
		 * positions along the two countries' border"), not a topic */
		if (g->kind == IRKG_ENTITY_STATE) {
			rc = add_named_since(f, g, g->sentence, g->sentence,
					     first, region_part, 1);
			if (rc)
				return rc;
			g->why = "exactly that many actors named before it in "
				 "its sentence, one after \"on\"";
			if (distinct_member_codes(m, first) == (size_t)number &&
			    m->n_members - first == (size_t)number)
				goto found;
			m->n_members = first;
			rc = add_named_since(f, g, g->sentence, g->sentence,
					     first, region_part, 0);
			if (rc)
				return rc;
		}
		/* ... a capital visited there counting for its state */
		rc = between_mediated(f, g)
			     ? IRKG_OK
			     : add_capitals_before(f, g, first, region_part);
		if (rc)
			return rc;
		g->why = "exactly that many actors and capitals named before "
			 "it in its sentence";
		if (g->kind == IRKG_ENTITY_STATE &&
		    distinct_member_codes(m, first) == (size_t)number &&
		    m->n_members - first == (size_t)number)
			goto found;
		m->n_members = first;
	}

	/* Exactly `number` actors named in the sentence just before, and no
	 * coordination in this one before the group: "Japan has become one
	 * of the Philippines' closest partners. The two countries ..." */
	if (number >= 2 && g->sentence > 0 &&
	    !(m->n_coords &&
	      m->coords[m->n_coords - 1].sentence == g->sentence)) {
		rc = add_named_since(f, g, g->sentence - 1, g->sentence - 1,
				     first, region_part, 0);
		if (rc)
			return rc;
		g->why = "exactly that many actors named in the sentence "
			 "before";
		if (m->n_members - first == (size_t)number)
			goto found;
		m->n_members = first;
	}

	/* The latest coordination with the right number of actors, in this
	 * sentence before the group or in the two before, */
	g->why = "the latest coordination in its sentence or the two "
		 "before";
	rc = from_coordination(f, g, number, region_part, first, 2);
	if (rc != IRKG_OK)
		return rc == 1 ? finish_group(m, g, first) : rc;
	/* ... or exactly `number` actors named in its sentence and the two
	 * before: "Burkina Faso expelled
	 * two French diplomats. France called it unjustified. Relations
	 * between the two countries ..." */
	if (number >= 2 && !region_part) {
		rc = add_named_since(f, g,
				     g->sentence >= 2 ? g->sentence - 2 : 0,
				     g->sentence, first, region_part, 0);
		if (rc)
			return rc;
		g->why = "exactly that many states named in its sentence "
			 "and the two before";
		if (distinct_member_codes(m, first) == (size_t)number)
			goto found;
		m->n_members = first;
	}

	/* ... or the latest coordination in the eight sentences before. */
	g->why = "the latest coordination in the eight sentences before";
	rc = from_coordination(f, g, number, region_part, first, 8);
	if (rc != IRKG_OK)
		return rc == 1 ? finish_group(m, g, first) : rc;
	/* Otherwise: exactly `number` states (or persons, for "the two
	 * ministers"; a person counts for the state too) named before it in
	 * this paragraph and the one before, leaving out those its own
	 * sentence names after it ("the two nations are allies of the United
	 * States"). */
	if (number >= 2) {
		const struct member_filter mf = member_filter_of(f, g);

		for (i = m->n - 1; i-- > 0;) {
			const struct irkg_mention *x = &m->list[i];
			size_t k;
			int named_after = 0;

			if (f->sentences[x->sentence].paragraph + 1 <
			    s->paragraph)
				break;
			if ((x->sentence == g->sentence &&
			     x->first_token > g->first_token) ||
			    (g->kind == IRKG_ENTITY_PERSON
				     ? x->kind != IRKG_ENTITY_PERSON
				     : x->kind != IRKG_ENTITY_STATE &&
					       x->kind != IRKG_ENTITY_PERSON) ||
			    !x->code || x->how == IRKG_MENTION_GROUP ||
			    x->how == IRKG_MENTION_PRONOUN ||
			    !may_be_member(f, g, i, &mf))
				continue;
			for (k = m->n - 1;
			     k-- > 0 && m->list[k].sentence == g->sentence;)
				if (m->list[k].first_token > g->first_token &&
				    m->list[k].code &&
				    strcmp(m->list[k].code, x->code) == 0)
					named_after = 1;
			if (!named_after) {
				rc = irkg_group_add_members(m, i, first,
							    region_part);
				if (rc)
					return rc;
			}
		}
		g->why = "exactly that many states named in its paragraph "
			 "and the one before";
		if (m->n_members - first == (size_t)number)
			goto found;
	}
	m->n_members = first;
	/* ... or, for two states, the pair the article named together */
	if (number == 2 && g->kind == IRKG_ENTITY_STATE) {
		rc = from_article_pair(f, g, region_part, first);
		if (rc != IRKG_OK)
			return rc == 1 ? finish_group(m, g, first) : rc;
	}
	/* ... or, for three or more, the latest coordination of that many
	 * anywhere before (pairs are named too often to be sure so far
	 * back). */
	if (number >= 3) {
		g->why = "the latest coordination of exactly that many "
			 "before it";
		rc = from_numbered_coordination(f, g, number, region_part,
						first);
		if (rc != IRKG_OK)
			return rc == 1 ? finish_group(m, g, first) : rc;
	}
	g->why = NULL;
	return IRKG_OK; /* unresolved: no members */
found:
	return finish_group(m, g, first);
}

/* The group resolved to the members from `first` on. */
static int finish_group(irkg_mentions *m, struct irkg_mention *g, size_t first)
{
	int rc;

	g->first_member = first;
	g->n_members = m->n_members - first;
	/* A resolved group is an antecedent in turn ("All three countries
	 * ... the three governments"). */
	rc = irkg_mention_grow_coords(m);
	if (rc)
		return rc;
	m->coords[m->n_coords].sentence = g->sentence;
	m->coords[m->n_coords].first_member = first;
	m->coords[m->n_coords].n_members = g->n_members;
	m->n_coords++;
	return IRKG_OK;
}

/* Whether token i is a lower-case word in "-ing" ("interfering"). */
static int gerund(const struct mention_finder *f, size_t i)
{
	const char *w = irkg_word(f->w, i);
	size_t n = f->tokens[i].norm_length;

	return (f->tokens[i].flags & IRKG_TOKEN_WORD) && n > 5 &&
	       !irkg_mention_capitalised(f, i) && strcmp(w + n - 3, "ing") == 0;
}

/* A group phrase at token i: "the three", "the two Asian nations", "both
 * countries", "all three leaders". Its end goes to *end, its number to
 * *number (0: "the allies"), its region word to *region_part. */
int irkg_group_at(const struct mention_finder *f, const unsigned char *known,
		  size_t i, size_t s_first, size_t s_end, size_t *end,
		  int *number, const char **region_part)
{
	size_t j = i, k;
	int n = 0, has_det = 0;

	*region_part = NULL;
	if (irkg_word_is(f->w, j, "the") || irkg_word_is(f->w, j, "all")) {
		has_det = 1;
		j++;
	}
	if (j < s_end && (n = group_number(f, j)) > 0) {
		/* "are both allies": "both" as an adverb. */
		if (irkg_word_is(f->w, j, "both") && j > s_first &&
		    (irkg_word_is(f->w, j - 1, "are") ||
		     irkg_word_is(f->w, j - 1, "were") ||
		     irkg_word_is(f->w, j - 1, "have") ||
		     irkg_word_is(f->w, j - 1, "had")))
			return 0;
		if (irkg_word_is(f->w, j, "both") && has_det)
			return 0;
		/* "two officials said": new people, not ones named before;
		 * only "the two", "all three" and "both" point back */
		if (!has_det && !irkg_word_is(f->w, j, "both"))
			return 0;
		j++;
	} else if (!has_det) {
		return 0;
	}
	/* Up to two qualifiers, then the noun. */
	for (k = 0; k < 3 && j < s_end && !known[j]; k++, j++) {
		if (irkg_word_is_a(f->w, j, IRKG_WORD_STATE_NOUN) ||
		    irkg_word_is_a(f->w, j, IRKG_WORD_PERSON_NOUN)) {
			/* "the leaders of Estonia, Latvia and Lithuania":
			 * those named next, not a group pointing back; but
			 * "accused the two governments of interfering" says
			 * what they did */
			if (j + 1 < s_end && irkg_word_is(f->w, j + 1, "of") &&
			    !(j + 2 < s_end && gerund(f, j + 2)))
				return 0;
			*end = j + 1;
			*number = n;
			return 1;
		}
		if (!(f->tokens[j].flags & IRKG_TOKEN_WORD))
			break;
		/* "the region's leaders": someone's, not a group */
		if (irkg_word_is(f->w, j, "'s"))
			return 0;
		if (irkg_word_is_a(f->w, j, IRKG_WORD_REGION))
			*region_part =
				irkg_lexicon_value(f->lexicon, IRKG_WORD_REGION,
						   irkg_word(f->w, j));
	}
	/* "the three", "all three" on their own: followed by punctuation or
	 * a verb ("the three agreed"), not by a noun ("the two inspectors",
	 * whose head the lists above do not know). */
	if (n > 0 && has_det) {
		j = i + 2;
		if (j >= s_end || !(f->tokens[j].flags & IRKG_TOKEN_WORD) ||
		    irkg_word_is_a(f->w, j, IRKG_WORD_BARE_GROUP_FOLLOWER) ||
		    (f->tokens[j].norm_length > 3 &&
		     strcmp(irkg_word(f->w, j) + f->tokens[j].norm_length - 2,
			    "ed") == 0)) {
			*end = i + 2;
			*number = n;
			*region_part = NULL;
			return 1;
		}
	}
	return 0;
}
