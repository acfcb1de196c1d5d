/* Reading articles into the store: the knowledge a reader needs (gazetteer,
 * patterns, CAMEO table), the ontology loaded on first use, and an ingest
 * that writes each article's own named graph, all or nothing. */
#ifndef IRKG_INGEST_H
#define IRKG_INGEST_H

#include <stdio.h>

#include "../extract/article.h"
#include "../extract/event.h"
#include "cameo.h"
#include "prefixes.h"
#include "store.h"

/* The named graph that holds the ontology and the knowledge base. */
#define IRKG_ONTOLOGY_GRAPH IRKG_ID "graph/ontology"

typedef struct irkg_reader irkg_reader;

/* Load what reading needs from the ontology directory `dir` (irkg.ttl,
 * cameo.ttl, actors/, patterns/). Errors are logged to ctx. Returns 0,
 * IRKG_EIO, IRKG_EPARSE or IRKG_ENOMEM (*out NULL). */
int irkg_reader_open(irkg_ctx *ctx, const char *dir, irkg_reader **out);
void irkg_reader_free(irkg_reader *r);

const irkg_gazetteer *irkg_reader_gazetteer(const irkg_reader *r);
irkg_patterns *irkg_reader_patterns(irkg_reader *r);
const irkg_cameo *irkg_reader_cameo(const irkg_reader *r);

/* Analyse `a` into *doc and its facts (*facts, owned by the caller; free
 * with irkg_facts_free, and the document with irkg_document_clear).
 * `explain`: see irkg_facts_find. */
int irkg_reader_read(irkg_reader *r, const struct irkg_article *a,
		     const struct irkg_explain *explain,
		     struct irkg_document *doc, irkg_facts **facts);

/* Whether a file met in a directory looks like an article by its name
 * (.txt, .html, .htm, .xhtml, .xml, .rss, .atom). */
int irkg_ingest_is_article_name(const char *path);

struct irkg_ingest_result {
	/* events and relations: the rows the tables will list (a pair of
	 * parties each) */
	size_t files, articles, events, relations;
	size_t bad_files;     /* files that held no article (reported) */
	int ontology_loaded;  /* the ontology graph was loaded first */
	long inferred;	      /* statements in the articles' inferred graphs */
	double infer_seconds; /* of the ingest, spent inferring */
};

/* Called after each file: the counts so far. */
typedef void (*irkg_ingest_progress_fn)(void *user_data, size_t done,
					size_t total,
					const struct irkg_ingest_result *r);

/* Ingest the files `paths` ("-": standard input; directories are read
 * recursively): every article into its own named graph (the article IRI),
 * replacing what an earlier ingest of the same text wrote, and what each
 * article implies into its inferred graph (irkg_infer_graph, with the
 * axioms of IRKG_ONTOLOGY_GRAPH), all in one transaction. When the store
 * has no IRKG_ONTOLOGY_GRAPH and `ontology_dir` is not NULL, the ontology
 * directory (irkg.ttl, cameo.ttl, actors/) is loaded into it first, with
 * its inferred graph, in the same transaction. A file that is not an
 * article is reported and skipped; any other error rolls everything back.
 * Returns 0 or the error. */
int irkg_ingest_files(irkg_store *store, irkg_reader *r,
		      const char *ontology_dir, const char *const *paths,
		      size_t n_paths, irkg_ingest_progress_fn progress,
		      void *user_data, struct irkg_ingest_result *result);

#endif
