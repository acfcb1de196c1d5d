/* irkg network: the states' network as DOT, GraphML, GEXF or JSON, or
 * drawn as a picture (render.c). */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../graph/network.h"
#include "cli.h"
#include "render.h"

/* Write the network, or its picture when `render_format` is set. */
static int emit(struct cli *cli, const irkg_network *net,
		enum irkg_network_format format, const char *render_format,
		FILE *out)
{
	char why[512];
	int rc;

	if (render_format) {
		rc = cli_network_render(net, render_format, out, why,
					sizeof(why));
		if (rc)
			cli_error(cli, "network", "%s", why);
		return rc ? -1 : 0;
	}
	rc = irkg_network_write(net, format, out);
	if (rc)
		cli_error(cli, "network", "%s", irkg_strerror(rc));
	return rc ? -1 : 0;
}

int cmd_network(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"from", required_argument, NULL, 'F'},
		{"to", required_argument, NULL, 'T'},
		{"actors", required_argument, NULL, 'A'},
		{"kind", required_argument, NULL, 'K'},
		{"min-weight", required_argument, NULL, 'M'},
		{"igos", no_argument, NULL, 'I'},
		{"render", required_argument, NULL, 'R'},
		{"output", required_argument, NULL, 'o'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	struct irkg_network_filter filter = {0};
	enum irkg_network_format format = IRKG_NETWORK_DOT;
	const char *output = NULL, *render_format = NULL;
	int format_given = 0, opt, rc, failed;
	struct cli_output out;
	irkg_store *store = NULL;
	irkg_network *net = NULL;
	char *end;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "f:o:h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'f':
			if (irkg_network_format_parse(optarg, &format)) {
				cli_error(cli, "network",
					  "unknown format '%s' (use dot, "
					  "graphml, gexf or json)",
					  optarg);
				return EXIT_USAGE;
			}
			format_given = 1;
			break;
		case 'F':
			filter.from = optarg;
			break;
		case 'T':
			filter.to = optarg;
			break;
		case 'A':
			filter.actors = optarg;
			break;
		case 'K':
			if (irkg_network_kinds_parse(optarg, &filter.kinds)) {
				cli_error(cli, "network",
					  "unknown kind in '%s' (use alliance, "
					  "dispute, agreement, cooperation, "
					  "conflict)",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'M':
			errno = 0;
			filter.min_weight = strtod(optarg, &end);
			if (errno || end == optarg || *end ||
			    filter.min_weight < 0) {
				cli_error(cli, "network",
					  "--min-weight wants a number, not "
					  "'%s'",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'I':
			filter.igos = 1;
			break;
		case 'R':
			if (strcmp(optarg, "svg") != 0 &&
			    strcmp(optarg, "png") != 0) {
				cli_error(cli, "network",
					  "--render is svg or png, not '%s'",
					  optarg);
				return EXIT_USAGE;
			}
			render_format = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'h':
			return cli_help("network");
		default:
			return cli_usage_error(cli, "network");
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, "network");
	if (render_format && format_given && format != IRKG_NETWORK_DOT) {
		cli_error(cli, "network",
			  "--render draws a picture: leave out --format");
		return EXIT_USAGE;
	}
	rc = cli_open_store(cli, IRKG_STORE_READ, &store);
	if (rc)
		return cli_exit_code(rc);
	rc = irkg_network_build(&net, store, &filter);
	if (rc) {
		if (rc == IRKG_EINVAL)
			cli_error(cli, "network",
				  "dates are YYYY, YYYY-MM or YYYY-MM-DD and "
				  "--actors a list of codes (USA,JPN,NATO)");
		else
			cli_error(cli, "network", "%s", irkg_strerror(rc));
		irkg_store_free(store);
		return rc == IRKG_EINVAL ? EXIT_USAGE : cli_exit_code(rc);
	}
	if (cli_output_open(cli, "network", output, &out)) {
		irkg_network_free(net);
		irkg_store_free(store);
		return EXIT_FAIL;
	}
	failed = emit(cli, net, format, render_format, out.file);
	if (cli_output_close(&out, !failed) != 0 && !failed) {
		cli_error(cli, "network", "cannot write %s",
			  output ? output : "the output");
		failed = 1;
	}
	irkg_network_free(net);
	irkg_store_free(store);
	return failed ? EXIT_FAIL : EXIT_OK;
}
