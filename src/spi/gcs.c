/* SPDX-License-Identifier: GPL-2.0-or-later */
/* gcs.c - GCS and BUC in the RCRB, ICH7 to 9-series: read, and decoded per generation. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "chipset/chipset.h"
#include "spi/gcs.h"
#include "spi/spi.h"

/*
 * flashrom chipset_enable.c @5c316f95 enable_flash_ich_report_gcs(), for every
 * chipset whose SPIBAR is in the RCRB (enable_flash_ich_spi): GCS is the 32-bit
 * word at RCBA+0x3410 with BILD in bit 0; Top Swap is bit 0 of the byte at
 * RCBA+0x3414 (BUC; not on Tunnel Creek or Centerton, where flashrom does not
 * know where it is). BBS is bits 11:10, except on the 8/9-series LP PCHs (bit
 * 10 alone) and Tunnel Creek (bit 1). The strap names are flashrom's tables
 * boot_straps_ich7_nm10, _ich8910, _pch567, _pch89_baytrail, _pch8_lp and
 * _tunnel_creek; C600 (Patsburg) is enabled as a 6-series PCH there
 * (enable_flash_pch6). Wellsburg (C610) and Centerton are "FIXME: check
 * datasheet" in flashrom: BILD and Top Swap only, BBS names unknown.
 * Datasheets agree: ICH9 316972 13.1.40 GCS, 13.1.41 BUC; 6-series 324645
 * 10.1.74 GCS, 10.1.75 BUC.
 */
static const struct gcs_layout layouts[] = {
	{ "ich7", 10, 11, { "reserved", "SPI", "PCI", "LPC" }, true, true },
	{ "ich8", 10, 11, { "SPI", "SPI", "PCI", "LPC" }, true, false },
	{ "ich9", 10, 11, { "SPI", "SPI", "PCI", "LPC" }, true, false },
	{ "ich10", 10, 11, { "SPI", "SPI", "PCI", "LPC" }, true, false },
	{ "pch5", 10, 11, { "LPC", "reserved", "PCI", "SPI" }, true, false },
	{ "pch6", 10, 11, { "LPC", "reserved", "PCI", "SPI" }, true, false },
	{ "c600", 10, 11, { "LPC", "reserved", "PCI", "SPI" }, true, false },
	{ "pch7", 10, 11, { "LPC", "reserved", "PCI", "SPI" }, true, false },
	{ "pch8", 10, 11, { "LPC", "reserved", "reserved", "SPI" }, true, false },
	{ "pch9", 10, 11, { "LPC", "reserved", "reserved", "SPI" }, true, false },
	{ "pch8lp", 10, 10, { "SPI", "LPC" }, true, false },
	{ "pch9lp", 10, 10, { "SPI", "LPC" }, true, false },
	{ "c610", 10, 11, { NULL }, true, false },
	{ "tunnelcreek", 1, 1, { "SPI", "LPC" }, false, false },
};

const struct gcs_layout *spi_gcs_layout(const char *family_key)
{
	for (size_t i = 0; family_key && i < ARRAY_SIZE(layouts); i++)
		if (strcmp(layouts[i].family, family_key) == 0)
			return &layouts[i];
	return NULL;
}

void spi_gcs_collect(struct hw *hw, const struct chipset_family *fam, struct spi_raw *raw)
{
	const struct gcs_layout *g = spi_gcs_layout(fam->key);
	uint64_t base = raw->rcba.value & fam->spibar_mask, v = 0;
	int rc;

	raw->gcs_layout = g;
	if (!g || fam->spibar_via != SPIBAR_RCBA || !reg_ok(&raw->rcba))
		return;
	rc = hw_mem_read(hw, base + RCBA_GCS, 4, &v);
	reg_set(&raw->gcs, "GCS", 4, rc, v);
	snprintf(raw->gcs.where, sizeof(raw->gcs.where), "RCBA+0x%04x (0x%08" PRIx64 ")", RCBA_GCS,
		 base + RCBA_GCS);
	if (!g->top_swap)
		return;
	v = 0;
	rc = hw_mem_read(hw, base + RCBA_BUC, 1, &v);
	reg_set(&raw->buc, "BUC", 1, rc, v);
	snprintf(raw->buc.where, sizeof(raw->buc.where), "RCBA+0x%04x (0x%08" PRIx64 ")", RCBA_BUC,
		 base + RCBA_BUC);
}

void spi_gcs_decode(const struct spi_raw *raw, struct spi_facts *f)
{
	const struct gcs_layout *g = raw->gcs_layout;

	if (!g || !raw->gcs.read)
		return;
	if (reg_ok(&raw->gcs)) {
		unsigned bbs = field_get(raw->gcs.value, g->bbs_lo, g->bbs_hi);

		f->gcs_bild = raw->gcs.value & 1 ? TRI_YES : TRI_NO;
		f->gcs_bbs_known = true;
		f->gcs_bbs = bbs;
		f->gcs_bbs_name = bbs < 4 ? g->straps[bbs] : NULL;
		if (f->bc.bild == TRI_UNKNOWN) /* BIOS_CNTL has no BILD before the 100-series */
			f->bc.bild = f->gcs_bild;
		if (g->lpc_stops_spi)
			f->ich7_lpc_boot = f->gcs_bbs_name && !strcmp(f->gcs_bbs_name, "LPC")
						   ? TRI_YES : TRI_NO;
	} else if (g->lpc_stops_spi)
		f->ich7_lpc_boot = TRI_UNKNOWN;
	if (raw->buc.read) {
		f->gcs_top_swap = tri_bit(&raw->buc, 0);
		if (f->bc.tss == TRI_UNKNOWN) /* BIOS_CNTL TSS from the 5-series on */
			f->bc.tss = f->gcs_top_swap;
	}
}

bool spi_gcs_strap_matters(const struct spi_raw *raw)
{
	return raw->gcs.read && raw->gcs_layout && raw->gcs_layout->lpc_stops_spi;
}
