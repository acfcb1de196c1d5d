/* Unit tests for graph/query: running SPARQL and writing the answers. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/ctx.h"
#include "../../graph/query.h"
#include "../../graph/store.h"
#include "testutil.h"

/* ---- fixture: a memory store with two graphs ---- */

#define S "https://w3id.org/irkg/id/state/"
#define R "https://w3id.org/irkg/id/relation/"
#define I "https://w3id.org/irkg/ontology#"
#define LABEL "<http://www.w3.org/2000/01/rdf-schema#label>"
#define INTEGER "<http://www.w3.org/2001/XMLSchema#integer>"
#define TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

static const char states[] =
	"<" S "JPN> " LABEL " \"Japan\"@en .\n"
	"<" S "JPN> <" I "population> \"125\"^^" INTEGER " .\n"
	"<" S "USA> " LABEL " \"United States\"@en .\n"
	"<" S "USA> <" I "population> \"331\"^^" INTEGER " .\n"
	"<" S "FRA> " LABEL " \"France, \\\"la\\\"\"@fr .\n";

static const char alliances[] = "<" R "a1> " TYPE " <" I "Alliance> .\n"
				"<" R "a1> <" I "party> <" S "JPN> .\n"
				"<" R "a1> <" I "party> <" S "USA> .\n"
				"<" R "a1> <" I "evidence> \"treaty 1960\" .\n"
				"<" R "a2> " TYPE " <" I "Alliance> .\n"
				"<" R "a2> <" I "party> <" S "USA> .\n"
				"<" R "a2> <" I "party> <" S "FRA> .\n"
				"<" R "a2> <" I "evidence> \"NATO\" .\n";

struct fx {
	irkg_ctx *ctx;
	struct testutil_log log;
	irkg_store *store;
	char *text; /* what the last run() wrote */
	size_t size;
	long rows;
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	const char *graphs[] = {"urn:test:states", "urn:test:alliances"};

