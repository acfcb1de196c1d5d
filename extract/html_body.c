/* Finds the block of an HTML page that holds the article and reads it into
 * paragraphs: text density, link density and class/id tokens over every
 * block element. */
#include "html_body.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

/* A run of inline text shorter than this (in non-space bytes, links left
 * out) counts as prose only when punctuated like a sentence: labels,
 * dates and buttons are short and bare. */
#define RUN_SHORT 20
/* itemprop="articleBody" or <article> is taken for the body when it holds
 * at least 1/HINT_SHARE of the best block's prose: a page's own markup
 * is a better guide than density when a listing of teasers below the story
 * is prose too. */
#define HINT_SHARE 3

/* Class, id or role tokens (lower case) of page furniture; two adjacent
 * tokens are also tried joined ("most-read" as "mostread"). */
static const char *const furniture_words[] = {"ad",
					      "ads",
					      "adv",
					      "advert",
					      "advertisement",
					      "advertising",
					      "adverts",
					      "author",
					      "banner",
					      "bio",
					      "breadcrumb",
					      "breadcrumbs",
					      "btn",
					      "button",
					      "byline",
					      "caption",
					      "comment",
					      "comments",
					      "complementary",
					      "consent",
					      "contentinfo",
					      "cookie",
					      "cookies",
					      "credit",
					      "credits",
					      "date",
					      "disqus",
					      "footer",
					      "gdpr",
					      "header",
					      "login",
					      "masthead",
					      "menu",
					      "meta",
					      "modal",
					      "mostpopular",
					      "mostread",
					      "nav",
					      "navbar",
					      "navigation",
					      "newsletter",
					      "newsletters",
					      "outbrain",
					      "pager",
					      "pagination",
					      "popular",
					      "popup",
					      "promo",
					      "promos",
					      "promoted",
					      "readmore",
					      "recommend",
					      "recommended",
					      "related",
					      "replies",
					      "share",
					      "sharebar",
					      "shares",
					      "sharing",
					      "sidebar",
					      "signup",
					      "skyscraper",
					      "social",
					      "sourceline",
					      "sponsor",
					      "sponsored",
					      "subnav",
					      "subscribe",
					      "subscription",
					      "taboola",
					      "tags",
					      "timestamp",
					      "toolbar",
					      "tools",
					      "topnav",
					      "trending",
					      "widget",
					      "widgets"};

/* Elements whose content is furniture wherever they are. */
static const char *const furniture_elements[] = {
	"nav",	  "aside", "footer", "header",	 "figure", "figcaption",
	"button", "input", "select", "textarea", "iframe", "svg",
	"canvas", "video", "audio",  "object",	 "embed",  "dialog",
	"head",	  "title", "label"};

/* Elements that end a paragraph: a run of inline text stops at them. */
static const char *const block_elements[] = {
	"address", "article", "aside",	  "blockquote", "body",	  "br",
	"caption", "center",  "dd",	  "details",	"dialog", "div",
	"dl",	   "dt",      "fieldset", "figcaption", "figure", "footer",
	"form",	   "h1",      "h2",	  "h3",		"h4",	  "h5",
	"h6",	   "header",  "hgroup",	  "hr",		"html",	  "li",
	"main",	   "nav",     "ol",	  "p",		"pre",	  "section",
	"summary", "table",   "tbody",	  "td",		"tfoot",  "th",
	"thead",   "tr",      "ul"};

/* Elements that may hold the whole story. */
static const char *const candidate_elements[] = {
	"div", "section", "article", "main",   "body",
	"td",  "form",	  "table",   "center", "tbody"};

/* What the finder knows of one element. */
struct info {
	xmlNode *node;
	size_t text;  /* visible non-space bytes below, furniture included */
	size_t links; /* of which inside <a> */
	size_t prose; /* prose weight of the runs below, furniture left out */
	size_t all_prose;	/* the same with furniture */
	unsigned seen : 1;	/* reached outside furniture */
	unsigned furniture : 1; /* page furniture (seen, not entered) */
};

struct finder {
	struct info *info; /* node->_private is an index into it, plus 1 */
	size_t n, cap;
	size_t page_text, page_prose;
	int failed;
	xmlNode *item_body; /* itemprop="articleBody" with the most prose */
	xmlNode *article;   /* the <article> with the most prose */
};

/* Text, link text and prose below an element. */
struct tally {
	size_t text, links, prose;
};

/* The run of inline text being read. */
struct run {
	size_t chars, links;
	int in_link, punctuated;
};

