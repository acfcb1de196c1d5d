/* The modality table read from modality.txt (see modality_table.h). */
#include "modality_table.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/error.h"
#include "../common/lines.h"

/* The moods a line may name: the cue kinds that recode an act, and the
 * two rules of extract/modality.c that do. */
static const char *const moods[] = {"threat", "appeal", "intent", "agreed",
				    "official"};

/* One line: in `mood`, an act whose code begins with `act` ("" any act;
 * NULL the cue alone) gets `code` (NULL: its own). */
struct row {
	const char *mood; /* one of moods[] */
	char *act;
	char *code;
};

struct irkg_modality_table {
	struct row *rows;
	size_t n, cap;
};

int irkg_modality_table_new(irkg_modality_table **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? IRKG_OK : IRKG_ENOMEM;
}

void irkg_modality_table_free(irkg_modality_table *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->n; i++) {
		free(t->rows[i].act);
		free(t->rows[i].code);
	}
	free(t->rows);
	free(t);
}

const char *irkg_modality_table_code(const irkg_modality_table *t,
				     const char *mood, const char *code)
{
	const struct row *best = NULL;
	size_t i, best_length = 0;

	for (i = 0; i < t->n; i++) {
		const struct row *r = &t->rows[i];
		size_t length;

		if (strcmp(r->mood, mood) != 0 || !r->act != !code)
			continue;
		if (!code)
			return r->code;
		length = strlen(r->act);
		if (strncmp(code, r->act, length) == 0 &&
		    (!best || length > best_length)) {
			best = r;
			best_length = length;
		}
	}
	if (!best)
		return NULL;
	return best->code ? best->code : code;
}

/* ---- reading ---- */

static int bad_line(char *error, size_t error_size, const char *path,
		    unsigned line, const char *why)
{
	if (error && error_size)
		snprintf(error, error_size, "%s:%u: %s", path, line, why);
	return IRKG_EPARSE;
}

static int digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* Split "MOOD\tACT\tCODE" into its fields; 0 when it has not three. */
static int fields(char *line, char **field)
{
	int n = 0;

	field[n++] = line;
	for (; *line; line++)
		if (*line == '\t') {
			if (n == 3)
				return 0;
			*line = '\0';
			field[n++] = line + 1;
		}
	return n == 3;
}

static int parse_line(irkg_modality_table *t, char *line, const char *path,
		      unsigned number, char *error, size_t error_size)
{
	char *field[3];
	struct row r = {NULL, NULL, NULL};
	size_t k;

	if (!fields(line, field))
		return bad_line(error, error_size, path, number,
				"not MOOD<TAB>ACT<TAB>CODE");
	for (k = 0; k < sizeof(moods) / sizeof(moods[0]); k++)
		if (strcmp(field[0], moods[k]) == 0)
			r.mood = moods[k];
	if (!r.mood)
		return bad_line(error, error_size, path, number,
				"an unknown mood");
	if (strcmp(field[1], "-") != 0 && strcmp(field[1], "*") != 0 &&
	    !digits(field[1]))
		return bad_line(error, error_size, path, number,
				"ACT is a code's first digits, * or -");
	if (strcmp(field[2], "=") != 0 && !digits(field[2]))
		return bad_line(error, error_size, path, number,
				"CODE is a code or =");
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 32;
		struct row *grown = realloc(t->rows, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		t->rows = grown;
		t->cap = cap;
	}
	if (strcmp(field[1], "-") != 0 &&
	    !(r.act = strdup(strcmp(field[1], "*") == 0 ? "" : field[1])))
		return IRKG_ENOMEM;
	if (strcmp(field[2], "=") != 0 && !(r.code = strdup(field[2]))) {
		free(r.act);
		return IRKG_ENOMEM;
	}
	t->rows[t->n++] = r;
	return IRKG_OK;
}

struct table_reader {
	irkg_modality_table *t;
	const char *path;
	char *error;
	size_t error_size;
};

static int table_line(void *data, char *line, unsigned number)
{
	struct table_reader *r = data;

	return parse_line(r->t, line, r->path, number, r->error, r->error_size);
}

int irkg_modality_table_read_file(irkg_modality_table *t, const char *path,
				  char *error, size_t error_size)
{
	struct table_reader r = {t, path, error, error_size};
	int rc;

	if (!t || !path)
		return IRKG_EINVAL;
	rc = irkg_lines_read(path, table_line, &r, error, error_size);
	/* a threat or intent cue with no act after it is an event of its
	 * own: its code must be known */
	if (!rc && (!irkg_modality_table_code(t, "threat", NULL) ||
		    !irkg_modality_table_code(t, "intent", NULL))) {
		if (error && error_size)
			snprintf(error, error_size,
				 "%s: no code for a bare threat or intent "
				 "(threat<TAB>-, intent<TAB>-)",
				 path);
		rc = IRKG_EPARSE;
	}
	return rc;
}
