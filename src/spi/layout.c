/* SPDX-License-Identifier: GPL-2.0-or-later */
/* layout.c - SPI controller register sets: offsets, counts, region names, field tables. */
#include <stdio.h>

#include "spi/spi.h"

/*
 * Region names by FREG index. Sources: flashrom ichspi.c region_names[] in
 * ich9_handle_region_access() and ich_descriptors.c (FREG8 "EC/BMC", FREG10
 * "IE", FREG11/12 "10GbE0/1", FREG15 "PTT"); chipsec cfg/8086/pch_c620.xml
 * (FREG8_EC). Indices without a name are printed "Region n".
 */
static const char *const names_ich[SPI_MAX_REGIONS] = {
	[0] = "Descriptor", [1] = "BIOS", [2] = "ME", [3] = "GbE", [4] = "PDR",
};

static const char *const names_pch[SPI_MAX_REGIONS] = {
	[0] = "Descriptor", [1] = "BIOS", [2] = "ME", [3] = "GbE", [4] = "PDR",
	[5] = "DevExp", [6] = "BIOS2", [8] = "EC/BMC", [9] = "DevExp2", [10] = "IE",
	[11] = "10GbE0", [12] = "10GbE1", [15] = "PTT",
};

/* Bay Trail/Braswell: the ME region holds TXE firmware (flashrom ich_descriptors.c
 * prints the TXE master on these; chipsec cfg/8086/byt.xml names the TXE device). */
static const char *const names_byt[SPI_MAX_REGIONS] = {
	[0] = "Descriptor", [1] = "BIOS", [2] = "TXE", [3] = "GbE", [4] = "PDR",
};

/* Apollo/Gemini Lake: flashrom ich_descriptors.c (master section "FD IFWI TXE n/a
 * Platf DevExp") and chipsec cfg/8086/apl.xml (MEI1 is TXE at 00:0f.0). */
static const char *const names_apl[SPI_MAX_REGIONS] = {
	[0] = "Descriptor", [1] = "IFWI", [2] = "TXE", [3] = "GbE", [4] = "PDR",
	[5] = "DevExp", [6] = "BIOS2", [8] = "EC/BMC", [9] = "DevExp2",
};

/*
 * Offsets (with their sources) are in spi/regs.h. Counts:
 * - FREG counts: flashrom init_chipset_properties() (10 on Sunrise Point,
 *   12 on C620/C740, 16 from Cannon Point, FREG12.. at APL_REG_FREG12 0xE0);
 *   chipsec pch_c620.xml FREG0..11 and apl.xml FREG0..11. Linux spi-intel.c
 *   dumps fewer (CNL_FREG_NUM 6, BXT_FREG_NUM 12): it is a driver, not a map.
 * - PRn: 5 at 0x74 (ICH9-style; Linux spi-intel.c LPT_PR/BYT_PR), FPR0..4 and GPR0 at
 *   0x84 (PCH100-style; flashrom PCH100_REG_FPR0/GPR0), PBR0..2 on ICH7.
 * - BBAR: which layouts have one, see spi/regs.h ICH7_BBAR / ICH9_BBAR.
 */
