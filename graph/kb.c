/* Reading the knowledge base into a gazetteer: statements are collected per
 * subject first (they come in any order, across files), then turned into
 * gazetteer entries. */
#include "kb.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/hash.h>

#include "../extract/text.h"
#include "files.h"
#include "parse.h"
#include "prefixes.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"

enum kb_type {
	KB_STATE = 1 << 0,
	KB_ORGANISATION = 1 << 1,
	KB_BODY = 1 << 2,
	KB_PLACE = 1 << 3,
	KB_PERSON = 1 << 4,
	KB_POST = 1 << 5,
	KB_ROLE = 1 << 6,
	KB_ISSUE = 1 << 7,
	KB_CAPITAL = 1 << 8, /* not a class: the object of irkg:capital */
	KB_ALLIANCE = 1 << 9,
	KB_TERRITORY = 1 << 10
};

static const struct {
	const char *local;
	unsigned type;
} kb_classes[] = {
	{"State", KB_STATE},
	{"InternationalOrganization", KB_ORGANISATION},
	{"Grouping", KB_ORGANISATION},
	{"DefenceAlliance", KB_ORGANISATION | KB_ALLIANCE},
	{"GovernmentBody", KB_BODY},
	{"ForeignMinistry", KB_BODY},
	{"DefenceMinistry", KB_BODY},
	{"NationalSecurityCouncil", KB_BODY},
	{"ArmedForces", KB_BODY},
	{"Government", KB_BODY},
	{"Legislature", KB_BODY},
	{"IntelligenceAgency", KB_BODY},
	{"City", KB_PLACE},
	{"Place", KB_PLACE},
	{"Region", KB_PLACE},
	{"Territory", KB_PLACE | KB_TERRITORY},
	{"Issue", KB_ISSUE},
	{"Person", KB_PERSON},
	{"PostHolding", KB_POST},
	{"Role", KB_ROLE},
};

/* The name properties and how they name. */
static const struct {
	const char *iri;
	enum irkg_name_kind kind;
} kb_names[] = {
	{RDFS_LABEL, IRKG_NAME_NAME},
	{IRKG_NS "officialName", IRKG_NAME_NAME},
	{IRKG_NS "altName", IRKG_NAME_NAME},
	{IRKG_NS "adjective", IRKG_NAME_ADJECTIVE},
	{IRKG_NS "metonym", IRKG_NAME_METONYM},
	{IRKG_NS "familyName", IRKG_NAME_FAMILY},
	{IRKG_NS "roleName", IRKG_NAME_ROLE},
	{IRKG_NS "epithet", IRKG_NAME_EPITHET},
	{IRKG_NS "combiningForm", IRKG_NAME_COMBINING},
};

/* Which words of `text` start with a capital: bit k for word k. */
static unsigned kb_capitalised_words(const char *text)
{
	unsigned caps = 0, k = 0;
	int at_word = 1;

	for (; *text && k < 32; text++) {
		if (*text == ' ') {
			at_word = 1;
			continue;
		}
		if (at_word && *text >= 'A' && *text <= 'Z')
			caps |= 1u << k;
		if (at_word)
			k++;
		at_word = 0;
	}
	return caps;
}

/* The single-valued properties kept, as slots of kb_node.value. */
enum kb_slot {
	SLOT_ISO3,
	SLOT_ORGAN_OF,
	SLOT_IN_STATE,
	SLOT_NATIONALITY,
	SLOT_HOLDER,
	SLOT_OF_STATE,
	SLOT_START,
	SLOT_END,
	SLOT_ROLE,
	SLOT_OF_ORG,
	SLOT_SHORT_CODE,
	SLOT_REGION,
	SLOT_ADMINISTERED_BY,
	SLOT_SEAT_OF,
	N_SLOTS
};

