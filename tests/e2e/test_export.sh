# Exports that other RDF tools read.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
SAMPLE="$TOP/tests/fixtures/sample.ttl"

"$IRKG" --store "$S" -q load --graph urn:irkg:sample "$SAMPLE"
printf '<urn:x:a> <urn:x:b> "c" .\n' >"$WORK/one.nt"
"$IRKG" --store "$S" -q load --graph urn:irkg:one "$WORK/one.nt"

run --store "$S" export --graph urn:irkg:sample
expect_rc 0 "export one graph as Turtle"
expect_out "@prefix irkg: <https://w3id.org/irkg/ontology#>" "Turtle declares the project's prefixes"
expect_out "state:JPN" "Turtle uses the prefixes"
cp "$OUT" "$WORK/sample.ttl"
n=$(rapper -q -i turtle -c "$WORK/sample.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
[ -z "$n" ] && n=$(rapper -i turtle -c "$WORK/sample.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
RC=0
if [ "$n" = 37 ]; then pass "rapper reads the Turtle back: 37 triples"; else fail "rapper reads the Turtle back (got '$n')"; fi

run --store "$S" export --format nquads
expect_out "<urn:irkg:one> ." "N-Quads keep the graph"
expect_lines 38 "N-Quads hold every statement once"
cp "$OUT" "$WORK/all.nq"
expect_true "rapper reads the N-Quads" rapper -q -i nquads -c "$WORK/all.nq"

run --store "$S" export --format ntriples --graph urn:irkg:one
expect_lines 1 "N-Triples of one graph"
run --store "$S" export --format rdfxml --graph urn:irkg:sample -o "$WORK/sample.rdf"
expect_rc 0 "RDF/XML to a file"
expect_true "rapper reads the RDF/XML" rapper -q -i rdfxml -c "$WORK/sample.rdf"

run --store "$S" export --graph urn:irkg:missing -o "$WORK/missing.ttl"
expect_rc 4 "exporting a graph that does not exist exits 4"
expect_true "a failed export leaves no file" test ! -e "$WORK/missing.ttl"
run --store "$S" export --format json
expect_rc 2 "an unknown export format exits 2"

# Round trip: export, load into a fresh store, export again.
"$IRKG" --store "$S" export --format nquads | sort >"$WORK/a.nq"
"$IRKG" --store "$WORK/copy" -q load "$WORK/all.nq"
"$IRKG" --store "$WORK/copy" export --format nquads | sort >"$WORK/b.nq"
expect_same "$WORK/a.nq" "$WORK/b.nq" "an N-Quads export loads back to the same store"
