/* Unit tests for graph/tables: the events and relations tables of a tiny
 * store written in the shape graph/document.c writes, in TSV, CSV and
 * JSON, and the events table's filters. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../graph/prefixes.h"
#include "../../graph/tables.h"
#include "testutil.h"

#define TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define ANCHOR                                                                 \
	"http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"      \
	"anchorOf"

#define ARTICLE IRKG_ID "article/a1"
#define S1 ARTICLE "/s1"
#define S2 ARTICLE "/s2"
#define S3 ARTICLE "/s3"
#define JPN IRKG_ID "state/JPN"
#define KOR IRKG_ID "state/KOR"
#define USA IRKG_ID "state/USA"
#define CHN IRKG_ID "state/CHN"
#define NATO IRKG_ID "organization/nato"
#define TOKYO IRKG_ID "place/tokyo"
#define E1 IRKG_ID "event/a1-1"
#define E2 IRKG_ID "event/a1-2"
#define E3 IRKG_ID "event/a1-3"
#define R(n) IRKG_ID "relation/a1-" n "-1"

/* The evidence sentences: the first needs CSV quoting (a comma and a
 * quote), the second JSON escapes (quote, backslash, newline, tab). */
#define S1_TEXT "Japan, Korea and the US said \"no\" today."
#define S2_TEXT "Tokyo said: \"back\\slash\"\nnext\tend"
#define S3_TEXT "They met again."
#define PUB "2025-11-20" /* the article's publication date */

struct fixture {
	struct testutil_log log;
	irkg_ctx *ctx;
	irkg_store *store;
};

/* Adds "s p o" (IRIs) to the article's graph. */
static void add_iri(struct fixture *fx, const char *s, const char *p,
		    const char *o)
{
	char line[1024];
	int n = snprintf(line, sizeof(line), "<%s> <%s> <%s> .\n", s, p, o);

	assert_true(n > 0 && (size_t)n < sizeof(line));
	assert_int_equal(testutil_add_ntriples(fx->store, ARTICLE, line), 1);
}

/* Adds "s p text" to the article's graph, the literal typed by the XSD
 * datatype `type` unless it is NULL. */
static void add_text(struct fixture *fx, const char *s, const char *p,
		     const char *text, const char *type)
{
	char *line = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&line, &size);

	assert_non_null(out);
	fprintf(out, "<%s> <%s> \"", s, p);
	for (; *text; text++) {
		if (*text == '"' || *text == '\\')
			fprintf(out, "\\%c", *text);
		else if (*text == '\n')
			fputs("\\n", out);
		else if (*text == '\t')
			fputs("\\t", out);
		else
			fputc(*text, out);
	}
	fputc('"', out);
	if (type)
		fprintf(out, "^^<http://www.w3.org/2001/XMLSchema#%s>", type);
	fputs(" .\n", out);
	assert_int_equal(fclose(out), 0);
	assert_int_equal(testutil_add_ntriples(fx->store, ARTICLE, line), 1);
	free(line);
}

/* An event as graph/document.c writes one, without its dyads. */
static void add_event(struct fixture *fx, const char *e, const char *cameo,
		      const char *root, const char *goldstein, const char *quad)
{
	add_iri(fx, e, TYPE, IRKG_NS "Event");
	add_text(fx, e, IRKG_NS "cameoCode", cameo, NULL);
	add_text(fx, e, IRKG_NS "cameoRoot", root, NULL);
	add_text(fx, e, IRKG_NS "goldstein", goldstein, "decimal");
	add_text(fx, e, IRKG_NS "quadClass", quad, "integer");
	add_iri(fx, e, IRKG_NS "fromArticle", ARTICLE);
}

/* Dyad number `n` of event `e`. */
static void add_dyad(struct fixture *fx, const char *e, int n,
		     const char *source, const char *source_code,
		     const char *target, const char *target_code)
{
	char dyad[256];

	snprintf(dyad, sizeof(dyad), "%s-dyad-%d", e, n);
	add_iri(fx, e, IRKG_NS "dyad", dyad);
	add_iri(fx, dyad, IRKG_NS "source", source);
	add_text(fx, dyad, IRKG_NS "sourceCode", source_code, NULL);
	add_iri(fx, dyad, IRKG_NS "target", target);
	add_text(fx, dyad, IRKG_NS "targetCode", target_code, NULL);
}

