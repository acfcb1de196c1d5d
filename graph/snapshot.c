/* A copy of a store's Berkeley DB files, taken before a write, so that a
 * write that fails or is killed can be undone byte for byte.
 *
 * Redland's hashes storage writes Berkeley DB files without a transaction
 * environment: a process killed while BDB flushes its cache leaves pages
 * that BDB itself calls corrupt. So the undo record is the files, not
 * the statements. Copying costs time in proportion to the store's size
 * (about 1 s per GB here), once per write command. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"
#include "snapshot.h"

#define BACKUP "backup"
#define BACKUP_NEW "backup.new"

static int is_db_file(const char *name)
{
	size_t n = strlen(name);

	return n > 3 && strcmp(name + n - 3, ".db") == 0 && name[0] != '.';
}

static int path_in(char *out, size_t size, const char *dir, const char *a,
		   const char *b)
{
	int n = b ? snprintf(out, size, "%s/%s/%s", dir, a, b)
		  : snprintf(out, size, "%s/%s", dir, a);

	return n < 0 || (size_t)n >= size ? IRKG_EINVAL : IRKG_OK;
}

static int sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc;

	if (fd < 0)
		return IRKG_EIO;
	rc = fsync(fd);
	close(fd);
	return rc ? IRKG_EIO : IRKG_OK;
}

static int sync_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0)
		return IRKG_EIO;
	rc = fsync(fd);
	close(fd);
	return rc ? IRKG_EIO : IRKG_OK;
}

static int copy_file(const char *from, const char *to)
{
	int in = open(from, O_RDONLY | O_CLOEXEC), out = -1, rc = IRKG_OK;
	struct stat st;
	off_t left;

	if (in < 0 || fstat(in, &st) != 0) {
		rc = IRKG_EIO;
		goto cleanup;
	}
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (out < 0) {
		rc = IRKG_EIO;
		goto cleanup;
	}
	for (left = st.st_size; left > 0;) {
		ssize_t n =
			copy_file_range(in, NULL, out, NULL, (size_t)left, 0);

		if (n <= 0) {
			rc = IRKG_EIO;
			goto cleanup;
		}
		left -= n;
	}
	if (fsync(out) != 0)
		rc = IRKG_EIO;
cleanup:
	if (in >= 0)
		close(in);
	if (out >= 0 && close(out) != 0)
		rc = IRKG_EIO;
	return rc;
}

/* Remove a directory of plain files. */
static int remove_tree(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char file[4096];

	if (!d)
		return errno == ENOENT ? IRKG_OK : IRKG_EIO;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") &&
		    snprintf(file, sizeof(file), "%s/%s", path, e->d_name) <
			    (int)sizeof(file))
			unlink(file);
	closedir(d);
	return rmdir(path) == 0 ? IRKG_OK : IRKG_EIO;
}

int irkg_snapshot_take(const char *dir)
{
	char staging[4096], from[4096], to[4096], done[4096];
	DIR *d;
	struct dirent *e;
	int rc = IRKG_OK;

	if (path_in(staging, sizeof(staging), dir, BACKUP_NEW, NULL) ||
	    path_in(done, sizeof(done), dir, BACKUP, NULL))
		return IRKG_EINVAL;
	remove_tree(staging);
	if (mkdir(staging, 0755) != 0)
		return IRKG_EIO;
	d = opendir(dir);
	if (!d) {
		remove_tree(staging);
		return IRKG_EIO;
	}
	while (!rc && (e = readdir(d))) {
		if (!is_db_file(e->d_name))
			continue;
		rc = path_in(from, sizeof(from), dir, e->d_name, NULL);
		if (!rc)
			rc = path_in(to, sizeof(to), dir, BACKUP_NEW,
				     e->d_name);
		if (!rc)
			rc = copy_file(from, to);
	}
	closedir(d);
	if (!rc)
		rc = sync_dir(staging);
	/* The rename is the moment the snapshot starts to count. */
	if (!rc && rename(staging, done) != 0)
		rc = IRKG_EIO;
	if (!rc)
		rc = sync_dir(dir);
	if (rc)
		remove_tree(staging);
	return rc;
}

int irkg_snapshot_exists(const char *dir)
{
	char path[4096];
	struct stat st;

	if (path_in(path, sizeof(path), dir, BACKUP_NEW, NULL) == IRKG_OK)
		remove_tree(path);
	if (path_in(path, sizeof(path), dir, BACKUP, NULL))
		return 0;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int irkg_snapshot_restore(const char *dir)
{
	char backup[4096], from[4096], to[4096];
	DIR *d;
	struct dirent *e;
	int rc = IRKG_OK;

	if (path_in(backup, sizeof(backup), dir, BACKUP, NULL))
		return IRKG_EINVAL;
	d = opendir(backup);
	if (!d)
		return IRKG_EIO;
	while (!rc && (e = readdir(d))) {
		if (!is_db_file(e->d_name))
			continue;
		rc = path_in(from, sizeof(from), dir, BACKUP, e->d_name);
		if (!rc)
			rc = path_in(to, sizeof(to), dir, e->d_name, NULL);
		if (!rc && rename(from, to) != 0)
			rc = IRKG_EIO;
	}
	closedir(d);
	/* Files the write created (none with today's four indexes) are not
	 * in the snapshot: the store had them empty or not at all. */
	if (!rc)
		rc = sync_dir(dir);
	if (!rc)
		rc = remove_tree(backup);
	return rc;
}

int irkg_snapshot_commit(const char *dir)
{
	char path[4096], retired[4096];
	DIR *d = opendir(dir);
	struct dirent *e;
	int rc = IRKG_OK;

	if (!d)
		return IRKG_EIO;
	while (!rc && (e = readdir(d)))
		if (is_db_file(e->d_name)) {
			rc = path_in(path, sizeof(path), dir, e->d_name, NULL);
			if (!rc)
				rc = sync_file(path);
		}
	closedir(d);
	/* Retire the copy with one rename before deleting its files: a crash
	 * while deleting must not leave a partial copy that looks whole. */
	if (!rc && (path_in(path, sizeof(path), dir, BACKUP, NULL) ||
		    path_in(retired, sizeof(retired), dir, BACKUP_NEW, NULL)))
		rc = IRKG_EINVAL;
	if (!rc && rename(path, retired) != 0)
		rc = IRKG_EIO;
	if (!rc)
		rc = sync_dir(dir);
	if (!rc)
		remove_tree(retired); /* a leftover is removed on next open */
	return rc;
}
