/* Headline, published date and author of an HTML page from its meta tags,
 * JSON-LD, microdata, <time> elements and bylines. */
#include "html_meta.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "dates.h"
#include "html_util.h"

/* Meta names (name, property or itemprop) that give the published date,
 * most trusted first. */
static const char *const date_names[] = {"article:published_time",
					 "article:published",
					 "datePublished",
					 "og:published_time",
					 "pubdate",
					 "publishdate",
					 "publish-date",
					 "dc.date.issued",
					 "date",
					 "dc.date",
					 "parsely-pub-date",
					 "sailthru.date"};

/* Candidates for each field, by source; xmlChar strings from libxml2. */
struct found {
	xmlChar *og_title, *ld_headline, *title, *h1;
	xmlChar *meta_author, *ld_author, *item_author, *byline;
	/* the published date by source, most trusted first: meta tags,
	 * JSON-LD, <time datetime>, itemprop text, an element whose class
	 * says it holds the date */
	char meta_date[11], ld_date[11], time_date[11], item_date[11],
		class_date[11];
	int date_rank; /* index in date_names of meta_date's source */
	int failed;
};

/* Copies the date of a timestamp ("2019-11-19T11:00:09Z", "November 19,
 * 2019, 9:02 AM", "Tue Nov 19 2019") into `date` as YYYY-MM-DD; 1 if
 * there was one. */
static int take_date(const char *s, char date[11])
{
	struct irkg_date d;

	if (irkg_date_parse_loose(s, &d))
		return 0;
	irkg_date_format(&d, IRKG_DATE_DAY, date, 11);
	return 1;
}

/* Whether the space-separated list `value` (an itemprop, a class) has the
 * token `name`, ignoring case. */
static int has_token(const xmlChar *value, const char *name)
{
	size_t len = strlen(name);
	const char *p = (const char *)value;

	while (p && *p) {
		size_t n;

		while (irkg_html_is_space((unsigned char)*p))
			p++;
		for (n = 0; p[n] && !irkg_html_is_space((unsigned char)p[n]);
		     n++)
			;
		if (n == len && !xmlStrncasecmp((const xmlChar *)p,
						(const xmlChar *)name, (int)n))
			return 1;
		p += n;
	}
	return 0;
}

/* Whether a class names the element holding the story's own date
 * ("article-publish-date", "published_date", "byline-date", "storyDate",
 * "datetime", "date"), not an update, a calendar, a comment or a tweet. */
static int is_date_class(const xmlChar *c)
{
	static const char *const own[] = {"publish", "pub",	"byline",
					  "article", "story",	"post",
					  "entry",   "datetime"};
	static const char *const other[] = {"updat", "modif",	"calendar",
					    "tweet", "comment", "event",
					    "expir"};
	size_t i;
	int mine = has_token(c, "date");

	if (!xmlStrcasestr(c, (const xmlChar *)"date"))
		return 0;
	for (i = 0; i < sizeof(other) / sizeof(other[0]); i++)
		if (xmlStrcasestr(c, (const xmlChar *)other[i]))
			return 0;
	for (i = 0; i < sizeof(own) / sizeof(own[0]) && !mine; i++)
		mine = xmlStrcasestr(c, (const xmlChar *)own[i]) != NULL;
	return mine;
}

/* Sets `*slot` to `value` if it is still empty (else frees `value`). */
static void keep_first(xmlChar **slot, xmlChar *value)
{
	if (!*slot)
		*slot = value;
	else
		xmlFree(value);
}

/* The JSON string value of `key` at or after `p` in `json`, as a new
 * string (escapes decoded, \u sequences beyond ASCII dropped); NULL when
 * there is none.  With `name_inside`, an object or array value is searched
 * for its "name" ("author": {"@type": "Person", "name": "..."}). */
