/* The modality table: what a threat, an appeal or an intent to do an act,
 * an intent agreed to, or a protest by an official makes of the act's
 * CAMEO code, read from ontology/patterns/modality.txt (MOOD<TAB>ACT<TAB>
 * CODE lines, described there). extract/modality.c asks it. */
#ifndef IRKG_MODALITY_TABLE_H
#define IRKG_MODALITY_TABLE_H

#include <stddef.h>

#include "../common/error.h"

typedef struct irkg_modality_table irkg_modality_table;

/* An empty table. Returns 0 or IRKG_ENOMEM (*out NULL). */
int irkg_modality_table_new(irkg_modality_table **out);

/* Free `t`. Accepts NULL. */
void irkg_modality_table_free(irkg_modality_table *t);

/* Read a modality file into `t`. A line with an unknown mood, an ACT or
 * CODE that is not digits ("*", "-", "=" aside), or a file without the
 * codes of a bare threat and a bare intent ("threat<TAB>-", "intent<TAB>-")
 * is IRKG_EPARSE with "FILE:LINE: why" (or "FILE: why") in `error`.
 * Returns 0, IRKG_EINVAL, IRKG_EIO, IRKG_EPARSE or IRKG_ENOMEM. */
int irkg_modality_table_read_file(irkg_modality_table *t, const char *path,
				  char *error, size_t error_size);

/* The code an act of code `code` (NULL: no act, the cue alone) gets in
 * `mood` ("threat", "appeal", "intent", "agreed", "official"): the CODE of
 * the line whose ACT is the longest that begins `code`, `code` itself for
 * "=", or NULL when no line says. Borrowed from `t` (or `code`). */
const char *irkg_modality_table_code(const irkg_modality_table *t,
				     const char *mood, const char *code);

#endif
