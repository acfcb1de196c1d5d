#!/bin/sh
# Inference per graph: an ingest writes each article's inferred graph in
# its own transaction, drop takes it away, irkg infer checks and repairs,
# irkg infer --rebuild starts again; and on a few hundred articles ingested
# in batches (some again, some dropped) the incremental inferred graphs
# equal a full rebuild.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
INFERRED="https://w3id.org/irkg/id/graph/inferred"
BULK=${IRKG_RELEASE:-$IRKG}

# fast ARGS...: run, with the optimised build when there is one: for the
# queries and listings around what is under test (ingest, infer, drop run
# with the checking build).
fast() {
	"$BULK" "$@" >"$OUT" 2>"$ERR"
	RC=$?
}
# inferred_total STORE: statements in all the inferred graphs.
inferred_total() {
	"$BULK" --store "$1" graphs |
		awk -v g="$INFERRED" '$2 == g || index($2, g "/") == 1 { n += $1 } END { print n + 0 }'
}
# inferred_quads STORE FILE: the inferred graphs' quads, sorted.
inferred_quads() {
	"$BULK" --store "$1" export -f nquads | grep -F " <$INFERRED" | sort >"$2"
}

run --store "$S" infer --help
expect_rc 0 "infer --help"
expect_out "$INFERRED" "infer --help names the inferred graphs"
expect_out "--rebuild" "infer --help explains --rebuild"
run --store "$S" infer extra
expect_rc 2 "infer takes no arguments"

need "$SEED" "inference on the seed article's alliances, classes and memberships" || exit 0
run --store "$S" ingest "$SEED"
expect_rc 0 "ingest the seed article"
expect_err "inferred " "ingest infers and says how much"

fast --store "$S" query -f tsv -e 'SELECT ?x WHERE { state:JPN irkg:alliedWith ?x }'
expect_rc 0 "query the direct alliance edges"
expect_out "state/USA>" "Japan is allied with the United States"
expect_no_out "state/KOR>" "Japan is not allied with South Korea"
fast --store "$S" query -f tsv -e 'SELECT ?x WHERE { state:USA irkg:alliedWith ?x }'
expect_out "state/JPN>" "alliedWith is symmetric (USA to JPN)"
expect_out "state/KOR>" "alliedWith is symmetric (USA to KOR)"

fast --store "$S" query -f tsv -e 'SELECT DISTINCT ?x WHERE { ?x a irkg:Actor }'
expect_rc 0 "query the actors"
expect_out "state/USA>" "a state is an irkg:Actor"
expect_out "person/antony-blinken>" "a person is an irkg:Actor"
expect_out "igo/NATO>" "an organisation is an irkg:Actor"
expect_out "body/USA-foreign-ministry>" "a government body is an irkg:Actor"

fast --store "$S" query -f tsv -e 'SELECT ?org WHERE { state:JPN irkg:memberOf ?org }'
expect_out "/G7>" "memberships come from irkg:hasMember (JPN in the G7)"

# Only what something reads is stored: no prov:Agent, no nif: types.
fast --store "$S" export -f nquads
expect_out "ontology#Actor> <$INFERRED" "irkg:Actor types are stored"
if grep -F " <$INFERRED" "$OUT" | grep -qE "prov#Agent|nif-core#"; then
	fail "the type closure outside what queries read is not stored"; else
	pass "the type closure outside what queries read is not stored"; fi

fast --store "$S" graphs
expect_out "$INFERRED" "the ontology's inferred graph is listed"
article=$(grep -F "/id/article/" "$OUT" | cut -f2)
article_inferred="$INFERRED/article/${article##*/id/article/}"
expect_out "$article_inferred" "the article's inferred graph is named after it"
total=$(inferred_total "$S")

run --store "$S" infer
expect_rc 0 "infer"
expect_err "inferred $total triples (was $total)" "infer reports its counts"
expect_err "0 inferred graphs were repaired" "nothing to repair"
run --store "$S" infer --rebuild
expect_rc 0 "infer --rebuild"
expect_err "inferred $total triples (was $total)" "a rebuild gives as many triples"
if [ "$(inferred_total "$S")" = "$total" ]; then pass "rebuilt: the same size ($total)"; else
	fail "rebuilt: the same size ($total)"; fi
fast --store "$S" -q infer
expect_rc 0 "infer -q"
if [ -s "$ERR" ]; then fail "infer -q prints nothing on stderr"; else pass "infer -q prints nothing on stderr"; fi

# An ingest that fails leaves no inferred graph behind.
mkdir -p "$WORK/badonto/actors" "$WORK/badonto/patterns"
snapshot_fast() {
	"$BULK" --store "$1" export --format nquads | sort >"$2"
}
snapshot_fast "$S" "$WORK/before"
run --store "$S" ingest --ontology "$WORK/badonto" "$TOP/tests/articles/a01-korea-japan.txt"
if [ "$RC" -ne 0 ]; then pass "an ingest without its ontology fails"; else fail "an ingest without its ontology fails"; fi
snapshot_fast "$S" "$WORK/after"
expect_same "$WORK/before" "$WORK/after" "a failed ingest leaves no inferred graph"