static const struct spi_traits spi_traits_table[] = {
	[SPI_LAYOUT_NONE] = {
		.name = "none (no SPI controller: FWH/LPC flash)",
		.source = "flashrom chipset_enable.c enable_flash_ich0/ich2345/ich6 (FWH only)",
	},
	[SPI_LAYOUT_ICH7] = {
		.name = "ICH7-style (SPIS/SPIC, PBR0..2)",
		.ich7 = true, .pr0 = ICH7_PBR0, .npr = 3, .bbar = ICH7_BBAR,
		.source = "flashrom ichspi.c init_ich7_spi; coreboot southbridge/intel/common/spi.c",
	},
	[SPI_LAYOUT_ICH9] = {
		.name = "ICH9-style (HSFS, FRAP, FREG0..4, PR0..4 at 0x74)",
		.hsfs_width = 2, .has_berase = true, .nfreg = 5, .pr0 = ICH9_PR0, .npr = 5,
		.bbar = ICH9_BBAR, .region_names = names_ich,
		.source = "flashrom ichspi.c ICH9_REG_*; Linux spi-intel.c LPT_PR; coreboot southbridge/intel/common/spi.c",
	},
	[SPI_LAYOUT_PCH100] = {
		.name = "PCH100-style (HSFSTS_CTL, DLOCK, FREG0..9, FPR0..4 + GPR0 at 0x84)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 10,
		.pr0 = PCH100_PR0, .npr = 6, .has_gpr0 = true, .region_names = names_pch,
		.source = "flashrom ichspi.c PCH100_REG_*; coreboot fast_spi_def.h; chipsec pch_1xx.xml",
	},
	[SPI_LAYOUT_C620] = {
		.name = "PCH100-style with FREG0..11 (server)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 12,
		.pr0 = PCH100_PR0, .npr = 6, .has_gpr0 = true, .region_names = names_pch,
		.source = "flashrom ichspi.c init_chipset_properties (12 FREG); chipsec pch_c620.xml",
	},
	[SPI_LAYOUT_PCH300] = {
		.name = "PCH100-style with FREG0..15 (FREG12..15 at 0xE0), FRAP for regions 0..7",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 16,
		.freg_hi_from = 12, .freg_hi = APL_FREG12,
		.pr0 = PCH100_PR0, .npr = 6, .has_gpr0 = true, .region_names = names_pch,
		.source = "flashrom ichspi.c init_chipset_properties (16 FREG), APL_REG_FREG12; chipsec pch_3xx.xml",
	},
	[SPI_LAYOUT_MTL] = {
		.name = "PCH100-style with FREG0..15 and BIOS_BM_RAP/WAP (16 regions)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 16,
		.freg_hi_from = 12, .freg_hi = APL_FREG12,
		.pr0 = PCH100_PR0, .npr = 6, .has_gpr0 = true, .has_bm_rap = true,
		.region_names = names_pch,
		.source = "flashrom ichspi.c ich_get_bios_region_access and include/programmer.h (Meteor Lake on)",
	},
	[SPI_LAYOUT_BYT] = {
		.name = "ICH9-style at SBASE (Silvermont/Airmont SoC)",
		.hsfs_width = 2, .has_berase = true, .nfreg = 5, .pr0 = ICH9_PR0, .npr = 5,
		.region_names = names_byt,
		.source = "flashrom ichspi.c (CHIPSET_BAYTRAIL uses the ICH9 defaults); Linux spi-intel.c BYT_PR 0x74, BYT_FREG_NUM 5",
	},
	[SPI_LAYOUT_APL] = {
		.name = "PCH100-style with FREG0..15 (Apollo/Gemini Lake)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 16,
		.freg_hi_from = 12, .freg_hi = APL_FREG12,
		.pr0 = PCH100_PR0, .npr = 6, .has_gpr0 = true, .region_names = names_apl,
		/* flashrom chipset_enable.c boot_straps_apl: BBS "reserved" */
		.bbs_reserved = true,
		.source = "flashrom ichspi.c APL_REG_FREG12, init_chipset_properties; chipsec apl.xml FREG0..11, PR0 0x84",
	},
	[SPI_LAYOUT_ICH8] = {
		.name = "ICH9-style on ICH8 (HSFS, FRAP, FREG0..4, PR0..4 at 0x74; no BBAR known)",
		.hsfs_width = 2, .has_berase = true, .nfreg = 5, .pr0 = ICH9_PR0, .npr = 5,
		.region_names = names_ich,
		.source = "flashrom ichspi.c (CHIPSET_ICH8 takes init_ich_default, skips BBAR); doc/user_docs/misc_intel.rst",
	},
};
_Static_assert(ARRAY_SIZE(spi_traits_table) == SPI_LAYOUT_COUNT, "spi_traits_table out of sync");

const struct spi_traits *spi_traits_of(enum spi_layout l)
{
	if ((unsigned)l >= SPI_LAYOUT_COUNT)
		return &spi_traits_table[SPI_LAYOUT_NONE];
	return &spi_traits_table[l];
}

const char *spi_layout_name(enum spi_layout l)
{
	if ((unsigned)l >= SPI_LAYOUT_COUNT)
		return "unknown layout";
	return spi_traits_table[l].name;
}

const char *spi_region_name(enum spi_layout l, unsigned i, char *buf, size_t size)
{
	const struct spi_traits *t = spi_traits_of(l);

	if (i < SPI_MAX_REGIONS && t->region_names && t->region_names[i])
		return t->region_names[i];
	snprintf(buf, size, "Region %u", i);
	return buf;
}

/* Field tables for -v, made of the bits in spi/regs.h (sources there). */

/* HSFS and HSFSTS_CTL share their status bits and their descriptor bits. */
#define HSFS_STATUS_ROWS \
	BIT_ROW(HSFS, FDONE, "Flash cycle done"), \
	BIT_ROW(HSFS, FCERR, "Flash cycle error"), \
	BIT_ROW(HSFS, AEL, "Access error log")
#define HSFS_SCIP_ROW BIT_ROW(HSFS, SCIP, "SPI cycle in progress")
#define HSFS_DESCRIPTOR_ROWS \
	BIT_ROW(HSFS, FDOPSS, "Flash descriptor override pin-strap status (0 = override set)"), \
	BIT_ROW(HSFS, FDV, "Flash descriptor valid"), \
	BIT_ROW(HSFS, FLOCKDN, "Flash configuration lock-down")

/* ICH9-style HSFS (16 bit). */
static const struct reg_field hsfs_ich9[] = {
	HSFS_STATUS_ROWS,
	RANGE_ROW(HSFS, BERASE, "Block/sector erase size"),
	HSFS_SCIP_ROW,
	HSFS_DESCRIPTOR_ROWS,
};

