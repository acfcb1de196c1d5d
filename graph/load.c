/* Loading RDF files into named graphs of the store, all or nothing.
 *
 * The graphs a load will touch are known before anything is written: a
 * triple file's graph comes from its name or --graph, and N-Quads and TriG
 * files are read once beforehand to list theirs. Then every file is
 * streamed into the store inside one transaction; a syntax error anywhere
 * rolls the transaction back from the store's journal, so the store is
 * left exactly as it was. Nothing is held in memory but the graph list. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"
#include "infer.h"
#include "load.h"
#include "parse.h"

struct input {
	char *path;  /* file to read (a temporary copy for stdin) */
	char *label; /* how messages name it */
	const char *format;
	char *graph; /* default graph */
	char *base;  /* base IRI */
	int is_temporary;
};

struct plan {
	struct input *inputs;
	size_t n_inputs, cap_inputs;
	char **graphs; /* distinct graphs the load touches */
	size_t n_graphs, cap_graphs;
};

static const struct {
	const char *name;
	const char *syntax;
} format_names[] = {
	{"turtle", "turtle"},	   {"ttl", "turtle"},
	{"ntriples", "ntriples"},  {"nt", "ntriples"},
	{"n-triples", "ntriples"}, {"nquads", "nquads"},
	{"nq", "nquads"},	   {"n-quads", "nquads"},
	{"rdfxml", "rdfxml"},	   {"rdf", "rdfxml"},
	{"xml", "rdfxml"},	   {"owl", "rdfxml"},
	{"rdf/xml", "rdfxml"},	   {"trig", "trig"},
};

const char *irkg_load_format_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++)
		if (strcasecmp(name, format_names[i].name) == 0)
			return format_names[i].syntax;
	return NULL;
}

const char *irkg_load_format_for_path(const char *path)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (!dot || (slash && dot < slash) || !dot[1])
		return NULL;
	return irkg_load_format_name(dot + 1);
}

static int is_quad_format(const char *syntax)
{
	return strcmp(syntax, "nquads") == 0 || strcmp(syntax, "trig") == 0;
}

/* The file:// IRI of a file's absolute path (raptor escapes it), as a
 * malloc'd string; NULL when the path does not resolve. */
static char *path_to_file_iri(const char *path)
{
	char *abs = realpath(path, NULL), *iri = NULL;
	unsigned char *escaped;

	if (!abs)
		return NULL;
	escaped = raptor_uri_filename_to_uri_string(abs);
	if (escaped) {
		iri = strdup((const char *)escaped);
		raptor_free_memory(escaped);
	}
	free(abs);
	return iri;
}

static void plan_free(struct plan *plan)
{
	size_t i;

	for (i = 0; i < plan->n_inputs; i++) {
		struct input *in = &plan->inputs[i];

		if (in->is_temporary)
			unlink(in->path);
		free(in->path);
		free(in->label);
		free(in->graph);
		free(in->base);
	}
	free(plan->inputs);
	for (i = 0; i < plan->n_graphs; i++)
		free(plan->graphs[i]);
	free(plan->graphs);
}

static int plan_add_graph(struct plan *plan, const char *iri)
{
	size_t i;

	for (i = 0; i < plan->n_graphs; i++)
		if (strcmp(plan->graphs[i], iri) == 0)
			return IRKG_OK;
	if (plan->n_graphs == plan->cap_graphs) {
		size_t cap = plan->cap_graphs ? plan->cap_graphs * 2 : 8;
		char **grown = realloc(plan->graphs, cap * sizeof(char *));

		if (!grown)
			return IRKG_ENOMEM;
		plan->graphs = grown;
		plan->cap_graphs = cap;
	}
	plan->graphs[plan->n_graphs] = strdup(iri);
	if (!plan->graphs[plan->n_graphs])
		return IRKG_ENOMEM;
	plan->n_graphs++;
	return IRKG_OK;
}

/* Copy standard input to a temporary file so it can be parsed twice. */
static char *spool_stdin(irkg_ctx *ctx)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	char buf[65536];
	size_t n;
	int fd;
	FILE *f;

	if (!dir || !*dir)
		dir = "/tmp";
	size_t size = strlen(dir) + 32;

	path = malloc(size);
	if (!path)
		return NULL;
	snprintf(path, size, "%s/irkg-stdin-XXXXXX", dir);
	fd = mkstemp(path);
	if (fd < 0 || !(f = fdopen(fd, "w"))) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, "-", 0, 0,
			     "cannot spool standard input: %s",
			     strerror(errno));
		if (fd >= 0)
			close(fd);
		free(path);
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
		if (fwrite(buf, 1, n, f) != n)
			break;
	if (ferror(stdin) || fclose(f) != 0) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, "-", 0, 0,
			     "cannot spool standard input");
		unlink(path);
		free(path);
		return NULL;
	}
	return path;
}

