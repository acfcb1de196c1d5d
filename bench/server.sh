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
#   3. load the files of the first BENCH_SERVER_SUBSET articles into the
#      embedded LMDB store (irkg load, one transaction, inferred graphs
#      recomputed): quads/s, store size;
#   4. every canned query with its default parameters on both stores (each a
#      new process; Virtuoso: median of 3; LMDB: one run, stopped after
#      BENCH_QUERY_LIMIT s), then the events and relations tables and the
#      network, once each. When both stores hold the same articles, each
#      answer is compared (sorted): "same" or "DIFFER".
# The N-Quads files are deleted once loaded (100,000 articles make 30 GB)
# unless BENCH_SERVER_KEEP is set; with it, the server is left running and
# the stores kept, so that `BENCH_SERVER_STEP=queries bench/server.sh` times
# step 4 again on them (with another IRKG, say).
# Environment:
#   BENCH_SERVER_ARTICLES  articles (default 10000)
#   BENCH_SERVER_SUBSET    articles in the LMDB store (default the lesser of
#                          10000 and BENCH_SERVER_ARTICLES): the first ones
#   BENCH_SERVER_WORKERS   extraction workers (default 2)
#   BENCH_SERVER_STEP      all (default), or queries (step 4 only, on the
#                          stores a BENCH_SERVER_KEEP run left)
#   BENCH_SERVER_KEEP      set: keep the files, the stores and the server
#   BENCH_SEED             generator seed (default 1)
#   BENCH_QUERY_LIMIT      seconds an LMDB query may run (default 60)
#   IRKG_VIRTUOSO_BUFFERS  Virtuoso's 8 KB buffers (default 340000)
#   IRKG                   the irkg program (default bin/irkg)
set -u

cd "$(dirname "$0")/.." || exit 1
N=${BENCH_SERVER_ARTICLES:-10000}
SUBSET=${BENCH_SERVER_SUBSET:-$((N < 10000 ? N : 10000))}
WORKERS=${BENCH_SERVER_WORKERS:-2}
STEP=${BENCH_SERVER_STEP:-all}
KEEP=${BENCH_SERVER_KEEP:-}
SEED=${BENCH_SEED:-1}
LIMIT=${BENCH_QUERY_LIMIT:-60}
IRKG=${IRKG:-bin/irkg}
WORK=$(pwd)/build/bench
CORPUS=$WORK/server-$N-$SEED
NQ=$WORK/server-nq-$N
VT=$WORK/server-virtuoso-$N
STORE=$WORK/server-lmdb-$N
OUT=$WORK/server-$N
CFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -D_POSIX_C_SOURCE=200809L"

[ "$SUBSET" -le "$N" ] || {
	echo "bench/server.sh: BENCH_SERVER_SUBSET is more than BENCH_SERVER_ARTICLES" >&2
	exit 2
}
for tool in virtuoso-t isql-vt bc; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "bench/server.sh: $tool not found (make deps installs it)" >&2
		exit 1
	}
