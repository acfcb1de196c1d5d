/* Unit tests for graph/network: a tiny knowledge base, relations and event
 * dyads in a store, the network built from them under each filter, and
 * its DOT, GraphML and JSON. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "../../graph/network.h"
#include "../../graph/prefixes.h"
#include "testutil.h"

#define TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define LABEL "http://www.w3.org/2000/01/rdf-schema#label"

#define KB_GRAPH IRKG_ID "graph/kb"
#define ARTICLE IRKG_ID "article/a1"
#define JPN IRKG_ID "state/JPN"
#define KOR IRKG_ID "state/KOR"
#define USA IRKG_ID "state/USA"
#define CHN IRKG_ID "state/CHN"
#define NATO IRKG_ID "organization/nato"

struct fixture {
	struct testutil_log log;
	irkg_ctx *ctx;
	irkg_store *store;
};

/* Adds "s p o" (IRIs) to `graph`. */
static void add_iri(struct fixture *fx, const char *graph, const char *s,
		    const char *p, const char *o)
{
	char line[1024];
	int n = snprintf(line, sizeof(line), "<%s> <%s> <%s> .\n", s, p, o);

	assert_true(n > 0 && (size_t)n < sizeof(line));
	assert_int_equal(testutil_add_ntriples(fx->store, graph, line), 1);
}

/* Adds "s p o" to `graph`, o a literal in N-Triples form. */
static void add_literal(struct fixture *fx, const char *graph, const char *s,
			const char *p, const char *o)
{
	char line[1024];
	int n = snprintf(line, sizeof(line), "<%s> <%s> %s .\n", s, p, o);

	assert_true(n > 0 && (size_t)n < sizeof(line));
	assert_int_equal(testutil_add_ntriples(fx->store, graph, line), 1);
}

/* A state of the knowledge base, as ontology/actors/states.ttl gives one. */
static void add_state(struct fixture *fx, const char *code, const char *iso2,
		      const char *label, const char *region)
{
	char iri[128], text[128];

	snprintf(iri, sizeof(iri), "%sstate/%s", IRKG_ID, code);
	add_iri(fx, KB_GRAPH, iri, TYPE, IRKG_NS "State");
	snprintf(text, sizeof(text), "\"%s\"", code);
	add_literal(fx, KB_GRAPH, iri, IRKG_NS "iso3", text);
	snprintf(text, sizeof(text), "\"%s\"", iso2);
	add_literal(fx, KB_GRAPH, iri, IRKG_NS "iso2", text);
	snprintf(text, sizeof(text), "\"%s\"@en", label);
	add_literal(fx, KB_GRAPH, iri, LABEL, text);
	snprintf(text, sizeof(text), "\"%s\"", region);
	add_literal(fx, KB_GRAPH, iri, IRKG_NS "region", text);
}

/* A relation `iri` from the article of `class_name` between parties a
 * and b. */
static void add_relation(struct fixture *fx, const char *iri,
			 const char *class_name, const char *a, const char *b)
{
	add_iri(fx, ARTICLE, iri, TYPE, class_name);
	add_iri(fx, ARTICLE, iri, IRKG_NS "party", a);
	add_iri(fx, ARTICLE, iri, IRKG_NS "party", b);
	add_iri(fx, ARTICLE, iri, IRKG_NS "fromArticle", ARTICLE);
}

/* Event `name` with one dyad from `source` to `target` (codes), its quad
 * class, Goldstein value and date (NULL: undated). */
static void add_event(struct fixture *fx, const char *name, const char *source,
		      const char *target, int quad, const char *goldstein,
		      const char *date)
{
	char e[128], dyad[160], text[128];

	snprintf(e, sizeof(e), "%sevent/%s", IRKG_ID, name);
	snprintf(dyad, sizeof(dyad), "%s-dyad-1", e);
	add_iri(fx, ARTICLE, e, IRKG_NS "dyad", dyad);
	snprintf(text, sizeof(text),
		 "\"%d\"^^<http://www.w3.org/2001/XMLSchema#integer>", quad);
	add_literal(fx, ARTICLE, e, IRKG_NS "quadClass", text);
	snprintf(text, sizeof(text),
		 "\"%s\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
		 goldstein);
	add_literal(fx, ARTICLE, e, IRKG_NS "goldstein", text);
	snprintf(text, sizeof(text), "\"%s\"", source);
	add_literal(fx, ARTICLE, dyad, IRKG_NS "sourceCode", text);
	snprintf(text, sizeof(text), "\"%s\"", target);
	add_literal(fx, ARTICLE, dyad, IRKG_NS "targetCode", text);
	if (date) {
		snprintf(text, sizeof(text),
			 "\"%s\"^^<http://www.w3.org/2001/XMLSchema#date>",
			 date);
		add_literal(fx, ARTICLE, e, IRKG_NS "date", text);
	}
}

