/* Mentions: gazetteer matches turned into actors, places and issues by the
 * words around them. The rules are about how English news names things
 * (titles before names, "in" before places, "the two" for a pair named
 * before), never about particular names: those live in ontology/actors. */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "../common/error.h"

/* A coordination: actors joined by "," and "and" in one sentence ("The
 * United States, South Korea and Japan"), the antecedents of groups. */
struct coordination {
	size_t sentence;
	size_t first_member, n_members; /* into members[] */
};

struct irkg_mentions {
	struct irkg_mention *list;
	size_t n, cap;
	size_t *members;
	size_t n_members, cap_members;
	struct coordination *coords;
	size_t n_coords, cap_coords;
};

/* What the finder works on; lives for one irkg_mentions_find call. */
struct finder {
	const irkg_gazetteer *g;
	const irkg_text *t;
	const char *date;
	const char *norm;
	const struct irkg_token *tokens;
	size_t n_tokens;
	const struct irkg_sentence *sentences;
	struct irkg_span *spans;
	size_t dateline_end; /* bytes of the text that are a dateline */
	irkg_mentions *m;
};

/* One gazetteer match inside a sentence, before resolution. */
struct match {
	size_t first, n; /* absolute token indexes */
	const struct irkg_gazetteer_entry *const *entries;
	size_t n_entries;
};

static const char *word(const struct finder *f, size_t i)
{
	return f->norm + f->tokens[i].norm;
}

static int word_is(const struct finder *f, size_t i, const char *w)
{
	return strcmp(word(f, i), w) == 0;
}

static int word_in(const struct finder *f, size_t i, const char *const *set)
{
	return irkg_word_in(irkg_text_words(f->t), i, set);
}

static int capitalised(const struct finder *f, size_t i)
{
	return (f->tokens[i].flags &
		(IRKG_TOKEN_CAPITALISED | IRKG_TOKEN_ALLCAPS)) != 0;
}

static const char *const directions[] = {
	"southern", "northern", "eastern", "western", "central",
	"south",    "north",	"east",	   "west",    NULL};
static const char *const month_prepositions[] = {
	"in",  "since", "until", "by",	 "from", "early", "late",
	"mid", "last",	"next",	 "this", "of",	 NULL};

/* Whether token t names a month ("May", "March"). */
static int is_month_word(const struct finder *f, size_t t)
{
	static const char *const months[] = {
		"january",  "february", "march",  "april",     "may",
		"june",	    "july",	"august", "september", "october",
		"november", "december", NULL};

	return word_in(f, t, months);
}

/* Verbs after which "to" names whom one addresses, not where one goes. */
static const char *const addressing[] = {
	"talk",	      "talks",	    "talked",	  "talking",   "speak",
	"speaks",     "spoke",	    "speaking",	  "write",     "wrote",
	"writes",     "appeal",	    "appealed",	  "appeals",   "apologise",
	"apologised", "apologize",  "apologized", "respond",   "responded",
	"reply",      "replied",    "signal",	  "signalled", "signaled",
	"complain",   "complained", NULL};

/* Words after which a place is where something happens, not an actor. */
static const char *const locatives[] = {
	"in",	  "at",	     "to",     "from",	   "near",	 "outside",
	"into",	  "via",     "toward", "towards",  "across",	 "around",
	"inside", "visited", "visit",  "visiting", "visits",	 "arrived",
	"leave",  "left",    "reach",  "reached",  "throughout", NULL};

/* Words that open a clause or phrase, so a capitalised word after them is
 * not part of a longer name. */
static const char *const personal_titles[] = {
	"mr",	"mr.",	  "mrs",    "mrs.",    "ms",	  "ms.",   "dr",
	"dr.",	"gen",	  "gen.",   "general", "sen",	  "sen.",  "senator",
	"rep",	"rep.",	  "adm",    "adm.",    "admiral", "lt",	   "lt.",
	"col",	"col.",	  "sheikh", "prince",  "king",	  "queen", "crown",
	"emir", "sultan", NULL};

/* Pronouns for a person, and for a state or organisation. */
static const char *const person_pronouns[] = {"he",  "him",  "his", "she",
					      "her", "hers", NULL};
static const char *const thing_pronouns[] = {"it", "its", NULL};
static const char *const plural_pronouns[] = {"they", "them", "their", NULL};

/* Group nouns: of states and of persons. */
static const char *const state_nouns[] = {
	"countries",  "nations",   "states", "governments", "sides",
	"neighbours", "neighbors", "allies", "powers",	    "capitals",
	"koreas",     "partners",  "rivals", "adversaries", NULL};
static const char *const person_nouns[] = {
	"leaders",   "ministers",   "diplomats", "counterparts", "presidents",
	"officials", "envoys",	    "men",	 "women",	 "premiers",
	"chiefs",    "secretaries", NULL};

static const char *const number_words[] = {"two", "three", "four",  "five",
					   "six", "seven", "eight", "nine",
					   "ten", NULL};

/* Words after a bare "the two", "the three" that show it stands alone. */
static const char *const bare_group_followers[] = {
	"said",	      "say",	   "says",	"met",	  "meet",   "will",
	"would",      "have",	   "had",	"has",	  "are",    "were",
	"also",	      "all",	   "both",	"agree",  "agreed", "discussed",
	"signed",     "pledged",   "held",	"called", "urged",  "issued",
	"reaffirmed", "committed", "expressed", "did",	  "do",	    "can",
	"could",      "should",	   "must",	"may",	  NULL};

/* Region words a group may be qualified with, and the M49 sub-region
 * names they cover ("the two Asian nations"). */
static const struct {
	const char *word, *region_part;
} region_words[] = {
	{"asian", "Asia"},
	{"european", "Europe"},
	{"african", "Africa"},
	{"american", "America"},
	{"arab", "Western Asia"},
	{"gulf", "Western Asia"},
	{"pacific", "Oceania"},
	{"latin", "America"},
	{"caribbean", "Caribbean"},
	{"nordic", "Northern Europe"},
	{"baltic", "Northern Europe"},
};

static int group_number(const struct finder *f, size_t i)
{
	const char *w = word(f, i);
	size_t k;

	if (strcmp(w, "both") == 0)
		return 2;
	for (k = 0; number_words[k]; k++)
		if (number_words[k][0] == w[0] &&
		    strcmp(w, number_words[k]) == 0)
			return (int)k + 2;
	if (w[0] >= '2' && w[0] <= '9' && w[1] == '\0')
		return w[0] - '0';
	return 0;
}

