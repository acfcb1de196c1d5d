/* Events and relations tables (see tables.h): one SPARQL query each, its
 * rows made plain (IRIs and lexical forms) and written as TSV, CSV or
 * JSON. */
#include "tables.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "prefixes.h"

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

static void put_json(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
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
			if (values[i])
				put_json(w->out, values[i]);
			else
				fputs("null", w->out);
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

/* Turns a row of the query's values (`n_vars` of them, NULL when unbound)
 * into the table's columns (out[], malloc'd or NULL); returns the row's
 * identity (malloc'd: rows with one already written are skipped, so that a
 * fact with two evidence sentences is one row) or NULL to skip the row. */
typedef char *(*map_row_fn)(void *state, char **vars, char **out);

/* Run `sparql` and write its rows through `map`. */
static int run_table(irkg_store *store, const char *sparql, size_t n_vars,
		     const char *const *columns, size_t n_columns,
		     map_row_fn map, void *state, enum irkg_table_format format,
		     FILE *out, long *rows, int header)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	librdf_query *query;
	librdf_query_results *results;
	xmlHashTablePtr seen = xmlHashCreate(1024);
	struct writer w = {format, out, columns, n_columns, *rows};
	char **vars = calloc(n_vars, sizeof(*vars));
	char **values = calloc(n_columns, sizeof(*values));
	size_t i;
	int rc = IRKG_OK;

	if (!seen || !vars || !values) {
		xmlHashFree(seen, NULL);
		free(vars);
		free(values);
		return IRKG_ENOMEM;
	}
	query = librdf_new_query(irkg_ctx_world(ctx), "sparql11-query", NULL,
				 (const unsigned char *)sparql, NULL);
	results = query ? librdf_model_query_execute(irkg_store_model(store),
						     query)
			: NULL;
	if (!results) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "the table query failed");
		rc = IRKG_ESTORE;
		goto done;
	}
	if (header)
		write_header(&w);
	for (; !librdf_query_results_finished(results);
	     librdf_query_results_next(results)) {
		char *key;

		for (i = 0; i < n_vars; i++) {
			librdf_node *n = librdf_query_results_get_binding_value(
				results, (int)i);

			vars[i] = node_text(n);
			if (n)
				librdf_free_node(n);
		}
		key = map(state, vars, values);
		if (key && !xmlHashLookup(seen, (const xmlChar *)key)) {
			xmlHashAddEntry(seen, (const xmlChar *)key, (void *)1);
			write_row(&w, values);
		}
		free(key);
		for (i = 0; i < n_vars; i++) {
			free(vars[i]);
			vars[i] = NULL;
		}
		for (i = 0; i < n_columns; i++) {
			free(values[i]);
			values[i] = NULL;
		}
	}
	*rows = w.rows;
done:
	if (results)
		librdf_free_query_results(results);
	if (query)
		librdf_free_query(query);
	xmlHashFree(seen, NULL);
	free(vars);
	free(values);
	return rc;
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* ---- events ---- */

static const char *const event_columns[] = {
	"date",		"source", "source_state", "target",
	"target_state", "cameo",  "root",	  "goldstein",
	"quad_class",	"place",  "article",	  "evidence"};

static int two_digits(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* YYYY, YYYY-MM or YYYY-MM-DD */
static int date_ok(const char *s)
{
	size_t n = strlen(s), i;

	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-'
				       : (s[i] < '0' || s[i] > '9'))
			return 0;
	if (n >= 7 && (two_digits(s + 5) < 1 || two_digits(s + 5) > 12))
		return 0;
	if (n == 10 && (two_digits(s + 8) < 1 || two_digits(s + 8) > 31))
		return 0;
	return 1;
}

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

/* ?d first (the dyad: the row's identity), then the columns in order. */
static char *map_event(void *state, char **vars, char **out)
{
	size_t i;

	for (i = 0; i < 12; i++)
		out[i] = dup_or_null(vars[i + 1]);
	return dup_or_null(vars[0]);
}

int irkg_table_events(irkg_store *store, const struct irkg_events_filter *f,
		      enum irkg_table_format format, FILE *out, long *rows)
{
	char sparql[4096], filters[512] = "";
	size_t used = 0;
	int rc;