#define REL(n) IRKG_ID "relation/a1-" n "-1"

/* The knowledge base: five states (France has an edge only to an
 * organisation) and one organisation, whose label needs escaping; Japan's
 * Japanese label loses to English. The article: two alliances of Japan
 * and the US (one ended in 2019), a dispute since 2012, an agreement
 * signed in 2025, an alliance with an organisation; cooperation both ways
 * between Japan and Korea, conflict between Japan and China, undated
 * cooperation of the US and Korea, a self-loop, cooperation of France
 * with the organisation. */
static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	assert_int_equal(irkg_ctx_new(&fx->ctx, testutil_log_record, &fx->log),
			 IRKG_OK);
	assert_int_equal(irkg_store_open(&fx->store, fx->ctx, "memory",
					 IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	add_state(fx, "CHN", "CN", "China", "Eastern Asia");
	add_state(fx, "FRA", "FR", "France", "Western Europe");
	add_state(fx, "JPN", "JP", "Japan", "Eastern Asia");
	add_state(fx, "KOR", "KR", "South Korea", "Eastern Asia");
	add_state(fx, "USA", "US", "United States", "Northern America");
	add_literal(fx, KB_GRAPH, JPN, LABEL, "\"Nihon\"@ja");
	add_iri(fx, KB_GRAPH, NATO, TYPE, IRKG_NS "InternationalOrganization");
	add_literal(fx, KB_GRAPH, NATO, IRKG_NS "shortCode", "\"NATO\"");
	add_literal(fx, KB_GRAPH, NATO, LABEL,
		    "\"North Atlantic \\\"Treaty\\\" Organization\"@en");

	add_relation(fx, REL("1"), IRKG_NS "Alliance", JPN, USA);
	add_relation(fx, REL("2"), IRKG_NS "Dispute", CHN, JPN);
	add_literal(fx, ARTICLE, REL("2"), IRKG_NS "start",
		    "\"2012-09-11\"^^<http://www.w3.org/2001/XMLSchema#date>");
	add_relation(fx, REL("3"), IRKG_NS "Agreement", JPN, KOR);
	add_literal(fx, ARTICLE, REL("3"), IRKG_NS "start",
		    "\"2025-11-18\"^^<http://www.w3.org/2001/XMLSchema#date>");
	add_relation(fx, REL("4"), IRKG_NS "Alliance", NATO, USA);
	add_relation(fx, REL("5"), IRKG_NS "Alliance", USA, JPN);
	add_literal(fx, ARTICLE, REL("5"), IRKG_NS "end",
		    "\"2019\"^^<http://www.w3.org/2001/XMLSchema#gYear>");

	add_event(fx, "e1", "JPN", "KOR", 1, "1.9", "2025-11-18");
	add_event(fx, "e2", "JPN", "CHN", 3, "-2.0", "2025-10-01");
	add_event(fx, "e3", "USA", "KOR", 1, "3.5", NULL);
	add_event(fx, "e4", "KOR", "JPN", 2, "3.0", "2025-11-20");
	add_event(fx, "e5", "JPN", "JPN", 4, "-5.0", "2025-11-01");
	add_event(fx, "e6", "FRA", "NATO", 1, "1.0", "2025-11-05");
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

/* The network under `filter`, which must build. */
static irkg_network *build(struct fixture *fx,
			   const struct irkg_network_filter *filter)
{
	irkg_network *net = NULL;

	assert_int_equal(irkg_network_build(&net, fx->store, filter), IRKG_OK);
	assert_non_null(net);
	assert_null(testutil_log_error(&fx->log));
	return net;
}

/* `net` written in `format` (free it). */
static char *write_network(const irkg_network *net,
			   enum irkg_network_format format)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	assert_non_null(out);
	assert_int_equal(irkg_network_write(net, format, out), IRKG_OK);
	assert_int_equal(fclose(out), 0);
	return text;
}

/* The network's edges as the DOT output gives them, "a-b kind/weight"
 * joined by spaces, into buf; the number of node lines in *nodes. */
static void dot_summary(const char *dot, char *buf, size_t size, size_t *nodes)
{
	const char *line;

	buf[0] = '\0';
	*nodes = 0;
	for (line = dot; *line; line = strchr(line, '\n') + 1) {
		char a[16], b[16], kind[16];
		const char *tip;
		long weight;

		if (line[0] != '\t' || line[1] != '"') /* legend: two tabs */
			continue;
		if (sscanf(line, "\t\"%15[^\"]\" -- \"%15[^\"]\"", a, b) != 2) {
			(*nodes)++;
			continue;
		}
		tip = strstr(line, "tooltip=\"");
		assert_non_null(tip);
		assert_int_equal(
			sscanf(tip, "tooltip=\"%15[^:]: %ld", kind, &weight),
			2);
		snprintf(buf + strlen(buf), size - strlen(buf),
			 "%s%s-%s %s/%ld", buf[0] ? " " : "", a, b, kind,
			 weight);
	}
}

/* A filter and the network it gives: node and edge counts and the edges
 * in output order. */
struct filter_case {
	const char *from, *to, *actors;
	unsigned kinds;
	double min_weight;
	int igos;
	size_t nodes, edges;
	const char *want;
};

#define KIND(k) (1u << IRKG_EDGE_##k)

static void test_filters(void **state)
{
	static const struct filter_case cases[] = {
		{NULL, NULL, NULL, 0, 0, 0, 4, 6,
		 "CHN-JPN dispute/1 CHN-JPN conflict/1 JPN-KOR agreement/1 "
		 "JPN-KOR cooperation/2 JPN-USA alliance/2 "
		 "KOR-USA cooperation/1"},
		/* organisations as nodes */
		{NULL, NULL, NULL, 0, 0, 1, 6, 8,
		 "CHN-JPN dispute/1 CHN-JPN conflict/1 FRA-NATO cooperation/1 "
		 "JPN-KOR agreement/1 JPN-KOR cooperation/2 "
		 "JPN-USA alliance/2 KOR-USA cooperation/1 "
		 "NATO-USA alliance/1"},
		/* kinds */
		{NULL, NULL, NULL, KIND(ALLIANCE), 0, 0, 2, 1,
		 "JPN-USA alliance/2"},
		{NULL, NULL, NULL, KIND(ALLIANCE), 0, 1, 3, 2,
		 "JPN-USA alliance/2 NATO-USA alliance/1"},
		{NULL, NULL, NULL, KIND(COOPERATION) | KIND(CONFLICT), 0, 0, 4,
		 3,
		 "CHN-JPN conflict/1 JPN-KOR cooperation/2 "
		 "KOR-USA cooperation/1"},
		{NULL, NULL, NULL, KIND(DISPUTE) | KIND(AGREEMENT), 0, 0, 3, 2,
		 "CHN-JPN dispute/1 JPN-KOR agreement/1"},
		/* weights */
		{NULL, NULL, NULL, 0, 2, 0, 3, 2,
		 "JPN-KOR cooperation/2 JPN-USA alliance/2"},
		{NULL, NULL, NULL, 0, 1.5, 0, 3, 2,
		 "JPN-KOR cooperation/2 JPN-USA alliance/2"},
		{NULL, NULL, NULL, 0, 3, 0, 0, 0, ""},
		/* dates: undated events go, relations stay unless they ended
		 * before or began after the range */
		{"2025-11", NULL, NULL, 0, 0, 0, 4, 4,
		 "CHN-JPN dispute/1 JPN-KOR agreement/1 "
		 "JPN-KOR cooperation/2 JPN-USA alliance/1"},
		{"2025-11-19", "2025-11-30", NULL, 0, 0, 0, 4, 4,
		 "CHN-JPN dispute/1 JPN-KOR agreement/1 "
		 "JPN-KOR cooperation/1 JPN-USA alliance/1"},
		{NULL, "2020", NULL, 0, 0, 0, 3, 2,
		 "CHN-JPN dispute/1 JPN-USA alliance/2"},
		{NULL, "2011", NULL, 0, 0, 0, 2, 1, "JPN-USA alliance/2"},
		{"2025-10", "2025-10", NULL, KIND(CONFLICT), 0, 0, 2, 1,
		 "CHN-JPN conflict/1"},
		/* actors: both ends in the list */
		{NULL, NULL, "JPN,KOR", 0, 0, 0, 2, 2,
		 "JPN-KOR agreement/1 JPN-KOR cooperation/2"},
		{NULL, NULL, "USA,NATO", 0, 0, 1, 2, 1, "NATO-USA alliance/1"},
		{NULL, NULL, "USA,NATO", 0, 0, 0, 0, 0, ""},
	};
	struct fixture *fx = *state;
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		const struct filter_case *c = &cases[i];
		const struct irkg_network_filter f = {c->from,	     c->to,
						      c->actors,     c->kinds,
						      c->min_weight, c->igos};
		irkg_network *net = build(fx, &f);
		char *dot = write_network(net, IRKG_NETWORK_DOT);
		char got[512];
		size_t nodes;

		dot_summary(dot, got, sizeof(got), &nodes);
		if (strcmp(got, c->want) != 0)
			fail_msg("case %zu: got \"%s\", want \"%s\"", i, got,
				 c->want);
		assert_int_equal(irkg_network_node_count(net), c->nodes);
		assert_int_equal(irkg_network_edge_count(net), c->edges);
		assert_int_equal(nodes, c->nodes);
		free(dot);
		irkg_network_free(net);
	}
}

