/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_bbar.c - BBAR and the boot BIOS straps: flash flashrom cannot reach, firmware it does not boot (spi.bbar, spi.boot_straps). */
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/judge_internal.h"

/* ---- BBAR --------------------------------------------------------------- */

static const char *const bbar_src = "Intel 6-series datasheet 324645, 21.1.23 (BBAR); flashrom "
				    "ichspi.c ich_set_bbar, ich_spi_send_command";

/* Which regions in use start below cut, as a clause: "the Descriptor and GbE regions lie
 * below it, and the BIOS region starts at 0x..., above it". Empty without regions. */
static void bbar_regions(const struct spi_facts *s, uint32_t cut, char *out, size_t size)
{
	const struct spi_region *bios = &s->regions[1];
	const char *below[SPI_MAX_REGIONS];
	char names[128] = "";
	size_t len = 0;
	unsigned n = 0;

	out[0] = '\0';
	if (s->nregions == 0 || s->fdv != TRI_YES)
		return;
	for (unsigned i = 0; i < s->nregions && i < SPI_MAX_REGIONS; i++) {
		const struct spi_region *r = &s->regions[i];

		if (i != 1 && r->known && !r->unused && r->base < cut)
			below[n++] = r->name;
	}
	for (unsigned i = 0; i < n && len < sizeof(names); i++)
		len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s",
					i == 0 ? "" : i + 1 == n ? " and " : ", ", below[i]);
	if (n)
		snprintf(out, size, "the %s region%s below it", names, n > 1 ? "s lie" : " lies");
	if (bios->known && !bios->unused) {
		len = strlen(out);
		snprintf(out + len, size - len, "%sthe BIOS region starts at 0x%08x, %s it",
			 n ? ", and " : "", bios->base, bios->base >= cut ? "above" : "below");
	}
}

/* "4096 KiB: below 0x00200000, 8192 KiB: below 0x00600000, ..." for the chip sizes that lose
 * something: flashrom keeps a chip of size S above BBAR, so it loses BBAR mod S bytes. */
static void bbar_sizes(uint32_t bbar, uint32_t free_upto, char *out, size_t size)
{
	size_t len = 0;

	out[0] = '\0';
	for (uint32_t chip = free_upto * 2; chip && chip <= 0x1000000u && len < size; chip <<= 1)
		len += (size_t)snprintf(out + len, size - len, "%s%u KiB: below 0x%08x",
					len ? ", " : "", chip / 1024, bbar % chip);
}

void judge_bbar(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct spi_traits *t = spi_traits_of(s->layout);
	const struct reg *r = &in->spi_raw.bbar;
	const struct spi_region *bios = &s->regions[1];
	bool one_piece = s->nregions == 0 || s->fdv != TRI_YES;
	bool bios_spared = !one_piece && bios->known && !bios->unused && s->bbar_cut_known &&
			   s->bbar_cut <= bios->base;
	struct findings *fs = &in->findings;
	struct finding *f;
	char where[192], sizes[256];

	if (!t->bbar || !r->read || (s->bbar_stays == TRI_NO && !reg_ok(r)))
		return; /* unread BBAR does not matter where flashrom sets it to 0 anyway */
	if (s->ich7_lpc_boot == TRI_YES)
		return; /* flashrom does not touch the SPI controller: spi.boot_straps says so */
	if (s->bbar_stays == TRI_UNKNOWN && !s->bbar_stays_why)
		return; /* HSFS itself is unknown: spi.unreadable says so */
	if (!reg_ok(r)) {
		f = add(fs, SEV_UNKNOWN, "spi.bbar");
		SAY(what, CAT_SPI_BBAR_WHAT_1, reg_reason(r));
		SAY(why, CAT_SPI_BBAR_WHY_1, s->bbar_stays_why);
		SAY(todo, CAT_SPI_BBAR_TODO_1);
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		return;
	}
	if (s->bbar == 0)
		return;
	if (s->bbar_stays == TRI_NO) {
		f = add(fs, SEV_INFO, "spi.bbar");
		SAY(what, CAT_SPI_BBAR_WHAT_2,
		    s->bbar, t->bbar, (unsigned)r->value);
		SAY(why, CAT_SPI_BBAR_WHY_2,
		    t->ich7 ? "SPIS LOCK" : "FLOCKDN");
		SAY(todo, CAT_SPI_BBAR_TODO_2);
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		return;
	}
	bbar_regions(s, s->bbar_cut, where, sizeof(where));
	if (s->bbar_stays == TRI_YES && s->bbar_cut_known) {
		f = add(fs, SEV_BLOCKS, "spi.bbar");
		if (t->ich7 || s->fdv == TRI_YES)
			SAY(what, CAT_SPI_BBAR_WHAT_3, s->bbar, s->bbar_cut - 1,
			    where[0] ? " (" : "", where, where[0] ? ")" : "", s->bbar, s->bbar_cut);
		else
			SAY(what, CAT_SPI_BBAR_WHAT_4, s->bbar, s->bbar - 1);
		if (t->ich7)
			SAY(why, CAT_SPI_BBAR_WHY_3);
		else
			SAY(why, CAT_SPI_BBAR_WHY_4);
		if (bios_spared)
			SAY(todo, CAT_SPI_BBAR_TODO_3, s->bbar_cut);
		else
			SAY(todo, CAT_SPI_BBAR_TODO_4, s->bbar_cut, s->bbar_cut);
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		cite(f, spi_status_reg(&in->spi_raw), t->ich7 ? "LOCK (bit 15)" : "FDV (bit 14)", hsfs_src);
		return;
	}
	f = add(fs, SEV_UNKNOWN, "spi.bbar");
	if (s->bbar_stays == TRI_YES) {
		bbar_sizes(s->bbar, s->bbar_free_upto, sizes, sizeof(sizes));
		SAY(what, CAT_SPI_BBAR_WHAT_5, s->bbar, s->bbar, s->bbar_free_upto / 1024, sizes);
		SAY(why, CAT_SPI_BBAR_WHY_5,
		    t->ich7 ? "SPIS LOCK=1" : "FLOCKDN=1");
		SAY(todo, CAT_SPI_BBAR_TODO_5,
		    s->bbar_free_upto / 1024);
	} else {
		if (s->bbar_cut_known)
			snprintf(sizes, sizeof(sizes), "0x00000000-0x%08x%s%s", s->bbar_cut - 1,
				 where[0] ? ": " : "", where);
		else
			snprintf(sizes, sizeof(sizes), "how much of the chip that is depends on its "
				 "size, which no register read here gives");
		SAY(what, CAT_SPI_BBAR_WHAT_6,
		    s->bbar, sizes, t->bbar, (unsigned)r->value);
		SAY(why, CAT_SPI_BBAR_WHY_6);
		SAY(todo, CAT_SPI_BBAR_TODO_6, s->bbar, s->bbar,
		    bios_spared ? "; --ifd -i bios still works" :
		    "; turn the firmware's flash protection off or use an external programmer");
	}
	cite(f, r, "BSF (bits 23:8)", bbar_src);
	cite(f, spi_status_reg(&in->spi_raw), t->ich7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)",
	     hsfs_src);
}

