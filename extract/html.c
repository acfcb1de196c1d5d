/* Reads an HTML news page into title, published date and body paragraphs. */
#include "html.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "../graph/error.h"
#include "xml.h"

/* Class or id fragments (matched case-insensitively) of page furniture. */
static const char *const chrome_words[] = {
	"related", "comment",	"share",     "newsletter",
	"promo",   "advert",	"cookie",    "caption",
	"social",  "recommend", "most-read", "subscribe",
	"byline",  "timestamp", "credit",    "source-line"};

/* Elements whose content is page furniture rather than the story. */
static const char *const chrome_elements[] = {
	"nav",	"aside",  "footer", "header",	"figure",  "figcaption",
	"form", "script", "style",  "noscript", "template"};

/* A growing string held in an xmlBuffer, created on first use; `failed`
 * records an allocation failure. */
struct buf {
	xmlBufferPtr b;
	int failed;
};

static int is_element(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE &&
	       xmlStrcasecmp(node->name, (const xmlChar *)name) == 0;
}

/* Script, style and the like: never visible text. */
static int is_hidden(const xmlNode *node)
{
	return is_element(node, "script") || is_element(node, "style") ||
	       is_element(node, "noscript") || is_element(node, "template");
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Whether `word` occurs in `s`, ignoring ASCII case. */
static int contains_word(const char *s, const char *word)
{
	size_t len = strlen(word);

	for (; *s; s++) {
		size_t i = 0;

		while (i < len && ascii_lower((unsigned char)s[i]) ==
					  (unsigned char)word[i])
			i++;
		if (i == len)
			return 1;
	}
	return 0;
}

/* Whether the attribute `name` of `node` names page furniture. */
static int attr_is_chrome(xmlNode *node, const char *name)
{
	xmlChar *value = xmlGetProp(node, (const xmlChar *)name);
	size_t i;
	int found = 0;

	if (!value)
		return 0;
	for (i = 0; i < sizeof(chrome_words) / sizeof(chrome_words[0]); i++)
		if (contains_word((const char *)value, chrome_words[i])) {
			found = 1;
			break;
		}
	xmlFree(value);
	return found;
}

/* Whether nothing inside the element `node` belongs to the story. */
static int is_chrome(xmlNode *node)
{
	size_t i;

	if (node->type != XML_ELEMENT_NODE)
		return 0;
	for (i = 0; i < sizeof(chrome_elements) / sizeof(chrome_elements[0]);
	     i++)
		if (is_element(node, chrome_elements[i]))
			return 1;
	return attr_is_chrome(node, "class") || attr_is_chrome(node, "id");
}

static int is_text(const xmlNode *node)
{
	return node->type == XML_TEXT_NODE ||
	       node->type == XML_CDATA_SECTION_NODE;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

/* The number of non-space bytes of the visible text below `node`; with
 * `skip_chrome` leaving out furniture, with `skip_links` leaving out <a>. */
static size_t text_weight(xmlNode *node, int skip_chrome, int skip_links)
{
	size_t weight = 0;
	xmlNode *child;

	if (is_text(node)) {
		const xmlChar *c;

		for (c = node->content; c && *c; c++)
			weight += !is_space(*c);
		return weight;
	}
	if (node->type != XML_ELEMENT_NODE || is_hidden(node) ||
	    (skip_chrome && is_chrome(node)) ||
	    (skip_links && is_element(node, "a")))
		return 0;
	for (child = node->children; child; child = child->next)
		weight += text_weight(child, skip_chrome, skip_links);
	return weight;
}

/* The prose below `node`: text of its <p> descendants outside furniture,
 * less the text of links in them. */
static size_t prose_weight(xmlNode *node)
{
	size_t weight = 0;
	xmlNode *child;

	if (is_element(node, "p"))
		return text_weight(node, 1, 1);
	for (child = node->children; child; child = child->next)
		if (child->type == XML_ELEMENT_NODE && !is_chrome(child))
			weight += prose_weight(child);
	return weight;
}

/* The first element below `node` outside furniture with
 * itemprop="articleBody", or NULL. */
static xmlNode *find_item_body(xmlNode *node)
{
	xmlNode *child, *found;
	xmlChar *prop;

	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE || is_chrome(child))
			continue;
		prop = xmlGetProp(child, (const xmlChar *)"itemprop");
		if (prop) {
			int match =
				xmlStrcasecmp(prop,
					      (const xmlChar *)"articleBody") ==
				0;

			xmlFree(prop);
			if (match)
				return child;
		}
		found = find_item_body(child);
		if (found)
			return found;
	}
	return NULL;
}

