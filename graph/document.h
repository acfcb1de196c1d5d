/* An analysed article as triples in its own named graph: the article and
 * its metadata, its sentences and its mentions with their offsets (NIF), and
 * what each mention refers to. */
#ifndef IRKG_DOCUMENT_H
#define IRKG_DOCUMENT_H

#include <redland.h>

#include "../extract/article.h"
#include "../extract/event.h"
#include "cameo.h"
#include "ctx.h"

/* The article IRI: IRKG_ID "article/" and the SHA-1 (hex) of the body's
 * normalised tokens, so that the same text gives the same IRI whatever its
 * layout. `size` must be at least IRKG_DOCUMENT_IRI_SIZE. Returns 0,
 * IRKG_EINVAL or IRKG_ENOMEM. */
#define IRKG_DOCUMENT_IRI_SIZE 128
int irkg_document_iri(irkg_ctx *ctx, const struct irkg_document *doc, char *buf,
		      size_t size);

/* What irkg_document_add wrote: the rows `irkg events` and `irkg
 * relations` will show for the article (one per pair of parties), so that
 * a summary counts what the tables list. */
struct irkg_document_rows {
	size_t events, relations;
};

/* Add the triples of `doc` to `model` in the graph `graph_iri` (the
 * article IRI), with its `facts` (events and relations; NULL: none), their
 * Goldstein values and quad classes from `cameo` (NULL: left out). Adds
 * only: replacing an earlier version of the graph is the caller's
 * business. When `rows` is not NULL, the table rows written are added to
 * it. Returns 0, IRKG_EINVAL, IRKG_ENOMEM or IRKG_ESTORE. */
int irkg_document_add(irkg_ctx *ctx, librdf_model *model,
		      const struct irkg_document *doc, const irkg_facts *facts,
		      const irkg_cameo *cameo, const char *graph_iri,
		      struct irkg_document_rows *rows);

/* The IRI of what the mention `x` of `doc` refers to (a pronoun: pass its
 * antecedent; a group: each member), in buf; "" when it has none that can
 * be named. 512 bytes are always enough. */
void irkg_document_referent(const struct irkg_document *doc,
			    const struct irkg_mention *x, char *buf,
			    size_t size);

#endif
