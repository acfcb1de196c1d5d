/* irkg's own Redland storage module, "irkg-lmdb": librdf nodes interned to
 * ids and quads kept in LMDB (lmdb_quads.c), so that librdf and Rasqal do
 * the parsing, models and SPARQL while the storage has real indexes and
 * real transactions.
 *
 * Patterns are matched on ids: a node that is not in the dictionary
 * matches nothing, and a read never writes. Streams decode only what they
 * return, through a small id -> node cache per storage. Outside
 * transaction_start/commit each write is a transaction of its own; inside,
 * every write and every read goes into the one write transaction, and a
 * stream made in it ends when the transaction does. Design notes:
 * docs/lmdb-store.md. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <redland.h>
#include <rdf_storage_module.h>

#include "lmdb_quads.h"
#include "strmap.h"
#include "lmdb_storage.h"

#define CACHE_SIZE 4096	    /* decoded nodes kept per storage, by id */
#define ID_CACHE_SIZE 1024  /* ids of encoded nodes, by hash */
#define URI_CACHE_SIZE 8192 /* ids of decoded URIs, by address */

/* A node's encoding starts with one of these. */
enum { ENC_URI = 'U', ENC_BLANK = 'B', ENC_LITERAL = 'L' };

struct buf {
	unsigned char *data;
	size_t size, cap;
};

struct instance {
	librdf_storage *storage;
	librdf_world *world;
	irkg_quads *quads;
	char *dir;
	/* a query's time limit: past `deadline` (CLOCK_MONOTONIC seconds; 0
	 * for none) every scan ends, so that Rasqal finishes at once */
	double deadline;
	unsigned checks; /* scan steps since the clock was last read */
	int timed_out;
	int hide_graphs; /* IRKG_LMDB_FEATURE_LIST_GRAPHS is "0" */
	uint32_t *scope; /* IRKG_LMDB_FEATURE_GRAPH_SCOPE: the graphs to list */
	size_t n_scope;
	int scoped;
	struct buf enc; /* scratch for encoding nodes */
	struct {
		uint32_t id;
		librdf_node *node;
	} cache[CACHE_SIZE];
	/* the other way: predicates and graphs recur in every statement */
	struct {
		uint32_t id;
		size_t size;
		unsigned char *enc;
	} ids[ID_CACHE_SIZE];
	/* the ids of URIs this storage decoded. Raptor keeps one object per
	 * URI string while it is referenced (held here), so the address
	 * names the URI: a query's next pattern, bound to a node it was just
	 * given, finds its id without encoding or a dictionary read */
	struct {
		librdf_uri *uri;
		uint32_t id;
	} uris[URI_CACHE_SIZE];
};

/* A stream or an iterator over a scan: statements, one part of each
 * matching quad, or (part QUAD_G with `graphs`) the distinct graphs. */
struct cursor {
	struct instance *inst;
	MDB_txn *txn;
	int owned; /* a read-only snapshot of its own */
	unsigned generation;
	struct irkg_quad_scan scan;
	int graphs;
	int part; /* -1: whole statements */
	int at_end;
	uint32_t quad[4];
	librdf_statement *statement;
	librdf_node *node, *graph;
	/* the pattern's own nodes where it binds a part: a statement found
	 * has them there, so they are shared instead of decoded again */
	librdf_node *given[4];
	/* with `graphs`, a list to give instead of every graph */
	uint32_t *list;
	size_t n_list, at;
};

static void report(struct instance *inst, int rc, const char *what)
{
	librdf_log(inst->world, 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL,
		   "store lmdb:%s: %s: %s", inst->dir, what,
		   rc == EACCES ? "the store is open read-only"
		   : rc == MDB_BAD_TXN
			   ? "an earlier write in this transaction failed"
			   : mdb_strerror(rc));
}

/* Forget cached nodes and ids: after a rollback, ids are given again. */
static void cache_clear(struct instance *inst)
{
	size_t i;

	for (i = 0; i < CACHE_SIZE; i++) {
		if (inst->cache[i].node)
			librdf_free_node(inst->cache[i].node);
		inst->cache[i].node = NULL;
		inst->cache[i].id = 0;
	}
	for (i = 0; i < ID_CACHE_SIZE; i++) {
		free(inst->ids[i].enc);
		inst->ids[i].enc = NULL;
		inst->ids[i].size = 0;
	}
	for (i = 0; i < URI_CACHE_SIZE; i++) {
		if (inst->uris[i].uri)
			librdf_free_uri(inst->uris[i].uri);
		inst->uris[i].uri = NULL;
	}
}

static size_t uri_slot(const librdf_uri *uri)
{
	uintptr_t a = (uintptr_t)uri;

	return (size_t)((a >> 4) ^ (a >> 17)) % URI_CACHE_SIZE;
}

