#!/bin/sh
# bench/run.sh: irkg's load and query speed beside Redland's own rdfproc,
# on the same synthetic data, each in its own store. `make bench` runs
# it after building bin/irkg; bench/README.md says how to read the output.
#
# For each size (100k, 300k and 1M triples by default) it generates a
# deterministic N-Triples file, loads it with
#   irkg --store DIR load --graph urn:bench FILE.nt
#   rdfproc -c -n -s hashes -t "hash-type='bdb',dir='DIR2'" bench \
#           parse-stream FILE.nt ntriples urn:bench urn:bench
# (irkg's default store, its own LMDB storage; rdfproc's best, Berkeley DB
# hashes with contexts; every triple in graph urn:bench),
# then runs three queries through `irkg query -e` and `rdfproc query`
# (and, when node and npm are there, the same load and queries in an
# in-memory Oxigraph store: bench/oxigraph.mjs),
# each a fresh process, REPEAT times, and prints medians and ratios.
# Small probe loads (5k, 10k) come first, so that a load that grows much
# faster than linearly is caught in seconds and the big sizes skipped.
#
# Environment:
#   BENCH_SIZES   sizes in triples (default "100000 300000 1000000")
#   BENCH_REPEAT  runs per query and tool (default 5)
#   BENCH_LOAD_REPEAT  loads per size and tool (default 3; fewer once irkg
#                 has spent 45 s loading that size)
#   BENCH_BUDGET  seconds the whole run may take (default 450); a size
#                 whose predicted cost would overrun it is skipped, and
#                 every command is killed when the budget runs out
#   IRKG          the irkg program (default bin/irkg)
set -u

cd "$(dirname "$0")/.." || exit 1
IRKG=${IRKG:-bin/irkg}
SIZES=${BENCH_SIZES:-"100000 300000 1000000"}
REPEAT=${BENCH_REPEAT:-5}
LOAD_REPEAT=${BENCH_LOAD_REPEAT:-3}
BUDGET=${BENCH_BUDGET:-450}
WORK=build/bench
GRAPH_IRI=urn:bench
CAP=86400                   # no command runs longer than this
RESULTS=$WORK/results.tsv   # kind size name value... (for the final tables)
LOG=$WORK/bench.log         # stderr of every command

for tool in "$IRKG" rdfproc cc awk timeout; do
	if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "$tool" ]; then
		echo "bench: $tool not found (make deps installs redland-utils)" >&2
		exit 1
	fi
done
mkdir -p "$WORK" || exit 1