static xmlChar *json_value(const char *json, const char *key, int name_inside)
{
	size_t klen = strlen(key);
	const char *p;

	for (p = strstr(json, key); p; p = strstr(p + 1, key)) {
		const char *v = p + klen;
		xmlChar *out;
		size_t n = 0;

		if (p == json || p[-1] != '"' || *v != '"')
			continue;
		for (v++; irkg_html_is_space((unsigned char)*v); v++)
			;
		if (*v++ != ':')
			continue;
		while (irkg_html_is_space((unsigned char)*v))
			v++;
		if ((*v == '{' || *v == '[') && name_inside)
			return json_value(v, "name", 0);
		if (*v++ != '"')
			continue;
		out = xmlMalloc(strlen(v) + 1);
		if (!out)
			return NULL;
		for (; *v && *v != '"'; v++) {
			if (*v == '\\' && v[1]) {
				v++;
				if (*v == 'u') {
					v += v[1] && v[2] && v[3] && v[4] ? 4
									  : 0;
					continue;
				}
				out[n++] = *v == 'n' || *v == 't' ? ' ' : *v;
			} else {
				out[n++] = (xmlChar)*v;
			}
		}
		out[n] = '\0';
		return out;
	}
	return NULL;
}

static void scan_json_ld(xmlNode *script, struct found *m)
{
	xmlChar *json = xmlNodeGetContent(script), *v;

	if (!json)
		return;
	keep_first(&m->ld_headline,
		   json_value((const char *)json, "headline", 0));
	keep_first(&m->ld_author, json_value((const char *)json, "author", 1));
	if (!m->ld_date[0] &&
	    (v = json_value((const char *)json, "datePublished", 0))) {
		take_date((const char *)v, m->ld_date);
		xmlFree(v);
	}
	xmlFree(json);
}

static xmlChar *attr(xmlNode *node, const char *name)
{
	return xmlGetProp(node, (const xmlChar *)name);
}

/* Whether any of the keys of a meta element names the published date;
 * `rank` is set to the best-trusted name's index in date_names. */
static int names_date(xmlChar *const keys[3], int *rank)
{
	size_t i, k;

	for (i = 0; i < sizeof(date_names) / sizeof(date_names[0]); i++)
		for (k = 0; k < 3; k++)
			if (keys[k] && has_token(keys[k], date_names[i])) {
				*rank = (int)i;
				return 1;
			}
	return 0;
}

/* A meta tag (or any element with itemprop and content/datetime). Its
 * property, name and itemprop are all looked at: one page writes
 * property="article:published" itemprop="datePublished dateCreated". */
static void scan_meta(xmlNode *node, struct found *m)
{
	xmlChar *keys[3] = {attr(node, "property"), attr(node, "name"),
			    attr(node, "itemprop")};
	xmlChar *key = keys[0] ? keys[0] : keys[1] ? keys[1] : keys[2];
	xmlChar *content = key ? attr(node, "content") : NULL;
	int rank;
	char date[11];

	if (key && !content)
		content = attr(node, "datetime");
	if (content && names_date(keys, &rank) &&
	    (!m->meta_date[0] || rank < m->date_rank) &&
	    take_date((const char *)content, date)) {
		memcpy(m->meta_date, date, sizeof(date));
		m->date_rank = rank;
	}
	if (content && !xmlStrcasecmp(key, (const xmlChar *)"og:title")) {
		keep_first(&m->og_title, content);
		content = NULL;
	} else if (content &&
		   (!xmlStrcasecmp(key, (const xmlChar *)"author") ||
		    !xmlStrcasecmp(key, (const xmlChar *)"article:author")) &&
		   xmlStrncasecmp(content, (const xmlChar *)"http", 4)) {
		keep_first(&m->meta_author, content);
		content = NULL;
	}
	xmlFree(content);
	xmlFree(keys[0]);
	xmlFree(keys[1]);
	xmlFree(keys[2]);
}

/* Whether the class of `node` has the token "byline" or "author". */
static int is_byline(xmlNode *node)
{
	xmlChar *c = attr(node, "class"), *rel = attr(node, "rel");
	int found = (rel && !xmlStrcasecmp(rel, (const xmlChar *)"author")) ||
		    (c && (xmlStrcasestr(c, (const xmlChar *)"byline") ||
			   xmlStrcasestr(c, (const xmlChar *)"author-name")));

	xmlFree(c);
	xmlFree(rel);
	return found;
}

/* The date in a short element's text, or in a hidden input's value
 * (<input class="published_date" type="hidden" value="2019-11-18 ...">). */
