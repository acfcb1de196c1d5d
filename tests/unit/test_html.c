/* Unit tests for extract/html: title, date and body of HTML news pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/article.h"
#include "../../extract/html.h"
#include "../../common/error.h"
#include "testutil_core.h"

/* One page and what reading it should give; NULL strings are not checked
 * (title: must be NULL when `no_title`).  `present` must appear in the
 * text, `absent` (up to four) must not. */
struct page {
	const char *name;
	const char *html;
	const char *title;
	const char *date;
	size_t n_paragraphs;
	const char *first, *last;
	const char *present;
	const char *absent[4];
	const char *author; /* checked when not NULL */
};

static const struct page pages[] = {
	{"the date from property, name or itemprop, in words",
	 "<html><head><meta property=\"article:published\" "
	 "itemprop=\"datePublished dateCreated\" "
	 "content=\"2019-11-19T11:00:09.000Z\"></head><body><article>"
	 "<p>The two ministers met in the capital on Tuesday.</p>"
	 "</article></body></html>",
	 NULL,
	 "2019-11-19",
	 1,
	 NULL,
	 NULL,
	 NULL,
	 {NULL},
	 NULL},
	{"a meta date written in words",
	 "<html><head><meta property=\"article:published_time\" "
	 "content=\"November 19, 2019, 07:47 PM EST\"></head><body>"
	 "<article><p>The two ministers met in the capital on "
	 "Tuesday.</p></article></body></html>",
	 NULL,
	 "2019-11-19",
	 1,
	 NULL,
	 NULL,
	 NULL,
	 {NULL},
	 NULL},
	{"no meta: itemprop text, not the updated line",
	 "<html><body><div class=\"storyDate\" itemprop=\"dateModified\">"
	 "Updated: Sat 8:31 PM, Feb 17, 2018</div><div>Posted: <span "
	 "itemprop=\"datePublished\">Fri 6:45 PM, Feb 16, 2018</span></div>"
	 "<article><p>The two ministers met in the capital on "
	 "Tuesday.</p></article></body></html>",
	 NULL,
	 "2018-02-16",
	 1,
	 NULL,
	 NULL,
	 NULL,
	 {NULL},
	 NULL},
	{"no meta: a hidden input and a date class, not a bogus year",
	 "<html><head><script type=\"application/ld+json\">{\"dateModified"
	 "\": \"0001-01-01T00:00:00Z\"}</script></head><body>"
	 "<input class=\"modified_date\" type=\"hidden\" "
	 "value=\"2019-11-20 02:24:47\"><input class=\"published_date\" "
	 "type=\"hidden\" value=\"2019-11-19 02:24:47\">"
	 "<span class=\"article-publish-date\">November 19, 2019</span>"
	 "<article><p>The two ministers met in the capital on "
	 "Tuesday.</p></article></body></html>",
	 NULL,
	 "2019-11-19",
	 1,
	 NULL,
	 NULL,
	 NULL,
	 {NULL},
	 NULL},
	{"a calendar widget is not the page's date",
	 "<html><body><div class=\"calendar-date\">November 20, 2019</div>"
	 "<article><p>The two ministers met in the capital on "
	 "Tuesday.</p></article></body></html>",
	 NULL,
	 "",
	 1,
	 NULL,
	 NULL,
	 NULL,
	 {NULL},
	 NULL},
	{"heavy chrome around itemprop=articleBody",
	 "<!DOCTYPE html><html><head><title>Harbour deal | Coast Times</title>"
	 "<meta property=\"og:title\" content=\"Harbour deal signed\">"
	 "<meta property=\"article:published_time\" "
	 "content=\"2024-03-07T08:00:00Z\"></head><body>"
	 "<div class=\"Cookie-Notice\"><p>We bake cookies for every "
	 "visitor of this fine site.</p></div>"
	 "<nav><ul><li><a href=\"/\">Home</a></li><li>Weather in "
	 "Lisbon</li></ul></nav>"
	 "<main><div class=\"wrap\">"
	 "<div itemprop=\"articleBody\">"
	 "<p>Two port cities signed a long-awaited harbour agreement on "
	 "Thursday after months of talks.</p>"
	 "<figure><img src=\"x.jpg\"><figcaption>Cranes at dawn over the "
	 "quay</figcaption></figure>"
	 "<p>The mayors said   the deal\nwould create jobs.</p>"
	 "<p class=\"photo-caption\">Photo credit line for the cranes</p>"
	 "<p>Work starts in May.</p>"
	 "</div>"
	 "<p>A paragraph outside the body about tides.</p>"
	 "<aside class=\"sidebar\"><h2>Related</h2><ul><li>Chile and "
	 "Peru sign fishing pact</li></ul><p>Norway and Iceland hold "
	 "talks.</p></aside>"
	 "<section id=\"Comments\"><p>First! Greetings from "
	 "Canada.</p></section>"
	 "</div></main>"
	 "<footer><p>Copyright the Coast Times, all rights.</p></footer>"
	 "</body></html>",
	 "Harbour deal signed",
	 "2024-03-07",
	 3,
	 "Two port cities signed a long-awaited harbour agreement on "
	 "Thursday after months of talks.",
	 "Work starts in May.",
	 "The mayors said the deal would create jobs.",
	 {"cookies", "Peru", "Canada", "Copyright"},
	 NULL},
	{"JSON-LD datePublished without a meta date; <title>",
	 "<html><head><title>  Rail link\n opens </title>"
	 "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
	 "\"dateModified\": \"2021-01-02\", \"datePublished\" : "
	 "\"2020-11-30T21:00:00+09:00\"}</script></head><body>"
	 "<article><time datetime=\"2019-01-01\">old</time>"
	 "<p>The new rail link opened to passengers on Monday.</p>"
	 "</article></body></html>",
	 "Rail link opens",
	 "2020-11-30",
	 1,
	 "The new rail link opened to passengers on Monday.",
	 NULL,
	 NULL,
	 {NULL},
	 NULL},
	{"<time datetime> and the first <h1>",
	 "<html><body><article><header><h1>Dam\n report</h1>"
	 "<time datetime=\"2023-05-01T10:00:00Z\">1 May</time></header>"
	 "<p>Engineers published a report on the dam.</p>"
	 "<p>It found no cracks.</p></article></body></html>",
	 "Dam report",
	 "2023-05-01",
	 2,
	 "Engineers published a report on the dam.",
	 "It found no cracks.",
	 NULL,
	 {"1 May", NULL},
	 NULL},
	{"broken HTML",
	 "<html><head><title>Broken</title><body><div class=\"story\">"
	 "<p>First paragraph of a broken page.</div></div>"
	 "<p>Second paragraph <b>still bold<p>Third one, unclosed"
	 "<div><p>Fourth inside a stray div",
	 "Broken",
	 "",
	 4,
	 "First paragraph of a broken page.",
	 "Fourth inside a stray div",
	 "Second paragraph still bold",
	 {NULL},
	 NULL},
	{"script text never appears",
	 "<html><body><article><p>Talks resumed in Geneva.</p>"
	 "<script>var headline = \"Russia threatens\";</script>"
	 "<p>Delegates <script>x(\"Russia threatens\")</script>met "
	 "again.</p><style>p { color: red }</style>"
	 "<noscript><p>Russia threatens without JS</p></noscript>"
	 "</article></body></html>",
	 NULL,
	 "",
	 2,
	 "Talks resumed in Geneva.",
	 "Delegates met again.",
	 NULL,
	 {"Russia threatens", "color", NULL},
	 NULL},
	{"entities and curly quotes decoded",
	 "<html><head><meta charset=\"utf-8\"></head><body><article>"
	 "<p>The minister&#039;s &ldquo;plan&rdquo; &amp; the "
	 "opposition&rsquo;s \xe2\x80\x9cnone\xe2\x80\x9d&nbsp;differ.</p>"
	 "</article></body></html>",
	 NULL,
	 "",
	 1,
	 "The minister's \xe2\x80\x9cplan\xe2\x80\x9d & the "
	 "opposition\xe2\x80\x99s \xe2\x80\x9cnone\xe2\x80\x9d differ.",
	 NULL,
	 NULL,
	 {"&#039;", "&amp;", NULL},
	 NULL},
	{"curly quotes without a charset are UTF-8",
	 "<html><body><article><p>\xe2\x80\x9cNo,\xe2\x80\x9d she "
	 "said.</p></article></body></html>",
	 NULL,
	 "",
	 1,
	 "\xe2\x80\x9cNo,\xe2\x80\x9d she said.",
	 NULL,
	 NULL,
	 {NULL},
	 NULL},
	{"no <article>: density picks the story div",
	 "<html><head><title>Floods</title></head><body>"
	 "<div id=\"page\">"
	 "<div class=\"menu\"><p><a href=\"/a\">Politics and elections in "
	 "Brazil</a> <a href=\"/b\">Markets in Argentina and "
	 "Chile</a></p><p><a href=\"/c\">Sport from Uruguay and "
	 "Paraguay</a></p></div>"
	 "<div class=\"content\">"
	 "<p>Heavy rain flooded the river valley overnight, forcing "
	 "hundreds of families to leave their homes.</p>"
	 "<p>Rescue teams used boats to reach villages cut off by the "
	 "water, the regional governor said.</p>"
	 "<p>More rain is forecast for the weekend.</p>"
	 "</div>"
	 "<div class=\"teasers\"><p>Short teaser about Bolivia.</p></div>"
	 "</div></body></html>",
	 "Floods",
	 "",
	 3,
	 "Heavy rain flooded the river valley overnight, forcing hundreds "
	 "of families to leave their homes.",
	 "More rain is forecast for the weekend.",
	 NULL,
	 {"Brazil", "Uruguay", "Bolivia", NULL},
	 NULL},
	{"furniture words in the classes of the page's wrappers",
	 "<html><body class=\"subType-unsubscribed\">"
	 "<div class=\"page cookies-not-set\" id=\"f_share_tools_on\">"
	 "<div class=\"native-advertising-platform\">"
	 "<nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>"
	 "<div class=\"story\"><p>The two governments agreed on Friday to "
	 "reopen the border crossing after a year of closure.</p>"
	 "<p>Trucks carrying grain were the first to pass.</p></div>"
	 "<div class=\"newsletter-signup\"><p>Get our newsletter, "
	 "every morning.</p></div>"
	 "</div></div></body></html>",
	 NULL,
	 "",
	 2,
	 "The two governments agreed on Friday",
	 "Trucks carrying grain were the first to pass.",
	 NULL,
	 {"newsletter", "Home", NULL},
	 NULL},
	{"the whole page inside a <form>",
	 "<html><body><form id=\"aspnetForm\" action=\"/p.aspx\">"
	 "<div class=\"menu\"><a href=\"/a\">Sport</a></div>"
	 "<div id=\"content\"><h1>Port strike ends</h1>"
	 "<p>Dock workers in the capital ended a two-week strike on "
	 "Tuesday after the government raised their pay.</p>"
	 "<p>Ships queued outside the harbour began to unload.</p></div>"
	 "<form class=\"search\"><p>Search the site, now.</p></form>"
	 "</form></body></html>",
	 "Port strike ends",
	 "",
	 2,
	 "Dock workers in the capital",
	 "Ships queued outside the harbour began to unload.",
	 NULL,
	 {"Search the site", "Sport", "Port strike ends", NULL},
	 NULL},
	{"an empty itemprop=articleBody, the text elsewhere",
	 "<html><body><div itemscope>"
	 "<div itemprop=\"articleBody\"><div class=\"lead-image\"></div>"
	 "</div>"
	 "<div class=\"text\"><p>The central bank kept its main interest "
	 "rate unchanged at four percent on Thursday.</p>"
	 "<p>Inflation slowed for a third month, the bank said.</p></div>"
	 "</div></body></html>",
	 NULL,
	 "",
	 2,
	 "The central bank kept its main interest rate",
	 "Inflation slowed for a third month, the bank said.",
	 NULL,
	 {NULL},
	 NULL},
	{"text in <div> and between <br>, not in <p>",
	 "<html><body><div class=\"sidebar\"><a href=\"/x\">Most read "
	 "story of the week in the region</a></div>"
	 "<div class=\"entry\">Rescuers reached the last village cut off "
	 "by the landslide late on Sunday.<br><br>Roads in the valley "
	 "remain closed, the police said.<br>Schools will reopen on "
	 "Wednesday.</div></body></html>",
	 NULL,
	 "",
	 3,
	 "Rescuers reached the last village cut off by the landslide late "
	 "on Sunday.",
	 "Schools will reopen on Wednesday.",
	 "Roads in the valley remain closed, the police said.",
	 {"Most read", NULL},
	 NULL},
	{"text in table cells",
	 "<html><body><table><tr><td class=\"nav\"><a href=\"/\">Home</a>"
	 "<br><a href=\"/n\">News</a></td>"
	 "<td>The election commission confirmed the results on Monday, "
	 "giving the ruling party a narrow majority.<br><br>Turnout was "
	 "the lowest in twenty years.</td></tr></table></body></html>",
	 NULL,
	 "",
	 2,
	 "The election commission confirmed the results on Monday",
	 "Turnout was the lowest in twenty years.",
	 NULL,
	 {"Home", "News", NULL},
	 NULL},
	{"subheads, lists and tables kept in reading order",
	 "<html><body><article><h1>Budget</h1>"
	 "<p>The finance minister presented next year's budget to "
	 "parliament on Wednesday.</p>"
	 "<h2>Where the money goes</h2>"
	 "<ul><li>Defence, up by a tenth</li><li>Schools and "
	 "universities</li></ul>"
	 "<table><tr><th>Item</th><th>Billions</th></tr>"
	 "<tr><td>Health</td><td>12</td></tr></table>"
	 "<p>The vote is due in December.</p></article></body></html>",
	 "Budget",
	 "",
	 9,
	 "The finance minister presented next year's budget to parliament "
	 "on Wednesday.\n\nWhere the money goes\n\nDefence, up by a tenth"
	 "\n\nSchools and universities\n\nItem\n\nBillions\n\nHealth",
	 "12\n\nThe vote is due in December.",
	 NULL,
	 {NULL},
	 NULL},
	{"related links, share tools and footer inside the story dropped",
	 "<html><body><div class=\"article-body\">"
	 "<p>The foreign ministers of both countries met in Vienna on "
	 "Saturday for the first time in three years.</p>"
	 "<div class=\"shareTools\"><span>Share this, now.</span></div>"
	 "<ul><li><a href=\"/1\">Earlier talks in Geneva collapsed</a></li>"
	 "<li><a href=\"/2\">Sanctions explained</a></li></ul>"
	 "<div class=\"relatedLinks\"><p>Read also: the ministers' last "
	 "meeting, in full.</p></div>"
	 "<div class=\"shareholders-note\"><p>They will meet again in "
	 "June.</p></div>"
	 "<footer><p>Reporting by our staff, with agencies.</p></footer>"
	 "</div></body></html>",
	 NULL,
	 "",
	 2,
	 "The foreign ministers of both countries met in Vienna",
	 "They will meet again in June.",
	 NULL,
	 {"Share this", "Geneva", "Read also", "Reporting by"},
	 NULL},
	{"hidden blocks and class tokens joined within one class name",
	 "<html><body><div class=\"main\">"
	 "<p>Parliament approved the new electoral law late on Tuesday "
	 "after a long debate.</p>"
	 "<div class=\"most-read\"><p>Ten stories everyone read this "
	 "week, and more.</p></div>"
	 "<div style=\"display: none\"><p>Hidden text for subscribers "
	 "only, sorry.</p></div>"
	 "<div aria-hidden=\"true\"><p>Decorative text that screen readers "
	 "skip, too.</p></div>"
	 "<div class=\"readMoreLink\"><p>Another story on the law, from "
	 "May.</p></div>"
	 "<p>The opposition said it would challenge the law in court.</p>"
	 "</div></body></html>",
	 NULL,
	 "",
	 2,
	 "Parliament approved the new electoral law",
	 "The opposition said it would challenge the law in court.",
	 NULL,
	 {"Ten stories", "Hidden text", "Decorative", "Another story"},
	 NULL},
	{"<article> over a longer listing of teasers below it",
	 "<html><body><div class=\"wrap\">"
	 "<article><p>The prime minister resigned on Friday after losing "
	 "a vote of confidence in parliament by eleven votes.</p>"
	 "<p>The president asked her to stay on until a new government "
	 "is formed, his office said in a statement.</p></article>"
	 "<div class=\"more\">"
	 "<div><a href=\"/1\">Floods</a><p>Rivers burst their banks in "
	 "the north, cutting roads to a dozen towns.</p></div>"
	 "<div><a href=\"/2\">Trade</a><p>Exports rose for a fifth month "
	 "as demand from neighbours recovered.</p></div>"
	 "<div><a href=\"/3\">Health</a><p>Hospitals in the capital "
	 "report a rise in flu cases this winter.</p></div>"
	 "<div><a href=\"/4\">Sport</a><p>The national team qualified for "
	 "the cup after a late goal.</p></div>"
	 "</div></div></body></html>",
	 NULL,
	 "",
	 2,
	 "The prime minister resigned on Friday",
	 "his office said in a statement.",
	 NULL,
	 {"Rivers", "Exports", "Hospitals", "national team"},
	 NULL},
	{"date, headline and author from meta tags",
	 "<html><head><title>Page | Site</title>"
	 "<meta name=\"author\" content=\"Jane  Roe\">"
	 "<meta itemprop=\"datePublished\" content=\"2024-01-02\">"
	 "</head><body><article><p>A short report on the harbour "
	 "talks.</p></article></body></html>",
	 "Page | Site",
	 "2024-01-02",
	 1,
	 "A short report on the harbour talks.",
	 NULL,
	 NULL,
	 {NULL},
	 "Jane Roe"},
	{"headline, author and date from JSON-LD (a BlogPosting)",
	 "<html><head><title>Blog | Site</title>"
	 "<script type=\"application/ld+json\">{\"@type\": "
	 "\"BlogPosting\", \"headline\": \"Rivers \\\"rise\\\" again\", "
	 "\"author\": {\"@type\": \"Person\", \"name\": \"Ann Lee\"}, "
	 "\"datePublished\": \"2022-07-08T10:00:00Z\"}</script>"
	 "</head><body><article><p>The rivers rose again overnight.</p>"
	 "</article></body></html>",
	 "Rivers \"rise\" again",
	 "2022-07-08",
	 1,
	 "The rivers rose again overnight.",
	 NULL,
	 NULL,
	 {NULL},
	 "Ann Lee"},
	{"<time datetime> and a byline",
	 "<html><body><article><h1>Quake</h1>"
	 "<p class=\"byline\">By  Omar Haddad</p>"
	 "<time datetime=\"2021-03-04\">March 4, 2021</time>"
	 "<p>A strong earthquake shook the coast on Thursday.</p>"
	 "</article></body></html>",
	 "Quake",
	 "2021-03-04",
	 1,
	 "A strong earthquake shook the coast on Thursday.",
	 NULL,
	 NULL,
	 {"March 4", "Omar", NULL},
	 "Omar Haddad"},
};

