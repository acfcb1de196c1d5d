/* Unit tests for graph/infer: what a tiny ontology implies about tiny data,
 * materialised per graph in its inferred graph, checked, repaired and
 * rebuilt idempotently. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/infer.h"
#include "../../graph/ingest.h"
#include "testutil.h"

#define DATA_GRAPH "urn:test:data"
#define NS(x) "<" IRKG_NS x ">"
#define STATE(x) "<" IRKG_ID "state/" x ">"
#define ORG(x) "<" IRKG_ID "organization/" x ">"
#define REL(x) "<" IRKG_ID "relation/" x ">"
#define TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define SUBCLASS "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
#define SUBPROPERTY "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf>"
#define INVERSE "<http://www.w3.org/2002/07/owl#inverseOf>"
#define SYMMETRIC "<http://www.w3.org/2002/07/owl#SymmetricProperty>"
#define AGENT "<http://www.w3.org/ns/prov#Agent>"

/* One statement, each term in N-Triples form. */
struct nt {
	const char *s, *p, *o;
};

/* The axioms the tests rely on, as irkg.ttl states them (abridged). */
static const struct nt ontology[] = {
	{NS("Actor"), SUBCLASS, AGENT},
	{NS("State"), SUBCLASS, NS("Actor")},
	{NS("Person"), SUBCLASS, NS("Actor")},
	{NS("Alliance"), SUBCLASS, NS("Relation")},
	{NS("Agreement"), SUBCLASS, NS("Relation")},
	{NS("Treaty"), SUBCLASS, NS("Agreement")},
	{NS("source"), SUBPROPERTY, NS("participant")},
	{NS("party"), SUBPROPERTY, NS("participant")},
	{NS("hasMember"), INVERSE, NS("memberOf")},
	{NS("sanctions"), INVERSE, NS("sanctionedBy")},
	{NS("relatedTo"), TYPE, SYMMETRIC},
	{NS("alliedWith"), TYPE, SYMMETRIC},
	{NS("alliedWith"), SUBPROPERTY, NS("relatedTo")},
	{NS("hasAgreementWith"), TYPE, SYMMETRIC},
	{NS("hasAgreementWith"), SUBPROPERTY, NS("relatedTo")},
};

