/* Unit tests for graph/export: writing the store as RDF. */
#define _GNU_SOURCE
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../graph/ctx.h"
#include "../../graph/export.h"
#include "../../graph/store.h"
#include "testutil.h"

/* ---- output capture ---- */

struct capture {
	char *text;
	size_t size;
	FILE *f;
};

static void capture_open(struct capture *c)
{
	c->text = NULL;
	c->size = 0;
	c->f = open_memstream(&c->text, &c->size);
	assert_non_null(c->f);
}

/* Close the stream; c->text holds what was written (free it). */
static char *capture_close(struct capture *c)
{
	assert_int_equal(fclose(c->f), 0);
	c->f = NULL;
	return c->text;
}

/* Parse `text` (raptor syntax `syntax`) with librdf's parser and return
 * its statements as sorted N-Triples lines; *count gets their number. */
static char *reparse(irkg_ctx *ctx, const char *syntax, const char *text,
		     long *count)
{
	librdf_world *world = irkg_ctx_world(ctx);
	librdf_parser *parser = librdf_new_parser(world, syntax, NULL, NULL);
	librdf_uri *base = librdf_new_uri(
		world, (const unsigned char *)"http://example.org/base");
	struct capture c;
	raptor_iostream *io;
	librdf_stream *stream;
	char *out;

	assert_non_null(parser);
	assert_non_null(base);
	capture_open(&c);
	io = raptor_new_iostream_to_file_handle(librdf_world_get_raptor(world),
						c.f);
	assert_non_null(io);
	*count = 0;
	irkg_ctx_set_input(ctx, "reparse", 0);
	stream = librdf_parser_parse_string_as_stream(
		parser, (const unsigned char *)text, base);
	assert_non_null(stream);
	for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
		assert_int_equal(
			raptor_statement_ntriples_write(
				librdf_stream_get_object(stream), io, 0),
			0);
		(*count)++;
	}
	assert_int_equal(irkg_ctx_error_count(ctx), 0);
	librdf_free_stream(stream);
	raptor_free_iostream(io);
	librdf_free_uri(base);
	librdf_free_parser(parser);
	out = testutil_sort_lines(capture_close(&c));
	free(c.text);
	return out;
}

/* ---- fixture ---- */

struct fx {
	irkg_ctx *ctx;
	struct testutil_log log;
	irkg_store *store;
};

static const char graph_people[] = "urn:test:people";
static const char graph_states[] = "urn:test:states";

/* In irkg's namespaces, so that prefixes are used; literals of every kind
 * and characters that need escaping. */
static const char people[] =
	"<https://w3id.org/irkg/id/person/abe> "
	"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
	"<https://w3id.org/irkg/ontology#Person> .\n"
	"<https://w3id.org/irkg/id/person/abe> "
	"<http://www.w3.org/2000/01/rdf-schema#label> \"Abe Shinzo\"@en .\n"
	"<https://w3id.org/irkg/id/person/abe> "
	"<https://w3id.org/irkg/ontology#holds> "
	"<https://w3id.org/irkg/id/post/jpn-pm> .\n"
	"<https://w3id.org/irkg/id/post/jpn-pm> "
	"<https://w3id.org/irkg/ontology#since> "
	"\"2012-12-26\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"
	"<https://w3id.org/irkg/id/post/jpn-pm> "
	"<http://www.w3.org/2000/01/rdf-schema#comment> "
	"\"says \\\"hi\\\"\\nthen \\u00E9 & <tags>\" .\n";
#define PEOPLE_TRIPLES 5

static const char states[] =
	"<https://w3id.org/irkg/id/state/JPN> "
	"<http://www.w3.org/2000/01/rdf-schema#label> \"Japan\"@en .\n"
	"<https://w3id.org/irkg/id/state/JPN> "
	"<https://w3id.org/irkg/ontology#alliedWith> "
	"<https://w3id.org/irkg/id/state/USA> .\n";