static void check_page(const struct page *p)
{
	struct irkg_html_article a;
	size_t i, n;
	int rc;

	print_message("page: %s\n", p->name);
	rc = irkg_html_read(p->html, strlen(p->html), &a);
	assert_int_equal(rc, 0);
	if (p->title)
		assert_string_equal(a.title, p->title);
	assert_string_equal(a.date, p->date);
	assert_int_equal(a.n_paragraphs, p->n_paragraphs);
	assert_non_null(a.text);
	if (p->first)
		assert_int_equal(strncmp(a.text, p->first, strlen(p->first)),
				 0);
	if (p->last) {
		n = strlen(a.text);
		assert_true(n >= strlen(p->last));
		assert_string_equal(a.text + n - strlen(p->last), p->last);
	}
	if (p->present)
		assert_non_null(strstr(a.text, p->present));
	if (p->author)
		assert_string_equal(a.author, p->author);
	for (i = 0; i < TESTUTIL_N_ELEMS(p->absent) && p->absent[i]; i++) {
		if (strstr(a.text, p->absent[i]))
			fail_msg("\"%s\" in text: %s", p->absent[i], a.text);
	}
	irkg_html_article_clear(&a);
}

static void test_pages(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(pages); i++)
		check_page(&pages[i]);
}

/* A page that parses but holds no story is no article, not an error:
 * zero paragraphs, an empty text and the reason (irkg_articles_read then
 * gives no article, which the callers report as "no article text found").
 * Before, these were IRKG_EPARSE, reported as "syntax error". */
