/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_me.c - the ME: absent, unreadable, disabled, operation mode, manufacturing mode, Boot Guard (me.*). */
#include <stdio.h>
#include <string.h>
#include <errno.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/judge_internal.h"

/* ---- ME ----------------------------------------------------------------- */

/*
 * The ME status could not be read: say why from what the reads said, and advise only
 * what would help (no "load mei_me" while /sys/class/mei exists; root only when config
 * space was refused for want of it).
 */
static void me_unreadable(struct inspection *in)
{
	const struct me_facts *m = &in->me;
	const struct me_raw *raw = &in->me_raw;
	const struct reg *cfg = &raw->cfg[0];
	bool denied = cfg->read && cfg->status == -EACCES;
	struct finding *f = add(&in->findings, SEV_UNKNOWN, "me.unreadable");
	char cfg_why[160];

	if (m->presence == ME_PRESENCE_UNKNOWN)
		SAY(what, CAT_ME_UNREADABLE_WHAT_1);
	else
		SAY(what, CAT_ME_UNREADABLE_WHAT_2, reg_reason(&m->hfsts[0]));
	if (!raw->loc_known)
		snprintf(cfg_why, sizeof(cfg_why), "its PCI location is unknown");
	else if (!cfg->read)
		snprintf(cfg_why, sizeof(cfg_why), "it was not read");
	else
		snprintf(cfg_why, sizeof(cfg_why), "%s", reg_reason(cfg));
	SAY(why, CAT_ME_UNREADABLE_WHY, cfg_why,
	    raw->mei_loaded == TRI_NO ? "/sys/class/mei does not exist, so no MEI driver "
					"(mei_me, mei_txe) is loaded"
	    : raw->sysfs_why[0] ? raw->sysfs_why : "fw_status gave no status word");
	if (raw->mei_loaded == TRI_NO)
		SAY(todo, CAT_ME_UNREADABLE_TODO_1,
		    denied ? "; or run as root to read config space" : "");
	else if (denied)
		SAY(todo, CAT_ME_UNREADABLE_TODO_2);
	else
		SAY(todo, CAT_ME_UNREADABLE_TODO_3);
	if (m->presence == ME_PRESENT)
		cite(f, &m->hfsts[0], "HFSTS1", "Linux drivers/misc/mei/hw-me-regs.h (PCI_CFG_HFS_1)");
}

void judge_me(struct inspection *in)
{
	const struct me_facts *m = &in->me;
	struct findings *fs = &in->findings;
	struct finding *f;

	if (!in->me_collected)
		return;
	if (m->presence == ME_ABSENT) {
		f = add(fs, SEV_INFO, "me.absent");
		SAY(what, CAT_ME_ABSENT_WHAT, in->me_raw.loc.bus,
		    in->me_raw.loc.dev, in->me_raw.loc.fn,
		    m->presence_why[0] ? m->presence_why : "the device is not there");
		SAY(why, CAT_ME_ABSENT_WHY);
		SAY(todo, CAT_ME_ABSENT_TODO);
		return;
	}
	if (m->presence != ME_PRESENT && in->id.family && !in->me_raw.loc_known) {
		f = add(fs, SEV_INFO, "me.not_on_chipset");
		SAY(what, CAT_ME_NOT_ON_CHIPSET_WHAT, in->id.family->name);
		SAY(why, CAT_ME_NOT_ON_CHIPSET_WHY);
		SAY(todo, CAT_ME_NOT_ON_CHIPSET_TODO);
		return;
	}
	if (m->presence == ME_PRESENCE_UNKNOWN || !reg_ok(&m->hfsts[0])) {
		me_unreadable(in);
		return;
	}
	if (m->disabled) {
		f = add(fs, SEV_INFO, "me.disabled");
		SAY(what, CAT_ME_DISABLED_WHAT,
		    m->operation_mode.known ? m->operation_mode.name : "unknown",
		    m->working_state.known ? m->working_state.name : "unknown");
		SAY(why, CAT_ME_DISABLED_WHY);
		SAY(todo, CAT_ME_DISABLED_TODO);
		cite(f, &m->hfsts[0], "working state, operation mode", "coreboot cse.h; fwupd fu-intel-me.rs");
	}
	if (m->operation_mode.known && me_operation_mode_meaning(m)) {
		bool override = me_security_override(m);
		const struct spi_region *me_region = in->spi.nregions > 2 ? &in->spi.regions[2] : NULL;

		f = add(fs, override ? SEV_WARNING : SEV_INFO, "me.operation_mode");
		SAY(what, CAT_ME_OPERATION_MODE_WHAT, m->operation_mode.name,
		    me_operation_mode_meaning(m));
		bool seen = me_region && me_region->known && !me_region->unused;

		if (seen && me_region->write == TRI_NO)
			SAY(why, CAT_ME_OPERATION_MODE_WHY_1, override ? "disagree" : "agree",
			    me_region->base, me_region->limit);
		else if (seen && me_region->write == TRI_YES && override)
			SAY(why, CAT_ME_OPERATION_MODE_WHY_2, me_region->base, me_region->limit);
		else if (seen && me_region->write == TRI_YES)
			SAY(why, CAT_ME_OPERATION_MODE_WHY_3,
			    me_region->base, me_region->limit);
		else
			SAY(why, CAT_ME_OPERATION_MODE_WHY_4);
		SAY(todo, CAT_ME_OPERATION_MODE_TODO, override ? "Write the ME region now if that is the plan, and end "
					   "the override afterwards." :
			"Keep the ME region as it is when flashing (--ifd -i bios).");
		cite(f, &m->hfsts[0], "operation mode (bits 19:16)", "coreboot cse.h; Linux mei hw-me-regs.h");
	}
	if (m->mfg_mode_applicable && m->mfg_mode == TRI_YES) {
		f = add(fs, SEV_WARNING, "me.mfg_mode");
		SAY(what, CAT_ME_MFG_MODE_WHAT_1);
		SAY(why, CAT_ME_MFG_MODE_WHY_1);
		SAY(todo, CAT_ME_MFG_MODE_TODO_1);
		cite(f, &m->hfsts[0], "Manufacturing Mode (bit 4)", "coreboot cse.c; chipsec me_mfg_mode");
	} else if (m->mfg_mode_applicable && m->mfg_mode == TRI_NO) {
		f = add(fs, SEV_OK, "me.mfg_mode");
		SAY(what, CAT_ME_MFG_MODE_WHAT_2);
		SAY(why, CAT_ME_MFG_MODE_WHY_2);
		SAY(todo, CAT_ME_MFG_MODE_TODO_2);
		cite(f, &m->hfsts[0], "Manufacturing Mode (bit 4)", "coreboot cse.c; chipsec me_mfg_mode");
	}
	if (m->bootguard_verified == TRI_YES) {
		f = add(fs, SEV_BLOCKS, "me.bootguard_verified");
		SAY(what, CAT_ME_BOOTGUARD_VERIFIED_WHAT);
		SAY(why, CAT_ME_BOOTGUARD_VERIFIED_WHY);
		SAY(todo, CAT_ME_BOOTGUARD_VERIFIED_TODO);
		/* Verified boot is HFSTS6 bit 9, which CSME 11-17 report (fwupd FuMeiCsme11Hfsts6);
		 * CSME 18 moved Boot Guard to HFSTS5 without it (me/decode.c decode_bootguard
		 * leaves bootguard_verified unknown there), so this finding rests on HFSTS6. */
		cite(f, &m->hfsts[5], "Boot Guard verified boot (HFSTS6 bit 9)",
		     "coreboot cse.c; fwupd fu-intel-me.rs");
	}
}
