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

# Store specs irkg cannot open say why, and never become a local folder.
mkdir -p "$WORK/no-modules" "$WORK/cwd"
cd "$WORK/cwd" || exit 2
# REDLAND_MODULE_PATH pointing at an empty folder: as on a machine without
# Redland's storage modules installed.
REDLAND_MODULE_PATH="$WORK/no-modules" run --store 'postgresql:host=127.0.0.1;database=irkg' graphs
expect_rc 4 "postgresql: without its module exits 4"
expect_err "apt-get install librdf-storage-postgresql" "postgresql: without its module names the Debian package"
REDLAND_MODULE_PATH="$WORK/no-modules" run --store "sqlite:$WORK/x.db" graphs
expect_err "apt-get install librdf-storage-sqlite" "sqlite: without its module names the Debian package"
for spec in 'mysql:host=127.0.0.1' 'virtuoso:dsn=Local' 'oracle:db'; do
	run --store "$spec" ingest "$TOP/tests/articles/b01-us-china.txt"
	expect_rc 2 "--store $spec is refused (exit 2)"
	expect_err "give a directory, 'memory', 'sqlite:FILE'" "--store $spec says what would work"
	if [ -z "$(ls -A "$WORK/cwd")" ]; then pass "--store $spec creates no local folder"; else
		fail "--store $spec creates no local folder ($(ls "$WORK/cwd"))"; fi
done
run --store ./a:b ingest "$TOP/tests/articles/b01-us-china.txt"
expect_rc 0 "--store ./a:b is a directory with a colon in its name"
if [ -d "$WORK/cwd/a:b" ]; then pass "./a:b was made as a directory"; else fail "./a:b was made as a directory"; fi
cd "$TOP" || exit 2
