/* Pronouns and descriptions (see reference.h): "he", "it", "they", "the
 * bloc", "the ministry", "the country", a new person's family name, each
 * resolved to what it stands for. */
#include "reference.h"

#include <ctype.h>
#include <string.h>

#include "../common/error.h"
#include "coreference.h"
#include "group.h"

/* "the bloc", "the ministry" at tokens i, i+1: a mention of `kind`
 * standing for mention k, inserted in text order. */
static int push_description(const struct mention_finder *f, size_t sentence,
			    size_t from, size_t i, size_t n_tokens,
			    enum irkg_entity_kind kind, size_t k,
			    const char *why)
{
	irkg_mentions *m = f->m;
	struct irkg_mention x;

	/* an earlier description ("the bloc ... the bloc") stands for what
	 * it named: an antecedent is never itself a pronoun */
	if (m->list[k].how == IRKG_MENTION_PRONOUN)
		k = m->list[k].antecedent;
	if (k == IRKG_MENTION_NONE)
		return IRKG_OK;
	irkg_mention_init(&x, sentence, i, n_tokens, IRKG_MENTION_PRONOUN,
			  kind);
	x.antecedent = k;
	x.code = m->list[k].code;
	x.entry = m->list[k].entry;
	x.why = why;
	return irkg_mention_insert(m, &x, from);
}

/* The state or organisation named by name at the start of sentence
 * `sentence` ("Sudan's government ...", "The United States ..."), when
 * token i comes after it; or IRKG_MENTION_NONE. */
static size_t sentence_opener(const struct mention_finder *f, size_t sentence,
			      size_t i)
{
	const irkg_mentions *m = f->m;
	size_t first = f->sentences[sentence].first_token, k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence < sentence)
			break;
		if (y->sentence == sentence && y->first_token < i &&
		    (y->first_token == first ||
		     (y->first_token == first + 1 &&
		      irkg_word_is(f->w, first, "the"))) &&
		    (y->kind == IRKG_ENTITY_STATE ||
		     y->kind == IRKG_ENTITY_ORGANISATION) &&
		    (y->how == IRKG_MENTION_NAME ||
		     y->how == IRKG_MENTION_METONYM))
			return k;
	}
	return IRKG_MENTION_NONE;
}

/* "the bloc" at token i: the last organisation named (or, for "the
 * kingdom", state) in this paragraph or the one before; none, nothing. */
static int find_description(const struct mention_finder *f, size_t sentence,
			    size_t from, size_t i)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[sentence];
	enum irkg_entity_kind want =
		irkg_word_is_a(f->w, i + 1, IRKG_WORD_ORGANISATION_NOUN)
			? IRKG_ENTITY_ORGANISATION
			: IRKG_ENTITY_STATE;
	size_t k, named = IRKG_MENTION_NONE;

	/* "Estonia said Russian jets flew into the country's airspace":
	 * the country of the one whose words these are, the actor its
	 * sentence opened with */
	if (irkg_word_is(f->w, i + 1, "country")) {
		k = sentence_opener(f, sentence, i);
		if (k != IRKG_MENTION_NONE && m->list[k].code &&
		    m->list[k].kind == IRKG_ENTITY_STATE)
			return push_description(
				f, sentence, from, i, 2, IRKG_ENTITY_STATE, k,
				"the state its sentence opens with");
	}
	/* "the agency" after "the UN" and "the International Atomic Energy
	 * Agency": the organisation whose name has the noun, anywhere
	 * before */
	for (k = m->n; want == IRKG_ENTITY_ORGANISATION && k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];
		size_t t;

		if (y->first_token > i || y->kind != want || !y->code ||
		    y->how != IRKG_MENTION_NAME)
			continue;
		for (t = y->first_token; t < y->first_token + y->n_tokens; t++)
			if (strcmp(irkg_word(f->w, t),
				   irkg_word(f->w, i + 1)) == 0)
				named = k;
		if (named != IRKG_MENTION_NONE)
			break;
	}
	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (named != IRKG_MENTION_NONE)
			k = named;
		else if (f->sentences[y->sentence].paragraph + 1 < s->paragraph)
			break;
		y = &m->list[k];
		/* an earlier "the agency" stands for what it named */
		/* "Russian jets flew into the country's airspace": a state
		 * named by its adjective is not what the country is */
		if (named == IRKG_MENTION_NONE &&
		    (y->first_token > i || y->kind != want || !y->code ||
		     y->how == IRKG_MENTION_GROUP ||
		     y->how == IRKG_MENTION_ADJECTIVE ||
		     (y->how == IRKG_MENTION_PRONOUN &&
		      want != IRKG_ENTITY_ORGANISATION)))
			continue;
		if (want == IRKG_ENTITY_STATE &&
		    irkg_coreference_rival_state(f, sentence, i, y->code))
			return IRKG_OK; /* two states it may be: no guess */
		return push_description(
			f, sentence, from, i, 2, want, k,
			named != IRKG_MENTION_NONE
				? "the organisation whose name has the noun"
				: "the last of its kind named in its paragraph "
				  "or the one before");
	}
	return IRKG_OK;
}

