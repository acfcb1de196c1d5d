/* Unit tests for graph/spec.c: a server store's spec split into its
 * items. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/error.h"
#include "../../graph/spec.h"
#include "testutil.h"

/* The option `key` of `options` is `expected` (NULL: not there). */
static void assert_option(librdf_hash *options, const char *key,
			  const char *expected)
{
	char *value = librdf_hash_get(options, key);

	if (!expected) {
		assert_null(value);
		return;
	}
	assert_non_null(value);
	assert_string_equal(value, expected);
	librdf_free_memory(value);
}

/* Every item with a key, whichever separator, but the ones skipped; an
 * item without '=' or without a key passed over. */
static void test_put_options(void **state)
{
	static const char *const skip[] = {"http", "dbname", NULL};
	librdf_hash *options = librdf_new_hash(*state, NULL);

	assert_non_null(options);
	assert_int_equal(
		irkg_spec_put_options(options,
				      ";host=127.0.0.1:1111;; user=u password= "
				      "http=127.0.0.1:8890;dbname=d;lone;=x",
				      skip),
		IRKG_OK);
	assert_option(options, "host", "127.0.0.1:1111");
	assert_option(options, "user", "u");
	assert_option(options, "password", "");
	assert_option(options, "http", NULL);
	assert_option(options, "dbname", NULL);
	assert_option(options, "lone", NULL);
	assert_option(options, "", NULL);
	librdf_free_hash(options);
}

/* Nothing skipped without a list; an empty spec puts nothing. */
static void test_put_options_all(void **state)
{
	librdf_hash *options = librdf_new_hash(*state, NULL);

	assert_non_null(options);
	assert_int_equal(irkg_spec_put_options(options, "", NULL), IRKG_OK);
	assert_option(options, "http", NULL);
	assert_int_equal(irkg_spec_put_options(options, "http=h:1", NULL),
			 IRKG_OK);
	assert_option(options, "http", "h:1");
	librdf_free_hash(options);
}

/* A spec's field by its whole key; NULL for one that is not there. */
static void test_field(void **state)
{
	static const char spec[] =
		"host=127.0.0.1:1111;user=dba xhttp=no;http=127.0.0.1:8890";
	char *http = irkg_spec_field(spec, "http");
	char *host = irkg_spec_field(spec, "host");

	(void)state;
	assert_string_equal(http, "127.0.0.1:8890");
	assert_string_equal(host, "127.0.0.1:1111");
	assert_null(irkg_spec_field(spec, "ttp"));
	assert_null(irkg_spec_field(spec, "dsn"));
	assert_null(irkg_spec_field("host=h;http", "http"));
	free(http);
	free(host);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_options),
		cmocka_unit_test(test_put_options_all),
		cmocka_unit_test(test_field),
	};

	return cmocka_run_group_tests(tests, testutil_world_setup,
				      testutil_world_teardown);
}
