# SPDX-License-Identifier: GPL-2.0-or-later
# trace-count.awk - count the hardware accesses QEMU traced between the guest's marker reads.
#
# Input: QEMU's log of the trace events memory_region_ops_read/_write and
# pci_cfg_read/_write (bench/vm.sh, boot 2). The guest (bench/guest-init) reads
# RCBA+0x3ff8 before a tool runs and RCBA+0x3ffc after it; the RCRB is 16 KiB
# aligned, so those are the reads of 'lpc-rcrb-mmio' at an address ending in fff8
# and fffc. Output, one line per window and kind: "<window> <kind> <count>", windows
# numbered from 1 in the order the guest opened them; kinds:
#   cfg_r, cfg_w      PCI config space accesses (pci_cfg_*: one per access, any device)
#   spi_r, spi_w      MMIO in the Root Complex Register Block (SPIBAR = RCBA+0x3800)
#   other_r, other_w  MMIO or port I/O reaching any other device model, or an I/O
#                     port no model claims ('io'); "<window> other_names
#                     <name(r|w):count,...>" says which (io@<port> for ports)
# Not counted as the tool's accesses: the config transport ('pci-conf-idx',
# 'pci-conf-data', 'pcie-mmcfg-mmio'; already one pci_cfg_* event per access),
# interrupt delivery ('apic-msi', 'ioapic'), the kernel's clocks ('hpet',
# 'acpi-tmr') and the console ('serial'): they are listed as bg_r/bg_w.
# Accesses that hit RAM or ROM (the memory-mapped flash window at the top of
# 4 GiB is ROM in QEMU) never reach a device model and are not in the trace.

BEGIN {
	split("pci-conf-idx pci-conf-data pcie-mmcfg-mmio apic-msi ioapic hpet acpi-tmr serial", b, " ")
	for (i in b)
		background[b[i]] = 1
	w = 0
	open = 0
}

$1 == "memory_region_ops_read" && /name 'lpc-rcrb-mmio'/ && / addr 0x[0-9a-f]*fff8 / {
	w++
	open = 1
	seen[w] = 1
	next
}
$1 == "memory_region_ops_read" && /name 'lpc-rcrb-mmio'/ && / addr 0x[0-9a-f]*fffc / {
	open = 0
	next
}
!open { next }
$1 == "pci_cfg_read" { n[w, "cfg_r"]++; next }
$1 == "pci_cfg_write" { n[w, "cfg_w"]++; next }
$1 == "memory_region_ops_read" || $1 == "memory_region_ops_write" {
	name = $0
	sub(/.* name '/, "", name)
	sub(/'.*/, "", name)
	rw = $1 == "memory_region_ops_read" ? "r" : "w"
	if (name == "lpc-rcrb-mmio")
		n[w, "spi_" rw]++
	else if (name in background)
		n[w, "bg_" rw]++
	else {
		n[w, "other_" rw]++
		if (name == "io") { # unclaimed I/O ports: say which
			addr = $0
			sub(/.* addr /, "", addr)
			sub(/ .*/, "", addr)
			name = name "@" addr
		}
		other[w, name " " rw]++
	}
}

END {
	for (i = 1; i <= w; i++) {
		split("cfg_r cfg_w spi_r spi_w other_r other_w bg_r bg_w", k, " ")
		for (j = 1; j <= 8; j++)
			print i, k[j], n[i, k[j]] + 0
		list = ""
		for (key in other) {
			split(key, p, SUBSEP)
			if (p[1] != i)
				continue
			split(p[2], q, " ")
			list = list (list == "" ? "" : ",") q[1] "(" q[2] "):" other[key]
		}
		print i, "other_names", list == "" ? "-" : list
	}
}
