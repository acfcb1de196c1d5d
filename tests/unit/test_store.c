/* Unit tests for graph/store: opening, locking, transactions, recovery. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../graph/ctx.h"
#include "../../graph/store.h"
#include "testutil.h"

/* ---- files and directories ---- */

static int exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- a directory store's Berkeley DB files and their backup ---- */

static int is_db_name(const struct dirent *e)
{
	size_t n = strlen(e->d_name);

	return n > 3 && e->d_name[0] != '.' &&
	       strcmp(e->d_name + n - 3, ".db") == 0;
}

static int is_any_name(const struct dirent *e)
{
	return strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
}

/* The names in `dir` (only "*.db" ones if `only_db`), sorted, one a line. */
static char *names_in(const char *dir, int only_db)
{
	struct dirent **list;
	char *text = NULL;
	size_t size = 0;
	FILE *mem;
	int n, i;

	n = scandir(dir, &list, only_db ? is_db_name : is_any_name, alphasort);
	assert_true(n >= 0);
	mem = open_memstream(&text, &size);
	assert_non_null(mem);
	for (i = 0; i < n; i++) {
		fprintf(mem, "%s\n", list[i]->d_name);
		free(list[i]);
	}
	free(list);
	assert_int_equal(fclose(mem), 0);
	return text;
}

/* The "*.db" files of `dir`, names and bytes, as one blob: two equal
 * blobs mean the same files with the same bytes. */
struct blob {
	char *data;
	size_t size;
};

static struct blob db_files(const char *dir)
{
	char *names = names_in(dir, 1), *name, *save = NULL;
	struct blob b = {NULL, 0};
	FILE *mem = open_memstream(&b.data, &b.size);

	assert_non_null(mem);
	for (name = strtok_r(names, "\n", &save); name;
	     name = strtok_r(NULL, "\n", &save)) {
		char *path = testutil_path(dir, name);
		FILE *f = fopen(path, "rb");
		char buf[65536];
		size_t n;
		struct stat st;

		assert_non_null(f);
		assert_int_equal(fstat(fileno(f), &st), 0);
		fprintf(mem, "%s %lld\n", name, (long long)st.st_size);
		while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
			assert_int_equal(fwrite(buf, 1, n, mem), n);
		assert_false(ferror(f));
		fclose(f);
		free(path);
	}
	assert_int_equal(fclose(mem), 0);
	free(names);
	return b;
}

static int blob_equal(const struct blob *a, const struct blob *b)
{
	return a->size == b->size && memcmp(a->data, b->data, a->size) == 0;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A directory store in a transaction: DIR/backup is complete (no
 * backup.new left) and holds exactly one file for each of the store's
 * "*.db" files, by the same name. If `was` is given, the copies have the
 * bytes the store's files had then. A directory store never has a logical
 * journal. */
static void assert_backup_taken(const char *spec, const struct blob *was)
{
	char *backup = testutil_path(spec, "backup");
	char *staging = testutil_path(spec, "backup.new");
	char *journal = testutil_path(spec, "journal");
	char *db = names_in(spec, 1), *copied;

	assert_true(is_dir(backup));
	assert_false(exists(staging));
	assert_false(exists(journal));
	copied = names_in(backup, 0);
	assert_true(testutil_count_lines(db) >= 1);
	assert_string_equal(copied, db);
	if (was) {
		struct blob now_b = db_files(backup);

		assert_true(blob_equal(&now_b, was));
		free(now_b.data);
	}
	free(copied);
	free(db);
	free(journal);
	free(staging);
	free(backup);
}

/* A directory store outside a transaction: no backup, complete or not,
 * and no journal. */
static void assert_no_backup(const char *spec)
{
	char *backup = testutil_path(spec, "backup");
	char *staging = testutil_path(spec, "backup.new");
	char *journal = testutil_path(spec, "journal");

	assert_false(exists(backup));
	assert_false(exists(staging));
	assert_false(exists(journal));
	free(journal);
	free(staging);
	free(backup);
}

/* ---- fixture ---- */

struct fx {
	char *dir;
	irkg_ctx *ctx;
	struct testutil_log log;
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	fx->dir = testutil_tmpdir_new("store");
	assert_int_equal(irkg_ctx_new(&fx->ctx, testutil_log_record, &fx->log),
			 IRKG_OK);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	irkg_ctx_free(fx->ctx);
	testutil_log_clear(&fx->log);
	testutil_rmtree(fx->dir);
	free(fx->dir);
	free(fx);
	return 0;
}

/* The three backends a transaction test runs against. */
enum backend { B_DIR, B_MEMORY, B_SQLITE };

static const struct {
	enum backend kind;
	const char *name;
} backends[] = {
	{B_DIR, "dir"},
	{B_MEMORY, "memory"},
	{B_SQLITE, "sqlite"},
};

#define N_BACKENDS (sizeof(backends) / sizeof(backends[0]))

/* The spec for backend `kind` under the fixture's directory, and the path
 * of its undo record: DIR/backup, the copy of a directory store's Berkeley
 * DB files; FILE.journal, an sqlite store's logical journal; NULL for
 * memory, whose journal is an anonymous file. */
static char *backend_spec(struct fx *fx, enum backend kind, char **undo)
{
	char *spec = NULL;

	switch (kind) {
	case B_DIR:
		spec = testutil_path(fx->dir, "store");
		if (undo)
			*undo = testutil_path(spec, "backup");
		break;
	case B_MEMORY:
		spec = strdup("memory");
		if (undo)
			*undo = NULL;
		break;
	case B_SQLITE:
		assert_true(asprintf(&spec, "sqlite:%s/s.db", fx->dir) > 0);
		if (undo)
			assert_true(asprintf(undo, "%s/s.db.journal", fx->dir) >
				    0);
		break;
	}
	assert_non_null(spec);
	return spec;
}

/* The store at `spec` as irkg_store_open opens it, except that a bare
 * directory is opened as "hashes:DIR": these tests are about the Berkeley
 * DB store's snapshot, journal and locks, and a new bare directory would
 * be an LMDB store (test_lmdb_storage.c and the tests at the end). */
static int open_store(irkg_store **out, irkg_ctx *ctx, const char *spec,
		      enum irkg_store_mode mode, int wait)
{
	char *hashes = NULL;
	int rc;

	if (spec[0] != '/')
		return irkg_store_open(out, ctx, spec, mode, wait);
	assert_true(asprintf(&hashes, "hashes:%s", spec) > 0);
	rc = irkg_store_open(out, ctx, hashes, mode, wait);
	free(hashes);
	return rc;
}

static const char graph_a[] = "urn:test:graph-a";
static const char graph_b[] = "urn:test:graph-b";
static const char graph_new[] = "urn:test:graph-new";

/* Literals of every kind, IRIs, and characters N-Quads must escape; no
 * blank nodes, so a dump compares byte for byte. */
static const char data_a[] =
	"<urn:test:s1> <urn:test:p> <urn:test:o1> .\n"
	"<urn:test:s1> <urn:test:name> \"plain\" .\n"
	"<urn:test:s1> <urn:test:name> \"Japon\"@fr .\n"
	"<urn:test:s2> <urn:test:count> "
	"\"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
	"<urn:test:s2> <urn:test:note> \"a \\\"quoted\\\"\\nline \\u00E9\" .\n";
#define DATA_A_TRIPLES 5

static const char data_b[] = "<urn:test:x> <urn:test:p> <urn:test:y> .\n"
			     "<urn:test:x> <urn:test:q> \"b\" .\n";
#define DATA_B_TRIPLES 2

static const char data_new[] = "<urn:test:n1> <urn:test:p> \"new 1\" .\n"
			       "<urn:test:n2> <urn:test:p> \"new 2\" .\n"
			       "<urn:test:n3> <urn:test:p> \"new 3\" .\n";
#define DATA_NEW_TRIPLES 3

/* Put data_a in graph A and data_b in graph B, committed. */
static void seed(irkg_store *store)
{
	const char *graphs[] = {graph_a, graph_b};

	assert_int_equal(irkg_store_begin(store, graphs, 2), IRKG_OK);
	assert_int_equal(testutil_add_ntriples(store, graph_a, data_a),
			 DATA_A_TRIPLES);
	assert_int_equal(testutil_add_ntriples(store, graph_b, data_b),
			 DATA_B_TRIPLES);
	assert_int_equal(irkg_store_commit(store), IRKG_OK);
	assert_int_equal(irkg_store_graph_size(store, graph_a), DATA_A_TRIPLES);
	assert_int_equal(irkg_store_graph_size(store, graph_b), DATA_B_TRIPLES);
}

/* ---- opening ---- */

/* What *out holds before a call that must reset it to NULL on failure. */
#define UNSET ((irkg_store *)0x1)

static void test_open_missing_dir_read_is_enotfound(void **state)
{
	struct fx *fx = *state;
	char *spec = testutil_path(fx->dir, "absent");
	irkg_store *store = UNSET;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			 IRKG_ENOTFOUND);
	assert_null(store);
	assert_false(exists(spec)); /* a reader never creates */
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_ERROR, spec));
	free(spec);
}

