/* Unit tests for graph/virtuoso.c: the query as Virtuoso is sent it and
 * the values mended on the way back (no server needed). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/error.h"
#include "../../graph/virtuoso.h"

static char *rewrite(const char *sparql)
{
	char *out = NULL;

	assert_int_equal(irkg_virtuoso_query_text(sparql, &out), IRKG_OK);
	assert_non_null(out);
	return out;
}

/* 1/0 becomes COALESCE() as a token, never inside a string, an IRI or a
 * longer number. */
static void test_division_by_zero(void **state)
{
	char *q = rewrite(
		"SELECT (SAMPLE(IF(?a, ?v, 1/0)) AS ?x) "
		"(SAMPLE(IF(?b, ?v, 1 / 0)) AS ?y) "
		"WHERE { ?s <http://e/1/0> \"1/0\" . FILTER(?n = 11/0.5) }"
		" GROUP BY ?s");

	(void)state;
	assert_non_null(strstr(q, "IF(?a, ?v, COALESCE())"));
	assert_non_null(strstr(q, "IF(?b, ?v, COALESCE())"));
	assert_non_null(strstr(q, "<http://e/1/0>"));
	assert_non_null(strstr(q, "\"1/0\""));
	assert_non_null(strstr(q, "11/0.5"));
	free(q);
}

/* Virtuoso's own graphs leave the default graph, but not with GRAPH in
 * the query (Virtuoso 7.2 then counts wrong). */
