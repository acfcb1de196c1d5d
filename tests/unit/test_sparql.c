/* Unit tests for graph/sparql.c: the unsupported-feature check, the
 * @param header and the text Rasqal is given. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/error.h"
#include "../../graph/sparql.h"
#include "testutil.h"

/* ---- irkg_sparql_check: what it finds ---- */

static const struct {
	const char *text;
	const char *feature;
	int line, column;
} found_cases[] = {
	/* MINUS, upper and lower case, on a later line */
	{"SELECT ?s WHERE {\n  ?s ?p ?o .\n  MINUS { ?s a ?t }\n}", "MINUS", 3,
	 3},
	{"select ?s where { ?s ?p ?o minus { ?s ?p 1 } }", "MINUS", 1, 28},
	/* EXISTS and NOT EXISTS: reported at the EXISTS keyword */
	{"ASK { ?s ?p ?o FILTER EXISTS { ?o ?p ?s } }", "EXISTS / NOT EXISTS",
	 1, 23},
	{"SELECT * WHERE {\n\t?s ?p ?o\n\tFILTER NOT EXISTS { ?s a ?t }\n}",
	 "EXISTS / NOT EXISTS", 3, 13},
	{"SELECT * WHERE { ?s ?p ?o FILTER(NOT EXISTS { ?s a ?t }) }",
	 "EXISTS / NOT EXISTS", 1, 38},
	/* SERVICE */
	{"SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
	 "SERVICE (federated query)", 1, 18},
	{"SELECT * WHERE {\n  SERVICE SILENT <http://x/> { ?s ?p ?o }\n}",
	 "SERVICE (federated query)", 2, 3},
	/* a dataset clause, which Rasqal over librdf would ignore */
	{"SELECT (COUNT(*) AS ?n) FROM <urn:g> WHERE { ?s ?p ?o }",
	 "FROM / FROM NAMED (a dataset of chosen graphs)", 1, 25},
	{"SELECT ?g\nfrom named <urn:g>\nWHERE { GRAPH ?g { ?s ?p ?o } }",
	 "FROM / FROM NAMED (a dataset of chosen graphs)", 2, 1},
	/* SPARQL Update */
	{"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "SPARQL Update (INSERT)", 1,
	 1},
	{"PREFIX ex: <http://example.org/>\nDELETE WHERE { ex:a ?p ?o }",
	 "SPARQL Update (DELETE)", 2, 1},
	{"DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
	 "SPARQL Update (DELETE)", 1, 1},
	{"  load <http://example.org/data.ttl>", "SPARQL Update (LOAD)", 1, 3},
	{"CLEAR GRAPH <urn:g>", "SPARQL Update (CLEAR)", 1, 1},
	{"\n\nDROP GRAPH <urn:g>", "SPARQL Update (DROP)", 3, 1},
	{"# a comment that says MINUS\nCREATE GRAPH <urn:g>",
	 "SPARQL Update (CREATE)", 2, 1},
	{"COPY <urn:a> TO <urn:b>", "SPARQL Update (COPY)", 1, 1},
	{"MOVE <urn:a> TO <urn:b>", "SPARQL Update (MOVE)", 1, 1},
	{"ADD <urn:a> TO <urn:b>", "SPARQL Update (ADD)", 1, 1},
	/* property paths, at the operator */
	{"SELECT ?n WHERE { ?s ex:p/ex:q ?n }", "property path '/'", 1, 26},
	{"SELECT ?n WHERE { ?s a/rdfs:subClassOf ?n }", "property path '/'", 1,
	 23},
	{"SELECT ?n WHERE { ?s <http://x/p>/<http://x/q> ?n }",
	 "property path '/'", 1, 34},
	{"SELECT ?n WHERE { ?s ex:p/(ex:q) ?n }", "property path '/'", 1, 26},
	{"SELECT ?n WHERE { ?s ex:p / !ex:q ?n }", "property path '/'", 1, 27},
	{"SELECT ?n WHERE { ?s ex:p|ex:q ?n }", "property path '|'", 1, 26},
	{"SELECT ?n WHERE { ?s ^ex:p ?n }", "property path '^'", 1, 22},
	{"SELECT ?n WHERE {\n  ?n ^ex:p ?s }", "property path '^'", 2, 6},
	{"SELECT ?n WHERE { ?s ex:p* ?n }", "property path '*'", 1, 26},
	{"SELECT ?n WHERE { ?s rdfs:subClassOf* ?n }", "property path '*'", 1,
	 37},
	{"SELECT ?n WHERE { ?s a* ?n }", "property path '*'", 1, 23},
	{"SELECT ?n WHERE { ?s ex:p+ ?n }", "property path '+'", 1, 26},
	{"SELECT ?n WHERE { ?s <http://x/p>+ ?n }", "property path '+'", 1, 34},
	{"SELECT ?n WHERE { ?s ex:p? ?n }", "property path '?'", 1, 26},
	{"SELECT ?n WHERE { ?s ex:p?\n?n }", "property path '?'", 1, 26},
	/* the first offending operator wins */
	{"SELECT ?n WHERE { ?s ex:p+/ex:q ?n }", "property path '+'", 1, 26},
	/* negated property sets */
	{"SELECT ?n WHERE { ?s !ex:p ?n }", "negated property set '!'", 1, 22},
	{"SELECT ?n WHERE { ?s !a ?n }", "negated property set '!'", 1, 22},
	{"SELECT ?n WHERE { ?s !(ex:p|ex:q) ?n }", "negated property set '!'",
	 1, 22},
	{"SELECT ?n WHERE { ?s !<http://x/p> ?n }", "negated property set '!'",
	 1, 22},
	{"SELECT ?n\nWHERE {\n  ?s ex:p ?o ;\n     !ex:q ?n .\n}",
	 "negated property set '!'", 4, 6},
	/* a negated set opening a blank node's property list, after '[' */
	{"SELECT ?n WHERE { ?s ex:p [ !ex:q ?n ] }", "negated property set '!'",
	 1, 29},
	/* LIMITATION: an operator after a parenthesised path is not looked
	 * for, because only the token before it is looked at and ')' also
	 * ends an arithmetic group. By decision these pass the check and are
	 * left for Rasqal 0.9.33 to reject as a syntax error ("unexpected
	 * '('"), without the property-path advice:
	{ "SELECT ?o WHERE { ?s (ex:p)* ?o }", "property path '*'", 1, 27 },
	{ "SELECT ?o WHERE { ?s (ex:p)/ex:q ?o }", "property path '/'", 1, 27 },
	{ "SELECT ?o WHERE { ?s (ex:p)+ ?o }", "property path '+'", 1, 27 },
	 */
	/* DESCRIBE: Rasqal 0.9.33 parses it but answers with nothing */
	{"DESCRIBE <urn:x>", "DESCRIBE", 1, 1},
	{"PREFIX ex: <http://x/>\ndescribe ?s WHERE { ?s ex:p 1 }", "DESCRIBE",
	 2, 1},
	/* aggregates Rasqal 0.9.33 evaluates wrongly */
	{"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
	 "an aggregate over DISTINCT values", 1, 9},
	{"SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?s ?p ?o }",
	 "an aggregate over DISTINCT values", 1, 9},
	{"SELECT ?e (MAX(?d) AS ?x)\n  (max(?c) AS ?y) WHERE { ?e ex:d ?d ; "
	 "ex:c ?c } GROUP BY ?e",
	 "one aggregate function over two variables", 2, 4},
	{"SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s",
	 "GROUP BY without an aggregate", 1, 30},
	/* found after strings, IRIs and comments that hide look-alikes */
	{"SELECT ?s # MINUS\nWHERE { ?s <urn:DROP> \"LOAD\" . ?s ex:p* ?o }",
	 "property path '*'", 2, 39},
};

