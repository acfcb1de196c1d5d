/* Pictures of state networks (see render.h): a DOT graph styled and
 * filtered for reading, laid out and drawn by Graphviz in a child
 * process. */
#define _GNU_SOURCE /* pipe2 */
#include "render.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* Every edge is drawn up to this many, and at least MIN_BUDGET; beyond,
 * each node's strongest edges only (MAX_PER_NODE of them, fewer when
 * that is still too many). */
#define BUDGET_PER_NODE 2.5
#define MIN_BUDGET 40
#define MAX_BUDGET 300
#define MAX_PER_NODE 3
/* Graphviz routes splines around the nodes in time that grows fast with
 * the edges (127 edges: 2 s, 544: 100 s); above this many it draws curves
 * that may cross a node instead. */
#define ROUTED_EDGES 160
/* The largest picture, in inches: a bigger layout is scaled down. */
#define MAX_INCHES 24
#define PNG_DPI 96
#define GRAPHVIZ_SECONDS 60

static const struct {
	const char *color; /* with an alpha, so that crossings show */
	const char *legend_color;
	const char *style;
} kind_looks[IRKG_EDGE_KINDS] = {
	{"#2e7d32d0", "#2e7d32", "solid"},  /* alliance: green */
	{"#c62828c0", "#c62828", "solid"},  /* dispute: red */
	{"#1565c0d0", "#1565c0", "dashed"}, /* agreement: blue */
	{"#9e9e9ea0", "#9e9e9e", "solid"},  /* cooperation: grey */
	{"#ef6c00c0", "#ef6c00", "solid"},  /* conflict: orange */
};

static void say(char *why, size_t why_size, const char *format, ...)
	__attribute__((format(printf, 3, 4)));

static void say(char *why, size_t why_size, const char *format, ...)
{
	va_list ap;

	if (!why || why_size == 0)
		return;
	va_start(ap, format);
	vsnprintf(why, why_size, format, ap);
	va_end(ap);
}

/* ---- the DOT ---- */

/* Text inside a DOT double-quoted string: quotes and backslashes escaped,
 * control characters as spaces. */
static void put_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fputc('\\', out);
		fputc(c < 0x20 ? ' ' : c, out);
	}
}

/* Which edges to draw: all when they fit the budget, else each node's
 * strongest, as many per node as fit. *per_node is 0 when all are drawn. */
static int choose_edges(const irkg_network *net, unsigned char *keep,
			size_t *kept, size_t *per_node)
{
	size_t n_edges = irkg_network_edge_count(net), i;
	double budget = BUDGET_PER_NODE * (double)irkg_network_node_count(net);
	int rc;

	budget = budget < MIN_BUDGET   ? MIN_BUDGET
		 : budget > MAX_BUDGET ? MAX_BUDGET
				       : budget;
	*per_node = 0;
	*kept = n_edges;
	if ((double)n_edges <= budget) {
		for (i = 0; i < n_edges; i++)
			keep[i] = 1;
		return IRKG_OK;
	}
	for (*per_node = MAX_PER_NODE;; (*per_node)--) {
		rc = irkg_network_strongest(net, *per_node, keep, kept);
		if (rc || *per_node == 1 || (double)*kept <= budget)
			return rc;
	}
}

/* The caption and the legend, as the graph's label (an HTML-like table:
 * the layout engines that avoid overlaps know no clusters). */
static void write_legend(FILE *out, size_t n_nodes, int igos, size_t drawn,
			 size_t n_edges, size_t per_node)
{
	int k;

	fputs("\tlabel=<<table border=\"0\" cellspacing=\"4\" "
	      "cellpadding=\"0\">\n"
	      "\t\t<tr><td align=\"left\"><b>",
	      out);
	if (n_edges)
		fprintf(out, "%zu %s; ", n_nodes,
			igos ? "states and organisations" : "states");
	if (!n_edges)
		fputs("No edges under these filters</b></td></tr>\n", out);
	else if (per_node == 1)
		fprintf(out,
			"%zu of %zu edges shown</b> (the strongest of "
			"each)</td></tr>\n",
			drawn, n_edges);
	else if (per_node)
		fprintf(out,
			"%zu of %zu edges shown</b> (the %zu strongest of "
			"each)</td></tr>\n",
			drawn, n_edges, per_node);
	else
		fprintf(out, "all %zu edges shown</b></td></tr>\n", n_edges);
	/* One row of swatches: a column of them would be stretched apart
	 * to the caption's width. */
	fputs("\t\t<tr><td align=\"left\"><table border=\"0\" "
	      "cellspacing=\"0\" cellpadding=\"0\"><tr>\n",
	      out);
	for (k = 0; k < IRKG_EDGE_KINDS; k++)
		fprintf(out,
			"\t\t\t<td bgcolor=\"%s\" width=\"30\" "
			"height=\"%d\" fixedsize=\"true\"></td><td "
			"align=\"left\"> %s%s   </td>\n",
			kind_looks[k].legend_color,
			k == IRKG_EDGE_AGREEMENT ? 2 : 4,
			irkg_edge_kind_name((enum irkg_edge_kind)k),
			k == IRKG_EDGE_AGREEMENT ? " (dashed)" : "");
	fputs("\t\t</tr></table></td></tr>\n"
	      "\t\t<tr><td align=\"left\">line width: weight, against the "
	      "heaviest edge of its kind; node size: number of "
	      "edges</td></tr>\n"
	      "\t</table>>;\n",
	      out);
}

