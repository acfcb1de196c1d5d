/* Silent libxml2 parsing (see xml.h). */
#include "xml.h"

#include <libxml/globals.h>
#include <libxml/xmlerror.h>

static void drop_error(void *data, xmlErrorPtr error)
{
	(void)data;
	(void)error;
}

/* libxml2 2.9 sends HTML parser errors to the process-wide structured
 * handler whatever the parser context says, so ours stands in for it
 * while we parse and the one before is put back after. */
struct saved_handler {
	xmlStructuredErrorFunc fn;
	void *data;
};

static struct saved_handler silence(void)
{
	struct saved_handler saved = {xmlStructuredError,
				      xmlStructuredErrorContext};

	xmlSetStructuredErrorFunc(NULL, drop_error);
	return saved;
}

static void restore(struct saved_handler saved)
{
	xmlSetStructuredErrorFunc(saved.data, saved.fn);
}

htmlDocPtr irkg_xml_read_html(const char *data, int length,
			      const char *encoding, int options)
{
	struct saved_handler saved = silence();
	htmlDocPtr doc = htmlReadMemory(data, length, NULL, encoding, options);

	restore(saved);
	return doc;
}

xmlDocPtr irkg_xml_read_xml(const char *data, int length, int options)
{
	struct saved_handler saved = silence();
	xmlDocPtr doc = xmlReadMemory(data, length, NULL, NULL, options);

	restore(saved);
	return doc;
}
