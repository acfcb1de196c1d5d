#!/bin/sh
# The page irkg serve gives at / (issue 17), www/index.html, without the
# server: well-formed, self-contained, the elements the server's tests look
# for, the project's prefixes; in headless Chromium, from a file:// URL (an
# error message, not a blank page) and from a stand-in server
# (tests/page/stub_server.py) answering with irkg's own results and picture.
. "$(dirname "$0")/lib.sh"
PAGE="$TOP/www/index.html"

# --- The file itself ------------------------------------------------------
xmllint --html --noout "$PAGE" 2>"$WORK/lint"
# libxml2's HTML parser is HTML 4: it knows no HTML5 sectioning elements.
grep 'error' "$WORK/lint" | grep -v 'Tag \(header\|main\|section\|nav\|footer\) invalid' >"$OUT"
if [ -s "$OUT" ]; then fail "xmllint --html finds nothing wrong but HTML5 tags"; else
	pass "xmllint --html finds nothing wrong but HTML5 tags"; fi
# The HTML parser mends a missing end tag silently: count them.
unbalanced=""
for tag in html head body header main section form fieldset div table select label p script style; do
	open=$(grep -o "<$tag[ >]" "$PAGE" | wc -l)
	close=$(grep -o "</$tag>" "$PAGE" | wc -l)
	[ "$open" -eq "$close" ] || unbalanced="$unbalanced $tag($open/$close)"
done
if [ -z "$unbalanced" ]; then pass "every element is closed"; else fail "every element is closed:$unbalanced"; fi

missing=""
for id in query run canned results network; do
	grep -q "id=\"$id\"" "$PAGE" || missing="$missing $id"
done
if [ -z "$missing" ]; then pass "the page has the ids the server's tests use"; else
	fail "the page has the ids the server's tests use (lacks$missing)"; fi

# Every text field, list and box has a label.
unlabelled=""
for id in $(grep -o '<\(input\|select\|textarea\)[^>]* id="[^"]*"' "$PAGE" | sed 's/.* id="\([^"]*\)"/\1/'); do
	grep -q "for=\"$id\"" "$PAGE" || grep -q "<label><input [^>]*id=\"$id\"" "$PAGE" ||
		unlabelled="$unlabelled $id"
done
if [ -z "$unlabelled" ]; then pass "every input has a label"; else fail "every input has a label (not:$unlabelled)"; fi
if grep -q 'htmlFor = id' "$PAGE"; then pass "and so do the parameters' inputs"; else fail "and so do the parameters' inputs"; fi

# Self-contained and same-origin: nothing loaded from elsewhere; requests
# only by relative URLs; the absolute URLs in it are namespaces, not
# addresses (and one address in a message).
if grep -qiE '<script[^>]* src=|<img |<iframe|<object|<embed|<link [^>]*rel="(stylesheet|preload|prefetch)' "$PAGE" ||
	grep -qE '@import|url\(' "$PAGE"; then # CSS's, not JavaScript's URL()
	fail "nothing is loaded from another file"
else
	pass "nothing is loaded from another file"
fi
links=$(grep -o '<link [^>]*>' "$PAGE" | grep -v 'href="data:,"')
if [ -z "$links" ]; then pass "the only <link> is the empty icon"; else fail "the only <link> is the empty icon ($links)"; fi
if grep -qE 'XMLHttpRequest|WebSocket|EventSource|sendBeacon|import\(|location(\.href)? *=[^=]' "$PAGE"; then
	fail "requests go only through fetch()"
else
	pass "requests go only through fetch()"
fi
targets=$(grep -o 'fetch([a-z"][^,)]*' "$PAGE" | sed 's/fetch(//' | sort -u | tr '\n' ' ')
if [ "$targets" = '"queries" url ' ]; then pass "fetch() asks for \"queries\" and url only ($targets)"; else
	fail "fetch() asks for \"queries\" and url only (got $targets)"; fi
if grep -q 'url = "network?"' "$PAGE" && grep -q 'ask("sparql"' "$PAGE" && grep -q 'ask("queries/"' "$PAGE"; then
	pass "and url is a relative network, sparql or queries/NAME"
else
	fail "and url is a relative network, sparql or queries/NAME"
fi
# graph/prefixes.c's table, IRKG_NS and IRKG_ID expanded.
ns=$(sed -n 's/^#define IRKG_NS "\(.*\)"$/\1/p' "$TOP/graph/prefixes.h")
id=$(sed -n 's/^#define IRKG_ID "\(.*\)"$/\1/p' "$TOP/graph/prefixes.h")
tr -d '\n\t' <"$TOP/graph/prefixes.c" | grep -o '{"[a-z]*", *[^}]*}' |
	sed -e 's/IRKG_NS/"'"$(echo "$ns" | sed 's/[#/&]/\\&/g')"'"/' \
		-e 's/IRKG_ID *"/"'"$(echo "$id" | sed 's/[#/&]/\\&/g')"'/' \
		-e 's/" *"//g' -e 's/{"\([a-z]*\)", *"\([^"]*\)"}/\1 \2/' | sort >"$WORK/prefixes.c"
