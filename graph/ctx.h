/* The irkg context: the Redland world and where messages go. */
#ifndef IRKG_CTX_H
#define IRKG_CTX_H

#include <stdarg.h>
#include <redland.h>

#include "error.h"

enum irkg_log_level { IRKG_LOG_INFO, IRKG_LOG_WARN, IRKG_LOG_ERROR };

/* Receives every message from irkg and from Redland, raptor and rasqal.
 * `file` is the input being read or NULL; `line` and `column` are 0 when
 * unknown. Library code never prints: the program decides. */
typedef void (*irkg_log_fn)(void *user_data, enum irkg_log_level level,
			    const char *file, int line, int column,
			    const char *message);

typedef struct irkg_ctx irkg_ctx;

/* Create a context with a fresh Redland world. `log` may be NULL to drop
 * messages. On success *out is owned by the caller (irkg_ctx_free);
 * on failure *out is NULL and IRKG_ENOMEM or IRKG_ESTORE is returned. */
int irkg_ctx_new(irkg_ctx **out, irkg_log_fn log, void *user_data);

/* Free the context and its world. Accepts NULL. */
void irkg_ctx_free(irkg_ctx *ctx);

librdf_world *irkg_ctx_world(irkg_ctx *ctx);

/* Name the input that Redland messages refer to (borrowed, may be NULL),
 * and the number of lines irkg added in front of it (subtracted from the
 * line numbers Redland reports, so messages point into the user's text). */
void irkg_ctx_set_input(irkg_ctx *ctx, const char *name, int line_offset);

/* Errors logged since the last irkg_ctx_set_input. */
int irkg_ctx_error_count(const irkg_ctx *ctx);

/* Send a message to the handler. */
void irkg_ctx_log(irkg_ctx *ctx, enum irkg_log_level level, const char *file,
		  int line, int column, const char *format, ...)
	__attribute__((format(printf, 6, 7)));

#endif
