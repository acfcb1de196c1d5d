# Helpers for the end-to-end tests: run irkg, then assert on what it did.
# Each assertion prints "ok - …" or "not ok - …" (TAP-like); tests/run.sh
# counts them.
set -u
: "${IRKG:?run through tests/run.sh}"
TOP=${IRKG_TOP:?}
# What the development tree has beside it and a clone may not: the seed
# article, the reference data and the public benchmarks.
SHARED="$TOP/../shared"
SEEDS="$SHARED/seeds"
SEED="$SEEDS/000_be59421757cbb020.txt"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/irkg-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
OUT="$WORK/stdout"
ERR="$WORK/stderr"
RC=0

# run ARGS...: run irkg with ARGS, keeping stdout, stderr and the status.
run() {
	"$IRKG" "$@" >"$OUT" 2>"$ERR"
	RC=$?
}

# run_in INPUT ARGS...: the same with INPUT on standard input.
run_in() {
	input=$1
	shift
	"$IRKG" "$@" <"$input" >"$OUT" 2>"$ERR"
	RC=$?
}

pass() { echo "ok - $1"; }
# skip DESCRIPTION: a test that cannot run here; tests/run.sh counts it as
# skipped (neither passed nor failed) and names it.
skip() { echo "skip - $1"; }
# need FILE DESCRIPTION: whether FILE exists; when not, the test named
# DESCRIPTION is skipped, saying which file it needed. Use as
#   need "$SEED" "the seed article's events" && { ...assertions... }
need() {
	[ -e "$1" ] && return 0
	skip "$2 (needs ${1#"$TOP"/}, absent here)"
	return 1
}
# need_tool COMMAND DESCRIPTION: the same for a program on $PATH.
need_tool() {
	command -v "$1" >/dev/null 2>&1 && return 0
	skip "$2 (needs $1, not installed; 'make deps' as root installs it)"
	return 1
}
fail() {
	echo "not ok - $1"
	echo "#   exit status: $RC"
	[ -f "$OUT" ] && sed 's/^/#   stdout: /' "$OUT" | head -n 15
	[ -f "$ERR" ] && sed 's/^/#   stderr: /' "$ERR" | head -n 15
	return 0
}

expect_rc() { # expect_rc N DESCRIPTION
	if [ "$RC" -eq "$1" ]; then pass "$2"; else fail "$2 (wanted exit $1)"; fi
}
expect_out() { # expect_out STRING DESCRIPTION: stdout contains STRING
	if grep -qF -- "$1" "$OUT"; then pass "$2"; else fail "$2 (stdout lacks '$1')"; fi
}
expect_no_out() { # expect_no_out STRING DESCRIPTION
	if grep -qF -- "$1" "$OUT"; then fail "$2 (stdout has '$1')"; else pass "$2"; fi
}
expect_err() { # expect_err STRING DESCRIPTION: stderr contains STRING
	if grep -qF -- "$1" "$ERR"; then pass "$2"; else fail "$2 (stderr lacks '$1')"; fi
}
expect_lines() { # expect_lines N DESCRIPTION: stdout has N lines
	n=$(wc -l <"$OUT" | tr -d ' ')
	if [ "$n" -eq "$1" ]; then pass "$2"; else fail "$2 (wanted $1 lines, got $n)"; fi
}
expect_same() { # expect_same FILE1 FILE2 DESCRIPTION
	if cmp -s "$1" "$2"; then pass "$3"; else
		fail "$3 (files differ)"
		diff "$1" "$2" | head -n 20 | sed 's/^/#   /'
	fi
}
expect_true() { # expect_true DESCRIPTION COMMAND...: COMMAND succeeds
	d=$1
	shift
	if "$@" >/dev/null 2>&1; then pass "$d"; else fail "$d"; fi
}

# snapshot STORE FILE: every quad of the store, sorted, for comparisons.
snapshot() {
	"$IRKG" --store "$1" export --format nquads | sort >"$2"
}