grep -o '\["[a-z]*", "[^"]*"\]' "$PAGE" | sed 's/\["\([a-z]*\)", "\([^"]*\)"\]/\1 \2/' | sort >"$WORK/prefixes.page"
n=$(wc -l <"$WORK/prefixes.c" | tr -d ' ')
if [ "$n" -ge 20 ] && cmp -s "$WORK/prefixes.c" "$WORK/prefixes.page"; then
	pass "the page's prefixes are graph/prefixes.c's $n"
else
	fail "the page's prefixes are graph/prefixes.c's ($n there)"
	diff "$WORK/prefixes.c" "$WORK/prefixes.page" | head -n 10 | sed 's/^/#   /'
fi
sed -n 's/.*"\(https\{0,1\}:\/\/[^"]*\)".*/\1/p; s/.*\(https\{0,1\}:\/\/[^ "&<>)]*\).*/\1/p' "$PAGE" | sort -u >"$WORK/absolute"
{
	cut -d' ' -f2 "$WORK/prefixes.c"
	echo "http://www.w3.org/1999/xlink"
	echo "http://www.w3.org/2000/svg"
	echo "http://127.0.0.1:3030/."
	echo "http://127.0.0.1:3030/"
} | sort -u >"$WORK/allowed"
strays=$(comm -23 "$WORK/absolute" "$WORK/allowed" | tr '\n' ' ')
if [ -z "$strays" ]; then pass "every absolute URL is a namespace (or the example address)"; else
	fail "every absolute URL is a namespace (or the example address): $strays"; fi

# make install puts it beside the queries, where cli_data_path("IRKG_WWW",
# "www", ...) finds it: PREFIX/share/irkg/www.
if need_tool make "make install installs the page"; then
	env -u MAKEFLAGS -u MAKELEVEL make -s -C "$TOP" install DESTDIR="$WORK/root" PREFIX=/usr >"$OUT" 2>"$ERR"
	RC=$?
	expect_rc 0 "make install DESTDIR=... PREFIX=/usr"
	expect_same "$PAGE" "$WORK/root/usr/share/irkg/www/index.html" "make install installs the page in share/irkg/www"
	if [ -f "$WORK/root/usr/share/irkg/queries/allies.rq" ]; then pass "beside the queries"; else fail "beside the queries"; fi
fi

# --- In a browser ---------------------------------------------------------
need_tool chromium "the page in headless Chromium" || exit 0
# chrome URL ARGS...: load URL and let it run for 10 s of virtual time
# (fetches pause the clock); console messages go to $WORK/console.
chrome() {
	url=$1
	shift
	timeout 60 chromium --headless --no-sandbox --disable-gpu --no-first-run \
		--user-data-dir="$WORK/chrome" --enable-logging=stderr --v=0 \
		--virtual-time-budget=10000 --window-size=1280,1400 "$@" "$url" 2>"$WORK/console"
}
no_script_errors() { # no_script_errors DESCRIPTION
	if grep -q 'Uncaught' "$WORK/console"; then
		fail "$1: no script errors"
		grep 'Uncaught' "$WORK/console" | head -n 3 | sed 's/^/#   /'
	else
		pass "$1: no script errors"
	fi
}
# colours PNG RRGGBB...: how many pixels of each colour the screenshot has
colours() { python3 "$TOP/tests/page/png_colours.py" "$@"; }
ERROR_WASH=fef3f2 # .error's background
TABLE_HEAD=f6f8fa # th's background
NODE_FILL=f5f5f5  # the network picture's nodes

chrome "file://$PAGE" --dump-dom >"$OUT"
RC=$?
expect_rc 0 "Chromium loads the page from a file:// URL"
expect_out "Could not reach the irkg server for the canned questions" "without a server it says the questions could not be had"
expect_out "Could not reach the irkg server for the network" "and the network"
expect_out "start it and open the address it prints" "and what to do"
no_script_errors "from a file"
chrome "file://$PAGE" --screenshot="$WORK/file.png" >/dev/null
if need_tool python3 "the screenshots' colours counted"; then
	set -- $(colours "$WORK/file.png" "$ERROR_WASH" ffffff 1f2328) 0 0 0
	if [ "$1" -ge 10000 ] && [ "$3" -ge 1000 ]; then
		pass "the screenshot shows the error ($1 pixels) and text ($3), not a blank page"
	else
		fail "the screenshot shows the error ($1 pixels) and text ($3), not a blank page"
	fi
fi

# --- With a stand-in for the server ---------------------------------------
need_tool python3 "the page against a stand-in server (tests/page/stub_server.py)" || exit 0
# What irkg itself answers, for the stand-in to give: a01's store.
S="$WORK/store"
F="$WORK/fixtures"
mkdir -p "$F"
"${IRKG_RELEASE:-$IRKG}" -q --store "$S" ingest "$TOP/tests/articles/a01-korea-japan.txt" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0 "a store for the stand-in's answers"
cp "$TOP/tests/page/queries.json" "$F/"
"$IRKG" --store "$S" query -f json allies --param state=JPN >"$F/query-allies.json" 2>"$ERR"
"$IRKG" --store "$S" query -f json -e 'PREFIX irkg: <https://w3id.org/irkg/ontology#>
SELECT ?relation ?party ?start WHERE { ?relation irkg:party ?party . OPTIONAL { ?relation irkg:start ?start } }' >"$F/sparql.json" 2>"$ERR"
"$IRKG" --store "$S" network --render svg -o "$F/network.svg" 2>"$ERR"
if grep -q '"United States"' "$F/query-allies.json" && grep -q '"bindings"' "$F/sparql.json" && grep -q '<svg' "$F/network.svg"; then
	pass "irkg's results and picture for the stand-in"
