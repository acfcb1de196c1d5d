# irkg — build, test, benchmark and install.
#
#   make          build bin/irkg (and build/release/libirkg.a)
#   make demo     ingest a bundled article, print its events and relations
#                 and a query's answer (the quick start)
#   make check    every test, built with AddressSanitizer and UBSan
#   make bench    reading speed beside tokenising alone; load and query
#                 throughput beside rdfproc and Oxigraph; ingest in batches
#                 up to 10,000 articles (bench/scale.sh)
#   make bench-html  the HTML reader on the article-extraction benchmark
#                 (BENCH_HTML_DIR, default ../shared/bench/article-extraction)
#   make eval     precision, recall and F1 against tests/gold
#   make fuzz     libFuzzer on the article readers (clang), FUZZ_SECONDS each
#   make install  PREFIX=/usr/local (the program, its data, the web page
#                 and irkg(1))
#   make docs/irkg.1  the manual page, written by `bin/irkg --man` from
#                 cli/help_text.c (the page is committed: run this after
#                 changing the help, test_cli.sh checks it)
#
# Every target first runs `make deps`, which installs missing Debian
# packages when run as root and otherwise prints the apt-get line.

VERSION := 0.1.0
PREFIX ?= /usr/local
DATADIR := $(PREFIX)/share/irkg
MANDIR := $(PREFIX)/share/man/man1

CC ?= cc
BENCH_HTML_DIR ?= ../shared/bench/article-extraction
PKGS := redland raptor2 rasqal libxml-2.0 libutf8proc lmdb libmicrohttpd
# pkg-config runs only once deps has made sure it exists
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null)

WARN := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-unused-parameter
DEFS := -D_POSIX_C_SOURCE=200809L -DIRKG_VERSION='"$(VERSION)"' \
	-DIRKG_DATADIR='"$(DATADIR)"'
RELEASE_FLAGS := -O2 -g
CHECK_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined

