/* Unit tests for extract/dates: date expressions and their resolution. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/dates.h"
#include "../../common/error.h"
#include "testutil_core.h"

#define MAX_TOKENS 16

/* Tokens from `text` split at single spaces, their normal forms one after
 * another in `norm`, each followed by a '\0'. */
struct tokens {
	char norm[256];
	struct irkg_token t[MAX_TOKENS];
	size_t n;
};

static void tokenise(const char *text, struct tokens *tk)
{
	size_t at = 0;
	const char *p = text;

	tk->n = 0;
	while (*p) {
		const char *end = strchr(p, ' ');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		assert_true(tk->n < MAX_TOKENS);
		assert_true(at + len + 1 < sizeof tk->norm);
		memcpy(tk->norm + at, p, len);
		tk->norm[at + len] = '\0';
		tk->t[tk->n].start = (size_t)(p - text);
		tk->t[tk->n].end = tk->t[tk->n].start + len;
		tk->t[tk->n].norm = at;
		tk->t[tk->n].norm_length = len;
		tk->t[tk->n].flags = IRKG_TOKEN_WORD;
		tk->n++;
		at += len + 1;
		p += len;
		if (*p == ' ')
			p++;
	}
}

/* One case: the first mention in `text` against `published` (NULL: none)
 * should cover tokens [first, first + count) and read `expect` (as
 * irkg_date_format writes it) with `precision`; `expect` NULL means no
 * mention at all. */
