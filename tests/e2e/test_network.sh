#!/bin/sh
# irkg network (issues 6 and 17): the seed article's states as a network in
# DOT, GraphML, GEXF and JSON, its filters, pictures and errors; the
# picture of a large network.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
XSD="$TOP/tests/network/graphml-subset.xsd"

# Keep every run's stderr, to look for sanitizer reports at the end.
run() {
	"$IRKG" "$@" >"$OUT" 2>"$ERR"
	RC=$?
	cat "$ERR" >>"$WORK/all-stderr"
}

need "$SEED" "the seed article's network in every format, its filters and errors" || exit 0
run --store "$S" ingest "$SEED"
expect_rc 0 "ingest the seed article"

# JSON: edges as one line each; edge_line KIND A B finds one.
run --store "$S" network -f json
expect_rc 0 "network -f json"
cp "$OUT" "$WORK/net.json"
edge() { # edge KIND A B: the JSON network has this edge
	grep -q "\"source\": \"$2\", \"target\": \"$3\", \"kind\": \"$1\"" "$WORK/net.json"
}
if edge alliance JPN USA; then pass "USA-JPN alliance edge"; else fail "USA-JPN alliance edge"; fi
if edge alliance KOR USA; then pass "USA-KOR alliance edge"; else fail "USA-KOR alliance edge"; fi
if edge dispute JPN KOR; then pass "JPN-KOR dispute edge"; else fail "JPN-KOR dispute edge"; fi
if edge agreement JPN KOR; then pass "JPN-KOR agreement edge"; else fail "JPN-KOR agreement edge"; fi
if edge alliance JPN KOR; then fail "no JPN-KOR alliance"; else pass "no JPN-KOR alliance"; fi
if edge cooperation JPN USA; then pass "event-based cooperation edge"; else fail "event-based cooperation edge"; fi
if head -c 11 "$WORK/net.json" | grep -qF '{"nodes": [' && grep -qF '"edges": [' "$WORK/net.json"; then
	pass "JSON has nodes and edges arrays"
else
	fail "JSON has nodes and edges arrays"
fi
ids=$(grep -o '{"id": "[A-Z]*", "label"' "$WORK/net.json" | awk -F'"' '{print $4}' | tr '\n' ' ')
if [ "$ids" = "JPN KOR USA " ]; then pass "JSON node ids are the three states"; else fail "JSON node ids are the three states (got '$ids')"; fi
expect_out '"label": "Japan", "type": "state", "iso3": "JPN", "iso2": "JP", "region": "Eastern Asia"' "nodes carry name, ISO codes and region"
expect_out '"kind": "conflict", "weight": 1, "goldstein": -2, "start": "2021-04", "end": "2021-04"' "conflict edge: count, Goldstein sum, time span"

# DOT, and rendering it.
run --store "$S" network
expect_rc 0 "network (DOT by default)"
expect_out 'graph irkg {' "DOT is an undirected graph"
expect_out '"JPN" -- "USA" [color="#2e7d32", style=solid' "alliances are solid green"
expect_out '"JPN" -- "KOR" [color="#1565c0", style=dashed' "agreements are blue dashed"
expect_out 'subgraph cluster_legend' "DOT has a legend"
cp "$OUT" "$WORK/net.dot"
if dot -Tsvg "$WORK/net.dot" >"$WORK/net.svg" 2>"$ERR" && grep -q '<svg' "$WORK/net.svg"; then
	pass "dot -Tsvg renders the DOT"
else
	fail "dot -Tsvg renders the DOT"
fi
run --store "$S" network --render svg
expect_rc 0 "--render svg"
expect_out '<svg' "--render svg writes SVG"
cp "$OUT" "$WORK/seed.svg"
if xmllint --noout "$WORK/seed.svg" 2>"$ERR"; then pass "the SVG is well-formed"; else fail "the SVG is well-formed"; fi
for name in Japan "South Korea" "United States"; do
	expect_out ">$name<" "the picture names $name"
done
expect_out "; all 8 edges shown<" "the caption counts the edges: a small network is drawn whole"
drawn=$(grep -c '<g id="edge_[A-Z]*_[A-Z]*_[a-z]*" class="edge ' "$WORK/seed.svg")
if [ "$drawn" -eq 8 ]; then pass "and all 8 are drawn"; else fail "and all 8 are drawn (got $drawn)"; fi
missing=""
for kind in alliance dispute agreement cooperation conflict; do
	grep -qF "> $kind" "$WORK/seed.svg" || missing="$missing $kind"
