/* An analysed article to triples (docs/ontology.md, "Articles"). */
#include "document.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/event.h"
#include "cameo.h"
#include "prefixes.h"

#define NIF_NS "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS_NS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define CAMEO_NS IRKG_ID "cameo/"

/* What the writer keeps while it adds one document. */
struct writer {
	librdf_world *world;
	librdf_model *model;
	librdf_node *graph;
	const char *iri; /* the article */
	const struct irkg_document *doc;
	const irkg_facts *facts;
	const irkg_cameo *cameo;
	const char *body;
	/* byte -> character offsets: a cursor, as offsets mostly grow */
	size_t at_byte, at_char;
	struct irkg_document_rows rows;
	int rc;
};

int irkg_document_iri(irkg_ctx *ctx, const struct irkg_document *doc, char *buf,
		      size_t size)
{
	librdf_digest *d;
	const unsigned char *sum;
	const char *norm;
	size_t n, i, len;

	if (!ctx || !doc || !doc->text || !buf || size < IRKG_DOCUMENT_IRI_SIZE)
		return IRKG_EINVAL;
	d = librdf_new_digest(irkg_ctx_world(ctx), "SHA1");
	if (!d)
		return IRKG_ENOMEM;
	librdf_digest_init(d);
	norm = irkg_text_norm(doc->text);
	irkg_text_tokens(doc->text, &n);
	/* The tokens' normal forms as read, each with its '\0': layout,
	 * quotes, case and the pairs split later (a hyphenated pair of
	 * states) do not change the IRI. Redland's SHA-1 scrambles the
	 * buffer it is given, so it gets copies. */
	if (n) {
		size_t total = irkg_text_read_norm_length(doc->text);
		unsigned char chunk[4096];

		for (i = 0; i < total; i += len) {
			len = total - i < sizeof(chunk) ? total - i
							: sizeof(chunk);
			memcpy(chunk, norm + i, len);
			librdf_digest_update(d, chunk, len);
		}
	}
	librdf_digest_final(d);
	sum = librdf_digest_get_digest(d);
	len = librdf_digest_get_digest_length(d);
	i = (size_t)snprintf(buf, size, "%sarticle/", IRKG_ID);
	for (n = 0; n < len && i + 3 <= size; n++, i += 2)
		snprintf(buf + i, 3, "%02x", sum[n]);
	librdf_free_digest(d);
	return IRKG_OK;
}

static librdf_node *iri_node(struct writer *w, const char *iri)
{
	librdf_node *n = librdf_new_node_from_uri_string(
		w->world, (const unsigned char *)iri);

	if (!n && !w->rc)
		w->rc = IRKG_ENOMEM;
	return n;
}

/* Add (s, p, o), taking o; s and p are IRIs. */
static void add(struct writer *w, const char *s, const char *p, librdf_node *o)
{
	librdf_node *sn, *pn;
	librdf_statement *st;

	if (w->rc || !o) {
		if (o)
			librdf_free_node(o);
		return;
	}
	sn = iri_node(w, s);
	pn = iri_node(w, p);
	if (!sn || !pn) {
		if (sn)
			librdf_free_node(sn);
		if (pn)
			librdf_free_node(pn);
		librdf_free_node(o);
		return;
	}
	st = librdf_new_statement_from_nodes(w->world, sn, pn, o);
	if (!st) {
		w->rc = IRKG_ENOMEM;
		return;
	}
	if (librdf_model_context_add_statement(w->model, w->graph, st))
		w->rc = IRKG_ESTORE;
	librdf_free_statement(st);
}

static void add_iri(struct writer *w, const char *s, const char *p,
		    const char *o)
{
	add(w, s, p, iri_node(w, o));
}

/* A literal of `len` bytes at `text`, typed by `datatype` (an XSD local
 * name) or a plain string when NULL. */