/* "the ministry" at token i: the state whose ministry the article named
 * last ("Vietnam's foreign ministry said ... the ministry demanded"). */
static int find_office_owner(const struct mention_finder *f, size_t sentence,
			     size_t from, size_t i)
{
	irkg_mentions *m = f->m;
	size_t k, t;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];
		size_t end = y->first_token + y->n_tokens;

		if (y->first_token > i || y->kind != IRKG_ENTITY_STATE ||
		    !y->code || y->how == IRKG_MENTION_GROUP ||
		    y->how == IRKG_MENTION_PRONOUN)
			continue;
		for (t = end; t < end + 3 && t < i; t++)
			if (strcmp(irkg_word(f->w, t),
				   irkg_word(f->w, i + 1)) == 0)
				break;
		if (t == end + 3 || t >= i)
			continue;
		return push_description(f, sentence, from, i, 2,
					IRKG_ENTITY_STATE, k,
					"the state whose office the article "
					"named last");
	}
	return IRKG_OK;
}

/* Whether mention y names an office of the kind the noun at token `noun`
 * is, of the portfolio at token `portfolio` (when not IRKG_MENTION_NONE):
 * "Ugandan Foreign Minister Jeje Odongo" or "Uganda's Foreign Ministry"
 * for "the foreign ministry"; a minister of a portfolio heads a ministry
 * (a prime minister none). */
static int names_office(const struct mention_finder *f,
			const struct irkg_mention *y, size_t noun,
			size_t portfolio)
{
	const char *office = irkg_word(f->w, noun);
	int has_office = 0, has_portfolio = portfolio == IRKG_MENTION_NONE;
	size_t t;

	for (t = y->first_token; t < y->first_token + y->n_tokens; t++) {
		const char *w = irkg_word(f->w, t);

		if (strcmp(w, office) == 0 ||
		    (strcmp(office, "ministry") == 0 &&
		     strcmp(w, "minister") == 0 && t > y->first_token &&
		     irkg_word_is_a(f->w, t - 1, IRKG_WORD_PORTFOLIO)))
			has_office = 1;
		if (portfolio != IRKG_MENTION_NONE &&
		    strcmp(w, irkg_word(f->w, portfolio)) == 0)
			has_portfolio = 1;
	}
	return has_office && has_portfolio;
}

/* "Ugandan Foreign Minister Jeje Odongo rejected the criticism. The
 * foreign ministry summoned ...": a sentence opening with "the
 * [PORTFOLIO] OFFICE-NOUN" (tokens [i, noun]) stands for the state whose
 * minister or ministry of that kind the two sentences before name, when
 * they name those of one state only; its antecedent is the latest mention
 * of that state. Sets *done when it stood for one. */