else
	fail "irkg's results and picture for the stand-in"
fi
LOG="$WORK/requests"
: >"$LOG"
python3 "$TOP/tests/page/stub_server.py" "$WORK/port" "$TOP/www" "$F" "$LOG" 2>"$WORK/stub.err" &
stub=$!
trap 'kill $stub 2>/dev/null; rm -rf "$WORK"' EXIT
i=0
while [ ! -s "$WORK/port" ] && [ "$i" -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
BASE="http://127.0.0.1:$(cat "$WORK/port" 2>/dev/null)/"
expect_true "the stand-in listens" test -s "$WORK/port"

# A canned question named in the address: asked with its parameter, the
# answer as a table with the project's prefixes; the network drawn.
chrome "${BASE}#canned=allies&state=JPN" --dump-dom >"$OUT"
expect_out '<option value="allies">allies: Which states' "the canned questions are listed"
expect_out '<option value="post-holder">' "all of them"
expect_out 'id="param-state"' "the question's parameter becomes an input"
expect_out '<td title="https://w3id.org/irkg/id/state/USA">state:USA</td>' "IRIs are shown with the project's prefixes"
expect_out '<td>United States<span class="lang">@en</span></td>' "literals with their language"
expect_out '<th scope="col">ally</th>' "the variables head the columns"
expect_out '<caption>1 row</caption>' "the table says how many rows"
expect_out "3 states; all 5 edges shown" "the network is drawn, with its caption"
expect_out 'id="node_JPN" class="node state"' "as irkg's picture, inline"
expect_no_out 'class="error" role="alert">Could' "and no error"
if grep -qF 'GET /queries/allies?state=JPN|application/sparql-results+json|' "$LOG"; then
	pass "the question went to queries/allies?state=JPN asking for SPARQL JSON"
else
	fail "the question went to queries/allies?state=JPN asking for SPARQL JSON"
	sed 's/^/#   /' "$LOG"
fi
if grep -qF 'GET /network?format=svg|image/svg+xml|' "$LOG"; then pass "the network came from network?format=svg"; else
	fail "the network came from network?format=svg"; fi
no_script_errors "a canned question"
chrome "${BASE}#canned=allies&state=JPN" --screenshot="$WORK/served.png" >/dev/null
set -- $(colours "$WORK/served.png" "$TABLE_HEAD" "$NODE_FILL" "$ERROR_WASH") 0 0 0
if [ "$1" -ge 1000 ] && [ "$2" -ge 5000 ] && [ "$3" -lt 1000 ]; then
	pass "the screenshot shows the table ($1 pixels of its head) and the network ($2 of its nodes), no error ($3)"
else
	fail "the screenshot shows the table ($1 pixels of its head) and the network ($2 of its nodes), no error ($3)"
fi

# SPARQL from the box, POSTed; unbound values as empty cells; filters of
# the network as parameters.
: >"$LOG"
chrome "${BASE}#sparql=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D&network-kind=alliance,conflict&network-from=2021-04&network-actors=JPN,KOR" --dump-dom >"$OUT"
if grep -qF 'POST /sparql|application/sparql-results+json|query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D' "$LOG"; then
	pass "the query is POSTed to sparql as a form"
else
	fail "the query is POSTed to sparql as a form"
	sed 's/^/#   /' "$LOG"
fi
expect_out '<th scope="col">start</th>' "a SELECT's variables are the columns"
expect_out '<td class="unbound"></td>' "an unbound value is an empty cell"
expect_out 'relation:' "relations are shortened"
if grep -qF 'GET /network?format=svg&kind=alliance%2Cconflict&from=2021-04&actors=JPN%2CKOR|' "$LOG"; then
	pass "the network's kinds, period and states become its parameters"
else
	fail "the network's kinds, period and states become its parameters"
	sed 's/^/#   /' "$LOG"
fi
no_script_errors "a SPARQL query"

# The server's errors are shown; ASK gives yes or no.
chrome "${BASE}#sparql=SELECT%20BROKEN" --dump-dom >"$OUT"
expect_out '400 Bad Request: syntax error at line 1: BROKEN' "the server's error message is shown"
chrome "${BASE}#sparql=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D" --dump-dom >"$OUT"
expect_out 'class="answer">Yes (true)' "an ASK is answered yes or no"
chrome "${BASE}#canned=evidence" --dump-dom >"$OUT"
expect_out "'evidence' needs a value for fact." "a required parameter left empty is asked for"
expect_out '<label for="param-fact">fact (required)</label>' "and marked required"
no_script_errors "errors"
kill "$stub" 2>/dev/null