static void test_check_finds(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(found_cases); i++) {
		struct irkg_sparql_issue issue;
		const char *text = found_cases[i].text;
		int rc = irkg_sparql_check(text, strlen(text), &issue);

		if (rc != IRKG_EUNSUPPORTED)
			fail_msg("case %zu: %s: want IRKG_EUNSUPPORTED, got %d",
				 i, text, rc);
		if (!issue.feature ||
		    strcmp(issue.feature, found_cases[i].feature) != 0 ||
		    issue.line != found_cases[i].line ||
		    issue.column != found_cases[i].column)
			fail_msg("case %zu: %s: want %s at %d:%d, got %s at "
				 "%d:%d",
				 i, text, found_cases[i].feature,
				 found_cases[i].line, found_cases[i].column,
				 issue.feature ? issue.feature : "(null)",
				 issue.line, issue.column);
		assert_non_null(issue.advice);
		assert_true(strlen(issue.advice) > 0);
	}
}

/* ---- irkg_sparql_check: what it must leave alone ---- */

static const char *const clean_cases[] = {
	"",
	"SELECT * WHERE { ?s ?p ?o }",
	"SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
	/* aggregates Rasqal evaluates rightly: distinct functions, one
	 * function over expressions that differ by a constant, and one
	 * function twice over the same variable */
	"SELECT ?e (MAX(?d) AS ?x) (MIN(?c) AS ?y) WHERE { ?e ex:d ?d ; ex:c "
	"?c } GROUP BY ?e",
	"SELECT (SUM(IF(?q = 1, 1, 0)) AS ?a) (SUM(IF(?q = 2, 1, 0)) AS ?b) "
	"WHERE { ?e ex:q ?q }",
	"SELECT ?e (MAX(?d) AS ?x) (MAX(?d) AS ?y) WHERE { ?e ex:d ?d } "
	"GROUP BY ?e",
	"SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s",
	"SELECT ?x $y WHERE { ?x ?p $y }",
	/* keywords inside strings of every kind */
	"SELECT ?s WHERE { ?s ?p \"MINUS EXISTS SERVICE INSERT DELETE LOAD\" }",
	"SELECT ?s WHERE { ?s ?p 'CLEAR DROP CREATE COPY MOVE ADD' }",
	"SELECT ?s WHERE { ?s ?p '''a\nMINUS ex:p/ex:q ^ex:r ex:s*''' }",
	"SELECT ?s WHERE { ?s ?p \"\"\"two \"quoted\" words\nDROP\"\"\" }",
	"SELECT ?s WHERE { ?s ?p \"say \\\"MINUS\\\" now\" }",
	"SELECT ?s WHERE { ?s ?p 'it\\'s a|b' }",
	/* inside IRIs */
	"SELECT ?s WHERE { ?s <http://example.org/MINUS> <http://x/a/b#DROP> }",
	"SELECT ?s WHERE { GRAPH <http://x/SERVICE?q=1*2+3> { ?s ?p ?o } }",
	/* inside comments */
	"# MINUS { } ex:a/ex:b ^ex:c !ex:d\nSELECT ?s WHERE { ?s ?p ?o }",
	"SELECT ?s WHERE { ?s ?p ?o } # DROP ^ex:p ex:q*",
	"SELECT ?s # EXISTS\n# INSERT\nWHERE { ?s ?p ?o }",
	/* datatypes and language tags */
	"SELECT ?s WHERE { ?s ?p \"2020-01-01\"^^xsd:date }",
	"SELECT ?s WHERE { ?s ?p \"1\"^^<http://www.w3.org/2001/XMLSchema#int> "
	"}",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(?o = \"1\"^^xsd:integer) }",
	"SELECT ?s WHERE { ?s ?p \"Japan\"@en }",
	/* logical and comparison operators */
	"SELECT ?s WHERE { ?s ?p ?o FILTER(?o = 1 || ?o = 2) }",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(?o=1||?o=2) }",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(?o != ?s) }",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(?o!=ex:a) }",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(?o != ex:a && ?s != ex:b) }",
	"SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?x } FILTER(!BOUND(?x)) }",
	"SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?x } FILTER (!bound(?x)) "
	"}",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(?o && !BOUND(?x)) }",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(!(?o = 3)) }",
	"SELECT ?s WHERE { ?s ?p ?o FILTER(!isIRI(?o)) }",
	"SELECT ?s WHERE { ?s ex:count ?n FILTER(?n <= 3 && ?n >= 1) }",
	"SELECT ?s WHERE { ?s ex:count ?n FILTER(?n>3) }",
	/* a '<' that does not open an IRI is the less-than operator */
	"SELECT ?s WHERE { ?s ex:count ?n FILTER(?n < 3) }",
	"SELECT ?s WHERE { ?s ex:count ?n FILTER(?n<3) }",
	"SELECT ?s WHERE { ?s ex:count ?n FILTER(?n > 3 && ?n < 9) }",
	/* arithmetic */
	"SELECT ?s (?a / 2 AS ?h) WHERE { ?s ?p ?a }",
	"SELECT ?s (?a/2 AS ?h) WHERE { ?s ?p ?a }",
	"SELECT ?s ((?a+1)/(?b) AS ?r) WHERE { ?s ex:a ?a ; ex:b ?b }",
	"SELECT (?a * 2 AS ?d) (?a - ?b AS ?e) (?a + ?b AS ?f) "
	"WHERE { ?s ex:a ?a ; ex:b ?b }",
	"SELECT (SUM(?a) / COUNT(?a) AS ?mean) WHERE { ?s ex:a ?a }",
	"SELECT ?s WHERE { ?s ex:a ?a FILTER(?a * 2 > 3 && -?a >= +4) }",
	"SELECT ?s WHERE { ?s ex:a ?a BIND(STRLEN(?a) / 2 AS ?h) }",
	/* prefixed names and variables that contain the keywords */
	"SELECT ?s WHERE { ?s ex:minus ex:drop . ?s ex:exists ex:service }",
	"SELECT ?s WHERE { ?s ex:load ex:insert . ex:add ex:copy ex:move }",
	"SELECT ?s WHERE { ?s ex:delete ex:clear ; ex:create ex:MINUS }",
	"PREFIX minus: <http://x/>\nSELECT ?s WHERE { ?s minus:a drop:b }",
	"SELECT ?minus ?drop WHERE { ?minus ?exists $service }",
	"SELECT ?s WHERE { _:minus ?p ?s }",
	/* ordinary queries */
	"PREFIX : <http://x/>\nSELECT ?s WHERE { ?s a :Thing. }",
	"SELECT ?s WHERE { ?s a ?t . ?t rdfs:label ?l . "
	"FILTER(LANG(?l) = \"en\") } ORDER BY ?s LIMIT 10 OFFSET 5",
	"SELECT ?s WHERE { ?s a ex:Thing. ?s ex:p ?o. }",
	"SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
	"GROUP BY ?g HAVING (COUNT(?s) > 1)",
	"SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?s ex:q ?x } } VALUES ?s { ex:a "
	"}",
	"CONSTRUCT { ?s ex:p ?o } WHERE { ?s ex:q ?o }",
	"ASK { ?s ?p 1.5e3 }",
	/* a typed literal's datatype is not a property-path step, so
	 * arithmetic on a typed literal is left alone (Rasqal 0.9.33 gives 6
	 * for ("2"^^<…#integer> * 3 AS ?x)) */
	"SELECT ?s WHERE { ?s ex:n ?n FILTER(\"2\"^^xsd:integer * ?n > 4) }",
	"SELECT ?s WHERE { ?s ex:n ?n FILTER(\"2\"^^xsd:integer + ?n > 4) }",
	"SELECT ((\"2\"^^<http://www.w3.org/2001/XMLSchema#integer> * 3) "
	"AS ?x) WHERE { }",
};