static int plan_add_input(struct plan *plan, irkg_ctx *ctx, const char *path,
			  const struct irkg_load_options *options)
{
	struct input in = {0};
	int is_stdin = strcmp(path, "-") == 0;

	in.format =
		options->format
			? options->format
			: (is_stdin ? NULL : irkg_load_format_for_path(path));
	if (!in.format) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, is_stdin ? "-" : path, 0, 0,
			     "cannot tell the RDF syntax from the name; pass "
			     "--format turtle|ntriples|nquads|rdfxml|trig");
		return IRKG_EINVAL;
	}
	if (is_stdin && !options->graph && !is_quad_format(in.format)) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, "-", 0, 0,
			     "standard input has no file name to make a graph "
			     "IRI from; pass --graph IRI");
		return IRKG_EINVAL;
	}
	in.label = strdup(is_stdin ? "-" : path);
	in.path = is_stdin ? spool_stdin(ctx) : strdup(path);
	in.is_temporary = is_stdin;
	if (!in.label || !in.path)
		goto fail;
	if (!is_stdin && access(path, R_OK) != 0) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, path, 0, 0, "cannot read: %s",
			     strerror(errno));
		free(in.label);
		free(in.path);
		return IRKG_EIO;
	}
	in.base = is_stdin ? strdup("urn:irkg:stdin") : path_to_file_iri(path);
	if (options->graph)
		in.graph = strdup(options->graph);
	else if (is_stdin)
		in.graph = strdup("urn:irkg:stdin");
	else
		in.graph = path_to_file_iri(path);
	if (!in.base || !in.graph)
		goto fail;
	if (plan->n_inputs == plan->cap_inputs) {
		size_t cap = plan->cap_inputs ? plan->cap_inputs * 2 : 8;
		struct input *grown = realloc(plan->inputs, cap * sizeof(in));

		if (!grown)
			goto fail;
		plan->inputs = grown;
		plan->cap_inputs = cap;
	}
	plan->inputs[plan->n_inputs++] = in;
	return IRKG_OK;
fail:
	if (in.is_temporary && in.path)
		unlink(in.path);
	free(in.label);
	free(in.path);
	free(in.base);
	free(in.graph);
	return IRKG_ENOMEM;
}

struct directory_walk {
	struct plan *plan;
	irkg_ctx *ctx;
	const struct irkg_load_options *options;
};

/* A file under a directory being loaded: taken if its syntax is known. */
static int plan_add_found_file(void *data, const char *path)
{
	struct directory_walk *w = data;

	if (!w->options->format && !irkg_load_format_for_path(path))
		return IRKG_OK;
	return plan_add_input(w->plan, w->ctx, path, w->options);
}

/* Parse one input, handing each statement to `use`. */
static int parse_input(irkg_store *store, struct input *in, irkg_parse_fn use,
		       void *data)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	FILE *f = fopen(in->path, "rb");
	int rc;

	if (!f) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, in->label, 0, 0,
			     "cannot read: %s", strerror(errno));
		return IRKG_EIO;
	}
	rc = irkg_parse_file(ctx, f, in->label, in->format, in->base, use,
			     data);
	fclose(f);
	return rc;
}

/* First pass: read everything, note the graphs. */
struct survey_state {
	struct plan *plan;
	size_t last; /* index of the last quad's graph in plan->graphs */
};

static int survey_statement(void *data, raptor_statement *st)
{
	struct survey_state *s = data;
	const char *iri;
	int rc;

	if (!st->graph || st->graph->type != RAPTOR_TERM_TYPE_URI)
		return IRKG_OK; /* the input's own graph, already planned */
	iri = (const char *)raptor_uri_as_string(st->graph->value.uri);
	/* quads usually come grouped by graph: skip the search */
	if (s->last < s->plan->n_graphs &&
	    strcmp(s->plan->graphs[s->last], iri) == 0)
		return IRKG_OK;
	rc = plan_add_graph(s->plan, iri);
	for (s->last = 0; !rc && s->last < s->plan->n_graphs; s->last++)
		if (strcmp(s->plan->graphs[s->last], iri) == 0)
			break;
	return rc;
}

/* Second pass: statements of a quad file that carry no graph go to the
 * file's graph, like every statement of a triple file. */
struct write_state {
	librdf_model *model;
	librdf_node *fallback;
	long added;
	const struct irkg_load_options *options;
	const char *label;
};

#define PROGRESS_EVERY 65536

