/* irkg extract: articles to triples (or a table of mentions) on stdout,
 * without a store. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../extract/article.h"
#include "../extract/event.h"
#include "../graph/document.h"
#include "../graph/export.h"
#include "../graph/files.h"
#include "../graph/infer.h"
#include "../graph/ingest.h"
#include "../graph/kb.h"
#include "../graph/load.h"
#include "cli.h"

/* An article file larger than this is refused, not read. */
#define MAX_ARTICLE_BYTES ((size_t)64 * 1024 * 1024)

struct extract {
	struct cli *cli;
	const char *format; /* an export format, or "mentions" */
	irkg_gazetteer *gazetteer;
	irkg_patterns *patterns;
	irkg_cameo *cameo;
	irkg_store *store;   /* memory, for RDF output */
	const char *out_dir; /* --out-dir: one N-Quads file per article */
	irkg_infer *infer;   /* with --out-dir: the ontology's axioms */
	FILE *out;
	size_t files, articles, bad_files;
	int failed;  /* an error that is not the input's fault */
	int explain; /* --explain: say why, on stderr */
	const char *dictionaries[CLI_MAX_DICTIONARIES]; /* --dictionary */
	size_t n_dictionaries;
};

static const char *kind_name(enum irkg_entity_kind kind)
{
	static const char *const names[] = {"state",  "organisation", "body",
					    "person", "place",	      "role",
					    "issue"};

	return (size_t)kind < sizeof(names) / sizeof(names[0]) ? names[kind]
							       : "?";
}

/* One TSV field: tabs and newlines would break the row. */
static void put_field(FILE *out, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i],
		      out);
}

static void print_mentions(struct extract *x, const struct irkg_document *doc,
			   const char *iri)
{
	const struct irkg_mention *list;
	const struct irkg_token *tokens;
	const size_t *members = irkg_mentions_members(doc->mentions);
	const char *body = doc->article->body;
	size_t n, n_tokens, i, k;
	char ref[512];

	list = irkg_mentions_list(doc->mentions, &n);
	tokens = irkg_text_tokens(doc->text, &n_tokens);
	irkg_text_sentences(doc->text, &k);
	fprintf(x->out, "%s\t%zu\t0\t%zu\tarticle\t\t%s\t\t\t", iri, k,
		doc->article->body_length, doc->article->date);
	if (doc->article->title)
		put_field(x->out, doc->article->title,
			  strlen(doc->article->title));
	fputc('\n', x->out);
	for (i = 0; i < n; i++) {
		const struct irkg_mention *m = &list[i], *r;
		size_t start = tokens[m->first_token].start;
		size_t end = tokens[m->first_token + m->n_tokens - 1].end;

		fprintf(x->out, "%s\t%zu\t%zu\t%zu\t%s\t%s\t", iri,
			m->sentence + 1, start, end, kind_name(m->kind),
			irkg_mention_how_name(m->how));
		if (m->how == IRKG_MENTION_GROUP) {
			for (k = 0; k < m->n_members; k++) {
				r = &list[members[m->first_member + k]];
				fprintf(x->out, "%s%s", k ? "," : "",
					r->code ? r->code : "");
			}
			fputc('\t', x->out);
			for (k = 0; k < m->n_members; k++) {
				r = &list[members[m->first_member + k]];
				irkg_document_referent(doc, r, ref,
						       sizeof(ref));
				fprintf(x->out, "%s%s", k ? " " : "", ref);
			}
			fputs("\t\t", x->out);
		} else {
			r = irkg_mentions_resolve(doc->mentions, i);
			irkg_document_referent(doc, r, ref, sizeof(ref));
			fprintf(x->out, "%s\t%s\t%s\t", r->code ? r->code : "",
				ref,
				r->kind == IRKG_ENTITY_PERSON && r->entry &&
						r->entry->post && !r->former &&
						irkg_gazetteer_entry_valid_on(
							r->entry,
							doc->article->date)
					? r->entry->post
					: "");
		}
		put_field(x->out, body + start, end - start);
		fputc('\n', x->out);
	}
	for (i = 0; i < doc->n_dates; i++) {
		const struct irkg_dated *d = &doc->dates[i];
		size_t start = tokens[d->mention.first_token].start;
		size_t end =
			tokens[d->mention.first_token + d->mention.n_tokens - 1]
				.end;
		char value[16];

		irkg_date_format(&d->mention.date, d->mention.precision, value,
				 sizeof(value));
		fprintf(x->out, "%s\t%zu\t%zu\t%zu\tdate\tdate\t\t%s\t\t", iri,
			d->sentence + 1, start, end, value);
		put_field(x->out, body + start, end - start);
		fputc('\n', x->out);
	}
}

