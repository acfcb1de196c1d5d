/* The lexicon: words.txt read into one lookup (see lexicon.h). */
#include "lexicon.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>

#include "../common/error.h"
#include "../common/lines.h"

_Static_assert(IRKG_WORD_KINDS <= 64, "irkg_word_kinds holds 64 kinds");

/* A word of the lookup. Every token of every article is looked up, and
 * most are in no list: an open-addressed table kept at most a quarter
 * full, whose empty slots end a search at once, costs less than libxml2's
 * hash (measured with bench/read.sh). */
struct slot {
	char *word; /* owned; NULL: the slot is empty */
	uint32_t hash;
	irkg_word_kinds kinds;
};

struct irkg_lexicon {
	struct slot *slots;
	size_t n_slots; /* a power of two */
	size_t n_words;
	xmlHashTablePtr values;		/* "KIND\tword" -> char *, owned */
	size_t counts[IRKG_WORD_KINDS]; /* words of each kind */
};

static const char *const kind_names[IRKG_WORD_KINDS] = {
	[IRKG_WORD_POSSESSIVE] = "possessive",
	[IRKG_WORD_AGENT_NOUN] = "agent-noun",
	[IRKG_WORD_CLAUSE_STRONG] = "clause-strong",
	[IRKG_WORD_CLAUSE_WEAK] = "clause-weak",
	[IRKG_WORD_NAMING_VERB] = "naming-verb",
	[IRKG_WORD_INDEFINITE] = "indefinite",
	[IRKG_WORD_DETERMINER] = "determiner",
	[IRKG_WORD_COUNT] = "count",
	[IRKG_WORD_NOUN_STOP] = "noun-stop",
	[IRKG_WORD_RELATIONAL_NOUN] = "relational-noun",
	[IRKG_WORD_OBJECT_PREPOSITION] = "object-preposition",
	[IRKG_WORD_UNCODED_DOER] = "uncoded-doer",
	[IRKG_WORD_HEDGE] = "hedge",
	[IRKG_WORD_TOPIC_OR_PLACE] = "topic-or-place",
	[IRKG_WORD_SCARE_VERB] = "scare-verb",
	[IRKG_WORD_PARTY_NOUN] = "party-noun",
	[IRKG_WORD_AUXILIARY] = "auxiliary",
	[IRKG_WORD_PLACE_QUALIFIER] = "place-qualifier",
	[IRKG_WORD_HIT_PREPOSITION] = "hit-preposition",
	[IRKG_WORD_ASK_NOUN] = "ask-noun",
	[IRKG_WORD_COMPLAINT_NOUN] = "complaint-noun",
	[IRKG_WORD_HOSTILE_NOUN] = "hostile-noun",
	[IRKG_WORD_DEICTIC] = "deictic",
	[IRKG_WORD_GOING_ON] = "going-on",
	[IRKG_WORD_VERB_STEM] = "verb-stem",
	[IRKG_WORD_COMPLEMENT] = "complement",
	[IRKG_WORD_MUTUAL] = "mutual",
	[IRKG_WORD_BILATERAL] = "bilateral",
	[IRKG_WORD_WEEKDAY] = "weekday",
	[IRKG_WORD_PLACE_PREPOSITION] = "place-preposition",
	[IRKG_WORD_ANOTHER_ACT] = "another-act",
	[IRKG_WORD_PERSONAL_TITLE] = "personal-title",
	[IRKG_WORD_PERSON_NOUN] = "person-noun",
	[IRKG_WORD_OFFICE_NOUN] = "office-noun",
	[IRKG_WORD_DIRECTION] = "direction",
	[IRKG_WORD_MONTH_PREPOSITION] = "month-preposition",
	[IRKG_WORD_MONTH] = "month",
	[IRKG_WORD_ADDRESS_VERB] = "address-verb",
	[IRKG_WORD_LOCATIVE] = "locative",
	[IRKG_WORD_NOT_VERB] = "not-verb",
	[IRKG_WORD_BEFORE_GOVERNMENT] = "before-government",
	[IRKG_WORD_CALL] = "call",
	[IRKG_WORD_PORTFOLIO] = "portfolio",
	[IRKG_WORD_TITLE_MODIFIER] = "title-modifier",
	[IRKG_WORD_FORMER] = "former",
	[IRKG_WORD_OFFICE_WORD] = "office-word",
	[IRKG_WORD_STATE_NOUN] = "state-noun",
	[IRKG_WORD_NUMBER] = "number",
	[IRKG_WORD_BARE_GROUP_FOLLOWER] = "bare-group-follower",
	[IRKG_WORD_REGION] = "region",
	[IRKG_WORD_TOPIC] = "topic",
	[IRKG_WORD_PERSON_PRONOUN] = "person-pronoun",
	[IRKG_WORD_THING_PRONOUN] = "thing-pronoun",
	[IRKG_WORD_PLURAL_PRONOUN] = "plural-pronoun",
	[IRKG_WORD_ORGANISATION_NOUN] = "organisation-noun",
	[IRKG_WORD_STATE_ANAPHOR] = "state-anaphor",
	[IRKG_WORD_SIDE_NOUN] = "side-noun",
	[IRKG_WORD_FACTION_NOUN] = "faction-noun",
	[IRKG_WORD_OBJECT_FOLLOWER] = "object-follower",
	[IRKG_WORD_CONJUNCTION] = "conjunction",
	[IRKG_WORD_UNMADE] = "unmade",
	[IRKG_WORD_AMOUNT] = "amount",
	[IRKG_WORD_MEDIATION_WORD] = "mediation-word",
	[IRKG_WORD_ROUTE_NOUN] = "route-noun",
};

