/* irkg serve: the SPARQL 1.1 Protocol, the canned queries, the tables and
 * the networks over HTTP, read-only, on libmicrohttpd.
 *
 * One thread answers the requests, one at a time, each on a store opened
 * for it: the Redland world is not shared between threads, and the LMDB
 * store's readers take no lock, so an ingest in another process goes on
 * and the next request sees what it committed. Every query has a time
 * limit (503 past it), a size and a nesting limit checked before Rasqal
 * sees the text (its parser recurses), and an answer limit. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <microhttpd.h>

#include "../graph/network.h"
#include "../graph/query.h"
#include "../graph/sparql.h"
#include "../graph/tables.h"
#include "cli.h"
#include "http.h"
#include "render.h"

#define MAX_QUERY_BYTES (64 * 1024)
#define MAX_QUERY_DEPTH 64
#define MAX_BODY_BYTES (MAX_QUERY_BYTES * 4) /* urlencoded, escaped */
#define MAX_ANSWER_BYTES ((size_t)256 << 20)

struct server {
	struct cli *cli;
	const char *spec;
	double timeout;
	irkg_ctx *ctx;	   /* the server's own: its messages go to `errors` */
	char errors[4096]; /* the request's error messages */
	size_t n_errors;
	char base[64]; /* http://HOST:PORT */
};

/* A request's body as it arrives. */
struct upload {
	char *data;
	size_t length;
	int too_large;
};

static void on_message(void *user_data, enum irkg_log_level level,
		       const char *file, int line, int column,
		       const char *message)
{
	struct server *sv = user_data;
	char where[256] = "";
	int n;

	if (level == IRKG_LOG_INFO)
		return;
	if (line > 0 && column > 0)
		snprintf(where, sizeof(where), "line %d, column %d: ", line,
			 column);
	else if (line > 0)
		snprintf(where, sizeof(where), "line %d: ", line);
	(void)file; /* the query has no file name here */
	n = snprintf(sv->errors + sv->n_errors,
		     sizeof(sv->errors) - sv->n_errors, "%s%s%s",
		     sv->n_errors ? "\n" : "", where, message);
	if (n > 0)
		sv->n_errors = sv->n_errors + (size_t)n < sizeof(sv->errors)
				       ? sv->n_errors + (size_t)n
				       : sizeof(sv->errors) - 1;
}

static const char *errors_or(const struct server *sv, const char *fallback)
{
	return sv->n_errors ? sv->errors : fallback;
}

static const char *arg(struct MHD_Connection *c, const char *name)
{
	const char *v =
		MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);

	return v && *v ? v : NULL;
}

/* The store for one request. */
static int open_store(struct server *sv, struct MHD_Connection *c,
		      irkg_store **store)
{
	if (irkg_store_open(store, sv->ctx, sv->spec, IRKG_STORE_READ, 0) ==
	    IRKG_OK) {
		if (sv->timeout > 0)
			(void)irkg_store_set_time_limit(*store, sv->timeout);
		return 0;
	}
	http_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, "the store %s: %s",
		   sv->spec, errors_or(sv, "cannot be opened"));
	return -1;
}

static enum MHD_Result timed_out(const struct server *sv,
				 struct MHD_Connection *c)
{
	return http_error(c, MHD_HTTP_SERVICE_UNAVAILABLE,
			  "the request ran past the server's time limit (%g "
			  "s) and was stopped; narrow it (a bound state or "
			  "date, LIMIT)",
			  sv->timeout);
}

/* ---- SPARQL ---- */

static const char *const results_types[] = {"application/sparql-results+json",
					    "application/sparql-results+xml",
					    "text/csv",
					    "text/tab-separated-values",
					    "application/json",
					    "application/xml"};
static const char *const results_formats[] = {"json", "xml",  "csv",
					      "tsv",  "json", "xml"};
static const char *const graph_types[] = {
	"text/turtle", "application/n-triples", "application/rdf+xml"};
static const char *const graph_formats[] = {"turtle", "ntriples", "rdfxml"};

