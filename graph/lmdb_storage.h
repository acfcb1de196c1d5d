/* irkg's own Redland storage module: quads with real indexes and real
 * transactions on LMDB (factory name "irkg-lmdb"). */
#ifndef IRKG_LMDB_STORAGE_H
#define IRKG_LMDB_STORAGE_H

#include <redland.h>

/* The factory name to give librdf_new_storage_with_options. */
#define IRKG_LMDB_STORAGE_NAME "irkg-lmdb"

/* Features (librdf_storage_set_feature, _get_feature). TIME_LIMIT: a
 * literal number of seconds from now after which every scan ends, so that
 * a query stops (0: no limit); TIMED_OUT: "1" once that has happened.
 * LIST_GRAPHS: "0" makes the list of graphs empty until it is set to "1"
 * again. librdf hands every graph of the store to Rasqal before each
 * query, whether or not it names a graph; a query without GRAPH then
 * costs time in the number of graphs (20,000 for 10,000 articles). */
#define IRKG_LMDB_FEATURE_TIME_LIMIT "https://w3id.org/irkg/feature/time-limit"
#define IRKG_LMDB_FEATURE_TIMED_OUT "https://w3id.org/irkg/feature/timed-out"
#define IRKG_LMDB_FEATURE_LIST_GRAPHS                                          \
	"https://w3id.org/irkg/feature/list-graphs"
/* GRAPH_SCOPE: graph IRIs, one per line: the list of graphs holds only
 * these (the ones the store has) until LIST_GRAPHS is set again. Rasqal
 * runs GRAPH ?g { ... } once per listed graph. */
#define IRKG_LMDB_FEATURE_GRAPH_SCOPE                                          \
	"https://w3id.org/irkg/feature/graph-scope"

/* Register the "irkg-lmdb" storage factory with `world` (after
 * librdf_world_open). Its options, in the librdf_hash:
 *   dir       the directory holding data.mdb and lock.mdb (must exist)
 *   new       "yes": create the databases when missing (never erases)
 *   write     "no": read-only (default "yes")
 *   contexts  accepted; contexts are always on
 * Storages log their errors through librdf_log, naming the store.
 * Returns 0, or non-zero when librdf refused the factory. */
int irkg_lmdb_storage_register(librdf_world *world);

/* The number of statements in `graph` of an irkg-lmdb storage, counted on
 * the index without decoding them (librdf's context stream would decode
 * each one): 0 and *count, or -1 on a read error (logged). A graph the
 * store does not know has 0 statements. */
int irkg_lmdb_storage_graph_size(librdf_storage *storage, librdf_node *graph,
				 long *count);

#endif
