/* Unit tests for graph/table.c: node text and SELECT answers as a table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/error.h"
#include "../../graph/prefixes.h"
#include "../../graph/table.h"
#include "testutil.h"

#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define GRAPH_IRI "urn:irkg:test"

/* One world and one in-memory model for the whole group. */
struct fixture {
	librdf_world *world;
	librdf_storage *storage;
	librdf_model *model;
	int errors; /* Redland error messages seen */
};

/* Redland's own printing of a log message overruns a buffer under ASan
 * (librdf_log_simple), and a test should not print anyway: count the
 * errors. Warnings ("variable bound but unused") are ignored. */
static int count_error(void *data, librdf_log_message *message)
{
	struct fixture *f = data;

	if (librdf_log_message_level(message) >= LIBRDF_LOG_ERROR)
		f->errors++;
	return 1;
}

static librdf_node *iri(librdf_world *world, const char *s)
{
	return librdf_new_node_from_uri_string(world, (const unsigned char *)s);
}

/* Add one statement to GRAPH_IRI; the nodes are consumed. */
static int add(struct fixture *f, librdf_node *s, librdf_node *p,
	       librdf_node *o)
{
	librdf_node *graph = iri(f->world, GRAPH_IRI);
	librdf_statement *st;
	int rc = -1;

	if (!graph || !s || !p || !o) {
		librdf_node *all[] = {graph, s, p, o};
		size_t k;

		for (k = 0; k < TESTUTIL_N_ELEMS(all); k++)
			if (all[k])
				librdf_free_node(all[k]);
		return -1;
	}
	st = librdf_new_statement_from_nodes(f->world, s, p, o);
	if (st) {
		rc = librdf_model_context_add_statement(f->model, graph, st);
		librdf_free_statement(st);
	}
	librdf_free_node(graph);
	return rc;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	librdf_world *w;
	librdf_uri *date;
	int rc = 0;

	if (!f)
		return -1;
	*state = f;
	f->world = w = librdf_new_world();
	if (!w)
		return -1;
	librdf_world_set_logger(w, f, count_error);
	librdf_world_open(w);
	f->storage = librdf_new_storage(w, "hashes", "test",
					"hash-type='memory',contexts='yes'");
	if (!f->storage)
		return -1;
	f->model = librdf_new_model(w, f->storage, NULL);
	if (!f->model)
		return -1;
	rc |= add(f, iri(w, IRKG_ID "state/JPN"), iri(w, RDFS "label"),
		  librdf_new_node_from_literal(
			  w, (const unsigned char *)"Japan", "en", 0));
	rc |= add(f, iri(w, IRKG_ID "state/USA"), iri(w, RDFS "label"),
		  librdf_new_node_from_literal(
			  w, (const unsigned char *)"United States", NULL, 0));
	rc |= add(f, iri(w, IRKG_ID "state/CIV"), iri(w, RDFS "label"),
		  librdf_new_node_from_literal(
			  w, (const unsigned char *)"Côte d'Ivoire", NULL, 0));
	rc |= add(f, iri(w, IRKG_ID "state/JPN"), iri(w, IRKG_NS "memberOf"),
		  iri(w, IRKG_ID "igo/UN"));
	rc |= add(f, iri(w, IRKG_ID "state/USA"), iri(w, IRKG_NS "memberOf"),
		  iri(w, IRKG_ID "igo/UN"));
	rc |= add(f, iri(w, IRKG_ID "state/USA"), iri(w, IRKG_NS "memberOf"),
		  iri(w, IRKG_ID "igo/NATO"));
	date = librdf_new_uri(w, (const unsigned char *)XSD "date");
	if (!date)
		return -1;
	rc |= add(f, iri(w, IRKG_ID "event/e1"), iri(w, IRKG_NS "date"),
		  librdf_new_node_from_typed_literal(
			  w, (const unsigned char *)"2020-01-01", NULL, date));
	librdf_free_uri(date);
	rc |= add(f, iri(w, IRKG_ID "event/e1"), iri(w, IRKG_NS "source"),
		  iri(w, "http://example.org/news/1"));
	return rc ? -1 : 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	if (!f)
		return 0;
	if (f->model)
		librdf_free_model(f->model);
	if (f->storage)
		librdf_free_storage(f->storage);
	if (f->world)
		librdf_free_world(f->world);
	free(f);
	return 0;
}

