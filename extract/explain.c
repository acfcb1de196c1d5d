/* irkg extract --explain (see explain.h): sentence by sentence, the actors
 * and cues found and what became of every match, written into the finder's
 * buffer and handed to the caller's irkg_explain, a line or a sentence at a
 * time. */
#include "explain.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../common/error.h"

/* Append printf-style text to f->said. A failure to grow is kept in
 * f->said_failed, like a stream's error flag, and said once by flush(). */
static void put(struct event_finder *f, const char *format, ...)
{
	va_list ap;
	int n;

	if (f->said_failed)
		return;
	va_start(ap, format);
	n = vsnprintf(NULL, 0, format, ap);
	va_end(ap);
	if (n < 0) {
		f->said_failed = 1;
		return;
	}
	while (f->n_said + (size_t)n + 1 > f->cap_said)
		if (irkg_finder_grow((void **)&f->said, &f->cap_said,
				     f->cap_said, 1)) {
			f->said_failed = 1;
			return;
		}
	va_start(ap, format);
	vsnprintf(f->said + f->n_said, f->cap_said - f->n_said, format, ap);
	va_end(ap);
	f->n_said += (size_t)n;
}

/* Hand what was put to the caller. Returns 0 or IRKG_ENOMEM. */
static int flush(struct event_finder *f)
{
	int rc = f->said_failed ? IRKG_ENOMEM : IRKG_OK;

	if (!rc && f->n_said)
		f->explain->say(f->explain->data, f->said, f->n_said);
	f->n_said = 0;
	f->said_failed = 0;
	return rc;
}

/* The words of tokens [a, b) of the article. */
static void put_words(struct event_finder *f, size_t a, size_t b)
{
	const char *body = f->doc->article->body;

	if (a < b)
		put(f, "\"%.*s\"",
		    (int)(f->tokens[b - 1].end - f->tokens[a].start),
		    body + f->tokens[a].start);
}

/* The actor codes of unit u: "KOR,JPN", "?" for an actor without one,
 * "-" for no unit. */
static void put_unit(struct event_finder *f, long u)
{
	size_t i;

	if (u < 0) {
		put(f, "-");
		return;
	}
	for (i = 0; i < f->units[u].n_members; i++) {
		const char *c = irkg_finder_member_code(
			f, f->units[u].first_member + i);

		put(f, "%s%s", i ? "," : "", c ? c : "?");
	}
	if (!f->units[u].n_members)
		put(f, "?");
}

/* One line for each reference of the sentence the mention finder resolved
 * (a pronoun, description, epithet or group): its words, what it stands
 * for and by which rule (coreference.c, reference.c, group.c). */
static void put_references(struct event_finder *f)
{
	size_t i, k;

	for (i = 0; i < f->n_mentions; i++) {
		const struct irkg_mention *x = &f->mentions[i];

		if (x->sentence != f->sentence || !x->why ||
		    (x->how != IRKG_MENTION_PRONOUN &&
		     x->how != IRKG_MENTION_GROUP))
			continue;
		put(f, "    reference ");
		put_words(f, x->first_token, x->first_token + x->n_tokens);
		put(f, " = ");
		if (x->how == IRKG_MENTION_GROUP) {
			for (k = 0; k < x->n_members; k++) {
				const char *c =
					f->mentions[f->group_members
							    [x->first_member +
							     k]]
						.code;

				put(f, "%s%s", k ? "," : "", c ? c : "?");
			}
			if (!x->n_members)
				put(f, "-");
		} else {
			put(f, "%s", x->code ? x->code : "?");
		}
		if (x->how == IRKG_MENTION_PRONOUN &&
		    x->antecedent != IRKG_MENTION_NONE) {
			const struct irkg_mention *y =
				&f->mentions[x->antecedent];

			put(f, " (");
			put_words(f, y->first_token,
				  y->first_token + y->n_tokens);
			put(f, " in [%zu])", y->sentence + 1);
		}
		put(f, ": %s\n", x->why);
	}
}

int irkg_explain_match(struct event_finder *f, const struct event_match *m,
		       long src, long tgt, const char *outcome)
{
	const char *file;

	if (!f->explain)
		return IRKG_OK;
	file = strrchr(m->pattern->file, '/');
	put(f, "    %s%s %s:%u%s ",
	    m->pattern->kind == IRKG_PATTERN_RELATION ? "@" : "",
	    m->pattern->code, file ? file + 1 : m->pattern->file,
	    m->pattern->line, m->pattern->derived ? " (passive)" : "");
	put_words(f, m->first, m->end);
	put(f, " source ");
	put_unit(f, src);
	put(f, " target ");
	put_unit(f, tgt);
	put(f, ": %s\n", outcome);
	return flush(f);
}

int irkg_explain_sentence(struct event_finder *f)
{
	size_t i;

	if (!f->explain)
		return IRKG_OK;
	put(f, "[%zu] ", f->sentence + 1);
	put_words(f, f->s_first, f->s_end);
	put(f, "\n    actors:");
	for (i = 0; i < f->n_units; i++) {
		put(f, " ");
		put_words(f, f->units[i].first, f->units[i].end);
		put(f, "%c", f->units[i].place ? '@' : '=');
		put_unit(f, (long)i);
	}
	for (i = 0; i < f->n_cues; i++) {
		put(f, "%s %s ", i ? "," : "\n    cues:", f->cues[i].kind);
		put_words(f, f->cues[i].first, f->cues[i].end);
	}
	put(f, "\n");
	put_references(f);
	return flush(f);
}

int irkg_explain_fact(struct event_finder *f, const struct event_match *m,
		      const struct irkg_fact *x, long src, long tgt)
{
	char what[80];

	if (!f->explain)
		return IRKG_OK;
	snprintf(what, sizeof(what), "%s %s%s", x->code,
		 x->planned ? "planned " : "", x->cue ? x->cue : "");
	return irkg_explain_match(f, m, src, tgt, what);
}
