/* libxml2 parsing that stays silent: no error reaches a
 * handler someone else installed process-wide (raptor sets one for its own
 * parsers; called from ours it would report with a stale locator). */
#ifndef IRKG_XML_H
#define IRKG_XML_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

/* htmlReadMemory with `options` (HTML_PARSE_*), errors dropped. NULL when
 * nothing could be parsed or out of memory. */
htmlDocPtr irkg_xml_read_html(const char *data, int length,
			      const char *encoding, int options);

/* xmlReadMemory with `options` (XML_PARSE_*), errors dropped. */
xmlDocPtr irkg_xml_read_xml(const char *data, int length, int options);

#endif
