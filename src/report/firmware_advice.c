/* SPDX-License-Identifier: GPL-2.0-or-later */
/* firmware_advice.c - where Dasharo and coreboot keep the setting behind BLE, SMM_BWP and PRx. */
#include <stdio.h>
#include <string.h>

#include "reg.h"
#include "report/firmware_advice.h"

/*
 * Dasharo: Dasharo/docs docs/dasharo-menu-docs/dasharo-system-features.md
 * (@0473bbfd), "Dasharo Security Options": "BIOS boot medium lock" protects
 * the vboot recovery partition (the protected range; the firmware-update
 * guides, e.g. docs/variants/protectli_vp2420/firmware-update.md, call it
 * "Lock the BIOS boot medium"), "Enable SMM BIOS write protection" lets only
 * SMM write the BIOS (BLE + SMM_BWP), and "Enter Firmware Update Mode", in
 * the releases whose menu has it, lifts every firmware protection for one
 * boot.
 *
 * coreboot: the protected ranges come from the build option "Boot media
 * protection mechanism" (src/security/lockdown/Kconfig,
 * BOOTMEDIA_LOCK_CONTROLLER: "will make use of the SPIBAR PRRs"); SMM-only
 * writes from BOOTMEDIA_SMM_BWP (soc/intel/common/pch/lockdown/lockdown.c
 * fast_spi_enable_wp(), lpc_enable_wp()), which a setup menu can switch
 * ("BIOS Lock") only in builds with BOOTMEDIA_SMM_BWP_RUNTIME_OPTION.
 */
static const char *const dasharo[PROTECTION_COUNT] = {
	[PROTECTION_SMM_BWP] =
		"This machine runs Dasharo: in its setup menu, Dasharo System Features > "
		"Dasharo Security Options, clear \"Enable SMM BIOS write protection\", save "
		"(F10) and reboot; or choose \"Enter Firmware Update Mode\" there, where this "
		"release has it, which lifts every protection for one boot (Dasharo docs, "
		"Dasharo System Features).",
	[PROTECTION_BLE] =
		"This machine runs Dasharo: in its setup menu, Dasharo System Features > "
		"Dasharo Security Options, clear \"Enable SMM BIOS write protection\", or "
		"choose \"Enter Firmware Update Mode\" where this release has it (Dasharo docs, "
		"Dasharo System Features).",
	[PROTECTION_PRX] =
		"This machine runs Dasharo: in its setup menu, Dasharo System Features > "
		"Dasharo Security Options, clear \"Lock the BIOS boot medium\", save (F10) and "
		"reboot; or choose \"Enter Firmware Update Mode\" there, where this release has "
		"it (Dasharo docs, Dasharo System Features).",
};

static const char *const coreboot[PROTECTION_COUNT] = {
	[PROTECTION_SMM_BWP] =
		"This machine runs coreboot, which sets SMM_BWP at build time "
		"(CONFIG_BOOTMEDIA_SMM_BWP): its setup menu's \"BIOS Lock\" turns it off only "
		"in builds with CONFIG_BOOTMEDIA_SMM_BWP_RUNTIME_OPTION; otherwise flash a build "
		"without it with an external programmer.",
	[PROTECTION_BLE] =
		"This machine runs coreboot, which sets BIOS Lock at build time (chipset "
		"lockdown): a setup menu's \"BIOS Lock\" switch, where the build has one, turns it "
		"off.",
	[PROTECTION_PRX] =
		"This machine runs coreboot, whose build locks the boot medium through the "
		"protected ranges (CONFIG_BOOTMEDIA_LOCK_CONTROLLER, src/security/lockdown/"
		"Kconfig): a build with \"Don't lock boot media sections\" does not; until then "
		"write outside the range or use an external programmer.",
};

const char *firmware_advice(enum firmware_kind kind, enum flash_protection p)
{
	if ((unsigned)p >= PROTECTION_COUNT)
		return NULL;
	if (kind == FIRMWARE_DASHARO)
		return dasharo[p];
	if (kind == FIRMWARE_COREBOOT)
		return coreboot[p];
	return NULL;
}

void firmware_advice_append(char *todo, size_t size, enum firmware_kind kind,
			    enum flash_protection p)
{
	const char *a = firmware_advice(kind, p);
	size_t len = strlen(todo);

	if (a && len < size)
		snprintf(todo + len, size - len, "%s%s", len ? " " : "", a);
}
