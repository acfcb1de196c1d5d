/* Loading RDF files into named graphs of the store, all or nothing. */
#ifndef IRKG_LOAD_H
#define IRKG_LOAD_H

#include "store.h"

struct irkg_load_options {
	const char *format; /* raptor syntax name, or NULL: from extension */
	const char *graph;  /* target graph IRI, or NULL: from file path */
	int append;	    /* add to the graph instead of replacing it */
	/* also replace the inferred graph of every graph loaded (but an
	 * inferred graph itself) with what it implies, in the same
	 * transaction (irkg_infer_graph) */
	int infer;
	/* the caller has begun a transaction that names every graph the load
	 * writes (with `infer`, their inferred graphs too) and ends it: the
	 * load neither begins, commits nor rolls back */
	int in_transaction;
	/* Called now and then while writing (NULL: not called), with the
	 * file being read and the statements added so far. */
	void (*progress)(void *user_data, const char *file, long added);
	void *progress_user_data;
};

struct irkg_load_result {
	long triples; /* statements added */
	size_t files;
	size_t graphs;
	long inferred; /* statements written to inferred graphs */
};

/* The raptor syntax for a file name's extension ("turtle", "ntriples",
 * "nquads", "rdfxml", "trig"), or NULL when irkg does not know it. */
const char *irkg_load_format_for_path(const char *path);

/* Accept the names users type ("ttl", "nt", "n-quads", "xml") and return
 * raptor's name, or NULL. */
const char *irkg_load_format_name(const char *name);

/* Load `paths` ("-" is standard input; a directory is read recursively for
 * files with RDF extensions) in one transaction (or the caller's, see
 * in_transaction: then the caller rolls back on failure): on a syntax error
 * in any file, an error naming the file and line is logged, everything is
 * rolled back so the store is unchanged, and IRKG_EPARSE is returned; any
 * other failure rolls back too. Triple formats go into the graph named by
 * options->graph or derived from the file's absolute path (file:///…);
 * N-Quads and TriG keep their own graphs. */
int irkg_load_files(irkg_store *store, const char *const *paths, size_t n_paths,
		    const struct irkg_load_options *options,
		    struct irkg_load_result *result);

#endif