static int is_one_of(const xmlNode *node, const char *const *names, size_t n)
{
	size_t i;

	if (node->type != XML_ELEMENT_NODE)
		return 0;
	for (i = 0; i < n; i++)
		if (xmlStrcasecmp(node->name, (const xmlChar *)names[i]) == 0)
			return 1;
	return 0;
}

#define IS_ONE_OF(node, list)                                                  \
	is_one_of(node, list, sizeof(list) / sizeof(list[0]))

static struct info *info_of(const struct finder *f, const xmlNode *node)
{
	uintptr_t i = (uintptr_t)node->_private;

	return i && i <= f->n && f->info[i - 1].node == node ? &f->info[i - 1]
							     : NULL;
}

/* Non-space bytes of `s`; sets `*punctuated` when it has sentence
 * punctuation (Latin or CJK). */
static size_t visible_bytes(const xmlChar *s, int *punctuated)
{
	size_t n = 0;

	for (; s && *s; s++) {
		n += !irkg_html_is_space(*s);
		if (*s == '.' || *s == ',' || *s == '!' || *s == '?' ||
		    *s == ';' ||
		    (s[0] == 0xe3 && s[1] == 0x80 &&
		     (s[2] == 0x81 || s[2] == 0x82)) ||
		    (s[0] == 0xef && s[1] == 0xbc && s[2] == 0x8c))
			*punctuated = 1;
	}
	return n;
}

/* Ends the run: its weight as prose. */
static size_t run_end(struct run *r)
{
	size_t own = r->chars - r->links, weight = 0;

	if (r->links * 2 <= r->chars && (own >= RUN_SHORT || r->punctuated))
		weight = own;
	r->chars = r->links = 0;
	r->punctuated = 0;
	return weight;
}

/* Adds the text of the text node `node` to the run. */
static size_t run_add(struct run *run, const xmlNode *node)
{
	size_t n = visible_bytes(node->content, &run->punctuated);

	run->chars += n;
	if (run->in_link)
		run->links += n;
	return n;
}

/* Gives every element below `node` an info slot with its text, link text
 * and prose (furniture included), and adds them to `up`. */
static void count(struct finder *f, xmlNode *node, struct run *run,
		  struct tally *up)
{
	struct tally t = {0, 0, 0};
	int block;
	size_t i;
	xmlNode *child;

	if (irkg_html_is_text(node)) {
		size_t n = run_add(run, node);

		up->text += n;
		up->links += run->in_link ? n : 0;
		return;
	}
	if (node->type != XML_ELEMENT_NODE || irkg_html_is_hidden(node) ||
	    irkg_html_is(node, "head") || f->failed)
		return;
	if (f->n == f->cap) {
		size_t cap = f->cap ? 2 * f->cap : 256;
		struct info *grown = realloc(f->info, cap * sizeof(*grown));

		if (!grown) {
			f->failed = 1;
			return;
		}
		f->info = grown;
		f->cap = cap;
	}
	i = f->n++;
	memset(&f->info[i], 0, sizeof(f->info[i]));
	f->info[i].node = node;
	node->_private = (void *)(uintptr_t)(i + 1);
	block = IS_ONE_OF(node, block_elements);
	if (block)
		up->prose += run_end(run);
	run->in_link += irkg_html_is(node, "a");
	for (child = node->children; child; child = child->next)
		count(f, child, run, &t);
	run->in_link -= irkg_html_is(node, "a");
	if (block)
		t.prose += run_end(run);
	f->info[i].text = t.text;
	f->info[i].links = t.links;
	f->info[i].all_prose = t.prose;
	up->text += t.text;
	up->links += t.links;
	up->prose += t.prose;
}

static int compare_word(const void *key, const void *member)
{
	return strcmp(key, *(const char *const *)member);
}

/* furniture_words is sorted (a test keeps it so): a binary search */
static int is_word(const char *token)
{
	return bsearch(token, furniture_words,
		       sizeof(furniture_words) / sizeof(furniture_words[0]),
		       sizeof(furniture_words[0]), compare_word) != NULL;
}

/* ASCII classes: irkg never calls setlocale, so <ctype.h> is the C
 * locale's. */
static int is_alnum(char c)
{
	return isalnum((unsigned char)c);
}

/* Whether the attribute value `s` has a furniture word as a token: tokens
 * are split at anything but ASCII letters and digits and where a lower-case
 * letter meets an upper-case one ("relatedLinks"). */
