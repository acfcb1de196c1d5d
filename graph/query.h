/* Running SPARQL against the store: the user's queries with their answers
 * written out, and irkg's own queries row by row. */
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
	/* The same query written for a store's own engine (Virtuoso), with
	 * the same parameters and columns, and how messages name it; run
	 * instead of the text on such a store, unused on the others. */
	const char *engine_text;
	const char *engine_source;
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

/* Called once per row of a SELECT answer: values[i] is the i-th variable
 * as plain text (an IRI, or a literal's lexical form; NULL when unbound or
 * a blank node) and langs[i] a literal's language tag or NULL. Both arrays
 * and their strings are borrowed for the call only. A non-zero return stops
 * the iteration and is passed back to the caller. */
typedef int (*irkg_query_row_fn)(void *state, const char *const *values,
				 const char *const *langs);

/* Run the SELECT `sparql` (irkg's own text, never the user's: no checks or
 * parameters) and call `row` with its first `n_vars` variables for each
 * answer row, in order. `name` says in the message which query failed
 * ("table", "network"). Returns 0, what `row` returned, IRKG_ENOMEM, or
 * IRKG_ESTORE (logged) when the query does not parse or run. */
int irkg_query_each_row(irkg_store *store, const char *sparql, size_t n_vars,
			const char *name, irkg_query_row_fn row, void *state);

#endif
