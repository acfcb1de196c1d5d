/* Unit tests for extract/plaintext: header, dateline, body, boilerplate. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/plaintext.h"
#include "../../common/error.h"
#include "testutil_core.h"

/* One layout: the text and what reading it should give (NULL: empty). */
struct layout {
	const char *name;
	const char *text;
	const char *date;
	const char *headline;
	const char *dateline;
	size_t n_paragraphs;
	const char *first, *last; /* first and last paragraph */
};

static const struct layout layouts[] = {
	{"header, byline, dateline, boilerplate",
	 "date 2022-03-14 Example Daily\n"
	 "Example Daily\n"
	 "\n"
	 "Ministers Agree To Reopen Border Crossing\n"
	 "\n"
	 "By Jane Roe 12 minutes ago Mon 14th Mar 2022 | 09:10 AM\n"
	 "\n"
	 "Ministers agree to reopen border crossing\n"
	 "\n"
	 "Vienna, March 14 (Example Daily / News Desk - 14th March, 2022 ) "
	 ":Two neighbouring states agreed on Monday to reopen their main "
	 "border crossing.\n"
	 "\n"
	 "The agreement followed three rounds of talks hosted by a third "
	 "country.\n"
	 "\n"
	 "Officials said trucks would be allowed through from next week.\n"
	 "\n"
	 "Both sides promised to review the arrangement in six months.\n"
	 "\n"
	 "Related Topics\n"
	 "\n"
	 "Vienna Border Trucks Talks\n"
	 "\n"
	 "Recent Stories\n"
	 "\n"
	 "Farmers protest over new water rules in the sou ..\n"
	 "\n"
	 "4 minutes ago\n"
	 "\n"
	 "About Us | Contact Us | Advertise\n"
	 "Example Daily is a leading news site serving readers since 1999.\n"
	 "\n"
	 "\xc2\xa9 1999-2022, Example Daily\n",
	 "2022-03-14", "Ministers Agree To Reopen Border Crossing",
	 "Vienna, March 14 (Example Daily / News Desk - 14th March, 2022 ) :",
	 4,
	 "Two neighbouring states agreed on Monday to reopen their main "
	 "border crossing.",
	 "Both sides promised to review the arrangement in six months."},
	{"Reuters-style dateline, no header",
	 "Port operators warn of delays after storm\n"
	 "\n"
	 "TOKYO, March 3 (Reuters) - Shipping through two of the country's "
	 "busiest ports slowed on Thursday after a storm.\n"
	 "\n"
	 "Operators said cranes would resume work once winds dropped.\n"
	 "\n"
	 "Read more\n"
	 "\n"
	 "Some other story about markets\n",
	 NULL, "Port operators warn of delays after storm",
	 "TOKYO, March 3 (Reuters) -", 2,
	 "Shipping through two of the country's busiest ports slowed on "
	 "Thursday after a storm.",
	 "Operators said cranes would resume work once winds dropped."},
	{"AP-style dateline",
	 "date 2023-07-01 Associated Press\n"
	 "Senate passes spending bill after long night\n"
	 "\n"
	 "By JOHN DOE Associated Press\n"
	 "\n"
	 "WASHINGTON (AP) \xe2\x80\x94 The Senate passed a spending bill "
	 "early Saturday after an all-night session.\n"
	 "\n"
	 "\"We got it done,\" the majority leader told reporters.\n"
	 "\n"
	 "The bill now goes to the House.\n"
	 "\n"
	 "Copyright 2023 The Associated Press. All rights reserved.\n",
	 "2023-07-01", "Senate passes spending bill after long night",
	 "WASHINGTON (AP) \xe2\x80\x94", 3,
	 "The Senate passed a spending bill early Saturday after an "
	 "all-night session.",
	 "The bill now goes to the House."},
	{"no boilerplate, no dateline",
	 "date 2020-01-02 Quiet Gazette\n"
	 "Town council approves new library budget\n"
	 "\n"
	 "The town council approved a larger budget for the library on "
	 "Wednesday evening.\n"
	 "\n"
	 "Will the new reading room open in spring?\n"
	 "\n"
	 "The librarian said she hoped so.\n",
	 "2020-01-02", "Town council approves new library budget", NULL, 3,
	 "The town council approved a larger budget for the library on "
	 "Wednesday evening.",
	 "The librarian said she hoped so."},
	{"an agency's slug of initials ends the story, a URL path does not",
	 "date 2025-11-19 Example Wire\n"
	 "Border crossing stays shut\n"
	 "\n"
	 "Islamabad (AFP) - The main border crossing stayed shut on "
	 "Wednesday.\n"
	 "\n"
	 "Details are at the ministry site under news/border-update.\n"
	 "\n"
	 "bur-sk/ami/dhc\n",
	 "2025-11-19", "Border crossing stays shut", "Islamabad (AFP) -", 2,
	 "The main border crossing stayed shut on Wednesday.",
	 "Details are at the ministry site under news/border-update."},
	{"a label before the headline, a closing credit and promotion",
	 "date 2026-02-03 Example Wire\n"
	 "EUROPE DIGEST: Ministers meet on grain corridor\n"
	 "By Example Wire staff\n"
	 "\n"
	 "ROME, Feb 3 (Example Wire) - Two ministers met in Rome on "
	 "Tuesday.\n"
	 "\n"
	 "They agreed to meet again in March.\n"
	 "\n"
	 "Compiled by the Europe desk. For more news from Italy, Spain and "
	 "Greece, see our site.\n"
	 "Subscribe to the morning briefing from Lisbon to Athens.\n",
	 "2026-02-03", "EUROPE DIGEST: Ministers meet on grain corridor",
	 "ROME, Feb 3 (Example Wire) -", 2,
	 "Two ministers met in Rome on Tuesday.",
	 "They agreed to meet again in March."},
	{"a dateline with a colon opens prose",
	 "date 2026-02-03 Example Wire\n"
	 "Ministers meet on grain corridor\n"
	 "\n"
	 "ROME: Two ministers met in Rome on Tuesday.\n"
	 "\n"
	 "For more than a year the corridor has been shut.\n",
	 "2026-02-03", "Ministers meet on grain corridor", "ROME:", 2,
	 "Two ministers met in Rome on Tuesday.",
	 "For more than a year the corridor has been shut."},
	{"empty text", "", NULL, NULL, NULL, 0, NULL, NULL},
	{"only boilerplate",
	 "Related Topics\n"
	 "\n"
	 "Recent Stories\n"
	 "\n"
	 "Something happened somewhere today ..\n"
	 "\n"
	 "Example Network is the largest independent news house in the "
	 "region, serving readers since 1997.\n"
	 "\n"
	 "\xc2\xa9 2021 Example Network\n",
	 NULL, NULL, NULL, 0, NULL, NULL},
	{"run of link titles ends the body",
	 "A quiet day in parliament as members debate\n"
	 "\n"
	 "Members of parliament spent the day debating a bill on fishing "
	 "quotas.\n"
	 "\n"
	 "No vote was taken.\n"
	 "\n"
	 "Fishing quotas explained\n"
	 "Who sits in parliament\n"
	 "Five things to know\n"
	 "This site is run by a team of volunteers who love the news.\n",
	 NULL, "A quiet day in parliament as members debate", NULL, 2,
	 "Members of parliament spent the day debating a bill on fishing "
	 "quotas.",
	 "No vote was taken."},
};

