#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# output.sh: --output FILE end to end. The file is replaced whole (a reader running at the
# same time sees the old report or the new one, never part of one; a hard link to the old
# file keeps the old report), has mode 0644 whatever the umask, leaves no temporary file
# behind, is left as it was when the run fails before its report, and is refused with exit
# code 5 (as --save) under /dev, /sys and /proc (also through a symbolic link) and for a directory.
# The option combinations --output and --prometheus refuse exit 2.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
SOURCE_DATE_EPOCH=1700000000 LC_ALL=C TZ=UTC
export SOURCE_DATE_EPOCH LC_ALL TZ
EXIT_USAGE=2 EXIT_INPUT=4 EXIT_OUTPUT=5
a="$top_srcdir/data/samples/tigerlake-lp.snap" b="$top_srcdir/tests/snapshots/ich7.snap"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0 fail=0
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
ko() { echo "FAIL: $*"; fail=$((fail + 1)); }
only_file() { # only_file DIR NAME: DIR holds NAME and nothing else (no temporary file)
	[ "$(ls -A "$1")" = "$2" ]
}

"$SPI_INSPECT" --prometheus --from "$a" >a.prom
"$SPI_INSPECT" --prometheus --from "$b" >b.prom
mkdir d
(umask 077; "$SPI_INSPECT" --prometheus --from "$a" --output d/out.prom)
rc=$?
[ "$rc" = 0 ] && cmp -s a.prom d/out.prom && ok "--output writes what stdout would" || ko "--output: exit $rc or other bytes"
[ "$(stat -c %a d/out.prom)" = 644 ] && ok "mode 0644 under umask 077" || ko "mode $(stat -c %a d/out.prom)"
only_file d out.prom && ok "no temporary file left" || ko "left in the directory: $(ls -A d)"

ln d/out.prom old-link.prom
ino=$(stat -c %i d/out.prom)
"$SPI_INSPECT" --prometheus --from "$b" --output d/out.prom
cmp -s b.prom d/out.prom && cmp -s a.prom old-link.prom && [ "$(stat -c %i d/out.prom)" != "$ino" ] &&
	ok "replaced by rename: new inode, a hard link to the old file keeps the old report" ||
	ko "the file was not replaced by a rename"

"$SPI_INSPECT" --json --from "$a" >a.json
"$SPI_INSPECT" --json --from "$a" --output d/out.json && cmp -s a.json d/out.json &&
	"$SPI_INSPECT" --no-color --from "$a" --output d/out.txt && [ -s d/out.txt ] &&
	! grep -q "$(printf '\033')" d/out.txt && ok "--json and the text report go to --output too (no colours)" ||
	ko "--output with --json or the text report"
rm -f d/out.json d/out.txt

ln -s "$tmp/a.prom" d/link.prom
"$SPI_INSPECT" --prometheus --from "$b" --output d/link.prom
[ -f d/link.prom ] && [ ! -L d/link.prom ] && cmp -s b.prom d/link.prom && ! cmp -s b.prom a.prom &&
	"$SPI_INSPECT" --prometheus --from "$a" | cmp -s - a.prom &&
	ok "a symbolic link at FILE is replaced, its target left alone" || ko "a symbolic link at FILE was followed"
rm -f d/link.prom

cp d/out.prom before.prom
"$SPI_INSPECT" --prometheus --from "$tmp/no-such.snap" --output d/out.prom 2>err.txt
rc=$?
[ "$rc" = "$EXIT_INPUT" ] && cmp -s before.prom d/out.prom && only_file d out.prom &&
	ok "a run that fails before its report (exit $rc) leaves FILE as it was" ||
	ko "failed run: exit $rc, FILE changed or a temporary file left: $(ls -A d)"

# A reader never sees half a report: the file always equals one of the two whole reports.
i=0
while [ $i -lt 40 ]; do
	"$SPI_INSPECT" --prometheus --from "$a" --output d/out.prom
	"$SPI_INSPECT" --prometheus --from "$b" --output d/out.prom
	i=$((i + 1))
done &
writer=$!
reads=0 torn=0
while kill -0 "$writer" 2>/dev/null; do
	cat d/out.prom >read.prom 2>/dev/null || continue
	reads=$((reads + 1))
	cmp -s read.prom a.prom || cmp -s read.prom b.prom || torn=$((torn + 1))
done
wait "$writer"
[ "$torn" = 0 ] && [ "$reads" -gt 0 ] && ok "$reads reads during 80 rewrites: every one a whole report" ||
	ko "$torn of $reads reads during rewrites were not a whole report"
only_file d out.prom && ok "no temporary file left after 80 rewrites" || ko "left: $(ls -A d)"

# refuse WHAT PATH: exit 5, the what/why/do message, nothing written there.
refuse() {
	"$SPI_INSPECT" --prometheus --from "$a" --output "$2" >out.txt 2>err.txt
	rc=$?
	if [ "$rc" = "$EXIT_OUTPUT" ] && grep -q "^spi-inspect: $2: .*(.*--output" err.txt && [ ! -s out.txt ]; then
		ok "refused with exit 5: $1"
	else
		ko "$1: exit $rc: $(cat err.txt)"
	fi
}
refuse "/dev/null" /dev/null
refuse "a new file under /dev" /dev/spi-inspect-test.prom
refuse "under /proc" /proc/self/comm
refuse "under /sys" /sys/kernel/spi-inspect.prom
ln -s /dev devlink
refuse "/dev through a symbolic link to the directory" devlink/spi-inspect.prom
refuse "a directory" d
refuse "a directory that does not exist" no-such-dir/out.prom
[ -e /dev/spi-inspect-test.prom ] && ko "a file appeared under /dev" || ok "nothing appeared under /dev"

# usage WHAT ARGS...: exit 2 with a message
usage() {
	what=$1; shift
	"$SPI_INSPECT" "$@" >out.txt 2>err.txt
	rc=$?
	[ "$rc" = "$EXIT_USAGE" ] && grep -q '^spi-inspect: ' err.txt && [ ! -e never.prom ] &&
		ok "usage error: $what" || ko "usage error: $what: exit $rc"
}
usage "--check with --output" --check --from "$a" --output never.prom
usage "--prometheus with two --from" --prometheus --from "$a" --from "$b"
usage "--prometheus with --regions" --prometheus --regions --from "$a"
usage "--prometheus with --json" --prometheus --json --from "$a"
SOURCE_DATE_EPOCH=yesterday usage "SOURCE_DATE_EPOCH not a number" --prometheus --from "$a"
echo "output: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
