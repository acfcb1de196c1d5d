/* Element tests and normalised text shared by the HTML reader's parts. */
#include "html_util.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

int irkg_html_is(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE &&
	       xmlStrcasecmp(node->name, (const xmlChar *)name) == 0;
}

int irkg_html_is_hidden(const xmlNode *node)
{
	return irkg_html_is(node, "script") || irkg_html_is(node, "style") ||
	       irkg_html_is(node, "noscript") || irkg_html_is(node, "template");
}

int irkg_html_is_text(const xmlNode *node)
{
	return node->type == XML_TEXT_NODE ||
	       node->type == XML_CDATA_SECTION_NODE;
}

int irkg_html_is_space(unsigned char c)
{
	return isspace(c); /* the C locale's: irkg never calls setlocale */
}

size_t irkg_html_buf_len(const struct irkg_html_buf *b)
{
	return b->b ? (size_t)xmlBufferLength(b->b) : 0;
}

void irkg_html_buf_add(struct irkg_html_buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (!b->b && !(b->b = xmlBufferCreate())) {
		b->failed = 1;
		return;
	}
	if (n > INT_MAX || xmlBufferAdd(b->b, (const xmlChar *)s, (int)n))
		b->failed = 1;
}

/* The length of the white space at `s` (a no-break space is two bytes). */
static size_t space_at(const char *s)
{
	if (irkg_html_is_space((unsigned char)*s))
		return 1;
	return (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0 ? 2
									  : 0;
}

void irkg_html_buf_add_normalised(struct irkg_html_buf *b, const char *s,
				  int *pending)
{
	while (*s) {
		size_t skip = space_at(s), run = 0;

		if (skip) {
			*pending = 1;
			s += skip;
			continue;
		}
		while (s[run] && !space_at(s + run))
			run++;
		if (*pending && irkg_html_buf_len(b) > 0)
			irkg_html_buf_add(b, " ", 1);
		*pending = 0;
		irkg_html_buf_add(b, s, run);
		s += run;
	}
}

char *irkg_html_buf_take(struct irkg_html_buf *b)
{
	char *s = NULL;

	if (!b->failed)
		s = strdup(b->b ? (const char *)xmlBufferContent(b->b) : "");
	xmlBufferFree(b->b);
	b->b = NULL;
	b->failed = 0;
	return s;
}

char *irkg_html_normalised_copy(const char *s, int *failed)
{
	struct irkg_html_buf b = {NULL, 0};
	int pending = 0;
	char *copy;

	if (!s)
		return NULL;
	irkg_html_buf_add_normalised(&b, s, &pending);
	if (b.failed)
		*failed = 1;
	if (b.failed || irkg_html_buf_len(&b) == 0) {
		xmlBufferFree(b.b);
		return NULL;
	}
	copy = irkg_html_buf_take(&b);
	if (!copy)
		*failed = 1;
	return copy;
}