static void short_text_date(xmlNode *node, char date[11])
{
	xmlChar *text = attr(node, "value");

	if (!text)
		text = xmlNodeGetContent(node);
	if (text && xmlStrlen(text) <= 120)
		take_date((const char *)text, date);
	xmlFree(text);
}

static void scan_element(xmlNode *node, struct found *m)
{
	xmlChar *v;

	if (irkg_html_is(node, "title")) {
		keep_first(&m->title, xmlNodeGetContent(node));
	} else if (irkg_html_is(node, "h1")) {
		keep_first(&m->h1, xmlNodeGetContent(node));
	} else if (irkg_html_is(node, "time") && !m->time_date[0]) {
		v = attr(node, "datetime");
		if (!v)
			v = xmlNodeGetContent(node);
		if (v)
			take_date((const char *)v, m->time_date);
		xmlFree(v);
	} else if (irkg_html_is(node, "script")) {
		v = attr(node, "type");
		if (v && xmlStrcasestr(v, (const xmlChar *)"ld+json"))
			scan_json_ld(node, m);
		xmlFree(v);
		return;
	}
	if (xmlHasProp(node, (const xmlChar *)"content") ||
	    xmlHasProp(node, (const xmlChar *)"datetime"))
		scan_meta(node, m);
	if ((v = attr(node, "itemprop"))) {
		if (!xmlStrcasecmp(v, (const xmlChar *)"author"))
			keep_first(&m->item_author, xmlNodeGetContent(node));
		/* <span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018 */
		if (has_token(v, "datePublished") && !m->item_date[0])
			short_text_date(node, m->item_date);
		xmlFree(v);
	}
	if (!m->class_date[0] && (v = attr(node, "class"))) {
		if (is_date_class(v))
			short_text_date(node, m->class_date);
		xmlFree(v);
	}
	if (!m->byline && is_byline(node))
		m->byline = xmlNodeGetContent(node);
}

static void scan(xmlNode *node, struct found *m)
{
	xmlNode *child;

	for (child = node->children; child; child = child->next)
		if (child->type == XML_ELEMENT_NODE) {
			scan_element(child, m);
			scan(child, m);
		}
}

/* The first of `n` candidates that is not blank, normalised; with
 * `byline`, "By " and "by " are taken off the front. */
static char *first_of(xmlChar *const *candidates, size_t n, int byline,
		      int *failed)
{
	size_t i;

	for (i = 0; i < n && !*failed; i++) {
		const char *s = (const char *)candidates[i];
		char *copy;

		if (!s)
			continue;
		while (irkg_html_is_space((unsigned char)*s))
			s++;
		if (byline && (s[0] == 'B' || s[0] == 'b') && s[1] == 'y' &&
		    irkg_html_is_space((unsigned char)s[2]))
			s += 3;
		copy = irkg_html_normalised_copy(s, failed);
		if (copy)
			return copy;
	}
	return NULL;
}

int irkg_html_meta_read(xmlDoc *doc, struct irkg_html_meta *out)
{
	struct found m;
	int failed = 0;
	size_t i;

	memset(out, 0, sizeof(*out));
	memset(&m, 0, sizeof(m));
	scan((xmlNode *)doc, &m);
	{
		xmlChar *const titles[] = {m.og_title, m.ld_headline, m.title,
					   m.h1};
		xmlChar *const authors[] = {m.meta_author, m.ld_author,
					    m.item_author, m.byline};
		xmlChar *all[] = {m.og_title,	 m.ld_headline, m.title,
				  m.h1,		 m.meta_author, m.ld_author,
				  m.item_author, m.byline};

		out->title = first_of(titles, 4, 0, &failed);
		out->author = first_of(authors, 4, 1, &failed);
		for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
			xmlFree(all[i]);
	}
	memcpy(out->date,
	       m.meta_date[0]	? m.meta_date
	       : m.ld_date[0]	? m.ld_date
	       : m.time_date[0] ? m.time_date
	       : m.item_date[0] ? m.item_date
				: m.class_date,
	       sizeof(out->date));
	if (failed) {
		free(out->title);
		free(out->author);
		memset(out, 0, sizeof(*out));
		return IRKG_ENOMEM;
	}
	return 0;
}
