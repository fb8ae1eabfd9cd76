# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by tests/golden.sh and tests/update-golden.sh: the formats and how to run them.
# Names come from tests/data/pci.ids (a fixed excerpt) so that the output does not
# depend on the pci.ids version installed.
GOLDEN_FORMATS="txt regions me json md"
golden_run() { # golden_run SNAPSHOT FORMAT
	ids="$top_srcdir/tests/data/pci.ids"
	case $2 in
	txt) "$SPI_INSPECT" --no-color -v --pci-ids "$ids" --from "$1" ;;
	regions) "$SPI_INSPECT" --no-color -v --regions --pci-ids "$ids" --from "$1" ;;
	me) "$SPI_INSPECT" --no-color --me-status --pci-ids "$ids" --from "$1" ;;
	json) "$SPI_INSPECT" --json --pci-ids "$ids" --from "$1" ;;
	md) "$SPI_INSPECT" --markdown --pci-ids "$ids" --from "$1" ;;
	esac | sed "s|$top_srcdir/||g"
}
