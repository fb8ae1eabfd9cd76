#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# image-oracles.sh [flashrom|ifdtool|fmap|layout]: the image decoder (tests/image-dump) against
# the tools that parse the same bytes, run live (Debian 12: flashrom 1.3.0,
# coreboot-utils 4.15). With an argument, only that part runs.
#  flashrom: each of the 46 corpus descriptors, padded with zeros to a chip size in a
#    temporary directory, read by flashrom's dummy programmer with --ifd -V; every
#    "Added layout entry BASE - LIMIT named NAME" line flashrom prints must be a region
#    the decoder found used, with the same name, and no other.
#  ifdtool: the four descriptors whose stored ifdtool decode is unreliable (ifdtool
#    4.15 knows neither Meteor Lake nor C741): ifdtool run now with the -p of a
#    platform whose descriptor has the same layout in ifdtool's own code (adl for
#    Meteor Lake: both IFDv2 with the extended FLMSTR bits, is_platform_ifd_2() and
#    platform_has_extended_regions(); lbg for C741: IFDv2 without them, as flashrom's
#    C740 rows), every FLMSTR access bit against the decoder's.
#  fmap: FMAP fixtures written by fmaptool (an .fmd) into images created by cbfstool;
#    every area `cbfstool layout -w` lists must be an area the decoder found (name,
#    offset, size) and no other; the FMAP at a 64 KiB and at a 256-byte (not 4 KiB)
#    aligned offset.
#  layout: images with the corpus's google-link descriptor (bios 0x200000-0x7fffff) and
#    an FMAP whose SI_BIOS agrees or not (other offset, other size): `ifdtool -t` exits 1
#    exactly when image_layout_mismatch() names a region, and names the same one.
# SKIP (77) with the reason when the corpus or a tool is missing.
set -u
LC_ALL=C
export LC_ALL
dump=${top_builddir:-$(cd "$(dirname "$0")/.." && pwd)/build}/tests/image-dump
corpus=${CORPUS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/../shared/corpus}/descriptors
part=${1:-all}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/image-oracles.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 skipped=0

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
PATH=$PATH:/usr/sbin:/sbin

[ -x "$dump" ] || { echo "SKIP: $dump is not built (make check builds it)"; exit 77; }

