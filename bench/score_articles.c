/* score_articles: irkg's HTML reader on a body-extraction benchmark, scored
 * with the benchmark's own metric.
 *
 *   score_articles [-v] GROUND_TRUTH.json PAGES_DIR
 *
 * GROUND_TRUTH.json is an object of page ids, each an object whose
 * "articleBody" string is the hand-marked body; PAGES_DIR/ID.html is the
 * page.  Each page is read with irkg_html_read (the only thing timed) and
 * its body compared with the marked one as the benchmark's evaluate.py
 * does: words are runs of Unicode letters, digits and '_' (Python's \w);
 * the shingles are the runs of 4 consecutive words (one shingle of all the
 * words when there are fewer); true positives, false positives and false
 * negatives count shared and unshared shingles (as multisets) and are
 * normalised to sum to 1 per page; precision and recall are averaged over
 * pages, F1 taken from the two means; accuracy is the share of pages whose
 * word sequences match exactly.  evaluate.py leaves pages with an empty
 * output out of the precision mean; this prints that figure and the one
 * counting them as precision 0.  With -v, one line per page goes to stderr:
 * precision, recall and id.  Used by bench/html.sh (`make bench-html`). */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <utf8proc.h>

#include "../extract/html.h"

/* A page id and its marked body, both malloc'd UTF-8. */
struct truth {
	char *id;
	char *body;
};

struct scores {
	double tp, fp, fn;
};

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *read_file(const char *path, size_t *length)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t cap = 0, n = 0, got;

	if (!f)
		return NULL;
	do {
		if (n + 65536 + 1 > cap) {
			char *grown = realloc(data, cap = 2 * cap + 65536 + 1);

			if (!grown) {
				free(data);
				fclose(f);
				return NULL;
			}
			data = grown;
		}
		got = fread(data + n, 1, 65536, f);
		n += got;
	} while (got > 0);
	fclose(f);
	data[n] = '\0';
	*length = n;
	return data;
}

/* --- a small JSON reader: strings decoded, everything else skipped --- */

static const char *skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

static int hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		char c = p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* Reads the JSON string at `*pp` (at its opening quote) into a new UTF-8
 * string, advancing `*pp` past it; NULL on malformed input or no memory. */
static char *json_string(const char **pp)
{
	const char *p = *pp + 1;
	char *out = malloc(strlen(p) + 1), *o = out;

	if (!out)
		return NULL;
	while (*p && *p != '"') {
		unsigned cp;

		if (*p != '\\') {
			*o++ = *p++;
			continue;
		}
		p++;
		switch (*p) {
		case 'n':
			*o++ = '\n';
			break;
		case 't':
			*o++ = '\t';
			break;
		case 'r':
			*o++ = '\r';
			break;
		case 'b':
			*o++ = '\b';
			break;
		case 'f':
			*o++ = '\f';
			break;
		case 'u':
			if (hex4(p + 1, &cp))
				goto bad;
			p += 4;
			if (cp >= 0xd800 && cp < 0xdc00 && p[1] == '\\' &&
			    p[2] == 'u') {
				unsigned lo;

				if (hex4(p + 3, &lo) || lo < 0xdc00 ||
				    lo > 0xdfff)
					goto bad;
				cp = 0x10000 + ((cp - 0xd800) << 10) +
				     (lo - 0xdc00);
				p += 6;
			}
			o += utf8proc_encode_char((utf8proc_int32_t)cp,
						  (utf8proc_uint8_t *)o);
			break;
		default:
			if (!*p)
				goto bad;
			*o++ = *p;
		}
		p++;
	}
	if (*p != '"')
		goto bad;
	*o = '\0';
	*pp = p + 1;
	return out;
bad:
	free(out);
	return NULL;
}

/* Skips the JSON value at `p`; returns where it ends or NULL. */
static const char *json_skip(const char *p)
{
	int depth = 0;

	p = skip_space(p);
	do {
		if (*p == '"') {
			char *s = json_string(&p);

			if (!s)
				return NULL;
			free(s);
		} else if (*p == '{' || *p == '[') {
			depth++;
			p++;
		} else if (*p == '}' || *p == ']') {
			depth--;
			p++;
		} else if (!*p) {
			return NULL;
		} else {
			p++;
		}
		p = skip_space(p);
	} while (depth > 0);
	return p;
}

