/* State networks (see network.h): read the knowledge base's states and
 * organisations, the relations and the event dyads with a few SPARQL
 * queries, aggregate the edges here, and write DOT, GraphML, GEXF or
 * JSON. */
#include "network.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/xmlwriter.h>

#include "../extract/dates.h"
#include "prefixes.h"
#include "query.h"
#include "strmap.h"
#include "table.h"

#define QUERY_PREFIXES                                                         \
	"PREFIX irkg: <" IRKG_NS ">\n"                                         \
	"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"          \
	"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

#define MAX_PARTIES 16

struct node {
	char *id; /* the code: ISO alpha-3 for a state, a short code else */
	char *iri, *label, *iso3, *iso2, *region;
	int is_state, label_is_en, used;
	size_t index; /* in irkg_network.nodes, once built */
};

struct edge {
	enum irkg_edge_kind kind;
	char *a, *b; /* node ids, a < b */
	long weight;
	double goldstein; /* events only */
	char *start, *end;
};

struct irkg_network {
	const struct irkg_network_filter *filter; /* only while building */
	xmlHashTablePtr node_map;		  /* id -> struct node */
	xmlHashTablePtr edge_map;		  /* kind|a|b -> struct edge */
	struct node **nodes;			  /* the used ones, by id */
	size_t n_nodes;
	struct edge **edges; /* by a, b, kind */
	size_t n_edges, cap_edges;
};

static const char *const kind_names[IRKG_EDGE_KINDS] = {
	"alliance", "dispute", "agreement", "cooperation", "conflict"};

const char *irkg_edge_kind_name(enum irkg_edge_kind kind)
{
	return kind < IRKG_EDGE_KINDS ? kind_names[kind] : "?";
}

int irkg_network_format_parse(const char *name, enum irkg_network_format *out)
{
	static const char *const names[] = {"dot", "graphml", "gexf", "json"};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0) {
			*out = (enum irkg_network_format)i;
			return 0;
		}
	return -1;
}

int irkg_network_kinds_parse(const char *list, unsigned *out)
{
	unsigned kinds = 0;
	const char *p = list;

	for (;;) {
		size_t n = strcspn(p, ","), k;

		for (k = 0; k < IRKG_EDGE_KINDS; k++)
			if (n == strlen(kind_names[k]) &&
			    strncmp(p, kind_names[k], n) == 0)
				break;
		if (k == IRKG_EDGE_KINDS)
			return IRKG_EINVAL;
		kinds |= 1u << k;
		if (!p[n])
			break;
		p += n + 1;
	}
	*out = kinds;
	return IRKG_OK;
}

/* ---- checking the filter ---- */

/* A comma-separated list of letter-and-digit codes. */
static int actors_ok(const char *s)
{
	size_t run = 0;

	for (;; s++) {
		if (*s == ',' || !*s) {
			if (run == 0 || run > 15)
				return 0;
			if (!*s)
				return 1;
			run = 0;
		} else if ((*s >= 'A' && *s <= 'Z') ||
			   (*s >= 'a' && *s <= 'z') ||
			   (*s >= '0' && *s <= '9')) {
			run++;
		} else {
			return 0;
		}
	}
}

static int in_list(const char *list, const char *code)
{
	size_t n = strlen(code);
	const char *p = list;

	for (;;) {
		size_t len = strcspn(p, ",");

		if (len == n && strncmp(p, code, n) == 0)
			return 1;
		if (!p[len])
			return 0;
		p += len + 1;
	}
}

/* A relation lasts from its start to its end (either may be unknown): keep
 * it unless it ended before the range or began after it. */
static int relation_date_kept(const struct irkg_network_filter *f,
			      const char *start, const char *end)
{
	if (f->from && end && irkg_date_compare_at(end, f->from) < 0)
		return 0;
	if (f->to && start && irkg_date_compare_at(start, f->to) > 0)
		return 0;
	return 1;
}

/* ---- the network ---- */

static void node_free(void *payload, const xmlChar *name)
{
	struct node *n = payload;

	(void)name;
	if (!n)
		return;
	free(n->id);
	free(n->iri);
	free(n->label);
	free(n->iso3);
	free(n->iso2);
	free(n->region);
	free(n);
}

static void edge_free(struct edge *e)
{
	if (!e)
		return;
	free(e->a);
	free(e->b);
	free(e->start);
	free(e->end);
	free(e);
}

void irkg_network_free(irkg_network *net)
{
	size_t i;

	if (!net)
		return;
	/* The edge map borrows the edges; the array owns them. */
	xmlHashFree(net->edge_map, NULL);
	for (i = 0; i < net->n_edges; i++)
		edge_free(net->edges[i]);
	free(net->edges);
	free(net->nodes);
	xmlHashFree(net->node_map, node_free);
	free(net);
}

size_t irkg_network_node_count(const irkg_network *net)
{
	return net->n_nodes;
}

size_t irkg_network_edge_count(const irkg_network *net)
{
	return net->n_edges;
}

/* Replace *slot by a copy of s; 0 or IRKG_ENOMEM. */
static int set_text(char **slot, const char *s)
{
	char *copy;

	if (!s)
		return IRKG_OK;
	copy = strdup(s);
	if (!copy)
		return IRKG_ENOMEM;
	free(*slot);
	*slot = copy;
	return IRKG_OK;
}

/* The node for `id`, created when `create` (an organisation not in the
 * knowledge base, labelled with its code); NULL when absent or out of
 * memory (*rc says which). */
static struct node *node_get(irkg_network *net, const char *id, int create,
			     int *rc)
{
	struct node *n = xmlHashLookup(net->node_map, (const xmlChar *)id);

	*rc = IRKG_OK;
	if (n || !create)
		return n;
	n = calloc(1, sizeof(*n));
	if (!n || !(n->id = strdup(id)) || !(n->label = strdup(id)) ||
	    xmlHashAddEntry(net->node_map, (const xmlChar *)id, n) < 0) {
		node_free(n, NULL);
		*rc = IRKG_ENOMEM;
		return NULL;
	}
	return n;
}

