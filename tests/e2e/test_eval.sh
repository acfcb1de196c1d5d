# make eval inside make check: extraction on the project's own test
# articles meets the quality target of issue 5 (precision >= 0.90 and
# recall >= 0.80 over events and relations together), and the scorer
# itself counts right on a gold file whose answer is known.
. "$(dirname "$0")/lib.sh"

run_eval() {
	sh "$TOP/scripts/eval.sh" "$IRKG" >"$OUT" 2>"$ERR"
	RC=$?
}

run_eval
expect_rc 0 "make eval runs"
# the first "total" line after the development header is that set's total
dev=$(awk '/^development/ { d = 1 } d && /^total  / { print; exit }' "$OUT")
held=$(awk '/^held-out/ { d = 1 } d && /^total  / { print; exit }' "$OUT")
expect_true "the development set has a total" test -n "$dev"
expect_true "the held-out set has a total" test -n "$held"
p=$(echo "$dev" | awk '{ print $(NF - 2) }')
r=$(echo "$dev" | awk '{ print $(NF - 1) }')
if awk -v p="$p" 'BEGIN { exit !(p >= 0.90) }'; then pass "development precision $p >= 0.90"; else
	fail "development precision $p >= 0.90"; fi
if awk -v r="$r" 'BEGIN { exit !(r >= 0.80) }'; then pass "development recall $r >= 0.80"; else
	fail "development recall $r >= 0.80"; fi

# The scorer on a made-up case: two gold rows, one matched (order swapped
# on a symmetric root), one missed; one extra prediction.
mkdir -p "$WORK/t/tests/articles" "$WORK/t/tests/gold" "$WORK/t/tests/heldout/articles" \
	"$WORK/t/tests/heldout/gold" "$WORK/t/scripts"
cp "$TOP/scripts/eval.sh" "$WORK/t/scripts/"
printf 'x\n' >"$WORK/t/tests/articles/z01.txt"
printf 'kind\tdate\tsource\ttarget\tcameo\trelation\tissue\tnote\n' >"$WORK/t/tests/gold/z01.tsv"
printf 'event\t2025-01-02\tJPN\tKOR\t04\t\t\tmet\n' >>"$WORK/t/tests/gold/z01.tsv"
printf 'event\t\tCHN\tJPN\t11\t\t\tcriticised\n' >>"$WORK/t/tests/gold/z01.tsv"
cat >"$WORK/fake" <<'EOF'
#!/bin/sh
printf 'event\t2025-01-02\tKOR\tJPN\t040\t\t\tmet\n'
printf 'event\t\tUSA\tCHN\t111\t\t\textra\n'
EOF
chmod +x "$WORK/fake"
sh "$WORK/t/scripts/eval.sh" "$WORK/fake" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0 "the scorer runs on a made-up case"
expect_true "the scorer: 2 gold, 2 predicted, 1 match, P R F1 0.50" \
	grep -Eq '^z01 +2 +2 +1 +0\.50 +0\.50 +0\.50$' "$OUT"
