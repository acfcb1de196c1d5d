/* Date expressions in tokens, resolved against a publication date. */
#include "dates.h"

#include <stdio.h>
#include <string.h>

#include "../common/error.h"

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};

	if (m == 2 && is_leap(y))
		return 29;
	return len[m - 1];
}

static int real_date(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil), and back. */
static long days_from_civil(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

static struct irkg_date civil_from_days(long z)
{
	struct irkg_date r;
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.year = (int)(yoe + era * 400 + (r.month <= 2));
	return r;
}

/* 0 for Monday .. 6 for Sunday (1970-01-01 was a Thursday). */
static int weekday_of(long days)
{
	long w = (days + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

int irkg_date_parse_iso(const char *s, struct irkg_date *out)
{
	int v[3] = {0, 0, 0};
	static const int width[3] = {4, 2, 2};
	size_t pos = 0;

	if (!s || !out)
		return IRKG_EINVAL;
	for (int f = 0; f < 3; f++) {
		for (int k = 0; k < width[f]; k++, pos++) {
			if (s[pos] < '0' || s[pos] > '9')
				return IRKG_EINVAL;
			v[f] = v[f] * 10 + (s[pos] - '0');
		}
		if (f < 2 && s[pos++] != '-')
			return IRKG_EINVAL;
	}
	if (s[pos] != '\0' && s[pos] != 'T' && s[pos] != 't')
		return IRKG_EINVAL;
	if (!real_date(v[0], v[1], v[2]))
		return IRKG_EINVAL;
	out->year = v[0];
	out->month = v[1];
	out->day = v[2];
	return 0;
}

void irkg_date_format(const struct irkg_date *d, enum irkg_date_precision p,
		      char *buf, size_t size)
{
	if (!buf || size == 0)
		return;
	buf[0] = '\0';
	if (!d)
		return;
	switch (p) {
	case IRKG_DATE_YEAR:
		snprintf(buf, size, "%04d", d->year);
		break;
	case IRKG_DATE_MONTH:
		snprintf(buf, size, "%04d-%02d", d->year, d->month);
		break;
	case IRKG_DATE_DAY:
		snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month,
			 d->day);
		break;
	case IRKG_DATE_NONE:
		break;
	}
}

/* ---- reading tokens ---- */

/* What the matchers share: the tokens and the publication date. */
struct scan {
	const char *norm;
	const struct irkg_token *tokens;
	size_t n;
	int have_pub; /* pub is a real date */
	struct irkg_date pub;
	long pub_days;
};

/* Whether token i exists and its normal form is exactly `w`. */
static int is_word(const struct scan *sc, size_t i, const char *w)
{
	size_t len = strlen(w);

	return i < sc->n && sc->tokens[i].norm_length == len &&
	       memcmp(sc->norm + sc->tokens[i].norm, w, len) == 0;
}

static const char *text_of(const struct scan *sc, size_t i, size_t *len)
{
	*len = sc->tokens[i].norm_length;
	return sc->norm + sc->tokens[i].norm;
}

/* Index in `list` (NULL-terminated) of the `len` bytes at `s`, or -1. */
static int lookup(const char *const *list, const char *s, size_t len)
{
	/* The first byte decides most words at once: this runs for every
	 * token of every sentence. */
	if (!len)
		return -1;
	for (int k = 0; list[k]; k++)
		if (list[k][0] == s[0] && strncmp(list[k], s, len) == 0 &&
		    list[k][len] == '\0')
			return k;
	return -1;
}

static const char *const month_names[] = {
	"january",  "february", "march",  "april",     "may",
	"june",	    "july",	"august", "september", "october",
	"november", "december", NULL};

/* Abbreviations, each with its month in abbrev_month. */
static const char *const month_abbrevs[] = {"jan", "feb", "mar", "apr",	 "jun",
					    "jul", "aug", "sep", "sept", "oct",
					    "nov", "dec", NULL};
static const int abbrev_month[] = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};

static const char *const weekday_names[] = {"monday",	"tuesday", "wednesday",
					    "thursday", "friday",  "saturday",
					    "sunday",	NULL};

/* The month (1..12) named by `len` bytes at `s` ("august", "aug", "aug."),
 * or 0. *weak is set when the word alone is not enough to mean a month:
 * "may" and "march" (a modal verb and a verb) and abbreviations. *dot when
 * the word ends in '.'. */
static int month_word(const char *s, size_t len, int *weak, int *dot)
{
	int k;

	*dot = len > 1 && s[len - 1] == '.';
	if (*dot)
		len--;
	k = lookup(month_names, s, len);
	if (k >= 0 && !*dot) {
		*weak = k == 2 || k == 4;
		return k + 1;
	}
	k = lookup(month_abbrevs, s, len);
	if (k >= 0) {
		*weak = 1;
		return abbrev_month[k];
	}
	if (*dot && len == 3 && memcmp(s, "may", 3) == 0) {
		*weak = 1;
		return 5;
	}
	return 0;
}

/* ---- timestamps of web pages ---- */

/* One word or number of a timestamp: [begin, begin + len) of the string,
 * with whether a ':' touches it (then it is a clock time, not a day). */
struct stamp_word {
	const char *begin;
	size_t len;
	int digits, clock;
};

static size_t stamp_words(const char *s, struct stamp_word *w, size_t max)
{
	const char *start = s;
	size_t n = 0;

	while (*s && n < max) {
		const char *b = s;
		int digit = *s >= '0' && *s <= '9';
		int alpha = (*s | 32) >= 'a' && (*s | 32) <= 'z';

		if (!digit && !alpha) {
			s++;
			continue;
		}
		while (*s && (digit ? (*s >= '0' && *s <= '9')
				    : ((*s | 32) >= 'a' && (*s | 32) <= 'z')))
			s++;
		w[n].begin = b;
		w[n].len = (size_t)(s - b);
		w[n].digits = digit;
		w[n].clock = (b > start && b[-1] == ':') || *s == ':';
		n++;
	}
	return n;
}

static int stamp_number(const struct stamp_word *w, size_t max_len)
{
	int v = 0;

	if (!w->digits || w->len > max_len || w->clock)
		return -1;
	for (size_t k = 0; k < w->len; k++)
		v = v * 10 + (w->begin[k] - '0');
	return v;
}

/* The month a word names in a timestamp (full name or abbreviation). */
static int stamp_month(const struct stamp_word *w)
{
	char lower[10];
	int weak, dot;

	if (w->digits || w->len < 3 || w->len >= sizeof(lower))
		return 0;
	for (size_t k = 0; k < w->len; k++)
		lower[k] = (char)(w->begin[k] | 32);
	return month_word(lower, w->len, &weak, &dot);
}

static int stamp_year(const struct stamp_word *w)
{
	int y = w->len == 4 ? stamp_number(w, 4) : -1;

	return y >= 1900 && y <= 2099 ? y : 0;
}

int irkg_date_parse_loose(const char *s, struct irkg_date *out)
{
	struct stamp_word w[24];
	size_t n, i;

	if (!s || !out)
		return IRKG_EINVAL;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	n = stamp_words(s, w, sizeof(w) / sizeof(w[0]));
	/* year first: 2019-11-19, 2019/11/19, 2019.11.19 */
	if (n >= 3 && stamp_year(&w[0]) && w[1].len <= 2 && w[2].len <= 2 &&
	    !w[1].clock && w[0].begin[4] == w[1].begin[-1] &&
	    strchr("-/.", w[0].begin[4])) {
		int y = stamp_year(&w[0]), m = stamp_number(&w[1], 2),
		    d = stamp_number(&w[2], 2);

		if (real_date(y, m, d)) {
			*out = (struct irkg_date){y, m, d};
			return 0;
		}
		return IRKG_EINVAL;
	}
	/* a month name with a day beside it and a year after (or before) */
	for (i = 0; i < n; i++) {
		int m = stamp_month(&w[i]), d = -1, y = 0;
		size_t k, after = i + 1;

		if (!m)
			continue;
		if (i + 1 < n && (d = stamp_number(&w[i + 1], 2)) >= 1)
			after = i + 2;
		else if (i > 0 && (d = stamp_number(&w[i - 1], 2)) >= 1)
			after = i + 1;
		if (d < 1)
			continue;
		for (k = after; k < n && k <= after + 1 && !y; k++)
			y = stamp_year(&w[k]);
		for (k = i; k-- > 0 && k + 3 >= i && !y;)
			y = stamp_year(&w[k]);
		if (y && real_date(y, m, d)) {
			*out = (struct irkg_date){y, m, d};
			return 0;
		}
	}
	return IRKG_EINVAL;
}

/* A day of the month at token i: "23", "5th", "23," (a trailing comma is
 * how a space-split "may 5, 2021" reads). Returns 1..31, or 0. */
static int day_at(const struct scan *sc, size_t i)
{
	size_t len, k = 0;
	const char *s;
	int d = 0;

	if (i >= sc->n)
		return 0;
	s = text_of(sc, i, &len);
	while (k < len && k < 2 && s[k] >= '0' && s[k] <= '9')
		d = d * 10 + (s[k++] - '0');
	if (k == 0 || d < 1 || d > 31)
		return 0;
	if (k + 2 <= len &&
	    (memcmp(s + k, "st", 2) == 0 || memcmp(s + k, "nd", 2) == 0 ||
	     memcmp(s + k, "rd", 2) == 0 || memcmp(s + k, "th", 2) == 0))
		k += 2;
	if (k < len && s[k] == ',')
		k++;
	return k == len ? d : 0;
}

/* A year at token i: four digits (1000..2999), perhaps with a trailing ','
 * or '.'. Returns it, or 0. */
static int year_at(const struct scan *sc, size_t i)
{
	size_t len;
	const char *s;
	int y = 0;

	if (i >= sc->n)
		return 0;
	s = text_of(sc, i, &len);
	if (len == 5 && (s[4] == ',' || s[4] == '.'))
		len = 4;
	if (len != 4)
		return 0;
	for (size_t k = 0; k < 4; k++) {
		if (s[k] < '0' || s[k] > '9')
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	return y >= 1000 && y <= 2999 ? y : 0;
}

/* ---- building mentions ---- */

static void set_day(struct irkg_date_mention *m, struct irkg_date d)
{
	m->date = d;
	m->precision = IRKG_DATE_DAY;
}

static void set_month(struct irkg_date_mention *m, int y, int mo)
{
	m->date.year = y;
	m->date.month = mo;
	m->date.day = 0;
	m->precision = IRKG_DATE_MONTH;
}

static void set_year(struct irkg_date_mention *m, int y)
{
	m->date.year = y;
	m->date.month = 0;
	m->date.day = 0;
	m->precision = IRKG_DATE_YEAR;
}

/* The publication month shifted by `delta` months. */
static void set_pub_month(const struct scan *sc, struct irkg_date_mention *m,
			  int delta)
{
	int index = sc->pub.year * 12 + (sc->pub.month - 1) + delta;

	set_month(m, index / 12, index % 12 + 1);
}

/* ---- the matchers: each fills *m and returns the tokens it took, or 0 */

/* "2021-05-05" as one token. */
static size_t match_iso(const struct scan *sc, size_t i,
			struct irkg_date_mention *m)
{
	struct irkg_date d;
	size_t len;
	const char *s = text_of(sc, i, &len);

	if (len < 10 || (s[0] < '0' || s[0] > '9'))
		return 0;
	if (len > 10 && s[10] != 't')
		return 0;
	if (irkg_date_parse_iso(s, &d) != 0)
		return 0;
	set_day(m, d);
	return 1;
}

/* "today", "yesterday", "tomorrow". */
static size_t match_deictic(const struct scan *sc, size_t i,
			    struct irkg_date_mention *m)
{
	static const char *const words[] = {"yesterday", "today", "tomorrow",
					    NULL};
	size_t len;
	const char *s = text_of(sc, i, &len);
	int k = lookup(words, s, len);

	if (k < 0)
		return 0;
	if (sc->have_pub)
		set_day(m, civil_from_days(sc->pub_days + k - 1));
	return 1;
}

/* The weekday `wd` counted from publication: `dir` -1 is the most recent
 * on or before it, -2 strictly before, +1 strictly after. */
static void set_weekday(const struct scan *sc, struct irkg_date_mention *m,
			int wd, int dir)
{
	int pub_wd = weekday_of(sc->pub_days);
	long back = (pub_wd - wd + 7) % 7;

	if (!sc->have_pub)
		return;
	if (dir == -2 && back == 0)
		back = 7;
	if (dir == 1) {
		long ahead = (wd - pub_wd + 7) % 7;

		set_day(m, civil_from_days(sc->pub_days + (ahead ? ahead : 7)));
		return;
	}
	set_day(m, civil_from_days(sc->pub_days - back));
}

/* "this|last|next week|month|year|<weekday>", "earlier|later this ...". */
static size_t match_relative(const struct scan *sc, size_t i,
			     struct irkg_date_mention *m)
{
	size_t k = i, len;
	int delta, wd;
	const char *s;

	if (is_word(sc, k, "earlier") || is_word(sc, k, "later")) {
		k++;
		if (!is_word(sc, k, "this"))
			return 0;
	}
	if (is_word(sc, k, "this"))
		delta = 0;
	else if (is_word(sc, k, "last"))
		delta = -1;
	else if (is_word(sc, k, "next"))
		delta = 1;
	else
		return 0;
	k++;
	if (k >= sc->n)
		return 0;
	s = text_of(sc, k, &len);
	wd = lookup(weekday_names, s, len);
	if (wd >= 0) {
		if (delta == 0 || k - i != 1)
			return 0; /* "this friday" could go either way */
		set_weekday(sc, m, wd, delta < 0 ? -2 : 1);
		return 2;
	}
	if (is_word(sc, k, "year")) {
		if (sc->have_pub)
			set_year(m, sc->pub.year + delta);
	} else if (is_word(sc, k, "month")) {
		if (sc->have_pub)
			set_pub_month(sc, m, delta);
	} else if (is_word(sc, k, "week")) {
		/* A week is no day and seldom one month: give the month only
		 * when the ISO week meant (this, last or next), Monday to
		 * Sunday, lies wholly in it. */
		if (sc->have_pub) {
			long monday = sc->pub_days - weekday_of(sc->pub_days) +
				      7L * delta;
			struct irkg_date a = civil_from_days(monday);
			struct irkg_date b = civil_from_days(monday + 6);

			if (a.year == b.year && a.month == b.month)
				set_month(m, a.year, a.month);
		}
	} else {
		return 0;
	}
	return k + 1 - i;
}

/* "wednesday", "on friday". */
static size_t match_weekday(const struct scan *sc, size_t i,
			    struct irkg_date_mention *m)
{
	size_t len;
	const char *s = text_of(sc, i, &len);
	int wd = lookup(weekday_names, s, len);

	if (wd < 0)
		return 0;
	set_weekday(sc, m, wd, -1);
	return 1;
}

/* Resolve month `mo` with day `d` (0: none) and year `y` (0: none). */
static void set_calendar(const struct scan *sc, struct irkg_date_mention *m,
			 int y, int mo, int d)
{
	if (y == 0) {
		if (!sc->have_pub)
			return;
		y = mo <= sc->pub.month ? sc->pub.year : sc->pub.year - 1;
	}
	if (d == 0) {
		set_month(m, y, mo);
		return;
	}
	if (!real_date(y, mo, d))
		return; /* "february 30": found, not resolved */
	m->date.year = y;
	m->date.month = mo;
	m->date.day = d;
	m->precision = IRKG_DATE_DAY;
}

/* Whether token i makes a following bare month word a month. */
static int month_context(const struct scan *sc, size_t i)
{
	static const char *const words[] = {"in",    "since",  "by",
					    "until", "during", "early",
					    "late",  "mid",    NULL};
	size_t len;
	const char *s;

	if (i >= sc->n)
		return 0;
	s = text_of(sc, i, &len);
	if (lookup(words, s, len) >= 0)
		return 1;
	return len == 1 && s[0] == '-' && i > 0 && is_word(sc, i - 1, "mid");
}

/* "23 august", "23 august 2020". */
static size_t match_day_month(const struct scan *sc, size_t i,
			      struct irkg_date_mention *m)
{
	int d = day_at(sc, i), mo, weak, dot, y;
	size_t len, k = i + 1;
	const char *s;

	if (!d || k >= sc->n)
		return 0;
	s = text_of(sc, k, &len);
	mo = month_word(s, len, &weak, &dot);
	if (!mo)
		return 0;
	k++;
	if (!dot && weak && is_word(sc, k, "."))
		k++;
	y = year_at(sc, k);
	if (!y && mo == 5)
		return 0; /* "5 may attend" */
	set_calendar(sc, m, y, mo, d);
	return (y ? k + 1 : k) - i;
}

/* "aug. 23", "may 5, 2021", "march 2020", "in march", "mid-may". */
static size_t match_month(const struct scan *sc, size_t i,
			  struct irkg_date_mention *m)
{
	size_t len, k = i + 1;
	const char *s = text_of(sc, i, &len);
	int mo, weak, dot, d, y = 0,
			      context = i > 0 && month_context(sc, i - 1);

	if (len > 4 && memcmp(s, "mid-", 4) == 0) {
		s += 4;
		len -= 4;
		context = 1;
	}
	mo = month_word(s, len, &weak, &dot);
	if (!mo)
		return 0;
	if (!dot && weak && is_word(sc, k, "."))
		k++;
	d = day_at(sc, k);
	if (d) {
		size_t after = k + 1;

		if (is_word(sc, after, ","))
			after++;
		y = year_at(sc, after);
		k = y ? after + 1 : k + 1;
	} else {
		y = year_at(sc, k);
		if (y)
			k++;
		else if (weak && !context)
			return 0;
	}
	set_calendar(sc, m, y, mo, d);
	return k - i;
}

/* "in 2019", "since 2019", "by 2019", "until 2019": the year alone. */
static size_t match_year(const struct scan *sc, size_t i,
			 struct irkg_date_mention *m)
{
	int y = year_at(sc, i);

	if (!y || i == 0)
		return 0;
	if (!is_word(sc, i - 1, "in") && !is_word(sc, i - 1, "since") &&
	    !is_word(sc, i - 1, "by") && !is_word(sc, i - 1, "until"))
		return 0;
	set_year(m, y);
	return 1;
}

/* "that day|month|year", "the same day|month|year", "the following
 * month|year": a date told before, resolved by irkg_date_refer_back. "the
 * following day" is a day offset (match_day_offset). */
static size_t match_refer_back(const struct scan *sc, size_t i,
			       struct irkg_date_mention *m)
{
	static const char *const units[] = {"year", "month", "day", NULL};
	static const enum irkg_date_precision precision[] = {
		IRKG_DATE_YEAR, IRKG_DATE_MONTH, IRKG_DATE_DAY};
	size_t len, k = i + 1;
	const char *s;
	int unit, after = 0;

	if (is_word(sc, i, "the") && is_word(sc, k, "same"))
		k++;
	else if (is_word(sc, i, "the") && is_word(sc, k, "following"))
		after = 1, k++;
	else if (!is_word(sc, i, "that"))
		return 0;
	if (k >= sc->n)
		return 0;
	s = text_of(sc, k, &len);
	unit = lookup(units, s, len);
	if (unit < 0 || (after && precision[unit] == IRKG_DATE_DAY))
		return 0;
	m->refers_back = precision[unit];
	m->units_after = after;
	return k + 1 - i;
}

void irkg_date_refer_back(struct irkg_date_mention *m,
			  const struct irkg_date_mention *before)
{
	struct irkg_date d;

	if (!m || !before || m->refers_back == IRKG_DATE_NONE ||
	    before->precision < m->refers_back)
		return;
	d = before->date;
	if (m->refers_back == IRKG_DATE_YEAR) {
		set_year(m, d.year + m->units_after);
	} else if (m->refers_back == IRKG_DATE_MONTH) {
		int index = d.year * 12 + (d.month - 1) + m->units_after;

		set_month(m, index / 12, index % 12 + 1);
	} else {
		m->date = d;
		m->precision = IRKG_DATE_DAY;
	}
}

/* "a day after", "two days before", "hours after", "a day earlier", "the
 * previous evening", "the next day": how many days the act lies after (+)
 * or before (-) another date of its sentence ("said on Friday it had
 * lifted the ban, a day after the ministers met"; "told reporters on
 * Thursday they had spoken the previous evening"); the tokens taken, or
 * 0. */
static size_t match_day_offset(const struct scan *sc, size_t i, int *days)
{
	static const char *const counts[] = {"a",    "one",  "two", "three",
					     "four", "five", "six", NULL};
	size_t len;
	const char *s = text_of(sc, i, &len);
	int k, n;

	/* asked of every word no date begins with: "three", "hours" and
	 * "the" are the longest that can start an offset */
	if (len > 5 || !strchr("aotfsh", s[0]))
		return 0;
	k = lookup(counts, s, len);
	if (is_word(sc, i, "hours") &&
	    (is_word(sc, i + 1, "after") || is_word(sc, i + 1, "before"))) {
		*days = 0;
		return 2;
	}
	if (is_word(sc, i, "the") &&
	    (is_word(sc, i + 2, "day") || is_word(sc, i + 2, "evening") ||
	     is_word(sc, i + 2, "night") || is_word(sc, i + 2, "morning"))) {
		if (is_word(sc, i + 1, "previous") ||
		    is_word(sc, i + 1, "preceding"))
			*days = -1;
		else if (is_word(sc, i + 1, "next") ||
			 is_word(sc, i + 1, "following"))
			*days = 1;
		else
			return 0;
		return 3;
	}
	if (k < 0)
		return 0;
	n = k <= 1 ? 1 : k;
	if (!(n == 1 ? is_word(sc, i + 1, "day") : is_word(sc, i + 1, "days")))
		return 0;
	/* "a day after the ministers met" dates the meeting a day before
	 * the other date, "they had met a day earlier" too */
	if (is_word(sc, i + 2, "after") || is_word(sc, i + 2, "earlier"))
		*days = -n;
	else if (is_word(sc, i + 2, "before") || is_word(sc, i + 2, "later"))
		*days = n;
	else
		return 0;
	return 3;
}

/* Resolve each day offset found in a sentence against the date of a day
 * nearest it there; one with no such date stays unresolved. */
static void resolve_day_offsets(const struct scan *sc,
				struct irkg_date_mention *out, size_t found)
{
	for (size_t k = 0; k < found; k++) {
		size_t best = found, best_distance = (size_t)-1;
		int days;

		if (out[k].precision != IRKG_DATE_NONE ||
		    !match_day_offset(sc, out[k].first_token, &days))
			continue;
		for (size_t j = 0; j < found; j++) {
			size_t d = out[j].first_token > out[k].first_token
					   ? out[j].first_token -
						     out[k].first_token
					   : out[k].first_token -
						     out[j].first_token;

			if (out[j].precision == IRKG_DATE_DAY &&
			    d < best_distance) {
				best = j;
				best_distance = d;
			}
		}
		if (best == found)
			continue;
		set_day(&out[k],
			civil_from_days(days_from_civil(out[best].date.year,
							out[best].date.month,
							out[best].date.day) +
					days));
	}
}

/* Whether a date expression may begin at token i: a digit, or a word of
 * at most nine letters ("wednesday", "yesterday") or "mid-..." whose first
 * letter begins one of the words the matchers look for. Asked of every
 * token first, so that most words take no matcher at all. */
static int may_begin_date(const struct scan *sc, size_t i)
{
	size_t len;
	const char *s = text_of(sc, i, &len);

	if (!len)
		return 0;
	if (s[0] >= '0' && s[0] <= '9')
		return 1;
	if (len > 9 && memcmp(s, "mid-", 4) != 0)
		return 0;
	return strchr("adefhjlmnostwy", s[0]) != NULL;
}

size_t irkg_dates_find(const char *norm, const struct irkg_token *tokens,
		       size_t n, const struct irkg_date *published,
		       struct irkg_date_mention *out, size_t max)
{
	static size_t (*const matchers[])(const struct scan *, size_t,
					  struct irkg_date_mention *) = {
		match_iso,     match_deictic,	match_relative,
		match_weekday, match_day_month, match_month,
		match_year,    match_refer_back};
	struct scan sc;
	size_t found = 0, i = 0;

	if (!norm || !tokens || !out)
		return 0;
	sc.norm = norm;
	sc.tokens = tokens;
	sc.n = n;
	sc.have_pub = published && real_date(published->year, published->month,
					     published->day);
	if (sc.have_pub) {
		sc.pub = *published;
		sc.pub_days =
			days_from_civil(sc.pub.year, sc.pub.month, sc.pub.day);
	} else {
		memset(&sc.pub, 0, sizeof sc.pub);
		sc.pub_days = 0;
	}
	while (i < n && found < max) {
		size_t took = 0;
		struct irkg_date_mention m;

		if (!may_begin_date(&sc, i)) {
			i++;
			continue;
		}
		for (size_t k = 0; k < sizeof matchers / sizeof matchers[0];
		     k++) {
			memset(&m, 0, sizeof m);
			took = matchers[k](&sc, i, &m);
			if (took)
				break;
		}
		if (!took) {
			int days;

			memset(&m, 0, sizeof m);
			took = match_day_offset(&sc, i, &days);
		}
		if (!took) {
			i++;
			continue;
		}
		m.first_token = i;
		m.n_tokens = took;
		out[found++] = m;
		i += took;
	}
	resolve_day_offsets(&sc, out, found);
	return found;
}

int irkg_date_bound_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0, i;
	int y, m = 1, d = 1;

	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-'
				       : (s[i] < '0' || s[i] > '9'))
			return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	if (n >= 7)
		m = (s[5] - '0') * 10 + (s[6] - '0');
	if (n == 10)
		d = (s[8] - '0') * 10 + (s[9] - '0');
	return real_date(y, m, d);
}

int irkg_date_compare_at(const char *date, const char *bound)
{
	return strncmp(date, bound, strlen(bound));
}

int irkg_date_in_range(const char *date, const char *from, const char *to)
{
	if (!from && !to)
		return 1;
	if (!date)
		return 0;
	return (!from || irkg_date_compare_at(date, from) >= 0) &&
	       (!to || irkg_date_compare_at(date, to) <= 0);
}
