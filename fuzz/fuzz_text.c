/* libFuzzer target: irkg_text_new and irkg_text_normalise on any bytes,
 * checking the offsets text.h promises so a bad one fails here rather than
 * as an out-of-bounds read in a caller. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_text(const irkg_text *t, size_t size)
{
	const struct irkg_token *tok;
	const struct irkg_sentence *sen;
	const char *norm = irkg_text_norm(t);
	size_t n_tok, n_sen, i, next = 0;

	tok = irkg_text_tokens(t, &n_tok);
	sen = irkg_text_sentences(t, &n_sen);
	for (i = 0; i < n_tok; i++) {
		if (tok[i].start > tok[i].end || tok[i].end > size)
			abort();
		/* norm + norm_length must be the token's terminating NUL */
		if (norm[tok[i].norm + tok[i].norm_length] != '\0')
			abort();
	}
	/* every token in exactly one sentence, sentences in text order */
	for (i = 0; i < n_sen; i++) {
		if (sen[i].start > sen[i].end || sen[i].end > size)
			abort();
		if (sen[i].first_token != next ||
		    sen[i].n_tokens > n_tok - next)
			abort();
		next += sen[i].n_tokens;
	}
	if (next != n_tok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	irkg_text *t = NULL;
	char *norm = NULL;

	if (irkg_text_new(&t, (const char *)data, size) == 0) {
		check_text(t, size);
		irkg_text_free(t);
	}
	if (irkg_text_normalise((const char *)data, size, &norm) == 0) {
		/* a C string: ASan catches a missing NUL here */
		(void)strlen(norm);
		free(norm);
	}
	return 0;
}
