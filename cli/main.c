/* irkg: the command-line program. Parses global options and dispatches. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef IRKG_VERSION
#define IRKG_VERSION "0.0.0"
#endif

static const struct {
	const char *name;
	cli_command_fn run;
	const char *summary;
} commands[] = {
	{"extract", cmd_extract,
	 "print what irkg reads in articles (no store)"},
	{"ingest", cmd_ingest,
	 "read articles into the store: events, relations, evidence"},
	{"events", cmd_events, "the events table: one row per dyad"},
	{"relations", cmd_relations,
	 "the relations table: alliances, disputes, agreements, trends"},
	{"load", cmd_load, "load RDF files into named graphs"},
	{"query", cmd_query,
	 "run a SPARQL query (a file, a canned name or -e)"},
	{"export", cmd_export,
	 "write the store as Turtle, N-Triples, N-Quads "
	 "or RDF/XML"},
	{"graphs", cmd_graphs, "list the named graphs and their sizes"},
	{"drop", cmd_drop, "remove a named graph"},
	{"stats", cmd_stats, "count triples, graphs and instances per class"},
	{"infer", cmd_infer, "materialise what the ontology implies"},
	{"network", cmd_network,
	 "state networks for Graphviz, Gephi, yEd, Cytoscape"},
};

static void usage(FILE *out)
{
	size_t i;

	fprintf(out,
		"Usage: irkg [--store SPEC] [--lock-wait SECONDS] [-q] COMMAND "
		"[options]\n"
		"\n"
		"irkg builds a knowledge graph of international relations in a "
		"Redland store.\n"
		"\n"
		"Commands:\n");
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(out, "  %-8s %s\n", commands[i].name,
			commands[i].summary);
	fprintf(out,
		"\n"
		"Options:\n"
		"  -s, --store SPEC     the store: a directory (Berkeley DB "
		"hashes), 'memory',\n"
		"                       'sqlite:FILE' or 'postgresql:host=H;"
		"database=D;…'\n"
		"                       (default: $IRKG_STORE, else "
		"./" IRKG_STORE_DEFAULT ")\n"
		"      --lock-wait SECS how long a writer waits for another "
		"(default 30)\n"
		"  -q, --quiet          no progress or summary lines on "
		"stderr\n"
		"  -h, --help           this help; 'irkg COMMAND --help' for a "
		"command\n"
		"  -V, --version        print the version\n"
		"\n"
		"Exit status: 0 success, 1 failure, 2 bad command line, 3 bad "
		"input\n"
		"(RDF or SPARQL syntax, unsupported SPARQL), 4 store missing, "
		"not a store or locked.\n");
}

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
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("irkg %s (Redland %s, raptor %s, rasqal %s)\n",
			       IRKG_VERSION, librdf_version_string,
			       raptor_version_string, rasqal_version_string);
			return EXIT_OK;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		usage(stderr);
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