/* Remember that `node`, just decoded, has id `id`. */
static void remember_uri(struct instance *inst, librdf_node *node, uint32_t id)
{
	librdf_uri *uri;
	size_t slot;

	if (!librdf_node_is_resource(node))
		return;
	uri = librdf_node_get_uri(node);
	slot = uri_slot(uri);
	if (inst->uris[slot].uri == uri)
		return;
	if (inst->uris[slot].uri)
		librdf_free_uri(inst->uris[slot].uri);
	inst->uris[slot].uri = librdf_new_uri_from_uri(uri);
	inst->uris[slot].id = id;
}

/* ---- node encoding ---- */

static int buf_put(struct buf *b, const void *data, size_t n)
{
	if (b->size + n > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		unsigned char *grown;

		while (cap < b->size + n)
			cap *= 2;
		grown = realloc(b->data, cap);
		if (!grown)
			return ENOMEM;
		b->data = grown;
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->size, data, n);
	b->size += n;
	return 0;
}

static int put_literal(struct buf *b, librdf_node *node)
{
	size_t n = 0, lang_n;
	const unsigned char *value =
		librdf_node_get_literal_value_as_counted_string(node, &n);
	const char *lang = librdf_node_get_literal_value_language(node);
	librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);
	unsigned char head[5];
	int rc;

	lang_n = lang ? strlen(lang) : 0;
	if (n > UINT32_MAX || lang_n > 255)
		return EINVAL;
	head[0] = (unsigned char)(n >> 24);
	head[1] = (unsigned char)(n >> 16);
	head[2] = (unsigned char)(n >> 8);
	head[3] = (unsigned char)n;
	head[4] = (unsigned char)lang_n;
	rc = buf_put(b, head, 4);
	if (!rc)
		rc = buf_put(b, value ? value : (const unsigned char *)"", n);
	if (!rc)
		rc = buf_put(b, head + 4, 1);
	if (!rc)
		rc = buf_put(b, lang, lang_n);
	if (!rc && datatype) {
		size_t dn = 0;
		const unsigned char *d =
			librdf_uri_as_counted_string(datatype, &dn);

		rc = buf_put(b, d, dn);
	}
	return rc;
}

/* The encoding: a type byte, then the URI, the blank node's id, or the
 * literal's value length (4 bytes), value, language length (1 byte),
 * language and datatype URI (the rest). */
static int encode_node(struct buf *b, librdf_node *node)
{
	unsigned char type;
	const unsigned char *text;
	size_t n = 0;
	int rc;

	b->size = 0;
	switch (librdf_node_get_type(node)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		type = ENC_URI;
		text = librdf_uri_as_counted_string(librdf_node_get_uri(node),
						    &n);
		break;
	case LIBRDF_NODE_TYPE_BLANK:
		type = ENC_BLANK;
		text = librdf_node_get_counted_blank_identifier(node, &n);
		break;
	case LIBRDF_NODE_TYPE_LITERAL:
		type = ENC_LITERAL;
		rc = buf_put(b, &type, 1);
		return rc ? rc : put_literal(b, node);
	default:
		return EINVAL;
	}
	rc = buf_put(b, &type, 1);
	if (!rc)
		rc = buf_put(b, text, n);
	return rc;
}

static librdf_node *decode_literal(librdf_world *world, const unsigned char *p,
				   size_t n)
{
	size_t value_n, lang_n;
	const unsigned char *value, *lang;
	char language[256]; /* raptor copies the tag with its terminator */
	librdf_uri *datatype = NULL;
	librdf_node *node;

	if (n < 5)
		return NULL;
	value_n = (size_t)p[0] << 24 | (size_t)p[1] << 16 | (size_t)p[2] << 8 |
		  (size_t)p[3];
	if (value_n > n - 5)
		return NULL;
	value = p + 4;
	lang_n = value[value_n];
	lang = value + value_n + 1;
	if (lang_n > n - 5 - value_n)
		return NULL;
	memcpy(language, lang, lang_n);
	language[lang_n] = '\0';
	p = lang + lang_n;
	n -= 5 + value_n + lang_n; /* what is left: the datatype */
	if (n) {
		datatype = librdf_new_uri2(world, p, n);
		if (!datatype)
			return NULL;
	}
	node = librdf_new_node_from_typed_counted_literal(
		world, value, value_n, lang_n ? language : NULL, lang_n,
		datatype);
	if (datatype)
		librdf_free_uri(datatype);
	return node;
}

static librdf_node *decode_node(librdf_world *world, const MDB_val *enc)
{
	const unsigned char *p = enc->mv_data;
	size_t n = enc->mv_size;

	if (n < 1)
		return NULL;
	switch (p[0]) {
	case ENC_URI:
		return librdf_new_node_from_counted_uri_string(world, p + 1,
							       n - 1);
	case ENC_BLANK:
		return librdf_new_node_from_counted_blank_identifier(
			world, p + 1, n - 1);
	case ENC_LITERAL:
		return decode_literal(world, p + 1, n - 1);
	}
	return NULL;
}

/* The node with id `id`, a new reference the caller frees; NULL when it
 * cannot be read (logged). */