/* Run `text` (bindings filled in for canned queries) and reply. */
static enum MHD_Result run_query(struct server *sv, struct MHD_Connection *c,
				 const char *text, const char *engine_text,
				 const struct irkg_sparql_binding *bindings,
				 size_t n_bindings, const char *source)
{
	const char *accept =
		MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept");
	const char *form = irkg_sparql_form(text, strlen(text));
	int graph = form && (strcmp(form, "CONSTRUCT") == 0 ||
			     strcmp(form, "DESCRIBE") == 0);
	const char *const *types = graph ? graph_types : results_types;
	const char *const *formats = graph ? graph_formats : results_formats;
	size_t n_types = graph ? 3 : 6, i;
	const char *type = http_negotiate(accept, types, n_types);
	struct irkg_query_options qo = {source, bindings,    n_bindings, NULL,
					0,	engine_text, source};
	struct irkg_sparql_issue issue;
	struct http_buffer out;
	irkg_store *store;
	long rows = 0;
	char *body;
	size_t length;
	int rc;

	if (strlen(text) > MAX_QUERY_BYTES)
		return http_error(c, MHD_HTTP_CONTENT_TOO_LARGE,
				  "the query is %zu bytes; irkg serve takes "
				  "at most %d",
				  strlen(text), MAX_QUERY_BYTES);
	if (irkg_sparql_depth(text, strlen(text)) > MAX_QUERY_DEPTH)
		return http_error(c, MHD_HTTP_BAD_REQUEST,
				  "the query nests brackets more than %d "
				  "deep; irkg serve refuses it before parsing",
				  MAX_QUERY_DEPTH);
	if (irkg_sparql_check(text, strlen(text), &issue) &&
	    strncmp(issue.feature, "SPARQL Update", 13) == 0)
		return http_error(c, MHD_HTTP_FORBIDDEN,
				  "%s: this endpoint is read-only; change the "
				  "store with irkg ingest, load or drop",
				  issue.feature);
	if (!type)
		return http_error(c, MHD_HTTP_NOT_ACCEPTABLE,
				  "no acceptable format: this answer can be "
				  "%s%s%s",
				  types[0], graph ? ", " : ", ",
				  graph ? types[1] : types[3]);
	for (i = 0; i < n_types; i++)
		if (types[i] == type)
			qo.format = formats[i];
	if (open_store(sv, c, &store))
		return MHD_YES;
	if (http_buffer_open(&out, MAX_ANSWER_BYTES)) {
		irkg_store_free(store);
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "out of memory");
	}
	rc = irkg_query_run(store, text, &qo, out.file, &rows);
	if (irkg_store_timed_out(store)) {
		irkg_store_free(store);
		http_buffer_discard(&out);
		return timed_out(sv, c);
	}
	irkg_store_free(store);
	if (rc) {
		int full = out.full;

		http_buffer_discard(&out);
		if (full)
			return http_error(c, MHD_HTTP_CONTENT_TOO_LARGE,
					  "the answer is larger than %zu MB; "
					  "add a LIMIT",
					  MAX_ANSWER_BYTES >> 20);
		return http_error(c,
				  rc == IRKG_EPARSE ||
						  rc == IRKG_EUNSUPPORTED ||
						  rc == IRKG_EINVAL
					  ? MHD_HTTP_BAD_REQUEST
					  : MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "%s", errors_or(sv, irkg_strerror(rc)));
	}
	body = http_buffer_take(&out, &length);
	if (!body)
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "out of memory");
	return http_reply(c, MHD_HTTP_OK, type, body, length);
}

/* GET /sparql without a query: the service description (SPARQL 1.1
 * Service Description), in Turtle. */
static enum MHD_Result describe_service(struct server *sv,
					struct MHD_Connection *c)
{
	char *body = NULL;
	int n = asprintf(
		&body,
		"@prefix sd: "
		"<http://www.w3.org/ns/sparql-service-description#> .\n"
		"@prefix f: <http://www.w3.org/ns/formats/> .\n\n"
		"<%s/sparql> a sd:Service ;\n"
		"  sd:endpoint <%s/sparql> ;\n"
		"  sd:supportedLanguage sd:SPARQL11Query ;\n"
		"  sd:feature sd:UnionDefaultGraph ;\n"
		"  sd:resultFormat f:SPARQL_Results_JSON, "
		"f:SPARQL_Results_XML,\n"
		"    f:SPARQL_Results_CSV, f:SPARQL_Results_TSV, f:Turtle,\n"
		"    f:N-Triples, f:RDF_XML .\n",
		sv->base, sv->base);

