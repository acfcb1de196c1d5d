/* One fact for an event told twice (see merge.h): the first telling stays,
 * with every sentence that tells it as evidence. */
#include "merge.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

static int same_codes(const irkg_facts *out, const struct event_finder *f,
		      size_t a_first, size_t a_n, size_t b_first, size_t b_n)
{
	size_t i, k;

	/* every code of a in b and every code of b in a */
	for (int pass = 0; pass < 2; pass++) {
		size_t xf = pass ? b_first : a_first, xn = pass ? b_n : a_n;
		size_t yf = pass ? a_first : b_first, yn = pass ? a_n : b_n;

		for (i = 0; i < xn; i++) {
			const char *c = f->mentions[out->actors[xf + i]].code;
			int found = !c;

			for (k = 0; k < yn && !found; k++) {
				const char *d =
					f->mentions[out->actors[yf + k]].code;

				found = d && strcmp(c, d) == 0;
			}
			if (!found)
				return 0;
		}
	}
	return 1;
}

/* Whether the words before fact x in its sentence say it is another act
 * than one told before: "separately", "also", "again". */
static int another_act(const struct event_finder *f, const struct irkg_fact *x)
{
	const struct irkg_sentence *s = &f->sentences[x->sentence];
	size_t t;

	for (t = s->first_token; t < x->first_token; t++)
		if (irkg_word_is_a(f->w, t, IRKG_WORD_ANOTHER_ACT))
			return 1;
	return 0;
}

/* Whether every coded actor of a (sources and targets together) is one of
 * b's and the other way round: "met in Canberra" and "Marles hosted
 * Hegseth and Healey" have the same three parties. */
static int same_parties(const irkg_facts *out, const struct event_finder *f,
			const struct irkg_fact *a, const struct irkg_fact *b)
{
	for (int pass = 0; pass < 2; pass++) {
		const struct irkg_fact *x = pass ? b : a, *y = pass ? a : b;
		size_t ends[2] = {x->n_sources, x->n_targets};
		size_t firsts[2] = {x->first_source, x->first_target};

		for (int side = 0; side < 2; side++)
			for (size_t i = 0; i < ends[side]; i++) {
				size_t one = firsts[side] + i;

				const char *c =
					f->mentions[out->actors[one]].code;
				int found = !c;

				for (size_t k = 0;
				     !found && k < y->n_sources + y->n_targets;
				     k++) {
					size_t at =
						k < y->n_sources
							? y->first_source + k
							: y->first_target + k -
								  y->n_sources;
					const char *d =
						f->mentions[out->actors[at]]
							.code;

					found = d && strcmp(c, d) == 0;
				}
				if (!found)
					return 0;
			}
	}
	return 1;
}

/* Whether fact a is a relation that holds over time and has no date of
 * its own: a dispute, alliance, partnership or rivalry told in sentences
 * with other dates ("claim the pass" on Monday, "have disputed the area
 * since 1816") is one. A trend, an agreement and sanctions keep theirs. */
static int standing_relation(const struct irkg_fact *a)
{
	return a->kind == IRKG_FACT_RELATION &&
	       strncmp(a->code, "trend", 5) != 0 &&
	       strncmp(a->code, "agreement", 9) != 0 &&
	       strcmp(a->code, "sanctions") != 0;
}

