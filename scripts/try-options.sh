# SPDX-License-Identifier: GPL-2.0-or-later
# try-options.sh - sourced by scripts/try (and tests/try-options.sh): which of the user's
# options the fallback replay of the bundled sample gets. All go to the live run; the
# replay gets only those that choose what to show and how (--save would write the
# sample's readings under the user's name, -A/--sysroot/--devmem are refused with --from).

# try_quote ARG: ARG in single quotes, safe for eval.
try_quote() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# try_replay_options ARG...: sets try_kept to the options to keep, quoted for
#     eval "set -- $try_kept"
# and try_dropped to the ones left out (for the message).
try_replay_options() {
	try_kept= try_dropped=
	while [ $# -gt 0 ]; do
		a=$1
		shift
		case $a in
		--json|--markdown|--regions|--me-status|--verbose|--no-color|--numeric|--pci-ids=*)
			try_kept="$try_kept $(try_quote "$a")" ;;
		--pci-ids)
			try_kept="$try_kept $(try_quote "$a")"
			[ $# -gt 0 ] && { try_kept="$try_kept $(try_quote "$1")"; shift; } ;;
		--*=*)
			try_dropped="$try_dropped $a" ;;
		--fr*|--sa*|--met*|--pa*|--sy*|--dev*)
			# a live-only option and its argument (getopt_long takes unique prefixes)
			try_dropped="$try_dropped $a${1+ $1}"
			[ $# -gt 0 ] && shift ;;
		-A|-O)
			try_dropped="$try_dropped $a${1+ $1}"
			[ $# -gt 0 ] && shift ;;
		-*[!vn]*|-)
			try_dropped="$try_dropped $a" ;;
		-?*)
			# -v, -n, -vn: only verbose and numeric letters
			try_kept="$try_kept $(try_quote "$a")" ;;
		*)
			try_dropped="$try_dropped $a" ;;
		esac
	done
}
