/* Quads of 32-bit node ids in LMDB: a node dictionary and five orderings.
 *
 * Nodes are stored once, encoded, under a 4-byte big-endian id (id2node);
 * node2id finds an id from a 64-bit FNV-1a hash of the encoding, every
 * candidate checked against id2node so that colliding hashes stay apart.
 * A quad is a 16-byte key (four big-endian ids) with an empty value, kept
 * in five orders so that any pattern is one range scan: SPOG, POSG, OSPG,
 * GSPO and GPOS. The statement count is the entry count of SPOG and the
 * next id follows the last key of id2node, so a write touches nothing but
 * its own keys. Design notes: docs/lmdb-store.md. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lmdb_quads.h"
#include "strmap.h"

#define FORMAT_KEY "format"
#define FORMAT_VALUE "irkg-lmdb 1"
/* 32 GiB of address space (the file itself grows as needed): about 150 M
 * quads. Not more, so that valgrind, whose address space is smaller than
 * the machine's, can run irkg. */
#define MAP_SIZE ((size_t)1 << 35)
#define READER_POOL 8
#define N_INDEXES 5

static const struct index_order {
	const char *name;
	int slot[4]; /* the quad position at each key slot */
} index_orders[N_INDEXES] = {
	{"spog", {QUAD_S, QUAD_P, QUAD_O, QUAD_G}},
	{"posg", {QUAD_P, QUAD_O, QUAD_S, QUAD_G}},
	{"ospg", {QUAD_O, QUAD_S, QUAD_P, QUAD_G}},
	{"gspo", {QUAD_G, QUAD_S, QUAD_P, QUAD_O}},
	{"gpos", {QUAD_G, QUAD_P, QUAD_O, QUAD_S}},
};
enum { SPOG, POSG, OSPG, GSPO, GPOS };

struct irkg_quads {
	MDB_env *env;
	MDB_dbi id2node, node2id, meta, index[N_INDEXES];
	int writable;
	MDB_txn *txn; /* the explicit write transaction */
	int failed;   /* a write in it failed: commit must refuse */
	unsigned generation;
	MDB_txn *pool[READER_POOL]; /* reset read-only transactions */
	size_t n_pool;
};

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static uint32_t get_be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* Data files too short to hold what their meta page claims would fault
 * when mapped: refuse them before LMDB touches a page. */
static int check_file_size(MDB_env *env, char *why, size_t why_size)
{
	MDB_envinfo info;
	MDB_stat st;
	struct stat fst;
	int fd, rc;

	rc = mdb_env_info(env, &info);
	if (!rc)
		rc = mdb_env_stat(env, &st);
	if (!rc)
		rc = mdb_env_get_fd(env, &fd);
	if (rc) {
		snprintf(why, why_size, "%s", mdb_strerror(rc));
		return rc;
	}
	if (fstat(fd, &fst) != 0) {
		snprintf(why, why_size, "%s", strerror(errno));
		return errno;
	}
	if ((unsigned long long)(info.me_last_pgno + 1) * st.ms_psize >
	    (unsigned long long)fst.st_size) {
		snprintf(why, why_size,
			 "data.mdb is truncated (%lld bytes, needs %llu)",
			 (long long)fst.st_size,
			 (unsigned long long)(info.me_last_pgno + 1) *
				 st.ms_psize);
		return MDB_CORRUPTED;
	}
	return 0;
}

static int check_format(irkg_quads *q, MDB_txn *txn, int create, char *why,
			size_t why_size)
{
	MDB_val key = {strlen(FORMAT_KEY), FORMAT_KEY}, value;
	int rc = mdb_get(txn, q->meta, &key, &value);

	if (rc == MDB_NOTFOUND && create) {
		value.mv_size = strlen(FORMAT_VALUE);
		value.mv_data = FORMAT_VALUE;
		rc = mdb_put(txn, q->meta, &key, &value, 0);
	} else if (!rc &&
		   (value.mv_size != strlen(FORMAT_VALUE) ||
		    memcmp(value.mv_data, FORMAT_VALUE, value.mv_size) != 0)) {
		snprintf(why, why_size, "data.mdb has format '%.*s', not '%s'",
			 (int)(value.mv_size < 40 ? value.mv_size : 40),
			 (const char *)value.mv_data, FORMAT_VALUE);
		return MDB_INCOMPATIBLE;
	}
	if (rc)
		snprintf(why, why_size, "data.mdb holds no irkg quad store: %s",
			 mdb_strerror(rc));
	return rc;
}

