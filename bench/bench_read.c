/* bench_read: how fast irkg reads articles, beside a baseline in the same
 * process.
 *
 *   bench_read ONTOLOGY_DIR FILE...
 *
 * Loads the knowledge base (not timed), reads every FILE into memory (not
 * timed), then times, over all files, in turns (baseline, full, baseline,
 * full, ... REPEAT times each; the median is reported):
 *   tokenise  irkg_text_new on the raw file: UTF-8, tokens, normal forms,
 *             sentences; the floor any reader pays;
 *   full      irkg_articles_read (format, header, dateline, boilerplate)
 *             then irkg_document_analyse (tokens, sentences, mentions with
 *             titles, groups and pronouns, dates), one article at a time;
 *   events    the same and irkg_facts_find (events and relations): all
 *             of extraction but the store.
 * Prints sentences/s and MB/s of each and their ratio, then the peak
 * resident memory after the first tenth of the files and after all of them
 * (from one extra pass with events), which shows whether memory grows with the
 * number of articles. Used by bench/read.sh. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "../extract/article.h"
#include "../extract/event.h"
#include "../graph/kb.h"

#define REPEAT 5

struct input {
	char *data;
	size_t length;
	const char *name;
};

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long peak_rss_kib(void)
{
	struct rusage r;

	return getrusage(RUSAGE_SELF, &r) == 0 ? r.ru_maxrss : -1;
}

static int read_file(const char *path, struct input *in)
{
	FILE *f = fopen(path, "rb");
	long size;

	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return -1;
	}
	in->data = malloc((size_t)size + 1);
	if (!in->data || fread(in->data, 1, (size_t)size, f) != (size_t)size) {
		fclose(f);
		return -1;
	}
	fclose(f);
	in->data[size] = '\0';
	in->length = (size_t)size;
	in->name = path;
	return 0;
}

/* One pass of the baseline; returns the sentences seen (-1: error). */
static long pass_tokenise(const struct input *in, size_t n)
{
	long sentences = 0;
	size_t i, k;

	for (i = 0; i < n; i++) {
		irkg_text *t = NULL;

		if (irkg_text_new(&t, in[i].data, in[i].length))
			return -1;
		irkg_text_sentences(t, &k);
		sentences += (long)k;
		irkg_text_free(t);
	}
	return sentences;
}

/* One pass of the full reader (mentions with the words `lexicon`);
 * returns the sentences read (-1: error) and adds the mentions found to
 * *mentions and body bytes to *bytes. With patterns, also finds the events
 * and relations (adding their number to *mentions instead). */
static long pass_full(const irkg_gazetteer *g, const irkg_lexicon *lexicon,
		      irkg_patterns *p, const struct input *in, size_t n,
		      long *mentions, size_t *bytes)
{
	long sentences = 0;
	size_t i, k, a;

	for (i = 0; i < n; i++) {
		struct irkg_article *articles = NULL;
		size_t n_articles = 0;

		if (irkg_articles_read(in[i].data, in[i].length, in[i].name,
				       &articles, &n_articles))
			return -1;
		for (a = 0; a < n_articles; a++) {
			struct irkg_document doc;

			if (irkg_document_analyse(g, lexicon, &articles[a],
						  &doc)) {
				irkg_articles_free(articles, n_articles);
				return -1;
			}
			irkg_text_sentences(doc.text, &k);
			sentences += (long)k;
			if (p) {
				irkg_facts *facts = NULL;

				if (irkg_facts_find(p, &doc, NULL, &facts)) {
					irkg_document_clear(&doc);
					irkg_articles_free(articles,
							   n_articles);
					return -1;
				}
				irkg_facts_list(facts, &k);
				*mentions += (long)k;
				irkg_facts_free(facts);
			} else {
				irkg_mentions_list(doc.mentions, &k);
				*mentions += (long)k + (long)doc.n_dates;
			}
			*bytes += articles[a].body_length;
			irkg_document_clear(&doc);
		}
		irkg_articles_free(articles, n_articles);
	}
	return sentences;
}

