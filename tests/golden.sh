#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Golden tests: every snapshot (tests/snapshots/*.snap and data/samples/*.snap, found
# here, listed nowhere), replayed in each output format, must give exactly
# tests/expected/<name>.<format>. Also checks the exit code recorded in
# tests/expected/<name>.rc. Usage: golden.sh [NAME...] (default: every snapshot).
# Regenerate after an intended change with tests/update-golden.sh, and read the diff
# before committing it.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
. "$top_srcdir/tests/golden-formats.sh"
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
golden_setup "$tmp" || exit 99
snaps=$(golden_snapshots "$@")
if [ -z "$snaps" ]; then
	echo "FAIL: no snapshot named ${*:-(none)} in tests/snapshots or data/samples"
	exit 1
fi
for snap in $snaps; do
	name=$(basename "$snap" .snap)
	if [ ! -f "$top_srcdir/tests/expected/$name.rc" ]; then
		echo "FAIL: $snap has no expected outputs: run tests/update-golden.sh BUILDDIR and review them"
		fail=$((fail + 1))
		continue
	fi
	for fmt in $GOLDEN_FORMATS; do
		golden_run "$snap" "$fmt" >"$tmp/out" 2>"$tmp/err"
		rc=$?
		exp="$top_srcdir/tests/expected/$name.$fmt"
		if ! diff -u "$exp" "$tmp/out" >"$tmp/diff" 2>&1; then
			echo "FAIL: $name.$fmt differs from tests/expected/$name.$fmt:"
			head -40 "$tmp/diff"
			fail=$((fail + 1))
			continue
		fi
		want_rc=$(cat "$top_srcdir/tests/expected/$name.rc")
		if [ "$rc" != "$want_rc" ]; then
			echo "FAIL: $name.$fmt exited $rc, expected $want_rc; stderr:"
			cat "$tmp/err"
			fail=$((fail + 1))
			continue
		fi
		pass=$((pass + 1))
	done
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