/* A relation of `class_name` between a and b, linked by `party`
 * (irkg:party, or irkg:dyadMember for a trend). */
static void add_relation(struct fixture *fx, const char *r,
			 const char *class_name, const char *party,
			 const char *a, const char *b)
{
	add_iri(fx, r, TYPE, class_name);
	add_iri(fx, r, party, a);
	add_iri(fx, r, party, b);
	add_iri(fx, r, IRKG_NS "fromArticle", ARTICLE);
}

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	assert_int_equal(irkg_ctx_new(&fx->ctx, testutil_log_record, &fx->log),
			 IRKG_OK);
	assert_int_equal(irkg_store_open(&fx->store, fx->ctx, "memory",
					 IRKG_STORE_WRITE, 0),
			 IRKG_OK);
	*state = fx;
	return 0;
}

/* The fixture with an article: three events (one undated with two dyads
 * and two evidence sentences), four relations of table types and a trend,
 * and a relation of a type no table column has. */
static int setup_data(void **state)
{
	struct fixture *fx;

	setup(state);
	fx = *state;
	add_iri(fx, ARTICLE, TYPE, IRKG_NS "NewsArticle");
	add_text(fx, ARTICLE, IRKG_NS "publishedDate", "2025-11-20", "date");
	add_text(fx, S1, ANCHOR, S1_TEXT, NULL);
	add_text(fx, S2, ANCHOR, S2_TEXT, NULL);
	add_text(fx, S3, ANCHOR, S3_TEXT, NULL);

	add_event(fx, E1, "042", "04", "1.9", "1");
	add_dyad(fx, E1, 1, JPN, "JPN", KOR, "KOR");
	add_text(fx, E1, IRKG_NS "date", "2025-11-18", "date");
	add_iri(fx, E1, IRKG_NS "place", TOKYO);
	add_iri(fx, E1, IRKG_NS "evidence", S1);

	add_event(fx, E2, "112", "11", "-2.0", "3");
	add_dyad(fx, E2, 1, JPN, "JPN", CHN, "CHN");
	add_text(fx, E2, IRKG_NS "date", "2025-10-01", "date");
	add_iri(fx, E2, IRKG_NS "evidence", S2);

	add_event(fx, E3, "020", "02", "3.0", "1");
	add_dyad(fx, E3, 1, USA, "USA", KOR, "KOR");
	add_dyad(fx, E3, 2, USA, "USA", JPN, "JPN");
	add_iri(fx, E3, IRKG_NS "evidence", S1);
	add_iri(fx, E3, IRKG_NS "evidence", S3);

	add_relation(fx, R("1"), IRKG_NS "Alliance", IRKG_NS "party", JPN, USA);
	add_text(fx, R("1"), IRKG_NS "status", "active", NULL);
	add_iri(fx, R("1"), IRKG_NS "evidence", S1);

	add_relation(fx, R("2"), IRKG_NS "Dispute", IRKG_NS "party", CHN, JPN);
	add_text(fx, R("2"), IRKG_NS "status", "active", NULL);
	add_iri(fx, R("2"), IRKG_NS "issue", IRKG_ID "issue/senkaku-islands");
	add_text(fx, R("2"), IRKG_NS "start", "2012-09-11", "date");
	add_iri(fx, R("2"), IRKG_NS "evidence", S2);
	add_iri(fx, R("2"), IRKG_NS "evidence", S3);

	add_relation(fx, R("3"), IRKG_NS "RelationTrend", IRKG_NS "dyadMember",
		     JPN, KOR);
	add_iri(fx, R("3"), IRKG_NS "trend", IRKG_NS "Improving");
	add_text(fx, R("3"), IRKG_NS "date", "2025-11-18", "date");
	add_iri(fx, R("3"), IRKG_NS "evidence", S1);

	/* an organisation named by its short code */
	add_relation(fx, R("4"), IRKG_NS "Alliance", IRKG_NS "party", NATO,
		     USA);
	add_text(fx, R("4"), IRKG_NS "status", "active", NULL);
	add_iri(fx, R("4"), IRKG_NS "evidence", S3);
	add_text(fx, NATO, IRKG_NS "shortCode", "NATO", NULL);

	add_relation(fx, R("5"), IRKG_NS "Agreement", IRKG_NS "party", JPN,
		     KOR);
	add_text(fx, R("5"), IRKG_NS "status", "ended", NULL);
	add_text(fx, R("5"), IRKG_NS "start", "2015-12-28", "date");
	add_text(fx, R("5"), IRKG_NS "end", "2019", "gYear");
	add_iri(fx, R("5"), IRKG_NS "evidence", S3);

	add_relation(fx, R("6"), IRKG_NS "Relation", IRKG_NS "party", JPN, CHN);
	add_iri(fx, R("6"), IRKG_NS "evidence", S3);
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;

	irkg_store_free(fx->store);
	irkg_ctx_free(fx->ctx);
	testutil_log_clear(&fx->log);
	free(fx);
	return 0;
}

