#!/bin/sh
# irkg extract on the project's test articles (tests/articles/*.expect) and
# on the seed article: dates, sentence counts, states, persons in post,
# places, and nothing from boilerplate. The .expect format is described in
# tests/articles/README.md.
. "$(dirname "$0")/lib.sh"

ID=https://w3id.org/irkg/id/

# check_expect INPUT EXPECT: compare `irkg extract -f mentions INPUT` with
# the expectations.
check_expect() {
	input=$1
	expect=$2
	name=$(basename "$input")
	run extract -f mentions "$input"
	expect_rc 0 "$name: extract succeeds"
	cp "$OUT" "$WORK/mentions.tsv"
	T="$WORK/mentions.tsv"
	grep -v '^#' "$expect" | grep -v '^date	' | grep -v '^sentences	' |
		grep . >"$WORK/expect.lines"
	# dates and sentence counts, one per article, in input order
	want=$(awk -F'\t' '$1 == "date" { printf "%s ", $2 }' "$expect")
	got=$(awk -F'\t' '$5 == "article" { printf "%s ", $7 }' "$T")
	if [ "$want" = "$got" ]; then pass "$name: dates $want"; else
		fail "$name: dates: wanted '$want', got '$got'"; fi
	want=$(awk -F'\t' '$1 == "sentences" { printf "%s ", $2 }' "$expect")
	got=$(awk -F'\t' '$5 == "article" { printf "%s ", $2 }' "$T")
	if [ "$want" = "$got" ]; then pass "$name: sentences $want"; else
		fail "$name: sentences: wanted '$want', got '$got'"; fi
	while IFS='	' read -r kind value _rest; do
		case $kind in
		state)
			# a state named, or the state of a title ("Turkish
			# President ...")
			found=$(awk -F'\t' -v c="$value" '$5 != "article" && $6 != "group" && $7 == c' "$T" | head -n 1) ;;
		person)
			iri="${ID}person/${value#person:}"
			found=$(awk -F'\t' -v r="$iri" '$5 == "person" && $8 == r && $9 != ""' "$T" | head -n 1) ;;
		named)
			iri="${ID}person/${value#person:}"
			found=$(awk -F'\t' -v r="$iri" '$5 == "person" && $8 == r' "$T" | head -n 1) ;;
		place)
			found=$(awk -F'\t' -v p="$value" '$5 == "place" && tolower($10) == tolower(p)' "$T" | head -n 1) ;;
		absent)
			found=$(awk -F'\t' -v c="$value" '$5 != "article" && $5 != "date" { n = split($7, cs, ","); for (i = 1; i <= n; i++) if (cs[i] == c) { print; exit } } $8 ~ ("/" tolower(c) "$") { print; exit }' "$T" | head -n 1)
			if [ -z "$found" ]; then pass "$name: nothing of $value"; else
				fail "$name: $value should be absent: $found"; fi
			continue ;;
		*)
			fail "$name: unknown expectation '$kind'"
			continue ;;
		esac
		if [ -n "$found" ]; then pass "$name: $kind $value"; else
			fail "$name: $kind $value not found"; fi
	done <"$WORK/expect.lines"
	# The Turtle parses.
	run extract "$input"
	if [ "$RC" -eq 0 ] && rapper -q -i turtle -c "$OUT" >/dev/null 2>&1; then
		pass "$name: Turtle output parses"
	else
		fail "$name: Turtle output does not parse"
	fi
}

for expect in "$TOP"/tests/articles/*.expect "$TOP"/tests/heldout/articles/*.expect \
	"$TOP"/tests/e2e/seed.expect; do
	base=${expect%.expect}
	input=
	case $expect in
	*/seed.expect)
		need "$SEED" "seed.expect: what the seed article mentions" || continue
		input=$SEED ;;
	*)
		for ext in txt html rss atom; do
			[ -f "$base.$ext" ] && input="$base.$ext"
		done ;;
	esac
	if [ -z "$input" ]; then
		fail "$(basename "$expect"): no article beside it"
		continue
	fi
	check_expect "$input" "$expect"
done

# The same article from stdin, and a directory of articles.
run_in "$TOP/tests/articles/a01-korea-japan.txt" extract -f mentions -
expect_rc 0 "extract reads stdin"
expect_out "	state	name	KOR	" "stdin: South Korea found"
run extract -f nquads "$TOP/tests/articles"
expect_rc 0 "extract reads a directory"
n=$(awk '{ print $NF == "." ? $(NF - 1) : "" }' "$OUT" | sort -u | grep -c article/)
if [ "$n" -ge 19 ]; then pass "a directory gives one graph per article ($n)"; else
	fail "a directory gives one graph per article (got $n)"; fi

# Invalid UTF-8 is replaced and reported once; the output is valid.
run extract "$TOP/tests/articles/b07-invalid-utf8.txt"
expect_rc 0 "invalid UTF-8: extract succeeds"
expect_err "invalid UTF-8" "invalid UTF-8: reported"
n=$(grep -c "invalid UTF-8" "$ERR")
if [ "$n" -eq 1 ]; then pass "invalid UTF-8: reported once"; else fail "invalid UTF-8: reported $n times"; fi

# Not an article: exit 3 and a message naming the file.
printf '<html><body><nav>Home</nav></body></html>' >"$WORK/empty.html"
run extract "$WORK/empty.html"
expect_rc 3 "a page without an article exits 3"
expect_err "$WORK/empty.html" "the message names the file"
: >"$WORK/empty.txt"
run extract "$WORK/empty.txt"
expect_rc 0 "an empty file is no article, not an error"
expect_err "no article text" "an empty file is reported"
run extract "$WORK/missing.txt"
expect_rc 3 "a missing file exits 3"
expect_err "missing.txt" "the message names the missing file"
run extract --help
expect_rc 0 "extract --help"
expect_out "Usage: irkg extract" "extract --help prints usage"
run extract
expect_rc 2 "extract without input is a usage error"
