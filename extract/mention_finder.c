/* The mention finder's shared helpers and word lists (see
 * mention_finder.h). */
#include "mention_finder.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

int irkg_mention_capitalised(const struct mention_finder *f, size_t i)
{
	return (f->tokens[i].flags &
		(IRKG_TOKEN_CAPITALISED | IRKG_TOKEN_ALLCAPS)) != 0;
}

int irkg_mention_push(irkg_mentions *m, const struct irkg_mention *x)
{
	if (m->n == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 32;
		struct irkg_mention *grown =
			realloc(m->list, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		m->list = grown;
		m->cap = cap;
	}
	m->list[m->n++] = *x;
	return IRKG_OK;
}

int irkg_mention_push_member(irkg_mentions *m, size_t index)
{
	if (m->n_members == m->cap_members) {
		size_t cap = m->cap_members ? 2 * m->cap_members : 32;
		size_t *grown = realloc(m->members, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		m->members = grown;
		m->cap_members = cap;
	}
	m->members[m->n_members++] = index;
	return IRKG_OK;
}

void irkg_mention_sink_last(irkg_mentions *m, size_t from)
{
	size_t b, r;

	for (b = m->n - 1;
	     b > from && m->list[b - 1].first_token > m->list[b].first_token;
	     b--) {
		struct irkg_mention tmp = m->list[b];

		m->list[b] = m->list[b - 1];
		m->list[b - 1] = tmp;
		for (r = 0; r < m->n_members; r++) {
			if (m->members[r] == b)
				m->members[r] = b - 1;
			else if (m->members[r] == b - 1)
				m->members[r] = b;
		}
		for (r = from; r < m->n; r++) {
			if (m->list[r].antecedent == b)
				m->list[r].antecedent = b - 1;
			else if (m->list[r].antecedent == b - 1)
				m->list[r].antecedent = b;
		}
	}
}

int irkg_mention_insert(irkg_mentions *m, const struct irkg_mention *x,
			size_t from)
{
	int rc = irkg_mention_push(m, x);

	if (rc)
		return rc;
	irkg_mention_sink_last(m, from);
	return IRKG_OK;
}

void irkg_mention_init(struct irkg_mention *x, size_t sentence, size_t first,
		       size_t n, enum irkg_mention_how how,
		       enum irkg_entity_kind kind)
{
	memset(x, 0, sizeof(*x));
	x->sentence = sentence;
	x->first_token = first;
	x->n_tokens = n;
	x->how = how;
	x->kind = kind;
	x->antecedent = IRKG_MENTION_NONE;
}

/* Whether the mention may be the antecedent of a group or pronoun. */
int irkg_mention_is_actor(const struct irkg_mention *x)
{
	return x->kind == IRKG_ENTITY_STATE ||
	       x->kind == IRKG_ENTITY_ORGANISATION ||
	       x->kind == IRKG_ENTITY_BODY || x->kind == IRKG_ENTITY_PERSON;
}

/* A word that is capitalised, not the first of its sentence, not known to
 * the gazetteer: part of a name the knowledge base lacks. */
int irkg_mention_unknown_name_word(const struct mention_finder *f,
				   const unsigned char *known,
				   size_t sentence_first, size_t i)
{
	return i > sentence_first && !known[i] &&
	       (f->tokens[i].flags & IRKG_TOKEN_WORD) &&
	       (f->tokens[i].flags & IRKG_TOKEN_CAPITALISED) &&
	       !irkg_word_is_a(f->w, i, IRKG_WORD_PERSONAL_TITLE) &&
	       /* "In March Russia expelled", "On Monday Tokyo said": a
		* date before a name opens no name of its own */
	       !irkg_word_is_a(f->w, i, IRKG_WORD_MONTH) &&
	       !irkg_word_is_a(f->w, i, IRKG_WORD_WEEKDAY);
}

int irkg_mention_grow_coords(irkg_mentions *m)
{
	if (m->n_coords == m->cap_coords) {
		size_t cap = m->cap_coords ? 2 * m->cap_coords : 8;
		struct coordination *grown =
			realloc(m->coords, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		m->coords = grown;
		m->cap_coords = cap;
	}
	return IRKG_OK;
}