STORE_IRKG=$WORK/store-irkg
STORE_RDFPROC=$WORK/store-rdfproc
cleanup() {
	rm -rf "$STORE_IRKG" "$STORE_RDFPROC" "$WORK"/data-*.nt "$WORK"/out.*
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM
cleanup
: >"$RESULTS"
: >"$LOG"

# The third baseline: Oxigraph, a Rust store compiled to WebAssembly, from
# npm (an exact version; nothing is committed that names a registry). It
# runs in memory and in process, so its times have no process start.
OXI_DIR=$WORK/npm
OXI_VERSION=0.5.11
oxigraph_ready() { [ -f "$OXI_DIR/node_modules/oxigraph/package.json" ] && command -v node >/dev/null 2>&1; }
if ! oxigraph_ready && command -v npm >/dev/null 2>&1; then
	npm install --no-save --no-audit --no-fund --prefix "$OXI_DIR" \
		"oxigraph@$OXI_VERSION" >>"$LOG" 2>&1
fi
if ! oxigraph_ready; then
	echo "bench: Oxigraph not installed (needs node and npm); its columns stay empty"
fi

# ---------------------------------------------------------------- helpers

now_ns() { date +%s%N; }
START=$(now_ns)
elapsed_s() { echo $((($(now_ns) - START) / 1000000000)); }
left_s() { echo $((BUDGET - $(elapsed_s))); }
# floating point: calc 'EXPR' with awk
calc() { awk "BEGIN { printf \"%.6g\", $1 }"; }

# timed SECONDS OUT CMD...: run CMD with stdout to OUT and stderr to the
# log, killed after SECONDS; sets T_MS (wall milliseconds) and T_RC.
timed() {
	limit=$1 out=$2
	shift 2
	[ "$limit" -le "$CAP" ] || limit=$CAP
	[ "$limit" -ge 1 ] || limit=1 # (timeout 0 would mean no limit)
	echo "+ $*" >>"$LOG"
	t0=$(now_ns)
	timeout "$limit" "$@" >"$out" 2>>"$LOG"
	T_RC=$?
	T_MS=$(calc "($(now_ns) - $t0) / 1e6")
}

median() { sort -g | awk '{ v[NR] = $1 } END {
	if (NR == 0) print "nan"
	else if (NR % 2) print v[(NR + 1) / 2]
	else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# rows in a SPARQL JSON results file: one "{" line per binding, plus one
# json_rows FILE: the bindings of a SPARQL JSON answer (irkg writes one to a
# line, rdfproc spreads each over several: parse, do not count lines).
json_rows() {
	python3 -c 'import json, sys
try:
    print(len(json.load(open(sys.argv[1]))["results"]["bindings"]))
except Exception:
    print(0)' "$1"
}

# the rdfproc options that open (with -n: create) the baseline store
RDFPROC_OPTS="-q -c -s hashes"
rdfproc_storage() { echo "hash-type='bdb',dir='$STORE_RDFPROC'"; }

# ---------------------------------------------------------------- queries
# Every statement irkg writes lives in a named graph, so its queries put
# their patterns in GRAPH ?g { }. The same text goes to rdfproc. Each query
# also runs through irkg without GRAPH (Redland's default graph is the
# union of all graphs) to show what the GRAPH form costs.
PREFIXES='PREFIX irkg: <https://w3id.org/irkg/ontology#>
PREFIX event: <https://w3id.org/irkg/id/event/>
PREFIX article: <https://w3id.org/irkg/id/article/>
'
QNAMES="subject po join"
qlabel() {
	case $1 in
	subject) echo "bound subject" ;;
	po) echo "bound pred+obj" ;;
	join) echo "2-pattern join" ;;
	esac
}
# qtext NAME graph|plain N: the query text. Its event and article sit
# about 40% into the file of N triples, so they exist at every size.
qtext() {
	if [ "$2" = graph ]; then open='GRAPH ?g {' close='}'; else open='' close=''; fi
	printf '%s' "$PREFIXES"
	case $1 in
	# the ten triples of one event
	subject) echo "SELECT ?p ?o WHERE { $open event:$(($3 / 25)) ?p ?o $close }" ;;
	# the events with one CAMEO code: about 1 in 312
	po) echo "SELECT ?e WHERE { $open ?e irkg:cameoCode \"1246\" $close }" ;;
	# the five events read from one article, with their codes
	join) echo "SELECT ?e ?code WHERE { $open ?e irkg:fromArticle" \
		"article:$(($3 / 250)) . ?e irkg:cameoCode ?code $close }" ;;
	esac
}

run_irkg_query() { # NAME graph|plain N
	timed "$(left_s)" "$WORK/out.irkg" "$IRKG" -q --store "$STORE_IRKG" \
		query -f json -e "$(qtext "$1" "$2" "$3")"
}
run_rdfproc_query() { # NAME N
	# shellcheck disable=SC2086
	timed "$(left_s)" "$WORK/out.rdfproc" rdfproc $RDFPROC_OPTS \
		-t "$(rdfproc_storage)" -r json bench query sparql - \
		"$(qtext "$1" graph "$2")"
}

# ---------------------------------------------------------------- loads