static void test_open_missing_sqlite_read_is_enotfound(void **state)
{
	struct fx *fx = *state;
	char *file = testutil_path(fx->dir, "absent.db"), *spec = NULL;
	irkg_store *store = UNSET;

	assert_true(asprintf(&spec, "sqlite:%s", file) > 0);
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			 IRKG_ENOTFOUND);
	assert_null(store);
	assert_false(exists(file));
	assert_non_null(testutil_log_error(&fx->log));
	free(spec);
	free(file);
}

/* A directory with other files, and a plain file: neither is a store, in
 * either mode, and nothing is written into them. */
static void test_open_not_a_store_is_enotstore(void **state)
{
	static const enum irkg_store_mode modes[] = {IRKG_STORE_READ,
						     IRKG_STORE_WRITE};
	struct fx *fx = *state;
	char *dir = testutil_path(fx->dir, "notes");
	char *inside = testutil_path(dir, "todo.txt");
	char *lock = testutil_path(dir, "lock");
	char *file = testutil_path(fx->dir, "plain.txt");
	size_t i;

	assert_int_equal(mkdir(dir, 0755), 0);
	testutil_write_file(inside, "not rdf\n");
	testutil_write_file(file, "not a directory\n");
	for (i = 0; i < 2; i++) {
		irkg_store *store = UNSET;
		size_t logged = fx->log.n;

		assert_int_equal(open_store(&store, fx->ctx, dir, modes[i], 0),
				 IRKG_ENOTSTORE);
		assert_null(store);
		assert_true(fx->log.n > logged);
		assert_non_null(
			testutil_log_find(&fx->log, IRKG_LOG_ERROR, dir));
		store = UNSET;
		assert_int_equal(open_store(&store, fx->ctx, file, modes[i], 0),
				 IRKG_ENOTSTORE);
		assert_null(store);
	}
	assert_false(exists(lock));
	{
		char *text = testutil_read_file(inside);

		assert_string_equal(text, "not rdf\n");
		free(text);
	}
	free(dir);
	free(inside);
	free(lock);
	free(file);
}

static void test_open_write_creates_store(void **state)
{
	struct fx *fx = *state;
	char *spec = testutil_path(fx->dir, "new-store");
	char *marker = testutil_path(spec, "irkg-store");
	irkg_store *store = NULL;
	char *text;
	struct stat st;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	assert_non_null(store);
	assert_int_equal(stat(spec, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	text = testutil_read_file(marker);
	assert_non_null(text);
	assert_string_equal(text, "irkg store format 1\n");
	free(text);
	assert_non_null(irkg_store_model(store));
	assert_ptr_equal(irkg_store_ctx(store), fx->ctx);
	assert_true(strncmp(irkg_store_name(store), "hashes:", 7) == 0);
	assert_string_equal(irkg_store_name(store) + 7, spec);
	assert_int_equal(irkg_store_graph_size(store, graph_a), 0);
	irkg_store_free(store);
	/* now it is a store, also for readers */
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			 IRKG_OK);
	assert_non_null(store);
	irkg_store_free(store);
	free(marker);
	free(spec);
}

/* An existing empty directory becomes a store for a writer, but a reader
 * does not take it for one. */
static void test_open_empty_dir(void **state)
{
	struct fx *fx = *state;
	char *spec = testutil_path(fx->dir, "empty");
	char *marker = testutil_path(spec, "irkg-store");
	irkg_store *store = UNSET;

	assert_int_equal(mkdir(spec, 0755), 0);
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			 IRKG_ENOTSTORE);
	assert_null(store);
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	assert_non_null(store);
	assert_true(exists(marker));
	irkg_store_free(store);
	free(marker);
	free(spec);
}

static void test_open_write_missing_parent_is_eio(void **state)
{
	struct fx *fx = *state;
	char *spec = testutil_path(fx->dir, "no/such/parent");
	irkg_store *store = UNSET;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_EIO);
	assert_null(store);
	assert_non_null(testutil_log_error(&fx->log));
	free(spec);
}

static void test_store_free_accepts_null(void **state)
{
	struct fx *fx = *state;

	irkg_store_free(NULL);
	assert_int_equal(fx->log.n, 0);
}