#define STATES_TRIPLES 2

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	const char *graphs[] = {graph_people, graph_states};

	assert_non_null(fx);
	assert_int_equal(irkg_ctx_new(&fx->ctx, testutil_log_record, &fx->log),
			 IRKG_OK);
	assert_int_equal(irkg_store_open(&fx->store, fx->ctx, "memory",
					 IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	assert_int_equal(irkg_store_begin(fx->store, graphs, 2), IRKG_OK);
	assert_true(testutil_add_ntriples(fx->store, graph_people, people) >=
		    0);
	assert_true(testutil_add_ntriples(fx->store, graph_states, states) >=
		    0);
	assert_int_equal(irkg_store_commit(fx->store), IRKG_OK);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	irkg_store_free(fx->store);
	irkg_ctx_free(fx->ctx);
	testutil_log_clear(&fx->log);
	free(fx);
	return 0;
}

/* N-Triples lines of `text`, sorted, after normalising through the same
 * writer that reparse() uses. */
static char *expected_triples(struct fx *fx, const char *ntriples)
{
	long n;

	return reparse(fx->ctx, "ntriples", ntriples, &n);
}

/* Run irkg_export and return what it wrote. */
static char *export_text(struct fx *fx, const char *graph, const char *format,
			 int expected_rc)
{
	struct capture c;

	capture_open(&c);
	assert_int_equal(irkg_export(fx->store, graph, format, c.f),
			 expected_rc);
	return capture_close(&c);
}

/* ---- tests ---- */

static void test_format_name_aliases(void **state)
{
	static const struct testutil_lookup cases[] = {
		{"turtle", "turtle"},
		{"ttl", "turtle"},
		{"TTL", "turtle"},
		{"ntriples", "ntriples"},
		{"nt", "ntriples"},
		{"n-triples", "ntriples"},
		{"nquads", "nquads"},
		{"nq", "nquads"},
		{"n-quads", "nquads"},
		{"N-Quads", "nquads"},
		{"rdfxml", "rdfxml-abbrev"},
		{"rdf", "rdfxml-abbrev"},
		{"xml", "rdfxml-abbrev"},
		{"rdf/xml", "rdfxml-abbrev"},
		{"trig", NULL},
		{"json", NULL},
		{"jsonld", NULL},
		{"", NULL},
		{"turtle ", NULL},
		{"csv", NULL},
	};

	(void)state;
	testutil_check_lookups(irkg_export_format_name, cases,
			       TESTUTIL_N_ELEMS(cases));
}

/* Turtle declares the project's prefixes, uses them, and reads back as
 * exactly the graph's triples. */
static void test_turtle_has_prefixes_and_reparses(void **state)
{
	struct fx *fx = *state;
	char *text = export_text(fx, graph_people, "turtle", IRKG_OK);
	char *back, *want = expected_triples(fx, people);
	long n;

	assert_non_null(strstr(text, "@prefix irkg: "
				     "<https://w3id.org/irkg/ontology#> ."));
	assert_non_null(strstr(text, "@prefix person: "
				     "<https://w3id.org/irkg/id/person/> ."));
	assert_non_null(strstr(text, "person:abe"));
	assert_non_null(strstr(text, "irkg:holds"));
	back = reparse(fx->ctx, "turtle", text, &n);
	assert_int_equal(n, PEOPLE_TRIPLES);
	assert_int_equal(n, irkg_store_graph_size(fx->store, graph_people));
	assert_string_equal(back, want);
	/* only that graph */
	assert_null(strstr(text, "Japan"));
	free(back);
	free(want);
	free(text);
}

/* Every triple format, by the name irkg_export_format_name gives, reads
 * back as the same triples: one graph, or the union of all. */
static void test_triple_formats_round_trip(void **state)
{
	static const struct {
		const char *user_name;
		const char *parser;
		const char *must_contain;
		const char *must_not_contain;
	} cases[] = {
		{"ttl", "turtle", "@prefix irkg:", NULL},
		{"nt", "ntriples", "<https://w3id.org/irkg/id/person/abe>",
		 "@prefix"},
		{"xml", "rdfxml",
		 "xmlns:irkg=\"https://w3id.org/irkg/"
		 "ontology#\"",
		 NULL},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *format =
			irkg_export_format_name(cases[i].user_name);
		char *text, *back, *want;
		char *both = NULL;
		long n;

		assert_non_null(format);
		text = export_text(fx, graph_people, format, IRKG_OK);
		assert_non_null(strstr(text, cases[i].must_contain));
		if (cases[i].must_not_contain)
			assert_null(strstr(text, cases[i].must_not_contain));
		back = reparse(fx->ctx, cases[i].parser, text, &n);
		want = expected_triples(fx, people);
		assert_int_equal(n, PEOPLE_TRIPLES);
		assert_string_equal(back, want);
		free(text);
		free(back);
		free(want);

		text = export_text(fx, NULL, format, IRKG_OK);
		back = reparse(fx->ctx, cases[i].parser, text, &n);
		assert_true(asprintf(&both, "%s%s", people, states) > 0);
		want = expected_triples(fx, both);
		assert_int_equal(n, PEOPLE_TRIPLES + STATES_TRIPLES);
		assert_string_equal(back, want);
		free(both);
		free(text);
		free(back);
		free(want);
	}
}

/* N-Quads keeps each statement's graph. */
static void test_nquads_keeps_graph_iris(void **state)
{
	struct fx *fx = *state;
	char *all = export_text(fx, NULL, "nquads", IRKG_OK);
	char *one = export_text(fx, graph_states, "nquads", IRKG_OK);
	char *line;
	int people_lines = 0, states_lines = 0;

	assert_null(strstr(all, "@prefix"));
	char *save = NULL;
	for (line = strtok_r(all, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		size_t n = strlen(line);

		if (n > 20 && !strcmp(line + n - 20, " <urn:test:people> ."))
			people_lines++;
		else if (n > 20 &&
			 !strcmp(line + n - 20, " <urn:test:states> ."))
			states_lines++;
		else
			fail_msg("a line without its graph: %s", line);
	}
	assert_int_equal(people_lines, PEOPLE_TRIPLES);
	assert_int_equal(states_lines, STATES_TRIPLES);
	assert_non_null(strstr(one, "<https://w3id.org/irkg/id/state/JPN> "
				    "<http://www.w3.org/2000/01/rdf-schema#"
				    "label> \"Japan\"@en <urn:test:states> ."));
	assert_null(strstr(one, "urn:test:people"));
	free(all);
	free(one);
}

/* A graph that is absent is IRKG_ENOTFOUND, with nothing written. */
static void test_unknown_graph_is_enotfound(void **state)
{
	static const char *const formats[] = {"turtle", "ntriples", "nquads",
					      "rdfxml-abbrev"};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		char *text;

		testutil_log_clear(&fx->log);
		text = export_text(fx, "urn:test:absent", formats[i],
				   IRKG_ENOTFOUND);
		assert_string_equal(text, "");
		assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_ERROR,
						  "urn:test:absent"));
		free(text);
	}
}

