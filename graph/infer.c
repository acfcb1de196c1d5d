/* Inference: the ontology's axioms and the direct edges of n-ary relations,
 * materialised in IRKG_INFERRED_GRAPH by forward chaining to a fixpoint.
 *
 * It is plain C over librdf streams, not SPARQL: Rasqal 0.9.33 has no
 * property paths, joins two patterns with the same subject variable and
 * predicate across subjects, and a pattern inside GRAPH ?g reads the whole
 * store. Three steps, all inside one transaction on the inferred graph:
 *   1. read the axioms from the ontology graph and close them transitively,
 *      so that a class knows every superclass and a property every
 *      superproperty;
 *   2. stream every other graph once: each statement's key goes into a
 *      hash set, so that nothing asserted is written again (asking librdf
 *      per statement is far slower), and the statements a rule applies to
 *      go onto a work queue;
 *   3. take statements off the queue and apply the rules; a conclusion not
 *      yet in the set is written to the inferred graph and queued in turn.
 *      An empty queue is the fixpoint.
 * Terms are interned (one struct per distinct term, compared by pointer);
 * only axioms and the statements on the queue intern theirs. */
#include "infer.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "ingest.h"

#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS_NS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL_NS "http://www.w3.org/2002/07/owl#"

/* Which direct edge stands for which relation class. irkg.ttl says so in
 * the properties' comments ("The two actors are parties to the same
 * irkg:Alliance"), not in triples, so it is this table. A sanctions regime
 * is one-sided: its parties sanction its subject; the inverse edge
 * (irkg:sanctionedBy) follows from owl:inverseOf. */
static const struct {
	const char *class_iri, *property_iri;
	int to_subject; /* parties -> subjects, else party <-> party */
} direct_edges[] = {
	{IRKG_NS "Alliance", IRKG_NS "alliedWith", 0},
	{IRKG_NS "Dispute", IRKG_NS "inDisputeWith", 0},
	{IRKG_NS "Agreement", IRKG_NS "hasAgreementWith", 0},
	{IRKG_NS "Partnership", IRKG_NS "partnerOf", 0},
	{IRKG_NS "Rivalry", IRKG_NS "rivalOf", 0},
	{IRKG_NS "SanctionsRegime", IRKG_NS "sanctions", 1},
};

#define N_EDGES (sizeof(direct_edges) / sizeof(direct_edges[0]))

struct tlist {
	struct term **v;
	size_t n, cap;
};

/* One interned RDF term and what the rules know about it. */
struct term {
	librdf_node *node; /* our own reference */
	char *key;	   /* see term_key; the intern table's key */
	int is_literal;
	/* as a class: every superclass (transitively, after close_schema),
	 * and the direct edge its instances give, or -1 */
	struct tlist superclasses;
	int edge;
	/* as a property */
	struct tlist superproperties, inverses;
	int symmetric;
	/* as a relation node: the direct edges it is typed for (bits) */
	struct tlist parties, subjects;
	unsigned edges;
};

struct triple {
	struct term *s, *p, *o;
};

struct buf {
	char *s;
	size_t n, cap;
};

struct infer {
	irkg_store *store;
	irkg_ctx *ctx;
	librdf_world *world;
	librdf_model *model;
	librdf_node *graph;    /* the inferred graph */
	xmlHashTablePtr terms; /* key -> struct term * */
	xmlHashTablePtr seen;  /* statement key -> (void *)1 */
	struct tlist schema;   /* terms with axioms */
	struct triple *queue;  /* queue[head..n) waits */
	size_t head, n, cap;
	struct buf key[4]; /* subject, predicate, object, statement */
	struct term *type, *sub_class_of, *sub_property_of, *inverse_of,
		*symmetric_property, *party, *subject;
	struct term *edge_property[N_EDGES];
	long asserted, axioms, inferred;
};

/* ---- helpers ---- */

static int buf_put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *grown;

		while (b->n + n + 1 > cap)
			cap *= 2;
		grown = realloc(b->s, cap);
		if (!grown)
			return IRKG_ENOMEM;
		b->s = grown;
		b->cap = cap;
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
	return IRKG_OK;
}