/* The best candidate so far when choosing the body. */
struct choice {
	xmlNode *node;
	double score;
};

/* Keeps in `best` the <article> outside furniture with the most prose. */
static void find_article(xmlNode *node, struct choice *best)
{
	xmlNode *child;

	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE || is_chrome(child))
			continue;
		if (is_element(child, "article")) {
			double score = (double)prose_weight(child);

			if (score > best->score) {
				best->node = child;
				best->score = score;
			}
		}
		find_article(child, best);
	}
}

/* Keeps in `best` the div/section/main (or body, when markup is too broken
 * to leave the story in one block) with the best content density.
 * A container's prose P is the text of its paragraphs less their link text
 * (prose_weight) and its total T all its visible text, furniture included;
 * the score P * (P / T) rewards much prose (P) that is little diluted by
 * menus, link lists and widgets (P / T).  Paragraphs are counted at any
 * depth, not only as direct children, because broken markup often splits
 * one story over nested and sibling blocks: a wrapper holding the whole
 * story then beats the fragment a stray </div> cut off. */
static void find_dense(xmlNode *node, struct choice *best)
{
	xmlNode *child;

	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE || is_chrome(child))
			continue;
		if (is_element(child, "div") || is_element(child, "section") ||
		    is_element(child, "main") || is_element(child, "body")) {
			double prose = (double)prose_weight(child);
			double total = (double)text_weight(child, 0, 0);

			if (prose > 0 && total > 0 &&
			    prose * prose / total > best->score) {
				best->node = child;
				best->score = prose * prose / total;
			}
		}
		find_dense(child, best);
	}
}

static void buf_add(struct buf *b, const char *s, size_t n)
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

static size_t buf_len(const struct buf *b)
{
	return b->b ? (size_t)xmlBufferLength(b->b) : 0;
}

/* The buffer's text as a new malloc'd string (NULL when out of memory);
 * the buffer is freed. */
static char *buf_take(struct buf *b)
{
	char *s = NULL;

	if (!b->failed)
		s = strdup(b->b ? (const char *)xmlBufferContent(b->b) : "");
	xmlBufferFree(b->b);
	b->b = NULL;
	return s;
}

/* Appends `s` with each run of white space (and no-break spaces) turned
 * into one space; a space is written only before further text, so nothing
 * leads or trails.  `*pending` carries a run across calls. */
static void buf_add_normalised(struct buf *b, const char *s, int *pending)
{
	while (*s) {
		size_t skip = is_space((unsigned char)*s) ? 1
			      : ((unsigned char)s[0] == 0xc2 &&
				 (unsigned char)s[1] == 0xa0)
				      ? 2
				      : 0;
		size_t run = 0;

		if (skip) {
			*pending = 1;
			s += skip;
			continue;
		}
		while (s[run] && !is_space((unsigned char)s[run]) &&
		       !((unsigned char)s[run] == 0xc2 &&
			 (unsigned char)s[run + 1] == 0xa0))
			run++;
		if (*pending && buf_len(b) > 0)
			buf_add(b, " ", 1);
		*pending = 0;
		buf_add(b, s, run);
		s += run;
	}
}

