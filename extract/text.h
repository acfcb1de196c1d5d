/* Article text to paragraphs, sentences and tokens, with byte offsets into
 * the original text and a normalised form of each token for matching. */
#ifndef IRKG_TEXT_H
#define IRKG_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Token flags (a token may carry several). */
enum {
	IRKG_TOKEN_WORD = 1,   /* has a letter: "Seoul", "eui-yong", "'s" */
	IRKG_TOKEN_NUMBER = 2, /* starts with a digit: "2019", "5th" */
	IRKG_TOKEN_PUNCT = 4,  /* one punctuation mark or symbol */
	IRKG_TOKEN_CAPITALISED = 8, /* first letter upper-case: "Seoul" */
	IRKG_TOKEN_ALLCAPS = 16	    /* two or more letters, none lower-case */
};

struct irkg_token {
	size_t start, end;	  /* bytes [start, end) of the original text */
	size_t norm, norm_length; /* the matching form: bytes [norm,
				   * norm + norm_length) of irkg_text_norm(),
				   * followed there by a '\0' */
	unsigned flags;		  /* IRKG_TOKEN_* */
};

struct irkg_sentence {
	size_t start, end;	      /* bytes of the original text */
	size_t first_token, n_tokens; /* indexes into irkg_text_tokens() */
	size_t paragraph;	      /* 0 for the first paragraph */
};

typedef struct irkg_text irkg_text;

/* Split `length` bytes of `text` (UTF-8; need not be NUL-terminated) into
 * tokens, sentences and paragraphs, in one pass and linear time. Invalid
 * UTF-8 bytes are each read as U+FFFD (a punctuation token of its own) and
 * counted. The result keeps no pointer into `text`, which may be freed at
 * once; offsets refer to it. On success *out is owned by the caller
 * (irkg_text_free) and 0 is returned; on failure *out is NULL and
 * IRKG_ENOMEM or IRKG_EINVAL (NULL out, or NULL text with a length) is
 * returned. */
int irkg_text_new(irkg_text **out, const char *text, size_t length);

/* Free `t` and everything it gave out. Accepts NULL. */
void irkg_text_free(irkg_text *t);

/* How many invalid UTF-8 bytes were read as U+FFFD. */
size_t irkg_text_bad_bytes(const irkg_text *t);

/* The normalised forms of all tokens, one after another, each followed by
 * a '\0' (so irkg_text_norm(t) + token->norm is a C string). NFKC, case
 * folded, typographic quotes as ' and ", dashes as '-', diacritics kept.
 * Borrowed: valid until irkg_text_free. */
const char *irkg_text_norm(const irkg_text *t);

/* How many bytes of irkg_text_norm() hold the normal forms of the tokens
 * as the text was read: forms irkg_text_split_token adds come after them.
 * What identifies a text (graph/document.c) is read from these only. */
size_t irkg_text_read_norm_length(const irkg_text *t);

/* Split token `token` at the hyphen that starts at byte `at` of `text`
 * (the `length` bytes `t` was made from: the new tokens' flags and normal
 * forms are read there) into three tokens, the word before it, the hyphen
 * and the word after it ("India-Pakistan" as "India", "-", "Pakistan");
 * the tokens after it and the sentences are renumbered. Tokens, sentences
 * and normal forms given out before are invalid after a split. Returns 0,
 * IRKG_EINVAL (no hyphen between two word characters of the token there)
 * or IRKG_ENOMEM; on failure t is unchanged. */
int irkg_text_split_token(irkg_text *t, const char *text, size_t length,
			  size_t token, size_t at);

/* The tokens in text order; *count gets their number. Borrowed. */
const struct irkg_token *irkg_text_tokens(const irkg_text *t, size_t *count);

/* The sentences in text order; *count gets their number. Every token is in
 * exactly one sentence, and no sentence spans two paragraphs. Borrowed. */
const struct irkg_sentence *irkg_text_sentences(const irkg_text *t,
						size_t *count);

/* Normalise `length` bytes of `s` the way tokens are (for the gazetteer's
 * keys): the tokens' normal forms separated by single spaces, as a
 * NUL-terminated string. On success *out is malloc'd and owned by the
 * caller; on failure *out is NULL and IRKG_ENOMEM or IRKG_EINVAL is
 * returned. */
int irkg_text_normalise(const char *s, size_t length, char **out);

/* The words of a text as the extractor's rules read them, token by token:
 * a view borrowed from the text (valid until irkg_text_free), passed by
 * value. The one word helper of extract/: the mention and event rules ask
 * irkg_word(), irkg_word_is() and irkg_word_is_a() of it. */
struct irkg_words {
	const char *norm;		 /* irkg_text_norm() */
	const struct irkg_token *tokens; /* irkg_text_tokens() */
	const uint64_t *kinds; /* per token, the kinds of its word in the
				* lexicon (lexicon.h, irkg_lexicon_classify),
				* or NULL until the rules' owner fills it */
};

/* The view of `t`'s words. */
struct irkg_words irkg_text_words(const irkg_text *t);

/* The normal form of token `i`, a C string. */
static inline const char *irkg_word(struct irkg_words w, size_t i)
{
	return w.norm + w.tokens[i].norm;
}

/* Whether the normal form of token `i` is `s`. */
static inline int irkg_word_is(struct irkg_words w, size_t i, const char *s)
{
	return strcmp(irkg_word(w, i), s) == 0;
}

/* Whether the word of token `i` is of kind `kind` (an enum irkg_word_kind
 * of lexicon.h: a word of ontology/patterns/words.txt). Needs w.kinds. */
static inline int irkg_word_is_a(struct irkg_words w, size_t i, int kind)
{
	return (int)((w.kinds[i] >> kind) & 1);
}

/* A slug for an identifier: `length` bytes of `s` without diacritics, case
 * folded, ASCII letters and digits kept and every other run of ASCII
 * characters made one '-' ("Chung Eui-yong" -> "chung-eui-yong"). Letters
 * outside ASCII after that are dropped. On success *out is malloc'd; returns
 * 0, IRKG_EINVAL (nothing left, bad UTF-8) or IRKG_ENOMEM. */
int irkg_text_slug(const char *s, size_t length, char **out);

#endif
