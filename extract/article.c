/* Input files to articles, and articles to analysed documents. */
#define _GNU_SOURCE /* strcasestr */
#include "article.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "feed.h"
#include "html.h"
#include "pair.h"
#include "plaintext.h"

static char *dup_range(const char *s, size_t length)
{
	char *copy = malloc(length + 1);

	if (copy) {
		memcpy(copy, s, length);
		copy[length] = '\0';
	}
	return copy;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int looks_like_html(const char *data, size_t length, const char *name)
{
	size_t i = 0;

	if (name && (ends_with(name, ".html") || ends_with(name, ".htm") ||
		     ends_with(name, ".xhtml")))
		return 1;
	if (length >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		i = 3; /* UTF-8 byte order mark */
	while (i < length && (data[i] == ' ' || data[i] == '\t' ||
			      data[i] == '\r' || data[i] == '\n'))
		i++;
	return i < length && data[i] == '<';
}

static int read_text(const char *data, size_t length, struct irkg_article *a)
{
	struct irkg_plaintext p;
	int rc = irkg_plaintext_read(data, length, &p);

	if (rc)
		return rc;
	a->format = IRKG_FORMAT_TEXT;
	memcpy(a->date, p.date, sizeof(a->date));
	rc = IRKG_ENOMEM;
	a->body_offset = p.body.start;
	/* The dateline's place is news ("SEOUL, Nov 18"): read it too. */
	if (p.dateline.end > p.dateline.start &&
	    p.dateline.start <= p.body.start) {
		a->body_offset = p.dateline.start;
		a->dateline_length = p.dateline.end - p.dateline.start;
	}
	a->body_length = p.body.end - a->body_offset;
	a->body = dup_range(data + a->body_offset, a->body_length);
	if (!a->body)
		goto done;
	if (p.headline.end > p.headline.start &&
	    !(a->title = dup_range(data + p.headline.start,
				   p.headline.end - p.headline.start)))
		goto done;
	if (p.source.end > p.source.start &&
	    !(a->source = dup_range(data + p.source.start,
				    p.source.end - p.source.start)))
		goto done;
	rc = IRKG_OK;
done:
	irkg_plaintext_clear(&p);
	return rc;
}

static int read_html(const char *data, size_t length, struct irkg_article *a,
		     const char **why)
{
	struct irkg_html_article h;
	int rc = irkg_html_read(data, length, &h);

	if (rc)
		return rc;
	a->format = IRKG_FORMAT_HTML;
	*why = h.why;
	memcpy(a->date, h.date, sizeof(a->date));
	a->title = h.title;
	a->body = h.text;
	a->body_length = h.text ? strlen(h.text) : 0;
	h.title = h.text = NULL;
	irkg_html_article_clear(&h);
	return IRKG_OK;
}

/* The length of the valid UTF-8 sequence at s[0..n), or 0. */
static size_t utf8_valid_at(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0) ||
	    (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] >= 0x90))
		return 0;
	return len;
}

/* Binary data rather than text: a NUL byte, or many control bytes or
 * invalid UTF-8 sequences, in the first 64 KiB. Text in a legacy 8-bit
 * encoding has a few invalid sequences and is still read. */
static int looks_binary(const char *data, size_t length)
{
	const unsigned char *s = (const unsigned char *)data;
	size_t n = length < 65536 ? length : 65536, i, len, control = 0,
	       invalid = 0;

	for (i = 0; i < n; i += len ? len : 1) {
		len = utf8_valid_at(s + i, n - i);
		if (len == 1 && s[i] == 0)
			return 1;
		if (len == 1 && s[i] < 0x20 && !strchr("\t\n\r\f\v", s[i]))
			control++;
		/* a sequence cut by the 64 KiB window is not held against it */
		invalid += !len && n - i >= 4;
	}
	return control * 20 > n || invalid * 4 > n;
}