	if (n < 0)
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "out of memory");
	return http_reply(c, MHD_HTTP_OK, "text/turtle", body, (size_t)n);
}

/* The value of `name` in an application/x-www-form-urlencoded body,
 * decoded (malloc'd), or NULL. */
static char *form_value(const char *body, size_t length, const char *name)
{
	size_t nlen = strlen(name), i = 0;

	while (i < length) {
		const char *pair = body + i,
			   *end = memchr(pair, '&', length - i);
		size_t plen = end ? (size_t)(end - pair) : length - i;

		if (plen > nlen && strncmp(pair, name, nlen) == 0 &&
		    pair[nlen] == '=') {
			char *value = strndup(pair + nlen + 1, plen - nlen - 1);
			size_t k;

			if (!value)
				return NULL;
			for (k = 0; value[k]; k++)
				if (value[k] == '+')
					value[k] = ' ';
			MHD_http_unescape(value);
			return value;
		}
		i += plen + 1;
	}
	return NULL;
}

static enum MHD_Result serve_sparql(struct server *sv, struct MHD_Connection *c,
				    const char *method, struct upload *up)
{
	const char *type =
		MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
	char *query = NULL;
	enum MHD_Result ok;

	if (strcmp(method, "GET") == 0) {
		if (arg(c, "update"))
			return http_error(c, MHD_HTTP_FORBIDDEN,
					  "this endpoint is read-only: no "
					  "SPARQL Update");
		if (!arg(c, "query"))
			return describe_service(sv, c);
		return run_query(sv, c, arg(c, "query"), NULL, NULL, 0,
				 "query");
	}
	if (up->too_large)
		return http_error(c, MHD_HTTP_CONTENT_TOO_LARGE,
				  "the request body is over %d bytes",
				  MAX_BODY_BYTES);
	if (type && strncasecmp(type, "application/sparql-update", 25) == 0)
		return http_error(c, MHD_HTTP_FORBIDDEN,
				  "this endpoint is read-only: no SPARQL "
				  "Update");
	if (type && strncasecmp(type, "application/sparql-query", 24) == 0) {
		query = strndup(up->data ? up->data : "", up->length);
	} else if (type &&
		   strncasecmp(type, "application/x-www-form-urlencoded", 33) ==
			   0) {
		char *update = form_value(up->data, up->length, "update");

		if (update) {
			free(update);
			return http_error(c, MHD_HTTP_FORBIDDEN,
					  "this endpoint is read-only: no "
					  "SPARQL Update");
		}
		query = form_value(up->data, up->length, "query");
		if (!query && arg(c, "query"))
			query = strdup(arg(c, "query"));
	} else {
		return http_error(c, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
				  "POST a query as application/sparql-query "
				  "or as application/x-www-form-urlencoded "
				  "query=...");
	}
	if (!query)
		return http_error(c, MHD_HTTP_BAD_REQUEST,
				  "no query: give query=... or the query "
				  "itself as the body");
	ok = run_query(sv, c, query, NULL, NULL, 0, "query");
	free(query);
	return ok;
}

/* ---- canned queries ---- */

static int read_file(const char *path, char **text)
{
	FILE *f = fopen(path, "r");
	size_t length;

	*text = NULL;
	if (!f)
		return -1;
	*text = cli_read_stream(f, MAX_QUERY_BYTES, &length);
	fclose(f);
	return *text ? 0 : -1;
}