/* ---- boot BIOS straps --------------------------------------------------- */

/*
 * Where the BIOS is fetched from. On ICH7 strapped to LPC flashrom does not use the SPI
 * controller (chipset_enable.c enable_flash_ich_spi); elsewhere it still reads and writes
 * the SPI flash and only prints the strap, but the firmware that boots is not on it.
 * 100-series on: BIOS_SPI_BC BBS (bit 6) "0b: SPI, 1b: LPC/eSPI" (coreboot
 * soc/intel/common/pch/lockdown/lockdown.c; flashrom boot_straps_pch8_lp "LPC" up to the
 * 400-series, boot_straps_pch500 "eSPI" from the 500-series on; "reserved" on Apollo Lake,
 * which is left out here).
 */
void judge_boot_straps(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct reg *gcs = &in->spi_raw.gcs;
	const struct reg *bc = &in->spi_raw.bios_cntl;
	struct findings *fs = &in->findings;
	struct finding *f;

	if (spi_gcs_strap_matters(&in->spi_raw) && !reg_ok(gcs)) {
		f = add(fs, SEV_UNKNOWN, "spi.boot_straps");
		SAY(what, CAT_SPI_BOOT_STRAPS_WHAT_1, reg_reason(gcs));
		SAY(why, CAT_SPI_BOOT_STRAPS_WHY_1);
		SAY(todo, CAT_SPI_BOOT_STRAPS_TODO_1);
		cite(f, gcs, "BBS (bits 11:10)", "flashrom chipset_enable.c boot_straps_ich7_nm10");
		return;
	}
	if (s->ich7_lpc_boot == TRI_YES) {
		f = add(fs, SEV_WARNING, "spi.boot_straps");
		SAY(what, CAT_SPI_BOOT_STRAPS_WHAT_2);
		SAY(why, CAT_SPI_BOOT_STRAPS_WHY_2);
		SAY(todo, CAT_SPI_BOOT_STRAPS_TODO_2);
		cite(f, gcs, "BBS (bits 11:10)", "flashrom chipset_enable.c boot_straps_ich7_nm10");
		return;
	}
	if (spi_traits_of(s->layout)->bbs_reserved || s->bc.bbs_known != TRI_YES || s->bc.bbs != 1)
		return;
	f = add(fs, SEV_INFO, "spi.boot_straps");
	SAY(what, CAT_SPI_BOOT_STRAPS_WHAT_3);
	SAY(why, CAT_SPI_BOOT_STRAPS_WHY_3);
	SAY(todo, CAT_SPI_BOOT_STRAPS_TODO_3);
	cite(f, bc, "BBS (bit 6)", "coreboot soc/intel/common/pch/lockdown/lockdown.c; flashrom "
				   "chipset_enable.c enable_flash_ich_report_gcs");
}
