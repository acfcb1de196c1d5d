/* Inference: the ontology's axioms and the direct edges of n-ary relations,
 * per source graph, materialised in that graph's inferred graph by forward
 * chaining to a fixpoint (docs/inference.md).
 *
 * It is plain C over librdf streams, not SPARQL: Rasqal 0.9.33 has no
 * property paths, joins two patterns with the same subject variable and
 * predicate across subjects, and a pattern inside GRAPH ?g reads the whole
 * store. The axioms are read from the ontology graph once, closed
 * transitively (a class knows every superclass, a property every
 * superproperty) and kept in their own intern table for as many graphs as
 * the caller infers for. Then, per graph:
 *   1. stream the graph once: each statement's key goes into a hash set,
 *      so that nothing asserted is concluded again, and the statements a
 *      rule applies to go onto a work queue;
 *   2. take statements off the queue and apply the rules; a conclusion not
 *      yet in the set is queued in turn, and kept for writing when it is
 *      one that something reads (see `materialised`). An empty queue is
 *      the fixpoint;
 *   3. replace the inferred graph with the kept conclusions, or compare
 *      them with it (irkg infer without --rebuild).
 * Every rule is local to one statement or to one relation node and its
 * parties, and a relation node lives in its article's graph, so a graph
 * alone gives all its conclusions. Terms are interned (one struct per
 * distinct term, compared by pointer); the data terms of a graph are freed
 * when the next graph starts. */
#include "infer.h"

#include <stdlib.h>
#include <string.h>

#include "ingest.h"
#include "strmap.h"

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

/* The conclusions written: those that queries, tables, the network and the
 * documentation read. Everything else (the rdf:type closure of sentences
 * and mentions into nif:, prov:, schema:, the superproperties of names) is
 * derived in memory, where a chain of rules needs it, and not stored. */
static const char *const materialised[] = {
	/* queries/allies.rq, docs/queries.md, test_infer.sh */
	IRKG_NS "alliedWith",
	IRKG_NS "inDisputeWith",
	IRKG_NS "hasAgreementWith",
	IRKG_NS "partnerOf",
	IRKG_NS "rivalOf",
	IRKG_NS "sanctions",
	/* docs/ontology.md: the inverse, and "any relation" */
	IRKG_NS "sanctionedBy",
	IRKG_NS "relatedTo",
	/* queries/members.rq, docs/inference.md */
	IRKG_NS "memberOf",
	IRKG_NS "hasMember",
	/* queries/disputes.rq and agreements.rq */
	IRKG_NS "participant",
	/* rdf:type: docs/inference.md, test_infer.sh */
	IRKG_NS "Actor",
	/* rdf:type: tables.c and network.c (a Treaty is an Agreement) */
	IRKG_NS "Relation",
	IRKG_NS "Alliance",
	IRKG_NS "Dispute",
	IRKG_NS "Agreement",
	IRKG_NS "Partnership",
	IRKG_NS "Rivalry",
	IRKG_NS "SanctionsRegime",
	IRKG_NS "RelationTrend",
};

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
	/* as a property, or as the class of an rdf:type: written when
	 * concluded (see materialised) */
	int materialise;
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