# extract/ needs common/ and neither Redland nor LMDB (DESIGN.md)
EXTRACT_SRC := $(wildcard common/*.c) $(wildcard extract/*.c)
EXTRACT_PKGS := libxml-2.0 libutf8proc
EXTRACT_LIBS = $(shell pkg-config --libs $(EXTRACT_PKGS) 2>/dev/null) -lstemmer
LIB_SRC := $(wildcard graph/*.c) $(EXTRACT_SRC)
CLI_SRC := $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
HEADERS := $(wildcard common/*.h graph/*.h extract/*.h cli/*.h tests/unit/*.h)
# A unit test that includes a graph/ header (or testutil.h, the graph
# tests' helpers) links with libirkg.a; the others test extract/ and link
# with common/ and extract/ objects only, which keeps extract/ buildable
# without graph/.
GRAPH_UNIT_SRC := $(shell grep -l -e '\.\./graph/' -e '"testutil\.h"' $(UNIT_SRC) /dev/null)
EXTRACT_UNIT_SRC := $(filter-out $(GRAPH_UNIT_SRC),$(UNIT_SRC))

REL := build/release
CHK := build/check

REL_LIB_OBJ := $(LIB_SRC:%.c=$(REL)/%.o)
REL_CLI_OBJ := $(CLI_SRC:%.c=$(REL)/%.o)
CHK_LIB_OBJ := $(LIB_SRC:%.c=$(CHK)/%.o)
CHK_CLI_OBJ := $(CLI_SRC:%.c=$(CHK)/%.o)
CHK_EXTRACT_OBJ := $(EXTRACT_SRC:%.c=$(CHK)/%.o)
CHK_GRAPH_UNITS := $(GRAPH_UNIT_SRC:tests/unit/%.c=$(CHK)/tests/%)
CHK_EXTRACT_UNITS := $(EXTRACT_UNIT_SRC:tests/unit/%.c=$(CHK)/tests/%)
CHK_UNITS := $(CHK_GRAPH_UNITS) $(CHK_EXTRACT_UNITS)

.PHONY: all deps demo check unit e2e bench bench-html bench-server eval fuzz install uninstall clean format virtuoso-start virtuoso-stop

all: deps
	@$(MAKE) --no-print-directory bin/irkg

deps:
	@sh scripts/deps.sh

eval: all
	@sh scripts/eval.sh bin/irkg

fuzz: deps
	@$(MAKE) --no-print-directory -f fuzz/fuzz.mk

bin/irkg: $(REL_CLI_OBJ) $(REL)/libirkg.a
	@mkdir -p bin
	$(CC) $(RELEASE_FLAGS) -o $@ $(REL_CLI_OBJ) $(REL)/libirkg.a $(PKG_LIBS)

$(REL)/libirkg.a: $(REL_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(REL)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(RELEASE_FLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(CHK)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(CHECK_FLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(CHK)/libirkg.a: $(CHK_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(CHK)/libirkg_extract.a: $(CHK_EXTRACT_OBJ)
	rm -f $@ && ar rcs $@ $^

$(CHK)/irkg: $(CHK_CLI_OBJ) $(CHK)/libirkg.a
	$(CC) $(CHECK_FLAGS) -o $@ $(CHK_CLI_OBJ) $(CHK)/libirkg.a $(PKG_LIBS)

# The manual page comes from the same text as --help.
docs/irkg.1: bin/irkg
	bin/irkg --man >$@.tmp && mv $@.tmp $@

# tests/unit/testutil_core.c holds what every unit test shares;
# tests/unit/testutil.c what the tests of graph/ share besides, and
# tests/unit/testutil_extract.c what those of extract/'s rooms do.
$(CHK)/tests/%.o: tests/unit/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(CHECK_FLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(CHK_GRAPH_UNITS): $(CHK)/tests/%: tests/unit/%.c $(CHK)/tests/testutil_core.o \
		$(CHK)/tests/testutil.o $(CHK)/libirkg.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(CHECK_FLAGS) $(PKG_CFLAGS) -o $@ $< \
		$(CHK)/tests/testutil.o $(CHK)/tests/testutil_core.o \
		$(CHK)/libirkg.a $(PKG_LIBS) $(CMOCKA_LIBS)

$(CHK_EXTRACT_UNITS): $(CHK)/tests/%: tests/unit/%.c $(CHK)/tests/testutil_core.o \
		$(CHK)/tests/testutil_extract.o $(CHK)/libirkg_extract.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(DEFS) $(CHECK_FLAGS) $(PKG_CFLAGS) -o $@ $< \
		$(CHK)/tests/testutil_extract.o $(CHK)/tests/testutil_core.o \
		$(CHK)/libirkg_extract.a $(EXTRACT_LIBS) $(CMOCKA_LIBS)

# The quick start: the knowledge base and a bundled sample into the default
# store (./irkg-store, Berkeley DB), then two canned queries on them.
demo: all
	./bin/irkg ingest tests/articles/a01-korea-japan.txt
	./bin/irkg events | cut -f1,2,4,6,7,9
	./bin/irkg relations | cut -f1-4,7
	./bin/irkg query -f table post-holder --param state=JPN \
		--param role=HeadOfGovernment --param date=2025-11-18
	@echo "The store is ./irkg-store: try ./bin/irkg ingest FILE, ./bin/irkg query --list"

# A local Virtuoso on 127.0.0.1 for trials (its database in VIRTUOSO_DIR;
# free ports, or VIRTUOSO_PORT and VIRTUOSO_HTTP_PORT): prints the ODBCINI and IRKG_STORE lines
# to use it (README, "Virtuoso").
VIRTUOSO_DIR ?= build/virtuoso
VIRTUOSO_PORT ?=
VIRTUOSO_HTTP_PORT ?=
virtuoso-start: deps
	@sh scripts/virtuoso.sh start $(VIRTUOSO_DIR) $(VIRTUOSO_PORT) $(VIRTUOSO_HTTP_PORT)

virtuoso-stop:
	@sh scripts/virtuoso.sh stop $(VIRTUOSO_DIR)

check: deps
	@$(MAKE) --no-print-directory $(CHK)/irkg $(CHK_UNITS) bin/irkg
	@sh tests/run.sh $(CHK)

# The HTML reader on the article-extraction benchmark (BENCH_HTML_DIR).
bench-html: all
	@BENCH_HTML_DIR="$(BENCH_HTML_DIR)" sh bench/html.sh

bench: all
	@sh bench/read.sh
	@sh bench/ingest.sh
	@sh bench/run.sh
	@sh bench/scale.sh
	@sh bench/serve.sh

# Extraction fanned out and a Virtuoso store beside the embedded one
# (bench/server.sh; BENCH_SERVER_ARTICLES, default 10000).
bench-server: all
	@sh bench/server.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR)/queries/virtuoso \
		$(DESTDIR)$(DATADIR)/www $(DESTDIR)$(MANDIR)
	install -m 755 bin/irkg $(DESTDIR)$(PREFIX)/bin/irkg
	install -m 644 docs/irkg.1 $(DESTDIR)$(MANDIR)/irkg.1
	install -m 644 queries/*.rq $(DESTDIR)$(DATADIR)/queries/
	install -m 644 queries/virtuoso/*.rq $(DESTDIR)$(DATADIR)/queries/virtuoso/
	install -m 644 www/index.html $(DESTDIR)$(DATADIR)/www/
	if [ -d ontology ]; then cp -R ontology $(DESTDIR)$(DATADIR)/; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/irkg $(DESTDIR)$(MANDIR)/irkg.1
	rm -rf $(DESTDIR)$(DATADIR)

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(UNIT_SRC) tests/unit/testutil*.c bench/gen_ntriples.c $(HEADERS)

clean:
	rm -rf build bin