static int write_statement(void *data, raptor_statement *st)
{
	struct write_state *w = data;
	librdf_node *g = st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI
				 ? st->graph
				 : w->fallback;

	/* Redland's hashes storage keeps every copy of a triple it is
	 * given. Asking librdf first (contains_statement, then a search of
	 * the graph) slowed a 200k-triple load from 1.5 s to minutes and
	 * made librdf re-register its modules, so a triple given twice is
	 * stored twice; loads replace whole graphs, which bounds it. */
	if (librdf_model_context_add_statement(w->model, g, st))
		return IRKG_ESTORE;
	w->added++;
	if (w->options->progress && w->added % PROGRESS_EVERY == 0)
		w->options->progress(w->options->progress_user_data, w->label,
				     w->added);
	return IRKG_OK;
}

/* The inferred graphs of the graphs planned, that are not inferred graphs
 * themselves, join the plan. */
static int plan_add_inferred(struct plan *plan)
{
	size_t n = plan->n_graphs, i;
	int rc = IRKG_OK;

	for (i = 0; i < n && !rc; i++) {
		char *name = NULL;

		if (irkg_infer_is_inferred(plan->graphs[i]))
			continue;
		rc = irkg_infer_graph_name(plan->graphs[i], &name);
		if (!rc)
			rc = plan_add_graph(plan, name);
		free(name);
	}
	return rc;
}

/* Infer from graphs[0..n) of the plan, after they are written: the axioms
 * are read then, so that a load of the ontology itself counts. */
static int infer_loaded(irkg_store *store, struct plan *plan, size_t n,
			long *inferred)
{
	irkg_infer *in = NULL;
	size_t i;
	long k;
	int rc = irkg_infer_new(&in, store);

	for (i = 0; i < n && !rc; i++) {
		if (irkg_infer_is_inferred(plan->graphs[i]))
			continue;
		rc = irkg_infer_graph(in, plan->graphs[i], &k);
		*inferred += k;
	}
	irkg_infer_free(in);
	return rc;
}

int irkg_load_files(irkg_store *store, const char *const *paths, size_t n_paths,
		    const struct irkg_load_options *options,
		    struct irkg_load_result *result)
{
	irkg_ctx *ctx = irkg_store_ctx(store);
	librdf_world *world = irkg_ctx_world(ctx);
	struct plan plan = {0};
	struct directory_walk walk = {&plan, ctx, options};
	struct write_state w = {irkg_store_model(store), NULL, 0, options,
				NULL};
	size_t i, n_loaded = 0;
	int rc = IRKG_OK;

	memset(result, 0, sizeof(*result));
	for (i = 0; i < n_paths && !rc; i++) {
		struct stat st;

		if (strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0 &&
		    S_ISDIR(st.st_mode))
			rc = irkg_files_walk(ctx, paths[i], plan_add_found_file,
					     &walk);
		else
			rc = plan_add_input(&plan, ctx, paths[i], options);
	}
	if (!rc && plan.n_inputs == 0) {
		irkg_ctx_log(ctx, IRKG_LOG_ERROR, NULL, 0, 0,
			     "no RDF files to load");
		rc = IRKG_ENOTFOUND;
	}
	for (i = 0; i < plan.n_inputs && !rc; i++) {
		struct survey_state survey = {&plan, (size_t)-1};

		/* an empty file still names its graph: loading it empties it */
		rc = plan_add_graph(&plan, plan.inputs[i].graph);
		/* Only quads name graphs in the data; a triple file is read
		 * once, inside the transaction, which a syntax error rolls
		 * back (reading it twice cost a tenth of the load time). */
		if (!rc && is_quad_format(plan.inputs[i].format))
			rc = parse_input(store, &plan.inputs[i],
					 survey_statement, &survey);
	}
	n_loaded = plan.n_graphs;
	if (!rc && options->infer)
		rc = plan_add_inferred(&plan);
	if (rc)
		goto cleanup;
	if (!options->in_transaction)
		rc = irkg_store_begin(store, (const char *const *)plan.graphs,
				      plan.n_graphs);
	if (rc)
		goto cleanup;
	for (i = 0; i < n_loaded && !options->append && !rc; i++)
		rc = irkg_store_clear_graph(store, plan.graphs[i]);
	for (i = 0; i < plan.n_inputs && !rc; i++) {
		w.label = plan.inputs[i].label;
		w.fallback = librdf_new_node_from_uri_string(
			world, (const unsigned char *)plan.inputs[i].graph);
		rc = w.fallback ? parse_input(store, &plan.inputs[i],
					      write_statement, &w)
				: IRKG_ENOMEM;
		if (w.fallback)
			librdf_free_node(w.fallback);
	}
	if (!rc && options->infer)
		rc = infer_loaded(store, &plan, n_loaded, &result->inferred);
	if (options->in_transaction)
		; /* the caller's to end */
	else if (!rc)
		rc = irkg_store_commit(store);
	else
		irkg_store_rollback(store);
	if (!rc) {
		result->triples = w.added;
		result->files = plan.n_inputs;
		result->graphs = n_loaded;
	}
cleanup:
	plan_free(&plan);
	return rc;
}
