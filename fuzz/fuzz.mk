# libFuzzer targets for the readers in extract/ (see fuzz/README.md).
#
#   make -f fuzz/fuzz.mk                  build all, fuzz each FUZZ_SECONDS
#   make -f fuzz/fuzz.mk FUZZ_SECONDS=300 FUZZ_TARGETS="html feed"
#   make -f fuzz/fuzz.mk fuzz-build       build only
#   make -f fuzz/fuzz.mk fuzz-html        fuzz one target
#   make -f fuzz/fuzz.mk fuzz-clean
#
# Run from the top of the tree. Everything is written under build/fuzz/:
# the binaries, corpus-NAME (seeded from tests/articles, then grown by
# libFuzzer), artifacts-NAME (crash/leak/timeout reproducers) and NAME.log.

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 30
FUZZ_TARGETS ?= text plaintext html feed dates article
FUZZ_OUT := build/fuzz

FUZZ_PKGS := libxml-2.0 libutf8proc
FUZZ_PKG_CFLAGS := $(shell pkg-config --cflags $(FUZZ_PKGS) 2>/dev/null)
FUZZ_PKG_LIBS := $(shell pkg-config --libs $(FUZZ_PKGS) 2>/dev/null)
# The project's warnings (Makefile WARN).
FUZZ_WARN := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-unused-parameter
# UBSan must abort, not just print, for a finding to fail the run.
FUZZ_CFLAGS := -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -fno-omit-frame-pointer \
	-D_POSIX_C_SOURCE=200809L
FUZZ_ARGS := -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	-rss_limit_mb=2048 -print_final_stats=1
FUZZ_ENV ?= UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Per target: the extract/ sources it links, its seeds and its dictionary.
src_text := extract/text.c
src_plaintext := extract/plaintext.c
src_html := extract/html.c extract/html_body.c extract/html_meta.c \
	extract/html_util.c extract/xml.c
src_feed := extract/feed.c extract/dates.c extract/xml.c
src_dates := extract/dates.c extract/text.c
src_article := extract/article.c extract/mention.c extract/mention_finder.c \
	extract/entity.c extract/title.c extract/group.c extract/reference.c \
	extract/lexicon.c extract/gazetteer.c \
	extract/text.c extract/dates.c extract/plaintext.c extract/html.c \
	extract/html_body.c extract/html_meta.c extract/html_util.c \
	extract/feed.c extract/xml.c

seeds_text := $(wildcard tests/articles/*.txt)
seeds_plaintext := $(seeds_text)
seeds_dates := $(seeds_text)
seeds_html := $(wildcard tests/articles/*.html)
seeds_feed := $(wildcard tests/articles/*.rss tests/articles/*.atom)
seeds_article := $(seeds_text) $(seeds_html) $(seeds_feed)

dict_text := fuzz/dict/dates.dict
dict_plaintext := fuzz/dict/plaintext.dict
dict_html := fuzz/dict/html.dict
dict_feed := fuzz/dict/feed.dict
dict_dates := fuzz/dict/dates.dict
dict_article := fuzz/dict/article.dict

FUZZ_HEADERS := $(wildcard extract/*.h common/*.h)
FUZZ_BINS := $(FUZZ_TARGETS:%=$(FUZZ_OUT)/fuzz_%)

.PHONY: fuzz fuzz-build fuzz-tools fuzz-clean $(FUZZ_TARGETS:%=fuzz-%)

fuzz: fuzz-build
	@fail=0; \
	$(foreach t,$(FUZZ_TARGETS),$(call fuzz_run,$(t)) || fail=1;) \
	if [ $$fail -ne 0 ]; then \
		echo "fuzz: FAILED; reproducers are in $(FUZZ_OUT)/artifacts-*/"; \
		exit 1; \
	fi

fuzz-build: $(FUZZ_BINS)

$(FUZZ_TARGETS:%=fuzz-%): fuzz-%: $(FUZZ_OUT)/fuzz_%
	@$(call fuzz_run,$*)

# A broken toolchain should say what to install, not fail at link time.
fuzz-tools:
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || { \
		echo "fuzz: $(FUZZ_CC) not found; install the Debian package" \
			"clang (apt-get install clang)" >&2; exit 1; }
	@mkdir -p $(FUZZ_OUT)
	@printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)' \
		'{ return 0; }' >$(FUZZ_OUT)/probe.c
	@$(FUZZ_CC) -fsanitize=fuzzer,address,undefined \
		-o $(FUZZ_OUT)/probe $(FUZZ_OUT)/probe.c >/dev/null 2>&1 || { \
		echo "fuzz: $(FUZZ_CC) cannot link -fsanitize=fuzzer (the" \
			"libFuzzer runtime is missing); install the Debian" \
			"package clang (its runtime is libclang-rt-14-dev on" \
			"bookworm: apt-get install clang libclang-rt-14-dev)" >&2; \
		exit 1; }
	@pkg-config --exists $(FUZZ_PKGS) || { \
		echo "fuzz: needs libxml2 and utf8proc headers; install the" \
			"Debian packages libxml2-dev libutf8proc-dev" >&2; exit 1; }

.SECONDEXPANSION:
$(FUZZ_OUT)/fuzz_%: fuzz/fuzz_%.c $$(src_$$*) $(FUZZ_HEADERS) | fuzz-tools
	$(FUZZ_CC) $(FUZZ_WARN) $(FUZZ_CFLAGS) $(FUZZ_PKG_CFLAGS) -o $@ \
		$< $(src_$*) $(FUZZ_PKG_LIBS)

# $(call fuzz_run,NAME): seed build/fuzz/corpus-NAME, run fuzz_NAME for
# FUZZ_SECONDS, print one summary line and exit with libFuzzer's status
# (non-zero on a crash, leak, timeout or out-of-memory).
fuzz_run = ( \
	corpus=$(FUZZ_OUT)/corpus-$(1); art=$(FUZZ_OUT)/artifacts-$(1); \
	log=$(FUZZ_OUT)/$(1).log; \
	mkdir -p $$corpus $$art && \
	$(if $(seeds_$(1)),cp $(seeds_$(1)) $$corpus/ &&) \
	{ $(FUZZ_ENV) $(FUZZ_OUT)/fuzz_$(1) $(FUZZ_ARGS) \
		-artifact_prefix=$$art/ \
		$(if $(wildcard $(dict_$(1))),-dict=$(dict_$(1))) \
		$$corpus >$$log 2>&1; rc=$$?; }; \
	runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $$log); \
	rate=$$(sed -n 's/^stat::average_exec_per_sec: *//p' $$log); \
	secs=$$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) .*/\1/p' $$log); \
	cov=$$(grep -E '^\#[0-9]+[[:space:]]+DONE' $$log | \
		sed 's/.*DONE *//; s/ lim:.*//; s/ exec\/s:.*//'); \
	if [ $$rc -eq 0 ]; then \
		echo "fuzz_$(1): ok, $$runs runs in $$secs s ($$rate/s)," \
			"$$cov"; \
	else \
		echo "fuzz_$(1): FAILED (exit $$rc) after $${runs:-?} runs;" \
			"log $$log; reproducer $$(ls -t $$art | head -n 1 | \
			sed "s|^|$$art/|")"; \
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' $$log | \
			head -n 5 | sed 's/^/  /'; \
	fi; \
	exit $$rc)

fuzz-clean:
	rm -rf $(FUZZ_OUT)
