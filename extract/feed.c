/* RSS 2.0 and Atom feeds into items (title, link, date, plain-text body),
 * parsed with libxml2 with no entity expansion and no DTD or network I/O. */
#include "feed.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "../common/error.h"
#include "dates.h"
#include "xml.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"
#define RSS1_NS "http://purl.org/rss/1.0/"
#define CONTENT_NS "http://purl.org/rss/1.0/modules/content/"
#define DC_NS "http://purl.org/dc/elements/1.1/"

/* irkg_feed_is_feed looks no further than this into the document. */
#define SNIFF_MAX 4096
/* Markup nested deeper than this is not walked (libxml2 stops at 256). */
#define WALK_DEPTH_MAX 512

/* How a text construct's content is to be read. */
enum content_type { CONTENT_TEXT, CONTENT_HTML, CONTENT_XHTML, CONTENT_AUTO };

/* ---- growable strings and paragraph text ---- */

/* A growing string held in an xmlBuffer, created on first use; `oom`
 * records an allocation failure. */
struct buf {
	xmlBufferPtr b;
	int oom;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->oom || n == 0)
		return;
	if (b->b == NULL && (b->b = xmlBufferCreate()) == NULL) {
		b->oom = 1;
		return;
	}
	if (n > INT_MAX || xmlBufferAdd(b->b, (const xmlChar *)s, (int)n))
		b->oom = 1;
}

static const char *buf_text(const struct buf *b)
{
	return b->b ? (const char *)xmlBufferContent(b->b) : "";
}

static size_t buf_len(const struct buf *b)
{
	return b->b ? (size_t)xmlBufferLength(b->b) : 0;
}

/* Text being collected: finished paragraphs in `out` joined by `sep`, and
 * the raw text of the current paragraph in `para`. */
struct text {
	struct buf out, para;
	const char *sep;
};

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
	       c == '\v';
}

/* Length of the white space at s[0..n): ASCII or U+00A0 (no-break space). */
static size_t space_len(const char *s, size_t n)
{
	if (n >= 1 && is_space((unsigned char)s[0]))
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xC2 &&
	    (unsigned char)s[1] == 0xA0)
		return 2;
	return 0;
}

/* Ends the current paragraph: its words, single-spaced, go to `out`. */
static void text_flush(struct text *t)
{
	const char *para = buf_text(&t->para);
	size_t i = 0, n = buf_len(&t->para);
	int first = 1;

	while (i < n) {
		size_t start, sp;

		while (i < n && (sp = space_len(para + i, n - i)) > 0)
			i += sp;
		if (i >= n)
			break;
		start = i;
		while (i < n && space_len(para + i, n - i) == 0)
			i++;
		if (first && buf_len(&t->out) > 0)
			buf_add(&t->out, t->sep, strlen(t->sep));
		else if (!first)
			buf_add(&t->out, " ", 1);
		buf_add(&t->out, para + start, i - start);
		first = 0;
	}
	if (t->para.b != NULL)
		xmlBufferEmpty(t->para.b);
	t->out.oom |= t->para.oom;
}

/* The collected text as a malloc'd string (never NULL unless out of memory);
 * frees everything else in `t`. */
static char *text_finish(struct text *t)
{
	char *s;

	text_flush(t);
	xmlBufferFree(t->para.b);
	t->para.b = NULL;
	s = t->out.oom ? NULL : strdup(buf_text(&t->out));
	xmlBufferFree(t->out.b);
	t->out.b = NULL;
	return s;
}

/* Plain text: blank lines separate paragraphs. */
static void text_add_plain(struct text *t, const char *s)
{
	while (*s != '\0') {
		const char *end = strchr(s, '\n');
		size_t n = end ? (size_t)(end - s) : strlen(s), i;

		for (i = 0; i < n && is_space((unsigned char)s[i]); i++)
			;
		if (i == n) {
			text_flush(t);
		} else {
			buf_add(&t->para, s, n);
			buf_add(&t->para, " ", 1);
		}
		s += n;
		if (*s == '\n')
			s++;
	}
}

/* ---- markup to text ---- */

static int name_in(const xmlChar *name, const char *const *names)
{
	for (; *names != NULL; names++)
		if (xmlStrcasecmp(name, (const xmlChar *)*names) == 0)
			return 1;
	return 0;
}

static const char *const skipped[] = {"script", "style",    "head",
				      "title",	"noscript", "template",
				      "iframe", "object",   NULL};