static int write_dot(const irkg_network *net, const unsigned char *keep,
		     size_t drawn, size_t per_node, int png, FILE *out)
{
	size_t n_nodes = irkg_network_node_count(net);
	size_t n_edges = irkg_network_edge_count(net), i;
	long heaviest[IRKG_EDGE_KINDS] = {0};
	size_t *degree = calloc(n_nodes + 1, sizeof(*degree)), most = 1;
	int igos = 0;

	if (!degree)
		return IRKG_ENOMEM;
	/* Sizes from every edge of the network, drawn or not: a node's
	 * weight in the picture should not depend on the filter. */
	for (i = 0; i < n_edges; i++) {
		struct irkg_network_edge e;

		irkg_network_edge_at(net, i, &e);
		degree[e.a]++;
		degree[e.b]++;
		if (e.weight > heaviest[e.kind])
			heaviest[e.kind] = e.weight;
	}
	for (i = 0; i < n_nodes; i++)
		if (degree[i] > most)
			most = degree[i];
	fprintf(out,
		"graph irkg {\n"
		"\tgraph [layout=sfdp, K=1, overlap=prism, sep=\"+8\", "
		"splines=%s, outputorder=edgesfirst, pad=0.3, "
		"size=\"%d,%d\", dpi=%d, bgcolor=white, fontname=Helvetica, "
		"fontsize=12, labelloc=b, labeljust=l];\n"
		"\tnode [shape=ellipse, style=filled, fillcolor=\"#f5f5f5\", "
		"color=\"#616161\", fontname=Helvetica, "
		"margin=\"0.05,0.02\"];\n"
		"\tedge [fontname=Helvetica];\n",
		drawn <= ROUTED_EDGES ? "true" : "curved", MAX_INCHES,
		MAX_INCHES, png ? PNG_DPI : 72);
	for (i = 0; i < n_nodes; i++) {
		struct irkg_network_node n;
		/* 10 to 18 points, by the square root: area grows with the
		 * number of edges */
		double points =
			10.0 + 8.0 * sqrt((double)degree[i] / (double)most);

		irkg_network_node_at(net, i, &n);
		igos |= !n.is_state;
		fputs("\t\"", out);
		put_text(out, n.id);
		fputs("\" [label=\"", out);
		put_text(out, n.label);
		if (strcmp(n.label, n.id) != 0) {
			fputs("\\n", out);
			put_text(out, n.id);
		}
		fprintf(out, "\", fontsize=%.1f, id=\"node_", points);
		put_text(out, n.id);
		fprintf(out, "\", class=\"%s\", tooltip=\"",
			n.is_state ? "state" : "organisation");
		put_text(out, n.label);
		if (n.region) {
			fputs(", ", out);
			put_text(out, n.region);
		}
		fprintf(out, ": %zu edge%s\"%s];\n", degree[i],
			degree[i] == 1 ? "" : "s",
			n.is_state ? ""
				   : ", shape=box, style=\"rounded,filled\", "
				     "fillcolor=\"#e3f2fd\"");
	}
	for (i = 0; i < n_edges; i++) {
		struct irkg_network_edge e;
		struct irkg_network_node a, b;
		const char *kind;
		double width;

		if (!keep[i])
			continue;
		irkg_network_edge_at(net, i, &e);
		irkg_network_node_at(net, e.a, &a);
		irkg_network_node_at(net, e.b, &b);
		kind = irkg_edge_kind_name(e.kind);
		width = 1.0 +
			4.0 * sqrt((double)e.weight / (double)heaviest[e.kind]);
		fputs("\t\"", out);
		put_text(out, a.id);
		fputs("\" -- \"", out);
		put_text(out, b.id);
		fprintf(out,
			"\" [color=\"%s\", style=%s, penwidth=%.2f, "
			"class=\"%s\", id=\"edge_",
			kind_looks[e.kind].color, kind_looks[e.kind].style,
			width, kind);
		put_text(out, a.id);
		fputc('_', out); /* Graphviz would write '-' as &#45; */
		put_text(out, b.id);
		fprintf(out, "_%s\", tooltip=\"", kind);
		put_text(out, a.label);
		fputs(" and ", out);
		put_text(out, b.label);
		fprintf(out, ": %s, %ld %s%s", kind, e.weight,
			e.kind == IRKG_EDGE_COOPERATION ||
					e.kind == IRKG_EDGE_CONFLICT
				? "event"
				: "relation",
			e.weight == 1 ? "" : "s");
		if (e.start || e.end) {
			fputs(", ", out);
			put_text(out, e.start ? e.start : "?");
			fputs(" to ", out);
			put_text(out, e.end ? e.end : "?");
		}
		fputs("\"];\n", out);
	}
	write_legend(out, n_nodes, igos, drawn, n_edges, per_node);
	fputs("}\n", out);
	free(degree);
	return IRKG_OK;
}

