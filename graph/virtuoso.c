/* Redland's Virtuoso storage module as an irkg store (virtuoso.h).
 *
 * The module talks to Virtuoso over ODBC. Its find_statements reads only
 * one graph (the storage's name), so everything irkg reads across graphs
 * goes to Virtuoso as SPARQL through the module's own query engine
 * ("vsparql"), which hands the text to Virtuoso unchanged. */
#define _GNU_SOURCE
#include <ctype.h>
#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "spec.h"
#include "virtuoso.h"

#define MODULE_FILE "/librdf_storage_virtuoso.so"

/* Virtuoso's own graphs in a new database. */
static const char *const system_graphs[] = {
	"http://www.openlinksw.com/schemas/virtrdf#",
	"http://www.w3.org/ns/ldp#",
	"http://localuriqaserver/sparql",
};

#define N_SYSTEM (sizeof(system_graphs) / sizeof(system_graphs[0]))

int irkg_virtuoso_put_options(librdf_hash *options, const char *spec)
{
	static const char *const irkg_only[] = {"http", NULL};
	static const char *const defaults[][2] = {{"dsn", IRKG_VIRTUOSO_DSN},
						  {"user", "dba"},
						  {"password", "dba"}};
	size_t i;
	int rc = irkg_spec_put_options(options, spec, irkg_only);

	for (i = 0; i < sizeof(defaults) / sizeof(defaults[0]) && !rc; i++) {
		char *given = irkg_spec_field(spec, defaults[i][0]);

		if (!given && librdf_hash_put_strings(options, defaults[i][0],
						      defaults[i][1]))
			rc = IRKG_ENOMEM;
		free(given);
	}
	return rc;
}

/* A query in the module's language, or NULL when librdf has none. It
 * must be run before it is freed: the module's engine frees a connection
 * that only running it takes. */
static librdf_query *probe_query(librdf_world *world)
{
	return librdf_new_query(world, IRKG_VIRTUOSO_QUERY_LANGUAGE, NULL,
				(const unsigned char *)"SELECT (1 AS ?one) {}",
				NULL);
}

/* dl_iterate_phdr's callback: the path of the loaded module. */
static int find_module(struct dl_phdr_info *info, size_t size, void *data)
{
	const char **path = data;
	size_t n = info->dlpi_name ? strlen(info->dlpi_name) : 0;
	size_t m = strlen(MODULE_FILE);

	(void)size;
	if (n >= m && strcmp(info->dlpi_name + n - m, MODULE_FILE) == 0) {
		*path = info->dlpi_name;
		return 1;
	}
	return 0;
}

int irkg_virtuoso_connect(librdf_world *world, librdf_model *model)
{
	const char *path = NULL;
	void *module;
	void (*init)(librdf_world *) = NULL;
	librdf_query *query = NULL;
	librdf_query_results *results;

	dl_iterate_phdr(find_module, &path);
	/* RTLD_NOLOAD: the module librdf loaded, not a second copy;
	 * RTLD_NODELETE: kept mapped when librdf closes it, so that
	 * LeakSanitizer can still name it at exit */
	module = path ? dlopen(path, RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE)
		      : NULL;
	if (!module)
		return IRKG_EUNSUPPORTED;
	*(void **)&init = dlsym(module, "librdf_init_query_virtuoso");
	dlclose(module); /* librdf still holds it */
	/* The module's size is a count on the server that fails cleanly
	 * without one; its query engine would crash. */
	if (librdf_model_size(model) < 0)
		return IRKG_ENOTFOUND;
	query = probe_query(world);
	if (!query && init) {
		init(world);
		query = probe_query(world);
	}
	if (!query)
		return IRKG_EUNSUPPORTED;
	results = librdf_model_query_execute(model, query);
	if (results)
		librdf_free_query_results(results);
	librdf_free_query(query);
	return results ? IRKG_OK : IRKG_ENOTFOUND;
}

struct reply {
	char *bytes;
	size_t len, cap;
	int failed;
};