static librdf_node *node_of(struct instance *inst, MDB_txn *txn, uint32_t id)
{
	size_t slot = id % CACHE_SIZE;
	librdf_node *node;
	MDB_val enc;
	int rc;

	if (inst->cache[slot].node && inst->cache[slot].id == id)
		return librdf_new_node_from_node(inst->cache[slot].node);
	rc = irkg_quads_node(inst->quads, txn, id, &enc);
	if (rc) {
		report(inst, rc == MDB_NOTFOUND ? MDB_CORRUPTED : rc,
		       "cannot read a node");
		return NULL;
	}
	node = decode_node(inst->world, &enc);
	if (!node) {
		report(inst, MDB_CORRUPTED, "cannot decode a node");
		return NULL;
	}
	if (inst->cache[slot].node)
		librdf_free_node(inst->cache[slot].node);
	inst->cache[slot].id = id;
	inst->cache[slot].node = librdf_new_node_from_node(node);
	remember_uri(inst, node, id);
	return node;
}

/* The id of `node` into *id: 0, MDB_NOTFOUND when it is in no statement
 * (only when not interning), or an error. */
static int id_of(struct instance *inst, MDB_txn *txn, librdf_node *node,
		 int intern, uint32_t *id)
{
	size_t slot, n;
	unsigned char *copy;
	int rc;

	if (librdf_node_is_resource(node)) {
		librdf_uri *uri = librdf_node_get_uri(node);

		slot = uri_slot(uri);
		if (inst->uris[slot].uri == uri) {
			*id = inst->uris[slot].id;
			return 0;
		}
	}
	rc = encode_node(&inst->enc, node);
	n = inst->enc.size;
	if (rc)
		return rc;
	slot = irkg_fnv1a64(inst->enc.data, n) % ID_CACHE_SIZE;
	if (inst->ids[slot].enc && inst->ids[slot].size == n &&
	    memcmp(inst->ids[slot].enc, inst->enc.data, n) == 0) {
		*id = inst->ids[slot].id;
		return 0;
	}
	if (intern)
		rc = irkg_quads_intern(inst->quads, txn, inst->enc.data, n, id);
	else
		rc = irkg_quads_lookup(inst->quads, txn, inst->enc.data, n, id);
	if (rc)
		return rc;
	copy = realloc(inst->ids[slot].enc, n ? n : 1);
	if (!copy)
		return 0; /* not cached: no harm */
	memcpy(copy, inst->enc.data, n);
	inst->ids[slot].enc = copy;
	inst->ids[slot].size = n;
	inst->ids[slot].id = *id;
	return 0;
}

/* The nodes of a pattern: a statement's parts (any may be NULL) and a
 * context. */
static void pattern_nodes(librdf_node *nodes[4], librdf_statement *st,
			  librdf_node *context)
{
	nodes[QUAD_S] = st ? librdf_statement_get_subject(st) : NULL;
	nodes[QUAD_P] = st ? librdf_statement_get_predicate(st) : NULL;
	nodes[QUAD_O] = st ? librdf_statement_get_object(st) : NULL;
	nodes[QUAD_G] = context;
}

/* A pattern's ids: bound[i] for the nodes given; MDB_NOTFOUND when a
 * given node is unknown, so nothing can match. */
static int pattern_of(struct instance *inst, MDB_txn *txn,
		      librdf_node *const nodes[4], uint32_t want[4],
		      int bound[4])
{
	int i, rc;

	for (i = 0; i < 4; i++) {
		want[i] = 0;
		bound[i] = nodes[i] != NULL;
		if (!nodes[i])
			continue;
		rc = id_of(inst, txn, nodes[i], 0, &want[i]);
		if (rc)
			return rc;
	}
	return 0;
}

/* ---- streams and iterators ---- */

static int cursor_alive(struct cursor *c)
{
	return c->owned ||
	       c->generation == irkg_quads_generation(c->inst->quads);
}

static void cursor_clear_current(struct cursor *c)
{
	if (c->statement)
		librdf_free_statement(c->statement);
	if (c->node)
		librdf_free_node(c->node);
	if (c->graph)
		librdf_free_node(c->graph);
	c->statement = NULL;
	c->node = c->graph = NULL;
}

/* Give back the snapshot as soon as the cursor is done with it. */
static void cursor_stop(struct cursor *c)
{
	int alive = cursor_alive(c);

	c->at_end = 1;
	irkg_quads_scan_close(&c->scan, alive);
	if (c->txn && c->owned)
		irkg_quads_release(c->inst->quads, c->txn);
	c->txn = NULL;
}

/* Whether the query's time limit has passed; the clock is read once
 * every 256 steps. */
static int past_deadline(struct instance *inst)
{
	struct timespec now;

	if (inst->timed_out)
		return 1;
	if (inst->deadline <= 0 || inst->checks++ % 256 != 0)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if ((double)now.tv_sec + (double)now.tv_nsec / 1e9 < inst->deadline)
		return 0;
	inst->timed_out = 1;
	return 1;
}

