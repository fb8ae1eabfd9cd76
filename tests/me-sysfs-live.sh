#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# --me-status through the live backend on a machine whose chipset spi-inspect does not
# know, read as a user: config space is an lspci dump of 64 bytes per function (what a
# user gets), and sysfs is a tree under --sysroot holding /sys/class/mei/mei0 with its
# "device" link to the PCI function, as Linux lays it out. The ME status comes from
# fw_status and fw_ver (world-readable), the layout from fw_ver, and --save records the
# sysfs reads so that the replay gives the same report.
set -u
# One line per Source: line whatever the path length (the text wraps at 80 columns).
COLUMNS=4096; export COLUMNS
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }

# An LPC bridge whose ID is not in data/pci-ids (8086:7aff, made up) and the HECI of the
# fwupd recording (8086:7a68), header only.
cat >"$tmp/dump.lspci" <<'DUMP'
00:16.0 Communication controller: Intel Corporation Device 7a68
00: 86 80 68 7a 06 04 10 00 11 00 80 07 00 00 80 00
10: 04 d0 2a 60 00 00 00 00 00 00 00 00 00 00 00 00
20: 00 00 00 00 00 00 00 00 00 00 00 00 43 10 82 88
30: 00 00 00 00 50 00 00 00 00 00 00 00 ff 01 00 00

00:1f.0 ISA bridge: Intel Corporation Device 7aff
00: 86 80 ff 7a 07 04 00 02 11 00 01 06 00 00 80 00
10: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
20: 00 00 00 00 00 00 00 00 00 00 00 00 43 10 82 88
30: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
DUMP
root="$tmp/root"
fn="$root/sys/devices/pci0000:00/0000:00:16.0"
mkdir -p "$fn/mei/mei0" "$root/sys/class/mei" "$root/proc"
printf 'DRIVER=mei_me\nPCI_CLASS=78000\nPCI_ID=8086:7A68\nPCI_SLOT_NAME=0000:00:16.0\n' >"$fn/uevent"
# fwupd plugins/intel-me-pci/tests/intel-me-setup.json: HFSTS1..6 and fw_ver (CSME 16)
printf '90000245\n00F10506\n00000020\n00004400\n00000000\n40200002\n' >"$fn/mei/mei0/fw_status"
printf '0:16.1.32.2473\n0:16.1.32.2473\n0:16.1.25.2035\n' >"$fn/mei/mei0/fw_ver"
ln -s ../../devices/pci0000:00/0000:00:16.0/mei/mei0 "$root/sys/class/mei/mei0"
ln -s ../../../0000:00:16.0 "$fn/mei/mei0/device"
printf 'quiet\n' >"$root/proc/cmdline"

"$SPI_INSPECT" -n --no-color --me-status -A dump -O "dump.name=$tmp/dump.lspci" \
	--sysroot "$root" --save "$tmp/me.snap" >"$tmp/live" 2>"$tmp/err"
if grep -q '^  Interface: *present: interface 0000:00:16.0' "$tmp/live" &&
   grep -q '^  Layout: *CSME 16-17 (fw_ver 16.1.32.2473)' "$tmp/live" &&
   grep -q 'Working state: *Normal (0x5)' "$tmp/live"; then
	ok "an unknown chipset read as a user: the ME status from /sys/class/mei"
else
	ko "no ME status from sysfs on an unknown chipset:"; head -12 "$tmp/live"; cat "$tmp/err"
fi
if grep -q '^file /sys/class/mei/mei0/device/uevent ' "$tmp/me.snap" &&
   grep -q '^file /sys/class/mei/mei0/fw_status ' "$tmp/me.snap"; then
	ok "--save records the sysfs reads (the device link's uevent, fw_status)"
else
	ko "--save lacks the sysfs reads:"; grep -e '^file' -e '^dir' "$tmp/me.snap"
fi
"$SPI_INSPECT" -n --no-color --me-status --from "$tmp/me.snap" >"$tmp/replay" 2>/dev/null
if diff "$tmp/live" "$tmp/replay" | grep -v '^[<>] Source: ' | grep -q '^[<>]'; then
	ko "the replay differs from the live run:"; diff "$tmp/live" "$tmp/replay" | head
else
	ok "the replay of that snapshot gives the same ME status"
fi
echo "me-sysfs-live: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
