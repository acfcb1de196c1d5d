#!/bin/sh
# check.sh - validate the event, relation and cue pattern files (docs/patterns.md).
#
# Usage: sh ontology/patterns/check.sh CODES.tsv [FILE...]
#
#   CODES.tsv  a TSV whose first column is a CAMEO code, e.g.
#              ../shared/reference/cameo-codes.tsv (a header line is harmless)
#   FILE...    pattern files to check; default: events-NN.txt, relations.txt
#              and cues.txt beside this script. The kind of a file comes from
#              its name: events-NN.txt, relations.txt, cues.txt.
#
# Checks every line that is not blank or a comment:
#   - exactly one TAB, between CODE (or KIND) and PATTERN;
#   - events-NN.txt: CODE is in CODES.tsv and belongs to root NN;
#     relations.txt: CODE is a relation label; cues.txt: a cue kind;
#   - PATTERN is elements separated by single spaces, each one of
#     word, word*, a|b|c (alternatives may carry *), SRC, TGT, .., ..., [word]
#     or [a|b]; a word is letters, digits, ' and - (UTF-8 letters allowed),
#     or "-" alone (the dash of "SRC - TGT talks");
#   - at most 7 elements, at most one SRC and one TGT (none in cues),
#     ".." or "..." neither first, last nor doubled, and the first element that is
#     not SRC/TGT is a required word (the head the matcher keys on);
#   - no duplicate line (same code and pattern, compared case-insensitively)
#     and no pattern given two codes of the same kind (two CAMEO codes, two
#     relation labels or two cue kinds).
# Prints "patterns: N ok" and exits 0, or prints FILE:LINE: messages on
# stderr and exits 1. Exits 2 on bad usage. POSIX sh and awk only.

