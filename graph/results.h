/* SPARQL 1.1 query results as the W3C formats say.
 *
 * Rasqal 0.9.33's writers, measured: JSON and XML write an unbound
 * variable as {"type":"unbound","value":null} and <unbound/> (the formats
 * say leave it out; clients such as SPARQLWrapper reject it), and an empty
 * answer loses its variables in every format (JSON "vars": [], no TSV or
 * CSV header). irkg writes JSON and XML itself, and the TSV or CSV header
 * of an empty answer; Rasqal's TSV and CSV rows are right and kept. */
#ifndef IRKG_RESULTS_H
#define IRKG_RESULTS_H

#include <stdio.h>

#include <redland.h>

#include "answer.h"
#include "ctx.h"

/* Is `name` one of the formats this module writes: json, xml, tsv, csv? */
int irkg_results_is_format(const char *name);

/* Write the SELECT or ASK `answer` of the query `text` (its variables are
 * read from the text when the answer is empty) to `out` as `format`
 * (json, xml, tsv or csv). *rows gets the number of rows written. Returns
 * IRKG_OK, IRKG_EIO when writing failed, IRKG_ENOMEM, or IRKG_ESTORE when
 * the results cannot be read. Rasqal's rows (irkg_answer_is_rasqal) are
 * written as TSV and CSV by Rasqal itself; a server's are written here as
 * Rasqal writes its own. */
int irkg_results_write(irkg_ctx *ctx, irkg_answer *answer, const char *text,
		       const char *format, FILE *out, long *rows);

#endif