/* Add one relation or one event dyad between codes `x` and `y` to the edge
 * of its kind, when the filter keeps it. */
static int add_edge(irkg_network *net, enum irkg_edge_kind kind, const char *x,
		    const char *y, double goldstein, const char *start,
		    const char *end)
{
	const struct irkg_network_filter *f = net->filter;
	const char *a = strcmp(x, y) < 0 ? x : y, *b = a == x ? y : x;
	struct node *na, *nb;
	struct edge *e;
	char *key;
	size_t size;
	int rc;

	if (strcmp(a, b) == 0)
		return IRKG_OK; /* a self-loop says nothing about a pair */
	if (f->kinds && !(f->kinds & (1u << kind)))
		return IRKG_OK;
	if (f->actors && (!in_list(f->actors, a) || !in_list(f->actors, b)))
		return IRKG_OK;
	na = node_get(net, a, f->igos, &rc);
	if (rc)
		return rc;
	nb = node_get(net, b, f->igos, &rc);
	if (rc)
		return rc;
	if (!na || !nb || (!f->igos && (!na->is_state || !nb->is_state)))
		return IRKG_OK;
	size = strlen(a) + strlen(b) + 16;
	key = malloc(size);
	if (!key)
		return IRKG_ENOMEM;
	snprintf(key, size, "%d|%s|%s", (int)kind, a, b);
	e = xmlHashLookup(net->edge_map, (const xmlChar *)key);
	if (!e) {
		if (net->n_edges == net->cap_edges) {
			size_t cap = net->cap_edges ? 2 * net->cap_edges : 64;
			struct edge **grown =
				realloc(net->edges, cap * sizeof(*grown));

			if (!grown)
				goto nomem;
			net->edges = grown;
			net->cap_edges = cap;
		}
		e = calloc(1, sizeof(*e));
		if (!e)
			goto nomem;
		e->kind = kind;
		e->a = strdup(a);
		e->b = strdup(b);
		if (!e->a || !e->b ||
		    xmlHashAddEntry(net->edge_map, (const xmlChar *)key, e) <
			    0) {
			edge_free(e);
			goto nomem;
		}
		net->edges[net->n_edges++] = e;
	}
	free(key);
	e->weight++;
	e->goldstein += goldstein;
	if (start && (!e->start || strcmp(start, e->start) < 0) &&
	    set_text(&e->start, start))
		return IRKG_ENOMEM;
	if (end && (!e->end || strcmp(end, e->end) > 0) &&
	    set_text(&e->end, end))
		return IRKG_ENOMEM;
	return IRKG_OK;
nomem:
	free(key);
	return IRKG_ENOMEM;
}

/* ---- reading the store ---- */

/* A label in English wins over one in another language. */
static int take_label(struct node *n, const char *label, const char *lang)
{
	int en = lang && strcmp(lang, "en") == 0;

	if (!label || (n->label && (n->label_is_en || !en)))
		return IRKG_OK;
	n->label_is_en = en;
	return set_text(&n->label, label);
}

/* The states are read in four queries, one per property, each a plain
 * join: with OPTIONAL for the last three, Rasqal takes minutes. */
enum state_field { STATE_NODE, STATE_LABEL, STATE_ISO2, STATE_REGION };

struct state_rows {
	irkg_network *net;
	enum state_field field;
};

/* ?s ?iso3 ?value */
static int state_row(void *state, const char *const *v,
		     const char *const *langs)
{
	struct state_rows *sr = state;
	struct node *n;
	int rc;

	if (!v[0] || !v[1])
		return IRKG_OK;
	n = node_get(sr->net, v[1], sr->field == STATE_NODE, &rc);
	if (rc || !n)
		return rc;
	switch (sr->field) {
	case STATE_NODE:
		n->is_state = 1;
		return set_text(&n->iri, v[0]) || set_text(&n->iso3, v[1])
			       ? IRKG_ENOMEM
			       : IRKG_OK;
	case STATE_LABEL:
		if (n->label && strcmp(n->label, n->id) == 0) {
			free(n->label); /* the code stood in until now */
			n->label = NULL;
		}
		return take_label(n, v[2], langs[2]);
	case STATE_ISO2:
		return n->iso2 ? IRKG_OK : set_text(&n->iso2, v[2]);
	case STATE_REGION:
		return n->region ? IRKG_OK : set_text(&n->region, v[2]);
	}
	return IRKG_OK;
}

static int read_states(irkg_network *net, irkg_store *store)
{
	static const char *const properties[] = {NULL, "rdfs:label",
						 "irkg:iso2", "irkg:region"};
	struct state_rows sr = {net, STATE_NODE};
	char sparql[512];
	size_t i;
	int rc = IRKG_OK;

	for (i = 0; i < 4 && !rc; i++) {
		sr.field = (enum state_field)i;
		snprintf(sparql, sizeof(sparql),
			 QUERY_PREFIXES "SELECT ?s ?iso3%s\n"
					"WHERE { ?s irkg:iso3 ?iso3%s%s%s }\n",
			 properties[i] ? " ?value" : "",
			 properties[i] ? " ; " : "",
			 properties[i] ? properties[i] : "",
			 properties[i] ? " ?value ." : " .");
		rc = irkg_query_each_row(store, sparql, properties[i] ? 3 : 2,
					 "network", state_row, &sr);
	}
	return rc;
}

