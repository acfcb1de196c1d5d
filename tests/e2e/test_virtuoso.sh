# --store virtuoso:… : Redland's Virtuoso module against a Virtuoso started
# here on 127.0.0.1 (scripts/virtuoso.sh), answering as the embedded LMDB
# store does for ingest, the tables, the canned queries, the network,
# exports, graphs, drop and inference. Skipped (and counted as skipped)
# where Virtuoso, its ODBC driver or Redland's module is not installed or
# the server cannot start.
. "$(dirname "$0")/lib.sh"
A1="$TOP/tests/articles/a01-korea-japan.txt"
A2="$TOP/tests/articles/a02-ukraine-russia.html"
L="lmdb:$WORK/lmdb"
VT="$WORK/vt"

module=$(ls /usr/lib/*/redland/librdf_storage_virtuoso.so 2>/dev/null | head -n 1)
driver=$(ls /usr/lib/*/odbc/virtodbc_r.so 2>/dev/null | head -n 1)
ready=1
need_tool virtuoso-t "a local Virtuoso answers as the LMDB store" || ready=0
need_tool isql-vt "a local Virtuoso answers as the LMDB store" || ready=0
if [ $ready = 1 ] && [ -z "$module" ]; then
	skip "a local Virtuoso answers as the LMDB store (needs librdf-storage-virtuoso; 'make deps' as root installs it)"
	ready=0
fi
if [ $ready = 1 ] && [ -z "$driver" ]; then
	skip "a local Virtuoso answers as the LMDB store (needs libvirtodbc0; 'make deps' as root installs it)"
	ready=0
fi
if [ $ready = 1 ] && ! sh "$TOP/scripts/virtuoso.sh" start "$VT" >"$WORK/vt.env" 2>"$WORK/vt.err"; then
	skip "a local Virtuoso answers as the LMDB store (the server could not start here: $(tail -n 1 "$WORK/vt.err"))"
	ready=0
fi
[ $ready = 1 ] || exit 0
trap 'sh "$TOP/scripts/virtuoso.sh" stop "$VT" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
. "$WORK/vt.env"
V=$IRKG_STORE
unset IRKG_STORE
pass "a Virtuoso started on 127.0.0.1 ($V)"
# the same server without its SPARQL endpoint: SELECT answers through the
# module, row by row
VM=$(printf '%s\n' "$V" | sed 's/;http=[^;]*//')
expect_true "the spec names the server's SPARQL endpoint (http=)" test "$VM" != "$V"

run --store "$V" ingest "$A1" "$A2"
expect_rc 0 "ingest into Virtuoso"
expect_err "ingested 2 articles" "both articles, the ontology loaded first"
"$IRKG_RELEASE" --store "$L" -q ingest "$A1" "$A2" >/dev/null 2>&1

# Blank node labels are made afresh by each parse; the order of a graph's
# statements is the store's own.
canonical() {
	sed 's/_:[A-Za-z0-9]*/_:b/g' "$1" | sort
}

compare() { # compare DESCRIPTION ARGS...: same output on both stores
	what=$1
	shift
	run --store "$V" "$@"
	expect_rc 0 "virtuoso: $what"
	canonical "$OUT" >"$WORK/v.out"
	"$IRKG_RELEASE" --store "$L" "$@" >"$OUT" 2>"$ERR"
	canonical "$OUT" >"$WORK/l.out"
	expect_same "$WORK/l.out" "$WORK/v.out" "virtuoso: '$what' as on the LMDB store"
}

compare events events
compare "events --actor RUS -f json" events --actor RUS -f json
compare relations relations
compare "network json" network --format json
compare "network graphml" network --format graphml
compare graphs graphs
compare stats stats
compare "export -f nquads" export -f nquads
compare "export one graph" export -f nquads --graph https://w3id.org/irkg/id/graph/inferred
compare "query allies" query allies --param state=JPN
compare "query post-holder (literals with a language)" query -f tsv post-holder --param state=JPN --param role=HeadOfGovernment --param date=2021-05-05
compare "query -f json members" query -f json members --param org=NATO
compare "query -f csv cameo-code" query -f csv cameo-code --param code=1042
EVENT=https://w3id.org/irkg/id/event/d9ce29ff0603554607d88b29976b77030b50297f-1
# queries/virtuoso/ holds active-dyads, criticised, dyad-score and
# meetings as Virtuoso runs them fastest: the same rows in the same order.
for q in active-dyads agreements criticised disputes dyad-score evidence \
	sample-alliances meetings meetings-jpn dyad-score-kor criticised-usa timeline; do
	set -- query -f tsv "${q%-???}"
	[ "$q" = evidence ] && set -- "$@" --param "fact=$EVENT"
	[ "$q" = timeline ] && set -- "$@" --param a=KOR --param b=JPN
	[ "$q" = meetings-jpn ] && set -- "$@" --param state=JPN
	[ "$q" = dyad-score-kor ] && set -- "$@" --param state=KOR
	[ "$q" = criticised-usa ] && set -- "$@" --param state=USA
	# as they come, without sorting: GROUP BY gives key order on both
	run --store "$V" "$@"
	expect_rc 0 "virtuoso: canned query $q"
	cp "$OUT" "$WORK/v.out"
	"$IRKG_RELEASE" --store "$L" "$@" >"$WORK/l.out" 2>/dev/null
	expect_same "$WORK/l.out" "$WORK/v.out" "virtuoso: canned query $q in the same rows and order"