static void add_literal(struct writer *w, const char *s, const char *p,
			const char *text, size_t len, const char *datatype)
{
	char *copy;
	librdf_node *o;
	librdf_uri *dt = NULL;

	if (w->rc)
		return;
	copy = malloc(len + 1);
	if (!copy) {
		w->rc = IRKG_ENOMEM;
		return;
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	if (datatype) {
		char iri[96];

		snprintf(iri, sizeof(iri), "%s%s", XSD_NS, datatype);
		dt = librdf_new_uri(w->world, (const unsigned char *)iri);
		if (!dt) {
			free(copy);
			w->rc = IRKG_ENOMEM;
			return;
		}
	}
	o = librdf_new_node_from_typed_literal(
		w->world, (const unsigned char *)copy, NULL, dt);
	if (dt)
		librdf_free_uri(dt);
	free(copy);
	if (!o)
		w->rc = IRKG_ENOMEM;
	add(w, s, p, o);
}

static void add_string(struct writer *w, const char *s, const char *p,
		       const char *text)
{
	add_literal(w, s, p, text, strlen(text), NULL);
}

static void add_number(struct writer *w, const char *s, const char *p,
		       size_t value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%zu", value);
	add_literal(w, s, p, buf, strlen(buf), "nonNegativeInteger");
}

/* The character offset of byte `b` of the body (UTF-8: count the bytes
 * that start a character). */
static size_t char_offset(struct writer *w, size_t b)
{
	if (b < w->at_byte) {
		w->at_byte = 0;
		w->at_char = 0;
	}
	for (; w->at_byte < b; w->at_byte++)
		if (((unsigned char)w->body[w->at_byte] & 0xc0) != 0x80)
			w->at_char++;
	return w->at_char;
}

/* Offsets and words of a span [start, end) of the body. */
static void add_span(struct writer *w, const char *s, size_t start, size_t end)
{
	add_number(w, s, NIF_NS "beginIndex", char_offset(w, start));
	add_number(w, s, NIF_NS "endIndex", char_offset(w, end));
	add_number(w, s, IRKG_NS "beginByte", start);
	add_number(w, s, IRKG_NS "endByte", end);
	add_literal(w, s, NIF_NS "anchorOf", w->body + start, end - start,
		    NULL);
	add_iri(w, s, NIF_NS "referenceContext", w->iri);
}

static void sentence_iri(const struct writer *w, size_t i, char *buf,
			 size_t size)
{
	snprintf(buf, size, "%s#sentence-%zu", w->iri, i + 1);
}

static void add_article(struct writer *w)
{
	const struct irkg_article *a = w->doc->article;

	add_iri(w, w->iri, RDF_NS "type", IRKG_NS "NewsArticle");
	if (a->title && *a->title)
		add_string(w, w->iri, IRKG_NS "headline", a->title);
	if (a->source && *a->source)
		add_string(w, w->iri, IRKG_NS "publisher", a->source);
	if (a->url && *a->url)
		add_literal(w, w->iri, IRKG_NS "url", a->url, strlen(a->url),
			    "anyURI");
	if (w->doc->published.year) {
		char date[16];

		irkg_date_format(&w->doc->published, IRKG_DATE_DAY, date,
				 sizeof(date));
		add_literal(w, w->iri, IRKG_NS "publishedDate", date,
			    strlen(date), "date");
	}
	add_literal(w, w->iri, NIF_NS "isString", w->body, a->body_length,
		    NULL);
}

static void add_sentences(struct writer *w)
{
	const struct irkg_sentence *s;
	size_t n, i;
	char iri[IRKG_DOCUMENT_IRI_SIZE + 32];

	s = irkg_text_sentences(w->doc->text, &n);
	for (i = 0; i < n && !w->rc; i++) {
		sentence_iri(w, i, iri, sizeof(iri));
		add_iri(w, iri, RDF_NS "type", IRKG_NS "Sentence");
		add_iri(w, iri, IRKG_NS "fromArticle", w->iri);
		add_span(w, iri, s[i].start, s[i].end);
	}
}

void irkg_document_referent(const struct irkg_document *doc,
			    const struct irkg_mention *x, char *buf,
			    size_t size)
{
	const char *body = doc->article->body;
	const struct irkg_token *tokens;
	size_t n;

	buf[0] = '\0';
	/* a new person, by the title that named them or by family name
	 * later ("Greer said") */
	if ((x->how == IRKG_MENTION_TITLE || x->how == IRKG_MENTION_FAMILY) &&
	    x->name_n) {
		char *slug = NULL;
		size_t start, end;

		tokens = irkg_text_tokens(doc->text, &n);
		start = tokens[x->name_first].start;
		end = tokens[x->name_first + x->name_n - 1].end;
		if (irkg_text_slug(body + start, end - start, &slug) == IRKG_OK)
			snprintf(buf, size, "%sperson/%s", IRKG_ID, slug);
		free(slug);
		return;
	}
	if (x->entry && x->entry->kind == x->kind) {
		snprintf(buf, size, "%s", x->entry->id);
		return;
	}
	/* A capital standing for its government, or a title known only by
	 * its state: the state, by its code. */
	if (x->code && strlen(x->code) == 3 &&
	    (x->kind == IRKG_ENTITY_STATE || x->how == IRKG_MENTION_TITLE))
		snprintf(buf, size, "%sstate/%s", IRKG_ID, x->code);
}

/* A person the article names with a title but the knowledge base lacks:
 * typed, labelled and tied to the state of the title. */
static void add_new_person(struct writer *w, const struct irkg_mention *x,
			   const char *person)
{
	const struct irkg_token *tokens;
	size_t n, start, end;
	char state[96];

	tokens = irkg_text_tokens(w->doc->text, &n);
	start = tokens[x->name_first].start;
	end = tokens[x->name_first + x->name_n - 1].end;
	add_iri(w, person, RDF_NS "type", IRKG_NS "Person");
	add_literal(w, person, RDFS_NS "label", w->body + start, end - start,
		    NULL);
	if (x->code && strlen(x->code) == 3 && !x->former) {
		snprintf(state, sizeof(state), "%sstate/%s", IRKG_ID, x->code);
		add_iri(w, person, IRKG_NS "nationality", state);
	}
}

static void add_mentions(struct writer *w)
{
	const struct irkg_mention *list;
	const struct irkg_token *tokens;
	const size_t *members = irkg_mentions_members(w->doc->mentions);
	size_t n, n_tokens, i, k;
	char iri[IRKG_DOCUMENT_IRI_SIZE + 32],
		sent[IRKG_DOCUMENT_IRI_SIZE + 32];
	char ref[512];

	list = irkg_mentions_list(w->doc->mentions, &n);
	tokens = irkg_text_tokens(w->doc->text, &n_tokens);
	for (i = 0; i < n && !w->rc; i++) {
		const struct irkg_mention *x = &list[i];
		size_t start = tokens[x->first_token].start;
		size_t end = tokens[x->first_token + x->n_tokens - 1].end;

		snprintf(iri, sizeof(iri), "%s#mention-%zu", w->iri, i + 1);
		sentence_iri(w, x->sentence, sent, sizeof(sent));
		add_iri(w, iri, RDF_NS "type", IRKG_NS "Mention");
		add_iri(w, iri, IRKG_NS "inSentence", sent);
		add_span(w, iri, start, end);
		add_string(w, iri, IRKG_NS "mentionKind",
			   irkg_mention_how_name(x->how));
		if (x->how == IRKG_MENTION_GROUP) {
			for (k = 0; k < x->n_members; k++) {
				irkg_document_referent(
					w->doc,
					&list[members[x->first_member + k]],
					ref, sizeof(ref));
				if (*ref)
					add_iri(w, iri, IRKG_NS "mentionOf",
						ref);
			}
			continue;
		}
		x = irkg_mentions_resolve(w->doc->mentions, i);
		irkg_document_referent(w->doc, x, ref, sizeof(ref));
		if (!*ref)
			continue;
		add_iri(w, iri, IRKG_NS "mentionOf", ref);
		if (x->how == IRKG_MENTION_TITLE && x->name_n)
			add_new_person(w, x, ref);
		if (x->kind == IRKG_ENTITY_PERSON && x->entry &&
		    x->entry->post && !x->former &&
		    irkg_gazetteer_entry_valid_on(x->entry,
						  w->doc->article->date))
			add_iri(w, iri, IRKG_NS "asPost", x->entry->post);
		else if (x->role && !x->former)
			add_iri(w, iri, IRKG_NS "asRole", x->role);
	}
}

static void add_dates(struct writer *w)
{
	const struct irkg_token *tokens;
	size_t n_tokens, i;
	char iri[IRKG_DOCUMENT_IRI_SIZE + 32],
		sent[IRKG_DOCUMENT_IRI_SIZE + 32];
	static const char *const types[] = {NULL, "gYear", "gYearMonth",
					    "date"};

	tokens = irkg_text_tokens(w->doc->text, &n_tokens);
	for (i = 0; i < w->doc->n_dates && !w->rc; i++) {
		const struct irkg_dated *d = &w->doc->dates[i];
		size_t first = d->mention.first_token;
		char value[16];

		snprintf(iri, sizeof(iri), "%s#date-%zu", w->iri, i + 1);
		sentence_iri(w, d->sentence, sent, sizeof(sent));
		add_iri(w, iri, RDF_NS "type", IRKG_NS "Mention");
		add_iri(w, iri, IRKG_NS "inSentence", sent);
		add_span(w, iri, tokens[first].start,
			 tokens[first + d->mention.n_tokens - 1].end);
		add_string(w, iri, IRKG_NS "mentionKind", "date");
		if (d->mention.precision == IRKG_DATE_NONE)
			continue; /* found, but not resolved: no value */
		irkg_date_format(&d->mention.date, d->mention.precision, value,
				 sizeof(value));
		add_literal(w, iri, IRKG_NS "dateValue", value, strlen(value),
			    types[d->mention.precision]);
	}
}

/* The IRI an actor mention stands for in a fact: a place (the target of a
 * visit) stands for its state. */
static void actor_iri(struct writer *w, size_t mention, char *buf, size_t size)
{
	const struct irkg_mention *m;
	size_t n;

	m = irkg_mentions_list(w->doc->mentions, &n);
	if (m[mention].kind == IRKG_ENTITY_PLACE) {
		snprintf(buf, size, "%s", "");
		if (m[mention].code && strlen(m[mention].code) == 3)
			snprintf(buf, size, "%sstate/%s", IRKG_ID,
				 m[mention].code);
		return;
	}
	irkg_document_referent(w->doc, &m[mention], buf, size);
}

/* A party to a relation is a state or organisation: a person or body
 * named for one stands for its state. */
static void party_iri(struct writer *w, size_t mention, char *buf, size_t size)
{
	const struct irkg_mention *m;
	size_t n;
	const char *code;

	m = irkg_mentions_list(w->doc->mentions, &n);
	code = m[mention].code;
	if ((m[mention].kind == IRKG_ENTITY_PERSON ||
	     m[mention].kind == IRKG_ENTITY_BODY ||
	     m[mention].kind == IRKG_ENTITY_PLACE) &&
	    code && strlen(code) == 3 && code[0] >= 'A' && code[0] <= 'Z') {
		snprintf(buf, size, "%sstate/%s", IRKG_ID, code);
		return;
	}
	actor_iri(w, mention, buf, size);
}

/* What a relation label becomes (ontology/irkg.ttl, irkg:patternLabel). */
static const struct {
	const char *label, *class_iri, *event_type, *status;
} relation_terms[] = {
	{"alliance", IRKG_NS "Alliance", NULL, "active"},
	{"dispute", IRKG_NS "Dispute", NULL, "active"},
	{"partnership", IRKG_NS "Partnership", NULL, "active"},
	{"rivalry", IRKG_NS "Rivalry", NULL, "active"},
	{"sanctions", IRKG_NS "SanctionsRegime", NULL, "active"},
	{"agreement", IRKG_NS "Agreement", NULL, "active"},
	{"agreement.signed", IRKG_NS "Agreement", IRKG_NS "Signed", "active"},
	{"agreement.ratified", IRKG_NS "Agreement", IRKG_NS "Ratified",
	 "active"},
	{"agreement.renewed", IRKG_NS "Agreement", IRKG_NS "Renewed", "active"},
	{"agreement.suspended", IRKG_NS "Agreement", IRKG_NS "Suspended",
	 "suspended"},
	{"agreement.notice", IRKG_NS "Agreement", IRKG_NS "NoticeOfTermination",
	 "under-notice"},
	{"agreement.notice-withdrawn", IRKG_NS "Agreement",
	 IRKG_NS "NoticeWithdrawn", "active"},
	{"agreement.terminated", IRKG_NS "Agreement", IRKG_NS "Terminated",
	 "ended"},
	{"trend.worse", IRKG_NS "RelationTrend", IRKG_NS "Deteriorating", NULL},
	{"trend.better", IRKG_NS "RelationTrend", IRKG_NS "Improving", NULL},
};

static void add_fact_date(struct writer *w, const char *s,
			  const struct irkg_fact *x)
{
	static const char *const types[] = {NULL, "gYear", "gYearMonth",
					    "date"};
	char value[16];

	if (x->date_precision == IRKG_DATE_NONE)
		return;
	irkg_date_format(&x->date, x->date_precision, value, sizeof(value));
	add_literal(w, s, IRKG_NS "date", value, strlen(value),
		    types[x->date_precision]);
}

static void add_evidence(struct writer *w, const char *s,
			 const struct irkg_fact *x)
{
	const size_t *evidence = irkg_facts_evidence(w->facts);
	char sent[IRKG_DOCUMENT_IRI_SIZE + 32];
	size_t k;

	for (k = 0; k < x->n_evidence; k++) {
		sentence_iri(w, evidence[x->first_evidence + k], sent,
			     sizeof(sent));
		add_iri(w, s, IRKG_NS "evidence", sent);
	}
	add_iri(w, s, IRKG_NS "fromArticle", w->iri);
	if (x->reporter != IRKG_MENTION_NONE) {
		char who[512];

		actor_iri(w, x->reporter, who, sizeof(who));
		if (*who)
			add_iri(w, s, IRKG_NS "reportedBy", who);
	}
}

static void add_event(struct writer *w, const struct irkg_fact *x, size_t index,
		      const struct irkg_dyad *dyads, size_t nd)
{
	const struct irkg_mention *m;
	const size_t *actors = irkg_facts_actors(w->facts);
	const struct irkg_cameo_code *code = irkg_cameo_find(w->cameo, x->code);
	char iri[IRKG_DOCUMENT_IRI_SIZE + 32],
		dyad[IRKG_DOCUMENT_IRI_SIZE + 48];
	char a[512], b[512], type[128], root[3];
	const char *hash = strrchr(w->iri, '/') + 1;
	size_t n, k;

	m = irkg_mentions_list(w->doc->mentions, &n);
	snprintf(iri, sizeof(iri), "%sevent/%s-%zu", IRKG_ID, hash, index + 1);
	add_iri(w, iri, RDF_NS "type", IRKG_NS "Event");
	snprintf(type, sizeof(type), "%s%s", CAMEO_NS, x->code);
	add_iri(w, iri, IRKG_NS "eventType", type);
	add_string(w, iri, IRKG_NS "cameoCode", x->code);
	snprintf(root, sizeof(root), "%.2s", x->code);
	add_string(w, iri, IRKG_NS "cameoRoot", root);
	if (code) {
		add_literal(w, iri, IRKG_NS "goldstein", code->goldstein,
			    strlen(code->goldstein), "decimal");
		add_literal(w, iri, IRKG_NS "quadClass", code->quad_class,
			    strlen(code->quad_class), "integer");
	}
	for (k = 0; k < x->n_sources; k++) {
		actor_iri(w, actors[x->first_source + k], a, sizeof(a));
		if (*a) {
			add_iri(w, iri, IRKG_NS "source", a);
			add_iri(w, iri, IRKG_NS "participant", a);
		}
	}
	for (k = 0; k < x->n_targets; k++) {
		actor_iri(w, actors[x->first_target + k], a, sizeof(a));
		if (*a) {
			add_iri(w, iri, IRKG_NS "target", a);
			add_iri(w, iri, IRKG_NS "participant", a);
		}
	}
	/* One node per pair of actor codes: the rows of `irkg events`. */
	for (k = 0; k < nd; k++) {
		snprintf(dyad, sizeof(dyad), "%s-dyad-%zu", iri, k + 1);
		actor_iri(w, dyads[k].source, a, sizeof(a));
		actor_iri(w, dyads[k].target, b, sizeof(b));
		if (!*a || !*b)
			continue;
		add_iri(w, iri, IRKG_NS "dyad", dyad);
		add_iri(w, dyad, RDF_NS "type", IRKG_NS "Dyad");
		add_iri(w, dyad, IRKG_NS "source", a);
		add_iri(w, dyad, IRKG_NS "target", b);
		add_string(w, dyad, IRKG_NS "sourceCode",
			   m[dyads[k].source].code);
		add_string(w, dyad, IRKG_NS "targetCode",
			   m[dyads[k].target].code);
		/* the events table lists a dyad of a coded event */
		if (code)
			w->rows.events++;
	}
	add_fact_date(w, iri, x);
	if (x->place != IRKG_MENTION_NONE && m[x->place].entry)
		add_iri(w, iri, IRKG_NS "place", m[x->place].entry->id);
	if (x->issue != IRKG_MENTION_NONE && m[x->issue].entry)
		add_iri(w, iri, IRKG_NS "topic", m[x->issue].entry->id);
	add_iri(w, iri, IRKG_NS "modality",
		x->planned			      ? IRKG_NS "Planned"
		: x->cue && !strcmp(x->cue, "threat") ? IRKG_NS "Threatened"
		: x->cue && !strcmp(x->cue, "appeal") ? IRKG_NS "Appealed"
		: x->cue && !strcmp(x->cue, "intent") ? IRKG_NS "Intended"
						      : IRKG_NS "Asserted");
	add_evidence(w, iri, x);
}

/* A relation holds between two actors: one node per pair ("the two nations
 * are allies of the United States" is two alliances). */
static void add_relation(struct writer *w, const struct irkg_fact *x,
			 size_t index, const struct irkg_dyad *dyads, size_t nd)
{
	const struct irkg_mention *m;
	char iri[IRKG_DOCUMENT_IRI_SIZE + 48], ev[IRKG_DOCUMENT_IRI_SIZE + 64];
	char a[512], b[512];
	const char *hash = strrchr(w->iri, '/') + 1;
	size_t n, k, t;
	int trend;

	for (t = 0; t < sizeof(relation_terms) / sizeof(relation_terms[0]); t++)
		if (strcmp(relation_terms[t].label, x->code) == 0)
			break;
	if (t == sizeof(relation_terms) / sizeof(relation_terms[0]))
		return;
	trend = strncmp(x->code, "trend.", 6) == 0;
	m = irkg_mentions_list(w->doc->mentions, &n);
	for (k = 0; k < nd; k++) {
		party_iri(w, dyads[k].source, a, sizeof(a));
		party_iri(w, dyads[k].target, b, sizeof(b));
		if (!*a || !*b)
			continue;
		snprintf(iri, sizeof(iri), "%srelation/%s-%zu-%zu", IRKG_ID,
			 hash, index + 1, k + 1);
		add_iri(w, iri, RDF_NS "type", relation_terms[t].class_iri);
		w->rows.relations++;
		add_iri(w, iri, trend ? IRKG_NS "dyadMember" : IRKG_NS "party",
			a);
		add_iri(w, iri, trend ? IRKG_NS "dyadMember" : IRKG_NS "party",
			b);
		if (trend) {
			add_iri(w, iri, IRKG_NS "trend",
				relation_terms[t].event_type);
			add_fact_date(w, iri, x);
		} else {
			add_string(w, iri, IRKG_NS "status",
				   relation_terms[t].status);
			if (x->issue != IRKG_MENTION_NONE && m[x->issue].entry)
				add_iri(w, iri, IRKG_NS "issue",
					m[x->issue].entry->id);
			if (!strcmp(x->code, "agreement.signed") &&
			    x->date_precision == IRKG_DATE_DAY) {
				char value[16];

				irkg_date_format(&x->date, x->date_precision,
						 value, sizeof(value));
				add_literal(w, iri, IRKG_NS "start", value,
					    strlen(value), "date");
			}
		}
		add_evidence(w, iri, x);
		/* what happened to an agreement, as an event on it */
		if (!trend && relation_terms[t].event_type) {
			snprintf(ev, sizeof(ev), "%s-event", iri);
			add_iri(w, ev, RDF_NS "type", IRKG_NS "AgreementEvent");
			add_iri(w, ev, IRKG_NS "onAgreement", iri);
			add_iri(w, ev, IRKG_NS "agreementEventType",
				relation_terms[t].event_type);
			add_iri(w, ev, IRKG_NS "participant", a);
			add_iri(w, ev, IRKG_NS "participant", b);
			add_fact_date(w, ev, x);
			add_evidence(w, ev, x);
		}
	}
}

static void add_facts(struct writer *w)
{
	const struct irkg_fact *list;
	const struct irkg_mention *m;
	struct irkg_dyad dyads[64];
	size_t n, n_mentions, i, nd;

	if (!w->facts)
		return;
	list = irkg_facts_list(w->facts, &n);
	m = irkg_mentions_list(w->doc->mentions, &n_mentions);
	for (i = 0; i < n && !w->rc; i++) {
		nd = irkg_fact_dyads(w->facts, &list[i], m, dyads, 64);
		if (nd > 64)
			nd = 64;
		if (list[i].kind == IRKG_FACT_EVENT)
			add_event(w, &list[i], i, dyads, nd);
		else
			add_relation(w, &list[i], i, dyads, nd);
	}
}

int irkg_document_add(irkg_ctx *ctx, librdf_model *model,
		      const struct irkg_document *doc, const irkg_facts *facts,
		      const irkg_cameo *cameo, const char *graph_iri,
		      struct irkg_document_rows *rows)
{
	struct writer w = {0};

	if (!ctx || !model || !doc || !doc->text || !doc->article || !graph_iri)
		return IRKG_EINVAL;
	w.world = irkg_ctx_world(ctx);
	w.model = model;
	w.doc = doc;
	w.facts = facts;
	w.cameo = cameo;
	w.iri = graph_iri;
	w.body = doc->article->body ? doc->article->body : "";
	w.graph = iri_node(&w, graph_iri);
	if (!w.graph)
		return IRKG_ENOMEM;
	add_article(&w);
	add_sentences(&w);
	add_mentions(&w);
	add_dates(&w);
	add_facts(&w);
	librdf_free_node(w.graph);
	if (rows && !w.rc) {
		rows->events += w.rows.events;
		rows->relations += w.rows.relations;
	}
	return w.rc;
}
