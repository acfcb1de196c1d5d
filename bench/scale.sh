#!/bin/sh
# bench/scale.sh: irkg at the size analysts keep, not at ten articles.
# Ingests BENCH_SCALE_ARTICLES generated articles (bench/gen_articles.c)
# into an empty default store in batches of BENCH_BATCH, one `irkg ingest`
# per batch, and prints for each batch its time, rate, peak RSS and the
# store's size (peak RSS counts the store's mapped pages the ingest touched;
# "anon" is the memory the process itself held); then the last batch's time
# over the first's (1.0 when an
# ingest costs what its input costs, whatever the store holds), and the
# canned queries timed on the full store (median of 3, each a new process),
# and beside them the same queries (`irkg query --show`) in Oxigraph loaded
# with the store's N-Quads, when node and the npm package bench/run.sh
# installs are there. `make bench` runs it after the other scripts;
# bench/README.md reads it.
#
# Environment:
#   BENCH_SCALE_ARTICLES  articles in all (default 10000)
#   BENCH_BATCH           articles per batch (default 1000)
#   BENCH_SEED            generator seed (default 1)
#   BENCH_QUERY_LIMIT     seconds a canned query may run (default 60)
#   IRKG                  the irkg program (default bin/irkg)
set -u

cd "$(dirname "$0")/.." || exit 1
N=${BENCH_SCALE_ARTICLES:-10000}
BATCH=${BENCH_BATCH:-1000}
SEED=${BENCH_SEED:-1}
IRKG=${IRKG:-bin/irkg}
LIMIT=${BENCH_QUERY_LIMIT:-60}
WORK=build/bench
CORPUS=$WORK/scale-$N-$SEED
STORE=$WORK/scale-store
CFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -D_POSIX_C_SOURCE=200809L"

mkdir -p "$WORK" || exit 1
cc $CFLAGS -o "$WORK/gen_articles" bench/gen_articles.c || exit 1
cc $CFLAGS -o "$WORK/peak_rss" bench/peak_rss.c || exit 1
if [ ! -f "$CORPUS/.done" ]; then
	rm -rf "$CORPUS"
	mkdir -p "$CORPUS" || exit 1
	"$WORK/gen_articles" "$N" "$CORPUS" "$SEED" || exit 1
	: >"$CORPUS/.done"
fi
rm -rf "$STORE" "$WORK"/scale-batch-* "$WORK/scale.irkg"
trap 'rm -rf "$STORE" "$WORK"/scale-batch-* "$WORK/scale.nq"' EXIT
trap 'exit 130' INT TERM
now_ns() { date +%s%N; }
calc() { awk "BEGIN { printf \"%.6g\", $1 }"; }

echo "== scale: $N generated articles into an empty default store, $BATCH per ingest"
# the knowledge base first, so that every batch is articles alone
"$IRKG" -q --store "$STORE" ingest "$(ls "$CORPUS"/art-*.txt | head -n 1)" || exit 1
printf '  %-6s %9s %11s %9s %10s %10s %9s\n' batch seconds articles/s "RSS MB" "anon MB" "store MB" "B/triple"
ls "$CORPUS"/art-*.txt | split -l "$BATCH" - "$WORK/scale-batch-"
first= last= b=0
for list in "$WORK"/scale-batch-*; do
	b=$((b + 1))
	n=$(wc -l <"$list" | tr -d ' ')
	t0=$(now_ns)
	# shellcheck disable=SC2046
	"$WORK/peak_rss" "$IRKG" -q --store "$STORE" ingest $(cat "$list") 2>"$WORK/scale.err" || {
		echo "bench/scale.sh: batch $b failed:" >&2
		cat "$WORK/scale.err" >&2
		exit 1
	}
	t=$(calc "($(now_ns) - $t0) / 1e9")
	rss=$(sed -n 's/^peak_rss \([0-9]*\) .*/\1/p' "$WORK/scale.err")
	anon=$(sed -n 's/^peak_rss [0-9]* \([0-9]*\)/\1/p' "$WORK/scale.err")
	kb=$(du -sk "$STORE" | cut -f1)
	triples=$("$IRKG" --store "$STORE" graphs | awk '{ n += $1 } END { print n }')
	printf '  %-6s %9.2f %11.1f %9.0f %10.0f %10.0f %9.0f\n' "$b" "$t" "$(calc "$n / $t")" \
		"$(calc "$rss / 1024")" "$(calc "$anon / 1024")" "$(calc "$kb / 1024")" \
		"$(calc "$kb * 1024 / ${triples:-1}")"
	[ -n "$first" ] || first=$t
	last=$t
