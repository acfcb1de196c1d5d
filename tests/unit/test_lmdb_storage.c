/* Unit tests for graph/lmdb_storage: the "irkg-lmdb" Redland storage
 * against Redland's own in-memory storage, persistence, transactions,
 * SPARQL through Rasqal, and damaged files. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../graph/ctx.h"
#include "../../graph/lmdb_storage.h"
#include "../../graph/store.h"
#include "testutil.h"

/* ---- fixture ---- */

struct fx {
	char *dir;
	irkg_ctx *ctx;
	librdf_world *world;
	struct testutil_log log;
};

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	fx->dir = testutil_tmpdir_new("lmdb");
	assert_int_equal(irkg_ctx_new(&fx->ctx, testutil_log_record, &fx->log),
			 IRKG_OK);
	fx->world = irkg_ctx_world(fx->ctx);
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

/* A model on a new irkg-lmdb storage in DIR/NAME (created). */
static librdf_model *new_lmdb_model(struct fx *fx, const char *name, int create)
{
	char *dir = testutil_path(fx->dir, name);
	librdf_hash *options = librdf_new_hash(fx->world, NULL);
	librdf_storage *storage;
	librdf_model *model;

	assert_non_null(options);
	if (create)
		mkdir(dir, 0755);
	librdf_hash_put_strings(options, "dir", dir);
	librdf_hash_put_strings(options, "new", create ? "yes" : "no");
	librdf_hash_put_strings(options, "write", "yes");
	storage = librdf_new_storage_with_options(
		fx->world, IRKG_LMDB_STORAGE_NAME, "t", options);
	librdf_free_hash(options);
	free(dir);
	assert_non_null(storage);
	model = librdf_new_model(fx->world, storage, NULL);
	assert_non_null(model);
	librdf_free_storage(storage); /* the model holds a reference */
	return model;
}

/* Redland's hashes storage in memory with contexts: the reference. */
static librdf_model *new_memory_model(struct fx *fx)
{
	librdf_storage *storage =
		librdf_new_storage(fx->world, "hashes", "ref",
				   "hash-type='memory',contexts='yes'");
	librdf_model *model;

	assert_non_null(storage);
	model = librdf_new_model(fx->world, storage, NULL);
	assert_non_null(model);
	librdf_free_storage(storage);
	return model;
}

/* ---- a random data set over small vocabularies ---- */

#define N_SUBJECTS 9 /* 6 IRIs, 3 blank nodes */
#define N_PREDICATES 5
#define N_OBJECTS 22
#define N_GRAPHS 4 /* plus "no graph" */
#define N_DRAWS 3000

struct quad {
	int s, p, o, g; /* g == N_GRAPHS: no graph */
};

struct data {
	librdf_node *subjects[N_SUBJECTS + 1]; /* the last: in no statement */
	librdf_node *predicates[N_PREDICATES + 1];
	librdf_node *objects[N_OBJECTS + 1];
	librdf_node *graphs[N_GRAPHS + 1];
	struct quad *quads;
	size_t n;
	unsigned long seed;
};

static unsigned next_random(struct data *d, unsigned n)
{
	d->seed = d->seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((d->seed >> 33) % n);
}

static librdf_node *iri(librdf_world *world, const char *fmt, int i)
{
	char text[64];
	librdf_node *node;

	snprintf(text, sizeof(text), fmt, i);
	node = librdf_new_node_from_uri_string(world,
					       (const unsigned char *)text);
	assert_non_null(node);
	return node;
}

static librdf_node *blank(librdf_world *world, int i)
{
	char text[32];
	librdf_node *node;

	snprintf(text, sizeof(text), "b%d", i);
	node = librdf_new_node_from_blank_identifier(
		world, (const unsigned char *)text);
	assert_non_null(node);
	return node;
}

static librdf_node *literal(librdf_world *world, const char *value,
			    const char *lang, const char *datatype)
{
	librdf_uri *dt =
		datatype
			? librdf_new_uri(world, (const unsigned char *)datatype)
			: NULL;
	librdf_node *node = librdf_new_node_from_typed_literal(
		world, (const unsigned char *)value, lang, dt);

	if (dt)
		librdf_free_uri(dt);
	assert_non_null(node);
	return node;
}