static const char *const blocks[] = {
	"p",	 "div",	   "h1",	 "h2",	    "h3",      "h4",
	"h5",	 "h6",	   "li",	 "ul",	    "ol",      "dl",
	"dt",	 "dd",	   "blockquote", "pre",	    "table",   "tr",
	"td",	 "th",	   "section",	 "article", "header",  "footer",
	"aside", "figure", "figcaption", "hr",	    "address", "main",
	"nav",	 "body",   "html",	 NULL};

/* Appends the text below `node` (an HTML or XHTML tree), one paragraph per
 * block element. */
static void walk(struct text *t, xmlNode *node, int depth)
{
	xmlNode *n;

	if (depth > WALK_DEPTH_MAX)
		return;
	for (n = node->children; n != NULL; n = n->next) {
		switch (n->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (n->content != NULL)
				buf_add(&t->para, (const char *)n->content,
					strlen((const char *)n->content));
			break;
		case XML_ELEMENT_NODE:
			if (name_in(n->name, skipped))
				break;
			if (xmlStrcasecmp(n->name, (const xmlChar *)"br") ==
			    0) {
				buf_add(&t->para, " ", 1);
			} else if (name_in(n->name, blocks)) {
				text_flush(t);
				walk(t, n, depth + 1);
				text_flush(t);
			} else {
				walk(t, n, depth + 1);
			}
			break;
		default:
			break;
		}
	}
}

/* An HTML fragment `s`: parsed leniently, without network access. */
static void text_add_html(struct text *t, const char *s)
{
	size_t n = strlen(s);
	htmlDocPtr doc;

	if (n == 0)
		return;
	if (n > INT_MAX)
		n = INT_MAX;
	doc = irkg_xml_read_html(s, (int)n, "UTF-8",
				 HTML_PARSE_NONET | HTML_PARSE_RECOVER |
					 HTML_PARSE_NOERROR |
					 HTML_PARSE_NOWARNING);
	if (doc == NULL) {
		text_add_plain(t, s);
		return;
	}
	walk(t, (xmlNode *)doc, 0);
	xmlFreeDoc(doc);
}

/* Whether `s` contains something that looks like a tag. */
static int looks_like_html(const char *s)
{
	for (; (s = strchr(s, '<')) != NULL; s++) {
		unsigned char c = (unsigned char)s[1];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    c == '/' || c == '!')
			return 1;
	}
	return 0;
}

/* The text of element `el` (NULL: none) read as `type`, paragraphs joined
 * by `sep`; malloc'd, NULL only when out of memory. */
static char *element_text(xmlNode *el, enum content_type type, const char *sep)
{
	struct text t = {{NULL, 0}, {NULL, 0}, sep};
	xmlChar *content;

	if (el == NULL)
		return text_finish(&t);
	if (type == CONTENT_XHTML) {
		walk(&t, el, 0);
		return text_finish(&t);
	}
	content = xmlNodeGetContent(el);
	if (content != NULL) {
		const char *s = (const char *)content;

		if (type == CONTENT_HTML ||
		    (type == CONTENT_AUTO && looks_like_html(s)))
			text_add_html(&t, s);
		else
			text_add_plain(&t, s);
		xmlFree(content);
	}
	return text_finish(&t);
}

/* ---- elements ---- */

/* Whether `n` is the element `name` in namespace `ns`; a NULL `ns` means
 * RSS's own elements: no namespace, or RSS 1.0's. */
static int is_element(const xmlNode *n, const char *name, const char *ns)
{
	const char *href;

	if (n == NULL || n->type != XML_ELEMENT_NODE ||
	    !xmlStrEqual(n->name, (const xmlChar *)name))
		return 0;
	href = n->ns != NULL ? (const char *)n->ns->href : NULL;
	if (ns == NULL)
		return href == NULL || strcmp(href, RSS1_NS) == 0;
	return href != NULL && strcmp(href, ns) == 0;
}

static xmlNode *child(const xmlNode *parent, const char *name, const char *ns)
{
	xmlNode *n;

	for (n = parent->children; n != NULL; n = n->next)
		if (is_element(n, name, ns))
			return n;
	return NULL;
}

/* Whether the attribute `name` of `el` equals `value` ignoring case;
 * `missing` when there is no such attribute. */
static int attr_is(xmlNode *el, const char *name, const char *value,
		   int missing)
{
	xmlChar *v = xmlGetProp(el, (const xmlChar *)name);
	int r;

	if (v == NULL)
		return missing;
	r = xmlStrcasecmp(v, (const xmlChar *)value) == 0;
	xmlFree(v);
	return r;
}

