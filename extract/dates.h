/* Date expressions in a sentence's tokens, resolved against the article's
 * publication date; what cannot be resolved is reported but not guessed. */
#ifndef IRKG_DATES_H
#define IRKG_DATES_H

#include <stddef.h>

#include "text.h"

/* A calendar date; month and day are 0 when not known ("in 2019" is
 * 2019-00-00 with precision year). */
struct irkg_date {
	int year, month, day;
};

/* How much of a date is known. NONE: the mention was found but could not be
 * resolved (its date is all zeros). */
enum irkg_date_precision {
	IRKG_DATE_NONE,
	IRKG_DATE_YEAR,
	IRKG_DATE_MONTH,
	IRKG_DATE_DAY
};

/* One date expression: tokens [first_token, first_token + n_tokens).
 * Prepositions that only trigger a match ("in" 2019, "on" friday) are not
 * part of the span. */
struct irkg_date_mention {
	size_t first_token, n_tokens;
	struct irkg_date date;
	enum irkg_date_precision precision;
	/* "that month", "the same day", "the following year": the unit of a
	 * date told before, and how many of them after it (0 or 1), which
	 * irkg_date_refer_back resolves; NONE for every other mention */
	enum irkg_date_precision refers_back;
	int units_after;
};

/* Parse "YYYY-MM-DD" (also "YYYY-MM-DDThh:mm..."; anything after the 'T' is
 * ignored) into *out. Returns 0, or IRKG_EINVAL if `s` or `out` is NULL or
 * `s` is not a real date (year 1..9999, Gregorian months and leap years);
 * *out is then unchanged. */
int irkg_date_parse_iso(const char *s, struct irkg_date *out);

/* Parse a timestamp as web pages write them into *out: ISO ("2019-11-19",
 * "2019-11-19 23:41:18", "2019/11/19") or with a month name, in any of the
 * usual orders ("November 19, 2019, 9:02 AM", "19 Nov 2019 07:09 GMT",
 * "Tue Nov 19 2019 05:44:06 GMT+0000", "01:38:07 PM IST Nov 20, 2019").
 * The day must stand next to the month name and the year be four digits;
 * clock times are skipped. Returns 0, or IRKG_EINVAL when `s` holds no
 * whole real date (*out is then unchanged). */
int irkg_date_parse_loose(const char *s, struct irkg_date *out);

/* Write `d` as YYYY, YYYY-MM or YYYY-MM-DD by `p` (the empty string for
 * IRKG_DATE_NONE) into `buf` of `size` bytes (>= 11 for a whole date;
 * truncated and NUL-terminated if shorter). Does nothing when buf is NULL
 * or size is 0; a NULL `d` writes the empty string. */
void irkg_date_format(const struct irkg_date *d, enum irkg_date_precision p,
		      char *buf, size_t size);

/* Find date expressions in tokens[0..n) whose normal forms are in `norm`
 * (as irkg_text_norm(): case folded) and resolve them against `published`.
 * `published` may be NULL (or not a real date): then only absolute dates
 * resolve and relative ones are reported with IRKG_DATE_NONE. Writes at
 * most `max` mentions, in text order and not overlapping, to `out` and
 * returns how many it wrote (0 when norm, tokens or out is NULL).
 *
 * Rules (see the comments in dates.c for the details):
 * - "today", "yesterday", "tomorrow": the day.
 * - a weekday ("wednesday", "on friday"): the most recent such day on or
 *   before publication (the publication day itself when equal); "last
 *   friday" strictly before, "next friday" strictly after.
 * - "this|last|next month|year", also "earlier|later this month|year".
 * - "this week", "earlier|later this week": the publication date's ISO week
 *   (Monday to Sunday); its month with MONTH precision when the whole week
 *   lies in one month, else NONE. "last week", "next week": NONE.
 * - month names, full or abbreviated ("aug.", "sept."), with a day and/or a
 *   year in either order ("aug. 23", "23 august", "may 5, 2021",
 *   "march 2020"); without a year, the most recent such month not after the
 *   publication month. A bare month needs a context word before it ("in",
 *   "since", "by", "until", "during", "early", "late", "mid", "mid-") when
 *   it is "may", "march" or an abbreviation; a day that month cannot have
 *   ("february 30") gives NONE.
 * - a year after "in", "since", "by" or "until": YEAR.
 * - an ISO date token "2021-05-05": DAY. */
/* Resolve a mention that refers back (m->refers_back) against `before`, the
 * last date told before it: "in January 2025 ... That month" is 2025-01.
 * `before` must be known to at least m's unit ("that day" after "in 2019"
 * stays NONE). */
void irkg_date_refer_back(struct irkg_date_mention *m,
			  const struct irkg_date_mention *before);

size_t irkg_dates_find(const char *norm, const struct irkg_token *tokens,
		       size_t n, const struct irkg_date *published,
		       struct irkg_date_mention *out, size_t max);

/* Whether `s` is a date bound a user may give: YYYY, YYYY-MM or YYYY-MM-DD,
 * a real month and day. */
int irkg_date_bound_ok(const char *s);

/* Compare the date text `date` (YYYY, YYYY-MM or YYYY-MM-DD) with `bound`
 * at the bound's precision ("2021-05-05" is equal to "2021-05"): <0, 0
 * or >0 as strcmp. */
int irkg_date_compare_at(const char *date, const char *bound);

/* Whether the date text `date` lies within [from, to] at the bounds'
 * precisions (either bound NULL: open). A missing date (NULL) lies only
 * within an open range. */
int irkg_date_in_range(const char *date, const char *from, const char *to);

#endif
