/* SPDX-License-Identifier: GPL-2.0-or-later */
/* meaning.c - what an ME state means for the person about to flash, one sentence each. */
#include "me/me.h"

struct meaning {
	unsigned value;
	const char *text;
};

static const char *lookup(const struct meaning *t, size_t n, unsigned v)
{
	for (size_t i = 0; i < n; i++)
		if (t[i].value == v)
			return t[i].text;
	return NULL;
}

/* HFSTS1[19:16]; value names in layout.c me_opmode_names. */
static const struct meaning opmode_meaning[] = {
	{ 0x0, "ME is in Normal mode: it leaves the ME region's protection to the flash "
	       "descriptor, which usually locks it against the host; Security Override (jumper "
	       "or HMRFPO) or a manufacturing-mode firmware would lift that." },
	{ 0x2, "ME reports Debug mode, which is also how an ME disabled through the HAP or "
	       "AltMeDisable bit shows itself: it is not running its normal services, and the "
	       "flash descriptor alone decides who may write the ME region." },
	{ 0x3, "ME is temporarily disabled by the BIOS (Soft Temporary Disable) until the next "
	       "global reset; the flash descriptor alone decides who may write the ME region." },
	{ 0x4, "ME is in Security Override via the descriptor-override jumper (HDA_SDO strap): "
	       "the flash descriptor's access limits are lifted, so flashrom can write every "
	       "region; remove the jumper when you are done." },
	{ 0x5, "ME accepted an HMRFPO message (Security Override via MEI): it no longer "
	       "protects its region until the next reset, so the host may rewrite the ME region "
	       "where the descriptor grants write access." },
	{ 0x7, "ME runs in Enhanced Debug mode (debug or Ignition firmware, or disabled): this "
	       "is not a production configuration." },
	{ 0xf, "ME runs Server Platform Services (SPS) firmware: only the fields common to all "
	       "generations are decoded here." },
};

/* HFSTS1[3:0]; value names in layout.c me_cws_names. */
static const struct meaning cws_meaning[] = {
	{ 0x0, "ME is held in reset or its firmware never started." },
	{ 0x1, "ME firmware has not finished booting; an ME disabled through HAP or "
	       "AltMeDisable (me_cleaner -S) stays here on purpose." },
	{ 0x2, "ME booted its recovery image because the main firmware failed to load (often "
	       "a damaged or modified ME region): restore the ME region from the vendor image." },
	{ 0x3, "ME is in a test state." },
	{ 0x4, "ME firmware is disabled (for example through HAP or AltMeDisable) and runs none "
	       "of its services." },
	{ 0x5, "ME firmware finished booting and runs normally." },
	{ 0x6, "ME is waiting for the platform to disable it." },
	{ 0x7, "ME is switching operation state; read the status again in a moment." },
	{ 0x8, "ME found a CPU it does not accept (Invalid CPU Plugged In)." },
	{ 0xe, "ME firmware halted." },
};

const char *me_operation_mode_meaning(const struct me_facts *f)
{
	if (!reg_ok(&f->hfsts[0]))
		return NULL;
	return lookup(opmode_meaning, ARRAY_SIZE(opmode_meaning), f->operation_mode.value);
}

/* coreboot soc/intel/common/block/include/intelblocks/cse.h ME_HFS1_COM_SECOVER_JMPR,
 * ME_HFS1_COM_SECOVER_MEI_MSG; the same values in Linux mei hw-me-regs.h comments. */
#define ME_OPMODE_SECOVR_JUMPER 0x4
#define ME_OPMODE_SECOVR_HMRFPO 0x5

bool me_security_override(const struct me_facts *f)
{
	return reg_ok(&f->hfsts[0]) && f->operation_mode.known &&
	       (f->operation_mode.value == ME_OPMODE_SECOVR_JUMPER ||
		f->operation_mode.value == ME_OPMODE_SECOVR_HMRFPO);
}

const char *me_working_state_meaning(const struct me_facts *f)
{
	if (!reg_ok(&f->hfsts[0]))
		return NULL;
	if (f->working_state.value == 0x4 && f->layout != ME_LAYOUT_ME1_10 && !f->disabled)
		return "ME working state 4 reads as Disabled (intelmetool, fwupd) or as M3 without "
		       "UMA (coreboot cse.h).";
	return lookup(cws_meaning, ARRAY_SIZE(cws_meaning), f->working_state.value);
}

const char *me_mfg_mode_meaning(const struct me_facts *f)
{
	if (f->mfg_mode == TRI_YES)
		return "Manufacturing mode: the platform was not closed by its vendor: the ME region "
		       "and fuses may still be writable, and this is also a security risk.";
	if (f->mfg_mode == TRI_NO)
		return "Manufacturing mode is off: the vendor closed the platform (end of "
		       "manufacturing).";
	if (!f->mfg_mode_applicable && f->spi_protection_mode == TRI_NO)
		return "SPI protection mode is off: the flash descriptor is unlocked, which on a "
		       "shipped machine means the vendor did not close it; the ME region may be "
		       "writable and this is a security risk.";
	if (!f->mfg_mode_applicable && f->spi_protection_mode == TRI_YES)
		return "SPI protection mode is on: the flash descriptor is locked.";
	return NULL;
}

const char *me_presence_meaning(const struct me_facts *f)
{
	switch (f->presence) {
	case ME_ABSENT:
		return "No ME interface is visible: the firmware hid or disabled it (HAP, "
		       "AltMeDisable, a setup option) or the platform has none; the ME region's "
		       "write access is then decided by the flash descriptor alone.";
	case ME_PRESENT:
		if (!reg_ok(&f->hfsts[0]))
			return "The ME interface is there but its status could not be read: run as "
			       "root, or load the mei_me driver so that sysfs fw_status exists.";
		if (f->disabled)
			return "The ME interface answers but the ME is disabled.";
		return NULL;
	case ME_PRESENCE_UNKNOWN:
		break;
	}
	return "Could not tell whether there is an ME: run as root, or load the mei_me driver so "
	       "that /sys/class/mei exists.";
}
