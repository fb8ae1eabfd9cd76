#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerate tests/expected/ for every snapshot tests/golden.sh replays (or those named).
# Usage: tests/update-golden.sh BUILDDIR [NAME...]. Nothing else is generated: the
# tarball takes tests/expected and tests/snapshots whole (tests/local.mk EXTRA_DIST).
set -eu
top_srcdir=$(cd "$(dirname "$0")/.." && pwd)
SPI_INSPECT=$(cd "${1:?usage: $0 BUILDDIR [NAME...]}" && pwd)/spi-inspect
shift
export top_srcdir SPI_INSPECT
. "$top_srcdir/tests/golden-formats.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
golden_setup "$tmp"
cd "$top_srcdir"
for path in $(golden_snapshots "$@"); do
	name=$(basename "$path" .snap)
	rc=0 merc=0
	rm -f "tests/expected/$name.me.rc"
	for fmt in $GOLDEN_FORMATS; do
		c=0
		golden_run "$path" "$fmt" >"tests/expected/$name.$fmt" 2>/dev/null || c=$?
		if [ "$fmt" = me ]; then merc=$c; else rc=$c; fi
	done
	echo "$rc" >"tests/expected/$name.rc"
	# --me-status exits with the ME answer's code: its own file where it differs
	[ "$merc" = "$rc" ] || echo "$merc" >"tests/expected/$name.me.rc"
done
# the flash plan's cases (tests/expected/plan), when every snapshot was asked for
[ $# -gt 0 ] || "$top_srcdir/tests/plan-golden.sh" --update "$(dirname "$SPI_INSPECT")"
echo "updated tests/expected; review with git diff"
