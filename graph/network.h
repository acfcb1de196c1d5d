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

/* Write the network to `out` in `format`. Returns 0, IRKG_EIO when writing
 * failed or IRKG_ENOMEM. */
int irkg_network_write(const irkg_network *net, enum irkg_network_format format,
		       FILE *out);

#endif
