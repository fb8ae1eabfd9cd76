#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# A snapshot pasted back from an issue replays: the Markdown report's snapshot block,
# copied with its fences, its <details> wrapper, blank lines, or quoted with "> " as in
# an e-mail reply, and read from a file or from standard input (--from -), gives the
# same report as the snapshot itself; a mangled paste is refused with the right line.
set -u
# One line per Source: line whatever the path length (the text wraps at 80 columns).
COLUMNS=4096; export COLUMNS
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }
snap="$top_srcdir/data/samples/tigerlake-lp.snap"
report() { "$SPI_INSPECT" -n --no-color -v --from "$1" 2>/dev/null | grep -v '^Source: '; }

"$SPI_INSPECT" -n --markdown --from "$snap" >"$tmp/md" 2>/dev/null
# From the <details> line to the </details> line: what a user selects in the issue.
sed -n '/^<details>/,/^<\/details>/p' "$tmp/md" >"$tmp/details"
[ -s "$tmp/details" ] || { echo "FAIL: the Markdown report has no <details> block"; exit 1; }
sed -n '/^```/,/^```/p' "$tmp/details" >"$tmp/fenced"
sed '1d;$d' "$tmp/fenced" >"$tmp/bare"
report "$snap" >"$tmp/expected"

# variant NAME FILE: FILE replays to the expected report, from a file and from stdin.
variant() {
	report "$2" >"$tmp/got"
	if [ -s "$tmp/got" ] && cmp -s "$tmp/expected" "$tmp/got"; then
		ok "$1 replays to the same report"
	else
		ko "$1 replays differently:"; diff "$tmp/expected" "$tmp/got" | head -5
	fi
	"$SPI_INSPECT" -n --no-color -v --from - <"$2" 2>/dev/null | grep -v '^Source: ' >"$tmp/got"
	if cmp -s "$tmp/expected" "$tmp/got"; then
		ok "$1 on standard input (--from -) replays to the same report"
	else
		ko "$1 on standard input differs:"; diff "$tmp/expected" "$tmp/got" | head -5
	fi
}
variant "the bare snapshot block" "$tmp/bare"
variant "the block with its fences" "$tmp/fenced"
variant "the whole <details> block" "$tmp/details"
{ printf '\n\n'; cat "$tmp/details"; printf '\n\n'; } >"$tmp/blanks"
variant "the <details> block between blank lines" "$tmp/blanks"
{ echo '```text'; cat "$tmp/bare"; echo '```'; } >"$tmp/info"
variant "a fence with an info string" "$tmp/info"
sed 's/^/> /; s/^> $/>/' "$tmp/details" >"$tmp/quoted"
variant "the <details> block quoted with '> ' (an e-mail reply)" "$tmp/quoted"
sed 's/$/\r/' "$tmp/fenced" >"$tmp/crlf"
variant "the fenced block with CRLF line ends" "$tmp/crlf"

# refused NAME FILE PATTERN: exit 3 and a FILE:LINE message matching PATTERN.
refused() {
	"$SPI_INSPECT" -n --from "$2" >/dev/null 2>"$tmp/err"
	rc=$?
	if [ "$rc" -eq 3 ] && grep -q -e "$3" "$tmp/err"; then
		ok "$1 is refused at the right line"
	else
		ko "$1: exit $rc, expected 3 and /$3/:"; cat "$tmp/err"
	fi
}
# The quote mark lost on line 5 of the quoted paste.
sed '5s/^> //' "$tmp/quoted" >"$tmp/badquote"
refused "a quoted paste with one line unquoted" "$tmp/badquote" "badquote:5: the line does not begin with '> '"
# A comment typed after the closing fence.
{ cat "$tmp/fenced"; echo "Thanks for looking!"; } >"$tmp/after"
n=$(wc -l <"$tmp/fenced")
refused "text after the closing fence" "$tmp/after" "after:$((n + 1)): text after the end of the snapshot (its closing line is line $n)"
# The header lost in the copy: the first line of the body is named.
{ echo '```'; sed 1d "$tmp/bare"; echo '```'; } >"$tmp/nohdr"
refused "a paste without its header" "$tmp/nohdr" "nohdr:2: not a spi-inspect snapshot: expected the header line"
printf '\n```\n```\n' >"$tmp/empty"
refused "an empty fenced block" "$tmp/empty" "empty:3: the file holds no snapshot"
"$SPI_INSPECT" -n --from - </dev/null >/dev/null 2>"$tmp/err"
if [ $? -eq 3 ] && grep -q '^spi-inspect: <stdin>:1: the file is empty' "$tmp/err"; then
	ok "an empty standard input is named <stdin>"
else
	ko "an empty standard input:"; cat "$tmp/err"
fi
echo "pasted: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
