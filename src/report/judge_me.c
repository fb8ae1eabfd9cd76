/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_me.c - the ME: absent, unreadable, disabled, operation mode, manufacturing mode, Boot Guard (me.*). */
#include <stdio.h>
#include <string.h>
#include <errno.h>

#include "inspect.h"
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
		SAY(what, "The ME status registers could not be read, so whether there is an ME, "
			  "and its state, are unknown.");
	else
		SAY(what, "The ME interface is there, but its status register HFSTS1 could not be "
			  "read (%s): the ME's state is unknown.", reg_reason(&m->hfsts[0]));
	if (!raw->loc_known)
		snprintf(cfg_why, sizeof(cfg_why), "its PCI location is unknown");
	else if (!cfg->read)
		snprintf(cfg_why, sizeof(cfg_why), "it was not read");
	else
		snprintf(cfg_why, sizeof(cfg_why), "%s", reg_reason(cfg));
	SAY(why, "PCI config space: %s. sysfs: %s.", cfg_why,
	    raw->mei_loaded == TRI_NO ? "/sys/class/mei does not exist, so no MEI driver "
					"(mei_me, mei_txe) is loaded"
	    : raw->sysfs_why[0] ? raw->sysfs_why : "fw_status gave no status word");
	if (raw->mei_loaded == TRI_NO)
		SAY(todo, "Load the MEI driver (modprobe mei_me, or mei_txe on Atom SoCs) so that "
			  "/sys/class/mei/mei0/fw_status appears, which any user may read%s.",
		    denied ? "; or run as root to read config space" : "");
	else if (denied)
		SAY(todo, "Run as root (sudo spi-inspect --me-status): config space past offset "
			  "0x40 needs root.");
	else
		SAY(todo, "Attach the snapshot (spi-inspect --save machine.snap) to an issue: the "
			  "reads above say what failed.");
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
		SAY(what, "No ME interface was found at %02x:%02x.%x: %s.", in->me_raw.loc.bus,
		    in->me_raw.loc.dev, in->me_raw.loc.fn,
		    m->presence_why[0] ? m->presence_why : "the device is not there");
		SAY(why, "The ME interface is hidden by the firmware, the ME is disabled (HAP / "
			 "AltMeDisable, me_cleaner), or this platform has none.");
		SAY(todo, "Nothing for flashing; the ME region's lock is read from the SPI "
			  "registers above.");
		return;
	}
	if (m->presence != ME_PRESENT && in->id.family && !in->me_raw.loc_known) {
		f = add(fs, SEV_INFO, "me.not_on_chipset");
		SAY(what, "%s has no ME interface: its family description names no HECI function, "
			  "and no MEI device was found in sysfs.", in->id.family->name);
		SAY(why, "The chipset's entry names no ME (HECI) interface: the ME came with the "
			 "ICH8 generation, and Atom SoCs such as Tunnel Creek, Centerton and Avoton "
			 "have none.");
		SAY(todo, "Nothing: there is no ME region to keep.");
		return;
	}
	if (m->presence == ME_PRESENCE_UNKNOWN || !reg_ok(&m->hfsts[0])) {
		me_unreadable(in);
		return;
	}
	if (m->disabled) {
		f = add(fs, SEV_INFO, "me.disabled");
		SAY(what, "The ME reports a disabled state (operation mode: %s, working state: %s).",
		    m->operation_mode.known ? m->operation_mode.name : "unknown",
		    m->working_state.known ? m->working_state.name : "unknown");
		SAY(why, "It was disabled by HAP/AltMeDisable, by me_cleaner, or by a Soft "
			 "Temporary Disable message from the firmware.");
		SAY(todo, "Nothing for flashing; keep the ME region as it is when writing.");
		cite(f, &m->hfsts[0], "working state, operation mode", "coreboot cse.h; fwupd fu-intel-me.rs");
	}
	if (m->operation_mode.known && me_operation_mode_meaning(m)) {
		bool override = me_security_override(m);
		const struct spi_region *me_region = in->spi.nregions > 2 ? &in->spi.regions[2] : NULL;

		f = add(fs, override ? SEV_WARNING : SEV_INFO, "me.operation_mode");
		SAY(what, "ME operation mode: %s. %s", m->operation_mode.name,
		    me_operation_mode_meaning(m));
		bool seen = me_region && me_region->known && !me_region->unused;

		if (seen && me_region->write == TRI_NO)
			SAY(why, "The SPI registers %s: the host may not write the ME region "
				 "(0x%08x-0x%08x).", override ? "disagree" : "agree",
			    me_region->base, me_region->limit);
		else if (seen && me_region->write == TRI_YES && override)
			SAY(why, "The SPI registers agree: the host may write the ME region "
				 "(0x%08x-0x%08x).", me_region->base, me_region->limit);
		else if (seen && me_region->write == TRI_YES)
			SAY(why, "Unlike what this mode usually means, the descriptor lets the host "
				 "write the ME region (0x%08x-0x%08x): the vendor left it open.",
			    me_region->base, me_region->limit);
		else
			SAY(why, "The ME region's host access could not be seen in the SPI registers.");
		SAY(todo, "%s", override ? "Write the ME region now if that is the plan, and end "
					   "the override afterwards." :
			"Keep the ME region as it is when flashing (--ifd -i bios).");
		cite(f, &m->hfsts[0], "operation mode (bits 19:16)", "coreboot cse.h; Linux mei hw-me-regs.h");
	}
	if (m->mfg_mode_applicable && m->mfg_mode == TRI_YES) {
		f = add(fs, SEV_WARNING, "me.mfg_mode");
		SAY(what, "The ME is in manufacturing mode: the platform was not closed by its vendor.");
		SAY(why, "In manufacturing mode the ME region and the fuses may still be writable, "
			 "which makes a full flash possible and is also a security risk: anyone with "
			 "root can rewrite the ME and the descriptor.");
		SAY(todo, "Use it to back up and flash the whole chip if you need to; report it to "
			  "the vendor if this is a production machine.");
		cite(f, &m->hfsts[0], "Manufacturing Mode (bit 4)", "coreboot cse.c; chipsec me_mfg_mode");
	} else if (m->mfg_mode_applicable && m->mfg_mode == TRI_NO) {
		f = add(fs, SEV_OK, "me.mfg_mode");
		SAY(what, "The ME is not in manufacturing mode.");
		SAY(why, "The vendor closed the platform at the end of manufacturing.");
		SAY(todo, "Nothing.");
		cite(f, &m->hfsts[0], "Manufacturing Mode (bit 4)", "coreboot cse.c; chipsec me_mfg_mode");
	}
	if (m->bootguard_verified == TRI_YES) {
		f = add(fs, SEV_BLOCKS, "me.bootguard_verified");
		SAY(what, "Intel Boot Guard verified boot is enabled: the CPU checks the firmware's "
			  "signature against a key fused by the vendor.");
		SAY(why, "Firmware not signed with the vendor's key (coreboot, Dasharo, Libreboot "
			 "built by you) will not start: the machine will not boot or shuts down after "
			 "a timeout.");
		SAY(todo, "Do not flash open firmware on this machine unless the port documents a "
			  "Boot Guard workaround for it; flashrom itself can still write.");
		/* Verified boot is HFSTS6 bit 9, which CSME 11-17 report (fwupd FuMeiCsme11Hfsts6);
		 * CSME 18 moved Boot Guard to HFSTS5 without it (me/decode.c decode_bootguard
		 * leaves bootguard_verified unknown there), so this finding rests on HFSTS6. */
		cite(f, &m->hfsts[5], "Boot Guard verified boot (HFSTS6 bit 9)",
		     "coreboot cse.c; fwupd fu-intel-me.rs");
	}
}