static void test_check_leaves_alone(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(clean_cases); i++) {
		struct irkg_sparql_issue issue;
		const char *text = clean_cases[i];
		int rc = irkg_sparql_check(text, strlen(text), &issue);

		if (rc != IRKG_OK)
			fail_msg("case %zu: %s: flagged %s at %d:%d", i, text,
				 issue.feature ? issue.feature : "(null)",
				 issue.line, issue.column);
	}
}

/* Only `length` bytes are examined: the text need not end with NUL there. */
static void test_check_respects_length(void **state)
{
	static const char text[] = "SELECT * WHERE { ?s ?p ?o } MINUS { }";
	size_t before = (size_t)(strstr(text, "MINUS") - text);
	struct irkg_sparql_issue issue;

	(void)state;
	assert_int_equal(irkg_sparql_check(text, before, &issue), IRKG_OK);
	assert_int_equal(irkg_sparql_check(text, strlen(text), &issue),
			 IRKG_EUNSUPPORTED);
	assert_string_equal(issue.feature, "MINUS");
	assert_int_equal(issue.column, (int)before + 1);
}

/* An unterminated string or IRI hides what follows; it is Rasqal's to
 * report, and the check must not read past the end. */
static void test_check_unterminated(void **state)
{
	struct irkg_sparql_issue issue;
	const char *strings[] = {
		"SELECT ?s WHERE { ?s ?p \"MINUS",
		"SELECT ?s WHERE { ?s ?p '''x\" MINUS",
		"SELECT ?s WHERE { ?s ?p \"a\\",
		"SELECT ?s WHERE { ?s ?p ?o } # MINUS",
	};
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(strings); i++)
		assert_int_equal(irkg_sparql_check(strings[i],
						   strlen(strings[i]), &issue),
				 IRKG_OK);
	/* `<=` is an operator, and what follows it counts */
	assert_int_equal(irkg_sparql_check("FILTER(?a <= 3) MINUS", 21, &issue),
			 IRKG_EUNSUPPORTED);
	assert_string_equal(issue.feature, "MINUS");
	assert_int_equal(issue.column, 17);
	/* so must a lone `<` without a closing `>` */
	assert_int_equal(irkg_sparql_check("FILTER(?a < 3) MINUS", 20, &issue),
			 IRKG_EUNSUPPORTED);
	assert_string_equal(issue.feature, "MINUS");
	assert_int_equal(issue.column, 16);
	/* and a `<` that runs to the end of the text */
	assert_int_equal(
		irkg_sparql_check("ASK { ?s ?p ?o FILTER(?o <", 26, &issue),
		IRKG_OK);
}