/* Asserts that range r of text is `want` (NULL: the range is empty). */
static void check_range(const char *text, struct irkg_range r, const char *want)
{
	assert_true(r.start <= r.end);
	if (!want) {
		assert_int_equal(r.end - r.start, 0);
		return;
	}
	assert_int_equal(r.end - r.start, strlen(want));
	assert_memory_equal(text + r.start, want, strlen(want));
}

static void test_layouts(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(layouts); i++) {
		const struct layout *c = &layouts[i];
		struct irkg_plaintext p;

		print_message("layout: %s\n", c->name);
		assert_int_equal(
			irkg_plaintext_read(c->text, strlen(c->text), &p),
			IRKG_OK);
		assert_string_equal(p.date, c->date ? c->date : "");
		check_range(c->text, p.headline, c->headline);
		check_range(c->text, p.dateline, c->dateline);
		assert_int_equal(p.n_paragraphs, c->n_paragraphs);
		if (c->n_paragraphs) {
			check_range(c->text, p.paragraphs[0], c->first);
			check_range(c->text, p.paragraphs[p.n_paragraphs - 1],
				    c->last);
			assert_int_equal(p.body.start, p.paragraphs[0].start);
			assert_int_equal(p.body.end,
					 p.paragraphs[p.n_paragraphs - 1].end);
		}
		irkg_plaintext_clear(&p);
	}
}