/* Replace each invalid byte of the body by U+FFFD (EF BF BD). */
static int make_valid_utf8(struct irkg_article *a)
{
	const unsigned char *s = (const unsigned char *)a->body;
	size_t i, bad = 0, len;
	char *fixed, *p;

	for (i = 0; i < a->body_length; i += len ? len : 1) {
		len = utf8_valid_at(s + i, a->body_length - i);
		bad += !len;
	}
	if (!bad)
		return IRKG_OK;
	fixed = malloc(a->body_length + 2 * bad + 1);
	if (!fixed)
		return IRKG_ENOMEM;
	for (i = 0, p = fixed; i < a->body_length; i += len ? len : 1) {
		len = utf8_valid_at(s + i, a->body_length - i);
		if (len) {
			memcpy(p, s + i, len);
			p += len;
		} else {
			memcpy(p, "\xef\xbf\xbd", 3);
			p += 3;
		}
	}
	*p = '\0';
	free(a->body);
	a->body = fixed;
	a->body_length = (size_t)(p - fixed);
	a->bad_bytes = bad;
	return IRKG_OK;
}

void irkg_articles_free(struct irkg_article *articles, size_t count)
{
	size_t i;

	for (i = 0; articles && i < count; i++) {
		free(articles[i].title);
		free(articles[i].source);
		free(articles[i].url);
		free(articles[i].body);
	}
	free(articles);
}

/* A feed item that sells something rather than reports: two or more of
 * the phrases of subscription offers in its title and text, a link to a
 * subscription or promotion page counting as one. */