done
if [ -z "$missing" ]; then pass "the legend names every kind"; else fail "the legend names every kind (lacks$missing)"; fi
expect_out 'class="edge alliance"' "edges carry their kind as a class"
expect_out 'class="node state"' "nodes carry theirs"
expect_out 'xlink:title="Japan and South Korea: dispute, 1 relation' "an edge's tooltip says what it stands for"
run --store "$S" network --actors FRA --render svg
expect_rc 0 "--render of a network without edges"
expect_out ">No edges under these filters<" "says so in the picture"
run --store "$S" network --render png -o "$WORK/net.png"
expect_rc 0 "--render png -o FILE"
if head -c 8 "$WORK/net.png" | grep -q PNG; then pass "a PNG file"; else fail "a PNG file"; fi
mkdir -p "$WORK/nodot"
ln -s "$(command -v dirname)" "$WORK/nodot/dirname"
PATH="$WORK/nodot" "$IRKG" --store "$S" network --render svg >"$OUT" 2>"$ERR"
RC=$?
expect_rc 1 "--render without Graphviz fails"
expect_err "graphviz" "and names the Debian package"
# A Graphviz that fails, before or after reading: its message, exit 1, and
# no SIGPIPE death when it stopped reading.
mkdir -p "$WORK/baddot"
printf '#!/bin/sh\ncat >/dev/null\necho "Error: something broke" >&2\nexit 3\n' >"$WORK/baddot/dot"
chmod +x "$WORK/baddot/dot"
PATH="$WORK/baddot:$PATH" "$IRKG" --store "$S" network --render svg -o "$WORK/bad.svg" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 1 "a failing Graphviz fails the command"
expect_err "dot -Tsvg failed (exit 3): Error: something broke" "and says what Graphviz said"
if [ -e "$WORK/bad.svg" ]; then fail "and leaves no file"; else pass "and leaves no file"; fi
printf '#!/bin/sh\nexit 1\n' >"$WORK/baddot/dot"
PATH="$WORK/baddot:$PATH" "$IRKG" --store "$S" network --render png >"$OUT" 2>"$ERR"
RC=$?
expect_rc 1 "a Graphviz that reads nothing fails the command, not a SIGPIPE"

# GraphML against our schema of the subset irkg writes; GEXF well-formed.
run --store "$S" network -f graphml -o "$WORK/net.graphml"
expect_rc 0 "network -f graphml -o FILE"
if xmllint --noout --schema "$XSD" "$WORK/net.graphml" 2>"$ERR"; then
	pass "GraphML is valid against tests/network/graphml-subset.xsd"
else
	fail "GraphML is valid against tests/network/graphml-subset.xsd"
fi
if grep -q 'attr.name="weight" attr.type="double"' "$WORK/net.graphml"; then pass "GraphML keys are typed"; else fail "GraphML keys are typed"; fi
sed 's/target="USA"/target="NOWHERE"/' "$WORK/net.graphml" >"$WORK/bad.graphml"
if xmllint --noout --schema "$XSD" "$WORK/bad.graphml" >/dev/null 2>&1; then
	fail "the schema catches an edge to no node"
else
	pass "the schema catches an edge to no node"
fi
run --store "$S" network -f gexf
expect_rc 0 "network -f gexf"
if xmllint --noout "$OUT" 2>"$ERR"; then pass "GEXF is well-formed"; else fail "GEXF is well-formed"; fi
expect_out '<gexf xmlns="http://gexf.net/1.3"' "GEXF 1.3"
expect_out 'kind="conflict" label="conflict" weight="1" start="2021-04-01" end="2021-04-30"' "GEXF edges have time spans"

# Filters.
run --store "$S" network -f json --kind alliance
expect_rc 0 "--kind alliance"
n=$(grep -c '"kind": ' "$OUT")
a=$(grep -c '"kind": "alliance"' "$OUT")
if [ "$n" -eq 2 ] && [ "$a" -eq 2 ]; then pass "--kind alliance keeps only the two alliances"; else fail "--kind alliance keeps only the two alliances ($a of $n)"; fi
run --store "$S" network -f json --actors JPN,KOR
expect_no_out '"USA"' "--actors JPN,KOR leaves out edges to others"
expect_out '"kind": "dispute"' "--actors keeps the edges between them"
run --store "$S" network -f json --min-weight 4
n=$(grep -c '"kind": ' "$OUT")
if [ "$n" -eq 2 ]; then pass "--min-weight 4 keeps the two heavy edges"; else fail "--min-weight 4 keeps the two heavy edges (got $n)"; fi
run --store "$S" network -f json --kind conflict,cooperation --from 2021-05
expect_no_out '"kind": "conflict"' "--from 2021-05 leaves out April's conflict"
expect_out '"kind": "cooperation"' "--from keeps May's events"
run --store "$S" network -f json --to 2020
expect_no_out '"kind": "cooperation"' "--to 2020 leaves out the 2021 events"

