/* Helpers shared by the irkg subcommands. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#include "../extract/dictionary.h"
#include "help.h"

#ifndef IRKG_DATADIR
#define IRKG_DATADIR "/usr/local/share/irkg"
#endif

int cli_exit_code(int rc)
{
	switch (rc) {
	case IRKG_OK:
		return EXIT_OK;
	case IRKG_EPARSE:
	case IRKG_EUNSUPPORTED:
	case IRKG_ENOTTEXT:
		return EXIT_INPUT;
	case IRKG_EINVAL:
		return EXIT_USAGE;
	case IRKG_ENOTFOUND:
	case IRKG_ENOTSTORE:
	case IRKG_ELOCKED:
		return EXIT_STORE;
	default:
		return EXIT_FAIL;
	}
}

/* The LMDB store's writer works in a memory map of a sparse file: when the
 * disk is full, a page that cannot be allocated raises SIGBUS instead of
 * an error return. The transaction is then uncommitted and the store as it
 * was, so the honest thing is to say so and stop. */
static void on_store_bus_error(int signal)
{
	static const char message[] =
		"irkg: the store could not grow (is the disk full?); the write "
		"was not committed and the store is as it was before it\n";

	ssize_t written = write(STDERR_FILENO, message, sizeof(message) - 1);

	(void)signal;
	(void)written; /* nothing more can be done about a failed write */
	_exit(EXIT_STORE);
}

const char *cli_store_spec(const struct cli *cli)
{
	const char *spec = cli->store_spec;

	if (!spec)
		spec = getenv("IRKG_STORE");
	return spec && *spec ? spec : IRKG_STORE_DEFAULT;
}

int cli_open_store(struct cli *cli, enum irkg_store_mode mode, irkg_store **out)
{
	const char *spec = cli_store_spec(cli);

	if (mode == IRKG_STORE_WRITE) {
		struct sigaction action;

		memset(&action, 0, sizeof(action));
		action.sa_handler = on_store_bus_error;
		sigemptyset(&action.sa_mask);
		if (sigaction(SIGBUS, &action, NULL) != 0)
			return IRKG_EIO;
	}

	return irkg_store_open(out, cli->ctx, spec, mode, cli->lock_wait);
}

int cli_usage_error(const struct cli *cli, const char *command)
{
	(void)cli;
	cli_help_print_usage(command, stderr);
	return EXIT_USAGE;
}

int cli_help(const char *command)
{
	return cli_help_print(command, stdout) ? EXIT_FAIL : EXIT_OK;
}

void cli_error(const struct cli *cli, const char *command, const char *format,
	       ...)
{
	va_list args;

	fprintf(stderr, "%s%s%s: ", cli->program, command ? " " : "",
		command ? command : "");
	va_start(args, format);
	vfprintf(stderr, format, args);
	va_end(args);
	fputc('\n', stderr);
}

/* The mode a new file gets from open(2): 0666 less the umask. An existing
 * file keeps its own, as when a program writes it in place. mkstemp makes
 * its file 0600, so the temporary file is given this mode before the
 * rename. */
