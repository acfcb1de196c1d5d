/* Articles into the store (see ingest.h). */
#include "ingest.h"

#include <errno.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "document.h"
#include "files.h"
#include "infer.h"
#include "kb.h"
#include "load.h"
#include "prefixes.h"

/* An article file larger than this is not read. */
#define MAX_ARTICLE_BYTES ((size_t)64 * 1024 * 1024)

struct irkg_reader {
	irkg_ctx *ctx;
	irkg_gazetteer *gazetteer;
	irkg_patterns *patterns;
	irkg_cameo *cameo;
};

int irkg_reader_open(irkg_ctx *ctx, const char *dir, irkg_reader **out)
{
	irkg_reader *r = calloc(1, sizeof(*r));
	char path[4096], why[512] = "";
	const char *paths[1];
	int rc;

	*out = NULL;
	if (!r)
		return IRKG_ENOMEM;
	r->ctx = ctx;
	rc = irkg_gazetteer_new(&r->gazetteer);
	if (!rc) {
		paths[0] = dir;
		rc = irkg_kb_load(ctx, paths, 1, r->gazetteer, NULL);
	}
	if (!rc)
		rc = irkg_patterns_new(&r->patterns);
	if (!rc) {
		snprintf(path, sizeof(path), "%s/patterns", dir);
		rc = irkg_patterns_read_dir(r->patterns, path, why,
					    sizeof(why));
		if (rc)
			irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0, "%s",
				     *why ? why : irkg_strerror(rc));
	}
	if (!rc) {
		snprintf(path, sizeof(path), "%s/cameo.ttl", dir);
		rc = irkg_cameo_load(ctx, path, &r->cameo);
	}
	if (rc) {
		irkg_reader_free(r);
		return rc;
	}
	*out = r;
	return IRKG_OK;
}

void irkg_reader_free(irkg_reader *r)
{
	if (!r)
		return;
	irkg_gazetteer_free(r->gazetteer);
	irkg_patterns_free(r->patterns);
	irkg_cameo_free(r->cameo);
	free(r);
}

const irkg_gazetteer *irkg_reader_gazetteer(const irkg_reader *r)
{
	return r->gazetteer;
}

irkg_patterns *irkg_reader_patterns(irkg_reader *r)
{
	return r->patterns;
}

const irkg_cameo *irkg_reader_cameo(const irkg_reader *r)
{
	return r->cameo;
}

int irkg_reader_read(irkg_reader *r, const struct irkg_article *a,
		     const struct irkg_explain *explain,
		     struct irkg_document *doc, irkg_facts **facts)
{
	int rc = irkg_document_analyse(
		r->gazetteer, irkg_patterns_lexicon(r->patterns), a, doc);

	*facts = NULL;
	if (rc)
		return rc;
	rc = irkg_facts_find(r->patterns, doc, explain, facts);
	if (rc)
		irkg_document_clear(doc);
	return rc;
}

/* Load the ontology directory into IRKG_ONTOLOGY_GRAPH, with what it
 * implies, inside the ingest's transaction (which names both graphs). */
static int load_ontology(irkg_store *store, const char *dir)
{
	struct irkg_load_options options = {0};
	struct irkg_load_result result;
	char irkg[4096], cameo[4096], actors[4096];
	const char *paths[3] = {irkg, cameo, actors};

	snprintf(irkg, sizeof(irkg), "%s/irkg.ttl", dir);
	snprintf(cameo, sizeof(cameo), "%s/cameo.ttl", dir);
	snprintf(actors, sizeof(actors), "%s/actors", dir);
	options.graph = IRKG_ONTOLOGY_GRAPH;
	options.infer = 1;
	options.in_transaction = 1;
	return irkg_load_files(store, paths, 3, &options, &result);
}

/* ---- the files of an ingest ---- */

struct file_list {
	char **paths;
	size_t n, cap;
	char *stdin_data; /* "-" is read once */
	size_t stdin_length;
};

static int add_path(void *data, const char *path);

/* In a directory, the files that look like articles: plain text, web
 * pages and feeds (a file named on the command line is read whatever its
 * name). */
int irkg_ingest_is_article_name(const char *path)
{
	static const char *const suffixes[] = {".txt", ".text",	 ".html",
					       ".htm", ".xhtml", ".xml",
					       ".rss", ".atom",	 NULL};
	size_t n = strlen(path), k;
	const char *const *s;

	for (s = suffixes; *s; s++) {
		k = strlen(*s);
		if (n > k && strcasecmp(path + n - k, *s) == 0)
			return 1;
	}
	return 0;
}

static int add_article_path(void *data, const char *path)
{
	return irkg_ingest_is_article_name(path) ? add_path(data, path)
						 : IRKG_OK;
}