static int open_databases(irkg_quads *q, int create, char *why, size_t why_size)
{
	MDB_txn *txn = NULL;
	unsigned flags = create && q->writable ? MDB_CREATE : 0;
	int rc, i;

	rc = mdb_txn_begin(q->env, NULL, q->writable ? 0 : MDB_RDONLY, &txn);
	if (!rc)
		rc = mdb_dbi_open(txn, "meta", flags, &q->meta);
	if (!rc)
		rc = mdb_dbi_open(txn, "id2node", flags, &q->id2node);
	if (!rc)
		rc = mdb_dbi_open(txn, "node2id",
				  flags | MDB_DUPSORT | MDB_DUPFIXED,
				  &q->node2id);
	for (i = 0; !rc && i < N_INDEXES; i++)
		rc = mdb_dbi_open(txn, index_orders[i].name, flags,
				  &q->index[i]);
	if (rc) {
		snprintf(why, why_size, "data.mdb holds no irkg quad store: %s",
			 mdb_strerror(rc));
		if (txn)
			mdb_txn_abort(txn);
		return rc;
	}
	rc = check_format(q, txn, create && q->writable, why, why_size);
	if (rc) {
		mdb_txn_abort(txn);
		return rc;
	}
	rc = mdb_txn_commit(txn);
	if (rc)
		snprintf(why, why_size, "%s", mdb_strerror(rc));
	return rc;
}

static int open_env(irkg_quads *q, const char *dir, char *why, size_t why_size)
{
	/* A writer writes its pages straight into the map (MDB_WRITEMAP): a
	 * large transaction then holds no copies of its dirty pages in the
	 * process's own memory, so an ingest's memory stays flat whatever the
	 * store's size. LMDB makes data.mdb a sparse file of MAP_SIZE for it
	 * (ls shows 32 GiB, du the pages in use); a full disk then raises
	 * SIGBUS, which the command line turns into a message. */
	unsigned flags = MDB_NOTLS | (q->writable ? MDB_WRITEMAP : MDB_RDONLY);
	int rc;

	rc = mdb_env_create(&q->env);
	if (rc) {
		q->env = NULL;
		snprintf(why, why_size, "%s", mdb_strerror(rc));
		return rc;
	}
	rc = mdb_env_set_maxdbs(q->env, 16);
	if (!rc)
		rc = mdb_env_set_mapsize(q->env, MAP_SIZE);
	if (!rc)
		rc = mdb_env_open(q->env, dir, flags, 0644);
	if (rc == MDB_INVALID)
		snprintf(why, why_size,
			 "data.mdb is not an LMDB file (damaged or "
			 "overwritten)");
	else if (rc)
		snprintf(why, why_size, "%s", mdb_strerror(rc));
	return rc;
}

int irkg_quads_open(irkg_quads **out, const char *dir, int create, int writable,
		    char *why, size_t why_size)
{
	irkg_quads *q = calloc(1, sizeof(*q));
	char path[4096];
	struct stat st;
	int rc;

	*out = NULL;
	snprintf(why, why_size, "out of memory");
	if (!q)
		return ENOMEM;
	q->writable = writable;
	snprintf(path, sizeof(path), "%s/data.mdb", dir);
	if (stat(path, &st) != 0) {
		if (errno != ENOENT || !create || !writable) {
			rc = errno;
			snprintf(why, why_size, "cannot open %s: %s", path,
				 strerror(errno));
			goto cleanup;
		}
	} else if (st.st_size < 2 * sysconf(_SC_PAGESIZE)) {
		/* LMDB would take an empty file for a new store. */
		rc = MDB_CORRUPTED;
		snprintf(why, why_size, "data.mdb is truncated (%lld bytes)",
			 (long long)st.st_size);
		goto cleanup;
	}
	if (writable && access(path, F_OK) == 0) {
		/* A writer's map is writable (MDB_WRITEMAP), and LMDB then
		 * grows the file to the map's size as it opens it: a truncated
		 * file would be padded with zeros and read as pages. So look
		 * at it read-only first. */
		q->writable = 0;
		rc = open_env(q, dir, why, why_size);
		if (!rc)
			rc = check_file_size(q->env, why, why_size);
		if (q->env)
			mdb_env_close(q->env);
		q->env = NULL;
		q->writable = 1;
		if (rc)
			goto cleanup;
	}
	rc = open_env(q, dir, why, why_size);
	if (!rc)
		rc = check_file_size(q->env, why, why_size);
	if (!rc && writable) {
		int dead; /* slots of killed readers pin old pages: free them */

		rc = mdb_reader_check(q->env, &dead);
		if (rc)
			snprintf(why, why_size, "%s", mdb_strerror(rc));
	}
	if (!rc)
		rc = open_databases(q, create, why, why_size);
cleanup:
	if (rc) {
		irkg_quads_free(q);
		return rc;
	}
	*out = q;
	return 0;
}