static int find_office_state(const struct mention_finder *f, size_t sentence,
			     size_t from, size_t i, size_t noun, int *done)
{
	irkg_mentions *m = f->m;
	size_t portfolio = noun > i + 1 ? noun - 1 : IRKG_MENTION_NONE;
	const char *code = NULL;
	size_t k, state = IRKG_MENTION_NONE;
	int rc;

	*done = 0;
	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence + 2 < sentence)
			break;
		if (y->sentence >= sentence || !y->code ||
		    (y->kind != IRKG_ENTITY_PERSON &&
		     y->kind != IRKG_ENTITY_BODY) ||
		    y->how == IRKG_MENTION_GROUP ||
		    y->how == IRKG_MENTION_PRONOUN ||
		    !names_office(f, y, noun, portfolio))
			continue;
		if (code && strcmp(code, y->code) != 0)
			return IRKG_OK; /* two states' offices: no guess */
		code = y->code;
	}
	if (!code)
		return IRKG_OK;
	for (k = m->n; k-- > 0 && state == IRKG_MENTION_NONE;)
		if (m->list[k].first_token < i &&
		    m->list[k].kind == IRKG_ENTITY_STATE && m->list[k].code &&
		    strcmp(m->list[k].code, code) == 0 &&
		    m->list[k].how != IRKG_MENTION_GROUP &&
		    m->list[k].how != IRKG_MENTION_PRONOUN)
			state = k;
	if (state == IRKG_MENTION_NONE)
		return IRKG_OK; /* the article has not named the state */
	rc = push_description(f, sentence, from, i, noun + 1 - i,
			      IRKG_ENTITY_STATE, state,
			      "the state whose minister or ministry the two "
			      "sentences before name");
	*done = rc == IRKG_OK;
	return rc;
}

/* Whether sentence `sentence` (not the current one) opens with an actor
 * ("Japan ...", "The United States ..."). */
static int opens_with_actor(const struct mention_finder *f, size_t sentence)
{
	const irkg_mentions *m = f->m;
	size_t first = f->sentences[sentence].first_token, k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence < sentence)
			break;
		if (y->sentence == sentence && irkg_mention_is_actor(y) &&
		    (y->first_token == first ||
		     (y->first_token == first + 1 &&
		      irkg_word_is(f->w, first, "the"))))
			return 1;
	}
	return 0;
}

/* The earlier new person (a title with a name the knowledge base lacks)
 * whose family name is the word at token i, or IRKG_MENTION_NONE. */
static size_t new_person_named(const struct mention_finder *f, size_t i)
{
	const irkg_mentions *m = f->m;
	size_t k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->kind == IRKG_ENTITY_PERSON && y->name_n && y->code &&
		    y->first_token < i &&
		    strcmp(irkg_word(f->w, y->name_first + y->name_n - 1),
			   irkg_word(f->w, i)) == 0)
			return k;
	}
	return IRKG_MENTION_NONE;
}

/* "Greer said": whether token i is the family name of a person the
 * article introduced with a title the knowledge base lacks; when it is, a
 * mention of that person is inserted. Returns 1, 0 or IRKG_ENOMEM. */
static int new_person_family(const struct mention_finder *f, size_t sentence,
			     size_t from, size_t i)
{
	irkg_mentions *m = f->m;
	size_t named = new_person_named(f, i);
	struct irkg_mention x;
	int rc;

	if (named == IRKG_MENTION_NONE)
		return 0;
	irkg_mention_init(&x, sentence, i, 1, IRKG_MENTION_FAMILY,
			  IRKG_ENTITY_PERSON);
	x.code = m->list[named].code;
	x.role = m->list[named].role;
	x.name_first = m->list[named].name_first;
	x.name_n = m->list[named].name_n;
	rc = irkg_mention_insert(m, &x, from);
	return rc ? rc : 1;
}

/* A group phrase at token i ("the three", "both countries"), resolved and
 * inserted in text order; its end goes to *end (0: none there). Returns 0
 * or IRKG_ENOMEM. */
static int group_phrase(const struct mention_finder *f, size_t sentence,
			size_t from, const unsigned char *known, size_t i,
			size_t *end)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[sentence];
	const char *region_part;
	struct irkg_mention x;
	int number, persons, rc;

	*end = 0;
	if (!irkg_group_at(f, known, i, s->first_token,
			   s->first_token + s->n_tokens, end, &number,
			   &region_part))
		return IRKG_OK;
	persons = irkg_word_is_a(f->w, *end - 1, IRKG_WORD_PERSON_NOUN);
	irkg_mention_init(&x, sentence, i, *end - i, IRKG_MENTION_GROUP,
			  persons ? IRKG_ENTITY_PERSON : IRKG_ENTITY_STATE);
	rc = irkg_mention_push(m, &x);
	if (rc)
		return rc;
	/* "talks between the two sides" of a civil war: no states */
	if (!irkg_coreference_factions_near(f, sentence, *end - 1)) {
		rc = irkg_group_resolve(f, &m->list[m->n - 1], number,
					region_part);
		if (rc)
			return rc;
	} else {
		m->list[m->n - 1].why = "nothing: a party that is no state "
					"is named in its sentence or the two "
					"before";
	}
	irkg_mention_sink_last(m, from);
	return IRKG_OK;
}

