/* irkg: the command-line program. Parses global options and dispatches. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "help.h"

#ifndef IRKG_VERSION
#define IRKG_VERSION "0.0.0"
#endif

/* The commands; their summaries and help are in help_text.c. */
static const struct {
	const char *name;
	cli_command_fn run;
} commands[] = {
	{"extract", cmd_extract}, {"ingest", cmd_ingest},
	{"events", cmd_events},	  {"relations", cmd_relations},
	{"load", cmd_load},	  {"query", cmd_query},
	{"export", cmd_export},	  {"graphs", cmd_graphs},
	{"drop", cmd_drop},	  {"stats", cmd_stats},
	{"infer", cmd_infer},	  {"network", cmd_network},
	{"serve", cmd_serve},
};

static void on_message(void *user_data, enum irkg_log_level level,
		       const char *file, int line, int column,
		       const char *message)
{
	const struct cli *cli = user_data;
	const char *tag = level == IRKG_LOG_ERROR  ? "error"
			  : level == IRKG_LOG_WARN ? "warning"
						   : NULL;

	if (!tag && cli->quiet)
		return;
	fprintf(stderr, "%s: ", cli->program);
	if (file && line > 0 && column > 0)
		fprintf(stderr, "%s:%d:%d: ", file, line, column);
	else if (file && line > 0)
		fprintf(stderr, "%s:%d: ", file, line);
	else if (file)
		fprintf(stderr, "%s: ", file);
	if (tag)
		fprintf(stderr, "%s: ", tag);
	fprintf(stderr, "%s\n", message);
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{"store", required_argument, NULL, 's'},
		{"lock-wait", required_argument, NULL, 'W'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{"man", no_argument, NULL, 'M'},
		{NULL, 0, NULL, 0}};
	struct cli cli = {"irkg", NULL, 30, 0, 0, NULL};
	int opt, rc;
	size_t i;

	cli.stderr_is_tty = isatty(STDERR_FILENO);
	while ((opt = getopt_long(argc, argv, "+s:qhV", options, NULL)) != -1) {
		switch (opt) {
		case 's':
			cli.store_spec = optarg;
			break;
		case 'W':
			cli_common_option(&cli, opt, optarg);
			break;
		case 'q':
			cli.quiet = 1;
			break;
		case 'h':
			return cli_help_print(NULL, stdout) ? EXIT_FAIL
							    : EXIT_OK;
		case 'M': /* the manual page, for packagers */
			return cli_help_write_man(stdout) ? EXIT_FAIL : EXIT_OK;
		case 'V':
			printf("irkg %s (Redland %s, raptor %s, rasqal %s)\n",
			       IRKG_VERSION, librdf_version_string,
			       raptor_version_string, rasqal_version_string);
			return EXIT_OK;
		default:
			cli_help_print_usage(NULL, stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		cli_help_print_usage(NULL, stderr);
		return EXIT_USAGE;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[optind], commands[i].name) == 0)
			break;
	if (i == sizeof(commands) / sizeof(commands[0])) {
		cli_error(&cli, NULL,
			  "'%s' is not a command; see 'irkg --help'",
			  argv[optind]);
		return EXIT_USAGE;
	}
	if (irkg_ctx_new(&cli.ctx, on_message, &cli)) {
		cli_error(&cli, NULL, "cannot start Redland");
		return EXIT_FAIL;
	}
	optind++;
	rc = commands[i].run(&cli, argc - optind + 1, argv + optind - 1);
	irkg_ctx_free(cli.ctx);
	return rc;
}