struct irkg_infer {
	irkg_store *store;
	irkg_ctx *ctx;
	librdf_world *world;
	librdf_model *model;
	irkg_strmap *schema_terms; /* key -> struct term *: vocabulary */
	irkg_strmap *terms;	   /* key -> struct term *: this graph's */
	irkg_strmap *into;	   /* where intern adds: one of the two */
	irkg_strmap *seen;	   /* statement keys */
	struct tlist schema;	   /* terms with axioms */
	struct triple *queue;	   /* queue[head..n) waits */
	size_t head, n, cap;
	struct triple *out; /* the conclusions to write */
	size_t n_out, cap_out;
	struct buf key[4]; /* subject, predicate, object, statement */
	struct term *type, *sub_class_of, *sub_property_of, *inverse_of,
		*symmetric_property, *party, *subject;
	struct term *edge_property[N_EDGES];
	long asserted, axioms;
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

static void free_term(void *payload)
{
	struct term *t = payload;

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

/* The interned term whose key is `key`, or NULL. */
static struct term *lookup(struct irkg_infer *in, const char *key)
{
	struct term *t = irkg_strmap_get(in->schema_terms, key);

	return t ? t : irkg_strmap_get(in->terms, key);
}

/* The interned term for `node`, whose key is `key`. */
static int intern(struct irkg_infer *in, const char *key, librdf_node *node,
		  struct term **out)
{
	struct term *t = lookup(in, key);

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
	if (!t->node || !t->key || irkg_strmap_add(in->into, key, t) != 0) {
		free_term(t);
		return IRKG_ENOMEM;
	}
	*out = t;
	return IRKG_OK;
}

static int intern_iri(struct irkg_infer *in, const char *iri, struct term **out)
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

/* ---- conclusions ---- */

static int push(struct triple **v, size_t *n, size_t *cap, struct term *s,
		struct term *p, struct term *o)
{
	if (*n == *cap) {
		size_t grown_cap = *cap ? *cap * 2 : 256;
		struct triple *grown = realloc(*v, grown_cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		*v = grown;
		*cap = grown_cap;
	}
	(*v)[(*n)++] = (struct triple){s, p, o};
	return IRKG_OK;
}

/* Add `key` to `set`: 0 when it is new, 1 when it was there already. */
static int see(irkg_strmap *set, const char *key)
{
	int rc = irkg_strmap_add(set, key, (void *)1);

	return rc < 0 ? IRKG_ENOMEM : rc;
}

/* Record s p o: unless it is known, queue it for the rules, and keep it
 * for writing when something reads it. */
static int emit(struct irkg_infer *in, struct term *s, struct term *p,
		struct term *o)
{
	struct buf *key = &in->key[3];
	int rc;

	if (s->is_literal || p->is_literal)
		return IRKG_OK; /* not RDF */
	if (statement_key(key, s->key, p->key, o->key))
		return IRKG_ENOMEM;
	rc = see(in->seen, key->s);
	if (rc)
		return rc == 1 ? IRKG_OK : rc;
	rc = push(&in->queue, &in->n, &in->cap, s, p, o);
	if (!rc && (p == in->type ? o->materialise : p->materialise))
		rc = push(&in->out, &in->n_out, &in->cap_out, s, p, o);
	return rc;
}

/* ---- step 1: axioms ---- */

static int add_axiom(struct irkg_infer *in, librdf_statement *st,
		     struct term *p)
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

static int read_axioms(struct irkg_infer *in)
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
		p = lookup(in, in->key[1].s);
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
static int close_schema(struct irkg_infer *in)
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

/* ---- step 2: what is asserted ---- */

/* Whether a rule applies to a statement with predicate `p` (NULL when no
 * axiom mentions it) and object key `okey`. */
static int wanted(struct irkg_infer *in, struct term *p, const char *okey)
{
	struct term *o;

	if (!p)
		return 0;
	if (p->superproperties.n || p->inverses.n || p->symmetric ||
	    p == in->party || p == in->subject)
		return 1;
	if (p != in->type)
		return 0;
	o = lookup(in, okey);
	return o && (o->superclasses.n || o->edge >= 0);
}

static int read_graph(struct irkg_infer *in, librdf_node *g)
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

		if (term_key(&k[1], pn)) {
			rc = IRKG_ENOMEM;
			break;
		}
		/* A predicate no axiom names is in no rule and no conclusion:
		 * most of a graph is passed over without a key. */
		p = lookup(in, k[1].s);
		if (!p) {
			in->asserted++;
			continue;
		}
		rc = term_key(&k[0], sn) || term_key(&k[2], on) ||
				     statement_key(&k[3], k[0].s, k[1].s,
						   k[2].s)
			     ? IRKG_ENOMEM
			     : IRKG_OK;
		if (rc)
			break;
		rc = see(in->seen, k[3].s);
		if (rc == 1) {
			rc = IRKG_OK;
			continue; /* a store may list a statement twice */
		}
		if (rc)
			break;
		in->asserted++;
		if (!wanted(in, p, k[2].s))
			continue;
		rc = intern(in, k[0].s, sn, &s);
		if (!rc)
			rc = intern(in, k[2].s, on, &o);
		if (!rc)
			rc = push(&in->queue, &in->n, &in->cap, s, p, o);
	}
	librdf_free_stream(stream);
	return rc;
}

/* ---- step 3: the rules ---- */

static int edge(struct irkg_infer *in, size_t e, struct term *a, struct term *b)
{
	if (a == b)
		return IRKG_OK; /* "Japan is allied with Japan" says nothing */
	return emit(in, a, in->edge_property[e], b);
}

/* Relation node r turned out to be of the class of direct_edges[e]. */
static int relation_typed(struct irkg_infer *in, struct term *r, size_t e)
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
static int relation_member(struct irkg_infer *in, struct term *r,
			   struct term *x, int is_subject)
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

static int derive(struct irkg_infer *in, const struct triple *t)
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

/* ---- one graph ---- */

int irkg_infer_is_inferred(const char *graph_iri)
{
	size_t n = strlen(IRKG_INFERRED_GRAPH);

	return strncmp(graph_iri, IRKG_INFERRED_GRAPH, n) == 0 &&
	       (graph_iri[n] == '\0' || graph_iri[n] == '/');
}

int irkg_infer_graph_name(const char *graph_iri, char **out)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t id = strlen(IRKG_ID), n = strlen(graph_iri), i;
	struct buf b = {0};
	int rc;