struct fixture {
	struct testutil_log log;
	irkg_ctx *ctx;
	irkg_store *store;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	assert_int_equal(irkg_ctx_new(&fx->ctx, testutil_log_record, &fx->log),
			 IRKG_OK);
	assert_int_equal(irkg_store_open(&fx->store, fx->ctx, "memory",
					 IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;

	irkg_store_free(fx->store);
	irkg_ctx_free(fx->ctx);
	testutil_log_clear(&fx->log);
	free(fx);
	return 0;
}

/* Adds the statements t[0..n) to `graph`. */
static void load_n(struct fixture *fx, const char *graph, const struct nt *t,
		   size_t n)
{
	char *text = NULL;
	size_t size = 0, i;
	FILE *mem = open_memstream(&text, &size);

	assert_non_null(mem);
	for (i = 0; i < n; i++)
		fprintf(mem, "%s %s %s .\n", t[i].s, t[i].p, t[i].o);
	assert_int_equal(fclose(mem), 0);
	assert_int_equal(testutil_add_ntriples(fx->store, graph, text), (int)n);
	free(text);
}

#define LOAD(fx, graph, t) load_n(fx, graph, t, TESTUTIL_N_ELEMS(t))

/* LOAD_TRIPLES(fx, graph, {{s, p, o}, …}): statements written in place. */
#define LOAD_TRIPLES(fx, graph, ...)                                           \
	do {                                                                   \
		static const struct nt triples_[] = __VA_ARGS__;               \
		LOAD(fx, graph, triples_);                                     \
	} while (0)

static void load_ontology(struct fixture *fx)
{
	LOAD(fx, IRKG_ONTOLOGY_GRAPH, ontology);
}

/* Statements in all the inferred graphs. */
static long inferred_total(struct fixture *fx)
{
	struct irkg_graph_info *graphs = NULL;
	size_t n = 0, i;
	long total = 0;

	assert_int_equal(irkg_store_graphs(fx->store, &graphs, &n), IRKG_OK);
	for (i = 0; i < n; i++)
		if (irkg_infer_is_inferred(graphs[i].iri))
			total += graphs[i].triples;
	irkg_graph_info_free(graphs, n);
	return total;
}

/* irkg infer (check and repair, or --rebuild). */
static struct irkg_infer_result infer_with(struct fixture *fx, int rebuild)
{
	struct irkg_infer_result r;

	assert_int_equal(irkg_infer_all(fx->store, rebuild, &r), IRKG_OK);
	assert_null(testutil_log_error(&fx->log));
	assert_int_equal(r.inferred, inferred_total(fx));
	return r;
}

static struct irkg_infer_result infer(struct fixture *fx)
{
	return infer_with(fx, 0);
}

/* Whether an inferred graph holds "s p o" (terms in N-Triples form). */
static int inferred(struct fixture *fx, const char *s, const char *p,
		    const char *o)
{
	char *dump = testutil_dump_graph(fx->store, NULL);
	char line[1024];
	int found;

	snprintf(line, sizeof(line), "\n%s %s %s <%s", s, p, o,
		 IRKG_INFERRED_GRAPH);
	found = strstr(dump, line) != NULL ||
		strncmp(dump, line + 1, strlen(line + 1)) == 0;
	free(dump);
	return found;
}

static void test_subclass_closure(void **state)
{
	struct fixture *fx = *state;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {STATE("JPN"), TYPE, NS("State")},
			     {STATE("USA"), TYPE, NS("State")},
		     });
	infer(fx);
	assert_true(inferred(fx, STATE("JPN"), TYPE, NS("Actor")));
	assert_true(inferred(fx, STATE("USA"), TYPE, NS("Actor")));
	/* only what something reads: not prov:Agent, nor the hierarchy */
	assert_false(inferred(fx, STATE("JPN"), TYPE, AGENT));
	assert_false(inferred(fx, NS("State"), SUBCLASS, AGENT));
	/* asserted statements are not repeated */
	assert_false(inferred(fx, STATE("JPN"), TYPE, NS("State")));
	assert_false(inferred(fx, NS("State"), SUBCLASS, NS("Actor")));
}

static void test_subproperty(void **state)
{
	struct fixture *fx = *state;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {"<urn:test:e1>", NS("source"), STATE("KOR")},
		     });
	infer(fx);
	assert_true(
		inferred(fx, "<urn:test:e1>", NS("participant"), STATE("KOR")));
	assert_false(
		inferred(fx, STATE("KOR"), NS("participant"), "<urn:test:e1>"));
}

static void test_symmetric(void **state)
{
	struct fixture *fx = *state;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {STATE("JPN"), NS("relatedTo"), STATE("KOR")},
		     });
	infer(fx);
	assert_true(inferred(fx, STATE("KOR"), NS("relatedTo"), STATE("JPN")));
	assert_false(inferred(fx, STATE("JPN"), NS("relatedTo"), STATE("KOR")));
}

static void test_inverse(void **state)
{
	struct fixture *fx = *state;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {ORG("NATO"), NS("hasMember"), STATE("USA")},
			     {ORG("NATO"), NS("hasMember"), STATE("CAN")},
			     {STATE("CAN"), NS("memberOf"), ORG("NATO")},
			     {STATE("FRA"), NS("memberOf"), ORG("EU")},
		     });
	infer(fx);
	assert_true(inferred(fx, STATE("USA"), NS("memberOf"), ORG("NATO")));
	/* owl:inverseOf works both ways */
	assert_true(inferred(fx, ORG("EU"), NS("hasMember"), STATE("FRA")));
	/* asserted in the data: not again */
	assert_false(inferred(fx, STATE("CAN"), NS("memberOf"), ORG("NATO")));
}

