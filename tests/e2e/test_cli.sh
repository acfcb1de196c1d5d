# The command line: help, version, usage errors and exit codes; the help
# of every command, the manual page made from it, and its examples run.
. "$(dirname "$0")/lib.sh"

run --help
expect_rc 0 "irkg --help exits 0"
expect_out "Commands:" "irkg --help lists the commands"
run --version
expect_rc 0 "irkg --version exits 0"
expect_out "irkg 0." "irkg --version prints the version"
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
REDLAND_MODULE_PATH="$WORK/no-modules" run --store 'virtuoso:host=127.0.0.1:1111' graphs
expect_rc 4 "virtuoso: without its module exits 4"
expect_err "apt-get install librdf-storage-virtuoso" "virtuoso: without its module names the Debian package"
if [ -z "$(ls -A "$WORK/cwd")" ]; then pass "--store virtuoso: creates no local folder"; else
	fail "--store virtuoso: creates no local folder ($(ls "$WORK/cwd"))"; fi
for spec in 'mysql:host=127.0.0.1' 'cassandra:host=127.0.0.1' 'oracle:db'; do
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
# --- The help of every command (issue 12) -------------------------------
# The commands, from main.c's table, so that a new one cannot go without.
COMMANDS=$(grep -o '{"[a-z]*", cmd_[a-z]*}' "$TOP/cli/main.c" | cut -d'"' -f2 | tr '\n' ' ')
if [ "$(echo $COMMANDS | wc -w)" -ge 12 ]; then pass "main.c's commands are found ($COMMANDS)"; else
	fail "main.c's commands are found (only '$COMMANDS')"; fi

