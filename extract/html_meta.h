/* What an HTML page says about its article: headline, published date and
 * author, from meta tags, JSON-LD, microdata, <time> and bylines. */
#ifndef IRKG_HTML_META_H
#define IRKG_HTML_META_H

#include <libxml/tree.h>

/* The page's own description of its article. */
struct irkg_html_meta {
	char *title;   /* malloc'd, white space normalised, or NULL */
	char *author;  /* malloc'd, white space normalised, or NULL */
	char date[11]; /* "YYYY-MM-DD", or "" */
};

/* Reads `doc` into `*out` (see irkg_html_read in html.h for the order in
 * which the sources are tried).  Returns 0 or IRKG_ENOMEM; on failure
 * `*out` is zeroed and owns nothing.  The caller frees the strings. */
int irkg_html_meta_read(xmlDoc *doc, struct irkg_html_meta *out);

#endif
