/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_bios_cntl.c - BIOS_CNTL: BLE and SMM_BWP, which decide whether flashrom may set BIOSWE (bios.*). */
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "report/judge_internal.h"

/* ---- BIOS_CNTL ---------------------------------------------------------- */

static const char *const bc_src = "Intel ICH9 316972 13.1.32; PCH 332690 vol. 2 BIOS_SPI_BC; "
				  "flashrom chipset_enable.c";

void judge_bios_cntl(struct inspection *in)
{
	const struct bios_cntl *bc = &in->spi.bc;
	const struct reg *r = &in->spi_raw.bios_cntl;
	struct findings *fs = &in->findings;
	struct finding *f;
	/* flashrom prints the config offset it was given: 0xdc, 0xd8 on Tunnel Creek and
	 * Centerton, 0 for the memory-mapped BCR of Silvermont (chipset_enable.c
	 * enable_flash_ich_bios_cntl_common); "BIOS" in capitals from flashrom 1.3 on
	 * (commit 84bfddca). */
	unsigned bc_at = in->id.family->bc_via == BC_SPIBAR ? 0 : in->id.family->bc_offset;

	if (!bc->known) {
		if (!r->read)
			return;
		f = add(fs, SEV_UNKNOWN, "bios.cntl_unreadable");
		SAY(what, "BIOS_CNTL could not be read (%s): whether BIOS write protection is "
			  "armed is unknown.", reg_reason(r));
		SAY(why, "spi-inspect does not guess protection bits it could not read.");
		SAY(todo, "Run as root; if it still fails, attach the snapshot to an issue.");
		cite(f, r, "BIOS_CNTL", bc_src);
		return;
	}
	if (bc->ble == TRI_YES && bc->smm_bwp == TRI_YES) {
		f = add(fs, SEV_BLOCKS, "bios.smm_bwp");
		SAY(what, "BIOS region SMM protection is enabled (BLE=1, SMM_BWP/EISS=1): only "
			  "SMM code may write the flash. flashrom prints \"Warning: BIOS region SMM "
			  "protection is enabled!\" and \"Setting BIOS Control at 0x%x from 0x.. to "
			  "0x.. failed.\"", bc_at);
		SAY(why, "The firmware's \"SMM BIOS write protection\" (also \"BIOS Lock\" or "
			 "\"Flash Protection\") setting is on: writes from the host CPU outside SMM "
			 "are dropped whatever the descriptor allows.");
		SAY(todo, "Turn \"SMM BIOS write protection\" / \"BIOS Lock\" off in the firmware "
			  "setup (on Dasharo/coreboot: \"Lock the BIOS boot medium\" in Dasharo "
			  "Security Options), or use an external programmer.");
		cite(f, r, bc_traits_of(in->spi_raw.bc_layout)->smm_bwp == 7
			   ? "BLE (bit 1), SMM_BWP (bit 7)" : "BLE (bit 1), SMM_BWP/EISS (bit 5)", bc_src);
	} else if (bc->ble == TRI_YES) {
		f = add(fs, SEV_WARNING, "bios.ble");
		SAY(what, "BIOS Lock Enable is set (BLE=1) without SMM_BWP: setting BIOSWE raises "
			  "an SMI, and the firmware's SMI handler decides whether writes may go on.");
		SAY(why, "Many firmwares clear BIOSWE again from SMM; flashrom then prints "
			 "\"Setting BIOS Control at 0x%x from 0x.. to 0x.. failed.\" and writes fail.",
		    bc_at);
		SAY(todo, "If flashrom reports that failure, turn \"BIOS Lock\" off in the "
			  "firmware setup; spi-inspect cannot tell without a register write, which "
			  "it never makes.");
		cite(f, r, "BLE (bit 1)", bc_src);
	} else if (bc->ble == TRI_NO) {
		f = add(fs, SEV_OK, "bios.ble");
		SAY(what, "BIOS_CNTL does not lock BIOSWE (BLE=0): flashrom can enable BIOS writes.");
		SAY(why, "The firmware did not arm BIOS Lock.");
		SAY(todo, "Nothing.");
		cite(f, r, "BLE (bit 1)", bc_src);
	}
}
