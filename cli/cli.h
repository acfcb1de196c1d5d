/* State and helpers shared by the irkg subcommands. */
#ifndef IRKG_CLI_H
#define IRKG_CLI_H

#include <stdio.h>

#include "../graph/ctx.h"
#include "../graph/store.h"

/* Exit codes, documented in `irkg --help`. */
enum {
	EXIT_OK = 0,
	EXIT_FAIL = 1,	 /* the command failed (I/O, storage) */
	EXIT_USAGE = 2,	 /* the command line is wrong */
	EXIT_INPUT = 3,	 /* bad input: syntax error, unsupported SPARQL */
	EXIT_STORE = 4,	 /* no store, not a store, or locked */
	EXIT_TIMEOUT = 5 /* a query ran past its --timeout and was stopped */
};

struct cli {
	const char *program;
	const char *store_spec;
	int lock_wait;
	int quiet;
	int stderr_is_tty;
	irkg_ctx *ctx;
};

/* Map an irkg_error to the exit code above. */
int cli_exit_code(int irkg_rc);

/* The store named on the command line, or $IRKG_STORE, or the default. */
const char *cli_store_spec(const struct cli *cli);

/* Open the store named on the command line (or $IRKG_STORE, or the
 * default); messages have been printed on failure. */
int cli_open_store(struct cli *cli, enum irkg_store_mode mode,
		   irkg_store **out);

/* Remind of the command's usage on stderr ("Usage: irkg COMMAND ...", from
 * its help page) and return EXIT_USAGE. */
int cli_usage_error(const struct cli *cli, const char *command);

/* Print the help of `command` on stdout: EXIT_OK, or EXIT_FAIL when it
 * cannot be written. */
int cli_help(const char *command);

/* Print "irkg COMMAND: message" to stderr. */
void cli_error(const struct cli *cli, const char *command, const char *format,
	       ...) __attribute__((format(printf, 3, 4)));

/* Open `path` for writing ("-" or NULL is stdout). Output to a file goes
 * to a temporary name first and is renamed by cli_output_close on success,
 * so a failed command never leaves half a file. */
struct cli_output {
	FILE *file;
	char *path, *tmp_path;
};
int cli_output_open(struct cli *cli, const char *command, const char *path,
		    struct cli_output *out);
int cli_output_close(struct cli_output *out, int success);

/* Seconds since an arbitrary start, for rates. */
double cli_now(void);

/* Common option handling: --store and --lock-wait may also follow the
 * command name. Returns 1 if `opt` was one of them. */
int cli_common_option(struct cli *cli, int opt, const char *arg);

#define CLI_COMMON_LONG_OPTIONS                                                \
	{"store", required_argument, NULL, 'S'},                               \
		{"lock-wait", required_argument, NULL, 'W'},                   \
	{                                                                      \
		"help", no_argument, NULL, 'h'                                 \
	}

/* Read all of `f` (at most `max` bytes) into a malloc'd buffer ending in
 * '\0'; *length gets its size. NULL on a read error, when out of memory,
 * or when the stream is longer than `max` (errno EFBIG). */
char *cli_read_stream(FILE *f, size_t max, size_t *length);

/* The data directory `name` (queries, ontology): $ENV when set, then
 * beside the program (bin/../NAME), then installed
 * (PREFIX/bin/../share/irkg/NAME), then IRKG_DATADIR/NAME. 0 when found. */
int cli_data_path(const char *env, const char *name, char *out, size_t size);

/* The variant of the query file `path` (DIR/NAME.rq) written for a
 * store's own engine, DIR/virtuoso/NAME.rq (queries/virtuoso/): *text
 * gets at most `max` bytes of it (malloc'd) and `label` its path, or
 * *text is NULL when there is none. 0, or -1 when it exists but cannot be
 * read (errno says why). */
int cli_engine_query(const char *path, size_t max, char **text, char *label,
		     size_t size);

/* Add the verb dictionaries `paths` (PETRARCH2/TABARI, --dictionary) to
 * `patterns`, saying on stderr what each gave unless -q. On failure the
 * message ("irkg COMMAND: FILE:LINE: why") has been printed and the
 * irkg_error is returned. */
struct irkg_patterns;
int cli_read_dictionaries(struct cli *cli, const char *command,
			  struct irkg_patterns *patterns,
			  const char *const *paths, size_t n);

/* How many --dictionary options a command takes. */
#define CLI_MAX_DICTIONARIES 8

typedef int (*cli_command_fn)(struct cli *cli, int argc, char **argv);

int cmd_load(struct cli *cli, int argc, char **argv);
int cmd_query(struct cli *cli, int argc, char **argv);
int cmd_export(struct cli *cli, int argc, char **argv);
int cmd_graphs(struct cli *cli, int argc, char **argv);
int cmd_drop(struct cli *cli, int argc, char **argv);
int cmd_stats(struct cli *cli, int argc, char **argv);
int cmd_extract(struct cli *cli, int argc, char **argv);
int cmd_ingest(struct cli *cli, int argc, char **argv);
int cmd_events(struct cli *cli, int argc, char **argv);
int cmd_relations(struct cli *cli, int argc, char **argv);
int cmd_infer(struct cli *cli, int argc, char **argv);
int cmd_network(struct cli *cli, int argc, char **argv);
int cmd_serve(struct cli *cli, int argc, char **argv);

#endif