	*out = NULL;
	if (irkg_infer_is_inferred(graph_iri))
		return IRKG_EINVAL;
	if (strcmp(graph_iri, IRKG_ONTOLOGY_GRAPH) == 0) {
		*out = strdup(IRKG_INFERRED_GRAPH);
		return *out ? IRKG_OK : IRKG_ENOMEM;
	}
	if (strncmp(graph_iri, IRKG_ID, id) == 0 && n > id) {
		rc = buf_puts(&b, IRKG_INFERRED_GRAPH "/") ||
				     buf_puts(&b, graph_iri + id)
			     ? IRKG_ENOMEM
			     : IRKG_OK;
	} else {
		rc = buf_puts(&b, IRKG_INFERRED_GRAPH "/iri/");
		for (i = 0; i < n && !rc; i++) {
			unsigned char c = (unsigned char)graph_iri[i];
			char pct[3] = {'%', hex[c >> 4], hex[c & 15]};

			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
			    (c >= '0' && c <= '9') || strchr("-._~", c))
				rc = buf_put(&b, (const char *)&c, 1);
			else
				rc = buf_put(&b, pct, 3);
		}
	}
	if (rc) {
		free(b.s);
		return rc;
	}
	*out = b.s;
	return IRKG_OK;
}

static void reset_relation(void *payload, void *data)
{
	struct term *t = payload;

	(void)data;
	t->parties.n = 0;
	t->subjects.n = 0;
	t->edges = 0;
}

/* Forget the last graph: its terms, statements and conclusions. */
static int start_graph(struct irkg_infer *in)
{
	irkg_strmap_free(in->terms, free_term);
	irkg_strmap_free(in->seen, NULL);
	in->terms = irkg_strmap_new();
	in->seen = irkg_strmap_new();
	in->into = in->terms;
	in->head = in->n = in->n_out = 0;
	in->asserted = 0;
	/* a schema term can be a relation node too */
	irkg_strmap_each(in->schema_terms, reset_relation, NULL);
	return in->terms && in->seen ? IRKG_OK : IRKG_ENOMEM;
}

