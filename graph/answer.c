/* A SELECT answer read row by row, from librdf's query results or from
 * SPARQL 1.1 Query Results JSON (answer.h). */
#include "answer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "virtuoso.h"

struct irkg_answer {
	librdf_query_results *results; /* NULL for a parsed one */
	librdf_query *query;	       /* set: query and results are owned */
	int rasqal;		       /* the results are Rasqal's */
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

/* ---- SPARQL 1.1 Query Results JSON ---- */

struct cursor {
	const char *p, *end;
};

/* A growing string, reused for every JSON string read. */
struct text {
	char *s;
	size_t len, cap;
};

static int text_put(struct text *t, const char *bytes, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		size_t cap = (t->len + n + 1) * 2;
		char *grown = realloc(t->s, cap);

		if (!grown)
			return IRKG_ENOMEM;
		t->s = grown;
		t->cap = cap;
	}
	memcpy(t->s + t->len, bytes, n);
	t->len += n;
	t->s[t->len] = '\0';
	return IRKG_OK;
}

static void skip_space(struct cursor *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' ||
				 *c->p == '\n' || *c->p == '\r'))
		c->p++;
}

/* Whether the next character (after white space) is `ch`; it is consumed. */
static int take(struct cursor *c, char ch)
{
	skip_space(c);
	if (c->p < c->end && *c->p == ch) {
		c->p++;
		return 1;
	}
	return 0;
}

static int hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		char h = p[i];

		v <<= 4;
		if (h >= '0' && h <= '9')
			v |= (unsigned)(h - '0');
		else if (h >= 'a' && h <= 'f')
			v |= (unsigned)(h - 'a' + 10);
		else if (h >= 'A' && h <= 'F')
			v |= (unsigned)(h - 'A' + 10);
		else
			return IRKG_EPARSE;
	}
	*out = v;
	return IRKG_OK;
}

static int put_utf8(struct text *t, uint32_t cp)
{
	char b[4];
	size_t n;

	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	return text_put(t, b, n);
}

/* The \u escape at c->p (after the backslash and 'u'), a surrogate pair
 * joined into one character. */
static int unicode_escape(struct cursor *c, struct text *t)
{
	unsigned hi, lo;

	if (c->end - c->p < 4 || hex4(c->p, &hi))
		return IRKG_EPARSE;
	c->p += 4;
	if (hi >= 0xD800 && hi < 0xDC00) {
		if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u' ||
		    hex4(c->p + 2, &lo) || lo < 0xDC00 || lo >= 0xE000)
			return IRKG_EPARSE;
		c->p += 6;
		return put_utf8(t, 0x10000 + ((hi - 0xD800) << 10) +
					   (lo - 0xDC00));
	}
	if (hi >= 0xDC00 && hi < 0xE000)
		return IRKG_EPARSE;
	return put_utf8(t, hi);
}

/* A JSON string into t (replacing what it held). */
static int read_string(struct cursor *c, struct text *t)
{
	int rc = IRKG_OK;

	t->len = 0;
	if ((rc = text_put(t, "", 0)) || !take(c, '"'))
		return rc ? rc : IRKG_EPARSE;
	while (!rc) {
		const char *run = c->p;

		while (c->p < c->end && *c->p != '"' && *c->p != '\\')
			c->p++;
		if (c->p > run)
			rc = text_put(t, run, (size_t)(c->p - run));
		if (rc || c->p >= c->end)
			return rc ? rc : IRKG_EPARSE;
		if (*c->p++ == '"')
			return IRKG_OK;
		if (c->p >= c->end)
			return IRKG_EPARSE;
		switch (*c->p++) {
		case '"':
			rc = text_put(t, "\"", 1);
			break;
		case '\\':
			rc = text_put(t, "\\", 1);
			break;
		case '/':
			rc = text_put(t, "/", 1);
			break;
		case 'b':
			rc = text_put(t, "\b", 1);
			break;
		case 'f':
			rc = text_put(t, "\f", 1);
			break;
		case 'n':
			rc = text_put(t, "\n", 1);
			break;
		case 'r':
			rc = text_put(t, "\r", 1);
			break;
		case 't':
			rc = text_put(t, "\t", 1);
			break;
		case 'u':
			rc = unicode_escape(c, t);
			break;
		default:
			rc = IRKG_EPARSE;
		}
	}
	return rc;
}

