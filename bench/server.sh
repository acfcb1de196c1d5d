#!/bin/sh
# bench/server.sh (make bench-server): extraction fanned out and a server
# store beside the embedded one, on generated articles (bench/gen_articles.c).
#   1. extract BENCH_SERVER_ARTICLES articles on BENCH_SERVER_WORKERS
#      workers (xargs -P) into one N-Quads file per article
#      (irkg extract -f nquads --out-dir), timed, with CPU seconds and size;
#   2. start a local Virtuoso (scripts/virtuoso.sh, under build/bench),
#      load the ontology (one irkg ingest), bulk-load the files
#      (scripts/virtuoso-load.sh, Virtuoso's loader on 2 threads): quads/s,
#      database size;
#   3. load the same files into the embedded LMDB store (irkg load, one
#      transaction, inferred graphs recomputed): quads/s, store size;
#   4. every canned query with its default parameters on both stores (each a
#      new process; Virtuoso: median of 3; LMDB: one run, stopped after
#      BENCH_QUERY_LIMIT s).
# Environment:
#   BENCH_SERVER_ARTICLES  articles (default 10000)
#   BENCH_SERVER_WORKERS   extraction workers (default 2)
#   BENCH_SEED             generator seed (default 1)
#   BENCH_QUERY_LIMIT      seconds an LMDB query may run (default 60)
#   IRKG                   the irkg program (default bin/irkg)
set -u

cd "$(dirname "$0")/.." || exit 1
N=${BENCH_SERVER_ARTICLES:-10000}
WORKERS=${BENCH_SERVER_WORKERS:-2}
SEED=${BENCH_SEED:-1}
LIMIT=${BENCH_QUERY_LIMIT:-60}
IRKG=${IRKG:-bin/irkg}
WORK=$(pwd)/build/bench
CORPUS=$WORK/server-$N-$SEED
NQ=$WORK/server-nq
VT=$WORK/server-virtuoso
STORE=$WORK/server-lmdb
CFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -D_POSIX_C_SOURCE=200809L"

for tool in virtuoso-t isql-vt bc; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "bench/server.sh: $tool not found (make deps installs it)" >&2
		exit 1
	}
done
mkdir -p "$WORK" || exit 1
cc $CFLAGS -o "$WORK/gen_articles" bench/gen_articles.c || exit 1
if [ ! -f "$CORPUS/.done" ]; then
	rm -rf "$CORPUS"
	mkdir -p "$CORPUS" || exit 1
	"$WORK/gen_articles" "$N" "$CORPUS" "$SEED" >/dev/null || exit 1
	: >"$CORPUS/.done"
