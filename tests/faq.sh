#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# One end-to-end case per failure the Dasharo flashrom FAQ describes: a real snapshot,
# patched by appending lines (a later line wins, snapshot-format.md), replayed; each case
# asserts the finding id (in --json), its advice (in the text report) and the exit code
# (of the report, and of --check where it says something).
set -u
: "${top_srcdir:?}" "${SPI_INSPECT:?}"
tgl="$top_srcdir/data/samples/tigerlake-lp.snap"   # real Tiger Lake-LP (chipsec recordings)
ich9="$top_srcdir/tests/snapshots/ich9.snap"
pch300="$top_srcdir/tests/snapshots/pch300.snap"
pch6="$top_srcdir/tests/snapshots/pch6.snap"
fwh="$top_srcdir/tests/snapshots/fwh.snap"
ich7="$top_srcdir/tests/snapshots/ich7.snap"   # BBAR 0x00e00000 and SPIS LOCK real: OptiPlex 380
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# All of the Tiger Lake sample's SPI reads refused with one errno.
refuse_mem() {
	sed -n 's/^\(mem 0x[0-9a-f]* [1248]\) .*/\1 !'"$1"'/p' "$tgl"
}

# case NAME BASE REPORT_RC CHECK_RC FINDING ADVICE [PATCH LINES...]
# CHECK_RC "-" skips the --check assertion.
case_() {
	name=$1 base=$2 want_rc=$3 want_check=$4 finding=$5 advice=$6
	shift 6
	snap="$tmp/$name.snap"
	cat "$base" >"$snap"
	for line in "$@"; do printf '%s\n' "$line" >>"$snap"; done
	problems=
	"$SPI_INSPECT" --json -n --from "$snap" >"$tmp/json" 2>"$tmp/err"
	rc=$?
	[ "$rc" = "$want_rc" ] || problems="$problems exit code $rc, expected $want_rc;"
	grep -q "\"id\": \"$finding\"" "$tmp/json" || problems="$problems no finding $finding in --json;"
	"$SPI_INSPECT" --no-color -n --from "$snap" >"$tmp/text" 2>/dev/null
	tr '\n' ' ' <"$tmp/text" | tr -s ' ' | grep -qF -- "$advice" ||
		problems="$problems advice \"$advice\" missing from the text report;"
	if [ "$want_check" != - ]; then
		"$SPI_INSPECT" --check --from "$snap" >"$tmp/check" 2>&1
		rc=$?
		[ "$rc" = "$want_check" ] || problems="$problems --check exited $rc, expected $want_check;"
		[ -s "$tmp/check" ] && problems="$problems --check printed something;"
	fi
	if [ -n "$problems" ]; then
		echo "FAIL: $name:$problems"
		sed 's/^/    stderr: /' "$tmp/err"
		fail=$((fail + 1))
	else
		echo "PASS: $name ($finding, exit $want_rc)"
		pass=$((pass + 1))
	fi
}

# --- the environment: what flashrom says before it even looks at the chipset --------------
# Not root: config space past 0x40 and /dev/mem are refused with EACCES.
case_ not-root "$tgl" 10 10 env.not_root "sudo spi-inspect" \
	"pci 0000:00:1f.5 0x0dc 4 !EACCES" "pci 0000:00:16.0 0x040 4 !EACCES" \
	"$(refuse_mem EACCES)"
case_ devmem-strict "$tgl" 11 11 env.devmem_strict "iomem=relaxed" \
	'file /sys/kernel/security/lockdown "[none] integrity confidentiality\n"' \
	'file /proc/cmdline "BOOT_IMAGE=/vmlinuz root=/dev/sda1 ro quiet\n"' \
	"$(refuse_mem EPERM)"
case_ devmem-strict-holder "$tgl" 11 11 env.devmem_strict '/proc/iomem names "intel-spi"' \
	'file /sys/kernel/security/lockdown "[none] integrity confidentiality\n"' \
	'file /proc/iomem "60000000-7fffffff : PCI Bus 0000:00\n  68800000-68800fff : 0000:00:1f.5\n    68800000-68800fff : intel-spi\n"' \
	"$(refuse_mem EPERM)"
case_ devmem-strict-relaxed "$tgl" 11 11 env.devmem_strict "claimed the region exclusively" \
	'file /sys/kernel/security/lockdown "[none] integrity confidentiality\n"' \
	'file /proc/cmdline "BOOT_IMAGE=/vmlinuz ro iomem=relaxed quiet\n"' \
	"$(refuse_mem EPERM)"
case_ lockdown "$tgl" 12 12 env.lockdown "Disable Secure Boot" \
	'file /sys/kernel/security/lockdown "none [integrity] confidentiality\n"' \
	"$(refuse_mem EPERM)"

# --- the chipset ---------------------------------------------------------------------------
case_ unknown-intel "$tgl" 14 14 chipset.unsupported "attach machine.snap" \
	"pci 0000:00:1f.0 0x000 4 0x00018086" "pci 0000:00:1f.5 0x000 4 0xffffffff"
