/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_spi.c - the SPI controller: readable, FLOCKDN, descriptor valid, override strap (spi.*). */
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "report/judge_internal.h"

/* ---- SPI controller ----------------------------------------------------- */

const char *const hsfs_src =
	"Intel PCH datasheets (e.g. 332690 vol. 2, HSFSTS_CTL); flashrom ichspi.c";

void judge_hsfs(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct reg *hsfs = spi_status_reg(&in->spi_raw);
	bool ich7 = spi_traits_of(s->layout)->ich7;
	struct findings *fs = &in->findings;
	struct finding *f;

	if (!reg_ok(hsfs)) {
		f = add(fs, SEV_UNKNOWN, "spi.unreadable");
		SAY(what, "The SPI controller's registers could not be read: %s.",
		    in->spi_raw.spibar_known ? reg_reason(hsfs) : in->spi_raw.spibar_why);
		SAY(why, "Without them nothing can be said about lockdown, region access or "
			 "protected ranges; spi-inspect does not guess.");
		SAY(todo, "Fix the environment problem reported above, or attach the snapshot "
			  "(--save) to an issue if there is none.");
		cite(f, hsfs, hsfs->name ? hsfs->name : "HSFS", hsfs_src);
		return;
	}

	if (s->flockdn == TRI_YES) {
		f = add(fs, SEV_WARNING, "spi.flockdn");
		if (ich7) /* flashrom ichspi.c init_ich7_spi */
			SAY(what, "The SPI configuration is locked down (SPIS LOCK=1). flashrom "
				  "prints \"WARNING: SPI Configuration Lockdown activated.\"");
		else
			SAY(what, "The SPI configuration is locked down (FLOCKDN=1). flashrom prints "
				  "\"SPI Configuration is locked down.\"");
		SAY(why, "The firmware set FLOCKDN at boot: until the next reset the protected "
			 "ranges (PRx), the region access registers and the opcode menu cannot be "
			 "changed. Reading and writing what the descriptor allows still works.");
		SAY(todo, "Nothing to do for regions the host may write. To lift it, a firmware "
			  "setting (\"SPI lock\", \"Flash protection\" or \"BIOS lock\") must be "
			  "turned off, or the flash written with an external programmer.");
		cite(f, hsfs, ich7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)", hsfs_src);
	} else if (s->flockdn == TRI_NO) {
		f = add(fs, SEV_OK, "spi.flockdn");
		SAY(what, "The SPI configuration is not locked down (%s=0).",
		    ich7 ? "SPIS LOCK" : "FLOCKDN");
		bool dlocked = false;

		for (unsigned i = 0; i < 5; i++)
			dlocked |= s->dlock_pr[i] == TRI_YES;
		if (ich7)
			SAY(why, "flashrom may reprogram the opcode menu; it does not clear the "
				 "protected ranges PBRn (ichspi.c init_ich7_spi).");
		else
			SAY(why, "flashrom may reprogram the opcode menu and clear protected ranges%s.",
			    dlocked ? ", except those DLOCK locks on their own (PRn_LOCKDN)" : "");
		SAY(todo, "Nothing.");
		cite(f, hsfs, ich7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)", hsfs_src);
	}

	if (s->fdv == TRI_NO) {
		f = add(fs, SEV_WARNING, "spi.descriptor_invalid");
		SAY(what, "The flash descriptor is not valid (FDV=0): the controller runs in "
			  "non-descriptor mode and there are no regions or region permissions.");
		SAY(why, "The first bytes of the flash do not hold the descriptor signature "
			 "0x0FF0A55A, or the chip was not found at boot.");
		SAY(todo, "flashrom sees the chip as one piece: back it up whole "
			  "(flashrom -p internal -r backup.rom) before anything else, and do not use "
			  "--ifd, which needs a descriptor.");
		cite(f, hsfs, "FDV (bit 14)", hsfs_src);
	}
	if (s->fdopss == TRI_NO) {
		f = add(fs, SEV_WARNING, "spi.fdopss");
		SAY(what, "The descriptor override strap is set (FDOPSS=0): the region "
			  "permissions of the descriptor are not enforced.");
		SAY(why, "A jumper or pin strap (often HDA_SDO or \"ME_FLASH\"/\"ME_DISABLE\") was "
			 "set at power-on; in this mode the host may read and write every region, "
			 "including the ME region and the descriptor.");
		SAY(todo, "This is the state in which a whole-chip write works; remove the strap "
			  "again after flashing, since it also lets any root process rewrite the ME "
			  "and the descriptor.");
		cite(f, hsfs, "FDOPSS (bit 13)", hsfs_src);
	}
}