static void make_vocabulary(librdf_world *world, struct data *d)
{
	static const char xsd_int[] = "http://www.w3.org/2001/XMLSchema#int";
	int i;

	for (i = 0; i < 6; i++)
		d->subjects[i] = iri(world, "urn:t:s%d", i);
	for (; i < N_SUBJECTS; i++)
		d->subjects[i] = blank(world, i);
	d->subjects[N_SUBJECTS] = iri(world, "urn:t:absent%d", 0);
	for (i = 0; i <= N_PREDICATES; i++)
		d->predicates[i] = iri(world, "urn:t:p%d", i);
	/* objects: every subject (so patterns join), IRIs, literals */
	for (i = 0; i < N_SUBJECTS; i++)
		d->objects[i] = librdf_new_node_from_node(d->subjects[i]);
	d->objects[i++] = iri(world, "urn:t:o%d", 1);
	d->objects[i++] = iri(world, "urn:t:o%d", 2);
	d->objects[i++] = literal(world, "chat", NULL, NULL);
	d->objects[i++] = literal(world, "chat", "fr", NULL);
	d->objects[i++] = literal(world, "chat", "en-GB", NULL);
	d->objects[i++] = literal(world, "42", NULL, xsd_int);
	d->objects[i++] = literal(world, "42", NULL, NULL);
	d->objects[i++] = literal(world, "", NULL, NULL);
	d->objects[i++] =
		literal(world, "line\nbreak \"q\" \xc3\xa9", NULL, NULL);
	d->objects[i++] = literal(world, "urn:t:s0", NULL, NULL);
	d->objects[i++] = blank(world, 20);
	d->objects[i++] = literal(world, "7", NULL,
				  "http://www.w3.org/2001/XMLSchema#string");
	d->objects[i++] = literal(world, "x", "de", NULL);
	assert_int_equal(i, N_OBJECTS);
	d->objects[N_OBJECTS] = literal(world, "absent", NULL, NULL);
	for (i = 0; i <= N_GRAPHS; i++)
		d->graphs[i] = iri(world, "urn:t:g%d", i);
}

static void free_data(struct data *d)
{
	int i;

	for (i = 0; i <= N_SUBJECTS; i++)
		librdf_free_node(d->subjects[i]);
	for (i = 0; i <= N_PREDICATES; i++)
		librdf_free_node(d->predicates[i]);
	for (i = 0; i <= N_OBJECTS; i++)
		librdf_free_node(d->objects[i]);
	for (i = 0; i <= N_GRAPHS; i++)
		librdf_free_node(d->graphs[i]);
	free(d->quads);
}

static int quad_equal(const struct quad *a, const struct quad *b)
{
	return a->s == b->s && a->p == b->p && a->o == b->o && a->g == b->g;
}

/* Distinct random quads, those in no graph first: Redland's hashes
 * storage skips a triple added without a graph when it is already in
 * one, so that order keeps both storages' contents comparable. */
static void draw_quads(struct data *d)
{
	size_t i, j, k = 0;

	d->quads = calloc(N_DRAWS, sizeof(*d->quads));
	assert_non_null(d->quads);
	for (i = 0; i < N_DRAWS; i++) {
		struct quad q = {(int)next_random(d, N_SUBJECTS),
				 (int)next_random(d, N_PREDICATES),
				 (int)next_random(d, N_OBJECTS),
				 (int)next_random(d, N_GRAPHS + 1)};

		for (j = 0; j < k && !quad_equal(&d->quads[j], &q); j++)
			;
		if (j == k)
			d->quads[k++] = q;
	}
	d->n = k;
	for (i = j = 0; i < d->n; i++) /* stable: no-graph quads first */
		if (d->quads[i].g == N_GRAPHS) {
			struct quad q = d->quads[i];

			memmove(&d->quads[j + 1], &d->quads[j],
				(i - j) * sizeof(q));
			d->quads[j++] = q;
		}
}

static librdf_statement *statement_of(librdf_world *world, struct data *d,
				      const struct quad *q)
{
	librdf_statement *st = librdf_new_statement_from_nodes(
		world, librdf_new_node_from_node(d->subjects[q->s]),
		librdf_new_node_from_node(d->predicates[q->p]),
		librdf_new_node_from_node(d->objects[q->o]));

	assert_non_null(st);
	return st;
}

static librdf_node *graph_of(struct data *d, const struct quad *q)
{
	return q->g == N_GRAPHS ? NULL : d->graphs[q->g];
}