/* What graph `iri` implies, into in->out. */
static int compute(struct irkg_infer *in, const char *iri)
{
	librdf_node *g = librdf_new_node_from_uri_string(
		in->world, (const unsigned char *)iri);
	int rc = g ? start_graph(in) : IRKG_ENOMEM;

	if (!rc)
		rc = read_graph(in, g);
	while (!rc && in->head < in->n) {
		/* a copy: emit may move the queue */
		struct triple t = in->queue[in->head++];

		rc = derive(in, &t);
	}
	if (g)
		librdf_free_node(g);
	return rc;
}

/* Replace graph `target` with in->out. Inside a transaction. */
static int write_out(struct irkg_infer *in, const char *target)
{
	librdf_node *g = librdf_new_node_from_uri_string(
		in->world, (const unsigned char *)target);
	librdf_statement st;
	size_t i;
	int rc = g ? irkg_store_clear_graph(in->store, target) : IRKG_ENOMEM;

	for (i = 0; i < in->n_out && !rc; i++) {
		/* The nodes stay ours: librdf copies what it stores. */
		librdf_statement_init(in->world, &st);
		st.subject = in->out[i].s->node;
		st.predicate = in->out[i].p->node;
		st.object = in->out[i].o->node;
		if (librdf_model_context_add_statement(in->model, g, &st)) {
			irkg_ctx_log(in->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
				     "cannot add an inferred statement to "
				     "<%s>",
				     target);
			rc = IRKG_ESTORE;
		}
	}
	if (g)
		librdf_free_node(g);
	return rc;
}

/* Whether graph `target` holds in->out and nothing else. */
static int matches(struct irkg_infer *in, const char *target, int *same)
{
	irkg_strmap *want = NULL;
	librdf_node *g = NULL;
	librdf_stream *stream = NULL;
	struct buf *k = in->key;
	size_t i;
	int rc = IRKG_OK;

	*same = irkg_store_graph_size(in->store, target) == (long)in->n_out;
	if (!*same || in->n_out == 0)
		return IRKG_OK;
	want = irkg_strmap_new();
	for (i = 0; want && i < in->n_out && !rc; i++)
		if (statement_key(&k[3], in->out[i].s->key, in->out[i].p->key,
				  in->out[i].o->key) ||
		    irkg_strmap_add(want, k[3].s, (void *)1) < 0)
			rc = IRKG_ENOMEM;
	g = librdf_new_node_from_uri_string(in->world,
					    (const unsigned char *)target);
	if (!want || !g)
		rc = IRKG_ENOMEM;
	if (!rc && !(stream = librdf_model_context_as_stream(in->model, g)))
		rc = IRKG_ESTORE;
	for (; !rc && *same && !librdf_stream_end(stream);
	     librdf_stream_next(stream)) {
		librdf_statement *st = librdf_stream_get_object(stream);

		if (term_key(&k[0], librdf_statement_get_subject(st)) ||
		    term_key(&k[1], librdf_statement_get_predicate(st)) ||
		    term_key(&k[2], librdf_statement_get_object(st)) ||
		    statement_key(&k[3], k[0].s, k[1].s, k[2].s))
			rc = IRKG_ENOMEM;
		else
			*same = irkg_strmap_get(want, k[3].s) != NULL;
	}
	if (stream)
		librdf_free_stream(stream);
	if (g)
		librdf_free_node(g);
	irkg_strmap_free(want, NULL);
	return rc;
}

int irkg_infer_graph(irkg_infer *in, const char *graph_iri, long *inferred)
{
	char *target = NULL;
	int rc = irkg_infer_graph_name(graph_iri, &target);

	if (inferred)
		*inferred = 0;
	if (!rc)
		rc = compute(in, graph_iri);
	if (!rc)
		rc = write_out(in, target);
	if (rc)
		irkg_ctx_log(in->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "cannot infer from <%s>: %s", graph_iri,
			     irkg_strerror(rc));
	else if (inferred)
		*inferred = (long)in->n_out;
	free(target);
	return rc;
}

