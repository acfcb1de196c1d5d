# --store lmdb:DIR (and a bare DIR, whose default it is), irkg's own LMDB
# storage, answers as a Berkeley DB store (hashes:DIR) does; readers of it
# take no lock.
. "$(dirname "$0")/lib.sh"
ARTICLE="$TOP/tests/articles/a01-korea-japan.txt"
L="lmdb:$WORK/s"
D="hashes:$WORK/d"

run --store "$L" ingest "$ARTICLE"
expect_rc 0 "ingest into an LMDB store"
expect_true "the store directory is created and marked" test -f "$WORK/s/irkg-store"
expect_true "and holds LMDB's data file" test -f "$WORK/s/data.mdb"
"$IRKG" --store "$D" -q ingest "$ARTICLE" >/dev/null 2>&1

# Blank node labels are made afresh by each parse: compare without them.
canonical() {
	sed 's/_:[A-Za-z0-9]*/_:b/g' "$1" | sort
}

for cmd in events relations "query allies --param state=JPN" \
	"query -f table post-holder --param state=JPN --param role=HeadOfGovernment --param date=2025-11-18" \
	"export -f nquads" graphs; do
	# shellcheck disable=SC2086
	run --store "$L" $cmd
	expect_rc 0 "lmdb: $cmd"
	canonical "$OUT" >"$WORK/lmdb.out"
	# shellcheck disable=SC2086
	run --store "$D" $cmd
	canonical "$OUT" >"$WORK/dir.out"
	expect_same "$WORK/lmdb.out" "$WORK/dir.out" "lmdb: '$cmd' as on a Berkeley DB store"
done
n=$(wc -l <"$WORK/lmdb.out" | tr -d ' ')
if [ "$n" -gt 0 ]; then pass "the comparisons are not empty"; else fail "the comparisons are not empty"; fi

run --store "$L" query -e 'SELECT ?g ?e WHERE { GRAPH ?g { ?e <https://w3id.org/irkg/ontology#cameoCode> ?c } }'
expect_rc 0 "a SPARQL GRAPH pattern on lmdb"
expect_out "<https://w3id.org/irkg/id/article/" "binds the graph (the article's)"

# GRAPH patterns run over the graphs that can match them only (the LMDB
# store lists no others: graph/graph_scope.c). Every shape must answer as
# the Berkeley DB store, which always lists every graph.
"$IRKG" --store "$L" -q ingest "$TOP/tests/articles/a02-ukraine-russia.txt" >/dev/null 2>&1
"$IRKG" --store "$D" -q ingest "$TOP/tests/articles/a02-ukraine-russia.txt" >/dev/null 2>&1
run --store "$L" query -f tsv -e 'SELECT ?e WHERE { ?e <https://w3id.org/irkg/ontology#cameoCode> ?c } ORDER BY ?e LIMIT 1'
E=$(tail -n 1 "$OUT")
run --store "$L" query -f tsv -e "SELECT ?a WHERE { $E <https://w3id.org/irkg/ontology#fromArticle> ?a }"
A=$(tail -n 1 "$OUT")
i=0
for q in \
	"SELECT ?p ?o ?g WHERE { GRAPH ?g { $E ?p ?o } }" \
	"SELECT ?e ?g WHERE { GRAPH ?g { ?e a irkg:Event . ?e irkg:target state:JPN } }" \
	"SELECT ?e ?g WHERE { GRAPH ?g { ?e irkg:cameoCode \"114\" . ?e irkg:source ?s } }" \
	"SELECT ?s ?p ?o WHERE { GRAPH ${A%>}> { ?s ?p ?o } }" \
	"SELECT ?g ?p ?o WHERE { { GRAPH ?g { $E ?p ?o } } UNION { GRAPH ?g { ?s irkg:fromArticle $A } } }" \
	"SELECT ?g ?x ?p ?o WHERE { GRAPH ?g { ?x a irkg:Event OPTIONAL { $E ?p ?o } } }" \
	"SELECT ?g ?o WHERE { GRAPH ?g { $E irkg:noSuchProperty ?o } }" \
	"SELECT ?g ?h ?c WHERE { GRAPH ?g { $E irkg:dyad ?d } GRAPH ?h { ?d irkg:sourceCode ?c } }" \
	"SELECT ?g ?p WHERE { GRAPH ?g { <urn:irkg:nothing> ?p ?o } }" \
	"ASK { GRAPH ?g { $E ?p ?o } }"; do
	i=$((i + 1))
	run --store "$L" query -f tsv -e "$q"
	canonical "$OUT" >"$WORK/lmdb.out"
	run --store "$D" query -f tsv -e "$q"
	canonical "$OUT" >"$WORK/dir.out"
	expect_same "$WORK/lmdb.out" "$WORK/dir.out" "GRAPH query $i answers as on a Berkeley DB store"