/* ---- irkg_table_node_text ---- */

enum node_kind { IRI, LITERAL, LANG_LITERAL, TYPED_LITERAL, BLANK };

static const struct {
	enum node_kind kind;
	const char *text;  /* the IRI, literal value or blank identifier */
	const char *extra; /* language or datatype IRI */
	const char *want;
} node_cases[] = {
	/* IRIs under a project prefix are shortened */
	{IRI, IRKG_ID "state/JPN", NULL, "state:JPN"},
	{IRI, IRKG_ID "igo/UN", NULL, "igo:UN"},
	{IRI, IRKG_ID "person/Kishida_Fumio", NULL, "person:Kishida_Fumio"},
	{IRI, IRKG_NS "Alliance", NULL, "irkg:Alliance"},
	{IRI, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", NULL,
	 "rdf:type"},
	{IRI, RDFS "label", NULL, "rdfs:label"},
	{IRI, XSD "date", NULL, "xsd:date"},
	{IRI, "http://schema.org/name", NULL, "schema:name"},
	{IRI, "http://www.wikidata.org/entity/Q17", NULL, "wd:Q17"},
	{IRI, "http://www.w3.org/2004/02/skos/core#prefLabel", NULL,
	 "skos:prefLabel"},
	{IRI, IRKG_ID "state/", NULL, "state:"},
	{IRI, IRKG_ID "state/C%C3%B4te", NULL, "state:C%C3%B4te"},
	/* a local part with '/', '#' or '?' would not read back: kept whole */
	{IRI, IRKG_ID "state/JPN/2020", NULL, "<" IRKG_ID "state/JPN/2020>"},
	{IRI, "http://schema.org/a#b", NULL, "<http://schema.org/a#b>"},
	{IRI, "http://schema.org/x?y=1", NULL, "<http://schema.org/x?y=1>"},
	/* no project prefix */
	{IRI, IRKG_ID "unknown/x", NULL, "<" IRKG_ID "unknown/x>"},
	{IRI, IRKG_ID, NULL, "<" IRKG_ID ">"},
	{IRI, "http://example.org/x", NULL, "<http://example.org/x>"},
	{IRI, "urn:irkg:test", NULL, "<urn:irkg:test>"},
	{IRI, "http://schema.org", NULL, "<http://schema.org>"},
	{IRI, "https://schema.org/name", NULL, "<https://schema.org/name>"},
	/* literals are their text, whatever their language or datatype */
	{LITERAL, "Japan", NULL, "Japan"},
	{LITERAL, "", NULL, ""},
	{LITERAL, "日本", NULL, "日本"},
	{LITERAL, "two\nlines", NULL, "two\nlines"},
	{LITERAL, IRKG_ID "state/JPN", NULL, IRKG_ID "state/JPN"},
	{LANG_LITERAL, "Japon", "fr", "Japon"},
	{TYPED_LITERAL, "2020-01-01", XSD "date", "2020-01-01"},
	{TYPED_LITERAL, "42", XSD "integer", "42"},
	/* blank nodes */
	{BLANK, "b1", NULL, "_:b1"},
	{BLANK, "genid42", NULL, "_:genid42"},
};

static librdf_node *make_node(librdf_world *w, size_t i)
{
	const unsigned char *text = (const unsigned char *)node_cases[i].text;
	librdf_uri *type;
	librdf_node *node = NULL;

	switch (node_cases[i].kind) {
	case IRI:
		return librdf_new_node_from_uri_string(w, text);
	case LITERAL:
		return librdf_new_node_from_literal(w, text, NULL, 0);
	case LANG_LITERAL:
		return librdf_new_node_from_literal(w, text,
						    node_cases[i].extra, 0);
	case TYPED_LITERAL:
		type = librdf_new_uri(
			w, (const unsigned char *)node_cases[i].extra);
		if (type) {
			node = librdf_new_node_from_typed_literal(w, text, NULL,
								  type);
			librdf_free_uri(type);
		}
		return node;
	case BLANK:
		return librdf_new_node_from_blank_identifier(w, text);
	}
	return NULL;
}

