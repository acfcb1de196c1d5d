#!/bin/sh
# SPARQL results as the W3C formats say (graph/results.c): an unbound
# variable is left out of its row, an empty answer keeps its variables,
# literals keep their language or datatype, ASK answers a boolean.
. "$(dirname "$0")/lib.sh"
S="$WORK/s"
cat >"$WORK/data.nt" <<'NT'
<urn:x:a> <urn:x:p> "one"@en .
<urn:x:a> <urn:x:q> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
<urn:x:b> <urn:x:p> "tab\there \"quoted\" <b>&amp;" .
_:n <urn:x:p> <urn:x:a> .
NT
run --store "$S" load --graph urn:x:g "$WORK/data.nt"
expect_rc 0 "load a few triples"

json_ok() { python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }

Q_OPT='SELECT ?s ?n WHERE { ?s <urn:x:p> ?o OPTIONAL { ?s <urn:x:q> ?n } } ORDER BY ?s'
run --store "$S" query -f json -e "$Q_OPT"
expect_rc 0 "json"
expect_true "json parses" json_ok "$OUT"
expect_no_out '"unbound"' "json: an unbound variable is left out, not written as unbound"
expect_out '"vars": ["s", "n"]' "json: the variables in the head"
expect_out '"n": {"type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}' "json: a typed literal keeps its datatype"
python3 - "$OUT" >"$WORK/rows" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for b in r["results"]["bindings"]:
    print(sorted(b.keys()))
PY
expect_true "json: the rows without ?n have no key for it" grep -qx "\['s'\]" "$WORK/rows"

run --store "$S" query -f json -e 'SELECT ?o WHERE { <urn:x:b> <urn:x:p> ?o }'
expect_true "json: quotes, tabs and markup escaped, still parses" json_ok "$OUT"
expect_out '"value": "tab\there \"quoted\" <b>&amp;"' "json: the string escaped as JSON"
run --store "$S" query -f json -e 'SELECT ?o WHERE { <urn:x:a> <urn:x:p> ?o }'
expect_out '"xml:lang": "en"' "json: a language tag"
run --store "$S" query -f json -e 'SELECT ?s WHERE { ?s <urn:x:p> <urn:x:a> }'
expect_out '"type": "bnode"' "json: a blank node"

for f in json xml tsv csv; do
	run --store "$S" query -f $f -e 'SELECT ?who ?what WHERE { ?who <urn:x:none> ?what }'
	expect_rc 0 "$f: an empty answer"
	cp "$OUT" "$WORK/empty.$f"
done
expect_true "json: an empty answer keeps its variables" grep -qF '"vars": ["who", "what"]' "$WORK/empty.json"
expect_true "json: an empty answer parses" json_ok "$WORK/empty.json"
expect_true "xml: an empty answer names its variables" grep -q '<variable name="what"/>' "$WORK/empty.xml"
expect_true "tsv: an empty answer keeps its header" grep -qx "$(printf '?who\t?what')" "$WORK/empty.tsv"
expect_true "csv: an empty answer keeps its header" grep -q '^who,what' "$WORK/empty.csv"
run --store "$S" query -f json -e 'SELECT * WHERE { ?who <urn:x:none> ?what }'
expect_out '"vars": ["who", "what"]' "json: SELECT * with no rows names the query's variables"

run --store "$S" query -f xml -e "$Q_OPT"
expect_rc 0 "xml"
if command -v xmllint >/dev/null 2>&1; then
	expect_true "xml is well-formed" xmllint --noout "$OUT"
	n=$(xmllint --xpath 'count(//*[local-name()="result"])' "$OUT")
	b=$(xmllint --xpath 'count(//*[local-name()="binding"][@name="n"])' "$OUT")
	if [ "$n" = 3 ] && [ "$b" = 1 ]; then pass "xml: three rows, one binding of ?n (the unbound ones left out)"; else
		fail "xml: three rows, one binding of ?n (got $n rows, $b bindings)"; fi
else
	skip "xml is well-formed (needs xmllint: Debian libxml2-utils)"
fi
expect_no_out '<unbound' "xml: no <unbound/>"
run --store "$S" query -f xml -e 'SELECT ?o WHERE { <urn:x:b> <urn:x:p> ?o }'
expect_out '&lt;b&gt;&amp;amp;' "xml: markup in a literal escaped"

run --store "$S" query -f json -e 'ASK { <urn:x:a> ?p ?o }'
expect_out '{"head": {}, "boolean": true}' "json: ASK"
run --store "$S" query -f xml -e 'ASK { <urn:x:zzz> ?p ?o }'
expect_out '<boolean>false</boolean>' "xml: ASK"
