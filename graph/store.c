/* The irkg store: a Redland model behind a lock, with all-or-nothing writes.
 *
 * Redland's storages have no transactions irkg can use, so irkg keeps its
 * own undo record. A directory store (Berkeley DB) is copied file by file
 * before a write (snapshot.c): a killed process can leave BDB pages torn,
 * which only the old files can mend. The other backends get a logical
 * journal: the current contents of every graph the write may touch,
 * written as N-Quads and synced before anything changes; undoing clears
 * those graphs and reloads them. Either way a failed or interrupted write
 * is undone, at once or when the store is next opened.
 *
 * The exception is an LMDB store (lmdb:DIR, irkg's own storage module in
 * lmdb_storage.c): its write transaction is the undo, so it keeps neither
 * journal nor snapshot, and its readers take no lock (each reads a
 * snapshot; a writer never blocks them). */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "lmdb_storage.h"
#include "parse.h"
#include "snapshot.h"
#include "spec.h"
#include "sparql.h"
#include "store.h"
#include "virtuoso.h"

#define MARKER_NAME "irkg-store"
#define MARKER_TEXT "irkg store format 1\n"
#define LMDB_MARKER_TEXT "irkg store format 1 lmdb\n"
#define JOURNAL_HEADER "# irkg journal 1\n"
#define GRAPH_LINE "#G "

enum store_kind {
	KIND_DIR,
	KIND_MEMORY,
	KIND_SQLITE,
	KIND_POSTGRESQL,
	KIND_LMDB,
	KIND_VIRTUOSO
};

struct irkg_store {
	irkg_ctx *ctx;
	enum store_kind kind;
	enum irkg_store_mode mode;
	char *name;	    /* for messages */
	char *lock_path;    /* NULL: memory, servers, lmdb readers */
	char *dir;	    /* a directory store: undo by snapshot */
	char *journal_path; /* NULL: journal lives in an anonymous file */
	char *http;	    /* Virtuoso's SPARQL endpoint, H:PORT, or NULL */
	int lock_fd;
	librdf_storage *storage;
	librdf_model *model;
	/* the open transaction */
	int in_transaction;
	FILE *anonymous_journal;
	char **graphs;
	size_t n_graphs;
};

static char *join_path(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = malloc(n);

	if (path)
		snprintf(path, n, "%s/%s", dir, name);
	return path;
}

static char *suffixed(const char *base, const char *suffix)
{
	size_t n = strlen(base) + strlen(suffix) + 1;
	char *path = malloc(n);

	if (path)
		snprintf(path, n, "%s%s", base, suffix);
	return path;
}

static int file_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static int dir_is_empty(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int empty = 1;

	if (!d)
		return 0;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			empty = 0;
			break;
		}
	closedir(d);
	return empty;
}

/* Who holds the lock on `fd`, as " (a writer, pid N)" or " (readers:
 * pid N and K more)", from the kernel's list of locks; "" when it cannot
 * tell (another system, or the holder has just gone). */
static void describe_holder(int fd, char *out, size_t size)
{
	struct stat st;
	char line[256], kind[16], type[16];
	unsigned maj, min;
	unsigned long inode;
	long pid, first = 0;
	int readers = 0, writer = 0;
	FILE *f;

	out[0] = '\0';
	if (fstat(fd, &st) != 0 || !(f = fopen("/proc/locks", "r")))
		return;
	while (fgets(line, sizeof(line), f)) {
		/* "1: FLOCK  ADVISORY  WRITE 1234 fe:00:5678 0 EOF"; a
		 * waiting process's line has "->" and is not a holder */
		if (strstr(line, "->") ||
		    sscanf(line, "%*d: %15s %*s %15s %ld %x:%x:%lu", kind, type,
			   &pid, &maj, &min, &inode) != 6 ||
		    strcmp(kind, "FLOCK") ||
		    inode != (unsigned long)st.st_ino ||
		    maj != major(st.st_dev) || min != minor(st.st_dev) ||
		    pid == (long)getpid())
			continue;
		if (strcmp(type, "WRITE") == 0) {
			writer = 1;
			first = pid;
			break;
		}
		if (!readers++)
			first = pid;
	}
	fclose(f);
	if (writer)
		snprintf(out, size, " (a writer, pid %ld)", first);
	else if (readers == 1)
		snprintf(out, size, " (a reader, pid %ld)", first);
	else if (readers > 1)
		snprintf(out, size, " (readers: pid %ld and %d more)", first,
			 readers - 1);
}

/* Take the store's lock: shared for readers, exclusive for writers. */
static int take_lock(irkg_store *store, int wait_seconds)
{
	char holder[96];

	int op = store->mode == IRKG_STORE_WRITE ? LOCK_EX : LOCK_SH;
	int waited = 0;
	struct timespec tick = {0, 100 * 1000 * 1000};

	store->lock_fd =
		open(store->lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	if (store->lock_fd < 0) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, store->lock_path, 0, 0,
			     "cannot open the lock file: %s", strerror(errno));
		return IRKG_EIO;
	}
	for (;;) {
		if (flock(store->lock_fd, op | LOCK_NB) == 0)
			return IRKG_OK;
		if (errno != EWOULDBLOCK) {
			irkg_ctx_log(store->ctx, IRKG_LOG_ERROR,
				     store->lock_path, 0, 0,
				     "cannot lock the store: %s",
				     strerror(errno));
			return IRKG_EIO;
		}
		if (store->mode == IRKG_STORE_READ)
			break;
		if (waited == 0) {
			describe_holder(store->lock_fd, holder, sizeof(holder));
			irkg_ctx_log(store->ctx, IRKG_LOG_INFO, NULL, 0, 0,
				     "store %s is in use by another irkg "
				     "process%s; waiting up to %d s",
				     store->name, holder, wait_seconds);
		}
		if (waited >= wait_seconds * 10)
			break;
		nanosleep(&tick, NULL);
		waited++;
	}
	describe_holder(store->lock_fd, holder, sizeof(holder));
	if (store->mode == IRKG_STORE_READ)
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "store %s is being written by another irkg "
			     "process%s; try again when it has finished",
			     store->name, holder);
	else
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "store %s is still in use by another irkg "
			     "process%s after %d s; try again later or raise "
			     "--lock-wait",
			     store->name, holder, wait_seconds);
	return IRKG_ELOCKED;
}

/* Put "postgresql:host=h;database=d" into storage options, libpq's
 * dbname as the module's database. */