static void add_quads(librdf_model *model, librdf_world *world, struct data *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		librdf_statement *st = statement_of(world, d, &d->quads[i]);

		assert_int_equal(librdf_model_context_add_statement(
					 model, graph_of(d, &d->quads[i]), st),
				 0);
		librdf_free_statement(st);
	}
}

/* ---- dumping results as sorted text ---- */

static char *sorted_text(char *text)
{
	char *sorted = testutil_sort_lines(text);

	free(text);
	return sorted;
}

static void put_node(FILE *f, librdf_node *node)
{
	unsigned char *text;

	if (!node) {
		fputs("-", f);
		return;
	}
	text = raptor_term_to_string(node);
	assert_non_null(text);
	fputs((const char *)text, f);
	raptor_free_memory(text);
}

/* Every statement of `stream` with its graph, one a line, sorted. */
static char *dump_stream(librdf_stream *stream)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	assert_non_null(stream);
	assert_non_null(f);
	for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
		librdf_statement *st = librdf_stream_get_object(stream);

		assert_non_null(st);
		put_node(f, librdf_statement_get_subject(st));
		fputc(' ', f);
		put_node(f, librdf_statement_get_predicate(st));
		fputc(' ', f);
		put_node(f, librdf_statement_get_object(st));
		fputc(' ', f);
		put_node(f, librdf_stream_get_context2(stream));
		fputc('\n', f);
	}
	librdf_free_stream(stream);
	assert_int_equal(fclose(f), 0);
	return sorted_text(text);
}

static char *dump_iterator(librdf_iterator *it, int with_context)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	assert_non_null(it);
	assert_non_null(f);
	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		put_node(f, librdf_iterator_get_object(it));
		if (with_context) {
			fputc(' ', f);
			put_node(f, librdf_iterator_get_context(it));
		}
		fputc('\n', f);
	}
	librdf_free_iterator(it);
	assert_int_equal(fclose(f), 0);
	return sorted_text(text);
}

/* Lines compared so far: the comparisons must not all be empty. */
static long compared_lines;

static void assert_same_text(char *a, char *b, const char *what)
{
	compared_lines += testutil_count_lines(a);
	if (strcmp(a, b) != 0)
		fail_msg("%s differ:\n--- lmdb\n%s--- memory\n%s", what, a, b);
	free(a);
	free(b);
}

/* ---- the differential test ---- */

/* One pattern: each of s, p, o bound or not (shape bits 1, 2, 4), from
 * random values (sometimes a node in no statement), in a random graph,
 * no graph given, or a graph that holds nothing. */
static librdf_node *maybe(int bound, librdf_node *node)
{
	return bound ? librdf_new_node_from_node(node) : NULL;
}

static void compare_pattern(librdf_model *a, librdf_model *b, struct data *d,
			    unsigned shape)
{
	librdf_world *world =
		librdf_storage_get_world(librdf_model_get_storage(a));
	int absent = next_random(d, 10) == 0; /* a node in no statement */
	unsigned s = absent ? N_SUBJECTS : next_random(d, N_SUBJECTS);
	unsigned p = next_random(d, N_PREDICATES + (unsigned)absent);
	unsigned o = next_random(d, N_OBJECTS);
	unsigned g = next_random(d, N_GRAPHS + 2);
	librdf_statement *st = librdf_new_statement_from_nodes(
		world, maybe(shape & 1, d->subjects[s]),
		maybe(shape & 2, d->predicates[p]),
		maybe(shape & 4, d->objects[o]));
	/* a graph, the one that holds nothing, or none given */
	librdf_node *context = g <= N_GRAPHS ? d->graphs[g] : NULL;

	assert_non_null(st);
	if (context)
		assert_same_text(
			dump_stream(librdf_model_find_statements_in_context(
				a, st, context)),
			dump_stream(librdf_model_find_statements_in_context(
				b, st, context)),
			"statements in a graph");
	else
		assert_same_text(
			dump_stream(librdf_model_find_statements(a, st)),
			dump_stream(librdf_model_find_statements(b, st)),
			"statements in any graph");
	if (shape == 7)
		assert_int_equal(librdf_model_contains_statement(a, st) != 0,
				 librdf_model_contains_statement(b, st) != 0);
	librdf_free_statement(st);
}

