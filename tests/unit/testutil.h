/* What irkg's cmocka unit tests of graph/ share: a recording log handler
 * and RDF helpers, beside testutil_core.h. Most helpers fail the test on
 * error. */
#ifndef IRKG_TESTUTIL_H
#define IRKG_TESTUTIL_H

#include <stddef.h>

#include "../../graph/ctx.h"
#include "../../graph/store.h"
#include "testutil_core.h"

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

/* ---- RDF ---- */

/* Adds N-Triples to a graph; the number added or -1, never fails the test. */
int testutil_add_ntriples(irkg_store *store, const char *graph_iri,
			  const char *text);

/* The store (or one graph) as N-Quads, lines sorted (free it). */
char *testutil_dump_graph(irkg_store *store, const char *graph_iri);

/* cmocka group setup and teardown for tests that need only Redland:
 * *state is an open librdf world of the group's own. */
int testutil_world_setup(void **state);
int testutil_world_teardown(void **state);

#endif
