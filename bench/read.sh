#!/bin/sh
# bench/read.sh: irkg's article reading speed (reader, tokens, sentences,
# mentions, dates) on a deterministic synthetic corpus, beside tokenising
# alone in the same process. `make bench` runs it before bench/run.sh;
# bench/README.md says how to read the output.
#
# Environment:
#   BENCH_ARTICLES  corpus size (default 10000)
#   BENCH_SEED      generator seed (default 1)
set -u

cd "$(dirname "$0")/.." || exit 1
N=${BENCH_ARTICLES:-10000}
SEED=${BENCH_SEED:-1}
WORK=build/bench
CORPUS=$WORK/articles-$N-$SEED
PKGS="redland raptor2 rasqal libxml-2.0 libutf8proc lmdb"
CFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -D_POSIX_C_SOURCE=200809L"

mkdir -p "$WORK" || exit 1
cc $CFLAGS -o "$WORK/gen_articles" bench/gen_articles.c || exit 1
# shellcheck disable=SC2046,SC2086
cc $CFLAGS $(pkg-config --cflags $PKGS) -o "$WORK/bench_read" \
	bench/bench_read.c build/release/libirkg.a \
	$(pkg-config --libs $PKGS) -lstemmer || exit 1
if [ ! -f "$CORPUS/.done" ]; then
	rm -rf "$CORPUS"
	mkdir -p "$CORPUS" || exit 1
	"$WORK/gen_articles" "$N" "$CORPUS" "$SEED" || exit 1
	: >"$CORPUS/.done"
fi
echo "== reading: $N synthetic articles (bench/gen_articles.c, seed $SEED)"
"$WORK/bench_read" ontology "$CORPUS"/art-*.txt