static const struct {
	const char *published, *text;
	const char *expect;
	enum irkg_date_precision precision;
	size_t first, count;
} cases[] = {
	/* against Wednesday 2021-05-05 */
	{"2021-05-05", "moon pledged wednesday", "2021-05-05", IRKG_DATE_DAY, 2,
	 1},
	{"2021-05-05", "they met on friday", "2021-04-30", IRKG_DATE_DAY, 3, 1},
	{"2021-05-05", "on monday the talks began", "2021-05-03", IRKG_DATE_DAY,
	 1, 1},
	{"2021-05-05", "said tuesday", "2021-05-04", IRKG_DATE_DAY, 1, 1},
	{"2021-05-05", "on thursday", "2021-04-29", IRKG_DATE_DAY, 1, 1},
	{"2021-05-05", "on sunday", "2021-05-02", IRKG_DATE_DAY, 1, 1},
	{"2021-05-05", "last wednesday", "2021-04-28", IRKG_DATE_DAY, 0, 2},
	{"2021-05-05", "next monday", "2021-05-10", IRKG_DATE_DAY, 0, 2},
	{"2021-05-05", "today", "2021-05-05", IRKG_DATE_DAY, 0, 1},
	{"2021-05-05", "said yesterday", "2021-05-04", IRKG_DATE_DAY, 1, 1},
	{"2021-05-05", "tomorrow", "2021-05-06", IRKG_DATE_DAY, 0, 1},
	{"2021-05-05", "last month", "2021-04", IRKG_DATE_MONTH, 0, 2},
	{"2021-05-05", "this month", "2021-05", IRKG_DATE_MONTH, 0, 2},
	{"2021-05-05", "next month", "2021-06", IRKG_DATE_MONTH, 0, 2},
	{"2021-05-05", "earlier this month", "2021-05", IRKG_DATE_MONTH, 0, 3},
	{"2021-05-05", "last year", "2020", IRKG_DATE_YEAR, 0, 2},
	{"2021-05-05", "this year", "2021", IRKG_DATE_YEAR, 0, 2},
	{"2021-05-05", "next year", "2022", IRKG_DATE_YEAR, 0, 2},
	{"2021-05-05", "earlier this year", "2021", IRKG_DATE_YEAR, 0, 3},
	{"2021-05-05", "met earlier this week", "2021-05", IRKG_DATE_MONTH, 1,
	 3},
	/* last week ran from 26 April to 2 May: no one month */
	{"2021-05-05", "last week", "", IRKG_DATE_NONE, 0, 2},
	{"2021-05-05", "next week", "2021-05", IRKG_DATE_MONTH, 0, 2},
	{"2025-05-20", "last week", "2025-05", IRKG_DATE_MONTH, 0, 2},
	{"2025-06-02", "last week", "", IRKG_DATE_NONE, 0, 2},
	{"2025-06-09", "last week", "2025-06", IRKG_DATE_MONTH, 0, 2},
	{"2025-05-20", "next week", "", IRKG_DATE_NONE, 0, 2},
	{"2021-05-05", "in 2019", "2019", IRKG_DATE_YEAR, 1, 1},
	{"2021-05-05", "since 2017 the", "2017", IRKG_DATE_YEAR, 1, 1},
	{"2021-05-05", "by 2030", "2030", IRKG_DATE_YEAR, 1, 1},
	{"2021-05-05", "until 2022", "2022", IRKG_DATE_YEAR, 1, 1},
	{"2021-05-05", "2019 troops", NULL, IRKG_DATE_NONE, 0, 0},
	{"2021-05-05", "aug. 23", "2020-08-23", IRKG_DATE_DAY, 0, 2},
	{"2021-05-05", "aug . 23", "2020-08-23", IRKG_DATE_DAY, 0, 3},
	{"2021-05-05", "on august 23", "2020-08-23", IRKG_DATE_DAY, 1, 2},
	{"2021-05-05", "on 23 august", "2020-08-23", IRKG_DATE_DAY, 1, 2},
	{"2021-05-05", "23 august 2019", "2019-08-23", IRKG_DATE_DAY, 0, 3},
	{"2021-05-05", "may 5, 2021", "2021-05-05", IRKG_DATE_DAY, 0, 3},
	{"2021-05-05", "may 5 , 2021", "2021-05-05", IRKG_DATE_DAY, 0, 4},
	{"2021-05-05", "on may 1", "2021-05-01", IRKG_DATE_DAY, 1, 2},
	{"2021-05-05", "may 2020", "2020-05", IRKG_DATE_MONTH, 0, 2},
	{"2021-05-05", "in may", "2021-05", IRKG_DATE_MONTH, 1, 1},
	{"2021-05-05", "since early may", "2021-05", IRKG_DATE_MONTH, 2, 1},
	{"2021-05-05", "until mid-may", "2021-05", IRKG_DATE_MONTH, 1, 1},
	{"2021-05-05", "talks may resume", NULL, IRKG_DATE_NONE, 0, 0},
	{"2021-05-05", "in march", "2021-03", IRKG_DATE_MONTH, 1, 1},
	{"2021-05-05", "protesters march on", NULL, IRKG_DATE_NONE, 0, 0},
	{"2021-05-05", "march 2020", "2020-03", IRKG_DATE_MONTH, 0, 2},
	{"2021-05-05", "in june", "2020-06", IRKG_DATE_MONTH, 1, 1},
	{"2021-05-05", "december", "2020-12", IRKG_DATE_MONTH, 0, 1},
	{"2021-05-05", "jan. 6", "2021-01-06", IRKG_DATE_DAY, 0, 2},
	{"2021-05-05", "feb. 28", "2021-02-28", IRKG_DATE_DAY, 0, 2},
	{"2021-05-05", "sept. 11, 2001", "2001-09-11", IRKG_DATE_DAY, 0, 3},
	{"2021-05-05", "dec. 25", "2020-12-25", IRKG_DATE_DAY, 0, 2},
	{"2021-05-05", "february 29", "", IRKG_DATE_NONE, 0, 2},
	{"2021-05-05", "february 29 2020", "2020-02-29", IRKG_DATE_DAY, 0, 3},
	{"2021-05-05", "april 31", "", IRKG_DATE_NONE, 0, 2},
	{"2021-05-05", "july 4th", "2020-07-04", IRKG_DATE_DAY, 0, 2},
	{"2021-05-05", "on 2021-04-27 the", "2021-04-27", IRKG_DATE_DAY, 1, 1},
	{"2021-05-05", "2021-02-30", NULL, IRKG_DATE_NONE, 0, 0},
	{"2021-05-05", "the summit", NULL, IRKG_DATE_NONE, 0, 0},
	/* year boundary: Tuesday 2024-01-02 */
	{"2024-01-02", "yesterday", "2024-01-01", IRKG_DATE_DAY, 0, 1},
	{"2024-01-02", "on friday", "2023-12-29", IRKG_DATE_DAY, 1, 1},
	{"2024-01-02", "last month", "2023-12", IRKG_DATE_MONTH, 0, 2},
	{"2024-01-02", "next month", "2024-02", IRKG_DATE_MONTH, 0, 2},
	{"2024-01-02", "last year", "2023", IRKG_DATE_YEAR, 0, 2},
	{"2024-01-02", "dec. 31", "2023-12-31", IRKG_DATE_DAY, 0, 2},
	{"2024-01-02", "earlier this week", "2024-01", IRKG_DATE_MONTH, 0, 3},
	{"2021-06-01", "earlier this week", "", IRKG_DATE_NONE, 0, 3},
	/* leap year: Friday 2024-03-01 */
	{"2024-03-01", "yesterday", "2024-02-29", IRKG_DATE_DAY, 0, 1},
	{"2024-03-01", "on thursday", "2024-02-29", IRKG_DATE_DAY, 1, 1},
	{"2024-03-01", "february 29", "2024-02-29", IRKG_DATE_DAY, 0, 2},
	{"2024-03-01", "this week", "", IRKG_DATE_NONE, 0, 2},
	{"2023-03-01", "yesterday", "2023-02-28", IRKG_DATE_DAY, 0, 1},
	{"2024-12-31", "tomorrow", "2025-01-01", IRKG_DATE_DAY, 0, 1},
	/* no publication date: only absolute dates resolve */
	{NULL, "yesterday", "", IRKG_DATE_NONE, 0, 1},
	{NULL, "on friday", "", IRKG_DATE_NONE, 1, 1},
	{NULL, "aug. 23", "", IRKG_DATE_NONE, 0, 2},
	{NULL, "august 23, 2020", "2020-08-23", IRKG_DATE_DAY, 0, 3},
	{NULL, "in 2019", "2019", IRKG_DATE_YEAR, 1, 1},
};