/* An Atom text construct's type attribute. */
static enum content_type atom_type(xmlNode *el)
{
	xmlChar *v;
	enum content_type type = CONTENT_TEXT;

	if (el == NULL)
		return CONTENT_TEXT;
	v = xmlGetProp(el, (const xmlChar *)"type");
	if (v == NULL)
		return CONTENT_TEXT;
	if (xmlStrcasestr(v, (const xmlChar *)"xhtml") != NULL)
		type = CONTENT_XHTML;
	else if (xmlStrcasestr(v, (const xmlChar *)"html") != NULL)
		type = CONTENT_HTML;
	xmlFree(v);
	return type;
}

/* ---- dates ---- */

/* "YYYY-MM-DD..." at the start of `s` (after white space) into `date`;
 * returns 1, or 0 leaving `date` unchanged. */
static int iso_date(const char *s, char date[11])
{
	char head[11];
	struct irkg_date d;

	while (is_space((unsigned char)*s))
		s++;
	if (strlen(s) < 10)
		return 0;
	memcpy(head, s, 10);
	head[10] = '\0';
	if (irkg_date_parse_iso(head, &d) != 0)
		return 0;
	irkg_date_format(&d, IRKG_DATE_DAY, date, 11);
	return 1;
}

static int is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* An RFC 822 date, "Wed, 05 May 2021 17:30:00 +0000" (weekday optional,
 * two-digit years allowed), into `date` as written; returns 1, or 0. */
static int rfc822_date(const char *s, char date[11])
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	int day = 0, month = 0, year = 0, digits = 0, i;
	char iso[11];
	struct irkg_date d;

	while (is_space((unsigned char)*s))
		s++;
	if (is_alpha((unsigned char)*s)) { /* weekday */
		while (is_alpha((unsigned char)*s))
			s++;
		if (*s == ',')
			s++;
		while (is_space((unsigned char)*s))
			s++;
	}
	for (; is_digit((unsigned char)*s) && digits < 2; s++, digits++)
		day = day * 10 + (*s - '0');
	if (digits == 0 || is_digit((unsigned char)*s))
		return 0;
	while (is_space((unsigned char)*s) || *s == '-')
		s++;
	for (i = 0; i < 12 && month == 0; i++) {
		const char *m = months + 3 * i;
		int k;

		for (k = 0; k < 3; k++) {
			char c = s[k];

			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != m[k])
				break;
		}
		if (k == 3)
			month = i + 1;
	}
	if (month == 0)
		return 0;
	while (is_alpha((unsigned char)*s) || *s == '.')
		s++;
	while (is_space((unsigned char)*s) || *s == '-')
		s++;
	for (digits = 0; is_digit((unsigned char)*s) && digits < 5;
	     s++, digits++)
		year = year * 10 + (*s - '0');
	if (digits == 2)
		year += year < 50 ? 2000 : 1900;
	else if (digits != 4)
		return 0;
	/* irkg_date_parse_iso checks the calendar (30 February and so on). */
	iso[0] = (char)('0' + year / 1000);
	iso[1] = (char)('0' + year / 100 % 10);
	iso[2] = (char)('0' + year / 10 % 10);
	iso[3] = (char)('0' + year % 10);
	iso[4] = '-';
	iso[5] = (char)('0' + month / 10);
	iso[6] = (char)('0' + month % 10);
	iso[7] = '-';
	iso[8] = (char)('0' + day / 10);
	iso[9] = (char)('0' + day % 10);
	iso[10] = '\0';
	if (irkg_date_parse_iso(iso, &d) != 0)
		return 0;
	irkg_date_format(&d, IRKG_DATE_DAY, date, 11);
	return 1;
}

/* The date of element `el` (NULL: none) into `date`: RFC 822 when `rfc822`,
 * else (or failing that) ISO 8601. Returns 1 when it was read. */
static int element_date(xmlNode *el, int rfc822, char date[11])
{
	xmlChar *v;
	int ok = 0;

	if (el == NULL)
		return 0;
	v = xmlNodeGetContent(el);
	if (v == NULL)
		return 0;
	if (rfc822)
		ok = rfc822_date((const char *)v, date);
	if (!ok)
		ok = iso_date((const char *)v, date);
	xmlFree(v);
	return ok;
}

/* ---- items ---- */

static void item_free(struct irkg_feed_item *item)
{
	free(item->title);
	free(item->link);
	free(item->body);
	memset(item, 0, sizeof(*item));
}

/* The trimmed text content of `el` (NULL: ""), malloc'd; NULL when out of
 * memory. */
