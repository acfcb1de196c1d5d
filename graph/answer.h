/* A SELECT answer read row by row, from librdf's query results or from a
 * server's whole answer at once.
 *
 * Redland's Virtuoso module fetches a result row by row and every cell with
 * several ODBC calls (about 80 µs a cell, measured); Virtuoso's SPARQL
 * endpoint instead writes the whole answer as SPARQL 1.1 Query Results
 * XML, which irkg fetches at once and reads here with Rasqal. Both give the
 * same rows through this one interface. */
#ifndef IRKG_ANSWER_H
#define IRKG_ANSWER_H

#include <stddef.h>
#include <redland.h>

typedef struct irkg_answer irkg_answer;

/* An answer that reads `results` (borrowed: they must outlive the
 * answer), which Rasqal made when `rasqal` is set, else a server's engine
 * through its module. *out is owned by the caller; IRKG_ENOMEM. */
int irkg_answer_from_results(irkg_answer **out, librdf_query_results *results,
			     int rasqal);

/* An answer that reads a server engine's `results` and owns them and their
 * `query`: irkg_answer_free frees both, and so does this on failure
 * (IRKG_ENOMEM, *out NULL). */
int irkg_answer_adopt(irkg_answer **out, librdf_query *query,
		      librdf_query_results *results);

/* An answer read from `xml`, `len` bytes of SPARQL 1.1 Query Results XML
 * for a SELECT, by Rasqal's own reader. Every row is read now; literals
 * of XSD types Rasqal knows come in its canonical form. An answer without
 * rows has no columns (Rasqal names variables only with a row). *out is
 * owned by the caller; on failure it is NULL and IRKG_EPARSE (not such
 * XML) or IRKG_ENOMEM is returned. */
int irkg_answer_from_xml(irkg_answer **out, librdf_world *world,
			 const char *xml, size_t len);

/* The answer of an ASK that a server answered as a SELECT (virtuoso.h):
 * `yes` true or false, no rows. *out is owned by the caller; IRKG_ENOMEM. */
int irkg_answer_from_boolean(irkg_answer **out, int yes);

/* Accepts NULL. */
void irkg_answer_free(irkg_answer *answer);

/* The librdf results this answer reads, or NULL for a parsed one. */
librdf_query_results *irkg_answer_results(irkg_answer *answer);

/* Whether the answer reads Rasqal's results (which Rasqal can write out
 * itself), not a server's. */
int irkg_answer_is_rasqal(const irkg_answer *answer);

/* Whether this is an ASK's answer, and that answer: 1 true, 0 false, -1
 * when the results cannot say (or it is no ASK's answer). */
int irkg_answer_is_boolean(irkg_answer *answer);
int irkg_answer_boolean(irkg_answer *answer);

/* The number of variables (columns), and the name of the i-th (borrowed;
 * NULL when there is none). */
int irkg_answer_columns(irkg_answer *answer);
const char *irkg_answer_name(irkg_answer *answer, int i);

/* Whether every row has been read; go to the next row. */
int irkg_answer_finished(irkg_answer *answer);
void irkg_answer_next(irkg_answer *answer);

/* The i-th value of the current row, a new node the caller frees, already
 * mended as virtuoso.h says; NULL when unbound or out of memory. */
librdf_node *irkg_answer_value(irkg_answer *answer, int i);

#endif