/* ?o ?c ?label */
static int igo_row(void *state, const char *const *v, const char *const *langs)
{
	irkg_network *net = state;
	struct node *n;
	int rc;

	if (!v[0] || !v[1])
		return IRKG_OK;
	n = node_get(net, v[1], 0, &rc);
	if (n && n->is_state)
		return IRKG_OK; /* a state's code wins */
	n = node_get(net, v[1], 1, &rc);
	if (rc)
		return rc;
	if (!n->iri && set_text(&n->iri, v[0]))
		return IRKG_ENOMEM;
	if (strcmp(n->label, n->id) == 0 && v[2]) {
		free(n->label);
		n->label = NULL;
	}
	return take_label(n, v[2], langs[2]);
}

/* ?d ?q ?g ?sc ?tc ?date */
static int event_row(void *state, const char *const *v,
		     const char *const *langs)
{
	irkg_network *net = state;
	long quad;

	(void)langs;
	if (!v[0] || !v[1] || !v[3] || !v[4])
		return IRKG_OK;
	if (!irkg_date_in_range(v[5], net->filter->from, net->filter->to))
		return IRKG_OK;
	quad = strtol(v[1], NULL, 10);
	if (quad < 1 || quad > 4)
		return IRKG_OK;
	return add_edge(
		net, quad <= 2 ? IRKG_EDGE_COOPERATION : IRKG_EDGE_CONFLICT,
		v[3], v[4], v[2] ? strtod(v[2], NULL) : 0.0, v[5], v[5]);
}

/* ?d ?q ?g ?sc ?tc, with the dyad's date from a map. */
struct dated_events {
	irkg_network *net;
	irkg_strmap *dates; /* dyad -> date */
	irkg_strmap *seen;  /* dyads counted: a triple in two graphs is read
			     * twice from the union */
};

static int dated_event_row(void *state, const char *const *v,
			   const char *const *langs)
{
	struct dated_events *d = state;
	const char *row[6];
	size_t i;

	if (!v[0])
		return IRKG_OK;
	switch (irkg_strmap_add(d->seen, v[0], (void *)1)) {
	case 1:
		return IRKG_OK;
	case 0:
		break;
	default:
		return IRKG_ENOMEM;
	}
	for (i = 0; i < 5; i++)
		row[i] = v[i];
	row[5] = irkg_strmap_get(d->dates, v[0]);
	return event_row(d->net, row, langs);
}

/* Rasqal 0.9.33 joins "?r irkg:party ?a . ?r irkg:party ?b" across
 * subjects, so the relation queries read one party per row, ordered by
 * relation, and these rows are gathered and paired up here. */
struct relation_rows {
	irkg_network *net;
	enum irkg_edge_kind kind;
	char *relation, *start, *end;
	char *codes[MAX_PARTIES];
	size_t n_codes;
	/* relation -> start, relation -> end, party -> short code: read by
	 * queries of their own, since OPTIONAL in the parties query is slow */
	irkg_strmap *starts, *ends, *short_codes;
};

/* ?key ?value into the map in `state`; the first value of a key stays. */
static int map_row(void *state, const char *const *v, const char *const *langs)
{
	irkg_strmap *map = state;
	char *value;
	int rc;

	(void)langs;
	if (!v[0] || !v[1] || irkg_strmap_get(map, v[0]))
		return IRKG_OK;
	value = strdup(v[1]);
	rc = value ? irkg_strmap_add(map, v[0], value) : -1;
	if (rc != 0) {
		free(value);
		return IRKG_ENOMEM;
	}
	return IRKG_OK;
}

/* Pair up the gathered parties (when `add`), then forget them. */
static int flush_relation(struct relation_rows *r, int add)
{
	size_t i, j;
	int rc = IRKG_OK;

	if (add && r->relation &&
	    relation_date_kept(r->net->filter, r->start, r->end))
		for (i = 0; i < r->n_codes && !rc; i++)
			for (j = i + 1; j < r->n_codes && !rc; j++)
				rc = add_edge(r->net, r->kind, r->codes[i],
					      r->codes[j], 0.0, r->start,
					      r->end);
	for (i = 0; i < r->n_codes; i++)
		free(r->codes[i]);
	free(r->relation);
	free(r->start);
	free(r->end);
	r->relation = r->start = r->end = NULL;
	r->n_codes = 0;
	return rc;
}

/* The code of a party: its short code, else the IRI's last segment
 * (…/state/JPN -> JPN). */
static char *party_code(const char *iri, const char *short_code)
{
	const char *cut;

	if (short_code)
		return strdup(short_code);
	cut = strrchr(iri, '/');
	return strdup(cut ? cut + 1 : iri);
}

/* ?r ?p */
static int relation_row(void *state, const char *const *v,
			const char *const *langs)
{
	struct relation_rows *r = state;
	char *code;
	size_t i;
	int rc = IRKG_OK;

	(void)langs;
	if (!v[0] || !v[1])
		return IRKG_OK;
	if (!r->relation || strcmp(r->relation, v[0]) != 0) {
		rc = flush_relation(r, 1);
		if (rc)
			return rc;
		r->relation = strdup(v[0]);
		if (!r->relation ||
		    set_text(&r->start, irkg_strmap_get(r->starts, v[0])) ||
		    set_text(&r->end, irkg_strmap_get(r->ends, v[0])))
			return IRKG_ENOMEM;
	}
	code = party_code(v[1], irkg_strmap_get(r->short_codes, v[1]));
	if (!code)
		return IRKG_ENOMEM;
	for (i = 0; i < r->n_codes; i++)
		if (strcmp(r->codes[i], code) == 0)
			break;
	if (i < r->n_codes || r->n_codes == MAX_PARTIES)
		free(code); /* seen already (another optional's row) */
	else
		r->codes[r->n_codes++] = code;
	return IRKG_OK;
}