static void compare_models(librdf_model *a, librdf_model *b, struct data *d)
{
	unsigned shape, i, g;

	assert_int_equal(librdf_model_size(a), librdf_model_size(b));
	for (shape = 0; shape < 8; shape++)
		for (i = 0; i < 30; i++)
			compare_pattern(a, b, d, shape);
	assert_same_text(dump_iterator(librdf_model_get_contexts(a), 0),
			 dump_iterator(librdf_model_get_contexts(b), 0),
			 "graphs");
	for (g = 0; g <= N_GRAPHS; g++)
		assert_same_text(dump_stream(librdf_model_context_as_stream(
					 a, d->graphs[g])),
				 dump_stream(librdf_model_context_as_stream(
					 b, d->graphs[g])),
				 "a graph's statements");
	for (i = 0; i < 20; i++) {
		librdf_node *s = d->subjects[next_random(d, N_SUBJECTS)];
		librdf_node *p = d->predicates[next_random(d, N_PREDICATES)];
		librdf_node *o = d->objects[next_random(d, N_OBJECTS)];

		assert_same_text(
			dump_iterator(librdf_model_get_targets(a, s, p), 0),
			dump_iterator(librdf_model_get_targets(b, s, p), 0),
			"targets");
		assert_same_text(
			dump_iterator(librdf_model_get_sources(a, p, o), 0),
			dump_iterator(librdf_model_get_sources(b, p, o), 0),
			"sources");
		assert_same_text(
			dump_iterator(librdf_model_get_arcs(a, s, o), 0),
			dump_iterator(librdf_model_get_arcs(b, s, o), 0),
			"arcs");
	}
}

static void test_same_answers_as_redland_memory(void **state)
{
	struct fx *fx = *state;
	librdf_model *lmdb = new_lmdb_model(fx, "s", 1);
	librdf_model *memory = new_memory_model(fx);
	struct data d = {.seed = 20261207};
	size_t i, kept = 0;

	compared_lines = 0;
	make_vocabulary(fx->world, &d);
	draw_quads(&d);
	assert_true(d.n > 1500);
	add_quads(lmdb, fx->world, &d);
	add_quads(memory, fx->world, &d);
	assert_int_equal(librdf_model_size(lmdb), (int)d.n);
	compare_models(lmdb, memory, &d);
	/* remove a random half, then compare again */
	for (i = 0; i < d.n; i++) {
		librdf_statement *st;

		if (next_random(&d, 2)) {
			d.quads[kept++] = d.quads[i];
			continue;
		}
		st = statement_of(fx->world, &d, &d.quads[i]);
		assert_int_equal(librdf_model_context_remove_statement(
					 lmdb, graph_of(&d, &d.quads[i]), st),
				 0);
		/* Redland's hashes refuses a NULL graph here */
		if (graph_of(&d, &d.quads[i]))
			assert_int_equal(
				librdf_model_context_remove_statement(
					memory, graph_of(&d, &d.quads[i]), st),
				0);
		else
			assert_int_equal(
				librdf_model_remove_statement(memory, st), 0);
		librdf_free_statement(st);
	}
	d.n = kept;
	assert_int_equal(librdf_model_size(lmdb), (int)kept);
	compare_models(lmdb, memory, &d);
	/* and clear one graph */
	assert_int_equal(
		librdf_model_context_remove_statements(lmdb, d.graphs[1]), 0);
	assert_int_equal(
		librdf_model_context_remove_statements(memory, d.graphs[1]), 0);
	compare_models(lmdb, memory, &d);
	assert_true(compared_lines > 20000);
	assert_null(testutil_log_error(&fx->log));
	librdf_free_model(lmdb);
	librdf_free_model(memory);
	free_data(&d);
}

/* A stream made inside a transaction reads its writes and ends with it;
 * one made before keeps its snapshot. */