static const char *const kb_slot_iri[N_SLOTS] = {
	IRKG_NS "iso3",		  IRKG_NS "organOf",   IRKG_NS "inState",
	IRKG_NS "nationality",	  IRKG_NS "holder",    IRKG_NS "ofState",
	IRKG_NS "start",	  IRKG_NS "end",       IRKG_NS "role",
	IRKG_NS "ofOrganization", IRKG_NS "shortCode", IRKG_NS "region",
	IRKG_NS "administeredBy", IRKG_NS "seatOf",
};

struct kb_name {
	char *text;
	enum irkg_name_kind kind;
};

struct kb_node {
	char *id;
	unsigned types;
	char *value[N_SLOTS];
	struct kb_name *names;
	size_t n_names, cap_names;
	char *borders; /* states: the IRIs of irkg:borders, each followed by
			* a space; NULL when none */
	struct kb_node **posts; /* for persons: the posts they hold */
	size_t n_posts, cap_posts;
};

struct kb {
	irkg_ctx *ctx;
	xmlHashTablePtr by_id;
	struct kb_node **nodes; /* in order of first mention */
	size_t n_nodes, cap_nodes;
};

static void kb_node_free(struct kb_node *n)
{
	size_t i;

	if (!n)
		return;
	free(n->id);
	for (i = 0; i < N_SLOTS; i++)
		free(n->value[i]);
	for (i = 0; i < n->n_names; i++)
		free(n->names[i].text);
	free(n->names);
	free(n->borders);
	free(n->posts);
	free(n);
}

