# `make deps`: what is missing is named with the exact apt-get line, and
# installed when root (dry run here: the test must not install anything).
. "$(dirname "$0")/lib.sh"
FAKE="$WORK/fakebin"
mkdir -p "$FAKE"
real=$(command -v pkg-config)
# A pkg-config that knows everything but cmocka, and no rdfproc.
cat >"$FAKE/pkg-config" <<SH
#!/bin/sh
case "\$*" in *cmocka*) exit 1 ;; esac
exec "$real" "\$@"
SH
chmod +x "$FAKE/pkg-config"
cp "$TOP/scripts/deps.sh" "$WORK/deps.sh"
chmod 755 "$WORK" "$FAKE" # the other user must reach the stub and script

PATH="$FAKE:$PATH" sh "$TOP/scripts/deps.sh" >"$OUT" 2>"$ERR"
RC=$?
if [ "$(id -u)" = 0 ]; then
	PATH="$FAKE:$PATH" IRKG_DEPS_DRY_RUN=1 sh "$TOP/scripts/deps.sh" >"$OUT" 2>"$ERR"
	RC=$?
	expect_rc 0 "as root, deps installs what is missing"
	expect_out "would run: apt-get install -y libcmocka-dev" "naming exactly the missing package"
	if command -v setpriv >/dev/null 2>&1; then
		PATH="$FAKE:$PATH" setpriv --reuid=65534 --regid=65534 --clear-groups \
			sh "$WORK/deps.sh" >"$OUT" 2>"$ERR"
		RC=$?
		expect_rc 1 "as another user, deps stops"
		expect_err "sudo apt-get install libcmocka-dev" "and prints the exact apt-get line"
	fi
else
	expect_rc 1 "as another user, deps stops"
	expect_err "sudo apt-get install libcmocka-dev" "and prints the exact apt-get line"
fi
sh "$TOP/scripts/deps.sh" >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0 "with everything present, deps says nothing and succeeds"
expect_lines 0 "and prints nothing"