/* On success the issue is cleared, not left with stale content. */
static void test_check_clears_issue(void **state)
{
	struct irkg_sparql_issue issue;

	(void)state;
	assert_int_equal(irkg_sparql_check("MINUS", 5, &issue),
			 IRKG_EUNSUPPORTED);
	assert_non_null(issue.feature);
	assert_int_equal(irkg_sparql_check("ASK {}", 6, &issue), IRKG_OK);
	assert_null(issue.feature);
	assert_null(issue.advice);
	assert_int_equal(issue.line, 0);
	assert_int_equal(issue.column, 0);
}

/* ---- irkg_sparql_params_read ---- */

static void test_params_read_header(void **state)
{
	static const char text[] =
		"# Which alliances does a state belong to?\n"
		"# @param state <https://w3id.org/irkg/id/state/{}> JPN  the "
		"state\n"
		"#\n"
		"# @param year {} -  the year, e.g. 2020\n"
		"#@param\tlabel\t\"{}\"@en\tJapan\tits name\n"
		"SELECT ?o WHERE { ?state ?p ?o }\n";
	struct irkg_sparql_param *params = NULL;
	size_t count = 99;

	(void)state;
	assert_int_equal(irkg_sparql_params_read(text, &params, &count),
			 IRKG_OK);
	assert_int_equal(count, 3);
	assert_non_null(params);
	assert_string_equal(params[0].name, "state");
	assert_string_equal(params[0].template_text,
			    "<https://w3id.org/irkg/id/state/{}>");
	assert_string_equal(params[0].default_value, "JPN");
	assert_string_equal(params[0].description, "the state");
	assert_string_equal(params[1].name, "year");
	assert_string_equal(params[1].template_text, "{}");
	assert_null(params[1].default_value); /* `-`: required */
	assert_string_equal(params[1].description, "the year, e.g. 2020");
	assert_string_equal(params[2].name, "label");
	assert_string_equal(params[2].template_text, "\"{}\"@en");
	assert_string_equal(params[2].default_value, "Japan");
	assert_string_equal(params[2].description, "its name");
	irkg_sparql_params_free(params, count);
}

static const struct {
	const char *text;
	size_t count;	   /* how many @param lines are read */
	const char *first; /* name of the first, or NULL */
} params_count_cases[] = {
	{"", 0, NULL},
	{"SELECT * WHERE { ?s ?p ?o }", 0, NULL},
	{"# a title only\nSELECT * WHERE { ?s ?p ?o }", 0, NULL},
	/* only the leading comment block is read */
	{"# t\nSELECT * WHERE { ?s ?p ?o }\n# @param x {} 1 late\n", 0, NULL},
	{"SELECT ?x WHERE { ?s ?p ?x } # @param x {} 1 trailing", 0, NULL},
	/* blank lines may separate the comment lines */
	{"\n# t\n\n# @param x {} 1 the x\n\nSELECT ?x {}", 1, "x"},
	/* CRLF line ends */
	{"# t\r\n# @param x {} 1 the x\r\n# @param y {} 2 the y\r\nASK {}", 2,
	 "x"},
	/* the last line of a text with no newline */
	{"# @param x {} 1 the x", 1, "x"},
	/* look-alikes that are not @param lines */
	{"# @params x {} 1 d\nASK {}", 0, NULL},
	{"# @param\nASK {}", 0, NULL},
	{"# see @param x {} 1 d\nASK {}", 0, NULL},
	{"#  @param x <urn:{}> - d\nASK {}", 1, "x"},
};

static void test_params_read_count(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(params_count_cases); i++) {
		struct irkg_sparql_param *params = NULL;
		size_t count = 99;
		int rc = irkg_sparql_params_read(params_count_cases[i].text,
						 &params, &count);

		if (rc != IRKG_OK || count != params_count_cases[i].count)
			fail_msg("case %zu: want %zu params, got rc %d count "
				 "%zu",
				 i, params_count_cases[i].count, rc, count);
		if (params_count_cases[i].first) {
			assert_non_null(params);
			assert_string_equal(params[0].name,
					    params_count_cases[i].first);
		}
		irkg_sparql_params_free(params, count);
	}
}

/* The CRLF case keeps no '\r' in any field. */
static void test_params_read_crlf(void **state)
{
	struct irkg_sparql_param *params = NULL;
	size_t count = 0;

	(void)state;
	assert_int_equal(irkg_sparql_params_read("# @param x {} 1 the x\r\n"
						 "# @param y <urn:{}> -\r\n"
						 "ASK {}",
						 &params, &count),
			 IRKG_OK);
	assert_int_equal(count, 2);
	assert_string_equal(params[0].default_value, "1");
	assert_string_equal(params[0].description, "the x");
	assert_string_equal(params[1].template_text, "<urn:{}>");
	assert_null(params[1].default_value);
	irkg_sparql_params_free(params, count);
}

static const char *const malformed_params[] = {
	/* the template has no {} */
	"# @param state <https://w3id.org/irkg/id/state/JPN> JPN d\nASK {}",
	"# @param n 3 3 a number\nASK {}",
	/* a good line before a bad one: the good one is freed too */
	"# @param a {} 1 ok\n# @param b <urn:x> - no hole\nASK {}",
};

static void test_params_read_malformed(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(malformed_params); i++) {
		struct irkg_sparql_param stale = {0};
		struct irkg_sparql_param *params = &stale; /* must be reset */
		size_t count = 99;
		int rc = irkg_sparql_params_read(malformed_params[i], &params,
						 &count);

		if (rc != IRKG_EINVAL)
			fail_msg("case %zu: want IRKG_EINVAL, got %d", i, rc);
		assert_null(params);
		assert_int_equal(count, 0);
		irkg_sparql_params_free(params, 3); /* NULL is accepted */
	}
}

/* An @param line with a name but no template (or with nothing after
 * "@param ") is malformed input: IRKG_EINVAL, not IRKG_ENOMEM, from both
 * irkg_sparql_params_read and irkg_sparql_prepare. */
