#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# --markdown: --regions and --me-status select its sections; the summary table has
# headers; an unknown chipset's row gives its PCI ID; every register value a finding
# quotes is written as the snapshot writes it (0x and two digits per byte); the region
# and protected-range tables are there; the reader is told what the snapshot holds.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }
has() { grep -qF -- "$2" "$1"; }
tgl="$top_srcdir/data/samples/tigerlake-lp.snap"
md() { "$SPI_INSPECT" -n --markdown "$@" 2>/dev/null; }

md --from "$tgl" >"$tmp/all"
md --regions --from "$tgl" >"$tmp/regions"
md --me-status --from "$tgl" >"$tmp/me"
for s in "#### Findings" "#### Flash regions" "#### Protected ranges" "#### ME status"; do
	has "$tmp/all" "$s" && ok || ko "the full Markdown report has no \"$s\""
done
has "$tmp/regions" "#### Flash regions" && has "$tmp/regions" "#### Protected ranges" &&
	! has "$tmp/regions" "#### Findings" && ! has "$tmp/regions" "#### ME status" && ok ||
	ko "--markdown --regions does not give the region sections alone"
has "$tmp/me" "#### ME status" && ! has "$tmp/me" "#### Flash regions" &&
	! has "$tmp/me" "#### Findings" && ok || ko "--markdown --me-status does not give the ME section alone"
for f in all regions me; do
	has "$tmp/$f" "<details><summary>Snapshot" || ko "--markdown ($f) lost the snapshot"
	has "$tmp/$f" "/proc/cmdline" && has "$tmp/$f" "DMI" && ok ||
		ko "--markdown ($f) does not say that the snapshot holds /proc/cmdline and the DMI strings"
done
head -3 "$tmp/all" | grep -q '^| [A-Za-z]' && ! grep -q '^| | |$' "$tmp/all" && ok ||
	ko "the summary table's header row is empty"
has "$tmp/all" "| FREG1 BIOS | \`0x01000000-0x01ffffff\` |" && ok || ko "no region table row for the BIOS region"

# Every value quoted by a finding is the value the snapshot block holds, as written there.
grep -o '= `0x[0-9a-f]*`' "$tmp/all" | tr -d '=` ' | sort -u >"$tmp/values"
[ -s "$tmp/values" ] || ko "no register value quoted in the findings"
while read -r v; do
	grep -q " $v\$" "$tmp/all" && ok || ko "finding value $v is not written as in the snapshot"
done <"$tmp/values"

# An Intel bridge spi-inspect does not know: the Chipset row says which one.
{ cat "$tgl"; echo "pci 0000:00:1f.0 0x000 4 0x00018086"; echo "pci 0000:00:1f.5 0x000 4 0xffffffff"; } >"$tmp/unknown.snap"
md --from "$tmp/unknown.snap" >"$tmp/unknown"
grep -q '^| Chipset | .*`8086:0001`' "$tmp/unknown" && ok ||
	ko "an unsupported chipset's Chipset row lacks its PCI ID: $(grep '^| Chipset' "$tmp/unknown")"

echo "markdown-parts: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
