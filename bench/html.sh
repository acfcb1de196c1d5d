#!/bin/sh
# bench/html.sh: irkg's HTML reader on the article-extraction benchmark
# (real pages with hand-marked bodies), scored with the benchmark's metric
# by bench/score_articles.c, then shown beside the published results from
# the benchmark's README. `make bench-html` runs it.
#
# Environment:
#   BENCH_HTML_DIR  the benchmark folder (default ../shared/bench/article-extraction)
#   BENCH_HTML_VERBOSE=1  one line per page (precision, recall, id) on stderr
set -u

cd "$(dirname "$0")/.." || exit 1
DIR=${BENCH_HTML_DIR:-../shared/bench/article-extraction}
WORK=build/bench
PAGES=$WORK/html-pages
PKGS="redland raptor2 rasqal libxml-2.0 libutf8proc lmdb"
CFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -D_POSIX_C_SOURCE=200809L"

if [ ! -f "$DIR/ground-truth.json" ] || [ ! -d "$DIR/html" ]; then
	echo "bench-html: no benchmark at $DIR (ground-truth.json and html/):" \
		"skipped; set BENCH_HTML_DIR to its folder"
	exit 0
fi
mkdir -p "$WORK" "$PAGES" || exit 1
# shellcheck disable=SC2046,SC2086
cc $CFLAGS $(pkg-config --cflags $PKGS) -o "$WORK/score_articles" \
	bench/score_articles.c build/release/libirkg.a \
	$(pkg-config --libs $PKGS) -lstemmer || exit 1
for gz in "$DIR"/html/*.html.gz; do
	page=$PAGES/$(basename "$gz" .gz)
	[ -f "$page" ] || gzip -dc "$gz" >"$page" || exit 1
done
V=
[ "${BENCH_HTML_VERBOSE:-}" = 1 ] && V=-v
echo "== article bodies: $(ls "$DIR"/html/*.html.gz | wc -l) pages from $DIR"
# shellcheck disable=SC2086
ROWS=$("$WORK/score_articles" $V "$DIR/ground-truth.json" "$PAGES") || exit 1
echo "$ROWS" | sed -n 1p
echo
grep -E '^\|( extractor|---)' "$DIR/README.md"
echo "$ROWS" | sed 1d
grep -E '^\| ' "$DIR/README.md" | grep -vE '^\|( extractor|---)'