static void test_params_read_missing_template(void **state)
{
	static const char *const texts[] = {
		"# @param state\nASK {}",
		"# @param  \nASK {}",
	};
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(texts); i++) {
		struct irkg_sparql_param *params = NULL;
		size_t count = 99;
		int rc = irkg_sparql_params_read(texts[i], &params, &count);

		char *out = (char *)"stale", error[256];
		int line_offset = -1;

		/* refused as malformed, and nothing is handed back */
		if (rc != IRKG_EINVAL)
			fail_msg("case %zu: read: want IRKG_EINVAL, got %d", i,
				 rc);
		assert_null(params);
		assert_int_equal(count, 0);

		rc = irkg_sparql_prepare(texts[i], NULL, 0, &out, &line_offset,
					 error, sizeof(error));
		if (rc != IRKG_EINVAL)
			fail_msg("case %zu: prepare: want IRKG_EINVAL, got %d",
				 i, rc);
		assert_null(out);
		assert_non_null(strstr(error, "@param"));
	}
}

/* ---- irkg_sparql_title ---- */

static const struct {
	const char *text;
	const char *title; /* NULL: none */
} title_cases[] = {
	{"# Which states?\n# @param x {} 1 d\nASK {}", "Which states?"},
	{"#Which states?\nASK {}", "Which states?"},
	{"#   Padded title  \r\nASK {}", "Padded title"},
	{"\n\r\n# After blank lines\nASK {}", "After blank lines"},
	{"# The only line", "The only line"},
	{"#\tTabbed\nASK {}", "Tabbed"},
	{"ASK { ?s ?p ?o }", NULL},
	{"ASK { ?s ?p ?o } # late comment", NULL},
	{"", NULL},
	{"\n\n", NULL},
};

static void test_title(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(title_cases); i++) {
		char *title = irkg_sparql_title(title_cases[i].text);

		if (!title_cases[i].title) {
			if (title)
				fail_msg("case %zu: want NULL, got '%s'", i,
					 title);
		} else {
			if (!title)
				fail_msg("case %zu: want '%s', got NULL", i,
					 title_cases[i].title);
			assert_string_equal(title, title_cases[i].title);
		}
		free(title);
	}
}

/* ---- irkg_sparql_prepare ---- */

#define STATE_NS "https://w3id.org/irkg/id/state/"
#define STATE_PREFIX "PREFIX state: <" STATE_NS ">\n"
#define RDFS_PREFIX "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
#define XSD_PREFIX "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"

/* The header every substitution case uses; its body follows. */
#define HEADER                                                                 \
	"# Test query\n"                                                       \
	"# @param state <" STATE_NS "{}> JPN the state\n"                      \
	"# @param name \"{}\" Japan its name\n"                                \
	"# @param n {} 3 a number\n"                                           \
	"# @param code state:{} USA a state by prefixed name\n"                \
	"# @param day \"{}\"^^xsd:date 2020-01-01 a day\n"                     \
	"# @param label \"{}\"@en Japan a label\n"                             \
	"# @param who <" STATE_NS "{}> - required\n"

static const struct {
	const char *body;		    /* after HEADER */
	const char *bind_name, *bind_value; /* NULL: only who=FRA */
	const char *want;		    /* the prepared body */
} subst_cases[] = {
	/* defaults */
	{"SELECT ?o WHERE { ?state ?p ?o }", NULL, NULL,
	 "SELECT ?o WHERE { <" STATE_NS "JPN> ?p ?o }"},
	{"ASK { ?s ?p ?name }", NULL, NULL, "ASK { ?s ?p \"Japan\" }"},
	{"ASK { ?s ?p ?n }", NULL, NULL, "ASK { ?s ?p 3 }"},
	{"ASK { ?s ?p ?day }", NULL, NULL,
	 "ASK { ?s ?p \"2020-01-01\"^^xsd:date }"},
	{"ASK { ?s ?p ?label }", NULL, NULL, "ASK { ?s ?p \"Japan\"@en }"},
	{"ASK { ?who ?p ?o }", NULL, NULL, "ASK { <" STATE_NS "FRA> ?p ?o }"},
	/* given values; $name as well as ?name; every occurrence */
	{"SELECT ?o WHERE { ?state ?p ?o }", "state", "USA",
	 "SELECT ?o WHERE { <" STATE_NS "USA> ?p ?o }"},
	{"SELECT ?o WHERE { $state ?p ?o . ?o ?q ?state }", "state", "DEU",
	 "SELECT ?o WHERE { <" STATE_NS "DEU> ?p ?o . ?o ?q <" STATE_NS
	 "DEU> }"},
	{"SELECT ?o WHERE { ?state ?p ?o }", "state", "C%C3%B4te_d'Ivoire",
	 "SELECT ?o WHERE { <" STATE_NS "C%C3%B4te_d'Ivoire> ?p ?o }"},
	{"SELECT ?o WHERE { ?state ?p ?o }", "state", "日本",
	 "SELECT ?o WHERE { <" STATE_NS "日本> ?p ?o }"},
	/* not inside strings, IRIs, comments, nor of a longer name */
	{"SELECT ?states WHERE { ?state ?p ?states ; ?q $stateX }", "state",
	 "USA",
	 "SELECT ?states WHERE { <" STATE_NS "USA> ?p ?states ; ?q $stateX }"},
	{"SELECT ?o WHERE { ?s ?p \"?state\" , '$state' , <urn:x?state> }"
	 " # ?state",
	 "state", "USA",
	 "SELECT ?o WHERE { ?s ?p \"?state\" , '$state' , <urn:x?state> }"
	 " # ?state"},
	/* string template: quotes, backslashes and line ends are escaped */
	{"ASK { ?s ?p ?name }", "name", "O\"Brien \\ x",
	 "ASK { ?s ?p \"O\\\"Brien \\\\ x\" }"},
	{"ASK { ?s ?p ?name }", "name", "\" } ; DROP GRAPH <urn:g> ; #",
	 "ASK { ?s ?p \"\\\" } ; DROP GRAPH <urn:g> ; #\" }"},
	{"ASK { ?s ?p ?name }", "name", "a\nb\rc",
	 "ASK { ?s ?p \"a\\nb\\rc\" }"},
	{"ASK { ?s ?p ?name }", "name", "it's <ok> {}",
	 "ASK { ?s ?p \"it's <ok> {}\" }"},
	{"ASK { ?s ?p ?label }", "label", "Côte \"d'Ivoire\"",
	 "ASK { ?s ?p \"Côte \\\"d'Ivoire\\\"\"@en }"},
	/* numbers */
	{"ASK { ?s ?p ?n }", "n", "-2", "ASK { ?s ?p -2 }"},
	{"ASK { ?s ?p ?n }", "n", "2.5", "ASK { ?s ?p 2.5 }"},
	{"ASK { ?s ?p ?n }", "n", "1e3", "ASK { ?s ?p 1e3 }"},
	{"ASK { ?s ?p ?n }", "n", "+7", "ASK { ?s ?p +7 }"},
	{"ASK { ?s ?p ?n }", "n", "-1.25E-3", "ASK { ?s ?p -1.25E-3 }"},
	{"ASK { ?s ?p ?n }", "n", "true", "ASK { ?s ?p true }"},
	{"ASK { ?s ?p ?n } LIMIT 10", "n", "false",
	 "ASK { ?s ?p false } LIMIT 10"},
	/* prefixed-name local part */
	{"ASK { ?s ?p ?code . ?s ?q state:X }", "code", "GBR",
	 "ASK { ?s ?p state:GBR . ?s ?q state:X }"},
	{"ASK { ?s ?p ?code . ?s ?q state:X }", "code", "a_b-c.d",
	 "ASK { ?s ?p state:a_b-c.d . ?s ?q state:X }"},
	/* a variable followed by punctuation */
	{"ASK { ?s ?p ?o FILTER(?n>2&&?n<=9) }", NULL, NULL,
	 "ASK { ?s ?p ?o FILTER(3>2&&3<=9) }"},
	/* a lone '<' is the less-than operator */
	{"ASK { ?s ?p ?o FILTER(?n > 2 && ?n < 9) }", NULL, NULL,
	 "ASK { ?s ?p ?o FILTER(3 > 2 && 3 < 9) }"},
	{"ASK { ?s ?p ?o FILTER(?n<?n) }", NULL, NULL,
	 "ASK { ?s ?p ?o FILTER(3<3) }"},
	{"ASK { ?s ?p ?state, ?o; ?q ?o}", NULL, NULL,
	 "ASK { ?s ?p <" STATE_NS "JPN>, ?o; ?q ?o}"},
	/* a variable name takes neither '.' nor '-' (SPARQL's VARNAME), so
	 * a parameter just before a triple's closing dot or a minus sign is
	 * substituted */
	{"SELECT ?o WHERE { ?o ?p ?state. }", NULL, NULL,
	 "SELECT ?o WHERE { ?o ?p <" STATE_NS "JPN>. }"},
	{"ASK { ?s ?p ?o FILTER(?n-1 > 2) }", NULL, NULL,
	 "ASK { ?s ?p ?o FILTER(3-1 > 2) }"},
	{"SELECT ?o WHERE { ?o ?p ?state.\n?o ?q ?name.}", NULL, NULL,
	 "SELECT ?o WHERE { ?o ?p <" STATE_NS "JPN>.\n?o ?q \"Japan\".}"},
};

