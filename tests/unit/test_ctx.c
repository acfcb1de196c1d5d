/* Unit tests for graph/ctx: the Redland world and where messages go. */
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
#include "../../graph/load.h"
#include "../../graph/store.h"
#include "testutil.h"

/* Parse `text` with a Redland parser of `ctx`'s world; returns the number
 * of statements the stream gave. */
static int parse_string(irkg_ctx *ctx, const char *syntax, const char *text)
{
	librdf_world *world = irkg_ctx_world(ctx);
	librdf_parser *parser = librdf_new_parser(world, syntax, NULL, NULL);
	librdf_uri *base = librdf_new_uri(
		world, (const unsigned char *)"http://example.org/base");
	librdf_stream *stream;
	int n = 0;

	assert_non_null(parser);
	assert_non_null(base);
	stream = librdf_parser_parse_string_as_stream(
		parser, (const unsigned char *)text, base);
	if (stream) {
		for (; !librdf_stream_end(stream); librdf_stream_next(stream))
			n++;
		librdf_free_stream(stream);
	}
	librdf_free_uri(base);
	librdf_free_parser(parser);
	return n;
}

/* Turtle with its one syntax error on line 3. */
static const char bad_turtle[] = "@prefix : <urn:x:> .\n"
				 ":a :p :b .\n"
				 ":a :p .\n"
				 ":c :p :d .\n";

/* ---- tests ---- */

static void test_new_without_log_handler(void **state)
{
	irkg_ctx *ctx = (irkg_ctx *)0x1;

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, NULL, NULL), IRKG_OK);
	assert_non_null(ctx);
	assert_non_null(irkg_ctx_world(ctx));
	/* messages are dropped, but errors are still counted */
	irkg_ctx_log(ctx, IRKG_LOG_ERROR, "f", 1, 2, "dropped %d", 1);
	irkg_ctx_log(ctx, IRKG_LOG_WARN, NULL, 0, 0, "dropped too");
	assert_int_equal(irkg_ctx_error_count(ctx), 1);
	/* Redland's messages too */
	irkg_ctx_set_input(ctx, "x.ttl", 0);
	parse_string(ctx, "turtle", bad_turtle);
	assert_true(irkg_ctx_error_count(ctx) >= 1);
	irkg_ctx_free(ctx);
	irkg_ctx_free(NULL); /* accepted */
}

static void test_each_ctx_has_its_own_world(void **state)
{
	struct testutil_log ra = {0}, rb = {0};
	irkg_ctx *a, *b;

	(void)state;
	assert_int_equal(irkg_ctx_new(&a, testutil_log_record, &ra), IRKG_OK);
	assert_int_equal(irkg_ctx_new(&b, testutil_log_record, &rb), IRKG_OK);
	assert_ptr_not_equal(irkg_ctx_world(a), irkg_ctx_world(b));
	irkg_ctx_set_input(a, "a.ttl", 0);
	irkg_ctx_set_input(b, "b.ttl", 0);
	parse_string(a, "turtle", bad_turtle);
	assert_true(ra.n >= 1);
	assert_int_equal(rb.n, 0);
	assert_int_equal(irkg_ctx_error_count(b), 0);
	assert_true(irkg_ctx_error_count(a) >= 1);
	irkg_ctx_free(a);
	irkg_ctx_free(b);
	testutil_log_clear(&ra);
	testutil_log_clear(&rb);
}

static const struct {
	enum irkg_log_level level;
	const char *file;
	int line, column;
	int number;
	const char *expected;
	int counts_as_error;
} log_cases[] = {
	{IRKG_LOG_INFO, NULL, 0, 0, 1, "message 1 (info)", 0},
	{IRKG_LOG_WARN, "w.ttl", 7, 0, 2, "message 2 (warn)", 0},
	{IRKG_LOG_ERROR, "e.rq", 12, 5, 3, "message 3 (error)", 1},
	{IRKG_LOG_ERROR, NULL, 0, 0, -4, "message -4 (error)", 1},
};

