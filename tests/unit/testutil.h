/* What irkg's cmocka unit tests share; most helpers fail the test on error. */
#ifndef IRKG_TESTUTIL_H
#define IRKG_TESTUTIL_H

#include <stddef.h>

#include "../../graph/ctx.h"
#include "../../graph/store.h"

/* The number of elements of the array `a`. */
#define TESTUTIL_N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- recording log handler ---- */

/* One message given to testutil_log_record (file and message are copies). */
struct testutil_log_entry {
	enum irkg_log_level level;
	char *file;
	int line, column;
	char *message;
};

/* The messages recorded so far, oldest first; starts out as { 0 }. */
struct testutil_log {
	struct testutil_log_entry *entries;
	size_t n, cap;
};

/* Log handler for irkg_ctx_new: appends to the testutil_log `user_data`. */
void testutil_log_record(void *user_data, enum irkg_log_level level,
			 const char *file, int line, int column,
			 const char *message);

/* Frees every recorded message and leaves `log` empty and reusable. */
void testutil_log_clear(struct testutil_log *log);

/* The first message of `level` containing `part` (NULL: any), or NULL. */
const struct testutil_log_entry *
testutil_log_find(const struct testutil_log *log, enum irkg_log_level level,
		  const char *part);

/* The first IRKG_LOG_ERROR message, or NULL. */
const struct testutil_log_entry *
testutil_log_error(const struct testutil_log *log);

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

/* ---- RDF ---- */

/* Adds N-Triples to a graph; the number added or -1, never fails the test. */
int testutil_add_ntriples(irkg_store *store, const char *graph_iri,
			  const char *text);

/* The store (or one graph) as N-Quads, lines sorted (free it). */
char *testutil_dump_graph(irkg_store *store, const char *graph_iri);

#endif
