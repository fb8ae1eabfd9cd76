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
 * Offsets and counts. Two sources each:
 * - HSFS 0x04, FRAP 0x50, FREG0 0x54, PR0 0x74 (ICH9-style): flashrom ichspi.c
 *   ICH9_REG_*; coreboot southbridge/intel/common/spi.c struct ich9_spi_regs;
 *   Linux drivers/spi/spi-intel.c LPT_PR/BYT_PR 0x74, *_FREG_NUM 5.
 * - DLOCK 0x0C, FPR0 0x84, GPR0 0x98 (PCH100-style): flashrom ichspi.c
 *   PCH100_REG_DLOCK/FPR0/GPR0; coreboot soc/intel/common/block/fast_spi/
 *   fast_spi_def.h SPIBAR_DLOCK/SPIBAR_FPR_BASE; chipsec dnv.xml GPR0 0x98.
 * - FREG counts: flashrom init_chipset_properties() (10 on Sunrise Point,
 *   12 on C620/C740, 16 from Cannon Point, FREG12.. at APL_REG_FREG12 0xE0);
 *   chipsec pch_c620.xml FREG0..11 and apl.xml FREG0..11. Linux spi-intel.c
 *   dumps fewer (CNL_FREG_NUM 6, BXT_FREG_NUM 12): it is a driver, not a map.
 * - BIOS_BM_RAP 0x118 / BIOS_BM_WAP 0x11C, 16 regions, Meteor Lake on: flashrom
 *   ichspi.c ICH_REG_BIOS_BM_RAP/WAP and ich_get_bios_region_access() (commit
 *   85b97715); programmer.h says every chipset after Meteor Lake has them.
 * - ICH7-style SPIS 0x00, SPIC 0x02, BBAR 0x50, PBR0..2 0x60: flashrom ichspi.c
 *   init_ich7_spi(); coreboot southbridge/intel/common/spi.c struct ich7_spi_regs.
 * - BBAR: 0x50 on ICH7, Tunnel Creek and Centerton, 0xA0 on ICH9 to the 9-series (flashrom
 *   ichspi.c ich_set_bbar, ICH9_REG_BBAR; coreboot southbridge/intel/common/spi.c struct
 *   ich9_spi_regs.bbar at 0xA0; Intel 6-series datasheet 324645, 21.1.23). None on ICH8
 *   (flashrom doc/user_docs/misc_intel.rst "BBAR on ICH8": not in the datasheet, not
 *   touched), Bay Trail ("BBAR offset is unknown") or from the 100-series on, where 0xA0
 *   is SSFS (flashrom init_ich_default skips BBAR there; fwupd PR #6803 log "0xa0: 0x80
 *   (SSFS)").
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
		.hsfs_width = 2, .has_berase = true, .nfreg = 5, .pr0 = 0x74, .npr = 5,
		.bbar = ICH9_BBAR, .region_names = names_ich,
		.source = "flashrom ichspi.c ICH9_REG_*; Linux spi-intel.c LPT_PR; coreboot southbridge/intel/common/spi.c",
	},
	[SPI_LAYOUT_PCH100] = {
		.name = "PCH100-style (HSFSTS_CTL, DLOCK, FREG0..9, FPR0..4 + GPR0 at 0x84)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 10,
		.pr0 = 0x84, .npr = 6, .has_gpr0 = true, .region_names = names_pch,
		.source = "flashrom ichspi.c PCH100_REG_*; coreboot fast_spi_def.h; chipsec pch_1xx.xml",
	},
	[SPI_LAYOUT_C620] = {
		.name = "PCH100-style with FREG0..11 (server)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 12,
		.pr0 = 0x84, .npr = 6, .has_gpr0 = true, .region_names = names_pch,
		.source = "flashrom ichspi.c init_chipset_properties (12 FREG); chipsec pch_c620.xml",
	},
	[SPI_LAYOUT_PCH300] = {
		.name = "PCH100-style with FREG0..15 (FREG12..15 at 0xE0), FRAP for regions 0..7",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 16,
		.freg_hi_from = 12, .freg_hi = 0xE0,
		.pr0 = 0x84, .npr = 6, .has_gpr0 = true, .region_names = names_pch,
		.source = "flashrom ichspi.c init_chipset_properties (16 FREG), APL_REG_FREG12; chipsec pch_3xx.xml",
	},
	[SPI_LAYOUT_MTL] = {
		.name = "PCH100-style with FREG0..15 and BIOS_BM_RAP/WAP (16 regions)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 16,
		.freg_hi_from = 12, .freg_hi = 0xE0,
		.pr0 = 0x84, .npr = 6, .has_gpr0 = true, .has_bm_rap = true,
		.region_names = names_pch,
		.source = "flashrom ichspi.c ich_get_bios_region_access and include/programmer.h (Meteor Lake on)",
	},
	[SPI_LAYOUT_BYT] = {
		.name = "ICH9-style at SBASE (Silvermont/Airmont SoC)",
		.hsfs_width = 2, .has_berase = true, .nfreg = 5, .pr0 = 0x74, .npr = 5,
		.region_names = names_byt,
		.source = "flashrom ichspi.c (CHIPSET_BAYTRAIL uses the ICH9 defaults); Linux spi-intel.c BYT_PR 0x74, BYT_FREG_NUM 5",
	},
	[SPI_LAYOUT_APL] = {
		.name = "PCH100-style with FREG0..15 (Apollo/Gemini Lake)",
		.hsfs_width = 4, .has_dlock = true, .has_prr34_wrsdis = true, .nfreg = 16,
		.freg_hi_from = 12, .freg_hi = 0xE0,
		.pr0 = 0x84, .npr = 6, .has_gpr0 = true, .region_names = names_apl,
		/* flashrom chipset_enable.c boot_straps_apl: BBS "reserved" */
		.bbs_reserved = true,
		.source = "flashrom ichspi.c APL_REG_FREG12, init_chipset_properties; chipsec apl.xml FREG0..11, PR0 0x84",
	},
	[SPI_LAYOUT_ICH8] = {
		.name = "ICH9-style on ICH8 (HSFS, FRAP, FREG0..4, PR0..4 at 0x74; no BBAR known)",
		.hsfs_width = 2, .has_berase = true, .nfreg = 5, .pr0 = 0x74, .npr = 5,
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

/* ICH9-style HSFS (16 bit): flashrom ichspi.c HSFS_*; coreboot southbridge/intel/common/spi.c. */
static const struct reg_field hsfs_ich9[] = {
	{ "FDONE", 0, 0, "Flash cycle done" },
	{ "FCERR", 1, 1, "Flash cycle error" },
	{ "AEL", 2, 2, "Access error log" },
	{ "BERASE", 3, 4, "Block/sector erase size" },
	{ "SCIP", 5, 5, "SPI cycle in progress" },
	{ "FDOPSS", 13, 13, "Flash descriptor override pin-strap status (0 = override set)" },
	{ "FDV", 14, 14, "Flash descriptor valid" },
	{ "FLOCKDN", 15, 15, "Flash configuration lock-down" },
};

/* PCH100-style HSFSTS_CTL (32 bit): coreboot fast_spi_def.h SPIBAR_HSFSTS_*;
 * chipsec cfg/8086/SPI/spibar0.xml HSFS. */
static const struct reg_field hsfs_pch100[] = {
	{ "FDONE", 0, 0, "Flash cycle done" },
	{ "FCERR", 1, 1, "Flash cycle error" },
	{ "AEL", 2, 2, "Access error log" },
	{ "SCIP", 5, 5, "SPI cycle in progress" },
	{ "WRSDIS", 11, 11, "Write status disable" },
	{ "PRR34_LOCKDN", 12, 12, "PRR3/PRR4 lock-down" },
	{ "FDOPSS", 13, 13, "Flash descriptor override pin-strap status (0 = override set)" },
	{ "FDV", 14, 14, "Flash descriptor valid" },
	{ "FLOCKDN", 15, 15, "Flash configuration lock-down" },
	{ "FGO", 16, 16, "Flash cycle go" },
	{ "FCYCLE", 17, 20, "Flash cycle type" },
	{ "WET", 21, 21, "Write enable type" },
	{ "FDBC", 24, 29, "Flash data byte count" },
	{ "FSMIE", 31, 31, "Flash SPI SMI# enable" },
};

/* DLOCK: flashrom ichspi.c DLOCK_*_LOCKDN; coreboot fast_spi_def.h SPIBAR_DLOCK_PRnLOCKDN. */
static const struct reg_field dlock_fields[] = {
	{ "BMWAG_LOCKDN", 0, 0, "BIOS master write access grant lock-down" },
	{ "BMRAG_LOCKDN", 1, 1, "BIOS master read access grant lock-down" },
	{ "SBMWAG_LOCKDN", 2, 2, "Secondary BIOS master write access grant lock-down" },
	{ "SBMRAG_LOCKDN", 3, 3, "Secondary BIOS master read access grant lock-down" },
	{ "PR0_LOCKDN", 8, 8, "PR0 lock-down" },
	{ "PR1_LOCKDN", 9, 9, "PR1 lock-down" },
	{ "PR2_LOCKDN", 10, 10, "PR2 lock-down" },
	{ "PR3_LOCKDN", 11, 11, "PR3 lock-down" },
	{ "PR4_LOCKDN", 12, 12, "PR4 lock-down" },
	{ "SSEQ_LOCKDN", 16, 16, "Software sequencing lock-down" },
};

/* FRAP: flashrom ichspi.c ICH_BRRA/BRWA/BMRAG/BMWAG; chipsec spibar0.xml FRAP. */
static const struct reg_field frap_fields[] = {
	{ "BRRA", 0, 7, "BIOS region read access (bit n: region n)" },
	{ "BRWA", 8, 15, "BIOS region write access (bit n: region n)" },
	{ "BMRAG", 16, 23, "BIOS master read access grant (other masters)" },
	{ "BMWAG", 24, 31, "BIOS master write access grant (other masters)" },
};

/* FREGn: flashrom ich_descriptors.h ICH_FREG_BASE/LIMIT (15-bit fields, 4 KiB units);
 * Linux spi-intel.c FREG_BASE_MASK/FREG_LIMIT_MASK. */
static const struct reg_field freg_fields[] = {
	{ "RB", 0, 14, "Region base (address bits 26:12)" },
	{ "RL", 16, 30, "Region limit (address bits 26:12)" },
};

/* PRn: flashrom ichspi.c PR_WP_OFF/PR_RP_OFF; Linux spi-intel.c PR_WPE/PR_RPE. */
static const struct reg_field pr_fields[] = {
	{ "PRB", 0, 14, "Protected range base (address bits 26:12)" },
	{ "RPE", 15, 15, "Read protection enabled" },
	{ "PRL", 16, 30, "Protected range limit (address bits 26:12)" },
	{ "WPE", 31, 31, "Write protection enabled" },
};

/* ICH7-style PBRn: coreboot southbridge/intel/common/spi.c spi_fpr() (ICH7_SPI_FPR_MASK
 * 0xfff, limit shift 12, SPI_FPR_WPE bit 31); 24-bit flash addresses. */
static const struct reg_field pbr_fields[] = {
	{ "PRB", 0, 11, "Protected range base (address bits 23:12)" },
	{ "PRL", 12, 23, "Protected range limit (address bits 23:12)" },
	{ "WPE", 31, 31, "Write protection enabled" },
};

/* ICH7 SPIS: flashrom ichspi.c SPIS_*; coreboot southbridge/intel/common/spi.c SPIS_LOCK 0x8000. */
static const struct reg_field spis_fields[] = {
	{ "SCIP", 0, 0, "SPI cycle in progress" },
	{ "GRANT", 1, 1, "Access grant" },
	{ "CDS", 2, 2, "Cycle done status" },
	{ "FCERR", 3, 3, "Flash cycle error" },
	{ "LOCK", 15, 15, "SPI configuration lock-down" },
};

/* BBAR: flashrom ichspi.c BBAR_MASK 0x00ffff00 ("8-23: Bottom of System Flash"); Intel
 * 6-series datasheet 324645 21.1.23 (bits 31:24 and 7:0 reserved). */
static const struct reg_field bbar_fields[] = {
	{ "BSF", 8, 23, "Bottom of system flash (address bits 23:8): no programmed cycle below it" },
};

/* GCS (RCBA+0x3410): flashrom chipset_enable.c enable_flash_ich_report_gcs (BILD bit 0,
 * BBS bits 11:10; bit 10 alone on 8/9-series LP, bit 1 on Tunnel Creek: spi/gcs.c says
 * which and what each value means); coreboot i82801gx.h GCS. */
static const struct reg_field gcs_fields[] = {
	{ "BILD", 0, 0, "BIOS interface lock-down" },
	{ "BBS", 10, 11, "Boot BIOS straps (ICH7: 1 SPI, 2 PCI, 3 LPC; other values per generation)" },
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