	assert_non_null(fx);
	assert_int_equal(irkg_ctx_new(&fx->ctx, testutil_log_record, &fx->log),
			 IRKG_OK);
	assert_int_equal(irkg_store_open(&fx->store, fx->ctx, "memory",
					 IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	assert_int_equal(irkg_store_begin(fx->store, graphs, 2), IRKG_OK);
	assert_true(testutil_add_ntriples(fx->store, graphs[0], states) > 0);
	assert_true(testutil_add_ntriples(fx->store, graphs[1], alliances) > 0);
	assert_int_equal(irkg_store_commit(fx->store), IRKG_OK);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	free(fx->text);
	irkg_store_free(fx->store);
	irkg_ctx_free(fx->ctx);
	testutil_log_clear(&fx->log);
	free(fx);
	return 0;
}

/* Run `query` with `options`; fx->text gets the output, fx->rows the
 * count. Returns irkg_query_run's result. */
static int run(struct fx *fx, const char *query,
	       const struct irkg_query_options *options)
{
	FILE *out;
	int rc;

	free(fx->text);
	fx->text = NULL;
	fx->size = 0;
	fx->rows = -99;
	testutil_log_clear(&fx->log);
	out = open_memstream(&fx->text, &fx->size);
	assert_non_null(out);
	rc = irkg_query_run(fx->store, query, options, out, &fx->rows);
	assert_int_equal(fclose(out), 0);
	return rc;
}

static int run_format(struct fx *fx, const char *query, const char *format)
{
	struct irkg_query_options options = {0};

	options.source = "test.rq";
	options.format = format;
	return run(fx, query, &options);
}

static int count(const char *text, const char *part)
{
	int n = 0;

	for (; (text = strstr(text, part)); text += strlen(part))
		n++;
	return n;
}

/* Uses the rdfs: prefix without declaring it: irkg adds it. */
static const char select_names[] =
	"SELECT ?s ?name\n"
	"WHERE { GRAPH ?g { ?s rdfs:label ?name } }\n"
	"ORDER BY ?name\n";

/* ---- tests ---- */

static void test_is_results_format(void **state)
{
	static const struct {
		const char *name;
		int expected;
	} cases[] = {
		{"table", 1}, {"csv", 1},    {"tsv", 1},      {"json", 1},
		{"xml", 1},   {"turtle", 0}, {"ntriples", 0}, {"CSV", 0},
		{"", 0},      {"html", 0},   {"srj", 0},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(!!irkg_query_is_results_format(cases[i].name),
				 cases[i].expected);
}

/* Each results format writes the three rows, in order. */
static void test_select_in_each_format(void **state)
{
	static const struct {
		const char *format;
		const char *exact;	 /* the whole output, or NULL */
		const char *contains[4]; /* else these parts */
		const char *repeated;	 /* once per row */
	} cases[] = {
		{"csv",
		 "s,name\r\n" S "FRA,\"France, \"\"la\"\"\"\r\n" S
		 "JPN,Japan\r\n" S "USA,United States\r\n",
		 {NULL},
		 NULL},
		{"tsv",
		 "?s\t?name\n"
		 "<" S "FRA>\t\"France, \\\"la\\\"\"@fr\n"
		 "<" S "JPN>\t\"Japan\"@en\n"
		 "<" S "USA>\t\"United States\"@en\n",
		 {NULL},
		 NULL},
		{"table",
		 "+-----------+---------------+\n"
		 "| s         | name          |\n"
		 "+-----------+---------------+\n"
		 "| state:FRA | France, \"la\"  |\n"
		 "| state:JPN | Japan         |\n"
		 "| state:USA | United States |\n"
		 "+-----------+---------------+\n"
		 "3 rows\n",
		 {NULL},
		 NULL},
		{"json",
		 NULL,
		 {"\"head\"", "\"vars\": [\"s\", \"name\"]", "\"bindings\"",
		  "\"value\": \"United States\""},
		 "\"name\": {\"type\": \"literal\""},
		{"xml",
		 NULL,
		 {"<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">",
		  "<variable name=\"name\"/>",
		  "<literal xml:lang=\"en\">Japan</literal>",
		  "<uri>" S "FRA</uri>"},
		 "<result>"},
	};
	struct fx *fx = *state;
	size_t i, j;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(run_format(fx, select_names, cases[i].format),
				 IRKG_OK);
		assert_null(testutil_log_error(&fx->log));
		if (cases[i].exact)
			assert_string_equal(fx->text, cases[i].exact);
		for (j = 0; j < 4 && cases[i].contains[j]; j++)
			assert_non_null(strstr(fx->text, cases[i].contains[j]));
		if (cases[i].repeated)
			assert_int_equal(count(fx->text, cases[i].repeated), 3);
		/* JSON rows in order too */
		if (!strcmp(cases[i].format, "json")) {
			char *fra = strstr(fx->text, "France");
			char *usa = strstr(fx->text, "United States");

			assert_non_null(fra);
			assert_non_null(usa);
			assert_true(fra < usa);
		}
	}
	/* the table counts its rows */
	assert_int_equal(run_format(fx, select_names, "table"), IRKG_OK);
	assert_int_equal(fx->rows, 3);
}

/* *rows receives the number of rows the table format wrote. */
static void test_rows_are_counted(void **state)
{
	struct fx *fx = *state;

	assert_int_equal(run_format(fx, select_names, "table"), IRKG_OK);
	assert_int_equal(fx->rows, 3);
	assert_int_equal(run_format(fx,
				    "SELECT ?s WHERE { GRAPH ?g { ?s "
				    "rdfs:label \"Nowhere\" } }",
				    "table"),
			 IRKG_OK);
	assert_int_equal(fx->rows, 0);
	assert_non_null(strstr(fx->text, "0 rows"));
	/* LIMITATION: only the table format counts, as query.h documents:
	 * for csv, tsv, json and xml, which Rasqal writes itself, and for
	 * CONSTRUCT, *rows is 0. So this would fail (select_names in csv
	 * writes 3 rows, *rows is 0), by decision:
	assert_int_equal(run_format(fx, select_names, "csv"), IRKG_OK);
	assert_int_equal(fx->rows, 3);
	 */
}

/* With no --format: a table for a terminal, else TSV. */
static void test_default_results_format(void **state)
{
	struct fx *fx = *state;
	struct irkg_query_options options = {0};

	options.terminal = 0;
	assert_int_equal(run(fx, select_names, &options), IRKG_OK);
	assert_memory_equal(fx->text, "?s\t?name\n", 9);
	options.terminal = 1;
	assert_int_equal(run(fx, select_names, &options), IRKG_OK);
	assert_memory_equal(fx->text, "+---", 4);
	assert_non_null(strstr(fx->text, "| state:JPN | Japan "));
	assert_int_equal(fx->rows, 3);
}

static void test_ask_true_and_false(void **state)
{
	static const struct {
		const char *query;
		int answer;
	} asks[] = {
		{"ASK { GRAPH ?g { ?s rdfs:label \"Japan\"@en } }", 1},
		{"ASK { GRAPH ?g { ?s rdfs:label \"Japan\"@fr } }", 0},
		{"ASK { GRAPH ?g { ?a irkg:party state:JPN, state:USA } }", 1},
		{"ASK { GRAPH ?g { ?a irkg:party state:JPN, state:FRA } }", 0},
	};
	static const struct {
		const char *format;
		const char *yes, *no;
	} formats[] = {
		{"json", "\"boolean\": true", "\"boolean\": false"},
		{"xml", "<boolean>true</boolean>", "<boolean>false</boolean>"},
		/* the plain formats get the bare answer, exactly */
		{"table", "true\n", "false\n"},
		{"csv", "true\n", "false\n"},
		{"tsv", "true\n", "false\n"},
	};
	struct fx *fx = *state;
	size_t i, f;

	for (i = 0; i < sizeof(asks) / sizeof(asks[0]); i++)
		for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
			assert_int_equal(run_format(fx, asks[i].query,
						    formats[f].format),
					 IRKG_OK);
			assert_non_null(strstr(fx->text,
					       asks[i].answer ? formats[f].yes
							      : formats[f].no));
			assert_null(strstr(fx->text, asks[i].answer
							     ? formats[f].no
							     : formats[f].yes));
			assert_null(testutil_log_error(&fx->log));
			if (strcmp(formats[f].format, "json") &&
			    strcmp(formats[f].format, "xml")) {
				assert_string_equal(fx->text,
						    asks[i].answer
							    ? formats[f].yes
							    : formats[f].no);
				assert_int_equal(fx->rows, 0);
			}
		}
	/* with no --format (tsv off a terminal, a table on one) too */
	for (i = 0; i < sizeof(asks) / sizeof(asks[0]); i++) {
		struct irkg_query_options options = {0};
		int terminal;

		for (terminal = 0; terminal <= 1; terminal++) {
			options.terminal = terminal;
			assert_int_equal(run(fx, asks[i].query, &options),
					 IRKG_OK);
			assert_null(testutil_log_error(&fx->log));
			assert_string_equal(fx->text, asks[i].answer
							      ? "true\n"
							      : "false\n");
		}
	}
}

static void test_construct_formats(void **state)
{
	static const char construct[] =
		"CONSTRUCT { ?s irkg:name ?n }\n"
		"WHERE { GRAPH ?g { ?s rdfs:label ?n } }\n";
	static const struct {
		const char *format;
		const char *contains[3];
		const char *not_contains;
	} cases[] = {
		{NULL,
		 {"@prefix irkg: <" I "> .", "state:JPN",
		  "irkg:name \"Japan\"@en"},
		 NULL},
		{"turtle",
		 {"@prefix state: <" S "> .", "state:FRA",
		  "\"France, \\\"la\\\"\"@fr"},
		 NULL},
		{"ttl", {"@prefix irkg:", NULL}, NULL},
		{"ntriples",
		 {"<" S "USA> <" I "name> \"United States\"@en ."
		  "\n",
		  NULL},
		 "@prefix"},
		/* results have no graphs: N-Quads is written as N-Triples */
		{"nquads",
		 {"<" S "JPN> <" I "name> \"Japan\"@en .\n", NULL},
		 "urn:test:"},
		{"rdfxml",
		 {"xmlns:irkg=\"" I "\"", "rdf:about=\"" S "JPN\"", NULL},
		 NULL},
	};
	struct fx *fx = *state;
	size_t i, j;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(run_format(fx, construct, cases[i].format),
				 IRKG_OK);
		assert_null(testutil_log_error(&fx->log));
		for (j = 0; j < 3 && cases[i].contains[j]; j++)
			assert_non_null(strstr(fx->text, cases[i].contains[j]));
		if (cases[i].not_contains)
			assert_null(strstr(fx->text, cases[i].not_contains));
		if (cases[i].format && !strcmp(cases[i].format, "ntriples"))
			assert_int_equal(count(fx->text, "\n"), 3);
	}
}

