#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# hostile.sh - hostile input against the built binary: each row of the table gives the
# tool a bad file (or a bad --save target) and asserts the exit code (src/failure.h, as
# spi-inspect --help lists it) and the message on stderr (FILE:LINE: where it applies).
# Never a crash: a signal, a sanitizer report or a second line of noise fails the row.
# The parser's own unit tests are tests/test-snapshot.c; this is the table end to end.
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
sample="$top_srcdir/data/samples/tigerlake-lp.snap"
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0 fail=0 skipped=0

# Exit codes, as src/failure.h names them.
EXIT_SNAPSHOT_SYNTAX=3 EXIT_INPUT=4 EXIT_SAVE=5 EXIT_NO_BRIDGE=15 EXIT_SPI_UNREADABLE=16

# The codes asserted here are the ones --help documents, with the same meaning.
"$SPI_INSPECT" --help >help.txt
for want in "3  --from: the snapshot is malformed" "4  --from: the file cannot be opened or read" \
	"5  --save, --output: refused" "15  no PCI devices" "16  chipset known, but its SPI registers could not be read"; do
	if grep -qF "$want" help.txt; then pass=$((pass + 1)); else
		echo "FAIL: spi-inspect --help does not say '$want'"; fail=$((fail + 1)); fi
done

# row NAME WANT_RC MESSAGE_ERE ARGS...: run the tool, assert exit code and the first line
# of stderr (an extended regex, anchored at the start: "spi-inspect: " is added).
row() {
	name=$1 want_rc=$2 want_msg=$3
	shift 3
	"$@" >out.txt 2>err.txt
	rc=$?
	problems=
	[ "$rc" -ge 128 ] && problems="$problems killed by signal $((rc - 128));"
	[ "$rc" = "$want_rc" ] || problems="$problems exit code $rc, expected $want_rc;"
	if [ -z "$want_msg" ]; then
		[ -s err.txt ] && problems="$problems stderr is not empty;"
	else
		head -n 1 err.txt | grep -qE "^spi-inspect: $want_msg" ||
			problems="$problems message does not match 'spi-inspect: $want_msg';"
	fi
	grep -qE 'Sanitizer|runtime error:|==[0-9]+==|Segmentation|Aborted' err.txt &&
		problems="$problems a sanitizer or the C library reported an error;"
	if [ -n "$want_msg" ] && [ "$(wc -l <err.txt)" -ne 1 ]; then
		problems="$problems stderr holds $(wc -l <err.txt) lines, expected one;"
	fi
	if [ -n "$problems" ]; then
		echo "FAIL: $name:$problems"
		sed 's/^/    stderr: /' err.txt | head -5
		fail=$((fail + 1))
	else
		printf 'PASS: %s (exit %s)%s\n' "$name" "$rc" "${want_msg:+: $(head -n 1 err.txt | cut -c 1-150)}"
		pass=$((pass + 1))
	fi
}
from() { row "$1" "$2" "$3" "$SPI_INSPECT" -n --no-color --from "$4"; }
hdr='spi-inspect-snapshot 1'

# ---- the snapshot file -------------------------------------------------------------------
: >empty.snap
from "empty file" $EXIT_SNAPSHOT_SYNTAX "empty\.snap:1: the file is empty" empty.snap

# Binary junk: 4 KiB of bytes 0x80..0xff (a fixed sequence), and a gzip'ed snapshot (NULs).
LC_ALL=C awk 'BEGIN { x = 7; for (i = 0; i < 4096; i++) { x = (x * 1103515245 + 12345) % 2147483648; printf "%c", 128 + x % 128 } }' >junk.snap
from "binary junk" $EXIT_SNAPSHOT_SYNTAX "junk\.snap:1: not a spi-inspect snapshot" junk.snap
gzip -nc "$sample" >gzipped.snap
from "binary junk (a gzip'ed snapshot)" $EXIT_SNAPSHOT_SYNTAX "gzipped\.snap:1: the line contains a NUL byte" gzipped.snap

