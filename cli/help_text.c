/* The text of `irkg --help`, of every `irkg COMMAND --help` and of the
 * irkg(1) manual page: one page per command, as data (see help.h).
 *
 * The examples are run by tests/e2e/test_cli.sh in a copy of the source
 * tree, those of irkg itself, extract and ingest on an empty store, the
 * others on a store into which tests/articles/a01-korea-japan.txt has been
 * ingested; their output must appear as shown. After a change here run
 * `make docs/irkg.1` and commit the page with it. */
#include "../graph/infer.h"
#include "../graph/ingest.h"
#include "../graph/store.h"
#include "help.h"

/* Bump when the text changes: the manual page carries it. */
const char cli_help_date[] = "2026-12-07";

const char *const cli_help_see_also[] = {
	"rapper(1)",
	"roqet(1)",
	"rdfproc(1)",
	"dot(1)",
	"In the source tree: README.md (the tables and the store), "
	"docs/queries.md (the canned queries), docs/events.md (how events are "
	"read and coded), docs/inference.md, docs/network.md and "
	"docs/ontology.md.",
	NULL};

#define A01 "tests/articles/a01-korea-japan.txt"

#define STORE_OPTION                                                           \
	{                                                                      \
		"--store SPEC",                                                \
			"the store, as for 'irkg --store' (may come before "   \
			"or after the command)",                               \
			0                                                      \
	}
#define LOCK_WAIT_OPTION                                                       \
	{                                                                      \
		"--lock-wait SECONDS",                                         \
			"how long to wait while another process writes the "   \
			"store "                                               \
			"(default 30)",                                        \
			0                                                      \
	}
#define HELP_OPTION                                                            \
	{                                                                      \
		"-h, --help", "print this help", 0                             \
	}
#define END_OPTIONS                                                            \
	{                                                                      \
		NULL, NULL, 0                                                  \
	}

#define EXIT_OK_TEXT                                                           \
	{                                                                      \
		0, "success"                                                   \
	}
#define EXIT_FAIL_TEXT                                                         \
	{                                                                      \
		1, "failure: reading or writing a file, the store"             \
	}
#define EXIT_READ_STORE_TEXT                                                   \
	{                                                                      \
		4, "there is no store there, it is not an irkg store, or "     \
		   "another "                                                  \
		   "process is writing it"                                     \
	}
#define EXIT_WRITE_STORE_TEXT                                                  \
	{                                                                      \
		4, "the store is not an irkg store, or another process kept "  \
		   "it "                                                       \
		   "locked for longer than --lock-wait"                        \
	}
#define END_EXITS                                                              \
	{                                                                      \
		0, NULL                                                        \
	}