run --store "$S" drop "$article"
expect_rc 0 "drop the article graph"
expect_err "inferred from it)" "drop takes the article's inferences with it"
fast --store "$S" graphs
expect_no_out "$article_inferred" "the article's inferred graph is gone"
fast --store "$S" query -f tsv -e 'SELECT ?x WHERE { ?a irkg:alliedWith ?x }'
expect_rc 0 "query alliedWith after the drop"
expect_lines 1 "the article's alliedWith edges are gone"
fast --store "$S" query -f tsv -e 'SELECT DISTINCT ?x WHERE { ?x a irkg:Actor }'
expect_out "state/USA>" "the knowledge base's inferences stay"

run --store "$S" drop "$INFERRED"
expect_rc 0 "drop the ontology's inferred graph itself"
fast --store "$S" graphs
expect_no_out "$INFERRED" "dropping an inferred graph does not rebuild it"
run --store "$S" infer
expect_rc 0 "infer repairs it"
expect_err "1 inferred graph was repaired" "infer says what it repaired"
fast --store "$S" graphs
expect_out "$INFERRED" "the inferred graph is back"

# Incremental equals full, on a few hundred articles in batches, some
# ingested again, some dropped.
need_tool cc "incremental inference equals a rebuild (generated articles)" || exit 0
cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -o "$WORK/gen_articles" \
	"$TOP/bench/gen_articles.c" || { fail "build bench/gen_articles.c"; exit 0; }
mkdir -p "$WORK/corpus" "$WORK/b1" "$WORK/b2" "$WORK/b3"
"$WORK/gen_articles" 300 "$WORK/corpus" 7 >/dev/null
for f in "$WORK"/corpus/art-*.txt; do
	n=$(basename "$f" .txt)
	n=${n#art-}
	n=$(expr "$n" + 0)
	[ "$n" -le 120 ] && cp "$f" "$WORK/b1/"
	[ "$n" -ge 100 ] && [ "$n" -le 220 ] && cp "$f" "$WORK/b2/"
	[ "$n" -ge 200 ] && cp "$f" "$WORK/b3/"
done
E="$WORK/equal"
ok=1
"$BULK" -q --store "$E" ingest "$WORK/b1" "$SEED" || ok=0
"$BULK" -q --store "$E" ingest "$WORK/b2" "$TOP/tests/articles" || ok=0
"$BULK" --store "$E" graphs >"$WORK/graphs" || ok=0
for g in $(grep -F "/id/article/" "$WORK/graphs" | cut -f2 | sed -n '1p;7p;30p;77p'); do
	"$BULK" -q --store "$E" drop "$g" || ok=0
done
"$BULK" -q --store "$E" ingest "$WORK/b3" "$TOP/tests/heldout/articles" "$WORK/b1" || ok=0
if [ "$ok" = 1 ]; then pass "four batches ingested, four articles dropped"; else
	fail "four batches ingested, four articles dropped"; fi
articles=$("$BULK" --store "$E" graphs | grep -c "	https://w3id.org/irkg/id/article/")
if [ "$articles" -ge 300 ]; then pass "a few hundred articles ($articles)"; else
	fail "a few hundred articles (only $articles)"; fi
inferred_quads "$E" "$WORK/incremental"
snapshot_fast "$E" "$WORK/store-incremental"
if grep -q "ontology#alliedWith> .* <$INFERRED/article/" "$WORK/incremental"; then
	pass "the articles' inferred graphs hold direct edges"; else
	fail "the articles' inferred graphs hold direct edges"; fi
fast --store "$E" infer
expect_err "0 inferred graphs were repaired" "incremental: nothing for infer to repair"
fast --store "$E" infer --rebuild
expect_rc 0 "infer --rebuild on the batches' store"
inferred_quads "$E" "$WORK/rebuilt"
expect_same "$WORK/incremental" "$WORK/rebuilt" "incremental inferred graphs equal a full rebuild"
snapshot_fast "$E" "$WORK/store-rebuilt"
expect_same "$WORK/store-incremental" "$WORK/store-rebuilt" "the whole store equals it after a rebuild"

# kill -9 during an ingest (inference included) leaves the store as it was
# before or as it is after: the articles and their inferred graphs go in
# one transaction.
mkdir -p "$WORK/more"
"$WORK/gen_articles" 60 "$WORK/more" 8 >/dev/null
i=0
for delay in 0.2 0.6 1.2; do
	i=$((i + 1))
	"$BULK" -q --store "$E" ingest "$WORK/more" &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	# the next writer rolls back what the killed one left half done
	fast --store "$E" infer
	expect_err "0 inferred graphs were repaired" "killed after ${delay} s: the inferred graphs match their articles"
	snapshot_fast "$E" "$WORK/killed-$i"
done
"$BULK" -q --store "$E" ingest "$WORK/more" || fail "ingest the last batch to the end"
snapshot_fast "$E" "$WORK/store-after"
for k in 1 2 3; do
	if cmp -s "$WORK/killed-$k" "$WORK/store-rebuilt" || cmp -s "$WORK/killed-$k" "$WORK/store-after"; then
		pass "kill -9 number $k left the state before or after the ingest"
	else
		fail "kill -9 number $k left the state before or after the ingest"
	fi
done
