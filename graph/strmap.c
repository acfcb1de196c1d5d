/* A hash map from strings to pointers: open addressing with linear
 * probing, the 64-bit hash kept beside each slot so that a probe compares
 * strings only when the hashes agree. Keys are copied into chunks that
 * are never moved, so a key's address is stable for the map's life. */
#include <stdlib.h>
#include <string.h>

#include "strmap.h"

#define FIRST_SLOTS 1024
#define CHUNK_SIZE ((size_t)1 << 16)

struct slot {
	uint64_t hash;
	const char *key; /* NULL: empty */
	void *value;
};

struct chunk {
	struct chunk *next;
	size_t used, size;
	char bytes[];
};

struct irkg_strmap {
	struct slot *slots;
	size_t n_slots; /* a power of two */
	size_t n;
	struct chunk *chunks; /* the newest first */
};

uint64_t irkg_fnv1a64(const void *data, size_t size)
{
	const unsigned char *p = data;
	uint64_t h = 0xcbf29ce484222325ULL;

	while (size--) {
		h ^= *p++;
		h *= 0x100000001b3ULL;
	}
	return h;
}

irkg_strmap *irkg_strmap_new(void)
{
	irkg_strmap *m = calloc(1, sizeof(*m));

	if (!m)
		return NULL;
	m->slots = calloc(FIRST_SLOTS, sizeof(*m->slots));
	if (!m->slots) {
		free(m);
		return NULL;
	}
	m->n_slots = FIRST_SLOTS;
	return m;
}

void irkg_strmap_free(irkg_strmap *m, void (*free_value)(void *value))
{
	struct chunk *c, *next;
	size_t i;

	if (!m)
		return;
	for (i = 0; free_value && i < m->n_slots; i++)
		if (m->slots[i].key)
			free_value(m->slots[i].value);
	for (c = m->chunks; c; c = next) {
		next = c->next;
		free(c);
	}
	free(m->slots);
	free(m);
}

/* The slot holding `key`, or the empty slot where it belongs. */
static struct slot *find(const irkg_strmap *m, const char *key, uint64_t hash)
{
	size_t mask = m->n_slots - 1, i = (size_t)hash & mask;

	while (m->slots[i].key &&
	       (m->slots[i].hash != hash || strcmp(m->slots[i].key, key) != 0))
		i = (i + 1) & mask;
	return &m->slots[i];
}

void *irkg_strmap_get(const irkg_strmap *m, const char *key)
{
	struct slot *s;

	if (!m)
		return NULL;
	s = find(m, key, irkg_fnv1a64(key, strlen(key)));
	return s->key ? s->value : NULL;
}

static int grow(irkg_strmap *m)
{
	size_t n_slots = m->n_slots * 2, i, mask = n_slots - 1;
	struct slot *slots = calloc(n_slots, sizeof(*slots));

	if (!slots)
		return -1;
	for (i = 0; i < m->n_slots; i++) {
		size_t j;

		if (!m->slots[i].key)
			continue;
		j = (size_t)m->slots[i].hash & mask;
		while (slots[j].key)
			j = (j + 1) & mask;
		slots[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->n_slots = n_slots;
	return 0;
}

/* A stable copy of key[0..len]. */
static const char *copy_key(irkg_strmap *m, const char *key, size_t len)
{
	struct chunk *c = m->chunks;
	char *copy;

	if (!c || c->size - c->used < len + 1) {
		size_t size = len + 1 > CHUNK_SIZE ? len + 1 : CHUNK_SIZE;

		c = malloc(sizeof(*c) + size);
		if (!c)
			return NULL;
		c->used = 0;
		c->size = size;
		c->next = m->chunks;
		m->chunks = c;
	}
	copy = c->bytes + c->used;
	memcpy(copy, key, len + 1);
	c->used += len + 1;
	return copy;
}

int irkg_strmap_add(irkg_strmap *m, const char *key, void *value)
{
	size_t len = strlen(key);
	uint64_t hash = irkg_fnv1a64(key, len);
	struct slot *s = find(m, key, hash);

	if (s->key)
		return 1;
	if ((m->n + 1) * 2 > m->n_slots) {
		if (grow(m))
			return -1;
		s = find(m, key, hash);
	}
	s->key = copy_key(m, key, len);
	if (!s->key)
		return -1;
	s->hash = hash;
	s->value = value;
	m->n++;
	return 0;
}

size_t irkg_strmap_size(const irkg_strmap *m)
{
	return m->n;
}

void irkg_strmap_each(const irkg_strmap *m, void (*fn)(void *value, void *data),
		      void *data)
{
	size_t i;

	for (i = 0; i < m->n_slots; i++)
		if (m->slots[i].key)
			fn(m->slots[i].value, data);
}
