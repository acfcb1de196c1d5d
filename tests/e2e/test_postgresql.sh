# --store postgresql:… : Redland's PostgreSQL module against a PostgreSQL
# started here on 127.0.0.1 (scripts/postgresql.sh), answering as the
# embedded LMDB store does. Skipped (and counted as skipped) where
# PostgreSQL or Redland's module is not installed or the server cannot
# start.
. "$(dirname "$0")/lib.sh"
A1="$TOP/tests/articles/a01-korea-japan.txt"
A2="$TOP/tests/articles/a02-ukraine-russia.html"
L="lmdb:$WORK/lmdb"
PG="$WORK/pg"

module=$(ls /usr/lib/*/redland/librdf_storage_postgresql.so 2>/dev/null | head -n 1)
initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | head -n 1)
if [ -z "$module" ]; then
	skip "a local PostgreSQL answers as the LMDB store (needs librdf-storage-postgresql; 'make deps' as root installs it)"
	exit 0
fi
if [ -z "$initdb" ]; then
	skip "a local PostgreSQL answers as the LMDB store (needs postgresql; 'make deps' as root installs it)"
	exit 0
fi
mkdir -p "$PG"
chmod 755 "$WORK"
if ! sh "$TOP/scripts/postgresql.sh" start "$PG" >"$WORK/pg.env" 2>"$WORK/pg.err"; then
	skip "a local PostgreSQL answers as the LMDB store (the server could not start here: $(tail -n 1 "$WORK/pg.err"))"
	exit 0
fi
trap 'sh "$TOP/scripts/postgresql.sh" stop "$PG" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
. "$WORK/pg.env"
P=$IRKG_STORE
unset IRKG_STORE
pass "a PostgreSQL started on 127.0.0.1 ($P)"

run --store "$P" ingest "$A1" "$A2"
expect_rc 0 "ingest into PostgreSQL"
expect_err "ingested 2 articles" "both articles, the ontology loaded first"
"$IRKG_RELEASE" --store "$L" -q ingest "$A1" "$A2" >/dev/null 2>&1

canonical() {
	sed 's/_:[A-Za-z0-9]*/_:b/g' "$1" | sort
}
for cmd in events relations graphs stats "export -f nquads" "network --format json" \
	"query allies --param state=JPN" \
	"query -f tsv post-holder --param state=JPN --param role=HeadOfGovernment --param date=2021-05-05" \
	"query -f tsv active-dyads" "query -f tsv criticised"; do
	# shellcheck disable=SC2086
	run --store "$P" $cmd
	expect_rc 0 "postgresql: $cmd"
	canonical "$OUT" >"$WORK/p.out"
	# shellcheck disable=SC2086
	"$IRKG_RELEASE" --store "$L" $cmd >"$OUT" 2>/dev/null
	canonical "$OUT" >"$WORK/l.out"
	expect_same "$WORK/l.out" "$WORK/p.out" "postgresql: '$cmd' as on the LMDB store"
done

"$IRKG" --store "$P" graphs >"$WORK/before" 2>/dev/null
run --store "$P" ingest "$A1"
expect_rc 0 "postgresql: ingest the same article again"
"$IRKG" --store "$P" graphs >"$WORK/after" 2>/dev/null
expect_same "$WORK/before" "$WORK/after" "postgresql: the graphs and their sizes are unchanged"

run --store "$P" infer
expect_rc 0 "postgresql: infer checks what is inferred"
# the triples it infers are those already stored: "inferred N triples (was N)"
inferred=$(sed -n 's/.*inferred \([0-9]*\) triples (was \([0-9]*\)).*/\1 \2/p' "$ERR")
if [ -n "$inferred" ] && [ "${inferred% *}" = "${inferred#* }" ] && [ "${inferred% *}" -gt 0 ]; then
	pass "and finds it there"
else
	fail "and finds it there (got '$inferred')"
fi

port=$(cat "$PG/port")
run --store "postgresql:host=127.0.0.1;port=1;database=irkg;user=irkg;password=irkg" events
expect_rc 4 "postgresql: no server at the address"
expect_true "and makes no folder of the spec" test ! -e "postgresql:host=127.0.0.1;port=1;database=irkg;user=irkg;password=irkg"
