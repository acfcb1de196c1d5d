#!/bin/sh
# irkg extract|ingest --dictionary FILE: a PETRARCH2/TABARI verb
# dictionary added to the project's patterns (extract/dictionary.c), on a
# small dictionary written here and, where ../shared has it, on
# PETRARCH2's CAMEO.2.0.txt itself.
. "$(dirname "$0")/lib.sh"

printf 'date 2025-06-11 Test Wire\n\nJapan flummoxed China on Monday.\n' \
	>"$WORK/a.txt"
cat >"$WORK/small.verbs" <<'END'
---  FLUMMOX   [111]  ---
FLUMMOX
- * (WITH {TRADE CURBS})   [1121]
END

run extract -f events "$WORK/a.txt"
expect_rc 0 "extract without a dictionary exits 0"
expect_no_out "flummoxed" "the project's own patterns lack the verb"

run extract -f events --dictionary "$WORK/small.verbs" "$WORK/a.txt"
expect_rc 0 "extract --dictionary exits 0"
expect_out "2025-06-09	JPN	CHN	111" "the dictionary's verb gives its block's code"
expect_out "(small.verbs:2): flummoxed" "the fact names the dictionary's file and line"
expect_err "small.verbs: 3 patterns from the dictionary (0 lines make none)" \
	"stderr says what the dictionary gave"

run -q extract -f events --dictionary "$WORK/small.verbs" "$WORK/a.txt"
expect_rc 0 "extract -q --dictionary exits 0"
if [ -s "$ERR" ]; then fail "-q: nothing on stderr"; else pass "-q: nothing on stderr"; fi

printf '# a verb before its block\nFLUMMOX [111]\n' >"$WORK/bad.verbs"
run extract -f events --dictionary "$WORK/bad.verbs" "$WORK/a.txt"
expect_rc 1 "a bad dictionary: exit 1"
expect_err "bad.verbs:2: a verb before the first --- block" "the error names FILE:LINE"
expect_lines 0 "a bad dictionary: no events"

run extract -f events --dictionary "$WORK/absent.verbs" "$WORK/a.txt"
expect_rc 1 "a missing dictionary: exit 1"
expect_err "absent.verbs" "the error names the missing file"

run extract --help
expect_out "--dictionary FILE" "extract --help documents --dictionary"
run ingest --help
expect_out "--dictionary FILE" "ingest --help documents --dictionary"

STORE="lmdb:$WORK/store"
run --store "$STORE" ingest --dictionary "$WORK/small.verbs" "$WORK/a.txt"
expect_rc 0 "ingest --dictionary exits 0"
run --store "$STORE" events
expect_out "JPN" "ingest --dictionary: the dictionary's event is in the events table"
expect_out "111" "ingest --dictionary: with its code"
run --store "$STORE" ingest --dictionary "$WORK/bad.verbs" "$WORK/a.txt"
expect_rc 1 "ingest with a bad dictionary: exit 1"
expect_err "bad.verbs:2:" "ingest: the error names FILE:LINE"

CAMEO="$SHARED/reference/petrarch2/CAMEO.2.0.txt"
if need "$CAMEO" "extract --dictionary CAMEO.2.0.txt"; then
	A01="$TOP/tests/articles/a01-korea-japan.txt"
	run extract -f events --dictionary "$CAMEO" "$A01"
	expect_rc 0 "CAMEO.2.0.txt: extract exits 0"
	expect_err "CAMEO.2.0.txt: " "CAMEO.2.0.txt: stderr says what it gave"
	n=$(sed -n 's/.*: \([0-9]*\) patterns from the dictionary.*/\1/p' "$ERR")
	if [ "${n:-0}" -gt 20000 ]; then
		pass "CAMEO.2.0.txt gives over 20,000 patterns ($n)"
	else
		fail "CAMEO.2.0.txt gives over 20,000 patterns (${n:-none})"
	fi
	expect_err "3 malformed patterns skipped, the first $CAMEO:2374:" \
		"CAMEO.2.0.txt: its three malformed lines are named"
	expect_out "KOR	JPN	114" "CAMEO.2.0.txt: the project's own patterns still match"
	expect_out "CAMEO.2.0.txt:" "CAMEO.2.0.txt: some event comes from the dictionary"
fi
