/* A plain-text news article split into header, dateline, body paragraphs
 * and the web boilerplate after them, as byte ranges of the original text. */
#ifndef IRKG_PLAINTEXT_H
#define IRKG_PLAINTEXT_H

#include <stddef.h>

/* Bytes [start, end) of the original text; empty when start == end. */
struct irkg_range {
	size_t start, end;
};

struct irkg_plaintext {
	char date[11]; /* "YYYY-MM-DD" or "" when the text gives none */
	struct irkg_range source;   /* outlet named in the "date" header line */
	struct irkg_range headline; /* the first title-like header line */
	struct irkg_range dateline; /* "TOKYO, March 3 (Reuters) -" etc. */
	struct irkg_range body;	    /* first to last body paragraph */
	struct irkg_range *paragraphs; /* body paragraphs (owned, malloc'd) */
	size_t n_paragraphs;
};

/* Reads the article `text` of `length` bytes (need not end in '\0') into
 * `*out`.  The header line "date YYYY-MM-DD Source" (first non-empty line)
 * gives date and source; header lines (headline, byline, timestamps) follow
 * until the first prose-looking paragraph or dateline; the body ends at the
 * first boilerplate line (section markers such as "Related Topics",
 * navigation, copyright, or a run of three short link-like lines).
 * Returns 0, IRKG_EINVAL when `out` is NULL or `text` is NULL with a
 * non-zero length, or IRKG_ENOMEM.  On failure `*out` is zeroed and owns
 * nothing; on success the caller frees it with irkg_plaintext_clear. */
int irkg_plaintext_read(const char *text, size_t length,
			struct irkg_plaintext *out);

/* Frees the paragraphs of `p` and zeroes it; accepts NULL and a zeroed
 * struct. */
void irkg_plaintext_clear(struct irkg_plaintext *p);

#endif