/* raptor_www's write handler: the reply's bytes, kept in memory. */
static void keep_bytes(raptor_www *www, void *data, const void *ptr,
		       size_t size, size_t nmemb)
{
	struct reply *r = data;
	size_t n = size * nmemb;

	(void)www;
	if (r->failed || n == 0)
		return;
	if (r->len + n + 1 > r->cap) {
		size_t cap = (r->len + n + 1) * 2;
		char *grown = realloc(r->bytes, cap);

		if (!grown) {
			r->failed = 1;
			return;
		}
		r->bytes = grown;
		r->cap = cap;
	}
	memcpy(r->bytes + r->len, ptr, n);
	r->len += n;
	r->bytes[r->len] = '\0';
}

/* "http://ENDPOINT/sparql?query=" and the query, percent-encoded where
 * a query component needs it (RFC 3986: '&', '=', '+' and '#' are
 * encoded, the other delimiters kept, so that the URL stays short). */
static char *endpoint_url(const char *endpoint, const char *query)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(endpoint) + 3 * strlen(query) + 32;
	char *url = malloc(n), *p;
	const unsigned char *q;

	if (!url)
		return NULL;
	p = url + snprintf(url, n, "http://%s/sparql?query=", endpoint);
	for (q = (const unsigned char *)query; *q; q++) {
		if (*q && (isalnum(*q) || strchr("-._~!$'()*,;:@/?", *q))) {
			*p++ = (char)*q;
		} else {
			*p++ = '%';
			*p++ = hex[*q >> 4];
			*p++ = hex[*q & 15];
		}
	}
	*p = '\0';
	return url;
}

int irkg_virtuoso_http_select(irkg_answer **out, librdf_world *world,
			      const char *endpoint, const char *server_text,
			      char *why, size_t why_size)
{
	raptor_world *rw = librdf_world_get_raptor(world);
	raptor_www *www = rw ? raptor_new_www(rw) : NULL;
	raptor_uri *uri = NULL;
	struct reply reply = {NULL, 0, 0, 0};
	char *url = endpoint_url(endpoint, server_text);
	int rc = IRKG_ENOMEM;

	*out = NULL;
	if (why_size)
		why[0] = '\0';
	if (url && strlen(url) > IRKG_VIRTUOSO_URL_MAX) {
		rc = IRKG_EUNSUPPORTED;
		goto cleanup;
	}
	if (!www || !url ||
	    !(uri = raptor_new_uri(rw, (const unsigned char *)url)))
		goto cleanup;
	raptor_www_set_http_accept(www, "application/sparql-results+xml");
	raptor_www_set_write_bytes_handler(www, keep_bytes, &reply);
	if (raptor_www_fetch(www, uri) || reply.failed || !reply.bytes) {
		/* Virtuoso says why in the reply's first line */
		if (reply.bytes && why_size)
			snprintf(why, why_size, "%.*s",
				 (int)strcspn(reply.bytes, "\r\n"),
				 reply.bytes);
		rc = reply.failed ? IRKG_ENOMEM : IRKG_ESTORE;
		goto cleanup;
	}
	rc = irkg_answer_from_xml(out, world, reply.bytes, reply.len);
	if (rc == IRKG_EPARSE && why_size)
		snprintf(why, why_size, "its reply is not SPARQL results XML");
cleanup:
	if (uri)
		raptor_free_uri(uri);
	if (www)
		raptor_free_www(www);
	free(reply.bytes);
	free(url);
	return rc;
}

int irkg_virtuoso_is_system_graph(const char *iri)
{
	size_t i;

	for (i = 0; i < N_SYSTEM; i++)
		if (strcmp(iri, system_graphs[i]) == 0)
			return 1;
	return 0;
}

