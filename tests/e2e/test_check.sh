#!/bin/sh
# tests/run.sh itself: a skipped test is counted and named, never passed
# or failed, and IRKG_CHECK_NO_SKIP=1 (CI with ../shared) makes it fail.
# Runs run.sh on a small suite of its own in a scratch tree.
. "$(dirname "$0")/lib.sh"
T="$WORK/tree"
mkdir -p "$T/tests/e2e" "$T/build/tests"
cp "$TOP/tests/run.sh" "$TOP/tests/e2e/lib.sh" "$T/tests/"
mv "$T/tests/lib.sh" "$T/tests/e2e/lib.sh"
cat >"$T/tests/e2e/test_a.sh" <<'SUITE'
. "$(dirname "$0")/lib.sh"
need "$SHARED/no-such-file" "a test that needs a file from ../shared"
need_tool no-such-program-irkg "a test that needs a missing tool"
pass "always true"
SUITE
run_suite() { # run_suite [VAR=VALUE...]: run.sh in the scratch tree
	# not CI's IRKG_CHECK_NO_SKIP, unless given here
	env -u IRKG_CHECK_NO_SKIP IRKG_TOP="$T" "$@" sh "$T/tests/run.sh" build >"$OUT" 2>"$ERR"
	RC=$?
}

run_suite
expect_rc 0 "skips alone do not fail make check"
last=$(tail -n 1 "$OUT")
if [ "$last" = "1 passed, 0 failed, 2 skipped" ]; then pass "the last line counts the skips"; else
	fail "the last line counts the skips (got '$last')"; fi
expect_out "needs ../shared/no-such-file, absent here" "a skip names the file it needed"
expect_out "needs no-such-program-irkg, not installed" "a skip names the tool it needed"
expect_out "e2e  test_a: a test that needs a file from ../shared" "a skip names the test"

run_suite IRKG_CHECK_NO_SKIP=1
expect_rc 1 "IRKG_CHECK_NO_SKIP=1: a skip fails"
expect_out "2 tests skipped, and IRKG_CHECK_NO_SKIP=1" "IRKG_CHECK_NO_SKIP=1 says why it failed"

printf '. "$(dirname "$0")/lib.sh"\nfail "a failing test"\n' >"$T/tests/e2e/test_b.sh"
run_suite
expect_rc 1 "a failure still fails"
last=$(tail -n 1 "$OUT")
if [ "$last" = "1 passed, 1 failed, 2 skipped" ]; then pass "failures and skips are counted apart"; else
	fail "failures and skips are counted apart (got '$last')"; fi

# CI sets IRKG_CHECK_NO_SKIP exactly when ../shared is beside the clone.
if grep -q 'IRKG_CHECK_NO_SKIP=1' "$TOP/.ci/run" && grep -q '\[ -d \.\./shared \]' "$TOP/.ci/run"; then
	pass ".ci/run forbids skips when ../shared is there"
else
	fail ".ci/run forbids skips when ../shared is there"
fi