done
mkdir -p "$WORK" || exit 1
calc() { awk "BEGIN { printf \"%.6g\", $1 }"; }
mb() { du -sk "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }
[ -n "$KEEP" ] || trap 'sh scripts/virtuoso.sh stop "$VT" >/dev/null 2>&1' EXIT
trap 'exit 130' INT TERM

if [ "$STEP" = all ]; then
	cc $CFLAGS -o "$OUT.gen" bench/gen_articles.c || exit 1
	if [ ! -f "$CORPUS/.done" ]; then
		rm -rf "$CORPUS"
		mkdir -p "$CORPUS" || exit 1
		"$OUT.gen" "$N" "$CORPUS" "$SEED" >/dev/null || exit 1
		: >"$CORPUS/.done"
	fi
	sh scripts/virtuoso.sh stop "$VT" >/dev/null 2>&1
	rm -rf "$NQ" "$STORE" "$VT"
	mkdir -p "$NQ/subset" "$NQ/rest" || exit 1

	echo "== extract: $N generated articles on $WORKERS workers (xargs -P $WORKERS, 500 a process)"
	# the first SUBSET articles apart: the LMDB store gets those
	/usr/bin/time -f "%e %U %S" -o "$OUT.time" sh -c "
		find '$CORPUS' -name 'art-*.txt' | sort | head -n $SUBSET | xargs -P $WORKERS -n 500 '$IRKG' -q extract -f nquads --out-dir '$NQ/subset' &&
		find '$CORPUS' -name 'art-*.txt' | sort | tail -n +$((SUBSET + 1)) | xargs -r -P $WORKERS -n 500 '$IRKG' -q extract -f nquads --out-dir '$NQ/rest'" ||
		exit 1
	read -r wall user sys <"$OUT.time"
	files=$(find "$NQ" -name '*.nq' | wc -l | tr -d ' ')
	quads=$(find "$NQ" -name '*.nq' -exec cat {} + | wc -l | tr -d ' ')
	subset_quads=$(find "$NQ/subset" -name '*.nq' -exec cat {} + | wc -l | tr -d ' ')
	echo "  $files files, $quads quads, $(mb "$NQ") MB; $wall s wall, $(calc "$user + $sys") s CPU;" \
		"$(calc "$N / $wall") articles/s, $(calc "($user + $sys) * 1000 / $N") ms CPU an article"

	echo "== Virtuoso: bulk load of $N articles (scripts/virtuoso-load.sh, 2 loader threads)"
	IRKG_VIRTUOSO_BUFFERS=${IRKG_VIRTUOSO_BUFFERS:-340000} \
		IRKG_VIRTUOSO_DIRTY_BUFFERS=${IRKG_VIRTUOSO_DIRTY_BUFFERS:-250000} IRKG_VIRTUOSO_DIRS="$WORK" \
		sh scripts/virtuoso.sh start "$VT" >"$OUT.env" || exit 1
	. "$OUT.env"
	V=$IRKG_STORE
	unset IRKG_STORE
	t0=$(date +%s.%N)
	"$IRKG" -q --store "$V" ingest tests/articles/a01-korea-japan.txt || exit 1
	echo "  the ontology and one article through the module (one statement a call): $(calc "$(date +%s.%N) - $t0") s"
	t0=$(date +%s.%N)
	sh scripts/virtuoso-load.sh "$V" "$NQ/subset" 2 || exit 1
	t=$(calc "$(date +%s.%N) - $t0")
	echo "  first $SUBSET articles: $subset_quads quads in $t s: $(calc "$subset_quads / $t") quads/s," \
		"$(calc "$SUBSET / $t") articles/s; database $(mb "$VT") MB"
	if [ "$SUBSET" -lt "$N" ]; then
		t1=$(date +%s.%N)
		sh scripts/virtuoso-load.sh "$V" "$NQ/rest" 2 || exit 1
		t=$(calc "$(date +%s.%N) - $t1")
		echo "  the other $((N - SUBSET)) articles: $((quads - subset_quads)) quads in $t s:" \
			"$(calc "($quads - $subset_quads) / $t") quads/s, $(calc "($N - $SUBSET) / $t") articles/s"
	fi
	t=$(calc "$(date +%s.%N) - $t0")
	echo "  all: $quads quads in $t s: $(calc "$quads / $t") quads/s, $(calc "$N / $t") articles/s;" \
		"database $(mb "$VT") MB ($(calc "$(du -sk "$VT" | cut -f1) * 1024 / $quads") B a quad)"

	echo "== LMDB (the embedded store): irkg load of the first $SUBSET articles' files"
	"$IRKG" -q --store "$STORE" ingest tests/articles/a01-korea-japan.txt || exit 1
	t0=$(date +%s.%N)
	"$IRKG" -q --store "$STORE" load "$NQ/subset" || exit 1
	t=$(calc "$(date +%s.%N) - $t0")
	echo "  $subset_quads quads in $t s: $(calc "$subset_quads / $t") quads/s, $(calc "$SUBSET / $t") articles/s;" \
		"store $(mb "$STORE") MB ($(calc "$(du -sk "$STORE" | cut -f1) * 1024 / $subset_quads") B a quad)"
	[ -n "$KEEP" ] || rm -rf "$NQ"
else
	[ -f "$OUT.env" ] && [ -d "$STORE" ] || {
		echo "bench/server.sh: no stores of a BENCH_SERVER_KEEP run of $N articles" >&2
		exit 1
	}
	. "$OUT.env"
	V=$IRKG_STORE
	unset IRKG_STORE
fi

# same A B: whether two answers hold the same lines (in any order)
same() {
	if [ "$SUBSET" -ne "$N" ]; then
		echo "-"
	elif [ "$(sort "$1" | md5sum)" = "$(sort "$2" | md5sum)" ]; then
		echo same
	else
		echo DIFFER
	fi
}

echo "== canned queries, seconds: Virtuoso on $N articles (median of 3), LMDB on $SUBSET (one run, stopped after $LIMIT s)"
printf '  %-18s %10s %8s %10s %8s %6s\n' query virtuoso rows lmdb rows answer
for q in $("$IRKG" query --list | grep -v '^ ' | cut -f1); do
	set -- query -f tsv "$q"
	# an event that the criticised query finds
	[ "$q" = evidence ] && set -- "$@" --param \
		"fact=$("$IRKG" --store "$STORE" query -f csv criticised 2>/dev/null | tr -d '\r' | awk -F, 'NR == 2 { print $NF }')"
	times=""
	for i in 1 2 3; do
		t0=$(date +%s.%N)
		"$IRKG" --store "$V" "$@" >"$OUT.v" 2>"$OUT.err" || echo "  ($q on Virtuoso: $(tail -n 1 "$OUT.err"))"
		times="$times $(calc "$(date +%s.%N) - $t0")"
	done
	vt=$(echo "$times" | tr ' ' '\n' | grep . | sort -n | sed -n 2p)
	vrows=$(($(wc -l <"$OUT.v") - 1))
	t0=$(date +%s.%N)
	if "$IRKG" --store "$STORE" "$@" --timeout "$LIMIT" >"$OUT.l" 2>"$OUT.err"; then
		lt=$(calc "$(date +%s.%N) - $t0")
		lrows=$(($(wc -l <"$OUT.l") - 1))
	else
		lt=">$LIMIT"
		lrows="-"
	fi
	printf '  %-18s %10s %8s %10s %8s %6s\n' "$q" "$vt" "$vrows" "$lt" "$lrows" "$(same "$OUT.v" "$OUT.l")"
done
for c in events relations "network --format json"; do
	t0=$(date +%s.%N)
	# shellcheck disable=SC2086
	"$IRKG" --store "$V" $c >"$OUT.v" 2>"$OUT.err" || echo "  ($c on Virtuoso: $(tail -n 1 "$OUT.err"))"
	vt=$(calc "$(date +%s.%N) - $t0")
	t0=$(date +%s.%N)
	# shellcheck disable=SC2086
	"$IRKG" --store "$STORE" $c >"$OUT.l" 2>"$OUT.err"
	lt=$(calc "$(date +%s.%N) - $t0")
	printf '  %-18s %10s %8s %10s %8s %6s\n' "$c" "$vt" "$(wc -l <"$OUT.v")" "$lt" \
		"$(wc -l <"$OUT.l")" "$(same "$OUT.v" "$OUT.l")"
done
[ -z "$KEEP" ] || echo "== kept: the server runs ($(cat "$OUT.env" | tr '\n' ' ')); stop it with scripts/virtuoso.sh stop $VT"
