/* irkg network: the states' network as DOT, GraphML, GEXF or JSON, or
 * rendered by Graphviz. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../graph/network.h"
#include "cli.h"

/* Is `name` an executable on $PATH? */
static int on_path(const char *name)
{
	const char *path = getenv("PATH");
	char file[PATH_MAX];

	while (path && *path) {
		size_t n = strcspn(path, ":");

		snprintf(file, sizeof(file), "%.*s/%s", (int)n, n ? path : ".",
			 name);
		if (n == 0)
			snprintf(file, sizeof(file), "./%s", name);
		if (access(file, X_OK) == 0)
			return 1;
		path += n + (path[n] == ':');
	}
	return 0;
}

/* Pipe `dot` text through `dot -T<format>` into `out`. 0 when dot
 * succeeded. */
static int render(struct cli *cli, const char *format, const char *dot,
		  size_t length, FILE *out)
{
	char type[16];
	char *const argv[] = {"dot", type, NULL};
	int fds[2], status;
	size_t done = 0;
	pid_t pid;

	snprintf(type, sizeof(type), "-T%s", format);
	if (fflush(out) != 0 || pipe(fds) != 0) {
		cli_error(cli, "network", "cannot start dot: %s",
			  strerror(errno));
		return -1;
	}
	pid = fork();
	if (pid < 0) {
		cli_error(cli, "network", "cannot start dot: %s",
			  strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[1]);
		if (dup2(fds[0], 0) < 0 || dup2(fileno(out), 1) < 0)
			_exit(126);
		close(fds[0]);
		execvp("dot", argv);
		_exit(127);
	}
	close(fds[0]);
	while (done < length) {
		ssize_t n = write(fds[1], dot + done, length - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break; /* dot stopped reading: its status tells */
		done += (size_t)n;
	}
	close(fds[1]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			cli_error(cli, "network", "waiting for dot: %s",
				  strerror(errno));
			return -1;
		}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		cli_error(cli, "network", "dot %s failed (exit %d)", type,
			  WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		return -1;
	}
	return 0;
}

/* Write the network, through dot when `render_format` is set. */
static int emit(struct cli *cli, const irkg_network *net,
		enum irkg_network_format format, const char *render_format,
		FILE *out)
{
	char *text = NULL;
	size_t length = 0;
	FILE *mem;
	int rc;

	if (!render_format) {
		rc = irkg_network_write(net, format, out);
		if (rc)
			cli_error(cli, "network", "%s", irkg_strerror(rc));
		return rc ? -1 : 0;
	}
	mem = open_memstream(&text, &length);
	if (!mem) {
		cli_error(cli, "network", "%s", strerror(errno));
		return -1;
	}
	rc = irkg_network_write(net, IRKG_NETWORK_DOT, mem);
	if (fclose(mem) != 0 && !rc)
		rc = IRKG_EIO;
	if (rc) {
		cli_error(cli, "network", "%s", irkg_strerror(rc));
		free(text);
		return -1;
	}
	rc = render(cli, render_format, text, length, out);
	free(text);
	return rc;
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
		cli_error(cli, "network", "--render draws the DOT format only");
		return EXIT_USAGE;
	}
	if (render_format && !on_path("dot")) {
		cli_error(cli, "network",
			  "--render needs Graphviz's dot: install the Debian "
			  "package graphviz (apt-get install graphviz)");
		return EXIT_FAIL;
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
