/* The irkg store: a Redland model behind a lock, with all-or-nothing writes. */
#ifndef IRKG_STORE_H
#define IRKG_STORE_H

#include <stdio.h>
#include <redland.h>

#include "answer.h"
#include "ctx.h"

typedef struct irkg_store irkg_store;

enum irkg_store_mode {
	IRKG_STORE_READ, /* must exist; shared lock, fails if a writer holds it
			  */
	IRKG_STORE_WRITE /* created when missing; exclusive lock, waits */
};

/* The store used when no --store is given and $IRKG_STORE is unset. */
#define IRKG_STORE_DEFAULT "irkg-store"

/* Open the store named by `spec`:
 *   DIR            irkg's LMDB quad store in DIR (lmdb_storage.h: readers
 *                  take no lock and are never blocked; a transaction is
 *                  an LMDB one); a store DIR made on Berkeley DB before
 *                  LMDB was the default opens as hashes:DIR
 *   lmdb:DIR       the same, and only that
 *   hashes:DIR     Redland hashes (Berkeley DB) with contexts, in DIR
 *   memory         an in-memory store that lives as long as the process
 *   sqlite:FILE    Redland's SQLite storage
 *   postgresql:K=V;K=V  Redland's PostgreSQL storage (host, port, database,
 *                  user, password)
 *   virtuoso:K=V;K=V  Redland's Virtuoso storage over ODBC (host H:PORT,
 *                  user, password, dsn; virtuoso.h); SPARQL runs on the
 *                  server, SELECT answers through its SPARQL endpoint
 *                  when http=H:PORT names it
 * A writer waits up to `lock_wait_seconds` for another writer to finish.
 * An interrupted earlier write found in the store's journal is rolled back
 * first. On success *out is owned by the caller (irkg_store_free); on failure
 * *out is NULL, a message has been logged, and IRKG_ENOTFOUND, IRKG_ENOTSTORE,
 * IRKG_ELOCKED, IRKG_EIO or IRKG_ESTORE is returned. */
int irkg_store_open(irkg_store **out, irkg_ctx *ctx, const char *spec,
		    enum irkg_store_mode mode, int lock_wait_seconds);

/* Close the store and release its lock. An open transaction is rolled back.
 * Accepts NULL. */
void irkg_store_free(irkg_store *store);

/* The model (borrowed; valid until irkg_store_free). */
librdf_model *irkg_store_model(irkg_store *store);
irkg_ctx *irkg_store_ctx(irkg_store *store);
/* How the store is named in messages ("irkg-store", "sqlite:x.db"). */
const char *irkg_store_name(const irkg_store *store);

/* Start an all-or-nothing write that may change only the named graphs.
 * Their current contents are saved to the store's journal (and synced)
 * before anything changes, so a crash or a failed write can be undone.
 * Only one transaction at a time; the store must be open for writing. */
int irkg_store_begin(irkg_store *store, const char *const *graph_iris,
		     size_t n_graphs);

/* Make the write durable and drop the journal. */
int irkg_store_commit(irkg_store *store);

/* Undo everything since irkg_store_begin: the named graphs get back their
 * saved contents. */
int irkg_store_rollback(irkg_store *store);

/* Remove every statement of a graph. Inside a transaction only. */
int irkg_store_clear_graph(irkg_store *store, const char *graph_iri);

struct irkg_graph_info {
	char *iri;
	long triples;
};

/* The named graphs and their sizes, sorted by IRI. *out is an array the
 * caller frees with irkg_graph_info_free. */
int irkg_store_graphs(irkg_store *store, struct irkg_graph_info **out,
		      size_t *count);
void irkg_graph_info_free(struct irkg_graph_info *graphs, size_t count);

/* A time limit for what is read next (a query): after `seconds` every scan
 * of the store ends, so that Rasqal finishes at once with what it has.
 * 0 removes the limit. Only the LMDB store has it: IRKG_EUNSUPPORTED for
 * the others. */
int irkg_store_set_time_limit(irkg_store *store, double seconds);

/* Whether the time limit stopped a scan since it was set. */
int irkg_store_timed_out(irkg_store *store);

/* With `list` 0, the store lists no graphs (to librdf, which hands them
 * all to Rasqal before every query) until it is called again with 1: for
 * a query that names no graph. IRKG_EUNSUPPORTED for all but LMDB. */
int irkg_store_list_graphs(irkg_store *store, int list);

/* List only the graphs named in `iris` (one per line) until
 * irkg_store_list_graphs(store, 1): for a query whose GRAPH patterns can
 * match no others (graph_scope.h). IRKG_EUNSUPPORTED for all but LMDB. */
int irkg_store_scope_graphs(irkg_store *store, const char *iris);

/* Number of statements in one graph; 0 when it does not exist. */
long irkg_store_graph_size(irkg_store *store, const char *graph_iri);

/* Write statements as N-Quads: one graph, or all when graph_iri is NULL. */
int irkg_store_write_nquads(irkg_store *store, const char *graph_iri,
			    FILE *out);

/* The librdf query language that runs SPARQL on this store: NULL for
 * Rasqal over the store's statements ("sparql11-query"), or the storage
 * module's own engine (Virtuoso: the text goes to the server). */
const char *irkg_store_query_language(const irkg_store *store);

/* Run the SELECT or ASK `sparql` (Rasqal's SPARQL, as irkg writes it) on a
 * store with its own engine (Virtuoso) and give its answer (an ASK's is
 * irkg_answer_is_boolean): through the server's SPARQL endpoint in one
 * request when the spec names it (http=H:PORT) and the query fits in a
 * URL, else through the module row by row. *out is
 * owned by the caller; on failure it is NULL and IRKG_ESTORE (logged when the
 * endpoint said why), IRKG_ENOMEM, or IRKG_EUNSUPPORTED (not such a store) is
 * returned. */
int irkg_store_server_select(irkg_store *store, const char *sparql,
			     irkg_answer **out);

/* Whether librdf_model_find_statements (and get_target, get_source,
 * as_stream) read the union of the store's graphs. 0 for Virtuoso, whose
 * module reads only its default graph: ask SPARQL there instead. */
int irkg_store_reads_union(const irkg_store *store);

/* librdf_model_get_target, get_source and get_targets over the union of
 * the store's graphs, on every kind of store. The nodes returned are
 * owned by the caller (librdf_free_node); NULL when there is none or on
 * failure. irkg_store_each_target passes each object to fn, borrowed for
 * the call, until fn returns non-zero; 0, or IRKG_ESTORE, IRKG_ENOMEM. */
librdf_node *irkg_store_get_target(irkg_store *store, librdf_node *subject,
				   librdf_node *predicate);
librdf_node *irkg_store_get_source(irkg_store *store, librdf_node *predicate,
				   librdf_node *object);
int irkg_store_each_target(irkg_store *store, librdf_node *subject,
			   librdf_node *predicate,
			   int (*fn)(void *, librdf_node *), void *data);

#endif