static int push_mention(irkg_mentions *m, const struct irkg_mention *x)
{
	if (m->n == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 32;
		struct irkg_mention *grown =
			realloc(m->list, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		m->list = grown;
		m->cap = cap;
	}
	m->list[m->n++] = *x;
	return IRKG_OK;
}

static int push_member(irkg_mentions *m, size_t index)
{
	if (m->n_members == m->cap_members) {
		size_t cap = m->cap_members ? 2 * m->cap_members : 32;
		size_t *grown = realloc(m->members, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		m->members = grown;
		m->cap_members = cap;
	}
	m->members[m->n_members++] = index;
	return IRKG_OK;
}

static void mention_init(struct irkg_mention *x, size_t sentence, size_t first,
			 size_t n, enum irkg_mention_how how,
			 enum irkg_entity_kind kind)
{
	memset(x, 0, sizeof(*x));
	x->sentence = sentence;
	x->first_token = first;
	x->n_tokens = n;
	x->how = how;
	x->kind = kind;
	x->antecedent = IRKG_MENTION_NONE;
}

/* Whether a person `id` was named earlier in the article. */
static const struct irkg_mention *earlier_person(const irkg_mentions *m,
						 const char *id)
{
	size_t i;

	for (i = m->n; i-- > 0;)
		if (m->list[i].kind == IRKG_ENTITY_PERSON && m->list[i].entry &&
		    m->list[i].entry->id == id)
			return &m->list[i];
	return NULL;
}

/* The best entry of kind `kind` among `entries`: for persons the post held
 * on the date (matching `role` when given), else one not in post; for other
 * kinds the first; NULL when there is none. Entries of several persons
 * (family names) prefer one named earlier, else the one person in post. */
static const struct irkg_gazetteer_entry *pick_entry(const struct finder *f,
						     const struct match *mt,
						     enum irkg_entity_kind kind,
						     const char *role)
{
	const struct irkg_gazetteer_entry *best = NULL, *valid = NULL;
	const char *person = NULL;
	size_t i, n_valid_people = 0;

	for (i = 0; i < mt->n_entries; i++) {
		const struct irkg_gazetteer_entry *e = mt->entries[i];

		if (e->kind != kind)
			continue;
		if (kind != IRKG_ENTITY_PERSON)
			return e;
		if (earlier_person(f->m, e->id)) {
			person = e->id;
			break;
		}
	}
	for (i = 0; i < mt->n_entries; i++) {
		const struct irkg_gazetteer_entry *e = mt->entries[i];
		int on_date;

		if (e->kind != IRKG_ENTITY_PERSON ||
		    (person && e->id != person))
			continue;
		on_date = f->date && *f->date && e->post &&
			  irkg_gazetteer_entry_valid_on(e, f->date);
		if (on_date &&
		    (!valid || (role && e->role == role) ||
		     (role && valid->role != role && e->role == role))) {
			if (!valid || valid->id != e->id)
				n_valid_people++;
			if (!valid || !role || e->role == role)
				valid = e;
		}
		if (!best)
			best = e;
	}
	if (valid && (person || n_valid_people == 1))
		return valid;
	if (person || !valid) {
		/* Not in post on the date: the person still, by name. */
		for (i = 0; i < mt->n_entries; i++)
			if (mt->entries[i]->kind == IRKG_ENTITY_PERSON &&
			    (!person || mt->entries[i]->id == person) &&
			    !mt->entries[i]->post)
				return mt->entries[i];
		if (person)
			for (i = 0; i < mt->n_entries; i++)
				if (mt->entries[i]->id == person)
					return mt->entries[i];
		return best && !person && mt->n_entries &&
				       mt->entries[0]->id ==
					       mt->entries[mt->n_entries - 1]
						       ->id
			       ? best
			       : NULL;
	}
	return NULL; /* several persons in post bear the name: not guessed */
}

static int has_kind(const struct match *mt, enum irkg_entity_kind kind,
		    int name_kind)
{
	size_t i;

	for (i = 0; i < mt->n_entries; i++)
		if (mt->entries[i]->kind == kind &&
		    (name_kind < 0 || mt->entries[i]->name_kind ==
					      (enum irkg_name_kind)name_kind))
			return 1;
	return 0;
}

/* "a Russian-flagged ship", "EU-mediated talks": a capitalised state or
 * organisation name before a hyphen inside one token stands for that
 * actor. On a match, *length is 1 and mt holds its entries. */
static int match_hyphen_prefix(const struct finder *f, size_t i,
			       struct match *mt, size_t *length)
{
	const struct irkg_span *word = &f->spans[i];
	const char *dash = memchr(word->text, '-', word->length);
	struct irkg_span prefix;
	size_t len = 0;
	int rc;

	*length = 0;
	if (!dash || dash == word->text || !capitalised(f, i))
		return IRKG_OK;
	prefix.text = word->text;
	prefix.length = (size_t)(dash - word->text);
	rc = irkg_gazetteer_match(f->g, &prefix, 1, 0, &len, &mt->entries,
				  &mt->n_entries);
	if (rc || len != 1)
		return rc;
	mt->n = 1;
	if (has_kind(mt, IRKG_ENTITY_STATE, -1) ||
	    has_kind(mt, IRKG_ENTITY_ORGANISATION, -1))
		*length = 1;
	return IRKG_OK;
}

/* A word that is capitalised, not the first of its sentence, not known to
 * the gazetteer: part of a name the knowledge base lacks. */
static int unknown_name_word(const struct finder *f, const unsigned char *known,
			     size_t sentence_first, size_t i)
{
	return i > sentence_first && !known[i] &&
	       (f->tokens[i].flags & IRKG_TOKEN_WORD) &&
	       (f->tokens[i].flags & IRKG_TOKEN_CAPITALISED) &&
	       !word_in(f, i, personal_titles);
}

/* "Manila and Beijing have been locked in a dispute": a name joined by
 * "and" to capitalised words that a verb follows is a subject too. */
static int conjunct_acts(const struct finder *f, size_t last, size_t s_end,
			 const char *const *not_verbs)
{
	size_t t = last + 1, k;

	if (t + 2 >= s_end || !word_is(f, t, "and") || !capitalised(f, t + 1))
		return 0;
	for (k = t + 1; k < s_end && k <= t + 3 && capitalised(f, k); k++)
		;
	return k < s_end && (f->tokens[k].flags & IRKG_TOKEN_WORD) &&
	       !capitalised(f, k) && !word_in(f, k, not_verbs);
}

/* Resolve one match into a mention (not yet merged with titles); 0 when the
 * match names nothing here. */
static int resolve_match(const struct finder *f, const struct match *mt,
			 const unsigned char *known, size_t s_first,
			 size_t s_end, size_t sentence, struct irkg_mention *x)
{
	size_t first = mt->first, last = mt->first + mt->n - 1;
	/* "flew to Washington" is a place, "talk to Washington" its
	 * government */
	int after_locative =
		first > s_first && word_in(f, first - 1, locatives) &&
		!(word_is(f, first - 1, "to") && first > s_first + 1 &&
		  word_in(f, first - 2, addressing));
	int after_title =
		first > s_first && (word_in(f, first - 1, personal_titles) ||
				    known[first - 1] == 2);
	const struct irkg_gazetteer_entry *e = NULL;
	enum irkg_entity_kind kind;
	size_t i;

	if (has_kind(mt, IRKG_ENTITY_ROLE, -1)) {
		mention_init(x, sentence, first, mt->n, IRKG_MENTION_TITLE,
			     IRKG_ENTITY_ROLE);
		for (i = 0; i < mt->n_entries; i++)
			if (mt->entries[i]->kind == IRKG_ENTITY_ROLE)
				x->role = mt->entries[i]->id;
		return 1;
	}
	/* Names are capitalised; "turkey", "chad" and "china" are words.
	 * A place may open with a direction ("southern Lebanon"). */
	if (!capitalised(f, first) && !word_is(f, first, "the") &&
	    !has_kind(mt, IRKG_ENTITY_ISSUE, -1) &&
	    !has_kind(mt, IRKG_ENTITY_BODY, -1) &&
	    !(has_kind(mt, IRKG_ENTITY_PLACE, -1) && mt->n > 1 &&
	      word_in(f, first, directions) && capitalised(f, first + 1)))
		return 0;
	/* "since May 2024": a month, not Theresa May */
	if (mt->n == 1 && has_kind(mt, IRKG_ENTITY_PERSON, -1) &&
	    !has_kind(mt, IRKG_ENTITY_STATE, -1) && is_month_word(f, first) &&
	    ((last + 1 < s_end &&
	      f->tokens[last + 1].flags & IRKG_TOKEN_NUMBER) ||
	     (first > s_first && word_in(f, first - 1, month_prepositions))))
		return 0;
	/* "George Washington", "Niger Delta", "Chad Wolf": a one-word name
	 * inside a longer name the knowledge base does not know. */
	if (mt->n == 1 && !(f->tokens[first].flags & IRKG_TOKEN_ALLCAPS)) {
		if (first > s_first &&
		    unknown_name_word(f, known, s_first, first - 1))
			return 0;
		/* ... and a family name before a capitalised word is someone
		 * else's given name ("President Mohamed Bazoum") */
		if (last + 1 < s_end &&
		    unknown_name_word(f, known, s_first, last + 1) &&
		    (!has_kind(mt, IRKG_ENTITY_PERSON, -1) ||
		     has_kind(mt, IRKG_ENTITY_PERSON, IRKG_NAME_FAMILY)) &&
		    !has_kind(mt, IRKG_ENTITY_STATE, IRKG_NAME_ADJECTIVE))
			return 0;
	}

	if (has_kind(mt, IRKG_ENTITY_PERSON, -1) &&
	    (after_title || !(has_kind(mt, IRKG_ENTITY_STATE, -1) ||
			      has_kind(mt, IRKG_ENTITY_PLACE, -1))) &&
	    !after_locative) {
		e = pick_entry(f, mt, IRKG_ENTITY_PERSON, NULL);
		if (!e)
			return 0;
		mention_init(x, sentence, first, mt->n,
			     e->name_kind == IRKG_NAME_FAMILY
				     ? IRKG_MENTION_FAMILY
				     : IRKG_MENTION_NAME,
			     IRKG_ENTITY_PERSON);
		/* A family name alone must be unique on the date or named
		 * before; pick_entry already refused several. */
		x->entry = e;
		x->code = e->state;
		x->role = e->post && irkg_gazetteer_entry_valid_on(e, f->date)
				  ? e->role
				  : NULL;
		return 1;
	}

	kind = IRKG_ENTITY_STATE;
	if (has_kind(mt, IRKG_ENTITY_PLACE, -1) &&
	    (!has_kind(mt, IRKG_ENTITY_STATE, -1) ||
	     (first >= s_first + 2 && word_is(f, first - 1, "of") &&
	      word_is(f, first - 2, "state")) ||
	     (first > s_first && word_is(f, first - 1, "state"))))
		kind = IRKG_ENTITY_PLACE; /* "the U.S. state of Georgia" */
	/* "Atlanta, Georgia": a place after a place of the same state. */
	if (kind == IRKG_ENTITY_STATE && has_kind(mt, IRKG_ENTITY_PLACE, -1) &&
	    first >= s_first + 2 && word_is(f, first - 1, ",") && f->m->n &&
	    f->m->list[f->m->n - 1].kind == IRKG_ENTITY_PLACE &&
	    f->m->list[f->m->n - 1].first_token +
			    f->m->list[f->m->n - 1].n_tokens ==
		    first - 1)
		for (i = 0; i < mt->n_entries; i++)
			if (mt->entries[i]->kind == IRKG_ENTITY_PLACE &&
			    mt->entries[i]->state &&
			    f->m->list[f->m->n - 1].code &&
			    strcmp(mt->entries[i]->state,
				   f->m->list[f->m->n - 1].code) == 0)
				kind = IRKG_ENTITY_PLACE;
	if (!has_kind(mt, kind, -1)) {
		static const enum irkg_entity_kind order[] = {
			IRKG_ENTITY_ORGANISATION, IRKG_ENTITY_BODY,
			IRKG_ENTITY_PLACE, IRKG_ENTITY_ISSUE};

		for (i = 0; i < sizeof(order) / sizeof(order[0]); i++)
			if (has_kind(mt, order[i], -1)) {
				kind = order[i];
				break;
			}
		if (!has_kind(mt, kind, -1))
			return 0;
	}
	e = pick_entry(f, mt, kind, NULL);
	if (!e)
		return 0;
	mention_init(x, sentence, first, mt->n, IRKG_MENTION_NAME, kind);
	x->entry = e;
	x->code = e->state;
	if (e->name_kind == IRKG_NAME_ADJECTIVE)
		x->how = IRKG_MENTION_ADJECTIVE;
	else if (e->name_kind == IRKG_NAME_METONYM)
		x->how = IRKG_MENTION_METONYM;
	/* Several bodies share a generic name ("foreign ministry"): the one
	 * of the state named just before ("the South Korean foreign
	 * ministry"); none when no state is named. */
	if (kind == IRKG_ENTITY_BODY) {
		const struct irkg_mention *prev =
			f->m->n ? &f->m->list[f->m->n - 1] : NULL;
		size_t n_bodies = 0;

		for (i = 0; i < mt->n_entries; i++)
			n_bodies += mt->entries[i]->kind == IRKG_ENTITY_BODY;
		if (n_bodies > 1) {
			x->entry = NULL;
			x->code = NULL;
			if (prev && prev->sentence == sentence &&
			    prev->kind == IRKG_ENTITY_STATE && prev->code &&
			    (prev->first_token + prev->n_tokens == first ||
			     (prev->first_token + prev->n_tokens + 1 == first &&
			      word_is(f, first - 1, "'s"))))
				for (i = 0; i < mt->n_entries; i++)
					if (mt->entries[i]->kind ==
						    IRKG_ENTITY_BODY &&
					    mt->entries[i]->state &&
					    strcmp(mt->entries[i]->state,
						   prev->code) == 0) {
						x->entry = mt->entries[i];
						x->code = prev->code;
					}
			if (!x->entry)
				return 0;
		}
	}
	/* A capital stands for its government unless it is where something
	 * happens ("in Tokyo", "visited Seoul") or a dateline ("SEOUL, Nov
	 * 18"). */
	if (kind == IRKG_ENTITY_PLACE && (e->flags & IRKG_ENTRY_CAPITAL) &&
	    !after_locative &&
	    !(first == s_first && last + 2 < s_end &&
	      word_is(f, last + 1, ",") && !word_is(f, last + 2, "which") &&
	      !word_is(f, last + 2, "who"))) {
		/* "Beijing "firmly opposes" the move": past a quotation
		 * mark */
		size_t nx = last + 1 < s_end && word_is(f, last + 1, "\"")
				    ? last + 2
				    : last + 1;
		int next_lower = nx < s_end &&
				 (f->tokens[nx].flags & IRKG_TOKEN_WORD) &&
				 !capitalised(f, nx);
		static const char *const not_verbs[] = {
			"of",	"in",	 "on",	  "at",	  "for",  "and",
			"or",	"to",	 "with",  "from", "by",	  "as",
			"than", "where", "which", "who",  "that", NULL};
		static const char *const relational[] = {
			"between",    "with",	    "against",	  "by",
			"urged",      "urging",	    "told",	  "accused",
			"accusing",   "warned",	    "asked",	  "ask",
			"asking",     "pressed",    "criticised", "criticized",
			"condemned",  "blamed",	    "thanked",	  "praised",
			"recognised", "recognized", NULL};
		static const char *const call[] = {"called", "calls", "call",
						   "calling", NULL};
		const struct irkg_mention *prev =
			f->m->n ? &f->m->list[f->m->n - 1] : NULL;

		/* "visited Tokyo and Seoul": a conjunct of a place. */
		if (prev && prev->sentence == sentence &&
		    prev->kind == IRKG_ENTITY_PLACE &&
		    prev->first_token + prev->n_tokens + 1 == first &&
		    (word_is(f, first - 1, "and") ||
		     word_is(f, first - 1, ",")))
			return 1;

		if ((last + 1 < s_end && word_is(f, last + 1, "'s")) ||
		    (next_lower && !word_in(f, nx, not_verbs)) ||
		    /* "Washington, which already maintains sanctions" */
		    (last + 2 < s_end && word_is(f, last + 1, ",") &&
		     (word_is(f, last + 2, "which") ||
		      word_is(f, last + 2, "who"))) ||
		    (first > s_first && word_in(f, first - 1, relational)) ||
		    /* "called on Beijing to" */
		    (first > s_first + 1 && word_is(f, first - 1, "on") &&
		     word_in(f, first - 2, call)) ||
		    conjunct_acts(f, last, s_end, not_verbs)) {
			x->how = IRKG_MENTION_METONYM;
			x->kind = IRKG_ENTITY_STATE;
		}
	}
	return 1;
}

/* Lower-case words allowed between a state and a title ("Japan's new
 * ambassador", "the former president"). */
static const char *const office_nouns[] = {"ministry", "office", "department",
					   NULL};
static const char *const portfolios[] = {
	"foreign", "defence", "defense", "interior", "trade",	    "commerce",
	"finance", "justice", "energy",	 "economy",  "information", NULL};

static const char *const title_modifiers[] = {
	"new",	  "former", "then",   "incoming", "outgoing", "acting", "top",
	"deputy", "chief",  "senior", "interim",  "late",     "ex",	NULL};

/* The end (exclusive) of an unknown person's name after a title: one to
 * four capitalised words the gazetteer does not know. */
static size_t unknown_name_end(const struct finder *f,
			       const unsigned char *known, size_t i,
			       size_t s_end)
{
	size_t j = i;

	while (j < s_end && j - i < 4 && !known[j] &&
	       (f->tokens[j].flags & IRKG_TOKEN_WORD) &&
	       (f->tokens[j].flags & IRKG_TOKEN_CAPITALISED) &&
	       !(f->tokens[j].flags & IRKG_TOKEN_ALLCAPS) &&
	       !word_in(f, j, personal_titles) && !word_is(f, j, "'s"))
		j++;
	return j;
}

/* Merge "[state|body]['s] [modifiers] role [person|Unknown Name]" in the
 * sentence's mentions x[0..n) into single mentions; returns the new n. */
static size_t merge_titles(const struct finder *f, const unsigned char *known,
			   struct irkg_mention *x, size_t n, size_t s_first,
			   size_t s_end)
{
	size_t i, out = 0;

	for (i = 0; i < n; i++) {
		struct irkg_mention *role = &x[i], *owner = NULL;
		size_t start, j, after;
		int former = 0;

		if (role->kind != IRKG_ENTITY_ROLE) {
			x[out++] = x[i];
			continue;
		}
		start = role->first_token;
		/* The owner: a state or body just before, past "'s" and
		 * modifiers. */
		j = start;
		while (j > s_first && word_in(f, j - 1, title_modifiers)) {
			former |= word_is(f, j - 1, "former") ||
				  word_is(f, j - 1, "late") ||
				  word_is(f, j - 1, "ex");
			j--;
		}
		/* "Chinese foreign ministry spokesperson": the ministry
		 * between the state and the title */
		if (j > s_first + 1 && word_in(f, j - 1, office_nouns)) {
			j--;
			if (j > s_first + 1 && word_in(f, j - 1, portfolios))
				j--;
		}
		if (j > s_first && word_is(f, j - 1, "'s"))
			j--;
		/* "ECOWAS Commission President": the body's own name may sit
		 * between its organisation and the title */
		if (j > s_first + 1 &&
		    unknown_name_word(f, known, s_first, j - 1) && out &&
		    x[out - 1].first_token + x[out - 1].n_tokens == j - 1)
			j--;
		if (out && x[out - 1].first_token + x[out - 1].n_tokens == j &&
		    (x[out - 1].kind == IRKG_ENTITY_STATE ||
		     x[out - 1].kind == IRKG_ENTITY_BODY ||
		     x[out - 1].kind == IRKG_ENTITY_ORGANISATION) &&
		    x[out - 1].how != IRKG_MENTION_GROUP) {
			owner = &x[out - 1];
			start = owner->first_token;
		}
		after = role->first_token + role->n_tokens;
		/* A known person right after the title. */
		if (i + 1 < n && x[i + 1].first_token == after &&
		    x[i + 1].kind == IRKG_ENTITY_PERSON) {
			struct irkg_mention p = x[i + 1];

			p.n_tokens = p.first_token + p.n_tokens - start;
			p.first_token = start;
			p.former = former;
			if (!p.code && owner)
				p.code = owner->code;
			if (former)
				p.role = NULL;
			else if (!p.role)
				p.role = role->role;
			if (owner)
				out--;
			x[out++] = p;
			i++;
			continue;
		}
		/* Otherwise a title: of a state, maybe with a new name. */
		{
			struct irkg_mention t = *role;
			size_t name_end =
				unknown_name_end(f, known, after, s_end);

			t.kind = IRKG_ENTITY_PERSON;
			t.how = IRKG_MENTION_TITLE;
			t.former = former;
			t.code = owner ? owner->code : NULL;
			t.first_token = start;
			if (name_end > after &&
			    !(i + 1 < n && x[i + 1].first_token < name_end)) {
				t.name_first = after;
				t.name_n = name_end - after;
				after = name_end;
			}
			/* "a spokesperson for China's foreign ministry": the
			 * owner after the title */
			if (!t.code && !t.name_n && i + 1 < n &&
			    after + 1 < s_end &&
			    (word_is(f, after, "for") ||
			     word_is(f, after, "of")) &&
			    (x[i + 1].first_token == after + 1 ||
			     (x[i + 1].first_token == after + 2 &&
			      word_is(f, after + 1, "the"))) &&
			    x[i + 1].code &&
			    (x[i + 1].kind == IRKG_ENTITY_STATE ||
			     x[i + 1].kind == IRKG_ENTITY_BODY ||
			     x[i + 1].kind == IRKG_ENTITY_ORGANISATION)) {
				size_t last = i + 1;

				if (last + 1 < n &&
				    x[last + 1].kind == IRKG_ENTITY_BODY &&
				    x[last + 1].first_token ==
					    x[last].first_token +
						    x[last].n_tokens + 1 &&
				    word_is(f, x[last + 1].first_token - 1,
					    "'s"))
					last++;
				t.code = x[i + 1].code;
				after = x[last].first_token + x[last].n_tokens;
				i = last;
			}
			t.n_tokens = after - start;
			if (!t.code && !t.name_n) {
				/* "the foreign minister": the person with the
				 * role named before in the article. */
				size_t k;

				for (k = f->m->n; k-- > 0;)
					if (f->m->list[k].kind ==
						    IRKG_ENTITY_PERSON &&
					    f->m->list[k].role == t.role &&
					    f->m->list[k].how !=
						    IRKG_MENTION_PRONOUN) {
						t.code = f->m->list[k].code;
						t.entry = f->m->list[k].entry;
						break;
					}
			}
			if (owner)
				out--;
			x[out++] = t;
		}
	}
	return out;
}

/* Words of an office the knowledge base may not list. */
static const char *const office_words[] = {"representative",
					   "secretary",
					   "minister",
					   "ambassador",
					   "envoy",
					   "commissioner",
					   "chancellor",
					   "spokesman",
					   "spokeswoman",
					   "spokesperson",
					   "adviser",
					   "advisor",
					   "director",
					   "chief",
					   "governor",
					   "senator",
					   "general",
					   "admiral",
					   "president",
					   "premier",
					   "chairman",
					   "chairwoman",
					   "negotiator",
					   "commander",
					   NULL};

/* "U.S. Trade Representative Jamieson Greer": a state named by adjective
 * or with "'s", then capitalised words the knowledge base does not know,
 * one of them an office, then a two- or three-word name, is an official
 * of that state, named, in an office the knowledge base lacks. x, a
 * state mention, becomes that person. */
static void unknown_official(const struct finder *f, const unsigned char *known,
			     struct irkg_mention *x, size_t s_end)
{
	size_t t = x->first_token + x->n_tokens, run, office = 0;

	if (x->kind != IRKG_ENTITY_STATE || !x->code ||
	    (x->how != IRKG_MENTION_ADJECTIVE && x->how != IRKG_MENTION_NAME))
		return;
	if (t < s_end && word_is(f, t, "'s"))
		t++;
	for (run = t;
	     run < s_end && run < t + 7 && !known[run] && capitalised(f, run) &&
	     (f->tokens[run].flags & IRKG_TOKEN_WORD);
	     run++)
		if (word_in(f, run, office_words))
			office = run + 1;
	/* the office, then a name of two or three words */
	if (!office || run - office < 2 || run - office > 3)
		return;
	x->kind = IRKG_ENTITY_PERSON;
	x->how = IRKG_MENTION_TITLE;
	x->entry = NULL;
	x->name_first = office;
	x->name_n = run - office;
	x->n_tokens = run - x->first_token;
}

/* Whether the mention may be the antecedent of a group or pronoun. */
static int is_actor(const struct irkg_mention *x)
{
	return x->kind == IRKG_ENTITY_STATE ||
	       x->kind == IRKG_ENTITY_ORGANISATION ||
	       x->kind == IRKG_ENTITY_BODY || x->kind == IRKG_ENTITY_PERSON;
}

/* The region of a mention's state: its own entry's, or for a person or
 * body that of a state mention with the same code. */
static const char *mention_region(const irkg_mentions *m,
				  const struct irkg_mention *x)
{
	size_t i;

	if (x->entry && x->entry->kind == IRKG_ENTITY_STATE)
		return x->entry->region;
	if (!x->code)
		return NULL;
	for (i = 0; i < m->n; i++)
		if (m->list[i].entry &&
		    m->list[i].entry->kind == IRKG_ENTITY_STATE &&
		    m->list[i].code && strcmp(m->list[i].code, x->code) == 0)
			return m->list[i].entry->region;
	return NULL;
}

/* Add mention `index` (a group: its members) to members[], skipping codes
 * already there from `from` on and those outside `region_part`. */
static int add_members(irkg_mentions *m, size_t index, size_t from,
		       const char *region_part)
{
	const struct irkg_mention *x = &m->list[index];
	size_t k;

	if (x->how == IRKG_MENTION_GROUP) {
		for (k = 0; k < x->n_members; k++) {
			int rc = add_members(m, m->members[x->first_member + k],
					     from, region_part);

			if (rc)
				return rc;
		}
		return IRKG_OK;
	}
	if (x->how == IRKG_MENTION_PRONOUN || !is_actor(x))
		return IRKG_OK;
	if (region_part) {
		const char *r = mention_region(m, x);

		if (!r || !strstr(r, region_part))
			return IRKG_OK;
	}
	for (k = from; k < m->n_members; k++) {
		const struct irkg_mention *y = &m->list[m->members[k]];

		if (y->code && x->code && strcmp(y->code, x->code) == 0 &&
		    !(y->kind == IRKG_ENTITY_PERSON &&
		      x->kind == IRKG_ENTITY_PERSON && y->entry != x->entry))
			return IRKG_OK;
	}
	return push_member(m, index);
}

int irkg_mentions_joining(const irkg_text *t, size_t a, size_t b)
{
	static const char *const conjunctions[] = {",", "and", "&", NULL};
	static const char *const the[] = {"the", NULL};
	static const char *const and[] = {"and", NULL};
	size_t k;
	int conjunction = 0;

	for (k = a; k < b; k++) {
		if (irkg_word_in(irkg_text_words(t), k, conjunctions))
			conjunction = 1;
		else if (!irkg_word_in(irkg_text_words(t), k, the) || k == a ||
			 !irkg_word_in(irkg_text_words(t), k - 1, and))
			return 0;
	}
	return conjunction;
}

static int joined(const struct finder *f, const struct irkg_mention *a,
		  const struct irkg_mention *b)
{
	size_t gap = a->first_token + a->n_tokens;

	return irkg_mentions_joining(f->t, gap, b->first_token);
}

/* The first mention of the coordination ending at mention `k` (k itself
 * when it is not coordinated), not before `from`. */
static size_t joined_run_start(const struct finder *f, size_t from, size_t k)
{
	const irkg_mentions *m = f->m;

	while (k > from && is_actor(&m->list[k - 1]) &&
	       m->list[k - 1].how != IRKG_MENTION_PRONOUN &&
	       joined(f, &m->list[k - 1], &m->list[k]))
		k--;
	return k;
}

static int grow_coords(irkg_mentions *m)
{
	if (m->n_coords == m->cap_coords) {
		size_t cap = m->cap_coords ? 2 * m->cap_coords : 8;
		struct coordination *grown =
			realloc(m->coords, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		m->coords = grown;
		m->cap_coords = cap;
	}
	return IRKG_OK;
}

/* Record the coordinations among the sentence's mentions [from, m->n). */
static int find_coordinations(const struct finder *f, size_t from,
			      size_t sentence)
{
	irkg_mentions *m = f->m;
	size_t i = from;

	while (i < m->n) {
		size_t j = i, k, first_member = m->n_members;
		int rc;

		while (j + 1 < m->n && is_actor(&m->list[j]) &&
		       is_actor(&m->list[j + 1])) {
			if (!joined(f, &m->list[j], &m->list[j + 1]))
				break;
			j++;
		}
		if (j > i && is_actor(&m->list[i])) {
			for (k = i; k <= j; k++) {
				rc = add_members(m, k, first_member, NULL);
				if (rc)
					return rc;
			}
			rc = grow_coords(m);
			if (rc)
				return rc;
			m->coords[m->n_coords].sentence = sentence;
			m->coords[m->n_coords].first_member = first_member;
			m->coords[m->n_coords].n_members =
				m->n_members - first_member;
			m->n_coords++;
		}
		i = j + 1;
	}
	return IRKG_OK;
}

/* Resolve the group mention `g` (already pushed, last in the list) that
 * wants `number` actors (0: as many as the last coordination has) from
 * `region_part` (or NULL). Members go to the end of members[]. */
/* How many codes the members from `first` on have between them: "Brazil's
 * foreign minister, Mauro Vieira" is one state. */
static size_t distinct_member_codes(const irkg_mentions *m, size_t first)
{
	size_t i, k, n = 0;

	for (i = first; i < m->n_members; i++) {
		const char *c = m->list[m->members[i]].code;
		int seen = !c;

		for (k = first; k < i && !seen; k++) {
			const char *d = m->list[m->members[k]].code;

			seen = d && strcmp(c, d) == 0;
		}
		n += !seen;
	}
	return n;
}

static const char *const topic_prepositions[] = {"on",	   "over",    "about",
						 "toward", "towards", NULL};

/* The actors named in sentences `from` to `to` (in the group's own, only
 * before it), into the members from `first` on. */
static int add_named_since(const struct finder *f, const struct irkg_mention *g,
			   size_t from, size_t to, size_t first,
			   const char *region_part)
{
	irkg_mentions *m = f->m;
	size_t i;
	int rc;

	for (i = 0; i < m->n; i++) {
		const struct irkg_mention *x = &m->list[i];

		/* "cooperate on North Korea": a topic, not a party */
		if (x->first_token > f->sentences[x->sentence].first_token &&
		    word_in(f, x->first_token - 1, topic_prepositions))
			continue;
		if (x->sentence < from || x->sentence > to ||
		    (x->sentence == g->sentence &&
		     x->first_token >= g->first_token) ||
		    !x->code || x->how == IRKG_MENTION_GROUP ||
		    x->how == IRKG_MENTION_PRONOUN ||
		    (g->kind == IRKG_ENTITY_PERSON
			     ? x->kind != IRKG_ENTITY_PERSON
			     : x->kind != IRKG_ENTITY_STATE &&
				       x->kind != IRKG_ENTITY_PERSON))
			continue;
		rc = add_members(m, i, first, region_part);
		if (rc)
			return rc;
	}
	return IRKG_OK;
}

static int finish_group(irkg_mentions *m, struct irkg_mention *g, size_t first);

/* The latest coordination with `number` actors (at least two when 0) of
 * distinct codes, in the group's sentence before it or in the `back`
 * sentences before: 1 when found (members from `first` on), 0 when not,
 * or an error. */
static int from_coordination(const struct finder *f,
			     const struct irkg_mention *g, int number,
			     const char *region_part, size_t first, size_t back)
{
	irkg_mentions *m = f->m;
	size_t c;
	int rc;

	for (c = m->n_coords; c-- > 0;) {
		const struct coordination *co = &m->coords[c];
		size_t k;

		if (co->sentence + back < g->sentence)
			break;
		if (co->sentence == g->sentence &&
		    m->list[m->members[co->first_member]].first_token >=
			    g->first_token)
			continue;
		m->n_members = first;
		for (k = 0; k < co->n_members; k++) {
			rc = add_members(m, m->members[co->first_member + k],
					 first, region_part);
			if (rc)
				return rc;
		}
		if (distinct_member_codes(m, first) >= 2 &&
		    (number == 0 || m->n_members - first == (size_t)number))
			return 1;
	}
	m->n_members = first;
	return 0;
}

static int resolve_group(const struct finder *f, struct irkg_mention *g,
			 int number, const char *region_part)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[g->sentence];
	size_t first = m->n_members, i;
	int rc;

	/* Exactly `number` actors named before it in its own sentence:
	 * "Rubio spoke with Iwaya, and the two agreed" */
	if (number >= 2) {
		rc = add_named_since(f, g, g->sentence, g->sentence, first,
				     region_part);
		if (rc)
			return rc;
		if (distinct_member_codes(m, first) == (size_t)number &&
		    m->n_members - first == (size_t)number)
			goto found;
		m->n_members = first;
	}

	/* Exactly `number` actors named in the sentence just before, and no
	 * coordination in this one before the group: "Japan has become one
	 * of the Philippines' closest partners. The two countries ..." */
	if (number >= 2 && g->sentence > 0 &&
	    !(m->n_coords &&
	      m->coords[m->n_coords - 1].sentence == g->sentence)) {
		rc = add_named_since(f, g, g->sentence - 1, g->sentence - 1,
				     first, region_part);
		if (rc)
			return rc;
		if (m->n_members - first == (size_t)number)
			goto found;
		m->n_members = first;
	}

	/* The latest coordination with the right number of actors, in this
	 * sentence before the group or in the two before, */
	rc = from_coordination(f, g, number, region_part, first, 2);
	if (rc != IRKG_OK)
		return rc == 1 ? finish_group(m, g, first) : rc;
	/* ... or exactly `number` actors named in its sentence and the two
	 * before: "Burkina Faso expelled
	 * two French diplomats. France called it unjustified. Relations
	 * between the two countries ..." */
	if (number >= 2 && !region_part) {
		rc = add_named_since(f, g,
				     g->sentence >= 2 ? g->sentence - 2 : 0,
				     g->sentence, first, region_part);
		if (rc)
			return rc;
		if (distinct_member_codes(m, first) == (size_t)number)
			goto found;
		m->n_members = first;
	}

	/* ... or the latest coordination in the eight sentences before. */
	rc = from_coordination(f, g, number, region_part, first, 8);
	if (rc != IRKG_OK)
		return rc == 1 ? finish_group(m, g, first) : rc;
	/* Otherwise: exactly `number` states (or persons, for "the two
	 * ministers"; a person counts for the state too) named before it in
	 * this paragraph and the one before, leaving out those its own
	 * sentence names after it ("the two nations are allies of the United
	 * States"). */
	if (number >= 2) {

		for (i = m->n - 1; i-- > 0;) {
			const struct irkg_mention *x = &m->list[i];
			size_t k;
			int named_after = 0;

			if (f->sentences[x->sentence].paragraph + 1 <
			    s->paragraph)
				break;
			if ((x->sentence == g->sentence &&
			     x->first_token > g->first_token) ||
			    (g->kind == IRKG_ENTITY_PERSON
				     ? x->kind != IRKG_ENTITY_PERSON
				     : x->kind != IRKG_ENTITY_STATE &&
					       x->kind != IRKG_ENTITY_PERSON) ||
			    !x->code || x->how == IRKG_MENTION_GROUP ||
			    x->how == IRKG_MENTION_PRONOUN)
				continue;
			for (k = m->n - 1;
			     k-- > 0 && m->list[k].sentence == g->sentence;)
				if (m->list[k].first_token > g->first_token &&
				    m->list[k].code &&
				    strcmp(m->list[k].code, x->code) == 0)
					named_after = 1;
			if (!named_after) {
				rc = add_members(m, i, first, region_part);
				if (rc)
					return rc;
			}
		}
		if (m->n_members - first == (size_t)number)
			goto found;
	}
	m->n_members = first;
	return IRKG_OK; /* unresolved: no members */
found:
	return finish_group(m, g, first);
}

/* The group resolved to the members from `first` on. */
static int finish_group(irkg_mentions *m, struct irkg_mention *g, size_t first)
{
	int rc;

	g->first_member = first;
	g->n_members = m->n_members - first;
	/* A resolved group is an antecedent in turn ("All three countries
	 * ... the three governments"). */
	rc = grow_coords(m);
	if (rc)
		return rc;
	m->coords[m->n_coords].sentence = g->sentence;
	m->coords[m->n_coords].first_member = first;
	m->coords[m->n_coords].n_members = g->n_members;
	m->n_coords++;
	return IRKG_OK;
}

/* A group phrase at token i: "the three", "the two Asian nations", "both
 * countries", "all three leaders". Its end goes to *end, its number to
 * *number (0: "the allies"), its region word to *region_part. */
static int group_at(const struct finder *f, const unsigned char *known,
		    size_t i, size_t s_first, size_t s_end, size_t *end,
		    int *number, const char **region_part)
{
	size_t j = i, k;
	int n = 0, has_det = 0;

	*region_part = NULL;
	if (word_is(f, j, "the") || word_is(f, j, "all")) {
		has_det = 1;
		j++;
	}
	if (j < s_end && (n = group_number(f, j)) > 0) {
		/* "are both allies": "both" as an adverb. */
		if (word_is(f, j, "both") && j > s_first &&
		    (word_is(f, j - 1, "are") || word_is(f, j - 1, "were") ||
		     word_is(f, j - 1, "have") || word_is(f, j - 1, "had")))
			return 0;
		if (word_is(f, j, "both") && has_det)
			return 0;
		/* "two officials said": new people, not ones named before;
		 * only "the two", "all three" and "both" point back */
		if (!has_det && !word_is(f, j, "both"))
			return 0;
		j++;
	} else if (!has_det) {
		return 0;
	}
	/* Up to two qualifiers, then the noun. */
	for (k = 0; k < 3 && j < s_end && !known[j]; k++, j++) {
		size_t r;

		if (word_in(f, j, state_nouns) || word_in(f, j, person_nouns)) {
			/* "the leaders of Estonia, Latvia and Lithuania":
			 * those named next, not a group pointing back */
			if (j + 1 < s_end && word_is(f, j + 1, "of"))
				return 0;
			*end = j + 1;
			*number = n;
			return 1;
		}
		if (!(f->tokens[j].flags & IRKG_TOKEN_WORD))
			break;
		/* "the region's leaders": someone's, not a group */
		if (word_is(f, j, "'s"))
			return 0;
		for (r = 0; r < sizeof(region_words) / sizeof(region_words[0]);
		     r++)
			if (word_is(f, j, region_words[r].word))
				*region_part = region_words[r].region_part;
	}
	/* "the three", "all three" on their own: followed by punctuation or
	 * a verb ("the three agreed"), not by a noun ("the two inspectors",
	 * whose head the lists above do not know). */
	if (n > 0 && has_det) {
		j = i + 2;
		if (j >= s_end || !(f->tokens[j].flags & IRKG_TOKEN_WORD) ||
		    word_in(f, j, bare_group_followers) ||
		    (f->tokens[j].norm_length > 3 &&
		     strcmp(word(f, j) + f->tokens[j].norm_length - 2, "ed") ==
			     0)) {
			*end = i + 2;
			*number = n;
			*region_part = NULL;
			return 1;
		}
	}
	return 0;
}

/* Move the last mention back to its place in text order among the
 * mentions from `from` on, fixing the indexes that point at those moved. */
static void sink_last(irkg_mentions *m, size_t from)
{
	size_t b, r;

	for (b = m->n - 1;
	     b > from && m->list[b - 1].first_token > m->list[b].first_token;
	     b--) {
		struct irkg_mention tmp = m->list[b];

		m->list[b] = m->list[b - 1];
		m->list[b - 1] = tmp;
		for (r = 0; r < m->n_members; r++) {
			if (m->members[r] == b)
				m->members[r] = b - 1;
			else if (m->members[r] == b - 1)
				m->members[r] = b;
		}
		for (r = from; r < m->n; r++) {
			if (m->list[r].antecedent == b)
				m->list[r].antecedent = b - 1;
			else if (m->list[r].antecedent == b - 1)
				m->list[r].antecedent = b;
		}
	}
}

/* Definite descriptions that news uses for the organisation or state it
 * has just named: "the bloc", "the kingdom". */
static const char *const organisation_nouns[] = {
	"bloc",	 "alliance", "organisation", "organization",
	"union", "agency",   "watchdog",     NULL};
static const char *const state_anaphors[] = {
	"kingdom", "country", "emirate", "republic", "government", NULL};

/* "the bloc", "the ministry" at tokens i, i+1: a mention of `kind`
 * standing for mention k, inserted in text order. */
static int push_description(const struct finder *f, size_t sentence,
			    size_t from, size_t i, enum irkg_entity_kind kind,
			    size_t k)
{
	irkg_mentions *m = f->m;
	struct irkg_mention x;
	int rc;

	/* an earlier description ("the bloc ... the bloc") stands for what
	 * it named: an antecedent is never itself a pronoun */
	if (m->list[k].how == IRKG_MENTION_PRONOUN)
		k = m->list[k].antecedent;
	if (k == IRKG_MENTION_NONE)
		return IRKG_OK;
	mention_init(&x, sentence, i, 2, IRKG_MENTION_PRONOUN, kind);
	x.antecedent = k;
	x.code = m->list[k].code;
	x.entry = m->list[k].entry;
	rc = push_mention(m, &x);
	if (rc)
		return rc;
	sink_last(m, from);
	return IRKG_OK;
}

/* The state or organisation named by name at the start of sentence
 * `sentence` ("Sudan's government ...", "The United States ..."), when
 * token i comes after it; or IRKG_MENTION_NONE. */
static size_t sentence_opener(const struct finder *f, size_t sentence, size_t i)
{
	const irkg_mentions *m = f->m;
	size_t first = f->sentences[sentence].first_token, k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence < sentence)
			break;
		if (y->sentence == sentence && y->first_token < i &&
		    (y->first_token == first || (y->first_token == first + 1 &&
						 word_is(f, first, "the"))) &&
		    (y->kind == IRKG_ENTITY_STATE ||
		     y->kind == IRKG_ENTITY_ORGANISATION) &&
		    y->how == IRKG_MENTION_NAME)
			return k;
	}
	return IRKG_MENTION_NONE;
}