static void test_node_text(void **state)
{
	struct fixture *f = *state;
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(node_cases); i++) {
		librdf_node *node = make_node(f->world, i);
		char *text;

		assert_non_null(node);
		text = irkg_table_node_text(node);
		assert_non_null(text);
		if (strcmp(text, node_cases[i].want) != 0)
			fail_msg("case %zu (%s): want '%s', got '%s'", i,
				 node_cases[i].text, node_cases[i].want, text);
		free(text);
		librdf_free_node(node);
	}
}

/* An unbound value (NULL) is the empty string, still malloc'd. */
static void test_node_text_null(void **state)
{
	char *text = irkg_table_node_text(NULL);

	(void)state;
	assert_non_null(text);
	assert_string_equal(text, "");
	free(text);
}

/* Every IRI made of a project namespace and a simple local name comes
 * back as prefix:local, for every entry of the table. */
static void test_node_text_every_prefix(void **state)
{
	struct fixture *f = *state;
	size_t count = 0, i;
	const struct irkg_prefix *table = irkg_prefixes(&count);

	for (i = 0; i < count; i++) {
		char uri[512], want[128], *text;
		librdf_node *node;

		snprintf(uri, sizeof(uri), "%sLocal_1", table[i].uri);
		snprintf(want, sizeof(want), "%s:Local_1", table[i].prefix);
		node = iri(f->world, uri);
		assert_non_null(node);
		text = irkg_table_node_text(node);
		assert_non_null(text);
		if (strcmp(text, want) != 0)
			fail_msg("%s: want '%s', got '%s'", uri, want, text);
		free(text);
		librdf_free_node(node);
	}
}

/* ---- irkg_table_write ---- */

/* Run `sparql` over the fixture's model and write its table to a memory
 * stream; returns the text (malloc'd) and sets *rc and *rows. If `skip`
 * is set, that many rows are read off before writing. */
static char *table_of(struct fixture *f, const char *sparql, int skip, int *rc,
		      long *rows)
{
	librdf_query *query;
	librdf_query_results *results;
	irkg_answer *answer = NULL;
	char *text = NULL;
	size_t size = 0;
	FILE *out;

	query = librdf_new_query(f->world, "sparql", NULL,
				 (const unsigned char *)sparql, NULL);
	assert_non_null(query);
	results = librdf_model_query_execute(f->model, query);
	assert_non_null(results);
	assert_true(librdf_query_results_is_bindings(results));
	/* read a row before moving on: Rasqal fetches the first row lazily,
	 * and a _next before that is swallowed */
	while (skip-- > 0) {
		librdf_node *value;

		assert_false(librdf_query_results_finished(results));
		value = librdf_query_results_get_binding_value(results, 0);
		assert_non_null(value);
		librdf_free_node(value);
		librdf_query_results_next(results); /* non-zero past the end */
	}
	out = open_memstream(&text, &size);
	assert_non_null(out);
	*rows = -1;
	assert_int_equal(irkg_answer_from_results(&answer, results, 1),
			 IRKG_OK);
	*rc = irkg_table_write(answer, out, rows);
	irkg_answer_free(answer);
	assert_int_equal(fclose(out), 0);
	assert_int_equal(f->errors, 0);
	librdf_free_query_results(results);
	librdf_free_query(query);
	return text;
}

#define PREFIXES                                                               \
	"PREFIX rdfs: <" RDFS ">\n"                                            \
	"PREFIX irkg: <" IRKG_NS ">\n"                                         \
	"PREFIX state: <" IRKG_ID "state/>\n"