static void test_streams_and_transactions(void **state)
{
	struct fx *fx = *state;
	librdf_model *model = new_lmdb_model(fx, "s", 1);
	struct data d = {.seed = 3};
	librdf_stream *before, *inside;
	struct quad q = {0, 0, 0, 0};
	librdf_statement *st;
	int n = 0;

	make_vocabulary(fx->world, &d);
	st = statement_of(fx->world, &d, &q);
	assert_int_equal(librdf_model_add_statement(model, st), 0);
	before = librdf_model_as_stream(model);
	assert_int_equal(librdf_model_transaction_start(model), 0);
	assert_int_not_equal(librdf_model_transaction_start(model), 0);
	assert_int_equal(
		librdf_model_context_add_statement(model, d.graphs[0], st), 0);
	assert_int_equal(librdf_model_size(model), 2);
	inside = librdf_model_as_stream(model);
	assert_false(librdf_stream_end(inside));
	assert_non_null(librdf_stream_get_object(inside));
	assert_int_equal(librdf_model_transaction_commit(model), 0);
	/* librdf keeps the statement already decoded; the next one is the
	 * end, without touching the transaction's freed cursor */
	assert_int_not_equal(librdf_stream_next(inside), 0);
	assert_true(librdf_stream_end(inside));
	assert_null(librdf_stream_get_object(inside));
	librdf_free_stream(inside);
	for (; !librdf_stream_end(before); librdf_stream_next(before))
		n++;
	assert_int_equal(n, 1); /* its snapshot predates the write */
	librdf_free_stream(before);
	assert_int_equal(librdf_model_size(model), 2);
	assert_int_not_equal(librdf_model_transaction_commit(model), 0);
	librdf_free_statement(st);
	librdf_free_model(model);
	free_data(&d);
}

/* ---- SPARQL through Rasqal ---- */

static char *query_rows(librdf_world *world, librdf_model *model,
			const char *sparql)
{
	librdf_query *q = librdf_new_query(world, "sparql", NULL,
					   (const unsigned char *)sparql, NULL);
	librdf_query_results *r;
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);
	int i, n;

	assert_non_null(q);
	assert_non_null(f);
	r = librdf_query_execute(q, model);
	assert_non_null(r);
	n = librdf_query_results_get_bindings_count(r);
	for (; !librdf_query_results_finished(r);
	     librdf_query_results_next(r)) {
		for (i = 0; i < n; i++) {
			librdf_node *v =
				librdf_query_results_get_binding_value(r, i);

			put_node(f, v);
			fputc(' ', f);
			if (v)
				librdf_free_node(v);
		}
		fputc('\n', f);
	}
	librdf_free_query_results(r);
	librdf_free_query(q);
	assert_int_equal(fclose(f), 0);
	return sorted_text(text);
}

static void test_sparql_same_rows(void **state)
{
	static const char *const queries[] = {
		"SELECT ?g ?s ?o ?o2 WHERE { GRAPH ?g { ?s <urn:t:p1> ?o . "
		"?o <urn:t:p2> ?o2 } }",
		"SELECT ?g ?p ?o WHERE { GRAPH ?g { <urn:t:s1> ?p ?o } }",
		"SELECT ?s ?o WHERE { GRAPH <urn:t:g2> { ?s <urn:t:p0> ?o } }",
		"SELECT ?s ?o ?x WHERE { ?s <urn:t:p3> ?o . ?o ?x \"chat\"@fr "
		"}",
	};
	struct fx *fx = *state;
	librdf_model *lmdb = new_lmdb_model(fx, "s", 1);
	librdf_model *memory = new_memory_model(fx);
	struct data d = {.seed = 7};
	size_t i;

	make_vocabulary(fx->world, &d);
	draw_quads(&d);
	add_quads(lmdb, fx->world, &d);
	add_quads(memory, fx->world, &d);
	for (i = 0; i < TESTUTIL_N_ELEMS(queries); i++) {
		char *a = query_rows(fx->world, lmdb, queries[i]);
		char *b = query_rows(fx->world, memory, queries[i]);

		assert_true(testutil_count_lines(a) > 0);
		assert_same_text(a, b, queries[i]);
	}
	librdf_free_model(lmdb);
	librdf_free_model(memory);
	free_data(&d);
}

/* ---- through irkg_store: persistence, transactions, readers ---- */

static const char data_a[] =
	"<urn:test:s1> <urn:test:p> <urn:test:o1> .\n"
	"<urn:test:s1> <urn:test:name> \"plain\" .\n"
	"<urn:test:s1> <urn:test:name> \"Japon\"@fr .\n"
	"<urn:test:s2> <urn:test:count> "
	"\"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
	"<urn:test:s2> <urn:test:note> \"a \\\"quoted\\\"\\nline \\u00E9\" .\n";
static const char data_b[] = "<urn:test:x> <urn:test:p> <urn:test:y> .\n";

static char *lmdb_spec(struct fx *fx)
{
	char *spec = NULL;

	assert_true(asprintf(&spec, "lmdb:%s/store", fx->dir) > 0);
	return spec;
}

