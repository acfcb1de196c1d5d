/* Plain-text news articles: header line, headline, dateline, body
 * paragraphs, and where the web boilerplate after the body begins. */
#include "plaintext.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

/* Lines shorter than this without final punctuation look like link titles,
 * bylines or timestamps rather than prose. */
#define SHORT_LINE 60
/* A first body paragraph without a dateline must be at least this long. */
#define PROSE_MIN 40
/* Navigation items ("Car Prices", "About Us") are at most this long. */
#define NAV_ITEM_MAX 40

/* One line of the text, trimmed of surrounding white space. */
struct line {
	size_t start, end;
};

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
	       c == '\v';
}

static int is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}
static int is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}
static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}
static int is_alpha(char c)
{
	return is_upper(c) || is_lower(c);
}

static char lower(char c)
{
	return is_upper(c) ? (char)(c - 'A' + 'a') : c;
}

/* Whether bytes [s, s + n) equal `word`, ignoring ASCII case. */
static int equal_nocase(const char *s, size_t n, const char *word)
{
	size_t i;

	if (strlen(word) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (lower(s[i]) != lower(word[i]))
			return 0;
	return 1;
}

/* Whether bytes [s, s + n) start with `prefix`, ignoring ASCII case. */
static int prefix_nocase(const char *s, size_t n, const char *prefix)
{
	size_t m = strlen(prefix);

	return m <= n && equal_nocase(s, m, prefix);
}

/* Whether `needle` occurs in [s, s + n), ignoring ASCII case. */
static int contains_nocase(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i, k;
	char first = lower(needle[0]);

	for (i = 0; i + m <= n; i++) {
		if (lower(s[i]) != first)
			continue;
		for (k = 1; k < m && lower(s[i + k]) == lower(needle[k]); k++)
			;
		if (k == m)
			return 1;
	}
	return 0;
}

/* Whether [s, s + n) ends with the bytes of `suffix`. */
static int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t m = strlen(suffix);

	return m <= n && memcmp(s + n - m, suffix, m) == 0;
}

/* A truncated link title: "Ousted lawmakers announce ..", "…". */
static int ends_truncated(const char *s, size_t n)
{
	return ends_with(s, n, " ..") || ends_with(s, n, "...") ||
	       ends_with(s, n, "\xe2\x80\xa6");
}

/* Whether [s, s + n) ends like a sentence: . ! ? or a closing quote, or
 * a closing parenthesis after one of those. */
static int ends_final(const char *s, size_t n)
{
	char c;

	if (n == 0)
		return 0;
	if (ends_with(s, n, "\xe2\x80\x9d") || ends_with(s, n, "\xe2\x80\x99"))
		return 1;
	c = s[n - 1];
	if (c == ')' && n >= 2)
		c = s[n - 2];
	return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'';
}

/* Short and without final punctuation, or a truncated link title. */
static int is_short_link(const char *s, size_t n)
{
	if (ends_truncated(s, n))
		return 1;
	return n < SHORT_LINE && !ends_final(s, n);
}

static int count_words(const char *s, size_t n)
{
	int words = 0, in_word = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (is_space(s[i]))
			in_word = 0;
		else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	return words;
}

/* Section markers that start the boilerplate after an article. */
static const char *const markers[] = {
	"Related Topics", "Related",   "Recent Stories", "Read more",
	"Read more:",	  "Most read", "Share this",	 "Advertisement",
};

/* An agency's credit line: "(Reporting by ...; Editing by ...)", "Writing
 * by ...", "... contributed to this report." */
static int is_credit(const char *s, size_t n)
{
	return prefix_nocase(s, n, "(Reporting by") ||
	       prefix_nocase(s, n, "Reporting by") ||
	       prefix_nocase(s, n, "(Writing by") ||
	       prefix_nocase(s, n, "Writing by") ||
	       prefix_nocase(s, n, "(Editing by") ||
	       prefix_nocase(s, n, "Additional reporting by") ||
	       prefix_nocase(s, n, "(Additional reporting by") ||
	       prefix_nocase(s, n, "Source:") ||
	       prefix_nocase(s, n, "Sources:") ||
	       prefix_nocase(s, n, "Compiled by") ||
	       prefix_nocase(s, n, "(Compiled by") ||
	       contains_nocase(s, n, "contributed to this report") ||
	       contains_nocase(s, n, "contributed reporting");
}

