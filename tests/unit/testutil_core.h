/* What every irkg cmocka unit test shares, needing nothing of irkg: the
 * unit tests of extract/ link with it and common/ and extract/ objects
 * only. Most helpers fail the test on error. */
#ifndef IRKG_TESTUTIL_CORE_H
#define IRKG_TESTUTIL_CORE_H

#include <stddef.h>

/* The number of elements of the array `a`. */
#define TESTUTIL_N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- files and directories ---- */

/* A new empty $TMPDIR/irkg-test-TAG-XXXXXX, as a real absolute path (free). */
char *testutil_tmpdir_new(const char *tag);

/* Removes `path` and everything below it, not following links. */
void testutil_rmtree(const char *path);

/* "DIR/NAME", newly allocated (free it). */
char *testutil_path(const char *dir, const char *name);

/* Writes `text` to the file `path`, replacing what was there. */
void testutil_write_file(const char *path, const char *text);

/* Writes `text` to DIR/NAME and returns that path (free it). */
char *testutil_write_file_in(const char *dir, const char *name,
			     const char *text);

/* "$IRKG_ONTOLOGY/RELATIVE", or "ontology/RELATIVE" when the variable is
 * unset (tests run from the top of the tree), newly allocated (free it). */
char *testutil_ontology_path(const char *relative);

/* The whole file `path` as a string (free it); NULL if it cannot be opened. */
char *testutil_read_file(const char *path);

/* ---- text ---- */

/* The number of '\n' in `text`. */
long testutil_count_lines(const char *text);

/* The lines of `text` (cut up on the way) sorted, as a new string (free). */
char *testutil_sort_lines(char *text);

/* One case of a name lookup: the name, and what it gives (NULL: nothing). */
struct testutil_lookup {
	const char *name;
	const char *want;
};

/* Asserts that lookup(name) is want (NULL, or an equal string) in each case. */
void testutil_check_lookups(const char *(*lookup)(const char *),
			    const struct testutil_lookup *cases, size_t n);

#endif
