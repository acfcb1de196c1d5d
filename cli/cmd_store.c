/* irkg load, export, graphs, drop, stats: the commands that move RDF. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../graph/export.h"
#include "../graph/infer.h"
#include "../graph/load.h"
#include "../graph/query.h"
#include "cli.h"

/* On a terminal, one line that keeps being rewritten. */
static void show_load_progress(void *user_data, const char *file, long added)
{
	const struct cli *cli = user_data;

	fprintf(stderr, "\r%s: loading %s: %ld triples", cli->program, file,
		added);
}

int cmd_load(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"graph", required_argument, NULL, 'g'},
		{"append", no_argument, NULL, 'a'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	struct irkg_load_options lo = {.infer = 1};
	struct irkg_load_result result;
	irkg_store *store = NULL;
	double start = cli_now(), seconds;
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "f:g:ah", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'f':
			lo.format = irkg_load_format_name(optarg);
			if (!lo.format) {
				cli_error(cli, "load",
					  "unknown format '%s' (use "
					  "turtle, ntriples, nquads, rdfxml or "
					  "trig)",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'g':
			lo.graph = optarg;
			break;
		case 'a':
			lo.append = 1;
			break;
		case 'h':
			return cli_help("load");
		default:
			return cli_usage_error(cli, "load");
		}
	}
	if (optind >= argc)
		return cli_usage_error(cli, "load");
	if (cli->stderr_is_tty && !cli->quiet) {
		lo.progress = show_load_progress;
		lo.progress_user_data = cli;
	}
	rc = cli_open_store(cli, IRKG_STORE_WRITE, &store);
	if (!rc)
		rc = irkg_load_files(store, (const char *const *)argv + optind,
				     (size_t)(argc - optind), &lo, &result);
	irkg_store_free(store);
	if (lo.progress)
		fputs("\r\033[K", stderr); /* clear the progress line */
	if (rc) {
		if (rc == IRKG_EPARSE)
			cli_error(cli, "load",
				  "nothing was loaded: fix the "
				  "syntax error above and run the load again");
		return cli_exit_code(rc);
	}
	seconds = cli_now() - start;
	if (!cli->quiet)
		fprintf(stderr,
			"%s: loaded %ld triples from %zu file%s into "
			"%zu graph%s in %.2f s (%.0f triples/s)\n",
			cli->program, result.triples, result.files,
			result.files == 1 ? "" : "s", result.graphs,
			result.graphs == 1 ? "" : "s", seconds,
			seconds > 0 ? (double)result.triples / seconds : 0.0);
	if (!cli->quiet && result.inferred)
		fprintf(stderr, "%s: inferred %ld triples from them\n",
			cli->program, result.inferred);
	return EXIT_OK;
}

int cmd_export(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"graph", required_argument, NULL, 'g'},
		{"output", required_argument, NULL, 'o'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	const char *format = "turtle", *graph = NULL, *output = NULL;
	struct cli_output out;
	irkg_store *store = NULL;
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "f:g:o:h", options, NULL)) !=
	       -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'f':
			format = irkg_export_format_name(optarg);
			if (!format) {
				cli_error(cli, "export",
					  "unknown format '%s' "
					  "(use turtle, ntriples, nquads or "
					  "rdfxml)",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'g':
			graph = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'h':
			return cli_help("export");
		default:
			return cli_usage_error(cli, "export");
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, "export");
	rc = cli_open_store(cli, IRKG_STORE_READ, &store);
	if (rc)
		return cli_exit_code(rc);
	if (cli_output_open(cli, "export", output, &out)) {
		irkg_store_free(store);
		return EXIT_FAIL;
	}
	rc = irkg_export(store, graph, format, out.file);
	if (cli_output_close(&out, rc == 0) && !rc) {
		cli_error(cli, "export", "cannot write %s", output);
		rc = IRKG_EIO;
	}
	irkg_store_free(store);
	return cli_exit_code(rc);
}