static void cursor_advance(struct cursor *c)
{
	int rc;

	cursor_clear_current(c);
	if (c->at_end)
		return;
	if (!cursor_alive(c) || past_deadline(c->inst)) {
		cursor_stop(c);
		return;
	}
	if (c->list) {
		rc = c->at < c->n_list ? 0 : MDB_NOTFOUND;
		if (!rc)
			c->quad[QUAD_G] = c->list[c->at++];
	} else if (c->graphs) {
		rc = irkg_quads_next_graph(c->inst->quads, c->txn,
					   c->quad[QUAD_G], &c->quad[QUAD_G]);
	} else {
		rc = irkg_quads_scan_next(&c->scan);
		if (!rc)
			memcpy(c->quad, c->scan.quad, sizeof(c->quad));
	}
	if (rc && rc != MDB_NOTFOUND)
		report(c->inst, rc, "cannot read statements");
	if (rc)
		cursor_stop(c);
}

static void cursor_free(void *data)
{
	struct cursor *c = data;
	int i;

	cursor_clear_current(c);
	if (!c->at_end)
		cursor_stop(c);
	for (i = 0; i < 4; i++)
		if (c->given[i])
			librdf_free_node(c->given[i]);
	free(c->list);
	free(c);
}

static int cursor_is_end(void *data)
{
	struct cursor *c = data;

	if (!c->at_end && !cursor_alive(c))
		cursor_stop(c);
	return c->at_end;
}

static int cursor_next(void *data)
{
	struct cursor *c = data;

	cursor_advance(c);
	return c->at_end;
}

/* The node at `part` of the current quad, a new reference. */
static librdf_node *cursor_part(struct cursor *c, int part)
{
	if (c->given[part])
		return librdf_new_node_from_node(c->given[part]);
	return node_of(c->inst, c->txn, c->quad[part]);
}

static librdf_statement *cursor_statement(struct cursor *c)
{
	librdf_node *s, *p, *o;

	if (c->statement)
		return c->statement;
	s = cursor_part(c, QUAD_S);
	p = s ? cursor_part(c, QUAD_P) : NULL;
	o = p ? cursor_part(c, QUAD_O) : NULL;
	if (!o) {
		if (s)
			librdf_free_node(s);
		if (p)
			librdf_free_node(p);
		return NULL;
	}
	c->statement = librdf_new_statement_from_nodes(c->inst->world, s, p, o);
	return c->statement;
}

static void *cursor_get(void *data, int flags)
{
	struct cursor *c = data;

	if (c->at_end || !cursor_alive(c))
		return NULL;
	if (flags == LIBRDF_ITERATOR_GET_METHOD_GET_CONTEXT) {
		if (c->quad[QUAD_G] == 0)
			return NULL; /* a statement in no graph */
		if (!c->graph)
			c->graph = cursor_part(c, QUAD_G);
		return c->graph;
	}
	if (flags != LIBRDF_ITERATOR_GET_METHOD_GET_OBJECT)
		return NULL;
	if (c->part < 0)
		return cursor_statement(c);
	if (!c->node)
		c->node = node_of(c->inst, c->txn, c->quad[c->part]);
	return c->node;
}

/* A cursor on the pattern `nodes` in the reading transaction.
 * `all_graphs`: a NULL graph node means any graph (else: no graph). */
static struct cursor *cursor_new(struct instance *inst,
				 librdf_node *const nodes[4], int all_graphs,
				 int part)
{
	struct cursor *c = calloc(1, sizeof(*c));
	uint32_t want[4];
	int i;
	int bound[4], rc;

	if (!c)
		return NULL;
	c->inst = inst;
	c->part = part;
	rc = irkg_quads_reader(inst->quads, &c->txn, &c->owned);
	if (rc) {
		report(inst, rc, "cannot start reading");
		free(c);
		return NULL;
	}
	c->generation = irkg_quads_generation(inst->quads);
	rc = pattern_of(inst, c->txn, nodes, want, bound);
	for (i = 0; !rc && i < 4; i++)
		if (nodes[i] && bound[i] &&
		    !(c->given[i] = librdf_new_node_from_node(nodes[i])))
			rc = ENOMEM;
	if (!nodes[QUAD_G] && !all_graphs)
		bound[QUAD_G] = 1; /* want[QUAD_G] is 0: no graph */
	if (!rc)
		rc = irkg_quads_scan_open(&c->scan, inst->quads, c->txn, want,
					  bound);
	if (rc && rc != MDB_NOTFOUND)
		report(inst, rc, "cannot search statements");
	if (rc)
		cursor_stop(c);
	else
		cursor_advance(c);
	return c;
}

static librdf_stream *stream_of(struct instance *inst, struct cursor *c)
{
	librdf_stream *stream;

	if (!c)
		return NULL;
	stream = librdf_new_stream(inst->world, c, cursor_is_end, cursor_next,
				   cursor_get, cursor_free);
	if (!stream)
		cursor_free(c);
	return stream;
}

static librdf_iterator *iterator_of(struct instance *inst, struct cursor *c)
{
	librdf_iterator *it;

	if (!c)
		return NULL;
	it = librdf_new_iterator(inst->world, c, cursor_is_end, cursor_next,
				 cursor_get, cursor_free);
	if (!it)
		cursor_free(c);
	return it;
}

