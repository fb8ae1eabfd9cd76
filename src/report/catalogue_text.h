/* SPDX-License-Identifier: GPL-2.0-or-later */
/* catalogue_text.h - the words of every finding, by id: what, why, what to do. The judge
 * (judge_*.c) decides which and fills the printf slots; the ids and severities are in
 * catalogue.c, and docs/findings.md documents them. */
#ifndef SPI_INSPECT_CATALOGUE_TEXT_H
#define SPI_INSPECT_CATALOGUE_TEXT_H

/*
 * The flashrom messages quoted are those of flashrom 1.3/1.4 (ichspi.c, chipset_enable.c,
 * hwaccess_physmap.c, hwaccess_x86_io.c), the ones users paste into issues and the
 * Dasharo flashrom FAQ explains.
 */

/* ---- env.not_root ---------------------------------------------------------- */
#define CAT_ENV_NOT_ROOT_WHAT \
	"Not running as root: the SPI registers (/dev/mem) and config space past " \
	"offset 0x40 could not be read. flashrom would stop with \"Could not get I/O " \
	"privileges (Operation not permitted). You need to be root.\""
#define CAT_ENV_NOT_ROOT_WHY \
	"Linux lets only root (CAP_SYS_RAWIO) map physical memory and read the full " \
	"PCI configuration space. What is shown without root: the PCI IDs and the ME " \
	"status that /sys/class/mei exposes to every user."
#define CAT_ENV_NOT_ROOT_TODO_1 \
	"Run it again as root: sudo spi-inspect (add --save report.snap to attach " \
	"the readings to an issue)."
#define CAT_ENV_NOT_ROOT_TODO_2 \
	"Run it again as root (sudo spi-inspect). Note that the kernel is also " \
	"in lockdown mode (%s): even root will be refused /dev/mem until " \
	"lockdown is off (see the finding env.lockdown that a root run shows)."

/* ---- env.lockdown ---------------------------------------------------------- */
#define CAT_ENV_LOCKDOWN_WHAT \
	"The kernel is in lockdown mode (%s) and refused access to /dev/mem, so " \
	"the SPI registers could not be read. flashrom -p internal fails the same " \
	"way (\"Could not get I/O privileges\" or \"/dev/mem mmap failed\")."
#define CAT_ENV_LOCKDOWN_WHY \
	"Kernel lockdown forbids raw access to hardware from user space, even for " \
	"root, and cannot be lifted from user space. Distributions turn it on when " \
	"the machine boots with UEFI Secure Boot enabled."
#define CAT_ENV_LOCKDOWN_TODO \
	"Disable Secure Boot in the firmware setup (or with mokutil " \
	"--disable-validation on shim-based distributions) and reboot; or boot a " \
	"kernel built without CONFIG_SECURITY_LOCKDOWN_LSM_EARLY / with lockdown=none " \
	"allowed, for example a live USB system without Secure Boot."

/* ---- env.devmem_strict ----------------------------------------------------- */
#define CAT_ENV_DEVMEM_STRICT_WHAT \
	"The kernel refused to map the SPI registers through /dev/mem (EPERM). " \
	"flashrom stops with \"/dev/mem mmap failed: Operation not permitted\"."
#define CAT_ENV_DEVMEM_STRICT_WHY \
	"The kernel runs with strict /dev/mem (CONFIG_IO_STRICT_DEVMEM) and a driver " \
	"has claimed the memory page of the SPI controller (%s%s%s), so user space " \
	"may not map it. The kernel command line %s iomem=relaxed."
#define CAT_ENV_DEVMEM_STRICT_TODO_1 \
	"iomem=relaxed is already set, so the driver claimed the region " \
	"exclusively: unload it (for example modprobe -r spi_intel_pci " \
	"spi_intel_platform) and run spi-inspect again."
#define CAT_ENV_DEVMEM_STRICT_TODO_2 \
	"Add iomem=relaxed to the kernel command line: for one boot, press e " \
	"at the GRUB menu and append it to the line starting with linux; for " \
	"good, add it to GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, run " \
	"update-grub and reboot. Or unload the driver that holds the page " \
	"(for example modprobe -r iTCO_wdt, or spi_intel_pci) for this boot."

