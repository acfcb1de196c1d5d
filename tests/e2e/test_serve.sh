#!/bin/sh
# irkg serve: the SPARQL 1.1 Protocol and irkg's own API over HTTP on
# 127.0.0.1, checked with curl, Python's json and SPARQLWrapper and
# xmllint: every format and status code, bad requests answered with the
# right status and the server still up, CORS, the service description.
. "$(dirname "$0")/lib.sh"
need_tool curl "irkg serve's answers (curl)" || exit 0
S="$WORK/store"
"$IRKG" -q --store "$S" ingest "$TOP/tests/articles" >/dev/null 2>&1
RC=$?
expect_rc 0 "a store of the test articles"

# start_server ERRFILE ARGS...: start irkg serve on a free port; sets PID
# and BASE (http://127.0.0.1:PORT).
start_server() {
	errfile=$1
	shift
	"$IRKG" --store "$S" serve --listen 127.0.0.1:0 "$@" 2>"$errfile" &
	PID=$!
	n=0
	port=
	while [ -z "$port" ] && [ $n -lt 200 ]; do
		sleep 0.1
		port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$errfile")
		n=$((n + 1))
	done
	BASE="http://127.0.0.1:$port"
	[ -n "$port" ]
}
stop_server() {
	kill "$PID" 2>/dev/null
	wait "$PID" 2>/dev/null
}
trap 'stop_server; rm -rf "$WORK"' EXIT

if start_server "$WORK/serve.err"; then
	pass "irkg serve starts and names its port"
else
	fail "irkg serve starts and names its port"
	cat "$WORK/serve.err" | sed 's/^/#   /'
	exit 0
fi

# get PATH [CURL-ARGS...]: body in $OUT, status in $CODE, headers in $WORK/h
get() {
	path=$1
	shift
	CODE=$(curl -s -o "$OUT" -D "$WORK/h" -w '%{http_code}' "$@" "$BASE$path")
}
expect_code() { # expect_code CODE DESCRIPTION
	if [ "$CODE" = "$1" ]; then pass "$2"; else
		fail "$2 (status $CODE, wanted $1)"
		head -c 400 "$OUT" | sed 's/^/#   /'
	fi
}
expect_header() { # expect_header TEXT DESCRIPTION
	if grep -qi -- "$1" "$WORK/h"; then pass "$2"; else fail "$2 (no '$1' header)"; fi
}
json_ok() { /usr/bin/python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }

Q='SELECT ?ally ?name WHERE { state:JPN irkg:alliedWith ?ally . ?ally rdfs:label ?name }'

# --- the SPARQL protocol ---------------------------------------------------
get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: application/sparql-results+json'
expect_code 200 "GET /sparql?query=: 200"
expect_header "Content-Type: application/sparql-results+json" "as SPARQL JSON"
expect_header "Access-Control-Allow-Origin: \*" "with CORS"
expect_true "the JSON parses" json_ok "$OUT"
expect_out '"value": "https://w3id.org/irkg/id/state/USA"' "Japan's ally, the United States"

get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: application/sparql-results+xml'
expect_code 200 "XML results"
expect_header "Content-Type: application/sparql-results+xml" "as SPARQL XML"
if command -v xmllint >/dev/null 2>&1; then
	expect_true "the XML is well-formed" xmllint --noout "$OUT"
else
	skip "the XML is well-formed (needs xmllint: Debian libxml2-utils)"
