#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The text fits its width: over every snapshot in tests/snapshots and data/samples, every
# line of the report, --regions, --me-status and -v, and of --help, is at most 80 columns
# when COLUMNS is not set and stdout is not a terminal, and at most COLUMNS when it is set
# (100, 60: the narrowest layout). Usage: tests/text-width.sh [SNAPSHOT-NAME]
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# check WIDTH DESCRIPTION: every line of $tmp/out is at most WIDTH columns
check() {
	awk -v w="$1" 'length($0) > w { printf "  line %d is %d columns: %s\n", NR, length($0), $0; bad = 1 }
		END { exit bad }' "$tmp/out" >"$tmp/long"
	if [ -s "$tmp/long" ] || ! [ -s "$tmp/out" ]; then
		echo "FAIL: $2 (width $1)"
		head -5 "$tmp/long"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
}
cd "$top_srcdir" || exit 1
# run WIDTH PART SNAPSHOT...: the text of every snapshot in one run (repeated --from)
run() {
	width=$1 part=$2
	shift 2
	set -- $(for s in "$@"; do printf -- '--from %s ' "$s"; done)
	# shellcheck disable=SC2086 # part is zero or more words
	if [ -n "$width" ]; then
		COLUMNS=$width "$SPI_INSPECT" -n --no-color $part "$@" >"$tmp/out" 2>/dev/null
	else
		env -u COLUMNS "$SPI_INSPECT" -n --no-color $part "$@" >"$tmp/out" 2>/dev/null
	fi
}
snaps=
for snap in tests/snapshots/*.snap data/samples/*.snap; do
	case $snap in *"${1:-}"*) snaps="$snaps $snap" ;; esac
done
for width in "" 100 60; do
	for part in "" --regions --me-status -v "-v --regions"; do
		# shellcheck disable=SC2086 # the snapshot paths have no spaces
		run "$width" "$part" $snaps
		what="spi-inspect $part --from (each snapshot)${width:+ with COLUMNS=$width}"
		if awk -v w="${width:-80}" 'length($0) > w { bad = 1 } END { exit !bad }' "$tmp/out"; then
			# name the snapshots whose text is too wide
			for snap in $snaps; do
				run "$width" "$part" "$snap"
				check "${width:-80}" "spi-inspect $part --from $snap${width:+ with COLUMNS=$width}"
			done
		else
			check "${width:-80}" "$what"
		fi
	done
done
env -u COLUMNS "$SPI_INSPECT" --help >"$tmp/out"
check 80 "spi-inspect --help"
for width in 100 60; do
	COLUMNS=$width "$SPI_INSPECT" --help >"$tmp/out"
	check "$width" "spi-inspect --help with COLUMNS=$width"
done
# A command line too wide for 60 columns goes on with a backslash: it still pastes whole.
cmd="flashrom -p internal --ifd -i bios -w coreboot.rom --noverify-all"
COLUMNS=60 "$SPI_INSPECT" -n --no-color --from tests/snapshots/ich8.snap 2>/dev/null >"$tmp/out"
if awk '/ \\$/ { sub(/ \\$/, ""); printf "%s ", $0; next } { print }' "$tmp/out" |
	sed 's/^  *//; s/   */ /g' | grep -qxF "$cmd" && ! grep -qxF "    $cmd" "$tmp/out"; then
	pass=$((pass + 1))
else
	echo "FAIL: at COLUMNS=60 the command \"$cmd\" is not continued with a backslash"
	fail=$((fail + 1))
fi
echo "text-width: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
