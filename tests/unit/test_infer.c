/* Unit tests for graph/infer: what a tiny ontology implies about tiny data,
 * materialised in the inferred graph, rebuilt idempotently. */
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

static struct irkg_infer_result infer(struct fixture *fx)
{
	struct irkg_infer_result r;

	assert_int_equal(irkg_infer(fx->store, &r), IRKG_OK);
	assert_null(testutil_log_error(&fx->log));
	assert_int_equal(r.inferred,
			 irkg_store_graph_size(fx->store, IRKG_INFERRED_GRAPH));
	return r;
}

/* Whether the inferred graph holds "s p o" (terms in N-Triples form). */
static int inferred(struct fixture *fx, const char *s, const char *p,
		    const char *o)
{
	char *dump = testutil_dump_graph(fx->store, IRKG_INFERRED_GRAPH);
	char line[1024];
	int found;

	snprintf(line, sizeof(line), "%s %s %s <%s> .\n", s, p, o,
		 IRKG_INFERRED_GRAPH);
	found = strstr(dump, line) != NULL;
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
	assert_true(inferred(fx, STATE("JPN"), TYPE, AGENT));
	assert_true(inferred(fx, STATE("USA"), TYPE, AGENT));
	/* the hierarchy itself is closed too */
	assert_true(inferred(fx, NS("State"), SUBCLASS, AGENT));
	assert_true(inferred(fx, NS("Treaty"), SUBCLASS, NS("Relation")));
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
	assert_int_equal(irkg_infer(fx->store, NULL), IRKG_EINVAL);
	assert_non_null(testutil_log_find(&fx->log, IRKG_LOG_ERROR,
					  "inference failed"));
	assert_int_equal(irkg_store_rollback(fx->store), IRKG_OK);
	assert_int_equal(irkg_store_graph_size(fx->store, IRKG_INFERRED_GRAPH),
			 0);
	assert_int_equal(irkg_store_graph_size(fx->store, DATA_GRAPH), 1);
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
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