static char *trimmed(xmlNode *el)
{
	return element_text(el, CONTENT_TEXT, " ");
}

/* A malloc'd copy of the attribute `name` of `el`, trimmed; NULL when out
 * of memory. */
static char *attr_text(xmlNode *el, const char *name)
{
	xmlChar *v = xmlGetProp(el, (const xmlChar *)name);
	struct text t = {{NULL, 0}, {NULL, 0}, " "};

	if (v != NULL) {
		text_add_plain(&t, (const char *)v);
		xmlFree(v);
	}
	return text_finish(&t);
}

static int rss_item(xmlNode *el, struct irkg_feed_item *item)
{
	xmlNode *link = child(el, "link", NULL);
	xmlNode *body = child(el, "encoded", CONTENT_NS);

	item->title = element_text(child(el, "title", NULL), CONTENT_AUTO, " ");
	if (link == NULL) {
		xmlNode *guid = child(el, "guid", NULL);

		if (guid != NULL && attr_is(guid, "isPermaLink", "true", 1))
			link = guid;
	}
	item->link = trimmed(link);
	if (body != NULL) {
		item->body = element_text(body, CONTENT_AUTO, "\n\n");
		if (item->body != NULL && item->body[0] == '\0') {
			free(item->body);
			item->body = NULL;
			body = NULL;
		}
	}
	if (body == NULL)
		item->body = element_text(child(el, "description", NULL),
					  CONTENT_AUTO, "\n\n");
	if (!element_date(child(el, "pubDate", NULL), 1, item->date))
		element_date(child(el, "date", DC_NS), 0, item->date);
	if (item->title == NULL || item->link == NULL || item->body == NULL)
		return IRKG_ENOMEM;
	return 0;
}

static int atom_entry(xmlNode *el, struct irkg_feed_item *item)
{
	xmlNode *title = child(el, "title", ATOM_NS), *n, *link = NULL;
	xmlNode *content = child(el, "content", ATOM_NS);

	item->title = element_text(title, atom_type(title), " ");
	for (n = el->children; n != NULL && link == NULL; n = n->next)
		if (is_element(n, "link", ATOM_NS) &&
		    attr_is(n, "rel", "alternate", 1))
			link = n;
	item->link = link != NULL ? attr_text(link, "href") : trimmed(NULL);
	if (content != NULL) {
		item->body = element_text(content, atom_type(content), "\n\n");
		if (item->body != NULL && item->body[0] == '\0') {
			free(item->body);
			item->body = NULL;
			content = NULL;
		}
	}
	if (content == NULL) {
		xmlNode *summary = child(el, "summary", ATOM_NS);

		item->body = element_text(summary, atom_type(summary), "\n\n");
	}
	if (!element_date(child(el, "published", ATOM_NS), 0, item->date))
		element_date(child(el, "updated", ATOM_NS), 0, item->date);
	if (item->title == NULL || item->link == NULL || item->body == NULL)
		return IRKG_ENOMEM;
	return 0;
}

/* Reads every child of `parent` named `name` (in `ns`) as an item. */
static int read_items(xmlNode *parent, const char *name, const char *ns,
		      int (*read_one)(xmlNode *, struct irkg_feed_item *),
		      struct irkg_feed *f)
{
	size_t cap = 0;
	xmlNode *n;

	for (n = parent->children; n != NULL; n = n->next) {
		int rc;

		if (!is_element(n, name, ns))
			continue;
		if (f->n_items == cap) {
			size_t new_cap = cap ? 2 * cap : 8;
			struct irkg_feed_item *p =
				realloc(f->items, new_cap * sizeof(*p));

			if (p == NULL)
				return IRKG_ENOMEM;
			f->items = p;
			cap = new_cap;
		}
		memset(&f->items[f->n_items], 0, sizeof(f->items[0]));
		rc = read_one(n, &f->items[f->n_items]);
		if (rc != 0) {
			item_free(&f->items[f->n_items]);
			return rc;
		}
		f->n_items++;
	}
	return 0;
}

/* ---- safety ---- */

/* Whether "<!ENTITY" occurs before the first element of `data`: the cheap
 * refusal of entity bombs before libxml2 sees them. */
static int prolog_declares_entity(const char *data, size_t length)
{
	static const char decl[] = "<!ENTITY";
	size_t i;

	for (i = 0; i + 1 < length; i++) {
		unsigned char c;

		if (data[i] != '<')
			continue;
		c = (unsigned char)data[i + 1];
		if (is_alpha(c) || c == '_' || c == ':' || c >= 0x80)
			return 0;
		if (length - i >= sizeof(decl) - 1 &&
		    memcmp(data + i, decl, sizeof(decl) - 1) == 0)
			return 1;
	}
	return 0;
}

