# SPDX-License-Identifier: GPL-2.0-or-later
# scenarios.sh - the VM test scenarios: firmware-like register settings, then the tools.
#
# Sourced by the guest's /init. Each scenario imitates what a real machine's
# firmware leaves in QEMU's emulated ICH9 (Q35 LPC bridge 8086:2918), runs
# spi-inspect first (flashrom reprograms an unlocked controller), then
# flashrom -p internal -V, and sends everything to the host, which compares.
#
# Why one boot can hold several scenarios: QEMU 7.2 hw/isa/lpc_ich9.c models the
# Root Complex Register Block (RCBA at LPC 0xF0) as plain memory (ich9_cc_read /
# ich9_cc_write on a 16 KiB array), so FLOCKDN, PRx and FRAP written here do not
# lock anything and are cleared again by spivm_reset; the "pipeline" scenario
# checks exactly that. LPC config space above 0x40 is writable in QEMU
# (pci_init_wmask), so BIOS_CNTL at 0xDC reads back what setpci wrote.
#
# Register offsets (SPIBAR = RCBA + 0x3800 on ICH9): flashrom ichspi.c
# (ICH9_REG_HSFS 0x04, ICH9_REG_FRAP 0x50, ICH9_REG_FREG0 0x54, ICH9_REG_PR0 0x74)
# and chipset_enable.c (SPIBAR offset 0x3800 for ICH9, BIOS_CNTL at LPC 0xDC),
# cross-checked with the Intel ICH9 datasheet (316972) section 21.1.

LPC=00:1f.0
SPIVM_SPI_OFFSET=0x3800

# name offset width
SPIVM_REGS='HSFS 0x04 16
HSFC 0x06 16
FADDR 0x08 32
FRAP 0x50 32
FREG0 0x54 32
FREG1 0x58 32
FREG2 0x5c 32
FREG3 0x60 32
FREG4 0x64 32
PR0 0x74 32
PR1 0x78 32
PR2 0x7c 32
PR3 0x80 32
PR4 0x84 32
SSFS 0x90 32
PREOP 0x94 16
OPTYPE 0x96 16
OPMENU0 0x98 32
OPMENU1 0x9c 32
BBAR 0xa0 32
FDOC 0xb0 32
FDOD 0xb4 32'

# ---- transport to the host ------------------------------------------------

spivm_send() { # scenario name file
	{
		echo "@@FILE $1 $2"
		if [ -f "$3" ]; then base64 < "$3"; fi
		echo "@@END"
	} > "$SPIVM_DATA"
}

spivm_send_text() { # scenario name text
	printf '%s\n' "$3" > /tmp/spivm.txt
	spivm_send "$1" "$2" /tmp/spivm.txt
}

spivm_skip() { # scenario reason
	echo "spivm: $1: SKIP: $2"
	spivm_send_text "$1" skip "$2"
}

# ---- registers --------------------------------------------------------------

spivm_rcba() {
	printf '0x%x' $(( 0x$(setpci -s $LPC f0.l) & 0xffffc000 ))
}

spivm_reg() { # name -> "offset width"
	echo "$SPIVM_REGS" | while read -r n o w; do
		[ "$n" = "$1" ] && { echo "$o $w"; break; }
	done
}

spivm_reset() { # zero every register in the table (all that flashrom writes), and BIOS_CNTL
	base=$(( $(spivm_rcba) + SPIVM_SPI_OFFSET ))
	echo "$SPIVM_REGS" | while read -r n o w; do
		devmem $(( base + o )) "$w" 0
	done
	setpci -s $LPC dc.b=00
	: > /tmp/spivm.intended
}

