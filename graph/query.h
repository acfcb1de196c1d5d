/* Running SPARQL against the store and writing the answers. */
#ifndef IRKG_QUERY_H
#define IRKG_QUERY_H

#include <stdio.h>

#include "sparql.h"
#include "store.h"

struct irkg_query_options {
	const char *source; /* how messages name the query ("-e", a file) */
	const struct irkg_sparql_binding *bindings;
	size_t n_bindings;
	/* SELECT/ASK: table, csv, tsv, json, xml. CONSTRUCT/DESCRIBE: an
	 * export format (turtle, ntriples, rdfxml, …). NULL: turtle for
	 * graphs, and for bindings table on a terminal, else tsv. */
	const char *format;
	int terminal; /* the answer goes to a terminal */
};

/* Is `name` a results format irkg can write for SELECT/ASK? */
int irkg_query_is_results_format(const char *name);

/* Run `text` (SPARQL 1.1 as far as Rasqal 0.9.33 goes) and write the answer
 * to `out`. Unsupported features are refused before Rasqal runs (so MINUS
 * is never silently ignored, SERVICE never reaches the network): that is
 * IRKG_EUNSUPPORTED with a message naming the line and column. Syntax errors
 * are IRKG_EPARSE, with the line in the user's text. Bad parameters are
 * IRKG_EINVAL. ASK answers "true" or "false" in the plain formats (table,
 * csv, tsv). *rows receives the number of rows the table format wrote; it
 * is 0 for the other formats, which Rasqal writes itself. */
int irkg_query_run(irkg_store *store, const char *text,
		   const struct irkg_query_options *options, FILE *out,
		   long *rows);

#endif