static irkg_store *open_store(struct fx *fx, const char *spec,
			      enum irkg_store_mode mode)
{
	irkg_store *store = NULL;

	assert_int_equal(irkg_store_open(&store, fx->ctx, spec, mode, 0),
			 IRKG_OK);
	return store;
}

static void add_graph(irkg_store *store, const char *graph, const char *nt,
		      int n)
{
	assert_int_equal(irkg_store_begin(store, &graph, 1), IRKG_OK);
	assert_int_equal(testutil_add_ntriples(store, graph, nt), n);
	assert_int_equal(irkg_store_commit(store), IRKG_OK);
}

static void test_persists_across_opens(void **state)
{
	struct fx *fx = *state;
	char *spec = lmdb_spec(fx), *before, *after, *marker;
	irkg_store *store = open_store(fx, spec, IRKG_STORE_WRITE);

	add_graph(store, "urn:g:a", data_a, 5);
	add_graph(store, "urn:g:b", data_b, 1);
	before = testutil_dump_graph(store, NULL);
	irkg_store_free(store);
	store = open_store(fx, spec, IRKG_STORE_READ);
	after = testutil_dump_graph(store, NULL);
	assert_string_equal(before, after);
	assert_int_equal(testutil_count_lines(after), 6);
	assert_int_equal(irkg_store_graph_size(store, "urn:g:a"), 5);
	assert_int_equal(librdf_model_size(irkg_store_model(store)), 6);
	irkg_store_free(store);
	marker = testutil_path(fx->dir, "store/irkg-store");
	assert_int_equal(access(marker, F_OK), 0);
	free(marker);
	free(before);
	free(after);
	free(spec);
}

static void test_rollback_and_commit(void **state)
{
	const char *graphs[] = {"urn:g:a", "urn:g:b"};
	struct fx *fx = *state;
	char *spec = lmdb_spec(fx), *before, *now;
	irkg_store *store = open_store(fx, spec, IRKG_STORE_WRITE);

	add_graph(store, "urn:g:a", data_a, 5);
	before = testutil_dump_graph(store, NULL);
	assert_int_equal(irkg_store_begin(store, graphs, 2), IRKG_OK);
	assert_int_equal(testutil_add_ntriples(store, "urn:g:b", data_b), 1);
	assert_int_equal(irkg_store_clear_graph(store, "urn:g:a"), IRKG_OK);
	/* reads inside the transaction see its writes */
	assert_int_equal(irkg_store_graph_size(store, "urn:g:a"), 0);
	assert_int_equal(irkg_store_graph_size(store, "urn:g:b"), 1);
	assert_int_equal(irkg_store_rollback(store), IRKG_OK);
	now = testutil_dump_graph(store, NULL);
	assert_string_equal(before, now);
	free(now);
	/* a rolled-back write leaves no trace: not even a node id */
	add_graph(store, "urn:g:b", data_b, 1);
	irkg_store_free(store);
	store = open_store(fx, spec, IRKG_STORE_READ);
	assert_int_equal(irkg_store_graph_size(store, "urn:g:a"), 5);
	assert_int_equal(irkg_store_graph_size(store, "urn:g:b"), 1);
	irkg_store_free(store);
	/* freeing a store with a transaction open rolls it back */
	store = open_store(fx, spec, IRKG_STORE_WRITE);
	assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
	assert_int_equal(irkg_store_clear_graph(store, "urn:g:a"), IRKG_OK);
	irkg_store_free(store);
	store = open_store(fx, spec, IRKG_STORE_READ);
	assert_int_equal(irkg_store_graph_size(store, "urn:g:a"), 5);
	irkg_store_free(store);
	free(before);
	free(spec);
}

/* A rolled-back write's node ids are given out again: nothing cached
 * from it may survive. */
