/* Mentions: gazetteer matches turned into actors, places and issues by the
 * words around them (see mention.h). The rules are about how English news
 * names things (titles before names, "in" before places, "the two" for a
 * pair named before), never about particular names: those live in
 * ontology/actors. This file holds the API and the way of one sentence
 * through the finder's rooms: the gazetteer's longest matches, entity.c
 * (what each match names), title.c (titles merged with their owners and
 * names), group.c (coordinations, groups), coreference.c (epithets, and
 * the checks that keep references from the wrong states) and reference.c
 * (pronouns and descriptions); mention_finder.h holds the state they share. */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "coreference.h"
#include "entity.h"
#include "group.h"
#include "mention_finder.h"
#include "reference.h"
#include "title.h"

/* Whether an owner's noun phrase from token t ("'s Taliban government and
 * China") goes on, before punctuation or token end, with "and" and a
 * capitalised word: one member of a list, not an apposition. */
static int list_goes_on(struct irkg_words w, size_t t, size_t end)
{
	for (; t + 1 < end && (w.tokens[t].flags & IRKG_TOKEN_WORD); t++) {
		size_t next = t + 1;

		if (!irkg_word_is(w, t, "and"))
			continue;
		if (irkg_word_is(w, next, "the") && next + 1 < end)
			next++;
		return (w.tokens[next].flags &
			(IRKG_TOKEN_CAPITALISED | IRKG_TOKEN_ALLCAPS)) != 0;
	}
	return 0;
}

int irkg_mentions_joining(struct irkg_words w, size_t a, size_t b, size_t b_end,
			  size_t end)
{
	size_t k;
	int conjunction = 0, comma_only = 1;

	for (k = a; k < b; k++) {
		if (irkg_word_is_a(w, k, IRKG_WORD_CONJUNCTION))
			conjunction = 1;
		else if (!irkg_word_is(w, k, "the") || k == a ||
			 !irkg_word_is(w, k - 1, "and"))
			return 0;
		if (!irkg_word_is(w, k, ","))
			comma_only = 0;
	}
	/* "China, the North's main ally": after a bare comma, an owner
	 * opens an apposition that says what the first one is to it (not
	 * "Pakistan, Afghanistan's Taliban government and China") */
	if (conjunction && comma_only && b_end < end &&
	    irkg_word_is(w, b_end, "'s") && !list_goes_on(w, b_end + 1, end))
		return 0;
	return conjunction;
}

static int find_in_sentence(struct mention_finder *f, size_t sentence,
			    unsigned char *known, struct name_match *matches,
			    struct irkg_mention *found)
{
	const struct irkg_sentence *s = &f->sentences[sentence];
	size_t s_first = s->first_token, s_end = s_first + s->n_tokens;
	size_t i, n_matches = 0, n_found = 0, from = f->m->n, n_coords,
		  first_pass;
	int rc;

	/* Longest matches, left to right; known[] marks covered tokens (2
	 * for titles, so that a name after one is read as a person's). */
	for (i = s_first; i < s_end;) {
		struct name_match *mt = &matches[n_matches];
		size_t len = 0, k;

		rc = irkg_gazetteer_match(f->g, f->spans + s_first, s->n_tokens,
					  i - s_first, &len, &mt->entries,
					  &mt->n_entries);
		if (rc)
			return rc;
		if (!len) {
			rc = irkg_entity_match_hyphen(f, i, mt, &len);
			if (rc)
				return rc;
		}
		if (!len) {
			i++;
			continue;
		}
		/* "the Gulf Cooperation Council", "the Pacific Islands
		 * Forum": a name after the article that reaches further
		 * than the article's match ("the Gulf") is the name. */
		if (len > 1 && irkg_word_is_a(f->w, i, IRKG_WORD_DETERMINER)) {
			const struct irkg_gazetteer_entry *const *entries;
			size_t len2 = 0, n_entries;

			rc = irkg_gazetteer_match(f->g, f->spans + s_first,
						  s->n_tokens, i + 1 - s_first,
						  &len2, &entries, &n_entries);
			if (rc)
				return rc;
			if (i + 1 + len2 > i + len) {
				i++;
				continue;
			}
		}
		mt->first = i;
		mt->n = len;
		/* "the North", "the island": the coreference stage's */
		switch (irkg_coreference_epithet_use(f, mt, s_first, s_end)) {
		case 1:
			for (k = i; k < i + len; k++)
				known[k] = IRKG_KNOWN_EPITHET;
			i += len;
			continue;
		case 2:
			i++;
			continue;
		default:
			break;
		}
		for (k = i; k < i + len; k++)
			known[k] =
				irkg_entity_has_kind(mt, IRKG_ENTITY_ROLE, -1)
					? 2
					: 1;
		n_matches++;
		i += len;
	}
	for (i = 0; i < n_matches; i++) {
		struct irkg_mention x;

		/* Resolution looks at mentions before it; push as we go so
		 * that "Atlanta, Georgia" and bodies see their neighbour. */
		if (irkg_entity_resolve(f, &matches[i], known, s_first, s_end,
					sentence, &x) &&
		    (f->tokens[x.first_token].start >= f->dateline_end ||
		     x.kind == IRKG_ENTITY_PLACE)) {
			rc = irkg_mention_push(f->m, &x);
			if (rc)
				return rc;
		}
	}
	n_found = f->m->n - from;
	if (n_found)
		memcpy(found, f->m->list + from, n_found * sizeof(*found));
	n_found = irkg_title_merge(f, known, found, n_found, s_first, s_end);
	for (i = 0; i < n_found; i++)
		irkg_title_unknown_official(f, known, &found[i], s_end);
	f->m->n = from;
	for (i = 0; i < n_found; i++) {
		if (found[i].kind == IRKG_ENTITY_ROLE)
			continue;
		for (size_t k = found[i].first_token;
		     k < found[i].first_token + found[i].n_tokens; k++)
			known[k] = known[k] ? known[k] : 1;
		rc = irkg_mention_push(f->m, &found[i]);
		if (rc)
			return rc;
	}
	/* Coordinations of names first, so that a group can point back to
	 * one earlier in its sentence ("A, B and C ... the three"); then
	 * again with the groups and pronouns in ("Blinken and the two
	 * ministers"). */
	n_coords = f->m->n_coords;
	rc = irkg_group_coordinations(f, from, sentence);
	if (rc)
		return rc;
	first_pass = f->m->n_coords;
	rc = irkg_coreference_find(f, sentence, from, known);
	if (rc)
		return rc;
	rc = irkg_reference_find(f, sentence, from, known);
	if (rc)
		return rc;
	/* drop the first pass, keep the groups resolved since */
	if (f->m->n_coords > first_pass)
		memmove(f->m->coords + n_coords, f->m->coords + first_pass,
			(f->m->n_coords - first_pass) * sizeof(*f->m->coords));
	f->m->n_coords -= first_pass - n_coords;
	return irkg_group_coordinations(f, from, sentence);
}