/* A graph answer in a results format, or a table answer in an RDF
 * format, is a bad parameter: IRKG_EINVAL, nothing written. */
static void test_wrong_format_for_answer_is_einval(void **state)
{
	static const struct {
		const char *query;
		const char *format;
	} cases[] = {
		{"CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
		 "csv"},
		{"CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
		 "table"},
		{"CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
		 "json"},
		{"CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
		 "jsonld"},
		{"CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
		 "xml"},
		{"SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", "turtle"},
		{"SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", "nquads"},
		{"ASK { ?s ?p ?o }", "rdfxml"},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct testutil_log_entry *e;

		assert_int_equal(
			run_format(fx, cases[i].query, cases[i].format),
			IRKG_EINVAL);
		assert_string_equal(fx->text, "");
		e = testutil_log_error(&fx->log);
		assert_non_null(e);
		assert_string_equal(e->file, "test.rq");
		assert_non_null(strstr(e->message, "--format"));
	}
}

/* Features Rasqal would ignore or mishandle are refused before it runs,
 * at the line and column of the user's text. */
static void test_unsupported_features_refused(void **state)
{
	static const struct {
		const char *query;
		int line, column;
		const char *feature;
	} cases[] = {
		{"SELECT ?s\n"
		 "WHERE { GRAPH ?g { ?s ?p ?o }\n"
		 "  MINUS { GRAPH ?g { ?s rdfs:label \"Japan\"@en } } }\n",
		 3, 3, "MINUS"},
		{"SELECT ?s WHERE { ?s rdfs:label/rdfs:label ?o }", 1, 32,
		 "property path"},
		{"SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s ?p 1 } }",
		 1, 39, "EXISTS"},
		{"SELECT * WHERE { SERVICE <http://example.org/sparql> "
		 "{ ?s ?p ?o } }",
		 1, 18, "SERVICE"},
		{"INSERT DATA { <urn:a> <urn:b> <urn:c> }", 1, 1, "INSERT"},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct testutil_log_entry *e;

		assert_int_equal(run_format(fx, cases[i].query, "csv"),
				 IRKG_EUNSUPPORTED);
		assert_string_equal(fx->text, ""); /* nothing written */
		e = testutil_log_error(&fx->log);
		assert_non_null(e);
		assert_string_equal(e->file, "test.rq");
		assert_int_equal(e->line, cases[i].line);
		assert_int_equal(e->column, cases[i].column);
		assert_non_null(strstr(e->message, cases[i].feature));
	}
}