/* Whether text[i] starts the token 1/0 (or 1 / 0) outside a word. */
static size_t division_by_zero(const char *text, size_t i)
{
	size_t j = i + 1;

	if (text[i] != '1' || (i > 0 && (isalnum((unsigned char)text[i - 1]) ||
					 strchr("_.?$:", text[i - 1]))))
		return 0;
	while (text[j] == ' ')
		j++;
	if (text[j++] != '/')
		return 0;
	while (text[j] == ' ')
		j++;
	if (text[j] != '0' || isalnum((unsigned char)text[j + 1]) ||
	    text[j + 1] == '.')
		return 0;
	return j + 1 - i;
}

/* Length of an IRI reference "<…>" at text[i], or 0 for a '<' that is
 * an operator. */
static size_t iri_length(const char *text, size_t i)
{
	size_t j = i + 1;

	while (text[j] && text[j] != '>' && !isspace((unsigned char)text[j]) &&
	       text[j] != '<')
		j++;
	return text[j] == '>' && j > i + 1 ? j + 1 - i : 0;
}

struct buffer {
	char *text;
	size_t used, cap;
};

static int append(struct buffer *b, const char *text, size_t len)
{
	if (b->used + len + 1 > b->cap) {
		size_t cap = (b->cap + len + 1) * 2;
		char *grown = realloc(b->text, cap);

		if (!grown)
			return IRKG_ENOMEM;
		b->text = grown;
		b->cap = cap;
	}
	memcpy(b->text + b->used, text, len);
	b->used += len;
	b->text[b->used] = '\0';
	return IRKG_OK;
}

/* Length of the string literal at sparql[i], quotes included. */
static size_t string_length(const char *sparql, size_t i, size_t n)
{
	char quote = sparql[i];
	size_t len = 1;

	while (i + len < n && sparql[i + len] != quote) {
		if (sparql[i + len] == '\\' && i + len + 1 < n)
			len++;
		len++;
	}
	return i + len < n ? len + 1 : len;
}

/* Whether the word `word` (upper case) starts at text[i], alone. */
static int word_at(const char *text, size_t i, const char *word)
{
	size_t n = strlen(word), k;

	if (i > 0 && (isalnum((unsigned char)text[i - 1]) ||
		      strchr("_?$:", text[i - 1])))
		return 0;
	for (k = 0; k < n; k++)
		if (toupper((unsigned char)text[i + k]) != word[k])
			return 0;
	return !isalnum((unsigned char)text[i + n]) && text[i + n] != '_';
}

#define NOT_THERE ((size_t)-1)

/* Where the keyword `word` (upper case) stands in `text` outside braces,
 * brackets, strings, IRIs and comments: its first place, or its last with
 * `last`; NOT_THERE when it is not there. A word before ':' is a prefix
 * (PREFIX ask: <…>), not the keyword. */
static size_t top_level_word(const char *text, const char *word, int last)
{
	size_t n = strlen(text), i, len, found = NOT_THERE;
	int depth = 0;

	for (i = 0; i < n; i += len) {
		char c = text[i];

		len = 1;
		if (c == '"' || c == '\'')
			len = string_length(text, i, n);
		else if (c == '#')
			len = strcspn(text + i, "\n");
		else if (c == '<' && (len = iri_length(text, i)))
			;
		else if (c == '{' || c == '(')
			depth++;
		else if (c == '}' || c == ')')
			depth--;
		else if (depth == 0 && word_at(text, i, word) &&
			 text[i + strlen(word)] != ':') {
			found = i;
			if (!last)
				break;
		}
		if (len == 0)
			len = 1;
	}
	return found;
}

/* Where the first SELECT and the last GROUP and ORDER outside braces and
 * brackets start in `text` (strings, IRIs and comments skipped); 0 for
 * one that is not there. */
static void top_level_words(const char *text, size_t *select, size_t *group,
			    size_t *order)
{
	*select = top_level_word(text, "SELECT", 0);
	*group = top_level_word(text, "GROUP", 1);
	*order = top_level_word(text, "ORDER", 1);
	if (*select == NOT_THERE)
		*select = 0;
	if (*group == NOT_THERE)
		*group = 0;
	if (*order == NOT_THERE)
		*order = 0;
}

