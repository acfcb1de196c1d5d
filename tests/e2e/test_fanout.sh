# irkg extract -f nquads --out-dir DIR: one self-contained N-Quads file per
# article (its graph and its inferred graph, named by the article's hash),
# so that extraction fans out over workers (xargs -P) and the files load
# into any store; extracting again writes the same files.
. "$(dirname "$0")/lib.sh"
OUTDIR="$WORK/nq"
find "$TOP/tests/articles" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.rss' -o -name '*.atom' \) |
	sort >"$WORK/articles"

xargs -n 3 -P 2 "$IRKG" -q extract -f nquads --out-dir "$OUTDIR" <"$WORK/articles" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0 "extract --out-dir on two workers"
expect_lines 0 "writes nothing to standard output"
"$IRKG_RELEASE" --store "$WORK/ingested" -q ingest $(cat "$WORK/articles") >/dev/null 2>&1
n_graphs=$("$IRKG_RELEASE" --store "$WORK/ingested" graphs | grep -c '/id/article/')
n_files=$(ls "$OUTDIR" | grep -c '^[0-9a-f]\{40\}\.nq$')
if [ "$n_files" -eq "$n_graphs" ] && [ "$n_files" -gt 10 ]; then
	pass "one file per article ($n_files, as ingest's $n_graphs article graphs)"
else
	fail "one file per article ($n_files files, $n_graphs article graphs)"
fi
f=$(ls "$OUTDIR" | head -n 1)
graphs=$(sed 's/.* <\([^>]*\)> \.$/\1/' "$OUTDIR/$f" | sort -u | tr '\n' ' ')
case $graphs in
*"/id/article/${f%.nq} "*"/graph/inferred/article/${f%.nq} "*) pass "a file holds its article's graph and inferred graph" ;;
*) fail "a file holds its article's graph and inferred graph (has: $graphs)" ;;
esac
(cd "$OUTDIR" && cat ./*.nq | md5sum) >"$WORK/sum1"
xargs -n 5 -P 2 "$IRKG" -q extract -f nquads --out-dir "$OUTDIR" <"$WORK/articles" >/dev/null 2>&1
(cd "$OUTDIR" && cat ./*.nq | md5sum) >"$WORK/sum2"
expect_same "$WORK/sum1" "$WORK/sum2" "extracting again, split otherwise, writes the same bytes"
expect_true "and leaves no half-written file" test -z "$(ls "$OUTDIR" | grep -v '\.nq$')"

# Loaded into a store, the files give what ingest gives.
run --store "$WORK/loaded" -q ingest "$TOP/tests/articles/a01-korea-japan.txt"
run --store "$WORK/loaded" load "$OUTDIR"
expect_rc 0 "irkg load DIR of the files"
canonical() {
	sed 's/_:[A-Za-z0-9]*/_:b/g' | sort
}
for cmd in events relations "export -f nquads" graphs; do
	# shellcheck disable=SC2086
	"$IRKG_RELEASE" --store "$WORK/loaded" $cmd 2>/dev/null | canonical >"$WORK/a"
	# shellcheck disable=SC2086
	"$IRKG_RELEASE" --store "$WORK/ingested" $cmd 2>/dev/null | canonical >"$WORK/b"
	expect_same "$WORK/b" "$WORK/a" "loaded files: '$cmd' as after ingest"
done

run extract -f turtle --out-dir "$WORK/x" "$TOP/tests/articles/a01-korea-japan.txt"
expect_rc 2 "--out-dir wants -f nquads"
expect_err "give -f nquads" "and says so"