/* An empty store still exports (all graphs) as a valid, empty document. */
static void test_empty_store_exports_nothing(void **state)
{
	struct fx *fx = *state;
	irkg_store *empty;
	struct capture c;
	long n;
	char *back;

	assert_int_equal(
		irkg_store_open(&empty, fx->ctx, "memory", IRKG_STORE_WRITE, 0),
		IRKG_OK);
	capture_open(&c);
	assert_int_equal(irkg_export(empty, NULL, "turtle", c.f), IRKG_OK);
	capture_close(&c);
	back = reparse(fx->ctx, "turtle", c.text, &n);
	assert_int_equal(n, 0);
	free(back);
	free(c.text);
	capture_open(&c);
	assert_int_equal(irkg_export(empty, NULL, "nquads", c.f), IRKG_OK);
	capture_close(&c);
	assert_string_equal(c.text, "");
	free(c.text);
	irkg_store_free(empty);
}

/* irkg_export_stream consumes the stream but leaves freeing it to the
 * caller. */
static void test_export_stream(void **state)
{
	struct fx *fx = *state;
	librdf_node *g = librdf_new_node_from_uri_string(
		irkg_ctx_world(fx->ctx), (const unsigned char *)graph_states);
	librdf_stream *stream =
		librdf_model_context_as_stream(irkg_store_model(fx->store), g);
	struct capture c;
	char *back, *want;
	long n;

	assert_non_null(stream);
	capture_open(&c);
	assert_int_equal(irkg_export_stream(fx->ctx, stream, "turtle", c.f),
			 IRKG_OK);
	capture_close(&c);
	assert_true(librdf_stream_end(stream));
	librdf_free_stream(stream); /* ours: a double free would show */
	librdf_free_node(g);
	assert_non_null(strstr(c.text, "@prefix state: "
				       "<https://w3id.org/irkg/id/state/> ."));
	assert_non_null(strstr(c.text, "state:JPN"));
	back = reparse(fx->ctx, "turtle", c.text, &n);
	want = expected_triples(fx, states);
	assert_int_equal(n, STATES_TRIPLES);
	assert_string_equal(back, want);
	free(back);
	free(want);
	free(c.text);
}

