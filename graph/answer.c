/* A SELECT answer read row by row, from librdf's query results or from
 * SPARQL 1.1 Query Results XML (answer.h). */
#include "answer.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <rasqal.h>

#include "error.h"
#include "virtuoso.h"

struct irkg_answer {
	librdf_query_results *results; /* NULL for a parsed one */
	librdf_query *query;	       /* set: query and results are owned */
	int rasqal;		       /* the results are Rasqal's */
	int boolean;		       /* an ASK's answer: 0 or 1; else -1 */
	char **names;
	int n_names;
	librdf_node **cells; /* row-major, n_names a row; NULL unbound */
	size_t n_rows, cap_rows, row;
};

int irkg_answer_from_results(irkg_answer **out, librdf_query_results *results,
			     int rasqal)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return IRKG_ENOMEM;
	(*out)->results = results;
	(*out)->rasqal = rasqal;
	(*out)->boolean = -1;
	return IRKG_OK;
}

int irkg_answer_from_boolean(irkg_answer **out, int yes)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return IRKG_ENOMEM;
	(*out)->boolean = yes != 0;
	return IRKG_OK;
}

int irkg_answer_adopt(irkg_answer **out, librdf_query *query,
		      librdf_query_results *results)
{
	int rc = irkg_answer_from_results(out, results, 0);

	if (rc) {
		librdf_free_query_results(results);
		librdf_free_query(query);
		return rc;
	}
	(*out)->query = query;
	return IRKG_OK;
}

void irkg_answer_free(irkg_answer *answer)
{
	size_t i;
	int k;

	if (!answer)
		return;
	if (answer->query) {
		librdf_free_query_results(answer->results);
		librdf_free_query(answer->query);
	}
	for (i = 0; i < answer->n_rows * (size_t)answer->n_names; i++)
		if (answer->cells[i])
			librdf_free_node(answer->cells[i]);
	for (k = 0; k < answer->n_names; k++)
		free(answer->names[k]);
	free(answer->cells);
	free(answer->names);
	free(answer);
}

librdf_query_results *irkg_answer_results(irkg_answer *answer)
{
	return answer->results;
}

int irkg_answer_is_rasqal(const irkg_answer *answer)
{
	return answer->rasqal;
}

int irkg_answer_is_boolean(irkg_answer *answer)
{
	if (answer->results)
		return librdf_query_results_is_boolean(answer->results) != 0;
	return answer->boolean >= 0;
}

int irkg_answer_boolean(irkg_answer *answer)
{
	if (answer->results)
		return librdf_query_results_get_boolean(answer->results);
	return answer->boolean;
}

int irkg_answer_columns(irkg_answer *answer)
{
	if (answer->results)
		return librdf_query_results_get_bindings_count(answer->results);
	return answer->n_names;
}

const char *irkg_answer_name(irkg_answer *answer, int i)
{
	if (answer->results)
		return librdf_query_results_get_binding_name(answer->results,
							     i);
	return i >= 0 && i < answer->n_names ? answer->names[i] : NULL;
}

int irkg_answer_finished(irkg_answer *answer)
{
	if (answer->results)
		return librdf_query_results_finished(answer->results);
	return answer->row >= answer->n_rows;
}

void irkg_answer_next(irkg_answer *answer)
{
	if (answer->results)
		librdf_query_results_next(answer->results);
	else if (answer->row < answer->n_rows)
		answer->row++;
}

librdf_node *irkg_answer_value(irkg_answer *answer, int i)
{
	librdf_node *cell;

	if (answer->results)
		return irkg_virtuoso_mend_node(
			librdf_query_results_get_binding_value(answer->results,
							       i));
	if (i < 0 || i >= answer->n_names || answer->row >= answer->n_rows)
		return NULL;
	cell = answer->cells[answer->row * (size_t)answer->n_names + (size_t)i];
	return cell ? librdf_new_node_from_node(cell) : NULL;
}

/* ---- SPARQL 1.1 Query Results XML, read by Rasqal ---- */

/* Rasqal's XML reader reports a malformed document only through the log
 * handler (its read returns 0 with the rows read so far), so it runs in a
 * world of its own whose handler counts the errors. */
static void count_error(void *data, raptor_log_message *message)
{
	int *errors = data;

	if (message->level >= RAPTOR_LOG_LEVEL_ERROR)
		(*errors)++;
}

/* The librdf node for Rasqal's term `value` (NULL unbound); *node NULL
 * with IRKG_OK for an unbound one. */
static int node_of(librdf_world *world, rasqal_literal *value,
		   librdf_node **node)
{
	const unsigned char *text;
	librdf_uri *type = NULL;

	*node = NULL;
	if (!value)
		return IRKG_OK;
	text = value->string;
	switch (rasqal_literal_get_rdf_term_type(value)) {
	case RASQAL_LITERAL_URI:
		*node = librdf_new_node_from_uri_string(
			world, raptor_uri_as_string(value->value.uri));
		break;
	case RASQAL_LITERAL_BLANK:
		/* as Redland's module gives them: without Virtuoso's "_:"
		 * or "nodeID://" */
		if (strncmp((const char *)text, "_:", 2) == 0)
			text += 2;
		else if (strncmp((const char *)text, "nodeID://", 9) == 0)
			text += 9;
		*node = librdf_new_node_from_blank_identifier(world, text);
		break;
	case RASQAL_LITERAL_STRING:
		if (value->datatype &&
		    !(type = librdf_new_uri(
			      world, raptor_uri_as_string(value->datatype))))
			return IRKG_ENOMEM;
		*node = irkg_virtuoso_mend_node(
			librdf_new_node_from_typed_counted_literal(
				world, text, value->string_len, value->language,
				value->language ? strlen(value->language) : 0,
				type));
		if (type)
			librdf_free_uri(type);
		break;
	default:
		return IRKG_EPARSE;
	}
	return *node ? IRKG_OK : IRKG_ENOMEM;
}

