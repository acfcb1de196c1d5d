# The golden files: `irkg extract -f events` gives exactly the rows that
# scripts/golden.sh recorded for every test article (tests/gold/NAME.events,
# tests/heldout/gold/NAME.events) and for the seed article
# (tests/e2e/seed.events, without the matched words). One fact gained, lost
# or changed fails the article by name; when the change is meant, run
# scripts/golden.sh and commit the diff with it.
. "$(dirname "$0")/lib.sh"

# article_of DIR NAME: the article DIR/NAME.{txt,html,rss,atom}
article_of() {
	for ext in txt html rss atom; do
		[ -f "$1/$2.$ext" ] && echo "$1/$2.$ext" && return 0
	done
	return 1
}

n=0
for set in "$TOP/tests" "$TOP/tests/heldout"; do
	for expect in "$set"/articles/*.expect; do
		name=$(basename "$expect" .expect)
		gold="$set/gold/$name.events"
		if ! article=$(article_of "$set/articles" "$name"); then
			fail "$name: the article exists"
			continue
		fi
		if [ ! -f "$gold" ]; then
			fail "$name: has a golden file (sh scripts/golden.sh writes it)"
			continue
		fi
		n=$((n + 1))
		run -q extract -f events "$article"
		expect_rc 0 "$name: extract -f events exits 0"
		expect_same "$gold" "$OUT" "$name: the events and relations are exactly the golden file's"
	done
done
# The golden files cover relations as well as events, and are not empty:
# a run that found nothing anywhere would not pass unnoticed.
if [ "$n" -ge 40 ]; then pass "golden files for at least 40 articles ($n)"; else
	fail "golden files for at least 40 articles ($n)"; fi
rows=$(cat "$TOP"/tests/gold/*.events | grep -c '^event	')
relations=$(cat "$TOP"/tests/gold/*.events | grep -c '^relation	')
if [ "$rows" -ge 100 ] && [ "$relations" -ge 20 ]; then
	pass "the development set's golden files hold events and relations ($rows, $relations)"
else
	fail "the development set's golden files hold events and relations ($rows, $relations)"
fi
# Every golden file belongs to an article (none left behind by a rename).
for gold in "$TOP"/tests/gold/*.events "$TOP"/tests/heldout/gold/*.events; do
	name=$(basename "$gold" .events)
	A=$(dirname "$(dirname "$gold")")/articles
	if [ -f "$A/$name.expect" ]; then :; else fail "$name.events: no article $A/$name.*"; fi
done

if need "$SEED" "the seed article's events are exactly tests/e2e/seed.events"; then
	run -q extract -f events "$SEED"
	expect_rc 0 "the seed article: extract -f events exits 0"
	sed 's/): .*/)/' "$OUT" >"$WORK/seed.events"
	expect_same "$TOP/tests/e2e/seed.events" "$WORK/seed.events" \
		"the seed article's events are exactly tests/e2e/seed.events"
fi