/* Each "memory" open is a fresh, empty store, in either mode. */
static void test_open_memory(void **state)
{
	struct fx *fx = *state;
	irkg_store *a, *b, *r;

	assert_int_equal(open_store(&a, fx->ctx, "memory", IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	assert_int_equal(open_store(&b, fx->ctx, "memory", IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	assert_int_equal(open_store(&r, fx->ctx, "memory", IRKG_STORE_READ, 0),
			 IRKG_OK);
	assert_string_equal(irkg_store_name(a), "memory");
	seed(a);
	assert_int_equal(irkg_store_graph_size(b, graph_a), 0);
	assert_int_equal(irkg_store_graph_size(r, graph_a), 0);
	/* a memory store opened for reading takes no writes */
	assert_int_equal(irkg_store_begin(r, NULL, 0), IRKG_EINVAL);
	irkg_store_free(a);
	irkg_store_free(b);
	irkg_store_free(r);
}

static void test_open_sqlite_creates_and_persists(void **state)
{
	struct fx *fx = *state;
	char *file = testutil_path(fx->dir, "data.db"), *spec = NULL, *before;
	irkg_store *store;

	assert_true(asprintf(&spec, "sqlite:%s", file) > 0);
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	assert_true(exists(file));
	assert_string_equal(irkg_store_name(store), spec);
	seed(store);
	before = testutil_dump_graph(store, NULL);
	assert_int_equal(testutil_count_lines(before),
			 DATA_A_TRIPLES + DATA_B_TRIPLES);
	irkg_store_free(store);
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			 IRKG_OK);
	{
		char *after = testutil_dump_graph(store, NULL);

		assert_string_equal(after, before);
		free(after);
	}
	irkg_store_free(store);
	free(before);
	free(spec);
	free(file);
}

static void test_open_sqlite_garbage_is_enotstore(void **state)
{
	static const enum irkg_store_mode modes[] = {IRKG_STORE_READ,
						     IRKG_STORE_WRITE};
	struct fx *fx = *state;
	char *file = testutil_path(fx->dir, "junk.db"), *spec = NULL;
	size_t i;

	testutil_write_file(file,
			    "this is not an SQLite database, not even close\n");
	assert_true(asprintf(&spec, "sqlite:%s", file) > 0);
	for (i = 0; i < 2; i++) {
		irkg_store *store = UNSET;

		assert_int_equal(open_store(&store, fx->ctx, spec, modes[i], 0),
				 IRKG_ENOTSTORE);
		assert_null(store);
	}
	assert_non_null(
		testutil_log_find(&fx->log, IRKG_LOG_ERROR, "not an irkg"));
	{
		char *text = testutil_read_file(file);

		assert_string_equal(
			text,
			"this is not an SQLite database, not even close\n");
		free(text);
	}
	free(spec);
	free(file);
}

static void test_dir_store_persists_across_opens(void **state)
{
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_DIR, NULL), *before, *after;
	irkg_store *store;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	seed(store);
	before = testutil_dump_graph(store, NULL);
	irkg_store_free(store);
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			 IRKG_OK);
	after = testutil_dump_graph(store, NULL);
	assert_string_equal(after, before);
	assert_int_equal(testutil_count_lines(after),
			 DATA_A_TRIPLES + DATA_B_TRIPLES);
	irkg_store_free(store);
	free(before);
	free(after);
	free(spec);
}

/* ---- the lock ---- */

/* flock locks belong to an open file description, so a second open in the
 * same process contends with the first like another process would. */
static const struct {
	enum irkg_store_mode held, wanted;
	int expected;
} lock_cases[] = {
	{IRKG_STORE_WRITE, IRKG_STORE_READ, IRKG_ELOCKED},
	{IRKG_STORE_WRITE, IRKG_STORE_WRITE, IRKG_ELOCKED},
	{IRKG_STORE_READ, IRKG_STORE_WRITE, IRKG_ELOCKED},
	{IRKG_STORE_READ, IRKG_STORE_READ, IRKG_OK},
};

static void check_lock_cases(struct fx *fx, const char *spec)
{
	size_t i;

	/* create it first, so that a reader can be the holder */
	{
		irkg_store *store;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		irkg_store_free(store);
	}
	for (i = 0; i < sizeof(lock_cases) / sizeof(lock_cases[0]); i++) {
		irkg_store *held, *second = UNSET;
		double t0;
		int rc;

		assert_int_equal(
			open_store(&held, fx->ctx, spec, lock_cases[i].held, 0),
			IRKG_OK);
		t0 = now();
		rc = open_store(&second, fx->ctx, spec, lock_cases[i].wanted,
				0);
		assert_int_equal(rc, lock_cases[i].expected);
		assert_true(now() - t0 < 1.0); /* no waiting with 0 */
		if (rc) {
			assert_null(second);
			assert_non_null(
				testutil_log_find(&fx->log, IRKG_LOG_ERROR,
						  "another irkg process"));
		} else {
			assert_non_null(second);
			irkg_store_free(second);
		}
		irkg_store_free(held);
		/* released: the wanted mode now gets in */
		assert_int_equal(open_store(&second, fx->ctx, spec,
					    lock_cases[i].wanted, 0),
				 IRKG_OK);
		irkg_store_free(second);
	}
}

static void test_lock_conflicts_dir(void **state)
{
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_DIR, NULL);

	check_lock_cases(fx, spec);
	free(spec);
}

static void test_lock_conflicts_sqlite(void **state)
{
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_SQLITE, NULL);

	check_lock_cases(fx, spec);
	free(spec);
}

/* Another process holds the store for writing; a reader in a child
 * process is refused at once. The child makes a context of its own: that
 * works for the built-in hashes storage, but note that while the parent's
 * world lives, a second world cannot open "sqlite:" stores (Redland loads
 * storage modules once per process, for the first world only) and
 * irkg_store_open then reports IRKG_ENOTSTORE. */
static void test_lock_reader_in_child_refused(void **state)
{
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_DIR, NULL);
	irkg_store *writer;
	pid_t pid;
	int status;

	assert_int_equal(
		open_store(&writer, fx->ctx, spec, IRKG_STORE_WRITE, 0),
		IRKG_OK);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		irkg_ctx *ctx;
		irkg_store *reader = UNSET;
		int rc, code;

		if (irkg_ctx_new(&ctx, NULL, NULL))
			_exit(10);
		rc = open_store(&reader, ctx, spec, IRKG_STORE_READ, 0);
		code = rc == IRKG_ELOCKED && reader == NULL ? 0 : 1;
		if (!rc)
			irkg_store_free(reader);
		rc = open_store(&reader, ctx, spec, IRKG_STORE_WRITE, 0);
		if (rc != IRKG_ELOCKED)
			code |= 2;
		irkg_ctx_free(ctx);
		_exit(code);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	irkg_store_free(writer);
	free(spec);
}

/* A child takes the store's lock file, tells us, and waits on a pipe. */
static pid_t hold_lock_in_child(const char *lock_path, int *release_fd)
{
	int ready[2], release[2];
	pid_t pid;
	char c;

	assert_int_equal(pipe(ready), 0);
	assert_int_equal(pipe(release), 0);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(lock_path, O_RDWR | O_CREAT, 0644);

		close(ready[0]);
		close(release[1]);
		if (fd < 0 || flock(fd, LOCK_EX) != 0)
			_exit(1);
		if (write(ready[1], "x", 1) != 1)
			_exit(2);
		(void)!read(release[0], &c, 1); /* until the parent closes */
		_exit(0);
	}
	close(ready[1]);
	close(release[0]);
	assert_int_equal(read(ready[0], &c, 1), 1);
	close(ready[0]);
	*release_fd = release[1];
	return pid;
}

static void test_lock_writer_waits_then_gives_up(void **state)
{
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_DIR, NULL);
	char *lock = testutil_path(spec, "lock");
	irkg_store *store = UNSET;
	int release, status;
	double t0, waited;
	pid_t pid;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	irkg_store_free(store);
	pid = hold_lock_in_child(lock, &release);
	t0 = now();
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 1),
			 IRKG_ELOCKED);
	waited = now() - t0;
	assert_null(store);
	assert_true(waited >= 0.8);
	assert_true(waited < 5.0);
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_INFO, "waiting"));
	assert_non_null(
		testutil_log_find(&fx->log, IRKG_LOG_ERROR, "--lock-wait"));
	close(release);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	free(lock);
	free(spec);
}

static void test_lock_writer_gets_in_when_released(void **state)
{
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_DIR, NULL);
	char *lock = testutil_path(spec, "lock");
	irkg_store *store = NULL;
	int release, status;
	pid_t pid, releaser;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	irkg_store_free(store);
	pid = hold_lock_in_child(lock, &release);
	/* a second child lets go of the lock after 300 ms */
	fflush(NULL);
	releaser = fork();
	assert_true(releaser >= 0);
	if (releaser == 0) {
		struct timespec t = {0, 300 * 1000 * 1000};

		nanosleep(&t, NULL);
		close(release);
		_exit(0);
	}
	close(release);
	assert_int_equal(
		open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 10),
		IRKG_OK);
	assert_non_null(store);
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_INFO, "waiting"));
	irkg_store_free(store);
	assert_int_equal(waitpid(releaser, &status, 0), releaser);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	free(lock);
	free(spec);
}

/* ---- transactions: argument checks ---- */

static void test_transaction_misuse_is_einval(void **state)
{
	struct fx *fx = *state;
	size_t b;

	for (b = 0; b < N_BACKENDS; b++) {
		char *undo, *spec = backend_spec(fx, backends[b].kind, &undo);
		const char *graphs[] = {graph_a};
		irkg_store *store;
		char *before;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		before = testutil_dump_graph(store, NULL);
		/* nothing to end */
		assert_int_equal(irkg_store_commit(store), IRKG_EINVAL);
		assert_int_equal(irkg_store_rollback(store), IRKG_EINVAL);
		/* clearing needs a transaction that names the graph */
		assert_int_equal(irkg_store_clear_graph(store, graph_a),
				 IRKG_EINVAL);
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		assert_int_equal(irkg_store_begin(store, graphs, 1),
				 IRKG_EINVAL);
		assert_int_equal(irkg_store_clear_graph(store, graph_b),
				 IRKG_EINVAL);
		assert_int_equal(irkg_store_graph_size(store, graph_b),
				 DATA_B_TRIPLES);
		assert_int_equal(irkg_store_commit(store), IRKG_OK);
		if (undo)
			assert_false(exists(undo));
		{
			char *after = testutil_dump_graph(store, NULL);

			assert_string_equal(after, before);
			free(after);
		}
		irkg_store_free(store);
		free(before);
		free(undo);
		free(spec);
	}
}