/* ---- chipset.no_devices ---------------------------------------------------- */
#define CAT_CHIPSET_NO_DEVICES_WHAT \
	"No PCI device was found at all, so there is no chipset to inspect."
#define CAT_CHIPSET_NO_DEVICES_WHY \
	"The PCI access method found nothing: /sys/bus/pci is not mounted or empty, " \
	"the lspci dump given with -A dump is empty, or the snapshot holds no device."
#define CAT_CHIPSET_NO_DEVICES_TODO \
	"Run it on the machine itself with sysfs mounted, or check the file given " \
	"with --from or -O dump.name=."

/* ---- chipset.no_bridge ----------------------------------------------------- */
#define CAT_CHIPSET_NO_BRIDGE_WHAT \
	"There is no device at 00:1f.0, where every Intel chipset since the ICH " \
	"has its LPC/eSPI bridge. flashrom would print \"WARNING: No chipset found.\""
#define CAT_CHIPSET_NO_BRIDGE_WHY \
	"This is not an Intel PC chipset, or a virtual machine without an ISA bridge."
/* The report a maintainer needs to add a chipset: the end of several "what to do"s. */
#define CAT_CHIPSET_REPORT_IT \
	"Run spi-inspect --save machine.snap as root and attach machine.snap " \
	"to an issue at the spi-inspect project, with the output of lspci -nn."

#define CAT_CHIPSET_NO_BRIDGE_TODO \
	CAT_CHIPSET_REPORT_IT

/* ---- chipset.not_intel ----------------------------------------------------- */
#define CAT_CHIPSET_NOT_INTEL_WHAT \
	"The bridge at 00:1f.0 is %04x:%04x%s%s%s, not an Intel chipset. " \
	"spi-inspect decodes Intel SPI controllers only."
#define CAT_CHIPSET_NOT_INTEL_WHY \
	"AMD, VIA and other chipsets have SPI controllers of their own design, " \
	"which flashrom handles with separate code."
#define CAT_CHIPSET_NOT_INTEL_TODO \
	"Use flashrom -p internal -V and read its chipset lines; if you want " \
	"support here, " CAT_CHIPSET_REPORT_IT

/* ---- chipset.unsupported --------------------------------------------------- */
#define CAT_CHIPSET_UNSUPPORTED_WHAT \
	"The Intel bridge %04x:%04x%s%s%s at 00:1f.0 is not in spi-inspect's " \
	"table. flashrom prints \"WARNING: No chipset found.\" for chipsets it does " \
	"not know either."
#define CAT_CHIPSET_UNSUPPORTED_WHY \
	"Each chipset generation moves the SPI registers; without knowing the " \
	"generation no register can be read safely."
#define CAT_CHIPSET_UNSUPPORTED_TODO \
	"Check whether a newer flashrom release lists this ID (flashrom -L); " CAT_CHIPSET_REPORT_IT

/* ---- chipset.untested ------------------------------------------------------ */
#define CAT_CHIPSET_UNTESTED_WHAT \
	"This chipset (%s, %04x:%04x) is %s in spi-inspect's table."
#define CAT_CHIPSET_UNTESTED_WHY \
	"Its entry comes from %s; no snapshot of a real machine with this ID " \
	"has been checked yet."
#define CAT_CHIPSET_UNTESTED_TODO \
	"If the report looks right (compare with flashrom -p internal -V), " \
	"attach spi-inspect --markdown output to an issue so that it can be marked " \
	"tested."

/* ---- chipset.no_spi -------------------------------------------------------- */
#define CAT_CHIPSET_NO_SPI_WHAT \
	"%s predates SPI flash controllers: the firmware sits on an LPC or FWH " \
	"flash chip, which has no descriptor, regions or protected ranges to decode."