done
n=$(wc -l <"$WORK/l.out" | tr -d ' ')
if [ "$n" -gt 1 ]; then pass "the comparisons are not empty"; else fail "the comparisons are not empty"; fi
# A query file's Virtuoso variant (DIR/virtuoso/NAME.rq) runs on
# Virtuoso, through the endpoint and through the module.
mkdir -p "$WORK/q/virtuoso"
echo 'SELECT ("rasqal" AS ?engine) {}' >"$WORK/q/engine.rq"
echo 'SELECT ("virtuoso" AS ?engine) {}' >"$WORK/q/virtuoso/engine.rq"
for spec in "$V" "$VM"; do
	"$IRKG" --store "$spec" query -f tsv "$WORK/q/engine.rq" >"$OUT" 2>"$ERR"
	RC=$?
	expect_out '"virtuoso"' "virtuoso: a query's variant in virtuoso/ runs instead of it"
	expect_no_out '"rasqal"' "virtuoso: the query itself does not run when it has a variant"
done

# SELECT answers whole through the SPARQL endpoint and row by row through
# the module: the same rows in the same order (Virtuoso's ORDER BY on
# both, not sorted here), in every format and for irkg's own queries.
for args in "query -f tsv timeline --param a=KOR --param b=JPN" \
	"query -f tsv meetings --param state=JPN" "query -f json criticised" \
	"query -f xml members --param org=NATO" "query -f csv dyad-score" \
	"query -f table post-holder --param state=JPN --param role=HeadOfGovernment --param date=2021-05-05" \
	events relations "network --format json" graphs; do
	# shellcheck disable=SC2086
	run --store "$V" $args
	expect_rc 0 "virtuoso endpoint: $args"
	cp "$OUT" "$WORK/v.out"
	# shellcheck disable=SC2086
	"$IRKG" --store "$VM" $args >"$WORK/m.out" 2>/dev/null
	expect_same "$WORK/m.out" "$WORK/v.out" "virtuoso: '$args' through the endpoint as through the module"
done
if [ "$(wc -l <"$WORK/v.out")" -gt 2 ]; then pass "the endpoint's answers are not empty"; else
	fail "the endpoint's answers are not empty"; fi

# ASK, true and false, in every format: Virtuoso 7.2 answers no ASK as a
# boolean (the module refuses it, the endpoint writes a table), so irkg
# sends it as a SELECT of one row; through the endpoint and through the
# module, the same answers as on the LMDB store.
CAMEO='<https://w3id.org/irkg/ontology#cameoCode>'
for q in "ASK { ?e $CAMEO \"114\" }" "ASK WHERE { ?e $CAMEO \"no such code\" }" \
	"PREFIX ask: <https://w3id.org/irkg/ontology#> ASK { ?e ask:cameoCode ?c } VALUES ?c { \"114\" }"; do
	for f in tsv json table csv xml; do
		"$IRKG_RELEASE" --store "$L" query -f "$f" -e "$q" >"$WORK/l.out" 2>/dev/null
		for spec in "$V" "$VM"; do
			run --store "$spec" query -f "$f" -e "$q"
			expect_rc 0 "virtuoso: $q -f $f"
			expect_same "$WORK/l.out" "$OUT" "virtuoso: $q -f $f as on the LMDB store ($( [ "$spec" = "$V" ] && echo endpoint || echo module))"
		done
	done
done
"$IRKG_RELEASE" --store "$L" query -f tsv -e "ASK { ?e $CAMEO \"114\" }" >"$WORK/yes" 2>/dev/null
"$IRKG_RELEASE" --store "$L" query -f json -e "ASK { ?e $CAMEO \"no such code\" }" >"$WORK/no" 2>/dev/null
expect_true "the LMDB store says true to one ASK" grep -qx true "$WORK/yes"
expect_true "and false to the other" grep -q '"boolean": false' "$WORK/no"