/* The events table under filter `f` (NULL: none) in `format`, which must
 * succeed; *rows (may be NULL) gets its row count. Free the result. */
static char *events(struct fixture *fx, const struct irkg_table_filter *f,
		    enum irkg_table_format format, long *rows)
{
	static const struct irkg_table_filter none = {NULL, NULL, NULL};
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	long n = -1;

	assert_non_null(out);
	assert_int_equal(
		irkg_table_events(fx->store, f ? f : &none, format, out, &n),
		IRKG_OK);
	assert_int_equal(fclose(out), 0);
	assert_null(testutil_log_error(&fx->log));
	if (rows)
		*rows = n;
	return text;
}

static char *relations(struct fixture *fx, enum irkg_table_format format,
		       long *rows)
{
	static const struct irkg_table_filter none = {NULL, NULL, NULL};
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	long n = -1;

	assert_non_null(out);
	assert_int_equal(
		irkg_table_relations(fx->store, &none, format, out, &n),
		IRKG_OK);
	assert_int_equal(fclose(out), 0);
	assert_null(testutil_log_error(&fx->log));
	if (rows)
		*rows = n;
	return text;
}

#define EVENT_HEADER                                                           \
	"date\treported\tsource\tsource_state\ttarget\ttarget_state\tcameo\t"  \
	"root\tgoldstein\tquad_class\tplace\tarticle\tevidence\n"

/* Ordered by date, the undated first and then in dyad order; e3 is one
 * row per dyad though it has two evidence sentences, with the first. */
static void test_events_tsv(void **state)
{
	long rows;
	char *text = events(*state, NULL, IRKG_TABLE_TSV, &rows);

	assert_string_equal(
		text, EVENT_HEADER
		"\t" PUB "\t" USA "\tUSA\t" KOR
		"\tKOR\t020\t02\t3.0\t1\t\t" ARTICLE "\t" S1_TEXT "\n"
		"\t" PUB "\t" USA "\tUSA\t" JPN
		"\tJPN\t020\t02\t3.0\t1\t\t" ARTICLE "\t" S1_TEXT "\n"
		"2025-10-01\t" PUB "\t" JPN "\tJPN\t" CHN
		"\tCHN\t112\t11\t-2.0\t3\t\t" ARTICLE
		"\tTokyo said: \"back\\slash\" next end\n"
		"2025-11-18\t" PUB "\t" JPN "\tJPN\t" KOR
		"\tKOR\t042\t04\t1.9\t1\t" TOKYO "\t" ARTICLE "\t" S1_TEXT
		"\n");
	assert_int_equal(rows, 4);
	free(text);
}

/* Quotes only around fields that need them, a quote doubled, the line
 * break and tab kept inside the quotes. */
