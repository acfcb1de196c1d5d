/* irkg ingest, irkg events, irkg relations: articles into the store, and
 * the tables analysts read back. */
#define _GNU_SOURCE
#include <ctype.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../graph/ingest.h"
#include "../graph/tables.h"
#include "cli.h"

/* The ontology directory: --ontology, $IRKG_ONTOLOGY, beside the program
 * or installed. */
static int ontology_dir(struct cli *cli, const char *command, const char *given,
			char *out, size_t size)
{
	if (given) {
		snprintf(out, size, "%s", given);
		return 0;
	}
	if (cli_data_path("IRKG_ONTOLOGY", "ontology", out, size) == 0)
		return 0;
	cli_error(cli, command,
		  "the ontology directory was not found: give --ontology DIR "
		  "or set IRKG_ONTOLOGY");
	return -1;
}

struct progress {
	struct cli *cli;
	double start;
};

static void show_progress(void *data, size_t done, size_t total,
			  const struct irkg_ingest_result *r)
{
	struct progress *p = data;
	double seconds = cli_now() - p->start;

	fprintf(stderr,
		"\r\033[Kirkg: ingest: %zu/%zu files, %zu articles, %zu "
		"events, %zu relations, %.0f articles/s",
		done, total, r->articles, r->events, r->relations,
		seconds > 0 ? (double)r->articles / seconds : 0.0);
	fflush(stderr);
}

int cmd_ingest(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"ontology", required_argument, NULL, 'O'},
		{"dictionary", required_argument, NULL, 'D'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	const char *given = NULL;
	const char *dictionaries[CLI_MAX_DICTIONARIES];
	size_t n_dictionaries = 0;
	char dir[PATH_MAX];
	irkg_store *store = NULL;
	irkg_reader *reader = NULL;
	struct irkg_ingest_result result = {0};
	struct progress progress = {cli, cli_now()};
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'O':
			given = optarg;
			break;
		case 'D':
			if (n_dictionaries == CLI_MAX_DICTIONARIES) {
				cli_error(cli, "ingest",
					  "at most %d --dictionary options",
					  CLI_MAX_DICTIONARIES);
				return EXIT_USAGE;
			}
			dictionaries[n_dictionaries++] = optarg;
			break;
		case 'h':
			return cli_help("ingest");
		default:
			return cli_usage_error(cli, "ingest");
		}
	}
	if (optind == argc)
		return cli_usage_error(cli, "ingest");
	if (ontology_dir(cli, "ingest", given, dir, sizeof(dir)))
		return EXIT_FAIL;
	rc = irkg_reader_open(cli->ctx, dir, &reader);
	if (rc) {
		cli_error(cli, "ingest", "%s: cannot read the ontology: %s",
			  dir, irkg_strerror(rc));
		return cli_exit_code(rc);
	}
	rc = cli_read_dictionaries(cli, "ingest", irkg_reader_patterns(reader),
				   dictionaries, n_dictionaries);
	if (rc) { /* as a bad ontology: the extractor cannot be made */
		irkg_reader_free(reader);
		return EXIT_FAIL;
	}
	rc = cli_open_store(cli, IRKG_STORE_WRITE, &store);
	if (rc) {
		irkg_reader_free(reader);
		return cli_exit_code(rc);
	}
	rc = irkg_ingest_files(
		store, reader, dir, (const char *const *)argv + optind,
		(size_t)(argc - optind),
		cli->stderr_is_tty && !cli->quiet ? show_progress : NULL,
		&progress, &result);
	if (cli->stderr_is_tty && !cli->quiet)
		fputs("\r\033[K", stderr);
	if (rc) {
		cli_error(cli, "ingest", "nothing was written: %s",
			  irkg_strerror(rc));
	} else if (!cli->quiet) {
		fprintf(stderr,
			"%s: ingested %zu article%s (%zu events, %zu "
			"relations) from %zu file%s in %.2f s%s\n",
			cli->program, result.articles,
			result.articles == 1 ? "" : "s", result.events,
			result.relations, result.files,
			result.files == 1 ? "" : "s",
			cli_now() - progress.start,
			result.ontology_loaded ? "; loaded the ontology first"
					       : "");
		/* in the same transaction, and the time above */
		fprintf(stderr,
			"%s: inferred %ld triples from the articles in "
			"%.2f s\n",
			cli->program, result.inferred, result.infer_seconds);
	}
	irkg_store_free(store);
	irkg_reader_free(reader);
	if (rc)
		return cli_exit_code(rc);
	return result.bad_files ? EXIT_INPUT : EXIT_OK;
}