static int read_relations(irkg_network *net, irkg_store *store,
			  enum irkg_edge_kind kind, const char *class_name)
{
	static const char *const side_queries[] = {
		"SELECT ?r ?d WHERE { ?r rdf:type irkg:%s ; irkg:start ?d }\n",
		"SELECT ?r ?d WHERE { ?r rdf:type irkg:%s ; irkg:end ?d }\n",
		"SELECT DISTINCT ?p ?c WHERE { ?r rdf:type irkg:%s ; "
		"irkg:party "
		"?p . ?p irkg:shortCode ?c }\n"};
	struct relation_rows r = {net,	  kind, NULL, NULL, NULL,
				  {NULL}, 0,	NULL, NULL, NULL};
	irkg_strmap **maps[] = {&r.starts, &r.ends, &r.short_codes};
	char sparql[1024];
	size_t i;
	int rc = IRKG_OK;

	for (i = 0; i < 3 && !rc; i++) {
		*maps[i] = irkg_strmap_new();
		if (!*maps[i]) {
			rc = IRKG_ENOMEM;
			break;
		}
		snprintf(sparql, sizeof(sparql), "%s", QUERY_PREFIXES);
		snprintf(sparql + strlen(sparql),
			 sizeof(sparql) - strlen(sparql), side_queries[i],
			 class_name);
		rc = irkg_query_each_row(store, sparql, 2, "network", map_row,
					 *maps[i]);
	}
	if (!rc) {
		snprintf(sparql, sizeof(sparql),
			 QUERY_PREFIXES
			 "SELECT ?r ?p\n"
			 "WHERE { ?r rdf:type irkg:%s ; irkg:party ?p ;\n"
			 "           irkg:fromArticle ?article . }\n"
			 "ORDER BY ?r ?p\n",
			 class_name);
		rc = irkg_query_each_row(store, sparql, 2, "network",
					 relation_row, &r);
		if (rc)
			flush_relation(&r, 0); /* frees; rc says what failed */
		else
			rc = flush_relation(&r, 1);
	}
	for (i = 0; i < 3; i++)
		irkg_strmap_free(*maps[i], free);
	return rc;
}

static int cmp_node(const void *x, const void *y)
{
	const struct node *a = *(struct node *const *)x;
	const struct node *b = *(struct node *const *)y;

	return strcmp(a->id, b->id);
}

static int cmp_edge(const void *x, const void *y)
{
	const struct edge *a = *(struct edge *const *)x;
	const struct edge *b = *(struct edge *const *)y;
	int c = strcmp(a->a, b->a);

	if (!c)
		c = strcmp(a->b, b->b);
	return c ? c : (int)a->kind - (int)b->kind;
}

struct collect {
	struct node **nodes;
	size_t n;
};

static void collect_node(void *payload, void *data, const xmlChar *name)
{
	struct node *n = payload;
	struct collect *c = data;

	(void)name;
	if (n->used)
		c->nodes[c->n++] = n;
}

/* Drop edges below the weight, then keep the nodes the rest touch, both
 * sorted so that the output is stable. */
static int finish(irkg_network *net)
{
	struct collect c = {NULL, 0};
	size_t i, kept = 0;

	for (i = 0; i < net->n_edges; i++) {
		struct edge *e = net->edges[i];

		if ((double)e->weight < net->filter->min_weight) {
			edge_free(e);
			continue;
		}
		((struct node *)xmlHashLookup(net->node_map,
					      (const xmlChar *)e->a))
			->used = 1;
		((struct node *)xmlHashLookup(net->node_map,
					      (const xmlChar *)e->b))
			->used = 1;
		net->edges[kept++] = e;
	}
	net->n_edges = kept;
	/* The edge map may now point at freed edges: it is not needed. */
	xmlHashFree(net->edge_map, NULL);
	net->edge_map = NULL;
	if (net->n_edges)
		qsort(net->edges, net->n_edges, sizeof(*net->edges), cmp_edge);
	c.nodes = calloc((size_t)xmlHashSize(net->node_map) + 1,
			 sizeof(*c.nodes));
	if (!c.nodes)
		return IRKG_ENOMEM;
	xmlHashScan(net->node_map, collect_node, &c);
	if (c.n)
		qsort(c.nodes, c.n, sizeof(*c.nodes), cmp_node);
	for (i = 0; i < c.n; i++)
		c.nodes[i]->index = i;
	net->nodes = c.nodes;
	net->n_nodes = c.n;
	return IRKG_OK;
}