static void test_begin_needs_write_mode(void **state)
{
	struct fx *fx = *state;
	size_t b;

	for (b = 0; b < N_BACKENDS; b++) {
		char *undo, *spec;
		const char *graphs[] = {graph_a};
		irkg_store *store;

		if (backends[b].kind == B_MEMORY)
			continue; /* covered by test_open_memory */
		spec = backend_spec(fx, backends[b].kind, &undo);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		irkg_store_free(store);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			IRKG_OK);
		assert_int_equal(irkg_store_begin(store, graphs, 1),
				 IRKG_EINVAL);
		assert_false(exists(undo));
		assert_int_equal(irkg_store_clear_graph(store, graph_a),
				 IRKG_EINVAL);
		assert_int_equal(irkg_store_graph_size(store, graph_a),
				 DATA_A_TRIPLES);
		irkg_store_free(store);
		free(undo);
		free(spec);
	}
}

/* ---- transactions: commit ---- */

static void test_commit_keeps_change_and_drops_journal(void **state)
{
	struct fx *fx = *state;
	size_t b;

	for (b = 0; b < N_BACKENDS; b++) {
		char *undo, *spec = backend_spec(fx, backends[b].kind, &undo);
		const char *graphs[] = {graph_a};
		irkg_store *store;
		char *b_before, *a_after;
		struct blob files = {NULL, 0};

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		b_before = testutil_dump_graph(store, graph_b);
		if (backends[b].kind == B_DIR) {
			/* the commit made the files durable: these bytes are
			 * the store */
			assert_no_backup(spec);
			files = db_files(spec);
		}
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		if (backends[b].kind == B_DIR) {
			/* taken before anything changes: a copy of every
			 * Berkeley DB file, byte for byte */
			assert_backup_taken(spec, &files);
		} else if (undo) {
			/* armed before anything changes: graph A's contents */
			char *text = testutil_read_file(undo);

			assert_non_null(text);
			assert_memory_equal(text, "# irkg journal 1\n", 17);
			assert_non_null(strstr(text, "#G urn:test:graph-a\n"));
			assert_null(strstr(text, "#G urn:test:graph-b"));
			assert_non_null(strstr(
				text, "<urn:test:s1> <urn:test:p> <urn:test:o1>"
				      " <urn:test:graph-a> .\n"));
			assert_null(strstr(text, "<urn:test:x>"));
			free(text);
		}
		assert_int_equal(irkg_store_clear_graph(store, graph_a),
				 IRKG_OK);
		assert_int_equal(irkg_store_graph_size(store, graph_a), 0);
		assert_int_equal(
			testutil_add_ntriples(store, graph_a, data_new),
			DATA_NEW_TRIPLES);
		if (backends[b].kind == B_DIR)
			assert_backup_taken(spec, &files); /* still the old */
		assert_int_equal(irkg_store_commit(store), IRKG_OK);
		if (undo)
			assert_false(exists(undo));
		if (backends[b].kind == B_DIR) {
			struct blob now_b = db_files(spec);

			assert_no_backup(spec);
			/* the change is in the files themselves */
			assert_false(blob_equal(&now_b, &files));
			free(now_b.data);
		}
		assert_int_equal(irkg_store_graph_size(store, graph_a),
				 DATA_NEW_TRIPLES);
		a_after = testutil_dump_graph(store, graph_a);
		assert_non_null(strstr(a_after, "\"new 2\""));
		assert_null(strstr(a_after, "plain"));
		{
			char *text = testutil_dump_graph(store, graph_b);

			assert_string_equal(text, b_before);
			free(text);
		}
		/* a second transaction may follow */
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		if (undo)
			assert_true(exists(undo));
		if (backends[b].kind == B_DIR)
			assert_backup_taken(spec, NULL);
		assert_int_equal(irkg_store_commit(store), IRKG_OK);
		if (undo)
			assert_false(exists(undo));
		if (backends[b].kind == B_DIR)
			assert_no_backup(spec);
		irkg_store_free(store);
		if (backends[b].kind != B_MEMORY) {
			char *text;

			assert_int_equal(open_store(&store, fx->ctx, spec,
						    IRKG_STORE_READ, 0),
					 IRKG_OK);
			text = testutil_dump_graph(store, graph_a);
			assert_string_equal(text, a_after);
			free(text);
			irkg_store_free(store);
		}
		free(files.data);
		free(a_after);
		free(b_before);
		free(undo);
		free(spec);
	}
}

/* ---- transactions: rollback ---- */

/* Rolling back a write to a graph that was empty leaves it empty. */
static void test_rollback_of_new_graph(void **state)
{
	struct fx *fx = *state;
	size_t b;

	for (b = 0; b < N_BACKENDS; b++) {
		char *undo, *spec = backend_spec(fx, backends[b].kind, &undo);
		const char *graphs[] = {graph_new};
		irkg_store *store;
		char *before, *after;
		struct blob files = {NULL, 0};

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		before = testutil_dump_graph(store, NULL);
		if (backends[b].kind == B_DIR)
			files = db_files(spec);
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		if (undo)
			assert_true(exists(undo));
		if (backends[b].kind == B_DIR)
			assert_backup_taken(spec, &files);
		assert_int_equal(irkg_store_clear_graph(store, graph_new),
				 IRKG_OK);
		assert_int_equal(
			testutil_add_ntriples(store, graph_new, data_new),
			DATA_NEW_TRIPLES);
		assert_int_equal(irkg_store_graph_size(store, graph_new),
				 DATA_NEW_TRIPLES);
		assert_int_equal(irkg_store_rollback(store), IRKG_OK);
		assert_int_equal(irkg_store_graph_size(store, graph_new), 0);
		after = testutil_dump_graph(store, NULL);
		assert_string_equal(after, before);
		if (undo)
			assert_false(exists(undo));
		if (backends[b].kind == B_DIR) {
			/* the old files are back, byte for byte */
			struct blob now_b = db_files(spec);

			assert_no_backup(spec);
			assert_true(blob_equal(&now_b, &files));
			free(now_b.data);
		}
		/* the store takes a new transaction afterwards */
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		if (undo)
			assert_true(exists(undo));
		if (backends[b].kind == B_DIR)
			assert_backup_taken(spec, &files);
		assert_int_equal(irkg_store_rollback(store), IRKG_OK);
		if (undo)
			assert_false(exists(undo));
		if (backends[b].kind == B_DIR)
			assert_no_backup(spec);
		irkg_store_free(store);
		free(files.data);
		free(before);
		free(after);
		free(undo);
		free(spec);
	}
}

/* Closing a store with an open transaction rolls it back. */
static void test_free_rolls_back_open_transaction(void **state)
{
	struct fx *fx = *state;
	char *undo, *spec = backend_spec(fx, B_DIR, &undo);
	const char *graphs[] = {graph_new};
	irkg_store *store;
	char *before, *after;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	seed(store);
	before = testutil_dump_graph(store, NULL);
	assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
	assert_backup_taken(spec, NULL);
	assert_int_equal(testutil_add_ntriples(store, graph_new, data_new),
			 DATA_NEW_TRIPLES);
	irkg_store_free(store);
	assert_false(exists(undo));
	assert_no_backup(spec);
	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			 IRKG_OK);
	after = testutil_dump_graph(store, NULL);
	assert_string_equal(after, before);
	irkg_store_free(store);
	free(before);
	free(after);
	free(undo);
	free(spec);
}

/* The journal's statements come back with their graphs: a regression
 * test for replaying the journal through Redland's parser API, which drops
 * the graph of each quad (rollback then failed with IRKG_ESTORE and left
 * the graph empty). */
