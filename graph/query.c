/* Running SPARQL against the store: the user's queries with their answers
 * written out, and irkg's own queries row by row. */
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "graph_scope.h"
#include "results.h"
#include "query.h"
#include "table.h"
#include "virtuoso.h"

static const char *const results_formats[] = {"table", "csv", "tsv", "json",
					      "xml"};

int irkg_query_is_results_format(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(results_formats) / sizeof(results_formats[0]);
	     i++)
		if (strcmp(name, results_formats[i]) == 0)
			return 1;
	return 0;
}

/* Execute `query` (whose text is `text`, already parsed by librdf). librdf
 * hands Rasqal every graph of the store before a query runs, and Rasqal
 * runs GRAPH ?g { ... } once for each: a query that names no graph is run
 * with the list hidden, one whose GRAPH patterns can match only some
 * graphs with those listed (graph_scope.h). */
static librdf_query_results *execute(irkg_store *store, librdf_query *query,
				     const char *text)
{
	librdf_query_results *results;
	char *scope = NULL;
	int limited;

	if (irkg_store_query_language(store)) /* the server runs it */
		return librdf_model_query_execute(irkg_store_model(store),
						  query);
	if (!irkg_sparql_names_graphs(text, strlen(text)))
		limited = irkg_store_list_graphs(store, 0) == IRKG_OK;
	else
		limited = irkg_graph_scope(store, text, &scope) == IRKG_OK &&
			  scope &&
			  irkg_store_scope_graphs(store, scope) == IRKG_OK;
	free(scope);
	results = librdf_model_query_execute(irkg_store_model(store), query);
	if (limited)
		(void)irkg_store_list_graphs(store, 1);
	return results;
}

/* The query for `text` on this store, or NULL. Rasqal parses it first,
 * so that a mistake is reported with its line and column whatever the
 * store. With `for_engine`, a store with its own engine then gets the text
 * to run; without, the query returned is Rasqal's, which only checked the
 * text (the module's must be run before it is freed, virtuoso.c). */
static librdf_query *new_query(irkg_store *store, const char *text,
			       int for_engine)
{
	librdf_world *world = irkg_ctx_world(irkg_store_ctx(store));
	const char *language = irkg_store_query_language(store);
	librdf_query *query =
		librdf_new_query(world, "sparql11-query", NULL,
				 (const unsigned char *)text, NULL);
	char *server_text = NULL;

	if (!query || !language || !for_engine)
		return query;
	librdf_free_query(query);
	if (irkg_virtuoso_query_text(text, &server_text))
		return NULL;
	query = librdf_new_query(world, language, NULL,
				 (const unsigned char *)server_text, NULL);
	free(server_text);
	return query;
}

/* Whether the query `text` is a SELECT or an ASK on a store with its own
 * engine, whose answer irkg_store_server_select gives. */
static int server_select(irkg_store *store, const char *text)
{
	const char *form = irkg_sparql_form(text, strlen(text));

	return irkg_store_query_language(store) && form &&
	       (strcmp(form, "SELECT") == 0 || strcmp(form, "ASK") == 0);
}