static int is_marker(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(markers) / sizeof(markers[0]); i++)
		if (equal_nocase(s, n, markers[i]))
			return 1;
	return prefix_nocase(s, n, "More Stories From") ||
	       prefix_nocase(s, n, "Related:") ||
	       prefix_nocase(s, n, "Read more:") ||
	       prefix_nocase(s, n, "Read also:") ||
	       prefix_nocase(s, n, "See also:") ||
	       prefix_nocase(s, n, "Also read:") ||
	       prefix_nocase(s, n, "Our Standards:") ||
	       /* an outlet's promotion of itself */
	       prefix_nocase(s, n, "Subscribe to") ||
	       prefix_nocase(s, n, "Sign up for") ||
	       prefix_nocase(s, n, "Sign up to") ||
	       prefix_nocase(s, n, "For more news") ||
	       prefix_nocase(s, n, "For more stories") ||
	       prefix_nocase(s, n, "Follow us on") ||
	       prefix_nocase(s, n, "About Us | Contact Us") || is_credit(s, n);
}

static int is_copyright(const char *s, size_t n)
{
	size_t i;

	if (contains_nocase(s, n, "\xc2\xa9") ||
	    contains_nocase(s, n, "All rights reserved") ||
	    prefix_nocase(s, n, "Copyright"))
		return 1;
	for (i = 0; i + 4 < n; i++)
		if (equal_nocase(s + i, 4, "(c) ") && is_digit(s[i + 4]))
			return 1;
	return 0;
}

/* A navigation line: three or more short items separated by " | " or
 * " - ", and no sentence ending. */
static int is_navigation(const char *s, size_t n)
{
	size_t i, item = 0, items = 0;

	if (ends_final(s, n))
		return 0;
	for (i = 0; i <= n; i++) {
		int sep = i + 3 <= n && (memcmp(s + i, " | ", 3) == 0 ||
					 memcmp(s + i, " - ", 3) == 0);

		if (i == n || sep) {
			if (i - item == 0 || i - item > NAV_ITEM_MAX)
				return 0;
			items++;
			if (sep) {
				i += 2;
				item = i + 1;
			}
		}
	}
	return items >= 3;
}

/* A wire agency's slug of editors' initials at the end of a story
 * ("bur-sk/ami/dhc", "jm/rsc"): one word of lower-case letters and
 * hyphens with at least one slash. */
static int is_agency_slug(const char *s, size_t n)
{
	size_t i, slashes = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '/')
			slashes++;
		else if (!is_lower(s[i]) && s[i] != '-')
			return 0;
	}
	return slashes > 0 && n <= 40 && is_lower(s[0]) && is_lower(s[n - 1]);
}

/* Boilerplate recognisable from one line alone. */
static int is_boilerplate(const char *s, size_t n)
{
	return is_marker(s, n) || is_copyright(s, n) || is_navigation(s, n) ||
	       is_agency_slug(s, n);
}

/* ---- datelines ---- */

static const char *const months[] = {
	"January", "February", "March",	    "April",   "May",	   "June",
	"July",	   "August",   "September", "October", "November", "December",
};

/* The month (1-12) named by the word [s, s + n) — full, three letters or
 * "Sept", optionally with a full stop — or 0. */
static int month_of(const char *s, size_t n)
{
	int m;

	if (n > 0 && s[n - 1] == '.')
		n--;
	for (m = 0; m < 12; m++) {
		if (equal_nocase(s, n, months[m]))
			return m + 1;
		if (n == 3 && lower(s[0]) == lower(months[m][0]) &&
		    lower(s[1]) == months[m][1] && lower(s[2]) == months[m][2])
			return m + 1;
	}
	if (equal_nocase(s, n, "Sept"))
		return 9;
	return 0;
}

