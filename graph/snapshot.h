/* A copy of a store's Berkeley DB files, taken before a write, so that a
 * write that fails or is killed can be undone byte for byte. */
#ifndef IRKG_SNAPSHOT_H
#define IRKG_SNAPSHOT_H

/* Copy every "*.db" file of `dir` to dir/backup, syncing each, then make
 * the copy count (rename of dir/backup.new to dir/backup). Returns 0 or
 * IRKG_EIO / IRKG_ENOMEM; on failure no dir/backup exists. */
int irkg_snapshot_take(const char *dir);

/* Is there a complete snapshot in `dir` (left by a write that did not
 * finish)? An incomplete one (dir/backup.new) is removed. */
int irkg_snapshot_exists(const char *dir);

/* Put the snapshot's files back in place of the store's and remove it.
 * Safe to repeat after a crash half-way: each file is moved by rename.
 * The store's files must not be open. */
int irkg_snapshot_restore(const char *dir);

/* The write succeeded: make the store's files durable (fsync), then remove
 * the snapshot. */
int irkg_snapshot_commit(const char *dir);

#endif
