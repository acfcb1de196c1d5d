/* irkg extract --explain (see explain.h): sentence by sentence, the actors
 * and cues found and what became of every match. */

#include <stdio.h>
#include <string.h>

#include "../common/error.h"
#include "explain.h"

/* The words of tokens [a, b) of the article. */
static void explain_words(const struct event_finder *f, size_t a, size_t b)
{
	const char *body = f->doc->article->body;

	if (a < b)
		fprintf(f->explain, "\"%.*s\"",
			(int)(f->tokens[b - 1].end - f->tokens[a].start),
			body + f->tokens[a].start);
}

static void explain_unit(const struct event_finder *f, long u)
{
	size_t i;

	if (u < 0) {
		fputs("-", f->explain);
		return;
	}
	for (i = 0; i < f->units[u].n_members; i++) {
		const char *c = irkg_finder_member_code(
			f, f->units[u].first_member + i);

		fprintf(f->explain, "%s%s", i ? "," : "", c ? c : "?");
	}
	if (!f->units[u].n_members)
		fputs("?", f->explain);
}

/* One line on a match and what became of it. */
int irkg_explain_match(const struct event_finder *f,
		       const struct event_match *m, long src, long tgt,
		       const char *outcome)
{
	const char *file;

	if (!f->explain)
		return IRKG_OK;
	file = strrchr(m->pattern->file, '/');
	fprintf(f->explain, "    %s%s %s:%u ",
		m->pattern->kind == IRKG_PATTERN_RELATION ? "@" : "",
		m->pattern->code, file ? file + 1 : m->pattern->file,
		m->pattern->line);
	explain_words(f, m->first, m->end);
	fputs(" source ", f->explain);
	explain_unit(f, src);
	fputs(" target ", f->explain);
	explain_unit(f, tgt);
	fprintf(f->explain, ": %s\n", outcome);
	return IRKG_OK;
}

void irkg_explain_sentence(const struct event_finder *f)
{
	size_t i;

	if (!f->explain)
		return;
	fprintf(f->explain, "[%zu] ", f->sentence + 1);
	explain_words(f, f->s_first, f->s_end);
	fputs("\n    actors:", f->explain);
	for (i = 0; i < f->n_units; i++) {
		fputc(' ', f->explain);
		explain_words(f, f->units[i].first, f->units[i].end);
		fputc(f->units[i].place ? '@' : '=', f->explain);
		explain_unit(f, (long)i);
	}
	for (i = 0; i < f->n_cues; i++) {
		fprintf(f->explain, "%s %s ",
			i ? "," : "\n    cues:", f->cues[i].kind);
		explain_words(f, f->cues[i].first, f->cues[i].end);
	}
	fputc('\n', f->explain);
}

int irkg_explain_fact(const struct event_finder *f, const struct event_match *m,
		      const struct irkg_fact *x, long src, long tgt)
{
	char what[80];

	if (!f->explain)
		return IRKG_OK;
	snprintf(what, sizeof(what), "%s %s%s", x->code,
		 x->planned ? "planned " : "", x->cue ? x->cue : "");
	return irkg_explain_match(f, m, src, tgt, what);
}