/* Appends the visible text below `node`, furniture left out, normalised. */
static void collect_text(xmlNode *node, struct buf *b, int *pending)
{
	xmlNode *child;

	if (is_text(node)) {
		if (node->content)
			buf_add_normalised(b, (const char *)node->content,
					   pending);
		return;
	}
	if (node->type != XML_ELEMENT_NODE || is_hidden(node) ||
	    is_chrome(node))
		return;
	if (is_element(node, "br"))
		*pending = 1;
	for (child = node->children; child; child = child->next)
		collect_text(child, b, pending);
}

/* Appends the <p> paragraphs below `node` (outside furniture) to `text`,
 * separated by "\n\n", counting them in `*n`. */
static void collect_paragraphs(xmlNode *node, struct buf *text, size_t *n)
{
	xmlNode *child;

	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE || is_chrome(child))
			continue;
		if (is_element(child, "p")) {
			struct buf para = {NULL, 0};
			int pending = 0;
			xmlNode *inner;

			for (inner = child->children; inner;
			     inner = inner->next)
				collect_text(inner, &para, &pending);
			if (para.failed)
				text->failed = 1;
			else if (buf_len(&para) > 0) {
				if (*n > 0)
					buf_add(text, "\n\n", 2);
				buf_add(text,
					(const char *)xmlBufferContent(para.b),
					buf_len(&para));
				(*n)++;
			}
			xmlBufferFree(para.b);
		} else {
			collect_paragraphs(child, text, n);
		}
	}
}

/* Copies a "YYYY-MM-DD" at the start of `s` into `date`; 1 if there was. */
static int take_date(const char *s, char date[11])
{
	static const char shape[] = "dddd-dd-dd";
	int month, day;
	size_t i;

	for (i = 0; i < 10; i++)
		if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9')
				    : s[i] != '-')
			return 0;
	month = (s[5] - '0') * 10 + (s[6] - '0');
	day = (s[8] - '0') * 10 + (s[9] - '0');
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return 0;
	memcpy(date, s, 10);
	date[10] = '\0';
	return 1;
}

/* The date of "datePublished" in the JSON-LD `json` if it describes a
 * NewsArticle; 1 if found.  A plain scan: JSON-LD from news sites puts the
 * value right after the key. */
static int json_ld_date(const char *json, char date[11])
{
	const char *p;

	if (!strstr(json, "NewsArticle"))
		return 0;
	for (p = strstr(json, "\"datePublished\""); p;
	     p = strstr(p + 1, "\"datePublished\"")) {
		const char *v = p + strlen("\"datePublished\"");

		while (is_space((unsigned char)*v))
			v++;
		if (*v++ != ':')
			continue;
		while (is_space((unsigned char)*v))
			v++;
		if (*v++ == '"' && take_date(v, date))
			return 1;
	}
	return 0;
}

/* What the page says about itself, wherever it says it. */
struct page_meta {
	xmlChar *og_title, *title, *h1;
	char meta_date[11], json_date[11], time_date[11];
};

/* Sets `*slot` to `value` if it is still empty (else frees `value`). */
static void keep_first(xmlChar **slot, xmlChar *value)
{
	if (!*slot)
		*slot = value;
	else
		xmlFree(value);
}

