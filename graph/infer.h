/* Inference: what the ontology implies, materialised in a graph of its own
 * so that queries need no property paths (docs/inference.md). */
#ifndef IRKG_INFER_H
#define IRKG_INFER_H

#include "prefixes.h"
#include "store.h"

/* The named graph that holds every inferred statement, and nothing else. */
#define IRKG_INFERRED_GRAPH IRKG_ID "graph/inferred"

struct irkg_infer_result {
	long asserted; /* statements read from the other graphs */
	long axioms;   /* axioms read from the ontology graph */
	long inferred; /* statements now in the inferred graph */
	long previous; /* statements the inferred graph held before */
};

/* Rebuild IRKG_INFERRED_GRAPH from every other graph, in one transaction of
 * its own: the graph is emptied, then receives what the axioms in
 * IRKG_ONTOLOGY_GRAPH imply (rdfs:subClassOf and rdfs:subPropertyOf closure,
 * owl:SymmetricProperty, owl:inverseOf) and the direct edges of the n-ary
 * relations (irkg:alliedWith for the parties of an irkg:Alliance, …),
 * iterated to a fixpoint. A statement asserted in any other graph is not
 * repeated; no other graph is touched. The store must be open for writing
 * with no transaction in progress. `result` may be NULL. Returns 0, or
 * IRKG_ENOMEM, IRKG_ESTORE, IRKG_EIO or IRKG_EINVAL with the store as it
 * was (the transaction rolled back) and a message logged. */
int irkg_infer(irkg_store *store, struct irkg_infer_result *result);

#endif