int irkg_mentions_find(const irkg_gazetteer *g, const irkg_lexicon *lexicon,
		       const irkg_text *t, const char *date,
		       size_t dateline_end, irkg_mentions **out)
{
	struct mention_finder f = {0};
	size_t n_sentences, i, longest = 0;
	irkg_word_kinds *kinds = NULL;
	unsigned char *known = NULL;
	struct name_match *matches = NULL;
	struct irkg_mention *found = NULL;
	int rc = IRKG_ENOMEM;

	if (out)
		*out = NULL;
	if (!g || !lexicon || !t || !out)
		return IRKG_EINVAL;
	f.g = g;
	f.lexicon = lexicon;
	f.t = t;
	f.date = date && *date ? date : NULL;
	f.dateline_end = dateline_end;
	f.w = irkg_text_words(t);
	f.tokens = irkg_text_tokens(t, &f.n_tokens);
	f.sentences = irkg_text_sentences(t, &n_sentences);
	f.m = calloc(1, sizeof(*f.m));
	f.spans = malloc((f.n_tokens ? f.n_tokens : 1) * sizeof(*f.spans));
	known = calloc(f.n_tokens ? f.n_tokens : 1, 1);
	kinds = malloc((f.n_tokens ? f.n_tokens : 1) * sizeof(*kinds));
	for (i = 0; i < n_sentences; i++)
		if (f.sentences[i].n_tokens > longest)
			longest = f.sentences[i].n_tokens;
	matches = malloc((longest ? longest : 1) * sizeof(*matches));
	found = malloc((longest ? longest : 1) * sizeof(*found));
	if (!f.m || !f.spans || !known || !kinds || !matches || !found)
		goto done;
	irkg_lexicon_classify(lexicon, f.w, 0, f.n_tokens, kinds);
	f.w.kinds = kinds;
	for (i = 0; i < f.n_tokens; i++) {
		f.spans[i].text = irkg_word(f.w, i);
		f.spans[i].length = f.tokens[i].norm_length;
	}
	for (i = 0; i < n_sentences; i++) {
		rc = find_in_sentence(&f, i, known, matches, found);
		if (rc)
			goto done;
	}
	rc = IRKG_OK;
	*out = f.m;
	f.m = NULL;
done:
	irkg_mentions_free(f.m);
	free(f.spans);
	free(known);
	free(kinds);
	free(matches);
	free(found);
	return rc;
}

void irkg_mentions_free(irkg_mentions *m)
{
	if (!m)
		return;
	free(m->list);
	free(m->members);
	free(m->coords);
	free(m);
}

const struct irkg_mention *irkg_mentions_list(const irkg_mentions *m,
					      size_t *count)
{
	*count = m ? m->n : 0;
	return m ? m->list : NULL;
}

const size_t *irkg_mentions_members(const irkg_mentions *m)
{
	return m ? m->members : NULL;
}

const struct irkg_mention *irkg_mentions_resolve(const irkg_mentions *m,
						 size_t index)
{
	const struct irkg_mention *x;

	if (!m || index >= m->n)
		return NULL;
	x = &m->list[index];
	if (x->how == IRKG_MENTION_PRONOUN &&
	    x->antecedent != IRKG_MENTION_NONE)
		return &m->list[x->antecedent];
	return x;
}

const char *irkg_mention_how_name(enum irkg_mention_how how)
{
	static const char *const names[] = {"name",   "adjective", "metonym",
					    "family", "title",	   "group",
					    "pronoun"};

	return (size_t)how < sizeof(names) / sizeof(names[0]) ? names[how]
							      : "?";
}