done
run --store "$L" query -f tsv -e "SELECT ?p ?o ?g WHERE { GRAPH ?g { $E ?p ?o } }"
expect_out "<https://w3id.org/irkg/ontology#cameoCode>" "GRAPH query 1 finds the event's statements (not an empty comparison)"
expect_out "$A" "and their graph, the article's"

# A reader takes no lock: it reads while a writer holds the store's lock.
exec 9>"$WORK/s/lock"
if command -v flock >/dev/null 2>&1 && flock -n -x 9; then
	run --store "$L" events
	expect_rc 0 "a reader is not blocked by a writer's lock"
	run --lock-wait 0 --store "$L" ingest "$ARTICLE"
	if [ "$RC" -ne 0 ]; then pass "a second writer waits for the lock"; else fail "a second writer waits for the lock"; fi
	flock -u 9
fi
exec 9>&-

run --store "lmdb:$WORK/absent" events
if [ "$RC" -ne 0 ]; then pass "a missing lmdb store is refused"; else fail "a missing lmdb store is refused"; fi
expect_err "no store at lmdb:$WORK/absent" "naming it"

run --store "$WORK/s" events
expect_rc 0 "a bare directory opens the LMDB store it holds"
expect_out "	KOR	https://w3id.org/irkg/id/state/JPN	JPN	114	" "with its events"
run --store "hashes:$WORK/s" events
if [ "$RC" -ne 0 ]; then pass "an lmdb store is not opened as a Berkeley DB store"; else fail "an lmdb store is not opened as a Berkeley DB store"; fi
expect_err "is an LMDB store" "and says what it is"
run --store "lmdb:$WORK/d" events
if [ "$RC" -ne 0 ]; then pass "a Berkeley DB store is not opened as lmdb:"; else fail "a Berkeley DB store is not opened as lmdb:"; fi
expect_err "on Berkeley DB, not LMDB" "and says what it is"
run --store "$WORK/d" events
expect_rc 0 "a bare directory opens the Berkeley DB store it holds"
# A new bare directory is an LMDB store.
run --store "$WORK/fresh" ingest "$ARTICLE"
expect_true "a new bare directory store is LMDB" test -f "$WORK/fresh/data.mdb"

# Both meta pages overwritten.
head -c 8192 /dev/zero | tr '\0' 'x' | dd of="$WORK/s/data.mdb" conv=notrunc 2>/dev/null
cp "$WORK/s/data.mdb" "$WORK/damaged.mdb"
run --store "$L" events
if [ "$RC" -ne 0 ]; then pass "a damaged data.mdb is refused"; else fail "a damaged data.mdb is refused"; fi
expect_err "lmdb:$WORK/s" "naming the store"
run --store "$L" ingest "$ARTICLE"
if [ "$RC" -ne 0 ] && [ "$RC" -lt 128 ]; then pass "a writer refuses it too, without crashing"; else fail "a writer refuses it too, without crashing"; fi
expect_same "$WORK/s/data.mdb" "$WORK/damaged.mdb" "and nothing is overwritten"

# A query past --timeout is stopped inside the store's scans: exit 5, a
# message, no half-written -o file, the store untouched.
run --store "$WORK/fresh" export -f nquads
sort "$OUT" >"$WORK/before-timeout.nq"
t0=$(date +%s)
run --store "$WORK/fresh" query --timeout 1 -o "$WORK/cross.tsv" -f tsv \
	-e 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
t1=$(date +%s)
expect_rc 5 "a query past --timeout exits 5"
expect_err "stopped after --timeout 1 s" "and says it was stopped"
if [ $((t1 - t0)) -lt 20 ]; then pass "it stops soon after the limit ($((t1 - t0)) s)"; else
	fail "it stops soon after the limit (took $((t1 - t0)) s)"; fi
expect_true "the -o file is not written" test ! -e "$WORK/cross.tsv"
run --store "$WORK/fresh" export -f nquads
sort "$OUT" >"$WORK/after-timeout.nq"
expect_same "$WORK/before-timeout.nq" "$WORK/after-timeout.nq" "the store is untouched"
run --store "$WORK/fresh" query --timeout 30 -f tsv -e 'SELECT ?x WHERE { state:JPN irkg:iso3 ?x }'
expect_rc 0 "a quick query under --timeout"
expect_out "JPN" "answers in full"
run --store "$WORK/fresh" query --timeout soon -e 'ASK {}'
expect_rc 2 "a --timeout that is not seconds exits 2"