static int put_postgresql_options(librdf_hash *options, const char *conninfo)
{
	static const char *const renamed[] = {"dbname", NULL};
	char *database = irkg_spec_field(conninfo, "dbname");
	int rc = irkg_spec_put_options(options, conninfo, renamed);

	if (!rc && database &&
	    librdf_hash_put_strings(options, "database", database))
		rc = IRKG_ENOMEM;
	free(database);
	return rc;
}

/* Create the librdf storage and model. `create` asks the backend to make
 * a new, empty store. */
static int open_model(irkg_store *store, const char *location, int create)
{
	librdf_world *world = irkg_ctx_world(store->ctx);
	librdf_hash *options = librdf_new_hash(world, NULL);
	const char *factory = "hashes", *name = "irkg";
	int writable = store->mode == IRKG_STORE_WRITE;

	if (!options)
		return IRKG_ENOMEM;
	librdf_hash_put_strings(options, "contexts", "yes");
	librdf_hash_put_strings(options, "new", create ? "yes" : "no");
	switch (store->kind) {
	case KIND_DIR:
		librdf_hash_put_strings(options, "hash-type", "bdb");
		librdf_hash_put_strings(options, "dir", location);
		librdf_hash_put_strings(options, "write",
					writable ? "yes" : "no");
		break;
	case KIND_MEMORY:
		librdf_hash_put_strings(options, "hash-type", "memory");
		break;
	case KIND_SQLITE:
		factory = "sqlite";
		name = location;
		librdf_hash_put_strings(options, "synchronous", "normal");
		break;
	case KIND_LMDB:
		factory = IRKG_LMDB_STORAGE_NAME;
		librdf_hash_put_strings(options, "dir", location);
		librdf_hash_put_strings(options, "write",
					writable ? "yes" : "no");
		break;
	case KIND_POSTGRESQL:
		factory = "postgresql";
		name = "irkg";
		if (put_postgresql_options(options, location)) {
			librdf_free_hash(options);
			return IRKG_ENOMEM;
		}
		break;
	case KIND_VIRTUOSO:
		factory = "virtuoso";
		name = IRKG_VIRTUOSO_DEFAULT_GRAPH;
		if (irkg_virtuoso_put_options(options, location)) {
			librdf_free_hash(options);
			return IRKG_ENOMEM;
		}
		break;
	}
	store->storage =
		librdf_new_storage_with_options(world, factory, name, options);
	librdf_free_hash(options);
	if (!store->storage)
		return IRKG_ESTORE;
	store->model = librdf_new_model(world, store->storage, NULL);
	if (!store->model)
		return IRKG_ESTORE;
	return IRKG_OK;
}

static int write_marker(const char *dir, const char *text)
{
	char *path = join_path(dir, MARKER_NAME);
	FILE *f;
	int rc = IRKG_OK;

	if (!path)
		return IRKG_ENOMEM;
	f = fopen(path, "w");
	if (!f || fputs(text, f) == EOF)
		rc = IRKG_EIO;
	if (f && fclose(f) != 0)
		rc = IRKG_EIO;
	free(path);
	return rc;
}

/* A snapshot left by a write that never finished: put it back before
 * Berkeley DB opens the files. Readers need the exclusive lock for this. */
static int restore_interrupted_write(irkg_store *store)
{
	int rc;

	if (store->mode == IRKG_STORE_READ &&
	    flock(store->lock_fd, LOCK_EX | LOCK_NB) != 0) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "store %s has an interrupted write to undo, but "
			     "another process is reading it; try again when it "
			     "has finished",
			     store->name);
		return IRKG_ELOCKED;
	}
	rc = irkg_snapshot_restore(store->dir);
	if (rc)
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, store->dir, 0, 0,
			     "could not undo an interrupted write; its copy "
			     "of the store is kept in %s/backup",
			     store->dir);
	else
		irkg_ctx_log(store->ctx, IRKG_LOG_WARN, NULL, 0, 0,
			     "store %s: an interrupted write was found and "
			     "undone",
			     store->name);
	if (store->mode == IRKG_STORE_READ)
		flock(store->lock_fd, LOCK_SH);
	return rc;
}

/* Checks shared by the directory kinds: a reader needs the store, a
 * writer an irkg store or an empty or missing directory (created here).
 * *is_store says whether it was already an irkg store. */
static int prepare_store_dir(irkg_store *store, const char *dir, int *is_store)
{
	char *marker = join_path(dir, MARKER_NAME);
	int exists = file_exists(dir);

	if (!marker)
		return IRKG_ENOMEM;
	*is_store = file_exists(marker);
	free(marker);
	if (!exists && store->mode == IRKG_STORE_READ) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "no store at %s: create one with 'irkg load' or "
			     "'irkg ingest', or name another with --store",
			     store->name);
		return IRKG_ENOTFOUND;
	}
	if (exists && !*is_store &&
	    (store->mode == IRKG_STORE_READ || !dir_is_empty(dir))) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "%s is not an irkg store (it has no '%s' file); "
			     "name another directory with --store",
			     dir, MARKER_NAME);
		return IRKG_ENOTSTORE;
	}
	if (!exists && mkdir(dir, 0755) != 0) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, dir, 0, 0,
			     "cannot create the store directory: %s",
			     strerror(errno));
		return IRKG_EIO;
	}
	return IRKG_OK;
}

/* Whether DIR holds an LMDB store's data file. */
static int has_lmdb_data(const char *dir)
{
	char *path = join_path(dir, "data.mdb");
	int found = path && file_exists(path);

	free(path);
	return found;
}

/* Whether DIR is an irkg store on Berkeley DB (Redland's hashes): its
 * marker without LMDB's data file. */
static int is_berkeley_db_store(const char *dir)
{
	char *marker = join_path(dir, MARKER_NAME);
	int found = marker && file_exists(marker) && !has_lmdb_data(dir);

	free(marker);
	return found;
}

static int open_dir_store(irkg_store *store, const char *dir, int wait)
{
	int is_store, create = 0, rc;

	rc = prepare_store_dir(store, dir, &is_store);
	if (rc)
		return rc;
	if (is_store && has_lmdb_data(dir)) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "%s is an LMDB store, not a Berkeley DB one: name "
			     "it --store %s",
			     dir, dir);
		return IRKG_ENOTSTORE;
	}
	store->lock_path = join_path(dir, "lock");
	store->dir = strdup(dir);
	if (!store->lock_path || !store->dir)
		return IRKG_ENOMEM;
	rc = take_lock(store, wait);
	if (rc)
		return rc;
	if (is_store && irkg_snapshot_exists(dir)) {
		rc = restore_interrupted_write(store);
		if (rc)
			return rc;
	}
	create = !is_store;
	rc = open_model(store, dir, create);
	if (rc) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "cannot open the Berkeley DB files of store %s",
			     dir);
		return rc;
	}
	if (create)
		return write_marker(dir, MARKER_TEXT);
	return IRKG_OK;
}