/* Node lines with label, code and region; edge lines styled by kind, with
 * weight, Goldstein sum and date span; labels escaped; the legend last. */
static void test_dot(void **state)
{
	const struct irkg_network_filter f = {NULL, NULL, NULL, 0, 0, 1};
	irkg_network *net = build(*state, &f);
	char *dot = write_network(net, IRKG_NETWORK_DOT);

	assert_true(strncmp(dot, "graph irkg {\n", 13) == 0);
	assert_non_null(strstr(dot, "\n\t\"JPN\" [label=\"Japan\\nJPN\", "
				    "tooltip=\"Eastern Asia\"];\n"));
	assert_non_null(strstr(dot, "\n\t\"NATO\" [label=\"North Atlantic "
				    "\\\"Treaty\\\" Organization\\nNATO\", "
				    "tooltip=\"" NATO "\", shape=box, "
				    "fillcolor=\"#e3f2fd\"];\n"));
	assert_non_null(strstr(
		dot, "\n\t\"JPN\" -- \"KOR\" [color=\"#9e9e9e\", style=solid, "
		     "penwidth=1.75, label=\"2\", tooltip=\"cooperation: 2 "
		     "events, Goldstein +4.9, 2025-11-18 to 2025-11-20\"];\n"));
	assert_non_null(strstr(
		dot, "\n\t\"JPN\" -- \"USA\" [color=\"#2e7d32\", style=solid, "
		     "penwidth=2.00, tooltip=\"alliance: 2 relations, ? to "
		     "2019\"];\n"));
	assert_non_null(strstr(
		dot, "\n\t\"CHN\" -- \"JPN\" [color=\"#ef6c00\", style=solid, "
		     "penwidth=1.00, label=\"1\", tooltip=\"conflict: 1 event, "
		     "Goldstein -2.0, 2025-10-01 to 2025-10-01\"];\n"));
	assert_non_null(strstr(dot, "\n\t\"FRA\" [label=\"France\\nFRA\", "
				    "tooltip=\"Western Europe\"];\n"));
	assert_null(strstr(dot, "Nihon"));
	assert_non_null(strstr(dot, "\tsubgraph cluster_legend {\n"));
	assert_true(strlen(dot) > 5 &&
		    strcmp(dot + strlen(dot) - 5, "\t}\n}\n") == 0);
	free(dot);
	irkg_network_free(net);
}