/* An --actor the store does not know: say what codes look like, and the
 * code meant when only its case was wrong ("usa"). */
static void report_unknown_actor(struct cli *cli, const char *command,
				 irkg_store *store, const char *code)
{
	char upper[16];
	size_t i;

	for (i = 0; code[i] && i + 1 < sizeof(upper); i++)
		upper[i] = (char)toupper((unsigned char)code[i]);
	upper[i] = '\0';
	if (strcmp(upper, code) != 0 && irkg_table_code_known(store, upper)) {
		cli_error(cli, command,
			  "no state or organisation has the code '%s': codes "
			  "are upper case, did you mean --actor %s?",
			  code, upper);
		return;
	}
	cli_error(cli, command,
		  "no state or organisation in the store has the code '%s': "
		  "give a state's ISO 3166 alpha-3 code (USA, JPN, KOR) or an "
		  "organisation's short code (NATO, EUR, UNO); 'irkg stats' "
		  "shows what the store holds",
		  code);
}

/* Shared by events and relations: options, store, output. Only the
 * events' table of options has --from and --to. */
static int table_command(struct cli *cli, int argc, char **argv,
			 const struct option *options, int events)
{
	const char *command = events ? "events" : "relations";
	struct irkg_table_filter filter = {0};
	enum irkg_table_format format = IRKG_TABLE_TSV;
	const char *output = NULL;
	struct cli_output out;
	irkg_store *store = NULL;
	long rows = 0;
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "f:o:h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'f':
			if (irkg_table_format_parse(optarg, &format)) {
				cli_error(cli, command,
					  "unknown format '%s' (use tsv, csv "
					  "or json)",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'F':
		case 'T':
		case 'A':
			if (opt == 'F')
				filter.from = optarg;
			else if (opt == 'T')
				filter.to = optarg;
			else
				filter.actor = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'h':
			return cli_help(command);
		default:
			return cli_usage_error(cli, command);
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, command);
	rc = cli_open_store(cli, IRKG_STORE_READ, &store);
	if (rc)
		return cli_exit_code(rc);
	if (cli_output_open(cli, command, output, &out)) {
		irkg_store_free(store);
		return EXIT_FAIL;
	}
	rc = events ? irkg_table_events(store, &filter, format, out.file, &rows)
		    : irkg_table_relations(store, &filter, format, out.file,
					   &rows);
	if (rc == IRKG_EINVAL)
		cli_error(cli, command,
			  "dates are YYYY, YYYY-MM or YYYY-MM-DD and codes "
			  "letters and digits (USA, NATO)");
	else if (rc == IRKG_ENOTFOUND)
		report_unknown_actor(cli, command, store, filter.actor);
	else if (rc)
		cli_error(cli, command, "%s", irkg_strerror(rc));
	cli_output_close(&out, rc == 0);
	irkg_store_free(store);
	return rc == IRKG_EINVAL || rc == IRKG_ENOTFOUND ? EXIT_USAGE
							 : cli_exit_code(rc);
}

int cmd_events(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"from", required_argument, NULL, 'F'},
		{"to", required_argument, NULL, 'T'},
		{"actor", required_argument, NULL, 'A'},
		{"output", required_argument, NULL, 'o'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};

	return table_command(cli, argc, argv, options, 1);
}

int cmd_relations(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"actor", required_argument, NULL, 'A'},
		{"output", required_argument, NULL, 'o'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};

	return table_command(cli, argc, argv, options, 0);
}
