/* Walking a directory of input files in a stable order. */
#ifndef IRKG_FILES_H
#define IRKG_FILES_H

#include "ctx.h"

/* Called with each regular file's path (borrowed for the call). Return 0 to
 * go on, an irkg_error to stop the walk with it. */
typedef int (*irkg_file_fn)(void *user_data, const char *path);

/* Call `visit` for every regular file under `dir`, recursively, in name
 * order (byte order), skipping names that start with '.'. A directory that
 * cannot be read is logged and gives IRKG_EIO; out of memory IRKG_ENOMEM;
 * otherwise the first non-zero value `visit` returned, or 0. */
int irkg_files_walk(irkg_ctx *ctx, const char *dir, irkg_file_fn visit,
		    void *user_data);

#endif
