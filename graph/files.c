/* Walking a directory of input files in a stable order (libc's scandir). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "files.h"

static int not_hidden(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* strcmp, not alphasort's strcoll: the order must not depend on the
 * locale, so that graph IRIs and loads come out the same everywhere. */
static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int irkg_files_walk(irkg_ctx *ctx, const char *dir, irkg_file_fn visit,
		    void *user_data)
{
	struct dirent **entries = NULL;
	size_t dir_len = strlen(dir);
	const char *sep = dir_len && dir[dir_len - 1] == '/' ? "" : "/";
	int n = scandir(dir, &entries, not_hidden, by_name), i, rc = IRKG_OK;

	if (n < 0) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, dir, 0, 0, "cannot read: %s",
			     strerror(errno));
		return errno == ENOMEM ? IRKG_ENOMEM : IRKG_EIO;
	}
	for (i = 0; i < n && !rc; i++) {
		size_t size = dir_len + strlen(entries[i]->d_name) + 2;
		char *path = malloc(size);
		struct stat st;

		if (!path) {
			rc = IRKG_ENOMEM;
			break;
		}
		snprintf(path, size, "%s%s%s", dir, sep, entries[i]->d_name);
		if (stat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				rc = irkg_files_walk(ctx, path, visit,
						     user_data);
			else if (S_ISREG(st.st_mode))
				rc = visit(user_data, path);
		}
		free(path);
	}
	for (i = 0; i < n; i++)
		free(entries[i]);
	free(entries);
	return rc;
}