static void test_system_graphs(void **state)
{
	char *plain = rewrite("SELECT ?s WHERE { ?s ?p ?o }");
	char *named = rewrite("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
	char *in_iri = rewrite("SELECT ?s WHERE { ?s <http://e/GRAPH> ?o }");

	(void)state;
	assert_non_null(strstr(plain, "define input:default-graph-exclude "
				      "<http://www.openlinksw.com/schemas/"
				      "virtrdf#>"));
	assert_null(strstr(named, "define"));
	assert_non_null(strstr(in_iri, "define"));
	assert_true(irkg_virtuoso_is_system_graph(
		"http://www.openlinksw.com/schemas/virtrdf#"));
	assert_false(irkg_virtuoso_is_system_graph(
		"https://w3id.org/irkg/id/graph/ontology"));
	free(plain);
	free(named);
	free(in_iri);
}

/* A grouped query ordered on its own aggregate is ordered outside it; a
 * GROUP BY without ORDER BY is ordered by its keys, after HAVING and
 * before LIMIT. */
static void test_ordering(void **state)
{
	char *outside = rewrite(
		"PREFIX e: <http://e/>\nSELECT (SAMPLE(?d) AS ?date) ?s "
		"WHERE { ?s e:p ?d } GROUP BY ?s ORDER BY (!BOUND(?date)) ?s");
	char *keys = rewrite("SELECT ?a ?b (COUNT(*) AS ?n) WHERE { ?a ?b ?c "
			     "} GROUP BY ?a ?b LIMIT 5");
	char *plain = rewrite("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a");
	char *having = rewrite("SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c } "
			       "GROUP BY ?a HAVING (BOUND(?a)) OFFSET 2");
	const char *p;

	(void)state;
	p = strstr(outside, "PREFIX e: <http://e/>\nSELECT * WHERE {\nSELECT");
	assert_non_null(p);
	assert_non_null(strstr(p, "GROUP BY ?s \n}\nORDER BY (!BOUND(?date))"));
	assert_non_null(
		strstr(keys, "GROUP BY ?a ?b \nORDER BY ?a ?b \nLIMIT 5"));
	assert_null(strstr(plain, "SELECT *"));
	/* ORDER BY after HAVING, where SPARQL has it */
	assert_non_null(strstr(having, "GROUP BY ?a HAVING (BOUND(?a)) "
				       "\nORDER BY ?a \nOFFSET 2"));
	free(having);
	free(outside);
	free(keys);
	free(plain);
}

/* Values back from the module: a language tag with stray bytes, a
 * decimal without its point, a gYearMonth kept as a date, a datatype
 * IRI with stray bytes; anything else is the same node. */
static void test_mend(void **state)
{
	librdf_world *world = librdf_new_world();
	librdf_uri *dt;
	librdf_node *n;

	(void)state;
	librdf_world_open(world);
	n = irkg_virtuoso_mend_node(librdf_new_node_from_literal(
		world, (const unsigned char *)"Prime Minister", "enf\x01", 0));
	assert_string_equal(librdf_node_get_literal_value_language(n), "en");
	librdf_free_node(n);
	n = irkg_virtuoso_mend_node(librdf_new_node_from_literal(
		world, (const unsigned char *)"x", "en-GB", 0));
	assert_string_equal(librdf_node_get_literal_value_language(n), "en-GB");
	librdf_free_node(n);

	dt = librdf_new_uri(
		world, (const unsigned char
				*)"http://www.w3.org/2001/XMLSchema#decimal");
	n = irkg_virtuoso_mend_node(librdf_new_node_from_typed_literal(
		world, (const unsigned char *)"-2", NULL, dt));
	assert_string_equal((const char *)librdf_node_get_literal_value(n),
			    "-2.0");
	librdf_free_node(n);
	librdf_free_uri(dt);

	dt = librdf_new_uri(world,
			    (const unsigned char *)"http://www.w3.org/2001/"
						   "XMLSchema#gYearMonth\x7f");
	n = irkg_virtuoso_mend_node(librdf_new_node_from_typed_literal(
		world, (const unsigned char *)"2023-07-01", NULL, dt));
	assert_string_equal((const char *)librdf_node_get_literal_value(n),
			    "2023-07");
	assert_string_equal(
		(const char *)librdf_uri_as_string(
			librdf_node_get_literal_value_datatype_uri(n)),
		"http://www.w3.org/2001/XMLSchema#gYearMonth");
	librdf_free_node(n);
	librdf_free_uri(dt);

	n = librdf_new_node_from_uri_string(world,
					    (const unsigned char *)"http://e/");
	assert_ptr_equal(irkg_virtuoso_mend_node(n), n);
	librdf_free_node(n);
	assert_null(irkg_virtuoso_mend_node(NULL));
	librdf_free_world(world);
}

/* Comments are left out (a shorter URL for the endpoint); a '#' in an IRI
 * or a string is kept. */
static void test_comments(void **state)
{
	char *q = rewrite("# What is it?\n"
			  "SELECT ?s # the subject\n"
			  "WHERE { ?s <http://e/o#p> \"a # b\" }\n");

	(void)state;
	assert_null(strstr(q, "What is it"));
	assert_null(strstr(q, "the subject"));
	assert_non_null(strstr(q, "SELECT ?s \nWHERE"));
	assert_non_null(strstr(q, "<http://e/o#p>"));
	assert_non_null(strstr(q, "\"a # b\""));
	free(q);
}

/* An ASK goes as the SELECT that has a row when it is true: one constant
 * column and LIMIT 1, or SELECT * and LIMIT 1 before a closing VALUES; a
 * LIMIT of its own is kept alone. "ask" as a prefix, a variable, a string
 * or in a SELECT is no ASK. */
static void test_ask(void **state)
{
	static const struct {
		const char *sparql, *has, *lacks;
	} cases[] = {
		{"ASK { ?s ?p ?o }",
		 "SELECT (1 AS ?" IRKG_VIRTUOSO_ASK_VARIABLE ") { ?s ?p ?o }\n"
		 "LIMIT 1\n",
		 "ASK"},
		{"PREFIX ask: <http://e/>\nask WHERE { ?ask ask:p \"ASK\" }",
		 "PREFIX ask: <http://e/>\nSELECT (1 AS "
		 "?" IRKG_VIRTUOSO_ASK_VARIABLE
		 ") WHERE { ?ask ask:p \"ASK\" }\nLIMIT 1\n",
		 NULL},
		{"ASK { ?s ?p ?c } VALUES ?c { 1 2 }",
		 "SELECT * { ?s ?p ?c } \nLIMIT 1\nVALUES ?c { 1 2 }",
		 IRKG_VIRTUOSO_ASK_VARIABLE},
		{"ASK { ?s ?p ?o } OFFSET 2 LIMIT 0", "OFFSET 2 LIMIT 0",
		 "LIMIT 1"},
		{"SELECT ?ask WHERE { ?ask ?p \"ASK\" }",
		 "SELECT ?ask WHERE { ?ask ?p \"ASK\" }", "LIMIT"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *q = rewrite(cases[i].sparql);

		if (!strstr(q, cases[i].has) ||
		    (cases[i].lacks && strstr(q, cases[i].lacks)))
			fail_msg("case %zu: %s", i, q);
		free(q);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_division_by_zero),
		cmocka_unit_test(test_system_graphs),
		cmocka_unit_test(test_ordering),
		cmocka_unit_test(test_mend),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_ask),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