/* "the bloc" at token i: the last organisation named (or, for "the
 * kingdom", state) in this paragraph or the one before; none, nothing. */
static int find_description(const struct finder *f, size_t sentence,
			    size_t from, size_t i)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[sentence];
	enum irkg_entity_kind want = word_in(f, i + 1, organisation_nouns)
					     ? IRKG_ENTITY_ORGANISATION
					     : IRKG_ENTITY_STATE;
	size_t k, named = IRKG_MENTION_NONE;

	/* "Estonia said Russian jets flew into the country's airspace":
	 * the country of the one whose words these are, the actor its
	 * sentence opened with */
	if (word_is(f, i + 1, "country")) {
		k = sentence_opener(f, sentence, i);
		if (k != IRKG_MENTION_NONE && m->list[k].code &&
		    m->list[k].kind == IRKG_ENTITY_STATE)
			return push_description(f, sentence, from, i,
						IRKG_ENTITY_STATE, k);
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
			if (strcmp(word(f, t), word(f, i + 1)) == 0)
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
		if (named == IRKG_MENTION_NONE &&
		    (y->first_token > i || y->kind != want || !y->code ||
		     y->how == IRKG_MENTION_GROUP ||
		     (y->how == IRKG_MENTION_PRONOUN &&
		      want != IRKG_ENTITY_ORGANISATION)))
			continue;
		return push_description(f, sentence, from, i, want, k);
	}
	return IRKG_OK;
}