static int add_path(void *data, const char *path)
{
	struct file_list *l = data;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		char **grown = realloc(l->paths, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		l->paths = grown;
		l->cap = cap;
	}
	l->paths[l->n] = strdup(path);
	if (!l->paths[l->n])
		return IRKG_ENOMEM;
	l->n++;
	return IRKG_OK;
}

static void free_list(struct file_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->paths[i]);
	free(l->paths);
	free(l->stdin_data);
}

/* All of `f`, at most MAX_ARTICLE_BYTES; NULL and errno when not. */
static char *slurp(FILE *f, size_t *length)
{
	size_t n = 0, cap = 65536, got;
	char *buf = malloc(cap), *grown;

	*length = 0;
	if (!buf)
		return NULL;
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n > MAX_ARTICLE_BYTES) {
			free(buf);
			errno = EFBIG;
			return NULL;
		}
		if (n == cap) {
			grown = realloc(buf, cap * 2);
			if (!grown) {
				free(buf);
				return NULL;
			}
			buf = grown;
			cap *= 2;
		}
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	*length = n;
	return buf;
}

/* The articles of file i of the list, or none (reported) when it holds
 * none; 0 or an error that stops the ingest. */
static int read_articles(irkg_ctx *ctx, struct file_list *l, size_t i,
			 int report, struct irkg_article **articles, size_t *n)
{
	const char *path = l->paths[i];
	char *data = NULL;
	size_t length = 0;
	const char *why = NULL;
	int rc, is_stdin = strcmp(path, "-") == 0;

	*articles = NULL;
	*n = 0;
	if (is_stdin) {
		if (!l->stdin_data) {
			l->stdin_data = slurp(stdin, &l->stdin_length);
			if (!l->stdin_data && errno != EFBIG)
				return IRKG_EIO;
		}
		data = l->stdin_data;
		length = l->stdin_length;
	} else {
		FILE *f = fopen(path, "rb");

		if (f) {
			data = slurp(f, &length);
			fclose(f);
		}
	}
	if (!data) {
		if (report)
			irkg_ctx_log(ctx, IRKG_LOG_ERROR,
				     is_stdin ? "<stdin>" : path, 0, 0,
				     "cannot read: %s",
				     errno == EFBIG ? "larger than 64 MiB"
						    : strerror(errno));
		return IRKG_OK;
	}
	rc = irkg_articles_read_why(data, length, path, articles, n, &why);
	if (!is_stdin)
		free(data);
	if (rc == IRKG_EPARSE || rc == IRKG_EUNSUPPORTED ||
	    rc == IRKG_ENOTTEXT || (rc == IRKG_OK && *n == 0)) {
		if (report)
			irkg_ctx_log(
				ctx, IRKG_LOG_ERROR,
				is_stdin ? "<stdin>" : path, 0, 0,
				"not an article: %s%s%s; give a news article "
				"as UTF-8 plain text, an HTML page or an "
				"RSS/Atom feed",
				rc ? irkg_strerror(rc)
				   : "no article text found in it",
				why ? ": " : "", why ? why : "");
		return IRKG_OK;
	}
	return rc;
}

/* The article IRI of `a` (only its text is analysed). */
static int article_iri(irkg_ctx *ctx, const struct irkg_article *a, char *iri,
		       size_t size)
{
	struct irkg_document doc = {0};
	int rc;

	doc.article = a;
	rc = irkg_text_new(&doc.text, a->body ? a->body : "", a->body_length);
	if (!rc)
		rc = irkg_document_iri(ctx, &doc, iri, size);
	irkg_text_free(doc.text);
	return rc;
}

static int write_article(irkg_store *store, irkg_reader *r,
			 const struct irkg_article *a,
			 struct irkg_ingest_result *result)
{
	struct irkg_document doc;
	irkg_facts *facts = NULL;
	struct irkg_document_rows rows = {0, 0};
	char iri[IRKG_DOCUMENT_IRI_SIZE];
	int rc = irkg_reader_read(r, a, NULL, &doc, &facts);

