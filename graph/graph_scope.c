/* Which graphs a query's GRAPH patterns can match (see graph_scope.h).
 *
 * The query is parsed by Rasqal itself and its pattern tree walked. A
 * GRAPH <iri> pattern needs its graph listed. A GRAPH ?g pattern is
 * narrowed by one triple of its required part (its own basic patterns and
 * those of its group, not those under OPTIONAL, UNION or MINUS) that has a
 * constant IRI as subject or object: a row needs that triple in graph ?g,
 * so the graphs of the statements matching it are all that can give rows.
 * Anything the walk does not understand leaves every graph listed. */
#include "graph_scope.h"

#include <stdlib.h>
#include <string.h>

#include <redland.h>

#include "strmap.h"

struct scope {
	irkg_store *store;
	librdf_world *world;
	irkg_strmap *seen; /* the graph IRIs in `list` */
	char *list;	   /* newline-separated */
	size_t n, cap;
	int all; /* cannot narrow: list every graph */
	int rc;
};

static void add_graph(struct scope *sc, const char *iri)
{
	size_t len = strlen(iri);
	int rc = irkg_strmap_add(sc->seen, iri, (void *)1);

	if (rc < 0) {
		sc->rc = IRKG_ENOMEM;
		return;
	}
	if (rc == 1)
		return;
	if (sc->n + len + 2 > sc->cap) {
		size_t cap = sc->cap ? sc->cap : 1024;
		char *grown;

		while (sc->n + len + 2 > cap)
			cap *= 2;
		grown = realloc(sc->list, cap);
		if (!grown) {
			sc->rc = IRKG_ENOMEM;
			return;
		}
		sc->list = grown;
		sc->cap = cap;
	}
	memcpy(sc->list + sc->n, iri, len);
	sc->n += len;
	sc->list[sc->n++] = '\n';
	sc->list[sc->n] = '\0';
}

static int is_iri(rasqal_literal *l)
{
	return l && rasqal_literal_get_type(l) == RASQAL_LITERAL_URI;
}

/* The node for a pattern part: a constant IRI's node, NULL for anything
 * else (a variable, or a literal, which is left unbound: the scope only
 * grows). */
static librdf_node *part_node(struct scope *sc, rasqal_literal *l)
{
	if (!is_iri(l))
		return NULL;
	return librdf_new_node_from_uri_string(sc->world,
					       rasqal_literal_as_string(l));
}

/* The graphs of the statements matching triple t. */
static void add_graphs_of(struct scope *sc, rasqal_triple *t)
{
	librdf_node *s = part_node(sc, t->subject),
		    *p = part_node(sc, t->predicate),
		    *o = part_node(sc, t->object);
	librdf_statement *pattern =
		librdf_new_statement_from_nodes(sc->world, s, p, o);
	librdf_stream *stream = NULL;
	long matches = 0;

	if (!pattern) {
		sc->rc = IRKG_ENOMEM;
		return;
	}
	stream = librdf_model_find_statements(irkg_store_model(sc->store),
					      pattern);
	if (!stream)
		sc->all = 1;
	for (; stream && !librdf_stream_end(stream) && !sc->rc && !sc->all;
	     librdf_stream_next(stream)) {
		librdf_node *g = librdf_stream_get_context2(stream);

		if (++matches > IRKG_GRAPH_SCOPE_MAX)
			sc->all = 1;
		else if (g && librdf_node_is_resource(g))
			add_graph(sc, (const char *)librdf_uri_as_string(
					      librdf_node_get_uri(g)));
	}
	if (stream)
		librdf_free_stream(stream);
	librdf_free_statement(pattern);
}

/* The most selective constant-bearing triple of a basic pattern, or
 * NULL: one with a constant subject, else one with a constant object. */
static rasqal_triple *anchor_of(rasqal_graph_pattern *basic,
				rasqal_triple *best)
{
	rasqal_triple *t;
	int i;

	for (i = 0; (t = rasqal_graph_pattern_get_triple(basic, i)); i++) {
		if (is_iri(t->subject) && !(best && is_iri(best->subject)))
			best = t;
		else if (is_iri(t->object) && !best)
			best = t;
	}
	return best;
}

/* A GRAPH ?g pattern: narrow by its required part, or give up. */
static void narrow(struct scope *sc, rasqal_graph_pattern *graph)
{
	rasqal_graph_pattern *sub, *child;
	rasqal_triple *best = NULL;
	int i, j;

	for (i = 0;
	     (sub = rasqal_graph_pattern_get_sub_graph_pattern(graph, i));
	     i++) {
		rasqal_graph_pattern_operator op =
			rasqal_graph_pattern_get_operator(sub);

		if (op == RASQAL_GRAPH_PATTERN_OPERATOR_BASIC)
			best = anchor_of(sub, best);
		if (op != RASQAL_GRAPH_PATTERN_OPERATOR_GROUP)
			continue;
		for (j = 0; (child = rasqal_graph_pattern_get_sub_graph_pattern(
				     sub, j));
		     j++)
			if (rasqal_graph_pattern_get_operator(child) ==
			    RASQAL_GRAPH_PATTERN_OPERATOR_BASIC)
				best = anchor_of(child, best);
	}
	if (!best)
		sc->all = 1;
	else
		add_graphs_of(sc, best);
}

static void walk(struct scope *sc, rasqal_graph_pattern *gp)
{
	rasqal_graph_pattern *sub;
	int i;

	if (!gp || sc->all || sc->rc)
		return;
	if (rasqal_graph_pattern_get_operator(gp) ==
	    RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH) {
		rasqal_literal *origin = rasqal_graph_pattern_get_origin(gp);

		if (is_iri(origin))
			add_graph(sc, (const char *)rasqal_literal_as_string(
					      origin));
		else if (origin && rasqal_literal_get_type(origin) ==
					   RASQAL_LITERAL_VARIABLE)
			narrow(sc, gp);
		else
			sc->all = 1;
	}
	for (i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i));
	     i++)
		walk(sc, sub);
}

int irkg_graph_scope(irkg_store *store, const char *text, char **iris)
{
	struct scope sc = {0};
	rasqal_world *rw;
	rasqal_query *q = NULL;

	*iris = NULL;
	sc.store = store;
	sc.world = irkg_ctx_world(irkg_store_ctx(store));
	sc.seen = irkg_strmap_new();
	rw = librdf_world_get_rasqal(sc.world);
	if (!sc.seen)
		return IRKG_ENOMEM;
	if (rw)
		q = rasqal_new_query(rw, "sparql11-query", NULL);
	/* The caller has had librdf parse the text already, so this parse
	 * succeeds; if it did not, every graph would be listed. */
	if (!q || rasqal_query_prepare(q, (const unsigned char *)text, NULL))
		sc.all = 1;
	else
		walk(&sc, rasqal_query_get_query_graph_pattern(q));
	if (q)
		rasqal_free_query(q);
	irkg_strmap_free(sc.seen, NULL);
	if (sc.rc || sc.all) {
		free(sc.list);
		return sc.rc;
	}
	*iris = sc.list ? sc.list : strdup("");
	return *iris ? IRKG_OK : IRKG_ENOMEM;
}