/* Skips one capitalised word at s[*q] (letters, '.', '\'', '-'); returns
 * whether there was one and clears *allcaps if it has a lower-case letter. */
static int skip_cap_word(const char *s, size_t end, size_t *q, int *allcaps)
{
	size_t i = *q;

	if (i >= end || !is_upper(s[i]))
		return 0;
	while (i < end &&
	       (is_alpha(s[i]) || s[i] == '.' || s[i] == '\'' || s[i] == '-')) {
		if (is_lower(s[i]))
			*allcaps = 0;
		i++;
	}
	*q = i;
	return 1;
}

/* Skips capitalised words separated by single spaces (at most `max`). */
static int skip_cap_words(const char *s, size_t end, size_t *q, int *allcaps,
			  int max)
{
	int n = 0;

	while (n < max && skip_cap_word(s, end, q, allcaps)) {
		n++;
		if (*q + 1 < end && s[*q] == ' ' && is_upper(s[*q + 1]))
			(*q)++;
		else
			break;
	}
	return n;
}

/* Skips "Month Day" at s[*q]; returns the month or 0 (q unchanged). */
static int skip_month_day(const char *s, size_t end, size_t *q, int *day)
{
	size_t i = *q, w = *q;
	int month, d = 0;

	while (i < end && (is_alpha(s[i]) || s[i] == '.'))
		i++;
	month = month_of(s + w, i - w);
	if (!month || i >= end || s[i] != ' ')
		return 0;
	i++;
	if (i >= end || !is_digit(s[i]))
		return 0;
	while (i < end && is_digit(s[i]) && d < 100)
		d = d * 10 + (s[i++] - '0');
	if (d < 1 || d > 31)
		return 0;
	*q = i;
	*day = d;
	return month;
}

static void skip_blanks(const char *s, size_t end, size_t *q)
{
	while (*q < end && (s[*q] == ' ' || s[*q] == '\t'))
		(*q)++;
}