/* Whether words of `kind` carry a value (a third field). */
static int has_value(enum irkg_word_kind kind)
{
	return kind == IRKG_WORD_NUMBER || kind == IRKG_WORD_REGION ||
	       kind == IRKG_WORD_VERB_STEM || kind == IRKG_WORD_MEDIATION_WORD;
}

int irkg_lexicon_new(irkg_lexicon **out)
{
	irkg_lexicon *x = calloc(1, sizeof(*x));

	*out = NULL;
	if (!x)
		return IRKG_ENOMEM;
	x->n_slots = 1024;
	x->slots = calloc(x->n_slots, sizeof(*x->slots));
	x->values = xmlHashCreate(64);
	if (!x->slots || !x->values) {
		irkg_lexicon_free(x);
		return IRKG_ENOMEM;
	}
	*out = x;
	return IRKG_OK;
}

static void free_payload(void *payload, const xmlChar *name)
{
	(void)name;
	free(payload);
}

void irkg_lexicon_free(irkg_lexicon *x)
{
	size_t i;

	if (!x)
		return;
	for (i = 0; x->slots && i < x->n_slots; i++)
		free(x->slots[i].word);
	free(x->slots);
	if (x->values)
		xmlHashFree(x->values, free_payload);
	free(x);
}

const char *irkg_lexicon_kind_name(enum irkg_word_kind kind)
{
	return (unsigned)kind < IRKG_WORD_KINDS ? kind_names[kind] : NULL;
}

/* FNV-1a of a NUL-terminated word. */
static uint32_t hash_of(const char *word)
{
	uint32_t h = 2166136261u;

	for (; *word; word++)
		h = (h ^ (unsigned char)*word) * 16777619u;
	return h;
}

/* The slot holding `word` (of hash h), or the empty slot where it would
 * go. */
static struct slot *slot_of(const irkg_lexicon *x, const char *word, uint32_t h)
{
	size_t mask = x->n_slots - 1, i = h & mask;

	while (x->slots[i].word &&
	       (x->slots[i].hash != h || strcmp(x->slots[i].word, word) != 0))
		i = (i + 1) & mask;
	return &x->slots[i];
}

irkg_word_kinds irkg_lexicon_kinds(const irkg_lexicon *x, const char *word)
{
	return slot_of(x, word, hash_of(word))->kinds;
}

const char *irkg_lexicon_value(const irkg_lexicon *x, enum irkg_word_kind kind,
			       const char *word)
{
	char key[256];

	if ((unsigned)kind >= IRKG_WORD_KINDS)
		return NULL;
	snprintf(key, sizeof(key), "%s\t%s", kind_names[kind], word);
	return xmlHashLookup(x->values, (const xmlChar *)key);
}

void irkg_lexicon_classify(const irkg_lexicon *x, struct irkg_words w,
			   size_t first, size_t n, irkg_word_kinds *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		out[i] = irkg_lexicon_kinds(x, irkg_word(w, first + i));
}

/* ---- reading ---- */

struct reader {
	irkg_lexicon *x;
	const char *path;
	unsigned line;
	char *error;
	size_t error_size;
};

static int bad_line(const struct reader *r, const char *why)
{
	if (r->error && r->error_size)
		snprintf(r->error, r->error_size, "%s:%u: %s", r->path, r->line,
			 why);
	return IRKG_EPARSE;
}

static int kind_named(const char *name, enum irkg_word_kind *kind)
{
	unsigned k;

	for (k = 0; k < IRKG_WORD_KINDS; k++)
		if (strcmp(kind_names[k], name) == 0) {
			*kind = (enum irkg_word_kind)k;
			return 1;
		}
	return 0;
}

/* Twice the slots, every word placed again. Returns 0 or IRKG_ENOMEM (x
 * unchanged). */
