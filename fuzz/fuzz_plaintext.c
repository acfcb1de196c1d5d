/* libFuzzer target: irkg_plaintext_read on any bytes; every range it
 * returns must lie inside the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/plaintext.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_range(struct irkg_range r, size_t size)
{
	if (r.start > r.end || r.end > size)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irkg_plaintext p;
	size_t i;

	if (irkg_plaintext_read((const char *)data, size, &p) != 0)
		return 0;
	if (memchr(p.date, '\0', sizeof(p.date)) == NULL)
		abort();
	check_range(p.source, size);
	check_range(p.headline, size);
	check_range(p.dateline, size);
	check_range(p.body, size);
	for (i = 0; i < p.n_paragraphs; i++)
		check_range(p.paragraphs[i], size);
	irkg_plaintext_clear(&p);
	return 0;
}