/* Whether the parsed document's DTD declares any entity (the check that
 * also holds for encodings the byte scan cannot see through). */
static int doc_declares_entity(xmlDoc *doc)
{
	xmlDtd *dtd = doc->intSubset;
	xmlNode *n;

	if (dtd == NULL)
		return 0;
	if (dtd->entities != NULL || dtd->pentities != NULL)
		return 1;
	for (n = dtd->children; n != NULL; n = n->next)
		if (n->type == XML_ENTITY_DECL)
			return 1;
	return 0;
}

/* ---- public ---- */

static const char *find(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

int irkg_feed_is_feed(const char *data, size_t length)
{
	size_t n = length < SNIFF_MAX ? length : SNIFF_MAX, i = 0;

	if (data == NULL)
		return 0;
	if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n) {
		const char *end, *name;
		size_t name_len;

		while (i < n && is_space((unsigned char)data[i]))
			i++;
		if (i >= n || data[i] != '<')
			return 0;
		if (n - i >= 4 && memcmp(data + i, "<!--", 4) == 0) {
			end = find(data + i, n - i, "-->");
			if (end == NULL)
				return 0;
			i = (size_t)(end - data) + 3;
			continue;
		}
		if (n - i >= 2 && (data[i + 1] == '?' || data[i + 1] == '!')) {
			int depth =
				0; /* inside a DOCTYPE's [internal subset] */

			for (i++; i < n && (data[i] != '>' || depth > 0); i++)
				if (data[i] == '[')
					depth++;
				else if (data[i] == ']' && depth > 0)
					depth--;
			i++;
			continue;
		}
		/* the root element: its local name, then its start tag */
		name = data + i + 1;
		for (name_len = 0;
		     i + 1 + name_len < n &&
		     !is_space((unsigned char)name[name_len]) &&
		     name[name_len] != '>' && name[name_len] != '/';
		     name_len++)
			;
		end = memchr(name, ':', name_len);
		if (end != NULL) {
			name_len -= (size_t)(end + 1 - name);
			name = end + 1;
		}
		if (name_len == 3 && memcmp(name, "rss", 3) == 0)
			return 1;
		if (name_len != 4 || memcmp(name, "feed", 4) != 0)
			return 0;
		end = memchr(data + i, '>', n - i);
		return find(data + i, end ? (size_t)(end - (data + i)) : n - i,
			    ATOM_NS) != NULL;
	}
	return 0;
}

int irkg_feed_read(const char *data, size_t length, struct irkg_feed *out)
{
	xmlDoc *doc = NULL;
	xmlNode *root, *channel;
	struct irkg_feed f = {NULL, 0, 0};
	int rc = IRKG_EPARSE;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	if (out == NULL || data == NULL)
		return IRKG_EINVAL;
	if (length > INT_MAX || prolog_declares_entity(data, length))
		return IRKG_EPARSE;
	/* No XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE: entities stay
	 * unexpanded, no DTD is fetched, libxml2's size limits hold. */
	doc = irkg_xml_read_xml(data, (int)length,
				XML_PARSE_NONET | XML_PARSE_NOERROR |
					XML_PARSE_NOWARNING);
	if (doc == NULL || doc_declares_entity(doc))
		goto cleanup;
	root = xmlDocGetRootElement(doc);
	rc = IRKG_EUNSUPPORTED;
	if (root == NULL)
		goto cleanup;
	if (is_element(root, "feed", ATOM_NS)) {
		f.is_atom = 1;
		rc = read_items(root, "entry", ATOM_NS, atom_entry, &f);
	} else if (is_element(root, "rss", NULL)) {
		channel = child(root, "channel", NULL);
		rc = channel ? read_items(channel, "item", NULL, rss_item, &f)
			     : 0;
	} else if (xmlStrEqual(root->name, (const xmlChar *)"RDF")) {
		/* RSS 1.0: the items are siblings of the channel */
		rc = read_items(root, "item", NULL, rss_item, &f);
	}
cleanup:
	xmlFreeDoc(doc);
	if (rc != 0) {
		irkg_feed_clear(&f);
		return rc;
	}
	*out = f;
	return 0;
}

void irkg_feed_clear(struct irkg_feed *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->n_items; i++)
		item_free(&f->items[i]);
	free(f->items);
	memset(f, 0, sizeof(*f));
}
