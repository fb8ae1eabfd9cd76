/* SPDX-License-Identifier: GPL-2.0-or-later */
/* catalogue.c - the finding ids, one row each; docs/findings.md documents the same list
 * (tests/test-judge checks both ways, and that every finding given is in it). */
#include <string.h>

#include "report/catalogue.h"

#define B SEV(SEV_BLOCKS)
#define W SEV(SEV_WARNING)
#define U SEV(SEV_UNKNOWN)
#define I SEV(SEV_INFO)
#define K SEV(SEV_OK)

const struct catalogue_entry catalogue[] = {
	{ "env.not_root", B, "judge_env.c" },
	{ "env.devmem_strict", B, "judge_env.c" },
	{ "env.lockdown", B, "judge_env.c" },
	{ "chipset.no_devices", B, "judge_ident.c" },
	{ "chipset.no_bridge", B, "judge_ident.c" },
	{ "chipset.not_intel", B, "judge_ident.c" },
	{ "chipset.unsupported", B, "judge_ident.c" },
	{ "chipset.untested", I, "judge_ident.c" },
	{ "chipset.no_spi", I, "judge_ident.c" },
	{ "spi.unreadable", U, "judge_spi.c" },
	{ "spi.flockdn", W | K, "judge_spi.c" },
	{ "spi.descriptor_invalid", W, "judge_spi.c" },
	{ "spi.fdopss", W, "judge_spi.c" },
	{ "spi.region_locked.<region>", B, "judge_regions.c" },
	{ "spi.region_access.<region>", U, "judge_regions.c" },
	{ "spi.protected_range.<prN>", B | W | U, "judge_prs.c" },
	{ "spi.bbar", B | U | I, "judge_bbar.c" },
	{ "spi.boot_straps", W | I | U, "judge_bbar.c" },
	{ "bios.smm_bwp", B, "judge_bios_cntl.c" },
	{ "bios.ble", W | K, "judge_bios_cntl.c" },
	{ "bios.cntl_unreadable", U, "judge_bios_cntl.c" },
	{ "me.absent", I, "judge_me.c" },
	{ "me.not_on_chipset", I, "judge_me.c" },
	{ "me.unreadable", U, "judge_me.c" },
	{ "me.disabled", I, "judge_me.c" },
	{ "me.operation_mode", I | W, "judge_me.c" },
	{ "me.mfg_mode", W | K, "judge_me.c" },
	{ "me.bootguard_verified", B, "judge_me.c" },
	/* the flash plan for --image (report/plan*.c) */
	{ "plan.decode_only", U, "plan.c" },
	{ "plan.size_mismatch", B, "plan.c" },
	{ "plan.image_density", W, "plan.c" },
	{ "plan.layout_mismatch", B, "plan.c" },
	{ "plan.descriptor_changes", W, "plan.c" },
	{ "plan.backup_partial", W, "plan.c" },
	{ "plan.backup_disagrees", W, "plan.c" },
	{ "plan.fmap_missing", B | U, "plan.c" },
	{ "plan.fmap_mismatch", W, "plan.c" },
	{ "plan.region_overlap", B, "plan.c" },
	{ "plan.no_descriptor", I, "plan.c" },
	{ "plan.noverify", I, "plan.c" },
	{ "plan.sequence", K | B | U, "plan.c" },
};
const size_t catalogue_count = ARRAY_SIZE(catalogue);

/* "spi.region_locked.bios" against "spi.region_locked.<region>": the part before '<'
 * equal, and the rest a lower-case key. */
static bool matches(const char *pattern, const char *id)
{
	const char *open = strchr(pattern, '<');
	size_t fixed = open ? (size_t)(open - pattern) : strlen(pattern) + 1;

	if (strncmp(pattern, id, fixed) != 0)
		return false;
	if (!open)
		return true;
	id += fixed;
	if (!*id)
		return false;
	for (; *id; id++)
		if (!((*id >= 'a' && *id <= 'z') || (*id >= '0' && *id <= '9') || *id == '_'))
			return false;
	return true;
}

const struct catalogue_entry *catalogue_find(const char *id)
{
	for (size_t i = 0; i < catalogue_count; i++)
		if (matches(catalogue[i].id, id))
			return &catalogue[i];
	return NULL;
}
