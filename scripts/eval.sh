#!/bin/sh
# make eval: score `irkg extract -f events` against the gold annotations of
# the project's own test articles (tests/gold/NAME.tsv beside
# tests/articles/NAME.*; format in docs/gold-format.md).
#
# A predicted dyad matches a gold row of the same kind when source, target
# and CAMEO root (events) or relation type (relations) agree, and the
# predicted date starts with the gold date when the gold gives one. Order
# does not matter for relations and for the symmetric roots 03-06
# (intent to cooperate, consult, diplomatic and material cooperation). Each
# gold row matches at most one prediction. Prints precision, recall and F1
# per article and in total, for events, relations and both: once for the
# development set (tests/articles, tests/gold), on which the rules were
# worked out, and once for the held-out set (tests/heldout), written by
# people who had not seen the extractor and never used to tune it.
#
#   sh scripts/eval.sh [IRKG]    IRKG defaults to bin/irkg
set -u
cd "$(dirname "$0")/.." || exit 2
IRKG=${1:-bin/irkg}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/irkg-eval.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# score_set LABEL ARTICLES GOLD: one line per article, then the totals
score_set() {
label=$1 articles=$2 golds=$3
rm -f "$TMP"/*.score "$TMP"/*.score.extra
printf '\n%s (%s)\n' "$label" "$golds"
printf '%-24s %5s %5s %5s  %6s %6s %6s\n' article gold pred match precis recall F1
for gold in "$golds"/*.tsv; do
	[ -f "$gold" ] || continue # an empty set
	name=$(basename "$gold" .tsv)
	input=
	for ext in txt html rss atom; do
		[ -f "$articles/$name.$ext" ] && input="$articles/$name.$ext"
	done
	if [ -z "$input" ]; then
		echo "eval: no article for $gold" >&2
		exit 1
	fi
	if ! "$IRKG" -q extract -f events "$input" >"$TMP/$name.pred"; then
		echo "eval: irkg extract failed on $input" >&2
		exit 1
	fi
	awk -F'\t' -v name="$name" -v out="$TMP/$name.score" '
	function root(kind, cameo, relation) {
		return kind == "event" ? substr(cameo, 1, 2) : relation
	}
	function symmetric(kind, r) {
		return kind == "relation" || r == "03" || r == "04" ||
		       r == "05" || r == "06"
	}
	FNR == 1 { file++ }
	file == 1 && FNR > 1 && $1 !~ /^#/ && NF >= 6 {
		ng++
		gk[ng] = $1; gd[ng] = $2; gs[ng] = $3; gt[ng] = $4
		gr[ng] = root($1, $5, $6)
	}
	file == 2 {
		key = $1 FS $2 FS $3 FS $4 FS root($1, $5, $6)
		if (key in seen) next
		seen[key] = 1
		np++
		pk[np] = $1; pd[np] = $2; ps[np] = $3; pt[np] = $4
		pr[np] = root($1, $5, $6)
	}
	END {
		# dated gold rows first: they are the harder to match
		for (pass = 1; pass <= 2; pass++)
		for (i = 1; i <= ng; i++) {
			if ((pass == 1) != (gd[i] != ""))
				continue
			for (j = 1; j <= np; j++) {
				if (used[j] || pk[j] != gk[i] || pr[j] != gr[i])
					continue
				same = ps[j] == gs[i] && pt[j] == gt[i]
				swap = ps[j] == gt[i] && pt[j] == gs[i]
				if (!same && !(swap && symmetric(gk[i], gr[i])))
					continue
				if (gd[i] != "" && index(pd[j], gd[i]) != 1)
					continue
				used[j] = 1
				found[i] = 1
				m[gk[i]]++
				break
			}
			g[gk[i]]++
		}
		for (j = 1; j <= np; j++) p[pk[j]]++
		printf "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", name,
		       g["event"], p["event"], m["event"],
		       g["relation"], p["relation"], m["relation"] > out
		for (j = 1; j <= np; j++)
			if (!used[j])
				printf "#   extra: %s %s %s %s %s\n", pk[j], pd[j],
				       ps[j], pt[j], pr[j] > (out ".extra")
		for (i = 1; i <= ng; i++)
			if (!found[i])
				printf "#   missed: %s %s %s %s %s\n", gk[i], gd[i],
				       gs[i], gt[i], gr[i] > (out ".extra")
	}' "$gold" "$TMP/$name.pred"
	awk -F'\t' '{
		g = $2 + $5; p = $3 + $6; m = $4 + $7
		pr = p ? m / p : 1; rc = g ? m / g : 1
		f = pr + rc ? 2 * pr * rc / (pr + rc) : 0
		printf "%-24s %5d %5d %5d  %6.2f %6.2f %6.2f\n", $1, g, p, m, pr, rc, f
	}' "$TMP/$name.score"
	if [ -n "${EVAL_VERBOSE:-}" ] && [ -f "$TMP/$name.score.extra" ]; then
		cat "$TMP/$name.score.extra"
	fi
done
cat "$TMP"/*.score | awk -F'\t' '
function line(label, g, p, m,   pr, rc, f) {
	pr = p ? m / p : 1; rc = g ? m / g : 1
	f = pr + rc ? 2 * pr * rc / (pr + rc) : 0
	printf "%-24s %5d %5d %5d  %6.2f %6.2f %6.2f\n", label, g, p, m, pr, rc, f
}
{
	ge += $2; pe += $3; me += $4; gr += $5; pr_ += $6; mr += $7
	# a round is the articles whose names start with the same letter
	r = substr($1, 1, 1)
	if (!(r in rg)) order[++rounds] = r
	rg[r] += $2 + $5; rp[r] += $3 + $6; rm[r] += $4 + $7
}
END {
	print ""
	line("total events", ge, pe, me)
	line("total relations", gr, pr_, mr)
	line("total", ge + gr, pe + pr_, me + mr)
	if (rounds > 1)
		for (i = 1; i <= rounds; i++)
			line("round " order[i] "*", rg[order[i]], rp[order[i]],
			     rm[order[i]])
}'
}

score_set development tests/articles tests/gold || exit 1
score_set held-out tests/heldout/articles tests/heldout/gold || exit 1
