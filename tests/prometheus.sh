#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# prometheus.sh [--update] [NAME...]: --prometheus, end to end. For a few snapshots the
# output must be tests/expected/NAME.prom exactly (--update rewrites them: read the diff);
# for every snapshot, the exit code is the text report's, and no fact named by
# spi_inspect_unknown also has a sample (unknown is never 0). promtool's lint is
# tests/promtool.sh; the real node_exporter reading the files is tests/node-exporter.sh.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
SOURCE_DATE_EPOCH=1700000000 LC_ALL=C TZ=UTC
export SOURCE_DATE_EPOCH LC_ALL TZ
golden="data/samples/tigerlake-lp.snap tests/snapshots/ich7.snap tests/snapshots/pch600.snap
	tests/snapshots/me-z790-nonroot-sysfs.snap tests/snapshots/dmi-dasharo.snap"
update=false
[ "${1:-}" = --update ] && { update=true; shift; }
only=" $* "
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top_srcdir" || exit 1
wanted() { [ "$only" = "  " ] || case $only in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }

for snap in $golden; do
	name=$(basename "$snap" .snap)
	wanted "$name" || continue
	exp="tests/expected/$name.prom"
	"$SPI_INSPECT" --prometheus --from "$snap" >"$tmp/out" 2>/dev/null
	if $update; then
		cp "$tmp/out" "$exp" && echo "updated $exp"
	elif diff -u "$exp" "$tmp/out" >"$tmp/diff"; then
		ok "$name: --prometheus is $exp"
	else
		ko "$name: --prometheus differs from $exp:"; head -40 "$tmp/diff"
	fi
done
$update && exit 0

for snap in data/samples/*.snap tests/snapshots/*.snap; do
	name=$(basename "$snap" .snap)
	wanted "$name" || continue
	"$SPI_INSPECT" --no-color --from "$snap" >/dev/null 2>&1
	want_rc=$?
	"$SPI_INSPECT" --prometheus --from "$snap" >"$tmp/out" 2>/dev/null
	rc=$?
	[ "$rc" = "$want_rc" ] && ok "$name: exit code $rc, as the text report's" ||
		ko "$name: --prometheus exited $rc, the text report $want_rc"
	grep -q '^spi_inspect_info{' "$tmp/out" && grep -q '^spi_inspect_exit_code '"$want_rc"'$' "$tmp/out" &&
		ok "$name: spi_inspect_info and spi_inspect_exit_code $want_rc" ||
		ko "$name: spi_inspect_info or spi_inspect_exit_code $want_rc missing"
	# spi_inspect_unknown{fact="F"[,L="V"]} 1 -> no line spi_inspect_F[{L="V"}] at all
	clash=$(sed -n 's/^spi_inspect_unknown{fact="\([a-z_]*\)"\(,[a-z]*="[^"]*"\)\{0,1\}} 1$/spi_inspect_\1{\2}/p' "$tmp/out" |
		sed 's/{,/{/; s/{}//' | while read -r series; do
			grep -F "$series " "$tmp/out" | grep -v '^#' | head -1
		done)
	n=$(grep -c '^spi_inspect_unknown{' "$tmp/out")
	[ -z "$clash" ] && ok "$name: none of its $n unknown facts has a sample" ||
		ko "$name: an unknown fact has a sample: $clash"
done
echo "prometheus: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
