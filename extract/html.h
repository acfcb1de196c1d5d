/* An HTML news page read into its title, published date and body text. */
#ifndef IRKG_HTML_H
#define IRKG_HTML_H

#include <stddef.h>

/* What irkg_html_read finds in a page.  Unlike irkg_plaintext, the body is
 * new text rather than ranges of the input (markup and entities are gone),
 * so evidence offsets taken from an HTML article refer to `text`, not to
 * the HTML. */
struct irkg_html_article {
	char *title;   /* og:title, else "headline" in JSON-LD, else <title>,
			  else the first <h1>; malloc'd UTF-8 with white space
			  normalised, or NULL */
	char *author;  /* <meta name="author"> or article:author (not a URL),
			  else the "author" (or its "name") in JSON-LD, else
			  an itemprop="author" element, else a byline (rel=
			  "author", class "byline") less a leading "By ";
			  malloc'd, normalised, or NULL */
	char date[11]; /* "YYYY-MM-DD" from a meta tag (article:published_time,
			  itemprop datePublished, pubdate, date, DC.date...),
			  else "datePublished" in JSON-LD, else the first
			  <time datetime>; "" when none */
	char *text; /* the body paragraphs joined by "\n\n", entities decoded,
		       whitespace inside a paragraph collapsed; malloc'd; ""
		       when the page has no article */
	size_t n_paragraphs; /* 0 when the page has no article */
	const char *why;     /* when n_paragraphs is 0, why no article text
				was found (static English phrase); else NULL */
};

/* Reads the HTML page `html` of `length` bytes (need not end in '\0') into
 * `*out` with libxml2's forgiving HTML parser; nothing is ever fetched.
 * Without a charset declaration the page is taken as UTF-8.  The body is
 * found by html_body.c (see irkg_html_body_find in html_body.h): scored
 * blocks, with itemprop="articleBody" and <article> as hints; every block
 * in it (paragraphs, subheads, list items, table cells) one paragraph.
 *
 * A page that parses but holds no article (empty, only menus) is not an
 * error: it returns 0 with an empty `text`, n_paragraphs 0 and `why` set.
 *
 * Returns 0; IRKG_EINVAL when `out` is NULL or `html` is NULL with a
 * non-zero length; IRKG_EUNSUPPORTED when `length` exceeds INT_MAX;
 * IRKG_EPARSE when libxml2 cannot parse the bytes at all; IRKG_ENOMEM.  On
 * failure `*out` is zeroed and owns nothing; on success the caller frees it
 * with irkg_html_article_clear. */
int irkg_html_read(const char *html, size_t length,
		   struct irkg_html_article *out);

/* Frees the title, author and text of `a` and zeroes it; accepts NULL and a
 * zeroed struct. */
void irkg_html_article_clear(struct irkg_html_article *a);

#endif