/* Whether y is a state, organisation or body named by name or capital. */
static int named_actor(const struct irkg_mention *y)
{
	return (y->how == IRKG_MENTION_NAME ||
		y->how == IRKG_MENTION_METONYM) &&
	       (y->kind == IRKG_ENTITY_STATE ||
		y->kind == IRKG_ENTITY_ORGANISATION ||
		y->kind == IRKG_ENTITY_BODY);
}

/* The resolved "it" of sentence `sentence` before token i (its mention)
 * with no state, organisation or body named by name or capital between it
 * and i; or IRKG_MENTION_NONE. */
static size_t earlier_it(const struct mention_finder *f, size_t sentence,
			 size_t i)
{
	const irkg_mentions *m = f->m;
	size_t k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence < sentence)
			break;
		if (y->sentence != sentence || y->first_token >= i)
			continue;
		if (y->how == IRKG_MENTION_PRONOUN && y->n_tokens == 1 &&
		    irkg_word_is(f->w, y->first_token, "it"))
			return y->antecedent != IRKG_MENTION_NONE
				       ? k
				       : IRKG_MENTION_NONE;
		if (named_actor(y))
			return IRKG_MENTION_NONE;
	}
	return IRKG_MENTION_NONE;
}

/* Whether no clause opens between the end of mention y and token i: "Lee
 * hosted her" (her is not Lee), not "Lee said Xi had invited him". */
static int one_clause(const struct mention_finder *f,
		      const struct irkg_mention *y, size_t i)
{
	static const char *const openers[] = {
		",",	   "said",  "says",  "told", "that",  "and",
		"but",	   "who",   "which", "when", "after", "before",
		"because", "while", "if",    NULL};

	for (size_t t = y->first_token + y->n_tokens; t < i; t++)
		for (size_t k = 0; openers[k]; k++)
			if (irkg_word_is(f->w, t, openers[k]))
				return 0;
	return 1;
}

/* "Armenia, which lost its foothold after Azerbaijan's offensive, froze its
 * participation": the state, organisation or body named by name before a
 * relative clause (", which|who|whose ... ,") that closes before token i,
 * with no comma and no actor between the clause's end and i; or
 * IRKG_MENTION_NONE. */
static size_t before_relative_clause(const struct mention_finder *f,
				     size_t sentence, size_t i)
{
	const irkg_mentions *m = f->m;
	size_t k, t, end, close;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence < sentence)
			break;
		if (y->sentence != sentence || y->first_token >= i)
			continue;
		end = y->first_token + y->n_tokens;
		if (!irkg_word_is(f->w, end, ",") || end + 1 >= i)
			continue;
		if (!irkg_word_is(f->w, end + 1, "which") &&
		    !irkg_word_is(f->w, end + 1, "who") &&
		    !irkg_word_is(f->w, end + 1, "whose"))
			continue;
		if (!named_actor(y) || !y->code)
			return IRKG_MENTION_NONE;
		for (close = end + 2; close < i; close++)
			if (irkg_word_is(f->w, close, ","))
				break;
		if (close >= i)
			return IRKG_MENTION_NONE; /* inside the clause */
		for (t = close + 1; t < i; t++)
			if (irkg_word_is(f->w, t, ","))
				return IRKG_MENTION_NONE;
		for (t = k + 1; t < m->n; t++)
			if (m->list[t].sentence == sentence &&
			    m->list[t].first_token > close &&
			    m->list[t].first_token < i &&
			    irkg_mention_is_actor(&m->list[t]))
				return IRKG_MENTION_NONE;
		return k;
	}
	return IRKG_MENTION_NONE;
}

/* Whether the pronoun at token i is the subject of a relative clause
 * whose relative pronoun stands for mention y: "China, with which it
 * signed a partnership" (", [preposition] which|whom" right after y). */
