/* When and where an act happened (see setting.h): the date expression
 * nearest the verb, the place after "in", "at" or "near", the issue. */
#include "setting.h"

#include <string.h>

/* Whether token t is a word of a date expression of the sentence. */
int irkg_setting_in_date(const struct event_finder *f, size_t t)
{
	size_t i;

	for (i = f->date_cursor;
	     i < f->doc->n_dates && f->doc->dates[i].sentence == f->sentence;
	     i++) {
		const struct irkg_dated *d = &f->doc->dates[i];

		if (d->mention.first_token <= t &&
		    t < d->mention.first_token + d->mention.n_tokens)
			return 1;
	}
	return 0;
}

/* Whether a date expression writes its year ("October 2025"). */
static int year_written(const struct event_finder *f,
			const struct irkg_dated *d)
{
	size_t t;

	for (t = d->mention.first_token;
	     t < d->mention.first_token + d->mention.n_tokens; t++)
		if (f->tokens[t].norm_length == 4 &&
		    irkg_word(f->w, t)[0] >= '1' &&
		    irkg_word(f->w, t)[0] <= '2')
			return 1;
	return 0;
}

/* Whether "that" at token t opens a clause that runs to token `at`
 * ("the truce that the two sides struck last month"), not a determiner
 * ("the text of that treaty in August") nor a clause closed by a comma
 * before it ("demanded that Caracas pull back, a spokesman said on
 * Tuesday"). */
static int opens_clause_to(const struct event_finder *f, size_t t, size_t at)
{
	static const char *const before_determiner[] = {
		"of",	 "in",	  "on",	   "at",     "by",
		"for",	 "with",  "from",  "to",     "under",
		"about", "since", "after", "before", "during"};
	size_t i;

	if (!irkg_word_is(f->w, t, "that") || t == f->s_first)
		return 0;
	for (i = 0;
	     i < sizeof(before_determiner) / sizeof(before_determiner[0]); i++)
		if (irkg_word_is(f->w, t - 1, before_determiner[i]))
			return 0;
	for (i = t + 1; i < at; i++)
		if (irkg_word_is(f->w, i, ","))
			return 0;
	return 1;
}

/* Whether token t opens a clause with no "that" before the date at token
 * `at`: a subject pronoun right after a noun, and a verb after it ("urged
 * Beijing to lift the requirements it introduced in April"). Not after a
 * comma ("met Lee, he said on Monday" is dated by its speaker) nor before
 * a preposition ("returned it in April"). */
static int opens_contact_clause(const struct event_finder *f, size_t t,
				size_t at)
{
	static const char *const subjects[] = {"it", "they", "he", "she", "we"};
	static const char *const joiners[] = {"and",  "or",   "but",
					      "that", "said", "says"};
	const char *before, *after;
	size_t i;
	int subject = 0;

	if (t == f->s_first || t + 1 >= at)
		return 0;
	for (i = 0; i < sizeof(subjects) / sizeof(subjects[0]); i++)
		subject |= irkg_word_is(f->w, t, subjects[i]);
	if (!subject)
		return 0;
	before = irkg_word(f->w, t - 1);
	after = irkg_word(f->w, t + 1);
	if (before[0] < 'a' || before[0] > 'z' || after[0] < 'a' ||
	    after[0] > 'z' ||
	    irkg_word_is_a(f->w, t + 1, IRKG_WORD_OBJECT_PREPOSITION))
		return 0;
	for (i = 0; i < sizeof(joiners) / sizeof(joiners[0]); i++)
		if (irkg_word_is(f->w, t - 1, joiners[i]))
			return 0;
	return 1;
}

/* Whether the act at token `head` is told inside a clause of time
 * opened after the date `d` ("said on Tuesday that it came a month
 * after Polish jets downed the drones"): background, which that date
 * does not date. A date of a day never dates it; a month or a year
 * dates a noun it encloses ("closed the crossings in October 2025,
 * after the deadliest clashes") but not a clause with a subject of its
 * own. Not past a comma ("On Monday, after talks in Doha, Qatar
 * announced"), where the main clause resumes. */