/* "the ministry" at token i: the state whose ministry the article named
 * last ("Vietnam's foreign ministry said ... the ministry demanded"). */
static int find_office_owner(const struct finder *f, size_t sentence,
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
			if (strcmp(word(f, t), word(f, i + 1)) == 0)
				break;
		if (t == end + 3 || t >= i)
			continue;
		return push_description(f, sentence, from, i, IRKG_ENTITY_STATE,
					k);
	}
	return IRKG_OK;
}

/* Whether sentence `sentence` (not the current one) opens with an actor
 * ("Japan ...", "The United States ..."). */
static int opens_with_actor(const struct finder *f, size_t sentence)
{
	const irkg_mentions *m = f->m;
	size_t first = f->sentences[sentence].first_token, k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->sentence < sentence)
			break;
		if (y->sentence == sentence && is_actor(y) &&
		    (y->first_token == first ||
		     (y->first_token == first + 1 && word_is(f, first, "the"))))
			return 1;
	}
	return 0;
}

/* The earlier new person (a title with a name the knowledge base lacks)
 * whose family name is the word at token i, or IRKG_MENTION_NONE. */
static size_t new_person_named(const struct finder *f, size_t i)
{
	const irkg_mentions *m = f->m;
	size_t k;

	for (k = m->n; k-- > 0;) {
		const struct irkg_mention *y = &m->list[k];

		if (y->kind == IRKG_ENTITY_PERSON && y->name_n && y->code &&
		    y->first_token < i &&
		    strcmp(word(f, y->name_first + y->name_n - 1),
			   word(f, i)) == 0)
			return k;
	}
	return IRKG_MENTION_NONE;
}