static void test_cases(void **state)
{
	for (size_t k = 0; k < TESTUTIL_N_ELEMS(cases); k++) {
		struct tokens tk;
		struct irkg_date pub, *p = NULL;
		struct irkg_date_mention m[4];
		char buf[16];
		size_t got;

		if (cases[k].published) {
			assert_int_equal(
				irkg_date_parse_iso(cases[k].published, &pub),
				0);
			p = &pub;
		}
		tokenise(cases[k].text, &tk);
		got = irkg_dates_find(tk.norm, tk.t, tk.n, p, m, 4);
		if (!cases[k].expect) {
			if (got != 0)
				fail_msg("case %zu \"%s\": unexpected mention",
					 k, cases[k].text);
			continue;
		}
		if (got < 1)
			fail_msg("case %zu \"%s\": no mention", k,
				 cases[k].text);
		irkg_date_format(&m[0].date, m[0].precision, buf, sizeof buf);
		if (strcmp(buf, cases[k].expect) != 0 ||
		    m[0].precision != cases[k].precision ||
		    m[0].first_token != cases[k].first ||
		    m[0].n_tokens != cases[k].count)
			fail_msg("case %zu \"%s\": got %s (%d) at %zu+%zu", k,
				 cases[k].text, buf, (int)m[0].precision,
				 m[0].first_token, m[0].n_tokens);
	}
}

static void test_several_and_max(void **state)
{
	struct tokens tk;
	struct irkg_date pub = {2021, 5, 5};
	struct irkg_date_mention m[4];

	tokenise("on monday and in march 2020 and yesterday", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 3);
	assert_int_equal(m[1].first_token, 4);
	assert_int_equal(m[1].n_tokens, 2);
	assert_int_equal(m[2].date.day, 4);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 1), 1);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 0), 0);
	assert_int_equal(irkg_dates_find(NULL, tk.t, tk.n, &pub, m, 4), 0);
}

/* "a day after", "two days before", "hours after": counted from the date
 * of a day nearest in the sentence; with none, found but unresolved. */
