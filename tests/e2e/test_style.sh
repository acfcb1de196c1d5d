# Enforced by tools: every C file is formatted by .clang-format, and none
# uses the calls STYLE bans (strcpy, sprintf, strtok, atoi, gets).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 2
files=$(ls common/*.[ch] graph/*.[ch] cli/*.[ch] extract/*.[ch] tests/unit/*.[ch] bench/*.c 2>/dev/null)
RC=0
if need_tool clang-format "every C file is formatted (make format)"; then
	if clang-format --dry-run --Werror $files >"$OUT" 2>"$ERR"; then
		pass "every C file is formatted (make format)"
	else
		RC=1
		fail "every C file is formatted (make format)"
	fi
fi
if grep -nE '\b(strcpy|sprintf|strtok|atoi|gets)[[:space:]]*\(' $files >"$OUT" 2>/dev/null; then
	RC=1
	fail "no banned calls"
else
	pass "no banned calls"
fi
# extract/html_body.c looks its furniture words up by binary search: the
# list must stay sorted (in the C locale, as strcmp orders it).
awk '/furniture_words\[\] = \{/ { on = 1 } on { while (match($0, /"[^"]*"/)) { print substr($0, RSTART + 1, RLENGTH - 2); $0 = substr($0, RSTART + RLENGTH) } } on && /\};/ { exit }' \
	"$TOP/extract/html_body.c" >"$WORK/furniture"
n=$(wc -l <"$WORK/furniture" | tr -d ' ')
if [ "$n" -gt 20 ] && LC_ALL=C sort -c "$WORK/furniture" 2>/dev/null; then
	pass "the furniture words are sorted ($n)"
else
	RC=1
	fail "the furniture words are sorted ($n read)"
fi
# extract/ knows nothing of Redland (DESIGN.md): it includes no graph/ or
# cli/ header, so its unit tests link with common/ and extract/ alone
# (Makefile, EXTRACT_UNIT_SRC).
if grep -nE '#include "\.\./(graph|cli)/' "$TOP"/extract/*.[ch] "$TOP"/common/*.[ch] >"$OUT" 2>/dev/null; then
	RC=1
	fail "extract/ and common/ include nothing of graph/ or cli/"
else
	pass "extract/ and common/ include nothing of graph/ or cli/"
fi
