/* Events and relations tables (see tables.h): one SPARQL query each, its
 * rows made plain (IRIs and lexical forms) and written as TSV, CSV or
 * JSON. */
#include "tables.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "../extract/dates.h"
#include "prefixes.h"
#include "query.h"
#include "table.h"

#define RDF_TYPE_IRI "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#define QUERY_PREFIXES                                                         \
	"PREFIX irkg: <" IRKG_NS ">\n"                                         \
	"PREFIX nif: "                                                         \
	"<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"  \
	"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"

int irkg_table_format_parse(const char *name, enum irkg_table_format *out)
{
	if (strcmp(name, "tsv") == 0)
		*out = IRKG_TABLE_TSV;
	else if (strcmp(name, "csv") == 0)
		*out = IRKG_TABLE_CSV;
	else if (strcmp(name, "json") == 0)
		*out = IRKG_TABLE_JSON;
	else
		return -1;
	return 0;
}

/* ---- writing ---- */

struct writer {
	enum irkg_table_format format;
	FILE *out;
	const char *const *columns;
	size_t n_columns;
	long rows;
};

static void put_tsv(FILE *out, const char *s)
{
	for (; *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static void put_csv(FILE *out, const char *s)
{
	if (!strpbrk(s, ",\"\n\r")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void write_header(struct writer *w)
{
	size_t i;

	if (w->format == IRKG_TABLE_JSON) {
		fputs("[", w->out);
		return;
	}
	for (i = 0; i < w->n_columns; i++) {
		if (i)
			fputc(w->format == IRKG_TABLE_TSV ? '\t' : ',', w->out);
		fputs(w->columns[i], w->out);
	}
	fputc('\n', w->out);
}

static void write_row(struct writer *w, char *const *values)
{
	size_t i;

	if (w->format == IRKG_TABLE_JSON) {
		fputs(w->rows ? ",\n  {" : "\n  {", w->out);
		for (i = 0; i < w->n_columns; i++) {
			fprintf(w->out, "%s\"%s\": ", i ? ", " : "",
				w->columns[i]);
			irkg_table_put_json(w->out, values[i]);
		}
		fputc('}', w->out);
	} else {
		for (i = 0; i < w->n_columns; i++) {
			if (i)
				fputc(w->format == IRKG_TABLE_TSV ? '\t' : ',',
				      w->out);
			if (!values[i])
				continue;
			if (w->format == IRKG_TABLE_TSV)
				put_tsv(w->out, values[i]);
			else
				put_csv(w->out, values[i]);
		}
		fputc('\n', w->out);
	}
	w->rows++;
}

static void write_footer(struct writer *w)
{
	if (w->format == IRKG_TABLE_JSON)
		fputs(w->rows ? "\n]\n" : "]\n", w->out);
}

/* ---- reading ---- */

/* A node as plain text: an IRI, or a literal's lexical form. */
static char *node_text(librdf_node *n)
{
	const char *s = NULL;

	if (!n)
		return NULL;
	if (librdf_node_is_resource(n))
		s = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
	else if (librdf_node_is_literal(n))
		s = (const char *)librdf_node_get_literal_value(n);
	return s ? strdup(s) : NULL;
}

/* The first value of `predicate` on `subject` (both IRIs) as text, or
 * NULL. Looked up here rather than with OPTIONAL: Rasqal 0.9.33 evaluates
 * an OPTIONAL's right side over the whole store for every row. */
static char *lookup(irkg_store *store, const char *subject,
		    const char *predicate)
{
	librdf_world *world = irkg_ctx_world(irkg_store_ctx(store));
	librdf_node *s, *p, *o;
	char *text = NULL;

	if (!subject)
		return NULL;
	s = librdf_new_node_from_uri_string(world,
					    (const unsigned char *)subject);
	p = librdf_new_node_from_uri_string(world,
					    (const unsigned char *)predicate);
	if (s && p) {
		o = irkg_store_get_target(store, s, p);
		if (o) {
			text = node_text(o);
			librdf_free_node(o);
		}
	}
	if (s)
		librdf_free_node(s);
	if (p)
		librdf_free_node(p);
	return text;
}

/* Turns a row of the query's values (`n_vars` of them, NULL when unbound)
 * into the table's columns (out[], malloc'd or NULL); returns the row's
 * identity (malloc'd: rows with one already written are skipped, so that a
 * fact with two evidence sentences is one row) or NULL to skip the row. */
typedef char *(*map_row_fn)(void *state, const char *const *vars, char **out);

/* Buffered rows, for sorting. */
struct row_list {
	char ***rows;
	size_t n, cap;
};

static int compare_rows_by(const char *x, const char *y)
{
	if (!x || !y)
		return !x && !y ? 0 : !x ? -1 : 1; /* missing first */
	return strcmp(x, y);
}

/* qsort has no user pointer: the column travels in the rows' first
 * slot, and the second holds the row's original index (for a stable
 * sort). */
static int compare_rows(const void *a, const void *b)
{
	char *const *x = *(char **const *)a, *const *y = *(char **const *)b;
	size_t col = (size_t)(uintptr_t)x[0];
	int c = compare_rows_by(x[col], y[col]);

	if (c)
		return c;
	return (uintptr_t)x[1] < (uintptr_t)y[1]   ? -1
	       : (uintptr_t)x[1] > (uintptr_t)y[1] ? 1
						   : 0;
}

/* One run of a table query: what each answer row goes through. */
struct table_run {
	struct writer w;
	map_row_fn map;
	void *state;
	long sort_column;
	int header_pending; /* written before the first row, or at the end */
	xmlHashTablePtr seen;
	struct row_list list;
	char **values; /* n_columns of them, for map */
};

/* Keep the mapped row `values` (taken over) for sorting on
 * `sort_column` as [sort column + 2, index, values...]. */
static int buffer_row(struct row_list *list, char **values, size_t n_columns,
		      long sort_column)
{
	char **row;
	size_t k;

	if (list->n == list->cap) {
		size_t cap = list->cap ? 2 * list->cap : 64;
		char ***grown = realloc(list->rows, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		list->rows = grown;
		list->cap = cap;
	}
	row = calloc(n_columns + 2, sizeof(*row));
	if (!row)
		return IRKG_ENOMEM;
	row[0] = (char *)(uintptr_t)((size_t)sort_column + 2);
	row[1] = (char *)(uintptr_t)list->n;
	for (k = 0; k < n_columns; k++) {
		row[k + 2] = values[k];
		values[k] = NULL;
	}
	list->rows[list->n++] = row;
	return IRKG_OK;
}

static int table_row(void *state, const char *const *vars,
		     const char *const *langs)
{
	struct table_run *t = state;
	size_t i;
	char *key;
	int rc = IRKG_OK;

	(void)langs;
	if (t->header_pending) {
		write_header(&t->w);
		t->header_pending = 0;
	}
	key = t->map(t->state, vars, t->values);
	if (key && !xmlHashLookup(t->seen, (const xmlChar *)key)) {
		if (xmlHashAddEntry(t->seen, (const xmlChar *)key, (void *)1) <
		    0)
			rc = IRKG_ENOMEM;
		else if (t->sort_column < 0)
			write_row(&t->w, t->values);
		else
			rc = buffer_row(&t->list, t->values, t->w.n_columns,
					t->sort_column);
	}
	free(key);
	for (i = 0; i < t->w.n_columns; i++) {
		free(t->values[i]);
		t->values[i] = NULL;
	}
	return rc;
}

/* Run `sparql` and write its rows through `map`; with sort_column >= 0,
 * sorted on that column (missing values first, then in query order). The
 * header is written (when `header`) once the query has run. *rows counts
 * on from its value. */
static int run_table(irkg_store *store, const char *sparql, size_t n_vars,
		     const char *const *columns, size_t n_columns,
		     map_row_fn map, void *state, long sort_column,
		     enum irkg_table_format format, FILE *out, long *rows,
		     int header)
{
	struct table_run t = {{format, out, columns, n_columns, *rows},
			      map,
			      state,
			      sort_column,
			      header,
			      xmlHashCreate(1024),
			      {NULL, 0, 0},
			      calloc(n_columns, sizeof(char *))};
	size_t i, k;
	int rc = IRKG_OK;

	if (!t.seen || !t.values) {
		rc = IRKG_ENOMEM;
		goto done;
	}
	rc = irkg_query_each_row(store, sparql, n_vars, "table", table_row, &t);
	if (rc)
		goto done;
	if (t.header_pending)
		write_header(&t.w); /* no rows */
	if (t.list.n) {
		qsort(t.list.rows, t.list.n, sizeof(*t.list.rows),
		      compare_rows);
		for (i = 0; i < t.list.n; i++)
			write_row(&t.w, t.list.rows[i] + 2);
	}
	*rows = t.w.rows;
done:
	for (i = 0; i < t.list.n; i++) {
		for (k = 0; k < n_columns; k++)
			free(t.list.rows[i][k + 2]);
		free(t.list.rows[i]);
	}
	free(t.list.rows);
	xmlHashFree(t.seen, NULL);
	free(t.values);
	return rc;
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* ---- events ---- */

/* "reported" is the article's publication date, beside the event's own */
static const char *const event_columns[] = {
	"date",		"reported", "source",  "source_state", "target",
	"target_state", "cameo",    "root",    "goldstein",    "quad_class",
	"place",	"article",  "evidence"};

static int code_ok(const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return i > 0 && i < 16;
}

int irkg_table_code_known(irkg_store *store, const char *code)
{
	static const char *const predicates[] = {
		IRKG_NS "iso3", IRKG_NS "shortCode", IRKG_NS "sourceCode",
		IRKG_NS "targetCode"};
	librdf_world *world = irkg_ctx_world(irkg_store_ctx(store));
	librdf_node *p, *o, *s;
	size_t i;
	int known = 0;

	for (i = 0; !known && i < sizeof(predicates) / sizeof(predicates[0]);
	     i++) {
		p = librdf_new_node_from_uri_string(
			world, (const unsigned char *)predicates[i]);
		o = librdf_new_node_from_literal(
			world, (const unsigned char *)code, NULL, 0);
		s = p && o ? irkg_store_get_source(store, p, o) : NULL;
		known = s != NULL;
		if (s)
			librdf_free_node(s);
		if (p)
			librdf_free_node(p);
		if (o)
			librdf_free_node(o);
	}
	return known;
}

struct event_state {
	irkg_store *store;
	const struct irkg_table_filter *filter;
	int server; /* date and place are columns 12 and 13, not looked up */
	/* rows come article by article: its date is looked up once */
	char *article, *reported;
};

/* vars: ?d ?e ?source ?source_state ?target ?target_state ?cameo ?root
 * ?goldstein ?quad_class ?article ?evidence; the dyad is the row's
 * identity. */
static char *map_event(void *state, const char *const *vars, char **out)
{
	struct event_state *st = state;
	const struct irkg_table_filter *f = st->filter;
	char *date;
	size_t i;

	if (!vars[0] || !vars[1])
		return NULL;
	if (f->actor && !(vars[3] && strcmp(vars[3], f->actor) == 0) &&
	    !(vars[5] && strcmp(vars[5], f->actor) == 0))
		return NULL;
	date = st->server ? dup_or_null(vars[12])
			  : lookup(st->store, vars[1], IRKG_NS "date");
	if (!irkg_date_in_range(date, f->from, f->to)) {
		free(date);
		return NULL;
	}
	if (vars[10] && (!st->article || strcmp(st->article, vars[10]))) {
		free(st->article);
		free(st->reported);
		st->article = strdup(vars[10]);
		st->reported =
			lookup(st->store, vars[10], IRKG_NS "publishedDate");
	}
	out[0] = date;
	out[1] = vars[10] ? dup_or_null(st->reported) : NULL;
	for (i = 1; i <= 8; i++)
		out[i + 1] = dup_or_null(vars[i + 1]);
	out[10] = st->server ? dup_or_null(vars[13])
			     : lookup(st->store, vars[1], IRKG_NS "place");
	out[11] = dup_or_null(vars[10]);
	out[12] = dup_or_null(vars[11]);
	return dup_or_null(vars[0]);
}

int irkg_table_events(irkg_store *store, const struct irkg_table_filter *f,
		      enum irkg_table_format format, FILE *out, long *rows)
{
	/* On a server a look-up per row is a round trip: the date and place
	 * come as OPTIONAL columns instead, which its engine does well
	 * (Rasqal 0.9.33 does not: see lookup). The date as STR: sorted
	 * rows give Virtuoso's own date for a gYearMonth ("2023-07-01"). */
#define EVENTS(COLUMNS, OPTIONALS)                                             \
	QUERY_PREFIXES                                                         \
	"SELECT ?d ?e ?source ?source_state ?target ?target_state "            \
	"?cameo ?root ?goldstein ?quad_class ?article ?evidence" COLUMNS "\n"  \
	"WHERE {\n"                                                            \
	"  ?e irkg:dyad ?d ; irkg:cameoCode ?cameo ;\n"                        \
	"     irkg:cameoRoot ?root ; irkg:goldstein ?goldstein ;\n"            \
	"     irkg:quadClass ?quad_class ; irkg:fromArticle ?article ;\n"      \
	"     irkg:evidence ?sentence .\n"                                     \
	"  ?d irkg:source ?source ; irkg:sourceCode ?source_state ;\n"         \
	"     irkg:target ?target ; irkg:targetCode ?target_state .\n"         \
	"  ?sentence nif:anchorOf ?evidence .\n" OPTIONALS "}\n"               \
	"ORDER BY ?article ?d ?sentence\n"
	static const char sparql[] = EVENTS("", "");
	static const char server_sparql[] =
		EVENTS(" (STR(?dv) AS ?date) ?place",
		       "  OPTIONAL { ?e irkg:date ?dv }\n"
		       "  OPTIONAL { ?e irkg:place ?place }\n");
#undef EVENTS
	struct event_state state = {store, f, !irkg_store_reads_union(store),
				    NULL, NULL};
	int rc;

	if ((f->from && !irkg_date_bound_ok(f->from)) ||
	    (f->to && !irkg_date_bound_ok(f->to)) ||
	    (f->actor && !code_ok(f->actor)))
		return IRKG_EINVAL;
	if (f->actor && !irkg_table_code_known(store, f->actor))
		return IRKG_ENOTFOUND;
	*rows = 0;
	rc = run_table(store, state.server ? server_sparql : sparql,
		       state.server ? 14 : 12, event_columns,
		       sizeof(event_columns) / sizeof(event_columns[0]),
		       map_event, &state, 0, format, out, rows, 1);
	free(state.article);
	free(state.reported);
	if (!rc) {
		struct writer w = {format, out, event_columns, 0, *rows};

		write_footer(&w);
	}
	return rc;
}

/* ---- relations ---- */

static const char *const relation_columns[] = {"type",	 "party_a", "party_b",
					       "issue",	 "start",   "end",
					       "status", "article", "evidence"};

/* The last segment of an IRI: "…/state/JPN" -> "JPN",
 * "…ontology#Alliance" -> "Alliance"; NULL stays NULL. */
static char *local_name(const char *s)
{
	const char *cut;

	if (!s)
		return NULL;
	cut = strrchr(s, '#');
	if (!cut)
		cut = strrchr(s, '/');
	return strdup(cut ? cut + 1 : s);
}

static const struct {
	const char *class_name, *type;
} relation_types[] = {
	{"Alliance", "alliance"},	  {"Dispute", "dispute"},
	{"Partnership", "partnership"},	  {"Rivalry", "rivalry"},
	{"SanctionsRegime", "sanctions"}, {"Agreement", "agreement"},
	{"RelationTrend", "trend"}};

/* Rasqal 0.9.33 joins two patterns with the same subject variable and
 * predicate ("?r irkg:party ?a . ?r irkg:party ?b") across subjects, so the
 * queries read one party per row, ordered by relation, and the rows pair
 * them up here; the other columns are looked up by subject. */
struct pairing {
	irkg_store *store;
	const char *actor; /* only rows with this party, or NULL */
	int trends;
	/* the party's code, type, status, issue, start and end are columns
	 * 4 to 9, not looked up: on a server a look-up is a round trip */
	int server;
	char *relation, *party, *code;
};

static char *code_of(irkg_store *store, const char *party)
{
	char *code = lookup(store, party, IRKG_NS "shortCode");

	return code ? code : local_name(party);
}

/* irkg_store_each_target's callback: the table type of a class, if the
 * table knows it. */
static int table_type_of(void *data, librdf_node *o)
{
	char **type = data;
	const char *iri;
	size_t i;

	if (!librdf_node_is_resource(o))
		return 0;
	iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(o));
	if (strncmp(iri, IRKG_NS, strlen(IRKG_NS)) != 0)
		return 0;
	for (i = 0; i < sizeof(relation_types) / sizeof(relation_types[0]); i++)
		if (strcmp(iri + strlen(IRKG_NS),
			   relation_types[i].class_name) == 0) {
			*type = strdup(relation_types[i].type);
			return 1;
		}
	return 0;
}

/* The table type of relation `r`, from its rdf:type among the classes
 * the table knows (inference adds superclasses), or NULL. */
static char *relation_type(irkg_store *store, const char *r)
{
	librdf_world *world = irkg_ctx_world(irkg_store_ctx(store));
	librdf_node *s, *p;
	char *type = NULL;

	s = librdf_new_node_from_uri_string(world, (const unsigned char *)r);
	p = librdf_new_node_from_uri_string(
		world, (const unsigned char *)RDF_TYPE_IRI);
	if (s && p)
		(void)irkg_store_each_target(store, s, p, table_type_of, &type);
	if (s)
		librdf_free_node(s);
	if (p)
		librdf_free_node(p);
	return type;
}

/* The table type of a class IRI the server gave, as table_type_of. */
static char *type_of_class(const char *iri)
{
	size_t i;

	if (!iri || strncmp(iri, IRKG_NS, strlen(IRKG_NS)) != 0)
		return NULL;
	for (i = 0; i < sizeof(relation_types) / sizeof(relation_types[0]); i++)
		if (strcmp(iri + strlen(IRKG_NS),
			   relation_types[i].class_name) == 0)
			return strdup(relation_types[i].type);
	return NULL;
}

/* A party's code from the server's column, as code_of. */
static char *code_from(const char *party, const char *short_code)
{
	return short_code ? strdup(short_code) : local_name(party);
}

/* vars: ?r ?p ?article ?evidence, and on a server ?code ?type ?status
 * ?issue ?start ?end */
static char *map_relation(void *state, const char *const *vars, char **out)
{
	struct pairing *p = state;
	char *status, *issue;

	if (!vars[0] || !vars[1])
		return NULL;
	if (!p->relation || strcmp(p->relation, vars[0]) != 0) {
		free(p->relation);
		free(p->party);
		free(p->code);
		p->relation = strdup(vars[0]);
		p->party = strdup(vars[1]);
		p->code = p->server ? code_from(vars[1], vars[4])
				    : code_of(p->store, vars[1]);
		return NULL; /* the first party: wait for the second */
	}
	if (!p->party || strcmp(p->party, vars[1]) == 0)
		return NULL; /* the same party again (two evidence rows) */
	out[0] = p->server ? type_of_class(vars[5])
			   : relation_type(p->store, vars[0]);
	if (!out[0])
		return NULL; /* a type of no table column */
	out[1] = p->code ? strdup(p->code) : NULL;
	out[2] = p->server ? code_from(vars[1], vars[4])
			   : code_of(p->store, vars[1]);
	if (p->actor && !(out[1] && strcmp(out[1], p->actor) == 0) &&
	    !(out[2] && strcmp(out[2], p->actor) == 0))
		return NULL; /* the caller frees out[] */
	status = p->server ? dup_or_null(vars[6])
			   : lookup(p->store, vars[0],
				    p->trends ? IRKG_NS "trend"
					      : IRKG_NS "status");
	issue = p->server ? dup_or_null(vars[7])
			  : lookup(p->store, vars[0], IRKG_NS "issue");
	out[3] = local_name(issue);
	free(issue);
	out[4] = p->server
			 ? dup_or_null(vars[8])
			 : lookup(p->store, vars[0],
				  p->trends ? IRKG_NS "date" : IRKG_NS "start");
	out[5] = p->server ? dup_or_null(vars[9])
			   : lookup(p->store, vars[0], IRKG_NS "end");
	out[6] = local_name(status); /* a status, or a trend's direction */
	free(status);
	if (out[6] && out[6][0] >= 'A' && out[6][0] <= 'Z')
		out[6][0] = (char)(out[6][0] - 'A' + 'a');
	out[7] = dup_or_null(vars[2]);
	out[8] = dup_or_null(vars[3]);
	return strdup(vars[0]);
}

int irkg_table_relations(irkg_store *store, const struct irkg_table_filter *f,
			 enum irkg_table_format format, FILE *out, long *rows)
{
	/* On a server the looked-up values come as OPTIONAL columns, as for
	 * the events table. A relation has one type the table knows; a row
	 * per type would only repeat it (the first row is kept). */
#define RELATIONS(PARTY, COLUMNS, OPTIONALS)                                   \
	QUERY_PREFIXES                                                         \
	"SELECT ?r ?p ?article ?evidence" COLUMNS "\n"                         \
	"WHERE {\n"                                                            \
	"  ?r irkg:" PARTY " ?p ; irkg:fromArticle ?article ;\n"               \
	"     irkg:evidence ?sentence .\n"                                     \
	"  ?sentence nif:anchorOf ?evidence .\n" OPTIONALS "}\n"               \
	"ORDER BY ?r ?p ?sentence\n"
#define SERVER_COLUMNS " ?code ?type ?status ?issue ?start ?end"
#define SERVER_OPTIONALS(STATUS, START)                                        \
	"  OPTIONAL { ?p irkg:shortCode ?code }\n"                             \
	"  OPTIONAL { ?r rdf:type ?type FILTER(?type IN (irkg:Alliance, "      \
	"irkg:Dispute, irkg:Partnership, irkg:Rivalry, irkg:SanctionsRegime, " \
	"irkg:Agreement, irkg:RelationTrend)) }\n"                             \
	"  OPTIONAL { ?r irkg:" STATUS " ?status }\n"                          \
	"  OPTIONAL { ?r irkg:issue ?issue }\n"                                \
	"  OPTIONAL { ?r irkg:" START " ?start }\n"                            \
	"  OPTIONAL { ?r irkg:end ?end }\n"
	static const char *const queries[] = {RELATIONS("party", "", ""),
					      RELATIONS("dyadMember", "", "")};
	static const char *const server_queries[] = {
		RELATIONS("party", SERVER_COLUMNS,
			  SERVER_OPTIONALS("status", "start")),
		RELATIONS("dyadMember", SERVER_COLUMNS,
			  SERVER_OPTIONALS("trend", "date"))};
#undef SERVER_OPTIONALS
#undef SERVER_COLUMNS
#undef RELATIONS
	struct pairing pairing = {.store = store,
				  .actor = f->actor,
				  .server = !irkg_store_reads_union(store)};
	size_t q;
	int rc = IRKG_OK;

	if (f->actor && !code_ok(f->actor))
		return IRKG_EINVAL;
	if (f->actor && !irkg_table_code_known(store, f->actor))
		return IRKG_ENOTFOUND;
	*rows = 0;
	for (q = 0; q < 2 && !rc; q++) {
		pairing.trends = q == 1;
		rc = run_table(
			store, pairing.server ? server_queries[q] : queries[q],
			pairing.server ? 10 : 4, relation_columns,
			sizeof(relation_columns) / sizeof(relation_columns[0]),
			map_relation, &pairing, -1, format, out, rows, q == 0);
	}
	free(pairing.relation);
	free(pairing.party);
	free(pairing.code);
	if (!rc) {
		struct writer w = {format, out, relation_columns, 0, *rows};

		write_footer(&w);
	}
	return rc;
}