/* lmdb:DIR. A writer takes the lock so that two irkg writers queue; a
 * reader takes none: LMDB gives it a snapshot that writers never block. */
static int open_lmdb_store(irkg_store *store, const char *dir, int wait)
{
	int is_store, rc;

	rc = prepare_store_dir(store, dir, &is_store);
	if (rc)
		return rc;
	if (is_store && !has_lmdb_data(dir)) {
		irkg_ctx_log(
			store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			"%s is an irkg store on Berkeley DB, not LMDB: name "
			"it --store %s (or hashes:%s)",
			dir, dir, dir);
		return IRKG_ENOTSTORE;
	}
	store->dir = strdup(dir);
	if (!store->dir)
		return IRKG_ENOMEM;
	if (store->mode == IRKG_STORE_WRITE) {
		store->lock_path = join_path(dir, "lock");
		if (!store->lock_path)
			return IRKG_ENOMEM;
		rc = take_lock(store, wait);
		if (rc)
			return rc;
	}
	rc = open_model(store, dir, !is_store);
	if (rc) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "cannot open the LMDB files of store %s; nothing "
			     "in it was changed",
			     store->name);
		return rc;
	}
	if (!is_store)
		return write_marker(dir, LMDB_MARKER_TEXT);
	return IRKG_OK;
}

static int open_sqlite_store(irkg_store *store, const char *file, int wait)
{
	int exists = file_exists(file), rc;

	if (!exists && store->mode == IRKG_STORE_READ) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "no store at sqlite:%s: create one with 'irkg "
			     "load' or 'irkg ingest'",
			     file);
		return IRKG_ENOTFOUND;
	}
	store->lock_path = suffixed(file, ".lock");
	store->journal_path = suffixed(file, ".journal");
	if (!store->lock_path || !store->journal_path)
		return IRKG_ENOMEM;
	rc = take_lock(store, wait);
	if (rc)
		return rc;
	rc = open_model(store, file, !exists);
	if (rc)
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "sqlite:%s is not an irkg store (Redland could "
			     "not open it as SQLite storage)",
			     file);
	return rc == IRKG_ESTORE ? IRKG_ENOTSTORE : rc;
}

static int recover(irkg_store *store);

/* virtuoso:host=H:PORT;user=U;password=P[;dsn=D]. The server keeps its
 * own locks, so irkg takes none; a write keeps a journal in a temporary
 * file, as for PostgreSQL. The connection is tried at once, so that a
 * server that is not there is said so here. */
static int open_virtuoso_store(irkg_store *store, const char *spec)
{
	int rc = open_model(store, spec, 0);

	/* SELECT answers come through the SPARQL endpoint when the spec
	 * names it (irkg_store_server_select) */
	if (!rc && (store->http = irkg_spec_field(spec, "http")) &&
	    !*store->http) {
		free(store->http);
		store->http = NULL;
	}
	if (!rc)
		rc = irkg_virtuoso_connect(irkg_ctx_world(store->ctx),
					   store->model);
	if (rc == IRKG_EUNSUPPORTED)
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "Redland's Virtuoso module has no SPARQL engine "
			     "here (librdf_init_query_virtuoso not found)");
	else if (rc)
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "cannot reach Virtuoso at %s: is the server "
			     "running (make virtuoso-start), and is the ODBC "
			     "data source '%s' known (make deps registers it "
			     "in /etc/odbc.ini; see README, 'Virtuoso')?",
			     spec, IRKG_VIRTUOSO_DSN);
	return rc == IRKG_ENOTFOUND || rc == IRKG_ESTORE ? IRKG_ENOTFOUND : rc;
}

/* Store specs with a type prefix, the Redland storage module behind each
 * and the Debian package that ships it. Types irkg cannot use yet are
 * listed so that "mysql:..." is refused rather than taken for a
 * directory of that name. */
static const struct store_type {
	const char *prefix, *module, *package;
	int usable;
} store_types[] = {
	{"lmdb:", IRKG_LMDB_STORAGE_NAME, NULL, 1}, /* irkg's own */
	{"hashes:", "hashes", NULL, 1},		    /* Berkeley DB */
	{"sqlite:", "sqlite", "librdf-storage-sqlite", 1},
	{"postgresql:", "postgresql", "librdf-storage-postgresql", 1},
	{"mysql:", "mysql", "librdf-storage-mysql", 0},
	{"virtuoso:", "virtuoso", "librdf-storage-virtuoso", 1},
};

/* Whether librdf loaded the storage module `name`. */
static int storage_module_loaded(librdf_world *world, const char *name)
{
	const char *found;
	unsigned i;

	for (i = 0; !librdf_storage_enumerate(world, i, &found, NULL); i++)
		if (strcmp(found, name) == 0)
			return 1;
	return 0;
}

/* The length of a type prefix "word:" at the start of `spec` (letters,
 * digits, '+', '-' and '.' after a letter, as in a URI scheme), or 0 for
 * a path. "./a:b" names a directory. */
static size_t spec_prefix_length(const char *spec)
{
	size_t n = 0;

	if (!isalpha((unsigned char)spec[0]))
		return 0;
	while (isalnum((unsigned char)spec[n]) ||
	       (spec[n] && strchr("+-.", spec[n])))
		n++;
	return spec[n] == ':' ? n + 1 : 0;
}

/* Refuse a spec that names a store type irkg cannot open here, saying
 * why and what to do. */
static int check_store_type(irkg_ctx *ctx, const char *spec)
{
	size_t n = spec_prefix_length(spec), i;

	if (n == 0)
		return IRKG_OK;
	for (i = 0; i < sizeof(store_types) / sizeof(store_types[0]); i++)
		if (strncmp(spec, store_types[i].prefix, n) == 0 &&
		    store_types[i].prefix[n] == '\0')
			break;
	if (i == sizeof(store_types) / sizeof(store_types[0])) {
		irkg_ctx_log(
			ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			"unknown store type '%.*s' in '%s': give a "
			"directory, 'memory', 'sqlite:FILE', 'lmdb:DIR', "
			"'postgresql:host=H;database=D' or "
			"'virtuoso:host=H:PORT;user=U;password=P' (a directory "
			"whose name has a colon: './%s')",
			(int)n, spec, spec, spec);
		return IRKG_EINVAL;
	}
	if (!store_types[i].usable) {
		irkg_ctx_log(
			ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			"irkg cannot use Redland's %s storage yet: give "
			"a directory, 'memory', 'sqlite:FILE', 'lmdb:DIR', "
			"'postgresql:host=H;database=D' or "
			"'virtuoso:host=H:PORT;user=U;password=P'",
			store_types[i].module);
		return IRKG_EINVAL;
	}
	if (store_types[i].package &&
	    !storage_module_loaded(irkg_ctx_world(ctx),
				   store_types[i].module)) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "cannot open '%s': Redland's %s storage module "
			     "is not installed (install it with: apt-get "
			     "install %s)",
			     spec, store_types[i].module,
			     store_types[i].package);
		return IRKG_ENOTFOUND;
	}
	return IRKG_OK;
}

