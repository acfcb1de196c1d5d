/* Writing the store as RDF: Turtle, N-Triples, N-Quads, RDF/XML. */
#ifndef IRKG_EXPORT_H
#define IRKG_EXPORT_H

#include <stdio.h>

#include "store.h"

/* The raptor serializer name for a format the user typed ("turtle", "ttl",
 * "nt", "nquads", "rdfxml", "xml"), or NULL. */
const char *irkg_export_format_name(const char *name);

/* Write a stream of statements with the project's prefixes declared.
 * `format` is a raptor serializer name other than nquads. The stream is
 * consumed, not freed. */
int irkg_export_stream(irkg_ctx *ctx, librdf_stream *stream, const char *format,
		       FILE *out);

/* Write one graph (or, when graph_iri is NULL, every graph) to `out`.
 * N-Quads keeps each statement's graph; the triple formats write every
 * graph's statements in turn, so a triple held in two graphs is written
 * twice (a reader takes the set). IRKG_ENOTFOUND when the named graph is
 * empty or absent. */
int irkg_export(irkg_store *store, const char *graph_iri, const char *format,
		FILE *out);

#endif