# The padded copy of descriptor $1 in $2, at the smallest power-of-two size holding
# its regions (1 MiB at least); prints the size.
pad() {
	cp "$1" "$2.probe" && truncate -s 64M "$2.probe" || return 1
	top_=$("$dump" "$2.probe" | awk 'function hex(s,  i, v) { s = tolower(s); sub(/^0x/, "", s); v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
	$1 == "region" && $4 == 1 { l = hex($6); if (l > m) m = l }
		END { s = 1048576; while (s <= m) s *= 2; print s }')
	rm -f "$2.probe"
	cp "$1" "$2" && truncate -s "$top_" "$2" && echo "$top_"
}

part_flashrom() {
	have flashrom || { echo "skip flashrom: flashrom is not installed"; skipped=$((skipped + 1)); return; }
	n=0
	for bin in "$corpus"/*-descriptor.bin; do
		name=$(basename "$bin" -descriptor.bin)
		size=$(pad "$bin" "$tmp/img") || { bad "$name: cannot make the padded image"; continue; }
		flashrom -p "dummy:emulate=VARIABLE_SIZE,size=$size,image=$tmp/img" -c "Opaque flash chip" \
			-V --ifd -i fd -r "$tmp/out" >"$tmp/fr.log" 2>&1 || {
			bad "$name: flashrom failed: $(grep -i error "$tmp/fr.log" | head -2)"
			continue
		}
		sed -n 's/^Added layout entry \([0-9a-f]*\) - \([0-9a-f]*\) named \(.*\)$/\3 0x\1 0x\2/p' \
			"$tmp/fr.log" | grep -v '^complete flash ' | sort >"$tmp/fr.txt"
		"$dump" "$tmp/img" >"$tmp/dump.txt" || { bad "$name: image-dump failed"; continue; }
		awk '$1 == "region" && $4 == 1 { print $3, $5, $6 }' "$tmp/dump.txt" | sort >"$tmp/ours.txt"
		if cmp -s "$tmp/fr.txt" "$tmp/ours.txt"; then
			ok
			n=$((n + $(wc -l <"$tmp/ours.txt")))
		else
			bad "$name: flashrom's layout and the decoder's differ (< flashrom, > decoder):"
			diff "$tmp/fr.txt" "$tmp/ours.txt" | sed 's/^/    /'
		fi
		rm -f "$tmp/img" "$tmp/out"
	done
	echo "flashrom: $pass descriptors agree, $n regions"
}

# ifdtool's access lines as "master region r|w 0|1" (its region names -> index)
ifdtool_bits() {
	awk '/^FLMSTR[0-9]+:/ { m = substr($1, 7) + 0 }
	     / Access: / && m {
		idx = -1
		if ($0 ~ /Flash Descriptor /) idx = 0; else if ($0 ~ /Host CPU\/BIOS Region/) idx = 1
		else if ($0 ~ /Intel ME Region/) idx = 2; else if ($0 ~ /GbE Region/) idx = 3
		else if ($0 ~ /Platform Data Region/) idx = 4; else if ($0 ~ /EC Region/) idx = 8
		if (idx < 0) { print "unknown line: " $0; next }
		print m, idx, ($0 ~ /Write Access/ ? "w" : "r"), ($0 ~ /enabled/ ? 1 : 0)
	     }' "$1" | sort -u
}

# the decoder's bits for the same (master, region) pairs
our_bits() {
	awk 'function hex(s,  i, v) { s = tolower(s); sub(/^0x/, "", s); v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
	NR == FNR { want[$1 " " $2 " " $3] = 1; next }
	     $1 == "master" { m = $2; r = hex($4); w = hex($5)
		for (i = 0; i < 16; i++) {
			if ((m " " i " r") in want) print m, i, "r", int(r / 2^i) % 2
			if ((m " " i " w") in want) print m, i, "w", int(w / 2^i) % 2
		} }' "$1" "$2" | sort -u
}

part_ifdtool() {
	have ifdtool || { echo "skip ifdtool: ifdtool is not installed (coreboot-utils)"; skipped=$((skipped + 1)); return; }
	n=0
	for pair in dasharo-novacustom-nuc_box:adl dasharo-novacustom-v5x0tnx:adl \
		dasharo-novacustom-v5x0tu:adl dasharo-asrock-spc741d8:lbg; do
		name=${pair%:*} plat=${pair#*:}
		bin=$corpus/$name-descriptor.bin
		[ -f "$bin" ] || { bad "$name: not in the corpus"; continue; }
		cp "$bin" "$tmp/d.bin"
		ifdtool -p "$plat" -d "$tmp/d.bin" >"$tmp/ifd.txt" 2>&1 || { bad "$name: ifdtool -p $plat failed"; continue; }
		ifdtool_bits "$tmp/ifd.txt" >"$tmp/theirs.txt"
		pad "$bin" "$tmp/img" >/dev/null && "$dump" "$tmp/img" >"$tmp/dump.txt" || { bad "$name: image-dump failed"; continue; }
		our_bits "$tmp/theirs.txt" "$tmp/dump.txt" >"$tmp/ours.txt"
		if [ -s "$tmp/theirs.txt" ] && cmp -s "$tmp/theirs.txt" "$tmp/ours.txt"; then
			ok
			n=$((n + $(wc -l <"$tmp/ours.txt")))
		else
			bad "$name: ifdtool -p $plat and the decoder differ (< ifdtool, > decoder):"
			diff "$tmp/theirs.txt" "$tmp/ours.txt" | head -10 | sed 's/^/    /'
		fi
	done
	echo "ifdtool: $n access bits of the unreliable decodes agree with ifdtool run with -p"
}

part_fmap() {
	have fmaptool && have cbfstool || { echo "skip fmap: fmaptool/cbfstool are not installed (coreboot-utils)"; skipped=$((skipped + 1)); return; }
	for fmapat in "" "@0x110100"; do
		cat >"$tmp/x.fmd" <<-EOF
		FLASH@0 0x800000 {
			SI_ALL@0 0x200000 {
				SI_DESC@0 0x1000
				SI_ME@0x1000 0x1ff000
			}
			SI_BIOS@0x200000 0x600000 {
				RW_SECTION_A@0 0x100000 {
					VBLOCK_A@0 0x10000
					FW_MAIN_A(CBFS)@0x10000 0xf0000
				}
				RW_MRC_CACHE@0x100000 0x10000
				FMAP$fmapat 0x800
				COREBOOT(CBFS)@0x200000 0x400000
			}
		}
		EOF
		rm -f "$tmp/img.rom"
		fmaptool "$tmp/x.fmd" "$tmp/x.fmap" >/dev/null 2>&1 &&
			cbfstool "$tmp/img.rom" create -M "$tmp/x.fmap" >/dev/null 2>&1 &&
			cbfstool "$tmp/img.rom" layout -w >"$tmp/layout.txt" 2>&1 || {
			bad "fmaptool/cbfstool could not build the fixture (FMAP$fmapat): $(cat "$tmp/layout.txt" 2>/dev/null | head -2)"
			continue
		}
		sed -n "s/^'\([^']*\)' (.*size \([0-9]*\), offset \([0-9]*\))$/\1 \3 \2/p" "$tmp/layout.txt" | sort >"$tmp/theirs.txt"
		"$dump" "$tmp/img.rom" >"$tmp/dump.txt" || { bad "image-dump failed on the FMAP fixture"; continue; }
		awk 'function hex(s,  i, v) { s = tolower(s); sub(/^0x/, "", s); v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
	$1 == "area" { printf "%s %d %d\n", $7, hex($3), hex($4) }' "$tmp/dump.txt" | sort >"$tmp/ours.txt"
		if [ "$(wc -l <"$tmp/theirs.txt")" -ge 10 ] && cmp -s "$tmp/theirs.txt" "$tmp/ours.txt"; then
			ok
			echo "fmap: FMAP$fmapat: $(wc -l <"$tmp/ours.txt") areas agree with cbfstool layout -w, $(sed -n 's/^fmap.offset=//p' "$tmp/dump.txt"), $(sed -n 's/^pages_read=//p' "$tmp/dump.txt") pages read"
		else
			bad "FMAP$fmapat: cbfstool's layout and the decoder's areas differ (< cbfstool, > decoder):"
			diff "$tmp/theirs.txt" "$tmp/ours.txt" | sed 's/^/    /'
		fi
		# nesting: FW_MAIN_A's parent is RW_SECTION_A, whose parent is SI_BIOS
		awk '$1 == "area" { name[$2] = $7; parent[$7] = $6 }
		     END { p = parent["FW_MAIN_A"]; q = parent[name[p]]
			   exit !(name[p] == "RW_SECTION_A" && name[q] == "SI_BIOS" && parent["SI_BIOS"] == -1) }' \
			"$tmp/dump.txt" && ok || bad "FMAP$fmapat: FW_MAIN_A is not nested in RW_SECTION_A in SI_BIOS"
	done
}

part_layout() {
	have fmaptool && have cbfstool && have ifdtool || { echo "skip layout: coreboot-utils is not installed"; skipped=$((skipped + 1)); return; }
	for bios in "@0x200000 0x600000" "@0x300000 0x500000" "@0x200000 0x500000"; do
		cat >"$tmp/t.fmd" <<-EOF
		FLASH@0 0x800000 {
			SI_ALL@0 0x200000 {
				SI_DESC@0 0x1000
				SI_ME@0x1000 0x1ff000
			}
			SI_BIOS$bios {
				FMAP@0 0x800
				COREBOOT(CBFS)@0x1000 0x100000
			}
		}
		EOF
		rm -f "$tmp/t.rom"
		fmaptool "$tmp/t.fmd" "$tmp/t.fmap" >/dev/null 2>&1 && cbfstool "$tmp/t.rom" create -M "$tmp/t.fmap" >/dev/null 2>&1 &&
			dd if="$corpus/google-link-descriptor.bin" of="$tmp/t.rom" conv=notrunc 2>/dev/null ||
			{ bad "layout: cannot build the image (SI_BIOS$bios)"; continue; }
		rc=0
		ifdtool -t "$tmp/t.rom" >"$tmp/t.txt" 2>&1 || rc=$?
		theirs=$(sed -n 's/^Region mismatch between \([^ ]*\) and .*/\1/p' "$tmp/t.txt" | head -n 1)
		ours=$("$dump" "$tmp/t.rom" | sed -n 's/^layout_mismatch=//p')
		if { [ "$rc" -eq 0 ] && [ "$ours" = none ]; } || { [ "$rc" -eq 1 ] && [ "$ours" = "${theirs:-?}" ]; }; then
			ok
			echo "layout: SI_BIOS$bios: ifdtool -t exit $rc${theirs:+ ($theirs)}, decoder: $ours"
		else
			bad "layout: SI_BIOS$bios: ifdtool -t exit $rc (${theirs:-no mismatch}), the decoder says $ours"
		fi
	done
}

if [ ! -d "$corpus" ] && [ "$part" != fmap ]; then
	echo "skip flashrom, ifdtool, layout: the corpus is not at $corpus"
	part=fmap
	skipped=$((skipped + 3))
fi
case $part in
flashrom) part_flashrom ;;
ifdtool) part_ifdtool ;;
fmap) part_fmap ;;
layout) part_layout ;;
all) part_flashrom; part_ifdtool; part_fmap; part_layout ;;
*) echo "usage: $0 [flashrom|ifdtool|fmap|layout]" >&2; exit 99 ;;
esac
echo "image-oracles: $pass passed, $fail failed, $skipped parts skipped"
[ "$fail" -eq 0 ] || exit 1
[ "$pass" -gt 0 ] || exit 77
exit 0