/* Rasqal gives groups in the order of their keys, and irkg's queries
 * leave it at that; Virtuoso gives them as they come. A GROUP BY of plain
 * variables without ORDER BY gets ORDER BY the same variables, after any
 * HAVING and before any LIMIT or OFFSET. */
static int order_as_grouped(struct buffer *b, size_t group)
{
	static const char order[] = "\nORDER BY";
	const char *keys = b->text + group + 5, *end, *tail;
	struct buffer w = {NULL, 0, 0};
	size_t i, at;
	int rc;

	while (isspace((unsigned char)*keys))
		keys++;
	if (!word_at(keys, 0, "BY"))
		return IRKG_OK;
	keys += 2;
	for (end = keys; *end; end++)
		if (word_at(end, 0, "HAVING") || word_at(end, 0, "LIMIT") ||
		    word_at(end, 0, "OFFSET"))
			break;
	for (i = 0; keys + i < end; i++)
		if (!(isalnum((unsigned char)keys[i]) ||
		      isspace((unsigned char)keys[i]) ||
		      strchr("?$_", keys[i])))
			return IRKG_OK; /* an expression: left as it is */
	for (tail = end; *tail; tail++)
		if (word_at(tail, 0, "LIMIT") || word_at(tail, 0, "OFFSET"))
			break;
	at = (size_t)(tail - b->text);
	if ((rc = append(&w, b->text, at)) ||
	    (rc = append(&w, order, sizeof(order) - 1)) ||
	    (rc = append(&w, keys, (size_t)(end - keys))) ||
	    (rc = append(&w, "\n", 1)) ||
	    (rc = append(&w, b->text + at, b->used - at))) {
		free(w.text);
		return rc;
	}
	free(b->text);
	*b = w;
	return IRKG_OK;
}

/* Virtuoso refuses an expression over a SELECT's own aggregate in its
 * ORDER BY (ORDER BY (!BOUND(?date)) where ?date is a SAMPLE): a grouped,
 * ordered SELECT becomes SELECT * over it as a subquery, ordered
 * outside, which means the same. */
static int order_outside(struct buffer *b)
{
	static const char open[] = "SELECT * WHERE {\n", close[] = "\n}\n";
	size_t select, group, order;
	struct buffer w = {NULL, 0, 0};
	int rc;

	top_level_words(b->text, &select, &group, &order);
	if (select && group && !order)
		return order_as_grouped(b, group);
	if (!select || !group || order < group)
		return IRKG_OK;
	if ((rc = append(&w, b->text, select)) ||
	    (rc = append(&w, open, sizeof(open) - 1)) ||
	    (rc = append(&w, b->text + select, order - select)) ||
	    (rc = append(&w, close, sizeof(close) - 1)) ||
	    (rc = append(&w, b->text + order, b->used - order))) {
		free(w.text);
		return rc;
	}
	free(b->text);
	*b = w;
	return IRKG_OK;
}

/* Virtuoso 7.2 answers no ASK as SPARQL says: the module sends every
 * query after "define output:format '_JAVA_'", which the server refuses
 * before ASK (SQ074), and the endpoint writes an ASK's answer as a table
 * (one column, __ASK_RETVAL; a row when true), not as a boolean. So an ASK
 * is sent as the SELECT that has a row when the ASK is true: ASK becomes
 * SELECT (1 AS ?IRKG_VIRTUOSO_ASK_VARIABLE), or SELECT * before a closing
 * VALUES (Virtuoso wants its variables chosen), and LIMIT 1 goes before
 * that VALUES, unless the query has a LIMIT of its own. */
