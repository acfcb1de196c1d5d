#!/bin/sh
# Write the golden files: exactly what `irkg extract -f events` gives today
# for every test article, so that tests/e2e/test_golden.sh names any fact
# a change adds, drops or alters.
#
#   tests/gold/NAME.events          tests/articles/NAME.*
#   tests/heldout/gold/NAME.events  tests/heldout/articles/NAME.*
#   tests/e2e/seed.events           the seed article in ../shared, with the
#                                   matched words cut (its text stays out
#                                   of the repository)
#
# Run it after a change that is meant to alter extraction, then read
# `git diff tests/` before committing: each changed row is a fact.
#
#   sh scripts/golden.sh [IRKG]    IRKG defaults to bin/irkg
set -u
cd "$(dirname "$0")/.." || exit 2
IRKG=${1:-bin/irkg}
export IRKG_ONTOLOGY="${IRKG_ONTOLOGY:-$PWD/ontology}"

# article_of DIR NAME: the article DIR/NAME.{txt,html,rss,atom}
article_of() {
	for ext in txt html rss atom; do
		[ -f "$1/$2.$ext" ] && echo "$1/$2.$ext" && return 0
	done
	return 1
}

for set in tests tests/heldout; do
	for expect in "$set"/articles/*.expect; do
		name=$(basename "$expect" .expect)
		article=$(article_of "$set/articles" "$name") || {
			echo "golden: no article for $expect" >&2
			exit 1
		}
		"$IRKG" -q extract -f events "$article" >"$set/gold/$name.events.tmp" ||
			exit 1
		mv "$set/gold/$name.events.tmp" "$set/gold/$name.events"
	done
done

SEED=../shared/seeds/000_be59421757cbb020.txt
if [ -f "$SEED" ]; then
	"$IRKG" -q extract -f events "$SEED" | sed 's/): .*/)/' \
		>tests/e2e/seed.events.tmp || exit 1
	mv tests/e2e/seed.events.tmp tests/e2e/seed.events
fi