/* Prepare HEADER + body with who=FRA and, if `name` is set, name=value;
 * past the line_offset added PREFIX lines the header must be unchanged
 * and the body must read `want`. */
static void prepare_case(size_t i, const char *body, const char *name,
			 const char *value, const char *want)
{
	struct irkg_sparql_binding bindings[2] = {{"who", "FRA"},
						  {name, value}};
	size_t text_len = strlen(HEADER) + strlen(body) + 1;
	char *text = malloc(text_len), *out = (char *)"stale", error[256];
	int line_offset = -1, rc, k;
	const char *p;

	assert_non_null(text);
	snprintf(text, text_len, "%s%s", HEADER, body);
	rc = irkg_sparql_prepare(text, bindings, name ? 2 : 1, &out,
				 &line_offset, error, sizeof(error));
	if (rc != IRKG_OK)
		fail_msg("case %zu: %s: rc %d: %s", i, body, rc, error);
	assert_non_null(out);
	/* skip the added PREFIX lines; what is left is the header and body */
	p = out;
	for (k = 0; k < line_offset; k++) {
		assert_true(strncmp(p, "PREFIX ", 7) == 0);
		p = strchr(p, '\n');
		assert_non_null(p);
		p++;
	}
	if (strncmp(p, HEADER, strlen(HEADER)) != 0)
		fail_msg("case %zu: the header comment changed:\n%s", i, p);
	if (strcmp(p + strlen(HEADER), want) != 0)
		fail_msg("case %zu:\n want: %s\n got:  %s", i, want,
			 p + strlen(HEADER));
	free(out);
	free(text);
}

static void test_prepare_substitutes(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(subst_cases); i++)
		prepare_case(i, subst_cases[i].body, subst_cases[i].bind_name,
			     subst_cases[i].bind_value, subst_cases[i].want);
}

/* Values that would not stay one term in their template are refused. */
static const struct {
	const char *name, *value;
} refused_cases[] = {
	/* IRI template: injection and characters IRIREF forbids */
	{"state", "JPN> } ; DROP GRAPH <urn:g"},
	{"state", "JPN>"},
	{"state", "J PN"},
	{"state", "JPN\""},
	{"state", "a<b"},
	{"state", "a{b}"},
	{"state", "a|b"},
	{"state", "a^b"},
	{"state", "a`b"},
	{"state", "a\\b"},
	{"state", "a\tb"},
	{"state", "JPN\n"},
	{"state", ""},
	{"who", "x> . ?s ?p <y"},
	/* number template */
	{"n", "abc"},
	{"n", "3; DROP GRAPH <urn:g>"},
	{"n", "3 } UNION { ?a ?b ?c"},
	{"n", "1)"},
	{"n", "3 4"},
	{"n", "TRUE1"},
	{"n", ""},
	{"n", "\"3\""},
	{"n", "?x"},
	/* not SPARQL numeric literals, though strtod takes them */
	{"n", "nan"},
	{"n", "inf"},
	{"n", "0x10"},
	{"n", " 5"},
	{"n", "\n5"},
	{"n", "5 "},
	{"n", "."},
	{"n", "1e"},
	{"n", "+"},
	/* prefixed-name template */
	{"code", "JPN }"},
	{"code", "a:b"},
	{"code", "a/b"},
	{"code", "<urn:x>"},
	{"code", "a#b"},
	{"code", ""},
	/* a local part neither starts nor ends with '.' (else code=. would
	 * turn `?s ?p ?code }` into `?s ?p state:. }`, the bare namespace IRI
	 * then the triple's terminator) */
	{"code", "."},
	{"code", "JPN."},
	{"code", ".JPN"},
	/* typed and tagged literal templates still refuse an empty value */
	{"day", ""},
};