static int in_time_clause_after(const struct event_finder *f,
				const struct irkg_dated *d, size_t head)
{
	size_t t;
	int inside = 0, subject = 0;

	for (t = d->mention.first_token + d->mention.n_tokens; t < head; t++) {
		if (irkg_word_is(f->w, t, ","))
			inside = 0;
		else if (f->boundary[t - f->s_first] == WEAK_BOUNDARY &&
			 (irkg_word_is(f->w, t, "after") ||
			  irkg_word_is(f->w, t, "before") ||
			  irkg_word_is(f->w, t, "since")))
			inside = 1, subject = 0;
		else if (inside && f->unit_of[t - f->s_first] >= 0)
			subject = 1;
	}
	return inside && (subject || d->mention.precision == IRKG_DATE_DAY);
}

/* Whether another act's verb is coordinated after the act's words, which
 * end before token `end`, and before a date at token `at` ("imposed
 * tariffs on Chinese steel and sanctioned Russian banks in 2024"): the
 * date is the later verb's. */
static int later_verb_before(const struct event_finder *f, size_t end,
			     size_t at)
{
	size_t i, t;

	for (i = 0; i < f->n_matches; i++) {
		const struct event_match *m = &f->matches[i];

		if (m->head <= end || m->head >= at)
			continue;
		/* "and" right before the other verb, with at most one word
		 * ("then", "also") between */
		for (t = m->head - 1; t >= end && m->head - t <= 2; t--)
			if (irkg_word_is(f->w, t, "and"))
				return 1;
	}
	return 0;
}

/* Whether ", and" stands between tokens `from` and `to`. */
static int comma_and_between(const struct event_finder *f, size_t from,
			     size_t to)
{
	size_t t;

	for (t = from + 1; t < to; t++)
		if (irkg_word_is(f->w, t, "and") &&
		    irkg_word_is(f->w, t - 1, ","))
			return 1;
	return 0;
}

/* The date expression nearest the head, in its sentence; none: 0. */
void irkg_setting_date(const struct event_finder *f, size_t head, size_t end,
		       struct irkg_fact *x)
{
	const struct irkg_document *doc = f->doc;
	size_t i, best_distance = (size_t)-1, best = 0;