/* The last path segment of an IRI ("issue/yasukuni-shrine" ->
 * "yasukuni-shrine"). */
static const char *slug_of(const char *iri)
{
	const char *slash = strrchr(iri, '/');

	return slash ? slash + 1 : iri;
}

/* One row per dyad, in the columns of tests/gold (docs/gold-format.md). */
static void print_events(struct extract *x, const struct irkg_document *doc,
			 const irkg_facts *facts)
{
	const struct irkg_fact *list;
	const struct irkg_mention *m;
	const struct irkg_token *tokens;
	size_t n, n_mentions, n_tokens, i, k, nd;
	struct irkg_dyad dyads[256];

	list = irkg_facts_list(facts, &n);
	m = irkg_mentions_list(doc->mentions, &n_mentions);
	tokens = irkg_text_tokens(doc->text, &n_tokens);
	for (i = 0; i < n; i++) {
		const struct irkg_fact *f = &list[i];
		char date[16], relation[32] = "";
		size_t start = tokens[f->first_token].start;
		size_t end = tokens[f->end_token - 1].end;

		/* a relation holds over time: its rows carry no date, but a
		 * trend's does (when relations turned) */
		irkg_date_format(&f->date,
				 f->kind == IRKG_FACT_EVENT ||
						 !strncmp(f->code, "trend.", 6)
					 ? f->date_precision
					 : IRKG_DATE_NONE,
				 date, sizeof(date));
		if (f->kind == IRKG_FACT_RELATION) {
			size_t len = strcspn(f->code, ".");

			snprintf(relation, sizeof(relation), "%.*s", (int)len,
				 f->code);
		}
		nd = irkg_fact_dyads(facts, f, m, dyads, 256);
		for (k = 0; k < nd && k < 256; k++) {
			fprintf(x->out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t",
				f->kind == IRKG_FACT_EVENT ? "event"
							   : "relation",
				date, m[dyads[k].source].code,
				m[dyads[k].target].code,
				f->kind == IRKG_FACT_EVENT ? f->code : "",
				relation,
				f->issue != IRKG_MENTION_NONE &&
						m[f->issue].entry
					? slug_of(m[f->issue].entry->id)
					: "");
			fprintf(x->out, "%s%s%s%s (%s:%u): ",
				f->kind == IRKG_FACT_RELATION ? f->code : "",
				f->kind == IRKG_FACT_RELATION ? " " : "",
				f->planned ? "planned " : "",
				f->cue ? f->cue : "",
				strrchr(f->pattern->file, '/')
					? strrchr(f->pattern->file, '/') + 1
					: f->pattern->file,
				f->pattern->line);
			put_field(x->out, doc->article->body + start,
				  end - start);
			fputc('\n', x->out);
		}
	}
}

/* irkg extract --explain: what the event engine says goes to stderr. */
static void explain_to_file(void *data, const char *text, size_t length)
{
	fwrite(text, 1, length, data);
}

/* --out-dir: the article's graph and its inferred graph, as ingest would
 * store them, in DIR/HASH.nq (HASH: the article IRI's, a hash of its text),
 * written aside and renamed into place, so that a file is whole or absent
 * and extracting again writes the same file. The graphs are then removed
 * from the memory store. */