static int subject_of_relative_on(const struct mention_finder *f,
				  const struct irkg_mention *y, size_t i)
{
	size_t end = y->first_token + y->n_tokens;

	if (i < 2 || !(irkg_word_is(f->w, i - 1, "which") ||
		       irkg_word_is(f->w, i - 1, "whom")))
		return 0;
	if (end + 1 == i - 1 && irkg_word_is(f->w, end, ","))
		return 1; /* "China, which it courted" */
	return end + 2 == i - 1 && irkg_word_is(f->w, end, ",") &&
	       irkg_word_is_a(f->w, end + 1, IRKG_WORD_OBJECT_PREPOSITION);
}

/* "Georgia has deepened its ties with China, with which it signed a
 * partnership": what "it" stands for when not the antecedent of the
 * relative pronoun (mention y): what an earlier "it" or "its" of the
 * sentence stands for, else the state or organisation named by name
 * that the sentence's mentions open with; IRKG_MENTION_NONE when
 * neither is another actor. */
static size_t relative_subject(const struct mention_finder *f, size_t sentence,
			       size_t y)
{
	const irkg_mentions *m = f->m;
	size_t k, first = IRKG_MENTION_NONE;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *z = &m->list[k];

		if (z->sentence < sentence)
			break;
		if (z->sentence != sentence ||
		    z->first_token >= m->list[y].first_token)
			continue;
		if (z->how == IRKG_MENTION_PRONOUN && z->n_tokens == 1 &&
		    irkg_word_is_a(f->w, z->first_token,
				   IRKG_WORD_THING_PRONOUN) &&
		    z->antecedent != IRKG_MENTION_NONE)
			return z->antecedent;
		first = k;
	}
	if (first == IRKG_MENTION_NONE || !named_actor(&m->list[first]) ||
	    !m->list[first].code || irkg_group_coordinated(f, first) ||
	    strcmp(m->list[first].code,
		   m->list[y].code ? m->list[y].code : "") == 0)
		return IRKG_MENTION_NONE;
	return first;
}

/* Pronoun x stands for mention k of m: it takes k's kind, state, entry
 * and role, and says why. */
static void stand_for(struct irkg_mention *x, const irkg_mentions *m, size_t k,
		      const char *why)
{
	const struct irkg_mention *y = &m->list[k];

	x->antecedent = k;
	x->kind = y->kind;
	x->code = y->code;
	x->entry = y->entry;
	x->role = y->role;
	x->why = why;
}

/* What the pronoun x at token i stands for ("he": a person, "they": a
 * group, else a state, organisation or body), among the mentions before it
 * in its paragraph, its sentence and the one before: x->antecedent, or for
 * "they" the members of the coordination or group. Returns 0 or
 * IRKG_ENOMEM. */