static void test_rollback_restores_exact_contents(void **state)
{
	struct fx *fx = *state;
	size_t b;

	for (b = 0; b < N_BACKENDS; b++) {
		char *undo, *spec = backend_spec(fx, backends[b].kind, &undo);
		const char *graphs[] = {graph_a, graph_new};
		irkg_store *store;
		char *before, *after;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		before = testutil_dump_graph(store, NULL);
		assert_int_equal(irkg_store_begin(store, graphs, 2), IRKG_OK);
		assert_int_equal(irkg_store_clear_graph(store, graph_a),
				 IRKG_OK);
		assert_int_equal(
			testutil_add_ntriples(store, graph_a, data_new),
			DATA_NEW_TRIPLES);
		assert_int_equal(
			testutil_add_ntriples(store, graph_new, data_b),
			DATA_B_TRIPLES);
		assert_int_equal(irkg_store_rollback(store), IRKG_OK);
		after = testutil_dump_graph(store, NULL);
		assert_string_equal(after, before);
		if (undo)
			assert_false(exists(undo));
		if (backends[b].kind == B_DIR)
			assert_no_backup(spec);
		irkg_store_free(store);
		free(before);
		free(after);
		free(undo);
		free(spec);
	}
}

/* ---- crash recovery ---- */

/* In a child: open the store, begin on `graph`, replace its contents with
 * data_new, make that reach the disk if `sync` (else leave it to Berkeley
 * DB's cache), and die without committing.
 *
 * The child uses the parent's context (its copy after fork): while one
 * Redland world is alive, a second world in the same process does not see
 * the dynamically loaded storage modules (sqlite), see the note at
 * test_lock_reader_in_child_refused. */
static void crash_during_write(irkg_ctx *ctx, const char *spec,
			       const char *graph, int sync)
{
	pid_t pid;
	int status;

	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		const char *graphs[] = {graph};
		irkg_store *store;

		/* the exit status says which step failed */
		if (open_store(&store, ctx, spec, IRKG_STORE_WRITE, 0))
			_exit(2);
		if (irkg_store_begin(store, graphs, 1))
			_exit(3);
		if (irkg_store_clear_graph(store, graph))
			_exit(4);
		if (testutil_add_ntriples(store, graph, data_new) !=
		    DATA_NEW_TRIPLES)
			_exit(5);
		if (irkg_store_graph_size(store, graph) != DATA_NEW_TRIPLES)
			_exit(6);
		if (sync && librdf_model_sync(irkg_store_model(store)))
			_exit(7);
		_exit(0); /* no commit, no close: a crash */
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* Reopening after a crash (to read or to write) undoes the interrupted
 * write and removes its undo record (a directory store's backup, an sqlite
 * store's journal): a graph it created is gone again, and a graph it
 * replaced has exactly its old contents. */
static const struct {
	enum backend kind;
	enum irkg_store_mode reopen;
	const char *graph;
} recovery_cases[] = {
	{B_DIR, IRKG_STORE_WRITE, graph_new},
	{B_DIR, IRKG_STORE_READ, graph_new},
	{B_DIR, IRKG_STORE_WRITE, graph_a},
	{B_DIR, IRKG_STORE_READ, graph_a},
	{B_SQLITE, IRKG_STORE_WRITE, graph_new},
	{B_SQLITE, IRKG_STORE_READ, graph_a},
	{B_SQLITE, IRKG_STORE_WRITE, graph_a},
};

static void remove_store(const char *spec, enum backend kind)
{
	char *lock = NULL;

	if (kind == B_DIR) {
		testutil_rmtree(spec);
		return;
	}
	assert_int_equal(unlink(spec + 7), 0);
	assert_true(asprintf(&lock, "%s.lock", spec + 7) > 0);
	unlink(lock);
	free(lock);
}

/* The undo record a crashed write left: a directory store's complete
 * backup of the files as they were (`files`), or an sqlite store's journal
 * naming `graph`. */
static void assert_left_undo_record(enum backend kind, const char *spec,
				    const char *undo, const char *graph,
				    const struct blob *files)
{
	assert_true(exists(undo));
	if (kind == B_DIR) {
		assert_backup_taken(spec, files);
	} else {
		char *text = testutil_read_file(undo);

		assert_non_null(text);
		assert_memory_equal(text, "# irkg journal 1\n", 17);
		assert_non_null(strstr(text, graph));
		free(text);
	}
}

/* The record is gone; a directory store has its old files back, byte for
 * byte. */
static void assert_undone(enum backend kind, const char *spec, const char *undo,
			  const struct blob *files)
{
	assert_false(exists(undo));
	if (kind == B_DIR) {
		struct blob now_b = db_files(spec);

		assert_no_backup(spec);
		assert_true(blob_equal(&now_b, files));
		free(now_b.data);
	}
}

static void test_recovery_after_crash(void **state)
{
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(recovery_cases) / sizeof(recovery_cases[0]);
	     i++) {
		enum backend kind = recovery_cases[i].kind;
		char *undo, *spec = backend_spec(fx, kind, &undo);
		const char *graph = recovery_cases[i].graph;
		struct blob files = {NULL, 0};
		irkg_store *store;
		char *before, *after, *text;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		before = testutil_dump_graph(store, NULL);
		irkg_store_free(store);
		if (kind == B_DIR)
			files = db_files(spec);

		crash_during_write(fx->ctx, spec, graph, 1);
		assert_left_undo_record(kind, spec, undo, graph, &files);
		if (kind == B_DIR) {
			/* the crashed write did reach the files */
			struct blob now_b = db_files(spec);

			assert_false(blob_equal(&now_b, &files));
			free(now_b.data);
		}

		testutil_log_clear(&fx->log);
		assert_int_equal(open_store(&store, fx->ctx, spec,
					    recovery_cases[i].reopen, 0),
				 IRKG_OK);
		assert_undone(kind, spec, undo, &files);
		assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_WARN,
						  "interrupted write"));
		after = testutil_dump_graph(store, NULL);
		assert_string_equal(after, before);
		assert_null(strstr(after, "new 1"));
		assert_int_equal(irkg_store_graph_size(store, graph_a),
				 DATA_A_TRIPLES);
		assert_int_equal(irkg_store_graph_size(store, graph_new), 0);
		/* a recovered reader is back to a shared lock */
		if (recovery_cases[i].reopen == IRKG_STORE_READ) {
			irkg_store *other;

			assert_int_equal(open_store(&other, fx->ctx, spec,
						    IRKG_STORE_READ, 0),
					 IRKG_OK);
			irkg_store_free(other);
		}
		irkg_store_free(store);
		/* and it stays recovered */
		testutil_log_clear(&fx->log);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		assert_null(testutil_log_find(&fx->log, IRKG_LOG_WARN,
					      "interrupted write"));
		text = testutil_dump_graph(store, NULL);
		assert_string_equal(text, before);
		free(text);
		irkg_store_free(store);
		free(files.data);
		free(before);
		free(after);
		free(undo);
		remove_store(spec, kind);
		free(spec);
	}
}

/* The store as irkg_store_write_nquads writes it, in its own order. */
static char *raw_dump(irkg_store *store)
{
	char *text = NULL;
	size_t size = 0;
	FILE *mem = open_memstream(&text, &size);

	assert_non_null(mem);
	assert_int_equal(irkg_store_write_nquads(store, NULL, mem), IRKG_OK);
	assert_int_equal(fclose(mem), 0);
	return text;
}

/* A writer killed after begin, clear and add, without commit: reopening
 * a directory store puts the old Berkeley DB files back, so the store
 * writes out byte for byte what it did before (not just the same lines),
 * whether or not the dead writer's changes had reached the files. */
