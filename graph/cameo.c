/* ontology/cameo.ttl read into a table keyed by notation. */
#include "cameo.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>

#include "parse.h"
#include "prefixes.h"

#define SKOS_NOTATION "http://www.w3.org/2004/02/skos/core#notation"

/* What is known of one concept while the file is read. */
struct concept {
	char *notation;
	struct irkg_cameo_code code;
};

struct irkg_cameo {
	xmlHashTablePtr by_iri;	 /* concept IRI -> struct concept */
	xmlHashTablePtr by_code; /* notation -> struct concept (borrowed) */
};

static void free_concept(void *payload, const xmlChar *name)
{
	struct concept *c = payload;

	(void)name;
	if (!c)
		return;
	free(c->notation);
	free((char *)c->code.goldstein);
	free((char *)c->code.quad_class);
	free(c);
}

void irkg_cameo_free(irkg_cameo *c)
{
	if (!c)
		return;
	if (c->by_code)
		xmlHashFree(c->by_code, NULL);
	if (c->by_iri)
		xmlHashFree(c->by_iri, free_concept);
	free(c);
}

static char *literal(const raptor_term *t)
{
	char *s;

	if (t->type != RAPTOR_TERM_TYPE_LITERAL)
		return NULL;
	s = malloc(t->value.literal.string_len + 1);
	if (s) {
		memcpy(s, t->value.literal.string, t->value.literal.string_len);
		s[t->value.literal.string_len] = '\0';
	}
	return s;
}

static int on_statement(void *data, raptor_statement *st)
{
	irkg_cameo *c = data;
	const char *s, *p;
	struct concept *k;
	char **slot;
	enum { NOTATION, GOLDSTEIN, QUAD_CLASS } which;

	if (st->subject->type != RAPTOR_TERM_TYPE_URI ||
	    st->predicate->type != RAPTOR_TERM_TYPE_URI ||
	    st->object->type != RAPTOR_TERM_TYPE_LITERAL)
		return IRKG_OK;
	s = (const char *)raptor_uri_as_string(st->subject->value.uri);
	p = (const char *)raptor_uri_as_string(st->predicate->value.uri);
	if (strcmp(p, SKOS_NOTATION) == 0)
		which = NOTATION;
	else if (strcmp(p, IRKG_NS "goldstein") == 0)
		which = GOLDSTEIN;
	else if (strcmp(p, IRKG_NS "quadClass") == 0)
		which = QUAD_CLASS;
	else
		return IRKG_OK;
	k = xmlHashLookup(c->by_iri, (const xmlChar *)s);
	if (!k) {
		k = calloc(1, sizeof(*k));
		if (!k || xmlHashAddEntry(c->by_iri, (const xmlChar *)s, k)) {
			free(k);
			return IRKG_ENOMEM;
		}
	}
	slot = which == NOTATION    ? &k->notation
	       : which == GOLDSTEIN ? (char **)&k->code.goldstein
				    : (char **)&k->code.quad_class;
	free(*slot);
	*slot = literal(st->object);
	return *slot ? IRKG_OK : IRKG_ENOMEM;
}

static void index_concept(void *payload, void *data, const xmlChar *name)
{
	struct concept *k = payload;
	irkg_cameo *c = data;

	(void)name;
	if (k->notation && k->code.goldstein && k->code.quad_class)
		xmlHashAddEntry(c->by_code, (const xmlChar *)k->notation, k);
}

int irkg_cameo_load(irkg_ctx *ctx, const char *path, irkg_cameo **out)
{
	irkg_cameo *c = calloc(1, sizeof(*c));
	FILE *f;
	int rc;

	*out = NULL;
	if (!c)
		return IRKG_ENOMEM;
	c->by_iri = xmlHashCreate(512);
	c->by_code = xmlHashCreate(512);
	if (!c->by_iri || !c->by_code) {
		irkg_cameo_free(c);
		return IRKG_ENOMEM;
	}
	f = fopen(path, "rb");
	if (!f) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, path, 0, 0, "cannot read: %s",
			     strerror(errno));
		irkg_cameo_free(c);
		return IRKG_EIO;
	}
	rc = irkg_parse_file(ctx, f, path, "turtle", "urn:irkg:cameo",
			     on_statement, c);
	fclose(f);
	if (rc) {
		irkg_cameo_free(c);
		return rc;
	}
	xmlHashScan(c->by_iri, index_concept, c);
	*out = c;
	return IRKG_OK;
}

const struct irkg_cameo_code *irkg_cameo_find(const irkg_cameo *c,
					      const char *code)
{
	const struct concept *k =
		c && code ? xmlHashLookup(c->by_code, (const xmlChar *)code)
			  : NULL;

	return k ? &k->code : NULL;
}