static int names_furniture(const char *s)
{
	char token[32], prev[32] = "", joined[64];
	size_t n;

	while (*s) {
		/* tokens join within a class name, not across names */
		for (; *s && !is_alnum(*s); s++)
			if (irkg_html_is_space((unsigned char)*s))
				prev[0] = '\0';
		for (n = 0; is_alnum(*s); s++) {
			if (n > 0 && isupper((unsigned char)*s) &&
			    islower((unsigned char)s[-1]))
				break;
			if (n < sizeof(token) - 1)
				token[n++] = (char)tolower((unsigned char)*s);
		}
		token[n] = '\0';
		if (!n)
			continue;
		if (is_word(token))
			return 1;
		if (prev[0] &&
		    (size_t)snprintf(joined, sizeof(joined), "%s%s", prev,
				     token) < sizeof(joined) &&
		    is_word(joined))
			return 1;
		memcpy(prev, token, n + 1);
	}
	return 0;
}

static int attr_names_furniture(xmlNode *node, const char *name)
{
	xmlChar *value = xmlGetProp(node, (const xmlChar *)name);
	int found = value && names_furniture((const char *)value);

	xmlFree(value);
	return found;
}

/* Whether `node` is hidden by its attributes (hidden, aria-hidden,
 * display:none). */
static int hidden_by_attributes(xmlNode *node)
{
	xmlChar *v;
	int hidden = xmlHasProp(node, (const xmlChar *)"hidden") != NULL;

	if (!hidden && (v = xmlGetProp(node, (const xmlChar *)"aria-hidden"))) {
		hidden = xmlStrcasecmp(v, (const xmlChar *)"true") == 0;
		xmlFree(v);
	}
	if (!hidden && (v = xmlGetProp(node, (const xmlChar *)"style"))) {
		xmlChar *p =
			(xmlChar *)xmlStrcasestr(v, (const xmlChar *)"display");

		if (p) {
			p += 7;
			while (*p == ' ' || *p == ':')
				p++;
			hidden = xmlStrncasecmp(p, (const xmlChar *)"none",
						4) == 0;
		}
		xmlFree(v);
	}
	return hidden;
}

/* Whether nothing inside `node` belongs to the story. */
static int is_furniture(const struct finder *f, xmlNode *node,
			const struct info *in)
{
	if (IS_ONE_OF(node, furniture_elements))
		return 1;
	/* The element around the page, or around most of its prose, is never
	 * furniture, whatever its class says ("page subType-unsubscribed",
	 * "post author-jane category-share", a page-wide <form>). */
	if (irkg_html_is(node, "html") || irkg_html_is(node, "body") ||
	    in->text * 2 > f->page_text || in->all_prose * 2 > f->page_prose)
		return 0;
	return irkg_html_is(node, "form") || hidden_by_attributes(node) ||
	       attr_names_furniture(node, "class") ||
	       attr_names_furniture(node, "id") ||
	       attr_names_furniture(node, "role");
}

/* Keeps in `*slot` whichever of it and `node` has more prose. */
static void keep_most_prose(const struct finder *f, xmlNode **slot,
			    xmlNode *node)
{
	if (!*slot || info_of(f, *slot)->prose < info_of(f, node)->prose)
		*slot = node;
}

static void note_hints(struct finder *f, xmlNode *node)
{
	xmlChar *prop = xmlGetProp(node, (const xmlChar *)"itemprop");

	if (prop && xmlStrcasestr(prop, (const xmlChar *)"articleBody"))
		keep_most_prose(f, &f->item_body, node);
	xmlFree(prop);
	if (irkg_html_is(node, "article"))
		keep_most_prose(f, &f->article, node);
}

/* Marks furniture and sums prose below `node`, reading inline text into
 * `run`; returns the prose of the runs ended below `node`. */
static size_t prose(struct finder *f, xmlNode *node, struct run *run)
{
	struct info *in;
	size_t before = 0, weight = 0;
	int block;
	xmlNode *child;

	if (irkg_html_is_text(node)) {
		run_add(run, node);
		return 0;
	}
	if (node->type != XML_ELEMENT_NODE || !(in = info_of(f, node)))
		return 0;
	block = IS_ONE_OF(node, block_elements);
	if (block)
		before = run_end(run);
	in->seen = 1;
	if (is_furniture(f, node, in)) {
		in->furniture = 1;
		return before;
	}
	run->in_link += irkg_html_is(node, "a");
	for (child = node->children; child; child = child->next)
		weight += prose(f, child, run);
	run->in_link -= irkg_html_is(node, "a");
	if (block)
		weight += run_end(run);
	/* info_of again: the array does not move here, but stay honest */
	in = info_of(f, node);
	in->prose = weight;
	if (weight > 0)
		note_hints(f, node);
	return before + weight;
}