static void scan_meta(xmlNode *node, struct page_meta *m)
{
	xmlNode *child;

	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if (is_element(child, "meta")) {
			xmlChar *key =
				xmlGetProp(child, (const xmlChar *)"property");
			xmlChar *content;

			if (!key)
				key = xmlGetProp(child,
						 (const xmlChar *)"name");
			content = key ? xmlGetProp(child,
						   (const xmlChar *)"content")
				      : NULL;
			if (content &&
			    !xmlStrcasecmp(key, (const xmlChar *)"og:title")) {
				keep_first(&m->og_title, content);
				content = NULL;
			} else if (content && !m->meta_date[0] &&
				   !xmlStrcasecmp(key,
						  (const xmlChar *)"article:"
								   "published_"
								   "time")) {
				take_date((const char *)content, m->meta_date);
			}
			xmlFree(content);
			xmlFree(key);
		} else if (is_element(child, "title")) {
			keep_first(&m->title, xmlNodeGetContent(child));
		} else if (is_element(child, "h1")) {
			keep_first(&m->h1, xmlNodeGetContent(child));
		} else if (is_element(child, "time") && !m->time_date[0]) {
			xmlChar *when =
				xmlGetProp(child, (const xmlChar *)"datetime");

			if (when)
				take_date((const char *)when, m->time_date);
			xmlFree(when);
		} else if (is_element(child, "script") && !m->json_date[0]) {
			xmlChar *type =
				xmlGetProp(child, (const xmlChar *)"type");

			if (type &&
			    contains_word((const char *)type, "ld+json")) {
				xmlChar *json = xmlNodeGetContent(child);

				if (json)
					json_ld_date((const char *)json,
						     m->json_date);
				xmlFree(json);
			}
			xmlFree(type);
		}
		scan_meta(child, m);
	}
}

/* `s` with white space normalised as a new string; NULL when `s` is NULL
 * or blank, or (setting `*failed`) when memory runs out. */
static char *normalised_copy(const xmlChar *s, int *failed)
{
	struct buf b = {NULL, 0};
	int pending = 0;
	char *copy;

	if (!s)
		return NULL;
	buf_add_normalised(&b, (const char *)s, &pending);
	if (b.failed)
		*failed = 1;
	if (b.failed || buf_len(&b) == 0) {
		xmlBufferFree(b.b);
		return NULL;
	}
	copy = buf_take(&b);
	if (!copy)
		*failed = 1;
	return copy;
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

int irkg_html_read(const char *html, size_t length,
		   struct irkg_html_article *out)
{
	htmlDocPtr doc = NULL;
	xmlNode *root, *body;
	struct page_meta meta;
	struct buf text = {NULL, 0};
	struct choice best = {NULL, 0};
	int failed = 0, rc;

	if (!out)
		return IRKG_EINVAL;
	memset(out, 0, sizeof(*out));
	memset(&meta, 0, sizeof(meta));
	if (!html && length > 0)
		return IRKG_EINVAL;
	if (length > INT_MAX)
		return IRKG_EUNSUPPORTED;
	if (length == 0)
		return IRKG_EPARSE;

	doc = irkg_xml_read_html(
		html, (int)length,
		declares_charset(html, length) ? NULL : "UTF-8",
		HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
			HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		rc = IRKG_EPARSE;
		goto cleanup;
	}

	body = find_item_body(root);
	if (!body) {
		find_article(root, &best);
		body = best.node;
	}
	if (!body) {
		find_dense(root, &best);
		body = best.node;
	}
	if (!body)
		body = root;
	collect_paragraphs(body, &text, &out->n_paragraphs);
	if (text.failed) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	if (out->n_paragraphs == 0) {
		rc = IRKG_EPARSE;
		goto cleanup;
	}

	scan_meta((xmlNode *)doc, &meta);
	out->title = normalised_copy(meta.og_title, &failed);
	if (!out->title && !failed)
		out->title = normalised_copy(meta.title, &failed);
	if (!out->title && !failed)
		out->title = normalised_copy(meta.h1, &failed);
	if (failed) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	memcpy(out->date,
	       meta.meta_date[0]   ? meta.meta_date
	       : meta.json_date[0] ? meta.json_date
				   : meta.time_date,
	       sizeof(out->date));
	out->text = buf_take(&text);
	if (!out->text) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	rc = 0;

cleanup:
	xmlFree(meta.og_title);
	xmlFree(meta.title);
	xmlFree(meta.h1);
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
	free(a->text);
	memset(a, 0, sizeof(*a));
}
