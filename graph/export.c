/* Writing the store as RDF: Turtle, N-Triples, N-Quads, RDF/XML. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "export.h"
#include "prefixes.h"
#include "virtuoso.h"

static const struct {
	const char *name;
	const char *serializer;
} export_formats[] = {
	{"turtle", "turtle"},
	{"ttl", "turtle"},
	{"ntriples", "ntriples"},
	{"nt", "ntriples"},
	{"n-triples", "ntriples"},
	{"nquads", "nquads"},
	{"nq", "nquads"},
	{"n-quads", "nquads"},
	{"rdfxml", "rdfxml-abbrev"},
	{"rdf", "rdfxml-abbrev"},
	{"xml", "rdfxml-abbrev"},
	{"rdf/xml", "rdfxml-abbrev"},
};

const char *irkg_export_format_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(export_formats) / sizeof(export_formats[0]); i++)
		if (strcasecmp(name, export_formats[i].name) == 0)
			return export_formats[i].serializer;
	return NULL;
}

int irkg_export_stream(irkg_ctx *ctx, librdf_stream *stream, const char *format,
		       FILE *out)
{
	librdf_world *world = irkg_ctx_world(ctx);
	librdf_serializer *ser =
		librdf_new_serializer(world, format, NULL, NULL);
	const struct irkg_prefix *prefixes;
	size_t n, i;
	int rc = IRKG_OK;

	if (!ser)
		return IRKG_ENOMEM;
	prefixes = irkg_prefixes(&n);
	for (i = 0; i < n && strcmp(format, "ntriples") != 0; i++) {
		librdf_uri *uri = librdf_new_uri(
			world, (const unsigned char *)prefixes[i].uri);

		if (!uri) {
			rc = IRKG_ENOMEM;
			break;
		}
		librdf_serializer_set_namespace(ser, uri, prefixes[i].prefix);
		librdf_free_uri(uri);
	}
	if (!rc && librdf_serializer_serialize_stream_to_file_handle(
			   ser, out, NULL, stream))
		rc = IRKG_EIO;
	if (!rc && (fflush(out) != 0 || ferror(out)))
		rc = IRKG_EIO;
	librdf_free_serializer(ser);
	return rc;
}

/* The whole store from a server whose module reads one graph only: a
 * CONSTRUCT of every statement, run on the server. */
static int export_union(irkg_store *store, const char *format, FILE *out)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	librdf_query *query = NULL;
	librdf_query_results *results = NULL;
	librdf_stream *stream = NULL;
	char *text = NULL;
	int rc = irkg_virtuoso_query_text(
		"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", &text);

	if (rc)
		return rc;
	query = librdf_new_query(irkg_ctx_world(ctx),
				 irkg_store_query_language(store), NULL,
				 (const unsigned char *)text, NULL);
	if (query)
		results = librdf_model_query_execute(irkg_store_model(store),
						     query);
	if (results)
		stream = librdf_query_results_as_stream(results);
	rc = stream ? irkg_export_stream(ctx, stream, format, out)
		    : IRKG_ESTORE;
	if (stream)
		librdf_free_stream(stream);
	if (results)
		librdf_free_query_results(results);
	if (query)
		librdf_free_query(query);
	free(text);
	return rc;
}

int irkg_export(irkg_store *store, const char *graph_iri, const char *format,
		FILE *out)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	librdf_model *model = irkg_store_model(store);
	librdf_node *graph = NULL;
	librdf_stream *stream;
	int rc;

	if (graph_iri && irkg_store_graph_size(store, graph_iri) <= 0) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "store %s has no graph <%s> (list them with "
			     "'irkg graphs')",
			     irkg_store_name(store), graph_iri);
		return IRKG_ENOTFOUND;
	}
	if (strcmp(format, "nquads") == 0)
		return irkg_store_write_nquads(store, graph_iri, out);
	if (graph_iri) {
		graph = librdf_new_node_from_uri_string(
			irkg_ctx_world(ctx), (const unsigned char *)graph_iri);
		if (!graph)
			return IRKG_ENOMEM;
		stream = librdf_model_context_as_stream(model, graph);
	} else if (!irkg_store_reads_union(store)) {
		return export_union(store, format, out);
	} else {
		stream = librdf_model_as_stream(model);
	}
	if (!stream) {
		if (graph)
			librdf_free_node(graph);
		return IRKG_ESTORE;
	}
	rc = irkg_export_stream(ctx, stream, format, out);
	librdf_free_stream(stream);
	if (graph)
		librdf_free_node(graph);
	return rc;
}