static int write_article_file(struct extract *x,
			      const struct irkg_document *doc,
			      const irkg_facts *facts, const char *iri)
{
	char *inferred = NULL, path[PATH_MAX], tmp[PATH_MAX + 8];
	const char *graphs[2], *hash = strrchr(iri, '/');
	FILE *f = NULL;
	int rc = irkg_infer_graph_name(iri, &inferred);

	if (rc)
		return rc;
	graphs[0] = iri;
	graphs[1] = inferred;
	snprintf(path, sizeof(path), "%s/%s.nq", x->out_dir,
		 hash ? hash + 1 : iri);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	rc = irkg_store_begin(x->store, graphs, 2);
	if (!rc) {
		rc = irkg_document_add(x->cli->ctx, irkg_store_model(x->store),
				       doc, facts, x->cameo, iri, NULL);
		if (!rc)
			rc = irkg_infer_graph(x->infer, iri, NULL);
		rc = rc ? (irkg_store_rollback(x->store), rc)
			: irkg_store_commit(x->store);
	}
	if (!rc && !(f = fopen(tmp, "w"))) {
		cli_error(x->cli, "extract", "%s: cannot write: %s", tmp,
			  strerror(errno));
		x->failed = 1;
		rc = IRKG_EIO;
	}
	if (!rc)
		rc = irkg_store_write_nquads(x->store, iri, f);
	if (!rc)
		rc = irkg_store_write_nquads(x->store, inferred, f);
	if (f && fclose(f) != 0 && !rc)
		rc = IRKG_EIO;
	if (!rc && rename(tmp, path) != 0)
		rc = IRKG_EIO;
	if (rc && f)
		unlink(tmp);
	/* the next article starts from an empty store */
	if (!irkg_store_begin(x->store, graphs, 2)) {
		int clear = irkg_store_clear_graph(x->store, iri);

		if (!clear)
			clear = irkg_store_clear_graph(x->store, inferred);
		clear = clear ? (irkg_store_rollback(x->store), clear)
			      : irkg_store_commit(x->store);
		if (!rc)
			rc = clear;
	}
	free(inferred);
	return rc;
}

/* --out-dir: the ontology's axioms for inference, from irkg.ttl in the
 * knowledge base, in the memory store's ontology graph. */
static int prepare_out_dir(struct extract *x, const char *kb)
{
	char dir[PATH_MAX], file[PATH_MAX + 16];
	const char *paths[1] = {file};
	struct irkg_load_options options = {0};
	struct irkg_load_result result;
	int rc;

	if (!kb) {
		if (cli_data_path("IRKG_ONTOLOGY", "ontology", dir,
				  sizeof(dir)))
			return IRKG_ENOTFOUND;
		kb = dir;
	}
	if (mkdir(x->out_dir, 0755) != 0 && errno != EEXIST) {
		cli_error(x->cli, "extract", "%s: cannot make it: %s",
			  x->out_dir, strerror(errno));
		return IRKG_EIO;
	}
	snprintf(file, sizeof(file), "%s/irkg.ttl", kb);
	options.graph = IRKG_ONTOLOGY_GRAPH;
	rc = irkg_load_files(x->store, paths, 1, &options, &result);
	if (!rc)
		rc = irkg_infer_new(&x->infer, x->store);
	return rc;
}

static int extract_article(struct extract *x, const char *name,
			   const struct irkg_article *a)
{
	const struct irkg_explain explain = {explain_to_file, stderr};
	struct irkg_document doc;
	char iri[IRKG_DOCUMENT_IRI_SIZE];
	int rc = irkg_document_analyse(
		x->gazetteer, irkg_patterns_lexicon(x->patterns), a, &doc);

	if (rc)
		return rc;
	rc = irkg_document_iri(x->cli->ctx, &doc, iri, sizeof(iri));
	if (!rc && a->bad_bytes && !x->cli->quiet)
		fprintf(stderr,
			"%s: extract: %s: %zu bytes of invalid UTF-8 "
			"replaced by U+FFFD\n",
			x->cli->program, name, a->bad_bytes);
	if (!rc) {
		if (strcmp(x->format, "mentions") == 0) {
			print_mentions(x, &doc, iri);
		} else if (strcmp(x->format, "events") == 0) {
			irkg_facts *facts = NULL;

			rc = irkg_facts_find(x->patterns, &doc,
					     x->explain ? &explain : NULL,
					     &facts);
			if (!rc)
				print_events(x, &doc, facts);
			irkg_facts_free(facts);
		} else {
			irkg_facts *facts = NULL;

			rc = irkg_facts_find(x->patterns, &doc,
					     x->explain ? &explain : NULL,
					     &facts);
			if (!rc && x->out_dir)
				rc = write_article_file(x, &doc, facts, iri);
			else if (!rc)
				rc = irkg_document_add(
					x->cli->ctx, irkg_store_model(x->store),
					&doc, facts, x->cameo, iri, NULL);
			irkg_facts_free(facts);
		}
	}
	irkg_document_clear(&doc);
	x->articles++;
	return rc;
}

