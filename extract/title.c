/* Titles (see title.h): "[state]['s] [modifiers] ROLE [name]" made one
 * mention of a person, known or new. */
#include "title.h"

#include <string.h>

/* The end (exclusive) of an unknown person's name after a title: one to
 * four capitalised words the gazetteer does not know. */
static size_t unknown_name_end(const struct mention_finder *f,
			       const unsigned char *known, size_t i,
			       size_t s_end)
{
	size_t j = i;

	while (j < s_end && j - i < 4 && !known[j] &&
	       (f->tokens[j].flags & IRKG_TOKEN_WORD) &&
	       (f->tokens[j].flags & IRKG_TOKEN_CAPITALISED) &&
	       !(f->tokens[j].flags & IRKG_TOKEN_ALLCAPS) &&
	       !irkg_word_is_a(f->w, j, IRKG_WORD_PERSONAL_TITLE) &&
	       !irkg_word_is(f->w, j, "'s"))
		j++;
	return j;
}

/* The first token of the owner of a title starting at token `start`, past
 * modifiers ("new", "former", "late", "ex": *former set), a ministry
 * ("Chinese foreign ministry spokesperson"), "'s", and a body's own name
 * after its organisation ("ECOWAS Commission President"), the last
 * mention kept so far being x[out - 1]. */
static size_t owner_end(const struct mention_finder *f,
			const unsigned char *known,
			const struct irkg_mention *x, size_t out, size_t start,
			size_t s_first, int *former)
{
	size_t j = start;

	while (j > s_first &&
	       irkg_word_is_a(f->w, j - 1, IRKG_WORD_TITLE_MODIFIER)) {
		*former |= irkg_word_is_a(f->w, j - 1, IRKG_WORD_FORMER);
		j--;
	}
	/* "Chinese foreign ministry spokesperson": the ministry
	 * between the state and the title */
	if (j > s_first + 1 &&
	    irkg_word_is_a(f->w, j - 1, IRKG_WORD_OFFICE_NOUN)) {
		j--;
		if (j > s_first + 1 &&
		    irkg_word_is_a(f->w, j - 1, IRKG_WORD_PORTFOLIO))
			j--;
	}
	if (j > s_first && irkg_word_is(f->w, j - 1, "'s"))
		j--;
	/* "ECOWAS Commission President": the body's own name may sit
	 * between its organisation and the title */
	if (j > s_first + 1 &&
	    irkg_mention_unknown_name_word(f, known, s_first, j - 1) && out &&
	    x[out - 1].first_token + x[out - 1].n_tokens == j - 1)
		j--;
	return j;
}

/* The title x[i] of `owner` (or NULL), from token `start`, as the mention
 * *t: the role of a state, maybe with a new person's name, or the person
 * with the role named before. Returns the index of the last mention of x
 * it takes in (an owner after it: "a spokesperson for China's foreign
 * ministry"). */
static size_t title_mention(const struct mention_finder *f,
			    const unsigned char *known,
			    const struct irkg_mention *x, size_t n, size_t i,
			    const struct irkg_mention *owner,
			    const struct irkg_mention *before, size_t start,
			    int former, size_t s_end, struct irkg_mention *t)
{
	const struct irkg_mention *role = &x[i];
	size_t after = role->first_token + role->n_tokens;
	size_t name_end = unknown_name_end(f, known, after, s_end);

	*t = *role;
	t->kind = IRKG_ENTITY_PERSON;
	t->how = IRKG_MENTION_TITLE;
	t->former = former;
	t->code = owner ? owner->code : NULL;
	t->first_token = start;
	if (name_end > after &&
	    !(i + 1 < n && x[i + 1].first_token < name_end)) {
		t->name_first = after;
		t->name_n = name_end - after;
		after = name_end;
	}
	/* "a spokesperson for China's foreign ministry": the
	 * owner after the title */
	if (!t->code && !t->name_n && i + 1 < n && after + 1 < s_end &&
	    (irkg_word_is(f->w, after, "for") ||
	     irkg_word_is(f->w, after, "of")) &&
	    (x[i + 1].first_token == after + 1 ||
	     (x[i + 1].first_token == after + 2 &&
	      irkg_word_is(f->w, after + 1, "the"))) &&
	    x[i + 1].code &&
	    (x[i + 1].kind == IRKG_ENTITY_STATE ||
	     x[i + 1].kind == IRKG_ENTITY_BODY ||
	     x[i + 1].kind == IRKG_ENTITY_ORGANISATION)) {
		size_t last = i + 1;

		if (last + 1 < n && x[last + 1].kind == IRKG_ENTITY_BODY &&
		    x[last + 1].first_token ==
			    x[last].first_token + x[last].n_tokens + 1 &&
		    irkg_word_is(f->w, x[last + 1].first_token - 1, "'s"))
			last++;
		t->code = x[i + 1].code;
		after = x[last].first_token + x[last].n_tokens;
		i = last;
	}
	t->n_tokens = after - start;
	/* "Qatar's prime minister and foreign minister": a title joined to
	 * the one before by "and" shares its owner */
	if (!t->code && !t->name_n && before && start > 0 &&
	    before->kind == IRKG_ENTITY_PERSON &&
	    before->how == IRKG_MENTION_TITLE && before->code &&
	    before->first_token + before->n_tokens + 1 == start &&
	    irkg_word_is(f->w, start - 1, "and"))
		t->code = before->code;
	if (!t->code && !t->name_n) {
		/* "the foreign minister": the person with the
		 * role named before in the article. */
		size_t k;

		for (k = f->m->n; k-- > 0;)
			if (f->m->list[k].kind == IRKG_ENTITY_PERSON &&
			    f->m->list[k].role == t->role &&
			    f->m->list[k].how != IRKG_MENTION_PRONOUN) {
				t->code = f->m->list[k].code;
				t->entry = f->m->list[k].entry;
				break;
			}
	}
	return i;
}

