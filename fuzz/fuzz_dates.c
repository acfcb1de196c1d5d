/* libFuzzer target: irkg_dates_find over each sentence of the tokens
 * irkg_text_new gives for any bytes, resolved against a fixed publication
 * date, then irkg_date_format on each mention. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/dates.h"
#include "../extract/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Small so that the "at most max" cut-off is exercised too. */
#define MAX_MENTIONS 8

static void find_in(const char *norm, const struct irkg_token *tok, size_t n,
		    const struct irkg_date *published)
{
	struct irkg_date_mention m[MAX_MENTIONS];
	char buf[11];
	size_t found, i;

	found = irkg_dates_find(norm, tok, n, published, m, MAX_MENTIONS);
	if (found > MAX_MENTIONS)
		abort();
	for (i = 0; i < found; i++) {
		if (m[i].first_token > n ||
		    m[i].n_tokens > n - m[i].first_token)
			abort();
		irkg_date_format(&m[i].date, m[i].precision, buf, sizeof(buf));
		if (memchr(buf, '\0', sizeof(buf)) == NULL)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct irkg_date published;
	const struct irkg_token *tok;
	const struct irkg_sentence *sen;
	const char *norm;
	irkg_text *t = NULL;
	size_t n_tok, n_sen, i;

	if (irkg_date_parse_iso("2021-05-05", &published) != 0)
		abort();
	if (irkg_text_new(&t, (const char *)data, size) != 0)
		return 0;
	norm = irkg_text_norm(t);
	tok = irkg_text_tokens(t, &n_tok);
	sen = irkg_text_sentences(t, &n_sen);
	for (i = 0; i < n_sen; i++)
		find_in(norm, tok + sen[i].first_token, sen[i].n_tokens,
			&published);
	/* relative dates with no publication date are NONE, not a guess */
	find_in(norm, tok, n_tok, NULL);
	irkg_text_free(t);
	return 0;
}