int irkg_store_open(irkg_store **out, irkg_ctx *ctx, const char *spec,
		    enum irkg_store_mode mode, int lock_wait_seconds)
{
	irkg_store *store = calloc(1, sizeof(*store));
	int rc = IRKG_OK;

	*out = NULL;
	if (!store)
		return IRKG_ENOMEM;
	store->ctx = ctx;
	store->mode = mode;
	store->lock_fd = -1;
	store->name = strdup(spec);
	if (!store->name) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	rc = check_store_type(ctx, spec);
	if (rc)
		goto cleanup;
	if (strcmp(spec, "memory") == 0) {
		store->kind = KIND_MEMORY;
		rc = open_model(store, NULL, 1);
	} else if (strncmp(spec, "sqlite:", 7) == 0) {
		store->kind = KIND_SQLITE;
		rc = open_sqlite_store(store, spec + 7, lock_wait_seconds);
	} else if (strncmp(spec, "lmdb:", 5) == 0) {
		store->kind = KIND_LMDB;
		rc = open_lmdb_store(store, spec + 5, lock_wait_seconds);
	} else if (strncmp(spec, "hashes:", 7) == 0) {
		store->kind = KIND_DIR;
		rc = open_dir_store(store, spec + 7, lock_wait_seconds);
	} else if (strncmp(spec, "postgresql:", 11) == 0) {
		store->kind = KIND_POSTGRESQL;
		rc = open_model(store, spec + 11, 0);
		if (rc && mode == IRKG_STORE_WRITE)
			rc = open_model(store, spec + 11, 1);
		if (rc) {
			irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0,
				     "cannot open PostgreSQL store %s: is the "
				     "server running (scripts/postgresql.sh "
				     "starts one), and the database there?",
				     spec);
			if (rc == IRKG_ESTORE)
				rc = IRKG_ENOTFOUND;
		}
	} else if (strncmp(spec, "virtuoso:", 9) == 0) {
		store->kind = KIND_VIRTUOSO;
		rc = open_virtuoso_store(store, spec + 9);
	} else if (is_berkeley_db_store(spec)) {
		/* made before LMDB was the default: still read and written */
		store->kind = KIND_DIR;
		rc = open_dir_store(store, spec, lock_wait_seconds);
	} else {
		store->kind = KIND_LMDB;
		rc = open_lmdb_store(store, spec, lock_wait_seconds);
	}
	if (rc)
		goto cleanup;
	if (store->journal_path && file_exists(store->journal_path))
		rc = recover(store);
cleanup:
	if (rc) {
		irkg_store_free(store);
		return rc;
	}
	*out = store;
	return IRKG_OK;
}

static void free_graph_list(irkg_store *store)
{
	size_t i;

	for (i = 0; i < store->n_graphs; i++)
		free(store->graphs[i]);
	free(store->graphs);
	store->graphs = NULL;
	store->n_graphs = 0;
}

void irkg_store_free(irkg_store *store)
{
	if (!store)
		return;
	if (store->in_transaction)
		irkg_store_rollback(store);
	if (store->model)
		librdf_free_model(store->model);
	if (store->storage)
		librdf_free_storage(store->storage);
	if (store->lock_fd >= 0)
		close(store->lock_fd); /* releases the flock */
	if (store->anonymous_journal)
		fclose(store->anonymous_journal);
	free_graph_list(store);
	free(store->lock_path);
	free(store->dir);
	free(store->journal_path);
	free(store->http);
	free(store->name);
	free(store);
}

librdf_model *irkg_store_model(irkg_store *store)
{
	return store->model;
}

irkg_ctx *irkg_store_ctx(irkg_store *store)
{
	return store->ctx;
}

const char *irkg_store_name(const irkg_store *store)
{
	return store->name;
}

static librdf_node *graph_node(irkg_store *store, const char *iri)
{
	return librdf_new_node_from_uri_string(irkg_ctx_world(store->ctx),
					       (const unsigned char *)iri);
}

/* Whether g is one of the server's own graphs, not irkg's. */
static int is_system_graph(irkg_store *store, librdf_node *g)
{
	return store->kind == KIND_VIRTUOSO && g &&
	       librdf_node_is_resource(g) &&
	       irkg_virtuoso_is_system_graph((const char *)librdf_uri_as_string(
		       librdf_node_get_uri(g)));
}

/* Write one graph's statements as N-Quads lines. */
static int write_graph_nquads(irkg_store *store, librdf_node *graph,
			      raptor_iostream *io)
{
	librdf_stream *stream =
		librdf_model_context_as_stream(store->model, graph);
	int rc = IRKG_OK;

	if (!stream)
		return IRKG_ESTORE;
	while (!librdf_stream_end(stream)) {
		librdf_statement *st = librdf_stream_get_object(stream);
		raptor_statement quad = *st;
		librdf_node *object = NULL;

		if (store->kind == KIND_VIRTUOSO) {
			/* as the server gives it back (virtuoso.h) */
			object = irkg_virtuoso_mend_node(
				librdf_new_node_from_node(st->object));
			quad.object = object;
		}
		quad.graph = graph;
		rc = raptor_statement_ntriples_write(&quad, io, 1) ? IRKG_EIO
								   : IRKG_OK;
		if (object)
			librdf_free_node(object);
		if (rc)
			break;
		librdf_stream_next(stream);
	}
	librdf_free_stream(stream);
	return rc;
}

