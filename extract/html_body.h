/* The article body of a parsed HTML page: which block holds the story, and
 * its text as paragraphs. */
#ifndef IRKG_HTML_BODY_H
#define IRKG_HTML_BODY_H

#include <stddef.h>

#include <libxml/tree.h>

#include "html_util.h"

/* Finds the body of the page below `root` and appends its paragraphs,
 * separated by "\n\n", to `text`, setting `*n_paragraphs`.  When nothing
 * reads as the story, appends nothing, sets `*n_paragraphs` to 0 and
 * `*why` to a static phrase saying why; otherwise `*why` is NULL.
 *
 * The candidates are the block elements (div, section, article, main, td,
 * form, body ...) outside page furniture; each is scored by its prose (the
 * text of runs of inline content that are not mostly links and are long or
 * punctuated like sentences) squared over all its visible text: much prose,
 * little diluted by menus and widgets.  itemprop="articleBody" and then
 * <article> are taken instead when they hold at least half the best
 * candidate's prose.  Furniture is nav, aside, footer, header, figure and
 * the like, and elements whose class, id or role has a furniture word as a
 * whole token ("related", "share", "cookie", split on - _ space and
 * camelCase); never html, body, or an element holding half the page's text.
 * Inside the body, every block (paragraph, subhead, list item, table cell,
 * text between <br>) becomes a paragraph, in reading order; furniture,
 * blocks that are mostly links and the <h1> are left out.
 *
 * `root` is not changed but its nodes' `_private` pointers are used while
 * this runs and reset to NULL.  Returns 0 or IRKG_ENOMEM (then `text` may
 * hold part of the body). */
int irkg_html_body_find(xmlNode *root, struct irkg_html_buf *text,
			size_t *n_paragraphs, const char **why);

#endif