# predict_load TOOL N: the seconds a load of N triples should take, from
# the last two sizes this tool loaded, probes included (growth exponent
# between 1 and 2), or from the last one alone (linear); empty when none.
predict_load() {
	awk -v tool="$1" -v n="$2" '
		($1 == "probe" || $1 == "load") && $3 == tool && $5 == 0 {
			n0 = n1; t0 = t1; n1 = $2; t1 = $4
		}
		END {
			if (!n1) exit
			e = 1
			if (n0 && t0 > 500 && t1 > t0) e = log(t1 / t0) / log(n1 / n0)
			if (e < 1) e = 1
			if (e > 2) e = 2
			printf "%.0f", t1 / 1000 * (n / n1) ^ e
		}' "$RESULTS"
}

# predicted seconds for all the queries at size N, scaled linearly from the
# last size queried (each GRAPH pattern reads the whole graph; see README)
predict_queries() {
	awk -v n="$1" -v r="$REPEAT" '
		$1 == "query" && $4 ~ /^[0-9]/ && $5 ~ /^[0-9]/ && $6 ~ /^[0-9]/ {
			if ($2 != last) { last = $2; sum = 0 }
			sum += ($4 + $5 + $6) * r
		}
		END { if (last) printf "%.0f", sum / 1000 * n / last }' "$RESULTS"
}

load_irkg() { # N FILE
	rm -rf "$STORE_IRKG"
	timed "$(left_s)" /dev/null "$IRKG" -q --store "$STORE_IRKG" \
		load --graph "$GRAPH_IRI" "$2"
}

load_rdfproc() { # N FILE
	rm -rf "$STORE_RDFPROC"
	mkdir -p "$STORE_RDFPROC"
	# shellcheck disable=SC2086
	timed "$(left_s)" /dev/null rdfproc $RDFPROC_OPTS -n \
		-t "$(rdfproc_storage)" bench \
		parse-stream "$2" ntriples "$GRAPH_IRI" "$GRAPH_IRI"
	# The baseline must add into the context too: a contexts store fed
	# without one is a different (and slower) workload.
	if [ "$T_RC" = 0 ] && [ "$round" = 0 ]; then
		# shellcheck disable=SC2086
		ctx=$(rdfproc $RDFPROC_OPTS -t "$(rdfproc_storage)" bench \
			contexts 2>>"$LOG")
		if [ "$ctx" != "Context: <$GRAPH_IRI>" ]; then
			echo "bench: rdfproc's store lists contexts '$ctx', not" \
				"<$GRAPH_IRI>: the baseline is not comparable" >&2
			echo "warn $1 rdfproc-context" >>"$RESULTS"
		fi
	fi
}

status_word() { # an exit status as the table shows it
	case $1 in
	0) echo ok ;;
	124) echo "killed (budget)" ;;
	*) echo "failed ($1)" ;;
	esac
}

# ---------------------------------------------------------------- run

echo "irkg bench: $($IRKG --version 2>/dev/null | head -1); rdfproc $(rdfproc --version)"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); budget ${BUDGET} s"
echo "sizes: $SIZES triples; $REPEAT runs per query; work files in $WORK"

cc -O2 -std=c11 -Wall -Wextra -o "$WORK/gen_ntriples" bench/gen_ntriples.c || exit 1

# The probe: two small loads per tool. A load that grows much faster than
# linearly shows here in seconds, and the predictions then skip the sizes
# it could not finish instead of spending the whole budget on one.
printf 'probe:'
CAP=60
round=0
for n in 5000 10000; do
	file=$WORK/data-$n.nt
	"$WORK/gen_ntriples" "$n" >"$file" || exit 1
	load_rdfproc "$n" "$file"
	echo "probe $n rdfproc $T_MS $T_RC 1" >>"$RESULTS"
	printf ' %s triples: rdfproc %.2f s (%s),' "$n" "$(calc "$T_MS / 1000")" \
		"$(status_word "$T_RC")"
	load_irkg "$n" "$file"
	echo "probe $n irkg $T_MS $T_RC 1" >>"$RESULTS"
	printf ' irkg %.2f s (%s);' "$(calc "$T_MS / 1000")" "$(status_word "$T_RC")"
	rm -f "$file"
done
echo
CAP=86400

