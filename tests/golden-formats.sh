# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by tests/golden.sh and tests/update-golden.sh: the formats and how to run them.
# Names come from a pci.ids made from data/pci-ids (tests/make-pci-ids.sh, written to the
# caller's temporary directory by golden_setup), so that the output does not depend on the
# pci.ids version installed, and a new line in data/pci-ids needs no generated file.
GOLDEN_FORMATS="txt regions me json md"

# golden_snapshots [NAME...]: the snapshots the golden tests replay, by path relative to
# top_srcdir: every tests/snapshots/*.snap and data/samples/*.snap, or those named
# (shell patterns work).
golden_snapshots() {
	(cd "$top_srcdir" && for snap in tests/snapshots/*.snap data/samples/*.snap; do
		[ -f "$snap" ] || continue
		[ $# -eq 0 ] && { echo "$snap"; continue; }
		for want in "$@"; do
			# shellcheck disable=SC2254
			case $(basename "$snap" .snap) in $want) echo "$snap"; break ;; esac
		done
	done)
}

# golden_setup DIR: writes DIR/pci.ids, which golden_run names with --pci-ids.
golden_setup() {
	golden_ids="$1/pci.ids"
	sh "$top_srcdir/tests/make-pci-ids.sh" "$golden_ids"
}

golden_run() { # golden_run SNAPSHOT FORMAT: prints the output, returns the tool's exit code
	ids="${golden_ids:?golden_setup first}"
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