/* The child elements of `parent` named `name`, counted. */
static size_t count_children(xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;
	size_t count = 0;

	for (n = parent->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(n->name, (const xmlChar *)name) == 0)
			count++;
	return count;
}

static xmlNodePtr first_child(xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	for (n = parent->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(n->name, (const xmlChar *)name) == 0)
			return n;
	return NULL;
}

/* The text of `element`'s <data key="key">, or NULL (free it). */
static char *data_of(xmlNodePtr element, const char *key)
{
	xmlNodePtr n;

	for (n = element->children; n; n = n->next) {
		xmlChar *k;
		int match;

		if (n->type != XML_ELEMENT_NODE ||
		    xmlStrcmp(n->name, (const xmlChar *)"data") != 0)
			continue;
		k = xmlGetProp(n, (const xmlChar *)"key");
		match = k && xmlStrcmp(k, (const xmlChar *)key) == 0;
		xmlFree(k);
		if (match)
			return (char *)xmlNodeGetContent(n);
	}
	return NULL;
}

static void assert_data(xmlNodePtr element, const char *key, const char *want)
{
	char *got = data_of(element, key);

	if (!want) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	xmlFree(got);
}

static void assert_prop(xmlNodePtr element, const char *name, const char *want)
{
	xmlChar *got = xmlGetProp(element, (const xmlChar *)name);

	assert_non_null(got);
	assert_string_equal((const char *)got, want);
	xmlFree(got);
}