static int pronoun_antecedent(const struct mention_finder *f, size_t sentence,
			      size_t from, size_t i, int person, int plural,
			      struct irkg_mention *x)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[sentence];
	int object = person && irkg_word_object_pronoun(
				       f->w, i,
				       f->sentences[sentence].first_token +
					       f->sentences[sentence].n_tokens);
	size_t k;
	int rc;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (f->sentences[y->sentence].paragraph != s->paragraph ||
		    y->sentence + 1 < sentence)
			break;
		if (y->first_token > i || y->how == IRKG_MENTION_PRONOUN)
			continue;
		/* "Lee hosted her": an object is not its own clause's
		 * subject */
		if (object && y->sentence == sentence && one_clause(f, y, i))
			continue;
		if (plural && y->sentence == sentence &&
		    irkg_mention_is_actor(y)) {
			/* "A and B reaffirmed their ...": the
			 * coordination just before. */
			size_t a = irkg_group_run_start(f, from, k);

			if (a < k) {
				size_t first = m->n_members;

				for (size_t r = a; r <= k; r++) {
					rc = irkg_group_add_members(m, r, first,
								    NULL);
					if (rc)
						return rc;
				}
				x->how = IRKG_MENTION_GROUP;
				x->kind = y->kind;
				x->first_member = first;
				x->n_members = m->n_members - first;
				x->why = "the coordination just before it";
				break;
			}
		}
		if (plural) {
			if (y->how == IRKG_MENTION_GROUP && y->n_members) {
				x->how = IRKG_MENTION_GROUP;
				x->kind = y->kind;
				x->first_member = y->first_member;
				x->n_members = y->n_members;
				x->why = "the last group of its paragraph";
			}
			if (y->how == IRKG_MENTION_GROUP)
				break;
			continue;
		}
		if (person ? y->kind == IRKG_ENTITY_PERSON &&
				     y->how != IRKG_MENTION_GROUP
			   : (y->kind == IRKG_ENTITY_STATE ||
			      y->kind == IRKG_ENTITY_ORGANISATION ||
			      y->kind == IRKG_ENTITY_BODY) &&
				     y->how != IRKG_MENTION_GROUP &&
				     y->how != IRKG_MENTION_ADJECTIVE) {
			/* "U.S. and South Korean warships entered its
			 * waters": one of a coordination is not what "its"
			 * stands for, nor is any actor before it */
			if (!person && irkg_group_coordinated(f, k))
				break;
			stand_for(
				x, m, k,
				person ? "the last person named in its "
					 "paragraph"
				       : "the last state, organisation or body "
					 "named in its sentence or the one "
					 "before");
			break;
		}
	}
	/* "Armenia, which lost its foothold after Azerbaijan's offensive,
	 * froze its participation": the actor before the relative clause,
	 * not one named inside it */
	if (!person && !plural) {
		size_t subject = before_relative_clause(f, sentence, i);

		if (subject != IRKG_MENTION_NONE)
			stand_for(x, m, subject,
				  "the state or organisation before the "
				  "relative clause that closes before it");
	}
	/* "China, with which it signed a partnership": "it" is not what
	 * "which" stands for */
	if (!person && !plural && x->antecedent != IRKG_MENTION_NONE &&
	    subject_of_relative_on(f, &m->list[x->antecedent], i)) {
		size_t other = relative_subject(f, sentence, x->antecedent);

		if (other == IRKG_MENTION_NONE)
			x->antecedent = IRKG_MENTION_NONE;
		else
			stand_for(x, m, other,
				  "the subject of a relative clause on the "
				  "actor before it: what the sentence's "
				  "\"its\" or its first actor stands for");
	}
	/* "although it has not allowed American forces to launch strikes
	 * from its soil": "its" after "it", with no actor named by name
	 * between, is what that "it" stands for */
	if (x->antecedent != IRKG_MENTION_NONE &&
	    irkg_word_is(f->w, i, "its")) {
		size_t it = earlier_it(f, sentence, i);

		if (it != IRKG_MENTION_NONE) {
			stand_for(x, m, m->list[it].antecedent,
				  "\"its\" after \"it\": what that \"it\" "
				  "stands for");
		}
	}
	/* "Zakharova dismissed the declaration. // She warned Berlin ...":
	 * wire copy gives each sentence its own paragraph, so a person
	 * pronoun that finds no one in its paragraph stands for the person
	 * the sentence before names, when all it names are of one state
	 * ("Japan's prime minister, Sanae Takaichi") */
	if (person && x->antecedent == IRKG_MENTION_NONE && sentence > 0 &&
	    f->sentences[sentence - 1].paragraph != s->paragraph &&
	    /* a subject opening the sentence or an object, not a
	     * possessive ("Wine ... was held at his home": an owner is
	     * often someone the knowledge base does not know) */
	    (i == s->first_token || object)) {
		size_t only = IRKG_MENTION_NONE;

		for (k = m->n; k-- > 0;) {
			const struct irkg_mention *y = &m->list[k];

			if (y->sentence + 1 < sentence)
				break;
			if (y->sentence == sentence ||
			    y->kind != IRKG_ENTITY_PERSON ||
			    y->how == IRKG_MENTION_PRONOUN)
				continue;
			if (y->how == IRKG_MENTION_GROUP ||
			    (only != IRKG_MENTION_NONE &&
			     (!y->code || !m->list[only].code ||
			      strcmp(m->list[only].code, y->code) != 0))) {
				only = IRKG_MENTION_NONE;
				break;
			}
			only = k;
		}
		if (only != IRKG_MENTION_NONE && m->list[only].code)
			stand_for(x, m, only,
				  "the person named in the sentence before, "
				  "a paragraph of its own");
	}
	/* "China's foreign ministry accused the Philippine vessel of
	 * intruding. // It demanded that Manila ...": in wire copy's
	 * one-sentence paragraphs, "It" opening a sentence that finds
	 * nothing in its paragraph is the state or organisation the
	 * sentence before opens with by name, not one of a coordination */
	if (!person && !plural && x->antecedent == IRKG_MENTION_NONE &&
	    sentence > 0 && i == s->first_token &&
	    f->sentences[sentence - 1].paragraph != s->paragraph) {
		size_t opener = sentence_opener(f, sentence - 1, i);

		if (opener != IRKG_MENTION_NONE && m->list[opener].code &&
		    !irkg_group_coordinated(f, opener))
			stand_for(x, m, opener,
				  "the state or organisation the sentence "
				  "before, a paragraph of its own, opens with");
	}
	/* "Sudan cut ties with the Emirates in May, and in
	 * March it took Abu Dhabi to court": "it" as a
	 * subject stands for the subject its sentence opened
	 * with, not the state named last */
	if (x->antecedent != IRKG_MENTION_NONE && irkg_word_is(f->w, i, "it")) {
		size_t opener = sentence_opener(f, sentence, i);

		if (opener != IRKG_MENTION_NONE &&
		    irkg_group_coordinated(f, opener)) {
			/* "Japan and South Korea ... and it": either */
			x->antecedent = IRKG_MENTION_NONE;
		} else if (opener != IRKG_MENTION_NONE &&
			   m->list[opener].code) {
			x->antecedent = opener;
			x->kind = m->list[opener].kind;
			x->code = m->list[opener].code;
			x->entry = m->list[opener].entry;
			x->why = "\"it\" as a subject: the state or "
				 "organisation its sentence opens with";
		}
	}
	return IRKG_OK;
}

