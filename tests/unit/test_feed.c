/* Unit tests for extract/feed: RSS and Atom items, hostile XML, sniffing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "../../extract/feed.h"
#include "../../common/error.h"
#include "testutil_core.h"

/* What one item should give (NULL: not checked). */
struct want_item {
	const char *title, *link, *date, *body;
};

/* One feed written here and the items it should give. */
struct feed_case {
	const char *name;
	const char *xml;
	int is_atom;
	size_t n_items;
	struct want_item items[4];
};

static const struct feed_case feed_cases[] = {
	{"rss: dates, CDATA and escaped HTML, content:encoded",
	 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	 "<rss version=\"2.0\" "
	 "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
	 "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
	 "xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
	 "<channel><title>Harbour Gazette</title>\n"
	 "<link>https://gazette.example/</link>\n"
	 "<atom:link href=\"https://gazette.example/rss\" rel=\"self\"/>\n"
	 "<item>\n"
	 "  <title>Ferry   service\n resumes</title>\n"
	 "  <link> https://gazette.example/ferry </link>\n"
	 "  <pubDate>Wed, 05 May 2021 17:30:00 +0000</pubDate>\n"
	 "  <description><![CDATA[<p>The island ferry sailed again "
	 "<b>on Wednesday</b>.</p>\n<p>Crews had  been on strike "
	 "for a week.</p><script>var x = 1;</script>]]></description>\n"
	 "</item>\n"
	 "<item>\n"
	 "  <title>Bridge tolls to rise</title>\n"
	 "  <link>https://gazette.example/tolls</link>\n"
	 "  <pubDate>1 Feb 22 08:00 GMT</pubDate>\n"
	 "  <description>&lt;p&gt;Tolls go up &amp;amp; "
	 "drivers grumble.&lt;/p&gt;&lt;p&gt;The council "
	 "voted&amp;nbsp;late.&lt;/p&gt;</description>\n"
	 "</item>\n"
	 "<item>\n"
	 "  <title>Market day moved</title>\n"
	 "  <guid isPermaLink=\"true\">https://gazette.example/market</guid>\n"
	 "  <dc:date>2023-09-14T10:00:00+02:00</dc:date>\n"
	 "  <description>A short teaser only.</description>\n"
	 "  <content:encoded><![CDATA[<div><p>The weekly market moves to "
	 "Thursday.</p><ul><li>Stalls open at six.</li></ul></div>]]>"
	 "</content:encoded>\n"
	 "</item>\n"
	 "</channel></rss>\n",
	 0,
	 3,
	 {{"Ferry service resumes", "https://gazette.example/ferry",
	   "2021-05-05",
	   "The island ferry sailed again on Wednesday.\n\n"
	   "Crews had been on strike for a week."},
	  {"Bridge tolls to rise", "https://gazette.example/tolls",
	   "2022-02-01",
	   "Tolls go up & drivers grumble.\n\nThe council voted late."},
	  {"Market day moved", "https://gazette.example/market", "2023-09-14",
	   "The weekly market moves to Thursday.\n\nStalls open at six."}}},
	{"rss: plain-text description, no date",
	 "<rss version=\"2.0\"><channel><item><title>Notice</title>"
	 "<description>First line\n  of one paragraph.\n\n"
	 "Second paragraph.</description></item></channel></rss>",
	 0,
	 1,
	 {{"Notice", "", "",
	   "First line of one paragraph.\n\nSecond paragraph."}}},
	{"atom: html, xhtml and text content; published vs updated",
	 "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	 "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
	 "<title>Valley Times</title>\n"
	 "<link rel=\"self\" href=\"https://valley.example/atom\"/>\n"
	 "<entry>\n"
	 "  <title type=\"html\">Dam &lt;em&gt;opens&lt;/em&gt;</title>\n"
	 "  <link rel=\"self\" href=\"https://valley.example/e/1.atom\"/>\n"
	 "  <link rel=\"alternate\" type=\"text/html\" "
	 "href=\"https://valley.example/dam\"/>\n"
	 "  <published>2024-03-02T09:00:00+05:30</published>\n"
	 "  <updated>2024-03-04T11:00:00Z</updated>\n"
	 "  <content type=\"html\">&lt;p&gt;Water flowed through the "
	 "sluices.&lt;/p&gt;\n&lt;p&gt;Farmers&amp;#8217; fields "
	 "were&lt;br/&gt;soaked.&lt;/p&gt;</content>\n"
	 "</entry>\n"
	 "<entry>\n"
	 "  <title>School reopens</title>\n"
	 "  <link href=\"https://valley.example/school\"/>\n"
	 "  <updated>2024-03-05T07:30:00Z</updated>\n"
	 "  <content type=\"xhtml\"><div "
	 "xmlns=\"http://www.w3.org/1999/xhtml\">\n"
	 "    <p>Pupils returned on <strong>Tuesday</strong>.</p>\n"
	 "    <p>Repairs   took a month.</p>\n"
	 "  </div></content>\n"
	 "</entry>\n"
	 "<entry>\n"
	 "  <title>Road closed</title>\n"
	 "  <link rel=\"alternate\" href=\"https://valley.example/road\"/>\n"
	 "  <published>2024-02-29T23:00:00-08:00</published>\n"
	 "  <content type=\"text\">The pass road is shut &lt;for now&gt;."
	 "</content>\n"
	 "</entry>\n"
	 "<entry>\n"
	 "  <title>Summary only</title>\n"
	 "  <updated>2024-03-06T00:00:00Z</updated>\n"
	 "  <summary>Just a summary.</summary>\n"
	 "</entry>\n"
	 "</feed>\n",
	 1,
	 4,
	 {{"Dam opens", "https://valley.example/dam", "2024-03-02",
	   "Water flowed through the sluices.\n\n"
	   "Farmers\xE2\x80\x99 fields were soaked."},
	  {"School reopens", "https://valley.example/school", "2024-03-05",
	   "Pupils returned on Tuesday.\n\nRepairs took a month."},
	  {"Road closed", "https://valley.example/road", "2024-02-29",
	   "The pass road is shut <for now>."},
	  {"Summary only", "", "2024-03-06", "Just a summary."}}},
};