static int compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), compare_doubles);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
	irkg_ctx *ctx = NULL;
	irkg_gazetteer *g = NULL;
	struct irkg_kb_stats stats;
	struct input *in;
	const char *kb[1];
	size_t n, i, raw_bytes = 0, body_bytes = 0;
	double t_tok[REPEAT], t_full[REPEAT], t_facts[REPEAT], t0;
	long s_tok = 0, s_full = 0, s_facts = 0, mentions = 0, facts = 0;
	long rss_tenth, rss_all;
	size_t facts_bytes = 0;
	irkg_patterns *p = NULL;
	char why[512] = "", dir[4096];
	int r;

	if (argc < 3) {
		fprintf(stderr, "usage: bench_read ONTOLOGY_DIR FILE...\n");
		return 2;
	}
	if (irkg_ctx_new(&ctx, NULL, NULL) || irkg_gazetteer_new(&g)) {
		fprintf(stderr, "bench_read: out of memory\n");
		return 1;
	}
	kb[0] = argv[1];
	if (irkg_kb_load(ctx, kb, 1, g, &stats)) {
		fprintf(stderr, "bench_read: cannot load %s\n", argv[1]);
		return 1;
	}
	snprintf(dir, sizeof(dir), "%s/patterns", argv[1]);
	if (irkg_patterns_new(&p) ||
	    irkg_patterns_read_dir(p, dir, why, sizeof(why))) {
		fprintf(stderr, "bench_read: %s\n", why);
		return 1;
	}
	n = (size_t)argc - 2;
	in = calloc(n, sizeof(*in));
	if (!in)
		return 1;
	for (i = 0; i < n; i++) {
		if (read_file(argv[i + 2], &in[i])) {
			fprintf(stderr, "bench_read: cannot read %s\n",
				argv[i + 2]);
			return 1;
		}
		raw_bytes += in[i].length;
	}

	/* Memory first, before timing passes touch the allocator: peak after
	 * a tenth of the files, then after all. */
	{
		long m = 0;
		size_t b = 0;

		if (pass_full(g, irkg_patterns_lexicon(p), p, in,
			      n / 10 ? n / 10 : 1, &m, &b) < 0)
			return 1;
		rss_tenth = peak_rss_kib();
		if (pass_full(g, irkg_patterns_lexicon(p), p, in, n, &m, &b) <
		    0)
			return 1;
		rss_all = peak_rss_kib();
	}
	for (r = 0; r < REPEAT; r++) {
		t0 = now();
		s_tok = pass_tokenise(in, n);
		t_tok[r] = now() - t0;
		mentions = 0;
		body_bytes = 0;
		t0 = now();
		s_full = pass_full(g, irkg_patterns_lexicon(p), NULL, in, n,
				   &mentions, &body_bytes);
		t_full[r] = now() - t0;
		facts = 0;
		t0 = now();
		s_facts = pass_full(g, irkg_patterns_lexicon(p), p, in, n,
				    &facts, &facts_bytes);
		t_facts[r] = now() - t0;
		if (s_tok < 0 || s_full < 0 || s_facts < 0) {
			fprintf(stderr, "bench_read: a reader failed\n");
			return 1;
		}
	}
	{
		double tt = median(t_tok, REPEAT), tf = median(t_full, REPEAT);
		double tx = median(t_facts, REPEAT);

		printf("knowledge base: %zu surface forms\n",
		       stats.surface_forms);
		printf("corpus: %zu files, %.1f MB, %ld sentences in article "
		       "bodies, %ld mentions and dates\n",
		       n, (double)raw_bytes / 1e6, s_full, mentions);
		printf("%-9s %12s %10s %9s\n", "pass", "sentences/s", "MB/s",
		       "seconds");
		printf("%-9s %12.0f %10.1f %9.3f\n", "tokenise",
		       (double)s_tok / tt, (double)raw_bytes / 1e6 / tt, tt);
		printf("%-9s %12.0f %10.1f %9.3f\n", "full",
		       (double)s_full / tf, (double)raw_bytes / 1e6 / tf, tf);
		printf("%-9s %12.0f %10.1f %9.3f   (%ld events and "
		       "relations)\n",
		       "events", (double)s_facts / tx,
		       (double)raw_bytes / 1e6 / tx, tx, facts);
		printf("full/tokenise time ratio: %.2f, events/tokenise: %.2f "
		       "(median of %d turns each)\n",
		       tf / tt, tx / tt, REPEAT);
		printf("peak memory: %ld KiB after %zu files, %ld KiB after "
		       "%zu\n",
		       rss_tenth, n / 10 ? n / 10 : 1, rss_all, n);
		printf("body bytes read per pass: %.1f MB\n",
		       (double)body_bytes / 1e6);
	}
	for (i = 0; i < n; i++)
		free(in[i].data);
	free(in);
	irkg_patterns_free(p);
	irkg_gazetteer_free(g);
	irkg_ctx_free(ctx);
	return 0;
}