int irkg_store_write_nquads(irkg_store *store, const char *graph_iri, FILE *out)
{
	librdf_world *world = irkg_ctx_world(store->ctx);
	raptor_iostream *io = raptor_new_iostream_to_file_handle(
		librdf_world_get_raptor(world), out);
	int rc = IRKG_OK;

	if (!io)
		return IRKG_ENOMEM;
	if (graph_iri) {
		librdf_node *g = graph_node(store, graph_iri);

		rc = g ? write_graph_nquads(store, g, io) : IRKG_ENOMEM;
		if (g)
			librdf_free_node(g);
	} else if (store->kind == KIND_VIRTUOSO) {
		struct irkg_graph_info *graphs = NULL;
		size_t n = 0, i;

		rc = irkg_store_graphs(store, &graphs, &n);
		for (i = 0; i < n && !rc; i++) {
			librdf_node *g = graph_node(store, graphs[i].iri);

			rc = g ? write_graph_nquads(store, g, io) : IRKG_ENOMEM;
			if (g)
				librdf_free_node(g);
		}
		irkg_graph_info_free(graphs, n);
	} else {
		librdf_iterator *it = librdf_model_get_contexts(store->model);

		if (!it)
			rc = IRKG_ESTORE;
		while (it && !rc && !librdf_iterator_end(it)) {
			librdf_node *g = librdf_iterator_get_object(it);

			if (!is_system_graph(store, g))
				rc = write_graph_nquads(store, g, io);
			librdf_iterator_next(it);
		}
		if (it)
			librdf_free_iterator(it);
	}
	raptor_free_iostream(io);
	if (fflush(out) != 0 || ferror(out))
		rc = IRKG_EIO;
	return rc;
}

static int sync_path_dir(const char *path)
{
	char *copy = strdup(path), *slash;
	int fd, rc = 0;

	if (!copy)
		return IRKG_ENOMEM;
	slash = strrchr(copy, '/');
	if (slash)
		*slash = '\0';
	fd = open(slash ? copy : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		rc = fsync(fd);
		close(fd);
	}
	free(copy);
	return rc ? IRKG_EIO : IRKG_OK;
}

static int write_journal(irkg_store *store, FILE *f)
{
	librdf_world *world = irkg_ctx_world(store->ctx);
	raptor_iostream *io;
	size_t i;
	int rc = IRKG_OK;

	if (fputs(JOURNAL_HEADER, f) == EOF)
		return IRKG_EIO;
	for (i = 0; i < store->n_graphs; i++)
		if (fprintf(f, GRAPH_LINE "%s\n", store->graphs[i]) < 0)
			return IRKG_EIO;
	io = raptor_new_iostream_to_file_handle(librdf_world_get_raptor(world),
						f);
	if (!io)
		return IRKG_ENOMEM;
	for (i = 0; i < store->n_graphs && !rc; i++) {
		librdf_node *g = graph_node(store, store->graphs[i]);

		rc = g ? write_graph_nquads(store, g, io) : IRKG_ENOMEM;
		if (g)
			librdf_free_node(g);
	}
	raptor_free_iostream(io);
	if (!rc && (fflush(f) != 0 || fsync(fileno(f)) != 0))
		rc = IRKG_EIO;
	return rc;
}

int irkg_store_begin(irkg_store *store, const char *const *graph_iris,
		     size_t n_graphs)
{
	FILE *f = NULL;
	char *tmp = NULL;
	size_t i;
	int rc = IRKG_OK;

	if (store->mode != IRKG_STORE_WRITE || store->in_transaction)
		return IRKG_EINVAL;
	store->graphs = calloc(n_graphs ? n_graphs : 1, sizeof(char *));
	if (!store->graphs)
		return IRKG_ENOMEM;
	for (i = 0; i < n_graphs; i++) {
		store->graphs[i] = strdup(graph_iris[i]);
		if (!store->graphs[i]) {
			store->n_graphs = i;
			rc = IRKG_ENOMEM;
			goto cleanup;
		}
	}
	store->n_graphs = n_graphs;
	if (store->kind == KIND_LMDB) {
		if (librdf_model_transaction_start(store->model)) {
			rc = IRKG_ESTORE;
			goto cleanup;
		}
		store->in_transaction = 1;
		goto cleanup;
	}
	if (store->kind == KIND_DIR) {
		if (librdf_model_sync(store->model) ||
		    irkg_snapshot_take(store->dir)) {
			irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, store->dir, 0,
				     0,
				     "cannot copy the store before writing: %s",
				     strerror(errno));
			rc = IRKG_EIO;
			goto cleanup;
		}
		store->in_transaction = 1;
		goto cleanup;
	}
	if (store->journal_path) {
		tmp = suffixed(store->journal_path, ".new");
		if (!tmp) {
			rc = IRKG_ENOMEM;
			goto cleanup;
		}
		f = fopen(tmp, "w");
	} else {
		f = tmpfile();
	}
	if (!f) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, tmp, 0, 0,
			     "cannot write the store's journal: %s",
			     strerror(errno));
		rc = IRKG_EIO;
		goto cleanup;
	}
	rc = write_journal(store, f);
	if (rc)
		goto cleanup;
	if (store->journal_path) {
		if (fclose(f) != 0) {
			f = NULL;
			rc = IRKG_EIO;
			goto cleanup;
		}
		f = NULL;
		/* The rename arms the journal: from here on, a crash rolls
		 * these graphs back to what was just saved. */
		if (rename(tmp, store->journal_path) != 0 ||
		    sync_path_dir(store->journal_path) != 0) {
			rc = IRKG_EIO;
			goto cleanup;
		}
	} else {
		store->anonymous_journal = f;
		f = NULL;
	}
	store->in_transaction = 1;
cleanup:
	if (f)
		fclose(f);
	if (rc && tmp)
		unlink(tmp);
	free(tmp);
	if (rc)
		free_graph_list(store);
	return rc;
}

static int graph_in_transaction(irkg_store *store, const char *iri)
{
	size_t i;

	for (i = 0; i < store->n_graphs; i++)
		if (strcmp(store->graphs[i], iri) == 0)
			return 1;
	return 0;
}

int irkg_store_clear_graph(irkg_store *store, const char *graph_iri)
{
	librdf_node *g;
	int rc;

	if (!store->in_transaction || !graph_in_transaction(store, graph_iri))
		return IRKG_EINVAL;
	g = graph_node(store, graph_iri);
	if (!g)
		return IRKG_ENOMEM;
	rc = librdf_model_context_remove_statements(store->model, g);
	librdf_free_node(g);
	return rc ? IRKG_ESTORE : IRKG_OK;
}

