/* SPARQL 1.1 query results in JSON (W3C "SPARQL 1.1 Query Results JSON
 * Format") and XML ("SPARQL Query Results XML Format"), and the header of
 * an empty TSV or CSV answer. See results.h for why. */
#include "results.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

#define MAX_VARS 256

struct names {
	char *v[MAX_VARS];
	size_t n;
};

static void names_free(struct names *names)
{
	size_t i;

	for (i = 0; i < names->n; i++)
		free(names->v[i]);
	names->n = 0;
}

static int names_add(struct names *names, const char *name)
{
	if (names->n == MAX_VARS)
		return IRKG_OK; /* more columns than anyone reads: cut */
	names->v[names->n] = strdup(name);
	if (!names->v[names->n])
		return IRKG_ENOMEM;
	names->n++;
	return IRKG_OK;
}

/* An empty answer does not know its variables (librdf and Rasqal give
 * none): read them from the query, as Rasqal parses it. For SELECT * they
 * are the query's named variables, in order of appearance. */
static int names_from_text(irkg_ctx *ctx, const char *text, struct names *names)
{
	rasqal_world *rw = librdf_world_get_rasqal(irkg_ctx_world(ctx));
	rasqal_query *q =
		rw ? rasqal_new_query(rw, "sparql11-query", NULL) : NULL;
	raptor_sequence *vars = NULL;
	int i, rc = IRKG_OK;

	if (!q)
		return IRKG_ENOMEM;
	if (rasqal_query_prepare(q, (const unsigned char *)text, NULL) == 0) {
		vars = rasqal_query_get_bound_variable_sequence(q);
		if (!vars || raptor_sequence_size(vars) == 0 ||
		    rasqal_query_get_wildcard(q))
			vars = rasqal_query_get_all_variable_sequence(q);
	}
	for (i = 0; vars && i < raptor_sequence_size(vars) && !rc; i++) {
		rasqal_variable *v = raptor_sequence_get_at(vars, i);

		/* internal ($$agg$$0) and anonymous (_:b) variables are no
		 * answer's columns */
		if (v && v->name && v->name[0] != '$' &&
		    v->type == RASQAL_VARIABLE_TYPE_NORMAL)
			rc = names_add(names, (const char *)v->name);
	}
	rasqal_free_query(q);
	return rc;
}

static int names_of(irkg_ctx *ctx, irkg_answer *answer, const char *text,
		    struct names *names)
{
	int count = irkg_answer_columns(answer), i;
	int rc = IRKG_OK;

	for (i = 0; i < count && !rc; i++) {
		const char *name = irkg_answer_name(answer, i);

		rc = names_add(names, name ? name : "");
	}
	if (!rc && names->n == 0 && text)
		rc = names_from_text(ctx, text, names);
	return rc;
}

/* ---- JSON ---- */

static void json_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('"', out);
	for (; *p; p++) {
		switch (*p) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\n':
			fputs("\\n", out);
			break;
		case '\r':
			fputs("\\r", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		default:
			if (*p < 0x20)
				fprintf(out, "\\u%04x", *p);
			else
				fputc(*p, out);
		}
	}
	fputc('"', out);
}

static void json_term(FILE *out, librdf_node *node)
{
	if (librdf_node_is_resource(node)) {
		fputs("{\"type\": \"uri\", \"value\": ", out);
		json_string(out, (const char *)librdf_uri_as_string(
					 librdf_node_get_uri(node)));
	} else if (librdf_node_is_blank(node)) {
		fputs("{\"type\": \"bnode\", \"value\": ", out);
		json_string(out, (const char *)librdf_node_get_blank_identifier(
					 node));
	} else {
		librdf_uri *dt =
			librdf_node_get_literal_value_datatype_uri(node);
		const char *lang = librdf_node_get_literal_value_language(node);
		const unsigned char *value =
			librdf_node_get_literal_value(node);

		fputs("{\"type\": \"literal\", \"value\": ", out);
		json_string(out, value ? (const char *)value : "");
		if (lang && *lang) {
			fputs(", \"xml:lang\": ", out);
			json_string(out, lang);
		} else if (dt) {
			fputs(", \"datatype\": ", out);
			json_string(out,
				    (const char *)librdf_uri_as_string(dt));
		}
	}
	fputc('}', out);
}