#define CAT_CHIPSET_NO_SPI_WHY \
	"FWH/LPC flash is write-protected by the chip's own registers and by the " \
	"bridge's BIOS_CNTL, which flashrom handles chip by chip."
#define CAT_CHIPSET_NO_SPI_TODO \
	"Run flashrom -p internal -V and read its chip and BIOS_CNTL lines."

/* ---- spi.unreadable -------------------------------------------------------- */
#define CAT_SPI_UNREADABLE_WHAT \
	"The SPI controller's registers could not be read: %s."
#define CAT_SPI_UNREADABLE_WHY \
	"Without them nothing can be said about lockdown, region access or " \
	"protected ranges; spi-inspect does not guess."
#define CAT_SPI_UNREADABLE_TODO \
	"Fix the environment problem reported above, or attach the snapshot " \
	"(--save) to an issue if there is none."

/* ---- spi.flockdn ----------------------------------------------------------- */
#define CAT_SPI_FLOCKDN_WHAT_1 \
	"The SPI configuration is locked down (SPIS LOCK=1). flashrom " \
	"prints \"WARNING: SPI Configuration Lockdown activated.\""
#define CAT_SPI_FLOCKDN_WHAT_2 \
	"The SPI configuration is locked down (FLOCKDN=1). flashrom prints " \
	"\"SPI Configuration is locked down.\""
#define CAT_SPI_FLOCKDN_WHY_1 \
	"The firmware set FLOCKDN at boot: until the next reset the protected " \
	"ranges (PRx), the region access registers and the opcode menu cannot be " \
	"changed. Reading and writing what the descriptor allows still works."
#define CAT_SPI_FLOCKDN_TODO_1 \
	"Nothing to do for regions the host may write. To lift it, a firmware " \
	"setting (\"SPI lock\", \"Flash protection\" or \"BIOS lock\") must be " \
	"turned off, or the flash written with an external programmer."
#define CAT_SPI_FLOCKDN_WHAT_3 \
	"The SPI configuration is not locked down (%s=0)."
#define CAT_SPI_FLOCKDN_WHY_2 \
	"flashrom may reprogram the opcode menu; it does not clear the " \
	"protected ranges PBRn (ichspi.c init_ich7_spi)."
#define CAT_SPI_FLOCKDN_WHY_3 \
	"flashrom may reprogram the opcode menu and clear protected ranges%s."
#define CAT_SPI_FLOCKDN_TODO_2 \
	"Nothing."

/* ---- spi.descriptor_invalid ------------------------------------------------ */
#define CAT_SPI_DESCRIPTOR_INVALID_WHAT \
	"The flash descriptor is not valid (FDV=0): the controller runs in " \
	"non-descriptor mode and there are no regions or region permissions."
#define CAT_SPI_DESCRIPTOR_INVALID_WHY \
	"The first bytes of the flash do not hold the descriptor signature " \
	"0x0FF0A55A, or the chip was not found at boot."
#define CAT_SPI_DESCRIPTOR_INVALID_TODO \
	"flashrom sees the chip as one piece: back it up whole " \
	"(flashrom -p internal -r backup.rom) before anything else, and do not use " \
	"--ifd, which needs a descriptor."

/* ---- spi.fdopss ------------------------------------------------------------ */
#define CAT_SPI_FDOPSS_WHAT \
	"The descriptor override strap is set (FDOPSS=0): the region " \
	"permissions of the descriptor are not enforced."
#define CAT_SPI_FDOPSS_WHY \
	"A jumper or pin strap (often HDA_SDO or \"ME_FLASH\"/\"ME_DISABLE\") was " \
	"set at power-on; in this mode the host may read and write every region, " \
	"including the ME region and the descriptor."
#define CAT_SPI_FDOPSS_TODO \
	"This is the state in which a whole-chip write works; remove the strap " \
	"again after flashing, since it also lets any root process rewrite the ME " \
	"and the descriptor."

/* ---- spi.region_access ----------------------------------------------------- */
#define CAT_SPI_REGION_ACCESS_WHAT \
	"Host access to the %s region (FREG%u, 0x%08x-0x%08x) is unknown: %s."