/* Well-formed GraphML with the network's nodes and edges and their data. */
static void test_graphml(void **state)
{
	const struct irkg_network_filter f = {NULL, NULL, NULL, 0, 0, 0};
	irkg_network *net = build(*state, &f);
	char *text = write_network(net, IRKG_NETWORK_GRAPHML);
	xmlDocPtr doc = xmlReadMemory(text, (int)strlen(text), "net.graphml",
				      NULL, XML_PARSE_NONET);
	xmlNodePtr root, graph, node, edge;

	assert_non_null(doc);
	root = xmlDocGetRootElement(doc);
	assert_string_equal((const char *)root->name, "graphml");
	assert_int_equal(count_children(root, "key"), 11);
	graph = first_child(root, "graph");
	assert_non_null(graph);
	assert_prop(graph, "edgedefault", "undirected");
	assert_int_equal(count_children(graph, "node"), 4);
	assert_int_equal(count_children(graph, "edge"), 6);
	/* nodes sorted by code: CHN, JPN, KOR, USA */
	node = first_child(graph, "node");
	assert_prop(node, "id", "CHN");
	node = xmlNextElementSibling(node);
	assert_prop(node, "id", "JPN");
	assert_data(node, "label", "Japan");
	assert_data(node, "type", "state");
	assert_data(node, "iso2", "JP");
	assert_data(node, "region", "Eastern Asia");
	assert_data(node, "iri", JPN);
	/* the fourth edge: Japan and Korea's cooperation */
	edge = first_child(graph, "edge");
	edge = xmlNextElementSibling(
		xmlNextElementSibling(xmlNextElementSibling(edge)));
	assert_prop(edge, "id", "e4");
	assert_prop(edge, "source", "JPN");
	assert_prop(edge, "target", "KOR");
	assert_data(edge, "kind", "cooperation");
	assert_data(edge, "weight", "2");
	assert_data(edge, "goldstein", "4.9");
	assert_data(edge, "start", "2025-11-18");
	assert_data(edge, "end", "2025-11-20");
	/* the fifth: an alliance has no Goldstein and no start */
	edge = xmlNextElementSibling(edge);
	assert_data(edge, "kind", "alliance");
	assert_data(edge, "goldstein", NULL);
	assert_data(edge, "start", NULL);
	assert_data(edge, "end", "2019");
	xmlFreeDoc(doc);
	free(text);
	irkg_network_free(net);
}