done
echo "  last batch / first batch: $(calc "$last / $first") (1.0 = the store's size costs nothing)"
echo "  store: ${triples:-?} triples, $(calc "$kb / 1024") MB, $(calc "$kb / $N") KB an article"

echo "== canned queries on the $N-article store (median of 3 runs, ms, each a new process; stopped after $LIMIT s)"
for q in $("$IRKG" query --list | awk -F'\t' 'NF > 1 && $1 !~ /^ / { print $1 }'); do
	: >"$WORK/scale.times"
	for i in 1 2 3; do
		t0=$(now_ns)
		timeout "$LIMIT" "$IRKG" --store "$STORE" query -f tsv "$q" >"$WORK/scale.out" 2>/dev/null
		rc=$?
		echo "$(calc "($(now_ns) - $t0) / 1e6")" >>"$WORK/scale.times"
		[ "$rc" != 124 ] || break # over the limit: once is enough
	done
	if [ "$rc" = 124 ]; then
		printf '  %-16s over %s s: stopped\n' "$q" "$LIMIT"
		continue
	fi
	if [ "$rc" = 2 ]; then
		printf '  %-16s needs a --param without a default: not run\n' "$q"
		continue
	fi
	rows=$(($(wc -l <"$WORK/scale.out") - 1))
	ms=$(sort -g "$WORK/scale.times" | sed -n 2p)
	printf '  %-16s %8.0f ms %7s rows%s\n' "$q" "$ms" "$rows" \
		"$([ "$rc" = 0 ] || echo " (exit $rc)")"
	[ "$rc" = 0 ] && echo "$q $ms $rows" >>"$WORK/scale.irkg"
done

# The same queries in Oxigraph (in memory, in process: its times have no
# process start, irkg's do), on the same quads, as their union.
OXI_DIR=$WORK/npm
if [ -f "$OXI_DIR/node_modules/oxigraph/package.json" ] && command -v node >/dev/null 2>&1 &&
	[ -s "$WORK/scale.irkg" ]; then
	echo "== the same queries in Oxigraph (median of 3, ms, in one process), irkg over Oxigraph"
	"$IRKG" --store "$STORE" export -f nquads -o "$WORK/scale.nq" || exit 1
	qargs=
	while read -r q ms rows; do
		"$IRKG" query --show "$q" >"$WORK/scale-$q.rq" || exit 1
		qargs="$qargs $q=$WORK/scale-$q.rq"
	done <"$WORK/scale.irkg"
	# shellcheck disable=SC2086
	if env NODE_PATH="$OXI_DIR/node_modules" node --max-old-space-size=8192 \
		bench/oxigraph.mjs "$WORK/scale.nq" - 3 $qargs >"$WORK/scale.oxi" 2>"$WORK/scale.oxi.err"; then
		printf '  load: %.1f s\n' "$(calc "$(sed -n 's/^load //p' "$WORK/scale.oxi") / 1000")"
		while read -r q ms rows; do
			oxi=$(awk -v q="$q" '$1 == "query" && $2 == q { print $3, $4 }' "$WORK/scale.oxi")
			printf '  %-16s irkg %8.0f ms  Oxigraph %8.1f ms  %7s rows  irkg/Oxigraph %s\n' "$q" "$ms" \
				"${oxi% *}" "${oxi#* }" "$(calc "$ms / (${oxi% *} + 0.001)")"
		done <"$WORK/scale.irkg"
	else
		echo "  Oxigraph failed:"
		sed 's/^/    /' "$WORK/scale.oxi.err" | head -n 5
	fi
	rm -f "$WORK/scale.nq"
else
	echo "== Oxigraph not installed (bench/run.sh installs it with npm): no comparison"
fi