/* A year 1900-2099 standing alone in [s + start, s + end), or 0. */
static int find_year(const char *s, size_t start, size_t end)
{
	size_t i;

	for (i = start; i + 4 <= end; i++) {
		if ((i > start && is_digit(s[i - 1])) ||
		    (i + 4 < end && is_digit(s[i + 4])))
			continue;
		if ((s[i] == '1' && s[i + 1] == '9') ||
		    (s[i] == '2' && s[i + 1] == '0'))
			if (is_digit(s[i + 2]) && is_digit(s[i + 3]))
				return (s[i] - '0') * 1000 +
				       (s[i + 1] - '0') * 100 +
				       (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
	}
	return 0;
}

/* The length of the dateline at s[start, end) — place, optional ", Month
 * Day" or ", Region", optional "(Agency ...)", then ':' or a dash — or 0.
 * A month, an agency or an all-capitals place is needed, so that a
 * sentence such as "Biden - who ..." is not taken for one. */
static size_t dateline_length(const char *s, size_t start, size_t end,
			      int *month, int *day)
{
	size_t q = start;
	int allcaps = 1, has_paren = 0;

	*month = 0;
	if (skip_cap_words(s, end, &q, &allcaps, 4) == 0)
		return 0;
	if (q + 1 < end && s[q] == ',' && s[q + 1] == ' ') {
		size_t r = q + 2;
		int region_caps = 1;

		*month = skip_month_day(s, end, &r, day);
		if (!*month && skip_cap_words(s, end, &r, &region_caps, 3)) {
			if (r + 1 < end && s[r] == ',' && s[r + 1] == ' ') {
				size_t t = r + 2;

				*month = skip_month_day(s, end, &t, day);
				if (*month)
					r = t;
			}
		}
		q = r;
	}
	skip_blanks(s, end, &q);
	if (q < end && s[q] == '(') {
		const char *close = memchr(s + q, ')', end - q);

		if (!close)
			return 0;
		q = (size_t)(close - s) + 1;
		has_paren = 1;
		skip_blanks(s, end, &q);
	}
	if (!*month && !has_paren && !(allcaps && q - start >= 2))
		return 0;
	if (q < end && s[q] == ':')
		return q + 1 - start;
	if (q < end && s[q] == '-')
		q += 1;
	else if (q + 3 <= end && (memcmp(s + q, "\xe2\x80\x94", 3) == 0 ||
				  memcmp(s + q, "\xe2\x80\x93", 3) == 0))
		q += 3;
	else
		return 0;
	if (q < end && !is_space(s[q]))
		return 0;
	return q - start;
}

/* Writes "YYYY-MM-DD" and a '\0' to date[0..10]. */
static void format_date(char date[11], int year, int month, int day)
{
	int i;

	for (i = 3; i >= 0; i--, year /= 10)
		date[i] = (char)('0' + year % 10);
	date[4] = '-';
	date[5] = (char)('0' + month / 10);
	date[6] = (char)('0' + month % 10);
	date[7] = '-';
	date[8] = (char)('0' + day / 10);
	date[9] = (char)('0' + day % 10);
	date[10] = '\0';
}

/* A line that is only a date, as pages print them above or below the
 * headline: "Thursday, November 6, 2025", "6 November 2025", "Nov. 6,
 * 2025 10:32 GMT", "Published: 2025-11-06". Writes it to date[] and
 * returns 1; otherwise 0. */
static int read_date_line(const char *s, size_t start, size_t end,
			  char date[11])
{
	size_t i = start, w;
	int month = 0, day = 0, year = 0, words = 0;

	if (end - start > 60)
		return 0;
	while (i < end) {
		if (!is_alpha(s[i]) && !is_digit(s[i])) {
			i++;
			continue;
		}
		w = i;
		if (is_digit(s[i])) {
			int v = 0;

			while (i < end && is_digit(s[i]) && v < 10000)
				v = v * 10 + (s[i++] - '0');
			/* ISO: 2025-11-06 */
			if (i - w == 4 && i + 6 <= end && s[i] == '-' &&
			    is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
			    s[i + 3] == '-' && is_digit(s[i + 4]) &&
			    is_digit(s[i + 5])) {
				year = v;
				month = (s[i + 1] - '0') * 10 +
					(s[i + 2] - '0');
				day = (s[i + 4] - '0') * 10 + (s[i + 5] - '0');
				i += 6;
			} else if (i - w == 4 && v >= 1900 && v < 2100)
				year = v;
			else if (v >= 1 && v <= 31 && !day)
				day = v;
			/* a time of day "10:32" is passed over */
			else if (!(i < end && s[i] == ':') &&
				 !(w > start && s[w - 1] == ':'))
				return 0;
			continue;
		}
		while (i < end && (is_alpha(s[i]) || s[i] == '.'))
			i++;
		if (!month && month_of(s + w, i - w))
			month = month_of(s + w, i - w);
		else if (++words >
			 3) /* weekday, "Published", "Updated", zone */
			return 0;
	}
	if (!year || month < 1 || month > 12 || day < 1 || day > 31)
		return 0;
	format_date(date, year, month, day);
	return 1;
}

/* ---- the article ---- */

/* Splits text into trimmed lines; *out is malloc'd (NULL when none). */
static int split_lines(const char *text, size_t length, struct line **out,
		       size_t *n_out)
{
	size_t n = 1, i, k = 0, start = 0;
	struct line *lines;

	for (i = 0; i < length; i++)
		if (text[i] == '\n')
			n++;
	lines = malloc(n * sizeof(*lines));
	if (!lines)
		return IRKG_ENOMEM;
	for (i = 0; i <= length; i++) {
		if (i == length || text[i] == '\n') {
			size_t s = start, e = i;

			while (s < e && is_space(text[s]))
				s++;
			while (e > s && is_space(text[e - 1]))
				e--;
			lines[k].start = s;
			lines[k].end = e;
			k++;
			start = i + 1;
		}
	}
	*out = lines;
	*n_out = k;
	return IRKG_OK;
}

static int line_empty(const struct line *l)
{
	return l->start == l->end;
}

/* Parses "date YYYY-MM-DD Source"; returns whether the line is one. */
static int read_header(const char *text, const struct line *l,
		       struct irkg_plaintext *out)
{
	const char *s = text + l->start;
	size_t n = l->end - l->start, i, src;
	static const char shape[] = "dddd-dd-dd";

	if (n < 15 || !prefix_nocase(s, n, "date "))
		return 0;
	i = 5;
	while (i < n && s[i] == ' ')
		i++;
	if (n - i < 10)
		return 0;
	for (src = 0; src < 10; src++) {
		char c = s[i + src];

		if (shape[src] == 'd' ? !is_digit(c) : c != '-')
			return 0;
	}
	if (i + 10 < n && !is_space(s[i + 10]))
		return 0;
	memcpy(out->date, s + i, 10);
	out->date[10] = '\0';
	src = i + 10;
	while (src < n && is_space(s[src]))
		src++;
	out->source.start = l->start + src;
	out->source.end = l->end;
	return 1;
}

/* Whether the block of lines first..last opens with a dateline. One that
 * ends in ':' must open prose ("PARIS: The minister said ... ."): a
 * block that does not end a sentence after it is a label and its
 * headline ("WORLD DIGEST: Ministers meet in Geneva"). */
static int is_dateline_start(const char *text, const struct line *first,
			     const struct line *last, int *month, int *day)
{
	size_t k = dateline_length(text, first->start, first->end, month, day);

	if (k && text[first->start + k - 1] == ':' &&
	    !ends_final(text + last->start, last->end - last->start))
		return 0;
	return k > 0;
}

/* A headline candidate: three or more words, not a byline or timestamp. */
static int is_title_like(const char *s, size_t n)
{
	return count_words(s, n) >= 3 && !prefix_nocase(s, n, "By ") &&
	       !is_digit(s[0]) && !ends_final(s, n);
}

/* Text that may be a short article's only prose when no block passes as
 * prose: three or more words, not a byline, timestamp or menu. */
static int is_short_prose(const char *s, size_t n)
{
	return count_words(s, n) >= 3 && !prefix_nocase(s, n, "By ") &&
	       !is_digit(s[0]) && !is_navigation(s, n) && !ends_truncated(s, n);
}

/* The block of non-empty lines starting at lines[i]: returns one past its
 * last line. */
static size_t block_end(const struct line *lines, size_t n, size_t i)
{
	while (i < n && !line_empty(&lines[i]))
		i++;
	return i;
}

int irkg_plaintext_read(const char *text, size_t length,
			struct irkg_plaintext *out)
{
	struct line *lines = NULL;
	size_t n = 0, i = 0, body = 0, cut, run_len = 0, run_start = 0, k,
	       cap = 0, short_prose[2], n_short = 0;
	int rc, found_body = 0, month = 0, day = 0;

	if (!out)
		return IRKG_EINVAL;
	memset(out, 0, sizeof(*out));
	if (!text && length > 0)
		return IRKG_EINVAL;
	if (length == 0)
		return IRKG_OK;
	rc = split_lines(text, length, &lines, &n);
	if (rc)
		goto cleanup;

	while (i < n && line_empty(&lines[i]))
		i++;
	if (i < n && read_header(text, &lines[i], out))
		i++;

	/* Header lines until the first prose block or dateline; a section
	 * marker or copyright here means there is no article at all.  Site
	 * navigation above the headline is only skipped. */
	while (i < n) {
		size_t e, j;
		const char *s;
		size_t len;
		int stop = 0;

		if (line_empty(&lines[i])) {
			i++;
			continue;
		}
		e = block_end(lines, n, i);
		for (j = i; j < e; j++) {
			s = text + lines[j].start;
			len = lines[j].end - lines[j].start;
			if (is_marker(s, len) || is_copyright(s, len))
				stop = 1;
		}
		if (stop)
			break;
		/* "Thursday, November 6, 2025": the date the page gives */
		for (j = i; j < e && !out->date[0]; j++)
			if (read_date_line(text, lines[j].start, lines[j].end,
					   out->date) &&
			    e == i + 1) {
				i = e;
				break;
			}
		if (i == e)
			continue;
		s = text + lines[i].start;
		len = lines[e - 1].end - lines[i].start;
		if (is_dateline_start(text, &lines[i], &lines[e - 1], &month,
				      &day) ||
		    (len >= PROSE_MIN &&
		     ends_final(text + lines[e - 1].start,
				lines[e - 1].end - lines[e - 1].start) &&
		     !ends_truncated(s, len))) {
			found_body = 1;
			body = i;
			break;
		}
		if (n_short < 2 &&
		    is_short_prose(s, lines[i].end - lines[i].start))
			short_prose[n_short++] = i;
		for (j = i; j < e; j++) {
			s = text + lines[j].start;
			len = lines[j].end - lines[j].start;
			if (out->headline.start == out->headline.end &&
			    !is_navigation(s, len) && is_title_like(s, len)) {
				out->headline.start = lines[j].start;
				out->headline.end = lines[j].end;
			}
		}
		i = e;
	}
	/* No block reads as prose: a one-sentence article, or a body without
	 * a final full stop. Its text is the block after the headline, or
	 * the only block there is. */
	if (!found_body && n_short > 0) {
		found_body = 1;
		body = short_prose[n_short - 1];
		if (out->headline.start == lines[body].start)
			out->headline.start = out->headline.end = 0;
	}
	if (!found_body)
		goto cleanup;

	/* Where the boilerplate starts: a boilerplate line, or the first of
	 * three short link-like lines in a row (blank lines between them do
	 * not break the run). */
	for (cut = body; cut < n; cut++) {
		const char *s = text + lines[cut].start;
		size_t len = lines[cut].end - lines[cut].start;

		if (len == 0)
			continue;
		if (is_boilerplate(s, len))
			break;
		if (cut != body && is_short_link(s, len)) {
			if (run_len++ == 0)
				run_start = cut;
			if (run_len >= 3) {
				cut = run_start;
				break;
			}
		} else
			run_len = 0;
	}

	/* The dateline, then one paragraph per block before the cut. */
	k = dateline_length(text, lines[body].start, lines[body].end, &month,
			    &day);
	if (k) {
		out->dateline.start = lines[body].start;
		out->dateline.end = lines[body].start + k;
		while (out->dateline.end > out->dateline.start &&
		       is_space(text[out->dateline.end - 1]))
			out->dateline.end--;
	}
	for (i = body; i < cut;) {
		size_t e, s;
		struct irkg_range *grown;

		if (line_empty(&lines[i])) {
			i++;
			continue;
		}
		e = block_end(lines, n, i);
		if (e > cut)
			e = cut;
		while (e > i && line_empty(&lines[e - 1]))
			e--;
		s = lines[i].start;
		if (i == body && k) {
			s += k;
			while (s < lines[i].end && is_space(text[s]))
				s++;
			if (s == lines[i].end && e == i + 1) {
				i = e;
				continue;
			}
		}
		if (out->n_paragraphs == cap) {
			cap = cap ? 2 * cap : 16;
			grown = realloc(out->paragraphs,
					cap * sizeof(*out->paragraphs));
			if (!grown) {
				rc = IRKG_ENOMEM;
				goto cleanup;
			}
			out->paragraphs = grown;
		}
		out->paragraphs[out->n_paragraphs].start = s;
		out->paragraphs[out->n_paragraphs].end = lines[e - 1].end;
		out->n_paragraphs++;
		i = e;
	}
	if (out->n_paragraphs) {
		out->body.start = out->paragraphs[0].start;
		out->body.end = out->paragraphs[out->n_paragraphs - 1].end;
	}

	/* A dateline gives the date only with a year, here or in the header. */
	if (!out->date[0] && month && k) {
		int year =
			find_year(text, out->dateline.start, out->dateline.end);

		if (year)
			format_date(out->date, year, month, day);
	}

cleanup:
	free(lines);
	if (rc)
		irkg_plaintext_clear(out);
	return rc;
}

void irkg_plaintext_clear(struct irkg_plaintext *p)
{
	if (!p)
		return;
	free(p->paragraphs);
	memset(p, 0, sizeof(*p));
}