int irkg_query_run(irkg_store *store, const char *text,
		   const struct irkg_query_options *options, FILE *out,
		   long *rows)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	struct irkg_sparql_issue issue;
	librdf_query *query = NULL;
	librdf_query_results *results = NULL;
	irkg_answer *answer = NULL;
	char *prepared = NULL, error[512];
	const char *source = options->source ? options->source : "query";
	int line_offset = 0, fast, rc;

	*rows = 0;
	if (irkg_sparql_check(text, strlen(text), &issue)) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, source, issue.line,
			     issue.column, "%s is not supported: %s",
			     issue.feature, issue.advice);
		return IRKG_EUNSUPPORTED;
	}
	rc = irkg_sparql_prepare(text, options->bindings, options->n_bindings,
				 &prepared, &line_offset, error, sizeof(error));
	if (rc) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, source, 0, 0, "%s", error);
		return rc;
	}
	if (options->engine_text && irkg_store_query_language(store)) {
		/* checked as Rasqal's above; the engine's text runs */
		free(prepared);
		prepared = NULL;
		source = options->engine_source ? options->engine_source
						: source;
		rc = irkg_sparql_prepare(options->engine_text,
					 options->bindings, options->n_bindings,
					 &prepared, &line_offset, error,
					 sizeof(error));
		if (rc) {
			irkg_ctx_log(ctx, IRKG_LOG_ERROR, source, 0, 0, "%s",
				     error);
			return rc;
		}
	}
	irkg_ctx_set_input(ctx, source, line_offset);
	fast = server_select(store, prepared);
	query = new_query(store, prepared, !fast);
	if (!query) {
		if (!irkg_ctx_error_count(ctx))
			irkg_ctx_log(ctx, IRKG_LOG_ERROR, source, 0, 0,
				     "the query could not be parsed");
		rc = IRKG_EPARSE;
		goto cleanup;
	}
	if (fast) {
		rc = irkg_store_server_select(store, prepared, &answer);
		if (rc == IRKG_ENOMEM)
			goto cleanup;
		if (rc) {
			if (!irkg_ctx_error_count(ctx))
				irkg_ctx_log(ctx, IRKG_LOG_ERROR, source, 0, 0,
					     "the query failed to run");
			rc = IRKG_EPARSE;
			goto cleanup;
		}
	} else if (!(results = execute(store, query, prepared))) {
		if (!irkg_ctx_error_count(ctx))
			irkg_ctx_log(ctx, IRKG_LOG_ERROR, source, 0, 0,
				     "the query failed to run");
		rc = IRKG_EPARSE;
		goto cleanup;
	}
	if (results && librdf_query_results_is_graph(results)) {
		const char *format =
			options->format ? options->format : "turtle";
		librdf_stream *stream;

		if (irkg_query_is_results_format(format) ||
		    !irkg_export_format_name(format)) {
			irkg_ctx_log(ctx, IRKG_LOG_ERROR, source, 0, 0,
				     "CONSTRUCT and DESCRIBE give RDF: use "
				     "--format turtle|ntriples|rdfxml");
			rc = IRKG_EINVAL;
			goto cleanup;
		}
		format = irkg_export_format_name(format);
		if (strcmp(format, "nquads") == 0)
			format = "ntriples"; /* results have no graphs */
		stream = librdf_query_results_as_stream(results);
		if (!stream) {
			rc = IRKG_ESTORE;
			goto cleanup;
		}
		rc = irkg_export_stream(ctx, stream, format, out);
		librdf_free_stream(stream);
	} else {
		const char *format = options->format	 ? options->format
				     : options->terminal ? "table"
							 : "tsv";

		if (!irkg_query_is_results_format(format)) {
			irkg_ctx_log(
				ctx, IRKG_LOG_ERROR, source, 0, 0,
				"SELECT and ASK give a table: use --format "
				"table|csv|tsv|json|xml");
			rc = IRKG_EINVAL;
			goto cleanup;
		}
		if (!answer && (rc = irkg_answer_from_results(
					&answer, results,
					!irkg_store_query_language(store))))
			goto cleanup;
		if (strcmp(format, "table") == 0 &&
		    !irkg_answer_is_boolean(answer))
			rc = irkg_table_write(answer, out, rows);
		else
			rc = irkg_results_write(ctx, answer, prepared, format,
						out, rows);
		if (rc)
			goto cleanup;
		if (fflush(out) != 0 || ferror(out))
			rc = IRKG_EIO;
	}
	if (!rc && irkg_ctx_error_count(ctx))
		rc = IRKG_EPARSE;
cleanup:
	irkg_answer_free(answer);
	if (results)
		librdf_free_query_results(results);
	if (query)
		librdf_free_query(query);
	free(prepared);
	return rc;
}

/* A node as plain text in *text and a literal's language in *lang (both
 * malloc'd or NULL); IRKG_ENOMEM when a copy fails. */
static int node_text(librdf_node *node, char **text, char **lang)
{
	const char *s = NULL, *language = NULL;

	*text = *lang = NULL;
	if (!node)
		return IRKG_OK;
	if (librdf_node_is_resource(node)) {
		s = (const char *)librdf_uri_as_string(
			librdf_node_get_uri(node));
	} else if (librdf_node_is_literal(node)) {
		s = (const char *)librdf_node_get_literal_value(node);
		language = librdf_node_get_literal_value_language(node);
	}
	if (s && !(*text = strdup(s)))
		return IRKG_ENOMEM;
	if (language && !(*lang = strdup(language)))
		return IRKG_ENOMEM;
	return IRKG_OK;
}

int irkg_query_each_row(irkg_store *store, const char *sparql, size_t n_vars,
			const char *name, irkg_query_row_fn row, void *state)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	librdf_query *query = NULL;
	librdf_query_results *results = NULL;
	irkg_answer *answer = NULL;
	char **values = calloc(n_vars, sizeof(*values));
	char **langs = calloc(n_vars, sizeof(*langs));
	size_t i;
	int rc = IRKG_OK;

	if (!values || !langs) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	query = new_query(store, sparql, 0);
	if (query && irkg_store_query_language(store))
		rc = irkg_store_server_select(store, sparql, &answer);
	else if (query && (results = execute(store, query, sparql)))
		rc = irkg_answer_from_results(&answer, results, 1);
	if (!answer && rc != IRKG_ENOMEM) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "the %s query failed", name);
		rc = IRKG_ESTORE;
	}
	for (; answer && !rc && !irkg_answer_finished(answer);
	     irkg_answer_next(answer)) {
		for (i = 0; i < n_vars && !rc; i++) {
			librdf_node *node = irkg_answer_value(answer, (int)i);

			rc = node_text(node, &values[i], &langs[i]);
			if (node)
				librdf_free_node(node);
		}
		/* C will not turn char ** into const char *const * alone. */
		if (!rc)
			rc = row(state, (const char *const *)values,
				 (const char *const *)langs);
		for (i = 0; i < n_vars; i++) {
			free(values[i]);
			free(langs[i]);
			values[i] = langs[i] = NULL;
		}
	}
cleanup:
	irkg_answer_free(answer);
	if (results)
		librdf_free_query_results(results);
	if (query)
		librdf_free_query(query);
	free(values);
	free(langs);
	return rc;
}