{ echo "$hdr"; printf '# '; head -c 10485760 /dev/zero | tr '\0' a; echo; } >long.snap
from "a 10 MB line" $EXIT_SNAPSHOT_SYNTAX "long\.snap:2: the line is longer than 1 MiB" long.snap
{ head -c 10485760 /dev/zero | tr '\0' a; echo; } >long1.snap
from "a 10 MB first line" $EXIT_SNAPSHOT_SYNTAX "long1\.snap:1: the line is longer than 1 MiB" long1.snap
from "an endless file (/dev/zero)" $EXIT_SNAPSHOT_SYNTAX "/dev/zero: the file is larger than 64 MiB" /dev/zero

grep -v '^spi-inspect-snapshot' "$sample" >noheader.snap
from "missing header" $EXIT_SNAPSHOT_SYNTAX "noheader\.snap:1: not a spi-inspect snapshot: expected the header line 'spi-inspect-snapshot 1' here" noheader.snap
sed '1s/.*/spi-inspect-snapshot 2/' "$sample" >v2.snap
from "wrong header version" $EXIT_SNAPSHOT_SYNTAX "v2\.snap:1: snapshot format version '2' is not supported" v2.snap
sed '1s/.*/spi-inspect-snapshot 1 extra/' "$sample" >hdrjunk.snap
from "junk after the header" $EXIT_SNAPSHOT_SYNTAX "hdrjunk\.snap:1: unexpected 'extra'" hdrjunk.snap

# snap NAME LINE...: the header then the lines.
snap() { f=$1; shift; { echo "$hdr"; for l in "$@"; do printf '%s\n' "$l"; done; } >"$f"; }
snap kind.snap "pci 0000:00:1f.0 0x000 4 0xa0828086" "msr 0x1a0 8 0x1"
from "unknown record kind" $EXIT_SNAPSHOT_SYNTAX "kind\.snap:3: unknown record kind 'msr'" kind.snap
snap width.snap "pci 0000:00:1f.0 0x000 3 0xa0828086"
from "bad width (3)" $EXIT_SNAPSHOT_SYNTAX "width\.snap:2: width '3' is not 1, 2, 4 or 8" width.snap
snap width16.snap "mem 0xfe010000 16 0x0"
from "bad width (16)" $EXIT_SNAPSHOT_SYNTAX "width16\.snap:2: width '16' is not 1, 2, 4 or 8" width16.snap
snap hex.snap "pci 0000:00:1f.0 0x000 4 0xa08g8086"
from "bad hex (a non-hex digit)" $EXIT_SNAPSHOT_SYNTAX "hex\.snap:2: value '0xa08g8086' is not a hex number: 'g' is not a hex digit" hex.snap
snap hex0x.snap "pci 0000:00:1f.0 0x000 4 a0828086"
from "bad hex (no 0x)" $EXIT_SNAPSHOT_SYNTAX "hex0x\.snap:2: value 'a0828086' is not a hex number" hex0x.snap
snap hex64.snap "mem 0xfe0100000000000000 4 0x0"
from "bad hex (beyond 64 bits)" $EXIT_SNAPSHOT_SYNTAX "hex64\.snap:2: address '0xfe0100000000000000' does not fit in 64 bits" hex64.snap
snap fits.snap "pci 0000:00:1f.0 0x000 2 0x18086"
from "value wider than its width" $EXIT_SNAPSHOT_SYNTAX "fits\.snap:2: value '0x18086' does not fit in 2 bytes" fits.snap
snap off.snap "pci 0000:00:1f.0 0x1000 4 0x0"
from "out-of-range offset" $EXIT_SNAPSHOT_SYNTAX "off\.snap:2: offset '0x1000' is outside config space" off.snap
snap offend.snap "pci 0000:00:1f.0 0xffe 4 0x0"
from "offset + width past config space" $EXIT_SNAPSHOT_SYNTAX "offend\.snap:2: offset 0xffe with width 4 runs past the end of config space" offend.snap
snap align.snap "mem 0xfe010002 4 0x0"
from "unaligned memory address" $EXIT_SNAPSHOT_SYNTAX "align\.snap:2: address 0xfe010002 is not a multiple of the width 4" align.snap
snap dev.snap "pci 0000:00:20.0 0x000 4 0x0"
from "PCI device number above 1f" $EXIT_SNAPSHOT_SYNTAX "dev\.snap:2: device 20 in '0000:00:20\.0' is above 1f" dev.snap
snap errno.snap "pci 0000:00:1f.5 0x0dc 4 !EWHATEVER"
from "unknown error name" $EXIT_SNAPSHOT_SYNTAX "errno\.snap:2: unknown error name '!EWHATEVER'" errno.snap
snap quote.snap 'file /proc/cmdline "quiet'
from "unclosed quoted string" $EXIT_SNAPSHOT_SYNTAX 'quote\.snap:2: the quoted string has no closing "' quote.snap
snap rel.snap 'file proc/cmdline "quiet"'
from "relative path" $EXIT_SNAPSHOT_SYNTAX "rel\.snap:2: path 'proc/cmdline' is not absolute" rel.snap