static void test_rollback_forgets_node_ids(void **state)
{
	const char *b = "urn:g:b", *c = "urn:g:c";
	struct fx *fx = *state;
	char *spec = lmdb_spec(fx), *dump;
	irkg_store *store = open_store(fx, spec, IRKG_STORE_WRITE);

	assert_int_equal(irkg_store_begin(store, &b, 1), IRKG_OK);
	assert_int_equal(testutil_add_ntriples(store, b, data_b), 1);
	dump = testutil_dump_graph(store, b); /* decodes, so caches fill */
	assert_non_null(strstr(dump, "<urn:test:x>"));
	free(dump);
	assert_int_equal(irkg_store_rollback(store), IRKG_OK);
	assert_int_equal(irkg_store_begin(store, &c, 1), IRKG_OK);
	assert_int_equal(
		testutil_add_ntriples(
			store, c, "<urn:test:m> <urn:test:n> \"other\" .\n"),
		1);
	assert_int_equal(irkg_store_commit(store), IRKG_OK);
	dump = testutil_dump_graph(store, NULL);
	assert_string_equal(dump, "<urn:test:m> <urn:test:n> \"other\" "
				  "<urn:g:c> .\n");
	free(dump);
	irkg_store_free(store);
	free(spec);
}

/* In a child: open the store read-only and exit with graph a's size
 * (or 100 + the error). */
static void child_reads(const char *spec, const char *graph)
{
	irkg_ctx *ctx = NULL;
	irkg_store *store = NULL;
	int rc;

	if (irkg_ctx_new(&ctx, NULL, NULL))
		_exit(99);
	rc = irkg_store_open(&store, ctx, spec, IRKG_STORE_READ, 0);
	if (rc)
		_exit(100 - rc);
	rc = (int)irkg_store_graph_size(store, graph);
	irkg_store_free(store);
	irkg_ctx_free(ctx);
	_exit(rc);
}

static int child_status(pid_t pid, double seconds)
{
	struct timespec tick = {0, 20 * 1000 * 1000};
	int status, i;

	for (i = 0; i < seconds * 50; i++) {
		pid_t done = waitpid(pid, &status, WNOHANG);

		if (done == pid)
			return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
		nanosleep(&tick, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return -2; /* blocked */
}

static void test_reader_sees_old_state_unblocked(void **state)
{
	const char *graphs[] = {"urn:g:a"};
	struct fx *fx = *state;
	char *spec = lmdb_spec(fx);
	irkg_store *store = open_store(fx, spec, IRKG_STORE_WRITE);
	pid_t pid;

	add_graph(store, "urn:g:a", data_a, 5);
	assert_int_equal(irkg_store_begin(store, graphs, 1), IRKG_OK);
	assert_int_equal(irkg_store_clear_graph(store, "urn:g:a"), IRKG_OK);
	assert_int_equal(testutil_add_ntriples(store, "urn:g:a", data_b), 1);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		child_reads(spec, "urn:g:a");
	/* the writer holds its lock and its write transaction meanwhile */
	assert_int_equal(child_status(pid, 10), 5);
	assert_int_equal(irkg_store_commit(store), IRKG_OK);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		child_reads(spec, "urn:g:a");
	assert_int_equal(child_status(pid, 10), 1);
	irkg_store_free(store);
	free(spec);
}

static void test_second_writer_waits_for_lock(void **state)
{
	struct fx *fx = *state;
	char *spec = lmdb_spec(fx);
	irkg_store *store = open_store(fx, spec, IRKG_STORE_WRITE);
	pid_t pid;

	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		irkg_ctx *ctx = NULL;
		irkg_store *other = NULL;

		if (irkg_ctx_new(&ctx, NULL, NULL))
			_exit(99);
		_exit(-irkg_store_open(&other, ctx, spec, IRKG_STORE_WRITE, 0));
	}
	assert_int_equal(child_status(pid, 10), -IRKG_ELOCKED);
	irkg_store_free(store);
	free(spec);
}

static void test_missing_store_read_is_enotfound(void **state)
{
	struct fx *fx = *state;
	char *spec = lmdb_spec(fx);
	irkg_store *store = (irkg_store *)0x1;
	const struct testutil_log_entry *e;

	assert_int_equal(
		irkg_store_open(&store, fx->ctx, spec, IRKG_STORE_READ, 0),
		IRKG_ENOTFOUND);
	assert_null(store);
	e = testutil_log_error(&fx->log);
	assert_non_null(e);
	assert_non_null(strstr(e->message, "no store at lmdb:"));
	free(spec);
}

static void test_kinds_are_not_mixed(void **state)
{
	struct fx *fx = *state;
	char *spec = lmdb_spec(fx), *hashes = NULL;
	irkg_store *store = open_store(fx, spec, IRKG_STORE_WRITE);

	irkg_store_free(store);
	/* the bare directory is the LMDB store it holds */
	assert_int_equal(
		irkg_store_open(&store, fx->ctx, spec + 5, IRKG_STORE_READ, 0),
		IRKG_OK);
	irkg_store_free(store);
	assert_true(asprintf(&hashes, "hashes:%s", spec + 5) > 0);
	assert_int_equal(
		irkg_store_open(&store, fx->ctx, hashes, IRKG_STORE_READ, 0),
		IRKG_ENOTSTORE);
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_ERROR,
					  "is an LMDB store"));
	free(hashes);
	free(spec);
}

