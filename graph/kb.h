/* Reading the knowledge base (docs/knowledge-base.md) into a gazetteer. */
#ifndef IRKG_KB_H
#define IRKG_KB_H

#include <stddef.h>

#include "../extract/gazetteer.h"
#include "ctx.h"

/* What irkg_kb_load found. */
struct irkg_kb_stats {
	size_t states;	      /* resources typed irkg:State */
	size_t organisations; /* irkg:InternationalOrganization, irkg:Grouping
			       */
	size_t bodies;	      /* irkg:GovernmentBody subclasses */
	size_t places;	      /* irkg:City */
	size_t persons;	      /* irkg:Person */
	size_t posts;	      /* irkg:PostHolding held by a known person */
	size_t roles;	      /* irkg:Role individuals */
	size_t issues;	      /* irkg:Issue (not also a place) */
	size_t surface_forms; /* (surface form, entry) pairs added */
};

/* Read the Turtle files `paths` (a directory is read for *.ttl, recursively,
 * in name order) and add every actor, place, person and role name to `g`:
 * states, organisations, government bodies, cities and persons under their
 * rdfs:label, irkg:officialName, irkg:altName (IRKG_NAME_NAME),
 * irkg:adjective, irkg:metonym and irkg:familyName; a person once per
 * irkg:PostHolding, with the post's state and dates (or once, with its
 * irkg:nationality and open dates, when it holds none); irkg:Role
 * individuals under their irkg:roleName. Surface forms are normalised with
 * irkg_text_normalise; one the gazetteer cannot take (too many tokens, a
 * bad date) is skipped with a warning. `stats` may be NULL.
 * Returns 0; IRKG_EINVAL for a NULL argument; IRKG_EIO when a path cannot
 * be read; IRKG_EPARSE when a file is not valid Turtle (logged);
 * IRKG_ENOMEM. On failure `g` may hold some of the names. */
int irkg_kb_load(irkg_ctx *ctx, const char *const *paths, size_t n_paths,
		 irkg_gazetteer *g, struct irkg_kb_stats *stats);

#endif
