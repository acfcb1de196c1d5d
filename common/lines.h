/* Data files of one record a line (the .txt files of ontology/patterns):
 * '#' starts a comment, line ends and trailing blanks are dropped, empty
 * lines are skipped. */
#ifndef IRKG_LINES_H
#define IRKG_LINES_H

#include <stddef.h>

/* Called with each record (writable, NUL-terminated) and its line number;
 * a non-zero return stops the reading and is returned. */
typedef int (*irkg_line_fn)(void *data, char *line, unsigned number);

/* Read `path` record by record. IRKG_EIO, with "PATH: reason" in `error`,
 * when it cannot be opened or read; else what `fn` returned last. */
int irkg_lines_read(const char *path, irkg_line_fn fn, void *data, char *error,
		    size_t error_size);

#endif
