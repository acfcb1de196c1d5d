/* The namespace prefixes irkg declares in its output and its queries. */
#include <string.h>

#include "prefixes.h"

static const struct irkg_prefix prefix_table[] = {
	{"irkg", IRKG_NS},
	{"state", IRKG_ID "state/"},
	{"igo", IRKG_ID "igo/"},
	{"body", IRKG_ID "body/"},
	{"person", IRKG_ID "person/"},
	{"post", IRKG_ID "post/"},
	{"place", IRKG_ID "place/"},
	{"issue", IRKG_ID "issue/"},
	{"event", IRKG_ID "event/"},
	{"relation", IRKG_ID "relation/"},
	{"article", IRKG_ID "article/"},
	{"cameo", IRKG_ID "cameo/"},
	{"plover", IRKG_ID "plover/"},
	{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
	{"owl", "http://www.w3.org/2002/07/owl#"},
	{"xsd", "http://www.w3.org/2001/XMLSchema#"},
	{"skos", "http://www.w3.org/2004/02/skos/core#"},
	{"prov", "http://www.w3.org/ns/prov#"},
	{"nif",
	 "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
	{"schema", "http://schema.org/"},
	{"org", "http://www.w3.org/ns/org#"},
	{"time", "http://www.w3.org/2006/time#"},
	{"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"},
	{"dcterms", "http://purl.org/dc/terms/"},
	{"wd", "http://www.wikidata.org/entity/"},
};

const struct irkg_prefix *irkg_prefixes(size_t *count)
{
	*count = sizeof(prefix_table) / sizeof(prefix_table[0]);
	return prefix_table;
}

const char *irkg_prefix_uri(const char *prefix, size_t length)
{
	size_t i, n = sizeof(prefix_table) / sizeof(prefix_table[0]);

	for (i = 0; i < n; i++)
		if (strlen(prefix_table[i].prefix) == length &&
		    memcmp(prefix_table[i].prefix, prefix, length) == 0)
			return prefix_table[i].uri;
	return NULL;
}