# Duplicate lines: allowed (snapshot-format.md: a later line replaces an earlier one).
# Every line twice gives the report of the sample itself; a later line wins.
mkdir -p a b
cp "$sample" a/s.snap
awk 'NR == 1 { print; next } { print; print }' "$sample" >b/s.snap
(cd a && "$SPI_INSPECT" -n --no-color --from s.snap >../a.out 2>&1); rc_a=$?
row "duplicate lines (every line twice)" $rc_a "" sh -c 'cd b && exec "$0" -n --no-color --from s.snap' "$SPI_INSPECT"
cmp -s a.out out.txt && pass=$((pass + 1)) || { echo "FAIL: duplicate lines: the report differs from the sample's"; fail=$((fail + 1)); }
{ cat "$sample"; echo "pci 0000:00:1f.0 0x000 4 0xffffffff"; echo "pci 0000:00:1f.5 0x000 4 0xffffffff"; } >later.snap
from "duplicate line, the later one wins (the bridge reads all ones)" $EXIT_NO_BRIDGE "There is no device at 00:1f\.0" later.snap

# CRLF line ends (a browser or an editor on the way): the same report as LF.
mkdir -p c
sed 's/$/\r/' "$sample" >c/s.snap
row "CRLF line ends" $rc_a "" sh -c 'cd c && exec "$0" -n --no-color --from s.snap' "$SPI_INSPECT"
cmp -s a.out out.txt && pass=$((pass + 1)) || { echo "FAIL: CRLF line ends: the report differs from the LF sample's"; fail=$((fail + 1)); }
printf '%s\npci 0000:00:1f.0 0x000 4 0xa0828086\r\r\n' "$hdr" >cr.snap
from "a bare carriage return" $EXIT_SNAPSHOT_SYNTAX "cr\.snap:2: the line contains a carriage return" cr.snap

{ echo "$hdr"; printf 'pci 0000:00:1f.0 0x000 4 0xa0828086\n# a comment\000 with NUL\n'; } >nul.snap
from "NUL bytes" $EXIT_SNAPSHOT_SYNTAX "nul\.snap:3: the line contains a NUL byte" nul.snap

# A snapshot whose devices read all ones (every pci line of the sample set to all ones):
# no device is present, said as such (unknown is not zero).
awk '$1 == "pci" && $5 !~ /^!/ { v = "0x"; for (i = 0; i < 2 * $4; i++) v = v "f"; $5 = v } { print }' "$sample" >ones.snap
from "every device reads all ones" $EXIT_NO_BRIDGE "No PCI device was found at all" ones.snap
# The SPI controller alone reads all ones (hidden, no MCFG to reach it through ECAM): a
# report whose SPI facts are unknown, with the reason, and exit 16. The finding is in the
# report; stderr stays quiet (main.c's one-line warning is for env.* and chipset.* only).
{ cat "$sample"; echo "pci 0000:00:1f.5 0x000 4 0xffffffff"; } >spi-hidden.snap
row "the SPI controller reads all ones" $EXIT_SPI_UNREADABLE "The SPI controller.s registers could not be read: .*reads as all ones.*finding spi.unreadable" "$SPI_INSPECT" -n --no-color --json --from spi-hidden.snap
if grep -q '"id": "spi.unreadable"' out.txt && grep -q 'reads as all ones' out.txt; then
	pass=$((pass + 1))