static mode_t output_mode(const char *path)
{
	struct stat st;
	mode_t mask;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

int cli_output_open(struct cli *cli, const char *command, const char *path,
		    struct cli_output *out)
{
	int fd;

	memset(out, 0, sizeof(*out));
	if (!path || strcmp(path, "-") == 0) {
		out->file = stdout;
		return 0;
	}
	out->path = strdup(path);
	size_t size = strlen(path) + 16;

	out->tmp_path = malloc(size);
	if (!out->path || !out->tmp_path) {
		free(out->path);
		free(out->tmp_path);
		return -1;
	}
	snprintf(out->tmp_path, size, "%s.tmp-XXXXXX", path);
	fd = mkstemp(out->tmp_path);
	if (fd < 0 || fchmod(fd, output_mode(path)) != 0 ||
	    !(out->file = fdopen(fd, "w"))) {
		cli_error(cli, command, "cannot write %s: %s", path,
			  strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(out->tmp_path);
		}
		free(out->path);
		free(out->tmp_path);
		return -1;
	}
	return 0;
}

int cli_output_close(struct cli_output *out, int success)
{
	int rc = 0;

	if (out->file == stdout) {
		if (fflush(stdout) != 0)
			rc = -1;
		return rc;
	}
	if (fclose(out->file) != 0)
		success = 0, rc = -1;
	if (success && rename(out->tmp_path, out->path) != 0)
		rc = -1;
	if (!success || rc)
		unlink(out->tmp_path);
	free(out->path);
	free(out->tmp_path);
	return rc;
}

double cli_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cli_common_option(struct cli *cli, int opt, const char *arg)
{
	char *end;
	long v;

	switch (opt) {
	case 'S':
		cli->store_spec = arg;
		return 1;
	case 'W':
		v = strtol(arg, &end, 10);
		if (*end || v < 0 || v > 86400) {
			cli_error(cli, NULL,
				  "--lock-wait wants seconds "
				  "(0 to 86400), not '%s'",
				  arg);
			exit(EXIT_USAGE);
		}
		cli->lock_wait = (int)v;
		return 1;
	}
	return 0;
}

char *cli_read_stream(FILE *f, size_t max, size_t *length)
{
	size_t n = 0, cap = 4096, got;
	char *buf = malloc(cap), *grown;

	*length = 0;
	if (!buf)
		return NULL;
	while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (n > max) {
			free(buf);
			errno = EFBIG;
			return NULL;
		}
		if (n + 1 == cap) {
			cap *= 2;
			grown = realloc(buf, cap);
			if (!grown) {
				free(buf);
				return NULL;
			}
			buf = grown;
		}
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*length = n;
	return buf;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int cli_data_path(const char *env, const char *name, char *out, size_t size)
{
	const char *value = env ? getenv(env) : NULL;
	char exe[PATH_MAX];
	ssize_t n;

	if (value && *value) {
		snprintf(out, size, "%s", value);
		return 0;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		char *slash;

		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			/* a build tree, then an installed one */
			if ((size_t)snprintf(out, size, "%s/../%s", exe, name) <
				    size &&
			    is_dir(out))
				return 0;
			if ((size_t)snprintf(out, size, "%s/../share/irkg/%s",
					     exe, name) < size &&
			    is_dir(out))
				return 0;
		}
	}
	snprintf(out, size, "%s/%s", IRKG_DATADIR, name);
	return is_dir(out) ? 0 : -1;
}

int cli_engine_query(const char *path, size_t max, char **text, char *label,
		     size_t size)
{
	const char *slash = strrchr(path, '/');
	int dir = slash ? (int)(slash - path + 1) : 0;
	size_t length;
	FILE *f;

	*text = NULL;
	if ((size_t)snprintf(label, size, "%.*svirtuoso/%s", dir, path,
			     path + dir) >= size)
		return 0; /* no such path can exist */
	f = fopen(label, "r");
	if (!f)
		return errno == ENOENT || errno == ENOTDIR ? 0 : -1;
	*text = cli_read_stream(f, max, &length);
	fclose(f);
	return *text ? 0 : -1;
}

int cli_read_dictionaries(struct cli *cli, const char *command,
			  struct irkg_patterns *patterns,
			  const char *const *paths, size_t n)
{
	struct irkg_dictionary_counts counts;
	char why[512];
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		why[0] = '\0';
		rc = irkg_dictionary_read(patterns, paths[i], &counts, why,
					  sizeof(why));
		if (rc) {
			cli_error(cli, command, "%s",
				  *why ? why : irkg_strerror(rc));
			return rc;
		}
		if (!cli->quiet)
			fprintf(stderr,
				"%s: %s: %zu patterns from the dictionary "
				"(%zu lines make none)\n",
				cli->program, paths[i], counts.patterns,
				counts.skipped);
		if (!cli->quiet && counts.malformed)
			fprintf(stderr,
				"%s: %zu malformed pattern%s skipped, the "
				"first %s\n",
				cli->program, counts.malformed,
				counts.malformed == 1 ? "" : "s",
				counts.first_malformed);
	}
	return IRKG_OK;
}