static void test_events_csv(void **state)
{
	const struct irkg_table_filter f = {"2025", NULL, NULL};
	long rows;
	char *text = events(*state, &f, IRKG_TABLE_CSV, &rows);

	assert_string_equal(
		text,
		"date,reported,source,source_state,target,target_state,cameo,"
		"root,goldstein,quad_class,place,article,evidence\n"
		"2025-10-01," PUB "," JPN ",JPN," CHN
		",CHN,112,11,-2.0,3,," ARTICLE
		",\"Tokyo said: \"\"back\\slash\"\"\nnext\tend\"\n"
		"2025-11-18," PUB "," JPN ",JPN," KOR ",KOR,042,04,1.9,1," TOKYO
		"," ARTICLE ",\"Japan, Korea and the US said \"\"no\"\" "
		"today.\"\n");
	assert_int_equal(rows, 2);
	free(text);
}

/* Columns in table order, unbound as null, strings escaped. */
static void test_events_json(void **state)
{
	const struct irkg_table_filter chn = {NULL, NULL, "CHN"};
	const struct irkg_table_filter usa = {NULL, NULL, "USA"};
	char *text = events(*state, &chn, IRKG_TABLE_JSON, NULL);

	assert_string_equal(
		text,
		"[\n"
		"  {\"date\": \"2025-10-01\", \"reported\": \"" PUB "\", "
		"\"source\": \"" JPN "\", "
		"\"source_state\": \"JPN\", \"target\": \"" CHN "\", "
		"\"target_state\": \"CHN\", \"cameo\": \"112\", \"root\": "
		"\"11\", \"goldstein\": \"-2.0\", \"quad_class\": \"3\", "
		"\"place\": null, \"article\": \"" ARTICLE "\", "
		"\"evidence\": \"Tokyo said: \\\"back\\\\slash\\\"\\nnext\\t"
		"end\"}\n"
		"]\n");
	free(text);
	text = events(*state, &usa, IRKG_TABLE_JSON, NULL);
	assert_non_null(strstr(text,
			       "[\n  {\"date\": null, \"reported\": \"" PUB
			       "\", \"source\": \"" USA "\""));
	assert_non_null(strstr(text, "},\n  {\"date\": null"));
	assert_int_equal(testutil_count_lines(text), 4);
	free(text);
}

/* Field `k` (from 0) of the tab-separated `line` into buf. */
static void field(const char *line, int k, char *buf, size_t size)
{
	size_t n;

	for (; k > 0; k--) {
		line = strchr(line, '\t');
		assert_non_null(line);
		line++;
	}
	n = strcspn(line, "\t\n");
	assert_true(n < size);
	memcpy(buf, line, n);
	buf[n] = '\0';
}

/* Which dyads (source>target, in table order) a filter keeps. */
struct filter_case {
	const char *from, *to, *actor;
	const char *want;
};

static void test_events_filters(void **state)
{
	static const struct filter_case cases[] = {
		{NULL, NULL, NULL, "USA>KOR USA>JPN JPN>CHN JPN>KOR"},
		{"2025-11", NULL, NULL, "JPN>KOR"},
		{NULL, "2025-10", NULL, "JPN>CHN"},
		{"2025-10-01", "2025-10-01", NULL, "JPN>CHN"},
		{"2025", "2025", NULL, "JPN>CHN JPN>KOR"},
		{"2025-10-02", "2025-11-17", NULL, ""},
		{"2026", NULL, NULL, ""},
		{NULL, NULL, "KOR", "USA>KOR JPN>KOR"},
		{NULL, NULL, "CHN", "JPN>CHN"},
		{NULL, NULL, "USA", "USA>KOR USA>JPN"},
		{"2025-11", NULL, "JPN", "JPN>KOR"},
		{NULL, "2025-10", "KOR", ""},
	};
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		const struct irkg_table_filter f = {cases[i].from, cases[i].to,
						    cases[i].actor};
		long rows, n = 0;
		char *text = events(*state, &f, IRKG_TABLE_TSV, &rows);
		char got[256] = "", source[16], target[16];
		const char *line;

		assert_true(strncmp(text, EVENT_HEADER, strlen(EVENT_HEADER)) ==
			    0);
		for (line = text + strlen(EVENT_HEADER); *line;
		     line = strchr(line, '\n') + 1, n++) {
			field(line, 3, source, sizeof(source));
			field(line, 5, target, sizeof(target));
			snprintf(got + strlen(got), sizeof(got) - strlen(got),
				 "%s%s>%s", n ? " " : "", source, target);
		}
		if (strcmp(got, cases[i].want) != 0)
			fail_msg("case %zu (%s, %s, %s): got \"%s\", want "
				 "\"%s\"",
				 i, cases[i].from ? cases[i].from : "-",
				 cases[i].to ? cases[i].to : "-",
				 cases[i].actor ? cases[i].actor : "-", got,
				 cases[i].want);
		assert_int_equal(rows, n);
		free(text);
	}
}