static struct instance *instance_of(librdf_storage *storage)
{
	return librdf_storage_get_instance(storage);
}

static librdf_stream *lmdb_find_in_context(librdf_storage *storage,
					   librdf_statement *st,
					   librdf_node *context)
{
	struct instance *inst = instance_of(storage);
	librdf_node *nodes[4];

	pattern_nodes(nodes, st, context);
	return stream_of(inst, cursor_new(inst, nodes, 1, -1));
}

static librdf_stream *lmdb_find_statements(librdf_storage *storage,
					   librdf_statement *st)
{
	return lmdb_find_in_context(storage, st, NULL);
}

static librdf_stream *lmdb_serialise(librdf_storage *storage)
{
	return lmdb_find_in_context(storage, NULL, NULL);
}

static librdf_stream *lmdb_context_serialise(librdf_storage *storage,
					     librdf_node *context)
{
	struct instance *inst = instance_of(storage);
	librdf_node *nodes[4];

	pattern_nodes(nodes, NULL, context);
	return stream_of(inst, cursor_new(inst, nodes, 0, -1));
}

/* One part of the statements matching two given parts, any graph. */
static librdf_iterator *nodes_of(librdf_storage *storage, librdf_node *s,
				 librdf_node *p, librdf_node *o, int part)
{
	struct instance *inst = instance_of(storage);
	librdf_node *nodes[4] = {s, p, o, NULL};

	return iterator_of(inst, cursor_new(inst, nodes, 1, part));
}

static librdf_iterator *lmdb_find_sources(librdf_storage *storage,
					  librdf_node *arc, librdf_node *target)
{
	return nodes_of(storage, NULL, arc, target, QUAD_S);
}

static librdf_iterator *lmdb_find_arcs(librdf_storage *storage,
				       librdf_node *source, librdf_node *target)
{
	return nodes_of(storage, source, NULL, target, QUAD_P);
}

static librdf_iterator *lmdb_find_targets(librdf_storage *storage,
					  librdf_node *source, librdf_node *arc)
{
	return nodes_of(storage, source, arc, NULL, QUAD_O);
}

static librdf_iterator *lmdb_get_contexts(librdf_storage *storage)
{
	struct instance *inst = instance_of(storage);
	struct cursor *c = calloc(1, sizeof(*c));
	int rc;

	if (!c)
		return NULL;
	c->inst = inst;
	c->graphs = 1;
	c->part = QUAD_G;
	if (inst->hide_graphs) {
		c->at_end = 1;
		return iterator_of(inst, c);
	}
	rc = irkg_quads_reader(inst->quads, &c->txn, &c->owned);
	if (rc) {
		report(inst, rc, "cannot start reading");
		free(c);
		return NULL;
	}
	c->generation = irkg_quads_generation(inst->quads);
	if (inst->scoped) {
		c->list = malloc((inst->n_scope ? inst->n_scope : 1) *
				 sizeof(*c->list));
		if (!c->list) {
			cursor_stop(c);
			free(c);
			return NULL;
		}
		memcpy(c->list, inst->scope, inst->n_scope * sizeof(*c->list));
		c->n_list = inst->n_scope;
	}
	cursor_advance(c); /* from graph 0, which is "no graph" */
	return iterator_of(inst, c);
}

static int lmdb_contains(librdf_storage *storage, librdf_statement *st)
{
	struct instance *inst = instance_of(storage);
	librdf_node *nodes[4];
	struct cursor *c;
	int found;

	if (!librdf_statement_is_complete(st))
		return 0;
	pattern_nodes(nodes, st, NULL);
	c = cursor_new(inst, nodes, 1, -1);
	if (!c)
		return 0;
	found = !c->at_end;
	cursor_free(c);
	return found;
}

static int lmdb_size(librdf_storage *storage)
{
	struct instance *inst = instance_of(storage);
	MDB_txn *txn;
	size_t n = 0;
	int owned, rc = irkg_quads_reader(inst->quads, &txn, &owned);

	if (!rc) {
		rc = irkg_quads_count(inst->quads, txn, &n);
		if (owned)
			irkg_quads_release(inst->quads, txn);
	}
	if (rc) {
		report(inst, rc, "cannot count statements");
		return -1;
	}
	return n > INT32_MAX ? INT32_MAX : (int)n;
}

/* ---- writes ---- */

static int add_one(struct instance *inst, MDB_txn *txn, librdf_node *context,
		   librdf_statement *st)
{
	librdf_node *nodes[4];
	uint32_t quad[4] = {0, 0, 0, 0};
	int i, rc = 0, added;

	if (!librdf_statement_is_complete(st))
		return EINVAL;
	pattern_nodes(nodes, st, context);
	for (i = 0; i < 4 && !rc; i++)
		if (nodes[i])
			rc = id_of(inst, txn, nodes[i], 1, &quad[i]);
	if (!rc)
		rc = irkg_quads_add(inst->quads, txn, quad, &added);
	return rc;
}