	if (rc)
		return rc;
	rc = irkg_document_iri(r->ctx, &doc, iri, sizeof(iri));
	if (!rc)
		rc = irkg_store_clear_graph(store, iri);
	if (!rc)
		rc = irkg_document_add(r->ctx, irkg_store_model(store), &doc,
				       facts, r->cameo, iri, &rows);
	if (!rc) {
		/* what the tables will list, not the facts found: a fact
		 * with no pair of named parties has no row */
		result->events += rows.events;
		result->relations += rows.relations;
		result->articles++;
	}
	irkg_facts_free(facts);
	irkg_document_clear(&doc);
	return rc;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Begin the ingest's transaction on the article graphs iris[0..n), their
 * inferred graphs and, when the ontology is to be loaded, its graph and
 * inferred graph. */
static int begin(irkg_store *store, char **iris, size_t n, int ontology)
{
	char **all = calloc(2 * n + 3, sizeof(*all));
	size_t i, k = 2 * n;
	int rc = all ? IRKG_OK : IRKG_ENOMEM;

	for (i = 0; i < n && !rc; i++) {
		all[i] = iris[i];
		rc = irkg_infer_graph_name(iris[i], &all[n + i]);
	}
	if (!rc && ontology) {
		all[k++] = (char *)IRKG_ONTOLOGY_GRAPH;
		all[k++] = (char *)IRKG_INFERRED_GRAPH;
	}
	if (!rc)
		rc = irkg_store_begin(store, (const char *const *)all, k);
	for (i = 0; all && i < n; i++)
		free(all[n + i]);
	free(all);
	return rc;
}

/* What the articles written imply, each into its inferred graph: the
 * axioms are read once, no other article's graph is. */
static int infer_articles(irkg_store *store, char **iris, size_t n,
			  struct irkg_ingest_result *counts)
{
	double start = now();
	irkg_infer *in = NULL;
	size_t i;
	long inferred;
	int rc = irkg_infer_new(&in, store);

	for (i = 0; i < n && !rc; i++) {
		rc = irkg_infer_graph(in, iris[i], &inferred);
		counts->inferred += inferred;
	}
	irkg_infer_free(in);
	counts->infer_seconds = now() - start;
	return rc;
}

int irkg_ingest_files(irkg_store *store, irkg_reader *r,
		      const char *ontology_dir, const char *const *paths,
		      size_t n_paths, irkg_ingest_progress_fn progress,
		      void *user_data, struct irkg_ingest_result *result)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	struct file_list list = {0};
	struct irkg_ingest_result counts = {0};
	char **iris = NULL;
	size_t n_iris = 0, cap_iris = 0, i, k, a;
	int rc = IRKG_OK, began = 0,
	    need_ontology =
		    ontology_dir &&
		    irkg_store_graph_size(store, IRKG_ONTOLOGY_GRAPH) <= 0;
	struct stat st;

	for (i = 0; i < n_paths && !rc; i++) {
		if (strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0 &&
		    S_ISDIR(st.st_mode))
			rc = irkg_files_walk(ctx, paths[i], add_article_path,
					     &list);
		else
			rc = add_path(&list, paths[i]);
	}
	/* First pass: which graphs the ingest writes, so that the store can
	 * keep what it needs to undo them. */
	for (i = 0; i < list.n && !rc; i++) {
		struct irkg_article *articles;
		size_t n;

		rc = read_articles(ctx, &list, i, 1, &articles, &n);
		if (!rc && n == 0)
			counts.bad_files++;
		for (a = 0; a < n && !rc; a++) {
			char iri[IRKG_DOCUMENT_IRI_SIZE];

			rc = article_iri(ctx, &articles[a], iri, sizeof(iri));
			for (k = 0; !rc && k < n_iris; k++)
				if (strcmp(iris[k], iri) == 0)
					break;
			if (rc || k < n_iris)
				continue;
			if (n_iris == cap_iris) {
				char **grown;

				cap_iris = cap_iris ? 2 * cap_iris : 64;
				grown = realloc(iris,
						cap_iris * sizeof(*grown));
				if (!grown) {
					rc = IRKG_ENOMEM;
					break;
				}
				iris = grown;
			}
			if (!(iris[n_iris] = strdup(iri)))
				rc = IRKG_ENOMEM;
			else
				n_iris++;
		}
		irkg_articles_free(articles, n);
	}
	if (!rc && (n_iris || need_ontology))
		rc = begin(store, iris, n_iris, need_ontology);
	began = (n_iris || need_ontology) && !rc;
	if (began && need_ontology) {
		rc = load_ontology(store, ontology_dir);
		counts.ontology_loaded = !rc;
	}
	/* Second pass: write them. */
	for (i = 0; i < list.n && !rc && n_iris; i++) {
		struct irkg_article *articles;
		size_t n;

		rc = read_articles(ctx, &list, i, 0, &articles, &n);
		for (a = 0; a < n && !rc; a++)
			rc = write_article(store, r, &articles[a], &counts);
		irkg_articles_free(articles, n);
		counts.files = i + 1;
		if (!rc && progress)
			progress(user_data, i + 1, list.n, &counts);
	}
	if (n_iris && !rc)
		rc = infer_articles(store, iris, n_iris, &counts);
	if (began) {
		if (rc)
			irkg_store_rollback(store);
		else
			rc = irkg_store_commit(store);
	}
	counts.files = list.n;
	if (result)
		*result = counts;
	for (k = 0; k < n_iris; k++)
		free(iris[k]);
	free(iris);
	free_list(&list);
	return rc;
}