static void test_json(void **state)
{
	const struct irkg_network_filter alliances = {
		NULL, NULL, NULL, KIND(ALLIANCE), 0, 0};
	const struct irkg_network_filter all = {NULL, NULL, NULL, 0, 0, 1};
	const struct irkg_network_filter none = {NULL, NULL, "FRA,KOR",
						 0,    0,    0};
	irkg_network *net = build(*state, &alliances);
	char *text = write_network(net, IRKG_NETWORK_JSON);
	const char *p;
	size_t n;

	assert_string_equal(
		text,
		"{\"nodes\": [\n"
		"  {\"id\": \"JPN\", \"label\": \"Japan\", \"type\": "
		"\"state\", "
		"\"iso3\": \"JPN\", \"iso2\": \"JP\", \"region\": \"Eastern "
		"Asia\", \"iri\": \"" JPN "\"},\n"
		"  {\"id\": \"USA\", \"label\": \"United States\", \"type\": "
		"\"state\", \"iso3\": \"USA\", \"iso2\": \"US\", \"region\": "
		"\"Northern America\", \"iri\": \"" USA "\"}\n"
		" ],\n"
		" \"edges\": [\n"
		"  {\"id\": \"e1\", \"source\": \"JPN\", \"target\": \"USA\", "
		"\"kind\": \"alliance\", \"weight\": 2, \"goldstein\": null, "
		"\"start\": null, \"end\": \"2019\"}\n"
		" ]}\n");
	free(text);
	irkg_network_free(net);

	net = build(*state, &all);
	text = write_network(net, IRKG_NETWORK_JSON);
	for (n = 0, p = text; (p = strstr(p, "{\"id\": \"e")); p++)
		n++;
	assert_int_equal(n, 8);
	for (n = 0, p = text; (p = strstr(p, "\"type\": \"state\"")); p++)
		n++;
	assert_int_equal(n, 5);
	assert_non_null(strstr(
		text, "{\"id\": \"NATO\", \"label\": \"North Atlantic "
		      "\\\"Treaty\\\" Organization\", \"type\": "
		      "\"organisation\", \"iso3\": null, \"iso2\": null, "
		      "\"region\": null, \"iri\": \"" NATO "\"}"));
	assert_non_null(strstr(text, "\"source\": \"JPN\", \"target\": "
				     "\"KOR\", \"kind\": \"cooperation\", "
				     "\"weight\": 2, \"goldstein\": 4.9, "
				     "\"start\": \"2025-11-18\", \"end\": "
				     "\"2025-11-20\"}"));
	free(text);
	irkg_network_free(net);

	net = build(*state, &none);
	assert_int_equal(irkg_network_edge_count(net), 0);
	text = write_network(net, IRKG_NETWORK_JSON);
	assert_string_equal(text, "{\"nodes\": [],\n \"edges\": []}\n");
	free(text);
	irkg_network_free(net);
}

/* A filter with a bad date, code list or weight builds nothing. */
static void test_bad_filter(void **state)
{
	static const struct irkg_network_filter bad[] = {
		{"2025-13", NULL, NULL, 0, 0, 0},
		{NULL, "20251", NULL, 0, 0, 0},
		{NULL, NULL, "JPN;KOR", 0, 0, 0},
		{NULL, NULL, "JPN,", 0, 0, 0},
		{NULL, NULL, "", 0, 0, 0},
	};
	struct fixture *fx = *state;
	struct irkg_network_filter nan = {NULL, NULL, NULL, 0, 0, 0};
	static char sentinel; /* *out must be reset to NULL */
	irkg_network *net;
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(bad); i++) {
		net = (irkg_network *)(void *)&sentinel;
		assert_int_equal(irkg_network_build(&net, fx->store, &bad[i]),
				 IRKG_EINVAL);
		assert_null(net);
	}
	nan.min_weight = strtod("nan", NULL);
	net = (irkg_network *)(void *)&sentinel;
	assert_int_equal(irkg_network_build(&net, fx->store, &nan),
			 IRKG_EINVAL);
	assert_null(net);
}

static void test_kinds_parse(void **state)
{
	static const struct {
		const char *list;
		int rc;
		unsigned want;
	} cases[] = {
		{"alliance", IRKG_OK, KIND(ALLIANCE)},
		{"conflict,cooperation", IRKG_OK,
		 KIND(CONFLICT) | KIND(COOPERATION)},
		{"alliance,dispute,agreement,cooperation,conflict", IRKG_OK,
		 (1u << IRKG_EDGE_KINDS) - 1},
		{"alliance,alliance", IRKG_OK, KIND(ALLIANCE)},
		{"", IRKG_EINVAL, 99},
		{"alliance,", IRKG_EINVAL, 99},
		{"Alliance", IRKG_EINVAL, 99},
		{"war", IRKG_EINVAL, 99},
	};
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		unsigned got = 99;

		assert_int_equal(irkg_network_kinds_parse(cases[i].list, &got),
				 cases[i].rc);
		assert_int_equal(got, cases[i].want);
	}
	assert_string_equal(irkg_edge_kind_name(IRKG_EDGE_COOPERATION),
			    "cooperation");
}

/* Nodes and edges as a writer outside the module sees them: sorted, ends
 * as node indexes, the strings of the network. */
