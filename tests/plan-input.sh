#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Bad --image / --backup input: each kind has its own exit code and one sentence on stderr,
# and no report on stdout, with and without a machine (tests/make-plan-image.py writes them).
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed (it writes the images)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mk="python3 $top_srcdir/tests/make-plan-image.py"
$mk "$tmp/tiny.rom" 0x8000 && $mk "$tmp/bad.rom" 1M fd=0-0xfff bios=0x500000-0xffffff &&
	$mk "$tmp/ok.rom" 16M fd=0-0xfff me=0x1000-0x4fffff bios=0x500000-0xffffff ||
	{ echo "FAIL: tests/make-plan-image.py"; exit 1; }
mkfifo "$tmp/fifo"
unreadable="$tmp/unreadable.rom"
cp "$tmp/ok.rom" "$unreadable" && chmod 000 "$unreadable"
pass=0 fail=0
check() { # check WHAT WANT_RC ARGS...
	what=$1 want=$2
	shift 2
	"$SPI_INSPECT" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" = "$want" ] && [ ! -s "$tmp/out" ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] &&
		grep -q '^spi-inspect: --\(image\|backup\) ' "$tmp/err"; then
		echo "PASS: $what: exit $rc"; pass=$((pass + 1))
	else
		echo "FAIL: $what: exit $rc (expected $want), stdout $(wc -c <"$tmp/out") bytes, stderr:"
		cat "$tmp/err"; fail=$((fail + 1))
	fi
}
snap="$top_srcdir/tests/snapshots/plan-pch500.snap"
for machine in "--no-machine" "--from $snap"; do
	# shellcheck disable=SC2086
	{
	check "$machine: missing file" 6 $machine --image "$tmp/none.rom"
	check "$machine: smaller than a chip" 7 $machine --image "$tmp/tiny.rom"
	check "$machine: region past the end" 8 $machine --image "$tmp/bad.rom"
	check "$machine: a directory" 9 $machine --image "$tmp"
	check "$machine: a FIFO" 9 $machine --image "$tmp/fifo"
	check "$machine: a bad backup" 7 $machine --image "$tmp/ok.rom" --backup "$tmp/tiny.rom"
	}
done
# root reads any file: the permission case only means something for other users
if [ "$(id -u)" != 0 ]; then
	check "unreadable file" 6 --no-machine --image "$unreadable"
fi
echo "plan-input: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