int irkg_network_build(irkg_network **out, irkg_store *store,
		       const struct irkg_network_filter *filter)
{
	static const char igos[] = QUERY_PREFIXES
		"SELECT ?o ?c ?label\n"
		"WHERE {\n"
		"  ?o rdf:type irkg:InternationalOrganization ;\n"
		"     irkg:shortCode ?c ; rdfs:label ?label .\n"
		"}\n";
	/* The dates by a query of their own, joined in C: Rasqal evaluates
	 * an OPTIONAL's right side over the whole store for every row. No
	 * DISTINCT: Rasqal compares each row with every row it kept (36 s
	 * for 2,000 articles); a dyad read twice (a triple in two graphs) is
	 * skipped in C. */
	static const char dates[] = QUERY_PREFIXES
		"SELECT ?d ?date\n"
		"WHERE { ?e irkg:dyad ?d ; irkg:date ?date . }\n";
	static const char events[] = QUERY_PREFIXES
		"SELECT ?d ?q ?g ?sc ?tc\n"
		"WHERE {\n"
		"  ?e irkg:dyad ?d ; irkg:quadClass ?q ; irkg:goldstein ?g .\n"
		"  ?d irkg:sourceCode ?sc ; irkg:targetCode ?tc .\n"
		"}\n";
	struct dated_events dated = {NULL, NULL, NULL};
	irkg_network *net = NULL;
	int rc;

	*out = NULL;
	if ((filter->from && !irkg_date_bound_ok(filter->from)) ||
	    (filter->to && !irkg_date_bound_ok(filter->to)) ||
	    (filter->actors && !actors_ok(filter->actors)) ||
	    filter->min_weight != filter->min_weight)
		return IRKG_EINVAL;
	net = calloc(1, sizeof(*net));
	if (!net)
		return IRKG_ENOMEM;
	net->filter = filter;
	net->node_map = xmlHashCreate(512);
	net->edge_map = xmlHashCreate(1024);
	if (!net->node_map || !net->edge_map) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	rc = read_states(net, store);
	if (!rc && filter->igos)
		rc = irkg_query_each_row(store, igos, 3, "network", igo_row,
					 net);
	if (!rc)
		rc = read_relations(net, store, IRKG_EDGE_ALLIANCE, "Alliance");
	if (!rc)
		rc = read_relations(net, store, IRKG_EDGE_DISPUTE, "Dispute");
	if (!rc)
		rc = read_relations(net, store, IRKG_EDGE_AGREEMENT,
				    "Agreement");
	if (!rc) {
		dated.net = net;
		dated.dates = irkg_strmap_new();
		dated.seen = irkg_strmap_new();
		rc = dated.dates && dated.seen
			     ? irkg_query_each_row(store, dates, 2, "network",
						   map_row, dated.dates)
			     : IRKG_ENOMEM;
		if (!rc)
			rc = irkg_query_each_row(store, events, 5, "network",
						 dated_event_row, &dated);
		irkg_strmap_free(dated.dates, free);
		irkg_strmap_free(dated.seen, NULL);
	}
	if (!rc)
		rc = finish(net);
cleanup:
	net->filter = NULL;
	if (rc) {
		irkg_network_free(net);
		return rc;
	}
	*out = net;
	return IRKG_OK;
}

/* ---- reading the network ---- */

void irkg_network_node_at(const irkg_network *net, size_t i,
			  struct irkg_network_node *out)
{
	const struct node *n = net->nodes[i];

	out->id = n->id;
	out->label = n->label;
	out->region = n->region;
	out->iri = n->iri;
	out->is_state = n->is_state;
}

static size_t node_index(const irkg_network *net, const char *id)
{
	const struct node *n =
		xmlHashLookup(net->node_map, (const xmlChar *)id);

	assert(n && n->used);
	return n->index;
}

void irkg_network_edge_at(const irkg_network *net, size_t i,
			  struct irkg_network_edge *out)
{
	const struct edge *e = net->edges[i];

	out->kind = e->kind;
	out->a = node_index(net, e->a);
	out->b = node_index(net, e->b);
	out->weight = e->weight;
	out->goldstein = e->goldstein;
	out->start = e->start;
	out->end = e->end;
}

/* One end's view of an edge, for ranking a node's edges. */
struct incidence {
	double strength;
	enum irkg_edge_kind kind;
	size_t edge;
};

static int cmp_incidence(const void *x, const void *y)
{
	const struct incidence *a = x, *b = y;

	if (a->strength != b->strength)
		return a->strength > b->strength ? -1 : 1;
	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	return a->edge < b->edge ? -1 : a->edge > b->edge;
}

int irkg_network_strongest(const irkg_network *net, size_t per_node,
			   unsigned char *keep, size_t *kept)
{
	long heaviest[IRKG_EDGE_KINDS] = {0};
	struct incidence *ends = NULL;
	size_t *start = NULL, *fill = NULL, i, j;
	int rc = IRKG_ENOMEM;

	*kept = 0;
	if (net->n_edges == 0)
		return IRKG_OK;
	/* Each node's edges side by side: node i's from start[i] to
	 * start[i + 1]. */
	ends = calloc(2 * net->n_edges, sizeof(*ends));
	start = calloc(net->n_nodes + 1, sizeof(*start));
	fill = calloc(net->n_nodes, sizeof(*fill));
	if (!ends || !start || !fill)
		goto cleanup;
	for (i = 0; i < net->n_edges; i++) {
		const struct edge *e = net->edges[i];

		if (e->weight > heaviest[e->kind])
			heaviest[e->kind] = e->weight;
		start[node_index(net, e->a) + 1]++;
		start[node_index(net, e->b) + 1]++;
	}
	for (i = 0; i < net->n_nodes; i++)
		start[i + 1] += start[i];
	for (i = 0; i < net->n_edges; i++) {
		const struct edge *e = net->edges[i];
		size_t ab[2] = {node_index(net, e->a), node_index(net, e->b)};
		struct incidence end = {(double)e->weight /
						(double)heaviest[e->kind],
					e->kind, i};

		for (j = 0; j < 2; j++)
			ends[start[ab[j]] + fill[ab[j]]++] = end;
		keep[i] = 0;
	}
	for (i = 0; i < net->n_nodes; i++) {
		size_t n = start[i + 1] - start[i];

		qsort(ends + start[i], n, sizeof(*ends), cmp_incidence);
		for (j = 0; j < n && j < per_node; j++) {
			size_t edge = ends[start[i] + j].edge;

			*kept += !keep[edge];
			keep[edge] = 1;
		}
	}
	rc = IRKG_OK;
cleanup:
	free(ends);
	free(start);
	free(fill);
	return rc;
}

/* ---- writing ---- */

static const struct {
	const char *color; /* for DOT */
	unsigned char r, g, b;
	const char *style;
} kind_styles[IRKG_EDGE_KINDS] = {
	{"#2e7d32", 0x2e, 0x7d, 0x32, "solid"},	 /* alliance: green */
	{"#c62828", 0xc6, 0x28, 0x28, "solid"},	 /* dispute: red */
	{"#1565c0", 0x15, 0x65, 0xc0, "dashed"}, /* agreement: blue */
	{"#9e9e9e", 0x9e, 0x9e, 0x9e, "solid"},	 /* cooperation: grey */
	{"#ef6c00", 0xef, 0x6c, 0x00, "solid"},	 /* conflict: orange */
};