static void test_log_passes_fields_through(void **state)
{
	struct testutil_log r = {0};
	irkg_ctx *ctx;
	size_t i, n = sizeof(log_cases) / sizeof(log_cases[0]);
	int errors = 0;

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &r), IRKG_OK);
	for (i = 0; i < n; i++) {
		const char *names[] = {"info", "warn", "error"};

		irkg_ctx_log(ctx, log_cases[i].level, log_cases[i].file,
			     log_cases[i].line, log_cases[i].column,
			     "message %d (%s)", log_cases[i].number,
			     names[log_cases[i].level]);
		errors += log_cases[i].counts_as_error;
		assert_int_equal(r.n, i + 1);
		assert_int_equal(r.entries[i].level, log_cases[i].level);
		if (log_cases[i].file)
			assert_string_equal(r.entries[i].file,
					    log_cases[i].file);
		else
			assert_null(r.entries[i].file);
		assert_int_equal(r.entries[i].line, log_cases[i].line);
		assert_int_equal(r.entries[i].column, log_cases[i].column);
		assert_string_equal(r.entries[i].message,
				    log_cases[i].expected);
		assert_int_equal(irkg_ctx_error_count(ctx), errors);
	}
	irkg_ctx_free(ctx);
	testutil_log_clear(&r);
}

static void user_data_check(void *user_data, enum irkg_log_level level,
			    const char *file, int line, int column,
			    const char *message)
{
	int *seen = user_data;

	(void)level;
	(void)file;
	(void)line;
	(void)column;
	(void)message;
	(*seen)++;
}

static void test_log_user_data_is_passed(void **state)
{
	irkg_ctx *ctx;
	int seen = 0;

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, user_data_check, &seen), IRKG_OK);
	irkg_ctx_log(ctx, IRKG_LOG_INFO, NULL, 0, 0, "one");
	irkg_ctx_log(ctx, IRKG_LOG_WARN, NULL, 0, 0, "two");
	assert_int_equal(seen, 2);
	irkg_ctx_free(ctx);
}

static void test_log_long_message_is_cut_not_overflowed(void **state)
{
	struct testutil_log r = {0};
	irkg_ctx *ctx;
	char *big = malloc(5001);

	(void)state;
	assert_non_null(big);
	memset(big, 'x', 5000);
	big[5000] = '\0';
	assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &r), IRKG_OK);
	irkg_ctx_log(ctx, IRKG_LOG_WARN, NULL, 0, 0, "<%s>", big);
	assert_int_equal(r.n, 1);
	assert_true(strlen(r.entries[0].message) > 100);
	assert_true(strlen(r.entries[0].message) < 5002);
	assert_memory_equal(r.entries[0].message, "<xxxx", 5);
	irkg_ctx_free(ctx);
	testutil_log_clear(&r);
	free(big);
}

static void test_set_input_resets_error_count(void **state)
{
	struct testutil_log r = {0};
	irkg_ctx *ctx;

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &r), IRKG_OK);
	assert_int_equal(irkg_ctx_error_count(ctx), 0);
	irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0, "a");
	irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0, "b");
	irkg_ctx_log(ctx, IRKG_LOG_WARN, NULL, 0, 0, "c");
	irkg_ctx_log(ctx, IRKG_LOG_INFO, NULL, 0, 0, "d");
	assert_int_equal(irkg_ctx_error_count(ctx), 2);
	irkg_ctx_set_input(ctx, "next", 0);
	assert_int_equal(irkg_ctx_error_count(ctx), 0);
	irkg_ctx_set_input(ctx, NULL, 0);
	assert_int_equal(irkg_ctx_error_count(ctx), 0);
	irkg_ctx_free(ctx);
	testutil_log_clear(&r);
}

/* A raptor error carries the input named by irkg_ctx_set_input and the
 * line in the user's text: Redland's line minus the offset, at least 1. */
static const struct {
	int line_offset;
	int expected_line;
} offset_cases[] = {
	{0, 3},
	{2, 1},
	{1, 2},
	{7, 1}, /* error inside irkg's own lines: clamped to 1 */
};

static void test_redland_error_has_input_and_line(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(offset_cases) / sizeof(offset_cases[0]); i++) {
		struct testutil_log r = {0};
		const struct testutil_log_entry *e;
		irkg_ctx *ctx;

		assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &r),
				 IRKG_OK);
		irkg_ctx_set_input(ctx, "doc.ttl", offset_cases[i].line_offset);
		parse_string(ctx, "turtle", bad_turtle);
		e = testutil_log_error(&r);
		assert_non_null(e);
		assert_non_null(e->file);
		assert_string_equal(e->file, "doc.ttl");
		assert_int_equal(e->line, offset_cases[i].expected_line);
		assert_true(e->column >= 0);
		assert_true(strlen(e->message) > 0);
		assert_true(irkg_ctx_error_count(ctx) >= 1);
		irkg_ctx_free(ctx);
		testutil_log_clear(&r);
	}
}