static int buf_puts(struct buf *b, const char *s)
{
	return buf_put(b, s, strlen(s));
}

/* A term as text, N-Triples-like but unescaped: "<iri>", "_:id",
 * "\"value\"@lang" or "\"value\"^^<datatype>". Unambiguous because only
 * the last term of a statement key can be a literal. */
static int term_key(struct buf *b, librdf_node *node)
{
	const char *s;
	size_t len;
	int rc;

	b->n = 0;
	switch (librdf_node_get_type(node)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		s = (const char *)librdf_uri_as_counted_string(
			librdf_node_get_uri(node), &len);
		rc = buf_put(b, "<", 1) || buf_put(b, s, len) ||
		     buf_put(b, ">", 1);
		break;
	case LIBRDF_NODE_TYPE_BLANK:
		s = (const char *)librdf_node_get_blank_identifier(node);
		rc = buf_put(b, "_:", 2) || buf_puts(b, s ? s : "");
		break;
	case LIBRDF_NODE_TYPE_LITERAL: {
		librdf_uri *dt =
			librdf_node_get_literal_value_datatype_uri(node);
		const char *lang = librdf_node_get_literal_value_language(node);

		s = (const char *)
			librdf_node_get_literal_value_as_counted_string(node,
									&len);
		rc = buf_put(b, "\"", 1) ||
		     buf_put(b, s ? s : "", s ? len : 0) || buf_put(b, "\"", 1);
		if (!rc && lang)
			rc = buf_put(b, "@", 1) || buf_puts(b, lang);
		else if (!rc && dt)
			rc = buf_put(b, "^^<", 3) ||
			     buf_puts(b,
				      (const char *)librdf_uri_as_string(dt)) ||
			     buf_put(b, ">", 1);
		break;
	}
	default:
		return IRKG_EINVAL;
	}
	return rc ? IRKG_ENOMEM : IRKG_OK;
}

/* The key of a statement from its terms' keys. */
static int statement_key(struct buf *b, const char *s, const char *p,
			 const char *o)
{
	b->n = 0;
	if (buf_puts(b, s) || buf_put(b, " ", 1) || buf_puts(b, p) ||
	    buf_put(b, " ", 1) || buf_puts(b, o))
		return IRKG_ENOMEM;
	return IRKG_OK;
}

static int tlist_has(const struct tlist *l, const struct term *t)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i] == t)
			return 1;
	return 0;
}

/* Append `t` unless it is there already. */
static int tlist_add(struct tlist *l, struct term *t)
{
	if (tlist_has(l, t))
		return IRKG_OK;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 4;
		struct term **grown = realloc(l->v, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		l->v = grown;
		l->cap = cap;
	}
	l->v[l->n++] = t;
	return IRKG_OK;
}

static void free_term(void *payload, const xmlChar *name)
{
	struct term *t = payload;

	(void)name;
	if (!t)
		return;
	if (t->node)
		librdf_free_node(t->node);
	free(t->key);
	free(t->superclasses.v);
	free(t->superproperties.v);
	free(t->inverses.v);
	free(t->parties.v);
	free(t->subjects.v);
	free(t);
}

/* The interned term for `node`, whose key is `key`. */
static int intern(struct infer *in, const char *key, librdf_node *node,
		  struct term **out)
{
	struct term *t = xmlHashLookup(in->terms, (const xmlChar *)key);

	if (t) {
		*out = t;
		return IRKG_OK;
	}
	t = calloc(1, sizeof(*t));
	if (!t)
		return IRKG_ENOMEM;
	t->edge = -1;
	t->is_literal = librdf_node_is_literal(node);
	t->node = librdf_new_node_from_node(node);
	t->key = strdup(key);
	if (!t->node || !t->key ||
	    xmlHashAddEntry(in->terms, (const xmlChar *)key, t) != 0) {
		free_term(t, NULL);
		return IRKG_ENOMEM;
	}
	*out = t;
	return IRKG_OK;
}

static int intern_iri(struct infer *in, const char *iri, struct term **out)
{
	librdf_node *node = librdf_new_node_from_uri_string(
		in->world, (const unsigned char *)iri);
	int rc;

	if (!node)
		return IRKG_ENOMEM;
	rc = term_key(&in->key[0], node);
	if (!rc)
		rc = intern(in, in->key[0].s, node, out);
	librdf_free_node(node);
	return rc;
}

