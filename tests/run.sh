#!/bin/sh
# Run every test: the cmocka unit tests built in BUILD/tests and the
# end-to-end scripts in tests/e2e against BUILD/irkg. Ends with one line,
# "N passed, N failed, N skipped", and exits non-zero when anything failed.
#
# A test skips itself when what it needs is absent (../shared beside a
# clone, valgrind, clang-format); skipped tests are named before the last
# line. With IRKG_CHECK_NO_SKIP=1 (CI, which has ../shared) a skip fails.
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
export IRKG_WWW="$TOP/www"
unset IRKG_STORE

passed=0
failed=0
skipped=0
skips() { [ "$1" -eq 0 ] || echo ", $1 skipped"; }
log=$(mktemp -d "${TMPDIR:-/tmp}/irkg-check.XXXXXX")
trap 'rm -rf "$log"' EXIT

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	"$t" >"$log/$name.out" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log/$name.out" | tail -n 1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log/$name.out" | tail -n 1)
	k=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$log/$name.out" | tail -n 1)
	p=${p:-0}
	f=${f:-0}
	k=${k:-0}
	sed -n 's/^\[  SKIPPED \] \([a-z_][a-z_0-9]*\)$/\1/p' "$log/$name.out" |
		sort -u | sed "s/^/unit $name: /" >>"$log/skipped"
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1 # crashed, or a sanitizer stopped it
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	skipped=$((skipped + k))
	if [ "$f" -ne 0 ]; then
		echo "FAIL unit $name (exit $rc):"
		sed 's/^/    /' "$log/$name.out" | tail -n 40
	else
		echo "ok   unit $name: $p passed$(skips "$k")"
	fi
done

for s in tests/e2e/test_*.sh; do
	name=$(basename "$s" .sh)
	sh "$s" >"$log/$name.out" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log/$name.out")
	f=$(grep -c '^not ok ' "$log/$name.out")
	k=$(grep -c '^skip ' "$log/$name.out")
	sed -n "s/^skip - /e2e  $name: /p" "$log/$name.out" >>"$log/skipped"
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
		echo "not ok - $name exited $rc before finishing" >>"$log/$name.out"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	skipped=$((skipped + k))
	if [ "$f" -ne 0 ]; then
		echo "FAIL e2e  $name:"
		grep -v '^ok ' "$log/$name.out" | sed 's/^/    /' | tail -n 60
	else
		echo "ok   e2e  $name: $p passed$(skips "$k")"
	fi
done

if [ "$skipped" -ne 0 ]; then
	echo "skipped ($skipped):"
	sed 's/^/    /' "$log/skipped"
	if [ "${IRKG_CHECK_NO_SKIP:-0}" = 1 ]; then
		echo "FAIL: $skipped tests skipped, and IRKG_CHECK_NO_SKIP=1 says" \
			"everything they need is here (see .ci/run)"
		failed=$((failed + skipped))
	fi
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