static int remove_one(struct instance *inst, MDB_txn *txn, librdf_node *context,
		      librdf_statement *st)
{
	librdf_node *nodes[4];
	uint32_t quad[4];
	int bound[4], rc, removed;

	if (!librdf_statement_is_complete(st))
		return EINVAL;
	pattern_nodes(nodes, st, context);
	rc = pattern_of(inst, txn, nodes, quad, bound);
	if (rc == MDB_NOTFOUND)
		return 0; /* a node in no statement: nothing to remove */
	if (!rc)
		rc = irkg_quads_remove(inst->quads, txn, quad, &removed);
	return rc;
}

/* End a write: on failure log it and forget cached nodes, which may have
 * come from ids the write allocated. Returns librdf's 0 or 1. */
static int end_write(struct instance *inst, MDB_txn *txn, int rc,
		     const char *what)
{
	rc = irkg_quads_finish_write(inst->quads, txn, rc);
	if (!rc)
		return 0;
	report(inst, rc, what);
	cache_clear(inst);
	return 1;
}

static int lmdb_context_add(librdf_storage *storage, librdf_node *context,
			    librdf_statement *st)
{
	struct instance *inst = instance_of(storage);
	MDB_txn *txn;
	int rc = irkg_quads_write(inst->quads, &txn);

	if (!rc)
		rc = add_one(inst, txn, context, st);
	return end_write(inst, txn, rc, "cannot add a statement");
}

static int lmdb_add(librdf_storage *storage, librdf_statement *st)
{
	return lmdb_context_add(storage, NULL, st);
}

static int lmdb_context_add_stream(librdf_storage *storage,
				   librdf_node *context, librdf_stream *stream)
{
	struct instance *inst = instance_of(storage);
	MDB_txn *txn;
	int rc = irkg_quads_write(inst->quads, &txn);

	for (; !rc && !librdf_stream_end(stream); librdf_stream_next(stream)) {
		librdf_statement *st = librdf_stream_get_object(stream);

		rc = st ? add_one(inst, txn, context, st) : EINVAL;
	}
	return end_write(inst, txn, rc, "cannot add statements");
}

static int lmdb_add_stream(librdf_storage *storage, librdf_stream *stream)
{
	return lmdb_context_add_stream(storage, NULL, stream);
}

static int lmdb_context_remove(librdf_storage *storage, librdf_node *context,
			       librdf_statement *st)
{
	struct instance *inst = instance_of(storage);
	MDB_txn *txn;
	int rc = irkg_quads_write(inst->quads, &txn);

	if (!rc)
		rc = remove_one(inst, txn, context, st);
	return end_write(inst, txn, rc, "cannot remove a statement");
}

static int lmdb_remove(librdf_storage *storage, librdf_statement *st)
{
	return lmdb_context_remove(storage, NULL, st);
}

/* The quads of one graph, gathered before any is deleted so that no
 * cursor walks a tree that is changing under it. */
static int graph_quads(struct instance *inst, MDB_txn *txn, uint32_t graph,
		       uint32_t (**out)[4], size_t *count)
{
	struct irkg_quad_scan scan;
	uint32_t want[4] = {0, 0, 0, graph}, (*list)[4] = NULL;
	int bound[4] = {0, 0, 0, 1}, rc;
	size_t n = 0, cap = 0;

	rc = irkg_quads_scan_open(&scan, inst->quads, txn, want, bound);
	while (!rc && !(rc = irkg_quads_scan_next(&scan))) {
		if (n == cap) {
			uint32_t(*grown)[4];

			cap = cap ? 2 * cap : 256;
			grown = realloc(list, cap * sizeof(*list));
			if (!grown) {
				rc = ENOMEM;
				break;
			}
			list = grown;
		}
		memcpy(list[n++], scan.quad, sizeof(list[0]));
	}
	irkg_quads_scan_close(&scan, 1);
	if (rc == MDB_NOTFOUND)
		rc = 0;
	if (rc) {
		free(list);
		list = NULL;
		n = 0;
	}
	*out = list;
	*count = n;
	return rc;
}

static int lmdb_context_remove_all(librdf_storage *storage,
				   librdf_node *context)
{
	struct instance *inst = instance_of(storage);
	uint32_t graph = 0, (*list)[4] = NULL;
	size_t n = 0, i;
	MDB_txn *txn;
	int rc = irkg_quads_write(inst->quads, &txn), removed;

	if (!rc && context)
		rc = id_of(inst, txn, context, 0, &graph);
	if (rc == MDB_NOTFOUND)
		rc = 0; /* an unknown graph is empty */
	else if (!rc)
		rc = graph_quads(inst, txn, graph, &list, &n);
	for (i = 0; !rc && i < n; i++)
		rc = irkg_quads_remove(inst->quads, txn, list[i], &removed);
	free(list);
	return end_write(inst, txn, rc, "cannot clear a graph");
}

/* ---- transactions ---- */

static int lmdb_transaction_start(librdf_storage *storage)
{
	struct instance *inst = instance_of(storage);
	int rc = irkg_quads_begin(inst->quads);

	if (rc == EINVAL)
		librdf_log(inst->world, 0, LIBRDF_LOG_ERROR,
			   LIBRDF_FROM_STORAGE, NULL,
			   "store lmdb:%s: a transaction is already open",
			   inst->dir);
	else if (rc)
		report(inst, rc, "cannot start a transaction");
	return rc ? 1 : 0;
}

