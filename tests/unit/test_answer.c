/* Unit tests for graph/answer.c: SPARQL Query Results XML read into rows by
 * Rasqal's reader, as Virtuoso's endpoint writes it (no server needed). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/answer.h"
#include "../../graph/error.h"
#include "testutil.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

/* The document around `head` and `results`, as Virtuoso writes it. */
#define SPARQL(head, results)                                                  \
	"<?xml version=\"1.0\"?>\n"                                            \
	"<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"          \
	" <head>" head "</head>\n"                                             \
	" <results distinct=\"false\" ordered=\"true\">" results               \
	"</results>\n</sparql>\n"

static irkg_answer *parse(librdf_world *world, const char *xml)
{
	irkg_answer *answer = NULL;

	assert_int_equal(irkg_answer_from_xml(&answer, world, xml, strlen(xml)),
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

/* Every kind of term, in the order written, unbound values left out. */
static void test_rows(void **state)
{
	irkg_answer *a = parse(
		*state,
		SPARQL("<variable name=\"s\"/><variable name=\"o\"/>"
		       "<variable name=\"n\"/>",
		       "<result><binding name=\"s\"><uri>http://e/b</uri>"
		       "</binding><binding name=\"o\"><literal xml:lang=\"en\">"
		       "Japan</literal></binding></result>\n"
		       "<result><binding name=\"s\"><bnode>nodeID://r1</bnode>"
		       "</binding><binding name=\"n\"><literal datatype=\"" XSD
		       "integer\">7</literal></binding></result>\n"
		       "<result><binding name=\"o\"><literal>plain</literal>"
		       "</binding><binding name=\"n\"><literal>x</literal>"
		       "</binding></result>"));

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
	assert_term(a, 2, "\"7\"^^<" XSD "integer>");
	irkg_answer_next(a);
	assert_term(a, 0, "");
	assert_term(a, 1, "\"plain\"");
	irkg_answer_next(a);
	assert_true(irkg_answer_finished(a));
	assert_null(irkg_answer_value(a, 0));
	irkg_answer_free(a);
}

/* XML's character references and entities, a character outside the BMP
 * among them; a type Rasqal does not know (gYear) is kept as written. */
static void test_text(void **state)
{
	irkg_answer *a = parse(
		*state,
		SPARQL("<variable name=\"t\"/><variable name=\"y\"/>",
		       "<result><binding name=\"t\"><literal>a&quot;b&lt;c&amp;"
		       "d\n&#xe9;&#x1F600;</literal></binding>"
		       "<binding name=\"y\"><literal datatype=\"" XSD
		       "gYear\">2008</literal></binding></result>"));
	librdf_node *node = irkg_answer_value(a, 0);

	assert_non_null(node);
	assert_string_equal((const char *)librdf_node_get_literal_value(node),
			    "a\"b<c&d\n\xc3\xa9\xf0\x9f\x98\x80");
	librdf_free_node(node);
	assert_term(a, 1, "\"2008\"^^<" XSD "gYear>");
	irkg_answer_free(a);
}

/* An answer without rows: finished at once, and without columns, since
 * Rasqal names the variables only with a row. */
static void test_empty(void **state)
{
	irkg_answer *a = parse(
		*state,
		SPARQL("<variable name=\"x\"/><variable name=\"y\"/>", ""));

	assert_true(irkg_answer_finished(a));
	assert_int_equal(irkg_answer_columns(a), 0);
	assert_null(irkg_answer_value(a, 0));
	irkg_answer_free(a);
}

/* A decimal as Virtuoso keeps it ("-2"), and a year-only date as it gives
 * it back ("2008-01-01"), come back as the other stores give them. */
static void test_mended(void **state)
{
	irkg_answer *a = parse(
		*state,
		SPARQL("<variable name=\"g\"/><variable name=\"y\"/>",
		       "<result><binding name=\"g\"><literal datatype=\"" XSD
		       "decimal\">-2</literal></binding><binding name=\"y\">"
		       "<literal datatype=\"" XSD "gYear\">2008-01-01</literal>"
		       "</binding></result>"));

	assert_term(a, 0, "\"-2.0\"^^<" XSD "decimal>");
	assert_term(a, 1, "\"2008\"^^<" XSD "gYear>");
	irkg_answer_free(a);
}

/* What is not such XML is refused, and nothing is returned. */
static void test_refused(void **state)
{
	static const char *const bad[] = {
		"",
		"Virtuoso 37000 Error SP030: SPARQL compiler",
		/* bytes after the document, and a document cut short */
		SPARQL("<variable name=\"x\"/>",
		       "<result><binding name=\"x\"><uri>http://e/a</uri>"
		       "</binding></result>") "<result><binding "
					      "name=\"x\"><uri>http://e/",
		"<?xml version=\"1.0\"?><sparql xmlns=\"http://www.w3.org/2005/"
		"sparql-results#\"><head><variable name=\"x\"/></head><results>"
		"<result><binding name=\"x\"><uri>http://e/a</uri></binding>"
		"</result><result><binding name=\"x\"><uri>http://e/",
		/* an element Rasqal does not know, where it stops reading */
		SPARQL("<variable name=\"x\"/>",
		       "<result><binding name=\"x\"><uri>http://e/a</uri>"
		       "</binding></result><comment/><result><binding "
		       "name=\"x\"><uri>http://e/b</uri></binding></result>"),
		/* not well-formed: an end tag that does not match */
		SPARQL("<variable name=\"x\"/>",
		       "<result><binding name=\"x\"><uri>http://e/a</literal>"
		       "</binding></result>"),
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		irkg_answer *a = (irkg_answer *)1;

		assert_int_equal(irkg_answer_from_xml(&a, *state, bad[i],
						      strlen(bad[i])),
				 IRKG_EPARSE);
		assert_null(a);
	}
}

/* An ASK's answer made from a server's SELECT: true or false, no rows;
 * a SELECT's answer is no ASK's. */
static void test_boolean(void **state)
{
	irkg_answer *yes = NULL, *no = NULL, *rows = NULL;

	assert_int_equal(irkg_answer_from_boolean(&yes, 7), IRKG_OK);
	assert_int_equal(irkg_answer_from_boolean(&no, 0), IRKG_OK);
	assert_true(irkg_answer_is_boolean(yes));
	assert_int_equal(irkg_answer_boolean(yes), 1);
	assert_int_equal(irkg_answer_boolean(no), 0);
	assert_int_equal(irkg_answer_columns(yes), 0);
	assert_true(irkg_answer_finished(yes));
	rows = parse(*state,
		     SPARQL("<variable name=\"x\"/>",
			    "<result><binding name=\"x\"><literal>1</literal>"
			    "</binding></result>"));
	assert_false(irkg_answer_is_boolean(rows));
	assert_int_equal(irkg_answer_boolean(rows), -1);
	irkg_answer_free(yes);
	irkg_answer_free(no);
	irkg_answer_free(rows);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),	cmocka_unit_test(test_text),
		cmocka_unit_test(test_empty),	cmocka_unit_test(test_mended),
		cmocka_unit_test(test_refused), cmocka_unit_test(test_boolean),
	};

	return cmocka_run_group_tests(tests, testutil_world_setup,
				      testutil_world_teardown);
}