/* PCH100-style HSFSTS_CTL (32 bit). */
static const struct reg_field hsfs_pch100[] = {
	HSFS_STATUS_ROWS,
	HSFS_SCIP_ROW,
	BIT_ROW(HSFS, WRSDIS, "Write status disable"),
	BIT_ROW(HSFS, PRR34_LOCKDN, "PRR3/PRR4 lock-down"),
	HSFS_DESCRIPTOR_ROWS,
	BIT_ROW(HSFS, FGO, "Flash cycle go"),
	RANGE_ROW(HSFS, FCYCLE, "Flash cycle type"),
	BIT_ROW(HSFS, WET, "Write enable type"),
	RANGE_ROW(HSFS, FDBC, "Flash data byte count"),
	BIT_ROW(HSFS, FSMIE, "Flash SPI SMI# enable"),
};

static const struct reg_field dlock_fields[] = {
	BIT_ROW(DLOCK, BMWAG_LOCKDN, "BIOS master write access grant lock-down"),
	BIT_ROW(DLOCK, BMRAG_LOCKDN, "BIOS master read access grant lock-down"),
	BIT_ROW(DLOCK, SBMWAG_LOCKDN, "Secondary BIOS master write access grant lock-down"),
	BIT_ROW(DLOCK, SBMRAG_LOCKDN, "Secondary BIOS master read access grant lock-down"),
	BIT_ROW(DLOCK, PR0_LOCKDN, "PR0 lock-down"),
	BIT_ROW(DLOCK, PR1_LOCKDN, "PR1 lock-down"),
	BIT_ROW(DLOCK, PR2_LOCKDN, "PR2 lock-down"),
	BIT_ROW(DLOCK, PR3_LOCKDN, "PR3 lock-down"),
	BIT_ROW(DLOCK, PR4_LOCKDN, "PR4 lock-down"),
	BIT_ROW(DLOCK, SSEQ_LOCKDN, "Software sequencing lock-down"),
};

static const struct reg_field frap_fields[] = {
	RANGE_ROW(FRAP, BRRA, "BIOS region read access (bit n: region n)"),
	RANGE_ROW(FRAP, BRWA, "BIOS region write access (bit n: region n)"),
	RANGE_ROW(FRAP, BMRAG, "BIOS master read access grant (other masters)"),
	RANGE_ROW(FRAP, BMWAG, "BIOS master write access grant (other masters)"),
};

static const struct reg_field freg_fields[] = {
	RANGE_ROW(FREG, RB, "Region base (address bits 26:12)"),
	RANGE_ROW(FREG, RL, "Region limit (address bits 26:12)"),
};

static const struct reg_field pr_fields[] = {
	RANGE_ROW(PR, PRB, "Protected range base (address bits 26:12)"),
	BIT_ROW(PR, RPE, "Read protection enabled"),
	RANGE_ROW(PR, PRL, "Protected range limit (address bits 26:12)"),
	BIT_ROW(PR, WPE, "Write protection enabled"),
};

static const struct reg_field pbr_fields[] = {
	RANGE_ROW(PBR, PRB, "Protected range base (address bits 23:12)"),
	RANGE_ROW(PBR, PRL, "Protected range limit (address bits 23:12)"),
	BIT_ROW(PBR, WPE, "Write protection enabled"),
};

static const struct reg_field spis_fields[] = {
	BIT_ROW(SPIS, SCIP, "SPI cycle in progress"),
	BIT_ROW(SPIS, GRANT, "Access grant"),
	BIT_ROW(SPIS, CDS, "Cycle done status"),
	BIT_ROW(SPIS, FCERR, "Flash cycle error"),
	BIT_ROW(SPIS, LOCK, "SPI configuration lock-down"),
};

static const struct reg_field bbar_fields[] = {
	RANGE_ROW(BBAR, BSF, "Bottom of system flash (address bits 23:8): no programmed cycle below it"),
};

static const struct reg_field gcs_fields[] = {
	BIT_ROW(GCS, BILD, "BIOS interface lock-down"),
	RANGE_ROW(GCS, BBS, "Boot BIOS straps (ICH7: 1 SPI, 2 PCI, 3 LPC; other values per generation)"),
};

#define FT(a) ((struct spi_field_table){ (a), ARRAY_SIZE(a) })

struct spi_field_table spi_hsfs_fields(enum spi_layout l)
{
	return spi_traits_of(l)->hsfs_width == 4 ? FT(hsfs_pch100) : FT(hsfs_ich9);
}
struct spi_field_table spi_dlock_fields(void) { return FT(dlock_fields); }
struct spi_field_table spi_frap_fields(void) { return FT(frap_fields); }
struct spi_field_table spi_freg_fields(void) { return FT(freg_fields); }
struct spi_field_table spi_pr_fields(void) { return FT(pr_fields); }
struct spi_field_table spi_ich7_spis_fields(void) { return FT(spis_fields); }
struct spi_field_table spi_ich7_pbr_fields(void) { return FT(pbr_fields); }
struct spi_field_table spi_bbar_fields(void) { return FT(bbar_fields); }
struct spi_field_table spi_gcs_fields(void) { return FT(gcs_fields); }