static void test_alliance_edges(void **state)
{
	struct fixture *fx = *state;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {REL("jpn-usa"), TYPE, NS("Alliance")},
			     {REL("jpn-usa"), NS("party"), STATE("JPN")},
			     {REL("jpn-usa"), NS("party"), STATE("USA")},
			     {REL("kor-usa"), NS("party"), STATE("KOR")},
			     {REL("kor-usa"), NS("party"), STATE("USA")},
			     {REL("kor-usa"), TYPE, NS("Alliance")},
		     });
	infer(fx);
	assert_true(inferred(fx, STATE("JPN"), NS("alliedWith"), STATE("USA")));
	assert_true(inferred(fx, STATE("USA"), NS("alliedWith"), STATE("JPN")));
	assert_true(inferred(fx, STATE("KOR"), NS("alliedWith"), STATE("USA")));
	assert_true(inferred(fx, STATE("USA"), NS("alliedWith"), STATE("KOR")));
	/* two alliances with the same ally are not one alliance */
	assert_false(
		inferred(fx, STATE("JPN"), NS("alliedWith"), STATE("KOR")));
	assert_false(
		inferred(fx, STATE("USA"), NS("alliedWith"), STATE("USA")));
	/* and the edges go on up the property hierarchy */
	assert_true(inferred(fx, STATE("JPN"), NS("relatedTo"), STATE("USA")));
	assert_true(
		inferred(fx, REL("jpn-usa"), NS("participant"), STATE("JPN")));
}

static void test_sanctions_edges(void **state)
{
	struct fixture *fx = *state;

	load_ontology(fx);
	LOAD_TRIPLES(
		fx, DATA_GRAPH,
		{
			{REL("sanctions-irn"), TYPE, NS("SanctionsRegime")},
			{REL("sanctions-irn"), NS("party"), STATE("USA")},
			{REL("sanctions-irn"), NS("party"), STATE("GBR")},
			{REL("sanctions-irn"), NS("subject"), STATE("IRN")},
		});
	infer(fx);
	assert_true(inferred(fx, STATE("USA"), NS("sanctions"), STATE("IRN")));
	assert_true(inferred(fx, STATE("GBR"), NS("sanctions"), STATE("IRN")));
	assert_true(
		inferred(fx, STATE("IRN"), NS("sanctionedBy"), STATE("USA")));
	/* one-sided: the parties do not sanction each other */
	assert_false(inferred(fx, STATE("USA"), NS("sanctions"), STATE("GBR")));
	assert_false(inferred(fx, STATE("IRN"), NS("sanctions"), STATE("USA")));
}

/* A treaty is an agreement only by inference; its edge then goes up to
 * relatedTo, which is symmetric: three rules in a chain. */
static void test_fixpoint(void **state)
{
	struct fixture *fx = *state;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {REL("t"), NS("party"), STATE("NZL")},
			     {REL("t"), NS("party"), STATE("FJI")},
			     {REL("t"), TYPE, NS("Treaty")},
		     });
	infer(fx);
	assert_true(inferred(fx, REL("t"), TYPE, NS("Agreement")));
	assert_true(inferred(fx, STATE("NZL"), NS("hasAgreementWith"),
			     STATE("FJI")));
	assert_true(inferred(fx, STATE("FJI"), NS("relatedTo"), STATE("NZL")));
	assert_false(
		inferred(fx, STATE("NZL"), NS("alliedWith"), STATE("FJI")));
}

static void test_idempotent(void **state)
{
	struct fixture *fx = *state;
	struct irkg_infer_result first, second;
	char *before, *after;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {REL("a"), TYPE, NS("Alliance")},
			     {REL("a"), NS("party"), STATE("JPN")},
			     {REL("a"), NS("party"), STATE("USA")},
			     {STATE("JPN"), TYPE, NS("State")},
		     });
	first = infer(fx);
	before = testutil_dump_graph(fx->store, NULL);
	second = infer(fx);
	after = testutil_dump_graph(fx->store, NULL);
	assert_true(first.inferred > 0);
	assert_int_equal(second.inferred, first.inferred);
	assert_int_equal(second.previous, first.inferred);
	assert_int_equal(second.asserted, first.asserted);
	assert_string_equal(after, before);
	free(before);
	free(after);
}