/* ---- the schema ---- */

static int setup_vocabulary(struct irkg_infer *in)
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
	for (i = 0; i < sizeof(materialised) / sizeof(materialised[0]) && !rc;
	     i++) {
		struct term *t;

		rc = intern_iri(in, materialised[i], &t);
		if (!rc)
			t->materialise = 1;
	}
	return rc;
}

int irkg_infer_new(irkg_infer **out, irkg_store *store)
{
	irkg_infer *in = calloc(1, sizeof(*in));
	int rc;

	*out = NULL;
	if (!in)
		return IRKG_ENOMEM;
	in->store = store;
	in->ctx = irkg_store_ctx(store);
	in->world = irkg_ctx_world(in->ctx);
	in->model = irkg_store_model(store);
	in->schema_terms = irkg_strmap_new();
	in->into = in->schema_terms;
	rc = in->schema_terms ? setup_vocabulary(in) : IRKG_ENOMEM;
	if (!rc)
		rc = read_axioms(in);
	if (!rc)
		rc = close_schema(in);
	if (!rc)
		rc = start_graph(in);
	if (rc) {
		irkg_ctx_log(in->ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "cannot read the ontology's axioms: %s",
			     irkg_strerror(rc));
		irkg_infer_free(in);
		return rc;
	}
	*out = in;
	return IRKG_OK;
}

void irkg_infer_free(irkg_infer *in)
{
	size_t i;

	if (!in)
		return;
	/* data terms first: schema terms' relation lists point at them */
	irkg_strmap_free(in->terms, free_term);
	irkg_strmap_free(in->schema_terms, free_term);
	irkg_strmap_free(in->seen, NULL);
	free(in->schema.v);
	free(in->queue);
	free(in->out);
	for (i = 0; i < sizeof(in->key) / sizeof(in->key[0]); i++)
		free(in->key[i].s);
	free(in);
}

/* ---- the whole store ---- */

/* The graphs of a store, split: sources[i] and its inferred graph
 * targets[i]; the inferred graphs there are. */
struct plan {
	struct irkg_graph_info *graphs;
	size_t n_graphs;
	char **sources, **targets, **journal;
	size_t n_sources, n_journal;
	irkg_strmap *is_target; /* target -> (void *)1 */
	long previous;		/* statements in the inferred graphs */
};

static void plan_free(struct plan *p)
{
	size_t i;

	/* a target named but not counted (a failure) is freed too */
	for (i = 0; p->targets && i <= p->n_sources; i++)
		free(p->targets[i]);
	free(p->sources);
	free(p->targets);
	free(p->journal);
	irkg_strmap_free(p->is_target, NULL);
	irkg_graph_info_free(p->graphs, p->n_graphs);
}

static int plan_make(struct plan *p, irkg_store *store)
{
	size_t i;
	int rc = irkg_store_graphs(store, &p->graphs, &p->n_graphs);

	if (rc)
		return rc;
	p->sources = calloc(p->n_graphs + 1, sizeof(*p->sources));
	p->targets = calloc(p->n_graphs + 1, sizeof(*p->targets));
	/* at most every inferred graph and every target */
	p->journal = calloc(2 * p->n_graphs + 1, sizeof(*p->journal));
	p->is_target = irkg_strmap_new();
	if (!p->sources || !p->targets || !p->journal || !p->is_target)
		return IRKG_ENOMEM;
	for (i = 0; i < p->n_graphs && !rc; i++) {
		char *iri = p->graphs[i].iri;

		if (irkg_infer_is_inferred(iri)) {
			p->previous += p->graphs[i].triples;
			continue;
		}
		rc = irkg_infer_graph_name(iri, &p->targets[p->n_sources]);
		if (!rc &&
		    irkg_strmap_add(p->is_target, p->targets[p->n_sources],
				    (void *)1) < 0)
			rc = IRKG_ENOMEM;
		if (!rc)
			p->sources[p->n_sources++] = iri;
	}
	return rc;
}