static const struct cli_help_page irkg_page = {
	NULL,
	"[--store SPEC] [--lock-wait SECONDS] [-q] COMMAND [options]",
	"build a knowledge graph of international relations from news",
	(const char *const[]){
		"irkg builds a knowledge graph of international relations in a "
		"Redland store. It reads news articles (plain text, HTML "
		"pages, RSS and Atom feeds), finds the states, organisations "
		"and people they mention, the events between them, coded in "
		"CAMEO, and the relations they state (alliances, disputes, "
		"agreements, trends), and keeps each article's facts in a "
		"named graph of their own beside an ontology and a knowledge "
		"base of actors. The store answers SPARQL queries and gives "
		"tables, networks and RDF.",
		"The options below come before the command; --store and "
		"--lock-wait may also follow it. 'irkg COMMAND --help' "
		"describes a command.",
		NULL},
	(const struct cli_help_option[]){
		{"-s, --store SPEC",
		 "the store: a directory (irkg's LMDB store; one made on "
		 "Berkeley DB by an older irkg still opens as such), "
		 "'lmdb:DIR', 'hashes:DIR' (Berkeley DB), 'memory', "
		 "'sqlite:FILE', 'postgresql:host=H;database=D;...' or "
		 "'virtuoso:host=H:PORT;user=U;password=P' (queries run on "
		 "the Virtuoso server) "
		 "(default: $IRKG_STORE, else ./" IRKG_STORE_DEFAULT "). "
		 "Other TYPE: prefixes (mysql:) are refused; a "
		 "directory with a colon in its name is written ./a:b",
		 0},
		{"--lock-wait SECONDS",
		 "how long to wait while another process writes the store "
		 "(default 30, at most 86400)",
		 0},
		{"-q, --quiet",
		 "no progress or summary lines on stderr; errors and warnings "
		 "are still printed",
		 0},
		{"-h, --help", "this help; 'irkg COMMAND --help' for a command",
		 0},
		{"-V, --version", "print the versions of irkg and of Redland",
		 0},
		{"--man",
		 "print this manual page (troff) on stdout. For packagers: "
		 "'make install' installs the same page, docs/irkg.1.",
		 1},
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"Read an article into the default store, ./" IRKG_STORE_DEFAULT
		 ", then list the relations it states:",
		 "irkg ingest " A01,
		 "irkg: ingested 1 article (3 events, 4 relations) from 1 "
		 "file in ...\n"
		 "irkg: inferred ... triples from the articles in ..."},
		{NULL, "irkg relations -f csv | cut -d, -f1-3,7",
		 "type,party_a,party_b,status\n"
		 "dispute,JPN,KOR,active\n"
		 "alliance,JPN,USA,active\n"
		 "..."},
		{"Ask the store who Japan's allies are:",
		 "irkg query -f table allies --param state=JPN",
		 "+-----------+---------------+\n"
		 "| ally      | name          |\n"
		 "+-----------+---------------+\n"
		 "| state:USA | United States |\n"
		 "+-----------+---------------+\n"
		 "1 row"},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure: reading or writing a file, the store, or "
		    "Redland itself"},
		{2, "the command line is wrong: an unknown command or option, "
		    "or a missing or bad argument"},
		{3, "bad input: an RDF or SPARQL syntax error, SPARQL that "
		    "Rasqal cannot run, or an input that is not an article"},
		{4, "the store: there is none, it is not an irkg store, it is "
		    "locked by another process, or it lacks the graph named"},
		{5, "a query ran past its --timeout and was stopped"},
		END_EXITS},
	(const struct cli_help_option[]){
		{"IRKG_STORE", "the store when no --store is given", 0},
		{"IRKG_ONTOLOGY",
		 "the ontology directory, with the knowledge base of actors "
		 "and the event patterns, for extract and ingest (default: "
		 "ontology/ beside the program's directory, else "
		 "PREFIX/share/irkg/ontology)",
		 0},
		{"IRKG_QUERIES",
		 "the directory of canned queries for 'irkg query NAME' and "
		 "'irkg query --list' (default: queries/ beside the program's "
		 "directory, else PREFIX/share/irkg/queries)",
		 0},
		{"IRKG_WWW",
		 "the directory of the page the web server gives at / "
		 "(index.html; default: www/ beside the program's directory, "
		 "else PREFIX/share/irkg/www)",
		 0},
		{"TMPDIR",
		 "where 'irkg load -' keeps standard input while parsing it "
		 "(default /tmp)",
		 0},
		{"PATH",
		 "where 'irkg network --render' looks for Graphviz's dot", 0},
		END_OPTIONS},
	(const struct cli_help_option[]){
		{"./" IRKG_STORE_DEFAULT,
		 "the default store: LMDB's data.mdb and lock.mdb, the marker "
		 "irkg-store and the writers' lock file",
		 0},
		{"PREFIX/share/irkg/ontology",
		 "the ontology, the knowledge base (actors/), the event "
		 "patterns (patterns/) and the CAMEO codes (cameo.ttl)",
		 0},
		{"PREFIX/share/irkg/queries",
		 "the canned queries, one NAME.rq file each", 0},
		{"PREFIX/share/irkg/www",
		 "index.html, the page of the web server: queries, their "
		 "results and the network",
		 0},
		END_OPTIONS},
};

/* --dictionary of extract and ingest (extract/dictionary.h) */
#define DICTIONARY_OPTION                                                      \
	{                                                                      \
		"--dictionary FILE",                                           \
			"add the verbs and patterns of a PETRARCH2 or TABARI " \
			"verb dictionary (such as PETRARCH2's CAMEO.2.0.txt) " \
			"to the project's patterns; may be given up to 8 "     \
			"times; says on stderr how many patterns each gave; "  \
			"a line it cannot read is named as FILE:LINE "         \
			"(docs/patterns.md, 'Peer dictionaries')",             \
			0                                                      \
	}