static double density(const struct info *in)
{
	return in->text ? (double)in->prose * (double)in->prose /
				  (double)in->text
			: 0;
}

/* The element holding the story, or NULL. */
static xmlNode *choose(const struct finder *f)
{
	const struct info *best = NULL, *hint = NULL;
	size_t i;

	for (i = 0; i < f->n; i++) {
		const struct info *in = &f->info[i];

		if (!in->seen || in->furniture || !in->prose ||
		    !IS_ONE_OF(in->node, candidate_elements))
			continue;
		if (!best || density(in) > density(best))
			best = in;
	}
	if (f->item_body)
		hint = info_of(f, f->item_body);
	if ((!hint || !best || hint->prose * HINT_SHARE < best->prose) &&
	    f->article)
		hint = info_of(f, f->article);
	if (hint && (!best || hint->prose * HINT_SHARE >= best->prose))
		return hint->node;
	return best ? best->node : NULL;
}

/* Paragraphs being written. */
struct writer {
	struct irkg_html_buf *text;
	struct irkg_html_buf para;
	int pending;
	size_t n;
	size_t body_prose; /* of the element the body is read from */
	int in_time;	   /* depth of <time> elements */
	size_t not_time;   /* visible bytes of the paragraph outside <time> */
};

static void end_paragraph(struct writer *w)
{
	size_t n = irkg_html_buf_len(&w->para);

	/* a date standing alone ("June 25, 2025, 5:42 p.m.") is a dateline
	 * of the page, not a paragraph of the story */
	if (w->para.failed)
		w->text->failed = 1;
	else if (n > 0 && w->not_time > 0) {
		if (w->n > 0)
			irkg_html_buf_add(w->text, "\n\n", 2);
		irkg_html_buf_add(w->text,
				  (const char *)xmlBufferContent(w->para.b), n);
		w->n++;
	}
	if (w->para.b)
		xmlBufferEmpty(w->para.b);
	w->pending = 0;
	w->not_time = 0;
}

/* Whether the block `in` is a list of links inside a body with `prose`:
 * mostly link text, and little of the body's prose (a block around the
 * story can hold many links too). */
static int is_link_list(const struct info *in, size_t prose)
{
	return in->links * 2 > in->text && in->prose * 4 < prose;
}

static void write_text(const struct finder *f, xmlNode *node, struct writer *w,
		       int top)
{
	const struct info *in;
	xmlNode *child;
	int block;

	if (irkg_html_is_text(node)) {
		int punctuated = 0;

		if (!w->in_time)
			w->not_time +=
				visible_bytes(node->content, &punctuated);
		if (node->content)
			irkg_html_buf_add_normalised(
				&w->para, (const char *)node->content,
				&w->pending);
		return;
	}
	if (node->type != XML_ELEMENT_NODE || !(in = info_of(f, node)))
		return;
	block = IS_ONE_OF(node, block_elements);
	if (block)
		end_paragraph(w);
	if (in->furniture ||
	    (!top && block &&
	     (is_link_list(in, w->body_prose) || irkg_html_is(node, "h1"))))
		return;
	w->in_time += irkg_html_is(node, "time");
	for (child = node->children; child; child = child->next)
		write_text(f, child, w, 0);
	w->in_time -= irkg_html_is(node, "time");
	if (block)
		end_paragraph(w);
}

int irkg_html_body_find(xmlNode *root, struct irkg_html_buf *text,
			size_t *n_paragraphs, const char **why)
{
	struct finder f;
	struct run run = {0, 0, 0, 0};
	struct writer w = {text, {NULL, 0}, 0, 0, 0, 0, 0};
	xmlNode *body;
	struct tally page = {0, 0, 0};
	size_t i;

	memset(&f, 0, sizeof(f));
	*n_paragraphs = 0;
	*why = NULL;
	count(&f, root, &run, &page);
	run_end(&run);
	f.page_text = page.text;
	f.page_prose = page.prose;
	if (!f.failed)
		prose(&f, root, &run);
	body = f.failed ? NULL : choose(&f);
	if (body) {
		w.body_prose = info_of(&f, body)->prose;
		write_text(&f, body, &w, 1);
	}
	end_paragraph(&w);
	xmlBufferFree(w.para.b);
	for (i = 0; i < f.n; i++)
		f.info[i].node->_private = NULL;
	free(f.info);
	if (f.failed || text->failed)
		return IRKG_ENOMEM;
	*n_paragraphs = w.n;
	if (!w.n)
		*why = f.page_text == 0 ? "the page shows no text"
					: "all its text is navigation, links "
					  "or page furniture";
	return 0;
}
