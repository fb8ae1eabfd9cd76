#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The README's examples are real output. Each block between
#   <!-- example: ARGS -->            and   <!-- /example -->
# holds, in a fenced block, the output of `spi-inspect ARGS` run in the source tree:
# all of it, or its first lines and then one line "[... N more lines ...]" that says how
# many were cut. The fence is longer than any run of backticks in the output, so that
# Markdown output shows as it is. The block between
#   <!-- help-options -->             and   <!-- /help-options -->
# holds the option lines of `spi-inspect --help` ("What to show" to "--version").
# With --update, rewrite the blocks (tests/readme-examples.sh --update BUILDDIR), keeping
# each cut where it is; without, check them (as a test). Outputs are at 80 columns.
set -u
unset COLUMNS
mode=check
[ "${1:-}" = --update ] && { mode=update; SPI_INSPECT=$(cd "$2" && pwd)/spi-inspect; top_srcdir=$(cd "$(dirname "$0")/.." && pwd); }
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
readme="$top_srcdir/README.md"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The examples run in a directory whose data/ and tests/ are the source tree's, holding
# the images that tests/plan-images.sh writes (the "Before you flash" example).
mkdir "$tmp/work" && ln -s "$top_srcdir/data" "$top_srcdir/tests" "$tmp/work/" &&
	"$top_srcdir/tests/plan-images.sh" "$tmp/work" || { echo "FAIL: tests/plan-images.sh"; exit 1; }
awk -v bin="$SPI_INSPECT" -v top="$tmp/work" -v mode="$mode" '
# run(cmd): the output lines in out[1..], their number returned
function run(cmd,   line, n) {
	n = 0
	while ((cmd | getline line) > 0) out[++n] = line
	close(cmd)
	return n
}
# A fence longer than every run of backticks in out[1..k] (at least three).
function fence_for(k,   i, best, s, f) {
	best = 2
	for (i = 1; i <= k; i++) {
		s = out[i]
		while (match(s, /`+/)) { if (RLENGTH > best) best = RLENGTH; s = substr(s, RSTART + RLENGTH) }
	}
	f = ""; for (i = 0; i <= best; i++) f = f "`"
	return f
}
# The block as it must be: out[1..k], a cut mark when k < total, in its fence.
function block(k, total,   i, s, f) {
	f = fence_for(k)
	s = f "\n"
	for (i = 1; i <= k; i++) s = s out[i] "\n"
	if (k < total) s = s "[... " (total - k) " more lines ...]\n"
	return s f "\n"
}
function finish(what,   total, k, want) {
	total = run(cmd)
	# the lines shown now: all of them, or those before the cut mark
	k = nlines - 2
	if (nlines >= 3 && lines[nlines - 1] ~ /^\[\.\.\. [0-9]+ more lines? \.\.\.\]$/) k = nlines - 3
	else if (mode == "update" || nlines < 3) k = total
	if (k > total) k = total
	want = block(k, total)
	if (mode == "update") printf "%s", want
	else {
		if (body != want) { print "FAIL: README " what " is not what the tool prints now" > "/dev/stderr"; bad++ }
		else good++
		printf "%s", body
	}
}
/^<!-- example: / {
	args = $0; sub(/^<!-- example: /, "", args); sub(/ -->$/, "", args)
	cmd = "cd " top " && " bin " " args " 2>/dev/null"; what = "example `spi-inspect " args "`"
	print; inblock = 1; body = ""; nlines = 0; next
}
/^<!-- help-options -->/ {
	cmd = "cd " top " && " bin " --help | sed -n \"/^What to show/,/^  -V, --version/p\""
	what = "options block (it must be the option lines of spi-inspect --help)"
	print; inblock = 1; body = ""; nlines = 0; next
}
inblock && /^<!-- \/(example|help-options) -->/ { finish(what); inblock = 0; print; next }
inblock { body = body $0 "\n"; lines[++nlines] = $0; next }
{ print }
END {
	if (mode == "check") { printf "readme-examples: %d passed, %d failed\n", good, bad > "/dev/stderr"; exit (bad > 0 || good == 0) }
}' "$readme" >"$tmp/readme"
rc=$?
[ "$mode" = update ] && [ "$rc" -eq 0 ] && cp "$tmp/readme" "$readme"
exit $rc
