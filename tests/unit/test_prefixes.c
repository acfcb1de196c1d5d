/* Unit tests for graph/prefixes.c: the project's namespace table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/prefixes.h"

/* The table is non-empty, starts with irkg and has no empty or NULL entry. */
static void test_table_shape(void **state)
{
	size_t count = 0, i;
	const struct irkg_prefix *table = irkg_prefixes(&count);

	(void)state;
	assert_non_null(table);
	assert_true(count >= 20);
	assert_string_equal(table[0].prefix, "irkg");
	assert_string_equal(table[0].uri, IRKG_NS);
	for (i = 0; i < count; i++) {
		assert_non_null(table[i].prefix);
		assert_non_null(table[i].uri);
		assert_true(strlen(table[i].prefix) > 0);
		assert_true(strlen(table[i].uri) > 0);
	}
}

/* Two calls give the same static table. */
static void test_table_is_static(void **state)
{
	size_t a = 0, b = 0;
	const struct irkg_prefix *first = irkg_prefixes(&a);
	const struct irkg_prefix *second = irkg_prefixes(&b);

	(void)state;
	assert_ptr_equal(first, second);
	assert_int_equal(a, b);
}

/* No prefix appears twice, and no namespace is given two prefixes. */
static void test_table_unique(void **state)
{
	size_t count = 0, i, j;
	const struct irkg_prefix *table = irkg_prefixes(&count);

	(void)state;
	for (i = 0; i < count; i++)
		for (j = i + 1; j < count; j++) {
			assert_string_not_equal(table[i].prefix,
						table[j].prefix);
			assert_string_not_equal(table[i].uri, table[j].uri);
		}
}

/* Every namespace ends with '/' or '#', so "prefix:local" is a plain
 * concatenation, and every prefix is a valid SPARQL PN_PREFIX (letters,
 * digits, no colon). */
static void test_table_well_formed(void **state)
{
	size_t count = 0, i, k;
	const struct irkg_prefix *table = irkg_prefixes(&count);

	(void)state;
	for (i = 0; i < count; i++) {
		const char *uri = table[i].uri;
		char last = uri[strlen(uri) - 1];

		assert_true(last == '/' || last == '#');
		assert_true(strncmp(uri, "http://", 7) == 0 ||
			    strncmp(uri, "https://", 8) == 0);
		for (k = 0; table[i].prefix[k]; k++) {
			char c = table[i].prefix[k];

			assert_true((c >= 'a' && c <= 'z') ||
				    (c >= '0' && c <= '9'));
		}
	}
}

/* Every table entry is found by irkg_prefix_uri, as the same pointer. */
static void test_lookup_round_trip(void **state)
{
	size_t count = 0, i;
	const struct irkg_prefix *table = irkg_prefixes(&count);

	(void)state;
	for (i = 0; i < count; i++)
		assert_ptr_equal(irkg_prefix_uri(table[i].prefix,
						 strlen(table[i].prefix)),
				 table[i].uri);
}

static const struct {
	const char *prefix;
	size_t length;
	const char *uri; /* NULL: not known */
} lookup_cases[] = {
	{"irkg", 4, IRKG_NS},
	{"state", 5, IRKG_ID "state/"},
	{"igo", 3, IRKG_ID "igo/"},
	{"person", 6, IRKG_ID "person/"},
	{"cameo", 5, IRKG_ID "cameo/"},
	{"rdf", 3, "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"rdfs", 4, "http://www.w3.org/2000/01/rdf-schema#"},
	{"xsd", 3, "http://www.w3.org/2001/XMLSchema#"},
	{"owl", 3, "http://www.w3.org/2002/07/owl#"},
	{"skos", 4, "http://www.w3.org/2004/02/skos/core#"},
	{"prov", 4, "http://www.w3.org/ns/prov#"},
	{"schema", 6, "http://schema.org/"},
	{"wd", 2, "http://www.wikidata.org/entity/"},
	/* only `length` bytes are read: the rest of the buffer is ignored */
	{"state:JPN", 5, IRKG_ID "state/"},
	{"rdfs:label", 4, "http://www.w3.org/2000/01/rdf-schema#"},
	{"rdfs", 3, "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	/* unknown, a proper prefix of a known one, longer, wrong case */
	{"ex", 2, NULL},
	{"stat", 4, NULL},
	{"states", 6, NULL},
	{"STATE", 5, NULL},
	{"Irkg", 4, NULL},
	{"", 0, NULL},
	{"state", 0, NULL},
	{"_", 1, NULL},
};

static void test_lookup_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(lookup_cases) / sizeof(lookup_cases[0]); i++) {
		const char *got = irkg_prefix_uri(lookup_cases[i].prefix,
						  lookup_cases[i].length);

		if (!lookup_cases[i].uri) {
			if (got)
				fail_msg("case %zu (%.*s): want NULL, got %s",
					 i, (int)lookup_cases[i].length,
					 lookup_cases[i].prefix, got);
		} else {
			if (!got)
				fail_msg("case %zu (%.*s): want %s, got NULL",
					 i, (int)lookup_cases[i].length,
					 lookup_cases[i].prefix,
					 lookup_cases[i].uri);
			assert_string_equal(got, lookup_cases[i].uri);
		}
	}
}

/* The prefix need not be NUL-terminated: `length` bounds the read. */
static void test_lookup_unterminated(void **state)
{
	const char buffer[3] = {'x', 's', 'd'};

	(void)state;
	assert_string_equal(irkg_prefix_uri(buffer, sizeof(buffer)),
			    "http://www.w3.org/2001/XMLSchema#");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_shape),
		cmocka_unit_test(test_table_is_static),
		cmocka_unit_test(test_table_unique),
		cmocka_unit_test(test_table_well_formed),
		cmocka_unit_test(test_lookup_round_trip),
		cmocka_unit_test(test_lookup_table),
		cmocka_unit_test(test_lookup_unterminated),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