#define CAT_SPI_REGION_ACCESS_WHY \
	"spi-inspect does not guess permissions it could not read."
#define CAT_SPI_REGION_ACCESS_TODO \
	"Treat the region as locked: use --ifd -i bios with flashrom."

/* ---- spi.region_locked ----------------------------------------------------- */
#define CAT_SPI_REGION_LOCKED_WHAT \
	"The %s region (FREG%u, 0x%08x-0x%08x) can be %s by the host. flashrom " \
	"prints \"FREG%u: %s region (0x%08x-0x%08x) is %s.\" and a whole-chip %s " \
	"fails with \"Transaction error between offset 0x%08x and ...\"."
#define CAT_SPI_REGION_LOCKED_WHY \
	"The flash descriptor's master section (FLMSTR1, mirrored in %s) denies " \
	"the host this access; the descriptor is locked like this by the vendor."
#define CAT_SPI_REGION_LOCKED_TODO \
	"Work on the BIOS region alone: flashrom -p internal --ifd -i bios -r " \
	"bios.rom to read, --ifd -i bios -w coreboot.rom --noverify-all to write. " \
	"To unlock the region: set the descriptor override strap (FDOPSS), use ME " \
	"manufacturing mode or an HMRFPO/Security Override where the ME allows it, " \
	"or use an external programmer."

/* ---- spi.protected_range --------------------------------------------------- */
#define CAT_SPI_PROTECTED_RANGE_WHAT_1 \
	"%s protects 0x%08x-0x%08x against %s%s. flashrom -V prints the " \
	"register (\"%s\") but does not decode or clear it."
#define CAT_SPI_PROTECTED_RANGE_WHAT_2 \
	"%s protects 0x%08x-0x%08x against %s%s. flashrom prints \"%s: " \
	"Warning: 0x%08x-0x%08x is %s.\""
#define CAT_SPI_PROTECTED_RANGE_WHY_1 \
	"The firmware set this protected range and locked it with %s (a " \
	"setting such as \"BIOS boot medium lock\", \"Flash write " \
	"protection\" or Chromebook/vboot write protection); it holds until " \
	"the next reset."
#define CAT_SPI_PROTECTED_RANGE_WHY_2 \
	"The firmware set this protected range. The SPI configuration is not " \
	"locked (SPIS LOCK=0), but flashrom does not clear PBRn on ICH7-style " \
	"controllers (ichspi.c init_ich7_spi only prints them), so %s inside " \
	"it fail."
#define CAT_SPI_PROTECTED_RANGE_WHY_3 \
	"The firmware set this protected range but did not lock it (FLOCKDN=0%s), " \
	"so flashrom clears it (ichspi.c ich9_set_pr) before reading or " \
	"writing."
#define CAT_SPI_PROTECTED_RANGE_WHY_4 \
	"The firmware set this protected range and did not set FLOCKDN, but " \
	"DLOCK, which locks %s on its own, could not be read (%s): whether " \
	"flashrom can clear it is unknown."
#define CAT_SPI_PROTECTED_RANGE_TODO_1 \
	"Run flashrom -p internal -V: if it still prints \"%s: Warning: ...\" " \
	"after its attempt to clear the range, the range is locked; then turn " \
	"the firmware's flash protection setting off."
#define CAT_SPI_PROTECTED_RANGE_TODO_2 \
	"flashrom --ifd -i bios -w fails inside this range. Turn the " \
	"firmware's flash protection setting off; where the flash layout is " \
	"an FMAP with RW sections outside the range (vboot), flashrom " \
	"--fmap -i RW_SECTION_A -i RW_SECTION_B -w still works; otherwise use " \
	"an external programmer."
#define CAT_SPI_PROTECTED_RANGE_TODO_3 \
	"Regions outside 0x%08x-0x%08x can still be written; turn the " \
	"firmware's flash protection setting off to write inside it."
#define CAT_SPI_PROTECTED_RANGE_TODO_4 \
	"Nothing, unless the firmware's SMM code re-arms it: then turn the " \
	"firmware's flash protection setting off."

