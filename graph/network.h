/* State networks from the store: states (and organisations) as nodes,
 * relations and event dyads as weighted edges, written for Graphviz, Gephi,
 * yEd and Cytoscape (docs/network.md). */
#ifndef IRKG_NETWORK_H
#define IRKG_NETWORK_H

#include <stdio.h>

#include "store.h"

typedef struct irkg_network irkg_network;

/* Edge kinds; a filter's `kinds` is a bit set of (1u << kind). */
enum irkg_edge_kind {
	IRKG_EDGE_ALLIANCE,
	IRKG_EDGE_DISPUTE,
	IRKG_EDGE_AGREEMENT,
	IRKG_EDGE_COOPERATION, /* events of quad classes 1 and 2 */
	IRKG_EDGE_CONFLICT,    /* events of quad classes 3 and 4 */
	IRKG_EDGE_KINDS
};

enum irkg_network_format {
	IRKG_NETWORK_DOT,
	IRKG_NETWORK_GRAPHML,
	IRKG_NETWORK_GEXF,
	IRKG_NETWORK_JSON
};

struct irkg_network_filter {
	/* YYYY, YYYY-MM or YYYY-MM-DD, compared at their own precision, or
	 * NULL. Undated events are left out when either is given; relations
	 * are kept unless their own start/end lie outside the range. */
	const char *from, *to;
	/* Comma-separated codes (USA,JPN,NATO): keep edges whose two ends are
	 * both in the list. NULL keeps all. */
	const char *actors;
	unsigned kinds;	   /* bit set of kinds to keep; 0 keeps all */
	double min_weight; /* drop edges whose weight is below this */
	int igos;	   /* 1: organisations are nodes too */
};

/* "dot", "graphml", "gexf" or "json" -> *out; -1 for anything else. */
int irkg_network_format_parse(const char *name, enum irkg_network_format *out);

/* "alliance,conflict" -> a bit set of kinds in *out; IRKG_EINVAL for an
 * unknown or empty kind (*out is then unchanged). */
int irkg_network_kinds_parse(const char *list, unsigned *out);

/* The name of a kind ("alliance"). */
const char *irkg_edge_kind_name(enum irkg_edge_kind kind);

/* Build the network from the store: nodes from the knowledge base, edges
 * from Alliance, Dispute and Agreement relations (weight 1 per relation)
 * and from event dyads (weight = number of dyads, with their Goldstein sum
 * and date span). Self-loops are left out. On success *out is owned by the
 * caller (irkg_network_free); on failure *out is NULL and IRKG_EINVAL (a
 * bad date or code in the filter), IRKG_ENOMEM or IRKG_ESTORE is
 * returned. */
int irkg_network_build(irkg_network **out, irkg_store *store,
		       const struct irkg_network_filter *filter);

/* Accepts NULL. */
void irkg_network_free(irkg_network *net);

size_t irkg_network_node_count(const irkg_network *net);
size_t irkg_network_edge_count(const irkg_network *net);

/* A look at one node or edge, for writers outside this module (the
 * pictures of cli/render.c). The strings belong to the network and live as
 * long as it does; a string the store does not know is NULL (`label`
 * never is: it falls back on the id). */
struct irkg_network_node {
	const char *id, *label, *region, *iri;
	int is_state; /* 0: an organisation or another code (--igos) */
};
struct irkg_network_edge {
	enum irkg_edge_kind kind;
	size_t a, b; /* indexes of the two nodes, a's id before b's */
	long weight; /* relations, or event dyads */
	double goldstein;
	const char *start, *end;
};

/* Node `i` (nodes are sorted by id) or edge `i` (sorted by their ends and
 * kind) into *out; `i` must be below the count. */
void irkg_network_node_at(const irkg_network *net, size_t i,
			  struct irkg_network_node *out);
void irkg_network_edge_at(const irkg_network *net, size_t i,
			  struct irkg_network_edge *out);

/* The backbone of a dense network: sets keep[i] (one entry per edge) to 1
 * when edge i is among the `per_node` strongest edges of either of its
 * ends, else 0, and *kept to the number kept. An edge's strength is its
 * weight over the largest weight of its kind, so that event counts do not
 * crowd out relations; ties go to the kind listed first, then to the
 * earlier edge. Every node keeps at least one edge when per_node > 0.
 * Returns 0, or IRKG_ENOMEM (keep is then undefined). */
int irkg_network_strongest(const irkg_network *net, size_t per_node,
			   unsigned char *keep, size_t *kept);

/* Write the network to `out` in `format`. Returns 0, IRKG_EIO when writing
 * failed or IRKG_ENOMEM. */
int irkg_network_write(const irkg_network *net, enum irkg_network_format format,
		       FILE *out);

#endif
