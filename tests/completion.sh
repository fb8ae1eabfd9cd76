#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The bash completion (completions/spi-inspect) offers every option `spi-inspect --help`
# lists, and files after --from, --save and --pci-ids. It runs the completion function in
# bash as bash-completion would, with COMP_WORDS and COMP_CWORD set.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
command -v bash >/dev/null 2>&1 || { echo "SKIP: bash is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# The options of --help: every -X and --long at the start of an option line.
"$SPI_INSPECT" --help | grep -E '^  -[A-Za-z0-9], --|^      --' |
	sed 's/^ *//; s/   .*//' | tr ',' ' ' | tr -s ' ' '\n' | sed '/^$/d; /^[^-]/d' | sort -u >"$tmp/help"
n=$(wc -l <"$tmp/help")
[ "$n" -ge 10 ] || { echo "FAIL: only $n options parsed from --help"; exit 1; }

# complete WORD...: what the completion offers for the last word, one per line.
complete_() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _spi_inspect
		printf "%s\n" "${COMPREPLY[@]}"' sh "$top_srcdir/completions/spi-inspect" "$@"
}
complete_ "$SPI_INSPECT" - | sort -u >"$tmp/offered"
missing=$(comm -23 "$tmp/help" "$tmp/offered")
if [ -z "$missing" ]; then
	echo "PASS: the completion offers all $n options of --help"; pass=$((pass + 1))
else
	echo "FAIL: the completion does not offer:" $missing; fail=$((fail + 1))
fi
complete_ "$SPI_INSPECT" --me | sort >"$tmp/me"
if [ "$(cat "$tmp/me")" = "--me-status
--method" ]; then
	echo "PASS: --me completes to --me-status and --method"; pass=$((pass + 1))
else
	echo "FAIL: --me completes to:" $(cat "$tmp/me"); fail=$((fail + 1))
fi
: >"$tmp/machine.snap"
for opt in --from --save --pci-ids; do
	if complete_ "$SPI_INSPECT" "$opt" "$tmp/mach" | grep -qx "$tmp/machine.snap"; then
		echo "PASS: $opt completes file names"; pass=$((pass + 1))
	else
		echo "FAIL: $opt does not complete $tmp/mach to a file"; fail=$((fail + 1))
	fi
done
if complete_ "$SPI_INSPECT" -A d | grep -qx dump; then
	echo "PASS: -A completes the libpci methods"; pass=$((pass + 1))
else
	echo "FAIL: -A d does not complete to dump"; fail=$((fail + 1))
fi
echo "completion: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
