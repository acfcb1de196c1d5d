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

# Files written with -o get the mode a shell redirection would give them:
# 0666 less the umask for a new file, the old mode for one replaced.
A="$TOP/tests/articles/a01-korea-japan.txt"
mode_of() { stat -c %a "$1"; }
(umask 022 && "$IRKG" extract -f events -o "$WORK/o022.tsv" "$A")
(umask 077 && "$IRKG" extract -f events -o "$WORK/o077.tsv" "$A")
(umask 002 && "$IRKG" -q --store "$WORK/s" load --graph urn:x "$TOP/tests/fixtures/sample.ttl" &&
	"$IRKG" --store "$WORK/s" export -o "$WORK/o002.ttl")
for want in "o022.tsv 644" "o077.tsv 600" "o002.ttl 664"; do
	f=${want% *}
	m=$(mode_of "$WORK/$f" 2>/dev/null)
	if [ "$m" = "${want#* }" ]; then pass "-o respects the umask: $f is ${want#* }"; else
		fail "-o respects the umask: $f is ${want#* } (got '$m')"; fi
done
chmod 640 "$WORK/o022.tsv"
(umask 022 && "$IRKG" extract -f events -o "$WORK/o022.tsv" "$A")
m=$(mode_of "$WORK/o022.tsv")
if [ "$m" = 640 ]; then pass "-o keeps the mode of a file it replaces"; else
	fail "-o keeps the mode of a file it replaces (got $m)"; fi
if [ -s "$WORK/o022.tsv" ]; then pass "-o wrote the events"; else fail "-o wrote the events"; fi
