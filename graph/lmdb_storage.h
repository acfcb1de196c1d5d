/* irkg's own Redland storage module: quads with real indexes and real
 * transactions on LMDB (factory name "irkg-lmdb"). */
#ifndef IRKG_LMDB_STORAGE_H
#define IRKG_LMDB_STORAGE_H

#include <redland.h>

/* The factory name to give librdf_new_storage_with_options. */
#define IRKG_LMDB_STORAGE_NAME "irkg-lmdb"

/* Features (librdf_storage_set_feature, _get_feature). TIME_LIMIT: a
 * literal number of seconds from now after which every scan ends, so that
 * a query stops (0: no limit); TIMED_OUT: "1" once that has happened. */
#define IRKG_LMDB_FEATURE_TIME_LIMIT "https://w3id.org/irkg/feature/time-limit"
#define IRKG_LMDB_FEATURE_TIMED_OUT "https://w3id.org/irkg/feature/timed-out"

/* Register the "irkg-lmdb" storage factory with `world` (after
 * librdf_world_open). Its options, in the librdf_hash:
 *   dir       the directory holding data.mdb and lock.mdb (must exist)
 *   new       "yes": create the databases when missing (never erases)
 *   write     "no": read-only (default "yes")
 *   contexts  accepted; contexts are always on
 * Storages log their errors through librdf_log, naming the store.
 * Returns 0, or non-zero when librdf refused the factory. */
int irkg_lmdb_storage_register(librdf_world *world);

#endif