static int is_event_kind(enum irkg_edge_kind kind)
{
	return kind == IRKG_EDGE_COOPERATION || kind == IRKG_EDGE_CONFLICT;
}

/* Width grows with the number of events, within reason. */
static double pen_width(const struct edge *e)
{
	double w;

	if (!is_event_kind(e->kind))
		return 2.0;
	w = 1.0 + 0.75 * (double)(e->weight - 1);
	return w > 8.0 ? 8.0 : w;
}

/* Text inside a DOT double-quoted string: quotes and backslashes escaped,
 * control characters as spaces. */
static void put_dot_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fputc('\\', out);
		fputc(c < 0x20 ? ' ' : c, out);
	}
}

static void put_dot(FILE *out, const char *s)
{
	fputc('"', out);
	put_dot_text(out, s);
	fputc('"', out);
}

/* One line of the legend: a label and a short edge in the kind's style. */
static void dot_legend_line(FILE *out, int k)
{
	fprintf(out,
		"\t\t\"legend %s\" [label=\"%s\"];\n"
		"\t\t\"legend %s end\" [label=\"\", shape=point, width=0.05];\n"
		"\t\t\"legend %s\" -- \"legend %s end\" [color=\"%s\", "
		"style=%s, penwidth=2];\n",
		kind_names[k], kind_names[k], kind_names[k], kind_names[k],
		kind_names[k], kind_styles[k].color, kind_styles[k].style);
}

static int write_dot(const irkg_network *net, FILE *out)
{
	size_t i;
	int k;

	fputs("graph irkg {\n"
	      "\tgraph [fontname=\"Helvetica\", rankdir=LR, splines=true, "
	      "nodesep=0.4];\n"
	      "\tnode [fontname=\"Helvetica\", fontsize=11, style=filled, "
	      "fillcolor=\"#f5f5f5\", color=\"#616161\"];\n"
	      "\tedge [fontname=\"Helvetica\", fontsize=9];\n",
	      out);
	for (i = 0; i < net->n_nodes; i++) {
		const struct node *n = net->nodes[i];

		fputc('\t', out);
		put_dot(out, n->id);
		fputs(" [label=\"", out);
		put_dot_text(out, n->label);
		if (strcmp(n->label, n->id) != 0) {
			fputs("\\n", out); /* DOT's line break */
			put_dot_text(out, n->id);
		}
		fputs("\", tooltip=", out);
		put_dot(out, n->region ? n->region : n->iri ? n->iri : n->id);
		fputs(n->is_state ? "];\n"
				  : ", shape=box, fillcolor=\"#e3f2fd\"];\n",
		      out);
	}
	for (i = 0; i < net->n_edges; i++) {
		const struct edge *e = net->edges[i];

		fputc('\t', out);
		put_dot(out, e->a);
		fputs(" -- ", out);
		put_dot(out, e->b);
		fprintf(out, " [color=\"%s\", style=%s, penwidth=%.2f",
			kind_styles[e->kind].color, kind_styles[e->kind].style,
			pen_width(e));
		if (is_event_kind(e->kind))
			fprintf(out,
				", label=\"%ld\", tooltip=\"%s: %ld event%s, "
				"Goldstein %+.1f",
				e->weight, kind_names[e->kind], e->weight,
				e->weight == 1 ? "" : "s", e->goldstein);
		else
			fprintf(out, ", tooltip=\"%s: %ld relation%s",
				kind_names[e->kind], e->weight,
				e->weight == 1 ? "" : "s");
		if (e->start || e->end) {
			fputs(", ", out);
			put_dot_text(out, e->start ? e->start : "?");
			fputs(" to ", out);
			put_dot_text(out, e->end ? e->end : "?");
		}
		fputs("\"];\n", out);
	}
	/* Last, so that the legend sits beside the network, not in it. */
	fputs("\tsubgraph cluster_legend {\n"
	      "\t\tlabel=\"Legend\"; fontsize=10; style=rounded; "
	      "color=\"#bdbdbd\";\n"
	      "\t\tnode [shape=plaintext, style=\"\", fontsize=9, "
	      "height=0.2];\n",
	      out);
	for (k = 0; k < IRKG_EDGE_KINDS; k++)
		dot_legend_line(out, k);
	fputs("\t\t\"legend width\" [label=\"width: number of events\"];\n"
	      "\t}\n}\n",
	      out);
	return IRKG_OK;
}

static int write_json(const irkg_network *net, FILE *out)
{
	size_t i;

	fputs("{\"nodes\": [", out);
	for (i = 0; i < net->n_nodes; i++) {
		const struct node *n = net->nodes[i];

		fputs(i ? ",\n  {\"id\": " : "\n  {\"id\": ", out);
		irkg_table_put_json(out, n->id);
		fputs(", \"label\": ", out);
		irkg_table_put_json(out, n->label);
		fprintf(out, ", \"type\": \"%s\", \"iso3\": ",
			n->is_state ? "state" : "organisation");
		irkg_table_put_json(out, n->iso3);
		fputs(", \"iso2\": ", out);
		irkg_table_put_json(out, n->iso2);
		fputs(", \"region\": ", out);
		irkg_table_put_json(out, n->region);
		fputs(", \"iri\": ", out);
		irkg_table_put_json(out, n->iri);
		fputc('}', out);
	}
	fputs(net->n_nodes ? "\n ],\n \"edges\": [" : "],\n \"edges\": [", out);
	for (i = 0; i < net->n_edges; i++) {
		const struct edge *e = net->edges[i];

		fprintf(out, "%s{\"id\": \"e%zu\", \"source\": ",
			i ? ",\n  " : "\n  ", i + 1);
		irkg_table_put_json(out, e->a);
		fputs(", \"target\": ", out);
		irkg_table_put_json(out, e->b);
		fprintf(out, ", \"kind\": \"%s\", \"weight\": %ld, ",
			kind_names[e->kind], e->weight);
		if (is_event_kind(e->kind))
			fprintf(out, "\"goldstein\": %.10g", e->goldstein);
		else
			fputs("\"goldstein\": null", out);
		fputs(", \"start\": ", out);
		irkg_table_put_json(out, e->start);
		fputs(", \"end\": ", out);
		irkg_table_put_json(out, e->end);
		fputc('}', out);
	}
	fputs(net->n_edges ? "\n ]}\n" : "]}\n", out);
	return IRKG_OK;
}