/* Past any JSON value: what the answer does not need ("link",
 * "distinct", "ordered"). */
static int skip_value(struct cursor *c, struct text *scratch, int depth)
{
	skip_space(c);
	if (c->p >= c->end || depth > 64)
		return IRKG_EPARSE;
	if (*c->p == '"')
		return read_string(c, scratch);
	if (*c->p == '{' || *c->p == '[') {
		char close = *c->p == '{' ? '}' : ']';
		int rc;

		c->p++;
		if (take(c, close))
			return IRKG_OK;
		do {
			if (close == '}' &&
			    ((rc = read_string(c, scratch)) || !take(c, ':')))
				return rc ? rc : IRKG_EPARSE;
			if ((rc = skip_value(c, scratch, depth + 1)))
				return rc;
		} while (take(c, ','));
		return take(c, close) ? IRKG_OK : IRKG_EPARSE;
	}
	/* a number, true, false or null */
	while (c->p < c->end && !strchr(",}] \t\r\n", *c->p))
		c->p++;
	return IRKG_OK;
}

struct reader {
	struct cursor c;
	librdf_world *world;
	irkg_answer *answer;
	struct text key, type, value, lang, datatype;
};

/* "vars": ["a", "b"] */
static int read_vars(struct reader *r)
{
	int rc;

	if (!take(&r->c, '['))
		return IRKG_EPARSE;
	if (take(&r->c, ']'))
		return IRKG_OK;
	do {
		irkg_answer *a = r->answer;
		char **grown;

		if ((rc = read_string(&r->c, &r->key)))
			return rc;
		grown = realloc(a->names,
				(size_t)(a->n_names + 1) * sizeof(*grown));
		if (!grown)
			return IRKG_ENOMEM;
		a->names = grown;
		if (!(a->names[a->n_names] = strdup(r->key.s)))
			return IRKG_ENOMEM;
		a->n_names++;
	} while (take(&r->c, ','));
	return take(&r->c, ']') ? IRKG_OK : IRKG_EPARSE;
}

/* An object of string members; `member` is called with each key in
 * r->key, positioned at its value. */
static int read_object(struct reader *r, int (*member)(struct reader *))
{
	int rc;

	if (!take(&r->c, '{'))
		return IRKG_EPARSE;
	if (take(&r->c, '}'))
		return IRKG_OK;
	do {
		if ((rc = read_string(&r->c, &r->key)) || !take(&r->c, ':'))
			return rc ? rc : IRKG_EPARSE;
		if ((rc = member(r)))
			return rc;
	} while (take(&r->c, ','));
	return take(&r->c, '}') ? IRKG_OK : IRKG_EPARSE;
}

static int head_member(struct reader *r)
{
	if (strcmp(r->key.s, "vars") == 0)
		return read_vars(r);
	return skip_value(&r->c, &r->value, 0);
}

/* {"type": …, "value": …, "xml:lang": …, "datatype": …} */
static int term_member(struct reader *r)
{
	struct text *t = strcmp(r->key.s, "type") == 0	     ? &r->type
			 : strcmp(r->key.s, "value") == 0    ? &r->value
			 : strcmp(r->key.s, "xml:lang") == 0 ? &r->lang
			 : strcmp(r->key.s, "datatype") == 0 ? &r->datatype
							     : NULL;

	return t ? read_string(&r->c, t) : skip_value(&r->c, &r->value, 0);
}

