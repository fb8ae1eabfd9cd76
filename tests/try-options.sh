#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# scripts/try: every option goes to the live run; the fallback replay of the bundled
# sample gets only the output options (scripts/try-options.sh, sourced here as try does).
set -u
: "${top_srcdir:?}"
. "$top_srcdir/scripts/try-options.sh"
pass=0 fail=0

# case EXPECTED_KEPT EXPECTED_DROPPED ARG...: the replay's arguments, one per line in
# brackets, and the dropped ones as the message shows them.
check() {
	want_kept=$1 want_dropped=$2
	shift 2
	try_replay_options "$@"
	eval "set -- $try_kept"
	got=
	for a in "$@"; do got="$got[$a]"; done
	if [ "$got" = "$want_kept" ] && [ "$try_dropped" = "$want_dropped" ]; then
		echo "PASS: kept $want_kept, dropped '$want_dropped'"
		pass=$((pass + 1))
	else
		echo "FAIL: kept $got (expected $want_kept), dropped '$try_dropped' (expected '$want_dropped')"
		fail=$((fail + 1))
	fi
}
check "" ""
check "[--json]" " --save x.snap" --save x.snap --json
check "[--markdown]" " --save=x.snap --force" --markdown --save=x.snap --force
check "[--regions][-v][--no-color]" " -A dump -O dump.name=a b.txt" --regions -A dump -v -O "dump.name=a b.txt" --no-color
check "[--me-status][-n][-vn]" " --from y.snap --sysroot /tmp/r --devmem /tmp/m" --from y.snap --me-status -n --sysroot /tmp/r -vn --devmem /tmp/m
check "[--pci-ids][/usr/share/misc/pci ids][--pci-ids=it's]" "" --pci-ids "/usr/share/misc/pci ids" "--pci-ids=it's"
check "[--verbose][--numeric]" " --check -Adump -h --sa z" --verbose --check -Adump --numeric -h --sa z
check "" " --save" --save
echo "try-options: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