/* ---- XML: GraphML and GEXF through libxml2's xmlTextWriter ---- */

#define X(s) ((const xmlChar *)(s))

/* Each call's result is folded into `bad` (negative on an error), so that
 * a long run of writes is checked once at the end. */
struct xml {
	xmlTextWriterPtr w;
	int bad;
};

static void x_start(struct xml *x, const char *name)
{
	x->bad |= xmlTextWriterStartElement(x->w, X(name)) < 0;
}

static void x_end(struct xml *x)
{
	x->bad |= xmlTextWriterEndElement(x->w) < 0;
}

static void x_attr(struct xml *x, const char *name, const char *value)
{
	if (value)
		x->bad |= xmlTextWriterWriteAttribute(x->w, X(name), X(value)) <
			  0;
}

static void x_attr_num(struct xml *x, const char *name, double value)
{
	x->bad |= xmlTextWriterWriteFormatAttribute(x->w, X(name), "%.10g",
						    value) < 0;
}

static void x_key(struct xml *x, const char *id, const char *domain,
		  const char *type)
{
	x_start(x, "key");
	x_attr(x, "id", id);
	x_attr(x, "for", domain);
	x_attr(x, "attr.name", id);
	x_attr(x, "attr.type", type);
	x_end(x);
}

static void x_data(struct xml *x, const char *key, const char *value)
{
	if (!value)
		return;
	x_start(x, "data");
	x_attr(x, "key", key);
	x->bad |= xmlTextWriterWriteString(x->w, X(value)) < 0;
	x_end(x);
}

static void x_data_num(struct xml *x, const char *key, double value)
{
	char text[64];

	snprintf(text, sizeof(text), "%.10g", value);
	x_data(x, key, text);
}

/* Start a document on `out`; 0 or IRKG_ENOMEM. */
static int x_open(struct xml *x, FILE *out)
{
	xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(out, NULL);

	x->bad = 0;
	x->w = buf ? xmlNewTextWriter(buf) : NULL;
	if (!x->w) {
		if (buf)
			xmlOutputBufferClose(buf);
		return IRKG_ENOMEM;
	}
	x->bad |= xmlTextWriterSetIndent(x->w, 1) < 0;
	x->bad |= xmlTextWriterSetIndentString(x->w, X("  ")) < 0;
	x->bad |= xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL) < 0;
	return IRKG_OK;
}

/* End the document and free the writer (not `out`). */
static int x_close(struct xml *x)
{
	x->bad |= xmlTextWriterEndDocument(x->w) < 0;
	x->bad |= xmlTextWriterFlush(x->w) < 0;
	xmlFreeTextWriter(x->w);
	x->w = NULL;
	return x->bad ? IRKG_EIO : IRKG_OK;
}

static int write_graphml(const irkg_network *net, FILE *out)
{
	static const char *const node_keys[] = {"label", "type",   "iso3",
						"iso2",	 "region", "iri"};
	struct xml x;
	size_t i;
	char id[32];
	int rc = x_open(&x, out);

	if (rc)
		return rc;
	x_start(&x, "graphml");
	x_attr(&x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
	for (i = 0; i < sizeof(node_keys) / sizeof(node_keys[0]); i++)
		x_key(&x, node_keys[i], "node", "string");
	x_key(&x, "kind", "edge", "string");
	x_key(&x, "weight", "edge", "double");
	x_key(&x, "goldstein", "edge", "double");
	x_key(&x, "start", "edge", "string");
	x_key(&x, "end", "edge", "string");
	x_start(&x, "graph");
	x_attr(&x, "id", "irkg");
	x_attr(&x, "edgedefault", "undirected");
	for (i = 0; i < net->n_nodes; i++) {
		const struct node *n = net->nodes[i];

		x_start(&x, "node");
		x_attr(&x, "id", n->id);
		x_data(&x, "label", n->label);
		x_data(&x, "type", n->is_state ? "state" : "organisation");
		x_data(&x, "iso3", n->iso3);
		x_data(&x, "iso2", n->iso2);
		x_data(&x, "region", n->region);
		x_data(&x, "iri", n->iri);
		x_end(&x);
	}
	for (i = 0; i < net->n_edges; i++) {
		const struct edge *e = net->edges[i];

		snprintf(id, sizeof(id), "e%zu", i + 1);
		x_start(&x, "edge");
		x_attr(&x, "id", id);
		x_attr(&x, "source", e->a);
		x_attr(&x, "target", e->b);
		x_data(&x, "kind", kind_names[e->kind]);
		x_data_num(&x, "weight", (double)e->weight);
		if (is_event_kind(e->kind))
			x_data_num(&x, "goldstein", e->goldstein);
		x_data(&x, "start", e->start);
		x_data(&x, "end", e->end);
		x_end(&x);
	}
	x_end(&x); /* graph */
	x_end(&x); /* graphml */
	return x_close(&x);
}

static int days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31};
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/* GEXF's "date" time format wants whole dates: a year or a month becomes
 * its first day (a start) or its last (an end). */