static void json_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('"', out);
	for (; *p; p++)
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	fputc('"', out);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static enum MHD_Result list_queries(struct MHD_Connection *c, const char *dir)
{
	char *names[512], path[PATH_MAX + 300];
	size_t n = 0, i, j, length;
	struct http_buffer out;
	struct dirent *e;
	DIR *d = opendir(dir);
	char *body;

	if (!d || http_buffer_open(&out, MAX_ANSWER_BYTES)) {
		if (d)
			closedir(d);
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "no canned queries found");
	}
	while ((e = readdir(d)) && n < sizeof(names) / sizeof(names[0])) {
		size_t len = strlen(e->d_name);

		if (len > 3 && strcmp(e->d_name + len - 3, ".rq") == 0 &&
		    (names[n] = strndup(e->d_name, len - 3)))
			n++;
	}
	closedir(d);
	qsort(names, n, sizeof(*names), compare_names);
	fputs("{\"queries\": [", out.file);
	for (i = 0; i < n; i++) {
		struct irkg_sparql_param *params = NULL;
		size_t n_params = 0;
		char *text, *title;

		snprintf(path, sizeof(path), "%s/%s.rq", dir, names[i]);
		title = read_file(path, &text) == 0 ? irkg_sparql_title(text)
						    : NULL;
		fprintf(out.file, "%s\n {\"name\": ", i ? "," : "");
		json_string(out.file, names[i]);
		fputs(", \"title\": ", out.file);
		json_string(out.file, title ? title : "");
		fputs(", \"params\": [", out.file);
		if (text &&
		    irkg_sparql_params_read(text, &params, &n_params) == 0)
			for (j = 0; j < n_params; j++) {
				fprintf(out.file,
					"%s{\"name\": ", j ? ", " : "");
				json_string(out.file, params[j].name);
				fputs(", \"default\": ", out.file);
				if (params[j].default_value)
					json_string(out.file,
						    params[j].default_value);
				else
					fputs("null", out.file);
				fputs(", \"description\": ", out.file);
				json_string(out.file, params[j].description);
				fputc('}', out.file);
			}
		fputs("]}", out.file);
		irkg_sparql_params_free(params, n_params);
		free(title);
		free(text);
		free(names[i]);
	}
	fputs("\n]}\n", out.file);
	body = http_buffer_take(&out, &length);
	if (!body)
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "out of memory");
	return http_reply(c, MHD_HTTP_OK, "application/json", body, length);
}

struct bindings {
	struct irkg_sparql_binding v[64];
	size_t n;
};

static enum MHD_Result collect_binding(void *cls, enum MHD_ValueKind kind,
				       const char *key, const char *value)
{
	struct bindings *b = cls;

	(void)kind;
	if (b->n < 64 && key && value) {
		b->v[b->n].name = key;
		b->v[b->n].value = value;
		b->n++;
	}
	return MHD_YES;
}

static enum MHD_Result serve_canned(struct server *sv, struct MHD_Connection *c,
				    const char *dir, const char *name)
{
	char path[PATH_MAX + 300], engine_path[PATH_MAX + 320];
	char *text, *engine_text;
	struct bindings b = {.n = 0};
	enum MHD_Result ok;
	size_t i;

	for (i = 0; name[i]; i++)
		if (!(name[i] == '-' || name[i] == '_' ||
		      (name[i] >= 'a' && name[i] <= 'z') ||
		      (name[i] >= '0' && name[i] <= '9')))
			return http_error(c, MHD_HTTP_NOT_FOUND,
					  "no canned query '%s' (see /queries)",
					  name);
	snprintf(path, sizeof(path), "%s/%s.rq", dir, name);
	if (read_file(path, &text))
		return http_error(c, MHD_HTTP_NOT_FOUND,
				  "no canned query '%s' (see /queries)", name);
	if (cli_engine_query(path, MAX_QUERY_BYTES, &engine_text, engine_path,
			     sizeof(engine_path))) {
		free(text);
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "cannot read %s", engine_path);
	}
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_binding,
				  &b);
	ok = run_query(sv, c, text, engine_text, b.v, b.n, name);
	free(text);
	free(engine_text);
	return ok;
}

/* ---- tables and networks ---- */