/* Rebuilt from scratch: what rested on dropped data goes with it. */
static void test_stale_removed(void **state)
{
	struct fixture *fx = *state;
	const char *graph = DATA_GRAPH;
	struct irkg_infer_result r;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {REL("a"), TYPE, NS("Alliance")},
			     {REL("a"), NS("party"), STATE("JPN")},
			     {REL("a"), NS("party"), STATE("USA")},
		     });
	LOAD_TRIPLES(fx, "urn:test:other",
		     {
			     {STATE("KOR"), TYPE, NS("State")},
		     });
	infer(fx);
	assert_true(inferred(fx, STATE("JPN"), NS("alliedWith"), STATE("USA")));
	assert_int_equal(irkg_store_begin(fx->store, &graph, 1), IRKG_OK);
	assert_int_equal(irkg_store_clear_graph(fx->store, graph), IRKG_OK);
	assert_int_equal(irkg_store_commit(fx->store), IRKG_OK);
	r = infer(fx);
	assert_true(r.previous > r.inferred);
	assert_false(
		inferred(fx, STATE("JPN"), NS("alliedWith"), STATE("USA")));
	assert_false(inferred(fx, REL("a"), NS("participant"), STATE("JPN")));
	assert_true(inferred(fx, STATE("KOR"), TYPE, NS("Actor")));
}

/* Only the inferred graph changes. */
static void test_other_graphs_untouched(void **state)
{
	struct fixture *fx = *state;
	char *data, *onto;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {STATE("JPN"), TYPE, NS("State")},
			     {ORG("NATO"), NS("hasMember"), STATE("USA")},
		     });
	data = testutil_dump_graph(fx->store, DATA_GRAPH);
	onto = testutil_dump_graph(fx->store, IRKG_ONTOLOGY_GRAPH);
	infer(fx);
	{
		char *data2 = testutil_dump_graph(fx->store, DATA_GRAPH);
		char *onto2 =
			testutil_dump_graph(fx->store, IRKG_ONTOLOGY_GRAPH);

		assert_string_equal(data2, data);
		assert_string_equal(onto2, onto);
		free(data2);
		free(onto2);
	}
	free(data);
	free(onto);
}

/* Without an ontology graph only the direct edges (a table in C) remain:
 * no closure, no symmetry. */
static void test_without_ontology(void **state)
{
	struct fixture *fx = *state;
	struct irkg_infer_result r;

	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {REL("a"), TYPE, NS("Alliance")},
			     {REL("a"), NS("party"), STATE("JPN")},
			     {REL("a"), NS("party"), STATE("USA")},
			     {STATE("JPN"), TYPE, NS("State")},
		     });
	r = infer(fx);
	assert_int_equal(r.axioms, 0);
	assert_int_equal(r.asserted, 4);
	assert_int_equal(r.inferred, 2);
	assert_true(inferred(fx, STATE("JPN"), NS("alliedWith"), STATE("USA")));
	assert_true(inferred(fx, STATE("USA"), NS("alliedWith"), STATE("JPN")));
}

/* A store in the middle of another write is refused, and left alone. */
static void test_inside_transaction_is_einval(void **state)
{
	struct fixture *fx = *state;
	const char *graph = DATA_GRAPH;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {STATE("JPN"), TYPE, NS("State")},
		     });
	assert_int_equal(irkg_store_begin(fx->store, &graph, 1), IRKG_OK);
	assert_int_equal(irkg_infer_all(fx->store, 0, NULL), IRKG_EINVAL);
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_ERROR,
					  "inference failed"));
	assert_int_equal(irkg_store_rollback(fx->store), IRKG_OK);
	assert_int_equal(irkg_store_graph_size(fx->store, IRKG_INFERRED_GRAPH),
			 0);
	assert_int_equal(irkg_store_graph_size(fx->store, DATA_GRAPH), 1);
}