/* Pronouns and groups among the sentence's tokens not already mentions;
 * each inserted in text order among the sentence's mentions. */
static int find_references(const struct finder *f, size_t sentence, size_t from,
			   const unsigned char *known)
{
	irkg_mentions *m = f->m;
	const struct irkg_sentence *s = &f->sentences[sentence];
	size_t s_first = s->first_token, s_end = s_first + s->n_tokens;
	size_t i, next = from;
	int rc;

	for (i = s_first; i < s_end; i++) {
		struct irkg_mention x;
		size_t end, k;
		int number;
		const char *region_part;

		while (next < m->n &&
		       m->list[next].first_token + m->list[next].n_tokens <= i)
			next++;
		if (known[i] || f->tokens[i].start < f->dateline_end)
			continue;
		/* "Greer said": the family name of a person the article
		 * introduced with a title the knowledge base lacks */
		if (capitalised(f, i)) {
			size_t named = new_person_named(f, i);

			if (named != IRKG_MENTION_NONE) {
				mention_init(&x, sentence, i, 1,
					     IRKG_MENTION_FAMILY,
					     IRKG_ENTITY_PERSON);
				x.code = m->list[named].code;
				x.role = m->list[named].role;
				x.name_first = m->list[named].name_first;
				x.name_n = m->list[named].name_n;
				rc = push_mention(m, &x);
				if (rc)
					return rc;
				sink_last(m, from);
				continue;
			}
		}
		if (group_at(f, known, i, s_first, s_end, &end, &number,
			     &region_part)) {
			int persons = word_in(f, end - 1, person_nouns);

			mention_init(&x, sentence, i, end - i,
				     IRKG_MENTION_GROUP,
				     persons ? IRKG_ENTITY_PERSON
					     : IRKG_ENTITY_STATE);
			rc = push_mention(m, &x);
			if (rc)
				return rc;
			rc = resolve_group(f, &m->list[m->n - 1], number,
					   region_part);
			if (rc)
				return rc;
			sink_last(m, from);
			i = end - 1;
			continue;
		}
		/* "the government of President Nicolas Maduro": the
		 * name that follows says whose */
		if (word_is(f, i, "the") && i + 2 < s_end &&
		    word_in(f, i + 1, state_anaphors) &&
		    word_is(f, i + 2, "of")) {
			i++;
			continue;
		}
		if (word_is(f, i, "the") && i + 1 < s_end && !known[i + 1] &&
		    word_in(f, i + 1, office_nouns)) {
			rc = find_office_owner(f, sentence, from, i);
			if (rc)
				return rc;
			i++;
			continue;
		}
		if (word_is(f, i, "the") && i + 1 < s_end && !known[i + 1] &&
		    (word_in(f, i + 1, organisation_nouns) ||
		     word_in(f, i + 1, state_anaphors))) {
			rc = find_description(f, sentence, from, i);
			if (rc)
				return rc;
			i++;
			continue;
		}
		if (word_in(f, i, person_pronouns) ||
		    word_in(f, i, thing_pronouns) ||
		    word_in(f, i, plural_pronouns)) {
			int person = word_in(f, i, person_pronouns);
			int plural = word_in(f, i, plural_pronouns);

			/* "The deal would restore a rail link ... It still
			 * needs approval": a sentence opening with "it"
			 * speaks of the last one's subject, which is no
			 * actor */
			if (!person && !plural && i == s_first &&
			    !opens_with_actor(f, sentence - (sentence > 0)))
				continue;

			mention_init(&x, sentence, i, 1, IRKG_MENTION_PRONOUN,
				     person ? IRKG_ENTITY_PERSON
					    : IRKG_ENTITY_STATE);
			for (k = m->n; k-- > 0;) {
				const struct irkg_mention *y = &m->list[k];

				if (f->sentences[y->sentence].paragraph !=
					    s->paragraph ||
				    y->sentence + 1 < sentence)
					break;
				if (y->first_token > i ||
				    y->how == IRKG_MENTION_PRONOUN)
					continue;
				if (plural && y->sentence == sentence &&
				    is_actor(y)) {
					/* "A and B reaffirmed their ...": the
					 * coordination just before. */
					size_t a = joined_run_start(f, from, k);

					if (a < k) {
						size_t first = m->n_members;

						for (size_t r = a; r <= k;
						     r++) {
							rc = add_members(m, r,
									 first,
									 NULL);
							if (rc)
								return rc;
						}
						x.how = IRKG_MENTION_GROUP;
						x.kind = y->kind;
						x.first_member = first;
						x.n_members =
							m->n_members - first;
						break;
					}
				}
				if (plural) {
					if (y->how == IRKG_MENTION_GROUP &&
					    y->n_members) {
						x.how = IRKG_MENTION_GROUP;
						x.kind = y->kind;
						x.first_member =
							y->first_member;
						x.n_members = y->n_members;
					}
					if (y->how == IRKG_MENTION_GROUP)
						break;
					continue;
				}
				if (person ? y->kind == IRKG_ENTITY_PERSON &&
						     y->how !=
							     IRKG_MENTION_GROUP
					   : (y->kind == IRKG_ENTITY_STATE ||
					      y->kind ==
						      IRKG_ENTITY_ORGANISATION ||
					      y->kind == IRKG_ENTITY_BODY) &&
						     y->how !=
							     IRKG_MENTION_GROUP &&
						     y->how !=
							     IRKG_MENTION_ADJECTIVE) {
					x.antecedent = k;
					x.kind = y->kind;
					x.code = y->code;
					x.entry = y->entry;
					x.role = y->role;
					break;
				}
			}
			/* "Sudan cut ties with the Emirates in May, and in
			 * March it took Abu Dhabi to court": "it" as a
			 * subject stands for the subject its sentence opened
			 * with, not the state named last */
			if (x.antecedent != IRKG_MENTION_NONE &&
			    word_is(f, i, "it")) {
				size_t opener = sentence_opener(f, sentence, i);

				if (opener != IRKG_MENTION_NONE &&
				    m->list[opener].code) {
					x.antecedent = opener;
					x.kind = m->list[opener].kind;
					x.code = m->list[opener].code;
					x.entry = m->list[opener].entry;
				}
			}
			if (x.antecedent == IRKG_MENTION_NONE &&
			    !(x.how == IRKG_MENTION_GROUP))
				continue; /* nothing to stand for */
			rc = push_mention(m, &x);
			if (rc)
				return rc;
			sink_last(m, from);
		}
	}
	return IRKG_OK;
}