static const struct {
	const char *name;
	const char *sparql;
	int skip; /* rows read off before the table is written */
	long rows;
	const char *want;
} write_cases[] = {
	{"three rows, aligned, one with a multi-byte character",
	 PREFIXES "SELECT ?s ?label WHERE { GRAPH <" GRAPH_IRI "> "
		  "{ ?s rdfs:label ?label } } ORDER BY ?label",
	 0, 3,
	 "+-----------+---------------+\n"
	 "| s         | label         |\n"
	 "+-----------+---------------+\n"
	 "| state:CIV | Côte d'Ivoire |\n"
	 "| state:JPN | Japan         |\n"
	 "| state:USA | United States |\n"
	 "+-----------+---------------+\n"
	 "3 rows\n"},
	{"only the remaining rows are written",
	 PREFIXES "SELECT ?s ?label WHERE { GRAPH <" GRAPH_IRI "> "
		  "{ ?s rdfs:label ?label } } ORDER BY ?label",
	 1, 2,
	 "+-----------+---------------+\n"
	 "| s         | label         |\n"
	 "+-----------+---------------+\n"
	 "| state:JPN | Japan         |\n"
	 "| state:USA | United States |\n"
	 "+-----------+---------------+\n"
	 "2 rows\n"},
	{"one row: the graph IRI has no prefix",
	 PREFIXES "SELECT ?g ?igo WHERE { GRAPH ?g "
		  "{ state:JPN irkg:memberOf ?igo } }",
	 0, 1,
	 "+-----------------+--------+\n"
	 "| g               | igo    |\n"
	 "+-----------------+--------+\n"
	 "| <urn:irkg:test> | igo:UN |\n"
	 "+-----------------+--------+\n"
	 "1 row\n"},
	/* Redland reports no variables at all for an empty answer, so there
	 * is no header to draw */
	{"no rows", PREFIXES "SELECT ?s WHERE { ?s irkg:nothing ?o }", 0, 0,
	 "0 rows\n"},
	/* once every row has been read, Redland still reports the variables
	 * (bindings count 2) but gives NULL for their names: each becomes ""
	 * (no crash), so the table is an empty header and no rows */
	{"every row already read: an empty header alone",
	 PREFIXES "SELECT ?s ?label WHERE { GRAPH <" GRAPH_IRI "> "
		  "{ ?s rdfs:label ?label } } ORDER BY ?label",
	 3, 0,
	 "+--+--+\n"
	 "|  |  |\n"
	 "+--+--+\n"
	 "0 rows\n"},
	{"unbound values are empty cells; a column as wide as its name",
	 PREFIXES
	 "SELECT ?state ?igo WHERE { GRAPH <" GRAPH_IRI "> { "
	 "?state rdfs:label ?l OPTIONAL { ?state irkg:memberOf ?igo } } } "
	 "ORDER BY ?state ?igo",
	 0, 4,
	 "+-----------+----------+\n"
	 "| state     | igo      |\n"
	 "+-----------+----------+\n"
	 "| state:CIV |          |\n"
	 "| state:JPN | igo:UN   |\n"
	 "| state:USA | igo:NATO |\n"
	 "| state:USA | igo:UN   |\n"
	 "+-----------+----------+\n"
	 "4 rows\n"},
	{"typed literals by their text; IRIs without a prefix in <>",
	 PREFIXES "SELECT ?date ?source WHERE { ?e irkg:date ?date ; "
		  "irkg:source ?source }",
	 0, 1,
	 "+------------+-----------------------------+\n"
	 "| date       | source                      |\n"
	 "+------------+-----------------------------+\n"
	 "| 2020-01-01 | <http://example.org/news/1> |\n"
	 "+------------+-----------------------------+\n"
	 "1 row\n"},
	{"a computed value and a long header",
	 PREFIXES "SELECT (COUNT(?igo) AS ?memberships) WHERE { "
		  "?s irkg:memberOf ?igo }",
	 0, 1,
	 "+-------------+\n"
	 "| memberships |\n"
	 "+-------------+\n"
	 "| 3           |\n"
	 "+-------------+\n"
	 "1 row\n"},
};