/* Reads the ground truth; returns the number of pages or -1. */
static long read_truth(const char *json, struct truth **out)
{
	const char *p = skip_space(json);
	struct truth *list = NULL;
	size_t n = 0, cap = 0;

	if (*p++ != '{')
		return -1;
	for (p = skip_space(p); *p == '"';) {
		struct truth t = {json_string(&p), NULL};

		p = skip_space(p);
		if (!t.id || *p++ != ':' || *(p = skip_space(p)) != '{')
			return -1;
		for (p = skip_space(p + 1); *p == '"';) {
			char *key = json_string(&p);

			if (!key || *(p = skip_space(p)) != ':')
				return -1;
			p = skip_space(p + 1);
			if (!strcmp(key, "articleBody") && *p == '"') {
				free(t.body);
				t.body = json_string(&p);
			} else {
				p = json_skip(p);
			}
			free(key);
			if (!p)
				return -1;
			p = skip_space(p);
			if (*p == ',')
				p = skip_space(p + 1);
		}
		if (*p++ != '}')
			return -1;
		if (n == cap) {
			struct truth *grown = realloc(
				list, (cap = 2 * cap + 64) * sizeof(*list));

			if (!grown)
				return -1;
			list = grown;
		}
		list[n++] = t;
		p = skip_space(p);
		if (*p == ',')
			p = skip_space(p + 1);
	}
	*out = list;
	return (long)n;
}

/* --- the metric --- */

/* A word: bytes [start, start + length) of some text. */
struct word {
	const char *start;
	size_t length;
};

static int is_word_char(utf8proc_int32_t c)
{
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return c == '_';
	}
}

/* The words of `s` (Python's re.findall(r'\w+')); *n set; NULL if none or
 * no memory. */
static struct word *words_of(const char *s, size_t *n)
{
	size_t len = strlen(s), i = 0, cap = len / 2 + 1;
	struct word *w = malloc(cap * sizeof(*w));
	const char *start = NULL;

	*n = 0;
	if (!w)
		return NULL;
	while (i <= len) {
		utf8proc_int32_t c = 0;
		utf8proc_ssize_t step = 1;

		if (i < len) {
			step = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						(utf8proc_ssize_t)(len - i),
						&c);
			if (step < 1) {
				step = 1;
				c = -1;
			}
		}
		if (i < len && c >= 0 && is_word_char(c)) {
			if (!start)
				start = s + i;
		} else if (start) {
			w[*n].start = start;
			w[*n].length = (size_t)(s + i - start);
			(*n)++;
			start = NULL;
		}
		i += (size_t)step;
	}
	return w;
}

