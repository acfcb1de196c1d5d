/* libFuzzer target: irkg_feed_is_feed and irkg_feed_read on any bytes.
 * Both run on every input: the sniffer must not gate the reader, which
 * has to refuse non-feeds by itself. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/feed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irkg_feed f;
	size_t i;

	(void)irkg_feed_is_feed((const char *)data, size);
	if (irkg_feed_read((const char *)data, size, &f) != 0)
		return 0;
	for (i = 0; i < f.n_items; i++) {
		const struct irkg_feed_item *it = &f.items[i];

		/* feed.h: never NULL, date NUL-terminated */
		if (!it->title || !it->link || !it->body ||
		    memchr(it->date, '\0', sizeof(it->date)) == NULL)
			abort();
		(void)strlen(it->title);
		(void)strlen(it->link);
		(void)strlen(it->body);
	}
	irkg_feed_clear(&f);
	return 0;
}
