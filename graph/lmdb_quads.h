/* Quads of 32-bit node ids in LMDB: a node dictionary and five orderings. */
#ifndef IRKG_LMDB_QUADS_H
#define IRKG_LMDB_QUADS_H

#include <stddef.h>
#include <stdint.h>

#include <lmdb.h>

/* A quad's positions. Id 0 in QUAD_G means "no graph"; node ids start at 1. */
enum { QUAD_S, QUAD_P, QUAD_O, QUAD_G };

typedef struct irkg_quads irkg_quads;

/* Open the LMDB environment in `dir` (which must exist). `create` allows
 * making new, empty databases there; without it data.mdb must already hold
 * an irkg quad store. `writable` opens read-write. On failure *out is NULL,
 * an English reason is written to `why` (size `why_size`), and an LMDB or
 * errno code is returned; nothing in `dir` has been changed. On success
 * *out is owned by the caller (irkg_quads_free). */
int irkg_quads_open(irkg_quads **out, const char *dir, int create, int writable,
		    char *why, size_t why_size);

/* Roll back an open transaction and close the environment. Accepts NULL. */
void irkg_quads_free(irkg_quads *q);

int irkg_quads_writable(const irkg_quads *q);

/* ---- transactions ---- */

/* The transaction reads use: the open write transaction when there is one
 * (*owned = 0: it must not outlive irkg_quads_generation changing), else a
 * read-only snapshot the caller gives back with irkg_quads_release
 * (*owned = 1). Returns 0 or an LMDB code. */
int irkg_quads_reader(irkg_quads *q, MDB_txn **txn, int *owned);
void irkg_quads_release(irkg_quads *q, MDB_txn *txn);

/* Changes whenever the explicit write transaction ends. */
unsigned irkg_quads_generation(const irkg_quads *q);

/* The transaction a write goes into: the explicit one, or a new one that
 * irkg_quads_finish_write commits. */
int irkg_quads_write(irkg_quads *q, MDB_txn **txn);

/* End a write begun by irkg_quads_write with result `rc`: a write of its
 * own is committed when rc is 0, else aborted; in an explicit transaction
 * a failure marks it failed so that commit refuses. Returns rc, or the
 * commit's error. */
int irkg_quads_finish_write(irkg_quads *q, MDB_txn *txn, int rc);

/* Start, commit or roll back the explicit write transaction. Commit of a
 * failed transaction rolls it back and returns MDB_BAD_TXN. EINVAL when
 * none (or, for begin, already one) is open, EACCES when read-only. */
int irkg_quads_begin(irkg_quads *q);
int irkg_quads_commit(irkg_quads *q);
int irkg_quads_rollback(irkg_quads *q);
int irkg_quads_in_transaction(const irkg_quads *q);
/* The explicit write transaction, or NULL. */
MDB_txn *irkg_quads_transaction(irkg_quads *q);

/* ---- the dictionary: encoded nodes <-> ids ---- */

/* node2id files an encoding under its irkg_fnv1a64 (strmap.h). */

/* The id of an encoded node: 0 and *id set, or MDB_NOTFOUND. */
int irkg_quads_lookup(irkg_quads *q, MDB_txn *txn, const void *enc, size_t size,
		      uint32_t *id);

/* The same, adding the node when missing (a write transaction). */
int irkg_quads_intern(irkg_quads *q, MDB_txn *txn, const void *enc, size_t size,
		      uint32_t *id);

/* The encoding of node `id`, pointing into the map (valid while `txn`
 * lives and is not written to). */
int irkg_quads_node(irkg_quads *q, MDB_txn *txn, uint32_t id, MDB_val *enc);

/* ---- quads ---- */

/* Add a quad; *added says whether it was new. */
int irkg_quads_add(irkg_quads *q, MDB_txn *txn, const uint32_t quad[4],
		   int *added);
/* Remove a quad; *removed says whether it was there. */
int irkg_quads_remove(irkg_quads *q, MDB_txn *txn, const uint32_t quad[4],
		      int *removed);
int irkg_quads_count(irkg_quads *q, MDB_txn *txn, size_t *count);

/* A range scan for a pattern: bound[i] says whether quad position i must
 * equal want[i]. The index whose key starts with the most bound positions
 * is used; the rest are compared on the fly. */
struct irkg_quad_scan {
	MDB_cursor *cursor;
	uint32_t want[4];
	int bound[4];
	int index;
	size_t prefix_size; /* bytes of the key fixed by the pattern */
	unsigned char prefix[16];
	int started;
	uint32_t quad[4]; /* the current match */
};

int irkg_quads_scan_open(struct irkg_quad_scan *scan, irkg_quads *q,
			 MDB_txn *txn, const uint32_t want[4],
			 const int bound[4]);
/* The next match in scan->quad: 0, MDB_NOTFOUND at the end, or an error. */
int irkg_quads_scan_next(struct irkg_quad_scan *scan);
/* Close the cursor; pass `txn_alive` 0 when its transaction has ended. */
void irkg_quads_scan_close(struct irkg_quad_scan *scan, int txn_alive);

/* The smallest graph id greater than `after` that holds a quad. */
int irkg_quads_next_graph(irkg_quads *q, MDB_txn *txn, uint32_t after,
			  uint32_t *graph);

#endif
