/* The CAMEO scheme (ontology/cameo.ttl) as a table: code -> Goldstein
 * value and quad class, for events written to the graph. */
#ifndef IRKG_CAMEO_H
#define IRKG_CAMEO_H

#include "ctx.h"

typedef struct irkg_cameo irkg_cameo;

struct irkg_cameo_code {
	const char *goldstein;	/* lexical form, e.g. "1.9" */
	const char *quad_class; /* "1" .. "4" */
};

/* Read skos:notation, irkg:goldstein and irkg:quadClass of every concept
 * of the Turtle file `path`. Returns 0, IRKG_EIO, IRKG_EPARSE or
 * IRKG_ENOMEM (*out NULL). */
int irkg_cameo_load(irkg_ctx *ctx, const char *path, irkg_cameo **out);

void irkg_cameo_free(irkg_cameo *c);

/* The values of `code`, or NULL when the scheme lacks it. */
const struct irkg_cameo_code *irkg_cameo_find(const irkg_cameo *c,
					      const char *code);

#endif
