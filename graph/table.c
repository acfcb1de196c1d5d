/* SELECT answers as an aligned text table for people at a terminal. */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "prefixes.h"
#include "table.h"

/* a + b + c in a new string */
static char *join3(const char *a, const char *b, const char *c)
{
	size_t size = strlen(a) + strlen(b) + strlen(c) + 1;
	char *out = malloc(size);

	if (out)
		snprintf(out, size, "%s%s%s", a, b, c);
	return out;
}

char *irkg_table_node_text(librdf_node *node)
{
	const struct irkg_prefix *prefixes;
	size_t n, i, best = 0, best_len = 0;
	const char *text;

	if (!node)
		return strdup("");
	if (librdf_node_is_literal(node))
		return strdup(
			(const char *)librdf_node_get_literal_value(node));
	if (librdf_node_is_blank(node)) {
		text = (const char *)librdf_node_get_blank_identifier(node);
		return join3("_:", text, "");
	}
	text = (const char *)librdf_uri_as_string(librdf_node_get_uri(node));
	prefixes = irkg_prefixes(&n);
	for (i = 0; i < n; i++) {
		size_t len = strlen(prefixes[i].uri);

		if (len > best_len &&
		    strncmp(text, prefixes[i].uri, len) == 0 &&
		    !strpbrk(text + len, "/#?")) {
			best = i;
			best_len = len;
		}
	}
	if (best_len)
		return join3(prefixes[best].prefix, ":", text + best_len);
	return join3("<", text, ">");
}

/* Display width in columns: count UTF-8 lead bytes. */
static size_t width_of(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

static void write_rule(FILE *out, const size_t *widths, int n)
{
	int i;
	size_t j;

	for (i = 0; i < n; i++) {
		fputc('+', out);
		for (j = 0; j < widths[i] + 2; j++)
			fputc('-', out);
	}
	fputs("+\n", out);
}

static void write_cells(FILE *out, char **cells, const size_t *widths, int n)
{
	int i;
	size_t pad;

	for (i = 0; i < n; i++) {
		fprintf(out, "| %s", cells[i]);
		for (pad = width_of(cells[i]); pad < widths[i] + 1; pad++)
			fputc(' ', out);
	}
	fputs("|\n", out);
}

int irkg_table_write(irkg_answer *answer, FILE *out, long *rows)
{
	int n = irkg_answer_columns(answer), i;
	char **cells = NULL; /* row-major, header first */
	size_t *widths = NULL, n_rows = 0, cap = 0, r;
	int rc = IRKG_OK;

	*rows = 0;
	if (n <= 0) {
		fputs("0 rows\n", out);
		return IRKG_OK;
	}
	widths = calloc((size_t)n, sizeof(size_t));
	if (!widths)
		return IRKG_ENOMEM;
	for (; !rc; n_rows++) {
		if (n_rows > 0 && irkg_answer_finished(answer))
			break;
		if (n_rows == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			char **grown = realloc(cells, ncap * (size_t)n *
							      sizeof(char *));

			if (!grown) {
				rc = IRKG_ENOMEM;
				break;
			}
			cells = grown;
			cap = ncap;
		}
		for (i = 0; i < n; i++) {
			char *cell;

			if (n_rows == 0) {
				const char *name = irkg_answer_name(answer, i);

				cell = strdup(name ? name : "");
			} else {
				librdf_node *v = irkg_answer_value(answer, i);

				cell = irkg_table_node_text(v);
				if (v)
					librdf_free_node(v);
			}
			cells[n_rows * (size_t)n + (size_t)i] = cell;
			if (!cell) {
				for (int k = i + 1; k < n; k++)
					cells[n_rows * (size_t)n + (size_t)k] =
						NULL;
				rc = IRKG_ENOMEM;
				break;
			}
			if (width_of(cell) > widths[i])
				widths[i] = width_of(cell);
		}
		if (n_rows > 0)
			irkg_answer_next(answer);
	}
	if (!rc) {
		write_rule(out, widths, n);
		write_cells(out, cells, widths, n);
		write_rule(out, widths, n);
		for (r = 1; r < n_rows; r++)
			write_cells(out, cells + r * (size_t)n, widths, n);
		if (n_rows > 1)
			write_rule(out, widths, n);
		fprintf(out, "%zu row%s\n", n_rows - 1, n_rows == 2 ? "" : "s");
		*rows = (long)n_rows - 1;
		if (ferror(out))
			rc = IRKG_EIO;
	}
	for (r = 0; r < n_rows && cells; r++)
		for (i = 0; i < n; i++)
			free(cells[r * (size_t)n + (size_t)i]);
	free(cells);
	free(widths);
	return rc;
}

void irkg_table_put_json(FILE *out, const char *s)
{
	if (!s) {
		fputs("null", out);
		return;
	}
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
