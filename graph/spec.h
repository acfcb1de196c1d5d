/* A server store's spec: the "key=value" items after its kind in
 * --store (virtuoso:host=H:PORT;user=U, postgresql:host=H dbname=D), ';'
 * or ' ' between them. */
#ifndef IRKG_SPEC_H
#define IRKG_SPEC_H

#include <redland.h>

/* Put every item of `spec` into `options` (a storage module's options),
 * passing over an item whose key is in `skip` (a NULL-terminated list, or
 * NULL), and one without '=' or without a key. 0, or IRKG_ENOMEM (some
 * items may have been put). */
int irkg_spec_put_options(librdf_hash *options, const char *spec,
			  const char *const *skip);

/* The value of `key` in `spec` (malloc'd; "" for "key="), or NULL when it
 * is not there or memory runs out. */
char *irkg_spec_field(const char *spec, const char *key);

#endif
