/* Headline, published date and author of an HTML page from its meta tags,
 * JSON-LD, microdata, <time> elements and bylines. */
#include "html_meta.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "html_util.h"

/* Meta names (name, property or itemprop) that give the published date,
 * most trusted first. */
static const char *const date_names[] = {"article:published_time",
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
	char meta_date[11], ld_date[11], time_date[11];
	int date_rank; /* index in date_names of meta_date's source */
	int failed;
};

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

/* A meta tag (or any element with itemprop and content/datetime). */
static void scan_meta(xmlNode *node, struct found *m)
{
	xmlChar *key = attr(node, "property"), *content;
	size_t i;

	if (!key)
		key = attr(node, "name");
	if (!key)
		key = attr(node, "itemprop");
	content = key ? attr(node, "content") : NULL;
	if (key && !content)
		content = attr(node, "datetime");
	if (!content) {
		xmlFree(key);
		return;
	}
	for (i = 0; i < sizeof(date_names) / sizeof(date_names[0]); i++)
		if (!xmlStrcasecmp(key, (const xmlChar *)date_names[i]) &&
		    (!m->meta_date[0] || (int)i < m->date_rank) &&
		    take_date((const char *)content, m->meta_date))
			m->date_rank = (int)i;
	if (!xmlStrcasecmp(key, (const xmlChar *)"og:title")) {
		keep_first(&m->og_title, content);
		content = NULL;
	} else if ((!xmlStrcasecmp(key, (const xmlChar *)"author") ||
		    !xmlStrcasecmp(key, (const xmlChar *)"article:author")) &&
		   xmlStrncasecmp(content, (const xmlChar *)"http", 4)) {
		keep_first(&m->meta_author, content);
		content = NULL;
	}
	xmlFree(content);
	xmlFree(key);
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

static void scan_element(xmlNode *node, struct found *m)
{
	xmlChar *v;

	if (irkg_html_is(node, "title")) {
		keep_first(&m->title, xmlNodeGetContent(node));
	} else if (irkg_html_is(node, "h1")) {
		keep_first(&m->h1, xmlNodeGetContent(node));
	} else if (irkg_html_is(node, "time") && !m->time_date[0] &&
		   (v = attr(node, "datetime"))) {
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
	       m.meta_date[0] ? m.meta_date
	       : m.ld_date[0] ? m.ld_date
			      : m.time_date,
	       sizeof(out->date));
	if (failed) {
		free(out->title);
		free(out->author);
		memset(out, 0, sizeof(*out));
		return IRKG_ENOMEM;
	}
	return 0;
}