static int find_in_sentence(struct finder *f, size_t sentence,
			    unsigned char *known, struct match *matches,
			    struct irkg_mention *found)
{
	const struct irkg_sentence *s = &f->sentences[sentence];
	size_t s_first = s->first_token, s_end = s_first + s->n_tokens;
	size_t i, n_matches = 0, n_found = 0, from = f->m->n, n_coords,
		  first_pass;
	int rc;

	/* Longest matches, left to right; known[] marks covered tokens (2
	 * for titles, so that a name after one is read as a person's). */
	for (i = s_first; i < s_end;) {
		struct match *mt = &matches[n_matches];
		size_t len = 0, k;

		rc = irkg_gazetteer_match(f->g, f->spans + s_first, s->n_tokens,
					  i - s_first, &len, &mt->entries,
					  &mt->n_entries);
		if (rc)
			return rc;
		if (!len) {
			rc = match_hyphen_prefix(f, i, mt, &len);
			if (rc)
				return rc;
		}
		if (!len) {
			i++;
			continue;
		}
		mt->first = i;
		mt->n = len;
		for (k = i; k < i + len; k++)
			known[k] = has_kind(mt, IRKG_ENTITY_ROLE, -1) ? 2 : 1;
		n_matches++;
		i += len;
	}
	for (i = 0; i < n_matches; i++) {
		struct irkg_mention x;

		/* Resolution looks at mentions before it; push as we go so
		 * that "Atlanta, Georgia" and bodies see their neighbour. */
		if (resolve_match(f, &matches[i], known, s_first, s_end,
				  sentence, &x) &&
		    (f->tokens[x.first_token].start >= f->dateline_end ||
		     x.kind == IRKG_ENTITY_PLACE)) {
			rc = push_mention(f->m, &x);
			if (rc)
				return rc;
		}
	}
	n_found = f->m->n - from;
	if (n_found)
		memcpy(found, f->m->list + from, n_found * sizeof(*found));
	n_found = merge_titles(f, known, found, n_found, s_first, s_end);
	for (i = 0; i < n_found; i++)
		unknown_official(f, known, &found[i], s_end);
	f->m->n = from;
	for (i = 0; i < n_found; i++) {
		if (found[i].kind == IRKG_ENTITY_ROLE)
			continue;
		for (size_t k = found[i].first_token;
		     k < found[i].first_token + found[i].n_tokens; k++)
			known[k] = known[k] ? known[k] : 1;
		rc = push_mention(f->m, &found[i]);
		if (rc)
			return rc;
	}
	/* Coordinations of names first, so that a group can point back to
	 * one earlier in its sentence ("A, B and C ... the three"); then
	 * again with the groups and pronouns in ("Blinken and the two
	 * ministers"). */
	n_coords = f->m->n_coords;
	rc = find_coordinations(f, from, sentence);
	if (rc)
		return rc;
	first_pass = f->m->n_coords;
	rc = find_references(f, sentence, from, known);
	if (rc)
		return rc;
	/* drop the first pass, keep the groups resolved since */
	if (f->m->n_coords > first_pass)
		memmove(f->m->coords + n_coords, f->m->coords + first_pass,
			(f->m->n_coords - first_pass) * sizeof(*f->m->coords));
	f->m->n_coords -= first_pass - n_coords;
	return find_coordinations(f, from, sentence);
}

