/* SPARQL text before Rasqal sees it: unsupported features, parameters,
 * prefixes. A small tokenizer is enough: strings, IRIs and comments are
 * skipped so that a keyword inside them is never mistaken for syntax. */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "error.h"
#include "prefixes.h"
#include "sparql.h"

enum token_kind {
	T_EOF,
	T_IRI,
	T_PNAME,
	T_VAR,
	T_WORD,
	T_STRING,
	T_NUMBER,
	T_PUNCT
};

struct token {
	enum token_kind kind;
	size_t start, length;
	int line, column;
};

struct lexer {
	const char *text;
	size_t length, pos;
	int line;
	size_t line_start;
};

static int is_name_char(unsigned char c)
{
	return isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
}

/* SPARQL variable names have no '-' or '.': "?state." is ?state then '.' */
static int is_var_char(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

/* An IRI is `<` up to `>` with none of the characters IRIREF forbids;
 * anything else starting with `<` is the less-than operator. */
static size_t iri_length(const struct lexer *lx, size_t at)
{
	size_t i;

	for (i = at + 1; i < lx->length; i++) {
		unsigned char c = (unsigned char)lx->text[i];

		if (c == '>')
			return i - at + 1;
		if (c <= 0x20 || strchr("<\"{}|^`\\", c))
			return 0;
	}
	return 0;
}

static void advance(struct lexer *lx, size_t n)
{
	while (n-- && lx->pos < lx->length) {
		if (lx->text[lx->pos] == '\n') {
			lx->line++;
			lx->line_start = lx->pos + 1;
		}
		lx->pos++;
	}
}

static size_t string_length(const struct lexer *lx, size_t at)
{
	const char *t = lx->text;
	char q = t[at];
	int triple = at + 2 < lx->length && t[at + 1] == q && t[at + 2] == q;
	size_t i = at + (triple ? 3 : 1);

	for (; i < lx->length; i++) {
		if (t[i] == '\\') {
			i++;
			continue;
		}
		if (t[i] != q)
			continue;
		if (!triple)
			return i - at + 1;
		if (i + 2 < lx->length && t[i + 1] == q && t[i + 2] == q)
			return i - at + 3;
	}
	return lx->length - at; /* unterminated: Rasqal will say so */
}

static struct token next_token(struct lexer *lx)
{
	struct token tk = {T_EOF, 0, 0, 0, 0};
	const char *t = lx->text;

	for (;;) {
		while (lx->pos < lx->length &&
		       isspace((unsigned char)t[lx->pos]))
			advance(lx, 1);
		if (lx->pos < lx->length && t[lx->pos] == '#') {
			while (lx->pos < lx->length && t[lx->pos] != '\n')
				advance(lx, 1);
			continue;
		}
		break;
	}
	tk.start = lx->pos;
	tk.line = lx->line;
	tk.column = (int)(lx->pos - lx->line_start) + 1;
	if (lx->pos >= lx->length)
		return tk;
	unsigned char c = (unsigned char)t[lx->pos];
	size_t n = 1;

	if (c == '<' && (n = iri_length(lx, lx->pos)) > 0) {
		tk.kind = T_IRI;
	} else if (c == '"' || c == '\'') {
		tk.kind = T_STRING;
		n = string_length(lx, lx->pos);
	} else if ((c == '?' || c == '$') && lx->pos + 1 < lx->length &&
		   is_var_char((unsigned char)t[lx->pos + 1])) {
		tk.kind = T_VAR;
		for (n = 1; lx->pos + n < lx->length &&
			    is_var_char((unsigned char)t[lx->pos + n]);
		     n++)
			;
	} else if (isdigit(c)) {
		tk.kind = T_NUMBER;
		for (n = 1; lx->pos + n < lx->length &&
			    (isalnum((unsigned char)t[lx->pos + n]) ||
			     t[lx->pos + n] == '.');
		     n++)
			;
	} else if (is_name_char(c) || c == ':') {
		int colon = 0;

		for (n = 0; lx->pos + n < lx->length; n++) {
			unsigned char d = (unsigned char)t[lx->pos + n];

			if (d == ':')
				colon = 1;
			else if (!is_name_char(d))
				break;
		}
		/* a name does not end with '.': that is the triple's end */
		while (n > 1 && t[lx->pos + n - 1] == '.')
			n--;
		tk.kind = colon ? T_PNAME : T_WORD;
	} else {
		tk.kind = T_PUNCT;
		n = 1; /* a '<' that did not open an IRI left n at 0 */
		/* two-character operators that must not read as paths */
		if (lx->pos + 1 < lx->length) {
			char d = t[lx->pos + 1];

			if ((c == '|' && d == '|') || (c == '^' && d == '^') ||
			    (c == '&' && d == '&') || (c == '!' && d == '=') ||
			    (c == '<' && d == '=') || (c == '>' && d == '='))
				n = 2;
		}
	}
	tk.length = n;
	advance(lx, n);
	return tk;
}

static int token_is(const struct lexer *lx, const struct token *tk,
		    const char *s)
{
	return tk->length == strlen(s) &&
	       strncasecmp(lx->text + tk->start, s, tk->length) == 0;
}

static int is_path_step(const struct lexer *lx, const struct token *tk)
{
	return tk->kind == T_IRI || tk->kind == T_PNAME ||
	       (tk->kind == T_WORD && token_is(lx, tk, "a"));
}

static int punct_is(const struct lexer *lx, const struct token *tk, char c)
{
	return tk->kind == T_PUNCT && tk->length == 1 &&
	       lx->text[tk->start] == c;
}

static const struct {
	const char *word;
	const char *feature;
	const char *advice;
} unsupported_words[] = {
	{"MINUS", "MINUS",
	 "Rasqal 0.9.33 ignores it silently; use OPTIONAL "
	 "with FILTER(!BOUND(?x)) instead"},
	{"EXISTS", "EXISTS / NOT EXISTS",
	 "use OPTIONAL with "
	 "FILTER(!BOUND(?x)) or FILTER(BOUND(?x))"},
	{"SERVICE", "SERVICE (federated query)",
	 "irkg queries only its own "
	 "store and never reaches the network"},
	{"INSERT", "SPARQL Update (INSERT)",
	 "change the store with irkg load, "
	 "irkg ingest or irkg drop"},
	{"DELETE", "SPARQL Update (DELETE)", "use irkg drop GRAPH"},
	{"LOAD", "SPARQL Update (LOAD)", "use irkg load FILE"},
	{"CLEAR", "SPARQL Update (CLEAR)", "use irkg drop GRAPH"},
	{"DROP", "SPARQL Update (DROP)", "use irkg drop GRAPH"},
	{"CREATE", "SPARQL Update (CREATE)", "graphs are created by irkg load"},
	{"COPY", "SPARQL Update (COPY)", "use irkg export and irkg load"},
	{"MOVE", "SPARQL Update (MOVE)", "use irkg export and irkg load"},
	{"ADD", "SPARQL Update (ADD)", "use irkg load --append"},
	/* Rasqal over librdf ignores the dataset clause and answers from
	 * every graph: a COUNT would silently count the whole store. */
	{"FROM", "FROM / FROM NAMED (a dataset of chosen graphs)",
	 "irkg always queries the union of its graphs; keep to one graph "
	 "with GRAPH <iri> { ... }, or to several with GRAPH ?g { ... } "
	 "FILTER(?g IN (<a>, <b>))"},
	{"DESCRIBE", "DESCRIBE",
	 "Rasqal 0.9.33 answers it with nothing; use "
	 "CONSTRUCT { <iri> ?p ?o } WHERE { GRAPH ?g { <iri> ?p ?o } }"},
};

#define PATH_ADVICE                                                            \
	"Rasqal 0.9.33 has no property paths; write each step "                \
	"as its own triple pattern, joined by a variable"

static int report(struct irkg_sparql_issue *issue, const struct token *tk,
		  const char *feature, const char *advice)
{
	issue->feature = feature;
	issue->advice = advice;
	issue->line = tk->line;
	issue->column = tk->column;
	return IRKG_EUNSUPPORTED;
}

static const char *const aggregate_words[] = {
	"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"};

static int is_aggregate(const struct lexer *lx, const struct token *tk)
{
	size_t i;

	for (i = 0; tk->kind == T_WORD &&
		    i < sizeof(aggregate_words) / sizeof(aggregate_words[0]);
	     i++)
		if (token_is(lx, tk, aggregate_words[i]))
			return 1;
	return 0;
}

static int same_text(const struct lexer *lx, const struct token *a,
		     const struct token *b)
{
	return a->length == b->length &&
	       strncasecmp(lx->text + a->start, lx->text + b->start,
			   a->length) == 0;
}

/* Aggregates that Rasqal 0.9.33 evaluates wrongly, found by measuring:
 * COUNT(DISTINCT ?x) counts some values twice (751, 774, 753 on three runs
 * for 202 graphs); two aggregates of one function over two variables,
 * MAX(?a) and MAX(?b), are computed once and both columns get the first's
 * value; GROUP BY without any aggregate does not group. */
static int check_aggregates(const char *text, size_t length,
			    struct irkg_sparql_issue *issue)
{
	struct lexer lx = {text, length, 0, 1, 0};
	struct token tk, group = {T_EOF, 0, 0, 0, 0};
	struct token fn[16], var[16];
	size_t n = 0, i;
	int aggregates = 0;

	for (tk = next_token(&lx); tk.kind != T_EOF; tk = next_token(&lx)) {
		struct lexer peek = lx;
		struct token open, arg, close;

		if (tk.kind == T_WORD && token_is(&lx, &tk, "GROUP")) {
			struct token by = next_token(&peek);

			if (by.kind == T_WORD && token_is(&lx, &by, "BY") &&
			    group.kind == T_EOF)
				group = tk;
			continue;
		}
		if (!is_aggregate(&lx, &tk))
			continue;
		open = next_token(&peek);
		if (!punct_is(&lx, &open, '('))
			continue;
		aggregates++;
		arg = next_token(&peek);
		if (arg.kind == T_WORD && token_is(&lx, &arg, "DISTINCT"))
			return report(issue, &tk,
				      "an aggregate over DISTINCT values",
				      "Rasqal 0.9.33 counts some values more "
				      "than once; group instead: SELECT ?x "
				      "(COUNT(*) AS ?n) ... GROUP BY ?x gives "
				      "one row per distinct ?x");
		close = next_token(&peek);
		if (arg.kind != T_VAR || !punct_is(&lx, &close, ')'))
			continue;
		for (i = 0; i < n; i++)
			if (same_text(&lx, &fn[i], &tk) &&
			    !same_text(&lx, &var[i], &arg))
				return report(
					issue, &tk,
					"one aggregate function over two "
					"variables",
					"Rasqal 0.9.33 computes them as one "
					"and gives both columns the first's "
					"value; compute the second in a "
					"subquery, or with an expression that "
					"differs by a constant, e.g. "
					"MAX(IF(BOUND(?b), ?b, 0))");
		if (n < sizeof(fn) / sizeof(fn[0])) {
			fn[n] = tk;
			var[n++] = arg;
		}
	}
	if (group.kind != T_EOF && !aggregates)
		return report(issue, &group, "GROUP BY without an aggregate",
			      "Rasqal 0.9.33 then does not group (one row per "
			      "solution); add an aggregate such as "
			      "(COUNT(*) AS ?n) to the SELECT");
	return IRKG_OK;
}

const char *irkg_sparql_form(const char *text, size_t length)
{
	static const char *const forms[] = {"SELECT", "ASK", "CONSTRUCT",
					    "DESCRIBE"};
	struct lexer lx = {text, length, 0, 1, 0};
	struct token tk;
	size_t i;

	for (tk = next_token(&lx); tk.kind != T_EOF; tk = next_token(&lx))
		for (i = 0; tk.kind == T_WORD && i < 4; i++)
			if (token_is(&lx, &tk, forms[i]))
				return forms[i];
	return NULL;
}

int irkg_sparql_depth(const char *text, size_t length)
{
	struct lexer lx = {text, length, 0, 1, 0};
	struct token tk;
	int depth = 0, deepest = 0;

	for (tk = next_token(&lx); tk.kind != T_EOF; tk = next_token(&lx)) {
		if (punct_is(&lx, &tk, '{') || punct_is(&lx, &tk, '(') ||
		    punct_is(&lx, &tk, '['))
			depth++;
		else if ((punct_is(&lx, &tk, '}') || punct_is(&lx, &tk, ')') ||
			  punct_is(&lx, &tk, ']')) &&
			 depth > 0)
			depth--;
		if (depth > deepest)
			deepest = depth;
	}
	return deepest;
}

int irkg_sparql_names_graphs(const char *text, size_t length)
{
	struct lexer lx = {text, length, 0, 1, 0};
	struct token tk;

	for (tk = next_token(&lx); tk.kind != T_EOF; tk = next_token(&lx))
		if (tk.kind == T_WORD && token_is(&lx, &tk, "GRAPH"))
			return 1;
	return 0;
}

int irkg_sparql_check(const char *text, size_t length,
		      struct irkg_sparql_issue *issue)
{
	struct lexer lx = {text, length, 0, 1, 0};
	struct token before = {T_EOF, 0, 0, 0, 0};
	struct token prev = {T_EOF, 0, 0, 0, 0}, tk, next;
	size_t i;

	memset(issue, 0, sizeof(*issue));
	tk = next_token(&lx);
	while (tk.kind != T_EOF) {
		next = next_token(&lx);
		if (tk.kind == T_WORD) {
			for (i = 0; i < sizeof(unsupported_words) /
						sizeof(unsupported_words[0]);
			     i++)
				if (token_is(&lx, &tk,
					     unsupported_words[i].word))
					return report(
						issue, &tk,
						unsupported_words[i].feature,
						unsupported_words[i].advice);
		} else if (tk.kind == T_PUNCT && tk.length == 1) {
			char c = text[tk.start];

			if (c == '|' || c == '^')
				return report(issue, &tk,
					      c == '|' ? "property path '|'"
						       : "property path '^'",
					      PATH_ADVICE);
			if (c == '/' && is_path_step(&lx, &prev) &&
			    (is_path_step(&lx, &next) ||
			     punct_is(&lx, &next, '(') ||
			     punct_is(&lx, &next, '!')))
				return report(issue, &tk, "property path '/'",
					      PATH_ADVICE);
			/* after "^^", an IRI is a datatype, not a path step */
			if ((c == '*' || c == '+' || c == '?') &&
			    is_path_step(&lx, &prev) &&
			    !(before.kind == T_PUNCT && before.length == 2 &&
			      text[before.start] == '^'))
				return report(issue, &tk,
					      c == '*'	 ? "property path '*'"
					      : c == '+' ? "property path '+'"
							 : "property path '?'",
					      PATH_ADVICE);
			if (c == '!' &&
			    (prev.kind == T_VAR || is_path_step(&lx, &prev) ||
			     punct_is(&lx, &prev, ';') ||
			     punct_is(&lx, &prev, '[') ||
			     punct_is(&lx, &prev, ']')) &&
			    (is_path_step(&lx, &next) ||
			     punct_is(&lx, &next, '(')))
				return report(issue, &tk,
					      "negated property set '!'",
					      PATH_ADVICE);
		}
		before = prev;
		prev = tk;
		tk = next;
	}
	return check_aggregates(text, length, issue);
}

/* ---- parameters ---- */

static char *dup_range(const char *s, size_t n)
{
	char *d = malloc(n + 1);

	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

void irkg_sparql_params_free(struct irkg_sparql_param *params, size_t count)
{
	size_t i;

	if (!params)
		return;
	for (i = 0; i < count; i++) {
		free(params[i].name);
		free(params[i].template_text);
		free(params[i].default_value);
		free(params[i].description);
	}
	free(params);
}

/* Split the next whitespace-separated word off *s. */
static int next_word(const char **s, const char *end, const char **w, size_t *n)
{
	const char *p = *s;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	*w = p;
	while (p < end && *p != ' ' && *p != '\t')
		p++;
	*n = (size_t)(p - *w);
	*s = p;
	return *n > 0;
}

int irkg_sparql_params_read(const char *text, struct irkg_sparql_param **out,
			    size_t *count)
{
	struct irkg_sparql_param *list = NULL;
	size_t n = 0;
	const char *line = text;

	*out = NULL;
	*count = 0;
	while (*line == '#' || *line == '\n' || *line == '\r') {
		const char *end = strchr(line, '\n'), *p, *w;
		size_t wn;

		if (!end)
			end = line + strlen(line);
		p = line + 1;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (*line == '#' && (size_t)(end - p) > 7 &&
		    strncmp(p, "@param", 6) == 0 &&
		    (p[6] == ' ' || p[6] == '\t')) {
			struct irkg_sparql_param param = {0};
			struct irkg_sparql_param *grown;
			const char *lineend = end;

			if (lineend > p && lineend[-1] == '\r')
				lineend--;
			p += 6;
			if (next_word(&p, lineend, &w, &wn))
				param.name = dup_range(w, wn);
			if (next_word(&p, lineend, &w, &wn))
				param.template_text = dup_range(w, wn);
			if (next_word(&p, lineend, &w, &wn) &&
			    !(wn == 1 && *w == '-'))
				param.default_value = dup_range(w, wn);
			while (p < lineend && (*p == ' ' || *p == '\t'))
				p++;
			param.description = dup_range(p, (size_t)(lineend - p));
			grown = realloc(list, (n + 1) * sizeof(*list));
			if (!grown || !param.name || !param.template_text ||
			    !param.description ||
			    !strstr(param.template_text, "{}")) {
				/* a field that is missing, not one that failed
				 * to allocate, makes the line malformed */
				int bad =
					grown && param.description &&
					(!param.name || !param.template_text ||
					 !strstr(param.template_text, "{}"));

				if (grown)
					list = grown;
				free(param.name);
				free(param.template_text);
				free(param.default_value);
				free(param.description);
				irkg_sparql_params_free(list, n);
				return bad ? IRKG_EINVAL : IRKG_ENOMEM;
			}
			list = grown;
			list[n++] = param;
		}
		if (!*end)
			break;
		line = end + 1;
	}
	*out = list;
	*count = n;
	return IRKG_OK;
}

char *irkg_sparql_title(const char *text)
{
	const char *p = text, *end;

	while (*p == '\n' || *p == '\r')
		p++;
	if (*p != '#')
		return NULL;
	p++;
	while (*p == ' ' || *p == '\t')
		p++;
	end = strchr(p, '\n');
	if (!end)
		end = p + strlen(p);
	while (end > p && (end[-1] == '\r' || end[-1] == ' '))
		end--;
	return dup_range(p, (size_t)(end - p));
}

/* A growing output buffer held in an xmlBuffer, created on first use;
 * `failed` records an allocation failure. */
struct buffer {
	xmlBufferPtr buf;
	int failed;
};

static void put(struct buffer *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (!b->buf && !(b->buf = xmlBufferCreate())) {
		b->failed = 1;
		return;
	}
	if (n > INT_MAX || xmlBufferAdd(b->buf, (const xmlChar *)s, (int)n))
		b->failed = 1;
}

static void puts_buffer(struct buffer *b, const char *s)
{
	put(b, s, strlen(s));
}

/* The buffer's text, or NULL when nothing was ever put. */
static const char *buffer_data(const struct buffer *b)
{
	return b->buf ? (const char *)xmlBufferContent(b->buf) : NULL;
}

static size_t buffer_length(const struct buffer *b)
{
	return b->buf ? (size_t)xmlBufferLength(b->buf) : 0;
}

/* A SPARQL numeric literal: [+-]digits[.digits][e[+-]digits]. */
static int is_number(const char *v)
{
	int digits = 0;

	if (*v == '+' || *v == '-')
		v++;
	for (; isdigit((unsigned char)*v); v++)
		digits++;
	if (*v == '.')
		for (v++; isdigit((unsigned char)*v); v++)
			digits++;
	if (!digits)
		return 0;
	if (*v == 'e' || *v == 'E') {
		v++;
		if (*v == '+' || *v == '-')
			v++;
		if (!isdigit((unsigned char)*v))
			return 0;
		while (isdigit((unsigned char)*v))
			v++;
	}
	return *v == '\0';
}

/* Write `value` into `template` as an RDF term, refusing what would not
 * stay one term (so a parameter can never inject SPARQL). */
/* The length of an IRI scheme and its colon at the start of `s` ("https:"),
 * or 0: the value of an IRI parameter must be an absolute IRI. */
static size_t scheme_length(const char *s)
{
	size_t n = 0;

	if (!isalpha((unsigned char)s[0]))
		return 0;
	while (isalnum((unsigned char)s[n]) || (s[n] && strchr("+-.", s[n])))
		n++;
	return s[n] == ':' ? n + 1 : 0;
}

/* A value for a whole-IRI parameter ("<{}>") written as one of irkg's
 * prefixed names ("event:abc-1"): the namespace it stands for, and
 * *local the rest; NULL when it is not one. */
static const char *known_namespace(const char *value, const char **local)
{
	const struct irkg_prefix *known;
	size_t n_known, i, n = strcspn(value, ":");

	if (!value[n] || strncmp(value + n, "://", 3) == 0)
		return NULL;
	known = irkg_prefixes(&n_known);
	for (i = 0; i < n_known; i++)
		if (strlen(known[i].prefix) == n &&
		    strncmp(known[i].prefix, value, n) == 0) {
			*local = value + n + 1;
			return known[i].uri;
		}
	return NULL;
}

static int write_term(struct buffer *b, const char *template_text,
		      const char *value)
{
	const char *hole = strstr(template_text, "{}");
	const char *v, *local = NULL, *ns = NULL;
	int in_iri = template_text[0] == '<';
	int in_string = template_text[0] == '"';

	if (!hole)
		return IRKG_EINVAL;
	if (strcmp(template_text, "<{}>") == 0) {
		ns = known_namespace(value, &local);
		if (!ns && !scheme_length(value))
			return IRKG_ENOTFOUND; /* not an absolute IRI */
		if (ns) {
			put(b, "<", 1);
			puts_buffer(b, ns);
			value = local;
			template_text = hole = "{}>";
		}
	}
	for (v = value; *v; v++) {
		unsigned char c = (unsigned char)*v;

		if (in_iri && (c <= 0x20 || strchr("<>\"{}|^`\\", c)))
			return IRKG_EINVAL;
		/* the end of an IRI ("state/{}") takes a code, not an IRI */
		if (in_iri && hole != template_text + 1 && strchr(":/#", c))
			return IRKG_EINVAL;
		if (!in_iri && !in_string && hole == template_text &&
		    !is_number(value) && strcmp(value, "true") &&
		    strcmp(value, "false"))
			return IRKG_EINVAL;
		if (!in_iri && !in_string && hole != template_text &&
		    !(isalnum(c) || c == '_' || c == '-' || c == '.'))
			return IRKG_EINVAL; /* prefixed-name local part */
	}
	if (!*value)
		return IRKG_EINVAL;
	/* a prefixed name's local part neither starts nor ends with '.' */
	if (!in_iri && !in_string && hole != template_text &&
	    (value[0] == '.' || value[strlen(value) - 1] == '.'))
		return IRKG_EINVAL;
	put(b, template_text, (size_t)(hole - template_text));
	for (v = value; *v; v++) {
		if (in_string && (*v == '"' || *v == '\\'))
			put(b, "\\", 1);
		if (in_string && (*v == '\n' || *v == '\r')) {
			put(b, *v == '\n' ? "\\n" : "\\r", 2);
			continue;
		}
		put(b, v, 1);
	}
	puts_buffer(b, hole + 2);
	return IRKG_OK;
}

static const char *binding_for(const struct irkg_sparql_binding *bindings,
			       size_t n, const char *name)
{
	size_t i;
	const char *found = NULL;

	for (i = 0; i < n; i++)
		if (strcmp(bindings[i].name, name) == 0)
			found = bindings[i].value; /* the last one wins */
	return found;
}

/* Prefixes declared by the query itself ("PREFIX p:") are not added. */
static int declares_prefix(const char *text, const char *prefix)
{
	struct lexer lx = {text, strlen(text), 0, 1, 0};
	struct token tk = next_token(&lx), next;

	while (tk.kind != T_EOF) {
		next = next_token(&lx);
		if (tk.kind == T_WORD && token_is(&lx, &tk, "PREFIX") &&
		    next.kind == T_PNAME && next.length == strlen(prefix) + 1 &&
		    strncmp(text + next.start, prefix, strlen(prefix)) == 0)
			return 1;
		tk = next;
	}
	return 0;
}

int irkg_sparql_prepare(const char *text,
			const struct irkg_sparql_binding *bindings,
			size_t n_bindings, char **out, int *line_offset,
			char *error, size_t error_size)
{
	struct irkg_sparql_param *params = NULL;
	size_t n_params = 0, i, n_known;
	struct buffer body = {0}, result = {0};
	const struct irkg_prefix *known = irkg_prefixes(&n_known);
	char *used = NULL;
	int rc;

	*out = NULL;
	*line_offset = 0;
	error[0] = '\0';
	rc = irkg_sparql_params_read(text, &params, &n_params);
	if (rc) {
		snprintf(error, error_size,
			 "a malformed @param line in the "
			 "query's header (want: # @param NAME TEMPLATE DEFAULT "
			 "description)");
		return rc;
	}
	for (i = 0; i < n_bindings; i++) {
		size_t j;

		for (j = 0; j < n_params; j++)
			if (strcmp(params[j].name, bindings[i].name) == 0)
				break;
		if (j == n_params) {
			snprintf(error, error_size,
				 "the query has no parameter "
				 "'%s'%s",
				 bindings[i].name,
				 n_params ? "" : " (it declares none)");
			rc = IRKG_EINVAL;
			goto cleanup;
		}
	}
	for (i = 0; i < n_params; i++)
		if (!params[i].default_value &&
		    !binding_for(bindings, n_bindings, params[i].name)) {
			snprintf(error, error_size,
				 "the query needs --param "
				 "%s=VALUE (%s)",
				 params[i].name, params[i].description);
			rc = IRKG_EINVAL;
			goto cleanup;
		}

	/* Copy the text, writing parameter values in place of their
	 * variables and noting which known prefixes are used. */
	used = calloc(n_known, 1);
	if (!used) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	{
		struct lexer lx = {text, strlen(text), 0, 1, 0};
		struct token tk;
		size_t copied = 0;

		while ((tk = next_token(&lx)).kind != T_EOF) {
			if (tk.kind != T_VAR)
				continue;
			for (i = 0; i < n_params; i++) {
				const char *name = params[i].name;
				const char *value;

				if (tk.length - 1 != strlen(name) ||
				    strncmp(text + tk.start + 1, name,
					    tk.length - 1))
					continue;
				value = binding_for(bindings, n_bindings, name);
				if (!value)
					value = params[i].default_value;
				put(&body, text + copied, tk.start - copied);
				rc = write_term(&body, params[i].template_text,
						value);
				if (rc == IRKG_ENOTFOUND)
					snprintf(error, error_size,
						 "'%s' is not an IRI: --param "
						 "%s wants a full IRI as the "
						 "tables and queries print it "
						 "(https://w3id.org/irkg/id/"
						 "event/...) or one of irkg's "
						 "prefixed names (event:..., "
						 "relation:..., state:JPN)",
						 value, name);
				else if (rc)
					snprintf(error, error_size,
						 "'%s' is not "
						 "a valid value for parameter "
						 "'%s' (template %s)",
						 value, name,
						 params[i].template_text);
				if (rc) {
					rc = IRKG_EINVAL;
					goto cleanup;
				}
				copied = tk.start + tk.length;
				break;
			}
		}
		puts_buffer(&body, text + copied);
	}
	if (body.failed) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	/* Prefixes are looked for after substitution: templates use them. */
	{
		struct lexer lx = {buffer_data(&body), buffer_length(&body), 0,
				   1, 0};
		struct token tk;

		while ((tk = next_token(&lx)).kind != T_EOF) {
			const char *start = buffer_data(&body) + tk.start;
			const char *colon;
			size_t plen;

			if (tk.kind != T_PNAME)
				continue;
			colon = memchr(start, ':', tk.length);
			plen = (size_t)(colon - start);
			for (i = 0; i < n_known; i++)
				if (strlen(known[i].prefix) == plen &&
				    !strncmp(known[i].prefix, start, plen))
					used[i] = 1;
		}
	}
	for (i = 0; i < n_known; i++) {
		if (!used[i] ||
		    declares_prefix(buffer_data(&body), known[i].prefix))
			continue;
		puts_buffer(&result, "PREFIX ");
		puts_buffer(&result, known[i].prefix);
		puts_buffer(&result, ": <");
		puts_buffer(&result, known[i].uri);
		puts_buffer(&result, ">\n");
		(*line_offset)++;
	}
	puts_buffer(&result, buffer_data(&body) ? buffer_data(&body) : "");
	if (body.failed || result.failed) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	*out = strdup(buffer_data(&result));
	if (!*out) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
cleanup:
	if (rc)
		*line_offset = 0;
	free(used);
	xmlBufferFree(body.buf);
	xmlBufferFree(result.buf);
	irkg_sparql_params_free(params, n_params);
	return rc;
}
