/* Splitting article text into paragraphs, sentences and tokens (text.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "../common/error.h"
#include "text.h"

/* The normal form: NFKC, case folded. */
#define NORM_OPTIONS                                                           \
	(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |                \
	 UTF8PROC_CASEFOLD)

struct irkg_text {
	struct irkg_token *tokens;
	size_t n_tokens, cap_tokens;
	struct irkg_sentence *sentences;
	size_t n_sentences, cap_sentences;
	char *norm;
	size_t norm_length, cap_norm;
	size_t read_norm_length; /* norm_length as tokenised, before any
				  * irkg_text_split_token */
	size_t bad_bytes;
	/* Scratch space for normalising non-ASCII tokens, reused. */
	utf8proc_int32_t *ucs;
	size_t cap_ucs;
	char *utf8;
	size_t cap_utf8;
};

/* What a character is to the tokeniser. */
enum char_class {
	CH_SPACE,   /* horizontal white space and control characters */
	CH_NEWLINE, /* a line break */
	CH_FORMAT,  /* Cf: inside a word part of it, elsewhere white space */
	CH_UPPER,   /* Lu, Lt */
	CH_LOWER,   /* Ll */
	CH_LETTER,  /* Lm, Lo: letters without case */
	CH_DIGIT,   /* N* */
	CH_MARK,    /* M*: combining marks */
	CH_PUNCT    /* P*, S*, unassigned, and invalid bytes (U+FFFD) */
};

/* One decoded character. */
struct ch {
	utf8proc_int32_t cp;
	size_t len; /* bytes in the original */
	int cls;    /* enum char_class */
	int bad;    /* an invalid byte, read as U+FFFD */
};

/* How a token can end a sentence. */
enum end_kind {
	END_NONE,
	END_STRONG, /* . ! ? … or a closing quote after one */
	END_ABBREV, /* "Mr.", "a.m.", an initial's "." : never ends one */
	END_COUNTRY /* "U.S.", "U.K.": ends one only before a line break */
};

static int ascii_class(unsigned char b)
{
	if (b >= 'a' && b <= 'z')
		return CH_LOWER;
	if (b >= 'A' && b <= 'Z')
		return CH_UPPER;
	if (b >= '0' && b <= '9')
		return CH_DIGIT;
	if (b == '\n' || b == '\r' || b == '\v' || b == '\f')
		return CH_NEWLINE;
	if (b <= ' ' || b == 0x7f)
		return CH_SPACE;
	return CH_PUNCT;
}

static int unicode_class(utf8proc_int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return CH_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return CH_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return CH_LETTER;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return CH_MARK;
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return CH_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
		return CH_SPACE;
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return CH_NEWLINE;
	case UTF8PROC_CATEGORY_CC:
		return cp == 0x85 ? CH_NEWLINE : CH_SPACE;
	case UTF8PROC_CATEGORY_CF:
		/* The zero-width space separates words. */
		return cp == 0x200B ? CH_SPACE : CH_FORMAT;
	default:
		return CH_PUNCT;
	}
}

/* Decode the character at s[i] (i < length). */
static void decode(const unsigned char *s, size_t length, size_t i,
		   struct ch *c)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;

	if (s[i] < 0x80) {
		c->cp = s[i];
		c->len = 1;
		c->cls = ascii_class(s[i]);
		c->bad = 0;
		return;
	}
	k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(length - i), &cp);
	if (k <= 0) {
		c->cp = 0xFFFD;
		c->len = 1;
		c->cls = CH_PUNCT;
		c->bad = 1;
		return;
	}
	c->cp = cp;
	c->len = (size_t)k;
	c->cls = unicode_class(cp);
	c->bad = 0;
}

static int is_word_class(int cls)
{
	return cls == CH_UPPER || cls == CH_LOWER || cls == CH_LETTER ||
	       cls == CH_DIGIT || cls == CH_MARK;
}

static int is_letter_class(int cls)
{
	return cls == CH_UPPER || cls == CH_LOWER || cls == CH_LETTER ||
	       cls == CH_MARK;
}