/* ---- writing conclusions ---- */

/* Record s p o: unless it is known, write it to the inferred graph and
 * queue it for the rules. */
static int emit(struct infer *in, struct term *s, struct term *p,
		struct term *o)
{
	struct buf *key = &in->key[3];
	librdf_statement st;

	if (s->is_literal || p->is_literal)
		return IRKG_OK; /* not RDF */
	if (statement_key(key, s->key, p->key, o->key))
		return IRKG_ENOMEM;
	if (xmlHashLookup(in->seen, (const xmlChar *)key->s))
		return IRKG_OK;
	if (xmlHashAddEntry(in->seen, (const xmlChar *)key->s, (void *)1))
		return IRKG_ENOMEM;
	/* The nodes stay ours: librdf copies what it stores. */
	librdf_statement_init(in->world, &st);
	st.subject = s->node;
	st.predicate = p->node;
	st.object = o->node;
	if (librdf_model_context_add_statement(in->model, in->graph, &st)) {
		irkg_ctx_log(in->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "cannot add an inferred statement to the store");
		return IRKG_ESTORE;
	}
	in->inferred++;
	if (in->n == in->cap) {
		size_t cap = in->cap ? in->cap * 2 : 1024;
		struct triple *grown = realloc(in->queue, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		in->queue = grown;
		in->cap = cap;
	}
	in->queue[in->n++] = (struct triple){s, p, o};
	return IRKG_OK;
}

/* ---- step 1: axioms ---- */

static int add_axiom(struct infer *in, librdf_statement *st, struct term *p)
{
	librdf_node *sn = librdf_statement_get_subject(st);
	librdf_node *on = librdf_statement_get_object(st);
	struct term *s, *o;
	int rc;

	/* Blank nodes are class expressions (owl:unionOf …): no rule here
	 * gives them a meaning, and they would leak into the graph. */
	if (!librdf_node_is_resource(sn) || !librdf_node_is_resource(on))
		return IRKG_OK;
	rc = term_key(&in->key[2], on);
	if (rc)
		return rc;
	/* most rdf:type statements are the knowledge base's: skip them
	 * before interning anything */
	if (p == in->type &&
	    strcmp(in->key[2].s, in->symmetric_property->key) != 0)
		return IRKG_OK;
	rc = intern(in, in->key[2].s, on, &o);
	if (!rc)
		rc = term_key(&in->key[0], sn);
	if (!rc)
		rc = intern(in, in->key[0].s, sn, &s);
	if (rc)
		return rc;
	if (p == in->type) {
		s->symmetric = 1;
	} else if (s == o) {
		return IRKG_OK; /* a class is its own subclass: nothing new */
	} else if (p == in->sub_class_of) {
		rc = tlist_add(&s->superclasses, o);
	} else if (p == in->sub_property_of) {
		rc = tlist_add(&s->superproperties, o);
	} else {
		/* owl:inverseOf works both ways */
		rc = tlist_add(&s->inverses, o) || tlist_add(&o->inverses, s)
			     ? IRKG_ENOMEM
			     : IRKG_OK;
	}
	if (!rc)
		rc = tlist_add(&in->schema, s);
	if (!rc)
		in->axioms++;
	return rc;
}

static int read_axioms(struct infer *in)
{
	librdf_node *g = librdf_new_node_from_uri_string(
		in->world, (const unsigned char *)IRKG_ONTOLOGY_GRAPH);
	librdf_stream *stream;
	int rc = IRKG_OK;

	if (!g)
		return IRKG_ENOMEM;
	stream = librdf_model_context_as_stream(in->model, g);
	librdf_free_node(g);
	if (!stream)
		return IRKG_ESTORE;
	for (; !rc && !librdf_stream_end(stream); librdf_stream_next(stream)) {
		librdf_statement *st = librdf_stream_get_object(stream);
		librdf_node *pn = librdf_statement_get_predicate(st);
		struct term *p;

		if (!pn || !librdf_node_is_resource(pn))
			continue;
		rc = term_key(&in->key[1], pn);
		if (rc)
			break;
		p = xmlHashLookup(in->terms, (const xmlChar *)in->key[1].s);
		if (p && (p == in->type || p == in->sub_class_of ||
			  p == in->sub_property_of || p == in->inverse_of))
			rc = add_axiom(in, st, p);
	}
	librdf_free_stream(stream);
	return rc;
}

/* Extend a list of superclasses (or superproperties) to all ancestors.
 * `next` picks the same list from another term. */
static int close_list(struct term *self, struct tlist *l,
		      struct tlist *(*next)(struct term *))
{
	size_t i, j;

