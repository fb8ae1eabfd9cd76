#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The man page formats without a warning (groff -ww, and man --warnings where man is
# installed), and names every option that spi-inspect --help lists. SKIP without groff.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
page="$top_srcdir/man/spi-inspect.8"
if ! command -v groff >/dev/null; then
	echo "SKIP: groff is not installed (apt-get install groff), so the man page cannot be checked"
	exit 77
fi
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
groff -ww -man -z "$page" >"$tmp/warn" 2>&1
if [ -s "$tmp/warn" ]; then
	echo "FAIL: groff -ww -man warns:"; head -10 "$tmp/warn"; fail=$((fail + 1))
else
	pass=$((pass + 1))
fi
if command -v man >/dev/null; then
	MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" 2>"$tmp/warn" >/dev/null
	if [ -s "$tmp/warn" ]; then
		echo "FAIL: man --warnings warns:"; head -10 "$tmp/warn"; fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
fi
# Every long option of --help, as the page spells it (\-\-name).
"$SPI_INSPECT" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$tmp/options"
[ -s "$tmp/options" ] || { echo "FAIL: spi-inspect --help lists no option"; exit 1; }
while read -r opt; do
	spelled=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
	if grep -q -- "$spelled" "$page"; then
		pass=$((pass + 1))
	else
		echo "FAIL: the man page does not name $opt"; fail=$((fail + 1))
	fi
done <"$tmp/options"
for word in NO_COLOR COLUMNS "REPORTING BUGS" "noverify\\\\-all"; do
	if grep -q -- "$word" "$page"; then pass=$((pass + 1)); else echo "FAIL: the man page does not say $word"; fail=$((fail + 1)); fi
done
echo "man-page: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