/* Rasqal 0.9.33 parses DESCRIBE but answers it with nothing, so it is
 * refused before it runs, at the DESCRIBE keyword, whatever the format. */
static void test_describe(void **state)
{
	static const struct {
		const char *query, *format;
		int line, column;
	} cases[] = {
		{"DESCRIBE ?s WHERE { GRAPH ?g { ?s rdfs:label \"Japan\"@en } "
		 "}",
		 "ntriples", 1, 1},
		{"DESCRIBE state:JPN", "turtle", 1, 1},
		{"# about Japan\n  describe <urn:x>", NULL, 2, 3},
		{"DESCRIBE ?s WHERE { GRAPH ?g { ?s rdfs:label ?l } }", "xml",
		 1, 1},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct testutil_log_entry *e;

		assert_int_equal(
			run_format(fx, cases[i].query, cases[i].format),
			IRKG_EUNSUPPORTED);
		assert_string_equal(fx->text, ""); /* nothing written */
		e = testutil_log_error(&fx->log);
		assert_non_null(e);
		assert_string_equal(e->file, "test.rq");
		assert_int_equal(e->line, cases[i].line);
		assert_int_equal(e->column, cases[i].column);
		assert_non_null(strstr(e->message, "DESCRIBE"));
	}
}

/* Syntax errors are IRKG_EPARSE, at the line of the user's text even when
 * irkg put PREFIX lines in front. */
static void test_syntax_error_has_user_line(void **state)
{
	static const struct {
		const char *query;
		int line;
	} cases[] = {
		/* irkg adds PREFIX irkg: in front */
		{"SELECT ?x\n"
		 "WHERE {\n"
		 "  ?x irkg:name ?y .\n"
		 "  FILTER(?y = )\n"
		 "}\n",
		 4},
		/* declares its prefix itself: nothing added */
		{"PREFIX ex: <urn:ex:>\n"
		 "SELECT ?x WHERE {\n"
		 "  ?x ex:p ?y }}\n",
		 3},
		{"SELECT ?x WHERE { ?x ?p }", 1},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct testutil_log_entry *e;

		assert_int_equal(run_format(fx, cases[i].query, "csv"),
				 IRKG_EPARSE);
		assert_string_equal(fx->text, "");
		e = testutil_log_error(&fx->log);
		assert_non_null(e);
		assert_non_null(e->file);
		assert_string_equal(e->file, "test.rq");
		assert_int_equal(e->line, cases[i].line);
	}
}

/* Unknown prefixes are left to Rasqal, which refuses the query. */
static void test_undeclared_unknown_prefix_is_eparse(void **state)
{
	struct fx *fx = *state;

	assert_int_equal(
		run_format(fx, "SELECT ?x WHERE { ?x nope:p ?y }", "csv"),
		IRKG_EPARSE);
	assert_non_null(testutil_log_error(&fx->log));
	assert_string_equal(fx->text, "");
}