/* Whether word w is a year, four digits from 1800 to 2199. */
static int is_year(const char *w)
{
	return strlen(w) == 4 && (w[0] == '1' || w[0] == '2') &&
	       (w[0] == '2' ? w[1] <= '1' : w[1] >= '8') &&
	       isdigit((unsigned char)w[1]) && isdigit((unsigned char)w[2]) &&
	       isdigit((unsigned char)w[3]);
}

/* Whether "them" at token i follows things counted in its sentence with no
 * actor after the count: "freed three prisoners and sent them to Qatar",
 * "seized two tankers and towed them". */
static int counted_before(const struct mention_finder *f, size_t sentence,
			  size_t i)
{
	const irkg_mentions *m = f->m;
	size_t t, k;

	if (!irkg_word_is(f->w, i, "them"))
		return 0;
	for (t = i; t-- > f->sentences[sentence].first_token;) {
		for (k = 0; k < m->n; k++)
			if (m->list[k].sentence == sentence &&
			    m->list[k].first_token <= t &&
			    t < m->list[k].first_token + m->list[k].n_tokens)
				return 0; /* an actor nearer than any count */
		/* a year ("in March 2023") counts nothing */
		if (((f->tokens[t].flags & IRKG_TOKEN_NUMBER) &&
		     !is_year(irkg_word(f->w, t))) ||
		    irkg_word_is_a(f->w, t, IRKG_WORD_COUNT))
			return 1;
	}
	return 0;
}

/* A pronoun at token i, inserted in text order as a mention of what it
 * stands for; nothing when it stands for nothing. Returns 0 or
 * IRKG_ENOMEM. */
static int pronoun_at(const struct mention_finder *f, size_t sentence,
		      size_t from, size_t i)
{
	irkg_mentions *m = f->m;
	int person = irkg_word_is_a(f->w, i, IRKG_WORD_PERSON_PRONOUN);
	int plural = irkg_word_is_a(f->w, i, IRKG_WORD_PLURAL_PRONOUN);
	struct irkg_mention x;
	int rc;

	/* "The deal would restore a rail link ... It still needs approval":
	 * a sentence opening with "it" speaks of the last one's subject,
	 * which is no actor */
	if (!person && !plural && i == f->sentences[sentence].first_token &&
	    !opens_with_actor(f, sentence - (sentence > 0)))
		return IRKG_OK;
	/* "accusing it of", "urged Iran to reverse it", "used it as a
	 * pretext": "it" as an object stands for a thing far more often than
	 * for a state, and never for its clause's subject: nothing */
	if (irkg_word_is(f->w, i, "it") &&
	    irkg_coreference_pronoun_is_object(f, sentence, i))
		return IRKG_OK;
	if (counted_before(f, sentence, i))
		return IRKG_OK;
	irkg_mention_init(&x, sentence, i, 1, IRKG_MENTION_PRONOUN,
			  person ? IRKG_ENTITY_PERSON : IRKG_ENTITY_STATE);
	rc = pronoun_antecedent(f, sentence, from, i, person, plural, &x);
	if (rc)
		return rc;
	if (x.antecedent == IRKG_MENTION_NONE && !(x.how == IRKG_MENTION_GROUP))
		return IRKG_OK; /* nothing to stand for */
	return irkg_mention_insert(m, &x, from);
}

