/* libFuzzer target: irkg_html_read on any bytes (libxml2's HTML parser
 * behind it; html.c already turns its error output off). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irkg_html_article a;

	if (irkg_html_read((const char *)data, size, &a) != 0)
		return 0;
	/* on success text is a C string and date NUL-terminated */
	if (a.text == NULL || memchr(a.date, '\0', sizeof(a.date)) == NULL)
		abort();
	(void)strlen(a.text);
	if (a.title != NULL)
		(void)strlen(a.title);
	irkg_html_article_clear(&a);
	return 0;
}