fi
rm -rf "$NQ" "$STORE"
sh scripts/virtuoso.sh stop "$VT" >/dev/null 2>&1
rm -rf "$VT"
trap 'sh scripts/virtuoso.sh stop "$VT" >/dev/null 2>&1' EXIT
trap 'exit 130' INT TERM
calc() { awk "BEGIN { printf \"%.6g\", $1 }"; }
mb() { du -sk "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }

echo "== extract: $N generated articles on $WORKERS workers (xargs -P $WORKERS, 500 a process)"
/usr/bin/time -f "%e %U %S" -o "$WORK/server.time" sh -c \
	"ls '$CORPUS'/art-*.txt | xargs -P $WORKERS -n 500 '$IRKG' -q extract -f nquads --out-dir '$NQ'" || exit 1
read -r wall user sys <"$WORK/server.time"
files=$(ls "$NQ" | wc -l | tr -d ' ')
quads=$(cat "$NQ"/*.nq | wc -l | tr -d ' ')
echo "  $files files, $quads quads, $(mb "$NQ") MB; $wall s wall, $(calc "$user + $sys") s CPU;" \
	"$(calc "$N / $wall") articles/s, $(calc "($user + $sys) * 1000 / $N") ms CPU an article"

echo "== Virtuoso: bulk load (scripts/virtuoso-load.sh, 2 loader threads)"
IRKG_VIRTUOSO_BUFFERS=340000 IRKG_VIRTUOSO_DIRTY_BUFFERS=250000 IRKG_VIRTUOSO_DIRS="$WORK" \
	sh scripts/virtuoso.sh start "$VT" >"$WORK/server.env" || exit 1
. "$WORK/server.env"
V=$IRKG_STORE
unset IRKG_STORE
t0=$(date +%s.%N)
"$IRKG" -q --store "$V" ingest tests/articles/a01-korea-japan.txt || exit 1
echo "  the ontology and one article through the module (one statement a call): $(calc "$(date +%s.%N) - $t0") s"
t0=$(date +%s.%N)
sh scripts/virtuoso-load.sh "$V" "$NQ" 2 || exit 1
t=$(calc "$(date +%s.%N) - $t0")
echo "  $quads quads in $t s: $(calc "$quads / $t") quads/s, $(calc "$N / $t") articles/s;" \
	"database $(mb "$VT") MB ($(calc "$(du -sk "$VT" | cut -f1) * 1024 / $quads") B a quad)"

echo "== LMDB (the embedded store): irkg load of the same files"
"$IRKG" -q --store "$STORE" ingest tests/articles/a01-korea-japan.txt || exit 1
t0=$(date +%s.%N)
"$IRKG" -q --store "$STORE" load "$NQ" || exit 1
t=$(calc "$(date +%s.%N) - $t0")
echo "  $quads quads in $t s: $(calc "$quads / $t") quads/s, $(calc "$N / $t") articles/s;" \
	"store $(mb "$STORE") MB ($(calc "$(du -sk "$STORE" | cut -f1) * 1024 / $quads") B a quad)"

echo "== canned queries on $N articles, seconds (Virtuoso: median of 3; LMDB: one run, stopped after $LIMIT s)"
printf '  %-18s %10s %8s %10s %8s\n' query virtuoso rows lmdb rows
for q in $("$IRKG" query --list | grep -v '^ ' | cut -f1); do
	set -- query -f tsv "$q"
	# an event that the criticised query finds
	[ "$q" = evidence ] && set -- "$@" --param \
		"fact=$("$IRKG" --store "$STORE" query -f csv criticised 2>/dev/null | awk -F, 'NR == 2 { print $NF }')"
	times=""
	for i in 1 2 3; do
		t0=$(date +%s.%N)
		"$IRKG" --store "$V" "$@" >"$WORK/server.out" 2>"$WORK/server.err" || echo "  ($q on Virtuoso: $(tail -n 1 "$WORK/server.err"))"
		times="$times $(calc "$(date +%s.%N) - $t0")"
	done
	vt=$(echo "$times" | tr ' ' '\n' | grep . | sort -n | sed -n 2p)
	vrows=$(($(wc -l <"$WORK/server.out") - 1))
	t0=$(date +%s.%N)
	if "$IRKG" --store "$STORE" "$@" --timeout "$LIMIT" >"$WORK/server.out" 2>"$WORK/server.err"; then
		lt=$(calc "$(date +%s.%N) - $t0")
		lrows=$(($(wc -l <"$WORK/server.out") - 1))
	else
		lt=">$LIMIT"
		lrows="-"
	fi
	printf '  %-18s %10s %8s %10s %8s\n' "$q" "$vt" "$vrows" "$lt" "$lrows"
done
for c in events relations "network --format json"; do
	# shellcheck disable=SC2086
	t0=$(date +%s.%N)
	"$IRKG" --store "$V" $c >/dev/null 2>&1
	vt=$(calc "$(date +%s.%N) - $t0")
	t0=$(date +%s.%N)
	# shellcheck disable=SC2086
	"$IRKG" --store "$STORE" $c >/dev/null 2>&1
	printf '  %-18s %10s %8s %10s\n' "$c" "$vt" "" "$(calc "$(date +%s.%N) - $t0")"
done
