#!/bin/sh
# irkg infer, and the inference ingest and drop run themselves: the seed
# article's alliances become direct edges, classes and memberships close,
# and dropping the article takes its inferences with it.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
INFERRED="https://w3id.org/irkg/id/graph/inferred"

run --store "$S" infer --help
expect_rc 0 "infer --help"
expect_out "$INFERRED" "infer --help names the inferred graph"
run --store "$S" infer extra
expect_rc 2 "infer takes no arguments"

need "$SEED" "inference on the seed article's alliances, classes and memberships" || exit 0
run --store "$S" ingest "$SEED"
expect_rc 0 "ingest the seed article"
expect_err "inferred " "ingest infers and says how much"

run --store "$S" query -f tsv -e 'SELECT ?x WHERE { state:JPN irkg:alliedWith ?x }'
expect_rc 0 "query the direct alliance edges"
expect_out "state/USA>" "Japan is allied with the United States"
expect_no_out "state/KOR>" "Japan is not allied with South Korea"
run --store "$S" query -f tsv -e 'SELECT ?x WHERE { state:USA irkg:alliedWith ?x }'
expect_out "state/JPN>" "alliedWith is symmetric (USA to JPN)"
expect_out "state/KOR>" "alliedWith is symmetric (USA to KOR)"

run --store "$S" query -f tsv -e 'SELECT DISTINCT ?x WHERE { ?x a irkg:Actor }'
expect_rc 0 "query the actors"
expect_out "state/USA>" "a state is an irkg:Actor"
expect_out "person/antony-blinken>" "a person is an irkg:Actor"
expect_out "igo/NATO>" "an organisation is an irkg:Actor"
expect_out "body/USA-foreign-ministry>" "a government body is an irkg:Actor"

run --store "$S" query -f tsv -e 'SELECT ?org WHERE { state:JPN irkg:memberOf ?org }'
expect_out "/G7>" "memberships come from irkg:hasMember (JPN in the G7)"

run --store "$S" graphs
expect_out "$INFERRED" "the inferred graph is listed"
size1=$(grep -F "$INFERRED" "$OUT" | cut -f1)
article=$(grep -F "/id/article/" "$OUT" | cut -f2)

run --store "$S" infer
expect_rc 0 "infer"
expect_err "inferred $size1 triples (was $size1)" "infer reports its counts"
run --store "$S" infer
expect_rc 0 "infer again"
run --store "$S" graphs
size2=$(grep -F "$INFERRED" "$OUT" | cut -f1)
if [ -n "$size1" ] && [ "$size1" = "$size2" ]; then pass "infer twice: the same size ($size1)"; else
	fail "infer twice: the same size ($size1, then $size2)"; fi
run --store "$S" -q infer
expect_rc 0 "infer -q"
if [ -s "$ERR" ]; then fail "infer -q prints nothing on stderr"; else pass "infer -q prints nothing on stderr"; fi

run --store "$S" drop "$article"
expect_rc 0 "drop the article graph"
expect_err "inferred " "drop infers again"
run --store "$S" query -f tsv -e 'SELECT ?x WHERE { ?a irkg:alliedWith ?x }'
expect_rc 0 "query alliedWith after the drop"
expect_lines 1 "the article's alliedWith edges are gone"
run --store "$S" query -f tsv -e 'SELECT DISTINCT ?x WHERE { ?x a irkg:Actor }'
expect_out "state/USA>" "the knowledge base's inferences stay"

run --store "$S" drop "$INFERRED"
expect_rc 0 "drop the inferred graph itself"
run --store "$S" graphs
expect_no_out "$INFERRED" "dropping the inferred graph does not rebuild it"
run --store "$S" infer
expect_rc 0 "infer rebuilds it"
run --store "$S" graphs
expect_out "$INFERRED" "the inferred graph is back"