	for (i = 0; i < l->n; i++) {
		struct tlist *up = next(l->v[i]);

		for (j = 0; j < up->n; j++)
			if (up->v[j] != self && tlist_add(l, up->v[j]))
				return IRKG_ENOMEM;
	}
	return IRKG_OK;
}

static struct tlist *superclasses_of(struct term *t)
{
	return &t->superclasses;
}

static struct tlist *superproperties_of(struct term *t)
{
	return &t->superproperties;
}

/* Close the hierarchies, and write the closure's new axioms too
 * (State rdfs:subClassOf Agent when State ⊑ Actor ⊑ Agent). */
static int close_schema(struct infer *in)
{
	size_t i;
	int rc = IRKG_OK;

	for (i = 0; i < in->schema.n && !rc; i++) {
		struct term *t = in->schema.v[i];

		rc = close_list(t, &t->superclasses, superclasses_of);
		if (!rc)
			rc = close_list(t, &t->superproperties,
					superproperties_of);
	}
	return rc;
}

static int emit_schema_closure(struct infer *in)
{
	size_t i, j;
	int rc = IRKG_OK;

	for (i = 0; i < in->schema.n && !rc; i++) {
		struct term *t = in->schema.v[i];

		for (j = 0; j < t->superclasses.n && !rc; j++)
			rc = emit(in, t, in->sub_class_of,
				  t->superclasses.v[j]);
		for (j = 0; j < t->superproperties.n && !rc; j++)
			rc = emit(in, t, in->sub_property_of,
				  t->superproperties.v[j]);
	}
	return rc;
}

/* ---- step 2: what is asserted ---- */

/* Whether a rule applies to a statement with predicate `p` (NULL when no
 * axiom mentions it) and object key `okey`. */
static int wanted(struct infer *in, struct term *p, const char *okey)
{
	struct term *o;

	if (!p)
		return 0;
	if (p->superproperties.n || p->inverses.n || p->symmetric ||
	    p == in->party || p == in->subject)
		return 1;
	if (p != in->type)
		return 0;
	o = xmlHashLookup(in->terms, (const xmlChar *)okey);
	return o && (o->superclasses.n || o->edge >= 0);
}

static int read_graph(struct infer *in, librdf_node *g)
{
	librdf_stream *stream = librdf_model_context_as_stream(in->model, g);
	struct buf *k = in->key;
	int rc = IRKG_OK;

	if (!stream)
		return IRKG_ESTORE;
	for (; !rc && !librdf_stream_end(stream); librdf_stream_next(stream)) {
		librdf_statement *st = librdf_stream_get_object(stream);
		librdf_node *sn = librdf_statement_get_subject(st);
		librdf_node *pn = librdf_statement_get_predicate(st);
		librdf_node *on = librdf_statement_get_object(st);
		struct term *s, *p, *o;

		rc = term_key(&k[0], sn) || term_key(&k[1], pn) ||
				     term_key(&k[2], on) ||
				     statement_key(&k[3], k[0].s, k[1].s,
						   k[2].s)
			     ? IRKG_ENOMEM
			     : IRKG_OK;
		if (rc)
			break;
		if (xmlHashLookup(in->seen, (const xmlChar *)k[3].s))
			continue; /* the same statement in another graph */
		if (xmlHashAddEntry(in->seen, (const xmlChar *)k[3].s,
				    (void *)1)) {
			rc = IRKG_ENOMEM;
			break;
		}
		in->asserted++;
		p = xmlHashLookup(in->terms, (const xmlChar *)k[1].s);
		if (!wanted(in, p, k[2].s))
			continue;
		rc = intern(in, k[0].s, sn, &s);
		if (!rc)
			rc = intern(in, k[2].s, on, &o);
		if (rc)
			break;
		if (in->n == in->cap) {
			size_t cap = in->cap ? in->cap * 2 : 1024;
			struct triple *grown =
				realloc(in->queue, cap * sizeof(*grown));

			if (!grown) {
				rc = IRKG_ENOMEM;
				break;
			}
			in->queue = grown;
			in->cap = cap;
		}
		in->queue[in->n++] = (struct triple){s, p, o};
	}
	librdf_free_stream(stream);
	return rc;
}

/* Every graph but the inferred one. The graph list is copied first: the
 * contexts iterator must not stay open while graphs are streamed. */
static int read_statements(struct infer *in)
{
	librdf_iterator *it = librdf_model_get_contexts(in->model);
	librdf_node **graphs = NULL;
	size_t n = 0, cap = 0, i;
	int rc = IRKG_OK;

	if (!it)
		return IRKG_ESTORE;
	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *g = librdf_iterator_get_object(it);

		if (!g || librdf_node_equals(g, in->graph))
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			librdf_node **grown =
				realloc(graphs, ncap * sizeof(*grown));

			if (!grown) {
				rc = IRKG_ENOMEM;
				break;
			}
			graphs = grown;
			cap = ncap;
		}
		graphs[n] = librdf_new_node_from_node(g);
		if (!graphs[n]) {
			rc = IRKG_ENOMEM;
			break;
		}
		n++;
	}
	librdf_free_iterator(it);
	for (i = 0; i < n && !rc; i++)
		rc = read_graph(in, graphs[i]);
	for (i = 0; i < n; i++)
		librdf_free_node(graphs[i]);
	free(graphs);
	return rc;
}

