#!/bin/sh
# A local Virtuoso for irkg's tests, benchmarks and trials, bound to
# 127.0.0.1, its database and settings in one directory:
#   scripts/virtuoso.sh start DIR [PORT [HTTP_PORT]]   start it (free ports
#                                                      by default)
#   scripts/virtuoso.sh stop DIR           stop it
# `start` writes DIR/virtuoso.ini, DIR/odbc.ini (the ODBC data source
# irkg-virtuoso, for a user without /etc/odbc.ini's) and DIR/env, and prints
# the two lines to use it:
#   export ODBCINI=DIR/odbc.ini
#   export IRKG_STORE='virtuoso:host=127.0.0.1:PORT;user=dba;password=dba;http=127.0.0.1:HTTP_PORT'
# PORT takes SQL over ODBC (writes, and the module's reads); HTTP_PORT is
# the server's SPARQL endpoint, /sparql, through which irkg reads SELECT
# answers whole (graph/answer.h).
# Exit status: 0 started (or stopped), 1 it could not start, 2 misuse,
# 3 Virtuoso is not installed (make deps installs it as root).
set -u
usage() {
	echo "usage: scripts/virtuoso.sh start DIR [PORT [HTTP_PORT]] | stop DIR" >&2
	exit 2
}
[ $# -ge 2 ] || usage
cmd=$1
dir=$2
port=${3:-}
http_port=${4:-}

driver() {
	for f in /usr/lib/*/odbc/virtodbc_r.so /usr/lib/odbc/virtodbc_r.so; do
		[ -e "$f" ] && echo "$f" && return 0
	done
	return 1
}

case $cmd in
start)
	command -v virtuoso-t >/dev/null 2>&1 || {
		echo "virtuoso.sh: virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)" >&2
		exit 3
	}
	drv=$(driver) || {
		echo "virtuoso.sh: Virtuoso's ODBC driver is not installed (apt-get install libvirtodbc0)" >&2
		exit 3
	}
	mkdir -p "$dir" || exit 1
	dir=$(cd "$dir" && pwd)
	free_port() {
		python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
	}
	[ -n "$port" ] || port=$(free_port) || exit 1
	[ -n "$http_port" ] || http_port=$(free_port) || exit 1
	cat >"$dir/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$port
DisableUnixSocket = 1
CheckpointInterval = 60
NumberOfBuffers = ${IRKG_VIRTUOSO_BUFFERS:-170000}
MaxDirtyBuffers = ${IRKG_VIRTUOSO_DIRTY_BUFFERS:-130000}
ThreadsPerQuery = 2
DirsAllowed = ., /tmp, $dir, ${IRKG_VIRTUOSO_DIRS:-/tmp}
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
MaxQueryCostEstimationTime = 0

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
EOF
	printf '[irkg-virtuoso]\nDriver = %s\n' "$drv" >"$dir/odbc.ini"
	spec="virtuoso:host=127.0.0.1:$port;user=dba;password=dba;http=127.0.0.1:$http_port"
	printf "export ODBCINI=%s/odbc.ini\nexport IRKG_STORE='%s'\n" "$dir" "$spec" >"$dir/env"
	# +wait: returns when the server is online (or has failed)
	(cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait) >"$dir/start.log" 2>&1 || {
		echo "virtuoso.sh: Virtuoso did not start; its log:" >&2
		tail -n 5 "$dir/virtuoso.log" "$dir/start.log" >&2 2>/dev/null
		exit 1
	}
	cat "$dir/env"
	;;
stop)
	[ -f "$dir/virtuoso.ini" ] || {
		echo "virtuoso.sh: no Virtuoso in $dir" >&2
		exit 1
	}
	# the first ServerPort, [Parameters]' (SQL); the second is HTTP's
	port=$(sed -n 's/^ServerPort = 127.0.0.1://p' "$dir/virtuoso.ini" | head -n 1)
	isql-vt "127.0.0.1:$port" dba dba exec='shutdown();' >/dev/null 2>&1
	# the lock file goes when the server has gone (its last checkpoint
	# can take a minute on a busy machine)
	i=0
	while [ -f "$dir/virtuoso.lck" ] && [ $i -lt 600 ]; do
		sleep 0.2
		i=$((i + 1))
	done
	[ ! -f "$dir/virtuoso.lck" ]
	;;
*) usage ;;
esac
