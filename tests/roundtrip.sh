#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Round trips through the binary:
# 1. the snapshot embedded in --markdown, saved and replayed, gives the same report;
# 2. a live run on an lspci -xxxx dump (libpci's dump method) with --save, replayed with
#    --from, gives the same decode (only the "source" lines differ);
# 3. --save of a replay, replayed again, gives the same report.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }
# Lines as long as they come (no wrapping), so that the Source line is one line to strip.
COLUMNS=4096
export COLUMNS
# The report minus the lines that name where the readings came from.
strip_source() { grep -v -e '^Source: ' -e '"kind": ' -e '"snapshot": ' -e '"recorded_by": ' -e '"kernel": ' -e '"date": '; }

. "$top_srcdir/tests/golden-formats.sh"
for path in $(golden_snapshots); do
	name=$(basename "$path" .snap)
	snap="$top_srcdir/$path"
	"$SPI_INSPECT" -n --markdown --from "$snap" >"$tmp/md" 2>/dev/null
	# the fenced block inside <details>
	awk '/^<details>/ { d = 1; next } d && /^```/ { if (f) exit; f = 1; next } f { print }' \
		"$tmp/md" >"$tmp/embedded.snap"
	"$SPI_INSPECT" -n --no-color -v --from "$snap" 2>/dev/null | strip_source >"$tmp/a"
	"$SPI_INSPECT" -n --no-color -v --from "$tmp/embedded.snap" 2>/dev/null | strip_source >"$tmp/b"
	if [ -s "$tmp/embedded.snap" ] && cmp -s "$tmp/a" "$tmp/b"; then
		ok "markdown snapshot of $name replays to the same report"
	else
		ko "markdown snapshot of $name replays differently:"; diff "$tmp/a" "$tmp/b" | head -10
	fi
	rm -f "$tmp/resaved.snap"
	"$SPI_INSPECT" -n --json --from "$snap" --save "$tmp/resaved.snap" 2>/dev/null | strip_source >"$tmp/a"
	"$SPI_INSPECT" -n --json --from "$tmp/resaved.snap" 2>/dev/null | strip_source >"$tmp/b"
	if cmp -s "$tmp/a" "$tmp/b"; then
		ok "--save of the replay of $name replays the same"
	else
		ko "--save of the replay of $name differs:"; diff "$tmp/a" "$tmp/b" | head -10
	fi
done

for dump in "$top_srcdir"/tests/data/*.lspci; do
	name=$(basename "$dump")
	rm -f "$tmp/live.snap"
	"$SPI_INSPECT" -n --json -A dump -O "dump.name=$dump" --save "$tmp/live.snap" 2>/dev/null |
		strip_source >"$tmp/a"
	"$SPI_INSPECT" -n --json --from "$tmp/live.snap" 2>/dev/null | strip_source >"$tmp/b"
	if [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b"; then
		ok "live run on $name, saved and replayed, decodes the same"
	else
		ko "live run on $name and its replay differ:"; diff "$tmp/a" "$tmp/b" | head -10
	fi
done
echo "roundtrip: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