/* Bounds that are not dates and codes that are not codes are refused
 * before anything is written. */
static void test_events_bad_filter(void **state)
{
	static const struct irkg_table_filter bad[] = {
		{"2025-13", NULL, NULL},    {NULL, "25", NULL},
		{"2025-02-30", NULL, NULL}, {NULL, NULL, "K,R"},
		{NULL, NULL, ""},	    {NULL, NULL, "USA JPN"},
	};
	struct fixture *fx = *state;
	size_t i;

	for (i = 0; i < TESTUTIL_N_ELEMS(bad); i++) {
		char *text = NULL;
		size_t size = 0;
		FILE *out = open_memstream(&text, &size);
		long rows = 7;

		assert_non_null(out);
		assert_int_equal(irkg_table_events(fx->store, &bad[i],
						   IRKG_TABLE_TSV, out, &rows),
				 IRKG_EINVAL);
		assert_int_equal(fclose(out), 0);
		assert_int_equal(size, 0);
		free(text);
	}
}

/* An actor code the store does not know is an error, not an empty table,
 * in both tables; a known one in a different case is not guessed. */
static void test_unknown_actor(void **state)
{
	static const char *const unknown[] = {"FRA", "usa", "nato"};
	struct fixture *fx = *state;
	size_t i;
	int table;

	assert_true(irkg_table_code_known(fx->store, "USA"));
	assert_true(irkg_table_code_known(fx->store, "CHN"));
	assert_true(irkg_table_code_known(fx->store, "NATO")); /* shortCode */
	for (i = 0; i < TESTUTIL_N_ELEMS(unknown); i++)
		for (table = 0; table < 2; table++) {
			const struct irkg_table_filter f = {NULL, NULL,
							    unknown[i]};
			char *text = NULL;
			size_t size = 0;
			FILE *out = open_memstream(&text, &size);
			long rows = 0;

			assert_non_null(out);
			assert_false(
				irkg_table_code_known(fx->store, unknown[i]));
			assert_int_equal(
				table ? irkg_table_relations(fx->store, &f,
							     IRKG_TABLE_TSV,
							     out, &rows)
				      : irkg_table_events(fx->store, &f,
							  IRKG_TABLE_TSV, out,
							  &rows),
				IRKG_ENOTFOUND);
			assert_int_equal(fclose(out), 0);
			assert_int_equal(size, 0);
			free(text);
		}
}

/* An empty store still gives the header, or an empty JSON array. */
static void test_empty_store(void **state)
{
	long rows = -1;
	char *text = events(*state, NULL, IRKG_TABLE_TSV, &rows);

	assert_string_equal(text, EVENT_HEADER);
	assert_int_equal(rows, 0);
	free(text);
	text = events(*state, NULL, IRKG_TABLE_JSON, &rows);
	assert_string_equal(text, "[]\n");
	free(text);
	text = relations(*state, IRKG_TABLE_CSV, &rows);
	assert_string_equal(text, "type,party_a,party_b,issue,start,end,"
				  "status,article,evidence\n");
	assert_int_equal(rows, 0);
	free(text);
	text = relations(*state, IRKG_TABLE_JSON, &rows);
	assert_string_equal(text, "[]\n");
	free(text);
}

/* One row per relation and pair, in relation order, the trends after the
 * others; parties by short code or the IRI's last segment; issue and
 * status as local names; one row for a relation with two evidence
 * sentences; a relation of no table type left out. */
