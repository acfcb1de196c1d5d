#!/bin/sh
# Run every test: the cmocka unit tests built in BUILD/tests and the
# end-to-end scripts in tests/e2e against BUILD/irkg. Ends with one line,
# "N passed, N failed", and exits non-zero when anything failed.
set -u
BUILD=${1:-build/check}
TOP=$(cd "$(dirname "$0")/.." && pwd)
cd "$TOP" || exit 2

export ASAN_OPTIONS="abort_on_error=0:detect_leaks=1:halt_on_error=1:suppressions=$TOP/tests/asan.supp"
export LSAN_OPTIONS="suppressions=$TOP/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export IRKG="$TOP/$BUILD/irkg"
export IRKG_RELEASE="$TOP/bin/irkg"
export IRKG_TOP="$TOP"
export IRKG_QUERIES="$TOP/queries"
export IRKG_ONTOLOGY="$TOP/ontology"
unset IRKG_STORE

passed=0
failed=0
log=$(mktemp -d "${TMPDIR:-/tmp}/irkg-check.XXXXXX")
trap 'rm -rf "$log"' EXIT

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	"$t" >"$log/$name.out" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log/$name.out" | tail -n 1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log/$name.out" | tail -n 1)
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1 # crashed, or a sanitizer stopped it
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		echo "FAIL unit $name (exit $rc):"
		sed 's/^/    /' "$log/$name.out" | tail -n 40
	else
		echo "ok   unit $name: $p passed"
	fi
done

for s in tests/e2e/test_*.sh; do
	name=$(basename "$s" .sh)
	sh "$s" >"$log/$name.out" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log/$name.out")
	f=$(grep -c '^not ok ' "$log/$name.out")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
		echo "not ok - $name exited $rc before finishing" >>"$log/$name.out"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		echo "FAIL e2e  $name:"
		grep -v '^ok ' "$log/$name.out" | sed 's/^/    /' | tail -n 60
	else
		echo "ok   e2e  $name: $p passed"
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