/* ---- step 3: the rules ---- */

static int edge(struct infer *in, size_t e, struct term *a, struct term *b)
{
	if (a == b)
		return IRKG_OK; /* "Japan is allied with Japan" says nothing */
	return emit(in, a, in->edge_property[e], b);
}

/* Relation node r turned out to be of the class of direct_edges[e]. */
static int relation_typed(struct infer *in, struct term *r, size_t e)
{
	size_t i, j;
	int rc = IRKG_OK;

	if (r->edges & (1u << e))
		return IRKG_OK;
	r->edges |= 1u << e;
	for (i = 0; i < r->parties.n && !rc; i++) {
		const struct tlist *other =
			direct_edges[e].to_subject ? &r->subjects : &r->parties;

		for (j = 0; j < other->n && !rc; j++)
			rc = edge(in, e, r->parties.v[i], other->v[j]);
	}
	return rc;
}

/* Relation node r has a new party (or subject) x. */
static int relation_member(struct infer *in, struct term *r, struct term *x,
			   int is_subject)
{
	struct tlist *l = is_subject ? &r->subjects : &r->parties;
	size_t e, j;
	int rc;

	if (tlist_has(l, x))
		return IRKG_OK;
	rc = tlist_add(l, x);
	for (e = 0; e < N_EDGES && !rc; e++) {
		if (!(r->edges & (1u << e)))
			continue;
		if (direct_edges[e].to_subject) {
			const struct tlist *other =
				is_subject ? &r->parties : &r->subjects;

			for (j = 0; j < other->n && !rc; j++)
				rc = is_subject ? edge(in, e, other->v[j], x)
						: edge(in, e, x, other->v[j]);
		} else if (!is_subject) {
			for (j = 0; j < r->parties.n && !rc; j++) {
				rc = edge(in, e, x, r->parties.v[j]);
				if (!rc)
					rc = edge(in, e, r->parties.v[j], x);
			}
		}
	}
	return rc;
}

