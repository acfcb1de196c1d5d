/* What the unit tests of graph/ share besides testutil_core.c: see
 * testutil.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testutil.h"

/* ---- recording log handler ---- */

void testutil_log_record(void *user_data, enum irkg_log_level level,
			 const char *file, int line, int column,
			 const char *message)
{
	struct testutil_log *log = user_data;
	struct testutil_log_entry *e;

	assert_non_null(log);
	assert_non_null(message);
	if (log->n == log->cap) {
		size_t cap = log->cap ? log->cap * 2 : 8;
		struct testutil_log_entry *grown =
			realloc(log->entries, cap * sizeof(*grown));

		assert_non_null(grown);
		log->entries = grown;
		log->cap = cap;
	}
	e = &log->entries[log->n++];
	e->level = level;
	e->file = file ? strdup(file) : NULL;
	e->line = line;
	e->column = column;
	e->message = strdup(message);
}

void testutil_log_clear(struct testutil_log *log)
{
	size_t i;

	for (i = 0; i < log->n; i++) {
		free(log->entries[i].file);
		free(log->entries[i].message);
	}
	free(log->entries);
	log->entries = NULL;
	log->n = log->cap = 0;
}

const struct testutil_log_entry *
testutil_log_find(const struct testutil_log *log, enum irkg_log_level level,
		  const char *part)
{
	size_t i;

	for (i = 0; i < log->n; i++)
		if (log->entries[i].level == level &&
		    (!part || strstr(log->entries[i].message, part)))
			return &log->entries[i];
	return NULL;
}

const struct testutil_log_entry *
testutil_log_error(const struct testutil_log *log)
{
	return testutil_log_find(log, IRKG_LOG_ERROR, NULL);
}

/* ---- RDF ---- */

int testutil_add_ntriples(irkg_store *store, const char *graph_iri,
			  const char *text)
{
	librdf_world *world = irkg_ctx_world(irkg_store_ctx(store));
	librdf_parser *parser =
		librdf_new_parser(world, "ntriples", NULL, NULL);
	librdf_uri *base =
		librdf_new_uri(world, (const unsigned char *)"urn:test:");
	librdf_node *graph = librdf_new_node_from_uri_string(
		world, (const unsigned char *)graph_iri);
	librdf_stream *stream = NULL;
	int n = -1;

	if (parser && base && graph)
		stream = librdf_parser_parse_string_as_stream(
			parser, (const unsigned char *)text, base);
	if (stream)
		n = 0;
	for (; stream && !librdf_stream_end(stream);
	     librdf_stream_next(stream)) {
		if (librdf_model_context_add_statement(
			    irkg_store_model(store), graph,
			    librdf_stream_get_object(stream))) {
			n = -1;
			break;
		}
		n++;
	}
	if (stream)
		librdf_free_stream(stream);
	if (graph)
		librdf_free_node(graph);
	if (base)
		librdf_free_uri(base);
	if (parser)
		librdf_free_parser(parser);
	return n;
}

char *testutil_dump_graph(irkg_store *store, const char *graph_iri)
{
	char *text = NULL, *sorted;
	size_t size = 0;
	FILE *mem = open_memstream(&text, &size);

	assert_non_null(mem);
	assert_int_equal(irkg_store_write_nquads(store, graph_iri, mem),
			 IRKG_OK);
	assert_int_equal(fclose(mem), 0);
	sorted = testutil_sort_lines(text);
	free(text);
	return sorted;
}

int testutil_world_setup(void **state)
{
	librdf_world *world = librdf_new_world();

	if (!world)
		return -1;
	librdf_world_open(world);
	*state = world;
	return 0;
}

int testutil_world_teardown(void **state)
{
	librdf_free_world(*state);
	return 0;
}
