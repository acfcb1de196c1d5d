#!/bin/sh
# irkg ingest, irkg events and irkg relations: articles into the store and
# the tables back out; the seed article gives what issue 5 requires.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
A="$TOP/tests/articles"

run --store "$S" ingest "$A/a01-korea-japan.txt"
expect_rc 0 "ingest an article"
expect_err "ingested 1 article" "ingest reports what it wrote"
expect_err "loaded the ontology first" "the first ingest loads the ontology"

run --store "$S" events
expect_rc 0 "events"
head -n 1 "$OUT" >"$WORK/header"
printf 'date\treported\tsource\tsource_state\ttarget\ttarget_state\tcameo\troot\tgoldstein\tquad_class\tplace\tarticle\tevidence\n' >"$WORK/want"
expect_same "$WORK/want" "$WORK/header" "events: the documented columns, in order"
expect_out "	KOR	https://w3id.org/irkg/id/state/JPN	JPN	114	11	" "events: South Korea's protest to Japan (114)"
n_first=$(wc -l <"$OUT")

run --store "$S" ingest "$A/a01-korea-japan.txt"
expect_rc 0 "ingest the same article again"
expect_no_out "loaded the ontology" "the ontology is loaded once"
run --store "$S" events
n_again=$(wc -l <"$OUT")
if [ "$n_first" -eq "$n_again" ]; then pass "re-ingesting replaces the article's graph"; else
	fail "re-ingesting replaces the article's graph ($n_first rows, then $n_again)"; fi
run --store "$S" graphs
n=$(grep -c "/id/article/" "$OUT")
if [ "$n" -eq 1 ]; then pass "one graph per article"; else fail "one graph per article (got $n)"; fi

run --store "$S" relations
expect_rc 0 "relations"
expect_out "$(printf 'type\tparty_a\tparty_b\tissue\tstart\tend\tstatus\tarticle\tevidence')" "relations: the documented columns"
expect_out "$(printf 'alliance\tKOR\tUSA')" "relations: South Korea's alliance with the United States"
expect_out "$(printf 'alliance\tJPN\tUSA')" "relations: Japan's alliance with the United States"
expect_no_out "$(printf 'alliance\tJPN\tKOR')" "relations: no alliance between Japan and South Korea"

# Filters and formats.
run --store "$S" events --actor JPN -f csv
expect_rc 0 "events --actor -f csv"
expect_out "date,reported,source,source_state" "csv has the header"
expect_no_out ",USA,https" "--actor JPN leaves out dyads without Japan"
run --store "$S" events --actor KOR
expect_out "	KOR	https://w3id.org/irkg/id/state/JPN	JPN	114	" "--actor KOR keeps South Korea's protest"
run --store "$S" events --actor XYZ
expect_rc 2 "events --actor with an unknown code exits 2"
expect_err "no state or organisation in the store has the code 'XYZ'" "the unknown code is named"
expect_err "ISO 3166 alpha-3 code (USA, JPN, KOR)" "the message says what a code looks like"
expect_lines 0 "an unknown --actor prints no table"
run --store "$S" events --actor jpn
expect_rc 2 "events --actor in lower case exits 2"
expect_err "did you mean --actor JPN?" "a lower-case code is corrected"
run --store "$S" relations --actor KOR
expect_rc 0 "relations --actor"
expect_out "$(printf 'alliance\tKOR\tUSA')" "relations --actor KOR: its alliance with the United States"
expect_no_out "$(printf 'alliance\tJPN\tUSA')" "relations --actor KOR leaves out Japan's alliance"
run --store "$S" relations --actor XYZ
expect_rc 2 "relations --actor with an unknown code exits 2"
expect_err "the code 'XYZ'" "relations: the unknown code is named"

# A fact's IRI given to the evidence query: in full, as a prefixed name,
# or bare (an error that says what works).
run --store "$S" query -f tsv -e 'SELECT ?r WHERE { ?r a irkg:Alliance }'
fact=$(sed -n '2s/^<\(.*\)>$/\1/p' "$OUT")
run --store "$S" query -f tsv evidence --param "fact=$fact"
expect_rc 0 "evidence with the full IRI"
expect_out "treaty allies" "evidence: the sentence behind the alliance"
run --store "$S" query -f tsv evidence --param "fact=relation:${fact##*/}"
expect_out "treaty allies" "evidence: a prefixed name (relation:...) works too"
run --store "$S" query -f tsv evidence --param "fact=${fact##*/}"
expect_rc 2 "evidence with a bare local name exits 2"
expect_err "is not an IRI: --param fact wants a full IRI" "the bare name: the message says what works"
run --store "$S" query -f tsv allies --param state=state:JPN
expect_rc 2 "allies with an IRI where a code goes exits 2"

