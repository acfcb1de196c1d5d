#!/bin/sh
# bench/ingest.sh: irkg ingest of the synthetic corpus (bench/read.sh makes
# it), from files to a queryable store, beside Redland's rdfproc loading
# the same triples (exported as N-Quads) into the same kind of store in the
# same run. `make bench` runs it after bench/read.sh.
#
# Environment:
#   BENCH_ARTICLES  corpus size (default 10000; the corpus of bench/read.sh)
#   BENCH_SEED      generator seed (default 1)
#   IRKG            the irkg program (default bin/irkg)
set -u

cd "$(dirname "$0")/.." || exit 1
N=${BENCH_ARTICLES:-10000}
SEED=${BENCH_SEED:-1}
IRKG=${IRKG:-bin/irkg}
WORK=build/bench
CORPUS=$WORK/articles-$N-$SEED
S1=$WORK/ingest-irkg
S2=$WORK/ingest-rdfproc
S3=$WORK/ingest-load
NQ=$WORK/ingest.nq

if [ ! -f "$CORPUS/.done" ]; then
	echo "bench/ingest.sh: run bench/read.sh first (it writes $CORPUS)" >&2
	exit 1
fi
for tool in "$IRKG" rdfproc awk; do
	if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "$tool" ]; then
		echo "bench/ingest.sh: $tool not found" >&2
		exit 1
	fi
done
cleanup() { rm -rf "$S1" "$S2" "$S3" "$NQ" "$NQ.nt"; }
trap cleanup EXIT
cleanup
now_ns() { date +%s%N; }
calc() { awk "BEGIN { printf \"%.6g\", $1 }"; }

echo "== ingest: $N synthetic articles into the default (LMDB) store"
# The ontology first, so that the timed ingest is the articles alone.
"$IRKG" -q --store "$S1" ingest "$CORPUS/art-000001.txt" || exit 1
t0=$(now_ns)
"$IRKG" --store "$S1" ingest "$CORPUS" 2>"$WORK/ingest.err" || exit 1
t_ingest=$(calc "($(now_ns) - $t0) / 1e9")
# irkg reports the whole ingest (one transaction), then the part of it
# spent inferring from the articles (docs/inference.md).
t_infer=$(sed -n 's/.*inferred .* in \([0-9.]*\) s.*/\1/p' "$WORK/ingest.err")
t_store=$(sed -n 's/.*ingested .* in \([0-9.]*\) s.*/\1/p' "$WORK/ingest.err")
t_store=$(calc "$t_store - $t_infer")
inferred=$(sed -n 's/.*inferred \([0-9]*\) triples.*/\1/p' "$WORK/ingest.err")
"$IRKG" -q --store "$S1" export -f nquads |
	grep -v '<https://w3id.org/irkg/id/graph/ontology> \.$' >"$NQ"
triples=$(wc -l <"$NQ" | tr -d ' ')
sentences=$(grep -c 'ontology#Sentence> <https://w3id.org/irkg/id/article/' "$NQ")

# Baselines on the same triples: irkg load of the N-Quads (same graphs,
# no extraction) and rdfproc loading them as N-Triples into one graph
# (rdfproc's N-Quads path is quadratic in Redland 1.0.17).
sed 's/ <[^>]*> \.$/ ./' "$NQ" >"$NQ.nt"
t0=$(now_ns)
"$IRKG" -q --store "$S3" load "$NQ" || exit 1
t_load=$(calc "($(now_ns) - $t0) / 1e9")
mkdir -p "$S2"
t0=$(now_ns)
rdfproc -q -c -s hashes -n -t "hash-type='bdb',dir='$S2'" bench \
	parse-stream "$NQ.nt" ntriples urn:bench urn:bench >/dev/null 2>&1 || {
	echo "bench/ingest.sh: rdfproc failed" >&2
	exit 1
}
t_rdfproc=$(calc "($(now_ns) - $t0) / 1e9")

stored=$((triples - inferred))
printf '%-30s %9s %11s %12s\n' "" seconds triples/s sentences/s
printf '%-30s %9.2f %11.0f %12.0f\n' "irkg ingest, whole" \
	"$t_ingest" "$(calc "$triples / $t_ingest")" \
	"$(calc "$sentences / $t_ingest")"
printf '%-30s %9.2f %11.0f %12.0f\n' "  extract + store articles" \
	"$t_store" "$(calc "$stored / $t_store")" \
	"$(calc "$sentences / $t_store")"
printf '%-30s %9.2f %11.0f\n' "  infer from the articles" \
	"$t_infer" "$(calc "$inferred / $t_infer")"
printf '%-30s %9.2f %11.0f\n' "irkg load of the same quads" "$t_load" \
	"$(calc "$triples / $t_load")"
printf '%-30s %9.2f %11.0f\n' "rdfproc, same triples" "$t_rdfproc" \
	"$(calc "$triples / $t_rdfproc")"
echo "triples: $triples from $N articles ($stored stored, $inferred inferred)"
echo "rate beside rdfproc's: extract + store $(calc "($stored / $t_store) / ($triples / $t_rdfproc)"), whole ingest $(calc "$t_rdfproc / $t_ingest"), load $(calc "$t_rdfproc / $t_load")"