/* ---- spi.bbar -------------------------------------------------------------- */
#define CAT_SPI_BBAR_WHAT_1 \
	"BBAR could not be read (%s): whether it keeps flashrom from the lowest " \
	"flash addresses is unknown."
#define CAT_SPI_BBAR_WHY_1 \
	"The controller runs no cycle below BBAR, and here flashrom may not be able " \
	"to set it to 0 (%s)."
#define CAT_SPI_BBAR_TODO_1 \
	"Run flashrom -p internal -V and look for \"Setting BBAR to 0x00000000 " \
	"failed!\"; without it, BBAR is not in the way."
#define CAT_SPI_BBAR_WHAT_2 \
	"BBAR is 0x%08x: the SPI controller runs no cycle below that flash address. " \
	"flashrom -V prints \"0x%x: 0x%08x (BBAR)\" and sets it to 0."
#define CAT_SPI_BBAR_WHY_2 \
	"The SPI configuration is not locked (%s=0), so flashrom's write " \
	"(ichspi.c ich_set_bbar) takes and the whole flash is in reach again."
#define CAT_SPI_BBAR_TODO_2 \
	"Nothing."
#define CAT_SPI_BBAR_WHAT_3 \
	"BBAR is 0x%08x and flashrom cannot lower it: flash addresses " \
	"0x00000000-0x%08x cannot be read or written from the host%s%s%s. " \
	"flashrom prints \"Setting BBAR to 0x00000000 failed! New value: " \
	"0x%08x.\" and refuses them (\"ich_spi_send_command: Addressed region " \
	"... not in allowed range 0x%06x-...\")."
#define CAT_SPI_BBAR_WHAT_4 \
	"BBAR is 0x%08x and flashrom leaves it: flash addresses " \
	"0x00000000-0x%08x (the whole chip, if it is smaller) cannot be read or " \
	"written from the host. flashrom prints nothing about BBAR here; the " \
	"cycles fail with \"Transaction error!\"."
#define CAT_SPI_BBAR_WHY_3 \
	"The firmware set BBAR and locked the SPI configuration (SPIS LOCK=1), " \
	"which holds BBAR until the next reset."
#define CAT_SPI_BBAR_WHY_4 \
	"The flash descriptor is not valid, and flashrom sets BBAR to 0 only in " \
	"descriptor mode (ichspi.c init_ich_default); the controller refuses " \
	"every programmed cycle below BBAR (Intel 6-series datasheet 324645, " \
	"21.1.23)."
#define CAT_SPI_BBAR_TODO_3 \
	"Work on the BIOS region alone (flashrom -p internal --ifd -i bios); " \
	"for the flash below 0x%08x turn the firmware's flash protection off " \
	"or use an external programmer."
#define CAT_SPI_BBAR_TODO_4 \
	"Use an external programmer for the flash below 0x%08x; flashrom -l " \
	"with a layout whose entries all start at or above 0x%08x still reaches " \
	"the rest."
#define CAT_SPI_BBAR_WHAT_5 \
	"BBAR is 0x%08x and flashrom cannot lower it: flashrom prints \"Setting " \
	"BBAR to 0x00000000 failed! New value: 0x%08x.\" It keeps the chip above " \
	"BBAR, so a chip of %u KiB or less loses nothing, and a larger one its lowest " \
	"bytes (%s)."
#define CAT_SPI_BBAR_WHY_5 \
	"The firmware set BBAR and locked the SPI configuration (%s), which holds " \
	"BBAR until the next reset; no register read here gives the chip's size."
#define CAT_SPI_BBAR_TODO_5 \
	"Run flashrom -p internal -V: its \"Found ... flash chip ... (N kB, SPI)\" " \
	"line gives the size. Up to %u kB nothing is lost; otherwise reads and writes " \
	"below that size's limit fail (\"ich_spi_send_command: Addressed region ... " \
	"not in allowed range ...\"): use an external programmer for them."