static enum MHD_Result serve_table(struct server *sv, struct MHD_Connection *c,
				   int events)
{
	static const char *const types[] = {"text/tab-separated-values",
					    "text/csv", "application/json"};
	static const enum irkg_table_format formats[] = {
		IRKG_TABLE_TSV, IRKG_TABLE_CSV, IRKG_TABLE_JSON};
	const char *accept =
		MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept");
	const char *type = http_negotiate(accept, types, 3);
	struct irkg_table_filter filter = {arg(c, "from"), arg(c, "to"),
					   arg(c, "actor")};
	enum irkg_table_format format = IRKG_TABLE_TSV;
	struct http_buffer out;
	irkg_store *store;
	long rows = 0;
	size_t i, length;
	char *body;
	int rc;

	if (arg(c, "format")) {
		if (irkg_table_format_parse(arg(c, "format"), &format))
			return http_error(c, MHD_HTTP_BAD_REQUEST,
					  "format is tsv, csv or json");
		type = types[format == IRKG_TABLE_TSV	? 0
			     : format == IRKG_TABLE_CSV ? 1
							: 2];
	} else if (!type) {
		return http_error(c, MHD_HTTP_NOT_ACCEPTABLE,
				  "a table is text/tab-separated-values, "
				  "text/csv or application/json");
	} else {
		for (i = 0; i < 3; i++)
			if (types[i] == type)
				format = formats[i];
	}
	if (open_store(sv, c, &store))
		return MHD_YES;
	if (http_buffer_open(&out, MAX_ANSWER_BYTES)) {
		irkg_store_free(store);
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "out of memory");
	}
	rc = events ? irkg_table_events(store, &filter, format, out.file, &rows)
		    : irkg_table_relations(store, &filter, format, out.file,
					   &rows);
	if (irkg_store_timed_out(store)) {
		irkg_store_free(store);
		http_buffer_discard(&out);
		return timed_out(sv, c);
	}
	irkg_store_free(store);
	if (rc) {
		http_buffer_discard(&out);
		if (rc == IRKG_EINVAL)
			return http_error(c, MHD_HTTP_BAD_REQUEST,
					  "from and to are YYYY, YYYY-MM or "
					  "YYYY-MM-DD; actor a code (USA, "
					  "NATO)");
		if (rc == IRKG_ENOTFOUND)
			return http_error(c, MHD_HTTP_NOT_FOUND,
					  "no state or organisation has the "
					  "code '%s'",
					  filter.actor);
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "%s",
				  errors_or(sv, irkg_strerror(rc)));
	}
	body = http_buffer_take(&out, &length);
	if (!body)
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "out of memory");
	return http_reply(c, MHD_HTTP_OK, type, body, length);
}

static enum MHD_Result serve_network(struct server *sv,
				     struct MHD_Connection *c)
{
	static const char *const types[] = {
		"text/vnd.graphviz", "application/graphml+xml",
		"application/gexf+xml", "application/json"};
	const char *name = arg(c, "format") ? arg(c, "format") : "json";
	struct irkg_network_filter filter = {
		arg(c, "from"), arg(c, "to"), arg(c, "actors"), 0, 0, 0};
	const char *picture = strcmp(name, "svg") == 0	 ? "image/svg+xml"
			      : strcmp(name, "png") == 0 ? "image/png"
							 : NULL;
	enum irkg_network_format format = IRKG_NETWORK_JSON;
	char why[512] = "";
	struct http_buffer out;
	irkg_network *net = NULL;
	irkg_store *store;
	size_t length;
	char *body;
	int rc;

	if (!picture && irkg_network_format_parse(name, &format))
		return http_error(c, MHD_HTTP_BAD_REQUEST,
				  "format is json, dot, graphml, gexf, svg or "
				  "png");
	if (arg(c, "kind") &&
	    irkg_network_kinds_parse(arg(c, "kind"), &filter.kinds))
		return http_error(c, MHD_HTTP_BAD_REQUEST,
				  "kind is a list of alliance, dispute, "
				  "agreement, cooperation, conflict");
	if (arg(c, "min-weight"))
		filter.min_weight = strtod(arg(c, "min-weight"), NULL);
	filter.igos = arg(c, "igos") && strcmp(arg(c, "igos"), "0") != 0;
	if (open_store(sv, c, &store))
		return MHD_YES;
	rc = irkg_network_build(&net, store, &filter);
	if (irkg_store_timed_out(store)) {
		irkg_store_free(store);
		irkg_network_free(net);
		return timed_out(sv, c);
	}
	irkg_store_free(store);
	if (rc == IRKG_EINVAL)
		return http_error(c, MHD_HTTP_BAD_REQUEST,
				  "from and to are YYYY, YYYY-MM or "
				  "YYYY-MM-DD; actors a list of codes");
	if (rc)
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "%s",
				  errors_or(sv, irkg_strerror(rc)));
	if (http_buffer_open(&out, MAX_ANSWER_BYTES)) {
		irkg_network_free(net);
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "out of memory");
	}
	/* a picture is drawn as `irkg network --render` draws it */
	rc = picture ? cli_network_render(net, name, out.file, why, sizeof(why))
		     : irkg_network_write(net, format, out.file);
	irkg_network_free(net);
	body = rc ? NULL : http_buffer_take(&out, &length);
	if (!body) {
		http_buffer_discard(&out);
		return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
				  "cannot draw the network%s%s",
				  *why ? ": " : "", why);
	}
	return http_reply(c, MHD_HTTP_OK, picture ? picture : types[format],
			  body, length);
}

