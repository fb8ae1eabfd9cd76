/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_bios_cntl.c - BIOS_CNTL: BLE and SMM_BWP, which decide whether flashrom may set BIOSWE (bios.*). */
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/firmware_advice.h"
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
		SAY(what, CAT_BIOS_CNTL_UNREADABLE_WHAT, reg_reason(r));
		SAY(why, CAT_BIOS_CNTL_UNREADABLE_WHY);
		SAY(todo, CAT_BIOS_CNTL_UNREADABLE_TODO);
		cite(f, r, "BIOS_CNTL", bc_src);
		return;
	}
	if (bc->ble == TRI_YES && bc->smm_bwp == TRI_YES) {
		f = add(fs, SEV_BLOCKS, "bios.smm_bwp");
		SAY(what, CAT_BIOS_SMM_BWP_WHAT, bc_at);
		SAY(why, CAT_BIOS_SMM_BWP_WHY);
		SAY(todo, CAT_BIOS_SMM_BWP_TODO);
		firmware_advice_append(f->todo, sizeof(f->todo), in->machine.firmware,
				       PROTECTION_SMM_BWP);
		cite(f, r, bc_traits_of(in->spi_raw.bc_layout)->smm_bwp == 7
			   ? "BLE (bit 1), SMM_BWP (bit 7)" : "BLE (bit 1), SMM_BWP/EISS (bit 5)", bc_src);
	} else if (bc->ble == TRI_YES) {
		f = add(fs, SEV_WARNING, "bios.ble");
		SAY(what, CAT_BIOS_BLE_WHAT_1);
		SAY(why, CAT_BIOS_BLE_WHY_1,
		    bc_at);
		SAY(todo, CAT_BIOS_BLE_TODO_1);
		firmware_advice_append(f->todo, sizeof(f->todo), in->machine.firmware,
				       PROTECTION_BLE);
		cite(f, r, "BLE (bit 1)", bc_src);
	} else if (bc->ble == TRI_NO) {
		f = add(fs, SEV_OK, "bios.ble");
		SAY(what, CAT_BIOS_BLE_WHAT_2);
		SAY(why, CAT_BIOS_BLE_WHY_2);
		SAY(todo, CAT_BIOS_BLE_TODO_2);
		cite(f, r, "BLE (bit 1)", bc_src);
	}
}
