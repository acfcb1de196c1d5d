#!/bin/sh
# The canned queries in queries/: each answers its question on a store built
# from the test articles and the seed; the answers were checked by hand
# against the exported graph.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
T=$(printf '\t')

# queries/virtuoso/NAME.rq is NAME.rq written for Virtuoso's own engine:
# the same parameters and the same columns, run instead of NAME.rq there.
E="$WORK/engine-store"
run --store "$E" ingest "$TOP/tests/articles/a01-korea-japan.txt"
expect_rc 0 "ingest one article for the engine variants"
n=0
for v in "$TOP"/queries/virtuoso/*.rq; do
	q=$(basename "$v" .rq)
	n=$((n + 1))
	grep '^# @param' "$TOP/queries/$q.rq" >"$WORK/p1" 2>/dev/null
	grep '^# @param' "$v" >"$WORK/p2"
	expect_same "$WORK/p1" "$WORK/p2" "queries/virtuoso/$q.rq has the parameters of queries/$q.rq"
	"$IRKG" --store "$E" query -f tsv "$TOP/queries/$q.rq" 2>/dev/null | head -n 1 >"$WORK/h1"
	"$IRKG" --store "$E" query -f tsv "$v" 2>/dev/null | head -n 1 >"$WORK/h2"
	if grep -q '^?' "$WORK/h1"; then
		expect_same "$WORK/h1" "$WORK/h2" "queries/virtuoso/$q.rq has the columns of queries/$q.rq"
	else
		fail "queries/$q.rq gives a header ($(cat "$WORK/h1"))"
	fi
done
if [ "$n" -ge 4 ]; then pass "the engine variants were compared ($n)"; else
	fail "the engine variants were compared (only $n)"; fi
# An embedded store runs NAME.rq even when a variant is there; a variant
# that cannot be read is an error that names it.
mkdir -p "$WORK/q/virtuoso/broken.rq"
echo 'SELECT ("rasqal" AS ?engine) {}' >"$WORK/q/engine.rq"
echo 'SELECT ("virtuoso" AS ?engine) {}' >"$WORK/q/virtuoso/engine.rq"
echo 'SELECT ("rasqal" AS ?engine) {}' >"$WORK/q/broken.rq"
IRKG_QUERIES="$WORK/q" "$IRKG" --store "$E" query -f tsv engine >"$OUT" 2>"$ERR"
expect_out '"rasqal"' "an embedded store runs the query, not its Virtuoso variant"
expect_no_out '"virtuoso"' "an embedded store does not run the Virtuoso variant"
IRKG_QUERIES="$WORK/q" "$IRKG" --store "$E" query -f tsv broken >"$OUT" 2>"$ERR"
RC=$?
expect_rc 1 "an unreadable Virtuoso variant: exit 1"
expect_err "q/virtuoso/broken.rq: Is a directory" "an unreadable Virtuoso variant is named"

need "$SEED" "the canned queries' answers on the test articles and the seed" || exit 0
run --store "$S" ingest "$TOP/tests/articles" "$SEED"
expect_rc 0 "ingest the test articles and the seed"

run query --list
expect_rc 0 "query --list"
for q in allies disputes agreements timeline meetings dyad-score evidence active-dyads criticised post-holder; do
	expect_out "$q$T" "query --list names $q"
done
expect_out "--param state=JPN" "query --list shows the allies parameter"
expect_out "--param fact=" "query --list shows the evidence parameter"
expect_out "--param n=10" "query --list shows the active-dyads parameter"

rows() { tail -n +2 "$OUT" | wc -l | tr -d ' '; }
expect_rows() { # expect_rows N DESCRIPTION
	n=$(rows)
	if [ "$n" -eq "$1" ]; then pass "$2"; else fail "$2 (wanted $1 rows, got $n)"; fi
}
ST="<https://w3id.org/irkg/id/state"

run --store "$S" query allies -f tsv --param state=JPN
expect_rc 0 "allies"
expect_out "$ST/USA>$T\"United States\"@en" "allies of Japan: the United States"
expect_no_out "$ST/KOR>" "allies of Japan: not South Korea"
expect_rows 1 "allies of Japan: one ally, no cross-joined rows"
run --store "$S" query allies -f tsv --param state=USA
expect_out "$ST/JPN>" "allies of the US: Japan"
expect_out "$ST/KOR>" "allies of the US: South Korea"
expect_out "$ST/PHL>" "allies of the US: the Philippines"
expect_out "$ST/EST>" "allies of the US: Estonia"
expect_no_out "$ST/USA>" "allies of the US: never itself"

run --store "$S" query disputes -f tsv --param state=KOR
expect_rc 0 "disputes"
expect_out "$ST/JPN>$T<https://w3id.org/irkg/id/issue/colonial-rule>" "disputes of South Korea: Japan over colonial rule"
expect_no_out "$ST/KOR>" "disputes of South Korea: never itself"
expect_no_out "$ST/USA>" "disputes of South Korea: none with the United States"

run --store "$S" query agreements -f tsv --param a=JPN --param b=PHL
expect_rc 0 "agreements"
expect_out "\"2024-07\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>$T<https://w3id.org/irkg/ontology#Signed>" "agreements Japan-Philippines: signed 2024-07"
expect_out "\"2025-09\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>$T<https://w3id.org/irkg/ontology#Ratified>" "agreements Japan-Philippines: ratified 2025-09"
expect_rows 2 "agreements Japan-Philippines: two rows"
if head -n 2 "$OUT" | grep -q Signed; then pass "agreements: in date order"; else fail "agreements: in date order"; fi
run --store "$S" query agreements -f tsv --param a=KOR --param b=JPN
expect_out "ontology#NoticeWithdrawn" "agreements South Korea-Japan: notice withdrawn (2019)"
run --store "$S" query agreements -f tsv --param a=JPN --param b=USA
expect_no_out "relation/" "agreements Japan-US: none"

run --store "$S" query timeline -f tsv --param a=USA --param b=JPN
expect_rc 0 "timeline"
expect_rows 4 "timeline US-Japan: four events"
expect_out "\"2021-05-05\"^^<http://www.w3.org/2001/XMLSchema#date>$T\"USA\"$T\"JPN\"" "timeline US-Japan: 2021-05-05"
cut -f1 "$OUT" | tail -n +2 >"$WORK/dates"
printf '"2021-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>\n"2021-05-05"^^<http://www.w3.org/2001/XMLSchema#date>\n"2021-05-05"^^<http://www.w3.org/2001/XMLSchema#date>\n\n' >"$WORK/want"
expect_same "$WORK/want" "$WORK/dates" "timeline US-Japan: date order, undated last"
run --store "$S" query timeline -f tsv --param a=JPN --param b=KOR
expect_rows 7 "timeline Japan-South Korea: both directions"
expect_out "\"JPN\"$T\"KOR\"" "timeline Japan-South Korea: Japan to South Korea"
expect_out "\"KOR\"$T\"JPN\"" "timeline Japan-South Korea: South Korea to Japan"

run --store "$S" query meetings -f tsv --param state=USA
expect_rc 0 "meetings"
expect_out "<https://w3id.org/irkg/id/person/mark-milley>$T$ST/JPN>$T\"040\"$T<https://w3id.org/irkg/id/place/hawaii>" "meetings of the US: Milley in Hawaii"
expect_out "<https://w3id.org/irkg/id/place/canberra>" "meetings of the US: Canberra"
expect_rows 13 "meetings of the US: thirteen dyads (the AUKUS hosting retold is the Canberra meeting)"
expect_no_out "\"111\"" "meetings: only CAMEO root 04"

run --store "$S" query criticised -f tsv --param state=KOR
expect_rc 0 "criticised"
expect_out "\"JPN\"" "South Korea criticised Japan"
expect_rows 2 "South Korea criticised Japan twice (111, 114)"
run --store "$S" query criticised -f tsv --param state=USA
expect_out "\"CHN\"$T<https://w3id.org/irkg/id/person/donald-trump>$T$ST/CHN>$T\"1312\"$T\"13\"" "the US threatened China (1312)"
expect_rows 2 "the US criticised or threatened China twice"

run --store "$S" query dyad-score -f tsv
expect_rc 0 "dyad-score"
expect_out "\"USA\"$T\"JPN\"$T\"2021-05\"${T}3${T}3${T}0${T}0${T}0${T}6.0" "dyad-score US-Japan 2021-05: three events, +6"
expect_out "\"USA\"$T\"CHN\"$T\"2025-09\"${T}2${T}1${T}0${T}1${T}0$T-2.8" "dyad-score US-China 2025-09"
expect_no_out "\"KOR\"$T\"JPN\"" "dyad-score: by default only the dyads of the United States"
others=$(tail -n +2 "$OUT" | awk -F'\t' '$1 != "\"USA\"" && $2 != "\"USA\""' | wc -l | tr -d ' ')
if [ "$others" -eq 0 ]; then pass "dyad-score: every row has the state as source or target"; else
	fail "dyad-score: every row has the state as source or target ($others without)"; fi
dups=$(tail -n +2 "$OUT" | cut -f1-3 | sort | uniq -d | wc -l | tr -d ' ')
if [ "$dups" -eq 0 ] && [ "$(rows)" -gt 5 ]; then pass "dyad-score: one row per dyad and month"; else
	fail "dyad-score: one row per dyad and month ($dups repeated)"; fi
tail -n +2 "$OUT" | cut -f1-3 >"$WORK/dyad-keys"
LC_ALL=C sort "$WORK/dyad-keys" >"$WORK/dyad-keys.sorted"
expect_same "$WORK/dyad-keys.sorted" "$WORK/dyad-keys" "dyad-score: rows in source, target and month order (without ORDER BY)"
run --store "$S" query dyad-score -f tsv --param state=KOR
expect_out "\"KOR\"$T\"JPN\"$T\"2021-04\"${T}1${T}0${T}0${T}1${T}0$T-2.0" "dyad-score South Korea-Japan 2021-04: one verbal conflict, -2"
expect_out "\"USA\"$T\"KOR\"$T\"2021-05\"" "dyad-score --param state=KOR: the dyads with South Korea as target too"
expect_no_out "\"USA\"$T\"JPN\"" "dyad-score --param state=KOR: not the US-Japan dyad"
run --store "$S" query dyad-score -f tsv --param from=2025-11
expect_no_out "\"2021-" "dyad-score --param from leaves out earlier months"

# Rasqal 0.9.33 answers a GROUP BY that matches nothing with a row of
# empty cells; the grouped queries give none.
for q in "criticised --param state=XXX" "meetings --param state=XXX" \
	"dyad-score --param state=XXX" "timeline --param a=XXX --param b=KOR"; do
	# shellcheck disable=SC2086
	run --store "$S" query -f tsv $q
	expect_rc 0 "$q"
	expect_rows 0 "$q: no row for a state with no events"
done

run --store "$S" query active-dyads -f tsv --param n=3
expect_rc 0 "active-dyads"
expect_rows 3 "active-dyads: LIMIT from the parameter"
expect_out "\"KOR\"$T\"JPN\"${T}5${T}2${T}3$T-4.0" "active-dyads: South Korea-Japan, 5 events"
expect_out "\"USA\"$T\"CHN\"${T}5${T}3${T}2$T-1.4" "active-dyads: US-China, 5 events (two appeals, no hypothetical negotiation)"

# the colonial-rule dispute, found by the disputes query
run --store "$S" query disputes -f tsv --param state=KOR
fact=$(grep colonial-rule "$OUT" | head -n 1 | cut -f1 | tr -d '<>')
run --store "$S" query evidence -f tsv --param "fact=$fact"
expect_rc 0 "evidence"
expect_rows 2 "evidence of the colonial-rule dispute: two sentences"
expect_out "harsh colonial rule" "evidence: the sentence's text"
run --store "$S" query evidence -f tsv
if [ "$RC" -ne 0 ]; then pass "evidence needs its fact"; else fail "evidence needs its fact"; fi

run --store "$S" query post-holder -f tsv --param state=USA --param role=ForeignMinister --param date=2021-05-05
expect_rc 0 "post-holder"
expect_out "antony-blinken" "post-holder: Blinken was US foreign minister on 2021-05-05"

# The canned queries with optional columns group ?event ?p ?v instead of
# using OPTIONAL (docs/queries.md says why). Each must give exactly the
# rows of the plain OPTIONAL form, as sets of (column, value) pairs.
same_rows() { # same_rows DESCRIPTION CANNED PLAIN.rq PARAM... (the canned's)
	d=$1 canned=$2 plain=$3
	shift 3
	run --store "$S" query -f tsv "$@" "$canned"
	sort_rows "$OUT" >"$WORK/canned.rows"
	run --store "$S" query -f tsv "$plain"
	sort_rows "$OUT" >"$WORK/plain.rows"
	if [ -s "$WORK/plain.rows" ]; then
		expect_same "$WORK/plain.rows" "$WORK/canned.rows" "$d"
	else
		fail "$d (the OPTIONAL form gave no rows)"
	fi
}
# Each row as its sorted NAME=VALUE pairs, the rows sorted.
sort_rows() {
	awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i; next }
		{ s = ""; for (i = 1; i <= NF; i++) s = s h[i] "=" $i "\n"
		  print s }' "$1" |
		awk 'BEGIN { RS = ""; FS = "\n" }
			{ n = split($0, a, "\n"); line = ""
			  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
				if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			  for (i = 1; i <= n; i++) line = line a[i] "|"
			  print line }' | sort
}
cat >"$WORK/criticised.rq" <<'Q'
SELECT DISTINCT ?date ?targetCode ?source ?target ?cameo ?root ?goldstein ?modality ?event
WHERE {
  ?dyad irkg:sourceCode "KOR" . ?event irkg:dyad ?dyad .
  ?event irkg:cameoRoot ?root . ?dyad irkg:targetCode ?targetCode .
  ?dyad irkg:source ?source . ?dyad irkg:target ?target .
  ?event irkg:cameoCode ?cameo . ?event irkg:goldstein ?goldstein .
  FILTER(?root = "11" || ?root = "12" || ?root = "13" || ?root = "17")
  OPTIONAL { ?event irkg:date ?date }
  OPTIONAL { ?event irkg:modality ?modality }
}
Q
same_rows "criticised: the rows of the OPTIONAL form" criticised "$WORK/criticised.rq" --param state=KOR
for dir in "sourceCode" "targetCode"; do
	printf '{ ?dyad irkg:%s "USA" . ?event irkg:dyad ?dyad . ?event irkg:cameoRoot ?root . ?dyad irkg:sourceCode ?sourceCode . ?dyad irkg:targetCode ?targetCode . ?dyad irkg:source ?source . ?dyad irkg:target ?target . ?event irkg:cameoCode ?cameo . }\n' "$dir"
done >"$WORK/meeting-branches"
{
	echo 'SELECT DISTINCT ?date ?sourceCode ?targetCode ?source ?target ?cameo ?place ?modality ?event WHERE {'
	sed -n 1p "$WORK/meeting-branches"
	echo UNION
	sed -n 2p "$WORK/meeting-branches"
	echo 'FILTER(?root = "04") OPTIONAL { ?event irkg:date ?date } OPTIONAL { ?event irkg:place ?place } OPTIONAL { ?event irkg:modality ?modality } }'
} >"$WORK/meetings.rq"
same_rows "meetings: the rows of the OPTIONAL form" meetings "$WORK/meetings.rq" --param state=USA
cat >"$WORK/timeline.rq" <<'Q'
SELECT DISTINCT ?date ?sourceCode ?targetCode ?source ?target ?cameo ?goldstein ?modality ?place ?event
WHERE {
  { ?dyad irkg:sourceCode "JPN" . ?dyad irkg:targetCode "KOR" }
  UNION
  { ?dyad irkg:sourceCode "KOR" . ?dyad irkg:targetCode "JPN" }
  ?dyad irkg:sourceCode ?sourceCode . ?dyad irkg:targetCode ?targetCode .
  ?event irkg:dyad ?dyad . ?dyad irkg:source ?source . ?dyad irkg:target ?target .
  ?event irkg:cameoCode ?cameo . ?event irkg:goldstein ?goldstein .
  OPTIONAL { ?event irkg:date ?date }
  OPTIONAL { ?event irkg:place ?place }
  OPTIONAL { ?event irkg:modality ?modality }
}
Q
same_rows "timeline: the rows of the OPTIONAL form" timeline "$WORK/timeline.rq" --param a=JPN --param b=KOR
cat >"$WORK/evidence.rq" <<Q
SELECT DISTINCT ?text ?sentence ?article ?headline ?published
WHERE {
  <$fact> irkg:evidence ?sentence . ?sentence nif:anchorOf ?text .
  ?sentence irkg:fromArticle ?article . ?article irkg:headline ?headline .
  OPTIONAL { ?article irkg:publishedDate ?published }
}
Q
same_rows "evidence: the rows of the OPTIONAL form" evidence "$WORK/evidence.rq" "--param" "fact=$fact"