int irkg_store_commit(irkg_store *store)
{
	int rc = IRKG_OK;

	if (!store->in_transaction)
		return IRKG_EINVAL;
	if (store->kind == KIND_LMDB) {
		/* Committed or not, the transaction is over. */
		if (librdf_model_transaction_commit(store->model))
			rc = IRKG_ESTORE;
		store->in_transaction = 0;
		free_graph_list(store);
		return rc;
	}
	if (librdf_model_sync(store->model))
		rc = IRKG_ESTORE;
	if (rc)
		return rc;
	if (store->kind == KIND_DIR && irkg_snapshot_commit(store->dir)) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, store->dir, 0, 0,
			     "cannot make the write durable: %s",
			     strerror(errno));
		return IRKG_EIO;
	}
	if (store->journal_path && unlink(store->journal_path) != 0) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, store->journal_path, 0,
			     0, "cannot remove the journal: %s",
			     strerror(errno));
		return IRKG_EIO;
	}
	if (store->anonymous_journal) {
		fclose(store->anonymous_journal);
		store->anonymous_journal = NULL;
	}
	store->in_transaction = 0;
	free_graph_list(store);
	return IRKG_OK;
}

static int add_journal_statement(void *data, raptor_statement *st)
{
	irkg_store *store = data;

	if (!st->graph)
		return IRKG_EPARSE; /* every journal line is a quad */
	return librdf_model_context_add_statement(store->model, st->graph, st)
		       ? IRKG_ESTORE
		       : IRKG_OK;
}

/* Clear the journal's graphs and reload their saved statements. */
static int replay_journal(irkg_store *store, FILE *f, const char *label)
{
	char line[8192];
	int rc = IRKG_OK;

	rewind(f);
	/* Graph lines come first, each alone on a line. */
	while (fgets(line, sizeof(line), f)) {
		size_t n = strlen(line);
		librdf_node *g;

		if (strncmp(line, GRAPH_LINE, 3) != 0) {
			if (line[0] == '#')
				continue;
			break;
		}
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		g = graph_node(store, line + 3);
		if (!g)
			return IRKG_ENOMEM;
		if (librdf_model_context_remove_statements(store->model, g))
			rc = IRKG_ESTORE;
		librdf_free_node(g);
		if (rc)
			return rc;
	}
	rewind(f);
	rc = irkg_parse_file(store->ctx, f, label, "nquads", "urn:irkg:journal",
			     add_journal_statement, store);
	if (!rc && librdf_model_sync(store->model))
		rc = IRKG_ESTORE;
	return rc;
}

int irkg_store_rollback(irkg_store *store)
{
	FILE *f;
	int rc;

	if (!store->in_transaction)
		return IRKG_EINVAL;
	if (store->kind == KIND_LMDB) {
		rc = librdf_model_transaction_rollback(store->model)
			     ? IRKG_ESTORE
			     : IRKG_OK;
		store->in_transaction = 0;
		free_graph_list(store);
		return rc;
	}
	if (store->kind == KIND_DIR) {
		/* Close Berkeley DB before its files are swapped back. */
		librdf_free_model(store->model);
		librdf_free_storage(store->storage);
		store->model = NULL;
		store->storage = NULL;
		rc = irkg_snapshot_restore(store->dir);
		if (!rc)
			rc = open_model(store, store->dir, 0);
		store->in_transaction = 0;
		free_graph_list(store);
		return rc;
	}
	if (store->anonymous_journal) {
		f = store->anonymous_journal;
		rc = replay_journal(store, f, "(journal)");
		fclose(f);
		store->anonymous_journal = NULL;
	} else {
		f = fopen(store->journal_path, "r");
		if (!f)
			return IRKG_EIO;
		rc = replay_journal(store, f, store->journal_path);
		fclose(f);
		if (!rc)
			unlink(store->journal_path);
	}
	store->in_transaction = 0;
	free_graph_list(store);
	return rc;
}

/* A journal left by a process that died: undo its write. Readers need the
 * exclusive lock for this, so they upgrade and then step back down. */
static int recover(irkg_store *store)
{
	FILE *f;
	int rc;
	enum irkg_store_mode mode = store->mode;

	if (mode == IRKG_STORE_READ) {
		if (flock(store->lock_fd, LOCK_EX | LOCK_NB) != 0) {
			irkg_ctx_log(
				store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
				"store %s has an interrupted write to undo, "
				"but another process is reading it; try "
				"again when it has finished",
				store->name);
			return IRKG_ELOCKED;
		}
		/* Reopen the storage writable to undo the write. */
		librdf_free_model(store->model);
		librdf_free_storage(store->storage);
		store->model = NULL;
		store->storage = NULL;
		store->mode = IRKG_STORE_WRITE;
		rc = open_model(store, store->name + 7, 0); /* sqlite:FILE */
		if (rc)
			return rc;
	}
	f = fopen(store->journal_path, "r");
	if (!f)
		return IRKG_EIO;
	rc = replay_journal(store, f, store->journal_path);
	fclose(f);
	if (rc) {
		irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, store->journal_path, 0,
			     0,
			     "could not undo an interrupted write; the "
			     "journal is kept for another try");
		return rc;
	}
	unlink(store->journal_path);
	irkg_ctx_log(store->ctx, IRKG_LOG_WARN, NULL, 0, 0,
		     "store %s: an interrupted write was found and undone",
		     store->name);
	if (mode == IRKG_STORE_READ) {
		flock(store->lock_fd, LOCK_SH);
		store->mode = mode;
	}
	return IRKG_OK;
}

static int server_each(irkg_store *store, const char *sparql,
		       int (*fn)(void *, librdf_node *), void *data);

static int keep_count(void *data, librdf_node *node)
{
	const unsigned char *text =
		librdf_node_is_literal(node)
			? librdf_node_get_literal_value(node)
			: NULL;

	*(long *)data = text ? strtol((const char *)text, NULL, 10) : -1;
	return 1;
}

/* A graph's size counted on the server: the module would stream it. */
static long server_graph_size(irkg_store *store, const char *graph_iri)
{
	static const char form[] =
		"SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }";
	size_t len = sizeof(form) + strlen(graph_iri);
	char *sparql = malloc(len);
	long n = -1;

	if (!sparql || strpbrk(graph_iri, "<>\" {}|^`\\")) {
		free(sparql);
		return -1;
	}
	snprintf(sparql, len, form, graph_iri);
	if (server_each(store, sparql, keep_count, &n))
		n = -1;
	free(sparql);
	return n;
}

static int compare_graph_info(const void *a, const void *b)
{
	const struct irkg_graph_info *x = a, *y = b;

	return strcmp(x->iri, y->iri);
}

long irkg_store_graph_size(irkg_store *store, const char *graph_iri)
{
	librdf_node *g = graph_node(store, graph_iri);
	librdf_stream *s;
	long n = 0;

	if (!g)
		return -1;
	if (store->kind == KIND_LMDB) {
		int rc = irkg_lmdb_storage_graph_size(store->storage, g, &n);

		librdf_free_node(g);
		return rc ? -1 : n;
	}
	if (store->kind == KIND_VIRTUOSO) {
		librdf_free_node(g);
		return server_graph_size(store, graph_iri);
	}
	s = librdf_model_context_as_stream(store->model, g);
	librdf_free_node(g);
	if (!s)
		return -1;
	for (; !librdf_stream_end(s); librdf_stream_next(s))
		n++;
	librdf_free_stream(s);
	return n;
}