static void test_redland_warning_is_warn_level(void **state)
{
	static const char rdfxml[] =
		"<?xml version=\"1.0\"?>\n"
		"<rdf:RDF "
		"xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
		" xmlns:ex=\"urn:ex#\">\n"
		"<rdf:Description rdf:about=\"urn:s\" rdf:foo=\"x\">"
		"<ex:p>v</ex:p></rdf:Description>\n"
		"</rdf:RDF>\n";
	struct testutil_log r = {0};
	const struct testutil_log_entry *e;
	irkg_ctx *ctx;

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &r), IRKG_OK);
	irkg_ctx_set_input(ctx, "w.rdf", 0);
	assert_true(parse_string(ctx, "rdfxml", rdfxml) >= 1);
	e = testutil_log_find(&r, IRKG_LOG_WARN, NULL);
	assert_non_null(e);
	assert_string_equal(e->file, "w.rdf");
	assert_int_equal(e->line, 3);
	assert_null(testutil_log_error(&r));
	/* warnings are not errors */
	assert_int_equal(irkg_ctx_error_count(ctx), 0);
	irkg_ctx_free(ctx);
	testutil_log_clear(&r);
}

/* The brief's end-to-end case: a parse error during irkg_load_files
 * reaches the handler with the file name and the line. */
static void test_load_parse_error_names_file_and_line(void **state)
{
	static const char text[] = "@prefix : <urn:x:> .\n"
				   ":a :p :b .\n"
				   "\n"
				   ":a :p :c ;\n"
				   "   :q \"unterminated .\n";
	struct testutil_log r = {0};
	struct irkg_load_options options = {0};
	struct irkg_load_result result;
	const struct testutil_log_entry *e;
	irkg_store *store;
	irkg_ctx *ctx;
	char *dir = testutil_tmpdir_new("ctx");
	char *path = testutil_write_file_in(dir, "broken.ttl", text);
	const char *paths[] = {path};

	(void)state;
	assert_int_equal(irkg_ctx_new(&ctx, testutil_log_record, &r), IRKG_OK);
	assert_int_equal(
		irkg_store_open(&store, ctx, "memory", IRKG_STORE_WRITE, 0),
		IRKG_OK);
	assert_int_equal(irkg_load_files(store, paths, 1, &options, &result),
			 IRKG_EPARSE);
	e = testutil_log_error(&r);
	assert_non_null(e);
	assert_non_null(e->file);
	assert_string_equal(e->file, path);
	assert_int_equal(e->line, 5); /* where the string opens */
	irkg_store_free(store);
	irkg_ctx_free(ctx);
	testutil_log_clear(&r);
	free(path);
	testutil_rmtree(dir);
	free(dir);
}

static void test_strerror_covers_every_code(void **state)
{
	static const int codes[] = {
		IRKG_OK,	IRKG_ENOMEM,  IRKG_EIO,	     IRKG_EPARSE,
		IRKG_ENOTFOUND, IRKG_ELOCKED, IRKG_EINVAL,   IRKG_EUNSUPPORTED,
		IRKG_ENOTSTORE, IRKG_ESTORE,  IRKG_ENOTTEXT,
	};
	size_t i, j, n = sizeof(codes) / sizeof(codes[0]);
	const char *unknown = irkg_strerror(12345);

	(void)state;
	assert_non_null(unknown);
	assert_non_null(irkg_strerror(-100));
	assert_string_equal(irkg_strerror(-100), unknown);
	for (i = 0; i < n; i++) {
		const char *s = irkg_strerror(codes[i]);

		assert_non_null(s);
		assert_true(strlen(s) > 0);
		assert_string_not_equal(s, unknown);
		for (j = 0; j < i; j++)
			assert_string_not_equal(s, irkg_strerror(codes[j]));
	}
	assert_string_equal(irkg_strerror(IRKG_ELOCKED),
			    "store is locked by another process");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_without_log_handler),
		cmocka_unit_test(test_each_ctx_has_its_own_world),
		cmocka_unit_test(test_log_passes_fields_through),
		cmocka_unit_test(test_log_user_data_is_passed),
		cmocka_unit_test(test_log_long_message_is_cut_not_overflowed),
		cmocka_unit_test(test_set_input_resets_error_count),
		cmocka_unit_test(test_redland_error_has_input_and_line),
		cmocka_unit_test(test_redland_warning_is_warn_level),
		cmocka_unit_test(test_load_parse_error_names_file_and_line),
		cmocka_unit_test(test_strerror_covers_every_code),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