static void check_feed(const struct feed_case *c)
{
	struct irkg_feed f;
	size_t i;
	int rc = irkg_feed_read(c->xml, strlen(c->xml), &f);

	if (rc != 0)
		fail_msg("%s: irkg_feed_read gave %d", c->name, rc);
	assert_int_equal(f.is_atom, c->is_atom);
	if (f.n_items != c->n_items)
		fail_msg("%s: %zu items, want %zu", c->name, f.n_items,
			 c->n_items);
	for (i = 0; i < c->n_items; i++) {
		const struct want_item *w = &c->items[i];
		const struct irkg_feed_item *it = &f.items[i];

		assert_non_null(it->title);
		assert_non_null(it->link);
		assert_non_null(it->body);
		if (w->title)
			assert_string_equal(it->title, w->title);
		if (w->link)
			assert_string_equal(it->link, w->link);
		if (w->date)
			assert_string_equal(it->date, w->date);
		if (w->body)
			assert_string_equal(it->body, w->body);
	}
	irkg_feed_clear(&f);
	assert_null(f.items);
	assert_int_equal(f.n_items, 0);
}

static void test_feeds(void **state)
{
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(feed_cases); i++)
		check_feed(&feed_cases[i]);
}

/* One document that must be refused, and how. */
struct bad_case {
	const char *name;
	const char *xml;
	int want;
};

#define LAUGHS                                                                 \
	"<!DOCTYPE rss [\n"                                                    \
	" <!ENTITY lol \"lol\">\n"                                             \
	" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"  \
	" <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">" \
	"\n"                                                                   \
	" <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">" \
	"\n"                                                                   \
	" <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">" \
	"\n"                                                                   \
	" <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">" \
	"\n"                                                                   \
	" <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">" \
	"\n"                                                                   \
	" <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">" \
	"\n"                                                                   \
	" <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">" \
	"\n"                                                                   \
	" <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">" \
	"\n"                                                                   \
	"]>\n"                                                                 \
	"<rss version=\"2.0\"><channel><item><title>&lol9;</title>"            \
	"<description>&lol9;&lol9;&lol9;</description></item></channel>"       \
	"</rss>\n"

static const struct bad_case bad_cases[] = {
	{"unclosed element",
	 "<rss version=\"2.0\"><channel><item><title>Oops</channel></rss>",
	 IRKG_EPARSE},
	{"not XML at all", "just some words & more", IRKG_EPARSE},
	{"empty", "", IRKG_EPARSE},
	{"billion laughs", LAUGHS, IRKG_EPARSE},
	/* a comment with "<a" hides the DTD from the byte scan: libxml2 parses
	 * it (without expanding) and the intSubset check refuses it */
	{"billion laughs after a comment", "<!-- <a> -->\n" LAUGHS,
	 IRKG_EPARSE},
	{"well-formed, not a feed", "<html><body><p>Hi</p></body></html>",
	 IRKG_EUNSUPPORTED},
};

static void test_bad(void **state)
{
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(bad_cases); i++) {
		const struct bad_case *c = &bad_cases[i];
		struct irkg_feed f = {(struct irkg_feed_item *)&f, 7, 1};
		clock_t start = clock();
		int rc = irkg_feed_read(c->xml, strlen(c->xml), &f);
		double secs = (double)(clock() - start) / CLOCKS_PER_SEC;

		if (rc != c->want)
			fail_msg("%s: got %d, want %d", c->name, rc, c->want);
		if (secs > 1.0)
			fail_msg("%s: took %.2f s", c->name, secs);
		assert_null(f.items);
		assert_int_equal(f.n_items, 0);
	}
}

