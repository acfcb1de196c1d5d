/* What every irkg cmocka unit test shares: see testutil_core.h. */
#define _GNU_SOURCE
#include <ftw.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "testutil_core.h"

/* ---- sanitizer defaults, for every test binary ---- */

/* Leaks inside raptor/rasqal/librdf that no caller can free (Debian 12:
 * raptor 2.0.15, rasqal 0.9.33, Redland 1.0.17; tests/lsan.supp lists them
 * and says why they are named by library), here too so that a test binary
 * passes when run on its own. */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	/* the same as tests/lsan.supp, which says why */
	return "leak:libraptor2.so\n"
	       "leak:librasqal.so\n"
	       "leak:librdf.so\n";
}

/* ---- files and directories ---- */

char *testutil_tmpdir_new(const char *tag)
{
	const char *base = getenv("TMPDIR");
	char templ[PATH_MAX], *real;

	if (!base || !*base)
		base = "/tmp";
	snprintf(templ, sizeof(templ), "%s/irkg-test-%s-XXXXXX", base, tag);
	assert_non_null(mkdtemp(templ));
	real = realpath(templ, NULL);
	assert_non_null(real);
	return real;
}

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

void testutil_rmtree(const char *path)
{
	assert_int_equal(nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS), 0);
}

char *testutil_path(const char *dir, const char *name)
{
	char *path = NULL;

	assert_true(asprintf(&path, "%s/%s", dir, name) > 0);
	return path;
}

void testutil_write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	assert_true(fputs(text, f) >= 0);
	assert_int_equal(fclose(f), 0);
}

char *testutil_write_file_in(const char *dir, const char *name,
			     const char *text)
{
	char *path = testutil_path(dir, name);

	testutil_write_file(path, text);
	return path;
}

char *testutil_ontology_path(const char *relative)
{
	const char *dir = getenv("IRKG_ONTOLOGY");

	return testutil_path(dir && *dir ? dir : "ontology", relative);
}

char *testutil_read_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t size = 0;
	FILE *mem;
	int c;

	if (!f)
		return NULL;
	mem = open_memstream(&text, &size);
	assert_non_null(mem);
	while ((c = fgetc(f)) != EOF)
		fputc(c, mem);
	fclose(f);
	assert_int_equal(fclose(mem), 0);
	return text;
}

/* ---- text ---- */

long testutil_count_lines(const char *text)
{
	long n = 0;

	for (; *text; text++)
		if (*text == '\n')
			n++;
	return n;
}

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char *testutil_sort_lines(char *text)
{
	char **lines, *p, *sorted = NULL;
	size_t n = (size_t)testutil_count_lines(text), i, size = 0;
	FILE *out;

	lines = calloc(n + 1, sizeof(char *));
	assert_non_null(lines);
	char *save = NULL;
	for (i = 0, p = strtok_r(text, "\n", &save); p;
	     p = strtok_r(NULL, "\n", &save))
		lines[i++] = p;
	n = i;
	qsort(lines, n, sizeof(char *), compare_lines);
	out = open_memstream(&sorted, &size);
	assert_non_null(out);
	for (i = 0; i < n; i++)
		fprintf(out, "%s\n", lines[i]);
	assert_int_equal(fclose(out), 0);
	free(lines);
	return sorted;
}

void testutil_check_lookups(const char *(*lookup)(const char *),
			    const struct testutil_lookup *cases, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *got = lookup(cases[i].name);

		if (cases[i].want) {
			assert_non_null(got);
			assert_string_equal(got, cases[i].want);
		} else {
			assert_null(got);
		}
	}
}