static void test_crash_undone_byte_for_byte_dir(void **state)
{
	static const struct {
		int sync;
		enum irkg_store_mode reopen;
	} cases[] = {
		{0, IRKG_STORE_WRITE},
		{0, IRKG_STORE_READ},
		{1, IRKG_STORE_WRITE},
		{1, IRKG_STORE_READ},
	};
	struct fx *fx = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *undo, *spec = backend_spec(fx, B_DIR, &undo);
		irkg_store *store;
		struct blob files;
		char *before, *after;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		irkg_store_free(store);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			IRKG_OK);
		before = raw_dump(store);
		irkg_store_free(store);
		assert_int_equal(testutil_count_lines(before),
				 DATA_A_TRIPLES + DATA_B_TRIPLES);
		files = db_files(spec);

		crash_during_write(fx->ctx, spec, graph_a, cases[i].sync);
		assert_left_undo_record(B_DIR, spec, undo, graph_a, &files);

		testutil_log_clear(&fx->log);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, cases[i].reopen, 0),
			IRKG_OK);
		assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_WARN,
						  "interrupted write"));
		assert_undone(B_DIR, spec, undo, &files);
		after = raw_dump(store);
		assert_string_equal(after, before);
		irkg_store_free(store);
		free(after);
		free(before);
		free(files.data);
		free(undo);
		remove_store(spec, B_DIR);
		free(spec);
	}
}

/* A writer killed while it copied the store leaves DIR/backup.new: not a
 * snapshot (the write had not begun), so the next open, to read or to
 * write, deletes it, restores nothing, and leaves the store's files as
 * they are. Junk in it, even under a Berkeley DB file's name, never
 * reaches the store. */
static void test_incomplete_backup_removed_on_open(void **state)
{
	static const enum irkg_store_mode modes[] = {IRKG_STORE_READ,
						     IRKG_STORE_WRITE};
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_DIR, NULL);
	char *staging = testutil_path(spec, "backup.new");
	irkg_store *store;
	struct blob files;
	char *before;
	size_t i;

	assert_int_equal(open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	seed(store);
	before = testutil_dump_graph(store, NULL);
	irkg_store_free(store);
	files = db_files(spec);
	for (i = 0; i < 2; i++) {
		char *junk = testutil_path(staging, "junk");
		char *fake = testutil_path(staging, "irkg-sp2o.db");
		char *text;

		assert_int_equal(mkdir(staging, 0755), 0);
		testutil_write_file(junk, "left by a killed writer\n");
		testutil_write_file(fake, "not a Berkeley DB file\n");
		testutil_log_clear(&fx->log);
		assert_int_equal(open_store(&store, fx->ctx, spec, modes[i], 0),
				 IRKG_OK);
		assert_no_backup(spec);
		/* nothing was undone: the files are untouched */
		assert_null(testutil_log_find(&fx->log, IRKG_LOG_WARN,
					      "interrupted write"));
		{
			struct blob now_b = db_files(spec);

			assert_true(blob_equal(&now_b, &files));
			free(now_b.data);
		}
		text = testutil_dump_graph(store, NULL);
		assert_string_equal(text, before);
		free(text);
		irkg_store_free(store);
		free(fake);
		free(junk);
	}
	/* and the store still takes writes */
	{
		const char *graphs[] = {graph_new};

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		assert_backup_taken(spec, &files);
		assert_int_equal(
			testutil_add_ntriples(store, graph_new, data_new),
			DATA_NEW_TRIPLES);
		assert_int_equal(irkg_store_commit(store), IRKG_OK);
		assert_no_backup(spec);
		assert_int_equal(irkg_store_graph_size(store, graph_new),
				 DATA_NEW_TRIPLES);
		irkg_store_free(store);
	}
	free(files.data);
	free(before);
	free(staging);
	free(spec);
}

/* A reader that finds an interrupted write while a writer holds the store
 * cannot undo it and must not touch it: the undo record and the store's
 * files stay as they are until it can. */
static void test_recovery_needs_the_lock(void **state)
{
	static const enum backend kinds[] = {B_DIR, B_SQLITE};
	struct fx *fx = *state;
	size_t k;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		enum backend kind = kinds[k];
		char *undo, *spec = backend_spec(fx, kind, &undo);
		char *lock = NULL;
		struct blob files = {NULL, 0}, crashed = {NULL, 0};
		irkg_store *store = UNSET;
		int release, status;
		pid_t pid;

		if (kind == B_DIR)
			lock = testutil_path(spec, "lock");
		else
			assert_true(asprintf(&lock, "%s.lock", spec + 7) > 0);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		irkg_store_free(store);
		if (kind == B_DIR)
			files = db_files(spec);
		crash_during_write(fx->ctx, spec, graph_a, 1);
		assert_left_undo_record(kind, spec, undo, graph_a, &files);
		if (kind == B_DIR)
			crashed = db_files(spec);
		pid = hold_lock_in_child(lock, &release);
		store = UNSET;
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			IRKG_ELOCKED);
		assert_null(store);
		assert_left_undo_record(kind, spec, undo, graph_a, &files);
		if (kind == B_DIR) {
			struct blob now_b = db_files(spec);

			assert_true(blob_equal(&now_b, &crashed));
			free(now_b.data);
		}
		close(release);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			IRKG_OK);
		assert_undone(kind, spec, undo, &files);
		assert_int_equal(irkg_store_graph_size(store, graph_a),
				 DATA_A_TRIPLES);
		irkg_store_free(store);
		free(crashed.data);
		free(files.data);
		free(lock);
		free(undo);
		remove_store(spec, kind);
		free(spec);
	}
}

/* A reader that finds an interrupted write needs the exclusive lock to
 * undo it; with another reader in, it is refused, says why (naming the
 * store), and leaves the undo record for later. */
static void test_recovery_by_reader_among_readers(void **state)
{
	static const enum backend kinds[] = {B_DIR, B_SQLITE};
	struct fx *fx = *state;
	size_t k;

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		enum backend kind = kinds[k];
		char *undo, *spec = backend_spec(fx, kind, &undo);
		char *lock = NULL;
		struct blob files = {NULL, 0}, crashed = {NULL, 0};
		irkg_store *store = UNSET;
		int fd;

		if (kind == B_DIR)
			lock = testutil_path(spec, "lock");
		else
			assert_true(asprintf(&lock, "%s.lock", spec + 7) > 0);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		irkg_store_free(store);
		if (kind == B_DIR)
			files = db_files(spec);
		crash_during_write(fx->ctx, spec, graph_a, 1);
		if (kind == B_DIR)
			crashed = db_files(spec);
		/* another reader's shared lock */
		fd = open(lock, O_RDWR);
		assert_true(fd >= 0);
		assert_int_equal(flock(fd, LOCK_SH), 0);
		testutil_log_clear(&fx->log);
		store = UNSET;
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			IRKG_ELOCKED);
		assert_null(store);
		assert_left_undo_record(kind, spec, undo, graph_a, &files);
		if (kind == B_DIR) {
			struct blob now_b = db_files(spec);

			assert_true(blob_equal(&now_b, &crashed));
			free(now_b.data);
		}
		/* as store.h promises, the failed open has logged why,
		 * naming the store */
		{
			const struct testutil_log_entry *e = testutil_log_find(
				&fx->log, IRKG_LOG_ERROR, "interrupted write");

			assert_non_null(e);
			assert_non_null(strstr(e->message, spec));
			assert_non_null(strstr(e->message,
					       "another process is reading"));
		}
		close(fd);
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			IRKG_OK);
		assert_undone(kind, spec, undo, &files);
		assert_int_equal(irkg_store_graph_size(store, graph_a),
				 DATA_A_TRIPLES);
		irkg_store_free(store);
		free(crashed.data);
		free(files.data);
		free(lock);
		free(undo);
		remove_store(spec, kind);
		free(spec);
	}
}

/* Set in a child that is to die like a killed process right after it has
 * unlinked that many files under a ".../backup/" directory; 0: unlink is
 * just unlink. Every unlink of the test program, irkg's included, comes
 * here. */
static int die_after_backup_unlinks;

int unlink(const char *path)
{
	int rc = (int)syscall(SYS_unlinkat, AT_FDCWD, path, 0);

	if (die_after_backup_unlinks &&
	    (strstr(path, "/backup/") || strstr(path, "/backup.new/")) &&
	    --die_after_backup_unlinks == 0)
		_exit(0);
	return rc;
}