case_ not-intel "$tgl" 14 14 chipset.not_intel "Use flashrom -p internal -V" \
	"pci 0000:00:1f.0 0x000 4 0x790e1022" "pci 0000:00:1f.5 0x000 4 0xffffffff"
case_ fwh "$fwh" 0 - chipset.no_spi "read its chip and BIOS_CNTL lines"

# --- the SPI controller --------------------------------------------------------------------
case_ flockdn "$tgl" 0 - spi.flockdn "SPI Configuration is locked down."
case_ me-region-locked "$tgl" 0 - spi.region_locked.me "--ifd -i bios -w coreboot.rom --noverify-all" \
	"mem 0x68800050 4 0x00000a0b" "pci 0000:00:1f.5 0x0dc 4 0x00000000"
# The quote uses flashrom's own region names (ichspi.c region_names[]), so users can grep.
case_ me-region-quote "$tgl" 0 - spi.region_locked.me \
	"FREG2: Management Engine region (0x00001000-0x00ffffff) is locked." \
	"mem 0x68800050 4 0x00000a0b"
case_ descriptor-read-only "$tgl" 0 - spi.region_locked.descriptor "Transaction error between offset 0x00000000" \
	"mem 0x68800050 4 0x00000a0b"
case_ bios-read-only "$tgl" 0 20 spi.region_locked.bios "external programmer" \
	"mem 0x68800050 4 0x0000000b" "pci 0000:00:1f.5 0x0dc 4 0x00000000"
case_ pr-over-bios "$tgl" 0 21 spi.protected_range.pr0 "--fmap -i RW_SECTION_A -i RW_SECTION_B" \
	"mem 0x68800084 4 0x9fff1f00" "pci 0000:00:1f.5 0x0dc 4 0x00000000"
case_ pr-unlocked "$tgl" 0 0 spi.protected_range.pr0 "so flashrom clears it" \
	"mem 0x68800084 4 0x9fff1f00" "mem 0x68800004 4 0x00006801" "mem 0x6880000c 4 0x00000000" \
	"pci 0000:00:1f.5 0x0dc 4 0x00000000"
# FLOCKDN clear but DLOCK PR0_LOCKDN set: flashrom's attempt to clear PR0 is ignored
# (coreboot fast_spi_pr_dlock locks the PRs on their own), so BIOS writes still fail.
case_ pr-dlock-locked "$tgl" 0 21 spi.protected_range.pr0 "locked it with DLOCK PR0_LOCKDN" \
	"mem 0x68800084 4 0x9fff1f00" "mem 0x68800004 4 0x00006801" "mem 0x6880000c 4 0x00000100" \
	"pci 0000:00:1f.5 0x0dc 4 0x00000000"
# FLOCKDN clear and DLOCK not read: whether PR0 is locked is unknown, and so is the verdict.
case_ pr-dlock-unread "$tgl" 0 24 spi.protected_range.pr0 "whether flashrom can clear it is unknown" \
	"mem 0x68800084 4 0x9fff1f00" "mem 0x68800004 4 0x00006801" "pci 0000:00:1f.5 0x0dc 4 0x00000000"
case_ fdv-invalid "$tgl" 0 - spi.descriptor_invalid "do not use --ifd" \
	"mem 0x68800004 4 0x070aa801"
# Non-descriptor mode: the chip is one piece, so a locked PR anywhere blocks "the BIOS",
# even where stale FREG values would put it in another region.
case_ pr-non-descriptor "$tgl" 0 21 spi.protected_range.pr0 "--fmap -i RW_SECTION_A" \
	"mem 0x68800004 4 0x070aa801" "mem 0x68800084 4 0x81ff0100" "pci 0000:00:1f.5 0x0dc 4 0x00000000"
case_ fdopss "$tgl" 0 - spi.fdopss "remove the strap again" \
	"mem 0x68800004 4 0x070ac801"

# --- BBAR (ICH7, ICH9 to 9-series): no host cycle below it; flashrom sets it to 0 if it can ---
# OptiPlex 380 (real): SPIS LOCK holds BBAR 0x00e00000 ("Setting BBAR to 0x00000000 failed!
# New value: 0x00e00000."); on its 2 MiB chip that cuts nothing, on a larger one it would.
case_ ich7-bbar-locked "$ich7" 0 23 spi.bbar "Up to 2048 kB nothing is lost"
case_ ich7-bbar-unlocked "$ich7" 0 - spi.bbar "(SPIS LOCK=0), so flashrom's write" \
	"mem 0xfed1f020 2 0x0000"
# No valid descriptor: flashrom leaves BBAR alone (ichspi.c init_ich_default), so the chip
# below it is out of reach whatever FLOCKDN says.
case_ ich9-bbar-no-descriptor "$ich9" 0 25 spi.bbar "entries all start at or above 0x00100000" \
	"mem 0xfed1f804 2 0xa008" "mem 0xfed1f8a0 4 0x00100000" "pci 0000:00:1f.0 0x0dc 1 0x00"