/* Pronouns and groups among the sentence's tokens not already mentions;
 * each inserted in text order among the sentence's mentions. */
int irkg_reference_find(const struct mention_finder *f, size_t sentence,
			size_t from, const unsigned char *known)
{
	const struct irkg_sentence *s = &f->sentences[sentence];
	size_t s_first = s->first_token, s_end = s_first + s->n_tokens;
	size_t i, end;
	int rc;

	for (i = s_first; i < s_end; i++) {
		if (known[i] || f->tokens[i].start < f->dateline_end)
			continue;
		if (irkg_mention_capitalised(f, i)) {
			rc = new_person_family(f, sentence, from, i);
			if (rc == 0)
				rc = irkg_coreference_short_name(f, sentence,
								 from, i);
			if (rc < 0)
				return rc;
			if (rc)
				continue;
		}
		rc = group_phrase(f, sentence, from, known, i, &end);
		if (rc)
			return rc;
		if (end) {
			i = end - 1;
			continue;
		}
		/* "the government of President Nicolas Maduro", "the
		 * authorities in Kampala": the name that follows says
		 * whose */
		if (irkg_word_is(f->w, i, "the") && i + 2 < s_end &&
		    irkg_word_is_a(f->w, i + 1, IRKG_WORD_STATE_ANAPHOR) &&
		    (irkg_word_is(f->w, i + 2, "of") ||
		     irkg_word_is(f->w, i + 2, "in"))) {
			i++;
			continue;
		}
		/* "The foreign ministry summoned": at the start of a
		 * sentence, the office of the minister just named */
		if (i == s_first && irkg_word_is(f->w, i, "the") &&
		    i + 2 < s_end) {
			size_t noun =
				irkg_word_is_a(f->w, i + 1, IRKG_WORD_PORTFOLIO)
					? i + 2
					: i + 1;
			int done;

			if (!known[i + 1] && !known[noun] &&
			    irkg_word_is_a(f->w, noun, IRKG_WORD_OFFICE_NOUN)) {
				rc = find_office_state(f, sentence, from, i,
						       noun, &done);
				if (rc)
					return rc;
				if (done) {
					i = noun;
					continue;
				}
			}
		}
		if (irkg_word_is(f->w, i, "the") && i + 1 < s_end &&
		    !known[i + 1]) {
			int done;

			rc = irkg_coreference_former_latter(f, sentence, from,
							    i, &done);
			if (rc)
				return rc;
			if (done) {
				i++;
				continue;
			}
		}
		if (irkg_word_is(f->w, i, "the") && i + 1 < s_end &&
		    !known[i + 1] &&
		    irkg_word_is_a(f->w, i + 1, IRKG_WORD_OFFICE_NOUN)) {
			rc = find_office_owner(f, sentence, from, i);
			if (rc)
				return rc;
			i++;
			continue;
		}
		if (irkg_word_is(f->w, i, "the") && i + 1 < s_end &&
		    !known[i + 1] &&
		    (irkg_word_is_a(f->w, i + 1, IRKG_WORD_ORGANISATION_NOUN) ||
		     irkg_word_is_a(f->w, i + 1, IRKG_WORD_STATE_ANAPHOR))) {
			rc = find_description(f, sentence, from, i);
			if (rc)
				return rc;
			i++;
			continue;
		}
		if (irkg_word_is_a(f->w, i, IRKG_WORD_PERSON_PRONOUN) ||
		    irkg_word_is_a(f->w, i, IRKG_WORD_THING_PRONOUN) ||
		    irkg_word_is_a(f->w, i, IRKG_WORD_PLURAL_PRONOUN)) {
			rc = pronoun_at(f, sentence, from, i);
			if (rc == 0 && irkg_word_is(f->w, i, "its"))
				rc = irkg_coreference_neighbours(f, sentence,
								 from, i, &end);
			if (rc)
				return rc;
			if (irkg_word_is(f->w, i, "its") && end)
				i = end - 1;
		}
	}
	return IRKG_OK;
}