#define CAT_SPI_BBAR_WHAT_6 \
	"BBAR is 0x%08x: the controller runs no cycle below that flash address " \
	"(%s). flashrom -V prints \"0x%x: 0x%08x (BBAR)\" and tries to set it to 0."
#define CAT_SPI_BBAR_WHY_6 \
	"FLOCKDN is set. Intel's 6-series datasheet marks no lock-down for BBAR, so " \
	"flashrom's write should take, but no source confirms that for every " \
	"generation."
#define CAT_SPI_BBAR_TODO_6 \
	"Run flashrom -p internal -V: if it prints \"Setting BBAR to 0x00000000 " \
	"failed! New value: 0x%08x.\", reads and writes below 0x%08x fail " \
	"(\"Addressed region ... not in allowed range\")%s."

/* ---- spi.boot_straps ------------------------------------------------------- */
#define CAT_SPI_BOOT_STRAPS_WHAT_1 \
	"GCS could not be read (%s): whether the chipset boots from SPI or LPC is " \
	"unknown."
#define CAT_SPI_BOOT_STRAPS_WHY_1 \
	"On ICH7 strapped to LPC, flashrom does not use the SPI controller at all " \
	"(chipset_enable.c enable_flash_ich_spi)."
#define CAT_SPI_BOOT_STRAPS_TODO_1 \
	"Run flashrom -p internal -V and read its \"Boot BIOS Straps: 0x.\" line."
#define CAT_SPI_BOOT_STRAPS_WHAT_2 \
	"The chipset is strapped to boot from LPC (GCS BBS=3). flashrom prints " \
	"\"Boot BIOS Straps: 0x3 (LPC)\" and then probes only LPC/FWH flash chips: " \
	"it does not use the SPI controller described here."
#define CAT_SPI_BOOT_STRAPS_WHY_2 \
	"A strap selects where the BIOS is fetched from; flashrom does not set up " \
	"SPI on an ICH7 booting from LPC (chipset_enable.c enable_flash_ich_spi). " \
	"Laptops of that era often have an embedded controller or super I/O that " \
	"answers on LPC and holds the flash chip behind it."
#define CAT_SPI_BOOT_STRAPS_TODO_2 \
	"Read flashrom -p internal -V for the LPC/FWH chip it finds; an SPI chip " \
	"behind an embedded controller needs support for that controller or an " \
	"external programmer."
#define CAT_SPI_BOOT_STRAPS_WHAT_3 \
	"The BIOS is fetched over LPC/eSPI, not from the SPI flash (BIOS_SPI_BC BBS=1). " \
	"flashrom prints \"Boot BIOS Straps: 0x1 (LPC)\" (100- to 400-series) or \"(eSPI)\" " \
	"(500-series on) and still reads and writes the SPI flash."
#define CAT_SPI_BOOT_STRAPS_WHY_3 \
	"A strap makes the chipset boot from a device on LPC/eSPI, for example flash " \
	"shared through the embedded controller; the SPI flash may then not hold the " \
	"firmware that runs."
#define CAT_SPI_BOOT_STRAPS_TODO_3 \
	"Make sure the SPI flash is the chip you mean to write before flashing it."

/* ---- bios.cntl_unreadable -------------------------------------------------- */
#define CAT_BIOS_CNTL_UNREADABLE_WHAT \
	"BIOS_CNTL could not be read (%s): whether BIOS write protection is " \
	"armed is unknown."
#define CAT_BIOS_CNTL_UNREADABLE_WHY \
	"spi-inspect does not guess protection bits it could not read."
#define CAT_BIOS_CNTL_UNREADABLE_TODO \
	"Run as root; if it still fails, attach the snapshot to an issue."

/* ---- bios.smm_bwp ---------------------------------------------------------- */
#define CAT_BIOS_SMM_BWP_WHAT \
	"BIOS region SMM protection is enabled (BLE=1, SMM_BWP/EISS=1): only " \
	"SMM code may write the flash. flashrom prints \"Warning: BIOS region SMM " \
	"protection is enabled!\" and \"Setting BIOS Control at 0x%x from 0x.. to " \
	"0x.. failed.\""
