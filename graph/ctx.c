/* The irkg context: owns the Redland world and routes its messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "lmdb_storage.h"

struct irkg_ctx {
	librdf_world *world;
	irkg_log_fn log;
	void *log_user_data;
	const char *input_name;
	int line_offset;
	int errors;
};

/* Redland, raptor and rasqal all report through this. */
static int on_redland_message(void *user_data, librdf_log_message *message)
{
	irkg_ctx *ctx = user_data;
	enum irkg_log_level level;
	raptor_locator *locator = librdf_log_message_locator(message);
	int line = 0, column = 0;
	const char *text = librdf_log_message_message(message);

	switch (librdf_log_message_level(message)) {
	case LIBRDF_LOG_ERROR:
	case LIBRDF_LOG_FATAL:
		level = IRKG_LOG_ERROR;
		break;
	case LIBRDF_LOG_WARN:
		level = IRKG_LOG_WARN;
		break;
	default:
		return 1; /* debug and info chatter is not for users */
	}
	/* Rasqal lints variables it thinks unused, including its own
	 * aggregate temporaries; that is noise to someone asking a question. */
	if (level == IRKG_LOG_WARN && text &&
	    (strstr(text, "was bound but is unused") ||
	     strstr(text, "$$agg$$")))
		return 1;
	if (locator) {
		line = raptor_locator_line(locator);
		column = raptor_locator_column(locator);
		if (line > 0) {
			line -= ctx->line_offset;
			if (line < 1)
				line = 1;
		}
		if (line < 0)
			line = 0;
		if (column < 0)
			column = 0;
	}
	if (level == IRKG_LOG_ERROR)
		ctx->errors++;
	if (ctx->log)
		ctx->log(ctx->log_user_data, level, ctx->input_name, line,
			 column, text ? text : "(no message)");
	return 1;
}

int irkg_ctx_new(irkg_ctx **out, irkg_log_fn log, void *user_data)
{
	irkg_ctx *ctx = calloc(1, sizeof(*ctx));

	*out = NULL;
	if (!ctx)
		return IRKG_ENOMEM;
	ctx->log = log;
	ctx->log_user_data = user_data;
	ctx->world = librdf_new_world();
	if (!ctx->world) {
		free(ctx);
		return IRKG_ENOMEM;
	}
	librdf_world_set_logger(ctx->world, ctx, on_redland_message);
	librdf_world_open(ctx->world);
	if (irkg_lmdb_storage_register(ctx->world)) {
		librdf_free_world(ctx->world);
		free(ctx);
		return IRKG_ESTORE;
	}
	*out = ctx;
	return IRKG_OK;
}

void irkg_ctx_free(irkg_ctx *ctx)
{
	if (!ctx)
		return;
	librdf_free_world(ctx->world);
	free(ctx);
}

librdf_world *irkg_ctx_world(irkg_ctx *ctx)
{
	return ctx->world;
}

void irkg_ctx_set_input(irkg_ctx *ctx, const char *name, int line_offset)
{
	ctx->input_name = name;
	ctx->line_offset = line_offset;
	ctx->errors = 0;
}

int irkg_ctx_error_count(const irkg_ctx *ctx)
{
	return ctx->errors;
}

void irkg_ctx_log(irkg_ctx *ctx, enum irkg_log_level level, const char *file,
		  int line, int column, const char *format, ...)
{
	char buffer[1024];
	va_list args;

	if (level == IRKG_LOG_ERROR)
		ctx->errors++;
	if (!ctx->log)
		return;
	va_start(args, format);
	vsnprintf(buffer, sizeof(buffer), format, args);
	va_end(args);
	ctx->log(ctx->log_user_data, level, file, line, column, buffer);
}