void irkg_quads_free(irkg_quads *q)
{
	if (!q)
		return;
	if (q->txn)
		mdb_txn_abort(q->txn);
	while (q->n_pool)
		mdb_txn_abort(q->pool[--q->n_pool]);
	if (q->env)
		mdb_env_close(q->env);
	free(q);
}

int irkg_quads_writable(const irkg_quads *q)
{
	return q->writable;
}

/* ---- transactions ---- */

int irkg_quads_reader(irkg_quads *q, MDB_txn **txn, int *owned)
{
	if (q->txn) {
		*txn = q->txn;
		*owned = 0;
		return 0;
	}
	*owned = 1;
	while (q->n_pool) {
		MDB_txn *t = q->pool[--q->n_pool];

		if (mdb_txn_renew(t) == 0) {
			*txn = t;
			return 0;
		}
		mdb_txn_abort(t);
	}
	return mdb_txn_begin(q->env, NULL, MDB_RDONLY, txn);
}

void irkg_quads_release(irkg_quads *q, MDB_txn *txn)
{
	if (q->n_pool < READER_POOL) {
		mdb_txn_reset(txn);
		q->pool[q->n_pool++] = txn;
	} else {
		mdb_txn_abort(txn);
	}
}

unsigned irkg_quads_generation(const irkg_quads *q)
{
	return q->generation;
}

int irkg_quads_write(irkg_quads *q, MDB_txn **txn)
{
	*txn = NULL;
	if (!q->writable)
		return EACCES;
	if (q->txn) {
		if (q->failed)
			return MDB_BAD_TXN;
		*txn = q->txn;
		return 0;
	}
	return mdb_txn_begin(q->env, NULL, 0, txn);
}

int irkg_quads_finish_write(irkg_quads *q, MDB_txn *txn, int rc)
{
	if (!txn)
		return rc;
	if (txn == q->txn) {
		if (rc)
			q->failed = 1;
		return rc;
	}
	if (rc) {
		mdb_txn_abort(txn);
		return rc;
	}
	return mdb_txn_commit(txn);
}

int irkg_quads_begin(irkg_quads *q)
{
	int rc;

	if (!q->writable)
		return EACCES;
	if (q->txn)
		return EINVAL;
	rc = mdb_txn_begin(q->env, NULL, 0, &q->txn);
	if (rc)
		q->txn = NULL;
	q->failed = 0;
	return rc;
}

int irkg_quads_commit(irkg_quads *q)
{
	MDB_txn *txn = q->txn;

	if (!txn)
		return EINVAL;
	q->txn = NULL;
	q->generation++;
	if (q->failed) {
		mdb_txn_abort(txn);
		return MDB_BAD_TXN;
	}
	return mdb_txn_commit(txn);
}

int irkg_quads_rollback(irkg_quads *q)
{
	if (!q->txn)
		return EINVAL;
	mdb_txn_abort(q->txn);
	q->txn = NULL;
	q->generation++;
	return 0;
}

int irkg_quads_in_transaction(const irkg_quads *q)
{
	return q->txn != NULL;
}

MDB_txn *irkg_quads_transaction(irkg_quads *q)
{
	return q->txn;
}

/* ---- the dictionary ---- */

int irkg_quads_node(irkg_quads *q, MDB_txn *txn, uint32_t id, MDB_val *enc)
{
	unsigned char k[4];
	MDB_val key = {4, k};

	put_be32(k, id);
	return mdb_get(txn, q->id2node, &key, enc);
}