# An endpoint that is not there, or a query the server refuses there, is
# an error that says so, not an empty answer.
run --store "$VM;http=127.0.0.1:1" query -f tsv allies --param state=JPN
expect_true "virtuoso: no endpoint at http= fails" test "$RC" -ne 0
expect_err "Virtuoso's SPARQL endpoint at 127.0.0.1:1" "and names the endpoint"
run --store "$V" query -e 'SELECT ?x WHERE { ?x <http://e/p> ?y } ORDER BY bif:no_such_function(?x)'
expect_true "virtuoso: a query the endpoint refuses fails" test "$RC" -ne 0
expect_err "no_such_function" "with the server's reason"
# A query too long for a URL (the server cuts the request line at about
# 10,000 bytes) goes through the module instead.
pad=$(head -c 9000 /dev/zero | tr '\0' x)
run --store "$V" query -f tsv -e "SELECT ?e WHERE { ?e <https://w3id.org/irkg/ontology#cameoCode> \"114\" FILTER(STRLEN(\"$pad\") > 0) }"
expect_rc 0 "virtuoso: a query too long for the endpoint's URL"
expect_out "<https://w3id.org/irkg/id/event/" "is answered through the module"

# A query whose ORDER BY sorts on its own aggregate (Virtuoso refuses it
# as written; irkg orders outside a subquery) and whose optional columns
# use 1/0 (an error in Virtuoso; irkg writes it unbound).
run --store "$V" query -f tsv timeline --param a=KOR --param b=JPN
expect_rc 0 "virtuoso: timeline (ORDER BY over SAMPLE, 1/0)"
expect_out '"2025-11-18"^^<http://www.w3.org/2001/XMLSchema#date>	"KOR"	"JPN"' "timeline: the dated event first, its date kept"

run --store "$V" query -e 'SELECT ?g ?e WHERE { GRAPH ?g { ?e <https://w3id.org/irkg/ontology#cameoCode> "114" } }'
expect_rc 0 "virtuoso: a GRAPH pattern"
expect_out "<https://w3id.org/irkg/id/article/" "binds the article's graph"

run --store "$V" query -e 'SELECT ?x WHERE { ?x ?p }'
expect_rc 3 "virtuoso: a syntax error exits 3"
expect_err "SP030" "virtuoso: a syntax error is reported in the server's words"

# irkg serve on the Virtuoso store: the request thread's own Redland
# world must have the module too.
if need_tool curl "irkg serve on a Virtuoso store"; then
	"$IRKG" --store "$V" serve --listen 127.0.0.1:0 2>"$WORK/serve.err" &
	serve_pid=$!
	port=
	i=0
	while [ -z "$port" ] && [ $i -lt 100 ]; do
		sleep 0.1
		port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$WORK/serve.err")
		i=$((i + 1))
	done
	curl -s -H 'Accept: text/csv' "http://127.0.0.1:$port/queries/allies?state=KOR" >"$OUT"
	expect_out "https://w3id.org/irkg/id/state/USA,United States" "serve: a canned query answered from Virtuoso"
	curl -s "http://127.0.0.1:$port/events" >"$OUT"
	expect_out "KOR	https://w3id.org/irkg/id/state/JPN	JPN	1042" "serve: the events table"
	curl -s --get --data-urlencode "query=ASK { ?e $CAMEO \"114\" }" \
		-H 'Accept: application/sparql-results+json' "http://127.0.0.1:$port/sparql" >"$OUT"
	expect_out '"boolean": true' "serve: an ASK answered true from Virtuoso"
	curl -s --get --data-urlencode "query=ASK { ?e $CAMEO \"no such code\" }" \
		-H 'Accept: application/sparql-results+xml' "http://127.0.0.1:$port/sparql" >"$OUT"
	expect_out '<boolean>false</boolean>' "serve: an ASK answered false from Virtuoso"
	kill "$serve_pid"
	wait "$serve_pid" 2>/dev/null
fi

# Ingesting the same text again replaces its graph: nothing grows.
"$IRKG" --store "$V" graphs >"$WORK/before" 2>/dev/null
run --store "$V" ingest "$A1"
expect_rc 0 "virtuoso: ingest the same article again"
"$IRKG" --store "$V" graphs >"$WORK/after" 2>/dev/null
expect_same "$WORK/before" "$WORK/after" "virtuoso: the graphs and their sizes are unchanged"

