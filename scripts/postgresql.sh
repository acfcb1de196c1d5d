#!/bin/sh
# A local PostgreSQL for irkg's tests and trials, bound to 127.0.0.1, its
# cluster in one directory, trust authentication for 127.0.0.1 only:
#   scripts/postgresql.sh start DIR [PORT]   start it (a free port by default)
#   scripts/postgresql.sh stop DIR           stop it
# `start` makes the database irkg (owner irkg) and prints the line to use it:
#   export IRKG_STORE='postgresql:host=127.0.0.1;port=PORT;database=irkg;user=irkg;password=irkg'
# As root, the server runs as the user postgres (PostgreSQL refuses root).
# Exit status: 0 started (or stopped), 1 it could not start, 2 misuse,
# 3 PostgreSQL is not installed (make deps installs it as root).
set -u
usage() {
	echo "usage: scripts/postgresql.sh start DIR [PORT] | stop DIR" >&2
	exit 2
}
[ $# -ge 2 ] || usage
cmd=$1
dir=$2
port=${3:-}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || {
	echo "postgresql.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
	exit 3
}
as_owner() { # run a command as the cluster's owner
	if [ "$(id -u)" = 0 ]; then
		setpriv --reuid=postgres --regid=postgres --clear-groups -- "$@"
	else
		"$@"
	fi
}

case $cmd in
start)
	mkdir -p "$dir" || exit 1
	dir=$(cd "$dir" && pwd)
	[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
	if [ -z "$port" ]; then
		port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') || exit 1
	fi
	as_owner "$bin/initdb" -D "$dir/data" -U irkg -A trust -E UTF8 >"$dir/initdb.log" 2>&1 || {
		echo "postgresql.sh: initdb failed:" >&2
		tail -n 3 "$dir/initdb.log" >&2
		exit 1
	}
	as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null 2>&1 || {
		echo "postgresql.sh: PostgreSQL did not start:" >&2
		tail -n 3 "$dir/server.log" >&2
		exit 1
	}
	as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U irkg irkg || exit 1
	echo "$port" >"$dir/port"
	echo "export IRKG_STORE='postgresql:host=127.0.0.1;port=$port;database=irkg;user=irkg;password=irkg'"
	;;
stop)
	[ -d "$dir/data" ] || {
		echo "postgresql.sh: no PostgreSQL in $dir" >&2
		exit 1
	}
	as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
	;;
*) usage ;;
esac