static void test_prepare_refuses_values(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(refused_cases); i++) {
		static const char body[] = "SELECT * WHERE { ?state ?p ?n . "
					   "?code ?q ?who . ?day ?r ?o }";
		char text[2048];
		struct irkg_sparql_binding bindings[2] = {
			{"who", "FRA"},
			{refused_cases[i].name, refused_cases[i].value},
		};
		char *out = (char *)"stale", error[256];
		int line_offset = -1;
		int rc;

		snprintf(text, sizeof(text), "%s%s", HEADER, body);
		rc = irkg_sparql_prepare(text, bindings, 2, &out, &line_offset,
					 error, sizeof(error));
		if (rc != IRKG_EINVAL)
			fail_msg("case %zu (%s=%s): want IRKG_EINVAL, got "
				 "%d%s%s",
				 i, refused_cases[i].name,
				 refused_cases[i].value, rc, rc ? "" : ": ",
				 rc ? "" : out);
		assert_null(out);
		assert_int_equal(line_offset, 0);
		assert_true(strlen(error) > 0);
		assert_non_null(strstr(error, refused_cases[i].name));
	}
}

static void test_prepare_unknown_parameter(void **state)
{
	struct irkg_sparql_binding bad[] = {{"who", "FRA"}, {"nosuch", "1"}};
	struct irkg_sparql_binding any[] = {{"x", "1"}};
	char text[2048], *out = (char *)"stale", error[256];
	int line_offset = -1;

	(void)state;
	snprintf(text, sizeof(text), "%s%s", HEADER, "ASK { ?s ?p ?o }");
	assert_int_equal(irkg_sparql_prepare(text, bad, 2, &out, &line_offset,
					     error, sizeof(error)),
			 IRKG_EINVAL);
	assert_null(out);
	assert_int_equal(line_offset, 0);
	assert_non_null(strstr(error, "nosuch"));

	/* a query with no parameters at all says so */
	out = (char *)"stale";
	assert_int_equal(irkg_sparql_prepare("# t\nASK { ?x ?p ?o }", any, 1,
					     &out, &line_offset, error,
					     sizeof(error)),
			 IRKG_EINVAL);
	assert_null(out);
	assert_non_null(strstr(error, "'x'"));
	assert_non_null(strstr(error, "declares none"));
}

static void test_prepare_missing_required(void **state)
{
	static const char text[] =
		"# t\n# @param year {} - the year\n# @param who <urn:{}> x w\n"
		"ASK { ?s ?p ?year }";
	struct irkg_sparql_binding only_who = {"who", "y"};
	struct irkg_sparql_binding year = {"year", "2020"};
	char *out = (char *)"stale", error[256];
	int line_offset = -1;

	(void)state;
	assert_int_equal(irkg_sparql_prepare(text, NULL, 0, &out, &line_offset,
					     error, sizeof(error)),
			 IRKG_EINVAL);
	assert_null(out);
	assert_int_equal(line_offset, 0);
	assert_non_null(strstr(error, "year"));
	assert_non_null(strstr(error, "the year")); /* the description */

	out = (char *)"stale";
	assert_int_equal(irkg_sparql_prepare(text, &only_who, 1, &out,
					     &line_offset, error,
					     sizeof(error)),
			 IRKG_EINVAL);
	assert_null(out);
	assert_non_null(strstr(error, "year"));

	assert_int_equal(irkg_sparql_prepare(text, &year, 1, &out, &line_offset,
					     error, sizeof(error)),
			 IRKG_OK);
	assert_non_null(out);
	assert_non_null(strstr(out, "ASK { ?s ?p 2020 }"));
	assert_string_equal(error, "");
	free(out);
}

static void test_prepare_malformed_header(void **state)
{
	char *out = (char *)"stale", error[256];
	int line_offset = -1;

	(void)state;
	assert_int_equal(irkg_sparql_prepare("# @param x <urn:x> 1 no hole\n"
					     "ASK { ?x ?p ?o }",
					     NULL, 0, &out, &line_offset, error,
					     sizeof(error)),
			 IRKG_EINVAL);
	assert_null(out);
	assert_int_equal(line_offset, 0);
	assert_non_null(strstr(error, "@param"));
}

/* A short error buffer still holds a NUL-terminated message. */
static void test_prepare_short_error_buffer(void **state)
{
	struct irkg_sparql_binding binding = {"nosuch", "1"};
	char *out = NULL, error[8];
	int line_offset = 0;

	(void)state;
	memset(error, 'x', sizeof(error));
	assert_int_equal(irkg_sparql_prepare("ASK {}", &binding, 1, &out,
					     &line_offset, error,
					     sizeof(error)),
			 IRKG_EINVAL);
	assert_true(strlen(error) > 0 && strlen(error) < sizeof(error));
}