static const char *whole_date(const char *date, int end, char *buf, size_t size)
{
	size_t n;

	if (!date)
		return NULL;
	n = strlen(date);
	if (n == 4)
		snprintf(buf, size, "%s-%s", date, end ? "12-31" : "01-01");
	else if (n == 7)
		snprintf(buf, size, "%s-%02d", date,
			 end ? days_in_month((int)strtol(date, NULL, 10),
					     (int)strtol(date + 5, NULL, 10))
			     : 1);
	else
		snprintf(buf, size, "%s", date);
	return buf;
}

static void gexf_attribute(struct xml *x, const char *id, const char *type)
{
	x_start(x, "attribute");
	x_attr(x, "id", id);
	x_attr(x, "title", id);
	x_attr(x, "type", type);
	x_end(x);
}

static void gexf_value(struct xml *x, const char *id, const char *value)
{
	if (!value)
		return;
	x_start(x, "attvalue");
	x_attr(x, "for", id);
	x_attr(x, "value", value);
	x_end(x);
}

static void gexf_color(struct xml *x, int k)
{
	x_start(x, "viz:color");
	x_attr_num(x, "r", kind_styles[k].r);
	x_attr_num(x, "g", kind_styles[k].g);
	x_attr_num(x, "b", kind_styles[k].b);
	x_end(x);
}

static int write_gexf(const irkg_network *net, FILE *out)
{
	struct xml x;
	size_t i;
	char id[32], start[16], end[16], number[64];
	int rc = x_open(&x, out);

	if (rc)
		return rc;
	x_start(&x, "gexf");
	x_attr(&x, "xmlns", "http://gexf.net/1.3");
	x_attr(&x, "xmlns:viz", "http://gexf.net/1.3/viz");
	x_attr(&x, "version", "1.3");
	x_start(&x, "meta");
	x_start(&x, "creator");
	x.bad |= xmlTextWriterWriteString(x.w, X("irkg")) < 0;
	x_end(&x);
	x_start(&x, "description");
	x.bad |= xmlTextWriterWriteString(
			 x.w, X("states and organisations; relations and "
				"events between them")) < 0;
	x_end(&x);
	x_end(&x); /* meta */
	x_start(&x, "graph");
	x_attr(&x, "mode", "dynamic");
	x_attr(&x, "defaultedgetype", "undirected");
	x_attr(&x, "timeformat", "date");
	x_start(&x, "attributes");
	x_attr(&x, "class", "node");
	x_attr(&x, "mode", "static");
	gexf_attribute(&x, "type", "string");
	gexf_attribute(&x, "iso3", "string");
	gexf_attribute(&x, "iso2", "string");
	gexf_attribute(&x, "region", "string");
	gexf_attribute(&x, "iri", "string");
	x_end(&x);
	x_start(&x, "attributes");
	x_attr(&x, "class", "edge");
	x_attr(&x, "mode", "static");
	gexf_attribute(&x, "goldstein", "double");
	gexf_attribute(&x, "first", "string"); /* the dates as the text gave */
	gexf_attribute(&x, "last", "string");
	x_end(&x);
	x_start(&x, "nodes");
	for (i = 0; i < net->n_nodes; i++) {
		const struct node *n = net->nodes[i];

		x_start(&x, "node");
		x_attr(&x, "id", n->id);
		x_attr(&x, "label", n->label);
		x_start(&x, "attvalues");
		gexf_value(&x, "type", n->is_state ? "state" : "organisation");
		gexf_value(&x, "iso3", n->iso3);
		gexf_value(&x, "iso2", n->iso2);
		gexf_value(&x, "region", n->region);
		gexf_value(&x, "iri", n->iri);
		x_end(&x);
		x_end(&x);
	}
	x_end(&x); /* nodes */
	x_start(&x, "edges");
	for (i = 0; i < net->n_edges; i++) {
		const struct edge *e = net->edges[i];

		snprintf(id, sizeof(id), "e%zu", i + 1);
		x_start(&x, "edge");
		x_attr(&x, "id", id);
		x_attr(&x, "source", e->a);
		x_attr(&x, "target", e->b);
		/* Gephi keeps parallel edges apart by their kind. */
		x_attr(&x, "kind", kind_names[e->kind]);
		x_attr(&x, "label", kind_names[e->kind]);
		x_attr_num(&x, "weight", (double)e->weight);
		x_attr(&x, "start",
		       whole_date(e->start, 0, start, sizeof(start)));
		x_attr(&x, "end", whole_date(e->end, 1, end, sizeof(end)));
		/* GEXF wants no empty <attvalues/>. */
		if (is_event_kind(e->kind) || e->start || e->end)
			x_start(&x, "attvalues");
		if (is_event_kind(e->kind)) {
			snprintf(number, sizeof(number), "%.10g", e->goldstein);
			gexf_value(&x, "goldstein", number);
		}
		gexf_value(&x, "first", e->start);
		gexf_value(&x, "last", e->end);
		if (is_event_kind(e->kind) || e->start || e->end)
			x_end(&x);
		gexf_color(&x, e->kind);
		x_start(&x, "viz:thickness");
		x_attr_num(&x, "value", pen_width(e));
		x_end(&x);
		x_end(&x); /* edge */
	}
	x_end(&x); /* edges */
	x_end(&x); /* graph */
	x_end(&x); /* gexf */
	return x_close(&x);
}

int irkg_network_write(const irkg_network *net, enum irkg_network_format format,
		       FILE *out)
{
	int rc;

	switch (format) {
	case IRKG_NETWORK_DOT:
		rc = write_dot(net, out);
		break;
	case IRKG_NETWORK_GRAPHML:
		rc = write_graphml(net, out);
		break;
	case IRKG_NETWORK_GEXF:
		rc = write_gexf(net, out);
		break;
	case IRKG_NETWORK_JSON:
		rc = write_json(net, out);
		break;
	default:
		return IRKG_EINVAL;
	}
	if (!rc && (fflush(out) != 0 || ferror(out)))
		rc = IRKG_EIO;
	return rc;
}
