/* A server store's spec split into its items (spec.h). */
#include "spec.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

#define SEPARATORS "; "

static int skipped(const char *key, const char *const *skip)
{
	for (; skip && *skip; skip++)
		if (strcmp(key, *skip) == 0)
			return 1;
	return 0;
}

int irkg_spec_put_options(librdf_hash *options, const char *spec,
			  const char *const *skip)
{
	const char *item = spec + strspn(spec, SEPARATORS);
	int rc = IRKG_OK;

	while (*item && !rc) {
		size_t len = strcspn(item, SEPARATORS);
		const char *eq = memchr(item, '=', len);

		if (eq && eq > item) {
			char *key = strndup(item, (size_t)(eq - item));
			char *value =
				strndup(eq + 1, len - (size_t)(eq - item) - 1);

			if (!key || !value)
				rc = IRKG_ENOMEM;
			else if (!skipped(key, skip) &&
				 librdf_hash_put_strings(options, key, value))
				rc = IRKG_ENOMEM;
			free(key);
			free(value);
		}
		item += len;
		item += strspn(item, SEPARATORS);
	}
	return rc;
}

char *irkg_spec_field(const char *spec, const char *key)
{
	size_t n = strlen(key);
	const char *item = spec;

	while (item && *item) {
		size_t len = strcspn(item, SEPARATORS);

		if (len > n && strncmp(item, key, n) == 0 && item[n] == '=')
			return strndup(item + n + 1, len - n - 1);
		item += len;
		item += strspn(item, SEPARATORS);
	}
	return NULL;
}
