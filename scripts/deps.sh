#!/bin/sh
# Make sure the Debian 12 packages irkg builds and tests with are present.
# As root, install what is missing; otherwise print the apt-get line and fail.
set -u

missing=""
need() { # need PACKAGE TEST...
	pkg=$1
	shift
	if ! "$@" >/dev/null 2>&1; then
		missing="$missing $pkg"
	fi
}

need pkg-config command -v pkg-config
for mod in redland:librdf0-dev raptor2:libraptor2-dev rasqal:librasqal3-dev \
	libxml-2.0:libxml2-dev libutf8proc:libutf8proc-dev cmocka:libcmocka-dev; do
	need "${mod#*:}" pkg-config --exists "${mod%%:*}"
done
need libstemmer-dev test -e /usr/include/libstemmer.h
need liblmdb-dev test -e /usr/include/lmdb.h
need libmicrohttpd-dev pkg-config --exists libmicrohttpd
need curl command -v curl
need python3-sparqlwrapper /usr/bin/python3 -c 'import SPARQLWrapper'
need librdf-storage-sqlite sh -c "ls /usr/lib/*/redland/librdf_storage_sqlite.so"
need redland-utils command -v rdfproc
need raptor2-utils command -v rapper
need rasqal-utils command -v roqet
need gcc command -v cc
need valgrind command -v valgrind
need clang-format command -v clang-format
need make command -v make
need graphviz command -v dot
need libxml2-utils command -v xmllint
# --store virtuoso: and postgresql: (tests/e2e/test_virtuoso.sh and
# test_postgresql.sh start their own servers on 127.0.0.1)
need librdf-storage-virtuoso sh -c "ls /usr/lib/*/redland/librdf_storage_virtuoso.so"
need librdf-storage-postgresql sh -c "ls /usr/lib/*/redland/librdf_storage_postgresql.so"
need virtuoso-opensource-7-bin command -v virtuoso-t
need libvirtodbc0 sh -c "ls /usr/lib/*/odbc/virtodbc_r.so"
need postgresql sh -c "ls /usr/lib/postgresql/*/bin/initdb"
need chromium command -v chromium   # tests/e2e/test_page.sh: the web page
need python3 command -v python3     # and its stand-in server

# The ODBC data source irkg-virtuoso (graph/virtuoso.h) for every user:
# Virtuoso's driver; the spec gives host, user and password.
register_dsn() {
	[ "$(id -u)" = 0 ] || return 0
	drv=$(ls /usr/lib/*/odbc/virtodbc_r.so 2>/dev/null | head -n 1)
	[ -n "$drv" ] || return 0
	grep -qs '^\[irkg-virtuoso\]' /etc/odbc.ini && return 0
	[ -n "${IRKG_DEPS_DRY_RUN:-}" ] && return 0
	printf '\n[irkg-virtuoso]\nDriver = %s\n' "$drv" >>/etc/odbc.ini
}

if [ -z "$missing" ]; then
	register_dsn
	exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "irkg: installing missing Debian packages:$missing"
	if [ -n "${IRKG_DEPS_DRY_RUN:-}" ]; then # for the tests
		echo "irkg: would run: apt-get install -y$missing"
		exit 0
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
		echo "irkg: apt-get install failed; run it yourself:" >&2
		echo "  apt-get install$missing" >&2
		exit 1
	}
	register_dsn
	exit 0
fi
echo "irkg: missing packages. Install them with:" >&2
echo "  sudo apt-get install$missing" >&2
exit 1
