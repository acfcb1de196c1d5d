#!/bin/sh
# bench/serve.sh: irkg serve under load while an ingest writes the store.
# BENCH_SERVE_ARTICLES generated articles (bench/gen_articles.c), half
# ingested first; then BENCH_CLIENTS curl clients ask canned queries for
# BENCH_SERVE_SECONDS while the other half is ingested by another process.
# Prints the requests answered, the errors (any status but 200), the
# median and 95th-percentile latency, and beside them the same queries from
# the command line (each a new process) on the same store: the server's
# latency includes its queue, as requests are answered one at a time.
# Then whether the ingest lost anything: the store's graphs after it equal
# a store that took both halves with no server running.
#
# Environment:
#   BENCH_SERVE_ARTICLES  articles in all (default 2000)
#   BENCH_CLIENTS         parallel clients (default 8)
#   BENCH_SERVE_SECONDS   seconds of load (default 30)
#   IRKG                  the irkg program (default bin/irkg)
set -u

cd "$(dirname "$0")/.." || exit 1
N=${BENCH_SERVE_ARTICLES:-2000}
CLIENTS=${BENCH_CLIENTS:-8}
LOAD_SECONDS=${BENCH_SERVE_SECONDS:-30}
IRKG=${IRKG:-bin/irkg}
WORK=build/bench
CORPUS=$WORK/serve-$N
STORE=$WORK/serve-store
CFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -D_POSIX_C_SOURCE=200809L"

command -v curl >/dev/null 2>&1 || {
	echo "== serve: skipped (needs curl)"
	exit 0
}
mkdir -p "$WORK" || exit 1
cc $CFLAGS -o "$WORK/gen_articles" bench/gen_articles.c || exit 1
if [ ! -f "$CORPUS/.done" ]; then
	rm -rf "$CORPUS"
	mkdir -p "$CORPUS" || exit 1
	"$WORK/gen_articles" "$N" "$CORPUS" 3 || exit 1
	: >"$CORPUS/.done"
fi
rm -rf "$STORE" "$STORE-ref" "$WORK"/serve-load-*
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null
	rm -rf "$STORE" "$STORE-ref" "$WORK"/serve-load-* "$WORK"/serve-half-*
}
trap cleanup EXIT
trap 'exit 130' INT TERM
now_ns() { date +%s%N; }

ls "$CORPUS"/art-*.txt | head -n $((N / 2)) >"$WORK/serve-half-1"
ls "$CORPUS"/art-*.txt | tail -n +$((N / 2 + 1)) >"$WORK/serve-half-2"
# shellcheck disable=SC2046
"$IRKG" -q --store "$STORE" ingest $(cat "$WORK/serve-half-1") || exit 1

echo "== serve: $CLIENTS clients for $LOAD_SECONDS s on a $((N / 2))-article store while $((N - N / 2)) more are ingested"
"$IRKG" -q --store "$STORE" serve --listen 127.0.0.1:0 --timeout 60 2>"$WORK/serve-load-server.err" &
server=$!
port=
n=0
while [ -z "$port" ] && [ $n -lt 100 ]; do
	sleep 0.1
	port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$WORK/serve-load-server.err")
	n=$((n + 1))
done
[ -n "$port" ] || {
	echo "bench/serve.sh: the server did not start" >&2
	cat "$WORK/serve-load-server.err" >&2
	exit 1
}
BASE=http://127.0.0.1:$port

# The queries the clients ask, in turn; and the same from the command line.
QUERIES="active-dyads criticised?state=RUS timeline?a=USA&b=CHN allies?state=USA meetings?state=FRA"
cli_args() { # the irkg query arguments of a client's query
	name=${1%%\?*}
	printf '%s' "$name"
	case $1 in *\?*) printf ' %s' "$(echo "${1#*\?}" | tr '&' '\n' | sed 's/^/-p /' | tr '\n' ' ')" ;; esac
}

: >"$WORK/serve-load-cli"
for q in $QUERIES; do
	for i in 1 2 3; do
		t0=$(now_ns)
		# shellcheck disable=SC2046
		"$IRKG" --store "$STORE" query -f csv $(cli_args "$q") >/dev/null 2>&1
		echo "$(( ($(now_ns) - t0) / 1000 ))" >>"$WORK/serve-load-cli"
	done
done

# shellcheck disable=SC2046
"$IRKG" -q --store "$STORE" ingest $(cat "$WORK/serve-half-2") 2>"$WORK/serve-load-ingest.err" &
writer=$!
end=$(($(date +%s) + LOAD_SECONDS))
c=0 clients=
while [ $c -lt "$CLIENTS" ]; do
	c=$((c + 1))
	(
		while [ "$(date +%s)" -lt "$end" ]; do
			for q in $QUERIES; do
				curl -s -o /dev/null -H 'Accept: text/csv' \
					-w '%{http_code} %{time_total}\n' "$BASE/queries/$q"
			done
		done
	) >"$WORK/serve-load-$c" &
	clients="$clients $!"
done
wait "$writer"
ingest_rc=$?
for pid in $clients; do wait "$pid"; done

cat "$WORK"/serve-load-[0-9]* >"$WORK/serve-load-all"
total=$(wc -l <"$WORK/serve-load-all" | tr -d ' ')
errors=$(awk '$1 != 200' "$WORK/serve-load-all" | wc -l | tr -d ' ')
pct() { # pct FILE P: the P-th percentile of the numbers in FILE
	sort -g "$1" | awk -v p="$2" '{ v[NR] = $1 } END { if (NR) { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print v[i] } }'
}
awk '{ print $2 * 1000 }' "$WORK/serve-load-all" >"$WORK/serve-load-ms"
awk '{ print $1 / 1000 }' "$WORK/serve-load-cli" >"$WORK/serve-load-cli-ms"
printf '  requests answered: %s (%.1f a second), errors: %s\n' "$total" \
	"$(awk -v n="$total" -v s="$LOAD_SECONDS" 'BEGIN { print n / s }')" "$errors"
printf '  server latency under load: p50 %.0f ms, p95 %.0f ms (%s clients, one request at a time)\n' \
	"$(pct "$WORK/serve-load-ms" 50)" "$(pct "$WORK/serve-load-ms" 95)" "$CLIENTS"
printf '  the same queries from the command line, idle store: p50 %.0f ms, p95 %.0f ms (a new process each)\n' \
	"$(pct "$WORK/serve-load-cli-ms" 50)" "$(pct "$WORK/serve-load-cli-ms" 95)"
kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
server=

# Nothing lost: the same two halves into a store with no server.
# shellcheck disable=SC2046
"$IRKG" -q --store "$STORE-ref" ingest $(cat "$WORK/serve-half-1") &&
	"$IRKG" -q --store "$STORE-ref" ingest $(cat "$WORK/serve-half-2") || exit 1
a=$("$IRKG" --store "$STORE" graphs | sort | cksum)
b=$("$IRKG" --store "$STORE-ref" graphs | sort | cksum)
if [ "$ingest_rc" = 0 ] && [ "$a" = "$b" ]; then
	echo "  the ingest under load: whole (its graphs and sizes equal a store built with no server)"
else
	echo "  the ingest under load: DIFFERS from a store built with no server (exit $ingest_rc)"
fi
