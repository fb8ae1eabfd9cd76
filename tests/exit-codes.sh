#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The exit codes of src/failure.h are the ones --help, the manual page and the README list,
# no more and no fewer; and usage errors really exit 2 with a message on stderr.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
fail=0 pass=0
codes=$(sed -n 's/^[[:space:]]*EXIT_[A-Z_]* = \([0-9]*\),.*/\1/p' "$top_srcdir/src/failure.h" | sort -nu)  # --save and --output share 5
[ -n "$codes" ] || { echo "FAIL: no exit codes found in src/failure.h"; exit 1; }
help_codes=$("$SPI_INSPECT" --help | sed -n '/^Exit codes:/,/^$/s/^ *\([0-9][0-9]*\)  .*/\1/p' | sort -n)
man_codes=$(sed -n '/^\.SH EXIT STATUS/,/^\.SH /{/^\.B [0-9]/s/^\.B //p}' "$top_srcdir/man/spi-inspect.8" | sort -n)
readme_codes=$(sed -n '/^## Exit codes/,/^## /s/^| *\([0-9][0-9]*\) *|.*/\1/p' "$top_srcdir/README.md" | sort -n)
for where in help man readme; do
	eval "got=\$${where}_codes"
	if [ "$got" = "$codes" ]; then
		echo "PASS: $where lists exactly the exit codes of src/failure.h"; pass=$((pass + 1))
	else
		echo "FAIL: $where lists" $got "but src/failure.h has" $codes; fail=$((fail + 1))
	fi
done
check_usage() { # check_usage DESCRIPTION ARGS...: exit 2 and a line on stderr
	what=$1; shift
	"$SPI_INSPECT" "$@" >/dev/null 2>"${TMPDIR:-/tmp}/spi-usage.$$"
	rc=$?
	if [ "$rc" = 2 ] && grep -q '^spi-inspect: ' "${TMPDIR:-/tmp}/spi-usage.$$"; then
		echo "PASS: usage error: $what"; pass=$((pass + 1))
	else
		echo "FAIL: usage error: $what: exit $rc"; fail=$((fail + 1))
	fi
	rm -f "${TMPDIR:-/tmp}/spi-usage.$$"
}
check_usage "unknown option" --bogus
check_usage "stray argument" stray
check_usage "--json with --markdown" --json --markdown
check_usage "--regions with --me-status" --regions --me-status
check_usage "--force without --save" --force
check_usage "-O without =" -O dump.name
check_usage "--from with -A" --from x.snap -A dump
check_usage "--check with --json" --check --json
# --pci-ids names exactly one file: one that cannot be read, or is no pci.ids list, is an
# error saying which file, why, and what to do (not names from elsewhere, not exit 0).
check_pci_ids() { # check_pci_ids DESCRIPTION FILE WORDS: exit 2, stderr names FILE and WORDS
	"$SPI_INSPECT" --pci-ids "$2" -v --from "$top_srcdir/data/samples/tigerlake-lp.snap" \
		>"${TMPDIR:-/tmp}/spi-ids-out.$$" 2>"${TMPDIR:-/tmp}/spi-ids-err.$$"
	rc=$?
	if [ "$rc" = 2 ] && [ ! -s "${TMPDIR:-/tmp}/spi-ids-out.$$" ] &&
		grep -q "^spi-inspect: --pci-ids $2: $3" "${TMPDIR:-/tmp}/spi-ids-err.$$"; then
		echo "PASS: --pci-ids $1: exit 2 with its message"; pass=$((pass + 1))
	else
		echo "FAIL: --pci-ids $1: exit $rc, stderr:"; cat "${TMPDIR:-/tmp}/spi-ids-err.$$"
		fail=$((fail + 1))
	fi
	rm -f "${TMPDIR:-/tmp}/spi-ids-out.$$" "${TMPDIR:-/tmp}/spi-ids-err.$$"
}
check_pci_ids "a file that does not exist" /nonexistent/pci.ids "cannot read the file: No such file"
check_pci_ids "a directory" "$top_srcdir/tests" "cannot read the file: Is a directory"
check_pci_ids "a file that is no pci.ids" "$top_srcdir/tests/golden-formats.sh" "not a pci.ids list"
check_usage "--backup without --image" --backup x.rom
check_usage "--no-machine with --from" --no-machine --image x.rom --from x.snap
"$SPI_INSPECT" --help >/dev/null && "$SPI_INSPECT" --version | grep -q '^spi-inspect ' &&
	{ echo "PASS: --help and --version exit 0"; pass=$((pass + 1)); } ||
	{ echo "FAIL: --help or --version"; fail=$((fail + 1)); }
echo "exit-codes: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