static void test_write(void **state)
{
	struct fixture *f = *state;
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(write_cases); i++) {
		long rows;
		int rc;
		char *text = table_of(f, write_cases[i].sparql,
				      write_cases[i].skip, &rc, &rows);

		assert_non_null(text);
		if (rc != IRKG_OK)
			fail_msg("case %zu (%s): rc %d", i, write_cases[i].name,
				 rc);
		if (rows != write_cases[i].rows)
			fail_msg("case %zu (%s): want %ld rows, got %ld", i,
				 write_cases[i].name, write_cases[i].rows,
				 rows);
		if (strcmp(text, write_cases[i].want) != 0)
			fail_msg("case %zu (%s):\nwant:\n%sgot:\n%s", i,
				 write_cases[i].name, write_cases[i].want,
				 text);
		free(text);
	}
}

/* Many rows: the cell array grows past its first allocation. */
static void test_write_many_rows(void **state)
{
	struct fixture *f = *state;
	librdf_node *graph;
	int k, rc;
	long rows;
	char *text;

	for (k = 0; k < 40; k++) {
		char uri[64];

		snprintf(uri, sizeof(uri), "urn:many:%02d", k);
		assert_int_equal(
			add(f, iri(f->world, uri), iri(f->world, "urn:many:p"),
			    librdf_new_node_from_literal(
				    f->world, (const unsigned char *)"x", NULL,
				    0)),
			0);
	}
	text = table_of(f, "SELECT ?s WHERE { ?s <urn:many:p> ?o } ORDER BY ?s",
			0, &rc, &rows);
	assert_int_equal(rc, IRKG_OK);
	assert_int_equal(rows, 40);
	assert_non_null(strstr(text, "| <urn:many:00> |\n| <urn:many:01> |\n"));
	assert_non_null(strstr(text, "| <urn:many:39> |\n+---------------+\n"
				     "40 rows\n"));
	free(text);

	/* leave the shared model as the other tests expect it */
	graph = iri(f->world, GRAPH_IRI);
	assert_non_null(graph);
	for (k = 0; k < 40; k++) {
		char uri[64];
		librdf_statement *st;
		librdf_node *o = librdf_new_node_from_literal(
			f->world, (const unsigned char *)"x", NULL, 0);

		snprintf(uri, sizeof(uri), "urn:many:%02d", k);
		st = librdf_new_statement_from_nodes(
			f->world, iri(f->world, uri),
			iri(f->world, "urn:many:p"), o);
		assert_non_null(st);
		assert_int_equal(librdf_model_context_remove_statement(
					 f->model, graph, st),
				 0);
		librdf_free_statement(st);
	}
	librdf_free_node(graph);
}

/* A stream that cannot be written gives IRKG_EIO. */
static void test_write_io_error(void **state)
{
	struct fixture *f = *state;
	librdf_query *query;
	librdf_query_results *results;
	irkg_answer *answer = NULL;
	FILE *out;
	long rows = -1;

	query = librdf_new_query(f->world, "sparql", NULL,
				 (const unsigned char *)PREFIXES
				 "SELECT ?s ?l WHERE { ?s rdfs:label ?l }",
				 NULL);
	assert_non_null(query);
	results = librdf_model_query_execute(f->model, query);
	assert_non_null(results);
	out = fopen("/dev/null", "r");
	assert_non_null(out);
	assert_int_equal(irkg_answer_from_results(&answer, results, 1),
			 IRKG_OK);
	assert_int_equal(irkg_table_write(answer, out, &rows), IRKG_EIO);
	irkg_answer_free(answer);
	fclose(out);
	librdf_free_query_results(results);
	librdf_free_query(query);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_node_text),
		cmocka_unit_test(test_node_text_null),
		cmocka_unit_test(test_node_text_every_prefix),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_write_many_rows),
		cmocka_unit_test(test_write_io_error),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
