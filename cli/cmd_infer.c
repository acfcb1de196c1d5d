/* irkg infer: check and repair the inferred graphs, or rebuild them. */
#include <getopt.h>
#include <stdio.h>

#include "../graph/infer.h"
#include "cli.h"

int cmd_infer(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"rebuild", no_argument, NULL, 'r'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	struct irkg_infer_result result;
	irkg_store *store = NULL;
	double start = cli_now();
	int opt, rc, rebuild = 0;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		if (opt == 'r')
			rebuild = 1;
		else if (opt == 'h')
			return cli_help("infer");
		else
			return cli_usage_error(cli, "infer");
	}
	if (optind != argc)
		return cli_usage_error(cli, "infer");
	rc = cli_open_store(cli, IRKG_STORE_WRITE, &store);
	if (rc)
		return cli_exit_code(rc);
	rc = irkg_infer_all(store, rebuild, &result);
	irkg_store_free(store);
	if (rc) {
		cli_error(cli, "infer", "nothing was written: %s",
			  irkg_strerror(rc));
		return cli_exit_code(rc);
	}
	if (cli->quiet)
		return EXIT_OK;
	fprintf(stderr,
		"%s: inferred %ld triples (was %ld) from %ld statements in %ld "
		"graphs and %ld axioms in %.2f s\n",
		cli->program, result.inferred, result.previous, result.asserted,
		result.graphs, result.axioms, cli_now() - start);
	if (rebuild)
		fprintf(stderr, "%s: rebuilt every inferred graph\n",
			cli->program);
	else
		fprintf(stderr, "%s: %ld inferred graph%s repaired\n",
			cli->program, result.repaired,
			result.repaired == 1 ? " was" : "s were");
	return EXIT_OK;
}