static int write_json(irkg_answer *answer, const struct names *names, FILE *out,
		      long *rows)
{
	size_t i;

	if (irkg_answer_is_boolean(answer)) {
		int yes = irkg_answer_boolean(answer);

		if (yes < 0)
			return IRKG_ESTORE;
		fprintf(out, "{\"head\": {}, \"boolean\": %s}\n",
			yes ? "true" : "false");
		return IRKG_OK;
	}
	fputs("{\"head\": {\"vars\": [", out);
	for (i = 0; i < names->n; i++) {
		fputs(i ? ", " : "", out);
		json_string(out, names->v[i]);
	}
	fputs("]},\n \"results\": {\"bindings\": [", out);
	for (; !irkg_answer_finished(answer); irkg_answer_next(answer)) {
		int first = 1;

		fputs(*rows ? ",\n  {" : "\n  {", out);
		for (i = 0; i < names->n; i++) {
			librdf_node *node = irkg_answer_value(answer, (int)i);

			if (!node)
				continue; /* unbound: left out */
			fputs(first ? "" : ", ", out);
			first = 0;
			json_string(out, names->v[i]);
			fputs(": ", out);
			json_term(out, node);
			librdf_free_node(node);
		}
		fputc('}', out);
		(*rows)++;
	}
	fputs(*rows ? "\n ]}}\n" : "]}}\n", out);
	return IRKG_OK;
}

/* ---- XML ---- */

/* XML 1.0 text: the markup characters escaped, and the control characters
 * XML cannot hold at all replaced by U+FFFD. */
static void xml_text(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++) {
		if (*p == '&')
			fputs("&amp;", out);
		else if (*p == '<')
			fputs("&lt;", out);
		else if (*p == '>')
			fputs("&gt;", out);
		else if (*p == '"')
			fputs("&quot;", out);
		else if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
			fputs("\xEF\xBF\xBD", out);
		else if (*p == '\r')
			fputs("&#13;", out);
		else
			fputc(*p, out);
	}
}

static void xml_term(FILE *out, librdf_node *node)
{
	if (librdf_node_is_resource(node)) {
		fputs("<uri>", out);
		xml_text(out, (const char *)librdf_uri_as_string(
				      librdf_node_get_uri(node)));
		fputs("</uri>", out);
	} else if (librdf_node_is_blank(node)) {
		fputs("<bnode>", out);
		xml_text(out,
			 (const char *)librdf_node_get_blank_identifier(node));
		fputs("</bnode>", out);
	} else {
		librdf_uri *dt =
			librdf_node_get_literal_value_datatype_uri(node);
		const char *lang = librdf_node_get_literal_value_language(node);
		const unsigned char *value =
			librdf_node_get_literal_value(node);

		fputs("<literal", out);
		if (lang && *lang) {
			fputs(" xml:lang=\"", out);
			xml_text(out, lang);
			fputc('"', out);
		} else if (dt) {
			fputs(" datatype=\"", out);
			xml_text(out, (const char *)librdf_uri_as_string(dt));
			fputc('"', out);
		}
		fputc('>', out);
		xml_text(out, value ? (const char *)value : "");
		fputs("</literal>", out);
	}
}

static int write_xml(irkg_answer *answer, const struct names *names, FILE *out,
		     long *rows)
{
	size_t i;

	fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	      "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n",
	      out);
	if (irkg_answer_is_boolean(answer)) {
		int yes = irkg_answer_boolean(answer);

		if (yes < 0)
			return IRKG_ESTORE;
		fprintf(out, "  <head/>\n  <boolean>%s</boolean>\n</sparql>\n",
			yes ? "true" : "false");
		return IRKG_OK;
	}
	fputs("  <head>\n", out);
	for (i = 0; i < names->n; i++) {
		fputs("    <variable name=\"", out);
		xml_text(out, names->v[i]);
		fputs("\"/>\n", out);
	}
	fputs("  </head>\n  <results>\n", out);
	for (; !irkg_answer_finished(answer); irkg_answer_next(answer)) {
		fputs("    <result>\n", out);
		for (i = 0; i < names->n; i++) {
			librdf_node *node = irkg_answer_value(answer, (int)i);

			if (!node)
				continue; /* unbound: left out */
			fputs("      <binding name=\"", out);
			xml_text(out, names->v[i]);
			fputs("\">", out);
			xml_term(out, node);
			fputs("</binding>\n", out);
			librdf_free_node(node);
		}
		fputs("    </result>\n", out);
		(*rows)++;
	}
	fputs("  </results>\n</sparql>\n", out);
	return IRKG_OK;
}

/* ---- TSV and CSV ---- */

#define XSD "http://www.w3.org/2001/XMLSchema#"

/* A literal TSV writes bare, as Rasqal does: a number. */
static int bare_in_tsv(librdf_uri *type)
{
	const char *iri = type ? (const char *)librdf_uri_as_string(type) : "";

	return strcmp(iri, XSD "integer") == 0 ||
	       strcmp(iri, XSD "decimal") == 0 ||
	       strcmp(iri, XSD "double") == 0;
}

static void tsv_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++)
		switch (*s) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		case '\n':
			fputs("\\n", out);
			break;
		case '\r':
			fputs("\\r", out);
			break;
		default:
			fputc(*s, out);
		}
	fputc('"', out);
}

