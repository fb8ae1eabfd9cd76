/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_bbar.c - BBAR and the boot BIOS straps: flash flashrom cannot reach, firmware it does not boot (spi.bbar, spi.boot_straps). */
#include <stdio.h>
#include <string.h>

#include "inspect.h"
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
		SAY(what, "BBAR could not be read (%s): whether it keeps flashrom from the lowest "
			  "flash addresses is unknown.", reg_reason(r));
		SAY(why, "The controller runs no cycle below BBAR, and here flashrom may not be able "
			 "to set it to 0 (%s).", s->bbar_stays_why);
		SAY(todo, "Run flashrom -p internal -V and look for \"Setting BBAR to 0x00000000 "
			  "failed!\"; without it, BBAR is not in the way.");
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		return;
	}
	if (s->bbar == 0)
		return;
	if (s->bbar_stays == TRI_NO) {
		f = add(fs, SEV_INFO, "spi.bbar");
		SAY(what, "BBAR is 0x%08x: the SPI controller runs no cycle below that flash address. "
			  "flashrom -V prints \"0x%x: 0x%08x (BBAR)\" and sets it to 0.",
		    s->bbar, t->bbar, (unsigned)r->value);
		SAY(why, "The SPI configuration is not locked (%s=0), so flashrom's write "
			 "(ichspi.c ich_set_bbar) takes and the whole flash is in reach again.",
		    t->ich7 ? "SPIS LOCK" : "FLOCKDN");
		SAY(todo, "Nothing.");
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		return;
	}
	bbar_regions(s, s->bbar_cut, where, sizeof(where));
	if (s->bbar_stays == TRI_YES && s->bbar_cut_known) {
		f = add(fs, SEV_BLOCKS, "spi.bbar");
		if (t->ich7 || s->fdv == TRI_YES)
			SAY(what, "BBAR is 0x%08x and flashrom cannot lower it: flash addresses "
				  "0x00000000-0x%08x cannot be read or written from the host%s%s%s. "
				  "flashrom prints \"Setting BBAR to 0x00000000 failed! New value: "
				  "0x%08x.\" and refuses them (\"ich_spi_send_command: Addressed region "
				  "... not in allowed range 0x%06x-...\").", s->bbar, s->bbar_cut - 1,
			    where[0] ? " (" : "", where, where[0] ? ")" : "", s->bbar, s->bbar_cut);
		else
			SAY(what, "BBAR is 0x%08x and flashrom leaves it: flash addresses "
				  "0x00000000-0x%08x (the whole chip, if it is smaller) cannot be read or "
				  "written from the host. flashrom prints nothing about BBAR here; the "
				  "cycles fail with \"Transaction error!\".", s->bbar, s->bbar - 1);
		if (t->ich7)
			SAY(why, "The firmware set BBAR and locked the SPI configuration (SPIS LOCK=1), "
				 "which holds BBAR until the next reset.");
		else
			SAY(why, "The flash descriptor is not valid, and flashrom sets BBAR to 0 only in "
				 "descriptor mode (ichspi.c init_ich_default); the controller refuses "
				 "every programmed cycle below BBAR (Intel 6-series datasheet 324645, "
				 "21.1.23).");
		if (bios_spared)
			SAY(todo, "Work on the BIOS region alone (flashrom -p internal --ifd -i bios); "
				  "for the flash below 0x%08x turn the firmware's flash protection off "
				  "or use an external programmer.", s->bbar_cut);
		else
			SAY(todo, "Use an external programmer for the flash below 0x%08x; flashrom -l "
				  "with a layout whose entries all start at or above 0x%08x still reaches "
				  "the rest.", s->bbar_cut, s->bbar_cut);
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		cite(f, spi_status_reg(&in->spi_raw), t->ich7 ? "LOCK (bit 15)" : "FDV (bit 14)", hsfs_src);
		return;
	}
	f = add(fs, SEV_UNKNOWN, "spi.bbar");
	if (s->bbar_stays == TRI_YES) {
		bbar_sizes(s->bbar, s->bbar_free_upto, sizes, sizeof(sizes));
		SAY(what, "BBAR is 0x%08x and flashrom cannot lower it: flashrom prints \"Setting "
			  "BBAR to 0x00000000 failed! New value: 0x%08x.\" It keeps the chip above "
			  "BBAR, so a chip of %u KiB or less loses nothing, and a larger one its lowest "
			  "bytes (%s).", s->bbar, s->bbar, s->bbar_free_upto / 1024, sizes);
		SAY(why, "The firmware set BBAR and locked the SPI configuration (%s), which holds "
			 "BBAR until the next reset; no register read here gives the chip's size.",
		    t->ich7 ? "SPIS LOCK=1" : "FLOCKDN=1");
		SAY(todo, "Run flashrom -p internal -V: its \"Found ... flash chip ... (N kB, SPI)\" "
			  "line gives the size. Up to %u kB nothing is lost; otherwise reads and writes "
			  "below that size's limit fail (\"ich_spi_send_command: Addressed region ... "
			  "not in allowed range ...\"): use an external programmer for them.",
		    s->bbar_free_upto / 1024);
	} else {
		if (s->bbar_cut_known)
			snprintf(sizes, sizeof(sizes), "0x00000000-0x%08x%s%s", s->bbar_cut - 1,
				 where[0] ? ": " : "", where);
		else
			snprintf(sizes, sizeof(sizes), "how much of the chip that is depends on its "
				 "size, which no register read here gives");
		SAY(what, "BBAR is 0x%08x: the controller runs no cycle below that flash address "
			  "(%s). flashrom -V prints \"0x%x: 0x%08x (BBAR)\" and tries to set it to 0.",
		    s->bbar, sizes, t->bbar, (unsigned)r->value);
		SAY(why, "FLOCKDN is set. Intel's 6-series datasheet marks no lock-down for BBAR, so "
			 "flashrom's write should take, but no source confirms that for every "
			 "generation.");
		SAY(todo, "Run flashrom -p internal -V: if it prints \"Setting BBAR to 0x00000000 "
			  "failed! New value: 0x%08x.\", reads and writes below 0x%08x fail "
			  "(\"Addressed region ... not in allowed range\")%s.", s->bbar, s->bbar,
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

	if (gcs->read && !reg_ok(gcs)) {
		f = add(fs, SEV_UNKNOWN, "spi.boot_straps");
		SAY(what, "GCS could not be read (%s): whether the chipset boots from SPI or LPC is "
			  "unknown.", reg_reason(gcs));
		SAY(why, "On ICH7 strapped to LPC, flashrom does not use the SPI controller at all "
			 "(chipset_enable.c enable_flash_ich_spi).");
		SAY(todo, "Run flashrom -p internal -V and read its \"Boot BIOS Straps: 0x.\" line.");
		cite(f, gcs, "BBS (bits 11:10)", "flashrom chipset_enable.c boot_straps_ich7_nm10");
		return;
	}
	if (s->ich7_lpc_boot == TRI_YES) {
		f = add(fs, SEV_WARNING, "spi.boot_straps");
		SAY(what, "The chipset is strapped to boot from LPC (GCS BBS=3). flashrom prints "
			  "\"Boot BIOS Straps: 0x3 (LPC)\" and then probes only LPC/FWH flash chips: "
			  "it does not use the SPI controller described here.");
		SAY(why, "A strap selects where the BIOS is fetched from; flashrom does not set up "
			 "SPI on an ICH7 booting from LPC (chipset_enable.c enable_flash_ich_spi). "
			 "Laptops of that era often have an embedded controller or super I/O that "
			 "answers on LPC and holds the flash chip behind it.");
		SAY(todo, "Read flashrom -p internal -V for the LPC/FWH chip it finds; an SPI chip "
			  "behind an embedded controller needs support for that controller or an "
			  "external programmer.");
		cite(f, gcs, "BBS (bits 11:10)", "flashrom chipset_enable.c boot_straps_ich7_nm10");
		return;
	}
	if (spi_traits_of(s->layout)->bbs_reserved || s->bc.bbs_known != TRI_YES || s->bc.bbs != 1)
		return;
	f = add(fs, SEV_INFO, "spi.boot_straps");
	SAY(what, "The BIOS is fetched over LPC/eSPI, not from the SPI flash (BIOS_SPI_BC BBS=1). "
		  "flashrom prints \"Boot BIOS Straps: 0x1 (LPC)\" (100- to 400-series) or \"(eSPI)\" "
		  "(500-series on) and still reads and writes the SPI flash.");
	SAY(why, "A strap makes the chipset boot from a device on LPC/eSPI, for example flash "
		 "shared through the embedded controller; the SPI flash may then not hold the "
		 "firmware that runs.");
	SAY(todo, "Make sure the SPI flash is the chip you mean to write before flashing it.");
	cite(f, bc, "BBS (bit 6)", "coreboot soc/intel/common/pch/lockdown/lockdown.c; flashrom "
				   "chipset_enable.c enable_flash_ich_report_gcs");
}