static char *kb_strndup(const char *s, size_t len)
{
	char *copy = malloc(len + 1);

	if (copy) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

/* A term as a key: an IRI as is, a blank node as "_:id"; NULL otherwise or
 * when out of memory (*oom set). */
static char *kb_term_key(const raptor_term *t, int *oom)
{
	char *key = NULL;

	if (t->type == RAPTOR_TERM_TYPE_URI) {
		key = strdup((const char *)raptor_uri_as_string(t->value.uri));
	} else if (t->type == RAPTOR_TERM_TYPE_BLANK) {
		size_t len = t->value.blank.string_len;

		key = malloc(len + 3);
		if (key) {
			memcpy(key, "_:", 2);
			memcpy(key + 2, t->value.blank.string, len);
			key[len + 2] = '\0';
		}
	} else {
		return NULL;
	}
	if (!key)
		*oom = 1;
	return key;
}

/* The node for `id`, made when missing; NULL when out of memory. */
static struct kb_node *kb_node_get(struct kb *kb, const char *id)
{
	struct kb_node *n = xmlHashLookup(kb->by_id, (const xmlChar *)id);

	if (n)
		return n;
	if (kb->n_nodes == kb->cap_nodes) {
		size_t cap = kb->cap_nodes ? kb->cap_nodes * 2 : 256;
		struct kb_node **grown =
			realloc(kb->nodes, cap * sizeof(*grown));

		if (!grown)
			return NULL;
		kb->nodes = grown;
		kb->cap_nodes = cap;
	}
	n = calloc(1, sizeof(*n));
	if (!n)
		return NULL;
	n->id = strdup(id);
	if (!n->id ||
	    xmlHashAddEntry(kb->by_id, (const xmlChar *)n->id, n) != 0) {
		kb_node_free(n);
		return NULL;
	}
	kb->nodes[kb->n_nodes++] = n;
	return n;
}

static const char *kb_uri(const raptor_term *t)
{
	return t->type == RAPTOR_TERM_TYPE_URI
		       ? (const char *)raptor_uri_as_string(t->value.uri)
		       : NULL;
}

/* The object as a string: a literal's lexical form or a node's key. */
static char *kb_object_string(const raptor_term *o, int *oom)
{
	char *s;

	if (o->type != RAPTOR_TERM_TYPE_LITERAL)
		return kb_term_key(o, oom);
	s = kb_strndup((const char *)o->value.literal.string,
		       o->value.literal.string_len);
	if (!s)
		*oom = 1;
	return s;
}

static int kb_add_name(struct kb_node *n, char *text, enum irkg_name_kind kind)
{
	if (n->n_names == n->cap_names) {
		size_t cap = n->cap_names ? n->cap_names * 2 : 4;
		struct kb_name *grown = realloc(n->names, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		n->names = grown;
		n->cap_names = cap;
	}
	n->names[n->n_names].text = text;
	n->names[n->n_names].kind = kind;
	n->n_names++;
	return IRKG_OK;
}

/* "state:USA irkg:borders state:CAN": the IRI appended to the subject's
 * borders. */
static int kb_border(struct kb *kb, const raptor_statement *st)
{
	const char *o = kb_uri(st->object), *s = kb_uri(st->subject);
	struct kb_node *n;
	size_t had, len;
	char *grown;

	if (!o || !s)
		return IRKG_OK;
	n = kb_node_get(kb, s);
	if (!n)
		return IRKG_ENOMEM;
	had = n->borders ? strlen(n->borders) : 0;
	len = strlen(o);
	grown = realloc(n->borders, had + len + 2);
	if (!grown)
		return IRKG_ENOMEM;
	memcpy(grown + had, o, len);
	grown[had + len] = ' ';
	grown[had + len + 1] = '\0';
	n->borders = grown;
	return IRKG_OK;
}

/* Keep one statement when it says something the gazetteer needs. */
static int kb_statement(void *user_data, raptor_statement *st)
{
	struct kb *kb = user_data;
	const char *p = kb_uri(st->predicate);
	struct kb_node *n;
	char *key, *value;
	unsigned type = 0;
	int oom = 0, slot = -1, name = -1;
	size_t i;

	if (!p)
		return IRKG_OK;
	if (strcmp(p, IRKG_NS "capital") == 0) {
		const char *o = kb_uri(st->object);

		if (!o)
			return IRKG_OK;
		n = kb_node_get(kb, o);
		if (!n)
			return IRKG_ENOMEM;
		n->types |= KB_CAPITAL;
		return IRKG_OK;
	}
	if (strcmp(p, IRKG_NS "borders") == 0)
		return kb_border(kb, st);
	if (strcmp(p, RDF_TYPE) == 0) {
		const char *o = kb_uri(st->object);

		if (!o || strncmp(o, IRKG_NS, strlen(IRKG_NS)) != 0)
			return IRKG_OK;
		for (i = 0; i < sizeof(kb_classes) / sizeof(kb_classes[0]); i++)
			if (strcmp(o + strlen(IRKG_NS), kb_classes[i].local) ==
			    0)
				type = kb_classes[i].type;
		if (!type)
			return IRKG_OK;
	} else {
		for (i = 0; i < N_SLOTS && slot < 0; i++)
			if (strcmp(p, kb_slot_iri[i]) == 0)
				slot = (int)i;
		for (i = 0; i < sizeof(kb_names) / sizeof(kb_names[0]) &&
			    slot < 0 && name < 0;
		     i++)
			if (strcmp(p, kb_names[i].iri) == 0)
				name = (int)i;
		if (slot < 0 && name < 0)
			return IRKG_OK;
		if (name >= 0 && st->object->type != RAPTOR_TERM_TYPE_LITERAL)
			return IRKG_OK;
	}
	key = kb_term_key(st->subject, &oom);
	if (!key)
		return oom ? IRKG_ENOMEM : IRKG_OK;
	n = kb_node_get(kb, key);
	free(key);
	if (!n)
		return IRKG_ENOMEM;
	if (type) {
		n->types |= type;
		return IRKG_OK;
	}
	value = kb_object_string(st->object, &oom);
	if (!value)
		return oom ? IRKG_ENOMEM : IRKG_OK;
	if (slot >= 0) {
		free(n->value[slot]); /* the last one read wins */
		n->value[slot] = value;
		return IRKG_OK;
	}
	if (kb_add_name(n, value, kb_names[name].kind) != IRKG_OK) {
		free(value);
		return IRKG_ENOMEM;
	}
	return IRKG_OK;
}

static int kb_parse_path(struct kb *kb, const char *path)
{
	FILE *f = fopen(path, "rb");
	int rc;

	if (!f) {
		irkg_ctx_log(kb->ctx, IRKG_LOG_ERROR, path, 0, 0,
			     "cannot read: %s", strerror(errno));
		return IRKG_EIO;
	}
	/* The knowledge base writes absolute IRIs; a fixed base keeps any
	 * relative one stable wherever the files are installed. */
	rc = irkg_parse_file(kb->ctx, f, path, "turtle", "urn:irkg:kb",
			     kb_statement, kb);
	fclose(f);
	return rc;
}

/* A file under a knowledge-base directory: Turtle files only. */
static int kb_visit_file(void *data, const char *path)
{
	size_t len = strlen(path);

	if (len <= 4 || strcmp(path + len - 4, ".ttl") != 0)
		return IRKG_OK;
	return kb_parse_path(data, path);
}

static int kb_read_path(struct kb *kb, const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return irkg_files_walk(kb->ctx, path, kb_visit_file, kb);
	return kb_parse_path(kb, path);
}

/* The iso3 of the node `id` names, or NULL. */
static const char *kb_iso3_of(struct kb *kb, const char *id)
{
	struct kb_node *n;

	if (!id)
		return NULL;
	n = xmlHashLookup(kb->by_id, (const xmlChar *)id);
	return n ? n->value[SLOT_ISO3] : NULL;
}

/* The short code of the organisation `id` names, or NULL. */
static const char *kb_short_code_of(struct kb *kb, const char *id)
{
	struct kb_node *n;

	if (!id)
		return NULL;
	n = xmlHashLookup(kb->by_id, (const xmlChar *)id);
	return n ? n->value[SLOT_SHORT_CODE] : NULL;
}

/* The people of a state by the plural of its adjective: "Afghans",
 * "Pakistanis", "Filipinos" ("deported a million Afghans" is done to
 * Afghanistan, as "Afghan nationals" is). Only for a one-word adjective
 * of a state ending in "n", "i" or "o", which makes its plural with "s";
 * "Chinese", "French" and "Swiss" do not. */
static int kb_add_plural(irkg_gazetteer *g, const char *surface,
			 const struct irkg_gazetteer_entry *e)
{
	size_t n = strlen(surface);
	char *plural;
	int rc;

	if (e->kind != IRKG_ENTITY_STATE ||
	    e->name_kind != IRKG_NAME_ADJECTIVE || n < 3 ||
	    strchr(surface, ' ') || !strchr("nio", surface[n - 1]))
		return IRKG_OK;
	plural = malloc(n + 2);
	if (!plural)
		return IRKG_ENOMEM;
	memcpy(plural, surface, n);
	plural[n] = 's';
	plural[n + 1] = '\0';
	rc = irkg_gazetteer_add(g, plural, e);
	free(plural);
	return rc;
}

/* Add every name of `n` with `entry`; `only_roles` picks the roleName
 * literals, otherwise they are left out. */
static int kb_add_names(struct kb *kb, irkg_gazetteer *g,
			const struct kb_node *n,
			const struct irkg_gazetteer_entry *entry,
			int only_roles, struct irkg_kb_stats *stats)
{
	size_t i;

	for (i = 0; i < n->n_names; i++) {
		struct irkg_gazetteer_entry e = *entry;
		char *surface = NULL;
		int rc;

		if ((n->names[i].kind == IRKG_NAME_ROLE) != (only_roles != 0))
			continue;
		e.name_kind = n->names[i].kind;
		if (e.name_kind == IRKG_NAME_EPITHET)
			e.caps = kb_capitalised_words(n->names[i].text);
		rc = irkg_text_normalise(n->names[i].text,
					 strlen(n->names[i].text), &surface);
		if (rc == IRKG_ENOMEM)
			return rc;
		if (rc == IRKG_OK)
			rc = irkg_gazetteer_add(g, surface, &e);
		if (rc == IRKG_OK)
			rc = kb_add_plural(g, surface, &e);
		free(surface);
		if (rc == IRKG_ENOMEM)
			return rc;
		if (rc != IRKG_OK) {
			irkg_ctx_log(kb->ctx, IRKG_LOG_WARN, NULL, 0, 0,
				     "%s: name \"%s\" skipped: %s", n->id,
				     n->names[i].text, irkg_strerror(rc));
			continue;
		}
		stats->surface_forms++;
	}
	return IRKG_OK;
}

static int kb_attach_post(struct kb *kb, struct kb_node *post,
			  struct irkg_kb_stats *stats)
{
	struct kb_node *holder;

	if (!post->value[SLOT_HOLDER])
		return IRKG_OK;
	holder = xmlHashLookup(kb->by_id,
			       (const xmlChar *)post->value[SLOT_HOLDER]);
	if (!holder || !(holder->types & KB_PERSON))
		return IRKG_OK;
	if (holder->n_posts == holder->cap_posts) {
		size_t cap = holder->cap_posts ? holder->cap_posts * 2 : 2;
		struct kb_node **grown =
			realloc(holder->posts, cap * sizeof(*grown));

		if (!grown)
			return IRKG_ENOMEM;
		holder->posts = grown;
		holder->cap_posts = cap;
	}
	holder->posts[holder->n_posts++] = post;
	stats->posts++;
	return IRKG_OK;
}

static int kb_add_person(struct kb *kb, irkg_gazetteer *g,
			 const struct kb_node *n, struct irkg_kb_stats *stats)
{
	struct irkg_gazetteer_entry e = {.id = n->id,
					 .kind = IRKG_ENTITY_PERSON,
					 .name_kind = IRKG_NAME_NAME};
	size_t i;
	int rc;

	if (!n->n_posts) {
		e.state = kb_iso3_of(kb, n->value[SLOT_NATIONALITY]);
		return kb_add_names(kb, g, n, &e, 0, stats);
	}
	for (i = 0; i < n->n_posts; i++) {
		const struct kb_node *post = n->posts[i];

		e.state = kb_iso3_of(kb, post->value[SLOT_OF_STATE]);
		if (!e.state)
			e.state =
				kb_short_code_of(kb, post->value[SLOT_OF_ORG]);
		e.valid_from = post->value[SLOT_START];
		e.valid_to = post->value[SLOT_END];
		e.post = post->id;
		e.role = post->value[SLOT_ROLE];
		rc = kb_add_names(kb, g, n, &e, 0, stats);
		if (rc)
			return rc;
	}
	return IRKG_OK;
}

/* The codes of the states a state's borders name, each followed by a
 * space, in *out (owned by the caller; NULL when it has none). Returns 0
 * or IRKG_ENOMEM. */
static int kb_neighbours(struct kb *kb, const struct kb_node *n, char **out)
{
	const char *from = n->borders, *space;
	size_t len = 0;

	*out = NULL;
	if (!from)
		return IRKG_OK;
	/* no code is longer than the IRI it is read from */
	*out = malloc(strlen(from) + 1);
	if (!*out)
		return IRKG_ENOMEM;
	for (; (space = strchr(from, ' ')) != NULL; from = space + 1) {
		char *iri = kb_strndup(from, (size_t)(space - from));
		const char *code;

		if (!iri) {
			free(*out);
			*out = NULL;
			return IRKG_ENOMEM;
		}
		code = kb_iso3_of(kb, iri);
		free(iri);
		if (!code)
			continue;
		memcpy(*out + len, code, strlen(code));
		len += strlen(code);
		(*out)[len++] = ' ';
	}
	(*out)[len] = '\0';
	if (len == 0) {
		free(*out);
		*out = NULL;
	}
	return IRKG_OK;
}

/* Turn the collected nodes into gazetteer entries. */
static int kb_fill(struct kb *kb, irkg_gazetteer *g,
		   struct irkg_kb_stats *stats)
{
	size_t i;
	int rc = IRKG_OK;

	for (i = 0; i < kb->n_nodes && !rc; i++)
		if (kb->nodes[i]->types & KB_POST)
			rc = kb_attach_post(kb, kb->nodes[i], stats);
	for (i = 0; i < kb->n_nodes && !rc; i++) {
		const struct kb_node *n = kb->nodes[i];
		struct irkg_gazetteer_entry e = {.id = n->id,
						 .kind = IRKG_ENTITY_STATE,
						 .name_kind = IRKG_NAME_NAME};

		if (n->types & KB_STATE) {
			char *neighbours;

			stats->states++;
			e.state = n->value[SLOT_ISO3];
			e.region = n->value[SLOT_REGION];
			rc = kb_neighbours(kb, n, &neighbours);
			if (rc)
				break;
			e.neighbours = neighbours;
			rc = kb_add_names(kb, g, n, &e, 0, stats);
			free(neighbours);
			continue;
		} else if (n->types & KB_ORGANISATION) {
			stats->organisations++;
			e.kind = IRKG_ENTITY_ORGANISATION;
			e.state = n->value[SLOT_SHORT_CODE];
			if (n->types & KB_ALLIANCE)
				e.flags = IRKG_ENTRY_ALLIANCE;
		} else if (n->types & KB_BODY) {
			stats->bodies++;
			e.kind = IRKG_ENTITY_BODY;
			e.state = kb_iso3_of(kb, n->value[SLOT_ORGAN_OF]);
		} else if (n->types & KB_PLACE) {
			stats->places++;
			e.kind = IRKG_ENTITY_PLACE;
			e.state = kb_iso3_of(kb, n->value[SLOT_IN_STATE]);
			/* a disputed territory stands for the state that
			 * governs it: "claims the Essequibo" is a dispute
			 * with Guyana */
			if (!e.state)
				e.state = kb_iso3_of(
					kb, n->value[SLOT_ADMINISTERED_BY]);
			if (n->types & KB_CAPITAL)
				e.flags = IRKG_ENTRY_CAPITAL;
			/* "Brussels" may be the EU's, not Belgium's */
			e.seat_of =
				kb_short_code_of(kb, n->value[SLOT_SEAT_OF]);
			if (n->types & KB_TERRITORY)
				e.flags |= IRKG_ENTRY_TERRITORY;
		} else if (n->types & KB_ISSUE) {
			stats->issues++;
			e.kind = IRKG_ENTITY_ISSUE;
		} else if (n->types & KB_PERSON) {
			stats->persons++;
			rc = kb_add_person(kb, g, n, stats);
			continue;
		} else if (n->types & KB_ROLE) {
			stats->roles++;
			e.kind = IRKG_ENTITY_ROLE;
			rc = kb_add_names(kb, g, n, &e, 1, stats);
			continue;
		} else {
			continue;
		}
		rc = kb_add_names(kb, g, n, &e, 0, stats);
	}
	return rc;
}

int irkg_kb_load(irkg_ctx *ctx, const char *const *paths, size_t n_paths,
		 irkg_gazetteer *g, struct irkg_kb_stats *stats)
{
	struct kb kb = {ctx, NULL, NULL, 0, 0};
	struct irkg_kb_stats local = {0};
	size_t i;
	int rc = IRKG_OK;

	if (stats)
		*stats = local;
	if (!ctx || !g || (n_paths && !paths))
		return IRKG_EINVAL;
	for (i = 0; i < n_paths; i++)
		if (!paths[i])
			return IRKG_EINVAL;
	kb.by_id = xmlHashCreate(1024);
	if (!kb.by_id)
		return IRKG_ENOMEM;
	for (i = 0; i < n_paths && !rc; i++)
		rc = kb_read_path(&kb, paths[i]);
	if (!rc)
		rc = kb_fill(&kb, g, &local);
	xmlHashFree(kb.by_id, NULL);
	for (i = 0; i < kb.n_nodes; i++)
		kb_node_free(kb.nodes[i]);
	free(kb.nodes);
	if (stats)
		*stats = local;
	return rc;
}
