/* SELECT answers as an aligned text table for people at a terminal. */
#ifndef IRKG_TABLE_H
#define IRKG_TABLE_H

#include <stdio.h>
#include <redland.h>

#include "answer.h"

/* Write every remaining row of `answer` as a table:
 * IRIs shortened with the project's prefixes, literals as their text.
 * *rows receives the row count. Returns 0 or IRKG_ENOMEM / IRKG_EIO. */
int irkg_table_write(irkg_answer *answer, FILE *out, long *rows);

/* Write `node` as a short string: "state:JPN", "Japan", "_:b1". The result
 * is malloc'd (NULL when out of memory); an unbound value gives "". */
char *irkg_table_node_text(librdf_node *node);

/* Write `s` as a JSON string, quoted and escaped; NULL as null. */
void irkg_table_put_json(FILE *out, const char *s);

#endif
