#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# image.sh [BUILD_DIR] - what decoding an image costs (--image, --backup): time and pages read.
#
# Prints a Markdown section on stdout (bench/run appends it to its report). For
# sparse 8, 32 and 64 MiB images and a 4 GiB one, each with a real descriptor at 0
# (the corpus's google-link descriptor, 8 MiB layout; the synthetic 6-series seed
# when the corpus is absent) and no FMAP, and for the worst case (a 64 MiB image
# with data in every page and no FMAP: the FMAP search reads each page twice), it
# runs tests/image-dump (image_decode, printed) BENCH_IMAGE_RUNS times (default 200)
# next to /bin/true in the same loop, and reports the median wall time of each, the
# difference, and the 4 KiB pages the decoder read (pread() calls, from its own
# count). The target (issue 15): within 5 ms of /bin/true for 64 MiB.
# Environment: BENCHRUN (bench/benchrun, built here when unset), BENCH_IMAGE_RUNS.
set -u
LC_ALL=C
export LC_ALL
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
build=${1:-$top/build}
runs=${BENCH_IMAGE_RUNS:-200}
dump=$build/tests/image-dump

work=$(mktemp -d "${TMPDIR:-/tmp}/spi-bench-image.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
echo "## Image decoding (--image, --backup)"
echo
if [ ! -x "$dump" ] && ! make -C "$build" tests/image-dump >/dev/null 2>&1; then
	echo "skipped: $dump could not be built (make -C $build tests/image-dump)"
	exit 0
fi
if [ -z "${BENCHRUN:-}" ]; then
	BENCHRUN=$work/benchrun
	cc -O2 -o "$BENCHRUN" "$here/benchrun.c" || { echo "skipped: cannot build bench/benchrun.c"; exit 0; }
fi

desc=$top/../shared/corpus/descriptors/google-link-descriptor.bin
if [ -f "$desc" ]; then
	cp "$desc" "$work/desc.bin"
	what="the google-link descriptor (corpus)"
else
	tail -c +2 "$top/tests/data/image-seeds/ifd/pch6" >"$work/desc.bin"
	what="the synthetic 6-series descriptor of tests/data/image-seeds (the corpus is absent)"
fi

# median of the KEY_ns= values (wall, cpu) benchrun prints, in ms with 3 decimals
median_ms() {
	sed -n "s/.*$2_ns=\([0-9]*\).*/\1/p" "$1" | sort -n |
		awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f", m / 1e6 }'
}

echo "Each image: $what at offset 0, no FMAP; median of $runs runs of tests/image-dump (image_decode, printed) and of /bin/true, in the same run."
echo
echo "| image | pages read (4 KiB) | FMAP offsets probed | decode ms | /bin/true ms | difference ms | decode CPU ms | /bin/true CPU ms |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for spec in 8M:sparse 32M:sparse 64M:sparse 4G:sparse 64M:dense; do
	size=${spec%:*} kind=${spec#*:}
	img=$work/img-$size-$kind.rom
	if [ "$kind" = dense ]; then
		# every page holds data (0xff, as erased flash): nothing for the hole skipping to skip
		head -c 67108864 /dev/zero | tr '\000' '\377' >"$img" && dd if="$work/desc.bin" of="$img" conv=notrunc 2>/dev/null
	else
		cp "$work/desc.bin" "$img" && truncate -s "$size" "$img"
	fi || { echo "| $size $kind | skipped: cannot make the file in ${TMPDIR:-/tmp} | | | | |"; continue; }
	"$dump" "$img" >"$work/out.txt" 2>&1 || { echo "| $size $kind | decode failed: $(tail -n 1 "$work/out.txt") | | | | |"; continue; }
	pages=$(sed -n 's/^pages_read=//p' "$work/out.txt")
	probes=$(sed -n 's/^fmap.offsets_checked=//p' "$work/out.txt")
	"$dump" "$img" >/dev/null 2>&1 # warm the page cache as for every run after
	"$BENCHRUN" -n "$runs" -- "$dump" "$img" >"$work/t-dump.txt"
	"$BENCHRUN" -n "$runs" -- /bin/true >"$work/t-true.txt"
	d=$(median_ms "$work/t-dump.txt" wall) t=$(median_ms "$work/t-true.txt" wall)
	dc=$(median_ms "$work/t-dump.txt" cpu) tc=$(median_ms "$work/t-true.txt" cpu)
	echo "| $size $kind | $pages | $probes | $d | $t | $(awk -v a="$d" -v b="$t" 'BEGIN { printf "%.3f", a - b }') | $dc | $tc |"
	rm -f "$img"
done
echo
echo "Wall time depends on the machine's load (load average at the end: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null)); CPU time (user + system, from wait4) much less."
echo "Pages read: 4 KiB pages fetched with pread() (the FMAP search's sub-page walk fetches up to 16 per call); pages in holes of a sparse file read as zeros without one. The dense 64 MiB image is the worst case: with no FMAP, the search probes every 256-byte offset (src/image/fmap.c)."