/* Which PREFIX lines are added, and line_offset counts them. */
static const struct {
	const char *text;
	int line_offset;
	const char *want; /* the whole prepared text */
} prefix_cases[] = {
	/* nothing used: nothing added, text unchanged */
	{"SELECT * WHERE { ?s ?p ?o }", 0, "SELECT * WHERE { ?s ?p ?o }"},
	/* unknown prefixes are the query's business */
	{"ASK { ?s ex:p ?o }", 0, "ASK { ?s ex:p ?o }"},
	/* one used */
	{"ASK { ?s ?p state:JPN }", 1, STATE_PREFIX "ASK { ?s ?p state:JPN }"},
	/* two used, each added once however often it appears */
	{"ASK { state:JPN rdfs:label ?l . state:USA rdfs:label ?m }", 2,
	 STATE_PREFIX RDFS_PREFIX
	 "ASK { state:JPN rdfs:label ?l . state:USA rdfs:label ?m }"},
	/* a prefix with an empty local part counts */
	{"ASK { ?s ?p xsd: }", 1, XSD_PREFIX "ASK { ?s ?p xsd: }"},
	/* declared by the query itself: not added again */
	{"PREFIX state: <" STATE_NS ">\nASK { ?s ?p state:JPN }", 0,
	 "PREFIX state: <" STATE_NS ">\nASK { ?s ?p state:JPN }"},
	{"prefix state: <urn:other/>\nASK { ?s ?p state:JPN }", 0,
	 "prefix state: <urn:other/>\nASK { ?s ?p state:JPN }"},
	{"PREFIX state: <" STATE_NS ">\nASK { ?s rdfs:label state:JPN }", 1,
	 RDFS_PREFIX "PREFIX state: <" STATE_NS ">\n"
		     "ASK { ?s rdfs:label state:JPN }"},
	/* a declaration of a longer or shorter name is not this prefix */
	{"PREFIX states: <urn:s/>\nASK { ?s ?p state:JPN , states:X }", 1,
	 STATE_PREFIX "PREFIX states: <urn:s/>\n"
		      "ASK { ?s ?p state:JPN , states:X }"},
	{"PREFIX rdf: <urn:r/>\nASK { ?s rdfs:label ?l ; rdf:type ?t }", 1,
	 RDFS_PREFIX "PREFIX rdf: <urn:r/>\n"
		     "ASK { ?s rdfs:label ?l ; rdf:type ?t }"},
	/* not counted in strings, IRIs or comments */
	{"# state:JPN\nASK { ?s ?p \"rdfs:label\" , <state:JPN> , 'xsd:x' }", 0,
	 "# state:JPN\nASK { ?s ?p \"rdfs:label\" , <state:JPN> , 'xsd:x' }"},
	/* a name that merely starts like a prefix is not one */
	{"ASK { ?s ?p ex:state , ?state }", 0,
	 "ASK { ?s ?p ex:state , ?state }"},
};

static void test_prepare_prefixes(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(prefix_cases); i++) {
		char *out = (char *)"stale", error[256];
		int line_offset = -1;
		int rc =
			irkg_sparql_prepare(prefix_cases[i].text, NULL, 0, &out,
					    &line_offset, error, sizeof(error));

		if (rc != IRKG_OK)
			fail_msg("case %zu: rc %d: %s", i, rc, error);
		if (line_offset != prefix_cases[i].line_offset ||
		    strcmp(out, prefix_cases[i].want) != 0)
			fail_msg("case %zu: want offset %d and\n%s\ngot offset "
				 "%d and\n%s",
				 i, prefix_cases[i].line_offset,
				 prefix_cases[i].want, line_offset, out);
		free(out);
	}
}

/* line_offset is exactly the number of lines in front of the original
 * text, whatever the number of prefixes. */
static void test_prepare_line_offset_counts_lines(void **state)
{
	static const char text[] =
		"ASK { ?s irkg:p state:A , igo:B , person:C , rdf:type , "
		"owl:D , skos:E , xsd:F }";
	char *out = NULL, error[256];
	const char *body;
	int line_offset = -1, lines = 0;
	const char *p;

	(void)state;
	assert_int_equal(irkg_sparql_prepare(text, NULL, 0, &out, &line_offset,
					     error, sizeof(error)),
			 IRKG_OK);
	assert_int_equal(line_offset, 8);
	body = strstr(out, text);
	assert_non_null(body);
	assert_string_equal(body, text);
	for (p = out; p < body; p++)
		if (*p == '\n')
			lines++;
	assert_int_equal(lines, line_offset);
	free(out);
}

/* A prefix that only a parameter's template brings in is declared too:
 * `"{}"^^xsd:date` and `state:{}` write xsd: and state: into the text. */
static void test_prepare_template_prefix(void **state)
{
	static const struct {
		const char *text, *term, *prefix_line;
	} cases[] = {
		{"# @param day \"{}\"^^xsd:date 2020-01-01 the day\n"
		 "ASK { ?s ?p ?day }",
		 "\"2020-01-01\"^^xsd:date", XSD_PREFIX},
		{"# @param code state:{} JPN the state\nASK { ?s ?p ?code }",
		 "state:JPN", STATE_PREFIX},
	};
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		char *out = NULL, error[256];
		int line_offset = -1;

		assert_int_equal(irkg_sparql_prepare(cases[i].text, NULL, 0,
						     &out, &line_offset, error,
						     sizeof(error)),
				 IRKG_OK);
		assert_non_null(strstr(out, cases[i].term));
		assert_int_equal(line_offset, 1);
		assert_true(strncmp(out, cases[i].prefix_line,
				    strlen(cases[i].prefix_line)) == 0);
		free(out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_finds),
		cmocka_unit_test(test_check_leaves_alone),
		cmocka_unit_test(test_check_respects_length),
		cmocka_unit_test(test_check_unterminated),
		cmocka_unit_test(test_check_clears_issue),
		cmocka_unit_test(test_params_read_header),
		cmocka_unit_test(test_params_read_count),
		cmocka_unit_test(test_params_read_crlf),
		cmocka_unit_test(test_params_read_malformed),
		cmocka_unit_test(test_params_read_missing_template),
		cmocka_unit_test(test_title),
		cmocka_unit_test(test_prepare_substitutes),
		cmocka_unit_test(test_prepare_refuses_values),
		cmocka_unit_test(test_prepare_unknown_parameter),
		cmocka_unit_test(test_prepare_missing_required),
		cmocka_unit_test(test_prepare_malformed_header),
		cmocka_unit_test(test_prepare_short_error_buffer),
		cmocka_unit_test(test_prepare_prefixes),
		cmocka_unit_test(test_prepare_line_offset_counts_lines),
		cmocka_unit_test(test_prepare_template_prefix),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