for n in $SIZES; do
	file=$WORK/data-$n.nt
	"$WORK/gen_ntriples" "$n" >"$file" || exit 1

	# skip a size that cannot finish in what is left of the budget
	pi=$(predict_load irkg "$n")
	pr=$(predict_load rdfproc "$n")
	pq=$(predict_queries "$n")
	rounds=$((45 / (${pi:-0} + 1) + 1))
	[ "$rounds" -le "$LOAD_REPEAT" ] || rounds=$LOAD_REPEAT
	need=$(((${pi:-0} + ${pr:-0}) * rounds + ${pq:-0}))
	left=$(left_s)
	if [ "$need" -gt "$left" ]; then
		echo "$n: skipped: predicted ${need} s (irkg load ${pi:-?} s," \
			"rdfproc load ${pr:-?} s, queries ${pq:-?} s), ${left} s of" \
			"the budget left; raise BENCH_BUDGET to run it"
		echo "skip $n $need $left" >>"$RESULTS"
		rm -f "$file"
		continue
	fi

	# Load with each tool in turn, up to LOAD_REPEAT rounds while irkg
	# has spent under 45 s at this size; the median counts. The stores of
	# the last round stay for the queries.
	printf '%s: loading ...' "$n"
	: >"$WORK/out.l-irkg"
	: >"$WORK/out.l-rdfproc"
	round=0 spent=0 rc_irkg=0 rc_rdfproc=0
	while [ "$round" -lt "$LOAD_REPEAT" ] && [ "$spent" -lt 45000 ]; do
		load_rdfproc "$n" "$file"
		rc_rdfproc=$T_RC
		[ "$T_RC" = 0 ] && echo "$T_MS" >>"$WORK/out.l-rdfproc"
		printf ' rdfproc %.2f s (%s),' "$(calc "$T_MS / 1000")" "$(status_word "$T_RC")"
		load_irkg "$n" "$file"
		rc_irkg=$T_RC
		[ "$T_RC" = 0 ] && echo "$T_MS" >>"$WORK/out.l-irkg"
		printf ' irkg %.2f s (%s);' "$(calc "$T_MS / 1000")" "$(status_word "$T_RC")"
		if [ "$rc_irkg" != 0 ] || [ "$rc_rdfproc" != 0 ]; then
			break
		fi
		spent=$(calc "$spent + $T_MS" | cut -d. -f1)
		round=$((round + 1))
	done
	echo
	echo "load $n irkg $(median <"$WORK/out.l-irkg") $rc_irkg $round" >>"$RESULTS"
	echo "load $n rdfproc $(median <"$WORK/out.l-rdfproc") $rc_rdfproc $round" >>"$RESULTS"
	# Oxigraph: the same file into the same graph, then the same queries
	if oxigraph_ready; then
		qargs=
		for q in $QNAMES; do
			qtext "$q" graph "$n" >"$WORK/q-$q.rq"
			qargs="$qargs $q=$WORK/q-$q.rq"
		done
		# shellcheck disable=SC2086
		timed "$(left_s)" "$WORK/out.oxi" env NODE_PATH="$OXI_DIR/node_modules" \
			node bench/oxigraph.mjs "$file" "$GRAPH_IRI" "$REPEAT" $qargs
		if [ "$T_RC" = 0 ]; then
			sed "s/^/oxi $n /" "$WORK/out.oxi" >>"$RESULTS"
		else
			echo "$n: Oxigraph failed ($(status_word "$T_RC"); see $LOG)"
		fi
	fi
	rm -f "$file"
	if [ "$rc_irkg" != 0 ] || [ "$rc_rdfproc" != 0 ]; then
		echo "$n: a load did not finish; no queries at this size (see $LOG)"
		continue
	fi

	for q in $QNAMES; do
		printf '%s: %s ...' "$n" "$(qlabel "$q")"
		: >"$WORK/out.t-irkg"
		: >"$WORK/out.t-rdfproc"
		: >"$WORK/out.t-plain"
		i=0 rows_irkg=0 rows_rdfproc=0 rows_plain=0
		# alternate the tools so that both see the same noise
		while [ "$i" -lt "$REPEAT" ] && [ "$(left_s)" -gt 0 ]; do
			run_irkg_query "$q" graph "$n"
			[ "$T_RC" = 0 ] && echo "$T_MS" >>"$WORK/out.t-irkg"
			rows_irkg=$(json_rows "$WORK/out.irkg")
			run_rdfproc_query "$q" "$n"
			[ "$T_RC" = 0 ] && echo "$T_MS" >>"$WORK/out.t-rdfproc"
			rows_rdfproc=$(json_rows "$WORK/out.rdfproc")
			run_irkg_query "$q" plain "$n"
			[ "$T_RC" = 0 ] && echo "$T_MS" >>"$WORK/out.t-plain"
			rows_plain=$(json_rows "$WORK/out.irkg")
			i=$((i + 1))
		done
		runs=$(wc -l <"$WORK/out.t-irkg")
		if [ "$runs" = 0 ] || [ ! -s "$WORK/out.t-rdfproc" ] || [ ! -s "$WORK/out.t-plain" ]; then
			echo " not run: the time budget is spent (or see $LOG)"
			echo "qskip $n $q" >>"$RESULTS"
			continue
		fi
		mi=$(median <"$WORK/out.t-irkg")
		mr=$(median <"$WORK/out.t-rdfproc")
		mp=$(median <"$WORK/out.t-plain")
		echo "query $n $q $mi $mr $mp $rows_irkg $rows_rdfproc $rows_plain $runs" >>"$RESULTS"
		printf ' %s rows, irkg %.0f ms, rdfproc %.0f ms, irkg without GRAPH %.0f ms\n' \
			"$rows_irkg" "$mi" "$mr" "$mp"
		if [ "$rows_irkg" != "$rows_rdfproc" ] || [ "$rows_irkg" != "$rows_plain" ]; then
			echo "bench: $(qlabel "$q") at $n: irkg gave $rows_irkg rows," \
				"rdfproc $rows_rdfproc, irkg without GRAPH $rows_plain" >&2
		fi
	done
	rm -rf "$STORE_IRKG" "$STORE_RDFPROC"