static int grow_slots(irkg_lexicon *x)
{
	struct slot *old = x->slots;
	size_t n_old = x->n_slots, i;

	x->slots = calloc(2 * n_old, sizeof(*x->slots));
	if (!x->slots) {
		x->slots = old;
		return IRKG_ENOMEM;
	}
	x->n_slots = 2 * n_old;
	for (i = 0; i < n_old; i++)
		if (old[i].word)
			*slot_of(x, old[i].word, old[i].hash) = old[i];
	free(old);
	return IRKG_OK;
}

/* Add `word` to `kind`, with `value` (or NULL). */
static int add_word(const struct reader *r, enum irkg_word_kind kind,
		    const char *word, const char *value)
{
	irkg_lexicon *x = r->x;
	uint32_t h = hash_of(word);
	struct slot *k = slot_of(x, word, h);
	irkg_word_kinds bit = (irkg_word_kinds)1 << kind;

	if (k->kinds & bit)
		return bad_line(r, "a word listed twice under one kind");
	if (!k->word) {
		/* at most a quarter full, so that a search ends soon */
		if (4 * (x->n_words + 1) > x->n_slots) {
			if (grow_slots(x))
				return IRKG_ENOMEM;
			k = slot_of(x, word, h);
		}
		k->word = strdup(word);
		if (!k->word)
			return IRKG_ENOMEM;
		k->hash = h;
		x->n_words++;
	}
	k->kinds |= bit;
	x->counts[kind]++;
	if (value) {
		char key[256], *copy = strdup(value);

		snprintf(key, sizeof(key), "%s\t%s", kind_names[kind], word);
		if (!copy)
			return IRKG_ENOMEM;
		if (xmlHashAddEntry(x->values, (const xmlChar *)key, copy)) {
			free(copy);
			return IRKG_ENOMEM;
		}
	}
	return IRKG_OK;
}

/* One line without its comment and trailing blanks: KIND TAB WORD [TAB
 * VALUE]. */
static int parse_line(const struct reader *r, char *line)
{
	char *word = strchr(line, '\t'), *value, *s;
	enum irkg_word_kind kind;

	if (!word)
		return bad_line(r, "no TAB between kind and word");
	*word++ = '\0';
	value = strchr(word, '\t');
	if (value)
		*value++ = '\0';
	if (!kind_named(line, &kind))
		return bad_line(r, "an unknown kind (extract/lexicon.h)");
	if (!*word || strlen(word) >= 200)
		return bad_line(r, "an empty or overlong word");
	for (s = word; *s; s++)
		if (*s == ' ' || (*s >= 'A' && *s <= 'Z'))
			return bad_line(r, "a word with a space or a capital "
					   "(words are normal forms)");
	if (has_value(kind) != (value && *value))
		return bad_line(r, has_value(kind)
					   ? "a word of this kind needs "
					     "a value"
					   : "a value where this kind "
					     "has none");
	return add_word(r, kind, word, value);
}

/* Every kind has words: a kind without any is a rule that never holds. */
static int check_kinds(const struct reader *r)
{
	unsigned k;

	for (k = 0; k < IRKG_WORD_KINDS; k++)
		if (!r->x->counts[k]) {
			if (r->error && r->error_size)
				snprintf(r->error, r->error_size,
					 "%s: no words of kind %s", r->path,
					 kind_names[k]);
			return IRKG_EPARSE;
		}
	return IRKG_OK;
}

static int lexicon_line(void *data, char *line, unsigned number)
{
	struct reader *r = data;

	r->line = number;
	return parse_line(r, line);
}

int irkg_lexicon_read_file(irkg_lexicon *x, const char *path, char *error,
			   size_t error_size)
{
	struct reader r = {x, path, 0, error, error_size};
	int rc;

	if (!x || !path)
		return IRKG_EINVAL;
	rc = irkg_lines_read(path, lexicon_line, &r, error, error_size);
	return rc ? rc : check_kinds(&r);
}

int irkg_word_object_pronoun(struct irkg_words w, size_t i, size_t end)
{
	/* what follows an object "her" and never a noun it owns */
	static const char *const after_object[] = {
		",",	 ".",	   ";",	    ":",    "\"",   "for",  "to",
		"in",	 "at",	   "on",    "with", "as",   "and",  "during",
		"after", "before", "by",    "from", "over", "that", "last",
		"this",	 "again",  "twice", NULL};

	if (irkg_word_is(w, i, "him"))
		return 1;
	if (!irkg_word_is(w, i, "her"))
		return 0;
	if (i + 1 >= end)
		return 1;
	for (size_t k = 0; after_object[k]; k++)
		if (irkg_word_is(w, i + 1, after_object[k]))
			return 1;
	return 0;
}