int irkg_quads_lookup(irkg_quads *q, MDB_txn *txn, const void *enc, size_t size,
		      uint32_t *id)
{
	unsigned char h[8];
	uint64_t hash = irkg_fnv1a64(enc, size);
	MDB_val key = {8, h}, value, node;
	MDB_cursor *cursor;
	int rc, i;

	for (i = 0; i < 8; i++)
		h[i] = (unsigned char)(hash >> (56 - 8 * i));
	rc = mdb_cursor_open(txn, q->node2id, &cursor);
	if (rc)
		return rc;
	for (rc = mdb_cursor_get(cursor, &key, &value, MDB_SET_KEY); !rc;
	     rc = mdb_cursor_get(cursor, &key, &value, MDB_NEXT_DUP)) {
		uint32_t candidate;

		if (value.mv_size != 4) {
			rc = MDB_CORRUPTED;
			break;
		}
		candidate = get_be32(value.mv_data);
		rc = irkg_quads_node(q, txn, candidate, &node);
		if (rc) {
			rc = rc == MDB_NOTFOUND ? MDB_CORRUPTED : rc;
			break;
		}
		if (node.mv_size == size &&
		    memcmp(node.mv_data, enc, size) == 0) {
			*id = candidate;
			break;
		}
	}
	mdb_cursor_close(cursor);
	return rc;
}

static int next_id(irkg_quads *q, MDB_txn *txn, uint32_t *id)
{
	MDB_cursor *cursor;
	MDB_val key, value;
	int rc = mdb_cursor_open(txn, q->id2node, &cursor);

	if (rc)
		return rc;
	rc = mdb_cursor_get(cursor, &key, &value, MDB_LAST);
	mdb_cursor_close(cursor);
	if (rc == MDB_NOTFOUND) {
		*id = 1;
		return 0;
	}
	if (rc)
		return rc;
	if (key.mv_size != 4)
		return MDB_CORRUPTED;
	*id = get_be32(key.mv_data) + 1;
	return *id == 0 ? MDB_MAP_FULL : 0; /* 2^32 - 1 nodes */
}

int irkg_quads_intern(irkg_quads *q, MDB_txn *txn, const void *enc, size_t size,
		      uint32_t *id)
{
	unsigned char k[4], h[8];
	uint64_t hash;
	MDB_val key = {4, k}, value = {size, (void *)enc};
	int rc = irkg_quads_lookup(q, txn, enc, size, id), i;

	if (rc != MDB_NOTFOUND)
		return rc;
	rc = next_id(q, txn, id);
	if (rc)
		return rc;
	put_be32(k, *id);
	rc = mdb_put(txn, q->id2node, &key, &value, MDB_APPEND);
	if (rc)
		return rc;
	hash = irkg_fnv1a64(enc, size);
	for (i = 0; i < 8; i++)
		h[i] = (unsigned char)(hash >> (56 - 8 * i));
	key.mv_size = 8;
	key.mv_data = h;
	value.mv_size = 4;
	value.mv_data = k;
	return mdb_put(txn, q->node2id, &key, &value, 0);
}

/* ---- quads ---- */

static void index_key(unsigned char key[16], int index, const uint32_t quad[4])
{
	int s;

	for (s = 0; s < 4; s++)
		put_be32(key + 4 * s, quad[index_orders[index].slot[s]]);
}

int irkg_quads_add(irkg_quads *q, MDB_txn *txn, const uint32_t quad[4],
		   int *added)
{
	unsigned char k[16];
	MDB_val key = {16, k}, empty = {0, k};
	int rc, i;

	*added = 0;
	index_key(k, SPOG, quad);
	rc = mdb_put(txn, q->index[SPOG], &key, &empty, MDB_NOOVERWRITE);
	if (rc == MDB_KEYEXIST)
		return 0;
	for (i = SPOG + 1; !rc && i < N_INDEXES; i++) {
		index_key(k, i, quad);
		rc = mdb_put(txn, q->index[i], &key, &empty, 0);
	}
	if (!rc)
		*added = 1;
	return rc;
}

