/* SPARQL text before Rasqal sees it: unsupported features, parameters,
 * prefixes. Pure string work, no Redland. */
#ifndef IRKG_SPARQL_H
#define IRKG_SPARQL_H

#include <stddef.h>

/* A feature Rasqal 0.9.33 lacks, found at a 1-based line and column. */
struct irkg_sparql_issue {
	const char *feature; /* "MINUS", "property path '/'", … (static) */
	const char *advice;  /* what to write instead (static) */
	int line, column;
};

/* Look for SPARQL 1.1 features that Rasqal 0.9.33 rejects, mis-evaluates or
 * silently ignores (MINUS, EXISTS, SERVICE, property paths, updates).
 * Returns 0 when there is none, else IRKG_EUNSUPPORTED with *issue set. */
int irkg_sparql_check(const char *text, size_t length,
		      struct irkg_sparql_issue *issue);

/* The query's form, "SELECT", "ASK", "CONSTRUCT" or "DESCRIBE" (its first
 * such keyword outside strings, IRIs and comments), or NULL. */
const char *irkg_sparql_form(const char *text, size_t length);

/* How deeply the query's brackets ({, ( and [) nest. Rasqal's parser
 * recurses on each level: a server refuses deep ones before it sees them
 * (a 5 MB query of nested groups overflowed its stack). */
int irkg_sparql_depth(const char *text, size_t length);

/* Whether the query has the keyword GRAPH (outside strings, IRIs and
 * comments), so that it needs the store's list of graphs. */
int irkg_sparql_names_graphs(const char *text, size_t length);

/* A parameter declared in a query's header comment:
 *   # @param state <https://w3id.org/irkg/id/state/{}> JPN  the state
 * TEMPLATE is an IRI `<…{}…>`, a prefixed name `prefix:{}`, a literal
 * `"{}"` (optionally `"{}"^^xsd:date` or `"{}"@en`), or `{}` for a number.
 * DEFAULT `-` makes the parameter required. */
struct irkg_sparql_param {
	char *name;
	char *template_text;
	char *default_value; /* NULL when required */
	char *description;
};

/* Read the @param lines of the leading comment block. *out is an array the
 * caller frees with irkg_sparql_params_free; *count may be 0. */
int irkg_sparql_params_read(const char *text, struct irkg_sparql_param **out,
			    size_t *count);
void irkg_sparql_params_free(struct irkg_sparql_param *params, size_t count);

/* The first line of the leading comment block (the question the query
 * answers), without '#'; a malloc'd string or NULL when there is none. */
char *irkg_sparql_title(const char *text);

/* A NAME=VALUE pair given by the user. */
struct irkg_sparql_binding {
	const char *name;
	const char *value;
};

/* Make the text Rasqal runs: every declared parameter's variable is
 * replaced by its value (given or default) written through its template,
 * and PREFIX lines are added for the project prefixes the query uses but
 * does not declare. *out is malloc'd; *line_offset is the number of lines
 * added in front. On error *out is NULL, `error` (of `error_size` bytes)
 * says why, and IRKG_EINVAL (unknown or missing parameter, a value that
 * cannot be written as its template) or IRKG_ENOMEM is returned. */
int irkg_sparql_prepare(const char *text,
			const struct irkg_sparql_binding *bindings,
			size_t n_bindings, char **out, int *line_offset,
			char *error, size_t error_size);

#endif