static int lmdb_transaction_commit(librdf_storage *storage)
{
	struct instance *inst = instance_of(storage);
	int rc = irkg_quads_commit(inst->quads);

	if (rc) {
		report(inst, rc, "cannot commit the transaction");
		cache_clear(inst);
	}
	return rc ? 1 : 0;
}

static int lmdb_transaction_rollback(librdf_storage *storage)
{
	struct instance *inst = instance_of(storage);
	int rc = irkg_quads_rollback(inst->quads);

	cache_clear(inst);
	return rc ? 1 : 0;
}

static void *lmdb_transaction_get_handle(librdf_storage *storage)
{
	return irkg_quads_transaction(instance_of(storage)->quads);
}

/* ---- the storage itself ---- */

static librdf_node *lmdb_get_feature(librdf_storage *storage,
				     librdf_uri *feature)
{
	const unsigned char *uri =
		feature ? librdf_uri_as_string(feature) : NULL;

	if (uri &&
	    strcmp((const char *)uri, LIBRDF_MODEL_FEATURE_CONTEXTS) == 0)
		return librdf_new_node_from_typed_literal(
			librdf_storage_get_world(storage),
			(const unsigned char *)"1", NULL, NULL);
	if (uri && strcmp((const char *)uri, IRKG_LMDB_FEATURE_TIMED_OUT) == 0)
		return librdf_new_node_from_typed_literal(
			librdf_storage_get_world(storage),
			(const unsigned char *)(instance_of(storage)->timed_out
							? "1"
							: "0"),
			NULL, NULL);
	return NULL;
}

/* IRKG_LMDB_FEATURE_TIME_LIMIT: a literal number of seconds from now, or
 * 0 for none. */
static int compare_ids(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* IRKG_LMDB_FEATURE_GRAPH_SCOPE: the ids of the graphs named one per line
 * in `text`, sorted, without the ones the store does not know. */
static int set_scope(struct instance *inst, const char *text)
{
	size_t lines = 1, n = 0;
	const char *p, *end;
	uint32_t *ids;
	MDB_txn *txn;
	int owned, rc;

	for (p = text; *p; p++)
		lines += *p == '\n';
	ids = realloc(inst->scope, lines * sizeof(*ids));
	if (!ids)
		return 1;
	inst->scope = ids;
	rc = irkg_quads_reader(inst->quads, &txn, &owned);
	if (rc) {
		report(inst, rc, "cannot start reading");
		return 1;
	}
	for (p = text; *p && !rc; p = *end ? end + 1 : end) {
		librdf_node *g;
		uint32_t id;

		end = strchr(p, '\n');
		if (!end)
			end = p + strlen(p);
		if (end == p)
			continue;
		g = librdf_new_node_from_counted_uri_string(
			inst->world, (const unsigned char *)p,
			(size_t)(end - p));
		if (!g) {
			rc = ENOMEM;
			break;
		}
		rc = id_of(inst, txn, g, 0, &id);
		librdf_free_node(g);
		if (!rc)
			ids[n++] = id;
		else if (rc == MDB_NOTFOUND)
			rc = 0; /* a graph the store does not have */
	}
	if (owned)
		irkg_quads_release(inst->quads, txn);
	if (rc) {
		report(inst, rc, "cannot read the graphs of a scope");
		return 1;
	}
	qsort(ids, n, sizeof(*ids), compare_ids);
	inst->n_scope = n;
	inst->scoped = 1;
	return 0;
}

static int lmdb_set_feature(librdf_storage *storage, librdf_uri *feature,
			    librdf_node *value)
{
	struct instance *inst = instance_of(storage);
	const unsigned char *uri =
		feature ? librdf_uri_as_string(feature) : NULL;
	const unsigned char *text;
	struct timespec now;
	char *end;
	double seconds;

	if (!uri || !value || !librdf_node_is_literal(value))
		return 1;
	text = librdf_node_get_literal_value(value);
	if (strcmp((const char *)uri, IRKG_LMDB_FEATURE_LIST_GRAPHS) == 0) {
		if (!text || (strcmp((const char *)text, "0") &&
			      strcmp((const char *)text, "1")))
			return 1;
		inst->hide_graphs = text[0] == '0';
		inst->scoped = 0;
		inst->n_scope = 0;
		return 0;
	}
	if (strcmp((const char *)uri, IRKG_LMDB_FEATURE_GRAPH_SCOPE) == 0)
		return text ? set_scope(inst, (const char *)text) : 1;
	if (strcmp((const char *)uri, IRKG_LMDB_FEATURE_TIME_LIMIT))
		return 1;
	seconds = text ? strtod((const char *)text, &end) : -1;
	if (!text || *end || seconds < 0)
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &now);
	inst->deadline = seconds > 0
				 ? (double)now.tv_sec +
					   (double)now.tv_nsec / 1e9 + seconds
				 : 0;
	inst->timed_out = 0;
	inst->checks = 0;
	return 0;
}