struct graph_list {
	struct irkg_graph_info *list;
	size_t n, cap;
	int rc;
};

static int graph_list_add(struct graph_list *gl, const char *iri, long size)
{
	if (gl->n == gl->cap) {
		size_t ncap = gl->cap ? gl->cap * 2 : 16;
		struct irkg_graph_info *grown =
			realloc(gl->list, ncap * sizeof(*gl->list));

		if (!grown)
			return IRKG_ENOMEM;
		gl->list = grown;
		gl->cap = ncap;
	}
	gl->list[gl->n].iri = strdup(iri);
	if (!gl->list[gl->n].iri)
		return IRKG_ENOMEM;
	gl->list[gl->n++].triples = size;
	return IRKG_OK;
}

/* The graphs and their sizes in one query on the server: the module's
 * get_contexts (DB.DBA.SPARQL_SELECT_KNOWN_GRAPHS) takes seconds even on
 * a small store, and its sizes would be streamed statement by statement. */
static int server_graphs(irkg_store *store, struct graph_list *gl)
{
	irkg_answer *answer = NULL;
	int rc = irkg_store_server_select(store,
					  "SELECT ?g (COUNT(*) AS ?n) WHERE { "
					  "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
					  &answer);

	for (; !rc && !irkg_answer_finished(answer); irkg_answer_next(answer)) {
		librdf_node *g = irkg_answer_value(answer, 0);
		librdf_node *size = irkg_answer_value(answer, 1);
		long n = -1;

		if (size)
			keep_count(&n, size);
		if (g && librdf_node_is_resource(g) &&
		    !is_system_graph(store, g))
			rc = graph_list_add(gl,
					    (const char *)librdf_uri_as_string(
						    librdf_node_get_uri(g)),
					    n);
		if (g)
			librdf_free_node(g);
		if (size)
			librdf_free_node(size);
	}
	irkg_answer_free(answer);
	return rc;
}

int irkg_store_graphs(irkg_store *store, struct irkg_graph_info **out,
		      size_t *count)
{
	librdf_iterator *it = NULL;
	struct irkg_graph_info *list = NULL;
	size_t n = 0, cap = 0;
	int rc = IRKG_OK;

	*out = NULL;
	*count = 0;
	if (store->kind == KIND_VIRTUOSO) {
		struct graph_list gl = {NULL, 0, 0, IRKG_OK};

		rc = server_graphs(store, &gl);
		if (rc) {
			irkg_graph_info_free(gl.list, gl.n);
			return rc;
		}
		if (gl.n)
			qsort(gl.list, gl.n, sizeof(*gl.list),
			      compare_graph_info);
		*out = gl.list;
		*count = gl.n;
		return IRKG_OK;
	}
	it = librdf_model_get_contexts(store->model);
	if (!it)
		return IRKG_ESTORE;
	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *g = librdf_iterator_get_object(it);
		const char *iri;

		if (!g || !librdf_node_is_resource(g) ||
		    is_system_graph(store, g))
			continue;
		iri = (const char *)librdf_uri_as_string(
			librdf_node_get_uri(g));
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct irkg_graph_info *grown =
				realloc(list, ncap * sizeof(*list));

			if (!grown) {
				rc = IRKG_ENOMEM;
				break;
			}
			list = grown;
			cap = ncap;
		}
		list[n].iri = strdup(iri);
		if (!list[n].iri) {
			rc = IRKG_ENOMEM;
			break;
		}
		list[n].triples = 0;
		n++;
	}
	librdf_free_iterator(it);
	if (rc) {
		irkg_graph_info_free(list, n);
		return rc;
	}
	for (size_t i = 0; i < n; i++)
		list[i].triples = irkg_store_graph_size(store, list[i].iri);
	if (n)
		qsort(list, n, sizeof(*list), compare_graph_info);
	*out = list;
	*count = n;
	return IRKG_OK;
}

void irkg_graph_info_free(struct irkg_graph_info *graphs, size_t count)
{
	size_t i;

	if (!graphs)
		return;
	for (i = 0; i < count; i++)
		free(graphs[i].iri);
	free(graphs);
}

/* Set one of the LMDB storage's features to a literal `text`. */
static int set_lmdb_feature(irkg_store *store, const char *uri,
			    const char *text)
{
	librdf_world *world = irkg_ctx_world(store->ctx);
	librdf_uri *feature;
	librdf_node *value;
	int rc;

	if (store->kind != KIND_LMDB)
		return IRKG_EUNSUPPORTED;
	feature = librdf_new_uri(world, (const unsigned char *)uri);
	value = librdf_new_node_from_literal(world, (const unsigned char *)text,
					     NULL, 0);
	rc = feature && value ? librdf_storage_set_feature(store->storage,
							   feature, value)
			      : 1;
	if (feature)
		librdf_free_uri(feature);
	if (value)
		librdf_free_node(value);
	return rc ? IRKG_ESTORE : IRKG_OK;
}

int irkg_store_set_time_limit(irkg_store *store, double seconds)
{
	char text[32];

	snprintf(text, sizeof(text), "%.3f", seconds);
	return set_lmdb_feature(store, IRKG_LMDB_FEATURE_TIME_LIMIT, text);
}

int irkg_store_scope_graphs(irkg_store *store, const char *iris)
{
	return set_lmdb_feature(store, IRKG_LMDB_FEATURE_GRAPH_SCOPE, iris);
}

int irkg_store_list_graphs(irkg_store *store, int list)
{
	return set_lmdb_feature(store, IRKG_LMDB_FEATURE_LIST_GRAPHS,
				list ? "1" : "0");
}

int irkg_store_timed_out(irkg_store *store)
{
	librdf_world *world = irkg_ctx_world(store->ctx);
	librdf_uri *feature;
	librdf_node *value = NULL;
	const unsigned char *text;
	int timed_out = 0;

	if (store->kind != KIND_LMDB)
		return 0;
	feature = librdf_new_uri(
		world, (const unsigned char *)IRKG_LMDB_FEATURE_TIMED_OUT);
	if (feature)
		value = librdf_storage_get_feature(store->storage, feature);
	text = value ? librdf_node_get_literal_value(value) : NULL;
	timed_out = text && strcmp((const char *)text, "1") == 0;
	if (value)
		librdf_free_node(value);
	if (feature)
		librdf_free_uri(feature);
	return timed_out;
}

