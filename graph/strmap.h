/* A hash map from strings to pointers, for sets of millions of keys.
 *
 * libxml2's xmlHash grows only while its chains stay short and its
 * dictionary stops growing at 16k buckets; with the hundreds of thousands
 * of statement keys of one large graph, both slow to a scan per lookup.
 * This map probes an open table that doubles at half load, and keeps the
 * keys in large chunks, so each lookup is a hash and about one compare. */
#ifndef IRKG_STRMAP_H
#define IRKG_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct irkg_strmap irkg_strmap;

/* 64-bit FNV-1a of `size` bytes (also the LMDB store's node hash, so it
 * must never change). */
uint64_t irkg_fnv1a64(const void *data, size_t size);

/* A new, empty map, or NULL when out of memory. */
irkg_strmap *irkg_strmap_new(void);

/* Free the map, calling free_value (when not NULL) on each value. */
void irkg_strmap_free(irkg_strmap *m, void (*free_value)(void *value));

/* The value of `key`, or NULL (also when m is NULL). */
void *irkg_strmap_get(const irkg_strmap *m, const char *key);

/* Add `key` (copied) with `value`, which must not be NULL: 0 when the key
 * was new, 1 when it was there already (its value unchanged), -1 when out
 * of memory (the map unchanged). */
int irkg_strmap_add(irkg_strmap *m, const char *key, void *value);

size_t irkg_strmap_size(const irkg_strmap *m);

/* Call fn on each value, in no particular order. */
void irkg_strmap_each(const irkg_strmap *m, void (*fn)(void *value, void *data),
		      void *data);

#endif
