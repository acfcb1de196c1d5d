/* Hyphenated pairs of states split into their names (see pair.h): a word
 * is read as parts between hyphens, the parts grouped into the longest
 * names the gazetteer knows ("Guinea-Bissau" stays one), and the word is
 * split where a name of a state or organisation meets another. */
#include "pair.h"

#include <string.h>

#include "../common/error.h"

/* The most parts a word is read in (more: the word is left whole). */
#define MAX_PARTS 8
/* How many tokens before or after the word a name in it may run on
 * ("Japan-Saint Vincent and the Grenadines"). */
#define NAME_REACH 5

/* One word of the text read as parts between its hyphens. */
struct parts {
	size_t n;
	struct irkg_span norm[MAX_PARTS]; /* each part's normal form */
	size_t hyphen_at[MAX_PARTS];	  /* bytes of the hyphen after part
					   * k in the text (k < n - 1) */
	int capitalised[MAX_PARTS];	  /* the part's first letter is */
};

/* A group of parts [first, last] and what the gazetteer knows of it. */
struct group {
	size_t first, last;
	int actor; /* what the parts name whole (NAMES_* bits) */
};

/* How a group of parts names an actor (enum: a bit set). */
enum {
	NAMES_ACTOR = 1,    /* a state or organisation by its name or
			     * adjective (not a capital, an epithet or a
			     * person) */
	NAMES_COMBINING = 2 /* a state by its combining form ("Sino"),
			     * which only opens a pair */
};

/* What the entries name (NAMES_* bits). */
static int names_actor(const struct irkg_gazetteer_entry *const *entries,
		       size_t n)
{
	size_t i;
	int names = 0;

	for (i = 0; i < n; i++) {
		if (entries[i]->kind != IRKG_ENTITY_STATE &&
		    entries[i]->kind != IRKG_ENTITY_ORGANISATION)
			continue;
		if (entries[i]->name_kind == IRKG_NAME_NAME ||
		    entries[i]->name_kind == IRKG_NAME_ADJECTIVE)
			names |= NAMES_ACTOR;
		else if (entries[i]->name_kind == IRKG_NAME_COMBINING)
			names |= NAMES_COMBINING;
	}
	return names;
}

/* The length in tokens of the longest name at spans[at] of n spans, and
 * in *actor what it names (NAMES_* bits). */
static int longest_name(const irkg_gazetteer *g, const struct irkg_span *spans,
			size_t n, size_t at, size_t *length, int *actor)
{
	const struct irkg_gazetteer_entry *const *entries;
	size_t n_entries;
	int rc;

	*actor = 0;
	rc = irkg_gazetteer_match(g, spans, n, at, length, &entries,
				  &n_entries);
	if (!rc && *length)
		*actor = names_actor(entries, n_entries);
	return rc;
}

/* Bytes [start, end) of `text` (a word token whose normal form is `norm`)
 * as parts between hyphens. Returns 0 when the word has no hyphen or
 * too many, or the hyphens of the text and of the normal form differ. */
static int read_parts(const char *text, size_t start, size_t end,
		      const char *norm, size_t norm_length, struct parts *p)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i, at = 0, n_hyphens = 0;
	const char *dash;

	p->n = 0;
	if (!memchr(norm, '-', norm_length))
		return 0;
	for (i = start; i < end; i++) {
		size_t len =
			s[i] == '-' ? 1
			: i + 2 < end && s[i] == 0xE2 && s[i + 1] == 0x80 &&
					(s[i + 2] == 0x90 || s[i + 2] == 0x91)
				? 3
				: 0;

		if (!len)
			continue;
		if (n_hyphens + 1 >= MAX_PARTS)
			return 0;
		p->hyphen_at[n_hyphens++] = i;
		i += len - 1;
	}
	p->capitalised[0] =
		s[start] >= 0x80 || (s[start] >= 'A' && s[start] <= 'Z');
	for (i = 0; i < n_hyphens; i++) {
		size_t next =
			p->hyphen_at[i] + (s[p->hyphen_at[i]] == '-' ? 1 : 3);

		p->capitalised[i + 1] =
			next < end &&
			(s[next] >= 0x80 || (s[next] >= 'A' && s[next] <= 'Z'));
	}
	for (i = 0; i <= n_hyphens; i++) {
		dash = memchr(norm + at, '-', norm_length - at);
		if ((dash != NULL) != (i < n_hyphens))
			return 0;
		p->norm[i].text = norm + at;
		p->norm[i].length =
			(dash ? (size_t)(dash - norm) : norm_length) - at;
		if (!p->norm[i].length)
			return 0;
		at += p->norm[i].length + 1;
	}
	p->n = n_hyphens + 1;
	return 1;
}

/* The parts [first, last] as one span of the normal form. */
static struct irkg_span joined_parts(const struct parts *p, size_t first,
				     size_t last)
{
	struct irkg_span s;

	s.text = p->norm[first].text;
	s.length = (size_t)(p->norm[last].text + p->norm[last].length -
			    p->norm[first].text);
	return s;
}

/* The parts grouped into the longest names the gazetteer knows, left to
 * right; a part no name starts with is a group of its own. */
static int group_parts(const irkg_gazetteer *g, const struct parts *p,
		       struct group *groups, size_t *n_groups)
{
	size_t first = 0, last, length;
	int rc, actor;

