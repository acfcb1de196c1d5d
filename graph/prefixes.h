/* The namespace prefixes irkg declares in its output and its queries. */
#ifndef IRKG_PREFIXES_H
#define IRKG_PREFIXES_H

#include <stddef.h>

struct irkg_prefix {
	const char *prefix;
	const char *uri;
};

/* The project's prefixes, in a fixed order; *count receives their number.
 * The table is static and must not be freed. */
const struct irkg_prefix *irkg_prefixes(size_t *count);

/* The namespace IRI for `prefix`, or NULL if irkg does not know it. */
const char *irkg_prefix_uri(const char *prefix, size_t length);

#define IRKG_NS "https://w3id.org/irkg/ontology#"
#define IRKG_ID "https://w3id.org/irkg/id/"

#endif