static int ask_as_select(struct buffer *b)
{
	static const char one[] =
		"SELECT (1 AS ?" IRKG_VIRTUOSO_ASK_VARIABLE ")",
			  all[] = "SELECT *", limit[] = "\nLIMIT 1\n";
	size_t ask = top_level_word(b->text, "ASK", 0), end;
	size_t values = top_level_word(b->text, "VALUES", 1);
	struct buffer w = {NULL, 0, 0};
	int limited = top_level_word(b->text, "LIMIT", 1) != NOT_THERE, rc;

	if (ask == NOT_THERE)
		return IRKG_OK;
	if (values == NOT_THERE || values < ask)
		values = NOT_THERE;
	end = values != NOT_THERE ? values : b->used;
	if ((rc = append(&w, b->text, ask)) ||
	    (rc = values != NOT_THERE ? append(&w, all, sizeof(all) - 1)
				      : append(&w, one, sizeof(one) - 1)) ||
	    (rc = append(&w, b->text + ask + 3, end - ask - 3)) ||
	    (!limited && (rc = append(&w, limit, sizeof(limit) - 1))) ||
	    (rc = append(&w, b->text + end, b->used - end))) {
		free(w.text);
		return rc;
	}
	free(b->text);
	*b = w;
	return IRKG_OK;
}

/* Whether the word GRAPH is in `sparql`, outside strings, IRIs and
 * comments. */
static int names_graph(const char *sparql)
{
	size_t n = strlen(sparql), i, len;

	for (i = 0; i < n; i += len) {
		char c = sparql[i];

		len = 1;
		if (c == '"' || c == '\'')
			len = string_length(sparql, i, n);
		else if (c == '#')
			len = strcspn(sparql + i, "\n");
		else if (c == '<' && (len = iri_length(sparql, i)))
			;
		else if (word_at(sparql, i, "GRAPH"))
			return 1;
		if (len == 0)
			len = 1;
	}
	return 0;
}

int irkg_virtuoso_query_text(const char *sparql, char **out)
{
	/* Only for a query without GRAPH: with input:default-graph-exclude
	 * (or named-graph-exclude), Virtuoso 7.2 counts 1 statement in
	 * GRAPH <iri> { ?s ?p ?o } */
	static const char prefix[] = "define input:default-graph-exclude <",
			  replacement[] = "COALESCE()";
	struct buffer b = {NULL, 0, 0};
	size_t n = strlen(sparql), i, k, len;
	int rc = IRKG_OK;

	*out = NULL;
	for (k = 0; k < N_SYSTEM && !rc && !names_graph(sparql); k++)
		if (!(rc = append(&b, prefix, sizeof(prefix) - 1)) &&
		    !(rc = append(&b, system_graphs[k],
				  strlen(system_graphs[k]))))
			rc = append(&b, ">\n", 2);
	for (i = 0; i < n && !rc; i += len) {
		char c = sparql[i];

		if (c == '"' || c == '\'')
			len = string_length(sparql, i, n);
		else if (c == '#') {
			/* left out: a shorter text (and URL) for the server */
			len = strcspn(sparql + i, "\n");
			continue;
		} else if (c == '<' && (len = iri_length(sparql, i)))
			;
		else if ((len = division_by_zero(sparql, i))) {
			rc = append(&b, replacement, sizeof(replacement) - 1);
			continue;
		} else
			len = 1;
		rc = append(&b, sparql + i, len);
	}
	if (!rc)
		rc = ask_as_select(&b);
	if (!rc)
		rc = order_outside(&b);
	if (rc) {
		free(b.text);
		return rc;
	}
	*out = b.text;
	return IRKG_OK;
}

char *irkg_virtuoso_term(librdf_node *node)
{
	if (!node || librdf_node_is_blank(node))
		return NULL;
	/* N-Triples term syntax is SPARQL term syntax */
	return (char *)raptor_term_to_string(node);
}

#define XSD "http://www.w3.org/2001/XMLSchema#"
#define XSD_DECIMAL XSD "decimal"
#define XSD_GYEAR XSD "gYear"
#define XSD_GYEARMONTH XSD "gYearMonth"

/* The length of the language tag at the start of `tag`, taken as a
 * two-letter language (ISO 639-1, as every tag irkg writes) and subtags
 * after '-': the module's cached tags have stray bytes after them, and a
 * stray letter would otherwise pass for a three-letter language. */
