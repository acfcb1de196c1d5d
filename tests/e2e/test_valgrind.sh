# The optimised program under valgrind: no invalid access and no leak of
# irkg's own on any command (library reports are in tests/valgrind.supp).
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
BIN=${IRKG_RELEASE:-$TOP/bin/irkg}
need_tool valgrind "every command valgrind-clean" || exit 0
if [ ! -x "$BIN" ]; then
	fail "the release program $BIN is built (make check builds it)"
	exit 0
fi
vg() { # vg EXPECTED-EXIT DESCRIPTION ARGS...
	want=$1
	what=$2
	shift 2
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
		--suppressions="$TOP/tests/valgrind.supp" --error-exitcode=99 \
		"$BIN" "$@" >"$OUT" 2>"$ERR"
	RC=$?
	expect_rc "$want" "valgrind-clean: $what"
}
printf '@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated .\n' >"$WORK/bad.ttl"
vg 0 "load" --store "$S" load --graph urn:irkg:sample "$TOP/tests/fixtures/sample.ttl"
vg 0 "load a second file" --store "$S" load "$TOP/ontology/actors/igos.ttl"
vg 3 "a load with a syntax error, rolled back" --store "$S" load "$WORK/bad.ttl"
vg 0 "a canned query as a table" --store "$S" query -f table sample-alliances
vg 0 "a query as JSON" --store "$S" query -f json -e 'SELECT ?s WHERE { ?s a irkg:State }'
vg 0 "an aggregate in a graph" --store "$S" query -f tsv -e 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'
vg 3 "a refused query" --store "$S" query -e 'SELECT * WHERE { ?s ?p ?o MINUS { ?s a ?t } }'
vg 0 "export Turtle" --store "$S" export
vg 0 "export N-Quads" --store "$S" export -f nquads
vg 0 "graphs" --store "$S" graphs
vg 0 "stats" --store "$S" stats
vg 0 "drop" --store "$S" drop urn:irkg:sample
vg 4 "a missing store" --store "$WORK/none" graphs
need "$SEED" "valgrind-clean: extract the seed article" &&
	vg 0 "extract the seed article as Turtle" extract "$SEED"
vg 0 "extract a feed and a page as mentions" extract -f mentions "$TOP/tests/articles/a04-africa-feed.rss" "$TOP/tests/articles/b02-nato-summit.html"
vg 0 "extract invalid UTF-8" extract "$TOP/tests/articles/b07-invalid-utf8.txt"
vg 0 "ingest an article" --store "$WORK/ingest" ingest "$TOP/tests/articles/a01-korea-japan.txt"
vg 0 "the events table" --store "$WORK/ingest" events -f json
vg 0 "the relations table" --store "$WORK/ingest" relations -f csv
vg 0 "extract events with --explain" extract -f events --explain "$TOP/tests/articles/b03-iran-iaea.txt"
# The server: requests of every kind, then SIGTERM; it must stop cleanly.
if command -v curl >/dev/null 2>&1; then
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
		--suppressions="$TOP/tests/valgrind.supp" --error-exitcode=99 \
		"$BIN" --store "$WORK/ingest" serve --listen 127.0.0.1:0 >"$OUT" 2>"$ERR" &
	vgpid=$!
	n=0 port=
	while [ -z "$port" ] && [ $n -lt 600 ]; do
		sleep 0.1
		port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$ERR")
		n=$((n + 1))
	done
	for path in "/queries" "/queries/allies?state=JPN" "/sparql?query=SELEKT" \
		"/events?format=json" "/network?kind=alliance" "/nowhere"; do
		curl -s -o /dev/null "http://127.0.0.1:$port$path"
	done
	curl -s -o /dev/null -H 'Content-Type: application/sparql-query' \
		--data 'SELECT * WHERE { ?s ?p ?o } LIMIT 3' "http://127.0.0.1:$port/sparql"
	kill -TERM "$vgpid"
	wait "$vgpid"
	RC=$?
	expect_rc 0 "valgrind-clean: irkg serve answering seven requests, then SIGTERM"
else
	skip "valgrind-clean: irkg serve (needs curl)"
fi
