#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# promtool.sh [NAME...]: `promtool check metrics` (Debian package prometheus), the
# exposition-format lint of Prometheus itself, finds nothing to say about --prometheus on
# any snapshot in tests/snapshots and data/samples; and it does find fault with a broken
# file, so that a pass means something. The README's alerting rules pass promtool check rules.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
SOURCE_DATE_EPOCH=1700000000 LC_ALL=C TZ=UTC
export SOURCE_DATE_EPOCH LC_ALL TZ
command -v promtool >/dev/null 2>&1 || { echo "SKIP: promtool not found (apt-get install prometheus)"; exit 77; }
only=" $* "
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top_srcdir" || exit 1
printf '# TYPE spi_inspect_findings counter\nspi_inspect_findings 1\n' | promtool check metrics >"$tmp/lint" 2>&1 &&
	{ echo "FAIL: promtool accepts a counter without _total and HELP: it checks nothing"; fail=$((fail + 1)); } ||
	{ echo "PASS: promtool rejects a broken file: $(head -1 "$tmp/lint")"; pass=$((pass + 1)); }
for snap in data/samples/*.snap tests/snapshots/*.snap; do
	name=$(basename "$snap" .snap)
	[ "$only" = "  " ] || case $only in *" $name "*) ;; *) continue ;; esac
	"$SPI_INSPECT" --prometheus --from "$snap" >"$tmp/out" 2>/dev/null
	if promtool check metrics <"$tmp/out" >"$tmp/lint" 2>&1 && [ -s "$tmp/out" ]; then
		echo "PASS: $name: promtool check metrics is silent on $(grep -c '^spi_inspect_' "$tmp/out") samples"
		pass=$((pass + 1))
	else
		echo "FAIL: $name: promtool check metrics:"; cat "$tmp/lint"; fail=$((fail + 1))
	fi
done
# The README's alerting rule, as promtool check rules reads a rule file.
sed -n '/^<!-- alert-rule -->$/,/^<!-- \/alert-rule -->$/{/^```/d;/^<!--/d;p}' README.md >"$tmp/rules.yml"
if [ -s "$tmp/rules.yml" ] && promtool check rules "$tmp/rules.yml" >"$tmp/lint" 2>&1; then
	echo "PASS: the README's alerting rules pass promtool check rules: $(grep -o 'SUCCESS.*' "$tmp/lint")"
	pass=$((pass + 1))
else
	echo "FAIL: the README's alerting rules:"; cat "$tmp/lint"; fail=$((fail + 1))
fi
echo "promtool: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