static size_t language_length(const char *tag)
{
	size_t n = 0, sub;

	if (!isalpha((unsigned char)tag[0]) || !isalpha((unsigned char)tag[1]))
		return strlen(tag); /* not one of those: left as it is */
	n = 2;
	while (tag[n] == '-') {
		for (sub = 0; isalnum((unsigned char)tag[n + 1 + sub]); sub++)
			;
		if (sub == 0 || sub > 8)
			break;
		n += 1 + sub;
	}
	return n;
}

/* The XSD datatype whose IRI `iri` starts with, the longest such, or
 * NULL: the module's cache of datatypes drops their terminator too. */
static const char *xsd_type(const char *iri)
{
	static const char *const names[] = {"boolean",	"date",
					    "dateTime", "decimal",
					    "double",	"float",
					    "gYear",	"gYearMonth",
					    "integer",	"int",
					    "long",	"string",
					    "time",	"nonNegativeInteger"};
	const char *best = NULL;
	size_t i, n = strlen(XSD), best_len = 0;

	if (strncmp(iri, XSD, n) != 0)
		return NULL;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t len = strlen(names[i]);

		if (strncmp(iri + n, names[i], len) == 0 && len > best_len &&
		    !isalnum((unsigned char)iri[n + len])) {
			best = names[i];
			best_len = len;
		}
	}
	return best;
}

librdf_node *irkg_virtuoso_mend_node(librdf_node *node)
{
	librdf_node *mended;
	librdf_uri *type, *mended_type = NULL;
	const char *lang, *value, *type_iri;
	char *lang_copy = NULL, *value_copy = NULL;
	size_t keep = 0, cut = 0;
	int short_decimal, mend_type = 0;
	const char *xsd;
	char clean_type[128];

	if (!node || !librdf_node_is_literal(node))
		return node;
	lang = librdf_node_get_literal_value_language(node);
	type = librdf_node_get_literal_value_datatype_uri(node);
	type_iri = type ? (const char *)librdf_uri_as_string(type) : "";
	value = (const char *)librdf_node_get_literal_value(node);
	if (type && (xsd = xsd_type(type_iri)) != NULL) {
		snprintf(clean_type, sizeof(clean_type), "%s%s", XSD, xsd);
		mend_type = strcmp(clean_type, type_iri) != 0;
		type_iri = clean_type;
	}
	if (lang)
		keep = language_length(lang);
	short_decimal = strcmp(type_iri, XSD_DECIMAL) == 0 && value &&
			!strpbrk(value, ".eE");
	/* Virtuoso keeps a gYear or gYearMonth as a date: cut it back */
	if (value && strcmp(type_iri, XSD_GYEAR) == 0 && strlen(value) > 4)
		cut = 4;
	else if (value && strcmp(type_iri, XSD_GYEARMONTH) == 0 &&
		 strlen(value) > 7)
		cut = 7;
	if (!(lang && lang[keep]) && !short_decimal && !cut && !mend_type)
		return node;
	if (cut && !(value_copy = strndup(value, cut)))
		return node;
	if (lang && !(lang_copy = strndup(lang, keep))) {
		free(value_copy);
		return node;
	}
	if (short_decimal) {
		size_t len = strlen(value) + 3;

		value_copy = malloc(len);
		if (!value_copy) {
			free(lang_copy);
			return node;
		}
		snprintf(value_copy, len, "%s.0", value);
	}
	if (mend_type && !lang)
		type = mended_type = raptor_new_uri(
			node->world, (const unsigned char *)type_iri);
	/* a librdf node is a raptor term (Redland 1.0.17) */
	mended = raptor_new_term_from_literal(
		node->world,
		(const unsigned char *)(value_copy ? value_copy : value),
		lang ? NULL : type, (const unsigned char *)lang_copy);
	if (mended_type)
		raptor_free_uri(mended_type);
	free(lang_copy);
	free(value_copy);
	if (!mended)
		return node;
	librdf_free_node(node);
	return mended;
}
