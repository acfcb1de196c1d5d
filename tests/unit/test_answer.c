/* Unit tests for graph/answer.c: SPARQL Query Results JSON read into rows,
 * as Virtuoso's endpoint writes it (no server needed). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/answer.h"
#include "../../graph/error.h"

static int setup(void **state)
{
	librdf_world *world = librdf_new_world();

	if (!world)
		return -1;
	librdf_world_open(world);
	*state = world;
	return 0;
}

static int teardown(void **state)
{
	librdf_free_world(*state);
	return 0;
}

static irkg_answer *parse(librdf_world *world, const char *json)
{
	irkg_answer *answer = NULL;

	assert_int_equal(
		irkg_answer_from_json(&answer, world, json, strlen(json)),
		IRKG_OK);
	assert_non_null(answer);
	return answer;
}

/* The i-th value of the current row in N-Triples syntax ("" unbound). */
static char *term(irkg_answer *answer, int i)
{
	librdf_node *node = irkg_answer_value(answer, i);
	char *text;

	if (!node)
		return strdup("");
	text = (char *)raptor_term_to_string(node);
	librdf_free_node(node);
	return text;
}

static void assert_term(irkg_answer *answer, int i, const char *expected)
{
	char *text = term(answer, i);

	assert_string_equal(text, expected);
	free(text);
}

/* Every kind of term, in the order written, unbound values left out, and
 * what the answer does not need ("link", "distinct") skipped. */
static void test_rows(void **state)
{
	irkg_answer *a = parse(
		*state,
		"{ \"head\": { \"link\": [], \"vars\": [\"s\", \"o\", \"n\"] "
		"},\n"
		"  \"results\": { \"distinct\": false, \"ordered\": true, "
		"\"bindings\": [\n"
		"    { \"s\": { \"type\": \"uri\", \"value\": \"http://e/b\" "
		"}\t,"
		" \"o\": { \"type\": \"literal\", \"xml:lang\": \"en\", "
		"\"value\": \"Japan\" }},\n"
		"    { \"s\": { \"type\": \"bnode\", \"value\": \"_:r1\" }, "
		"\"n\": { \"type\": \"typed-literal\", \"datatype\": "
		"\"http://www.w3.org/2001/XMLSchema#integer\", \"value\": "
		"\"7\" }},\n"
		"    { \"o\": { \"type\": \"literal\", \"value\": \"plain\" }, "
		"\"n\": { \"type\": \"literal\", \"value\": \"x\" }} ] } }");

	assert_int_equal(irkg_answer_columns(a), 3);
	assert_string_equal(irkg_answer_name(a, 0), "s");
	assert_string_equal(irkg_answer_name(a, 2), "n");
	assert_null(irkg_answer_name(a, 3));
	assert_null(irkg_answer_results(a));
	assert_false(irkg_answer_finished(a));
	assert_term(a, 0, "<http://e/b>");
	assert_term(a, 1, "\"Japan\"@en");
	assert_term(a, 2, "");
	irkg_answer_next(a);
	assert_term(a, 0, "_:r1");
	assert_term(a, 2, "\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>");
	irkg_answer_next(a);
	assert_term(a, 0, "");
	assert_term(a, 1, "\"plain\"");
	irkg_answer_next(a);
	assert_true(irkg_answer_finished(a));
	assert_null(irkg_answer_value(a, 0));
	irkg_answer_free(a);
}

/* JSON's escapes, a character outside the BMP written as a surrogate
 * pair among them. */
static void test_escapes(void **state)
{
	irkg_answer *a =
		parse(*state, "{\"head\":{\"vars\":[\"t\"]},\"results\":{"
			      "\"bindings\":[{\"t\":{\"type\":\"literal\","
			      "\"value\":\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d"
			      "\\ude00\"}}]}}");
	librdf_node *node = irkg_answer_value(a, 0);

	assert_non_null(node);
	assert_string_equal((const char *)librdf_node_get_literal_value(node),
			    "a\"b\\c/d\n\xc3\xa9\xf0\x9f\x98\x80");
	librdf_free_node(node);
	irkg_answer_free(a);
}

/* An empty answer still names its variables. */
static void test_empty(void **state)
{
	irkg_answer *a = parse(*state, "{ \"head\": { \"vars\": [\"x\", "
				       "\"y\"] }, \"results\": { "
				       "\"bindings\": [ ] } }\n");

	assert_int_equal(irkg_answer_columns(a), 2);
	assert_string_equal(irkg_answer_name(a, 1), "y");
	assert_true(irkg_answer_finished(a));
	irkg_answer_free(a);
}

/* A decimal as Virtuoso keeps it ("-2") is given back canonical, as the
 * other stores give it. */
static void test_mended(void **state)
{
	irkg_answer *a = parse(
		*state,
		"{\"head\":{\"vars\":[\"g\"]},\"results\":{\"bindings\":[{"
		"\"g\":"
		"{\"type\":\"typed-literal\",\"datatype\":\"http://www.w3.org/"
		"2001/XMLSchema#decimal\",\"value\":\"-2\"}}]}}");

	assert_term(a, 0,
		    "\"-2.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
	irkg_answer_free(a);
}

/* What is not such JSON is refused, and nothing is returned. */
static void test_refused(void **state)
{
	static const char *const bad[] = {
		"",
		"Virtuoso 37000 Error SP030: SPARQL compiler",
		"{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[",
		/* a variable not in "vars", and one bound twice */
		"{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{"
		"\"y\":"
		"{\"type\":\"uri\",\"value\":\"http://e/\"}}]}}",
		"{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{"
		"\"x\":"
		"{\"type\":\"uri\",\"value\":\"http://e/\"},\"x\":{\"type\":"
		"\"uri\",\"value\":\"http://e/\"}}]}}",
		/* a term of no known type, and half a surrogate pair */
		"{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{"
		"\"x\":"
		"{\"type\":\"triple\",\"value\":\"t\"}}]}}",
		"{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{"
		"\"x\":"
		"{\"type\":\"literal\",\"value\":\"\\ud83d\"}}]}}",
		/* bytes after the answer */
		"{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}} x",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		irkg_answer *a = (irkg_answer *)1;

		assert_int_equal(irkg_answer_from_json(&a, *state, bad[i],
						       strlen(bad[i])),
				 IRKG_EPARSE);
		assert_null(a);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),	cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_empty),	cmocka_unit_test(test_mended),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