static void test_nothing_usable(void **state)
{
	static const char *const empty[] = {
		"",
		"   \n",
		"<html><head><title>No body</title></head></html>",
		"<html><body><nav><p>Only a menu here.</p></nav></body></html>",
		"<html><body><ul><li><a href=\"/a\">Politics</a></li>"
		"<li><a href=\"/b\">Sport</a></li></ul></body></html>",
	};
	struct irkg_html_article a;
	struct irkg_article *articles;
	const char *why;
	size_t i, n;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(empty); i++) {
		print_message("empty page %zu\n", i);
		memset(&a, 0xff, sizeof(a));
		assert_int_equal(irkg_html_read(empty[i], strlen(empty[i]), &a),
				 0);
		assert_string_equal(a.text, "");
		assert_int_equal(a.n_paragraphs, 0);
		assert_non_null(a.why);
		irkg_html_article_clear(&a);
		assert_int_equal(irkg_articles_read_why(
					 empty[i], strlen(empty[i]),
					 "page.html", &articles, &n, &why),
				 0);
		assert_int_equal(n, 0);
		assert_null(articles);
		assert_non_null(why);
		if (i >= 3)
			assert_string_equal(why, "all its text is navigation, "
						 "links or page furniture");
	}
	assert_int_equal(irkg_html_read(NULL, 0, &a), 0);
	irkg_html_article_clear(&a);
	assert_int_equal(irkg_html_read(NULL, 3, &a), IRKG_EINVAL);
	assert_int_equal(irkg_html_read("<p>x</p>", 8, NULL), IRKG_EINVAL);
	irkg_html_article_clear(NULL);
	irkg_html_article_clear(&a);
}

