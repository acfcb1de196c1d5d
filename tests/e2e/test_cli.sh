# The command line: help, version, usage errors and exit codes.
. "$(dirname "$0")/lib.sh"

run --help
expect_rc 0 "irkg --help exits 0"
expect_out "Commands:" "irkg --help lists the commands"
run --version
expect_rc 0 "irkg --version exits 0"
expect_out "irkg 0." "irkg --version prints the version"
for c in load query export graphs drop stats; do
	run "$c" --help
	expect_rc 0 "irkg $c --help exits 0"
	expect_out "Usage: irkg $c" "irkg $c --help shows its usage"
done
run frobnicate
expect_rc 2 "an unknown command exits 2"
expect_err "'frobnicate' is not a command" "an unknown command is named"
run
expect_rc 2 "no command exits 2"
run load
expect_rc 2 "load without files exits 2"
run drop
expect_rc 2 "drop without a graph exits 2"
run --store "$WORK/s" load --format klingon x.ttl
expect_rc 2 "an unknown load format exits 2"
expect_err "unknown format 'klingon'" "the unknown format is named"
run --lock-wait soon graphs
expect_rc 2 "a bad --lock-wait exits 2"