static void test_day_offsets(void **state)
{
	struct tokens tk;
	struct irkg_date pub = {2021, 5, 5}; /* a Wednesday */
	struct irkg_date_mention m[4];

	(void)state;
	tokenise("said on friday it lifted the ban , a day after the "
		 "ministers met",
		 &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 2);
	assert_int_equal(m[1].precision, IRKG_DATE_DAY);
	assert_int_equal(m[1].n_tokens, 3);
	assert_int_equal(m[1].date.month, 4);
	assert_int_equal(m[1].date.day, 29);

	/* the offset is that of the clause it opens, from the day of the
	 * other */
	tokenise("they agreed on april 20 , two days before the ministers "
		 "meet",
		 &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 2);
	assert_int_equal(m[1].precision, IRKG_DATE_DAY);
	assert_int_equal(m[1].date.month, 4);
	assert_int_equal(m[1].date.day, 22);

	tokenise("hours after the talks ended on monday", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 2);
	assert_int_equal(m[0].date.day, 3);

	tokenise("told reporters on thursday they had spoken the previous "
		 "evening",
		 &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 2);
	assert_int_equal(m[1].date.day, 28);
	tokenise("they met on monday and signed the deal two days later", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 2);
	assert_int_equal(m[1].date.day, 5);
	tokenise("the talks ended on monday ; they had begun a day earlier",
		 &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 2);
	assert_int_equal(m[1].date.day, 2);

	/* no day to count from: found, not resolved */
	tokenise("a day after the ministers met in march", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 2);
	assert_int_equal(m[0].precision, IRKG_DATE_NONE);
	/* "a day" alone, "days after" with no count, "the day before" (whose
	 * day?) are no offset */
	tokenise("a day of talks , days after the vote , the day before", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 0);
}

static void test_refer_back(void **state)
{
	struct tokens tk;
	struct irkg_date pub = {2021, 5, 5};
	struct irkg_date_mention m[4], before = {0};

	(void)state;
	before.precision = IRKG_DATE_DAY;
	before.date = (struct irkg_date){2019, 12, 31};

	/* found here, resolved against the date told before */
	tokenise("that month , they refused", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 1);
	assert_int_equal(m[0].n_tokens, 2);
	assert_int_equal(m[0].precision, IRKG_DATE_NONE);
	irkg_date_refer_back(&m[0], &before);
	assert_int_equal(m[0].precision, IRKG_DATE_MONTH);
	assert_int_equal(m[0].date.year, 2019);
	assert_int_equal(m[0].date.month, 12);

	/* the following month and year cross the year's end */
	tokenise("the following month they met", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 1);
	irkg_date_refer_back(&m[0], &before);
	assert_int_equal(m[0].date.year, 2020);
	assert_int_equal(m[0].date.month, 1);
	tokenise("the same day", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 1);
	irkg_date_refer_back(&m[0], &before);
	assert_int_equal(m[0].precision, IRKG_DATE_DAY);
	assert_int_equal(m[0].date.day, 31);

	/* a date known only to its year gives no day */
	before.precision = IRKG_DATE_YEAR;
	before.date = (struct irkg_date){2019, 0, 0};
	tokenise("that day", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 1);
	irkg_date_refer_back(&m[0], &before);
	assert_int_equal(m[0].precision, IRKG_DATE_NONE);
	tokenise("that year 's election", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 1);
	irkg_date_refer_back(&m[0], &before);
	assert_int_equal(m[0].precision, IRKG_DATE_YEAR);
	assert_int_equal(m[0].date.year, 2019);

	/* "that" before other words, "the following day" (a day offset,
	 * with no day here to count from) and "the same" alone are no such
	 * date */
	tokenise("that deal , that the following , the same people", &tk);
	assert_int_equal(irkg_dates_find(tk.norm, tk.t, tk.n, &pub, m, 4), 0);
}