/* One of the project's test pages: its body as counted by reading it, and
 * a phrase from each piece of furniture that must stay out. */
struct test_page {
	const char *file;
	const char *title;
	const char *date;
	size_t n_paragraphs;
	const char *first, *last;
	const char *absent[6];
};

static const struct test_page project_pages[] = {
	{"a02-ukraine-russia.html",
	 "EU adopts new Russia sanctions as Moscow vows retaliation",
	 "2025-12-09",
	 12,
	 "BRUSSELS/KYIV, Dec 9 \xe2\x80\x93 The European Union on Tuesday",
	 "use frozen Russian assets to finance Ukraine's defence.",
	 {"Moldova elections",			  /* nav */
	  "Serbia's president heads to Brussels", /* aside, related */
	  "Ask Kazakhstan",			  /* comments */
	  "All rights reserved",		  /* footer */
	  "We use cookies",			  /* cookie banner */
	  "Lena Vogt"}}, /* byline in the story header */
	{"a08-broken.html",
	 "AUKUS partners press ahead on submarines as China cries foul",
	 "2025-12-11",
	 8,
	 "CANBERRA, Dec 11 \xe2\x80\x93 The defence ministers",
	 "The Philippines, a treaty ally of the United States, isn't part "
	 "of AUKUS.",
	 {"Asia & Pacific",		 /* top navigation */
	  "Facebook",			 /* share links */
	  "Pacific Herald Pty",		 /* footer */
	  "vietnam",			 /* script */
	  "Thailand heads to the polls", /* script */
	  "Defence Correspondent"}},	 /* byline */
	{"b02-nato-summit.html",
	 "European allies pledge more aid for Ukraine as NATO summit ends "
	 "| The Continental Herald",
	 "2025-06-25",
	 8,
	 "THE HAGUE \xe2\x80\x94 Germany, France and Britain pledged",
	 "told reporters he was satisfied with its outcome.",
	 {"Asia-Pacific",		/* nav */
	  "delivered to your inbox",	/* newsletter aside */
	  "Monsoon floods",		/* most-read aside */
	  "Terms of use",		/* footer */
	  "Copy link",			/* share bar */
	  "Diplomatic Correspondent"}}, /* byline */
};

