#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Golden tests: every snapshot in tests/golden.list, replayed in each output format,
# must give exactly tests/expected/<name>.<format>. Also checks the exit code recorded
# in tests/expected/<name>.rc. Regenerate after an intended change with
# tests/update-golden.sh, and read the diff before committing it.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
. "$top_srcdir/tests/golden-formats.sh"
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r path; do
	case $path in ''|'#'*) continue ;; esac
	snap="$path"
	name=$(basename "$path" .snap)
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
		# --me-status exits with the ME answer's code, which may differ from the report's
		rcfile="$top_srcdir/tests/expected/$name.rc"
		[ -f "$top_srcdir/tests/expected/$name.$fmt.rc" ] && rcfile="$top_srcdir/tests/expected/$name.$fmt.rc"
		want_rc=$(cat "$rcfile")
		if [ "$rc" != "$want_rc" ]; then
			echo "FAIL: $name.$fmt exited $rc, expected $want_rc; stderr:"
			cat "$tmp/err"
			fail=$((fail + 1))
			continue
		fi
		pass=$((pass + 1))
	done
done <"$top_srcdir/tests/golden.list"
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
