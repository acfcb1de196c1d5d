/* What the HTML reader's parts share: element tests, visible text and a
 * growing string with white space normalised. */
#ifndef IRKG_HTML_UTIL_H
#define IRKG_HTML_UTIL_H

#include <stddef.h>

#include <libxml/tree.h>

/* A growing string held in an xmlBuffer, created on first use; `failed`
 * records an allocation failure (later additions are then ignored). */
struct irkg_html_buf {
	xmlBufferPtr b;
	int failed;
};

/* Whether `node` is the element `name` (ASCII case ignored). */
int irkg_html_is(const xmlNode *node, const char *name);

/* Whether `node` is script, style, noscript or template: never shown. */
int irkg_html_is_hidden(const xmlNode *node);

/* Whether `node` is a text or CDATA node. */
int irkg_html_is_text(const xmlNode *node);

int irkg_html_is_space(unsigned char c);

/* The bytes of `b` (0 before the first addition). */
size_t irkg_html_buf_len(const struct irkg_html_buf *b);

/* Appends `n` bytes of `s`. */
void irkg_html_buf_add(struct irkg_html_buf *b, const char *s, size_t n);

/* Appends `s` with each run of white space (and no-break spaces) turned into
 * one space; a space is written only between text, so nothing leads or
 * trails.  `*pending` carries a run of space across calls. */
void irkg_html_buf_add_normalised(struct irkg_html_buf *b, const char *s,
				  int *pending);

/* The text of `b` as a new malloc'd string ("" when nothing was added), NULL
 * when memory ran out; `b` is emptied either way. */
char *irkg_html_buf_take(struct irkg_html_buf *b);

/* `s` with white space normalised as a new malloc'd string; NULL when `s`
 * is NULL or blank, or (setting `*failed`) when memory runs out. */
char *irkg_html_normalised_copy(const char *s, int *failed);

#endif
