#!/bin/sh
# Bulk-load the N-Quads files of `irkg extract -f nquads --out-dir DIR`
# into a Virtuoso store with Virtuoso's own loader (ld_dir and
# rdf_loader_run, WORKERS loaders at once), then checkpoint:
#   scripts/virtuoso-load.sh SPEC DIR [WORKERS]
# SPEC is the store's --store spec (virtuoso:host=H:PORT;user=U;password=P);
# DIR must be readable by the server and listed in its DirsAllowed
# (scripts/virtuoso.sh allows /tmp and its own directory). Loading a file
# again adds nothing: a quad is in a graph once, and article graphs are
# named by a hash of the article's text. The store needs the ontology
# graph too: `irkg --store SPEC ingest` of any article loads it first.
# Prints the files and quads loaded and the seconds taken.
set -u
[ $# -ge 2 ] || {
	echo "usage: scripts/virtuoso-load.sh SPEC DIR [WORKERS]" >&2
	exit 2
}
spec=${1#virtuoso:}
dir=$(cd "$2" && pwd) || exit 2
workers=${3:-2}
field() { # field NAME DEFAULT: NAME=VALUE from the spec
	v=$(printf '%s\n' "$spec" | tr '; ' '\n\n' | sed -n "s/^$1=//p" | head -n 1)
	echo "${v:-$2}"
}
host=$(field host 127.0.0.1:1111)
user=$(field user dba)
password=$(field password dba)
isql() {
	isql-vt "$host" "$user" "$password" "$@"
}
before=$(date +%s.%N)
# the graph argument is for triples without one: every line here has one
isql exec="ld_dir('$dir', '*.nq', 'urn:irkg:unused');" >/dev/null || exit 1
i=0
while [ $i -lt "$workers" ]; do
	isql exec="rdf_loader_run();" >/dev/null &
	i=$((i + 1))
done
wait
isql exec="checkpoint;" >/dev/null || exit 1
after=$(date +%s.%N)
errors=$(isql exec="SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$dir/%' AND ll_error IS NOT NULL;" |
	sed -n 's/^ *\([0-9][0-9]*\) *$/\1/p' | tail -n 1)
files=$(isql exec="SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$dir/%' AND ll_state = 2;" |
	sed -n 's/^ *\([0-9][0-9]*\) *$/\1/p' | tail -n 1)
echo "virtuoso-load: $files files of $dir loaded in $(echo "$after - $before" | bc) s; $errors with errors"
[ "${errors:-0}" = 0 ]
