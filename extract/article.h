/* An input file read into articles (one for a text file or HTML page, one
 * per item of a feed), and an article analysed into sentences, mentions and
 * dates: the document the event extractor and the graph writer work on. */
#ifndef IRKG_ARTICLE_H
#define IRKG_ARTICLE_H

#include <stddef.h>

#include "dates.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "mention.h"
#include "text.h"

enum irkg_article_format {
	IRKG_FORMAT_TEXT,
	IRKG_FORMAT_HTML,
	IRKG_FORMAT_FEED
};

struct irkg_article {
	enum irkg_article_format format;
	char *title;	    /* malloc'd, or NULL */
	char *source;	    /* the outlet, or NULL */
	char *url;	    /* a feed item's link, or NULL */
	char date[11];	    /* "YYYY-MM-DD", or "" when the input gives none */
	char *body;	    /* the text analysed: paragraphs separated by blank
			     * lines; malloc'd, NUL-terminated */
	size_t body_length; /* bytes, without the NUL */
	size_t body_offset; /* TEXT: where the body starts in the input */
	size_t dateline_length; /* the body's first bytes that are a dateline
				 * ("TOKYO, March 3 (Reuters) -"), or 0 */
	size_t bad_bytes; /* invalid UTF-8 bytes of the body, each replaced
			   * by U+FFFD in `body` */
};

/* Read `length` bytes of `data` into articles. The format is a feed when
 * the first element is <rss>, <feed> or <rdf:RDF>; HTML when `name` ends in
 * .html/.htm/.xhtml or the data starts with '<'; otherwise plain text.
 * Articles whose body is empty are left out. Invalid UTF-8 in a body is
 * replaced (and counted in bad_bytes), so that the body is valid UTF-8. On
 * success *out (NULL when there are none) and *count belong to the caller
 * (irkg_articles_free). Returns 0, IRKG_EINVAL, IRKG_EPARSE (a feed or page
 * that cannot be read: no body paragraph, malformed XML), IRKG_EUNSUPPORTED
 * (over 2 GiB) or IRKG_ENOMEM. */
int irkg_articles_read(const char *data, size_t length, const char *name,
		       struct irkg_article **out, size_t *count);

/* irkg_articles_read, and when it returns 0 with no article, `*why` (if
 * `why` is not NULL) set to a static phrase saying why no article text was
 * found ("all its text is navigation, links or page furniture"); NULL
 * otherwise. */
int irkg_articles_read_why(const char *data, size_t length, const char *name,
			   struct irkg_article **out, size_t *count,
			   const char **why);

void irkg_articles_free(struct irkg_article *articles, size_t count);

/* A date expression and the sentence it is in. */
struct irkg_dated {
	size_t sentence;
	struct irkg_date_mention mention; /* tokens are absolute indexes */
};

/* An analysed article. */
struct irkg_document {
	const struct irkg_article *article; /* borrowed */
	irkg_text *text;
	irkg_mentions *mentions;
	struct irkg_dated *dates;
	size_t n_dates;
	struct irkg_date published; /* zero when the article has no date */
};

/* Analyse `a` with the gazetteer `g` (persons resolved on the article's
 * date) and the words the mention rules test (`lexicon`,
 * irkg_patterns_lexicon). `doc` borrows `a` and `g`, which must outlive
 * it. Returns 0, IRKG_EINVAL or IRKG_ENOMEM; on failure `doc` is zeroed. */
int irkg_document_analyse(const irkg_gazetteer *g, const irkg_lexicon *lexicon,
			  const struct irkg_article *a,
			  struct irkg_document *doc);

/* Free what `doc` owns and zero it; accepts a zeroed document. */
void irkg_document_clear(struct irkg_document *doc);

#endif