# FLOCKDN set: whether flashrom's write takes is undocumented; below the BIOS region it
# does not matter for --ifd -i bios, inside it the answer is unknown.
case_ ich9-bbar-below-bios "$ich9" 0 0 spi.bbar "--ifd -i bios still works" \
	"mem 0xfed1f8a0 4 0x00001000" "pci 0000:00:1f.0 0x0dc 1 0x00"
case_ ich9-bbar-into-bios "$ich9" 0 24 spi.bbar "Setting BBAR to 0x00000000 failed! New value: 0x00400000." \
	"mem 0xfed1f8a0 4 0x00400000" "pci 0000:00:1f.0 0x0dc 1 0x00"
case_ ich9-bbar-unlocked "$ich9" 0 0 spi.bbar "(FLOCKDN=0), so flashrom's write" \
	"mem 0xfed1f804 2 0x6008" "mem 0xfed1f8a0 4 0x00400000" "pci 0000:00:1f.0 0x0dc 1 0x00"

# --- boot BIOS straps -------------------------------------------------------------------------
# ICH7 strapped to LPC (GCS value real: NM10 laptop, flashrom list 2013-01, "Boot BIOS Straps:
# 0x3 (LPC)"): flashrom leaves the SPI controller alone, so no SPI-based answer applies.
case_ ich7-lpc-boot "$ich7" 0 24 spi.boot_straps "probes only LPC/FWH flash chips" \
	"mem 0xfed1f410 4 0x005d0c60"
# 100-series on: BIOS_SPI_BC BBS=1, boot over LPC/eSPI; flashrom still writes the SPI flash.
case_ espi-boot "$tgl" 0 0 spi.boot_straps "Make sure the SPI flash is the chip you mean to write" \
	"pci 0000:00:1f.5 0x0dc 4 0x00000040"

# --- BIOS_CNTL -----------------------------------------------------------------------------
case_ smm-bwp "$tgl" 0 22 bios.smm_bwp "SMM BIOS write protection"
case_ ble-only "$tgl" 0 23 bios.ble "spi-inspect cannot tell without a register write" \
	"pci 0000:00:1f.5 0x0dc 4 0x00000002"
case_ bios-writable "$tgl" 0 0 bios.ble "flashrom can enable BIOS writes" \
	"pci 0000:00:1f.5 0x0dc 4 0x00000000"
case_ pch6-smm-bwp "$pch6" 0 22 bios.smm_bwp "Turn \"SMM BIOS write protection\"" \
	"pci 0000:00:1f.0 0x0dc 1 0x2a"
# ICH9 does not define bit 5 (316972, 13.1.32): the same value is BLE alone there.
case_ ich9-bit5-undefined "$ich9" 0 23 bios.ble "spi-inspect cannot tell without a register write" \
	"pci 0000:00:1f.0 0x0dc 1 0x2a"

# --- the ME --------------------------------------------------------------------------------
case_ me-mfg-mode "$pch300" 0 - me.mfg_mode "back up and flash the whole chip" \
	"pci 0000:00:16.0 0x000 4 0xa3608086" "pci 0000:00:16.0 0x040 4 0x90000255"
case_ me-disabled "$tgl" 0 - me.disabled "keep the ME region as it is" \
	"pci 0000:00:16.0 0x040 4 0x00030245"
case_ me-absent "$tgl" 0 - me.absent "Nothing for flashing" \
	"pci 0000:00:16.0 0x000 4 0xffffffff" "pci 0000:00:16.0 0x040 4 0xffffffff" \
	'dir /sys/bus/pci/devices/0000:00:16.0/mei !ENOENT' \
	'dir /sys/class/mei !ENOENT'
case_ me-unreadable "$tgl" 10 - me.unreadable "Run as root (sudo spi-inspect --me-status)" \
	"pci 0000:00:16.0 0x040 4 !EACCES"
# no MEI driver: /sys/class/mei is missing, and only then is loading it the advice
case_ me-no-driver "$tgl" 10 - me.unreadable "Load the MEI driver (modprobe mei_me" \
	"pci 0000:00:16.0 0x040 4 !EACCES" \
	'dir /sys/bus/pci/devices/0000:00:16.0/mei !ENOENT' 'dir /sys/class/mei !ENOENT'
# ICH0..ICH6: no ME on this chipset, said as such (not "run as root")
case_ me-not-on-chipset "$top_srcdir/tests/snapshots/fwh.snap" 0 - me.not_on_chipset "Nothing: there is no ME region to keep."
case_ bootguard-verified "$tgl" 0 - me.bootguard_verified "Do not flash open firmware" \
	"pci 0000:00:16.0 0x06c 4 0x00000200"

echo "faq: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
