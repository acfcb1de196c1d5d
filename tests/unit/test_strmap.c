/* Unit tests for graph/strmap.c: the string map inference keeps its
 * statement keys in. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/strmap.h"

/* The known FNV-1a 64 values: the LMDB store's node2id depends on them. */
static void test_fnv1a64_known_values(void **state)
{
	(void)state;
	assert_true(irkg_fnv1a64("", 0) == 0xcbf29ce484222325ULL);
	assert_true(irkg_fnv1a64("a", 1) == 0xaf63dc4c8601ec8cULL);
	assert_true(irkg_fnv1a64("foobar", 6) == 0x85944171f73967e8ULL);
}

static void test_add_get(void **state)
{
	irkg_strmap *m = irkg_strmap_new();
	int one = 1, two = 2;

	(void)state;
	assert_non_null(m);
	assert_null(irkg_strmap_get(m, "x"));
	assert_int_equal(irkg_strmap_add(m, "x", &one), 0);
	assert_int_equal(irkg_strmap_add(m, "y", &two), 0);
	/* a second add keeps the first value */
	assert_int_equal(irkg_strmap_add(m, "x", &two), 1);
	assert_ptr_equal(irkg_strmap_get(m, "x"), &one);
	assert_ptr_equal(irkg_strmap_get(m, "y"), &two);
	assert_null(irkg_strmap_get(m, "z"));
	assert_null(irkg_strmap_get(m, ""));
	assert_int_equal(irkg_strmap_size(m), 2);
	irkg_strmap_free(m, NULL);
	assert_null(irkg_strmap_get(NULL, "x"));
}

/* The key is copied: the caller's buffer may change after the add. */
static void test_key_copied(void **state)
{
	irkg_strmap *m = irkg_strmap_new();
	char key[16] = "first";
	int v = 0;

	(void)state;
	assert_int_equal(irkg_strmap_add(m, key, &v), 0);
	snprintf(key, sizeof(key), "second");
	assert_ptr_equal(irkg_strmap_get(m, "first"), &v);
	assert_null(irkg_strmap_get(m, "second"));
	irkg_strmap_free(m, NULL);
}

static void count_value(void *value, void *data)
{
	*(long *)data += *(int *)value;
}

/* Many keys sharing a long prefix (like a graph's statement keys) across
 * many growths, one longer than a chunk: every one found, none invented. */
static void test_many_keys(void **state)
{
	enum { N = 200000 };
	irkg_strmap *m = irkg_strmap_new();
	static int ones[N];
	static char long_key[100000];
	char key[128];
	long sum = 0;
	int i;

	(void)state;
	for (i = 0; i < N; i++) {
		ones[i] = 1;
		snprintf(key, sizeof(key),
			 "<https://w3id.org/irkg/id/event/%d> <p> <o>", i);
		assert_int_equal(irkg_strmap_add(m, key, &ones[i]), 0);
	}
	memset(long_key, 'k', sizeof(long_key) - 1);
	assert_int_equal(irkg_strmap_add(m, long_key, &ones[0]), 0);
	assert_int_equal(irkg_strmap_size(m), N + 1);
	for (i = 0; i < N; i++) {
		snprintf(key, sizeof(key),
			 "<https://w3id.org/irkg/id/event/%d> <p> <o>", i);
		assert_ptr_equal(irkg_strmap_get(m, key), &ones[i]);
		snprintf(key, sizeof(key),
			 "<https://w3id.org/irkg/id/event/%d> <p> <o2>", i);
		assert_null(irkg_strmap_get(m, key));
	}
	assert_ptr_equal(irkg_strmap_get(m, long_key), &ones[0]);
	irkg_strmap_each(m, count_value, &sum);
	assert_int_equal(sum, N + 1);
	irkg_strmap_free(m, NULL);
}

static int freed;

static void free_value(void *value)
{
	(void)value;
	freed++;
}

static void test_free_values(void **state)
{
	irkg_strmap *m = irkg_strmap_new();
	int v = 0;

	(void)state;
	freed = 0;
	irkg_strmap_add(m, "a", &v);
	irkg_strmap_add(m, "b", &v);
	irkg_strmap_add(m, "a", &v);
	irkg_strmap_free(m, free_value);
	assert_int_equal(freed, 2);
	irkg_strmap_free(NULL, free_value);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fnv1a64_known_values),
		cmocka_unit_test(test_add_get),
		cmocka_unit_test(test_key_copied),
		cmocka_unit_test(test_many_keys),
		cmocka_unit_test(test_free_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