static const struct cli_help_page extract_page = {
	"extract",
	"extract [--format F] [--kb DIR] [--dictionary FILE] [--explain] "
	"[-o FILE|--out-dir DIR] FILE|DIR|-...",
	"print what irkg reads in articles (no store)",
	(const char *const[]){
		"Read news articles and print what irkg finds in them, without "
		"a store: the article and its metadata, its sentences, the "
		"actors, places, issues and dates it mentions, with their "
		"offsets, and the events and relations read from them. Inputs "
		"are plain-text articles, HTML pages and RSS/Atom feeds (every "
		"item an article); a directory is read recursively for files "
		"named *.txt, *.html, *.htm, *.xhtml, *.xml, *.rss or *.atom; "
		"'-' reads stdin.",
		NULL},
	(const struct cli_help_option[]){
		{"-f, --format F",
		 "turtle (default), ntriples, nquads (one graph per article) "
		 "or rdfxml: the triples 'irkg ingest' would store; mentions: "
		 "a tab-separated table of article, sentence, begin byte, end "
		 "byte, kind, how, code, referent, post and words (an "
		 "article's first row has kind 'article', its sentence count "
		 "in column 2, its date as the code and its headline as the "
		 "words); events: one row per event or relation and pair of "
		 "actors, in the columns of tests/gold (kind, date, source, "
		 "target, cameo, relation, issue, then the cue, the pattern's "
		 "file and line and the sentence; see docs/gold-format.md)",
		 0},
		{"--explain",
		 "with -f events: say on stderr, sentence by sentence, which "
		 "actors, cues and patterns were found and what became of "
		 "each match",
		 0},
		{"--kb DIR",
		 "the knowledge base (default: the ontology directory, "
		 "$IRKG_ONTOLOGY or installed)",
		 0},
		DICTIONARY_OPTION,
		{"-o, --output FILE",
		 "write here instead of stdout; the file appears only when "
		 "the extraction succeeds",
		 0},
		{"--out-dir DIR",
		 "with -f nquads: one self-contained file per article, "
		 "DIR/HASH.nq (HASH: the article IRI's, a hash of its text), "
		 "holding its graph and its inferred graph as ingest would "
		 "store them; a file is written aside and renamed, so it is "
		 "whole or absent, and extracting again writes the same "
		 "bytes. For many workers: find ARTICLES -type f | xargs -P 4 "
		 "-n 500 irkg extract -f nquads --out-dir DIR; then irkg load "
		 "DIR, or scripts/virtuoso-load.sh for Virtuoso's bulk loader",
		 0},
		{"--store SPEC, --lock-wait SECONDS",
		 "accepted as by every command, but extract uses no store", 0},
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"The events and relations read from an article, in the "
		 "columns of tests/gold:",
		 "irkg extract -f events " A01 " | cut -f1-6",
		 "event     2025-11-18  KOR  JPN  114\n"
		 "relation              KOR  JPN         dispute\n"
		 "event                 KOR  JPN  1042\n"
		 "..."},
		{"The dates it mentions, with their sentence, their value and "
		 "their words; relative dates are resolved against the "
		 "article's date:",
		 "irkg extract -f mentions " A01 " |\n"
		 "awk -F'\\t' '$5 == \"date\"' | cut -f2,8,10",
		 "1   2025-11-18  Nov 18\n"
		 "1   2025-11-18  Tuesday\n"
		 "3   2025-11-17  Monday\n"
		 "3   2026        next year\n"
		 "10  2025-12     next month"},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure: the knowledge base cannot be found or read, or "
		    "the output cannot be written"},
		{2, "the command line is wrong (no input, an unknown format)"},
		{3, "an input is not an article (empty, binary, or with no "
		    "article text) or cannot be read; the others are still "
		    "read"},
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page ingest_page = {
	"ingest",
	"ingest [--ontology DIR] [--dictionary FILE] FILE|DIR|-...",
	"read articles into the store: events, relations, evidence",
	(const char *const[]){
		"Read news articles (plain text, HTML pages, RSS and Atom "
		"feeds; a directory recursively; '-' for stdin) and store "
		"each one's facts in its own named graph: the article, its "
		"sentences and mentions, its CAMEO-coded events and the "
		"relations it states (alliances, disputes, agreements, "
		"trends). Ingesting an article again replaces its graph.",
		"The whole ingest is one transaction: on an error nothing is "
		"written. The first ingest into a store also loads the "
		"ontology and knowledge base (graph <" IRKG_ONTOLOGY_GRAPH
		">). What each article implies (direct edges such as "
		"irkg:alliedWith, irkg:participant, irkg:Actor types) is "
		"written in the same transaction to a graph of its own, "
		"<" IRKG_INFERRED_GRAPH "/article/...>, replaced with the "
		"article; no other article's graph is read, so the time does "
		"not grow with the store.",
		NULL},
	(const struct cli_help_option[]){
		{"--ontology DIR",
		 "the ontology directory (default: $IRKG_ONTOLOGY, else "
		 "beside the program or installed)",
		 0},
		DICTIONARY_OPTION,
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"A first article into an empty store:", "irkg ingest " A01,
		 "irkg: ingested 1 article (3 events, 4 relations) from 1 "
		 "file in ...\n"
		 "irkg: inferred ... triples from the articles in ..."},
		{"A feed is read item by item, an HTML page without its site's "
		 "menus and links:",
		 "irkg ingest tests/articles/a04-africa-feed.rss \\\n"
		 "tests/articles/a02-ukraine-russia.html",
		 "irkg: ingested 4 articles (... events, ... relations) from 2 "
		 "files in ..."},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure (the ontology cannot be found or read, the store "
		    "cannot be written); nothing was written"},
		{2, "the command line is wrong (no input)"},
		{3, "an input is not an article (empty, binary, or with no "
		    "article text) or cannot be read; the others are "
		    "ingested"},
		EXIT_WRITE_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page events_page = {
	"events",
	"events [--format tsv|csv|json] [--from DATE] [--to DATE] "
	"[--actor CODE] [-o FILE]",
	"the events table: one row per dyad",
	(const char *const[]){
		"Print the events in the store, one row per event dyad, with a "
		"header row. Columns: date (the event's), reported (the "
		"article's publication date), source, source_state, target, "
		"target_state, cameo, root, goldstein, quad_class, place, "
		"article, evidence (see README, \"Tables\"). An event with "
		"several actors on a side gives a row for each pair of them.",
		NULL},
	(const struct cli_help_option[]){
		{"-f, --format F",
		 "tsv (default), csv (RFC 4180) or json (an array of objects; "
		 "missing values are null)",
		 0},
		{"--from DATE, --to DATE",
		 "only events dated in the range, each compared at its own "
		 "precision (YYYY, YYYY-MM or YYYY-MM-DD; undated events are "
		 "left out)",
		 0},
		{"--actor CODE",
		 "only events with this state or organisation code on either "
		 "side (USA, JPN, NATO); a code the store does not know is an "
		 "error",
		 0},
		{"-o, --output FILE",
		 "write here (the file appears only on success)", 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"The events read from " A01 ", five columns of them:",
		 "irkg events -f csv | cut -d, -f1,2,4,6,7,10",
		 "date,reported,source_state,target_state,cameo,quad_class\n"
		 ",2025-11-18,KOR,JPN,1042,3\n"
		 "...\n"
		 "2025-11-18,2025-11-18,KOR,JPN,114,3"},
		{"Only the dated ones from November 2025 on, with South Korea "
		 "on a side:",
		 "irkg events --from 2025-11 --actor KOR -f csv | cut -d, "
		 "-f1,4,6,7",
		 "date,source_state,target_state,cameo\n"
		 "2025-11-18,KOR,JPN,114"},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		EXIT_FAIL_TEXT,
		{2, "the command line is wrong: an unknown option or format, "
		    "a bad date, or a code the store does not know"},
		EXIT_READ_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page relations_page = {
	"relations",
	"relations [--format tsv|csv|json] [--actor CODE] [-o FILE]",
	"the relations table: alliances, disputes, agreements, trends",
	(const char *const[]){
		"Print the relations in the store, one row per relation and "
		"pair of parties, with a header row. Columns: type, party_a, "
		"party_b, issue, start, end, status, article, evidence (see "
		"README, \"Tables\").",
		NULL},
	(const struct cli_help_option[]){
		{"-f, --format F",
		 "tsv (default), csv (RFC 4180) or json (an array of objects; "
		 "missing values are null)",
		 0},
		{"--actor CODE",
		 "only the rows with this state or organisation code as a "
		 "party (USA, JPN, NATO); a code the store does not know is an "
		 "error",
		 0},
		{"-o, --output FILE",
		 "write here (the file appears only on success)", 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"The relations " A01 " states:",
		 "irkg relations -f csv | cut -d, -f1-4,7",
		 "type,party_a,party_b,issue,status\n"
		 "dispute,JPN,KOR,border-dispute,active\n"
		 "alliance,JPN,USA,,active\n"
		 "alliance,KOR,USA,,active\n"
		 "..."},
		{"Only those of the United States:",
		 "irkg relations --actor USA -f csv | cut -d, -f1-3",
		 "type,party_a,party_b\n"
		 "alliance,JPN,USA\n"
		 "alliance,KOR,USA"},
		{"The same as JSON, in a file:",
		 "irkg relations -f json -o relations.json", NULL},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		EXIT_FAIL_TEXT,
		{2, "the command line is wrong: an unknown option or format, "
		    "or a code the store does not know"},
		EXIT_READ_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page load_page = {
	"load",
	"load [--format F] [--graph IRI] [--append] FILE...|DIR|-",
	"load RDF files into named graphs",
	(const char *const[]){
		"Load RDF into named graphs of the store, all or nothing: "
		"every file is parsed before anything is written, and a syntax "
		"error anywhere leaves the store unchanged.",
		"A directory is read recursively for files with RDF "
		"extensions; '-' reads standard input (it needs --format, and "
		"--graph for triple formats).",
		NULL},
	(const struct cli_help_option[]){
		{"-f, --format F",
		 "turtle, ntriples, nquads, rdfxml or trig (default: from the "
		 "file's extension: .ttl .nt .nq .rdf/.owl/.xml .trig)",
		 0},
		{"-g, --graph IRI",
		 "the graph to load into (default: the file's file:// IRI; "
		 "N-Quads and TriG keep their own graphs)",
		 0},
		{"-a, --append", "add to the graph instead of replacing it", 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"A hand-written sample into a graph of its own:",
		 "irkg load --graph urn:example:sample "
		 "tests/fixtures/sample.ttl",
		 "irkg: loaded 37 triples from 1 file into 1 graph in ..."},
		{"A syntax error loads nothing:",
		 "echo '<a> <b> .' | irkg load -f turtle -g urn:example:bad -",
		 "irkg: -:1: error: syntax error, unexpected .\n"
		 "irkg load: nothing was loaded: fix the syntax error above "
		 "and ..."},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		EXIT_FAIL_TEXT,
		{2, "the command line is wrong: no file, an unknown format, or "
		    "standard input without --format (or --graph)"},
		{3, "a syntax error: nothing was loaded"},
		EXIT_WRITE_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page query_page = {
	"query",
	"query [--format F] [--param NAME=VALUE]... [--timeout S] [-o FILE] "
	"FILE.rq|NAME|-e 'SPARQL'|-\n"
	"query --show [--param NAME=VALUE]... FILE.rq|NAME|-e 'SPARQL'|-\n"
	"query --list",
	"run a SPARQL query (a file, a canned name or -e)",
	(const char *const[]){
		"Run a SPARQL query on the store: from a file, a canned query "
		"by NAME (NAME.rq in the queries directory; see --list), the "
		"text given with -e, or standard input ('-'). SELECT and ASK "
		"answer as a table; CONSTRUCT and DESCRIBE as RDF. The "
		"project's prefixes (irkg:, state:, cameo:, rdfs:, skos:, "
		"...) need not be declared. On a Virtuoso store a query file "
		"with a variant beside it in virtuoso/ (queries/virtuoso/"
		"NAME.rq) runs the variant: the same answer, written for "
		"Virtuoso's engine.",
		"Rasqal 0.9.33 lacks property paths, EXISTS, MINUS, SERVICE "
		"and updates; irkg refuses them with a message instead of "
		"giving a wrong answer.",
		NULL},
	(const struct cli_help_option[]){
		{"-e, --expression SPARQL", "the query text itself", 0},
		{"-f, --format F",
		 "table (default on a terminal), tsv (default otherwise), "
		 "csv, json (SPARQL 1.1 JSON results), xml; for CONSTRUCT: "
		 "turtle (default), ntriples, rdfxml",
		 0},
		{"-p, --param NAME=VALUE",
		 "set a parameter that the query declares in its header ('# "
		 "@param NAME TEMPLATE DEFAULT description'); may be "
		 "repeated. A parameter that is a whole IRI (the evidence "
		 "query's fact) takes it in full or as one of irkg's prefixed "
		 "names (relation:..., event:...)",
		 0},
		{"-o, --output FILE",
		 "write the answer here (the file appears only on success)", 0},
		{"-l, --list", "list the canned queries and their parameters",
		 0},
		{"-s, --show",
		 "print the SPARQL that would run, with the parameters filled "
		 "in and the prefixes declared (for YASGUI, another store or "
		 "an endpoint), and open no store",
		 0},
		{"--timeout SECONDS",
		 "stop a query that runs longer (default 60; 0: no limit); "
		 "it then exits 5 and says so. The default LMDB store stops "
		 "its scans at the limit; the other kinds run unlimited",
		 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"A canned query with a parameter:",
		 "irkg query -f table allies --param state=KOR",
		 "+-----------+---------------+\n"
		 "| ally      | name          |\n"
		 "+-----------+---------------+\n"
		 "| state:USA | United States |\n"
		 "+-----------+---------------+\n"
		 "1 row"},
		{"A query of your own, answered as CSV:",
		 "irkg query -f csv -e 'SELECT ?b WHERE { state:KOR "
		 "irkg:alliedWith ?b }'",
		 "b\n"
		 "https://w3id.org/irkg/id/state/USA"},
		{"The SPARQL a canned query runs, for another tool:",
		 "irkg query --show allies --param state=KOR",
		 "PREFIX irkg: <https://w3id.org/irkg/ontology#>\n"
		 "...\n"
		 "SELECT DISTINCT ?ally ?name\n"
		 "WHERE {\n"
		 "  <https://w3id.org/irkg/id/state/KOR> irkg:alliedWith "
		 "?ally .\n"
		 "..."},
		{"The canned queries and their parameters:",
		 "irkg query --list",
		 "active-dyads   Which directed dyads have the most events?\n"
		 "    --param n=10   how many dyads to show\n"
		 "..."},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure: the query or the output cannot be read or "
		    "written, or no canned queries were found"},
		{2, "the command line is wrong: no query or two, a --param the "
		    "query does not declare or a value of the wrong kind, or a "
		    "name that is neither a file nor a canned query"},
		{3, "a SPARQL syntax error, or SPARQL that Rasqal cannot run"},
		EXIT_READ_STORE_TEXT,
		{5, "the query ran past --timeout and was stopped; what it "
		    "printed is incomplete, and a file given with -o is not "
		    "written"},
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page export_page = {
	"export",
	"export [--graph IRI] [--format F] [-o FILE]",
	"write the store as Turtle, N-Triples, N-Quads or RDF/XML",
	(const char *const[]){
		"Write the store (or one graph) as RDF with the project's "
		"prefixes.",
		NULL},
	(const struct cli_help_option[]){
		{"-f, --format F",
		 "turtle (default), ntriples, nquads (keeps the graphs), "
		 "rdfxml",
		 0},
		{"-g, --graph IRI", "only this graph", 0},
		{"-o, --output FILE",
		 "write here instead of stdout ('-' is stdout); the file "
		 "appears only when the export succeeds",
		 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"The direct edges inference added, as N-Triples:",
		 "irkg export -f ntriples -g " IRKG_INFERRED_GRAPH " |\n"
		 "grep alliedWith",
		 "<https://w3id.org/irkg/id/state/JPN> "
		 "<https://w3id.org/irkg/ontology#...\n"
		 "..."},
		{"The whole store, every graph kept, into a file:",
		 "irkg export -f nquads -o store.nq", NULL},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		EXIT_FAIL_TEXT,
		{2, "the command line is wrong: an unknown option or format, "
		    "or an argument"},
		EXIT_READ_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page graphs_page = {
	"graphs",
	"graphs",
	"list the named graphs and their sizes",
	(const char *const[]){"List the named graphs of the store, one per "
			      "line: triple count, TAB, graph IRI.",
			      NULL},
	(const struct cli_help_option[]){STORE_OPTION, LOCK_WAIT_OPTION,
					 HELP_OPTION, END_OPTIONS},
	(const struct cli_help_example[]){
		{"A store of its own for a hand-written sample, then its "
		 "graphs:",
		 "irkg --store sample -q load -g urn:example:sample "
		 "tests/fixtures/sample.ttl",
		 NULL},
		{NULL, "irkg --store sample graphs",
		 "37      urn:example:sample"},
		{"The graphs of a store with an ingested article: the "
		 "article's, the inferred graphs of the ontology and of the "
		 "article, and the ontology:",
		 "irkg graphs",
		 "...     "
		 "https://w3id.org/irkg/id/article/d9ce29ff06035546...\n"
		 "...     " IRKG_INFERRED_GRAPH "\n"
		 "...     " IRKG_INFERRED_GRAPH "/article/d9ce29ff06035546...\n"
		 "...     " IRKG_ONTOLOGY_GRAPH},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		EXIT_FAIL_TEXT,
		{2, "the command line is wrong (an argument)"},
		EXIT_READ_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page drop_page = {
	"drop",
	"drop GRAPH",
	"remove a named graph",
	(const char *const[]){
		"Remove every statement of the named graph GRAPH (an IRI, as "
		"'irkg graphs' prints it) and of its inferred graph (what "
		"GRAPH "
		"implied, see 'irkg infer'), in one transaction. Dropping an "
		"inferred graph itself drops only it; 'irkg infer' puts it "
		"back.",
		NULL},
	(const struct cli_help_option[]){STORE_OPTION, LOCK_WAIT_OPTION,
					 HELP_OPTION, END_OPTIONS},
	(const struct cli_help_example[]){
		{"Load a sample, then drop it again:",
		 "irkg -q load -g urn:example:sample tests/fixtures/sample.ttl",
		 NULL},
		{NULL, "irkg drop urn:example:sample",
		 "irkg: dropped <urn:example:sample> (37 triples, and ... "
		 "inferred from it)"},
		{"A graph that is not there:", "irkg drop urn:example:sample",
		 "irkg drop: store ... has no graph <urn:example:sample> "
		 "(list them ..."},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure: nothing was dropped"},
		{2, "the command line is wrong (no graph, or two)"},
		{4, "the store has no graph GRAPH, is not an irkg store, or "
		    "another process kept it locked for longer than "
		    "--lock-wait"},
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page stats_page = {
	"stats",
	"stats",
	"count triples, graphs and instances per class",
	(const char *const[]){
		"Print the number of triples and of named graphs in the "
		"store, then the number of instances of each class (inferred "
		"types included), the most numerous first.",
		NULL},
	(const struct cli_help_option[]){STORE_OPTION, LOCK_WAIT_OPTION,
					 HELP_OPTION, END_OPTIONS},
	(const struct cli_help_example[]){
		{"A store of its own for a hand-written sample:",
		 "irkg --store sample -q load -g urn:example:sample "
		 "tests/fixtures/sample.ttl",
		 NULL},
		{NULL, "irkg --store sample stats",
		 "triples   37\n"
		 "graphs    1\n"
		 "?class                                        ?instances\n"
		 "<https://w3id.org/irkg/ontology#State>        4\n"
		 "<https://w3id.org/irkg/ontology#Alliance>     2\n"
		 "<https://w3id.org/irkg/ontology#Dispute>      1\n"
		 "<https://w3id.org/irkg/ontology#NewsArticle>  1"},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		EXIT_FAIL_TEXT,
		{2, "the command line is wrong (an argument)"},
		EXIT_READ_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page infer_page = {
	"infer",
	"infer [--rebuild]",
	"check, repair or rebuild what the ontology implies",
	(const char *const[]){
		"What the ontology implies is materialised per graph, so that "
		"queries need no property paths: what graph G implies goes "
		"into a graph of its own, <" IRKG_INFERRED_GRAPH "/...> named "
		"after G (<" IRKG_INFERRED_GRAPH "/article/...> for an "
		"article), and what the ontology and knowledge base imply into "
		"<" IRKG_INFERRED_GRAPH ">. Only what queries, tables and the "
		"network read is written: the direct edges of relations "
		"(irkg:alliedWith between the parties of an irkg:Alliance, "
		"...), irkg:relatedTo, irkg:participant, memberships both ways "
		"(irkg:memberOf from irkg:hasMember), irkg:sanctionedBy, and "
		"rdf:type irkg:Actor and the relation classes (a Treaty is an "
		"Agreement). The axioms (rdfs:subClassOf, rdfs:subPropertyOf, "
		"symmetric and inverse properties) come from the ontology "
		"graph <" IRKG_ONTOLOGY_GRAPH ">.",
		"'irkg ingest', 'irkg load' and 'irkg drop' keep the inferred "
		"graphs of what they write in the same transaction. 'irkg "
		"infer' checks every graph's inferred graph against what it "
		"implies and repairs the ones that differ (needed after the "
		"ontology graph changes); --rebuild drops every inferred graph "
		"and writes them all again. One transaction: on an error the "
		"inferred graphs stay as they were. See docs/inference.md.",
		NULL},
	(const struct cli_help_option[]){
		{"--rebuild",
		 "drop every inferred graph and infer again from scratch", 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"Check the inferred graphs: nothing to repair after ingests.",
		 "irkg infer",
		 "irkg: inferred ... triples (was ...) from ... statements in "
		 "...\n"
		 "irkg: 0 inferred graphs were repaired"},
		{"The direct edges it made from irkg:Alliance answer a plain "
		 "query:",
		 "irkg query -f table -e 'SELECT ?ally WHERE {\n"
		 "state:USA irkg:alliedWith ?ally } ORDER BY ?ally'",
		 "| ally      |\n"
		 "...\n"
		 "| state:JPN |\n"
		 "| state:KOR |\n"
		 "...\n"
		 "2 rows"},
		{"Start again from scratch:", "irkg infer --rebuild",
		 "irkg: inferred ... triples (was ...) from ... statements in "
		 "...\n"
		 "irkg: rebuilt every inferred graph"},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure: nothing was written"},
		{2, "the command line is wrong (an argument)"},
		EXIT_WRITE_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page network_page = {
	"network",
	"network [--format dot|graphml|gexf|json] [--from DATE] [--to DATE] "
	"[--actors CODE,...] [--kind KIND,...] [--min-weight W] [--igos] "
	"[--render svg|png] [-o FILE]",
	"state networks for Graphviz, Gephi, yEd, Cytoscape",
	(const char *const[]){
		"Print the network of states the store knows: nodes are states "
		"(name, ISO codes, region), edges alliances, disputes and "
		"agreements (weight 1 per relation) and cooperation (quad "
		"classes 1-2) and conflict (3-4) events (weight = number of "
		"event dyads, with their Goldstein sum and first and last "
		"dates). Edges are undirected; only nodes with an edge "
		"appear. See docs/network.md.",
		NULL},
	(const struct cli_help_option[]){
		{"-f, --format F",
		 "dot (default; Graphviz), graphml (Gephi, yEd, Cytoscape), "
		 "gexf (Gephi, with time spans) or json ({\"nodes\": [...], "
		 "\"edges\": [...]})",
		 0},
		{"--from DATE, --to DATE",
		 "only events dated in the range (YYYY, YYYY-MM or YYYY-MM-DD, "
		 "compared at their precision; undated events are left out) "
		 "and relations not ended before or begun after it",
		 0},
		{"--actors CODE,...",
		 "only edges whose two ends are both in the list (USA,JPN,KOR)",
		 0},
		{"--kind KIND,...",
		 "only these kinds: alliance, dispute, agreement, cooperation, "
		 "conflict",
		 0},
		{"--min-weight W", "leave out edges of weight below W", 0},
		{"--igos",
		 "international organisations (NATO, EUR, UNO) as nodes too",
		 0},
		{"--render svg|png",
		 "draw the network for a person to read, with Graphviz (the "
		 "Debian package graphviz): a force-directed layout without "
		 "overlaps, nodes sized by their number of edges, edges "
		 "coloured by kind and widened by weight, a legend. On a "
		 "dense network each state keeps only its strongest edges "
		 "(up to 3), and the caption says how many are shown (\"127 "
		 "of 3025 edges shown\"). The filters above apply first.",
		 0},
		{"-o, --output FILE",
		 "write here (the file appears only on success)", 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"The alliances as JSON:",
		 "irkg network -f json --kind alliance",
		 "{\"nodes\": [\n"
		 "  {\"id\": \"JPN\", \"label\": \"Japan\", \"type\": "
		 "\"state\", "
		 "...\n"
		 "...\n"
		 " \"edges\": [\n"
		 "  {\"id\": \"e1\", \"source\": \"JPN\", \"target\": \"USA\", "
		 "\"kind\": \"alliance\", ...\n"
		 "  {\"id\": \"e2\", \"source\": \"KOR\", \"target\": \"USA\", "
		 "\"kind\": \"alliance\", ...\n"
		 " ]}"},
		{"The disputes for Graphviz:", "irkg network --kind dispute",
		 "graph irkg {\n"
		 "...\n"
		 "  \"JPN\" -- \"KOR\" [color=\"#c62828\", style=solid, ...\n"
		 "...\n"
		 "}"},
		{"A picture to look at, and its caption:",
		 "irkg network --render svg -o network.svg", NULL},
		{NULL, "grep -o '[0-9]* states; [^<]*' network.svg",
		 "3 states; all 5 edges shown"},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure, or --render without Graphviz's dot, with dot "
		    "failing or taking over a minute"},
		{2, "the command line is wrong: an unknown option, format or "
		    "kind, a bad date, code or weight, or --render with a "
		    "format other than dot"},
		EXIT_READ_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

static const struct cli_help_page serve_page = {
	"serve",
	"serve [--listen HOST:PORT] [--timeout S]",
	"answer SPARQL, the canned queries, tables and networks over HTTP",
	(const char *const[]){
		"Serve the store read-only over HTTP, for SPARQLWrapper, R, "
		"YASGUI, Gephi or a browser: the SPARQL 1.1 Protocol at "
		"/sparql (GET, or POST as application/sparql-query or "
		"urlencoded query=...; without a query, the service "
		"description), the canned queries at /queries (their list, "
		"as JSON) and /queries/NAME?PARAM=VALUE, the tables at "
		"/events and /relations (parameters from, to, actor), the "
		"network at /network (parameters format: json, dot, graphml, "
		"gexf, or svg and png drawn as by irkg network --render; "
		"kind, from, to, actors, min-weight, igos: as for irkg "
		"network), and a page at / to try them.",
		"Answers follow the Accept header: SPARQL results as JSON, "
		"XML, CSV or TSV; CONSTRUCT as Turtle, N-Triples or RDF/XML; "
		"tables as TSV, CSV or JSON. Every reply allows any origin "
		"(CORS). SPARQL Update is refused (403): the store changes "
		"through irkg ingest, load and drop, which may run while the "
		"server answers. A query over 64 KiB (413), nested more than "
		"64 deep (400), or running past the time limit (503) is "
		"refused with a JSON {\"error\": ...} that says why; the "
		"server goes on. Requests are answered one at a time; stop "
		"it with Ctrl-C or SIGTERM.",
		NULL},
	(const struct cli_help_option[]){
		{"-l, --listen HOST:PORT",
		 "the IPv4 address and port to listen on (default "
		 "127.0.0.1:3030; port 0 picks a free one, which the first "
		 "line on standard error names)",
		 0},
		{"--timeout SECONDS",
		 "stop a query that runs longer and answer 503 (default 30; "
		 "0: no limit)",
		 0},
		STORE_OPTION,
		LOCK_WAIT_OPTION,
		HELP_OPTION,
		END_OPTIONS},
	(const struct cli_help_example[]){
		{"Serve the store, ask a canned query as CSV, stop:",
		 "irkg serve --listen 127.0.0.1:38530 &\n"
		 "curl -s --retry 10 --retry-connrefused --retry-delay 1 \\\n"
		 "  -H 'Accept: text/csv' \\\n"
		 "  'http://127.0.0.1:38530/queries/allies?state=KOR'\n"
		 "kill $!",
		 "...\n"
		 "ally,name\n"
		 "https://w3id.org/irkg/id/state/USA,United States"},
		{NULL, NULL, NULL}},
	(const struct cli_help_exit[]){
		EXIT_OK_TEXT,
		{1, "failure: the address cannot be listened on (in use, or "
		    "not this machine's)"},
		{2, "the command line is wrong: a bad --listen or --timeout"},
		EXIT_READ_STORE_TEXT,
		END_EXITS},
	NULL,
	NULL,
};

const struct cli_help_page *const cli_help_pages[] = {
	&irkg_page,	 &extract_page, &ingest_page, &events_page,
	&relations_page, &load_page,	&query_page,  &export_page,
	&graphs_page,	 &drop_page,	&stats_page,  &infer_page,
	&network_page,	 &serve_page};

const size_t cli_help_n_pages =
	sizeof(cli_help_pages) / sizeof(cli_help_pages[0]);
