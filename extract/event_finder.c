/* The event engine's shared state and the queries on it every room asks
 * (see event_finder.h). */
#include "event_finder.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

int irkg_finder_grow(void **array, size_t *cap, size_t n, size_t size)
{
	void *grown;
	size_t c;

	if (n < *cap)
		return IRKG_OK;
	c = *cap ? 2 * *cap : 16;
	grown = realloc(*array, c * size);
	if (!grown)
		return IRKG_ENOMEM;
	*array = grown;
	*cap = c;
	return IRKG_OK;
}

int irkg_finder_open(struct event_finder *f, irkg_patterns *p,
		     const struct irkg_document *doc,
		     const struct irkg_explain *explain)
{
	size_t n_tokens, longest = 1, i;

	memset(f, 0, sizeof(*f));
	f->p = p;
	f->lexicon = irkg_patterns_lexicon(p);
	f->doc = doc;
	f->explain = explain;
	f->w = irkg_text_words(doc->text);
	f->tokens = irkg_text_tokens(doc->text, &n_tokens);
	f->sentences = irkg_text_sentences(doc->text, &f->n_sentences);
	f->mentions = irkg_mentions_list(doc->mentions, &f->n_mentions);
	f->group_members = irkg_mentions_members(doc->mentions);
	for (i = 0; i < f->n_sentences; i++)
		if (f->sentences[i].n_tokens > longest)
			longest = f->sentences[i].n_tokens;
	f->out = calloc(1, sizeof(*f->out));
	f->kinds = malloc((n_tokens ? n_tokens : 1) * sizeof(*f->kinds));
	f->stems = malloc(longest * sizeof(*f->stems));
	f->boundary = malloc(longest);
	f->quoted = malloc(longest);
	f->relative = malloc(longest);
	f->free_word = malloc(longest);
	f->unit_at = malloc(longest * sizeof(*f->unit_at));
	f->unit_of = malloc(longest * sizeof(*f->unit_of));
	f->place_at = malloc(longest * sizeof(*f->place_at));
	if (!f->out || !f->kinds || !f->stems || !f->boundary || !f->quoted ||
	    !f->relative || !f->free_word || !f->unit_at || !f->unit_of ||
	    !f->place_at)
		return IRKG_ENOMEM;
	/* the words.txt kinds of every word, once */
	irkg_lexicon_classify(f->lexicon, f->w, 0, n_tokens, f->kinds);
	f->w.kinds = f->kinds;
	return IRKG_OK;
}

void irkg_finder_sentence(struct event_finder *f, size_t i)
{
	size_t t;

	f->sentence = i;
	f->s_first = f->sentences[i].first_token;
	f->s_end = f->s_first + f->sentences[i].n_tokens;
	for (t = f->s_first; t < f->s_end; t++)
		irkg_patterns_stem(f->p, irkg_word(f->w, t),
				   f->tokens[t].norm_length,
				   f->stems[t - f->s_first], STEM_MAX);
}

void irkg_finder_close(struct event_finder *f)
{
	irkg_facts_free(f->out);
	free(f->kinds);
	free(f->stems);
	free(f->boundary);
	free(f->quoted);
	free(f->relative);
	free(f->free_word);
	free(f->unit_at);
	free(f->unit_of);
	free(f->place_at);
	free(f->units);
	free(f->members);
	free(f->cues);
	free(f->matches);
	free(f->said);
	memset(f, 0, sizeof(*f));
}

/* The CAMEO root of a code: "042" -> 4, "1312" -> 13. */
int irkg_event_root(const char *code)
{
	return (code[0] - '0') * 10 + (code[1] - '0');
}

int irkg_finder_stem_is_a(const struct event_finder *f, size_t t, int kind)
{
	/* looked up when a rule asks, which is seldom: most tokens are
	 * never asked for their stem's kinds */
	return (int)((irkg_lexicon_kinds(f->lexicon,
					 f->stems[t - f->s_first]) >>
		      kind) &
		     1);
}

int irkg_finder_stem_means(const struct event_finder *f, size_t t,
			   const char *meaning)
{
	const char *value;

	if (!irkg_finder_stem_is_a(f, t, IRKG_WORD_VERB_STEM))
		return 0;
	value = irkg_lexicon_value(f->lexicon, IRKG_WORD_VERB_STEM,
				   f->stems[t - f->s_first]);
	return value && strcmp(value, meaning) == 0;
}

/* Whether token t could be a word of the noun a state adjective opens. */
int irkg_finder_noun_word(const struct event_finder *f, size_t t)
{
	return t < f->s_end && f->unit_of[t - f->s_first] < 0 &&
	       f->boundary[t - f->s_first] == NO_BOUNDARY &&
	       !irkg_word_is_a(f->w, t, IRKG_WORD_NOUN_STOP) &&
	       !irkg_word_is_a(f->w, t, IRKG_WORD_DETERMINER);
}

/* Whether unit u ends in a state adjective ("Chinese", "Philippine"). */
int irkg_finder_ends_in_adjective(const struct event_finder *f, long u)
{
	const struct unit *x = &f->units[u];

	return x->n_members &&
	       f->mentions[f->members[x->first_member + x->n_members - 1]]
			       .how == IRKG_MENTION_ADJECTIVE;
}

/* The unit starting at token t, or after "the", "a", "his" … there
 * ("by the Kosovo police"); or -1. */
/* Whether `word` is a hyphened "X-led" or "X-backed". */
static int led_or_backed(const char *word)
{
	size_t n = strlen(word);

	return (n > 4 && strcmp(word + n - 4, "-led") == 0) ||
	       (n > 7 && strcmp(word + n - 7, "-backed") == 0);
}

long irkg_finder_unit_past_article(const struct event_finder *f, size_t t)
{
	long u;

	if (t >= f->s_end)
		return -1;
	u = f->unit_at[t - f->s_first];
	if (u < 0 && t + 1 < f->s_end &&
	    irkg_word_is_a(f->w, t, IRKG_WORD_DETERMINER))
		u = f->unit_at[++t - f->s_first];
	/* "the Moscow-led Collective Security Treaty Organization": who
	 * leads or backs it is a modifier, passed */
	if (u < 0 && t + 1 < f->s_end && led_or_backed(irkg_word(f->w, t)))
		u = f->unit_at[t + 1 - f->s_first];
	return u;
}

const char *irkg_finder_member_code(const struct event_finder *f, size_t member)
{
	return f->mentions[f->members[member]].code;
}

/* Whether every coded member of unit b has a code found in unit a. */
int irkg_finder_same_actors(const struct event_finder *f, long a, long b)
{
	size_t i, k;

	for (i = 0; i < f->units[b].n_members; i++) {
		const char *code = irkg_finder_member_code(
			f, f->units[b].first_member + i);
		int found = 0;

		if (!code)
			continue;
		for (k = 0; k < f->units[a].n_members && !found; k++) {
			const char *other = irkg_finder_member_code(
				f, f->units[a].first_member + k);

			found = other && strcmp(code, other) == 0;
		}
		if (!found)
			return 0;
	}
	return 1;
}

int irkg_finder_coded(const struct event_finder *f, long u)
{
	size_t i;

	for (i = 0; u >= 0 && i < f->units[u].n_members; i++)
		if (irkg_finder_member_code(f, f->units[u].first_member + i))
			return 1;
	return 0;
}

/* "Nigeria and Niger agreed to reopen": agreeing is done with each other */