	if ((f->from && !date_ok(f->from)) || (f->to && !date_ok(f->to)) ||
	    (f->actor && !code_ok(f->actor)))
		return IRKG_EINVAL;
	if (f->from)
		used += (size_t)snprintf(
			filters + used, sizeof(filters) - used,
			"  FILTER(SUBSTR(STR(?date), 1, %zu) >= \"%s\")\n",
			strlen(f->from), f->from);
	if (f->to)
		used += (size_t)snprintf(
			filters + used, sizeof(filters) - used,
			"  FILTER(SUBSTR(STR(?date), 1, %zu) <= \"%s\")\n",
			strlen(f->to), f->to);
	if (f->actor)
		snprintf(filters + used, sizeof(filters) - used,
			 "  FILTER(?source_state = \"%s\" || ?target_state = "
			 "\"%s\")\n",
			 f->actor, f->actor);
	/* Required parts first, then the optional date and place: Rasqal
	 * evaluates OPTIONAL once per row on the left. */
	snprintf(sparql, sizeof(sparql),
		 QUERY_PREFIXES
		 "SELECT ?d ?date ?source ?source_state ?target ?target_state "
		 "?cameo ?root ?goldstein ?quad_class ?place ?article "
		 "?evidence\n"
		 "WHERE {\n"
		 "  ?e irkg:dyad ?d ; irkg:cameoCode ?cameo ;\n"
		 "     irkg:cameoRoot ?root ; irkg:goldstein ?goldstein ;\n"
		 "     irkg:quadClass ?quad_class ; irkg:fromArticle ?article "
		 ";\n"
		 "     irkg:evidence ?sentence .\n"
		 "  ?d irkg:source ?source ; irkg:sourceCode ?source_state ;\n"
		 "     irkg:target ?target ; irkg:targetCode ?target_state .\n"
		 "  ?sentence nif:anchorOf ?evidence .\n"
		 "  OPTIONAL { ?e irkg:date ?date }\n"
		 "  OPTIONAL { ?e irkg:place ?place }\n"
		 "%s"
		 "}\n"
		 "ORDER BY ?date ?article ?d ?sentence\n",
		 filters);
	*rows = 0;
	rc = run_table(store, sparql, 13, event_columns,
		       sizeof(event_columns) / sizeof(event_columns[0]),
		       map_event, NULL, format, out, rows, 1);
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
 * them up here. */
struct pairing {
	char *relation, *party, *code;
};

static char *code_of(const char *party, const char *short_code)
{
	return short_code ? strdup(short_code) : local_name(party);
}

/* vars: ?r ?p ?class ?status ?article ?evidence ?c ?issue ?start ?end
 * (the trends query has no ?issue and ?end: NULL) */
static char *map_relation(void *state, char **vars, char **out)
{
	struct pairing *p = state;
	char *key, *name;
	size_t i;

	if (!vars[0] || !vars[1] || !vars[2])
		return NULL;
	if (!p->relation || strcmp(p->relation, vars[0]) != 0) {
		free(p->relation);
		free(p->party);
		free(p->code);
		p->relation = strdup(vars[0]);
		p->party = strdup(vars[1]);
		p->code = code_of(vars[1], vars[6]);
		return NULL; /* the first party: wait for the second */
	}
	if (!p->party || strcmp(p->party, vars[1]) == 0)
		return NULL; /* the same party again (two evidence rows) */
	name = local_name(vars[2]);
	for (i = 0;
	     name && i < sizeof(relation_types) / sizeof(relation_types[0]);
	     i++)
		if (strcmp(name, relation_types[i].class_name) == 0)
			break;
	free(name);
	if (i == sizeof(relation_types) / sizeof(relation_types[0]))
		return NULL; /* a type of no table column */
	out[0] = strdup(relation_types[i].type);
	out[1] = p->code ? strdup(p->code) : NULL;
	out[2] = code_of(vars[1], vars[6]);
	out[3] = local_name(vars[7]);
	out[4] = dup_or_null(vars[8]);
	out[5] = dup_or_null(vars[9]);
	out[6] = local_name(vars[3]); /* a status, or a trend's direction */
	if (out[6] && out[6][0] >= 'A' && out[6][0] <= 'Z')
		out[6][0] = (char)(out[6][0] - 'A' + 'a');
	out[7] = dup_or_null(vars[4]);
	out[8] = dup_or_null(vars[5]);
	key = strdup(vars[0]);
	return key;
}

int irkg_table_relations(irkg_store *store, enum irkg_table_format format,
			 FILE *out, long *rows)
{
	static const struct {
		size_t n_vars;
		const char *text;
	} queries[] = {
		{10, QUERY_PREFIXES
		 "SELECT ?r ?p ?class ?status ?article ?evidence ?c ?issue "
		 "?start ?end\n"
		 "WHERE {\n"
		 "  ?r irkg:party ?p ; irkg:status ?status ; rdf:type ?class "
		 ";\n"
		 "     irkg:fromArticle ?article ; irkg:evidence ?sentence .\n"
		 "  ?sentence nif:anchorOf ?evidence .\n"
		 "  OPTIONAL { ?p irkg:shortCode ?c }\n"
		 "  OPTIONAL { ?r irkg:issue ?issue }\n"
		 "  OPTIONAL { ?r irkg:start ?start }\n"
		 "  OPTIONAL { ?r irkg:end ?end }\n"
		 "}\n"
		 "ORDER BY ?r ?p ?sentence\n"},
		{10, QUERY_PREFIXES
		 "SELECT ?r ?p ?class ?status ?article ?evidence ?c ?issue "
		 "?start ?end\n"
		 "WHERE {\n"
		 "  ?r irkg:dyadMember ?p ; irkg:trend ?status ; rdf:type "
		 "?class ;\n"
		 "     irkg:fromArticle ?article ; irkg:evidence ?sentence .\n"
		 "  ?sentence nif:anchorOf ?evidence .\n"
		 "  OPTIONAL { ?p irkg:shortCode ?c }\n"
		 "  OPTIONAL { ?r irkg:issue ?issue }\n"
		 "  OPTIONAL { ?r irkg:date ?start }\n"
		 "  OPTIONAL { ?r irkg:end ?end }\n"
		 "}\n"
		 "ORDER BY ?r ?p ?sentence\n"}};
	struct pairing pairing = {0};
	size_t q;
	int rc = IRKG_OK;

	*rows = 0;
	for (q = 0; q < 2 && !rc; q++)
		rc = run_table(
			store, queries[q].text, queries[q].n_vars,
			relation_columns,
			sizeof(relation_columns) / sizeof(relation_columns[0]),
			map_relation, &pairing, format, out, rows, q == 0);
	free(pairing.relation);
	free(pairing.party);
	free(pairing.code);
	if (!rc) {
		struct writer w = {format, out, relation_columns, 0, *rows};

		write_footer(&w);
	}
	return rc;
}
