# Bad input gets a clear error and loses nothing.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
SAMPLE="$TOP/tests/fixtures/sample.ttl"

run --store "$S" load --graph urn:irkg:sample "$SAMPLE"
expect_rc 0 "set up a store"
snapshot "$S" "$WORK/before.nq"

# A syntax error in the second of two files: nothing from either is loaded.
printf '<urn:x:a> <urn:x:b> "ok" .\n' >"$WORK/good.nt"
printf '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n' >"$WORK/bad.ttl"
run --store "$S" load "$WORK/good.nt" "$WORK/bad.ttl"
expect_rc 3 "an RDF syntax error exits 3"
expect_err "$WORK/bad.ttl:3" "the message names the file and line"
expect_err "nothing was loaded" "the message says nothing was loaded"
snapshot "$S" "$WORK/after.nq"
expect_same "$WORK/before.nq" "$WORK/after.nq" "the store is unchanged after a syntax error"

printf '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<rdf:Description rdf:about="urn:x"><broken></rdf:RDF>\n' >"$WORK/bad.rdf"
run --store "$S" load "$WORK/bad.rdf"
expect_rc 3 "malformed RDF/XML exits 3"
expect_err "$WORK/bad.rdf" "the RDF/XML message names the file"

printf '<urn:x:a> <urn:x:b> "caf\351" .\n' >"$WORK/latin1.nt"
run --store "$S" load "$WORK/latin1.nt"
expect_rc 3 "invalid UTF-8 in N-Triples exits 3"
snapshot "$S" "$WORK/after.nq"
expect_same "$WORK/before.nq" "$WORK/after.nq" "the store is unchanged after invalid UTF-8"

: >"$WORK/empty.ttl"
run --store "$S" load --graph urn:irkg:empty "$WORK/empty.ttl"
expect_rc 0 "an empty file loads nothing, without error"
run --store "$S" load "$WORK/no-such-file.ttl"
expect_rc 1 "a missing file fails"
expect_err "no-such-file.ttl" "the missing file is named"
run --store "$S" load "$WORK/notes.txt"
expect_rc 2 "a file of unknown syntax is a usage error"
expect_err "pass --format" "and the message says what to do"

# SPARQL: syntax errors with a position, unsupported features refused.
run --store "$S" query -e 'SELECT ?s WHERE {
  ?s ?p ?o'
expect_rc 3 "a SPARQL syntax error exits 3"
expect_err "-e:2" "the SPARQL error gives the line"
run --store "$S" query -e 'SELECT ?s WHERE { GRAPH ?g { ?s irkg:party ?o } MINUS { ?s a irkg:Dispute } }'
expect_rc 3 "MINUS is refused, never ignored"
expect_err "MINUS is not supported" "MINUS is named"
expect_err "-e:1:49" "with its line and column"
run --store "$S" query -e 'SELECT ?s WHERE { ?s irkg:party/rdfs:label ?o }'
expect_rc 3 "a property path is refused"
expect_err "property path '/'" "the path operator is named"
run --store "$S" query -e 'SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s a irkg:State } }'
expect_err "EXISTS" "NOT EXISTS is refused"
run --store "$S" query -e 'SELECT (COUNT(*) AS ?n) FROM <urn:none> WHERE { ?s ?p ?o }'
expect_rc 3 "FROM is refused, never ignored (it would count the whole store)"
expect_err "FROM / FROM NAMED" "FROM is named"
expect_err "GRAPH <iri>" "the message says what to write instead"
run --store "$S" query -f tsv -e 'SELECT ?from WHERE { ?from ?p ?o } LIMIT 1'
expect_rc 0 "a variable named ?from is no dataset clause"
run --store "$S" query -e 'SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }'
expect_err "SERVICE" "SERVICE is refused before it can reach the network"
run --store "$S" query -e 'INSERT DATA { <urn:a> <urn:b> <urn:c> }'
expect_rc 3 "SPARQL Update is refused"
snapshot "$S" "$WORK/after.nq"
expect_same "$WORK/before.nq" "$WORK/after.nq" "the store is unchanged after refused queries"

# Stores that are missing, not stores, or busy.
run --store "$WORK/nowhere" query -e 'ASK {}'
expect_rc 4 "querying a missing store exits 4"
expect_err "no store at $WORK/nowhere" "the message names the missing store"
expect_true "querying a missing store does not create it" test ! -e "$WORK/nowhere"
mkdir "$WORK/papers" && echo "keep me" >"$WORK/papers/thesis.txt"
run --store "$WORK/papers" export
expect_rc 4 "exporting a directory that is not a store exits 4"
expect_err "is not an irkg store" "and says it is not a store"
run --store "$WORK/papers" load "$SAMPLE"
expect_rc 4 "loading into a directory that is not a store is refused"
expect_true "the directory's files are untouched" test "$(ls "$WORK/papers")" = thesis.txt

# A Berkeley DB store (hashes:DIR), as made before LMDB was the default.
SB="$WORK/store-bdb"
run --store "hashes:$SB" load --graph urn:irkg:sample "$SAMPLE"
expect_rc 0 "set up a Berkeley DB store"