static void test_header_source(void **state)
{
	const char *text = "date 2021-05-05 Some Outlet.com\nHeadline words "
			   "here\n\nA sentence that is long enough to be "
			   "prose in an article.\n";
	struct irkg_plaintext p;

	(void)state;
	assert_int_equal(irkg_plaintext_read(text, strlen(text), &p), IRKG_OK);
	check_range(text, p.source, "Some Outlet.com");
	assert_int_equal(p.n_paragraphs, 1);
	irkg_plaintext_clear(&p);
	irkg_plaintext_clear(&p);
	irkg_plaintext_clear(NULL);
	assert_int_equal(irkg_plaintext_read(text, 1, NULL), IRKG_EINVAL);
	assert_int_equal(irkg_plaintext_read(NULL, 3, &p), IRKG_EINVAL);
	assert_int_equal(irkg_plaintext_read(NULL, 0, &p), IRKG_OK);
	assert_int_equal(p.n_paragraphs, 0);
}

/* The year in a dateline gives the date when there is no header line. */
static void test_dateline_year(void **state)
{
	const char *text = "Paris, June 7 (Agency - 7th June, 2019 ) : Talks "
			   "resumed in the French capital on Friday.\n";
	struct irkg_plaintext p;

	(void)state;
	assert_int_equal(irkg_plaintext_read(text, strlen(text), &p), IRKG_OK);
	assert_string_equal(p.date, "2019-06-07");
	assert_int_equal(p.n_paragraphs, 1);
	irkg_plaintext_clear(&p);
}

static int contains(const char *text, struct irkg_range r, const char *s)
{
	size_t n = strlen(s), i;

	for (i = r.start; i + n <= r.end; i++)
		if (memcmp(text + i, s, n) == 0)
			return 1;
	return 0;
}

static void test_seed(void **state)
{
	const char *top = getenv("IRKG_TOP");
	char *dir = testutil_path(top && *top ? top : ".", "../shared/seeds");
	char *path = testutil_path(dir, "000_be59421757cbb020.txt");
	char *text = testutil_read_file(path);
	static const char *const absent[] = {"Related Topics", "Recent Stories",
					     "Myanmar", "UrduPoint Network"};
	struct irkg_plaintext p;
	size_t i, j;

	(void)state;
	free(dir);
	if (!text)
		print_message("skipped: %s is absent\n", path);
	free(path);
	if (!text)
		skip();
	assert_int_equal(irkg_plaintext_read(text, strlen(text), &p), IRKG_OK);
	assert_string_equal(p.date, "2021-05-05");
	check_range(text, p.source, "UrduPoint.com");
	assert_true(p.dateline.end > p.dateline.start);
	assert_memory_equal(text + p.dateline.start, "London, May 5", 13);
	assert_int_equal(text[p.dateline.end - 1], ':');
	/* Eleven prose blocks lie between the dateline and "Related Topics". */
	assert_int_equal(p.n_paragraphs, 11);
	assert_memory_equal(text + p.paragraphs[0].start, "The United States",
			    17);
	for (i = 0; i < p.n_paragraphs; i++)
		for (j = 0; j < TESTUTIL_N_ELEMS(absent); j++)
			assert_false(
				contains(text, p.paragraphs[i], absent[j]));
	irkg_plaintext_clear(&p);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layouts),
		cmocka_unit_test(test_header_source),
		cmocka_unit_test(test_dateline_year),
		cmocka_unit_test(test_seed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