else
	echo "FAIL: SPI controller all ones: no spi.unreadable finding saying 'reads as all ones' in --json"
	fail=$((fail + 1))
fi

# ---- files that cannot be read -------------------------------------------------------------
from "nonexistent file" $EXIT_INPUT "nonexistent\.snap: cannot read the snapshot: No such file or directory \(ENOENT\)" nonexistent.snap
mkdir -p adir
from "a directory" $EXIT_INPUT "adir: cannot read the snapshot: Is a directory \(EISDIR\)" adir
from "a file whose read fails (/proc/self/mem: EIO)" $EXIT_INPUT "/proc/self/mem: cannot read the snapshot: Input/output error \(EIO\)" /proc/self/mem
cp "$sample" locked.snap
chmod 000 locked.snap
if [ "$(id -u)" -ne 0 ]; then
	from "unreadable file (mode 000)" $EXIT_INPUT "locked\.snap: cannot read the snapshot: Permission denied \(EACCES\)" locked.snap
elif command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
	chmod 755 "$tmp"
	row "unreadable file (mode 000, read as nobody)" $EXIT_INPUT \
		".*/locked\.snap: cannot read the snapshot: Permission denied \(EACCES\)" \
		setpriv --reuid=nobody --regid=nogroup --clear-groups "$SPI_INSPECT" -n --from "$tmp/locked.snap"
else
	echo "SKIP: unreadable file: running as root, which reads a mode-000 file, and setpriv cannot switch to nobody here"
	skipped=$((skipped + 1))
fi

# ---- --save onto what it must not write -----------------------------------------------------
echo "keep me" >exists.txt
row "--save onto an existing file" $EXIT_SAVE "exists\.txt: refusing to save: the file already exists" \
	"$SPI_INSPECT" -n --from "$sample" --save exists.txt
ln -s target-of-link link.snap
row "--save onto a symlink (dangling)" $EXIT_SAVE "link\.snap: refusing to save: the path is a symbolic link" \
	"$SPI_INSPECT" -n --from "$sample" --save link.snap
row "--save --force onto a symlink" $EXIT_SAVE "link\.snap: refusing to save: the path is a symbolic link" \
	"$SPI_INSPECT" -n --from "$sample" --save link.snap --force
ln -s exists.txt link2.snap
row "--save --force onto a symlink to an existing file" $EXIT_SAVE "link2\.snap: refusing to save: the path is a symbolic link" \
	"$SPI_INSPECT" -n --from "$sample" --save link2.snap --force
row "--save onto a directory" $EXIT_SAVE "adir: refusing to save: the path is a directory" \
	"$SPI_INSPECT" -n --from "$sample" --save adir
row "--save --force onto a directory" $EXIT_SAVE "adir: refusing to save: the path is a directory" \
	"$SPI_INSPECT" -n --from "$sample" --save adir --force
row "--save onto /dev/null" $EXIT_SAVE "/dev/null: refusing to save a snapshot under /dev" \
	"$SPI_INSPECT" -n --from "$sample" --save /dev/null --force
# None of them wrote anything.
if [ "$(cat exists.txt)" = "keep me" ] && [ ! -e target-of-link ] && [ -z "$(ls -A adir)" ]; then
	pass=$((pass + 1))
else
	echo "FAIL: a refused --save changed a file: exists.txt, target-of-link or adir/"
	fail=$((fail + 1))
fi

echo "hostile: $pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ] || exit 1
# a check that could not run here is an automake SKIP (exit 77), its reason above
[ "$skipped" -eq 0 ] || exit 77
