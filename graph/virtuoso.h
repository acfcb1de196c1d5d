/* Redland's Virtuoso storage module as an irkg store: the spec, the
 * module's own SPARQL engine, and what its default graph cannot give. */
#ifndef IRKG_VIRTUOSO_H
#define IRKG_VIRTUOSO_H

#include <redland.h>

#include "answer.h"

/* The ODBC data source irkg connects through when the spec names none:
 * `make deps` (as root) registers it in /etc/odbc.ini with Virtuoso's
 * driver; the host, user and password come from the spec. */
#define IRKG_VIRTUOSO_DSN "irkg-virtuoso"

/* The module's query language: the query text goes to Virtuoso as is. */
#define IRKG_VIRTUOSO_QUERY_LANGUAGE "vsparql"

/* The graph the module reads when librdf asks for statements without a
 * graph. irkg never writes to it: every statement lives in a named graph. */
#define IRKG_VIRTUOSO_DEFAULT_GRAPH "urn:irkg:virtuoso:default"

/* Put the spec "host=H:PORT;user=U;password=P[;dsn=D]" into storage
 * options (';' or ' ' between items; dsn defaults to IRKG_VIRTUOSO_DSN,
 * user and password to Virtuoso's dba/dba). 0, or IRKG_ENOMEM. */
int irkg_virtuoso_put_options(librdf_hash *options, const char *spec);

/* Make sure librdf knows the module's query language, and ask the server
 * a first query through `model` (a model on the Virtuoso storage). Debian's
 * module (Redland 1.0.17) has the engine but does not register it; this
 * finds the loaded module and calls its registration. 0 when the server
 * answered; IRKG_EUNSUPPORTED when there is no engine, IRKG_ENOTFOUND when
 * the server did not answer (librdf has logged why). */
int irkg_virtuoso_connect(librdf_world *world, librdf_model *model);

/* The longest URL sent to the endpoint: Virtuoso 7.2's HTTP server cuts
 * a request line at about 10,000 bytes (measured). */
#define IRKG_VIRTUOSO_URL_MAX 8000

/* Run the SELECT `server_text` (as irkg_virtuoso_query_text gives it) at
 * Virtuoso's SPARQL endpoint, `endpoint` being its HTTP host:port
 * (http=H:PORT in the spec), and read the whole answer at once as SPARQL
 * Query Results XML: one HTTP request instead of several ODBC calls a
 * cell through the module. *out is owned by the caller; on failure it is
 * NULL, `why` holds the server's reason when it gave one, and IRKG_ESTORE
 * (the request or the query failed), IRKG_EPARSE (the reply is not such
 * XML), IRKG_EUNSUPPORTED (the query is too long for a URL, nothing was
 * sent: ask the module) or IRKG_ENOMEM is returned. */
int irkg_virtuoso_http_select(irkg_answer **out, librdf_world *world,
			      const char *endpoint, const char *server_text,
			      char *why, size_t why_size);

/* Whether `iri` names one of Virtuoso's own graphs (its schemas and
 * metadata), which irkg neither lists nor reads. */
int irkg_virtuoso_is_system_graph(const char *iri);

/* The one column of the SELECT an ASK is sent as. */
#define IRKG_VIRTUOSO_ASK_VARIABLE "irkg_ask"

/* The query as Virtuoso is sent it: comments left out, Virtuoso's own
 * graphs left out of the default graph (of a query without GRAPH), the
 * Rasqal idiom 1/0 (an error, so that SAMPLE skips the row) written
 * COALESCE() (unbound), since Virtuoso stops the whole query at a division
 * by zero, and an ASK written as a SELECT of one column that has a row
 * when the ASK is true (SELECT (1 AS ?irkg_ask) … LIMIT 1), since Virtuoso
 * 7.2 answers no ASK as a boolean. *out is malloc'd (the caller frees it);
 * NULL and IRKG_ENOMEM on failure. */
int irkg_virtuoso_query_text(const char *sparql, char **out);

/* A term as SPARQL text (<iri>, "literal"@lang, "…"^^<type>), malloc'd;
 * NULL for a blank node or when memory runs out. */
char *irkg_virtuoso_term(librdf_node *node);

/* Mend a value read back through the module: a language tag cut where
 * it ends (the module's cache of language tags drops their terminator, so
 * bytes after it follow), and an xsd:decimal as Virtuoso keeps it ("-2")
 * put back in its canonical form ("-2.0"), as the other stores give it.
 * Returns the node to use: `node` itself when it needs nothing (or memory
 * runs out), else a new node, `node` having been freed. NULL stays NULL,
 * so it is safe on every store's results. */
librdf_node *irkg_virtuoso_mend_node(librdf_node *node);

#endif