/* Merge "[state|body]['s] [modifiers] role [person|Unknown Name]" in the
 * sentence's mentions x[0..n) into single mentions; returns the new n. */
size_t irkg_title_merge(const struct mention_finder *f,
			const unsigned char *known, struct irkg_mention *x,
			size_t n, size_t s_first, size_t s_end)
{
	size_t i, out = 0;

	for (i = 0; i < n; i++) {
		struct irkg_mention *role = &x[i], *owner = NULL, t;
		size_t start, j, after;
		int former = 0;

		if (role->kind != IRKG_ENTITY_ROLE) {
			x[out++] = x[i];
			continue;
		}
		start = role->first_token;
		/* The owner: a state or body just before, past "'s" and
		 * modifiers. */
		j = owner_end(f, known, x, out, start, s_first, &former);
		if (out && x[out - 1].first_token + x[out - 1].n_tokens == j &&
		    (x[out - 1].kind == IRKG_ENTITY_STATE ||
		     x[out - 1].kind == IRKG_ENTITY_BODY ||
		     x[out - 1].kind == IRKG_ENTITY_ORGANISATION) &&
		    x[out - 1].how != IRKG_MENTION_GROUP) {
			owner = &x[out - 1];
			start = owner->first_token;
		}
		after = role->first_token + role->n_tokens;
		/* A known person right after the title. */
		if (i + 1 < n && x[i + 1].first_token == after &&
		    x[i + 1].kind == IRKG_ENTITY_PERSON) {
			struct irkg_mention p = x[i + 1];

			p.n_tokens = p.first_token + p.n_tokens - start;
			p.first_token = start;
			p.former = former;
			if (!p.code && owner)
				p.code = owner->code;
			if (former)
				p.role = NULL;
			else if (!p.role)
				p.role = role->role;
			if (owner)
				out--;
			x[out++] = p;
			i++;
			continue;
		}
		/* Otherwise a title: of a state, maybe with a new name. */
		i = title_mention(f, known, x, n, i, owner,
				  out && !owner ? &x[out - 1] : NULL, start,
				  former, s_end, &t);
		if (owner)
			out--;
		x[out++] = t;
	}
	return out;
}

/* "U.S. Trade Representative Jamieson Greer": a state named by adjective
 * or with "'s", then capitalised words the knowledge base does not know,
 * one of them an office, then a two- or three-word name, is an official
 * of that state, named, in an office the knowledge base lacks. x, a
 * state mention, becomes that person. */
void irkg_title_unknown_official(const struct mention_finder *f,
				 const unsigned char *known,
				 struct irkg_mention *x, size_t s_end)
{
	size_t t = x->first_token + x->n_tokens, run, office = 0;

	if (x->kind != IRKG_ENTITY_STATE || !x->code ||
	    (x->how != IRKG_MENTION_ADJECTIVE && x->how != IRKG_MENTION_NAME))
		return;
	if (t < s_end && irkg_word_is(f->w, t, "'s"))
		t++;
	for (run = t; run < s_end && run < t + 7 && !known[run] &&
		      irkg_mention_capitalised(f, run) &&
		      (f->tokens[run].flags & IRKG_TOKEN_WORD);
	     run++)
		if (irkg_word_is_a(f->w, run, IRKG_WORD_OFFICE_WORD))
			office = run + 1;
	/* the office, then a name of two or three words */
	if (!office || run - office < 2 || run - office > 3)
		return;
	x->kind = IRKG_ENTITY_PERSON;
	x->how = IRKG_MENTION_TITLE;
	x->entry = NULL;
	x->name_first = office;
	x->name_n = run - office;
	x->n_tokens = run - x->first_token;
}