run --store "$S" events --from 2030 -f json
expect_rc 0 "events --from in the future"
expect_lines 1 "an empty JSON table is []"
expect_out "[]" "an empty JSON table is []"
run --store "$S" events -f json
first=$(head -c 1 "$OUT")
if [ "$first" = "[" ] && tail -n 1 "$OUT" | grep -q '^]$'; then pass "events -f json is an array"; else fail "events -f json is an array"; fi
run --store "$S" events --from 2025-13
expect_rc 2 "a bad date is a usage error"
run --store "$S" events --actor 'JPN"'
expect_rc 2 "a bad code is a usage error"
run --store "$S" events -f xml
expect_rc 2 "an unknown table format is a usage error"
run --store "$S" events --help
expect_out "source_state" "events --help names the columns"
run --store "$S" relations --help
expect_rc 0 "relations --help"
run --store "$WORK/none" events
expect_rc 4 "events on a missing store"

# A directory, with a file that holds no article: the rest goes in.
mkdir -p "$WORK/in"
cp "$A/b01-us-china.txt" "$A/a04-africa-feed.rss" "$WORK/in/"
printf '<html><body><nav>Home</nav></body></html>' >"$WORK/in/empty.html"
run --store "$S" ingest "$WORK/in"
expect_rc 3 "a directory with a non-article exits 3"
expect_err "empty.html" "the non-article is named"
expect_err "ingested 4 articles" "the others are ingested (a feed of three, a text)"

# All or nothing: an ingest that fails writes nothing.
snapshot "$S" "$WORK/before"
mkdir -p "$WORK/badonto/actors" "$WORK/badonto/patterns"
run --store "$S" ingest --ontology "$WORK/badonto" "$A/b03-iran-iaea.txt"
if [ "$RC" -ne 0 ]; then pass "an ingest without its ontology fails"; else fail "an ingest without its ontology fails"; fi
snapshot "$S" "$WORK/after"
expect_same "$WORK/before" "$WORK/after" "a failed ingest leaves the store as it was"

# stdin
S2="$WORK/store2"
run_in "$A/a03-middle-east.txt" --store "$S2" ingest -
expect_rc 0 "ingest from stdin"
expect_err "ingested 1 article" "stdin: one article"

# The seed article (issue 5).
need "$SEED" "the seed article's events and relations in the store" || exit 0
S3="$WORK/seed"
run --store "$S3" ingest "$SEED"
expect_rc 0 "ingest the seed"
run --store "$S3" events
cut -f1,4,6,8 "$OUT" | sort -u >"$WORK/seed-events"
for row in "2021-05-05 USA JPN 04" "2021-05-05 USA KOR 04" "2021-05-05 KOR JPN 04" \
	"2021-05-05 USA JPN 03" "2021-05-05 USA KOR 03" "2021-05-05 KOR JPN 03" \
	"2021-04 KOR JPN 11" "2021-05 USA JPN 04" "2021-05 USA KOR 04"; do
	if tr '\t' ' ' <"$WORK/seed-events" | grep -qx "$row"; then pass "seed event: $row"; else
		fail "seed event: $row"; fi
done
if grep -q "	042	" "$OUT" && awk -F'\t' '$7 == "042" && $6 == "JPN"' "$OUT" | grep -q . &&
	awk -F'\t' '$7 == "042" && $6 == "KOR"' "$OUT" | grep -q .; then
	pass "seed: the visits to Tokyo and Seoul (042)"
else
	fail "seed: the visits to Tokyo and Seoul (042)"
fi
if awk -F'\t' '$11 ~ /hawaii/' "$OUT" | grep -q .; then pass "seed: the meeting in Hawaii"; else fail "seed: the meeting in Hawaii"; fi
for code in PAK IND MMR; do
	if cut -f4,6 "$OUT" | grep -q "$code"; then fail "seed: nothing from boilerplate ($code)"; else
		pass "seed: nothing from boilerplate ($code)"; fi
done
run --store "$S3" relations
cut -f1-3 "$OUT" | sort -u >"$WORK/seed-relations"
for row in "alliance JPN USA" "alliance KOR USA" "dispute JPN KOR" "agreement JPN KOR" "trend JPN KOR"; do
	if tr '\t' ' ' <"$WORK/seed-relations" | grep -qx "$row"; then pass "seed relation: $row"; else
		fail "seed relation: $row"; fi
done
expect_no_out "$(printf 'alliance\tJPN\tKOR')" "seed: no alliance between Japan and South Korea"
run --store "$S3" query -f tsv -e 'SELECT ?e WHERE { ?e irkg:agreementEventType irkg:Terminated }'
expect_lines 1 "seed: no termination of the intelligence agreement"
run --store "$S3" query -f tsv -e 'SELECT ?e WHERE { ?e irkg:agreementEventType irkg:NoticeWithdrawn ; irkg:date ?d FILTER(STR(?d) = "2019") }'
expect_lines 2 "seed: the agreement's 2019 crisis (notice withdrawn)"