/* What two of the store's indexes say about graph A's old and new
 * statements: the contexts hash (the dump of graph A) and the statement
 * index librdf_model_contains_statement looks in. (Partly bound
 * librdf_model_find_statements patterns are not used: on a Berkeley DB
 * store, Redland 1.0.17 reads past a key there, which ASan reports.) */
static char *index_views(irkg_store *store)
{
	librdf_world *world = irkg_ctx_world(irkg_store_ctx(store));
	librdf_parser *parser =
		librdf_new_parser(world, "ntriples", NULL, NULL);
	librdf_uri *base =
		librdf_new_uri(world, (const unsigned char *)"urn:test:");
	const char *const sources[] = {data_a, data_new};
	char *a = testutil_dump_graph(store, graph_a), *text = NULL;
	size_t size = 0, i;
	FILE *mem = open_memstream(&text, &size);

	assert_non_null(parser);
	assert_non_null(base);
	assert_non_null(mem);
	fprintf(mem, "contexts:\n%sstatements:\n", a);
	for (i = 0; i < 2; i++) {
		librdf_stream *stream = librdf_parser_parse_string_as_stream(
			parser, (const unsigned char *)sources[i], base);
		int n = 0;

		assert_non_null(stream);
		for (; !librdf_stream_end(stream);
		     librdf_stream_next(stream), n++)
			fprintf(mem, "%s #%d: %s\n", i ? "new" : "old", n,
				librdf_model_contains_statement(
					irkg_store_model(store),
					librdf_stream_get_object(stream))
					? "in"
					: "out");
		librdf_free_stream(stream);
	}
	assert_int_equal(fclose(mem), 0);
	librdf_free_uri(base);
	librdf_free_parser(parser);
	free(a);
	return text;
}

/* A writer killed inside irkg_store_commit while the snapshot's files are
 * being deleted: the copy was first retired by one rename (to
 * DIR/backup.new, which open deletes), so the next open finds no snapshot
 * and the store is the new one, never a mix of old and new indexes. */
static void test_crash_during_commit_leaves_one_version(void **state)
{
	struct fx *fx = *state;
	char *spec = backend_spec(fx, B_DIR, NULL);
	const char *graphs[] = {graph_a};
	int unlinks;

	/* killed after the first, second, third file of the backup */
	for (unlinks = 1; unlinks <= 3; unlinks++) {
		irkg_store *store;
		char *old_views, *new_views, *views, *backup, *left;
		pid_t pid;
		int status;

		/* the store before and after the write, through each index */
		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		old_views = index_views(store);
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		assert_int_equal(irkg_store_clear_graph(store, graph_a),
				 IRKG_OK);
		assert_int_equal(
			testutil_add_ntriples(store, graph_a, data_new),
			DATA_NEW_TRIPLES);
		new_views = index_views(store);
		assert_int_equal(irkg_store_rollback(store), IRKG_OK);
		views = index_views(store);
		assert_string_equal(views, old_views);
		free(views);
		irkg_store_free(store);

		/* the same write, killed in its commit */
		fflush(NULL);
		pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			if (open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE,
				       0))
				_exit(2);
			if (irkg_store_begin(store, graphs, 1) ||
			    irkg_store_clear_graph(store, graph_a) ||
			    testutil_add_ntriples(store, graph_a, data_new) !=
				    DATA_NEW_TRIPLES)
				_exit(3);
			die_after_backup_unlinks = unlinks;
			irkg_store_commit(store);
			_exit(4); /* the commit did not remove the backup */
		}
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
		/* what is left of the copy is retired, not a snapshot */
		backup = testutil_path(spec, "backup.new");
		left = names_in(backup, 0);
		assert_int_equal(testutil_count_lines(left), 4 - unlinks);
		free(left);
		free(backup);

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
			IRKG_OK);
		assert_no_backup(spec);
		views = index_views(store);
		/* either the old store or the new, never a mix */
		if (strcmp(views, old_views) != 0 &&
		    strcmp(views, new_views) != 0)
			print_message("killed after removing %d backup "
				      "file(s); the store is a mix of old and "
				      "new indexes:\n%s",
				      unlinks, views);
		if (strcmp(views, old_views) != 0)
			assert_string_equal(views, new_views);
		free(views);
		irkg_store_free(store);
		free(new_views);
		free(old_views);
		remove_store(spec, B_DIR);
	}
	free(spec);
}

/* Blank nodes shared by two statements of a graph are still one node after
 * the graph comes back from the journal. */
static void test_rollback_keeps_blank_nodes_together(void **state)
{
	static const char data[] = "_:k <urn:test:p> \"one\" .\n"
				   "_:k <urn:test:q> \"two\" .\n"
				   "<urn:test:s> <urn:test:r> _:k .\n";
	struct fx *fx = *state;
	size_t b;

	for (b = 0; b < N_BACKENDS; b++) {
		char *spec = backend_spec(fx, backends[b].kind, NULL);
		const char *graphs[] = {graph_a};
		char label[3][64];
		irkg_store *store;
		char *text, *line;
		int n = 0;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		assert_int_equal(testutil_add_ntriples(store, graph_a, data),
				 3);
		assert_int_equal(irkg_store_commit(store), IRKG_OK);
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		assert_int_equal(irkg_store_clear_graph(store, graph_a),
				 IRKG_OK);
		assert_int_equal(irkg_store_rollback(store), IRKG_OK);
		assert_int_equal(irkg_store_graph_size(store, graph_a), 3);
		/* the blank node of each line: subject, subject, object */
		text = testutil_dump_graph(store, graph_a);
		char *save = NULL;
		for (line = strtok_r(text, "\n", &save); line && n < 3;
		     line = strtok_r(NULL, "\n", &save), n++) {
			char *bnode = strstr(line, "_:");

			assert_non_null(bnode);
			assert_int_equal(sscanf(bnode, "%63s", label[n]), 1);
		}
		assert_int_equal(n, 3);
		assert_string_equal(label[0], label[1]);
		assert_string_equal(label[1], label[2]);
		free(text);
		irkg_store_free(store);
		free(spec);
	}
}

/* ---- listing and writing ---- */

static void test_graphs_sorted_with_counts(void **state)
{
	static const struct {
		const char *iri;
		const char *data;
		long triples;
	} expected[] = {
		{"urn:test:a",
		 "<urn:s> <urn:p> \"1\" .\n"
		 "<urn:s> <urn:p> \"2\" .\n"
		 "<urn:s> <urn:p> \"3\" .\n",
		 3},
		{"urn:test:b",
		 "<urn:s> <urn:p> \"1\" .\n"
		 "<urn:s> <urn:q> \"2\" .\n",
		 2},
		{"urn:test:c", "<urn:s> <urn:p> \"1\" .\n", 1},
	};
	/* insertion order differs from IRI order */
	static const size_t order[] = {2, 0, 1};
	struct fx *fx = *state;
	size_t b, i;

	for (b = 0; b < N_BACKENDS; b++) {
		char *spec = backend_spec(fx, backends[b].kind, NULL);
		const char *graphs[] = {expected[0].iri, expected[1].iri,
					expected[2].iri};
		struct irkg_graph_info *list = (struct irkg_graph_info *)0x1;
		size_t count = 99;
		irkg_store *store;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		assert_int_equal(irkg_store_graphs(store, &list, &count),
				 IRKG_OK);
		assert_int_equal(count, 0);
		irkg_graph_info_free(list, count);
		assert_int_equal(irkg_store_begin(store, graphs, 3), IRKG_OK);
		for (i = 0; i < 3; i++)
			assert_int_equal(testutil_add_ntriples(
						 store, expected[order[i]].iri,
						 expected[order[i]].data),
					 expected[order[i]].triples);
		assert_int_equal(irkg_store_commit(store), IRKG_OK);
		assert_int_equal(irkg_store_graphs(store, &list, &count),
				 IRKG_OK);
		assert_int_equal(count, 3);
		for (i = 0; i < 3; i++) {
			assert_string_equal(list[i].iri, expected[i].iri);
			assert_int_equal(list[i].triples, expected[i].triples);
			assert_int_equal(
				irkg_store_graph_size(store, expected[i].iri),
				expected[i].triples);
		}
		irkg_graph_info_free(list, count);
		irkg_store_free(store);
		free(spec);
	}
	irkg_graph_info_free(NULL, 0);
}