/* A serializer name raptor does not have fails, writing nothing. */
static void test_unknown_serializer_fails(void **state)
{
	struct fx *fx = *state;
	char *text = export_text(fx, graph_people, "json-ld-ish", IRKG_ENOMEM);

	/* irkg_export_stream reports an unknown serializer as IRKG_ENOMEM
	 * (librdf_new_serializer returns NULL for both); callers are meant
	 * to pass names from irkg_export_format_name. */
	assert_string_equal(text, "");
	free(text);
}

static void test_write_failure_is_eio(void **state)
{
	static const char *const formats[] = {"turtle", "ntriples", "nquads"};
	struct fx *fx = *state;
	const char *base = getenv("TMPDIR");
	char templ[PATH_MAX];
	size_t i;
	int fd;

	snprintf(templ, sizeof(templ), "%s/irkg-test-export-XXXXXX",
		 base && *base ? base : "/tmp");
	fd = mkstemp(templ);
	assert_true(fd >= 0);
	close(fd);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		FILE *f = fopen(templ, "r"); /* every write fails */

		assert_non_null(f);
		assert_int_equal(irkg_export(fx->store, NULL, formats[i], f),
				 IRKG_EIO);
		fclose(f);
	}
	assert_int_equal(unlink(templ), 0);
}

/* The triple formats write every graph's statements: a reader of the
 * export takes the set, which is the union of the graphs. */
static void test_union_of_graphs(void **state)
{
	struct fx *fx = *state;
	const char *graphs[] = {graph_states};
	char *text;
	long n;
	char *back;

	/* the same triple in a second graph */
	assert_int_equal(irkg_store_begin(fx->store, graphs, 1), IRKG_OK);
	assert_true(testutil_add_ntriples(
			    fx->store, graph_states,
			    "<https://w3id.org/irkg/id/person/abe> "
			    "<http://www.w3.org/2000/01/rdf-schema#label> "
			    "\"Abe Shinzo\"@en .\n") >= 0);
	assert_int_equal(irkg_store_commit(fx->store), IRKG_OK);
	text = export_text(fx, NULL, "turtle", IRKG_OK);
	back = reparse(fx->ctx, "turtle", text, &n);
	assert_int_equal(n, PEOPLE_TRIPLES + STATES_TRIPLES);
	free(back);
	free(text);
	text = export_text(fx, NULL, "ntriples", IRKG_OK);
	back = reparse(fx->ctx, "ntriples", text, &n);
	assert_true(n >= PEOPLE_TRIPLES + STATES_TRIPLES);
	/* LIMITATION: as export.h documents, exporting all graphs in a
	 * triple format writes a triple held in two graphs twice (one
	 * statement per quad; a reader takes the set). So N-Triples here
	 * has one line more than the union, and this stays off by decision:
	assert_int_equal(n, PEOPLE_TRIPLES + STATES_TRIPLES);
	 */
	free(back);
	free(text);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_format_name_aliases),
		T(test_turtle_has_prefixes_and_reparses),
		T(test_triple_formats_round_trip),
		T(test_nquads_keeps_graph_iris),
		T(test_unknown_graph_is_enotfound),
		T(test_empty_store_exports_nothing),
		T(test_export_stream),
		T(test_unknown_serializer_fails),
		T(test_write_failure_is_eio),
		T(test_union_of_graphs),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