static void test_graph_names(void **state)
{
	static const struct {
		const char *graph, *inferred;
	} cases[] = {
		{IRKG_ONTOLOGY_GRAPH, IRKG_INFERRED_GRAPH},
		{IRKG_ID "article/7b0b", IRKG_INFERRED_GRAPH "/article/7b0b"},
		{"urn:test:data", IRKG_INFERRED_GRAPH "/iri/urn%3Atest%3Adata"},
		{"file:///a b.ttl",
		 IRKG_INFERRED_GRAPH "/iri/file%3A%2F%2F%2Fa%20b.ttl"},
	};
	size_t i;
	char *name = NULL;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		assert_int_equal(irkg_infer_graph_name(cases[i].graph, &name),
				 IRKG_OK);
		assert_string_equal(name, cases[i].inferred);
		assert_true(irkg_infer_is_inferred(name));
		assert_false(irkg_infer_is_inferred(cases[i].graph));
		free(name);
	}
	/* no inferred graph of an inferred graph */
	assert_int_equal(irkg_infer_graph_name(IRKG_INFERRED_GRAPH, &name),
			 IRKG_EINVAL);
	assert_null(name);
	assert_int_equal(
		irkg_infer_graph_name(IRKG_INFERRED_GRAPH "/article/x", &name),
		IRKG_EINVAL);
	assert_false(irkg_infer_is_inferred(IRKG_INFERRED_GRAPH "x"));
}

/* Write graph `g` anew and infer from it, as an ingest does: one
 * transaction over the graph and its inferred graph. */
static void replace_graph(struct fixture *fx, irkg_infer *in, const char *g,
			  const struct nt *t, size_t n, long *count)
{
	const char *graphs[2] = {g, NULL};
	char *name = NULL;

	assert_int_equal(irkg_infer_graph_name(g, &name), IRKG_OK);
	graphs[1] = name;
	assert_int_equal(irkg_store_begin(fx->store, graphs, 2), IRKG_OK);
	assert_int_equal(irkg_store_clear_graph(fx->store, g), IRKG_OK);
	if (n)
		load_n(fx, g, t, n);
	assert_int_equal(irkg_infer_graph(in, g, count), IRKG_OK);
	assert_int_equal(irkg_store_commit(fx->store), IRKG_OK);
	free(name);
}

/* Per graph: each graph's conclusions in its own inferred graph, from its
 * statements alone, with the ontology's closure read once. */
static void test_per_graph(void **state)
{
	struct fixture *fx = *state;
	static const struct nt a[] = {
		{REL("a"), TYPE, NS("Treaty")},
		{REL("a"), NS("party"), STATE("NZL")},
		{REL("a"), NS("party"), STATE("FJI")},
	};
	static const struct nt b[] = {
		{REL("b"), TYPE, NS("Alliance")},
		{REL("b"), NS("party"), STATE("JPN")},
		{REL("b"), NS("party"), STATE("USA")},
	};
	irkg_infer *in = NULL;
	char *dump;
	long count = 0;

	load_ontology(fx);
	assert_int_equal(irkg_infer_new(&in, fx->store), IRKG_OK);
	replace_graph(fx, in, IRKG_ID "article/a", a, TESTUTIL_N_ELEMS(a),
		      &count);
	/* Treaty ⊑ Agreement ⊑ Relation from the ontology; the two edges,
	 * their relatedTo (symmetric, so already both ways) and two
	 * participants */
	assert_int_equal(count, 8);
	replace_graph(fx, in, IRKG_ID "article/b", b, TESTUTIL_N_ELEMS(b),
		      &count);
	assert_int_equal(count, 7);
	dump = testutil_dump_graph(fx->store, IRKG_INFERRED_GRAPH "/article/a");
	assert_non_null(strstr(
		dump,
		STATE("NZL") " " NS("hasAgreementWith") " " STATE("FJI")));
	assert_non_null(strstr(dump, REL("a") " " TYPE " " NS("Relation")));
	assert_null(strstr(dump, "alliedWith"));
	free(dump);
	dump = testutil_dump_graph(fx->store, IRKG_INFERRED_GRAPH "/article/b");
	assert_non_null(strstr(
		dump, STATE("USA") " " NS("alliedWith") " " STATE("JPN")));
	assert_null(strstr(dump, "hasAgreementWith"));
	free(dump);
	irkg_infer_free(in);
	/* the same as a rebuild: nothing to repair */
	assert_int_equal(infer(fx).repaired, 0);
}