spivm_set() { # NAME=VALUE ... (BIOS_CNTL goes to LPC config space)
	base=$(( $(spivm_rcba) + SPIVM_SPI_OFFSET ))
	for a in "$@"; do
		n=${a%%=*}
		v=${a#*=}
		echo "$n $v" >> /tmp/spivm.intended
		if [ "$n" = BIOS_CNTL ]; then
			setpci -s $LPC "dc.b=$(printf '%02x' $(( v )))"
			continue
		fi
		# shellcheck disable=SC2046 # "offset width", split on purpose
		set -- $(spivm_reg "$n")
		[ -n "$1" ] || { echo "spivm: unknown register $n" >&2; continue; }
		devmem $(( base + $1 )) "$2" "$v"
	done
}

spivm_readback() { # scenario: every register as read now, before any tool runs
	base=$(( $(spivm_rcba) + SPIVM_SPI_OFFSET ))
	{
		echo "RCBA $(spivm_rcba)"
		echo "$SPIVM_REGS" | while read -r n o w; do
			echo "$n $(devmem $(( base + o )) "$w")"
		done
		echo "BIOS_CNTL 0x$(setpci -s $LPC dc.b)"
	} > /tmp/spivm.regs 2>&1
	spivm_send "$1" regs /tmp/spivm.regs
	spivm_send "$1" intended /tmp/spivm.intended
}

# ---- the tools ----------------------------------------------------------------

spivm_inspect() { # scenario name spi-inspect-arguments... ($SPIVM_AS: run as that user)
	scn=$1 name=$2
	shift 2
	if [ ! -x /usr/sbin/spi-inspect ]; then
		spivm_send_text "$scn" "$name.rc" absent
		return
	fi
	if [ -n "${SPIVM_AS:-}" ]; then
		# busybox su as root asks no password; the arguments here are plain words.
		(cd /tmp && timeout 60 su -s /bin/sh -c "exec /usr/sbin/spi-inspect $*" "$SPIVM_AS" \
			> /tmp/spivm.out 2> /tmp/spivm.err)
	else
		(cd /tmp && timeout 60 /usr/sbin/spi-inspect "$@" > /tmp/spivm.out 2> /tmp/spivm.err)
	fi
	rc=$?
	spivm_send "$scn" "$name.out" /tmp/spivm.out
	spivm_send "$scn" "$name.err" /tmp/spivm.err
	spivm_send_text "$scn" "$name.rc" "$rc"
}

spivm_flashrom() { # scenario
	if [ ! -x /usr/sbin/flashrom ]; then
		spivm_send_text "$1" flashrom.rc absent
		return
	fi
	timeout 90 flashrom -p internal -V > /tmp/spivm.fr 2>&1
	rc=$?
	spivm_send "$1" flashrom.out /tmp/spivm.fr
	spivm_send_text "$1" flashrom.rc "$rc"
}

# Root run with the JSON report, then flashrom; the host compares the two.
spivm_compare_run() { # scenario
	spivm_readback "$1"
	spivm_tools "$1"
}

spivm_tools() { # scenario
	spivm_inspect "$1" inspect --json
	spivm_inspect "$1" check --check
	spivm_flashrom "$1"
}

# ---- register sets of real machines -----------------------------------------
#
# The public logs give decoded lines (ranges, access, lock state) more often than
# raw words; where they do, the raw values here are those lines encoded back
# (FREG/PR: base >> 12 in bits 12:0, limit >> 12 in bits 28:16, PR RP bit 15,
# WP bit 31; HSFS 0xe008 = FLOCKDN | FDV | FDOPSS | BERASE 4 KiB), and flashrom's
# decode of them in the guest is checked to give those same lines back.
# Raw words quoted verbatim: FRAP 0x00001a1b, PR 0x9fff03e0 / 0x81ff81f8,
# PR 0x81ff01f0, BIOS_CNTL 0x2, HSFS 0x6008, FRAP 0x0000ffff.
#
# ThinkPad W500 (ICH9M, 4 MiB flash) with Lenovo's BIOS, flashrom -p internal as
# posted in a public write-up of its coreboot port (github; quoted lines
# "SPI Configuration is locked down.", "FREG0: Flash Descriptor region
# (0x00000000-0x00000fff) is read-only.", "FREG2: Management Engine region
# (0x00001000-0x001f5fff) is locked."). FRAP 0x00001a1b (descriptor read-only,
# ME neither readable nor writable, the rest read-write) is the value quoted in
# a coreboot mailing list reply to Stan Yong (mail.coreboot.org, message
# 5GWFECG3...); it says the same as the W500's lines. The BIOS, GbE and Platform
# Data ranges fill the rest of the 4 MiB chip in the GM45 layout (PR4 of the
# same machines protects 0x1f8000-0x1fffff, see below). FREG1, FREG3 and FREG4
# are that inference, not logged values.
W500_LAYOUT='FREG0=0x00000000 FREG1=0x03ff0200 FREG2=0x01f50001 FREG3=0x01f701f6 FREG4=0x01ff01f8'

scn_pipeline() {
	# The harness itself: FLOCKDN and a PR written, then cleared again (QEMU's RCRB is
	# plain memory), then a known set read back by devmem and decoded by flashrom.
	spivm_reset
	spivm_set HSFS=0xe008 PR0=0x9fff03e0
	base=$(( $(spivm_rcba) + SPIVM_SPI_OFFSET ))
	spivm_reset
	echo "HSFS $(devmem $(( base + 4 )) 16) PR0 $(devmem $(( base + 0x74 )) 32)" > /tmp/spivm.cleared
	spivm_send pipeline cleared /tmp/spivm.cleared
	spivm_set HSFS=0xe008 FRAP=0x00001a1b $W500_LAYOUT BIOS_CNTL=0x00
	spivm_readback pipeline
	spivm_flashrom pipeline
	grep -i 'fed1\|spivm' /proc/iomem > /tmp/spivm.iomem
	spivm_send pipeline iomem /tmp/spivm.iomem
}

scn_unlocked() {
	# HSFS 0x6008 and FRAP 0x0000ffff: the unlocked values quoted in the issue from
	# flashrom -V logs ("0x04: 0x6008 (HSFS)", FDOPSS=1 FDV=1 FLOCKDN=0; every region
	# host read/write), with the W500's region layout; BIOS_CNTL 0x00 (BLE off).
	spivm_reset
	spivm_set HSFS=0x6008 FRAP=0x0000ffff $W500_LAYOUT BIOS_CNTL=0x00
	spivm_compare_run unlocked
}

scn_locked_me() {
	# ThinkPad W500 as shipped (see above): locked down, descriptor read-only, ME locked.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b $W500_LAYOUT BIOS_CNTL=0x00
	spivm_readback locked_me
	spivm_inspect locked_me text
	spivm_inspect locked_me markdown --markdown
	spivm_tools locked_me
}

scn_pr_top() {
	# ThinkPad T500 (ICH9M-E, 8 MiB) with Lenovo's BIOS, flashrom output on the
	# flashrom mailing list, 2013-01-15 (mail.coreboot.org message CEOYD4XK...):
	# "FREG0: ... (0x00000000-0x00000fff) is read-only. FREG2: Management Engine
	# region (0x00001000-0x005f5fff) is locked. PR0: 0x007e0000-0x01ffffff is
	# read-only. PR4: 0x005f8000-0x005fffff is locked." PR0 covers the top 128 KiB
	# of the BIOS region (0x600000-0x7fffff). Raw PR values in the encoding of the
	# GM45 ThinkPads' "0x74: 0x9fff03e0 PR0" / "0x84: 0x81ff81f8 PR4" (libreboot
	# docs, gm45_remove_me), scaled to the 8 MiB chip. FREG1/3/4 (BIOS, GbE,
	# Platform Data) are inferred from the logged ME and PR4 ranges.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b \
		FREG0=0x00000000 FREG1=0x07ff0600 FREG2=0x05f50001 FREG3=0x05f705f6 FREG4=0x05ff05f8 \
		PR0=0x9fff07e0 PR4=0x85ff85f8 BIOS_CNTL=0x00
	spivm_compare_run pr_top
}

scn_ble_smm_bwp() {
	# HP Z400 (ICH10R), flashrom list 2012-06-01 (message S5QAUZ6Q...): "BIOS Lock
	# Enable: enabled, BIOS Write Enable: disabled, BIOS_CNTL is 0x2" and
	# "0x74: 0x81ff01f0 PR0: 0x001f0000-0x001fffff is read-only". Bit 5 (SMM_BWP
	# from the 5 Series on) is set as well: on ICH9 it is reserved (flashrom
	# chipset_enable.c comment; ICH9 datasheet 316972 BIOS_CNTL), so the tool
	# must not call it SMM_BWP; the host checks what it reports.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b $W500_LAYOUT PR0=0x81ff01f0 BIOS_CNTL=0x22
	spivm_compare_run ble_smm_bwp
}

scn_record_replay() {
	# T500 registers with BLE: --save here, --from on the host; the reports must agree.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b \
		FREG0=0x00000000 FREG1=0x07ff0600 FREG2=0x05f50001 FREG3=0x05f705f6 FREG4=0x05ff05f8 \
		PR0=0x9fff07e0 PR4=0x85ff85f8 BIOS_CNTL=0x02
	spivm_readback record_replay
	rm -f /tmp/spivm.snapshot
	spivm_inspect record_replay inspect --json --save /tmp/spivm.snapshot
	spivm_send record_replay snapshot /tmp/spivm.snapshot
}

scn_not_root() {
	# W500 registers; spi-inspect as "nobody": sysfs gives the first 64 bytes of
	# config space only, /dev/mem is root's.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b $W500_LAYOUT BIOS_CNTL=0x02
	spivm_readback not_root
	SPIVM_AS=nobody
	spivm_inspect not_root inspect --json
	spivm_inspect not_root check --check
	SPIVM_AS=
}

spivm_hold() { # scenario: make a kernel driver own the SPI registers' range
	if [ ! -f /spivm/spivm_hold.ko ]; then
		spivm_skip "$1" "$(cat /spivm/spivm_hold.why 2>/dev/null || echo 'the test module was not built')"
		return 1
	fi
	addr=$(( $(spivm_rcba) + SPIVM_SPI_OFFSET ))
	if ! insmod /spivm/spivm_hold.ko addr=$addr len=0x200 2> /tmp/spivm.insmod; then
		spivm_skip "$1" "insmod spivm_hold.ko failed: $(cat /tmp/spivm.insmod)"
		return 1
	fi
	grep -i 'spivm' /proc/iomem > /tmp/spivm.iomem
	spivm_send "$1" iomem /tmp/spivm.iomem
	# Independent evidence of what the kernel allows: busybox devmem on that page.
	devmem $addr 32 > /tmp/spivm.devmem 2>&1
	echo "rc=$?" >> /tmp/spivm.devmem
	spivm_send "$1" devmem /tmp/spivm.devmem
	return 0
}

scn_strict_devmem() {
	# A driver holds RCBA+0x3800..0x39ff (as spi-intel would on a real PCH);
	# Debian's kernel has CONFIG_IO_STRICT_DEVMEM=y, so /dev/mem refuses the page.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b $W500_LAYOUT BIOS_CNTL=0x02
	spivm_readback strict_devmem # before the page is held: devmem is refused after
	spivm_hold strict_devmem || return
	spivm_tools strict_devmem
	rmmod spivm_hold
}

scn_itco_wdt() {
	# No test module: Debian's own drivers, as udev loads them on a real ICH9 machine.
	# lpc_ich gives the TCO watchdog the GCS register at RCBA+0x3410 (Linux
	# drivers/mfd/lpc_ich.c, ACPIBASE_GCS_OFF), iTCO_wdt requests it (busy), and
	# strict devmem then refuses the whole page RCBA+0x3000..0x3fff, SPIBAR included.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b $W500_LAYOUT BIOS_CNTL=0x02
	spivm_readback itco_wdt
	if ! grep -qx iTCO_wdt /spivm/itco/order 2>/dev/null; then
		spivm_skip itco_wdt "the kernel package has no iTCO_wdt module"
		return
	fi
	: > /tmp/spivm.insmod
	for m in $(cat /spivm/itco/order); do
		insmod /spivm/itco/$m.ko 2>> /tmp/spivm.insmod
	done
	spivm_send itco_wdt insmod /tmp/spivm.insmod
	grep -i 'fed1\|tco' /proc/iomem > /tmp/spivm.iomem
	spivm_send itco_wdt iomem /tmp/spivm.iomem
	devmem $(( $(spivm_rcba) + SPIVM_SPI_OFFSET )) 32 > /tmp/spivm.devmem 2>&1
	echo "rc=$?" >> /tmp/spivm.devmem
	spivm_send itco_wdt devmem /tmp/spivm.devmem
	spivm_tools itco_wdt
}

scn_relaxed_devmem() {
	# The same held range with iomem=relaxed on the kernel command line: allowed.
	spivm_reset
	spivm_set HSFS=0xe008 FRAP=0x00001a1b $W500_LAYOUT BIOS_CNTL=0x02
	spivm_readback relaxed_devmem
	spivm_hold relaxed_devmem || return
	spivm_tools relaxed_devmem
}

scn_lockdown() {
	# lockdown=integrity: /dev/mem cannot even be opened, nor config space written,
	# so the registers keep what SeaBIOS left (zeros); the tool must say why it
	# cannot read the SPI registers.
	cat /sys/kernel/security/lockdown > /tmp/spivm.lockdown 2>&1
	spivm_send lockdown lockdown /tmp/spivm.lockdown
	spivm_readback lockdown
	spivm_tools lockdown
}

# Order matters only where the kernel state changes: strict_devmem loads (and unloads)
# the test module, itco_wdt loads drivers for good, so it comes last.
spivm_group() {
	case "$1" in
	main)
		for s in pipeline unlocked locked_me pr_top ble_smm_bwp record_replay not_root strict_devmem itco_wdt; do
			echo "spivm: scenario $s at $(cut -d" " -f1 /proc/uptime) s"
			scn_$s
		done ;;
	relaxed) scn_relaxed_devmem ;;
	lockdown) scn_lockdown ;;
	probe) spivm_send_text probe ready yes ;;
	*) echo "spivm: unknown group '$1'" ;;
	esac
}
