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
expect_err "no article text found in it (all its text is navigation" "a page of menus says why it has no article"
if grep -q "syntax error" "$ERR"; then fail "a page that parses is not a syntax error"; else pass "a page that parses is not a syntax error"; fi
run --store "$WORK/menu-store" ingest "$WORK/empty.html"
expect_err "no article text found in it: all its text is navigation" "ingest says why a page has no article"
: >"$WORK/empty.txt"
run extract "$WORK/empty.txt"
expect_rc 3 "an empty file is not an article: exit 3"
expect_err "empty.txt: not an article" "an empty file is reported by name"
expect_err "it is empty" "the message says the file is empty"
run_in "$WORK/empty.txt" extract -f events -
expect_rc 3 "empty standard input is not an article: exit 3"
# Binary data: random bytes, and text with NUL bytes in it.
awk 'BEGIN { srand(7); for (i = 0; i < 4096; i++) printf "%c", int(rand() * 256) }' >"$WORK/garbage.bin"
run extract -f events "$WORK/garbage.bin"
expect_rc 3 "binary garbage is not an article: exit 3"
expect_err "garbage.bin: not an article: binary data, not text" "binary garbage is named and explained"
expect_lines 0 "binary garbage gives no event"
printf 'China criticised Japan on Monday.\0\0\0\n' >"$WORK/nul.txt"
run extract -f events "$WORK/nul.txt"
expect_rc 3 "text with NUL bytes is binary: exit 3"
run --store "$WORK/garbage-store" ingest "$WORK/garbage.bin" "$TOP/tests/articles/b01-us-china.txt"
expect_rc 3 "ingest: binary garbage among articles exits 3"
expect_err "binary data, not text" "ingest: the garbage is explained"
expect_err "ingested 1 article" "ingest: the real article still goes in"
# A one-sentence article, with and without its full stop, with and
# without a dateline header: each is read.
printf 'Beijing criticized Tokyo on Monday.\n' >"$WORK/one.txt"
run extract -f events "$WORK/one.txt"
expect_rc 0 "a one-sentence article is read"
expect_out "$(printf 'CHN\tJPN\t11')" "a one-sentence article gives its event (CHN JPN 11)"
printf 'Beijing criticized Tokyo on Monday' >"$WORK/one-nostop.txt"
run extract -f events "$WORK/one-nostop.txt"
expect_rc 0 "a sentence without a final full stop is read"
expect_out "$(printf 'CHN\tJPN\t11')" "a sentence without a full stop gives its event"
printf 'date 2025-06-11 Test Wire\n\nChina protests to Japan\n\nBeijing criticized Tokyo on Monday\n' >"$WORK/one-headline.txt"
run extract -f events "$WORK/one-headline.txt"
expect_out "$(printf '2025-06-09\tCHN\tJPN\t11')" "a headline and a body without full stop: the body's event, dated"
run extract -f mentions "$WORK/one-headline.txt"
expect_out "China protests to Japan" "the line before it is the headline"
run extract "$WORK/missing.txt"
expect_rc 3 "a missing file exits 3"
expect_err "missing.txt" "the message names the missing file"
run extract --help
expect_rc 0 "extract --help"
expect_out "Usage: irkg extract" "extract --help prints usage"
run extract
expect_rc 2 "extract without input is a usage error"