/* ---- running Graphviz ---- */

/* Milliseconds since an arbitrary start. */
static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

struct child {
	pid_t pid;
	int in, out, err; /* our ends; -1 once closed */
};

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* Start `dot -T<format>` with pipes on its standard input, output and
 * error. 0, or an errno value. */
static int start_dot(struct child *c, const char *format)
{
	int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
	char type[16];
	char *argv[] = {"dot", type, NULL};
	posix_spawn_file_actions_t actions;
	int rc;

	snprintf(type, sizeof(type), "-T%s", format);
	/* close-on-exec, so that no other child (another thread's) keeps a
	 * pipe open */
	if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) ||
	    pipe2(err, O_CLOEXEC)) {
		rc = errno;
		goto fail;
	}
	rc = posix_spawn_file_actions_init(&actions);
	if (rc)
		goto fail;
	rc = posix_spawn_file_actions_adddup2(&actions, in[0], 0);
	if (!rc)
		rc = posix_spawn_file_actions_adddup2(&actions, out[1], 1);
	if (!rc)
		rc = posix_spawn_file_actions_adddup2(&actions, err[1], 2);
	if (!rc)
		rc = posix_spawnp(&c->pid, "dot", &actions, NULL, argv,
				  environ);
	posix_spawn_file_actions_destroy(&actions);
	if (rc)
		goto fail;
	close(in[0]);
	close(out[1]);
	close(err[1]);
	c->in = in[1];
	c->out = out[0];
	c->err = err[0];
	/* dot may stop reading (a syntax error): never block on it */
	if (fcntl(c->in, F_SETFL, O_NONBLOCK) < 0)
		return errno; /* the caller stops the child */
	return 0;
fail:
	close_fd(&in[0]);
	close_fd(&in[1]);
	close_fd(&out[0]);
	close_fd(&out[1]);
	close_fd(&err[0]);
	close_fd(&err[1]);
	c->pid = -1;
	return rc;
}

/* Feed `text` to the child, copy what it prints to `out`, keep the start
 * of its error output in `err_text`. 0, or IRKG_EIO with `why` set. */
static int talk_to_dot(struct child *c, const char *text, size_t length,
		       FILE *out, char *err_text, size_t err_size, char *why,
		       size_t why_size)
{
	long long deadline = now_ms() + GRAPHVIZ_SECONDS * 1000LL;
	size_t sent = 0, err_length = 0;
	char buf[16384];

	while (c->out >= 0 || c->err >= 0) {
		struct pollfd fds[3];
		nfds_t n = 0;
		long long left = deadline - now_ms();
		ssize_t got;
		nfds_t i;

		if (left <= 0) {
			say(why, why_size,
			    "Graphviz took over %d s to draw the network",
			    GRAPHVIZ_SECONDS);
			return IRKG_EIO;
		}
		if (c->in >= 0)
			fds[n++] = (struct pollfd){c->in, POLLOUT, 0};
		if (c->out >= 0)
			fds[n++] = (struct pollfd){c->out, POLLIN, 0};
		if (c->err >= 0)
			fds[n++] = (struct pollfd){c->err, POLLIN, 0};
		if (poll(fds, n, (int)(left > 1000 ? 1000 : left)) < 0) {
			if (errno == EINTR)
				continue;
			say(why, why_size, "waiting for Graphviz: %s",
			    strerror(errno));
			return IRKG_EIO;
		}
		for (i = 0; i < n; i++) {
			if (!fds[i].revents)
				continue;
			if (fds[i].fd == c->in) {
				got = write(c->in, text + sent, length - sent);
				if (got > 0)
					sent += (size_t)got;
				else if (errno != EAGAIN && errno != EINTR)
					sent = length; /* its status tells */
				if (sent == length)
					close_fd(&c->in);
				continue;
			}
			got = read(fds[i].fd, buf, sizeof(buf));
			if (got < 0 && (errno == EAGAIN || errno == EINTR))
				continue;
			if (got <= 0) {
				close_fd(fds[i].fd == c->out ? &c->out
							     : &c->err);
			} else if (fds[i].fd == c->out) {
				if (fwrite(buf, 1, (size_t)got, out) !=
				    (size_t)got) {
					say(why, why_size,
					    "cannot write the picture");
					return IRKG_EIO;
				}
			} else if (err_length + 1 < err_size) {
				size_t take = (size_t)got;

				if (take > err_size - 1 - err_length)
					take = err_size - 1 - err_length;
				memcpy(err_text + err_length, buf, take);
				err_length += take;
				err_text[err_length] = '\0';
			}
		}
	}
	return IRKG_OK;
}