done

# ---------------------------------------------------------------- tables

echo
echo "Load: N-Triples into one named graph (irkg: its default LMDB store;"
echo "rdfproc: a Berkeley DB hashes store with contexts), wall time, including"
echo "process start and the final sync"
awk '
	$1 == "load" {
		t[$2, $3] = $4; rc[$2, $3] = $5; runs[$2] = $6
		if (!($2 in seen)) { seen[$2]; order[++k] = $2 }
	}
	$1 == "skip" { if (!($2 in seen)) { seen[$2]; order[++k] = $2 } skipped[$2] = 1 }
	$1 == "probe" { pt[$2, $3] = $5 == 0 ? $4 : -1 }
	$1 == "oxi" && $3 == "load" { oxi[$2, "oxi"] = $4 }
	function ok(n, tool) { return ((n, tool) in t) && rc[n, tool] == 0 }
	function rate(n, tool) {
		if (!((n, tool) in t)) return "-"
		if (rc[n, tool] == 124) return "killed"
		if (rc[n, tool] != 0) return "failed"
		return sprintf("%.0f", n / (t[n, tool] / 1000))
	}
	function growth(tool,   i, n, a, b) {
		for (i = 1; i <= k; i++) {
			n = order[i]
			if (!ok(n, tool)) continue
			if (!a) a = n
			b = n
		}
		if (!a || a == b) return ""
		return sprintf("%s %.2f", tool, (t[b, tool] / b) / (t[a, tool] / a)) SUBSEP a SUBSEP b
	}
	END {
		printf "  %-8s %15s %19s %7s %15s %5s\n", "size", "irkg triples/s",
			"rdfproc triples/s", "ratio", "irkg us/triple", "runs"
		for (i = 1; i <= k; i++) {
			n = order[i]
			if (skipped[n]) {
				printf "  %-8s %s\n", n, "skipped (over the time budget)"
				continue
			}
			ri = rate(n, "irkg"); rr = rate(n, "rdfproc")
			ratio = (ok(n, "irkg") && ok(n, "rdfproc")) ? sprintf("%.2f", ri / rr) : "-"
			per = ok(n, "irkg") ? sprintf("%.2f", t[n, "irkg"] * 1000 / n) : "-"
			printf "  %-8s %15s %19s %7s %15s %5s\n", n, ri, rr, ratio, per, runs[n]
		}
		for (i = 1; i <= k; i++) {
			n = order[i]
			if (!((n, "oxi") in oxi) || !ok(n, "irkg")) continue
			printf "  %-8s Oxigraph (in memory, in process) %.0f triples/s; irkg/Oxigraph %.2f\n",
				n, n / (oxi[n, "oxi"] / 1000), (n / (t[n, "irkg"] / 1000)) / (n / (oxi[n, "oxi"] / 1000))
		}
		gi = growth("irkg"); gr = growth("rdfproc")
		if (gi == "") {
			printf "  fewer than two sizes loaded by irkg; "
			if (pt[5000, "irkg"] > 0 && pt[10000, "irkg"] > 0)
				printf "time per triple at 10000 / at 5000 (the probe): irkg %.2f (1 = linear, 2.0 if quadratic)\n",
					pt[10000, "irkg"] / 2 / pt[5000, "irkg"]
			else
				print "the probe failed too"
			exit
		}
		split(gi, p, SUBSEP)
		split(gr, q, SUBSEP)
		printf "  time per triple at %s / at %s: %s%s (1 = linear, %.1f if quadratic)\n",
			p[3], p[2], p[1], (gr != "" && q[2] == p[2] && q[3] == p[3]) ? ", " q[1] : "",
			p[3] / p[2]
	}' "$RESULTS"