/* A graph emptied by a committed transaction is no longer listed. */
static void test_cleared_graph_is_not_listed(void **state)
{
	struct fx *fx = *state;
	size_t b;

	for (b = 0; b < N_BACKENDS; b++) {
		char *spec = backend_spec(fx, backends[b].kind, NULL);
		const char *graphs[] = {graph_a};
		struct irkg_graph_info *list;
		size_t count;
		irkg_store *store;

		assert_int_equal(
			open_store(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
			IRKG_OK);
		seed(store);
		assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
		assert_int_equal(irkg_store_clear_graph(store, graph_a),
				 IRKG_OK);
		assert_int_equal(irkg_store_commit(store), IRKG_OK);
		assert_int_equal(irkg_store_graph_size(store, graph_a), 0);
		assert_int_equal(irkg_store_graphs(store, &list, &count),
				 IRKG_OK);
		assert_int_equal(count, 1);
		assert_string_equal(list[0].iri, graph_b);
		assert_int_equal(list[0].triples, DATA_B_TRIPLES);
		irkg_graph_info_free(list, count);
		irkg_store_free(store);
		free(spec);
	}
}

static void test_write_nquads_one_graph_or_all(void **state)
{
	struct fx *fx = *state;
	irkg_store *store;
	char *all, *a, *none, *line;

	assert_int_equal(
		open_store(&store, fx->ctx, "memory", IRKG_STORE_WRITE, 0),
		IRKG_OK);
	none = testutil_dump_graph(store, NULL);
	assert_string_equal(none, "");
	free(none);
	none = testutil_dump_graph(store, "urn:test:absent");
	assert_string_equal(none, "");
	free(none);
	seed(store);
	all = testutil_dump_graph(store, NULL);
	a = testutil_dump_graph(store, graph_a);
	assert_int_equal(testutil_count_lines(all),
			 DATA_A_TRIPLES + DATA_B_TRIPLES);
	assert_int_equal(testutil_count_lines(a), DATA_A_TRIPLES);
	/* every line of graph A's dump names graph A, and is in the whole */
	char *save = NULL;
	for (line = strtok_r(a, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		assert_non_null(strstr(line, " <urn:test:graph-a> ."));
		assert_non_null(strstr(all, line));
	}
	assert_non_null(strstr(all, "<urn:test:x> <urn:test:q> \"b\" "
				    "<urn:test:graph-b> .\n"));
	assert_non_null(strstr(all, "\"Japon\"@fr <urn:test:graph-a> .\n"));
	assert_non_null(strstr(all, "\"42\"^^<http://www.w3.org/2001/"
				    "XMLSchema#integer> <urn:test:graph-a>"));
	irkg_store_free(store);
	free(all);
	free(a);
}

static void test_write_nquads_to_unwritable_stream_is_eio(void **state)
{
	struct fx *fx = *state;
	char *path = testutil_path(fx->dir, "ro.nq");
	irkg_store *store;
	FILE *f;

	testutil_write_file(path, "");
	assert_int_equal(
		open_store(&store, fx->ctx, "memory", IRKG_STORE_WRITE, 0),
		IRKG_OK);
	seed(store);
	f = fopen(path, "r"); /* opened for reading: every write fails */
	assert_non_null(f);
	assert_int_equal(irkg_store_write_nquads(store, NULL, f), IRKG_EIO);
	fclose(f);
	irkg_store_free(store);
	free(path);
}

/* A bare directory is an LMDB store when new, and a Berkeley DB store
 * made before keeps opening as one; each prefix names its own kind and
 * refuses the other's store, saying which spec to use. */
static void test_bare_directory_kinds(void **state)
{
	struct fx *fx = *state;
	char *fresh = testutil_path(fx->dir, "fresh");
	char *old = testutil_path(fx->dir, "old"), *spec = NULL, *text;
	char *marker = testutil_path(fresh, "irkg-store");
	char *data = testutil_path(fresh, "data.mdb");
	irkg_store *store = NULL;

	assert_int_equal(
		irkg_store_open(&store, fx->ctx, fresh, IRKG_STORE_WRITE, 0),
		IRKG_OK);
	irkg_store_free(store);
	text = testutil_read_file(marker);
	assert_non_null(text);
	assert_string_equal(text, "irkg store format 1 lmdb\n");
	assert_true(exists(data));
	free(text);
	assert_true(asprintf(&spec, "lmdb:%s", fresh) > 0);
	assert_int_equal(
		irkg_store_open(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
		IRKG_OK);
	irkg_store_free(store);
	free(spec);
	assert_true(asprintf(&spec, "hashes:%s", fresh) > 0);
	assert_int_equal(
		irkg_store_open(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
		IRKG_ENOTSTORE);
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_ERROR,
					  "is an LMDB store, not a Berkeley"));
	free(spec);

	/* a Berkeley DB store, opened bare: still Berkeley DB */
	assert_true(asprintf(&spec, "hashes:%s", old) > 0);
	assert_int_equal(
		irkg_store_open(&store, fx->ctx, spec, IRKG_STORE_WRITE, 0),
		IRKG_OK);
	irkg_store_free(store);
	free(spec);
	assert_int_equal(
		irkg_store_open(&store, fx->ctx, old, IRKG_STORE_WRITE, 0),
		IRKG_OK);
	irkg_store_free(store);
	free(data);
	data = testutil_path(old, "data.mdb");
	assert_false(exists(data));
	assert_true(asprintf(&spec, "lmdb:%s", old) > 0);
	assert_int_equal(
		irkg_store_open(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
		IRKG_ENOTSTORE);
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_ERROR,
					  "on Berkeley DB, not LMDB"));
	free(spec);
	free(data);
	free(marker);
	free(fresh);
	free(old);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_open_missing_dir_read_is_enotfound),
		T(test_open_missing_sqlite_read_is_enotfound),
		T(test_open_not_a_store_is_enotstore),
		T(test_open_write_creates_store),
		T(test_bare_directory_kinds),
		T(test_open_empty_dir),
		T(test_open_write_missing_parent_is_eio),
		T(test_store_free_accepts_null),
		T(test_open_memory),
		T(test_open_sqlite_creates_and_persists),
		T(test_open_sqlite_garbage_is_enotstore),
		T(test_dir_store_persists_across_opens),
		T(test_lock_conflicts_dir),
		T(test_lock_conflicts_sqlite),
		T(test_lock_reader_in_child_refused),
		T(test_lock_writer_waits_then_gives_up),
		T(test_lock_writer_gets_in_when_released),
		T(test_transaction_misuse_is_einval),
		T(test_begin_needs_write_mode),
		T(test_commit_keeps_change_and_drops_journal),
		T(test_rollback_of_new_graph),
		T(test_free_rolls_back_open_transaction),
		T(test_rollback_restores_exact_contents),
		T(test_rollback_keeps_blank_nodes_together),
		T(test_recovery_after_crash),
		T(test_crash_undone_byte_for_byte_dir),
		T(test_incomplete_backup_removed_on_open),
		T(test_recovery_needs_the_lock),
		T(test_recovery_by_reader_among_readers),
		T(test_crash_during_commit_leaves_one_version),
		T(test_graphs_sorted_with_counts),
		T(test_cleared_graph_is_not_listed),
		T(test_write_nquads_one_graph_or_all),
		T(test_write_nquads_to_unwritable_stream_is_eio),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