static librdf_node *new_term(struct reader *r)
{
	const unsigned char *value = (const unsigned char *)r->value.s;
	librdf_uri *type = NULL;
	librdf_node *node = NULL;

	if (strcmp(r->type.s, "uri") == 0)
		return librdf_new_node_from_uri_string(r->world, value);
	if (strcmp(r->type.s, "bnode") == 0) {
		/* as Redland's module gives them: without Virtuoso's
		 * "_:" or "nodeID://" */
		if (strncmp(r->value.s, "_:", 2) == 0)
			value += 2;
		else if (strncmp(r->value.s, "nodeID://", 9) == 0)
			value += 9;
		return librdf_new_node_from_blank_identifier(r->world, value);
	}
	if (strcmp(r->type.s, "literal") != 0 &&
	    strcmp(r->type.s, "typed-literal") != 0)
		return NULL;
	if (r->lang.len == 0 && r->datatype.len > 0 &&
	    !(type = librdf_new_uri(r->world,
				    (const unsigned char *)r->datatype.s)))
		return NULL;
	node = librdf_new_node_from_typed_counted_literal(
		r->world, value, r->value.len, r->lang.len ? r->lang.s : NULL,
		r->lang.len, type);
	if (type)
		librdf_free_uri(type);
	return irkg_virtuoso_mend_node(node);
}

/* One binding of a row: "name": {term}. */
static int binding_member(struct reader *r)
{
	irkg_answer *a = r->answer;
	size_t at = (a->n_rows - 1) * (size_t)a->n_names;
	int i, rc;

	for (i = 0; i < a->n_names; i++)
		if (strcmp(a->names[i], r->key.s) == 0)
			break;
	if (i == a->n_names || a->cells[at + (size_t)i])
		return IRKG_EPARSE; /* not in "vars", or twice */
	r->type.len = r->value.len = r->lang.len = r->datatype.len = 0;
	if ((rc = text_put(&r->type, "", 0)) ||
	    (rc = text_put(&r->value, "", 0)) ||
	    (rc = text_put(&r->lang, "", 0)) ||
	    (rc = text_put(&r->datatype, "", 0)) ||
	    (rc = read_object(r, term_member)))
		return rc;
	a->cells[at + (size_t)i] = new_term(r);
	return a->cells[at + (size_t)i] ? IRKG_OK : IRKG_EPARSE;
}

/* "bindings": [{row}, …] */
static int read_rows(struct reader *r)
{
	irkg_answer *a = r->answer;
	int rc;

	if (!take(&r->c, '['))
		return IRKG_EPARSE;
	if (take(&r->c, ']'))
		return IRKG_OK;
	do {
		size_t width = (size_t)a->n_names, k;

		if (a->n_rows == a->cap_rows) {
			size_t cap = a->cap_rows ? a->cap_rows * 2 : 64;
			librdf_node **grown;

			if (width && cap > SIZE_MAX / width / sizeof(*grown))
				return IRKG_ENOMEM;
			grown = realloc(a->cells, (width ? cap * width : 1) *
							  sizeof(*grown));
			if (!grown)
				return IRKG_ENOMEM;
			a->cells = grown;
			a->cap_rows = cap;
		}
		for (k = 0; k < width; k++)
			a->cells[a->n_rows * width + k] = NULL;
		a->n_rows++;
		if ((rc = read_object(r, binding_member)))
			return rc;
	} while (take(&r->c, ','));
	return take(&r->c, ']') ? IRKG_OK : IRKG_EPARSE;
}

static int results_member(struct reader *r)
{
	if (strcmp(r->key.s, "bindings") == 0)
		return read_rows(r);
	return skip_value(&r->c, &r->value, 0);
}

static int top_member(struct reader *r)
{
	if (strcmp(r->key.s, "head") == 0)
		return read_object(r, head_member);
	if (strcmp(r->key.s, "results") == 0)
		return read_object(r, results_member);
	return skip_value(&r->c, &r->value, 0);
}

int irkg_answer_from_json(irkg_answer **out, librdf_world *world,
			  const char *json, size_t len)
{
	struct reader r;
	int rc;

	*out = NULL;
	memset(&r, 0, sizeof(r));
	r.c.p = json;
	r.c.end = json + len;
	r.world = world;
	r.answer = calloc(1, sizeof(*r.answer));
	if (!r.answer)
		return IRKG_ENOMEM;
	rc = read_object(&r, top_member);
	skip_space(&r.c);
	if (!rc && r.c.p != r.c.end)
		rc = IRKG_EPARSE;
	free(r.key.s);
	free(r.type.s);
	free(r.value.s);
	free(r.lang.s);
	free(r.datatype.s);
	if (rc) {
		irkg_answer_free(r.answer);
		return rc;
	}
	*out = r.answer;
	return IRKG_OK;
}