int irkg_mentions_find(const irkg_gazetteer *g, const irkg_text *t,
		       const char *date, size_t dateline_end,
		       irkg_mentions **out)
{
	struct finder f = {0};
	size_t n_sentences, i, longest = 0;
	unsigned char *known = NULL;
	struct match *matches = NULL;
	struct irkg_mention *found = NULL;
	int rc = IRKG_ENOMEM;

	if (out)
		*out = NULL;
	if (!g || !t || !out)
		return IRKG_EINVAL;
	f.g = g;
	f.t = t;
	f.date = date && *date ? date : NULL;
	f.dateline_end = dateline_end;
	f.norm = irkg_text_norm(t);
	f.tokens = irkg_text_tokens(t, &f.n_tokens);
	f.sentences = irkg_text_sentences(t, &n_sentences);
	f.m = calloc(1, sizeof(*f.m));
	f.spans = malloc((f.n_tokens ? f.n_tokens : 1) * sizeof(*f.spans));
	known = calloc(f.n_tokens ? f.n_tokens : 1, 1);
	for (i = 0; i < n_sentences; i++)
		if (f.sentences[i].n_tokens > longest)
			longest = f.sentences[i].n_tokens;
	matches = malloc((longest ? longest : 1) * sizeof(*matches));
	found = malloc((longest ? longest : 1) * sizeof(*found));
	if (!f.m || !f.spans || !known || !matches || !found)
		goto done;
	for (i = 0; i < f.n_tokens; i++) {
		f.spans[i].text = f.norm + f.tokens[i].norm;
		f.spans[i].length = f.tokens[i].norm_length;
	}
	for (i = 0; i < n_sentences; i++) {
		rc = find_in_sentence(&f, i, known, matches, found);
		if (rc)
			goto done;
	}
	rc = IRKG_OK;
	*out = f.m;
	f.m = NULL;
done:
	irkg_mentions_free(f.m);
	free(f.spans);
	free(known);
	free(matches);
	free(found);
	return rc;
}

void irkg_mentions_free(irkg_mentions *m)
{
	if (!m)
		return;
	free(m->list);
	free(m->members);
	free(m->coords);
	free(m);
}

const struct irkg_mention *irkg_mentions_list(const irkg_mentions *m,
					      size_t *count)
{
	*count = m ? m->n : 0;
	return m ? m->list : NULL;
}

const size_t *irkg_mentions_members(const irkg_mentions *m)
{
	return m ? m->members : NULL;
}

const struct irkg_mention *irkg_mentions_resolve(const irkg_mentions *m,
						 size_t index)
{
	const struct irkg_mention *x;

	if (!m || index >= m->n)
		return NULL;
	x = &m->list[index];
	if (x->how == IRKG_MENTION_PRONOUN &&
	    x->antecedent != IRKG_MENTION_NONE)
		return &m->list[x->antecedent];
	return x;
}

const char *irkg_mention_how_name(enum irkg_mention_how how)
{
	static const char *const names[] = {"name",   "adjective", "metonym",
					    "family", "title",	   "group",
					    "pronoun"};

	return (size_t)how < sizeof(names) / sizeof(names[0]) ? names[how]
							      : "?";
}