/* Replacing a graph replaces its inferences; what the old version implied
 * goes. A graph dropped leaves an inferred graph that irkg infer removes. */
static void test_replace_and_drop(void **state)
{
	struct fixture *fx = *state;
	static const struct nt v1[] = {
		{REL("r"), TYPE, NS("Alliance")},
		{REL("r"), NS("party"), STATE("JPN")},
		{REL("r"), NS("party"), STATE("USA")},
	};
	static const struct nt v2[] = {
		{REL("r"), TYPE, NS("Dispute")},
		{REL("r"), NS("party"), STATE("JPN")},
		{REL("r"), NS("party"), STATE("KOR")},
	};
	const char *g = IRKG_ID "article/r";
	irkg_infer *in = NULL;
	struct irkg_infer_result r;
	long count;

	load_ontology(fx);
	assert_int_equal(irkg_infer_new(&in, fx->store), IRKG_OK);
	replace_graph(fx, in, g, v1, TESTUTIL_N_ELEMS(v1), &count);
	assert_true(inferred(fx, STATE("JPN"), NS("alliedWith"), STATE("USA")));
	replace_graph(fx, in, g, v2, TESTUTIL_N_ELEMS(v2), &count);
	assert_false(
		inferred(fx, STATE("JPN"), NS("alliedWith"), STATE("USA")));
	assert_true(
		inferred(fx, STATE("KOR"), NS("inDisputeWith"), STATE("JPN")));
	/* emptied (as irkg drop does, but without its inferred graph) */
	replace_graph(fx, in, g, NULL, 0, &count);
	assert_int_equal(count, 0);
	assert_int_equal(inferred_total(fx), 0);
	replace_graph(fx, in, g, v2, TESTUTIL_N_ELEMS(v2), &count);
	{
		const char *only = g;

		assert_int_equal(irkg_store_begin(fx->store, &only, 1),
				 IRKG_OK);
		assert_int_equal(irkg_store_clear_graph(fx->store, g), IRKG_OK);
		assert_int_equal(irkg_store_commit(fx->store), IRKG_OK);
	}
	assert_int_equal(inferred_total(fx), count);
	r = infer(fx);
	assert_int_equal(r.repaired, 1);
	assert_int_equal(r.previous, count);
	assert_int_equal(inferred_total(fx), 0);
	irkg_infer_free(in);
}

/* irkg infer repairs an inferred graph that lost or gained statements;
 * --rebuild gives the same graphs. */
static void test_check_repairs(void **state)
{
	struct fixture *fx = *state;
	char *before, *after;
	struct irkg_infer_result r;

	load_ontology(fx);
	LOAD_TRIPLES(fx, DATA_GRAPH,
		     {
			     {REL("a"), TYPE, NS("Alliance")},
			     {REL("a"), NS("party"), STATE("JPN")},
			     {REL("a"), NS("party"), STATE("USA")},
		     });
	r = infer(fx);
	assert_int_equal(r.repaired, 1); /* created */
	before = testutil_dump_graph(fx->store, NULL);
	assert_int_equal(infer(fx).repaired, 0);
	LOAD_TRIPLES(fx, IRKG_INFERRED_GRAPH "/iri/urn%3Atest%3Adata",
		     {
			     {STATE("JPN"), NS("rivalOf"), STATE("USA")},
		     });
	r = infer(fx);
	assert_int_equal(r.repaired, 1);
	after = testutil_dump_graph(fx->store, NULL);
	assert_string_equal(after, before);
	free(after);
	r = infer_with(fx, 1);
	assert_int_equal(r.graphs, 2);
	after = testutil_dump_graph(fx->store, NULL);
	assert_string_equal(after, before);
	free(after);
	free(before);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_subclass_closure), T(test_subproperty),
		T(test_symmetric),	  T(test_inverse),
		T(test_alliance_edges),	  T(test_sanctions_edges),
		T(test_fixpoint),	  T(test_idempotent),
		T(test_stale_removed),	  T(test_other_graphs_untouched),
		T(test_without_ontology), T(test_inside_transaction_is_einval),
		T(test_graph_names),	  T(test_per_graph),
		T(test_replace_and_drop), T(test_check_repairs),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
