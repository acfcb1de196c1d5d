/* An HTML news page read into its title, published date and body text. */
#ifndef IRKG_HTML_H
#define IRKG_HTML_H

#include <stddef.h>

/* What irkg_html_read finds in a page.  Unlike irkg_plaintext, the body is
 * new text rather than ranges of the input (markup and entities are gone),
 * so evidence offsets taken from an HTML article refer to `text`, not to
 * the HTML. */
struct irkg_html_article {
	char *title;   /* og:title, else <title>, else the first <h1>; malloc'd
			  UTF-8 with whitespace normalised, or NULL */
	char date[11]; /* "YYYY-MM-DD" from <meta property=
			  "article:published_time">, else "datePublished" in a
			  JSON-LD NewsArticle script, else the first
			  <time datetime>; "" when none */
	char *text; /* the body paragraphs joined by "\n\n", entities decoded,
		       whitespace inside a paragraph collapsed; malloc'd */
	size_t n_paragraphs;
};

/* Reads the HTML page `html` of `length` bytes (need not end in '\0') into
 * `*out` with libxml2's forgiving HTML parser; nothing is ever fetched.
 * Without a charset declaration the page is taken as UTF-8.
 *
 * The body is, in order: the element with itemprop="articleBody"; else the
 * <article> with the most paragraph text; else the div/section/main (or
 * body) with the best content density (see html.c).  Its <p> elements are the
 * paragraphs, leaving out those inside nav, aside, footer, header, figure,
 * figcaption, form, script, style, noscript, and inside elements whose class
 * or id names boilerplate ("related", "comment", "share", "byline", ...).
 *
 * Returns 0; IRKG_EINVAL when `out` is NULL or `html` is NULL with a
 * non-zero length; IRKG_EUNSUPPORTED when `length` exceeds INT_MAX;
 * IRKG_EPARSE when the page has no body paragraph; IRKG_ENOMEM.  On failure
 * `*out` is zeroed and owns nothing; on success the caller frees it with
 * irkg_html_article_clear. */
int irkg_html_read(const char *html, size_t length,
		   struct irkg_html_article *out);

/* Frees the title and text of `a` and zeroes it; accepts NULL and a zeroed
 * struct. */
void irkg_html_article_clear(struct irkg_html_article *a);

#endif
