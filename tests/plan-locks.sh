#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The plan's predictions that rest on the chipset's locks, which flashrom's dummy programmer
# cannot emulate (they rest on flashrom's and Intel's sources): tests/snapshots/plan-pch500.snap
# patched by appending lines (a later line wins), planned with the images of
# tests/plan-images.sh; each case asserts a command's outcome and cause, and the --check code.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed (it writes the images)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$top_srcdir/tests/plan-images.sh" "$tmp" || { echo "FAIL: tests/plan-images.sh"; exit 1; }
pass=0 fail=0
# case NAME CHECK_RC KEY=OUTCOME/CAUSE... -- PATCH LINES...
case_() {
	name=$1 want_check=$2
	shift 2
	wants=
	while [ "$1" != -- ]; do wants="$wants $1"; shift; done
	shift
	cp "$top_srcdir/tests/snapshots/plan-pch500.snap" "$tmp/m.snap"
	for line in "$@"; do printf '%s\n' "$line" >>"$tmp/m.snap"; done
	(cd "$tmp" && "$SPI_INSPECT" --json -n --from m.snap --image same.rom --backup chip.rom) >"$tmp/j" 2>/dev/null
	(cd "$tmp" && "$SPI_INSPECT" --check --from m.snap --image same.rom --backup chip.rom) >/dev/null 2>&1
	rc=$?
	problems=$(python3 - "$tmp/j" $wants <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))["plan"]
got = {c["key"]: "%s/%s" % (c["outcome"], c["cause"]) for c in p["commands"]}
for w in sys.argv[2:]:
    k, v = w.split("=")
    if got.get(k) != v:
        print("%s is %s, expected %s;" % (k, got.get(k), v))
PY
)
	[ "$rc" = "$want_check" ] || problems="$problems --check exited $rc, expected $want_check;"
	if [ -n "$problems" ]; then echo "FAIL: $name: $problems"; fail=$((fail + 1))
	else echo "PASS: $name"; pass=$((pass + 1)); fi
}
# FRAP denies the host the ME region (read and write): the whole chip fails on the read;
# --ifd -i bios works with --noverify-all.
case_ "ME region locked" 0 whole_chip=fails/region_access ifd_bios=works/None -- \
	"mem 0x68800050 4 0x0000fbfb"
# A locked PR0 over WP_RO (0x500000-0x5fffff): --ifd -i bios fails, the RW sections work
# and are recommended (the Dasharo FAQ's case).
case_ "PR0 over WP_RO" 0 ifd_bios=fails/protected_range fmap_rw=works/None \
	fmap_wp_ro=fails/protected_range -- "mem 0x68800084 4 0x85ff0500" "mem 0x6880000c 4 0x00000001"
# BIOS_CNTL BLE + EISS: every write fails (37); BLE alone: unknown (38).
case_ "SMM_BWP" 37 ifd_bios=fails/bios_cntl whole_chip=fails/bios_cntl -- "pci 0000:00:1f.5 0x0dc 4 0x000000a2"
case_ "BLE alone" 38 ifd_bios=unknown/ble -- "pci 0000:00:1f.5 0x0dc 4 0x00000002"
# Every plan.* id the planner can emit is documented in docs/findings.md and the man page.
for id in $(grep -o '"plan\.[a-z_]*"' "$top_srcdir/src/report/plan.c" | tr -d '"' | sort -u); do
	if grep -q "\`$id\`" "$top_srcdir/docs/findings.md" && grep -q "$id" "$top_srcdir/man/spi-inspect.8"
	then pass=$((pass + 1)); else echo "FAIL: $id is not in docs/findings.md and the man page"; fail=$((fail + 1)); fi
done
echo "plan-locks: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