static const char allies_query[] =
	"# Which states is a state allied with?\n"
	"# @param state <" S "{}> USA  the state, as an ISO code\n"
	"SELECT ?ally\n"
	"WHERE {\n"
	"  GRAPH ?g { ?a a irkg:Alliance ; irkg:party ?state, ?ally . }\n"
	"  FILTER(?ally != ?state)\n"
	"}\n"
	"ORDER BY ?ally\n";

/* --param values replace the declared parameter; the default applies
 * otherwise. */
static void test_param_binding_changes_answer(void **state)
{
	static const struct {
		const char *value; /* NULL: the default, USA */
		const char *expected;
	} cases[] = {
		{NULL, "ally\r\n" S "FRA\r\n" S "JPN\r\n"},
		{"JPN", "ally\r\n" S "USA\r\n"},
		{"FRA", "ally\r\n" S "USA\r\n"},
		{"USA", "ally\r\n" S "FRA\r\n" S "JPN\r\n"},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct irkg_sparql_binding binding = {"state", cases[i].value};
		struct irkg_query_options options = {0};

		options.format = "csv";
		if (cases[i].value) {
			options.bindings = &binding;
			options.n_bindings = 1;
		}
		assert_int_equal(run(fx, allies_query, &options), IRKG_OK);
		assert_string_equal(fx->text, cases[i].expected);
	}
}

/* Bad parameters are IRKG_EINVAL, logged, with nothing written. */
static void test_param_errors_are_einval(void **state)
{
	static const char required[] =
		"# @param state <" S "{}> -  the state\n"
		"SELECT ?p WHERE { GRAPH ?g { ?state ?p ?o } }\n";
	static const struct {
		const char *query;
		const char *name, *value; /* NULL name: no binding */
		const char *message;
	} cases[] = {
		{allies_query, "country", "JPN", "country"},
		{allies_query, "state", "JPN> } ; DROP ALL ; <x", "state"},
		{allies_query, "state", "", "state"},
		{required, NULL, NULL, "--param state="},
		{"SELECT ?s WHERE { ?s ?p ?o }", "state", "JPN",
		 "declares none"},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct irkg_sparql_binding binding = {cases[i].name,
						      cases[i].value};
		struct irkg_query_options options = {0};
		const struct testutil_log_entry *e;

		options.source = "params.rq";
		options.format = "csv";
		if (cases[i].name) {
			options.bindings = &binding;
			options.n_bindings = 1;
		}
		assert_int_equal(run(fx, cases[i].query, &options),
				 IRKG_EINVAL);
		assert_string_equal(fx->text, "");
		e = testutil_log_error(&fx->log);
		assert_non_null(e);
		assert_string_equal(e->file, "params.rq");
		assert_non_null(strstr(e->message, cases[i].message));
	}
}

/* Without options->source, messages still name the query somehow. */
static void test_source_defaults(void **state)
{
	struct fx *fx = *state;
	struct irkg_query_options options = {0};
	const struct testutil_log_entry *e;

	options.format = "csv";
	assert_int_equal(run(fx,
			     "SELECT * WHERE { ?s ?p ?o MINUS { ?s ?p 1 }"
			     " }",
			     &options),
			 IRKG_EUNSUPPORTED);
	e = testutil_log_error(&fx->log);
	assert_non_null(e);
	assert_non_null(e->file);
	assert_true(strlen(e->file) > 0);
}

/* An OPTIONAL that does not match leaves an empty cell in the table. */
static void test_table_unbound_cell(void **state)
{
	static const char query[] =
		"SELECT ?s ?pop WHERE {\n"
		"  GRAPH ?g { ?s rdfs:label ?l }\n"
		"  OPTIONAL { GRAPH ?h { ?s irkg:population ?pop } }\n"
		"} ORDER BY ?s\n";
	struct fx *fx = *state;

	assert_int_equal(run_format(fx, query, "table"), IRKG_OK);
	assert_int_equal(fx->rows, 3);
	assert_non_null(strstr(fx->text, "| state:FRA |     |\n"));
	assert_non_null(strstr(fx->text, "| state:JPN | 125 |\n"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_is_results_format),
		T(test_select_in_each_format),
		T(test_rows_are_counted),
		T(test_default_results_format),
		T(test_ask_true_and_false),
		T(test_construct_formats),
		T(test_wrong_format_for_answer_is_einval),
		T(test_describe),
		T(test_unsupported_features_refused),
		T(test_syntax_error_has_user_line),
		T(test_undeclared_unknown_prefix_is_eparse),
		T(test_param_binding_changes_answer),
		T(test_param_errors_are_einval),
		T(test_source_defaults),
		T(test_table_unbound_cell),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