run --store "$V" infer
expect_rc 0 "virtuoso: infer checks what is inferred"
# the triples it infers are those already stored: "inferred N triples (was N)"
inferred=$(sed -n 's/.*inferred \([0-9]*\) triples (was \([0-9]*\)).*/\1 \2/p' "$ERR")
if [ -n "$inferred" ] && [ "${inferred% *}" = "${inferred#* }" ] && [ "${inferred% *}" -gt 0 ]; then
	pass "and finds it there"
else
	fail "and finds it there (got '$inferred')"
fi

g=$(grep -o 'https://w3id.org/irkg/id/article/[0-9a-f]*' "$WORK/after" | head -n 1)
run --store "$V" drop "$g"
expect_rc 0 "virtuoso: drop an article's graph"
run --store "$V" graphs
expect_no_out "$g	" "the graph is gone"
expect_no_out "openlinksw" "Virtuoso's own graphs are not listed"

# Extraction fanned out: one self-contained N-Quads file per article, two
# workers (xargs -P 2), bulk-loaded with Virtuoso's own loader; running
# both again changes nothing (the files are named by the article's hash).
NQ="$VT/nq"
find "$TOP/tests/articles" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.rss' -o -name '*.atom' \) |
	sort >"$WORK/articles"
xargs -n 4 -P 2 "$IRKG_RELEASE" -q extract -f nquads --out-dir "$NQ" <"$WORK/articles" 2>/dev/null
n_files=$(ls "$NQ" | wc -l | tr -d ' ')
if [ "$n_files" -gt 10 ]; then pass "extract --out-dir: one file per article ($n_files)"; else
	fail "extract --out-dir: one file per article (got $n_files)"; fi
(cd "$NQ" && cat ./*.nq | md5sum) >"$WORK/sum1"
xargs -n 4 -P 2 "$IRKG_RELEASE" -q extract -f nquads --out-dir "$NQ" <"$WORK/articles" 2>/dev/null
(cd "$NQ" && cat ./*.nq | md5sum) >"$WORK/sum2"
expect_same "$WORK/sum1" "$WORK/sum2" "extract --out-dir again: the same files, byte for byte"
expect_true "no file is left half-written" test -z "$(ls "$NQ" | grep -v '\.nq$')"
sh "$TOP/scripts/virtuoso-load.sh" "$V" "$NQ" 2 >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0 "virtuoso-load.sh bulk-loads the files"
"$IRKG" --store "$V" graphs >"$WORK/g1" 2>/dev/null
sh "$TOP/scripts/virtuoso-load.sh" "$V" "$NQ" 2 >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0 "virtuoso-load.sh again"
"$IRKG" --store "$V" graphs >"$WORK/g2" 2>/dev/null
expect_same "$WORK/g1" "$WORK/g2" "loading again adds nothing"
xargs "$IRKG_RELEASE" --store "$WORK/all" -q ingest <"$WORK/articles" >/dev/null 2>&1
for cmd in events relations; do
	run --store "$V" $cmd
	sort "$OUT" >"$WORK/v.out"
	"$IRKG_RELEASE" --store "$WORK/all" $cmd 2>/dev/null | sort >"$WORK/l.out"
	expect_same "$WORK/l.out" "$WORK/v.out" "bulk-loaded: '$cmd' as after irkg ingest of the same articles"
done
# The queries with a Virtuoso form (queries/virtuoso/) on every test
# article: the same rows in the same order, and some rows.
rows=0
for args in "meetings" "meetings --param state=TUR" "criticised --param state=USA" \
	"dyad-score" "dyad-score --param state=RUS --param from=2022-01" "active-dyads --param n=7"; do
	# shellcheck disable=SC2086
	run --store "$V" query -f tsv $args
	expect_rc 0 "bulk-loaded: query $args"
	cp "$OUT" "$WORK/v.out"
	# shellcheck disable=SC2086
	"$IRKG_RELEASE" --store "$WORK/all" query -f tsv $args >"$WORK/l.out" 2>/dev/null
	expect_same "$WORK/l.out" "$WORK/v.out" "bulk-loaded: query $args in the same rows and order"
	rows=$((rows + $(wc -l <"$WORK/l.out") - 1))
done
if [ "$rows" -gt 20 ]; then pass "bulk-loaded: the queries' answers are not empty ($rows rows)"; else
	fail "bulk-loaded: the queries' answers are not empty ($rows rows)"; fi

# A server that is not there is said so (exit 4), not taken for a folder.
run --store "virtuoso:host=127.0.0.1:1;user=dba;password=dba" events
expect_rc 4 "virtuoso: no server at the address"
expect_err "cannot reach Virtuoso" "says it cannot reach the server"
expect_true "and makes no folder of the spec" test ! -e "virtuoso:host=127.0.0.1:1;user=dba;password=dba"