/* GET /: the page. */
static enum MHD_Result serve_page(struct MHD_Connection *c)
{
	char dir[PATH_MAX], path[PATH_MAX + 32], *body;
	size_t length;
	FILE *f;

	if (cli_data_path("IRKG_WWW", "www", dir, sizeof(dir)))
		return http_error(c, MHD_HTTP_NOT_FOUND,
				  "the page is not installed (set IRKG_WWW to "
				  "the www/ directory)");
	snprintf(path, sizeof(path), "%s/index.html", dir);
	f = fopen(path, "r");
	body = f ? cli_read_stream(f, MAX_ANSWER_BYTES, &length) : NULL;
	if (f)
		fclose(f);
	if (!body)
		return http_error(c, MHD_HTTP_NOT_FOUND,
				  "the page is not installed (%s)", path);
	return http_reply(c, MHD_HTTP_OK, "text/html; charset=utf-8", body,
			  length);
}

/* ---- dispatch ---- */

static enum MHD_Result route(struct server *sv, struct MHD_Connection *c,
			     const char *url, const char *method,
			     struct upload *up)
{
	int get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
	int post = strcmp(method, "POST") == 0;
	char dir[PATH_MAX];

	if (strcmp(method, "OPTIONS") == 0)
		return http_reply(c, MHD_HTTP_NO_CONTENT, NULL, NULL, 0);
	if (!get && !post)
		return http_error(c, MHD_HTTP_METHOD_NOT_ALLOWED,
				  "%s is not served: use GET or POST", method);
	if (strcmp(url, "/sparql") == 0)
		return serve_sparql(sv, c, get ? "GET" : "POST", up);
	if (!get)
		return http_error(c, MHD_HTTP_METHOD_NOT_ALLOWED,
				  "POST is for /sparql only");
	if (strcmp(url, "/") == 0 || strcmp(url, "/index.html") == 0)
		return serve_page(c);
	if (strcmp(url, "/events") == 0 || strcmp(url, "/relations") == 0)
		return serve_table(sv, c, url[1] == 'e');
	if (strcmp(url, "/network") == 0)
		return serve_network(sv, c);
	if (strcmp(url, "/queries") == 0 || strncmp(url, "/queries/", 9) == 0) {
		if (cli_data_path("IRKG_QUERIES", "queries", dir, sizeof(dir)))
			return http_error(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
					  "no canned queries found");
		return url[8] == '/' ? serve_canned(sv, c, dir, url + 9)
				     : list_queries(c, dir);
	}
	return http_error(c, MHD_HTTP_NOT_FOUND,
			  "no such path: %s (the API: /sparql, /queries, "
			  "/queries/NAME, /events, /relations, /network, /)",
			  url);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
				  const char *url, const char *method,
				  const char *version, const char *upload_data,
				  size_t *upload_data_size, void **state)
{
	struct server *sv = cls;
	struct upload *up = *state;
	struct timespec t0, t1;
	enum MHD_Result ok;

	(void)version;
	if (!up) { /* the headers: start collecting the body */
		up = calloc(1, sizeof(*up));
		*state = up;
		return up ? MHD_YES : MHD_NO;
	}
	if (*upload_data_size) {
		if (up->length + *upload_data_size > MAX_BODY_BYTES) {
			up->too_large = 1;
		} else {
			char *grown = realloc(
				up->data, up->length + *upload_data_size + 1);

			if (!grown)
				return MHD_NO;
			up->data = grown;
			memcpy(up->data + up->length, upload_data,
			       *upload_data_size);
			up->length += *upload_data_size;
			up->data[up->length] = '\0';
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	sv->n_errors = 0;
	sv->errors[0] = '\0';
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ok = route(sv, c, url, method, up);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!sv->cli->quiet)
		fprintf(stderr, "%s serve: %s %s %.0f ms\n", sv->cli->program,
			method, url,
			(double)(t1.tv_sec - t0.tv_sec) * 1e3 +
				(double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
	return ok;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **state,
			 enum MHD_RequestTerminationCode why)
{
	struct upload *up = *state;

	(void)cls;
	(void)c;
	(void)why;
	if (up)
		free(up->data);
	free(up);
	*state = NULL;
}

/* "HOST:PORT", "PORT" or ":PORT" into an IPv4 address. */
static int parse_listen(const char *text, struct sockaddr_in *addr)
{
	const char *colon = strrchr(text, ':');
	char host[64] = "127.0.0.1", *end;
	long port;

	if (colon && colon != text) {
		if ((size_t)(colon - text) >= sizeof(host))
			return -1;
		memcpy(host, text, (size_t)(colon - text));
		host[colon - text] = '\0';
	}
	port = strtol(colon ? colon + 1 : text, &end, 10);
	if (*end || port < 0 || port > 65535)
		return -1;
	memset(addr, 0, sizeof(*addr));
	addr->sin_family = AF_INET;
	addr->sin_port = htons((uint16_t)port);
	if (strcmp(host, "localhost") == 0)
		snprintf(host, sizeof(host), "127.0.0.1");
	return inet_pton(AF_INET, host, &addr->sin_addr) == 1 ? 0 : -1;
}

int cmd_serve(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"listen", required_argument, NULL, 'l'},
		{"timeout", required_argument, NULL, 't'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	struct server sv = {.cli = cli, .timeout = 30};
	const char *listen = "127.0.0.1:3030";
	struct sockaddr_in addr;
	struct MHD_Daemon *daemon;
	const union MHD_DaemonInfo *info;
	irkg_store *store = NULL;
	sigset_t stop;
	char *end, text[INET_ADDRSTRLEN];
	int opt, signal_number;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "l:t:h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'l':
			listen = optarg;
			break;
		case 't':
			sv.timeout = strtod(optarg, &end);
			if (*end || end == optarg || sv.timeout < 0 ||
			    sv.timeout > 86400) {
				cli_error(cli, "serve",
					  "--timeout wants seconds (0 to "
					  "86400; 0: no limit), not '%s'",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'h':
			return cli_help("serve");
		default:
			return cli_usage_error(cli, "serve");
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, "serve");
	if (parse_listen(listen, &addr)) {
		cli_error(cli, "serve",
			  "--listen wants HOST:PORT with an IPv4 address "
			  "(127.0.0.1:3030), not '%s'",
			  listen);
		return EXIT_USAGE;
	}
	sv.spec = cli_store_spec(cli);
	/* Is the store there? Say so now, not at the first request. */
	if (cli_open_store(cli, IRKG_STORE_READ, &store))
		return EXIT_STORE;
	irkg_store_free(store);
	/* librdf loads a storage module (sqlite, postgresql, virtuoso) into
	 * the first world only: the request thread's world is made when the
	 * command's is gone, so that it gets them. */
	irkg_ctx_free(cli->ctx);
	cli->ctx = NULL;
	if (irkg_ctx_new(&sv.ctx, on_message, &sv)) {
		cli_error(cli, "serve", "cannot start Redland");
		return EXIT_FAIL;
	}
	/* The daemon's thread inherits this mask: the signals come here. */
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	daemon = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, 0, NULL,
		NULL, on_request, &sv, MHD_OPTION_SOCK_ADDR, &addr,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60, MHD_OPTION_END);
	if (!daemon) {
		cli_error(cli, "serve",
			  "cannot listen on %s (%s): is another server "
			  "there?",
			  listen, strerror(errno));
		irkg_ctx_free(sv.ctx);
		return EXIT_FAIL;
	}
	info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
	inet_ntop(AF_INET, &addr.sin_addr, text, sizeof(text));
	snprintf(sv.base, sizeof(sv.base), "http://%s:%u", text,
		 info ? (unsigned)info->port : (unsigned)ntohs(addr.sin_port));
	fprintf(stderr,
		"%s serve: listening on %s/ (SPARQL at %s/sparql) for store "
		"%s; Ctrl-C stops\n",
		cli->program, sv.base, sv.base, sv.spec);
	sigwait(&stop, &signal_number);
	MHD_stop_daemon(daemon);
	irkg_ctx_free(sv.ctx);
	if (!cli->quiet)
		fprintf(stderr, "%s serve: stopped\n", cli->program);
	return EXIT_OK;
}