/* Wait for the child; kill it first when `stop`. Its exit status, or -1
 * when it did not exit by itself. */
static int reap(struct child *c, int stop)
{
	int status;

	close_fd(&c->in);
	close_fd(&c->out);
	close_fd(&c->err);
	if (c->pid <= 0)
		return -1;
	if (stop)
		kill(c->pid, SIGKILL);
	while (waitpid(c->pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	c->pid = -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The first line of Graphviz's complaint, for `why`. */
static const char *first_line(char *text)
{
	text[strcspn(text, "\n")] = '\0';
	return text;
}

/* Lay out `dot` with Graphviz into `out`. */
static int run_graphviz(const char *dot, size_t length, const char *format,
			FILE *out, char *why, size_t why_size)
{
	struct child c = {-1, -1, -1, -1};
	char err_text[512] = "";
	sigset_t pipe_signal, old_mask, pending;
	int rc, status, held_before;

	/* A write to a dot that has stopped reading must not kill us:
	 * hold SIGPIPE back in this thread, and drop one raised here. */
	sigemptyset(&pipe_signal);
	sigaddset(&pipe_signal, SIGPIPE);
	sigpending(&pending);
	held_before = sigismember(&pending, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_signal, &old_mask);

	if (fflush(out) != 0) {
		say(why, why_size, "cannot write the picture: %s",
		    strerror(errno));
		rc = IRKG_EIO;
		goto done;
	}
	rc = start_dot(&c, format);
	if (rc == ENOENT) {
		say(why, why_size,
		    "drawing the network needs Graphviz's dot: install the "
		    "Debian package graphviz (apt-get install graphviz)");
		rc = IRKG_EUNSUPPORTED;
		goto done;
	}
	if (rc) {
		say(why, why_size, "cannot start Graphviz's dot: %s",
		    strerror(rc));
		reap(&c, 1);
		rc = IRKG_EIO;
		goto done;
	}
	rc = talk_to_dot(&c, dot, length, out, err_text, sizeof(err_text), why,
			 why_size);
	status = reap(&c, rc != IRKG_OK);
	if (!rc && status != 0) {
		say(why, why_size, "Graphviz's dot -T%s failed (exit %d)%s%s",
		    format, status, err_text[0] ? ": " : "",
		    first_line(err_text));
		rc = IRKG_EIO;
	}
	if (!rc && fflush(out) != 0) {
		say(why, why_size, "cannot write the picture: %s",
		    strerror(errno));
		rc = IRKG_EIO;
	}
done:
	sigpending(&pending);
	if (!held_before && sigismember(&pending, SIGPIPE)) {
		struct timespec zero = {0, 0};

		sigtimedwait(&pipe_signal, NULL, &zero);
	}
	pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
	return rc;
}

int cli_network_render(const irkg_network *net, const char *format, FILE *out,
		       char *why, size_t why_size)
{
	size_t n_edges = irkg_network_edge_count(net), drawn, per_node;
	unsigned char *keep = NULL;
	char *dot = NULL;
	size_t length = 0;
	FILE *mem = NULL;
	int rc, png;

	if (!format ||
	    (strcmp(format, "svg") != 0 && strcmp(format, "png") != 0)) {
		say(why, why_size, "a picture is svg or png, not '%s'",
		    format ? format : "(none)");
		return IRKG_EINVAL;
	}
	png = strcmp(format, "png") == 0;
	keep = malloc(n_edges + 1);
	mem = keep ? open_memstream(&dot, &length) : NULL;
	if (!mem) {
		rc = IRKG_ENOMEM;
		goto cleanup;
	}
	rc = choose_edges(net, keep, &drawn, &per_node);
	if (!rc)
		rc = write_dot(net, keep, drawn, per_node, png, mem);
	if (fclose(mem) != 0 && !rc)
		rc = IRKG_ENOMEM;
	mem = NULL;
	if (rc)
		goto cleanup;
	rc = run_graphviz(dot, length, format, out, why, why_size);
cleanup:
	if (rc == IRKG_ENOMEM)
		say(why, why_size, "out of memory drawing the network");
	free(keep);
	free(dot);
	return rc;
}
