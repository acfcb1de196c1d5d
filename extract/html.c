/* Reads an HTML news page into headline, published date, author and body
 * paragraphs (the body finder is html_body.c, the rest html_meta.c). */
#include "html.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "../common/error.h"
#include "html_body.h"
#include "html_meta.h"
#include "html_util.h"
#include "xml.h"

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Whether the first kilobyte of the page declares a character set. */
static int declares_charset(const char *html, size_t length)
{
	static const char word[] = "charset";
	size_t end = length < 1024 ? length : 1024, i, j;

	for (i = 0; i + sizeof(word) - 1 <= end; i++) {
		for (j = 0; j < sizeof(word) - 1; j++)
			if (ascii_lower((unsigned char)html[i + j]) != word[j])
				break;
		if (j == sizeof(word) - 1)
			return 1;
	}
	return 0;
}

/* Whether `html` holds nothing but white space. */
static int is_blank(const char *html, size_t length)
{
	size_t i;

	for (i = 0; i < length; i++)
		if (!irkg_html_is_space((unsigned char)html[i]))
			return 0;
	return 1;
}

int irkg_html_read(const char *html, size_t length,
		   struct irkg_html_article *out)
{
	htmlDocPtr doc = NULL;
	xmlNode *root;
	struct irkg_html_meta meta = {NULL, NULL, ""};
	struct irkg_html_buf text = {NULL, 0};
	int rc;

	if (!out)
		return IRKG_EINVAL;
	memset(out, 0, sizeof(*out));
	if (!html && length > 0)
		return IRKG_EINVAL;
	if (length > INT_MAX)
		return IRKG_EUNSUPPORTED;
	if (is_blank(html, length)) {
		out->why = "the page is empty";
		rc = (out->text = strdup("")) ? 0 : IRKG_ENOMEM;
		goto cleanup;
	}
	doc = irkg_xml_read_html(
		html, (int)length,
		declares_charset(html, length) ? NULL : "UTF-8",
		HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
			HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
	if (!doc) {
		rc = IRKG_EPARSE;
		goto cleanup;
	}
	root = xmlDocGetRootElement(doc);
	if (root)
		rc = irkg_html_body_find(root, &text, &out->n_paragraphs,
					 &out->why);
	else
		out->why = "the page has no elements", rc = 0;
	if (!rc)
		rc = irkg_html_meta_read(doc, &meta);
	if (rc)
		goto cleanup;
	out->title = meta.title;
	out->author = meta.author;
	memcpy(out->date, meta.date, sizeof(out->date));
	meta.title = meta.author = NULL;
	out->text = irkg_html_buf_take(&text);
	if (!out->text)
		rc = IRKG_ENOMEM;

cleanup:
	xmlBufferFree(text.b);
	if (doc)
		xmlFreeDoc(doc);
	if (rc != 0)
		irkg_html_article_clear(out);
	return rc;
}

void irkg_html_article_clear(struct irkg_html_article *a)
{
	if (!a)
		return;
	free(a->title);
	free(a->author);
	free(a->text);
	memset(a, 0, sizeof(*a));
}