	x->date_precision = IRKG_DATE_NONE;
	for (i = f->date_cursor;
	     i < doc->n_dates && doc->dates[i].sentence == f->sentence; i++) {
		const struct irkg_dated *d = &doc->dates[i];
		size_t at = d->mention.first_token, distance;

		/* the dateline's date is when it was filed, not when it
		 * happened */
		if (d->mention.precision == IRKG_DATE_NONE ||
		    f->tokens[at].start < doc->article->dateline_length)
			continue;
		distance = at > head ? at - head : head - at;
		if (at < head && in_time_clause_after(f, d, head))
			continue;
		/* "adopted sanctions since February 2022, and first
		 * sanctioned officials after the annexation in 2014": a date
		 * of the clause before ", and" yields to one after the verb */
		if (at < head && comma_and_between(f, at, head))
			distance += f->s_end - f->s_first;
		if (at > head && later_verb_before(f, end, at))
			continue;
		/* "suspended until November 2026 a ban": the end of what
		 * was done is not when it was done */
		if (at > head && at > f->s_first &&
		    (irkg_word_is(f->w, at - 1, "until") ||
		     irkg_word_is(f->w, at - 1, "till")))
			continue;
		/* "hosted a summit of ECOWAS, which Niger quit in January":
		 * a date in a clause after the act's is that clause's (but
		 * "a war in June, during which ... bombed" dates the bombing)
		 */
		if (at > head) {
			size_t t;
			int strong = 0;

			/* "met to review the truce that the two sides
			 * struck last month": a date behind "that" is the
			 * clause's it opens, the content of what was said or
			 * the act of what it describes */
			for (t = head; t < at && !strong; t++)
				strong = f->boundary[t - f->s_first] ==
						 STRONG_BOUNDARY ||
					 opens_clause_to(f, t, at) ||
					 opens_contact_clause(f, t, at);
			if (strong)
				continue;
		}
		/* "travels to Abidjan on Thursday and is due in Sao Tome on
		 * Saturday": a date after the verb in its own clause comes
		 * first */
		if (at > head) {
			size_t t;
			int cut = 0;

			for (t = head; t < at && !cut; t++)
				cut = f->boundary[t - f->s_first] !=
				      NO_BOUNDARY;
			if (!cut)
				distance /= 4;
		}
		if (distance < best_distance) {
			best_distance = distance;
			best = i;
			x->date = d->mention.date;
			x->date_precision = d->mention.precision;
		}
	}
	/* "is expected to visit Damascus on Monday": a weekday of what is
	 * still to come is the next one, not the last */
	if (x->planned && x->date_precision == IRKG_DATE_DAY &&
	    doc->published.year) {
		const struct irkg_dated *d = &doc->dates[best];
		size_t t = d->mention.first_token + d->mention.n_tokens - 1;

		if (irkg_word_is_a(f->w, t, IRKG_WORD_WEEKDAY) &&
		    memcmp(&x->date, &doc->published, sizeof(x->date)) != 0) {
			struct irkg_date later = x->date;
			int k;

			/* seven days on, with the month and year carried */
			for (k = 0; k < 7; k++) {
				static const int days[] = {31, 28, 31, 30,
							   31, 30, 31, 31,
							   30, 31, 30, 31};
				int len = days[later.month - 1] +
					  (later.month == 2 &&
					   later.year % 4 == 0 &&
					   (later.year % 100 != 0 ||
					    later.year % 400 == 0));

				if (++later.day > len) {
					later.day = 1;
					if (++later.month > 12) {
						later.month = 1;
						later.year++;
					}
				}
			}
			x->date = later;
		}
	}
	/* "is expected to host him in February" in a June story: a month
	 * named without its year for what is still to come is the next one
	 * (the date reader takes the last one, as for past acts) */
	if (x->planned && doc->published.year &&
	    x->date_precision != IRKG_DATE_NONE &&
	    x->date_precision != IRKG_DATE_YEAR &&
	    (x->date.year < doc->published.year ||
	     (x->date.year == doc->published.year &&
	      x->date.month < doc->published.month)) &&
	    !year_written(f, &doc->dates[best]))
		x->date.year++;
}

/* The first mention of `kind` in the sentence after token `from` (the
 * issue of a dispute, the place of a meeting), or before it. */
size_t irkg_setting_near(const struct event_finder *f,
			 enum irkg_entity_kind kind, size_t from)
{
	size_t i, before = IRKG_MENTION_NONE;

	for (i = f->mention_cursor;
	     i < f->n_mentions && f->mentions[i].sentence == f->sentence; i++) {
		if (f->mentions[i].kind != kind ||
		    f->mentions[i].how == IRKG_MENTION_METONYM)
			continue;
		if (f->mentions[i].first_token >= from)
			return i;
		before = i;
	}
	return before;
}

/* Where it happened: a place after "in", "at" or "near" in the clause of
 * the match, after it ("met in London") or before it ("In Moscow, the
 * ministry denounced ..."); the visited place of a visit. */
size_t irkg_setting_place(const struct event_finder *f,
			  const struct event_match *m)
{
	size_t i, t, best = IRKG_MENTION_NONE;

	if (m->tgt >= 0 && f->units[m->tgt].place)
		return f->members[f->units[m->tgt].first_member];
	for (i = f->mention_cursor;
	     i < f->n_mentions && f->mentions[i].sentence == f->sentence; i++) {
		const struct irkg_mention *x = &f->mentions[i];
		size_t a, b;
		int cut = 0;

		if (x->kind != IRKG_ENTITY_PLACE ||
		    x->how != IRKG_MENTION_NAME ||
		    x->first_token == f->s_first ||
		    !irkg_word_is_a(f->w, x->first_token - 1,
				    IRKG_WORD_PLACE_PREPOSITION))
			continue;
		a = x->first_token < m->first ? x->first_token : m->end;
		b = x->first_token < m->first ? m->first : x->first_token;
		for (t = a; t < b; t++)
			cut |= f->boundary[t - f->s_first] != NO_BOUNDARY;
		if (cut)
			continue;
		if (x->first_token >= m->end)
			return i; /* the nearest after */
		best = i;
	}
	return best;
}