static int is_hyphen(utf8proc_int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static int is_apostrophe(utf8proc_int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int is_opening_quote(utf8proc_int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x2018 ||
	       cp == 0x201E || cp == 0x00AB;
}

static int is_closing_quote(utf8proc_int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 ||
	       cp == 0x00BB;
}

static int is_sentence_final(utf8proc_int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
	       cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049;
}

/* The normal form's replacements beyond NFKC and case folding. */
static utf8proc_int32_t typographic(utf8proc_int32_t cp)
{
	switch (cp) {
	case 0x2018:
	case 0x2019:
	case 0x201A:
	case 0x201B:
	case 0x02BC:
		return '\'';
	case 0x201C:
	case 0x201D:
	case 0x201E:
	case 0x201F:
	case 0x00AB:
	case 0x00BB:
		return '"';
	case 0x2010:
	case 0x2011:
	case 0x2012:
	case 0x2013:
	case 0x2014:
	case 0x2015:
	case 0x2212:
	case 0xFE58:
	case 0xFE63:
		return '-';
	default:
		return cp;
	}
}

/* Words that take a full stop without ending a sentence. "No." only before
 * a number ("No. 10"). Dotted ones ("U.S.", "a.m.") are found by form. */
static const struct {
	const char *word;
	int before_digit;
} abbreviations[] = {
	{"Mr", 0},   {"Mrs", 0},  {"Ms", 0},  {"Dr", 0},   {"Gen", 0},
	{"Lt", 0},   {"Col", 0},  {"Maj", 0}, {"Capt", 0}, {"Sgt", 0},
	{"Adm", 0},  {"Sen", 0},  {"Rep", 0}, {"Gov", 0},  {"Pres", 0},
	{"Prof", 0}, {"St", 0},	  {"Jr", 0},  {"Sr", 0},   {"No", 1},
	{"vs", 0},   {"etc", 0},  {"Inc", 0}, {"Corp", 0}, {"Ltd", 0},
	{"Co", 0},   {"Jan", 0},  {"Feb", 0}, {"Mar", 0},  {"Apr", 0},
	{"Aug", 0},  {"Sept", 0}, {"Sep", 0}, {"Oct", 0},  {"Nov", 0},
	{"Dec", 0},  {"Mt", 0},	  {"Ft", 0},  {"Rev", 0},
};

/* Whether s[start, end) followed by the '.' at s[end] is an abbreviation. */
static int is_abbreviation(const unsigned char *s, size_t length, size_t start,
			   size_t end)
{
	size_t n = end - start, i, j;

	if (n > 4)
		return 0;
	for (i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++) {
		const char *w = abbreviations[i].word;

		if (strlen(w) != n || memcmp(w, s + start, n) != 0)
			continue;
		if (!abbreviations[i].before_digit)
			return 1;
		for (j = end + 1; j < length && s[j] == ' '; j++)
			;
		return j > end + 1 && j < length && s[j] >= '0' && s[j] <= '9';
	}
	return 0;
}

/* A larger array for `need` elements of `size`, or NULL (p unchanged). */
static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 16;
	void *q;

	if (need <= *cap)
		return p;
	while (n < need) {
		if (n > SIZE_MAX / 2 / size)
			return NULL;
		n *= 2;
	}
	q = realloc(p, n * size);
	if (q)
		*cap = n;
	return q;
}

static int reserve_norm(irkg_text *t, size_t extra)
{
	char *p = grow(t->norm, &t->cap_norm, t->norm_length + extra, 1);

	if (!p)
		return IRKG_ENOMEM;
	t->norm = p;
	return 0;
}

/* Append the normal form of s[start, end) to t->norm and note it in tok. */
static int add_norm(irkg_text *t, const unsigned char *s, size_t length,
		    struct irkg_token *tok, int ascii)
{
	size_t n = tok->end - tok->start, i, u = 0;
	utf8proc_ssize_t k;
	int rc;

	tok->norm = t->norm_length;
	if (ascii) {
		if ((rc = reserve_norm(t, n + 1)) != 0)
			return rc;
		for (i = 0; i < n; i++) {
			unsigned char b = s[tok->start + i];

			t->norm[t->norm_length + i] =
				(char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
		}
		t->norm_length += n;
		t->norm[t->norm_length++] = '\0';
		tok->norm_length = n;
		return 0;
	}

	/* Make the token valid UTF-8 (3 bytes for each bad one), then map. */
	{
		char *p = grow(t->utf8, &t->cap_utf8, 3 * n, 1);

		if (!p)
			return IRKG_ENOMEM;
		t->utf8 = p;
	}
	for (i = tok->start; i < tok->end;) {
		struct ch c;

		decode(s, length, i, &c);
		if (c.bad) {
			memcpy(t->utf8 + u, "\xEF\xBF\xBD", 3);
			u += 3;
		} else {
			memcpy(t->utf8 + u, s + i, c.len);
			u += c.len;
		}
		i += c.len;
	}
	for (;;) {
		k = utf8proc_decompose(
			(const utf8proc_uint8_t *)t->utf8, (utf8proc_ssize_t)u,
			t->ucs, (utf8proc_ssize_t)t->cap_ucs, NORM_OPTIONS);
		if (k < 0)
			return IRKG_EINVAL; /* not reached: the input is valid
					     */
		if ((size_t)k <= t->cap_ucs)
			break;
		{
			utf8proc_int32_t *p = grow(t->ucs, &t->cap_ucs,
						   (size_t)k, sizeof *t->ucs);

			if (!p)
				return IRKG_ENOMEM;
			t->ucs = p;
		}
	}
	for (i = 0; i < (size_t)k; i++)
		t->ucs[i] = typographic(t->ucs[i]);
	/* Composes, then writes UTF-8 over the buffer (always shorter). */
	k = utf8proc_reencode(t->ucs, k, NORM_OPTIONS);
	if (k < 0)
		return IRKG_EINVAL;
	if ((rc = reserve_norm(t, (size_t)k + 1)) != 0)
		return rc;
	memcpy(t->norm + t->norm_length, t->ucs, (size_t)k);
	t->norm_length += (size_t)k;
	t->norm[t->norm_length++] = '\0';
	tok->norm_length = (size_t)k;
	return 0;
}

/* Scan the word or number starting at s[i] (a word character). Sets tok's
 * end and flags, *ascii and *end_kind; a following abbreviation's '.' is
 * part of the token. */
static void scan_word(const unsigned char *s, size_t length, size_t i,
		      struct irkg_token *tok, int *ascii, int *end_kind)
{
	size_t j = i;
	int first = 1, prev = CH_SPACE, all_ascii = 1;
	int has_letter = 0, n_upper = 0, n_lower = 0, n_letters = 0;
	int internal_dot = 0, seg_letters = 0, seg_other = 0;
	unsigned flags = 0;
	struct ch c, n;

	*end_kind = END_NONE;
	while (j < length) {
		size_t k;

		decode(s, length, j, &c);
		if (is_word_class(c.cls) || (c.cls == CH_FORMAT && !first)) {
			if (first) {
				if (c.cls == CH_DIGIT)
					flags |= IRKG_TOKEN_NUMBER;
				if (c.cls == CH_UPPER)
					flags |= IRKG_TOKEN_CAPITALISED;
				first = 0;
			}
			if (c.len > 1)
				all_ascii = 0;
			if (is_letter_class(c.cls) && c.cls != CH_MARK) {
				has_letter = 1;
				n_letters++;
				n_upper += c.cls == CH_UPPER;
				n_lower += c.cls == CH_LOWER;
				seg_letters++;
			} else if (c.cls == CH_DIGIT) {
				seg_other = 1;
			}
			if (c.cls != CH_FORMAT && c.cls != CH_MARK)
				prev = c.cls;
			j += c.len;
			continue;
		}
		k = j + c.len;
		if (k >= length)
			break;
		decode(s, length, k, &n);
		if (is_hyphen(c.cp) && is_word_class(n.cls)) {
			all_ascii &= c.len == 1;
			seg_other = 1;
			j = k;
			continue;
		}
		if (is_apostrophe(c.cp) && is_letter_class(prev) &&
		    is_letter_class(n.cls)) {
			/* "Japan's" is "Japan" + "'s"; "don't" stays whole. */
			if ((n.cp == 's' || n.cp == 'S') && k + 1 < length) {
				struct ch a;

				decode(s, length, k + 1, &a);
				if (!is_word_class(a.cls))
					break;
			} else if (n.cp == 's' || n.cp == 'S') {
				break;
			}
			all_ascii &= c.len == 1;
			seg_other = 1;
			j = k;
			continue;
		}
		if (c.cp == '.' && prev == CH_DIGIT && n.cls == CH_DIGIT &&
		    !has_letter) {
			j = k; /* 3.5 */
			continue;
		}
		if (c.cp == '.' && is_letter_class(n.cls) && n.cls != CH_MARK &&
		    seg_letters >= 1 && seg_letters <= 2 && !seg_other) {
			/* "U.S", "a.m", "S.Korea" */
			internal_dot = 1;
			seg_letters = 0;
			j = k;
			continue;
		}
		if ((c.cp == ',' || c.cp == ':') && prev == CH_DIGIT &&
		    n.cls == CH_DIGIT && !has_letter) {
			j = k; /* 1,000 and 10:30 */
			continue;
		}
		break;
	}
	if (j < length && s[j] == '.') {
		if (internal_dot && is_letter_class(prev) && seg_letters <= 2 &&
		    !seg_other) {
			*end_kind = n_lower == 0 ? END_COUNTRY : END_ABBREV;
			j++;
		} else if (!internal_dot && all_ascii &&
			   is_abbreviation(s, length, i, j)) {
			*end_kind = END_ABBREV;
			j++;
		}
	}
	if (has_letter)
		flags |= IRKG_TOKEN_WORD;
	if (n_letters >= 2 && n_upper > 0 && n_lower == 0)
		flags |= IRKG_TOKEN_ALLCAPS;
	/* "al-Shaibani", "el-Sisi": a name behind its lower-case article */
	if (j > i + 4 && (s[i] == 'a' || s[i] == 'e') && s[i + 1] == 'l' &&
	    s[i + 2] == '-' && s[i + 3] >= 'A' && s[i + 3] <= 'Z')
		flags |= IRKG_TOKEN_CAPITALISED;
	tok->end = j;
	tok->flags = flags;
	*ascii = all_ascii;
}

/* The state of one pass over a text. */
struct scan {
	irkg_text *t;
	const unsigned char *s;
	size_t length;
	size_t sent_first; /* the open sentence's first token */
	size_t paragraph;
	int prev_end;	  /* enum end_kind of the last token */
	int prev_close;	  /* the last token is a closing quote */
	int prev_initial; /* the last token is one capital letter */
};

static int close_sentence(struct scan *sc)
{
	irkg_text *t = sc->t;
	struct irkg_sentence *p;

	if (t->n_tokens == sc->sent_first)
		return 0;
	p = grow(t->sentences, &t->cap_sentences, t->n_sentences + 1,
		 sizeof *t->sentences);
	if (!p)
		return IRKG_ENOMEM;
	t->sentences = p;
	p += t->n_sentences++;
	p->first_token = sc->sent_first;
	p->n_tokens = t->n_tokens - sc->sent_first;
	p->start = t->tokens[sc->sent_first].start;
	p->end = t->tokens[t->n_tokens - 1].end;
	p->paragraph = sc->paragraph;
	sc->sent_first = t->n_tokens;
	return 0;
}

/* Add `tok` (starting with `first_cp`), first ending the open sentence or
 * paragraph if `tok` starts a new one. `gap`: white space came before it,
 * with `newlines` line breaks. */
static int add_token(struct scan *sc, struct irkg_token *tok, int ascii,
		     int end_kind, utf8proc_int32_t first_cp, int gap,
		     unsigned newlines)
{
	irkg_text *t = sc->t;
	int opening = gap && tok->end - tok->start <= 3 &&
		      is_opening_quote(first_cp) &&
		      (tok->flags & IRKG_TOKEN_PUNCT);
	int starter =
		(tok->flags & (IRKG_TOKEN_CAPITALISED | IRKG_TOKEN_NUMBER)) ||
		opening;
	int line_ended = sc->prev_end == END_STRONG ||
			 sc->prev_end == END_COUNTRY || sc->prev_close;
	int rc;

	if (t->n_tokens > sc->sent_first) {
		int para = newlines >= 2 ||
			   (newlines == 1 && line_ended &&
			    ((tok->flags & IRKG_TOKEN_CAPITALISED) || opening));
		int split = para ||
			    (gap && starter &&
			     (sc->prev_end == END_STRONG ||
			      (sc->prev_end == END_COUNTRY && newlines > 0)));

		if (split && (rc = close_sentence(sc)) != 0)
			return rc;
		if (para)
			sc->paragraph++;
	}

	if (tok->flags & IRKG_TOKEN_PUNCT) {
		int closing = !gap && is_closing_quote(first_cp);

		if (is_sentence_final(first_cp))
			end_kind = first_cp == '.' && !gap && sc->prev_initial
					   ? END_ABBREV
					   : END_STRONG;
		else if (!gap &&
			 (closing || first_cp == ')' || first_cp == ']'))
			end_kind = sc->prev_end == END_STRONG ? END_STRONG
							      : END_NONE;
		sc->prev_close = closing;
	} else {
		sc->prev_close = 0;
	}
	sc->prev_end = end_kind;
	sc->prev_initial = tok->end - tok->start == 1 && first_cp != 'I' &&
			   (tok->flags & IRKG_TOKEN_CAPITALISED);

	{
		struct irkg_token *p = grow(t->tokens, &t->cap_tokens,
					    t->n_tokens + 1, sizeof *t->tokens);

		if (!p)
			return IRKG_ENOMEM;
		t->tokens = p;
	}
	if ((rc = add_norm(t, sc->s, sc->length, tok, ascii)) != 0)
		return rc;
	t->tokens[t->n_tokens++] = *tok;
	return 0;
}

/* Whether s[i] is an "s" that ends a word ("Japan's"). */
static int possessive_s(const unsigned char *s, size_t length, size_t i)
{
	struct ch c;

	if (i >= length || (s[i] != 's' && s[i] != 'S'))
		return 0;
	if (i + 1 == length)
		return 1;
	decode(s, length, i + 1, &c);
	return !is_word_class(c.cls);
}

static int tokenise(struct scan *sc)
{
	const unsigned char *s = sc->s;
	size_t length = sc->length, i = 0;
	unsigned newlines = 0;
	int gap = 1, rc;
	struct ch c;

	while (i < length) {
		struct irkg_token tok = {0};
		int ascii = 1, end_kind = END_NONE;
		irkg_text *t = sc->t;

		decode(s, length, i, &c);
		if (c.cls == CH_SPACE || c.cls == CH_FORMAT) {
			gap = 1;
			i += c.len;
			continue;
		}
		if (c.cls == CH_NEWLINE) {
			/* "\r\n" is one break; U+2029 ends a paragraph. */
			if (!(c.cp == '\r' && i + 1 < length &&
			      s[i + 1] == '\n'))
				newlines += c.cp == 0x2029 ? 2 : 1;
			gap = 1;
			i += c.len;
			continue;
		}
		tok.start = i;
		if (is_word_class(c.cls)) {
			scan_word(s, length, i, &tok, &ascii, &end_kind);
		} else if (is_apostrophe(c.cp) && !gap && t->n_tokens > 0 &&
			   (t->tokens[t->n_tokens - 1].flags &
			    IRKG_TOKEN_WORD) &&
			   possessive_s(s, length, i + c.len)) {
			/* The possessive "'s" after a word. */
			tok.end = i + c.len + 1;
			tok.flags = IRKG_TOKEN_WORD;
			ascii = c.len == 1;
		} else if (c.cp == '.') {
			size_t j = i;

			while (j < length && s[j] == '.')
				j++;
			tok.end = j;
			tok.flags = IRKG_TOKEN_PUNCT;
		} else {
			tok.end = i + c.len;
			tok.flags = IRKG_TOKEN_PUNCT;
			ascii = c.len == 1;
			if (c.bad) {
				t->bad_bytes++;
				ascii = 0;
			}
		}
		if ((rc = add_token(sc, &tok, ascii, end_kind, c.cp, gap,
				    newlines)) != 0)
			return rc;
		i = tok.end;
		gap = 0;
		newlines = 0;
	}
	return close_sentence(sc);
}

int irkg_text_new(irkg_text **out, const char *text, size_t length)
{
	irkg_text *t = NULL;
	struct scan sc = {0};
	int rc = IRKG_ENOMEM;

	if (!out)
		return IRKG_EINVAL;
	*out = NULL;
	if (!text && length)
		return IRKG_EINVAL;
	if (!(t = calloc(1, sizeof *t)))
		return IRKG_ENOMEM;
	/* News text has about one token per six bytes and one sentence per
	 * 120; reserving that much spares most of the regrowing. */
	if (length / 6 + 16 > SIZE_MAX / sizeof *t->tokens)
		goto cleanup;
	t->tokens =
		grow(NULL, &t->cap_tokens, length / 6 + 16, sizeof *t->tokens);
	t->sentences = grow(NULL, &t->cap_sentences, length / 120 + 4,
			    sizeof *t->sentences);
	t->norm = grow(NULL, &t->cap_norm, length + length / 6 + 16, 1);
	if (!t->tokens || !t->sentences || !t->norm)
		goto cleanup;
	sc.t = t;
	sc.s = (const unsigned char *)text;
	sc.length = length;
	if ((rc = tokenise(&sc)) != 0)
		goto cleanup;
	if (t->norm_length == 0)
		t->norm[0] = '\0';
	t->read_norm_length = t->norm_length;
	free(t->ucs);
	free(t->utf8);
	t->ucs = NULL;
	t->utf8 = NULL;
	t->cap_ucs = t->cap_utf8 = 0;
	*out = t;
	return 0;

cleanup:
	irkg_text_free(t);
	return rc;
}

void irkg_text_free(irkg_text *t)
{
	if (!t)
		return;
	free(t->tokens);
	free(t->sentences);
	free(t->norm);
	free(t->ucs);
	free(t->utf8);
	free(t);
}

size_t irkg_text_bad_bytes(const irkg_text *t)
{
	return t->bad_bytes;
}

const char *irkg_text_norm(const irkg_text *t)
{
	return t->norm;
}

size_t irkg_text_read_norm_length(const irkg_text *t)
{
	return t->read_norm_length;
}

/* Token [start, end) of s, a part of a word between hyphens, with its
 * flags (as scan_word gives a word's: kept apart so that the tokeniser's
 * one call of it stays inlined) and its normal form. */
static int make_part(irkg_text *t, const unsigned char *s, size_t start,
		     size_t end, struct irkg_token *tok)
{
	int ascii = 1, n_upper = 0, n_lower = 0, n_letters = 0;
	size_t i;
	struct ch c;

	memset(tok, 0, sizeof(*tok));
	tok->start = start;
	tok->end = end;
	for (i = start; i < end; i += c.len) {
		decode(s, end, i, &c);
		if (i == start && c.cls == CH_DIGIT)
			tok->flags |= IRKG_TOKEN_NUMBER;
		if (i == start && c.cls == CH_UPPER)
			tok->flags |= IRKG_TOKEN_CAPITALISED;
		ascii &= c.len == 1;
		if (is_letter_class(c.cls) && c.cls != CH_MARK) {
			tok->flags |= IRKG_TOKEN_WORD;
			n_letters++;
			n_upper += c.cls == CH_UPPER;
			n_lower += c.cls == CH_LOWER;
		}
	}
	if (n_letters >= 2 && n_upper > 0 && n_lower == 0)
		tok->flags |= IRKG_TOKEN_ALLCAPS;
	return add_norm(t, s, end, tok, ascii);
}

int irkg_text_split_token(irkg_text *t, const char *text, size_t length,
			  size_t token, size_t at)
{
	const unsigned char *s = (const unsigned char *)text;
	struct irkg_token parts[3], *grown;
	struct ch c, first, after;
	size_t i, norm_mark;
	int rc = IRKG_EINVAL;

	if (!t || !text || token >= t->n_tokens)
		return IRKG_EINVAL;
	if (t->tokens[token].end > length || at <= t->tokens[token].start ||
	    at >= t->tokens[token].end)
		return IRKG_EINVAL;
	decode(s, length, at, &c);
	if (!is_hyphen(c.cp) || at + c.len >= t->tokens[token].end)
		return IRKG_EINVAL;
	decode(s, length, at + c.len, &after);
	decode(s, length, t->tokens[token].start, &first);
	if (!is_word_class(first.cls) || !is_word_class(after.cls))
		return IRKG_EINVAL;
	grown = grow(t->tokens, &t->cap_tokens, t->n_tokens + 2,
		     sizeof *t->tokens);
	if (!grown)
		return IRKG_ENOMEM;
	t->tokens = grown;
	norm_mark = t->norm_length;
	if ((rc = make_part(t, s, t->tokens[token].start, at, &parts[0])) != 0)
		goto cleanup;
	memset(&parts[1], 0, sizeof(parts[1]));
	parts[1].start = at;
	parts[1].end = at + c.len;
	parts[1].flags = IRKG_TOKEN_PUNCT;
	if ((rc = add_norm(t, s, length, &parts[1], c.len == 1)) != 0)
		goto cleanup;
	if ((rc = make_part(t, s, at + c.len, t->tokens[token].end,
			    &parts[2])) != 0)
		goto cleanup;
	memmove(t->tokens + token + 3, t->tokens + token + 1,
		(t->n_tokens - token - 1) * sizeof *t->tokens);
	memcpy(t->tokens + token, parts, sizeof(parts));
	t->n_tokens += 2;
	for (i = 0; i < t->n_sentences; i++) {
		struct irkg_sentence *p = &t->sentences[i];

		if (p->first_token > token)
			p->first_token += 2;
		else if (token < p->first_token + p->n_tokens)
			p->n_tokens += 2;
	}
	rc = 0;
cleanup:
	if (rc)
		t->norm_length = norm_mark;
	free(t->ucs);
	free(t->utf8);
	t->ucs = NULL;
	t->utf8 = NULL;
	t->cap_ucs = t->cap_utf8 = 0;
	return rc;
}

const struct irkg_token *irkg_text_tokens(const irkg_text *t, size_t *count)
{
	*count = t->n_tokens;
	return t->tokens;
}

const struct irkg_sentence *irkg_text_sentences(const irkg_text *t,
						size_t *count)
{
	*count = t->n_sentences;
	return t->sentences;
}

int irkg_text_normalise(const char *s, size_t length, char **out)
{
	irkg_text *t = NULL;
	char *r = NULL, *p;
	size_t i, n = 1;
	int rc;

	if (!out)
		return IRKG_EINVAL;
	*out = NULL;
	if ((rc = irkg_text_new(&t, s, length)) != 0)
		return rc;
	for (i = 0; i < t->n_tokens; i++)
		n += t->tokens[i].norm_length + 1;
	if (!(r = malloc(n))) {
		irkg_text_free(t);
		return IRKG_ENOMEM;
	}
	p = r;
	for (i = 0; i < t->n_tokens; i++) {
		if (i > 0)
			*p++ = ' ';
		memcpy(p, t->norm + t->tokens[i].norm,
		       t->tokens[i].norm_length);
		p += t->tokens[i].norm_length;
	}
	*p = '\0';
	irkg_text_free(t);
	*out = r;
	return 0;
}

int irkg_text_slug(const char *s, size_t length, char **out)
{
	utf8proc_uint8_t *folded = NULL;
	utf8proc_ssize_t n;
	char *slug, *p;
	size_t i;

	if (!out || (!s && length))
		return IRKG_EINVAL;
	*out = NULL;
	n = utf8proc_map((const utf8proc_uint8_t *)(s ? s : ""),
			 (utf8proc_ssize_t)length, &folded,
			 UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
				 UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
	if (n < 0)
		return n == UTF8PROC_ERROR_NOMEM ? IRKG_ENOMEM : IRKG_EINVAL;
	slug = malloc((size_t)n + 1);
	if (!slug) {
		free(folded);
		return IRKG_ENOMEM;
	}
	p = slug;
	for (i = 0; i < (size_t)n; i++) {
		unsigned char c = folded[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			*p++ = (char)c;
		else if (c < 0x80 && p > slug && p[-1] != '-')
			*p++ = '-';
	}
	while (p > slug && p[-1] == '-')
		p--;
	*p = '\0';
	free(folded);
	if (p == slug) {
		free(slug);
		return IRKG_EINVAL;
	}
	*out = slug;
	return IRKG_OK;
}

struct irkg_words irkg_text_words(const irkg_text *t)
{
	struct irkg_words w = {t->norm, t->tokens, NULL};

	return w;
}
