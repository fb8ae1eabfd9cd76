#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# With 2>&1 into one pipe (spi-inspect ... 2>&1 | tee out.txt), the message on stderr is
# a whole line of its own, after the whole report: no line of the report is cut by it.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top_srcdir" || exit 1
# A snapshot recorded without root: a report on stdout, a summary line on stderr, exit 10.
snap=tests/snapshots/me-z790-nonroot-sysfs.snap
for args in "" "-v" "--json" "--markdown" "--regions"; do
	# shellcheck disable=SC2086 # args is zero or more words
	"$SPI_INSPECT" -n $args --from "$snap" >"$tmp/stdout" 2>"$tmp/stderr"
	# shellcheck disable=SC2086
	"$SPI_INSPECT" -n $args --from "$snap" 2>&1 | cat >"$tmp/both"
	if ! [ -s "$tmp/stderr" ]; then
		echo "FAIL: spi-inspect $args --from $snap wrote nothing on stderr: nothing to test"
		fail=$((fail + 1))
	# (the snapshot in --markdown says when it was re-saved: a second may pass between runs)
	elif cat "$tmp/stdout" "$tmp/stderr" | sed '/^meta resaved-date /d' >"$tmp/want" &&
		sed '/^meta resaved-date /d' "$tmp/both" | cmp -s "$tmp/want" -; then
		pass=$((pass + 1))
	else
		echo "FAIL: spi-inspect $args --from $snap 2>&1 is not the report followed by the stderr lines:"
		diff "$tmp/want" "$tmp/both" | head -10
		fail=$((fail + 1))
	fi
done
# A usage error after nothing was written, and a failure after a report (a batch whose
# second snapshot is missing): each message a line of its own.
"$SPI_INSPECT" -n --from "$snap" --from "$tmp/missing.snap" 2>&1 | cat >"$tmp/both"
if grep -q '^spi-inspect: .*missing\.snap' "$tmp/both" && ! grep -q '.spi-inspect: ' "$tmp/both"; then
	pass=$((pass + 1))
else
	echo "FAIL: a batch's stderr message is not a line of its own:"
	grep -n 'spi-inspect: ' "$tmp/both" | head -5
	fail=$((fail + 1))
fi
echo "stream-order: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