#define CAT_BIOS_SMM_BWP_WHY \
	"The firmware's \"SMM BIOS write protection\" (also \"BIOS Lock\" or " \
	"\"Flash Protection\") setting is on: writes from the host CPU outside SMM " \
	"are dropped whatever the descriptor allows."
#define CAT_BIOS_SMM_BWP_TODO \
	"Turn \"SMM BIOS write protection\" / \"BIOS Lock\" off in the firmware " \
	"setup, or use an external programmer."

/* ---- bios.ble -------------------------------------------------------------- */
#define CAT_BIOS_BLE_WHAT_1 \
	"BIOS Lock Enable is set (BLE=1) without SMM_BWP: setting BIOSWE raises " \
	"an SMI, and the firmware's SMI handler decides whether writes may go on."
#define CAT_BIOS_BLE_WHY_1 \
	"Many firmwares clear BIOSWE again from SMM; flashrom then prints " \
	"\"Setting BIOS Control at 0x%x from 0x.. to 0x.. failed.\" and writes fail."
#define CAT_BIOS_BLE_TODO_1 \
	"If flashrom reports that failure, turn \"BIOS Lock\" off in the " \
	"firmware setup; spi-inspect cannot tell without a register write, which " \
	"it never makes."
#define CAT_BIOS_BLE_WHAT_2 \
	"BIOS_CNTL does not lock BIOSWE (BLE=0): flashrom can enable BIOS writes."
#define CAT_BIOS_BLE_WHY_2 \
	"The firmware did not arm BIOS Lock."
#define CAT_BIOS_BLE_TODO_2 \
	"Nothing."

/* ---- me.unreadable --------------------------------------------------------- */
#define CAT_ME_UNREADABLE_WHAT_1 \
	"The ME status registers could not be read, so whether there is an ME, " \
	"and its state, are unknown."
#define CAT_ME_UNREADABLE_WHAT_2 \
	"The ME interface is there, but its status register HFSTS1 could not be " \
	"read (%s): the ME's state is unknown."
#define CAT_ME_UNREADABLE_WHY \
	"PCI config space: %s. sysfs: %s."
#define CAT_ME_UNREADABLE_TODO_1 \
	"Load the MEI driver (modprobe mei_me, or mei_txe on Atom SoCs) so that " \
	"/sys/class/mei/mei0/fw_status appears, which any user may read%s."
#define CAT_ME_UNREADABLE_TODO_2 \
	"Run as root (sudo spi-inspect --me-status): config space past offset " \
	"0x40 needs root."
#define CAT_ME_UNREADABLE_TODO_3 \
	"Attach the snapshot (spi-inspect --save machine.snap) to an issue: the " \
	"reads above say what failed."

/* ---- me.absent ------------------------------------------------------------- */
#define CAT_ME_ABSENT_WHAT \
	"No ME interface was found at %02x:%02x.%x: %s."
#define CAT_ME_ABSENT_WHY \
	"The ME interface is hidden by the firmware, the ME is disabled (HAP / " \
	"AltMeDisable, me_cleaner), or this platform has none."
#define CAT_ME_ABSENT_TODO \
	"Nothing for flashing; the ME region's lock is read from the SPI " \
	"registers above."

/* ---- me.not_on_chipset ----------------------------------------------------- */
#define CAT_ME_NOT_ON_CHIPSET_WHAT \
	"%s has no ME interface: its family description names no HECI function, " \
	"and no MEI device was found in sysfs."
#define CAT_ME_NOT_ON_CHIPSET_WHY \
	"The chipset's entry names no ME (HECI) interface: the ME came with the " \
	"ICH8 generation, and Atom SoCs such as Tunnel Creek, Centerton and Avoton " \
	"have none."
#define CAT_ME_NOT_ON_CHIPSET_TODO \
	"Nothing: there is no ME region to keep."

/* ---- me.disabled ----------------------------------------------------------- */
#define CAT_ME_DISABLED_WHAT \
	"The ME reports a disabled state (operation mode: %s, working state: %s)."