fi
get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: text/csv'
expect_header "Content-Type: text/csv" "CSV results"
expect_out "https://w3id.org/irkg/id/state/USA,United States" "CSV rows"
get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: text/tab-separated-values'
expect_header "Content-Type: text/tab-separated-values" "TSV results"
expect_out "?ally	?name" "TSV header"
get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: text/html,application/xhtml+xml,*/*;q=0.8'
expect_header "Content-Type: application/sparql-results+json" "a browser's Accept gets JSON"
get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: image/png'
expect_code 406 "an Accept nothing matches: 406"

get "/sparql" --data-urlencode "query=$Q" -H 'Accept: application/sparql-results+json'
expect_code 200 "POST urlencoded query=: 200"
expect_out "state/USA" "and answers"
get "/sparql" -H 'Content-Type: application/sparql-query' -H 'Accept: text/csv' --data-binary "$Q"
expect_code 200 "POST application/sparql-query: 200"
expect_out "United States" "and answers"

get "/sparql" --get --data-urlencode 'query=SELECT ?x WHERE { ?x irkg:nothing ?y }' -H 'Accept: application/sparql-results+json'
expect_out '"vars": ["x"]' "an empty answer keeps its variables"
get "/sparql" --get --data-urlencode 'query=SELECT ?s ?d WHERE { ?s a irkg:Event OPTIONAL { ?s irkg:noSuchDate ?d } } LIMIT 3' -H 'Accept: application/sparql-results+json'
expect_no_out '"unbound"' "an unbound variable is left out"
get "/sparql" --get --data-urlencode 'query=ASK { ?s a irkg:Event }' -H 'Accept: application/sparql-results+json'
expect_out '"boolean": true' "ASK"

C='CONSTRUCT { ?a irkg:alliedWith ?b } WHERE { ?a irkg:alliedWith ?b }'
get "/sparql" --get --data-urlencode "query=$C" -H 'Accept: text/turtle'
expect_code 200 "CONSTRUCT as Turtle"
expect_header "Content-Type: text/turtle" "text/turtle"
expect_out "alliedWith" "with the triples"
get "/sparql" --get --data-urlencode "query=$C" -H 'Accept: application/n-triples'
expect_header "Content-Type: application/n-triples" "CONSTRUCT as N-Triples"
expect_out "<https://w3id.org/irkg/ontology#alliedWith>" "full IRIs"

get "/sparql"
expect_code 200 "GET /sparql without a query: the service description"
expect_out "sd:endpoint <$BASE/sparql>" "naming its endpoint"

# --- bad requests: the right status, a message, the server still up ------
get "/sparql" --get --data-urlencode 'query=SELEKT ?x WHERE { }'
expect_code 400 "a SPARQL syntax error: 400"
expect_true "with a JSON error" json_ok "$OUT"
expect_out '"error": "line 1' "saying where"
get "/sparql" --get --data-urlencode 'query=SELECT ?o WHERE { ?s irkg:party/rdfs:label ?o }'
expect_code 400 "an unsupported feature: 400"
expect_out "property path" "naming it"
get "/sparql" --get --data-urlencode 'update=INSERT DATA { <urn:a> <urn:b> <urn:c> }'
expect_code 403 "GET update=: 403"
get "/sparql" --data-urlencode 'update=INSERT DATA { <urn:a> <urn:b> <urn:c> }'
expect_code 403 "POST update=: 403"
get "/sparql" -H 'Content-Type: application/sparql-update' --data-binary 'INSERT DATA { <urn:a> <urn:b> <urn:c> }'
expect_code 403 "POST application/sparql-update: 403"
get "/sparql" --get --data-urlencode 'query=INSERT DATA { <urn:a> <urn:b> <urn:c> }'
expect_code 403 "an update given as the query: 403"
expect_out "read-only" "saying the endpoint is read-only"
get "/sparql" -X DELETE
expect_code 405 "DELETE: 405"
expect_header "Allow: GET, POST, OPTIONS" "with Allow"
get "/sparql" -H 'Content-Type: text/plain' --data-binary "$Q"
expect_code 415 "POST of an unknown content type: 415"
get "/nowhere"
expect_code 404 "a path outside the API: 404"
awk 'BEGIN { printf "query=SELECT ?x WHERE { "; for (i = 0; i < 7000; i++) printf "?x <urn:p> ?y . "; print "}" }' >"$WORK/huge.txt"
get "/sparql" --data-binary "@$WORK/huge.txt"
expect_code 413 "a query over 64 KiB: 413"
awk 'BEGIN { printf "SELECT ?x WHERE "; for (i = 0; i < 5000; i++) printf "{ "; printf "?x ?p ?o "; for (i = 0; i < 5000; i++) printf "} "; print "" }' >"$WORK/deep.rq"
get "/sparql" -H 'Content-Type: application/sparql-query' --data-binary "@$WORK/deep.rq"
expect_code 400 "a query nested 5,000 deep: 400 before Rasqal parses it"
expect_out "nests" "saying why"
get "/sparql" -X OPTIONS -H 'Origin: http://example.org' -H 'Access-Control-Request-Method: POST'
expect_code 204 "a CORS preflight: 204"
expect_header "Access-Control-Allow-Methods: GET, POST, OPTIONS" "allowing GET and POST"
get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: text/csv'
expect_code 200 "after the bad requests, the server still answers"

# --- canned queries, tables, network ---------------------------------------
get "/queries"
expect_code 200 "GET /queries"
expect_true "a JSON list" json_ok "$OUT"
expect_out '"name": "allies"' "naming the canned queries"
expect_out '"name": "state", "default": "JPN"' "with their parameters"
get "/queries/allies?state=KOR" -H 'Accept: text/csv'
expect_code 200 "a canned query with a parameter"
expect_out "https://w3id.org/irkg/id/state/USA,United States" "South Korea's ally"
get "/queries/allies?country=KOR"
expect_code 400 "a parameter the query does not declare: 400"
get "/queries/no-such-query"
expect_code 404 "an unknown canned query: 404"
get "/queries/..%2Fetc%2Fpasswd"
expect_code 404 "a path in a query's name: 404"
get "/events?format=csv"
expect_code 200 "the events table"
expect_out "date,reported,source,source_state" "as CSV"
get "/relations" -H 'Accept: application/json'
expect_true "the relations table as JSON" json_ok "$OUT"
get "/events?from=2021-13"
expect_code 400 "a bad date: 400"
get "/network?format=json&kind=alliance"
expect_code 200 "the network"
expect_true "as JSON" json_ok "$OUT"
expect_out '"kind": "alliance"' "with its alliances"
get "/network?format=gexf"
expect_header "Content-Type: application/gexf+xml" "the network as GEXF"
get "/network?kind=friendship"
expect_code 400 "an unknown kind: 400"
if command -v dot >/dev/null 2>&1; then
	get "/network?format=svg&kind=alliance%2Cdispute"
	expect_code 200 "the network drawn as SVG"
	expect_header "Content-Type: image/svg+xml" "image/svg+xml"
	if command -v xmllint >/dev/null 2>&1; then
		expect_true "the SVG parses" xmllint --noout "$OUT"
	else
		skip "the SVG parses (needs xmllint: Debian libxml2-utils)"
	fi
	expect_out "node_JPN" "with Japan in it"
else
	skip "the network drawn as SVG (needs Graphviz: Debian graphviz)"
fi
get "/"
expect_code 200 "GET /: the page"
expect_header "Content-Type: text/html" "as HTML"
expect_out 'id="canned"' "with its canned-query chooser"
# The page in headless Chromium against this server: a canned question in
# the address is asked, its answer drawn as a table, the network inline.
if command -v chromium >/dev/null 2>&1; then
	timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run \
		--user-data-dir="$WORK/chrome" --virtual-time-budget=15000 \
		--window-size=1280,1400 --dump-dom "$BASE/#canned=allies&state=JPN" \
		>"$OUT" 2>"$WORK/chrome.err"
	expect_out '<td title="https://w3id.org/irkg/id/state/USA">state:USA</td>' "Chromium: the page asks the canned question and shows the answer"
	expect_out 'id="node_JPN"' "Chromium: and draws the network from /network"
	if grep -q 'role="alert">[^<]' "$OUT"; then
		fail "Chromium: with no error ($(grep -o 'role="alert">[^<]*' "$OUT" | head -n 1))"
	else
		pass "Chromium: with no error"
	fi
else
	skip "the page in headless Chromium against irkg serve (needs Debian chromium)"
fi

# --- a real client ---------------------------------------------------------
if /usr/bin/python3 -c 'import SPARQLWrapper' 2>/dev/null; then
	/usr/bin/python3 - "$BASE/sparql" >"$OUT" 2>"$ERR" <<'PY'
import sys
from SPARQLWrapper import SPARQLWrapper, JSON, CSV
s = SPARQLWrapper(sys.argv[1])
s.setQuery("""PREFIX irkg: <https://w3id.org/irkg/ontology#>
PREFIX state: <https://w3id.org/irkg/id/state/>
SELECT ?ally WHERE { state:JPN irkg:alliedWith ?ally }""")
s.setReturnFormat(JSON)
for b in s.query().convert()["results"]["bindings"]:
    print("json", b["ally"]["value"])
s.setMethod("POST")
s.setReturnFormat(CSV)
print("csv", s.query().convert().decode().splitlines()[1])
PY
	RC=$?
	expect_rc 0 "SPARQLWrapper queries the endpoint"
	expect_out "json https://w3id.org/irkg/id/state/USA" "and reads its JSON"
	expect_out "csv https://w3id.org/irkg/id/state/USA" "and its CSV, by POST"
else
	skip "SPARQLWrapper queries the endpoint (needs Debian python3-sparqlwrapper)"
fi

# --- readers while a writer commits ----------------------------------------
"$IRKG" -q --store "$S" ingest "$TOP/tests/heldout" >/dev/null 2>&1 &
writer=$!
bad=0 n=0
while kill -0 "$writer" 2>/dev/null || [ $n -lt 5 ]; do
	get "/queries/active-dyads" -H 'Accept: text/csv'
	[ "$CODE" = 200 ] || bad=$((bad + 1))
	n=$((n + 1))
	[ $n -lt 200 ] || break
done
wait "$writer"
RC=$?
expect_rc 0 "an ingest runs while the server answers"
if [ "$bad" -eq 0 ]; then pass "$n queries during the ingest, all answered 200"; else
	fail "$bad of $n queries during the ingest failed"; fi
stop_server

# --- the time limit ----------------------------------------------------------
if start_server "$WORK/serve2.err" --timeout 0.5; then
	get "/sparql" --get --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
	expect_code 503 "a query past --timeout: 503"
	expect_out "time limit" "saying so"
	get "/sparql" --get --data-urlencode "query=$Q" -H 'Accept: text/csv'
	expect_code 200 "and the server answers the next one"
	stop_server
else
	fail "irkg serve --timeout starts"
fi

run --store "$S" serve --listen nowhere:x
expect_rc 2 "a bad --listen: exit 2"
expect_err "--listen wants HOST:PORT" "saying what it wants"
run --store "$WORK/absent" serve --listen 127.0.0.1:0
expect_rc 4 "no store: exit 4 before listening"
