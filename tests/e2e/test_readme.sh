#!/bin/sh
# The README tells the truth: its `make demo` sample is what make demo
# prints (timings aside), and its `make check` sample names exactly the
# suites there are.
. "$(dirname "$0")/lib.sh"
README="$TOP/README.md"

# block START: the lines of the README's code block that starts with the
# line START, up to its closing fence.
block() {
	awk -v start="$1" '$0 == start { on = 1; next } on && /^```/ { exit } on' "$README"
}
# Timings and rates vary from run to run.
normalise() {
	sed -E 's/in [0-9]+(\.[0-9]+)? s/in N s/g; s/\([0-9]+ triples\/s\)/(N triples\/s)/g'
}

block '$ make demo' | grep -v '^…$' | normalise >"$WORK/readme-demo"
if [ -s "$WORK/readme-demo" ]; then pass "the README has a make demo sample"; else
	fail "the README has a make demo sample"; fi
# make demo itself, on a store of its own; bin/irkg is built by make check.
# The flags of a surrounding make (-s, -j) are not the user's demo.
(cd "$TOP" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL IRKG_STORE="$WORK/demo-store" \
	make --no-print-directory demo) >"$WORK/demo.out" 2>&1
RC=$?
expect_rc 0 "make demo succeeds"
sed -n '/^\.\/bin\/irkg /,$p' "$WORK/demo.out" | normalise >"$WORK/demo"
expect_same "$WORK/readme-demo" "$WORK/demo" "the README's make demo sample is what make demo prints"

# The suites the README's make check sample names are the suites there are.
block '$ make check' | sed -n 's/^ok   \(unit\|e2e \) *\(test_[a-z_]*\):.*/\2/p' | sort >"$WORK/readme-suites"
{
	for f in "$TOP"/tests/unit/test_*.c "$TOP"/tests/e2e/test_*.sh; do
		n=$(basename "$f")
		echo "${n%.*}"
	done
} | sort >"$WORK/suites"
expect_same "$WORK/suites" "$WORK/readme-suites" "the README's make check sample lists every suite, and only those"
last=$(block '$ make check' | tail -n 1)
case $last in
*" passed, 0 failed, "*" skipped") pass "the README's make check sample ends with the summary line" ;;
*) fail "the README's make check sample ends with the summary line (got '$last')" ;;
esac
