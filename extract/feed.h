/* RSS 2.0 and Atom news feeds read into items: title, link, date and the
 * body as plain text, parsed with libxml2 without entities or DTD loading. */
#ifndef IRKG_FEED_H
#define IRKG_FEED_H

#include <stddef.h>

/* One article of a feed. The strings are malloc'd, never NULL ("" when the
 * feed gives nothing). `body` is plain text: paragraphs separated by "\n\n",
 * white space within a paragraph collapsed to single spaces. `date` is
 * "YYYY-MM-DD" as written in the feed (in its own time zone, not converted
 * to UTC), or "" when the item has no readable date. */
struct irkg_feed_item {
	char *title, *link, *body;
	char date[11];
};

/* The items of a feed in document order; `is_atom` is 1 for Atom, 0 for
 * RSS. */
struct irkg_feed {
	struct irkg_feed_item *items;
	size_t n_items;
	int is_atom;
};

/* 1 when the first element of `data` (`length` bytes, need not end in '\0')
 * is <rss>, or <feed> declaring the namespace "http://www.w3.org/2005/Atom";
 * 0 otherwise, also for NULL. Looks only at the first few kilobytes and does
 * not parse the document. */
int irkg_feed_is_feed(const char *data, size_t length);

/* Reads the feed `data` of `length` bytes into `*out`.
 * RSS: channel/item with title, link (else a permalink guid), pubDate
 * (RFC 822) or dc:date (ISO 8601), and content:encoded in preference to
 * description; either may be plain text or (escaped or CDATA) HTML.
 * Atom: entry with title, the href of link rel="alternate" (or without
 * rel), published else updated, and content else summary, of type text,
 * html or xhtml. HTML is reduced to its text, one paragraph per block
 * element (<p>, <div>, <li>, headings ...).
 * Returns 0; IRKG_EINVAL when `out` is NULL or `data` is NULL; IRKG_EPARSE
 * when the XML is not well formed, longer than INT_MAX bytes, or its DTD
 * declares any entity (billion laughs, external entities: nothing is
 * ever expanded or fetched);
 * IRKG_EUNSUPPORTED for well-formed XML that is neither RSS nor Atom;
 * IRKG_ENOMEM. On failure `*out` is zeroed and owns nothing; on success the
 * caller frees it with irkg_feed_clear. */
int irkg_feed_read(const char *data, size_t length, struct irkg_feed *out);

/* Frees the items of `f` and zeroes it; accepts NULL and a zeroed struct. */
void irkg_feed_clear(struct irkg_feed *f);

#endif