if command -v flock >/dev/null 2>&1; then
	# Hold each store's lock as a writer would.
	flock -x "$S/lock" sleep 12 &
	holder=$!
	flock -x "$SB/lock" sleep 12 &
	holder_bdb=$!
	n=0 # wait until they hold the locks, however loaded the machine is
	while { flock -n "$S/lock" true || flock -n "$SB/lock" true; } 2>/dev/null && [ $n -lt 50 ]; do
		sleep 0.1
		n=$((n + 1))
	done
	run --store "$S" query -f tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'
	expect_rc 0 "a query while another process writes is answered (an LMDB reader takes no lock)"
	expect_out '37' "and sees the store as it was"
	run --store "$SB" query -e 'ASK { GRAPH ?g { ?s ?p ?o } }'
	expect_rc 4 "a query on a Berkeley DB store while another process writes exits 4"
	expect_err "being written by another irkg process (a writer, pid $holder_bdb)" "and says why, naming the writer's pid"
	run --store "$S" --lock-wait 1 load --graph urn:irkg:other "$WORK/good.nt"
	expect_rc 4 "a second writer gives up after --lock-wait"
	expect_err "still in use by another irkg process (a writer, pid $holder) after 1 s" "and says why, naming the writer's pid"
	wait $holder $holder_bdb
	# A Berkeley DB store's readers hold a shared lock: a writer names them.
	flock -s "$SB/lock" sleep 4 &
	reader=$!
	n=0
	while flock -n -x "$SB/lock" true 2>/dev/null && [ $n -lt 50 ]; do
		sleep 0.1
		n=$((n + 1))
	done
	run --store "$SB" --lock-wait 1 load --graph urn:irkg:other "$WORK/good.nt"
	expect_rc 4 "a writer waiting for a reader of a Berkeley DB store gives up after --lock-wait"
	expect_err "(a reader, pid $reader)" "and names the reader's pid"
	wait $reader
	snapshot "$S" "$WORK/after.nq"
	expect_same "$WORK/before.nq" "$WORK/after.nq" "the store is unchanged by the refused writer"
fi

# Two writers at once: the second waits, both land, nothing is corrupted.
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "<urn:x:s%d> <urn:x:p> \"%d\" .\n", i, i }' >"$WORK/big.nt"
"$IRKG" --store "$S" -q load --graph urn:irkg:big1 "$WORK/big.nt" &
w1=$!
"$IRKG" --store "$S" -q load --graph urn:irkg:big2 "$WORK/big.nt" &
w2=$!
wait $w1; r1=$?
wait $w2; r2=$?
RC=$((r1 + r2))
expect_rc 0 "two concurrent writers both succeed"
run --store "$S" graphs
expect_out "$(printf '20000\turn:irkg:big1')" "the first writer's graph is whole"
expect_out "$(printf '20000\turn:irkg:big2')" "the second writer's graph is whole"

# A write interrupted by SIGKILL leaves the store as it was. An LMDB
# store's write transaction never commits; a Berkeley DB store's is undone
# from its copy on the next open.
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "<urn:x:k%d> <urn:x:p> \"%d\" .\n", i, i }' >"$WORK/huge.nt"
snapshot "$S" "$WORK/before-kill.nq"
"$IRKG" --store "$S" -q load --graph urn:irkg:big1 "$WORK/huge.nt" &
killed=$!
# Kill it while it writes: it holds the writer's lock from the start.
n=0
while flock -n "$S/lock" true 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
sleep 1
if kill -9 $killed 2>/dev/null; then
	wait $killed 2>/dev/null
	RC=0
	pass "a load into an LMDB store was killed while writing"
else
	RC=1
	fail "a load into an LMDB store was killed while writing (it finished first)"
fi
run --store "$S" --lock-wait 5 graphs
expect_rc 0 "the LMDB store opens after a killed writer"
expect_out "$(printf '20000\turn:irkg:big1')" "the killed write left the graph it replaced as it was"
snapshot "$S" "$WORK/after-kill.nq"
expect_same "$WORK/before-kill.nq" "$WORK/after-kill.nq" "a killed load leaves the LMDB store as it was"

# A full disk stops an LMDB writer with SIGBUS (its pages are written in a
# memory map of a sparse file); it must say so, exit 4 and leave the store
# as it was. The signal is sent here as the kernel would send it.
"$IRKG" --store "$S" -q load --graph urn:irkg:big1 "$WORK/huge.nt" 2>"$WORK/bus.err" &
bussed=$!
n=0
while flock -n "$S/lock" true 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
sleep 1
if kill -BUS $bussed 2>/dev/null; then
	wait $bussed
	RC=$?
	ERR="$WORK/bus.err"
	expect_rc 4 "a writer stopped by SIGBUS (a full disk) exits 4"
	expect_err "the store could not grow (is the disk full?); the write was not committed" "and says why"
else
	fail "a writer stopped by SIGBUS (it finished first)"
fi
snapshot "$S" "$WORK/after-bus.nq"
expect_same "$WORK/before-kill.nq" "$WORK/after-bus.nq" "a writer stopped by SIGBUS leaves the LMDB store as it was"
S="hashes:$SB"
SDIR=$SB
snapshot "$S" "$WORK/before-kill.nq"
"$IRKG" --store "$S" -q load --graph urn:irkg:big1 "$WORK/huge.nt" &
killed=$!
# Kill it once it is writing: the store's copy is taken just before.
n=0
while [ ! -d "$SDIR/backup" ] && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
sleep 0.5
if kill -9 $killed 2>/dev/null; then
	wait $killed 2>/dev/null
	RC=0
	pass "a load was killed while writing"
else
	RC=1
	fail "a load was killed while writing (it finished first)"
fi
run --store "$S" --lock-wait 5 graphs
expect_rc 0 "the store opens after a killed writer"
expect_err "interrupted write was found and undone" "and says it undid the write"
snapshot "$S" "$WORK/after-kill.nq"
expect_same "$WORK/before-kill.nq" "$WORK/after-kill.nq" "a killed load leaves the store as it was"
expect_true "the store's copy is gone" test ! -e "$SDIR/backup"