static int extract_data(struct extract *x, const char *name, const char *data,
			size_t length)
{
	struct irkg_article *articles = NULL;
	size_t n = 0, i;
	const char *why = NULL;
	int rc =
		irkg_articles_read_why(data, length, name, &articles, &n, &why);

	x->files++;
	if (rc == IRKG_EPARSE || rc == IRKG_EUNSUPPORTED ||
	    rc == IRKG_ENOTTEXT) {
		cli_error(x->cli, "extract",
			  "%s: not an article: %s (give a news article as "
			  "UTF-8 plain text, an HTML page or an RSS/Atom "
			  "feed)",
			  name, irkg_strerror(rc));
		x->bad_files++;
		return IRKG_OK;
	}
	if (!rc && n == 0) {
		cli_error(x->cli, "extract",
			  "%s: not an article: no article text found in it "
			  "(%s)",
			  name, why ? why : "nothing in it reads as prose");
		x->bad_files++;
		return IRKG_OK;
	}
	for (i = 0; !rc && i < n; i++)
		rc = extract_article(x, name, &articles[i]);
	irkg_articles_free(articles, n);
	if (rc) {
		cli_error(x->cli, "extract", "%s: %s", name, irkg_strerror(rc));
		x->failed = 1;
	}
	return rc;
}

static int extract_path(void *data, const char *path)
{
	struct extract *x = data;
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	const char *name = f == stdin ? "<stdin>" : path;
	size_t length;
	char *text;
	int rc;

	if (!f) {
		cli_error(x->cli, "extract", "%s: cannot read: %s", path,
			  strerror(errno));
		x->bad_files++;
		return IRKG_OK;
	}
	errno = 0;
	text = cli_read_stream(f, MAX_ARTICLE_BYTES, &length);
	if (f != stdin)
		fclose(f);
	if (!text) {
		cli_error(x->cli, "extract", "%s: %s", name,
			  errno == EFBIG ? "larger than 64 MiB: not an article"
					 : strerror(errno ? errno : ENOMEM));
		x->bad_files++;
		return IRKG_OK;
	}
	rc = extract_data(x, name, text, length);
	free(text);
	return rc;
}

/* In a directory, only files named like articles. */
static int extract_article_path(void *data, const char *path)
{
	return irkg_ingest_is_article_name(path) ? extract_path(data, path)
						 : IRKG_OK;
}

/* The knowledge base: --kb, or the ontology directory (roles are defined
 * in irkg.ttl, actors under actors/). */
static int load_gazetteer(struct extract *x, const char *kb)
{
	char dir[PATH_MAX + 16];
	const char *paths[1];
	int rc;

	if (!kb) {
		if (cli_data_path("IRKG_ONTOLOGY", "ontology", dir,
				  sizeof(dir))) {
			cli_error(x->cli, "extract",
				  "the knowledge base (ontology/) was not "
				  "found: give --kb DIR or set IRKG_ONTOLOGY");
			return IRKG_ENOTFOUND;
		}
		kb = dir;
	}
	rc = irkg_gazetteer_new(&x->gazetteer);
	if (rc)
		return rc;
	paths[0] = kb;
	rc = irkg_kb_load(x->cli->ctx, paths, 1, x->gazetteer, NULL);
	if (rc) {
		cli_error(x->cli, "extract",
			  "%s: cannot read the knowledge base: %s", kb,
			  irkg_strerror(rc));
		return rc;
	}
	{
		char patterns[PATH_MAX + 32], why[512] = "";

		snprintf(patterns, sizeof(patterns), "%s/patterns", kb);
		rc = irkg_patterns_new(&x->patterns);
		if (!rc)
			rc = irkg_patterns_read_dir(x->patterns, patterns, why,
						    sizeof(why));
		if (rc) {
			cli_error(x->cli, "extract", "%s",
				  *why ? why : irkg_strerror(rc));
			return rc;
		}
		rc = cli_read_dictionaries(x->cli, "extract", x->patterns,
					   x->dictionaries, x->n_dictionaries);
		if (rc)
			return rc;
		snprintf(patterns, sizeof(patterns), "%s/cameo.ttl", kb);
		rc = irkg_cameo_load(x->cli->ctx, patterns, &x->cameo);
	}
	return rc;
}

