#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The README's examples are real output: each block between
#   <!-- example: ARGS -->            and   <!-- /example -->
# holds (in a fenced block) the first lines of `spi-inspect ARGS` run in the source tree
# (a directory whose data/ and tests/ are the source tree's, holding the images that
# tests/plan-images.sh writes, for the "Before you flash" example).
# With --update, rewrite the blocks (tests/readme-examples.sh --update BUILDDIR);
# without, check them (as a test). The block keeps as many lines as it has, at least 1.
set -u
mode=check
[ "${1:-}" = --update ] && { mode=update; SPI_INSPECT=$(cd "$2" && pwd)/spi-inspect; top_srcdir=$(cd "$(dirname "$0")/.." && pwd); }
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
readme="$top_srcdir/README.md"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/work" && ln -s "$top_srcdir/data" "$top_srcdir/tests" "$tmp/work/" &&
	"$top_srcdir/tests/plan-images.sh" "$tmp/work" || { echo "FAIL: tests/plan-images.sh"; exit 1; }
# Default sizes for --update: how many lines of each example to keep.
awk -v bin="$SPI_INSPECT" -v top="$tmp/work" -v mode="$mode" -v tmp="$tmp" '
function run(args, n,   cmd, line, i, out) {
	cmd = "cd " top " && " bin " " args " 2>/dev/null"
	out = ""; i = 0
	while ((cmd | getline line) > 0) { if (i < n) out = out line "\n"; i++ }
	close(cmd)
	return out
}
/^<!-- example: / {
	args = $0; sub(/^<!-- example: /, "", args); sub(/ -->$/, "", args)
	print; inblock = 1; body = ""; nlines = 0; next
}
inblock && /^<!-- \/example -->/ {
	split(body, lines, "\n"); n = nlines - 2   # minus the two fences
	if (mode == "update" && n < 1) n = 40
	want = run(args, n)
	fence = "```"
	if (mode == "update") { printf "%s\n%s%s\n", fence, want, fence }
	else {
		got = ""; for (i = 2; i < nlines; i++) got = got lines[i] "\n"
		if (got != want) { print "FAIL: README example `spi-inspect " args "` is not what the tool prints now" > "/dev/stderr"; bad++ }
		else good++
		printf "%s", body
	}
	inblock = 0; print; next
}
inblock { body = body $0 "\n"; nlines++; next }
{ print }
END {
	if (mode == "check") { printf "readme-examples: %d passed, %d failed\n", good, bad > "/dev/stderr"; exit (bad > 0 || good == 0) }
}' "$readme" >"$tmp/readme"
rc=$?
[ "$mode" = update ] && cp "$tmp/readme" "$readme"
exit $rc