static void test_project_pages(void **state)
{
	const char *top = getenv("IRKG_TOP");
	size_t i, j, n;

	(void)state;
	if (!top)
		top = ".";
	for (i = 0; i < TESTUTIL_N_ELEMS(project_pages); i++) {
		const struct test_page *p = &project_pages[i];
		char *dir = testutil_path(top, "tests/articles");
		char *path = testutil_path(dir, p->file);
		char *html = testutil_read_file(path);
		struct irkg_html_article a;

		print_message("page: %s\n", p->file);
		assert_non_null(html);
		assert_int_equal(irkg_html_read(html, strlen(html), &a), 0);
		assert_string_equal(a.title, p->title);
		assert_string_equal(a.date, p->date);
		assert_int_equal(a.n_paragraphs, p->n_paragraphs);
		assert_int_equal(strncmp(a.text, p->first, strlen(p->first)),
				 0);
		n = strlen(a.text);
		assert_true(n >= strlen(p->last));
		assert_string_equal(a.text + n - strlen(p->last), p->last);
		for (j = 0; j < TESTUTIL_N_ELEMS(p->absent) && p->absent[j];
		     j++)
			if (strstr(a.text, p->absent[j]))
				fail_msg("%s: \"%s\" in text", p->file,
					 p->absent[j]);
		irkg_html_article_clear(&a);
		free(html);
		free(path);
		free(dir);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pages),
		cmocka_unit_test(test_nothing_usable),
		cmocka_unit_test(test_project_pages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