/* External entities are never expanded: an error, or no file contents. */
static void test_external_entity(void **state)
{
	static const char *const docs[] = {
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
		"<rss version=\"2.0\"><channel><item><title>t &x;</title>"
		"<description>&x;</description></item></channel></rss>",
		"<?xml version=\"1.0\"?>\n<!-- <b> -->\n"
		"<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
		"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
		"<title>&x;</title><content>&x;</content></entry></feed>",
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">\n"
		"<rss version=\"2.0\"><channel><item><title>t</title>"
		"</item></channel></rss>",
	};
	size_t i, k;

	for (i = 0; i < TESTUTIL_N_ELEMS(docs); i++) {
		struct irkg_feed f;
		int rc = irkg_feed_read(docs[i], strlen(docs[i]), &f);

		if (rc != 0) {
			assert_int_equal(rc, IRKG_EPARSE);
			continue;
		}
		for (k = 0; k < f.n_items; k++) {
			assert_null(strstr(f.items[k].title, "root:"));
			assert_null(strstr(f.items[k].body, "root:"));
		}
		irkg_feed_clear(&f);
	}
}

static void test_args(void **state)
{
	struct irkg_feed f;

	assert_int_equal(irkg_feed_read("<rss/>", 6, NULL), IRKG_EINVAL);
	assert_int_equal(irkg_feed_read(NULL, 0, &f), IRKG_EINVAL);
	assert_int_equal(irkg_feed_read("<rss/>", 6, &f), 0);
	assert_int_equal(f.n_items, 0);
	irkg_feed_clear(&f);
	irkg_feed_clear(NULL);
}

struct sniff_case {
	const char *text;
	int want;
};

static const struct sniff_case sniff_cases[] = {
	{"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", 1},
	{"\xEF\xBB\xBF<!-- a feed -->\n<rss>", 1},
	{"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ELEMENT rss ANY> ]>\n"
	 "<rss>",
	 1},
	{"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	 "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">",
	 1},
	{"<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", 1},
	{"<feed xmlns=\"http://example.org/not-atom\">", 0},
	{"<!DOCTYPE html>\n<html><head><title>rss</title></head></html>", 0},
	{"<rdf:RDF xmlns:rdf=\"x\"><rss>", 0},
	{"An article about <rss> feeds in plain text.", 0},
	{"", 0},
};

static void test_is_feed(void **state)
{
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(sniff_cases); i++) {
		const char *t = sniff_cases[i].text;

		if (irkg_feed_is_feed(t, strlen(t)) != sniff_cases[i].want)
			fail_msg("irkg_feed_is_feed(\"%s\") != %d", t,
				 sniff_cases[i].want);
	}
	assert_int_equal(irkg_feed_is_feed(NULL, 10), 0);
}

/* A project feed and what the file itself says: its items' dates. */
struct file_case {
	const char *name;
	int is_atom;
	size_t n_items;
	const char *dates[4];
	const char *first_title;
};

static const struct file_case file_cases[] = {
	{"a04-africa-feed.rss",
	 0,
	 3,
	 {"2025-11-11", "2025-11-12", "2025-11-13"},
	 "African Union praises Kenya-Somalia security accord"},
	{"a06-south-asia-atom.atom",
	 1,
	 2,
	 {"2025-10-21", "2025-10-23"},
	 "India turns down Pakistan's offer of talks on Indus waters"},
	{"b04-gulf.rss",
	 0,
	 4,
	 {"2025-12-03", "2025-12-03", "2025-12-03", "2025-12-03"},
	 "Iran's foreign minister holds talks in Riyadh, deal signed on "
	 "direct flights"},
	{"b06-horn-atom.atom",
	 1,
	 2,
	 {"2025-11-05", "2025-11-05"},
	 "Somalia recalls envoy from Addis Ababa as port row flares again"},
};

static void test_project_feeds(void **state)
{
	const char *top = getenv("IRKG_TOP");
	char *dir = testutil_path(top ? top : ".", "tests/articles");
	size_t i, k;

	for (i = 0; i < TESTUTIL_N_ELEMS(file_cases); i++) {
		const struct file_case *c = &file_cases[i];
		char *path = testutil_path(dir, c->name);
		char *text = testutil_read_file(path);
		struct irkg_feed f;

		if (text == NULL)
			fail_msg("cannot read %s", path);
		assert_int_equal(irkg_feed_is_feed(text, strlen(text)), 1);
		assert_int_equal(irkg_feed_read(text, strlen(text), &f), 0);
		assert_int_equal(f.is_atom, c->is_atom);
		if (f.n_items != c->n_items)
			fail_msg("%s: %zu items, want %zu", c->name, f.n_items,
				 c->n_items);
		assert_string_equal(f.items[0].title, c->first_title);
		for (k = 0; k < f.n_items; k++) {
			assert_string_equal(f.items[k].date, c->dates[k]);
			assert_true(strncmp(f.items[k].link, "https://", 8) ==
				    0);
			assert_true(strlen(f.items[k].body) > 80);
			/* markup is gone, paragraphs are separated */
			assert_null(strchr(f.items[k].body, '<'));
			assert_null(strstr(f.items[k].body, "  "));
			assert_null(strstr(f.items[k].body, "\n\n\n"));
		}
		irkg_feed_clear(&f);
		free(text);
		free(path);
	}
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feeds),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_external_entity),
		cmocka_unit_test(test_args),
		cmocka_unit_test(test_is_feed),
		cmocka_unit_test(test_project_feeds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