static void tsv_term(FILE *out, librdf_node *node)
{
	if (librdf_node_is_resource(node)) {
		fprintf(out, "<%s>",
			(const char *)librdf_uri_as_string(
				librdf_node_get_uri(node)));
	} else if (librdf_node_is_blank(node)) {
		fprintf(out, "_:%s",
			(const char *)librdf_node_get_blank_identifier(node));
	} else {
		librdf_uri *dt =
			librdf_node_get_literal_value_datatype_uri(node);
		const char *lang = librdf_node_get_literal_value_language(node);
		const char *value =
			(const char *)librdf_node_get_literal_value(node);

		if (!value)
			value = "";
		if (bare_in_tsv(dt)) {
			fputs(value, out);
			return;
		}
		tsv_string(out, value);
		if (lang && *lang)
			fprintf(out, "@%s", lang);
		else if (dt)
			fprintf(out, "^^<%s>",
				(const char *)librdf_uri_as_string(dt));
	}
}

static void csv_term(FILE *out, librdf_node *node)
{
	const char *text;

	if (librdf_node_is_resource(node))
		text = (const char *)librdf_uri_as_string(
			librdf_node_get_uri(node));
	else if (librdf_node_is_blank(node))
		text = (const char *)librdf_node_get_blank_identifier(node);
	else
		text = (const char *)librdf_node_get_literal_value(node);
	if (!text)
		text = "";
	if (!strpbrk(text, ",\"\r\n")) {
		fputs(text, out);
		return;
	}
	fputc('"', out);
	for (; *text; text++) {
		if (*text == '"')
			fputc('"', out);
		fputc(*text, out);
	}
	fputc('"', out);
}

/* The rows of an answer Rasqal did not make (a server's), as Rasqal
 * writes its own. */
static int write_sv_rows(irkg_answer *answer, const struct names *names,
			 int tsv, FILE *out, long *rows)
{
	size_t i;

	for (; !irkg_answer_finished(answer); irkg_answer_next(answer)) {
		for (i = 0; i < names->n; i++) {
			librdf_node *node = irkg_answer_value(answer, (int)i);

			if (i)
				fputc(tsv ? '\t' : ',', out);
			if (node && tsv)
				tsv_term(out, node);
			else if (node)
				csv_term(out, node);
			if (node)
				librdf_free_node(node);
		}
		fputs(tsv ? "\n" : "\r\n", out);
		(*rows)++;
	}
	return IRKG_OK;
}

static int write_sv(irkg_answer *answer, const struct names *names,
		    const char *format, FILE *out, long *rows)
{
	librdf_query_results *results = irkg_answer_results(answer);
	int tsv = strcmp(format, "tsv") == 0;
	size_t i;

	if (irkg_answer_is_boolean(answer)) {
		/* Rasqal writes ASK only as JSON or XML; the plain formats
		 * get the bare answer */
		int yes = irkg_answer_boolean(answer);

		if (yes < 0)
			return IRKG_ESTORE;
		fputs(yes ? "true\n" : "false\n", out);
		return IRKG_OK;
	}
	/* Rasqal's rows are right, and Rasqal writes them */
	if (irkg_answer_is_rasqal(answer) &&
	    !librdf_query_results_finished(results)) {
		/* Rasqal's rows are right: count them as they are written */
		if (librdf_query_results_to_file_handle2(results, out, format,
							 NULL, NULL, NULL))
			return IRKG_EIO;
		return IRKG_OK; /* its rows are not counted */
	}
	for (i = 0; i < names->n; i++)
		fprintf(out, "%s%s%s", i ? (tsv ? "\t" : ",") : "",
			tsv ? "?" : "", names->v[i]);
	fputs(tsv ? "\n" : "\r\n", out);
	return write_sv_rows(answer, names, tsv, out, rows);
}

int irkg_results_is_format(const char *name)
{
	return name && (strcmp(name, "json") == 0 || strcmp(name, "xml") == 0 ||
			strcmp(name, "tsv") == 0 || strcmp(name, "csv") == 0);
}

int irkg_results_write(irkg_ctx *ctx, irkg_answer *answer, const char *text,
		       const char *format, FILE *out, long *rows)
{
	struct names names = {{0}, 0};
	int rc;

	*rows = 0;
	rc = irkg_answer_is_boolean(answer)
		     ? IRKG_OK
		     : names_of(ctx, answer, text, &names);
	if (!rc && strcmp(format, "json") == 0)
		rc = write_json(answer, &names, out, rows);
	else if (!rc && strcmp(format, "xml") == 0)
		rc = write_xml(answer, &names, out, rows);
	else if (!rc)
		rc = write_sv(answer, &names, format, out, rows);
	names_free(&names);
	if (!rc && (fflush(out) != 0 || ferror(out)))
		rc = IRKG_EIO;
	return rc;
}