static uint64_t hash_words(const struct word *w, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	size_t i, k;

	for (i = 0; i < n; i++) {
		for (k = 0; k < w[i].length; k++)
			h = (h ^ (unsigned char)w[i].start[k]) *
			    1099511628211ull;
		h = (h ^ 0x1f) * 1099511628211ull;
	}
	return h;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The shingles of `w`, sorted; *n set. NULL with *n 0 when none. */
static uint64_t *shingles(const struct word *w, size_t n_words, size_t *n)
{
	size_t i, count = n_words >= 4 ? n_words - 3 : n_words > 0;
	uint64_t *s = count ? malloc(count * sizeof(*s)) : NULL;

	*n = 0;
	if (!s)
		return NULL;
	for (i = 0; i < count; i++)
		s[i] = hash_words(w + i, n_words < 4 ? n_words : 4);
	qsort(s, count, sizeof(*s), cmp_u64);
	*n = count;
	return s;
}

static struct scores score_page(const char *truth, const char *pred, int *exact)
{
	size_t nt, np, st, sp, i = 0, j = 0, k;
	struct word *wt = words_of(truth, &nt), *wp = words_of(pred, &np);
	uint64_t *t = shingles(wt, nt, &st), *p = shingles(wp, np, &sp);
	struct scores s = {0, 0, 0};
	double sum;

	*exact = nt == np;
	for (k = 0; *exact && k < nt; k++)
		*exact = wt[k].length == wp[k].length &&
			 !memcmp(wt[k].start, wp[k].start, wt[k].length);
	while (i < st || j < sp) {
		if (j == sp || (i < st && t[i] < p[j])) {
			s.fn++;
			i++;
		} else if (i == st || p[j] < t[i]) {
			s.fp++;
			j++;
		} else {
			s.tp++;
			i++;
			j++;
		}
	}
	sum = s.tp + s.fp + s.fn;
	if (sum > 0) {
		s.tp /= sum;
		s.fp /= sum;
		s.fn /= sum;
	}
	free(wt);
	free(wp);
	free(t);
	free(p);
	return s;
}

static double precision_of(struct scores s)
{
	if (s.fp == 0 && s.fn == 0)
		return 1;
	return s.tp == 0 && s.fp == 0 ? 0 : s.tp / (s.tp + s.fp);
}

static double recall_of(struct scores s)
{
	if (s.fp == 0 && s.fn == 0)
		return 1;
	return s.tp == 0 && s.fn == 0 ? 0 : s.tp / (s.tp + s.fn);
}

/* Sums over the pages. */
struct totals {
	double p_sum, r_sum, exact;
	size_t p_n, r_n, empty, pages;
	double seconds;
};

static void print_row(const char *name, double p, double r, double acc)
{
	printf("| %s | %.3f | %.3f | %.3f | %.3f |\n", name,
	       p + r > 0 ? 2 * p * r / (p + r) : 0, p, r, acc);
}

static int score_one(const struct truth *t, const char *dir, int verbose,
		     struct totals *tot)
{
	size_t plen = strlen(dir) + strlen(t->id) + 8, length = 0;
	char *path = malloc(plen), *html;
	struct irkg_html_article a;
	struct scores s;
	double start;
	int exact, rc;

	if (!path)
		return -1;
	snprintf(path, plen, "%s/%s.html", dir, t->id);
	html = read_file(path, &length);
	if (!html) {
		fprintf(stderr, "score_articles: cannot read %s\n", path);
		free(path);
		return -1;
	}
	start = now();
	rc = irkg_html_read(html, length, &a);
	tot->seconds += now() - start;
	s = score_page(t->body ? t->body : "", rc == 0 && a.text ? a.text : "",
		       &exact);
	if (rc != 0 || !a.text || !*a.text)
		tot->empty++;
	if (s.tp + s.fp > 0) {
		tot->p_sum += precision_of(s);
		tot->p_n++;
	}
	if (s.tp + s.fn > 0) {
		tot->r_sum += recall_of(s);
		tot->r_n++;
	}
	tot->exact += exact;
	tot->pages++;
	if (verbose)
		fprintf(stderr, "%.3f %.3f %s%s\n", precision_of(s),
			recall_of(s), t->id, rc ? " (error)" : "");
	irkg_html_article_clear(&a);
	free(html);
	free(path);
	return 0;
}

int main(int argc, char **argv)
{
	int verbose = argc > 1 && !strcmp(argv[1], "-v");
	struct truth *truth = NULL;
	struct totals tot;
	size_t length, i;
	char *json;
	long n;

	memset(&tot, 0, sizeof(tot));
	if (argc != 3 + verbose) {
		fprintf(stderr,
			"usage: score_articles [-v] GROUND_TRUTH.json DIR\n");
		return 2;
	}
	json = read_file(argv[1 + verbose], &length);
	n = json ? read_truth(json, &truth) : -1;
	free(json);
	if (n <= 0) {
		fprintf(stderr, "score_articles: cannot read %s\n",
			argv[1 + verbose]);
		return 1;
	}
	for (i = 0; i < (size_t)n; i++)
		if (score_one(&truth[i], argv[2 + verbose], verbose, &tot))
			return 1;
	printf("pages %zu, no article found on %zu, %.0f pages/s "
	       "(irkg_html_read alone)\n",
	       tot.pages, tot.empty,
	       tot.seconds > 0 ? (double)tot.pages / tot.seconds : 0);
	print_row("irkg (evaluate.py)", tot.p_n ? tot.p_sum / tot.p_n : 0,
		  tot.r_n ? tot.r_sum / tot.r_n : 0, tot.exact / tot.pages);
	print_row("irkg (no article = P 0)",
		  (tot.p_n + tot.empty) ? tot.p_sum / (tot.p_n + tot.empty) : 0,
		  tot.r_n ? tot.r_sum / tot.r_n : 0, tot.exact / tot.pages);
	for (i = 0; i < (size_t)n; i++) {
		free(truth[i].id);
		free(truth[i].body);
	}
	free(truth);
	return 0;
}