if [ $# -lt 1 ] || [ ! -r "$1" ]; then
	echo "usage: sh check.sh CODES.tsv [FILE...]  (CODES.tsv: first column is a CAMEO code)" >&2
	exit 2
fi
codes=$1
shift
dir=$(dirname "$0")
if [ $# -eq 0 ]; then
	set -- "$dir"/events-[0-9][0-9].txt "$dir"/relations.txt "$dir"/cues.txt
fi
for f in "$@"; do
	if [ ! -r "$f" ]; then
		echo "check.sh: cannot read $f" >&2
		exit 2
	fi
done

LC_ALL=C
export LC_ALL
exec awk -v codes="$codes" '
function err(msg) {
	print FILENAME ":" FNR ": " msg | "cat 1>&2"
	nerr++
}

# One element without brackets: alternatives of words, each may end in *.
function valid_alt(e,    alts, m, i, a) {
	if (e == ",")	# the comma of an apposition: "Poland, a NATO ally"
		return 1
	m = split(e, alts, "|")
	if (m < 1 || e ~ /^\|/ || e ~ /\|$/ || e ~ /\|\|/)
		return 0
	for (i = 1; i <= m; i++) {
		a = alts[i]
		sub(/\*$/, "", a)
		if (a == "SRC" || a == "TGT")
			return 0
		# "-" alone is the dash joining a pair of names in one word
		if (a != "-" && (a !~ wordre || a ~ /^-/ || a ~ /-$/))
			return 0
	}
	return 1
}

BEGIN {
	wordre = "^[-A-Za-z0-9\047\200-\377]+$"
	while ((rc = (getline line < codes)) > 0) {
		split(line, f, "\t")
		if (f[1] != "")
			code_ok[f[1]] = 1
		ncodes++
	}
	if (rc < 0 || ncodes == 0) {
		print "check.sh: no codes read from " codes | "cat 1>&2"
		failed_codes = 1
		exit 2
	}
	n = split("@alliance @dispute @partnership @rivalry @sanctions @agreement " \
	          "@agreement.signed @agreement.ratified @agreement.renewed " \
	          "@agreement.suspended @agreement.notice @agreement.notice-withdrawn " \
	          "@agreement.terminated @trend.worse @trend.better " \
	          "@alliance.member @alliance.left @dispute.claim " \
	          "@dispute.claim-dropped", tmp, " ")
	for (i = 1; i <= n; i++)
		label_ok[tmp[i]] = 1
	n = split("negate threat appeal intent plan hypothetical say presuppose ended", tmp, " ")
	for (i = 1; i <= n; i++)
		kind_ok[tmp[i]] = 1
}

FNR == 1 {
	base = FILENAME
	sub(/.*\//, "", base)
	kind = ""
	root = ""
	if (base ~ /^events-[0-9][0-9]\.txt$/) {
		kind = "events"
		root = substr(base, 8, 2)
	} else if (base == "relations.txt") {
		kind = "relations"
	} else if (base == "cues.txt") {
		kind = "cues"
	} else {
		err("unknown file kind (want events-NN.txt, relations.txt or cues.txt)")
	}
}

{
	line = $0
	if (line ~ /\r$/) {
		err("CR line ending")
		sub(/\r$/, "", line)
	}
	p = index(line, "#")
	if (p > 0)
		line = substr(line, 1, p - 1)
	sub(/[ \t]+$/, "", line)
	if (line ~ /^[ \t]*$/)
		next
	if (kind == "")
		next

	ntab = gsub(/\t/, "\t", line)
	if (ntab != 1) {
		err("expected exactly one TAB between CODE and PATTERN, found " ntab)
		next
	}
	t = index(line, "\t")
	code = substr(line, 1, t - 1)
	pat = substr(line, t + 1)

	bad = nerr
	if (kind == "events") {
		if (code !~ /^[0-9][0-9][0-9]*$/ || !(code in code_ok))
			err("CAMEO code \"" code "\" is not in " codes)
		else if (substr(code, 1, 2) != root)
			err("code " code " does not belong to root " root " of this file")
		ns = "cameo"
	} else if (kind == "relations") {
		if (!(code in label_ok))
			err("\"" code "\" is not a relation label (see docs/patterns.md)")
		ns = "relation"
	} else {
		if (!(code in kind_ok))
			err("\"" code "\" is not a cue kind (negate threat appeal intent plan hypothetical say presuppose ended)")
		ns = "cue"
	}

	if (pat == "") {
		err("empty pattern")
		next
	}
	if (pat ~ /^ / || pat ~ / $/ || pat ~ /  / || pat ~ /\t/) {
		err("elements must be separated by single spaces")
		next
	}
	n = split(pat, el, " ")
	if (n > 7)
		err("pattern has " n " elements, at most 7 allowed")
	nsrc = 0; ntgt = 0; prevgap = 0; sawhead = 0; badel = 0; norm = ""
	for (i = 1; i <= n; i++) {
		e = el[i]
		if (e == "SRC" || e == "TGT") {
			if (kind == "cues")
				err("SRC/TGT have no place in a cue")
			if (e == "SRC" && ++nsrc > 1) err("more than one SRC")
			if (e == "TGT" && ++ntgt > 1) err("more than one TGT")
			prevgap = 0
			norm = norm " " e
			continue
		}
		if (e == ".." || e == "...") {
			if (i == 1 || i == n)
				err("a gap (.. or ...) cannot start or end a pattern")
			if (prevgap)
				err("two gaps (.. or ...) in a row")
			prevgap = 1
			norm = norm " " e
			continue
		}
		prevgap = 0
		opt = 0
		inner = e
		if (e ~ /^\[.*\]$/) {
			opt = 1
			inner = substr(e, 2, length(e) - 2)
		}
		if (!valid_alt(inner)) {
			err("element \"" e "\" is not word, word*, a|b, SRC, TGT, .., ... or [word]")
			badel = 1
			continue
		}
		if (!sawhead) {
			if (opt)
				err("the first word (the head) cannot be optional: \"" e "\"")
			sawhead = 1
		}
		norm = norm " " tolower(e)
	}
	if (!sawhead && !badel)
		err("pattern has no word to key on")

	if (nerr == bad) {
		k = ns SUBSEP code SUBSEP norm
		if (k in seen) {
			err("duplicate of " seen[k])
		} else {
			seen[k] = FILENAME ":" FNR
			kp = ns SUBSEP norm
			if ((kp in patcode) && patcode[kp] != code)
				err("same pattern as " patwhere[kp] " with a different code (" patcode[kp] ")")
			else {
				patcode[kp] = code
				patwhere[kp] = FILENAME ":" FNR
			}
		}
	}
	if (nerr == bad)
		nok++
}

END {
	if (failed_codes)
		exit 2
	close("cat 1>&2")
	if (nerr > 0) {
		print "patterns: " nerr " error(s), " nok + 0 " ok" | "cat 1>&2"
		close("cat 1>&2")
		exit 1
	}
	if (nok == 0) {
		print "patterns: no patterns found" | "cat 1>&2"
		exit 1
	}
	print "patterns: " nok " ok"
}
' "$@"
