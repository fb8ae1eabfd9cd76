#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Golden tests: every snapshot (tests/snapshots/*.snap and data/samples/*.snap, found
# here, listed nowhere), replayed in each output format, must give exactly
# tests/expected/<name>.<format>. Also checks the exit code recorded in
# tests/expected/<name>.rc. Regenerate after an intended change with
# tests/update-golden.sh, and read the diff before committing it.
#
# One snapshot (or a few): tests/golden.sh NAME... (NAME as in tests/expected/NAME.*, e.g.
# tigerlake-lp; shell patterns work), or through make:
#   make check TESTS=tests/golden.sh GOLDEN='NAME...'
# Run by hand, it takes the binary from build/ unless SPI_INSPECT says otherwise.
set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
SPI_INSPECT=${SPI_INSPECT:-$top_srcdir/build/spi-inspect}
[ $# -eq 0 ] || GOLDEN="$*"
only=${GOLDEN:-}
. "$top_srcdir/tests/golden-formats.sh"
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
golden_setup "$tmp" || exit 99
# On a machine with udev's hardware database, libpci would fill in the names
# the generated pci.ids lacks unless --pci-ids shuts it out: say whether this run proves that.
for hwdb in /etc/udev/hwdb.bin /usr/lib/udev/hwdb.bin; do
	[ -e "$hwdb" ] && echo "golden: $hwdb is here: names must still come from the pci.ids made from data/pci-ids only"
done
wanted() { # wanted NAME: NAME is one of the snapshots asked for (all when none was)
	[ -z "$only" ] && return 0
	for w in $only; do
		# shellcheck disable=SC2254
		case $1 in $w) return 0 ;; esac
	done
	return 1
}
for snap in $(golden_snapshots); do
	name=$(basename "$snap" .snap)
	wanted "$name" || continue
	if [ ! -f "$top_srcdir/tests/expected/$name.rc" ]; then
		echo "FAIL: $snap has no expected outputs: run tests/update-golden.sh BUILDDIR $name and review them"
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
done
if [ -n "$only" ] && [ "$pass" -eq 0 ] && [ "$fail" -eq 0 ]; then
	echo "golden: no snapshot in tests/snapshots or data/samples is named like '$only'; the names are:"
	golden_snapshots | sed 's|.*/\([^/]*\)\.snap$|  \1|'
	exit 2
fi
echo "golden: $pass passed, $fail failed${only:+ (only $only)}"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
