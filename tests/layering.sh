#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Dependencies point one way, lowest first (STYLE.md): hw, reg, chipset, spi/me/image/
# machine (collect, decode), report (judge, the flash plan included), renderers, the
# pipeline, main. Every #include "..." in src/ must name a file of the same layer or a
# lower one; an include that goes up a layer fails here with its file:line. Edges known and being removed are listed in tests/layering.allow
# ("FROM -> TO", one a line, each with a comment saying who removes it).
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
allow="$top_srcdir/tests/layering.allow"

# layer FILE (relative to src/): prints the layer's rank and name. base: headers every
# layer may use (the failure type, the build's config.h).
layer() {
	case $1 in
	array.h|failure.h|failure.c|config.h) echo "0 base" ;;
	hw/*) echo "1 hw" ;;
	reg.h|reg.c) echo "2 reg" ;;
	chipset/*) echo "3 chipset" ;;
	spi/*|me/*|image/*|env.h|env.c|machine.h|machine.c) echo "4 collect/decode" ;;
	report/judge*|report/verdict.*|report/findings.*|report/catalogue*|report/firmware_advice.*|\
	report/plan.*|report/plan_commands.c|report/plan_int.h|report/inspection.h) echo "5 judge" ;;
	report/*) echo "6 renderers" ;;
	inspect.h|inspect.c) echo "7 pipeline" ;;
	main.c) echo "8 main" ;;
	*) echo "? unknown" ;;
	esac
}

cd "$top_srcdir/src" || exit 99
fail=0 edges=0 known=0
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.inc" "$tmp.used" "$tmp.stale"' EXIT
find . -name '*.[ch]' | sed 's|^\./||' | LC_ALL=C sort >"$tmp"
while read -r file; do
	set -- $(layer "$file")
	from_rank=$1 from_name=$2
	if [ "$from_rank" = "?" ]; then
		echo "src/$file: not in any layer: add it to layer() in tests/layering.sh"
		fail=$((fail + 1))
		continue
	fi
	# "LINE:#include "path"" for every quoted include
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" |
		sed 's/^\([0-9]*\):.*"\(.*\)".*/\1 \2/' >"$tmp.inc"
	while read -r line inc; do
		set -- $(layer "$inc")
		to_rank=$1 to_name=$2
		edges=$((edges + 1))
		[ "$to_rank" = "?" ] && continue # a system or test header
		[ "$to_rank" -le "$from_rank" ] && continue
		if grep -qx "src/$file -> src/$inc" "$allow" 2>/dev/null; then
			echo "src/$file -> src/$inc" >>"$tmp.used"
			known=$((known + 1))
			continue
		fi
		echo "src/$file:$line: includes src/$inc: $from_name ($from_rank) may not use $to_name ($to_rank), a higher layer"
		fail=$((fail + 1))
	done <"$tmp.inc"
	rm -f "$tmp.inc"
done <"$tmp"
# An allowed edge that is gone must leave the list, or the list hides the next one.
grep -v '^#' "$allow" 2>/dev/null | grep . | while read -r edge; do
	grep -qxF "$edge" "$tmp.used" 2>/dev/null ||
		echo "tests/layering.allow: \"$edge\" is no longer an include: delete the line"
done >"$tmp.stale"
cat "$tmp.stale"
fail=$((fail + $(wc -l <"$tmp.stale")))
echo "layering: $edges includes checked, $known known back edges (tests/layering.allow), $fail new"
[ "$fail" -eq 0 ]