const char *irkg_store_query_language(const irkg_store *store)
{
	return store->kind == KIND_VIRTUOSO ? IRKG_VIRTUOSO_QUERY_LANGUAGE
					    : NULL;
}

int irkg_store_reads_union(const irkg_store *store)
{
	return store->kind != KIND_VIRTUOSO;
}

/* The answer to `text` (Virtuoso's) through the store's SPARQL endpoint;
 * IRKG_EUNSUPPORTED when it is too long for a URL (nothing was sent). */
static int endpoint_select(irkg_store *store, const char *text,
			   irkg_answer **out)
{
	char why[512];
	int rc = irkg_virtuoso_http_select(out, irkg_ctx_world(store->ctx),
					   store->http, text, why, sizeof(why));

	if (rc == IRKG_OK || rc == IRKG_ENOMEM || rc == IRKG_EUNSUPPORTED)
		return rc;
	irkg_ctx_log(store->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
		     "Virtuoso's SPARQL endpoint at %s: %s", store->http,
		     *why ? why : "no answer (is http= right?)");
	return IRKG_ESTORE;
}

/* The answer of the SELECT `text` (Virtuoso's) on the store: through the
 * endpoint when there is one and it fits in a URL, else the module's. */
static int server_answer(irkg_store *store, const char *text, irkg_answer **out)
{
	librdf_query *query;
	librdf_query_results *results;
	int rc;

	if (store->http &&
	    (rc = endpoint_select(store, text, out)) != IRKG_EUNSUPPORTED)
		return rc;
	query = librdf_new_query(irkg_ctx_world(store->ctx),
				 IRKG_VIRTUOSO_QUERY_LANGUAGE, NULL,
				 (const unsigned char *)text, NULL);
	if (!query)
		return IRKG_ESTORE;
	results = librdf_model_query_execute(store->model, query);
	if (!results) {
		librdf_free_query(query); /* run: safe to free */
		return IRKG_ESTORE;
	}
	return irkg_answer_adopt(out, query, results);
}

int irkg_store_server_select(irkg_store *store, const char *sparql,
			     irkg_answer **out)
{
	const char *form = irkg_sparql_form(sparql, strlen(sparql));
	char *text = NULL;
	int rc, yes;

	*out = NULL;
	if (store->kind != KIND_VIRTUOSO)
		return IRKG_EUNSUPPORTED;
	if ((rc = irkg_virtuoso_query_text(sparql, &text)))
		return rc;
	rc = server_answer(store, text, out);
	free(text);
	if (rc || !form || strcmp(form, "ASK") != 0)
		return rc;
	/* sent as a SELECT that has a row when the ASK is true */
	yes = !irkg_answer_finished(*out);
	irkg_answer_free(*out);
	return irkg_answer_from_boolean(out, yes);
}

/* Run `sparql` (one variable) on the server and pass each value to fn
 * until it returns non-zero. */
static int server_each(irkg_store *store, const char *sparql,
		       int (*fn)(void *, librdf_node *), void *data)
{
	irkg_answer *answer = NULL;
	int rc = irkg_store_server_select(store, sparql, &answer);

	for (; !rc && !irkg_answer_finished(answer); irkg_answer_next(answer)) {
		librdf_node *v = irkg_answer_value(answer, 0);

		if (v) {
			int stop = fn(data, v);

			librdf_free_node(v);
			if (stop)
				break;
		}
	}
	irkg_answer_free(answer);
	return rc;
}

/* "SELECT ?x WHERE { A B C }" with one of them "?x", or NULL when a
 * term cannot be written (a blank node). */
static char *pattern_query(librdf_node *a, librdf_node *b, librdf_node *c,
			   int limit)
{
	char *terms[3] = {NULL, NULL, NULL}, *sparql = NULL;
	librdf_node *nodes[3] = {a, b, c};
	size_t i, n;

	for (i = 0; i < 3; i++)
		if (nodes[i] && !(terms[i] = irkg_virtuoso_term(nodes[i])))
			goto cleanup;
	n = 64 + (terms[0] ? strlen(terms[0]) : 2) +
	    (terms[1] ? strlen(terms[1]) : 2) +
	    (terms[2] ? strlen(terms[2]) : 2);
	sparql = malloc(n);
	if (sparql)
		snprintf(sparql, n, "SELECT ?x WHERE { %s %s %s }%s",
			 terms[0] ? terms[0] : "?x", terms[1] ? terms[1] : "?x",
			 terms[2] ? terms[2] : "?x", limit ? " LIMIT 1" : "");
cleanup:
	for (i = 0; i < 3; i++)
		raptor_free_memory(terms[i]);
	return sparql;
}

static int keep_first(void *data, librdf_node *node)
{
	*(librdf_node **)data = librdf_new_node_from_node(node);
	return 1;
}

librdf_node *irkg_store_get_target(irkg_store *store, librdf_node *subject,
				   librdf_node *predicate)
{
	librdf_node *found = NULL;
	char *sparql;

	if (irkg_store_reads_union(store))
		return librdf_model_get_target(store->model, subject,
					       predicate);
	sparql = pattern_query(subject, predicate, NULL, 1);
	if (sparql)
		(void)server_each(store, sparql, keep_first, &found);
	free(sparql);
	return found;
}

librdf_node *irkg_store_get_source(irkg_store *store, librdf_node *predicate,
				   librdf_node *object)
{
	librdf_node *found = NULL;
	char *sparql;

	if (irkg_store_reads_union(store))
		return librdf_model_get_source(store->model, predicate, object);
	sparql = pattern_query(NULL, predicate, object, 1);
	if (sparql)
		(void)server_each(store, sparql, keep_first, &found);
	free(sparql);
	return found;
}

int irkg_store_each_target(irkg_store *store, librdf_node *subject,
			   librdf_node *predicate,
			   int (*fn)(void *, librdf_node *), void *data)
{
	librdf_iterator *it;
	char *sparql;
	int rc;

	if (!irkg_store_reads_union(store)) {
		sparql = pattern_query(subject, predicate, NULL, 0);
		if (!sparql)
			return IRKG_ENOMEM;
		rc = server_each(store, sparql, fn, data);
		free(sparql);
		return rc;
	}
	it = librdf_model_get_targets(store->model, subject, predicate);
	if (!it)
		return IRKG_ESTORE;
	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *o = librdf_iterator_get_object(it);

		if (o && fn(data, o))
			break;
	}
	librdf_free_iterator(it);
	return IRKG_OK;
}