static int derive(struct infer *in, const struct triple *t)
{
	struct term *s = t->s, *p = t->p, *o = t->o;
	size_t i;
	int rc = IRKG_OK;

	if (p == in->type && !o->is_literal) {
		for (i = 0; i < o->superclasses.n && !rc; i++)
			rc = emit(in, s, p, o->superclasses.v[i]);
		if (!rc && o->edge >= 0)
			rc = relation_typed(in, s, (size_t)o->edge);
	}
	for (i = 0; i < p->superproperties.n && !rc; i++)
		rc = emit(in, s, p->superproperties.v[i], o);
	if (!o->is_literal) {
		if (!rc && p->symmetric)
			rc = emit(in, o, p, s);
		for (i = 0; i < p->inverses.n && !rc; i++)
			rc = emit(in, o, p->inverses.v[i], s);
		if (!rc && (p == in->party || p == in->subject))
			rc = relation_member(in, s, o, p == in->subject);
	}
	return rc;
}

/* ---- the whole ---- */

static int setup(struct infer *in, irkg_store *store)
{
	struct {
		struct term **slot;
		const char *iri;
	} vocabulary[] = {
		{&in->type, RDF_NS "type"},
		{&in->sub_class_of, RDFS_NS "subClassOf"},
		{&in->sub_property_of, RDFS_NS "subPropertyOf"},
		{&in->inverse_of, OWL_NS "inverseOf"},
		{&in->symmetric_property, OWL_NS "SymmetricProperty"},
		{&in->party, IRKG_NS "party"},
		{&in->subject, IRKG_NS "subject"},
	};
	size_t i;
	int rc = IRKG_OK;

	in->store = store;
	in->ctx = irkg_store_ctx(store);
	in->world = irkg_ctx_world(in->ctx);
	in->model = irkg_store_model(store);
	in->graph = librdf_new_node_from_uri_string(
		in->world, (const unsigned char *)IRKG_INFERRED_GRAPH);
	in->terms = xmlHashCreate(4096);
	in->seen = xmlHashCreate(65536);
	if (!in->graph || !in->terms || !in->seen)
		return IRKG_ENOMEM;
	for (i = 0; i < sizeof(vocabulary) / sizeof(vocabulary[0]) && !rc; i++)
		rc = intern_iri(in, vocabulary[i].iri, vocabulary[i].slot);
	for (i = 0; i < N_EDGES && !rc; i++) {
		struct term *c;

		rc = intern_iri(in, direct_edges[i].property_iri,
				&in->edge_property[i]);
		if (!rc)
			rc = intern_iri(in, direct_edges[i].class_iri, &c);
		if (!rc)
			c->edge = (int)i;
	}
	return rc;
}

static void teardown(struct infer *in)
{
	size_t i;

	if (in->graph)
		librdf_free_node(in->graph);
	xmlHashFree(in->terms, free_term);
	xmlHashFree(in->seen, NULL);
	free(in->schema.v);
	free(in->queue);
	for (i = 0; i < sizeof(in->key) / sizeof(in->key[0]); i++)
		free(in->key[i].s);
}

int irkg_infer(irkg_store *store, struct irkg_infer_result *result)
{
	const char *graph = IRKG_INFERRED_GRAPH;
	struct infer in = {0};
	long previous = irkg_store_graph_size(store, graph);
	int rc, began = 0;

	if (result)
		memset(result, 0, sizeof(*result));
	rc = setup(&in, store);
	if (!rc)
		rc = irkg_store_begin(store, &graph, 1);
	began = !rc;
	if (!rc)
		rc = irkg_store_clear_graph(store, graph);
	if (!rc)
		rc = read_axioms(&in);
	if (!rc)
		rc = close_schema(&in);
	if (!rc)
		rc = read_statements(&in);
	if (!rc)
		rc = emit_schema_closure(&in);
	while (!rc && in.head < in.n) {
		/* a copy: emit may move the queue */
		struct triple t = in.queue[in.head++];

		rc = derive(&in, &t);
	}
	if (!rc)
		rc = irkg_store_commit(store);
	if (rc && began)
		irkg_store_rollback(store);
	if (rc)
		irkg_ctx_log(in.ctx ? in.ctx : irkg_store_ctx(store),
			     IRKG_LOG_ERROR, NULL, 0, 0,
			     "inference failed, the inferred graph is as it "
			     "was: %s",
			     irkg_strerror(rc));
	else if (result) {
		result->asserted = in.asserted;
		result->axioms = in.axioms;
		result->inferred = in.inferred;
		result->previous = previous > 0 ? previous : 0;
	}
	teardown(&in);
	return rc;
}