static int same_fact(const struct event_finder *f, const struct irkg_fact *a,
		     const struct irkg_fact *b)
{
	const irkg_facts *out = f->out;
	size_t apart = b->sentence > a->sentence ? b->sentence - a->sentence
						 : a->sentence - b->sentence;
	int one_dated = !a->date_precision != !b->date_precision;

	if (a->kind != b->kind || a->planned != b->planned)
		return 0;
	if (a->date_precision && b->date_precision &&
	    memcmp(&a->date, &b->date, sizeof(a->date)) != 0 &&
	    !standing_relation(a))
		return 0;
	/* "visited Tokyo" and "met in Hawaii": places in two states, two
	 * acts */
	if (a->place != IRKG_MENTION_NONE && b->place != IRKG_MENTION_NONE &&
	    f->mentions[a->place].code && f->mentions[b->place].code &&
	    strcmp(f->mentions[a->place].code, f->mentions[b->place].code) != 0)
		return 0;
	/* an act dated in one sentence and told again undated ("met in
	 * Canberra on Thursday. Marles hosted ...") is one act, and for a
	 * meeting under a finer code or not, unless the later telling says
	 * it is another ("The State Department separately called on
	 * China") */
	if (a->kind == IRKG_FACT_EVENT && one_dated &&
	    another_act(f, a->sentence < b->sentence ? b : a))
		return 0;
	if (strcmp(a->code, b->code) != 0) {
		int root = irkg_event_root(a->code);

		return a->kind == IRKG_FACT_EVENT && one_dated && apart <= 1 &&
		       root == 4 && irkg_event_root(b->code) == 4 &&
		       same_parties(out, f, a, b);
	}
	/* "Uzbekistan signed an agreement with Tajikistan on Wednesday. The
	 * deal was signed by Mirziyoyev and his Tajik counterpart": told
	 * again undated in the next sentence, the parties named together
	 * or the act one done with each other, it is the same act ("urged
	 * Beijing", then "China urged Washington" stay two) */
	if (a->kind == IRKG_FACT_EVENT && one_dated && apart <= 1 &&
	    (!a->n_targets || !b->n_targets ||
	     (irkg_event_root(a->code) >= 3 &&
	      irkg_event_root(a->code) <= 6)) &&
	    same_parties(out, f, a, b))
		return 1;
	/* "Thailand disputes Cambodia's border" and "the two countries have
	 * disputed their border": a dispute, alliance, partnership, rivalry
	 * or trend has no direction, and its parties may be named in either
	 * order or together as one side (sanctions go one way; two
	 * agreements between the same parties may be two) */
	if (a->kind == IRKG_FACT_RELATION &&
	    strcmp(a->code, "sanctions") != 0 &&
	    strncmp(a->code, "agreement", 9) != 0)
		return same_parties(out, f, a, b);
	return same_codes(out, f, a->first_source, a->n_sources,
			  b->first_source, b->n_sources) &&
	       same_codes(out, f, a->first_target, a->n_targets,
			  b->first_target, b->n_targets);
}

int irkg_merge_duplicates(struct event_finder *f)
{
	irkg_facts *out = f->out;
	size_t *kept_as, i, k, n = 0;

	if (!out->n)
		return IRKG_OK;
	kept_as = malloc(out->n * sizeof(*kept_as));
	if (!kept_as)
		return IRKG_ENOMEM;
	/* Which earlier fact each one repeats; the first telling stays and
	 * takes what the later ones add (a date, an issue, a finer code). */
	for (i = 0; i < out->n; i++) {
		struct irkg_fact *x = &out->list[i];

		kept_as[i] = i;
		for (k = 0; k < i; k++) {
			struct irkg_fact *y = &out->list[k];

			if (kept_as[k] != k || !same_fact(f, y, x))
				continue;
			kept_as[i] = k;
			if (!y->date_precision && x->date_precision) {
				y->date = x->date;
				y->date_precision = x->date_precision;
			}
			if (y->issue == IRKG_MENTION_NONE)
				y->issue = x->issue;
			break;
		}
	}
	for (i = 0; i < out->n; i++) {
		struct irkg_fact *y = &out->list[i];

		if (kept_as[i] != i)
			continue;
		y->first_evidence = out->n_evidence;
		y->n_evidence = 0;
		for (k = i; k < out->n; k++) {
			size_t s = out->list[k].sentence;

			if (kept_as[k] != i ||
			    (y->n_evidence &&
			     out->evidence[out->n_evidence - 1] == s))
				continue;
			if (irkg_finder_grow(
				    (void **)&out->evidence, &out->cap_evidence,
				    out->n_evidence, sizeof(*out->evidence))) {
				free(kept_as);
				return IRKG_ENOMEM;
			}
			out->evidence[out->n_evidence++] = s;
			y->n_evidence++;
		}
	}
	for (i = 0; i < out->n; i++)
		if (kept_as[i] == i)
			out->list[n++] = out->list[i];
	out->n = n;
	free(kept_as);
	return IRKG_OK;
}