int irkg_quads_remove(irkg_quads *q, MDB_txn *txn, const uint32_t quad[4],
		      int *removed)
{
	unsigned char k[16];
	MDB_val key = {16, k};
	int rc, i;

	*removed = 0;
	index_key(k, SPOG, quad);
	rc = mdb_del(txn, q->index[SPOG], &key, NULL);
	if (rc == MDB_NOTFOUND)
		return 0;
	for (i = SPOG + 1; !rc && i < N_INDEXES; i++) {
		index_key(k, i, quad);
		rc = mdb_del(txn, q->index[i], &key, NULL);
		if (rc == MDB_NOTFOUND) /* the orders disagree */
			rc = MDB_CORRUPTED;
	}
	if (!rc)
		*removed = 1;
	return rc;
}

int irkg_quads_count(irkg_quads *q, MDB_txn *txn, size_t *count)
{
	MDB_stat st;
	int rc = mdb_stat(txn, q->index[SPOG], &st);

	*count = rc ? 0 : st.ms_entries;
	return rc;
}

/* The index whose key begins with the most bound positions. */
static int best_index(const int bound[4], size_t *prefix_slots)
{
	int best = SPOG, i;
	size_t best_n = 0;

	for (i = 0; i < N_INDEXES; i++) {
		size_t n = 0;

		while (n < 4 && bound[index_orders[i].slot[n]])
			n++;
		if (n > best_n) {
			best = i;
			best_n = n;
		}
	}
	*prefix_slots = best_n;
	return best;
}

int irkg_quads_scan_open(struct irkg_quad_scan *scan, irkg_quads *q,
			 MDB_txn *txn, const uint32_t want[4],
			 const int bound[4])
{
	size_t slots, s;
	int rc;

	memset(scan, 0, sizeof(*scan));
	memcpy(scan->want, want, sizeof(scan->want));
	memcpy(scan->bound, bound, sizeof(scan->bound));
	scan->index = best_index(bound, &slots);
	for (s = 0; s < slots; s++)
		put_be32(scan->prefix + 4 * s,
			 want[index_orders[scan->index].slot[s]]);
	scan->prefix_size = 4 * slots;
	rc = mdb_cursor_open(txn, q->index[scan->index], &scan->cursor);
	if (rc)
		scan->cursor = NULL;
	return rc;
}

int irkg_quads_scan_next(struct irkg_quad_scan *scan)
{
	MDB_val key = {scan->prefix_size, scan->prefix}, value;
	MDB_cursor_op op = MDB_NEXT;
	int rc, s;

	if (!scan->started) {
		op = scan->prefix_size ? MDB_SET_RANGE : MDB_FIRST;
		scan->started = 1;
	}
	for (;; op = MDB_NEXT) {
		int match = 1;

		rc = mdb_cursor_get(scan->cursor, &key, &value, op);
		if (rc)
			return rc;
		if (key.mv_size != 16)
			return MDB_CORRUPTED;
		if (memcmp(key.mv_data, scan->prefix, scan->prefix_size) != 0)
			return MDB_NOTFOUND;
		for (s = 0; s < 4; s++)
			scan->quad[index_orders[scan->index].slot[s]] =
				get_be32((unsigned char *)key.mv_data + 4 * s);
		for (s = 0; s < 4 && match; s++)
			if (scan->bound[s] && scan->quad[s] != scan->want[s])
				match = 0;
		if (match)
			return 0;
	}
}

void irkg_quads_scan_close(struct irkg_quad_scan *scan, int txn_alive)
{
	/* A write transaction's cursors die with it. */
	if (scan->cursor && txn_alive)
		mdb_cursor_close(scan->cursor);
	scan->cursor = NULL;
}

int irkg_quads_next_graph(irkg_quads *q, MDB_txn *txn, uint32_t after,
			  uint32_t *graph)
{
	unsigned char k[4];
	MDB_val key = {4, k}, value;
	MDB_cursor *cursor;
	int rc;

	if (after == UINT32_MAX)
		return MDB_NOTFOUND;
	put_be32(k, after + 1);
	rc = mdb_cursor_open(txn, q->index[GSPO], &cursor);
	if (rc)
		return rc;
	rc = mdb_cursor_get(cursor, &key, &value, MDB_SET_RANGE);
	if (!rc && key.mv_size != 16)
		rc = MDB_CORRUPTED;
	if (!rc)
		*graph = get_be32(key.mv_data);
	mdb_cursor_close(cursor);
	return rc;
}
