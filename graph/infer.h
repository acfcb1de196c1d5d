/* Inference: what the ontology implies, materialised per source graph in an
 * inferred graph of its own so that queries need no property paths, and an
 * ingest infers in time proportional to its articles (docs/inference.md). */
#ifndef IRKG_INFER_H
#define IRKG_INFER_H

#include "prefixes.h"
#include "store.h"

/* What the ontology graph (the ontology and the knowledge base) implies.
 * What another graph G implies lives in the graph named by
 * irkg_infer_graph_name(G), under IRKG_INFERRED_GRAPH "/". */
#define IRKG_INFERRED_GRAPH IRKG_ID "graph/inferred"

typedef struct irkg_infer irkg_infer;

/* Whether `graph_iri` is an inferred graph (IRKG_INFERRED_GRAPH or a graph
 * under it). Inference never reads one. */
int irkg_infer_is_inferred(const char *graph_iri);

/* The inferred graph of `graph_iri`, in *out (the caller frees it):
 *   the ontology graph        IRKG_INFERRED_GRAPH
 *   IRKG_ID REST              IRKG_INFERRED_GRAPH "/" REST
 *                             (…/graph/inferred/article/7b0b…)
 *   any other IRI             IRKG_INFERRED_GRAPH "/iri/" and the IRI with
 *                             every byte but A-Z a-z 0-9 - . _ ~ as %XX
 * Returns 0, IRKG_EINVAL when `graph_iri` is an inferred graph itself, or
 * IRKG_ENOMEM (*out NULL on failure). */
int irkg_infer_graph_name(const char *graph_iri, char **out);

/* Read the axioms of the ontology graph once (rdfs:subClassOf and
 * rdfs:subPropertyOf closure, owl:SymmetricProperty, owl:inverseOf), for
 * any number of irkg_infer_graph calls on `store` while the ontology graph
 * does not change. No ontology graph: only the direct edges of n-ary
 * relations are inferred. On success *out is owned by the caller
 * (irkg_infer_free); on failure it is NULL and IRKG_ENOMEM or IRKG_ESTORE
 * is returned. */
int irkg_infer_new(irkg_infer **out, irkg_store *store);

/* Accepts NULL. */
void irkg_infer_free(irkg_infer *in);

/* Replace the inferred graph of `graph_iri` with what that graph alone
 * implies under the axioms: the rules of docs/inference.md, iterated to a
 * fixpoint, of which only the conclusions something reads are written
 * (direct edges such as irkg:alliedWith, irkg:participant, memberships,
 * and rdf:type for irkg:Actor and the relation classes). A statement
 * asserted in the graph is not repeated. Reads no other graph, so its time
 * is proportional to the graph. Must run inside a transaction that names
 * the inferred graph (irkg_infer_graph_name). *inferred (may be NULL)
 * receives the number of statements written. Returns 0, or IRKG_EINVAL
 * (an inferred graph given), IRKG_ENOMEM or IRKG_ESTORE, with a message
 * logged; the caller rolls back. */
int irkg_infer_graph(irkg_infer *in, const char *graph_iri, long *inferred);

struct irkg_infer_result {
	long graphs;   /* graphs inferred from */
	long asserted; /* statements read from them */
	long axioms;   /* axioms read from the ontology graph */
	long inferred; /* statements now in the inferred graphs */
	long previous; /* statements the inferred graphs held before */
	long repaired; /* inferred graphs rewritten, created or removed */
};

/* Bring every inferred graph up to date, in one transaction. Without
 * `rebuild`, each graph's inferences are recomputed and compared with its
 * inferred graph, and only graphs that differ are rewritten (an inferred
 * graph whose source is gone is removed). With `rebuild`, every inferred
 * graph is dropped and written again from scratch. The store must be open
 * for writing with no transaction in progress. `result` may be NULL.
 * Returns 0, or IRKG_ENOMEM, IRKG_ESTORE, IRKG_EIO or IRKG_EINVAL with the
 * store as it was (rolled back) and a message logged. */
int irkg_infer_all(irkg_store *store, int rebuild,
		   struct irkg_infer_result *result);

#endif
