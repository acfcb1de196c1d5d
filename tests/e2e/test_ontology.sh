# ontology/: every file parses, the data is complete, and the knowledge base
# answers the questions issue 3 asks of it.
. "$(dirname "$0")/lib.sh"
S="$WORK/store"
Q="$TOP/tests/ontology"

run --store "$S" load "$TOP/ontology"
expect_rc 0 "irkg load ontology/ loads every file"
run --store "$S" graphs
expect_out "ontology/irkg.ttl" "the ontology has a graph of its own"
expect_out "ontology/cameo.ttl" "the CAMEO scheme has a graph of its own"
expect_out "ontology/actors/states.ttl" "the states have a graph of their own"

# A statement written twice in the knowledge base is one statement in an
# RDF store: the LMDB store keeps one, a Berkeley DB hashes store two, and
# their counts differ. Each file, and all of them together, states each
# triple once.
need_tool rapper "the knowledge base states each triple once" && {
	for f in "$TOP"/ontology/*.ttl "$TOP"/ontology/actors/*.ttl; do
		rapper -q -i turtle -o ntriples "$f" 2>/dev/null
	done | sort | uniq -d >"$WORK/twice"
	if [ -s "$WORK/twice" ]; then
		fail "the knowledge base states each triple once ($(wc -l <"$WORK/twice") twice: $(head -n 1 "$WORK/twice"))"
	else
		pass "the knowledge base states each triple once"
	fi
}

. "$Q/lists.sh"
# fetch NAME: the sorted list NAME into $WORK/NAME.
fetch() {
	"$IRKG" --store "$S" query -f tsv -e "$(list "$1")" | sed 1d | sort >"$WORK/$1"
}
# missing ALL SUBSET DESCRIPTION: every member of ALL is in SUBSET.
missing() {
	fetch "$1"
	fetch "$2"
	comm -23 "$WORK/$1" "$WORK/$2" >"$WORK/missing"
	if [ -s "$WORK/$1" ] && [ ! -s "$WORK/missing" ]; then
		pass "$3"
	else
		RC=1
		cp "$WORK/missing" "$OUT"
		: >"$ERR"
		fail "$3 ($(wc -l <"$WORK/missing") missing)"
	fi
}
check_all() {
	missing terms-used terms-typed "every irkg: term used is defined"
	missing terms-schema terms-labelled "every class and property has a label"
	missing terms-schema terms-commented "every class and property has a comment"
	missing states states-iso2 "every state has an ISO alpha-2 code"
	missing states states-iso3 "every state has an ISO alpha-3 code"
	missing states states-wikidata "every state has a Wikidata link"
	missing posts posts-holder "every post has a holder"
	missing posts posts-start "every post has a start date"
	missing posts posts-of "every post has a state or an organisation"
	missing cameo-broader cameo-codes "every CAMEO code's broader code exists"
}
check_all
for check in posts-ending-before-start cameo-broken; do
	run --store "$S" query -f tsv "$Q/$check.rq"
	if [ "$RC" -eq 0 ] && [ "$(wc -l <"$OUT")" -eq 1 ]; then
		pass "no violations: $(sed -n '1s/^# //p' "$Q/$check.rq")"
	else
		fail "violations of: $(sed -n '1s/^# //p' "$Q/$check.rq")"
	fi
done

run --store "$S" query -f tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a irkg:State } }'
expect_out '197' "197 states: the UN members, 2 observers, Taiwan and Kosovo"
run --store "$S" query -f tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s skos:inScheme cameo:scheme } }'
expect_out '312' "the CAMEO scheme has all 312 codes"
run --store "$S" query -f tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s skos:topConceptOf cameo:scheme } }'
expect_out '20' "the CAMEO scheme has 20 roots"

# The three questions of issue 3.
run --store "$S" query -f tsv post-holder --param state=JPN --param role=HeadOfGovernment --param date=2021-05-05
expect_out "person/yoshihide-suga" "Japan's prime minister on 2021-05-05 was Yoshihide Suga"
expect_lines 2 "and only he"
run --store "$S" query -f tsv post-holder --param state=JPN --param role=HeadOfGovernment --param date=2021-10-05
expect_out "person/fumio-kishida" "on 2021-10-05 it was Fumio Kishida"
run --store "$S" query -f tsv post-holder --param state=USA --param role=ForeignMinister --param date=2021-05-05
expect_out "person/antony-blinken" "the US Secretary of State on 2021-05-05 was Antony Blinken"
run --store "$S" query -f tsv members --param org=NATO
expect_out "state/USA" "the United States is a NATO member"
expect_out "state/FIN" "Finland is a NATO member"
expect_no_out "state/AUT" "Austria is not a NATO member"
expect_lines 33 "NATO has 32 members"
run --store "$S" query -f tsv cameo-code --param code=111
expect_out '-2.0' "the Goldstein value of CAMEO 111 is -2.0"
run --store "$S" query -f tsv cameo-code --param code=111x
expect_lines 1 "an unknown CAMEO code has no answer"

# The checks can fail: a state without codes, a post without a start.
cat >"$WORK/broken.ttl" <<'TTL'
@prefix irkg: <https://w3id.org/irkg/ontology#> .
<https://w3id.org/irkg/id/state/XXA> a irkg:State ; irkg:iso3 "XXA" .
<https://w3id.org/irkg/id/post/x> a irkg:PostHolding ; irkg:holder <urn:x> .
<urn:x> irkg:notATerm "y" .
TTL
run --store "$S" load "$WORK/broken.ttl"
check_all >"$WORK/planted"
for what in "every irkg: term used is defined" "every state has an ISO alpha-2 code" \
	"every state has a Wikidata link" "every post has a start date" \
	"every post has a state or an organisation"; do
	if grep -qF "not ok - $what" "$WORK/planted"; then
		pass "the check '$what' catches a planted defect"
	else
		fail "the check '$what' catches a planted defect"
	fi
done

# The pattern files against the codes of the project's own cameo.ttl, and
# against the codebook in ../shared where it is.
sed -n 's/^cameo:\([0-9][0-9]*\) a skos:Concept.*/\1/p' "$TOP/ontology/cameo.ttl" >"$WORK/codes.tsv"
if [ "$(wc -l <"$WORK/codes.tsv")" -ge 300 ]; then pass "cameo.ttl holds the CAMEO codes"; else
	fail "cameo.ttl holds the CAMEO codes"; fi
sh "$TOP/ontology/patterns/check.sh" "$WORK/codes.tsv" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0 "the event patterns are well formed, codes from cameo.ttl"
if need "$SHARED/reference/cameo-codes.tsv" "the event patterns' CAMEO codes against the codebook"; then
	sh "$TOP/ontology/patterns/check.sh" "$SHARED/reference/cameo-codes.tsv" >"$OUT" 2>"$ERR"
	RC=$?
	expect_rc 0 "the event patterns are well formed, codes from the codebook"
fi