# Errors and help.
run --store "$S" network -f xml
expect_rc 2 "an unknown format is a usage error"
run --store "$S" network --kind friendship
expect_rc 2 "an unknown kind is a usage error"
run --store "$S" network --from 2021-13
expect_rc 2 "a bad date is a usage error"
run --store "$S" network --actors 'JPN"'
expect_rc 2 "a bad actor code is a usage error"
run --store "$S" network --min-weight lots
expect_rc 2 "a bad weight is a usage error"
run --store "$S" network -f json --render svg
expect_rc 2 "--render with a format other than DOT is a usage error"
run --store "$WORK/no-such-store" network
expect_rc 4 "a missing store exits 4"
run network --help
expect_rc 0 "network --help"
missing=""
for o in --format --from --to --actors --kind --min-weight --igos --render --output; do
	grep -qF -- "$o" "$OUT" || missing="$missing $o"
done
if [ -z "$missing" ]; then pass "--help names every option"; else fail "--help names every option (lacks$missing)"; fi
expect_out "graphml" "--help lists the formats"
run --help
expect_out "network" "irkg --help lists network"

# A picture of many articles: each state's strongest edges, as the caption
# says, on a picture of sane size. 150 generated articles give 52 states
# and about 450 edges.
if need_tool cc "the picture of a large network (generated articles)"; then
	cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -o "$WORK/gen_articles" \
		"$TOP/bench/gen_articles.c" || fail "build bench/gen_articles.c"
	mkdir -p "$WORK/many"
	"$WORK/gen_articles" 150 "$WORK/many" 5 >/dev/null
	L="$WORK/large"
	"${IRKG_RELEASE:-$IRKG}" -q --store "$L" ingest "$WORK/many" >"$OUT" 2>"$ERR"
	RC=$?
	expect_rc 0 "ingest 150 generated articles"
	run --store "$L" network -f json
	nodes=$(grep -c '"label": ' "$OUT")
	edges=$(grep -c '"source": ' "$OUT")
	run --store "$L" network --render svg -o "$WORK/large.svg"
	expect_rc 0 "--render svg of the large network"
	if xmllint --noout "$WORK/large.svg" 2>"$ERR"; then pass "its SVG is well-formed"; else fail "its SVG is well-formed"; fi
	caption=$(sed -n 's/.*>\([0-9]*\) states; \([0-9]*\) of \([0-9]*\) edges shown<.*/\1 \2 \3/p' "$WORK/large.svg")
	set -- $caption 0 0 0
	drawn=$(grep -c 'class="edge ' "$WORK/large.svg")
	states=$(grep -c 'class="node state"' "$WORK/large.svg")
	if [ "$1" -eq "$nodes" ] && [ "$3" -eq "$edges" ] && [ "$nodes" -ge 40 ]; then
		pass "the caption counts the network's $nodes states and $edges edges"
	else
		fail "the caption counts the network's $nodes states and $edges edges (says '$caption')"
	fi
	if [ "$states" -eq "$nodes" ]; then pass "every state is drawn"; else fail "every state is drawn ($states of $nodes)"; fi
	if [ "$drawn" -eq "$2" ] && [ "$drawn" -le $((nodes * 5 / 2)) ] && [ "$drawn" -lt "$edges" ]; then
		pass "$drawn edges drawn, as the caption says, at most 2.5 a state"
	else
		fail "$drawn edges drawn, as the caption says ($2), at most 2.5 a state"
	fi
	size=$(sed -n 's/^<svg width="\([0-9]*\)pt" height="\([0-9]*\)pt".*/\1 \2/p' "$WORK/large.svg")
	set -- $size 0 0
	if [ "$1" -ge 400 ] && [ "$1" -le 1728 ] && [ "$2" -ge 300 ] && [ "$2" -le 1728 ]; then
		pass "the SVG is ${1}x${2} points: at most 24 inches a side"
	else
		fail "the SVG is ${1}x${2} points: at most 24 inches a side"
	fi
	run --store "$L" network --render png -o "$WORK/large.png"
	expect_rc 0 "--render png of the large network"
	# PNG: width and height are the big-endian words at bytes 16 and 20
	size=$(od -An -tu1 -j16 -N8 "$WORK/large.png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
	set -- $size 0 0
	if [ "$1" -ge 500 ] && [ "$1" -le 2304 ] && [ "$2" -ge 400 ] && [ "$2" -le 2304 ]; then
		pass "the PNG is ${1}x${2} pixels: at most 2304 a side"
	else
		fail "the PNG is ${1}x${2} pixels: at most 2304 a side"
	fi
fi

if grep -q 'Sanitizer' "$WORK/all-stderr"; then
	fail "no AddressSanitizer or LeakSanitizer reports"
	grep -A5 'Sanitizer' "$WORK/all-stderr" | head -n 20 | sed 's/^/#   /'
else
	pass "no AddressSanitizer or LeakSanitizer reports"
fi