static void test_node_and_edge_at(void **state)
{
	const struct irkg_network_filter f = {NULL, NULL, NULL, 0, 0, 1};
	irkg_network *net = build(*state, &f);
	struct irkg_network_node node;
	struct irkg_network_edge edge;
	size_t i;

	assert_int_equal(irkg_network_node_count(net), 6);
	irkg_network_node_at(net, 2, &node);
	assert_string_equal(node.id, "JPN");
	assert_string_equal(node.label, "Japan");
	assert_string_equal(node.region, "Eastern Asia");
	assert_string_equal(node.iri, JPN);
	assert_int_equal(node.is_state, 1);
	irkg_network_node_at(net, 4, &node);
	assert_string_equal(node.id, "NATO");
	assert_int_equal(node.is_state, 0);
	assert_null(node.region);
	/* JPN-USA alliance: the fifth edge, two relations, one ended 2019 */
	irkg_network_edge_at(net, 5, &edge);
	assert_int_equal(edge.kind, IRKG_EDGE_ALLIANCE);
	assert_int_equal(edge.a, 2);
	assert_int_equal(edge.b, 5);
	assert_int_equal(edge.weight, 2);
	assert_null(edge.start);
	assert_string_equal(edge.end, "2019");
	for (i = 0; i < irkg_network_edge_count(net); i++) {
		irkg_network_edge_at(net, i, &edge);
		assert_true(edge.a < edge.b);
		assert_true(edge.b < irkg_network_node_count(net));
	}
	irkg_network_free(net);
}

/* The strongest edges of each node, by weight over the heaviest of the
 * kind; ties to the kind listed first. */
static void test_strongest(void **state)
{
	static const struct {
		size_t per_node, kept;
		const char *want; /* the kept edges' indexes */
	} cases[] = {
		/* Edges 0-7 as in test_filters' second case. The heaviest
		 * alliance and cooperation weigh 2, so NATO-USA (7) and
		 * KOR-USA (6) are 0.5, the rest 1. With one per node: CHN
		 * dispute (0) before conflict, FRA its only edge (2), JPN and
		 * USA the alliance (5), KOR the agreement (3), NATO the
		 * alliance (7) before cooperation. With two, USA's second is
		 * the alliance 7 before the cooperation 6. */
		{0, 0, ""},
		{1, 5, "0 2 3 5 7"},
		{2, 7, "0 1 2 3 4 5 7"},
		{3, 8, "0 1 2 3 4 5 6 7"},
		{100, 8, "0 1 2 3 4 5 6 7"},
	};
	const struct irkg_network_filter f = {NULL, NULL, NULL, 0, 0, 1};
	irkg_network *net = build(*state, &f);
	unsigned char keep[8];
	size_t c, i, kept;

	assert_int_equal(irkg_network_edge_count(net), 8);
	for (c = 0; c < TESTUTIL_N_ELEMS(cases); c++) {
		char got[64] = "";

		assert_int_equal(irkg_network_strongest(net, cases[c].per_node,
							keep, &kept),
				 IRKG_OK);
		for (i = 0; i < 8; i++)
			if (keep[i])
				snprintf(got + strlen(got),
					 sizeof(got) - strlen(got), "%s%zu",
					 got[0] ? " " : "", i);
		if (strcmp(got, cases[c].want) != 0 || kept != cases[c].kept)
			fail_msg("per_node %zu: kept %zu \"%s\", want %zu "
				 "\"%s\"",
				 cases[c].per_node, kept, got, cases[c].kept,
				 cases[c].want);
	}
	irkg_network_free(net);
}

static void test_format_parse(void **state)
{
	static const char *const names[] = {"dot", "graphml", "gexf", "json"};
	enum irkg_network_format got;
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(names); i++) {
		assert_int_equal(irkg_network_format_parse(names[i], &got), 0);
		assert_int_equal(got, (enum irkg_network_format)i);
	}
	assert_int_equal(irkg_network_format_parse("svg", &got), -1);
	assert_int_equal(irkg_network_format_parse("DOT", &got), -1);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_filters),
		T(test_dot),
		T(test_graphml),
		T(test_json),
		T(test_bad_filter),
		T(test_node_and_edge_at),
		T(test_strongest),
		cmocka_unit_test(test_kinds_parse),
		cmocka_unit_test(test_format_parse),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
