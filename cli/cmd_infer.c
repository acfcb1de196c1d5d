/* irkg infer: rebuild the inferred graph from the ontology and the data. */
#include <getopt.h>
#include <stdio.h>

#include "../graph/infer.h"
#include "../graph/ingest.h"
#include "cli.h"

#define INFER_USAGE "infer"

int cmd_infer(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {CLI_COMMON_LONG_OPTIONS,
						{NULL, 0, NULL, 0}};
	struct irkg_infer_result result;
	irkg_store *store = NULL;
	double start = cli_now();
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		if (opt == 'h') {
			printf("Usage: irkg " INFER_USAGE "\n\n"
			       "Materialise what the ontology implies into "
			       "the graph\n"
			       "<" IRKG_INFERRED_GRAPH ">,\n"
			       "rebuilt from all the other graphs: the "
			       "rdf:type and property hierarchies\n"
			       "(rdfs:subClassOf, rdfs:subPropertyOf), "
			       "symmetric and inverse properties\n"
			       "(irkg:memberOf from irkg:hasMember), and "
			       "the direct edges of relations\n"
			       "(irkg:alliedWith between the parties of an "
			       "irkg:Alliance, …), so that\n"
			       "queries need no property paths. The axioms "
			       "come from the ontology graph\n"
			       "<" IRKG_ONTOLOGY_GRAPH ">.\n"
			       "'irkg ingest' and 'irkg drop' run it "
			       "themselves; running it again changes\n"
			       "nothing. One transaction: on an error the "
			       "inferred graph stays as it was.\n"
			       "See docs/inference.md.\n\n"
			       "Exit status: 0 ok, 1 failure, 4 store "
			       "missing or locked.\n");
			return EXIT_OK;
		}
		cli_error(cli, "infer", "usage: irkg " INFER_USAGE);
		return EXIT_USAGE;
	}
	if (optind != argc) {
		cli_error(cli, "infer", "usage: irkg " INFER_USAGE);
		return EXIT_USAGE;
	}
	rc = cli_open_store(cli, IRKG_STORE_WRITE, &store);
	if (rc)
		return cli_exit_code(rc);
	rc = irkg_infer(store, &result);
	irkg_store_free(store);
	if (rc) {
		cli_error(cli, "infer", "nothing was written: %s",
			  irkg_strerror(rc));
		return cli_exit_code(rc);
	}
	if (!cli->quiet)
		fprintf(stderr,
			"%s: inferred %ld triples (was %ld) from %ld "
			"statements and %ld axioms in %.2f s\n",
			cli->program, result.inferred, result.previous,
			result.asserted, result.axioms, cli_now() - start);
	return EXIT_OK;
}