/* One more row of cells, all unbound. */
static int add_row(irkg_answer *a)
{
	size_t width = (size_t)a->n_names, k;

	if (a->n_rows == a->cap_rows) {
		size_t cap = a->cap_rows ? a->cap_rows * 2 : 64;
		librdf_node **grown;

		if (width && cap > SIZE_MAX / width / sizeof(*grown))
			return IRKG_ENOMEM;
		grown = realloc(a->cells,
				(width ? cap * width : 1) * sizeof(*grown));
		if (!grown)
			return IRKG_ENOMEM;
		a->cells = grown;
		a->cap_rows = cap;
	}
	for (k = 0; k < width; k++)
		a->cells[a->n_rows * width + k] = NULL;
	a->n_rows++;
	return IRKG_OK;
}

/* Rasqal's `results` copied into `a`, names and rows. Without a row Rasqal
 * gives no names: the answer then has no columns (results.h finds them in
 * the query's text). */
static int copy_results(irkg_answer *a, librdf_world *world,
			rasqal_query_results *results)
{
	int n = rasqal_query_results_get_bindings_count(results), i;
	int rc = IRKG_OK;

	if (n < 0)
		return IRKG_EPARSE;
	if (n > 0 && !(a->names = calloc((size_t)n, sizeof(*a->names))))
		return IRKG_ENOMEM;
	for (i = 0; i < n; i++) {
		const unsigned char *name =
			rasqal_query_results_get_binding_name(results, i);

		if (!name)
			return IRKG_EPARSE;
		if (!(a->names[i] = strdup((const char *)name)))
			return IRKG_ENOMEM;
		a->n_names++;
	}
	while (!rc && !rasqal_query_results_finished(results)) {
		size_t at = a->n_rows * (size_t)n;

		rc = add_row(a);
		for (i = 0; i < n && !rc; i++)
			rc = node_of(world,
				     rasqal_query_results_get_binding_value(
					     results, i),
				     &a->cells[at + (size_t)i]);
		rasqal_query_results_next(results);
	}
	return rc;
}

/* How many "<result>" tags `xml` has. Rasqal's reader stops at an element
 * it does not know with no error but a line on stderr, keeping the rows
 * before it: more such tags than rows read means the answer was cut. (A
 * document whose tags have a prefix counts none, and is taken as read.) */
static size_t result_tags(const char *xml, size_t len)
{
	static const char tag[] = "<result>";
	const size_t tag_len = sizeof(tag) - 1;
	const char *p = xml, *end = xml + len;
	size_t n = 0;

	/* memchr for the '<', as C11 has no memmem */
	while ((size_t)(end - p) >= tag_len &&
	       (p = memchr(p, '<',
			   (size_t)(end - p - (ptrdiff_t)tag_len) + 1))) {
		if (memcmp(p, tag, tag_len) == 0) {
			n++;
			p += tag_len;
		} else {
			p++;
		}
	}
	return n;
}

int irkg_answer_from_xml(irkg_answer **out, librdf_world *world,
			 const char *xml, size_t len)
{
	raptor_world *raptor = raptor_new_world();
	rasqal_world *rasqal = rasqal_new_world();
	rasqal_query_results *results = NULL;
	rasqal_query_results_formatter *formatter = NULL;
	raptor_iostream *input = NULL;
	raptor_uri *base = NULL;
	int errors = 0, rc = IRKG_ENOMEM;

	*out = NULL;
	if (len == 0) {
		/* libxml is given no chunk, so says nothing */
		rc = IRKG_EPARSE;
		goto cleanup;
	}
	if (!raptor || !rasqal || raptor_world_open(raptor))
		goto cleanup;
	rasqal_world_set_raptor(rasqal, raptor);
	if (rasqal_world_open(rasqal))
		goto cleanup;
	rasqal_world_set_log_handler(rasqal, &errors, count_error);
	if (!(base = raptor_new_uri(
		      raptor, (const unsigned char *)"urn:irkg:answer")) ||
	    !(input = raptor_new_iostream_from_string(raptor, (void *)xml,
						      len)) ||
	    !(formatter = rasqal_new_query_results_formatter(rasqal, "xml",
							     NULL, NULL)) ||
	    !(results = rasqal_new_query_results2(
		      rasqal, NULL, RASQAL_QUERY_RESULTS_BINDINGS)) ||
	    !(*out = calloc(1, sizeof(**out))))
		goto cleanup;
	(*out)->boolean = -1;
	if (rasqal_query_results_formatter_read(rasqal, input, formatter,
						results, base) ||
	    errors)
		rc = IRKG_EPARSE;
	else
		rc = copy_results(*out, world, results);
	if (!rc && (errors || result_tags(xml, len) > (*out)->n_rows))
		rc = IRKG_EPARSE;
cleanup:
	if (rc) {
		irkg_answer_free(*out);
		*out = NULL;
	}
	if (results)
		rasqal_free_query_results(results);
	if (formatter)
		rasqal_free_query_results_formatter(formatter);
	if (input)
		raptor_free_iostream(input);
	if (base)
		raptor_free_uri(base);
	rasqal_free_world(rasqal);
	raptor_free_world(raptor);
	return rc;
}