int cmd_extract(struct cli *cli, int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"kb", required_argument, NULL, 'K'},
		{"explain", no_argument, NULL, 'E'},
		{"dictionary", required_argument, NULL, 'D'},
		{"output", required_argument, NULL, 'o'},
		{"out-dir", required_argument, NULL, 'O'},
		CLI_COMMON_LONG_OPTIONS,
		{NULL, 0, NULL, 0}};
	struct extract x = {0};
	const char *output = NULL, *kb = NULL;
	struct cli_output out;
	int opt, rc = IRKG_OK, i;

	x.cli = cli;
	x.format = "turtle";
	optind = 0;
	while ((opt = getopt_long(argc, argv, "f:o:h", options, NULL)) != -1) {
		if (cli_common_option(cli, opt, optarg))
			continue;
		switch (opt) {
		case 'f':
			x.format = strcmp(optarg, "mentions") == 0 ? "mentions"
				   : strcmp(optarg, "events") == 0
					   ? "events"
					   : irkg_export_format_name(optarg);
			if (!x.format) {
				cli_error(cli, "extract",
					  "unknown format '%s' (use turtle, "
					  "ntriples, nquads, rdfxml or "
					  "mentions)",
					  optarg);
				return EXIT_USAGE;
			}
			break;
		case 'K':
			kb = optarg;
			break;
		case 'E':
			x.explain = 1;
			break;
		case 'D':
			if (x.n_dictionaries == CLI_MAX_DICTIONARIES) {
				cli_error(cli, "extract",
					  "at most %d --dictionary options",
					  CLI_MAX_DICTIONARIES);
				return EXIT_USAGE;
			}
			x.dictionaries[x.n_dictionaries++] = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'O':
			x.out_dir = optarg;
			break;
		case 'h':
			return cli_help("extract");
		default:
			return cli_usage_error(cli, "extract");
		}
	}
	if (optind == argc)
		return cli_usage_error(cli, "extract");
	if (x.out_dir && (strcmp(x.format, "nquads") != 0 || output)) {
		cli_error(cli, "extract",
			  "--out-dir writes one N-Quads file per article: give "
			  "-f nquads, and no -o");
		return EXIT_USAGE;
	}
	if (load_gazetteer(&x, kb)) {
		irkg_gazetteer_free(x.gazetteer);
		irkg_patterns_free(x.patterns);
		irkg_cameo_free(x.cameo);
		return EXIT_FAIL;
	}
	if (strcmp(x.format, "mentions") != 0 &&
	    strcmp(x.format, "events") != 0 &&
	    (rc = irkg_store_open(&x.store, cli->ctx, "memory",
				  IRKG_STORE_WRITE, 0)) != 0) {
		cli_error(cli, "extract", "cannot make a memory store: %s",
			  irkg_strerror(rc));
		irkg_gazetteer_free(x.gazetteer);
		irkg_patterns_free(x.patterns);
		irkg_cameo_free(x.cameo);
		return EXIT_FAIL;
	}
	if (x.out_dir && (rc = prepare_out_dir(&x, kb)) != 0) {
		cli_error(cli, "extract", "%s: %s", x.out_dir,
			  irkg_strerror(rc));
		irkg_store_free(x.store);
		irkg_gazetteer_free(x.gazetteer);
		irkg_patterns_free(x.patterns);
		irkg_cameo_free(x.cameo);
		return cli_exit_code(rc);
	}
	if (cli_output_open(cli, "extract", output, &out)) {
		irkg_infer_free(x.infer);
		irkg_store_free(x.store);
		irkg_gazetteer_free(x.gazetteer);
		irkg_patterns_free(x.patterns);
		irkg_cameo_free(x.cameo);
		return EXIT_FAIL;
	}
	x.out = out.file;
	for (i = optind; i < argc && !rc; i++) {
		struct stat st;

		if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 &&
		    S_ISDIR(st.st_mode))
			rc = irkg_files_walk(cli->ctx, argv[i],
					     extract_article_path, &x);
		else
			rc = extract_path(&x, argv[i]);
	}
	if (!rc && x.store && !x.out_dir)
		rc = irkg_export(x.store, NULL, x.format, x.out);
	if (rc && !x.failed)
		cli_error(cli, "extract", "%s", irkg_strerror(rc));
	cli_output_close(&out, rc == 0);
	irkg_infer_free(x.infer);
	irkg_store_free(x.store);
	irkg_gazetteer_free(x.gazetteer);
	irkg_patterns_free(x.patterns);
	irkg_cameo_free(x.cameo);
	if (rc)
		return cli_exit_code(rc);
	return x.bad_files ? EXIT_INPUT : EXIT_OK;
}