	*n_groups = 0;
	while (first < p->n) {
		struct group *x = &groups[(*n_groups)++];

		x->first = x->last = first;
		x->actor = 0;
		for (last = p->n; last-- > first;) {
			struct irkg_span whole = joined_parts(p, first, last);

			rc = longest_name(g, &whole, 1, 0, &length, &actor);
			if (rc)
				return rc;
			if (length == 1) {
				x->last = last;
				x->actor = actor;
				break;
			}
		}
		first = x->last + 1;
	}
	return IRKG_OK;
}

/* Whether the name of a state or organisation ends with spans[at] and
 * starts before it ("South Korea" in "South Korea-Japan"). */
static int actor_ends_at(const irkg_gazetteer *g, const struct irkg_span *spans,
			 size_t at, int *yes)
{
	size_t j, length;
	int rc, actor;

	*yes = 0;
	for (j = 0; j < at; j++) {
		rc = longest_name(g, spans + j, at - j + 1, 0, &length, &actor);
		if (rc)
			return rc;
		if ((actor & NAMES_ACTOR) && length == at - j + 1) {
			*yes = 1;
			return IRKG_OK;
		}
	}
	return IRKG_OK;
}

/* Whether the word at spans[at] of n is inside a name the gazetteer
 * knows, itself or one running over it ("Guinea-Bissau"). */
static int inside_name(const irkg_gazetteer *g, const struct irkg_span *spans,
		       size_t n, size_t at, int *yes)
{
	size_t j, length;
	int rc, actor;

	*yes = 0;
	for (j = 0; j <= at; j++) {
		rc = longest_name(g, spans, n, j, &length, &actor);
		if (rc)
			return rc;
		if (j + length > at) {
			*yes = 1;
			return IRKG_OK;
		}
	}
	return IRKG_OK;
}

/* Split token i (of the sentence [s_first, s_end)) where it joins two
 * names; its words are read from `w`. */
static int split_word(const irkg_gazetteer *g, irkg_text *t, const char *text,
		      size_t length, size_t i, size_t s_first, size_t s_end)
{
	struct irkg_words w = irkg_text_words(t);
	const struct irkg_token *tok = &w.tokens[i];
	struct irkg_span spans[2 * NAME_REACH + 1];
	struct group groups[MAX_PARTS];
	size_t before = i - s_first < NAME_REACH ? i - s_first : NAME_REACH;
	size_t after = s_end - i - 1 < NAME_REACH ? s_end - i - 1 : NAME_REACH;
	size_t at[MAX_PARTS], n_splits = 0, n_groups, k, n_spans;
	struct parts p;
	int rc, yes, left, right;

	if (!(tok->flags & IRKG_TOKEN_WORD) ||
	    !(tok->flags & (IRKG_TOKEN_CAPITALISED | IRKG_TOKEN_ALLCAPS)) ||
	    !read_parts(text, tok->start, tok->end, irkg_word(w, i),
			tok->norm_length, &p))
		return IRKG_OK;
	n_spans = before + 1 + after;
	for (k = 0; k < n_spans; k++) {
		spans[k].text = irkg_word(w, i - before + k);
		spans[k].length = w.tokens[i - before + k].norm_length;
	}
	rc = inside_name(g, spans, n_spans, before, &yes);
	if (rc || yes)
		return rc;
	rc = group_parts(g, &p, groups, &n_groups);
	if (rc)
		return rc;
	for (k = 0; k + 1 < n_groups; k++) {
		const struct group *a = &groups[k], *b = &groups[k + 1];

		if (!p.capitalised[a->first] || !p.capitalised[b->first])
			continue;
		/* "Sino-Japanese": a combining form opens a pair */
		left = a->actor & (NAMES_ACTOR | NAMES_COMBINING);
		if (!left && k == 0) {
			spans[before] = joined_parts(&p, a->first, a->last);
			rc = actor_ends_at(g, spans, before, &left);
			if (rc)
				return rc;
		}
		right = b->actor & NAMES_ACTOR;
		if (!right && k + 2 == n_groups) {
			size_t len;

			spans[before] = joined_parts(&p, b->first, b->last);
			rc = longest_name(g, spans + before, after + 1, 0, &len,
					  &right);
			if (rc)
				return rc;
			right &= NAMES_ACTOR;
		}
		if (left && right)
			at[n_splits++] = p.hyphen_at[a->last];
	}
	/* right to left: token i keeps the bytes before each split */
	while (n_splits--) {
		rc = irkg_text_split_token(t, text, length, i, at[n_splits]);
		if (rc)
			return rc;
	}
	return IRKG_OK;
}

int irkg_pairs_split(const irkg_gazetteer *g, irkg_text *t, const char *text,
		     size_t length)
{
	const struct irkg_sentence *sentences;
	size_t n_sentences, s, i;
	int rc;

	if (!g || !t || (!text && length))
		return IRKG_EINVAL;
	sentences = irkg_text_sentences(t, &n_sentences);
	/* from the end, so that a split leaves the tokens still to be read
	 * where they were */
	for (s = n_sentences; s-- > 0;) {
		size_t first = sentences[s].first_token;

		for (i = first + sentences[s].n_tokens; i-- > first;) {
			struct irkg_words w = irkg_text_words(t);
			size_t end;

			/* most words have no hyphen: asked first */
			if (!(w.tokens[i].flags & IRKG_TOKEN_CAPITALISED) ||
			    !strchr(irkg_word(w, i), '-'))
				continue;
			sentences = irkg_text_sentences(t, &n_sentences);
			end = sentences[s].first_token + sentences[s].n_tokens;
			rc = split_word(g, t, text, length, i, first, end);
			if (rc)
				return rc;
		}
	}
	return IRKG_OK;
}