/* LMDB makes every commit durable; between them there is nothing to
 * flush. */
static int lmdb_sync(librdf_storage *storage)
{
	return 0;
}

static int lmdb_open(librdf_storage *storage, librdf_model *model)
{
	return 0;
}

static int lmdb_close(librdf_storage *storage)
{
	return 0;
}

static int option_is(librdf_hash *options, const char *key, int otherwise)
{
	int value = options ? librdf_hash_get_as_boolean(options, key) : -1;

	return value < 0 ? otherwise : value > 0;
}

static int lmdb_init(librdf_storage *storage, const char *name,
		     librdf_hash *options)
{
	struct instance *inst = calloc(1, sizeof(*inst));
	char why[512];
	int rc = 1;

	if (!inst)
		goto cleanup;
	librdf_storage_set_instance(storage, inst);
	inst->storage = storage;
	inst->world = librdf_storage_get_world(storage);
	inst->dir = options ? librdf_hash_get(options, "dir") : NULL;
	if (!inst->dir) {
		librdf_log(inst->world, 0, LIBRDF_LOG_ERROR,
			   LIBRDF_FROM_STORAGE, NULL,
			   "the irkg-lmdb storage needs a 'dir' option");
		goto cleanup;
	}
	rc = irkg_quads_open(&inst->quads, inst->dir,
			     option_is(options, "new", 0),
			     option_is(options, "write", 1), why, sizeof(why));
	if (rc)
		librdf_log(inst->world, 0, LIBRDF_LOG_ERROR,
			   LIBRDF_FROM_STORAGE, NULL,
			   "cannot open store lmdb:%s: %s", inst->dir, why);
cleanup:
	if (options)
		librdf_free_hash(options);
	return rc ? 1 : 0;
}

static void lmdb_terminate(librdf_storage *storage)
{
	struct instance *inst = instance_of(storage);

	if (!inst)
		return;
	cache_clear(inst);
	irkg_quads_free(inst->quads);
	free(inst->enc.data);
	free(inst->scope);
	free(inst->dir); /* librdf_hash_get's string is malloc'd */
	free(inst);
	librdf_storage_set_instance(storage, NULL);
}

static void register_factory(librdf_storage_factory *f)
{
	f->version = LIBRDF_STORAGE_INTERFACE_VERSION;
	f->init = lmdb_init;
	f->terminate = lmdb_terminate;
	f->open = lmdb_open;
	f->close = lmdb_close;
	f->size = lmdb_size;
	f->add_statement = lmdb_add;
	f->add_statements = lmdb_add_stream;
	f->remove_statement = lmdb_remove;
	f->contains_statement = lmdb_contains;
	f->serialise = lmdb_serialise;
	f->find_statements = lmdb_find_statements;
	f->find_sources = lmdb_find_sources;
	f->find_arcs = lmdb_find_arcs;
	f->find_targets = lmdb_find_targets;
	f->context_add_statement = lmdb_context_add;
	f->context_add_statements = lmdb_context_add_stream;
	f->context_remove_statement = lmdb_context_remove;
	f->context_remove_statements = lmdb_context_remove_all;
	f->context_serialise = lmdb_context_serialise;
	f->find_statements_in_context = lmdb_find_in_context;
	f->get_contexts = lmdb_get_contexts;
	f->get_feature = lmdb_get_feature;
	f->set_feature = lmdb_set_feature;
	f->sync = lmdb_sync;
	f->transaction_start = lmdb_transaction_start;
	f->transaction_commit = lmdb_transaction_commit;
	f->transaction_rollback = lmdb_transaction_rollback;
	f->transaction_get_handle = lmdb_transaction_get_handle;
}

int irkg_lmdb_storage_graph_size(librdf_storage *storage, librdf_node *graph,
				 long *count)
{
	struct instance *inst = instance_of(storage);
	librdf_node *nodes[4] = {NULL, NULL, NULL, graph};
	struct irkg_quad_scan scan;
	uint32_t want[4];
	int bound[4], owned, rc;
	MDB_txn *txn;

	*count = 0;
	rc = irkg_quads_reader(inst->quads, &txn, &owned);
	if (rc) {
		report(inst, rc, "cannot start reading");
		return -1;
	}
	rc = pattern_of(inst, txn, nodes, want, bound);
	if (!rc)
		rc = irkg_quads_scan_open(&scan, inst->quads, txn, want, bound);
	if (!rc) {
		while (!(rc = irkg_quads_scan_next(&scan)))
			(*count)++;
		irkg_quads_scan_close(&scan, 1);
	}
	if (owned)
		irkg_quads_release(inst->quads, txn);
	if (rc == MDB_NOTFOUND)
		return 0;
	report(inst, rc, "cannot count a graph's statements");
	return -1;
}

int irkg_lmdb_storage_register(librdf_world *world)
{
	return librdf_storage_register_factory(world, IRKG_LMDB_STORAGE_NAME,
					       "irkg quads on LMDB",
					       register_factory);
}
