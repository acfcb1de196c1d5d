/* irkg query: SPARQL from a file, a canned query's name, -e or stdin. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../graph/query.h"
#include "../graph/sparql.h"
#include "cli.h"

#define MAX_QUERY_BYTES (16 * 1024 * 1024)

static char *read_stream(FILE *f)
{
	size_t length;

	return cli_read_stream(f, MAX_QUERY_BYTES, &length);
}

/* Where canned queries live: $IRKG_QUERIES, then beside the program,
 * then the data directory chosen at build time. */
static int query_dir(char *out, size_t size)
{
	return cli_data_path("IRKG_QUERIES", "queries", out, size);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_queries(struct cli *cli)
{
	char dir[PATH_MAX], path[PATH_MAX + 256];
	DIR *d;
	struct dirent *e;
	char *names[512];
	size_t n = 0, i, j;

	if (query_dir(dir, sizeof(dir)) || !(d = opendir(dir))) {
		cli_error(cli, "query",
			  "no canned queries found (set "
			  "IRKG_QUERIES to the queries/ directory)");
		return EXIT_FAIL;
	}
	while ((e = readdir(d)) && n < sizeof(names) / sizeof(names[0])) {
		size_t len = strlen(e->d_name);

		if (len > 3 && strcmp(e->d_name + len - 3, ".rq") == 0)
			names[n++] = strndup(e->d_name, len - 3);
	}
	closedir(d);
	qsort(names, n, sizeof(char *), compare_names);
	for (i = 0; i < n; i++) {
		FILE *f;
		char *text, *title;
		struct irkg_sparql_param *params = NULL;
		size_t n_params = 0;

		if (!names[i])
			continue;
		snprintf(path, sizeof(path), "%s/%s.rq", dir, names[i]);
		f = fopen(path, "r");
		text = f ? read_stream(f) : NULL;
		if (f)
			fclose(f);
		title = text ? irkg_sparql_title(text) : NULL;
		printf("%s\t%s\n", names[i], title ? title : "");
		if (text &&
		    irkg_sparql_params_read(text, &params, &n_params) == 0)
			for (j = 0; j < n_params; j++)
				printf("    --param %s=%s\t%s\n",
				       params[j].name,
				       params[j].default_value
					       ? params[j].default_value
					       : "(required)",
				       params[j].description);
		irkg_sparql_params_free(params, n_params);
		free(title);
		free(text);
		free(names[i]);
	}
	return EXIT_OK;
}

/* A bare name ("allies") means queries/allies.rq. */
static FILE *open_query(const char *arg, char *label, size_t label_size)
{
	char dir[PATH_MAX];
	FILE *f = fopen(arg, "r");

	snprintf(label, label_size, "%s", arg);
	if (f || strchr(arg, '/') || errno != ENOENT)
		return f;
	if (query_dir(dir, sizeof(dir)))
		return NULL;
	snprintf(label, label_size, "%s/%s.rq", dir, arg);
	f = fopen(label, "r");
	if (!f)
		errno = ENOENT;
	return f;
}

/* --show: the text that would run, parameters filled in and prefixes
 * declared, for another SPARQL tool; no store is opened. */
static int show_query(struct cli *cli, const char *text,
		      const struct irkg_query_options *qo, const char *output)
{
	struct cli_output out;
	char *prepared = NULL, error[512];
	int line_offset, rc;

	rc = irkg_sparql_prepare(text, qo->bindings, qo->n_bindings, &prepared,
				 &line_offset, error, sizeof(error));
	if (rc) {
		cli_error(cli, "query", "%s: %s", qo->source, error);
		return cli_exit_code(rc);
	}
	if (cli_output_open(cli, "query", output, &out)) {
		free(prepared);
		return EXIT_FAIL;
	}
	rc = fputs(prepared, out.file) < 0 ? IRKG_EIO : IRKG_OK;
	if (cli_output_close(&out, rc == 0) && !rc)
		rc = IRKG_EIO;
	free(prepared);
	return cli_exit_code(rc);
}

int cmd_query(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"param", required_argument, NULL, 'p'},
		{"expression", required_argument, NULL, 'e'},
		{"output", required_argument, NULL, 'o'},
		{"list", no_argument, NULL, 'l'},
		{"timeout", required_argument, NULL, 't'},
		{"show", no_argument, NULL, 's'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	struct irkg_sparql_binding bindings[64];
	struct irkg_query_options qo = {NULL, bindings, 0, NULL, 0, NULL, NULL};
	const char *expression = NULL, *output = NULL;
	char label[PATH_MAX + 256], engine_label[PATH_MAX + 300];
	char *text = NULL, *engine_text = NULL;
	struct cli_output out;
	irkg_store *store = NULL;
	long rows = 0;
	double timeout = 60;
	char *end;
	int opt, rc, show = 0;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "f:p:e:o:lsh", options, NULL)) !=
	       -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'f':
			qo.format = optarg;
			break;
		case 'p': {
			char *eq = strchr(optarg, '=');

			if (!eq || eq == optarg || qo.n_bindings == 64) {
				cli_error(cli, "query",
					  "--param wants "
					  "NAME=VALUE, not '%s'",
					  optarg);
				return EXIT_USAGE;
			}
			*eq = '\0';
			bindings[qo.n_bindings].name = optarg;
			bindings[qo.n_bindings].value = eq + 1;
			qo.n_bindings++;
			break;
		}
		case 'e':
			expression = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 't':
			timeout = strtod(optarg, &end);
			if (*end || end == optarg || timeout < 0 ||
			    timeout > 86400) {
				cli_error(cli, "query",
					  "--timeout wants seconds (0 to "
					  "86400; 0: no limit), not '%s'",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'l':
			return list_queries(cli);
		case 's':
			show = 1;
			break;
		case 'h':
			return cli_help("query");
		default:
			return cli_usage_error(cli, "query");
		}
	}
	if ((expression && optind != argc) ||
	    (!expression && optind + 1 != argc))
		return cli_usage_error(cli, "query");
	if (expression) {
		text = strdup(expression);
		snprintf(label, sizeof(label), "-e");
	} else if (strcmp(argv[optind], "-") == 0) {
		text = read_stream(stdin);
		snprintf(label, sizeof(label), "-");
	} else {
		FILE *f = open_query(argv[optind], label, sizeof(label));

		if (!f) {
			cli_error(cli, "query", "%s: %s%s", argv[optind],
				  strerror(errno),
				  errno == ENOENT ? " (neither a file nor a "
						    "canned query; see "
						    "'irkg query --list')"
						  : "");
			return EXIT_USAGE;
		}
		text = read_stream(f);
		fclose(f);
		if (text &&
		    cli_engine_query(label, MAX_QUERY_BYTES, &engine_text,
				     engine_label, sizeof(engine_label))) {
			cli_error(cli, "query", "%s: %s", engine_label,
				  strerror(errno));
			free(text);
			return EXIT_FAIL;
		}
	}
	if (!text) {
		cli_error(cli, "query", "cannot read the query");
		return EXIT_FAIL;
	}
	qo.source = label;
	qo.engine_text = engine_text;
	qo.engine_source = engine_label;
	if (show) {
		rc = show_query(cli, text, &qo, output);
		free(text);
		free(engine_text);
		return rc;
	}
	rc = cli_open_store(cli, IRKG_STORE_READ, &store);
	if (rc) {
		free(text);
		free(engine_text);
		return cli_exit_code(rc);
	}
	if (cli_output_open(cli, "query", output, &out)) {
		irkg_store_free(store);
		free(text);
		free(engine_text);
		return EXIT_FAIL;
	}
	qo.terminal = out.file == stdout && isatty(STDOUT_FILENO);
	/* Only the LMDB store can stop a scan; the others run unlimited. */
	if (timeout > 0)
		(void)irkg_store_set_time_limit(store, timeout);
	rc = irkg_query_run(store, text, &qo, out.file, &rows);
	if (!rc && irkg_store_timed_out(store)) {
		cli_error(cli, "query",
			  "stopped after --timeout %g s: the answer is "
			  "incomplete%s; narrow the query (a bound state or "
			  "date, LIMIT) or raise --timeout (0: no limit)",
			  timeout, output ? " and was not written" : "");
		cli_output_close(&out, 0);
		irkg_store_free(store);
		free(text);
		free(engine_text);
		return EXIT_TIMEOUT;
	}
	if (cli_output_close(&out, rc == 0) && !rc)
		rc = IRKG_EIO;
	irkg_store_free(store);
	free(text);
	free(engine_text);
	return cli_exit_code(rc);
}
