# SPDX-License-Identifier: GPL-2.0-or-later
# gen-pci-ids.awk - turn data/pci-ids into src/chipset/pci-ids.c (chipset_ids[], sorted).
#
# Usage: awk -v name=data/pci-ids -f tools/gen-pci-ids.awk PATH/TO/data/pci-ids > pci-ids.c
# "name" is what error messages call the file (default: the path given). Errors go to
# stderr as "NAME:LINE: what is wrong" and the exit status is 1. POSIX awk only (mawk,
# gawk, busybox): no interval expressions, no gawk extensions.

function fail(msg) {
	printf "%s:%d: %s\n", name, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}

function is_hex4(s) {
	return length(s) == 4 && s ~ /^[0-9a-f][0-9a-f][0-9a-f][0-9a-f]$/
}

# Hex digits to a number, for sorting.
function hexval(s,    i, v) {
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return v
}

# Split off the next token of rest: a bare word, or a "quoted string".
# Sets tok (the token without quotes) and rest; returns 0 when nothing is left,
# 1 for a word, 2 for a quoted string.
function next_token(    i, c) {
	sub(/^[ \t]+/, "", rest)
	if (rest == "")
		return 0
	if (substr(rest, 1, 1) == "\"") {
		i = index(substr(rest, 2), "\"")
		if (i == 0)
			fail("unterminated quoted string")
		tok = substr(rest, 2, i - 1)
		rest = substr(rest, i + 2)
		c = substr(rest, 1, 1)
		if (c != "" && c != " " && c != "\t")
			fail("missing blank after the quoted string \"" tok "\"")
		return 2
	}
	i = match(rest, /[ \t]/)
	if (i == 0) {
		tok = rest
		rest = ""
	} else {
		tok = substr(rest, 1, i - 1)
		rest = substr(rest, i)
	}
	if (tok ~ /"/)
		fail("stray '\"' in \"" tok "\"")
	return 1
}

function check_text(what, s) {
	if (s == "")
		fail(what " is empty")
	if (s ~ /\\/)
		fail(what " contains a backslash: write it without one")
	# printable ASCII only: the generated C string needs no escaping
	if (s ~ /[^ -~]/)
		fail(what " contains a character that is not printable ASCII")
}

BEGIN {
	if (name == "")
		name = ARGV[1]
	n = 0
	role_enum["lpc"] = "ROLE_LPC"
	role_enum["spi"] = "ROLE_SPI"
	status_enum["tested"] = "ID_TESTED"
	status_enum["untested"] = "ID_UNTESTED"
	status_enum["datasheet"] = "ID_DATASHEET"
}

/^[ \t]*#/ || /^[ \t]*$/ { next }

{
	rest = $0
	sub(/\r$/, "", rest)
	kinds = ""
	for (f = 1; f <= 8; f++) {
		k = next_token()
		if (k == 0)
			break
		field[f] = tok
		kinds = kinds k
	}
	if (f <= 7)
		fail("expected 7 columns (vendor device role family status \"name\" \"source\"), found " (f - 1))
	if (next_token() != 0 || f > 8)
		fail("more than 7 columns: quote the name and the source")
	if (kinds != "1111122")
		fail("the first 5 columns are bare words, name and source are \"quoted\"")

	vendor = field[1]; device = field[2]; role = field[3]
	family = field[4]; status = field[5]; dname = field[6]; source = field[7]

	if (!is_hex4(vendor))
		fail("vendor \"" vendor "\" is not 4 lower-case hex digits")
	if (!is_hex4(device))
		fail("device \"" device "\" is not 4 lower-case hex digits")
	if (vendor == "ffff" || vendor == "0000")
		fail("vendor " vendor " is not a real vendor ID")
	if (!(role in role_enum))
		fail("unknown role \"" role "\" (lpc or spi)")
	if (family !~ /^[a-z][a-z0-9]*$/)
		fail("family key \"" family "\" is not lower-case letters and digits")
	if (!(status in status_enum))
		fail("unknown status \"" status "\" (tested, untested or datasheet)")
	check_text("the name", dname)
	check_text("the source", source)

	id = vendor ":" device
	if (id in seen_line)
		fail("duplicate ID " id " (first on line " seen_line[id] ")")
	seen_line[id] = FNR

	n++
	key[n] = hexval(vendor) * 65536 + hexval(device)
	line[n] = sprintf("\t{ .vendor = 0x%s, .device = 0x%s, .role = %s, .family = \"%s\",\n\t  .name = \"%s\", .status = %s,\n\t  .source = \"%s\" },", \
		vendor, device, role_enum[role], family, dname, status_enum[status], source)
}

END {
	if (failed)
		exit 1
	if (n == 0) {
		printf "%s: no PCI IDs in the file\n", name > "/dev/stderr"
		exit 1
	}
	# insertion sort by vendor:device (a few hundred lines, already mostly grouped)
	for (i = 2; i <= n; i++) {
		k = key[i]; l = line[i]
		for (j = i - 1; j >= 1 && key[j] > k; j--) {
			key[j + 1] = key[j]; line[j + 1] = line[j]
		}
		key[j + 1] = k; line[j + 1] = l
	}
	print "/* SPDX-License-Identifier: GPL-2.0-or-later */"
	print "/* pci-ids.c - GENERATED from data/pci-ids by tools/gen-pci-ids.awk: edit those instead. */"
	print "#include \"chipset/chipset.h\""
	print ""
	print "/* Sorted by vendor, then device: chipset_lookup() does a binary search. */"
	print "const struct chipset_id chipset_ids[] = {"
	for (i = 1; i <= n; i++)
		print line[i]
	print "};"
	print ""
	print "const size_t chipset_ids_count = sizeof(chipset_ids) / sizeof(chipset_ids[0]);"
}