static void test_relations_tsv(void **state)
{
	long rows;
	char *text = relations(*state, IRKG_TABLE_TSV, &rows);

	assert_string_equal(
		text,
		"type\tparty_a\tparty_b\tissue\tstart\tend\tstatus\tarticle\t"
		"evidence\n"
		"alliance\tJPN\tUSA\t\t\t\tactive\t" ARTICLE "\t" S1_TEXT "\n"
		"dispute\tCHN\tJPN\tsenkaku-islands\t2012-09-"
		"11\t\tactive\t" ARTICLE
		"\tTokyo said: \"back\\slash\" next end\n"
		"alliance\tNATO\tUSA\t\t\t\tactive\t" ARTICLE "\t" S3_TEXT "\n"
		"agreement\tJPN\tKOR\t\t2015-12-28\t2019\tended\t" ARTICLE
		"\t" S3_TEXT "\n"
		"trend\tJPN\tKOR\t\t2025-11-18\t\timproving\t" ARTICLE
		"\t" S1_TEXT "\n");
	assert_int_equal(rows, 5);
	free(text);
}

#define RELATION_CSV_HEADER                                                    \
	"type,party_a,party_b,issue,start,end,status,article,evidence\n"

static void test_relations_csv_json(void **state)
{
	long rows;
	char *text = relations(*state, IRKG_TABLE_CSV, &rows);

	assert_int_equal(rows, 5);
	assert_true(strncmp(text, RELATION_CSV_HEADER,
			    strlen(RELATION_CSV_HEADER)) == 0);
	assert_non_null(strstr(text, "\nalliance,JPN,USA,,,,active," ARTICLE
				     ",\"Japan, Korea and the US said "
				     "\"\"no\"\" today.\"\n"));
	assert_non_null(strstr(
		text,
		"\ndispute,CHN,JPN,senkaku-islands,2012-09-11,,active," ARTICLE
		",\"Tokyo said: \"\"back\\slash\"\"\nnext\tend\"\n"));
	assert_non_null(strstr(text, "\nagreement,JPN,KOR,,2015-12-28,2019,"
				     "ended," ARTICLE "," S3_TEXT "\n"));
	free(text);
	text = relations(*state, IRKG_TABLE_JSON, &rows);
	assert_int_equal(rows, 5);
	assert_non_null(strstr(
		text, "[\n  {\"type\": \"alliance\", \"party_a\": \"JPN\", "
		      "\"party_b\": \"USA\", \"issue\": null, \"start\": null, "
		      "\"end\": null, \"status\": \"active\", \"article\": "
		      "\"" ARTICLE "\", \"evidence\": \"Japan, Korea and the "
		      "US said \\\"no\\\" today.\"},\n"));
	assert_non_null(strstr(text,
			       "{\"type\": \"trend\", \"party_a\": "
			       "\"JPN\", \"party_b\": \"KOR\", \"issue\": "
			       "null, \"start\": \"2025-11-18\", \"end\": "
			       "null, \"status\": \"improving\""));
	assert_int_equal(testutil_count_lines(text), 7);
	free(text);
}

static void test_format_parse(void **state)
{
	static const struct {
		const char *name;
		int rc;
		enum irkg_table_format format;
	} cases[] = {
		{"tsv", 0, IRKG_TABLE_TSV},   {"csv", 0, IRKG_TABLE_CSV},
		{"json", 0, IRKG_TABLE_JSON}, {"TSV", -1, IRKG_TABLE_TSV},
		{"", -1, IRKG_TABLE_TSV},     {"table", -1, IRKG_TABLE_TSV},
	};
	size_t i;

	(void)state;
	for (i = 0; i < TESTUTIL_N_ELEMS(cases); i++) {
		enum irkg_table_format got = IRKG_TABLE_TSV;

		assert_int_equal(irkg_table_format_parse(cases[i].name, &got),
				 cases[i].rc);
		assert_int_equal(got, cases[i].format);
	}
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup_data, teardown)
	const struct CMUnitTest tests[] = {
		T(test_events_tsv),
		T(test_events_csv),
		T(test_events_json),
		T(test_events_filters),
		T(test_events_bad_filter),
		T(test_unknown_actor),
		cmocka_unit_test_setup_teardown(test_empty_store, setup,
						teardown),
		T(test_relations_tsv),
		T(test_relations_csv_json),
		cmocka_unit_test(test_format_parse),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