# long_options FUNCTION: the long options in the getopt table of a C
# function (cmd_events, main), CLI_COMMON_LONG_OPTIONS expanded.
long_options() {
	awk -v fn="$1" '
		$0 ~ "^int " fn "\\(" { inside = 1; next }
		inside && /^}/ { exit }
		inside && /options\[\] = \{/ { table = 1 }
		table {
			s = $0
			while (match(s, /\{"[a-z-]+",/)) {
				print substr(s, RSTART + 2, RLENGTH - 4)
				s = substr(s, RSTART + RLENGTH)
			}
			if (s ~ /CLI_COMMON_LONG_OPTIONS/)
				print "store\nlock-wait\nhelp"
			if (s ~ /\{NULL, 0, NULL, 0\}/)
				table = 0
		}' "$TOP"/cli/*.c
}

# has_option FILE NAME: FILE names --NAME (not only a longer option)
has_option() {
	grep -Eq -- "(^|[^a-z-])--$2([^a-z-]|$)" "$1"
}

# options_section FILE: the "Options:" section of a --help text
options_section() {
	awk '/^Options:$/ { inside = 1; next } /^[^ ]/ { inside = 0 } inside' "$1"
}

# too_wide FILE: the lines of 80 columns or more
too_wide() {
	awk 'length($0) >= 80 { print FNR ": " $0 }' "$1"
}

run --help
expect_rc 0 "irkg --help exits 0"
expect_out "Examples:" "irkg --help has examples"
expect_out "Exit status:" "irkg --help lists the exit codes"
missing=""
for c in $COMMANDS; do
	grep -q "^  $c " "$OUT" || missing="$missing $c"
done
if [ -z "$missing" ]; then pass "irkg --help lists every command"; else
	fail "irkg --help lists every command (lacks$missing)"; fi
options_section "$OUT" >"$WORK/help"
missing=""
for o in $(long_options main); do
	[ "$o" = man ] && continue # for packagers: in the manual page only
	has_option "$WORK/help" "$o" || missing="$missing --$o"
done
if [ -z "$missing" ] && [ -n "$(long_options main)" ]; then
	pass "irkg --help explains every option of main.c's table"
else fail "irkg --help explains every option of main.c's table (lacks$missing)"; fi
expect_no_out "--man" "--man is left out of irkg --help"
if [ -z "$(too_wide "$OUT")" ]; then pass "irkg --help: lines under 80 columns"; else
	fail "irkg --help: lines under 80 columns ($(too_wide "$OUT" | head -n 1))"; fi

for c in $COMMANDS; do
	run "$c" --help
	expect_rc 0 "irkg $c --help exits 0"
	expect_out "Usage: irkg $c" "irkg $c --help shows its usage"
	expect_out "Examples:" "irkg $c --help has examples"
	expect_out "  \$ irkg" "irkg $c --help has an example command"
	expect_out "Exit status:" "irkg $c --help lists its exit codes"
	options_section "$OUT" >"$WORK/help"
	options=$(long_options "cmd_$c")
	missing=""
	for o in $options; do
		has_option "$WORK/help" "$o" || missing="$missing --$o"
	done
	if [ -z "$missing" ] && [ -n "$options" ]; then
		pass "irkg $c --help explains every option of cmd_$c's table"
	else fail "irkg $c --help explains every option of cmd_$c's table (lacks$missing)"; fi
	if [ -z "$(too_wide "$OUT")" ]; then pass "irkg $c --help: lines under 80 columns"; else
		fail "irkg $c --help: lines under 80 columns ($(too_wide "$OUT" | head -n 1))"; fi
done

# A bad command line reminds of the usage, from the same table.
run relations --from 2025
expect_rc 2 "relations has no --from"
expect_err "Usage: irkg relations" "a usage error shows the command's usage"

# The manual page: what `irkg --man` prints, committed as docs/irkg.1.
run --man
expect_rc 0 "irkg --man exits 0"
expect_out ".TH IRKG 1" "irkg --man writes a man page"
expect_same "$TOP/docs/irkg.1" "$OUT" "docs/irkg.1 is what 'irkg --man' prints (else: make docs/irkg.1)"
for s in NAME SYNOPSIS DESCRIPTION COMMANDS EXAMPLES "EXIT STATUS" ENVIRONMENT FILES "SEE ALSO"; do
	expect_out ".SH $s" "the man page has $s"
done
# the tags of the .TP paragraphs, where options are explained
awk 'tag { print; tag = 0 } /^\.TP/ { tag = 1 }' "$OUT" | sed 's/\\-/-/g' >"$WORK/man.txt"
missing=""
for f in main $(for c in $COMMANDS; do echo "cmd_$c"; done); do
	for o in $(long_options "$f"); do
		has_option "$WORK/man.txt" "$o" || missing="$missing --$o"
	done
done
if [ -z "$missing" ]; then pass "the man page explains every option"; else
	fail "the man page explains every option (lacks$missing)"; fi
# Rendered without a warning, when something here can render it (else
# nothing is counted).
RC=0
if command -v groff >/dev/null 2>&1; then
	groff -man -Tutf8 -ww -z "$TOP/docs/irkg.1" >"$OUT" 2>"$ERR"
	if [ ! -s "$ERR" ]; then pass "groff renders the man page without warnings"; else
		fail "groff renders the man page without warnings"; fi
elif command -v mandoc >/dev/null 2>&1; then
	mandoc -Tlint -Wwarning "$TOP/docs/irkg.1" >"$OUT" 2>"$ERR"
	if [ ! -s "$OUT" ] && [ ! -s "$ERR" ]; then pass "mandoc -Tlint finds nothing in the man page"; else
		fail "mandoc -Tlint finds nothing in the man page"; fi
fi

# --- The examples in the help are true ------------------------------------
# Each command's examples, read back from its --help ("  $ irkg ..." lines,
# "  >   " continuations, then the output indented by four), run in order
# in a directory of their own that sees the repository's tests/, queries/
# and ontology/, on the default store ./irkg-store: empty for irkg itself,
# extract and ingest, otherwise with tests/articles/a01-korea-japan.txt
# ingested. Every output line shown must appear, in order, "..." standing
# for text left out and runs of blanks (tabs, CRs) for any blanks.
EX="$WORK/examples"
mkdir -p "$EX/bin"
ln -s "$IRKG" "$EX/bin/irkg"
# example_dir NAME: a fresh directory to run examples in
example_dir() {
	d="$EX/run-$1"
	mkdir -p "$d"
	for l in tests queries ontology; do ln -s "$TOP/$l" "$d/$l"; done
	echo "$d"
}
base=$(example_dir base)
(cd "$base" && "$IRKG" -q ingest tests/articles/a01-korea-japan.txt) >"$EX/base.log" 2>&1
RC=$?
expect_rc 0 "the examples' store is built"

for c in irkg $COMMANDS; do
	page=$c
	[ "$c" = irkg ] && page=""
	d=$(example_dir "$c")
	case $c in
	irkg | extract | ingest) ;;
	*) cp -R "$base/irkg-store" "$d/irkg-store" ;;
	esac
	mkdir -p "$d.ex"
	"$IRKG" $page --help | awk -v dir="$d.ex" '
		/^Examples:$/ { inside = 1; next }
		/^[^ ]/ { inside = 0 }
		!inside { next }
		/^  \$ / { n++; file = dir "/" n; print substr($0, 5) > (file ".cmd"); close(file ".want"); printf "" > (file ".want"); state = "cmd"; next }
		/^  >   / && state == "cmd" { print substr($0, 7) > (file ".cmd"); next }
		/^    / && n { print substr($0, 5) > (file ".want"); state = "out"; next }
		{ state = "" }'
	n=1
	while [ -f "$d.ex/$n.cmd" ]; do
		cmd=$(cat "$d.ex/$n.cmd")
		(cd "$d" && unset IRKG_STORE && PATH="$EX/bin:$PATH" sh -c "$cmd") >"$d.ex/$n.got" 2>&1
		RC=$?
		cp "$d.ex/$n.got" "$OUT"
		: >"$ERR"
		missing=$(awk '
			function squeeze(s) { gsub(/[ \t\r]+/, " ", s); sub(/^ /, "", s); sub(/ $/, "", s); return s }
			function matches(line, want,   parts, n, i, pos, p, rest) {
				n = split(want, parts, /\.\.\./)
				pos = 1
				for (i = 1; i <= n; i++) {
					if (parts[i] == "" && i < n) continue
					rest = substr(line, pos)
					if (i == n) {
						if (n == 1) return rest == parts[i]
						return length(rest) >= length(parts[i]) && substr(rest, length(rest) - length(parts[i]) + 1) == parts[i]
					}
					p = index(rest, parts[i])
					if (p == 0 || (i == 1 && p != 1)) return 0
					pos += p - 1 + length(parts[i])
				}
				return 1
			}
			FNR == NR { got[++ngot] = squeeze($0); next }
			{
				want = squeeze($0)
				if (want == "..." || want == "") next
				while (++j <= ngot && !matches(got[j], want)) ;
				if (j > ngot) { print want; exit }
			}' "$d.ex/$n.got" "$d.ex/$n.want")
		desc="irkg ${page:+$page }--help, example $n ($(head -n 1 "$d.ex/$n.cmd"))"
		if grep -q 'Sanitizer\|runtime error' "$d.ex/$n.got"; then
			fail "$desc: no sanitizer report"
		elif [ ! -s "$d.ex/$n.want" ] && [ -s "$d.ex/$n.got" ]; then
			fail "$desc: shown without output, it prints nothing"
		elif [ -z "$missing" ]; then pass "$desc: its output is as shown"; else
			fail "$desc: output lacks '$missing'"; fi
		n=$((n + 1))
	done
	if [ "$n" -gt 1 ]; then pass "irkg ${page:+$page }--help: examples found"; else
		fail "irkg ${page:+$page }--help: examples found"; fi
done
