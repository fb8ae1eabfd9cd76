#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# -A dump -O dump.name=FILE: an lspci dump holds config space only. The report names the
# dump in Source:, says why the SPI registers are missing, and exits 16 (README's table);
# a dump taken without root (64 bytes per function) is told apart and the user told to
# take it with sudo lspci -xxxx. A --save of such a run replays with the same words.
set -u
# One line per Source: line whatever the path length (the text wraps at 80 columns).
COLUMNS=4096; export COLUMNS
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }

# case NAME WANT_RC PATTERN_OUT PATTERN_ERR ARGS...
case_() {
	name=$1 want=$2 pout=$3 perr=$4
	shift 4
	"$SPI_INSPECT" -n --no-color "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" -ne "$want" ]; then
		ko "$name: exit $rc, expected $want"; cat "$tmp/err"
	elif ! grep -q -e "$pout" "$tmp/out"; then
		ko "$name: the report lacks /$pout/"; head -5 "$tmp/out"
	elif ! grep -q -e "$perr" "$tmp/err"; then
		ko "$name: stderr lacks /$perr/"; cat "$tmp/err"
	elif grep -q -e 'Fix the environment problem reported above' "$tmp/out"; then
		ko "$name: advises fixing an environment problem that is not there"
	else
		ok "$name"
	fi
}
data="$top_srcdir/tests/data"
case_ "an lspci -xxxx dump: config space only, exit 16" 16 \
	"^Source: the lspci dump $data/ich9-lpc.lspci (libpci method dump): config space only" \
	"holds PCI config space only: no register behind SPIBAR is in it.*exit code 16" \
	-A dump -O "dump.name=$data/ich9-lpc.lspci"
case_ "a dump taken without root: take it again with sudo lspci -xxxx" 16 \
	"sudo lspci -xxxx" "holds only the first 64 bytes of each function's config space" \
	-A dump -O "dump.name=$data/ich9-lpc-nonroot.lspci"
case_ "a dump named with -O alone (lspci -F)" 16 \
	"^Source: the lspci dump" "exit code 16" -O "dump.name=$data/ich9-lpc.lspci"
"$SPI_INSPECT" -n -A dump -O "dump.name=$data/ich9-lpc-nonroot.lspci" --save "$tmp/s.snap" \
	>/dev/null 2>&1
if grep -q "^meta pci-dump $data/ich9-lpc-nonroot.lspci\$" "$tmp/s.snap" &&
   grep -q '^meta pci-dump-short yes$' "$tmp/s.snap"; then
	ok "--save records which dump the readings came from"
else
	ko "--save does not record the dump:"; grep '^meta' "$tmp/s.snap"
fi
case_ "the replay of that snapshot says the same" 16 "sudo lspci -xxxx" \
	"holds only the first 64 bytes" --from "$tmp/s.snap"
"$SPI_INSPECT" -n --json -A dump -O "dump.name=$data/ich9-lpc.lspci" >"$tmp/json" 2>/dev/null
if grep -q "\"pci_dump\": \"$data/ich9-lpc.lspci\"" "$tmp/json" &&
   grep -q '"pci_dump_short": false' "$tmp/json"; then
	ok "JSON names the dump (source.pci_dump)"
else
	ko "JSON lacks source.pci_dump"
fi
"$SPI_INSPECT" -n --markdown -A dump -O "dump.name=$data/ich9-lpc.lspci" >"$tmp/md" 2>/dev/null
if grep -q "^| Source | lspci dump $data/ich9-lpc.lspci (config space only" "$tmp/md"; then
	ok "Markdown names the dump in its Source row"
else
	ko "Markdown does not name the dump:"; grep '^| Source' "$tmp/md"
fi
echo "pci-dump: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
