#!/bin/sh
# kill -9 at ten moments of a 400-article ingest into the default (LMDB)
# store, inference included: each time the store opens, holds exactly what
# it held before the ingest or what it holds after it, never a part, and
# leaves no stale lock (the next writer goes ahead at once).
. "$(dirname "$0")/lib.sh"
# The release build when there is one: the sanitizers' build would take
# minutes, and what is tested is the store, not the code's memory use.
BIN=${IRKG_RELEASE:-$IRKG}
[ -x "$BIN" ] || BIN=$IRKG

cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -o "$WORK/gen_articles" \
	"$TOP/bench/gen_articles.c" || {
	fail "bench/gen_articles.c builds"
	exit 0
}
mkdir -p "$WORK/articles"
"$WORK/gen_articles" 500 "$WORK/articles" 7 >/dev/null || {
	fail "gen_articles writes 500 articles"
	exit 0
}
ls "$WORK"/articles/art-*.txt | head -n 100 >"$WORK/first"
ls "$WORK"/articles/art-*.txt | tail -n +101 >"$WORK/rest"

# state STORE: the quad count and a digest of every graph with its size,
# the store's whole state as far as an ingest changes it.
state() {
	n=$("$BIN" --store "$1" query -f tsv -e \
		'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | tail -n 1)
	g=$("$BIN" --store "$1" graphs | sort | cksum | cut -d' ' -f1)
	[ -n "$n" ] && echo "$n quads, graphs $g"
}

# shellcheck disable=SC2046
"$BIN" -q --store "$WORK/base" ingest $(cat "$WORK/first") >/dev/null 2>&1
before=$(state "$WORK/base")
cp -r "$WORK/base" "$WORK/full"
t0=$(date +%s%N)
# shellcheck disable=SC2046
"$BIN" -q --store "$WORK/full" ingest $(cat "$WORK/rest") >/dev/null 2>&1
took_ms=$((($(date +%s%N) - t0) / 1000000))
after=$(state "$WORK/full")
if [ -n "$before" ] && [ -n "$after" ] && [ "$before" != "$after" ]; then
	pass "the ingest changes the store (it takes $took_ms ms)"
else
	fail "the ingest changes the store ('$before' -> '$after')"
	exit 0
fi

# Ten moments spread over the ingest's length, each moved by a random
# amount, so that the reading, the storing, the inference and the commit
# are all hit over the runs.
seen_before=0 seen_after=0
for i in 1 2 3 4 5 6 7 8 9 10; do
	rm -rf "$WORK/s"
	cp -r "$WORK/base" "$WORK/s"
	jitter=$(awk -v s="$i$$" 'BEGIN { srand(s); printf "%d", rand() * 100 }')
	at_ms=$((took_ms * i / 11 + took_ms * jitter / 1000))
	# shellcheck disable=SC2046
	"$BIN" -q --store "$WORK/s" ingest $(cat "$WORK/rest") >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk -v ms="$at_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	now=$(state "$WORK/s")
	if [ "$now" = "$before" ]; then
		seen_before=$((seen_before + 1))
		pass "kill -9 at ${at_ms} ms: the store opens and holds what it held before"
	elif [ "$now" = "$after" ]; then
		seen_after=$((seen_after + 1))
		pass "kill -9 at ${at_ms} ms: the store opens and holds the whole ingest"
	else
		fail "kill -9 at ${at_ms} ms: the store holds '$now', neither '$before' nor '$after'"
	fi
	if flock -n "$WORK/s/lock" true 2>/dev/null; then
		pass "kill -9 at ${at_ms} ms: no stale lock"
	else
		fail "kill -9 at ${at_ms} ms: the lock is still held"
	fi
done
# At least one kill must have landed inside the ingest, or the test
# tested nothing.
if [ "$seen_before" -gt 0 ]; then
	pass "$seen_before of the 10 kills landed inside the ingest"
else
	fail "no kill landed inside the ingest"
fi
# And the interrupted store takes the ingest again, whole.
# shellcheck disable=SC2046
"$BIN" -q --store "$WORK/s" ingest $(cat "$WORK/rest") >/dev/null 2>&1
expect_true "after the kills, the ingest runs again" test "$(state "$WORK/s")" = "$after"