#define CAT_ME_DISABLED_WHY \
	"It was disabled by HAP/AltMeDisable, by me_cleaner, or by a Soft " \
	"Temporary Disable message from the firmware."
#define CAT_ME_DISABLED_TODO \
	"Nothing for flashing; keep the ME region as it is when writing."

/* ---- me.operation_mode ----------------------------------------------------- */
#define CAT_ME_OPERATION_MODE_WHAT \
	"ME operation mode: %s. %s"
#define CAT_ME_OPERATION_MODE_WHY_1 \
	"The SPI registers %s: the host may not write the ME region " \
	"(0x%08x-0x%08x)."
#define CAT_ME_OPERATION_MODE_WHY_2 \
	"The SPI registers agree: the host may write the ME region " \
	"(0x%08x-0x%08x)."
#define CAT_ME_OPERATION_MODE_WHY_3 \
	"Unlike what this mode usually means, the descriptor lets the host " \
	"write the ME region (0x%08x-0x%08x): the vendor left it open."
#define CAT_ME_OPERATION_MODE_WHY_4 \
	"The ME region's host access could not be seen in the SPI registers."
#define CAT_ME_OPERATION_MODE_TODO \
	"%s"

/* ---- me.mfg_mode ----------------------------------------------------------- */
#define CAT_ME_MFG_MODE_WHAT_1 \
	"The ME is in manufacturing mode: the platform was not closed by its vendor."
#define CAT_ME_MFG_MODE_WHY_1 \
	"In manufacturing mode the ME region and the fuses may still be writable, " \
	"which makes a full flash possible and is also a security risk: anyone with " \
	"root can rewrite the ME and the descriptor."
#define CAT_ME_MFG_MODE_TODO_1 \
	"Use it to back up and flash the whole chip if you need to; report it to " \
	"the vendor if this is a production machine."
#define CAT_ME_MFG_MODE_WHAT_2 \
	"The ME is not in manufacturing mode."
#define CAT_ME_MFG_MODE_WHY_2 \
	"The vendor closed the platform at the end of manufacturing."
#define CAT_ME_MFG_MODE_TODO_2 \
	"Nothing."

/* ---- me.bootguard_verified ------------------------------------------------- */
#define CAT_ME_BOOTGUARD_VERIFIED_WHAT \
	"Intel Boot Guard verified boot is enabled: the CPU checks the firmware's " \
	"signature against a key fused by the vendor."
#define CAT_ME_BOOTGUARD_VERIFIED_WHY \
	"Firmware not signed with the vendor's key (coreboot, Dasharo, Libreboot " \
	"built by you) will not start: the machine will not boot or shuts down after " \
	"a timeout."
#define CAT_ME_BOOTGUARD_VERIFIED_TODO \
	"Do not flash open firmware on this machine unless the port documents a " \
	"Boot Guard workaround for it; flashrom itself can still write."

/* ---- spi.unreadable, -A dump: an lspci dump is config space only. Without root, lspci
 * prints the first 64 bytes of each function (Linux pci-sysfs.c pci_read_config()). */
#define CAT_SPI_UNREADABLE_WHAT_DUMP_SHORT \
	"The lspci dump %s holds only the first 64 bytes of each function's " \
	"config space: it was taken without root, so even the SPI base address " \
	"is missing."
#define CAT_SPI_UNREADABLE_TODO_DUMP_SHORT \
	"Take the dump again as root: sudo lspci -xxxx > lspci.txt; better, run " \
	"sudo spi-inspect --save machine.snap on that machine."
#define CAT_SPI_UNREADABLE_WHAT_DUMP \
	"The SPI controller's registers are memory-mapped (SPIBAR), and the lspci " \
	"dump %s holds PCI config space only: no register behind SPIBAR is in it."
#define CAT_SPI_UNREADABLE_TODO_DUMP \
	"Run sudo spi-inspect --save machine.snap on that machine, which records " \
	"the memory-mapped registers too, and replay it with --from machine.snap."

#endif