int cmd_graphs(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {CLI_COMMON_LONG_OPTIONS,
						{NULL, 0, NULL, 0}};
	struct irkg_graph_info *graphs = NULL;
	irkg_store *store = NULL;
	size_t n = 0, i;
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		if (opt == 'h')
			return cli_help("graphs");
		return cli_usage_error(cli, "graphs");
	}
	if (optind != argc)
		return cli_usage_error(cli, "graphs");
	rc = cli_open_store(cli, IRKG_STORE_READ, &store);
	if (!rc)
		rc = irkg_store_graphs(store, &graphs, &n);
	for (i = 0; !rc && i < n; i++)
		printf("%ld\t%s\n", graphs[i].triples, graphs[i].iri);
	irkg_graph_info_free(graphs, n);
	irkg_store_free(store);
	return cli_exit_code(rc);
}

int cmd_drop(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {CLI_COMMON_LONG_OPTIONS,
						{NULL, 0, NULL, 0}};
	irkg_store *store = NULL;
	const char *graphs[2];
	char *inferred = NULL;
	long size, size_inferred = 0;
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		if (opt == 'h')
			return cli_help("drop");
		return cli_usage_error(cli, "drop");
	}
	if (optind + 1 != argc)
		return cli_usage_error(cli, "drop");
	graphs[0] = argv[optind];
	rc = cli_open_store(cli, IRKG_STORE_WRITE, &store);
	if (rc)
		return cli_exit_code(rc);
	size = irkg_store_graph_size(store, graphs[0]);
	if (size <= 0) {
		cli_error(cli, "drop",
			  "store %s has no graph <%s> (list them "
			  "with 'irkg graphs')",
			  irkg_store_name(store), graphs[0]);
		irkg_store_free(store);
		return EXIT_STORE;
	}
	/* What the graph implied goes with it, in the same transaction
	 * (an inferred graph itself goes alone: 'irkg infer' restores it). */
	if (!irkg_infer_is_inferred(graphs[0])) {
		rc = irkg_infer_graph_name(graphs[0], &inferred);
		graphs[1] = inferred;
		size_inferred = irkg_store_graph_size(store, inferred);
	}
	if (!rc)
		rc = irkg_store_begin(store, graphs, inferred ? 2 : 1);
	if (!rc)
		rc = irkg_store_clear_graph(store, graphs[0]);
	if (!rc && inferred)
		rc = irkg_store_clear_graph(store, inferred);
	if (!rc)
		rc = irkg_store_commit(store);
	if (rc)
		cli_error(cli, "drop", "nothing was dropped: %s",
			  irkg_strerror(rc));
	else if (!cli->quiet && inferred)
		fprintf(stderr,
			"%s: dropped <%s> (%ld triples, and %ld inferred "
			"from it)\n",
			cli->program, graphs[0], size,
			size_inferred > 0 ? size_inferred : 0);
	else if (!cli->quiet)
		fprintf(stderr, "%s: dropped <%s> (%ld triples)\n",
			cli->program, graphs[0], size);
	free(inferred);
	irkg_store_free(store); /* rolls back if a commit did not happen */
	return cli_exit_code(rc);
}

int cmd_stats(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {CLI_COMMON_LONG_OPTIONS,
						{NULL, 0, NULL, 0}};
	static const char classes_query[] =
		"SELECT ?class (COUNT(?instance) AS ?instances)\n"
		"WHERE { ?instance a ?class }\n"
		"GROUP BY ?class ORDER BY DESC(?instances) ?class\n";
	struct irkg_query_options qo = {"stats", NULL, 0, NULL, 0, NULL, NULL};
	struct irkg_graph_info *graphs = NULL;
	irkg_store *store = NULL;
	size_t n = 0, i;
	long total = 0, rows;
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		if (opt == 'h')
			return cli_help("stats");
		return cli_usage_error(cli, "stats");
	}
	if (optind != argc)
		return cli_usage_error(cli, "stats");
	rc = cli_open_store(cli, IRKG_STORE_READ, &store);
	if (!rc)
		rc = irkg_store_graphs(store, &graphs, &n);
	for (i = 0; !rc && i < n; i++)
		total += graphs[i].triples;
	if (!rc) {
		printf("triples\t%ld\ngraphs\t%zu\n\n", total, n);
		qo.terminal = isatty(STDOUT_FILENO);
		rc = irkg_query_run(store, classes_query, &qo, stdout, &rows);
	}
	irkg_graph_info_free(graphs, n);
	irkg_store_free(store);
	return cli_exit_code(rc);
}