echo
echo "Queries: median wall ms of $REPEAT runs, each a new process on the loaded"
echo "store; patterns inside GRAPH ?g { }; 'GRAPH cost' is irkg with GRAPH over"
echo "irkg without it (Redland's default graph, same answers)"
awk -v r="$REPEAT" '
	$1 == "oxi" && $3 == "query" { oxq[$2, $4] = $5; oxrows[$2, $4] = $6 }
	function head() {
		if (!header++)
			printf "  %-8s %-15s %5s %9s %11s %7s %11s %10s %9s\n", "size", "query",
				"rows", "irkg ms", "rdfproc ms", "ratio", "GRAPH cost",
				"oxi ms", "irkg/oxi"
		label = ($3 == "subject" ? "bound subject" : ($3 == "po" ? "bound pred+obj" : "2-pattern join"))
	}
	$1 == "qskip" {
		head()
		printf "  %-8s %-15s %s\n", $2, label, "not run (over the time budget)"
	}
	$1 == "query" {
		head()
		rows = (($7 == $8 && $7 == $9) ? $7 : $7 "/" $8 "/" $9 "!")
		if (($2, $3) in oxq && oxrows[$2, $3] != $7) rows = rows "/" oxrows[$2, $3] "!"
		ox = (($2, $3) in oxq) ? sprintf("%10.2f %9.0f", oxq[$2, $3],
			(oxq[$2, $3] > 0 ? $4 / oxq[$2, $3] : 0)) : sprintf("%10s %9s", "-", "-")
		printf "  %-8s %-15s %5s %9.0f %11.0f %7.2f %10.1fx %s%s\n", $2, label, rows,
			$4, $5, ($5 > 0 ? $4 / $5 : 0), ($6 > 0 ? $4 / $6 : 0), ox,
			($10 < r ? "  (" $10 " runs)" : "")
	}
	END { if (!header) print "  no queries ran" }' "$RESULTS"

echo
echo "total wall time $(elapsed_s) s; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q '^warn' "$RESULTS"; then
	echo "warnings: see above and $LOG"
fi
