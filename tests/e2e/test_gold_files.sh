# The project's test articles and their gold files are well formed, so that
# the evaluation (issue 5) measures the extractor, not typing mistakes.
. "$(dirname "$0")/lib.sh"
G="$TOP/tests/gold"
RC=0

codes="$WORK/codes"
{
	sed -n 's/.*irkg:iso3 "\([A-Z]*\)".*/\1/p' "$TOP/ontology/actors/states.ttl"
	sed -n 's/.*irkg:shortCode "\([A-Z0-9]*\)".*/\1/p' "$TOP/ontology/actors/igos.ttl"
} | sort -u >"$codes"
expect_true "the actor codes could be read" test "$(wc -l <"$codes")" -gt 200

n=0
for gold in "$G"/*.tsv "$TOP"/tests/heldout/gold/*.tsv; do
	name=$(basename "$gold" .tsv)
	n=$((n + 1))
	# tests/gold/NAME.tsv -> tests/articles, tests/heldout/gold -> .../articles
	A=$(dirname "$(dirname "$gold")")/articles
	article=$(ls "$A/$name".* 2>/dev/null | grep -v '\.expect$' | head -n 1)
	expect_true "$name: the article exists" test -n "$article"
	expect_true "$name: the .expect file exists" test -f "$A/$name.expect"
	bad=$(awk -F'\t' -v codes="$codes" '
		BEGIN { while ((getline c < codes) > 0) ok[c] = 1 }
		NR == 1 { if ($0 != "kind\tdate\tsource\ttarget\tcameo\trelation\tissue\tnote") print "header"; next }
		/^#/ || !NF { next }
		NF != 8 { print "line " NR ": " NF " fields"; next }
		$1 != "event" && $1 != "relation" { print "line " NR ": kind " $1 }
		$2 != "" && $2 !~ /^[0-9][0-9][0-9][0-9](-[01][0-9](-[0-3][0-9])?)?$/ { print "line " NR ": date " $2 }
		!($3 in ok) || !($4 in ok) { print "line " NR ": actor " $3 "/" $4 }
		$1 == "event" && $5 !~ /^(0[1-9]|1[0-9]|20)$/ { print "line " NR ": root " $5 }
		$1 == "relation" && $6 !~ /^(alliance|dispute|agreement|partnership|rivalry|sanctions|trend)$/ { print "line " NR ": relation " $6 }
	' "$gold")
	if [ -z "$bad" ]; then pass "$name: gold rows are well formed"
	else echo "$bad" >"$OUT"; : >"$ERR"; RC=1; fail "$name: gold rows are well formed"; fi
	case $article in
	*.rss|*.atom)
		expect_true "$name: the feed is well-formed XML" xmllint --noout --nonet "$article" ;;
	esac
done
RC=0
if [ "$n" -ge 15 ]; then pass "at least 15 gold articles ($n)"; else fail "at least 15 gold articles ($n)"; fi
roots=$(cat "$G"/*.tsv | awk -F'\t' '$1 == "event" { print $5 }' | sort -u | wc -l)
if [ "$roots" -eq 20 ]; then pass "the gold set covers all 20 CAMEO roots"; else fail "the gold set covers all 20 CAMEO roots ($roots)"; fi
kinds=$(cat "$G"/*.tsv | awk -F'\t' '$1 == "relation" { print $6 }' | sort -u | wc -l)
if [ "$kinds" -eq 7 ]; then pass "the gold set covers every relation type"; else fail "the gold set covers every relation type ($kinds)"; fi
