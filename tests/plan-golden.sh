#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# End to end: a snapshot + an image (+ a backup) -> the text, JSON and Markdown reports and
# the --check code, against tests/expected/plan/CASE.{txt,json,md,rc}. The images are
# written by tests/plan-images.sh into a temporary directory, where the tool runs, so the
# reports name them as a user would. With --update BUILDDIR, rewrite the expected files.
set -u
if [ "${1:-}" = --update ]; then
	update=1
	SPI_INSPECT=$(cd "$2" && pwd)/spi-inspect
	top_srcdir=$(cd "$(dirname "$0")/.." && pwd)
else
	update=
fi
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed (it writes the images)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$top_srcdir/tests/plan-images.sh" "$tmp" || { echo "FAIL: tests/plan-images.sh"; exit 1; }
ln -s "$top_srcdir/data/samples/tigerlake-lp.snap" "$tmp/tigerlake-lp.snap"
ln -s "$top_srcdir/tests/snapshots/plan-pch500.snap" "$tmp/plan-pch500.snap"
# The same machine with Linux's spi-nor driver bound to the chip (sysfs paths as in Linux
# Documentation/ABI/testing/sysfs-bus-spi-devices-spi-nor and sysfs-class-mtd).
{
	cat "$top_srcdir/tests/snapshots/plan-pch500.snap"
	printf '%s\n' 'dir /sys/bus/spi/devices "spi0.0\n"'
	printf '%s\n' 'file /sys/bus/spi/devices/spi0.0/spi-nor/jedec_id "ef4018\n"'
	printf '%s\n' 'file /sys/bus/spi/devices/spi0.0/spi-nor/partname "w25q128\n"'
	printf '%s\n' 'dir /sys/bus/spi/devices/spi0.0/mtd "mtd0\nmtd0ro\n"'
	printf '%s\n' 'file /sys/bus/spi/devices/spi0.0/mtd/mtd0/name "BIOS\n"'
	printf '%s\n' 'file /sys/bus/spi/devices/spi0.0/mtd/mtd0/size "16777216\n"'
} >"$tmp/plan-pch500-spinor.snap"
exp="$top_srcdir/tests/expected/plan"
pass=0 fail=0
# case NAME ARGS...: ARGS are spi-inspect's, run in the images' directory
case_() {
	name=$1
	shift
	for fmt in txt json md rc; do
		case $fmt in
		txt) flags="--no-color -n" ;;
		json) flags="--json -n" ;;
		md) flags="--markdown -n" ;;
		rc) flags="--check" ;;
		esac
		# shellcheck disable=SC2086
		out=$(cd "$tmp" && "$SPI_INSPECT" $flags "$@" 2>/dev/null)
		rc=$?
		[ "$fmt" = rc ] && out=$rc
		out=$(printf '%s\n' "$out" | sed '/^meta resaved-\(date\|kernel\|cmdline\) /d')
		if [ -n "$update" ]; then
			printf '%s\n' "$out" >"$exp/$name.$fmt"
		elif printf '%s\n' "$out" | diff -u "$exp/$name.$fmt" - >"$tmp/diff"; then
			pass=$((pass + 1))
		else
			echo "FAIL: $name.$fmt differs from tests/expected/plan/$name.$fmt:"
			head -30 "$tmp/diff"
			fail=$((fail + 1))
		fi
	done
}
case_ tgl-dasharo --from tigerlake-lp.snap --image dasharo-tgl.rom
case_ pch500-moved --from plan-pch500.snap --image moved.rom --backup chip.rom
case_ pch500-same-region-backup --from plan-pch500.snap --image same.rom --backup bios-backup.rom
case_ pch500-no-backup --from plan-pch500.snap --image same.rom
case_ pch500-spinor --from plan-pch500-spinor.snap --image moved.rom
[ -n "$update" ] && { echo "updated tests/expected/plan; review with git diff"; exit 0; }
# The plan's JSON (and --no-machine's) validates against the schema, where jsonschema is installed.
(cd "$tmp" && "$SPI_INSPECT" --json --no-machine --image same.rom --backup chip.rom) >"$tmp/nm.json"
if python3 -c 'import jsonschema' 2>/dev/null; then
	if python3 -c 'import json, sys, jsonschema
s = json.load(open(sys.argv[1]))
for f in sys.argv[2:]:
    jsonschema.validate(json.load(open(f)), s)' "$top_srcdir/docs/spi-inspect.schema.json" \
		"$exp"/*.json "$tmp/nm.json"; then
		pass=$((pass + 1))
	else
		echo "FAIL: a plan JSON does not validate against docs/spi-inspect.schema.json"
		fail=$((fail + 1))
	fi
fi
echo "plan-golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