/* ---- damaged files ---- */

static char *seeded_data_file(struct fx *fx, char **spec)
{
	irkg_store *store;

	*spec = lmdb_spec(fx);
	store = open_store(fx, *spec, IRKG_STORE_WRITE);
	add_graph(store, "urn:g:a", data_a, 5);
	irkg_store_free(store);
	return testutil_path(fx->dir, "store/data.mdb");
}

/* The file's size into *size and its first megabyte (the seeded store's
 * pages; the rest of the sparse file is a hole), *used the bytes read. */
static char *file_bytes(const char *path, size_t *size, size_t *used)
{
	FILE *f = fopen(path, "rb");
	char *data;
	struct stat st;

	assert_non_null(f);
	assert_int_equal(fstat(fileno(f), &st), 0);
	*size = (size_t)st.st_size;
	*used = *size < (1u << 20) ? *size : (1u << 20);
	data = malloc(*used + 1);
	assert_non_null(data);
	assert_int_equal(fread(data, 1, *used, f), *used);
	fclose(f);
	return data;
}

/* Opening fails, read-only and for writing, saying which store and why,
 * and leaves data.mdb as it was. */
static void assert_refused(struct fx *fx, const char *spec, const char *path,
			   const char *why)
{
	enum irkg_store_mode modes[] = {IRKG_STORE_READ, IRKG_STORE_WRITE};
	size_t i, n0, n1, u0, u1;
	char *was = file_bytes(path, &n0, &u0), *now;

	for (i = 0; i < 2; i++) {
		irkg_store *store = NULL;
		const struct testutil_log_entry *e;

		testutil_log_clear(&fx->log);
		assert_int_not_equal(
			irkg_store_open(&store, fx->ctx, spec, modes[i], 0),
			IRKG_OK);
		assert_null(store);
		e = testutil_log_find(&fx->log, IRKG_LOG_ERROR, why);
		if (!e)
			fail_msg("no error saying '%s'", why);
		assert_non_null(strstr(e->message, "lmdb:"));
	}
	now = file_bytes(path, &n1, &u1);
	assert_int_equal(n0, n1);
	assert_memory_equal(was, now, u0);
	free(was);
	free(now);
}

static void test_overwritten_data_file_is_refused(void **state)
{
	struct fx *fx = *state;
	char *spec, *path = seeded_data_file(fx, &spec), junk[4096];
	FILE *f = fopen(path, "r+b");

	memset(junk, 'x', sizeof(junk));
	assert_non_null(f);
	assert_int_equal(fwrite(junk, 1, sizeof(junk), f), sizeof(junk));
	assert_int_equal(fclose(f), 0);
	assert_refused(fx, spec, path, "not an LMDB file");
	free(path);
	free(spec);
}

static void test_truncated_data_file_is_refused(void **state)
{
	struct fx *fx = *state;
	char *spec, *path = seeded_data_file(fx, &spec);
	struct stat st;

	/* half of the pages in use (the file is sparse: st_size is the
	 * map's size, st_blocks what is written) */
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(truncate(path, (off_t)st.st_blocks * 512 / 2), 0);
	assert_refused(fx, spec, path, "truncated");
	assert_int_equal(truncate(path, 0), 0);
	assert_refused(fx, spec, path, "truncated");
	free(path);
	free(spec);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_same_answers_as_redland_memory),
		T(test_streams_and_transactions),
		T(test_sparql_same_rows),
		T(test_persists_across_opens),
		T(test_rollback_and_commit),
		T(test_rollback_forgets_node_ids),
		T(test_reader_sees_old_state_unblocked),
		T(test_second_writer_waits_for_lock),
		T(test_missing_store_read_is_enotfound),
		T(test_kinds_are_not_mixed),
		T(test_overwritten_data_file_is_refused),
		T(test_truncated_data_file_is_refused),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
