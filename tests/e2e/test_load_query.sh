# Loading RDF and asking questions about it.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
SAMPLE="$TOP/tests/fixtures/sample.ttl"

run --store "$S" load --graph urn:irkg:sample "$SAMPLE"
expect_rc 0 "load the sample into a new store"
expect_err "loaded 37 triples from 1 file into 1 graph" "load reports what it did"
run --store "$S" graphs
expect_out "$(printf '37\turn:irkg:sample')" "graphs lists the graph and its size"

run --store "$S" query -f tsv sample-alliances
expect_rc 0 "a canned query runs by name"
expect_out "state/AUS" "the default parameter (USA) finds Australia"
expect_out "state/JPN" "the default parameter (USA) finds Japan"
expect_lines 3 "two allies and a header"
run --store "$S" query -f tsv --param state=JPN sample-alliances
expect_out "state/USA" "--param state=JPN finds the United States"
expect_lines 2 "--param state=JPN finds one ally"
run --store "$S" query --param country=JPN sample-alliances
expect_rc 2 "an undeclared parameter is a usage error"
expect_err "has no parameter 'country'" "the undeclared parameter is named"
run --store "$S" query --param 'state=JPN> } ' sample-alliances
expect_rc 2 "a value that would break out of its IRI is refused"

run --store "$S" query -f csv -e 'SELECT ?s WHERE { GRAPH ?g { ?s a irkg:State } } ORDER BY ?s'
expect_out "https://w3id.org/irkg/id/state/AUS" "csv answers with full IRIs"
expect_lines 5 "csv has a header and four states"
run --store "$S" query -f json -e 'SELECT ?s WHERE { GRAPH ?g { ?s a irkg:Dispute } }'
expect_out '"bindings"' "json follows SPARQL 1.1 results"
run --store "$S" query -f xml -e 'ASK { GRAPH ?g { state:JPN irkg:alliedWith state:USA } }'
expect_out "<boolean>true</boolean>" "ASK answers true in xml"
run --store "$S" query -f table -e 'SELECT ?ally WHERE { GRAPH ?g { state:USA irkg:alliedWith ?ally } } ORDER BY ?ally'
expect_out "| state:AUS |" "the table shortens IRIs with prefixes"
expect_out "2 rows" "the table counts its rows"
run --store "$S" query -e 'CONSTRUCT { ?a irkg:alliedWith ?b } WHERE { GRAPH ?g { ?a irkg:alliedWith ?b } }'
expect_rc 0 "CONSTRUCT runs"
expect_out "@prefix irkg:" "CONSTRUCT answers in Turtle with prefixes"
printf 'SELECT ?s WHERE { GRAPH ?g { ?s a irkg:Alliance } }\n' >"$WORK/q.rq"
run_in "$WORK/q.rq" --store "$S" query -f tsv -
expect_lines 3 "a query read from standard input"
run --store "$S" query -f tsv -o "$WORK/answer.tsv" "$WORK/q.rq"
expect_true "-o writes the answer to a file" grep -q sample-usa-jpn "$WORK/answer.tsv"

# Loading again replaces the graph; --append adds.
run --store "$S" load --graph urn:irkg:sample "$SAMPLE"
run --store "$S" graphs
expect_out "$(printf '37\turn:irkg:sample')" "loading a graph again replaces it"
printf '<urn:x:a> <urn:x:b> "c" .\n' >"$WORK/one.nt"
run --store "$S" load --append --graph urn:irkg:sample "$WORK/one.nt"
run --store "$S" graphs
expect_out "$(printf '38\turn:irkg:sample')" "--append adds to the graph"

# The default graph is the file's own IRI; N-Quads keep theirs.
run --store "$S" load "$WORK/one.nt"
run --store "$S" graphs
expect_out "file://$WORK/one.nt" "the default graph is the file's file:// IRI"
printf '<urn:x:a> <urn:x:b> "c" <urn:g:one> .\n<urn:x:a> <urn:x:b> "d" <urn:g:two> .\n' >"$WORK/two.nq"
run_in "$WORK/two.nq" --store "$S" load --format nquads -
expect_rc 0 "N-Quads load from standard input"
run --store "$S" graphs
expect_out "urn:g:two" "N-Quads keep their own graphs"
run_in "$WORK/one.nt" --store "$S" load --format ntriples -
expect_rc 2 "a triple format on stdin needs --graph"
expect_err "pass --graph IRI" "and says so"

# drop and stats
run --store "$S" drop urn:g:two
expect_rc 0 "drop removes a graph"
run --store "$S" graphs
expect_no_out "urn:g:two" "the dropped graph is gone"
run --store "$S" drop urn:g:never
expect_rc 4 "dropping a graph that does not exist exits 4"
run --store "$S" stats
expect_out "ontology#State>	4" "stats counts instances per class"

# Other backends.
run --store "sqlite:$WORK/s.db" load --graph urn:irkg:sample "$SAMPLE"
expect_rc 0 "load into an SQLite store"
run --store "sqlite:$WORK/s.db" query -f tsv sample-alliances
expect_lines 3 "query an SQLite store"
IRKG_STORE="$WORK/env-store" "$IRKG" load --graph urn:irkg:sample "$SAMPLE" 2>/dev/null
expect_true "IRKG_STORE names the store" test -f "$WORK/env-store/irkg-store"
