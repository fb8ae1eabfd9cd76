# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by tests/golden.sh and tests/update-golden.sh: the formats and how to run them.
# Names come from tests/data/pci.ids (made from data/pci-ids by tests/make-pci-ids.sh) so
# that the output does not depend on the pci.ids version installed.
GOLDEN_FORMATS="txt regions me json md"
golden_run() { # golden_run SNAPSHOT FORMAT: prints the output, returns the tool's exit code
	ids="$top_srcdir/tests/data/pci.ids"
	case $2 in
	txt) set -- --no-color -v --from "$1" ;;
	regions) set -- --no-color -v --regions --from "$1" ;;
	me) set -- --no-color --me-status --from "$1" ;;
	json) set -- --json --from "$1" ;;
	md) set -- --markdown --from "$1" ;;
	esac
	out=$(cd "$top_srcdir" && "$SPI_INSPECT" --pci-ids "$ids" "$@")
	rc=$?
	# The re-recorded snapshot in --markdown says when, where and how it was re-saved.
	printf '%s\n' "$out" | sed '/^meta resaved-\(date\|kernel\|cmdline\) /d'
	return $rc
}
