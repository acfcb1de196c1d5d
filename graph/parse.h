/* Parsing RDF files with raptor, keeping the graph of each quad. */
#ifndef IRKG_PARSE_H
#define IRKG_PARSE_H

#include <stdio.h>

#include "ctx.h"

/* Receives each statement; statement->graph is set for quads from N-Quads
 * and TriG, NULL otherwise. The statement is borrowed for the call. Return
 * 0 to go on, an irkg_error to stop the parse with that error. */
typedef int (*irkg_parse_fn)(void *user_data, raptor_statement *statement);

/* Parse `f` in raptor syntax `syntax` ("turtle", "nquads", …) against
 * `base_iri`. `label` names the input in messages. The parser never
 * reaches the network. Returns 0, the callback's error, or IRKG_EPARSE
 * when raptor reported an error (already logged with file and line).
 * (librdf's own parser API drops the graph of each quad, which is why
 * irkg talks to raptor here.) */
int irkg_parse_file(irkg_ctx *ctx, FILE *f, const char *label,
		    const char *syntax, const char *base_iri,
		    irkg_parse_fn callback, void *user_data);

#endif