static int is_promotion(const struct irkg_feed_item *it)
{
	static const char *const cues[] = {
		"subscribe",	    "newsletter",   "sign up",
		"free trial",	    "percent off",  "% off",
		"cancel anytime",   "your inbox",   "promo code",
		"special offer",    "try it free",  "free for",
		"unlimited access", "subscription", "subscribers get",
		"upgrade to",	    "ad-free",	    "days free",
		"days are on us",   "month free",   "months free"};
	static const char *const pages[] = {"promo",  "subscribe", "premium",
					    "/offer", "/pro?",	   "/plus?"};
	const char *texts[2] = {it->title, it->body};
	size_t i, k, hits = 0;

	for (i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
		for (k = 0; k < 2; k++)
			if (texts[k] && strcasestr(texts[k], cues[i])) {
				hits++;
				break;
			}
	for (i = 0; it->link && i < sizeof(pages) / sizeof(pages[0]); i++)
		if (strcasestr(it->link, pages[i])) {
			hits++;
			break;
		}
	return hits >= 2;
}

static int read_feed(const char *data, size_t length, struct irkg_article **out,
		     size_t *count)
{
	struct irkg_feed feed;
	struct irkg_article *list;
	size_t i, n = 0;
	int rc = irkg_feed_read(data, length, &feed);

	if (rc)
		return rc;
	list = calloc(feed.n_items ? feed.n_items : 1, sizeof(*list));
	if (!list) {
		irkg_feed_clear(&feed);
		return IRKG_ENOMEM;
	}
	for (i = 0; i < feed.n_items; i++) {
		struct irkg_feed_item *it = &feed.items[i];
		struct irkg_article *a = &list[n];

		if (!*it->body || is_promotion(it))
			continue;
		a->format = IRKG_FORMAT_FEED;
		memcpy(a->date, it->date, sizeof(a->date));
		a->body = it->body;
		a->body_length = strlen(it->body);
		it->body = NULL;
		if (*it->title) {
			a->title = it->title;
			it->title = NULL;
		}
		if (*it->link) {
			a->url = it->link;
			it->link = NULL;
		}
		n++;
	}
	irkg_feed_clear(&feed);
	if (!n) {
		free(list);
		list = NULL;
	}
	*out = list;
	*count = n;
	return IRKG_OK;
}

int irkg_articles_read(const char *data, size_t length, const char *name,
		       struct irkg_article **out, size_t *count)
{
	return irkg_articles_read_why(data, length, name, out, count, NULL);
}

int irkg_articles_read_why(const char *data, size_t length, const char *name,
			   struct irkg_article **out, size_t *count,
			   const char **why)
{
	struct irkg_article *a;
	const char *reason = NULL;
	int rc;

	if (why)
		*why = NULL;
	if (out)
		*out = NULL;
	if (count)
		*count = 0;
	if (!out || !count || (!data && length))
		return IRKG_EINVAL;
	if (length > INT_MAX)
		return IRKG_EUNSUPPORTED;
	if (looks_binary(data, length))
		return IRKG_ENOTTEXT;
	if (irkg_feed_is_feed(data, length)) {
		size_t i;

		rc = read_feed(data, length, out, count);
		for (i = 0; !rc && i < *count; i++)
			rc = make_valid_utf8(&(*out)[i]);
		if (rc) {
			irkg_articles_free(*out, *count);
			*out = NULL;
			*count = 0;
		} else if (!*count && why) {
			*why = "no item of the feed has text";
		}
		return rc;
	}
	a = calloc(1, sizeof(*a));
	if (!a)
		return IRKG_ENOMEM;
	rc = looks_like_html(data, length, name)
		     ? read_html(data, length, a, &reason)
		     : read_text(data, length, a);
	if (!rc)
		rc = make_valid_utf8(a);
	if (rc || !a->body_length) {
		irkg_articles_free(a, 1);
		if (!rc && why)
			*why = length == 0 ? "it is empty"
			       : reason	   ? reason
					   : "nothing in it reads as prose";
		return rc;
	}
	*out = a;
	*count = 1;
	return IRKG_OK;
}

void irkg_document_clear(struct irkg_document *doc)
{
	if (!doc)
		return;
	irkg_text_free(doc->text);
	irkg_mentions_free(doc->mentions);
	free(doc->dates);
	memset(doc, 0, sizeof(*doc));
}

static int find_dates(struct irkg_document *doc)
{
	const struct irkg_sentence *s;
	const struct irkg_token *tokens;
	const char *norm = irkg_text_norm(doc->text);
	size_t n_sentences, n_tokens, i, cap = 0;
	struct irkg_date_mention found[16];
	/* the last date told, and its sentence: what "that month" means,
	 * when it was told in that sentence or the two before */
	struct irkg_date_mention last = {0};
	size_t last_sentence = 0;

	s = irkg_text_sentences(doc->text, &n_sentences);
	tokens = irkg_text_tokens(doc->text, &n_tokens);
	for (i = 0; i < n_sentences; i++) {
		size_t n = irkg_dates_find(
			norm, tokens + s[i].first_token, s[i].n_tokens,
			doc->published.year ? &doc->published : NULL, found,
			16);
		size_t k;

		for (k = 0; k < n && k < 16; k++) {
			if (found[k].refers_back != IRKG_DATE_NONE &&
			    last.precision != IRKG_DATE_NONE &&
			    i <= last_sentence + 2)
				irkg_date_refer_back(&found[k], &last);
			if (found[k].precision != IRKG_DATE_NONE) {
				last = found[k];
				last_sentence = i;
			}
			if (doc->n_dates == cap) {
				size_t c = cap ? 2 * cap : 16;
				struct irkg_dated *grown =
					realloc(doc->dates, c * sizeof(*grown));

				if (!grown)
					return IRKG_ENOMEM;
				doc->dates = grown;
				cap = c;
			}
			doc->dates[doc->n_dates].sentence = i;
			doc->dates[doc->n_dates].mention = found[k];
			doc->dates[doc->n_dates].mention.first_token +=
				s[i].first_token;
			doc->n_dates++;
		}
	}
	return IRKG_OK;
}

int irkg_document_analyse(const irkg_gazetteer *g, const irkg_lexicon *lexicon,
			  const struct irkg_article *a,
			  struct irkg_document *doc)
{
	int rc;

	if (!doc)
		return IRKG_EINVAL;
	memset(doc, 0, sizeof(*doc));
	if (!g || !lexicon || !a || (!a->body && a->body_length))
		return IRKG_EINVAL;
	doc->article = a;
	if (a->date[0] && irkg_date_parse_iso(a->date, &doc->published) != 0)
		memset(&doc->published, 0, sizeof(doc->published));
	rc = irkg_text_new(&doc->text, a->body ? a->body : "", a->body_length);
	/* "India-Pakistan talks": two names, before they are looked for */
	if (!rc)
		rc = irkg_pairs_split(g, doc->text, a->body ? a->body : "",
				      a->body_length);
	if (!rc)
		rc = irkg_mentions_find(g, lexicon, doc->text, a->date,
					a->dateline_length, &doc->mentions);
	if (!rc)
		rc = find_dates(doc);
	if (rc)
		irkg_document_clear(doc);
	return rc;
}
