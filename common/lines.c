/* Data files of one record a line (see lines.h). */
#define _GNU_SOURCE /* getline */
#include "lines.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "error.h"

int irkg_lines_read(const char *path, irkg_line_fn fn, void *data, char *error,
		    size_t error_size)
{
	char *line = NULL;
	size_t cap = 0;
	unsigned number = 0;
	FILE *f = fopen(path, "r");
	int rc = IRKG_OK;

	if (!f) {
		if (error && error_size)
			snprintf(error, error_size, "%s: %s", path,
				 strerror(errno));
		return IRKG_EIO;
	}
	while (!rc && getline(&line, &cap, f) >= 0) {
		char *hash = strchr(line, '#');
		size_t len;

		number++;
		if (hash)
			*hash = '\0';
		len = strlen(line);
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
			       line[len - 1] == ' ' || line[len - 1] == '\t'))
			line[--len] = '\0';
		if (len)
			rc = fn(data, line, number);
	}
	if (!rc && ferror(f)) {
		if (error && error_size)
			snprintf(error, error_size, "%s: cannot be read", path);
		rc = IRKG_EIO;
	}
	free(line);
	fclose(f);
	return rc;
}