static void count(struct irkg_infer_result *r, const struct irkg_infer *in)
{
	r->graphs++;
	r->asserted += in->asserted;
	r->inferred += (long)in->n_out;
}

/* What to journal and rewrite: with `rebuild` every inferred graph and
 * every target; else the inferred graphs without a source and the targets
 * that differ from what their sources imply (stale[i] set). */
static int plan_journal(struct plan *p, irkg_infer *in, int rebuild,
			char *stale, struct irkg_infer_result *r)
{
	size_t i;
	int rc = IRKG_OK, same;

	for (i = 0; i < p->n_graphs; i++) {
		const char *iri = p->graphs[i].iri;

		if (irkg_infer_is_inferred(iri) &&
		    (rebuild || !irkg_strmap_get(p->is_target, iri))) {
			p->journal[p->n_journal++] = (char *)iri;
			r->repaired += !rebuild;
		}
	}
	for (i = 0; i < p->n_sources && !rc; i++) {
		if (rebuild) {
			/* computed once, when written */
			stale[i] = 1;
			if (!irkg_store_graph_size(in->store, p->targets[i]))
				p->journal[p->n_journal++] = p->targets[i];
			continue;
		}
		rc = compute(in, p->sources[i]);
		if (!rc)
			rc = matches(in, p->targets[i], &same);
		if (rc)
			break;
		count(r, in);
		stale[i] = !same;
		if (stale[i]) {
			p->journal[p->n_journal++] = p->targets[i];
			r->repaired++;
		}
	}
	return rc;
}

/* Clear every journalled graph, write the stale targets. With `rebuild`
 * the counts are taken here. */
static int plan_write(struct plan *p, irkg_infer *in, int rebuild,
		      const char *stale, struct irkg_infer_result *r)
{
	size_t i;
	int rc = IRKG_OK;

	for (i = 0; i < p->n_journal && !rc; i++)
		rc = irkg_store_clear_graph(in->store, p->journal[i]);
	for (i = 0; i < p->n_sources && !rc; i++) {
		if (!stale[i])
			continue;
		rc = irkg_infer_graph(in, p->sources[i], NULL);
		if (!rc && rebuild)
			count(r, in);
	}
	return rc;
}

int irkg_infer_all(irkg_store *store, int rebuild,
		   struct irkg_infer_result *result)
{
	struct plan p = {0};
	struct irkg_infer_result r = {0};
	irkg_infer *in = NULL;
	char *stale = NULL;
	int rc, began = 0;

	if (result)
		memset(result, 0, sizeof(*result));
	rc = plan_make(&p, store);
	if (!rc)
		rc = irkg_infer_new(&in, store);
	if (!rc && !(stale = calloc(p.n_sources + 1, 1)))
		rc = IRKG_ENOMEM;
	if (!rc)
		rc = plan_journal(&p, in, rebuild, stale, &r);
	if (!rc && p.n_journal) {
		rc = irkg_store_begin(store, (const char *const *)p.journal,
				      p.n_journal);
		began = !rc;
	}
	if (!rc && began)
		rc = plan_write(&p, in, rebuild, stale, &r);
	if (!rc && began)
		rc = irkg_store_commit(store);
	if (rc && began)
		irkg_store_rollback(store);
	if (rc)
		irkg_ctx_log(irkg_store_ctx(store), IRKG_LOG_ERROR, NULL, 0, 0,
			     "inference failed, the inferred graphs are as "
			     "they were: %s",
			     irkg_strerror(rc));
	else if (result) {
		r.axioms = in->axioms;
		r.previous = p.previous;
		*result = r;
	}
	free(stale);
	irkg_infer_free(in);
	plan_free(&p);
	return rc;
}