static void test_parse_iso(void **state)
{
	struct irkg_date d = {0, 0, 0};

	assert_int_equal(irkg_date_parse_iso("2024-02-29", &d), 0);
	assert_int_equal(d.year, 2024);
	assert_int_equal(d.month, 2);
	assert_int_equal(d.day, 29);
	assert_int_equal(irkg_date_parse_iso("2021-05-05T09:30:00Z", &d), 0);
	assert_int_equal(d.day, 5);
	assert_int_equal(irkg_date_parse_iso("2023-02-29", &d), IRKG_EINVAL);
	assert_int_equal(irkg_date_parse_iso("1900-02-29", &d), IRKG_EINVAL);
	assert_int_equal(irkg_date_parse_iso("2000-02-29", &d), 0);
	assert_int_equal(irkg_date_parse_iso("2021-13-01", &d), IRKG_EINVAL);
	assert_int_equal(irkg_date_parse_iso("2021-5-05", &d), IRKG_EINVAL);
	assert_int_equal(irkg_date_parse_iso("2021-05-05x", &d), IRKG_EINVAL);
	assert_int_equal(irkg_date_parse_iso("2021-05", &d), IRKG_EINVAL);
	assert_int_equal(irkg_date_parse_iso(NULL, &d), IRKG_EINVAL);
	assert_int_equal(irkg_date_parse_iso("2021-05-05", NULL), IRKG_EINVAL);
}

/* Timestamps as web pages write them (from meta tags, JSON-LD, <time>
 * and bylines of real pages); "" = no date must be found. */
static void test_parse_loose(void **state)
{
	static const struct {
		const char *s, *want;
	} stamps[] = {
		{"2019-11-19T11:00:09.000Z", "2019-11-19"},
		{"2019-11-18 23:41:18", "2019-11-18"},
		{"2019/11/18", "2019-11-18"},
		{"November 19, 2019, 9:02 AM", "2019-11-19"},
		{"November 19, 2019, 07:47 PM EST", "2019-11-19"},
		{"19 Nov 2019 07:09 GMT", "2019-11-19"},
		{"Tue Nov 19 2019 05:44:06 GMT+0000", "2019-11-19"},
		{"01:38:07 PM IST Nov 20, 2019", "2019-11-20"},
		{"Fri 6:45 PM, Feb 16, 2018", "2018-02-16"},
		{"  Monday, November 18, 2019", "2019-11-18"},
		{"November 20, 2019 - 11:28 AMT", "2019-11-20"},
		{"Sept. 3, 2024", "2024-09-03"},
		/* not whole dates, or not real ones */
		{"0001-01-01T00:00:00Z", ""},
		{"2023-02-29", ""},
		{"November 2019", ""},
		{"Updated 10:45 Nov", ""},
		{"12:30 Nov 2019", ""},
		{"Feb 30, 2020", ""},
		{"", ""},
	};
	size_t i;

	for (i = 0; i < sizeof(stamps) / sizeof(stamps[0]); i++) {
		struct irkg_date d = {7, 7, 7};
		char got[16] = "";

		if (irkg_date_parse_loose(stamps[i].s, &d) == 0)
			irkg_date_format(&d, IRKG_DATE_DAY, got, sizeof(got));
		else
			assert_int_equal(d.year, 7); /* left unchanged */
		if (strcmp(got, stamps[i].want) != 0)
			fail_msg("\"%s\": got \"%s\", want \"%s\"", stamps[i].s,
				 got, stamps[i].want);
	}
	assert_int_equal(irkg_date_parse_loose(NULL, &(struct irkg_date){0}),
			 IRKG_EINVAL);
}

static void test_format(void **state)
{
	struct irkg_date d = {2019, 3, 7};
	char buf[11], small[5];

	irkg_date_format(&d, IRKG_DATE_DAY, buf, sizeof buf);
	assert_string_equal(buf, "2019-03-07");
	irkg_date_format(&d, IRKG_DATE_MONTH, buf, sizeof buf);
	assert_string_equal(buf, "2019-03");
	irkg_date_format(&d, IRKG_DATE_YEAR, buf, sizeof buf);
	assert_string_equal(buf, "2019");
	irkg_date_format(&d, IRKG_DATE_NONE, buf, sizeof buf);
	assert_string_equal(buf, "");
	irkg_date_format(&d, IRKG_DATE_DAY, small, sizeof small);
	assert_string_equal(small, "2019");
	irkg_date_format(&d, IRKG_DATE_DAY, NULL, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_several_and_max),
		cmocka_unit_test(test_day_offsets),
		cmocka_unit_test(test_refer_back),
		cmocka_unit_test(test_parse_iso),
		cmocka_unit_test(test_parse_loose),
		cmocka_unit_test(test_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
