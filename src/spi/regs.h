/* SPDX-License-Identifier: GPL-2.0-or-later */
/* regs.h - SPI controller and BIOS_CNTL register map: every offset and bit, once, with its source. */
#ifndef SPI_INSPECT_SPI_REGS_H
#define SPI_INSPECT_SPI_REGS_H

/*
 * One statement per bit: the decoder (spi/decode.c, spi/bios_cntl.c) reads these
 * names, and the field tables that -v prints (spi/layout.c, spi/bios_cntl.c) are made
 * of them with the row macros below, as Linux drivers/spi/spi-intel.c does with its
 * HSFSTS_CTL_* for the driver and its debug dump. A one-bit field is NAME (its bit);
 * a wider one NAME_LO and NAME_HI (bits hi:lo, inclusive).
 */

/* A row of a struct reg_field table: the mnemonic is the constant's name after PREFIX_. */
#define BIT_ROW(prefix, fld, desc) { #fld, prefix##_##fld, prefix##_##fld, desc }
#define RANGE_ROW(prefix, fld, desc) { #fld, prefix##_##fld##_LO, prefix##_##fld##_HI, desc }

/*
 * Offsets. Two sources each:
 * - HSFS 0x04, FRAP 0x50, FREG0 0x54, PR0 0x74 (ICH9-style): flashrom ichspi.c
 *   ICH9_REG_*; coreboot southbridge/intel/common/spi.c struct ich9_spi_regs;
 *   Linux drivers/spi/spi-intel.c LPT_PR/BYT_PR 0x74, *_FREG_NUM 5.
 * - DLOCK 0x0C, FPR0 0x84, GPR0 0x98 (PCH100-style): flashrom ichspi.c
 *   PCH100_REG_DLOCK/FPR0/GPR0; coreboot soc/intel/common/block/fast_spi/
 *   fast_spi_def.h SPIBAR_DLOCK/SPIBAR_FPR_BASE; chipsec dnv.xml GPR0 0x98.
 * - FREG12.. at 0xE0: flashrom ichspi.c APL_REG_FREG12; chipsec apl.xml.
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
 * - GCS in the RCRB at RCBA+0x3410 (ICH7 .. 9-series): flashrom chipset_enable.c
 *   enable_flash_ich_report_gcs mmio_readl(rcrb + 0x3410); coreboot i82801gx.h GCS.
 */
#define SPIBAR_HSFS        0x04
#define SPIBAR_DLOCK       0x0C
#define SPIBAR_FRAP        0x50
#define SPIBAR_FREG0       0x54
#define ICH9_PR0           0x74
#define ICH9_BBAR          0xA0
#define PCH100_PR0         0x84 /* FPR0..4, then GPR0 at 0x98 */
#define APL_FREG12         0xE0
#define SPIBAR_BIOS_BM_RAP 0x118
#define SPIBAR_BIOS_BM_WAP 0x11C
#define ICH7_SPIS          0x00
#define ICH7_SPIC          0x02
#define ICH7_BBAR          0x50
#define ICH7_PBR0          0x60
#define RCBA_GCS           0x3410

/*
 * HSFS (ICH9-style, 16 bit): flashrom ichspi.c HSFS_*; coreboot southbridge/intel/common/
 * spi.c. HSFSTS_CTL (PCH100-style, 32 bit): coreboot fast_spi_def.h SPIBAR_HSFSTS_*;
 * chipsec cfg/8086/SPI/spibar0.xml HSFS. WRSDIS and PRR34_LOCKDN exist from Sunrise Point
 * on (flashrom ichspi.c "Added HSFS Status bits"); BERASE vanished with it (flashrom ichspi.c).
 */
#define HSFS_FDONE        0
#define HSFS_FCERR        1
#define HSFS_AEL          2
#define HSFS_BERASE_LO    3
#define HSFS_BERASE_HI    4
#define HSFS_SCIP         5
#define HSFS_WRSDIS       11
#define HSFS_PRR34_LOCKDN 12
#define HSFS_FDOPSS       13
#define HSFS_FDV          14
#define HSFS_FLOCKDN      15
#define HSFS_FGO          16
#define HSFS_FCYCLE_LO    17
#define HSFS_FCYCLE_HI    20
#define HSFS_WET          21
#define HSFS_FDBC_LO      24
#define HSFS_FDBC_HI      29
#define HSFS_FSMIE        31

/* DLOCK: flashrom ichspi.c DLOCK_*_LOCKDN; coreboot fast_spi_def.h SPIBAR_DLOCK_PRnLOCKDN. */
#define DLOCK_BMWAG_LOCKDN  0
#define DLOCK_BMRAG_LOCKDN  1
#define DLOCK_SBMWAG_LOCKDN 2
#define DLOCK_SBMRAG_LOCKDN 3
#define DLOCK_PR0_LOCKDN    8 /* PRn_LOCKDN is bit 8 + n, n = 0..4 */
#define DLOCK_PR1_LOCKDN    9
#define DLOCK_PR2_LOCKDN    10
#define DLOCK_PR3_LOCKDN    11
#define DLOCK_PR4_LOCKDN    12
#define DLOCK_SSEQ_LOCKDN   16

/* FRAP: flashrom ichspi.c ICH_BRRA/BRWA/BMRAG/BMWAG; chipsec spibar0.xml FRAP. BRRA/BRWA:
 * bit n grants the host read/write of region n, regions 0..7. */
#define FRAP_BRRA_LO  0
#define FRAP_BRRA_HI  7
#define FRAP_BRWA_LO  8
#define FRAP_BRWA_HI  15
#define FRAP_BMRAG_LO 16
#define FRAP_BMRAG_HI 23
#define FRAP_BMWAG_LO 24
#define FRAP_BMWAG_HI 31

/* BIOS_BM_RAP/WAP: bit n grants the host read/write of region n, 16 regions (flashrom
 * ichspi.c ich_get_bios_region_access, Meteor Lake on). */
#define BIOS_BM_ACCESS_LO 0
#define BIOS_BM_ACCESS_HI 15

/* FREGn: flashrom ich_descriptors.h ICH_FREG_BASE/LIMIT (15-bit fields, 4 KiB units);
 * Linux spi-intel.c FREG_BASE_MASK GENMASK(14, 0), FREG_LIMIT_MASK GENMASK(30, 16). */
#define FREG_RB_LO 0
#define FREG_RB_HI 14
#define FREG_RL_LO 16
#define FREG_RL_HI 30

/* PRn: flashrom ichspi.c PR_WP_OFF/PR_RP_OFF; Linux spi-intel.c PR_WPE/PR_RPE,
 * PR_BASE_MASK/PR_LIMIT_MASK (the FREGn address fields). WPE bit 31 on every layout;
 * RPE bit 15 on ICH9-style and later. */
#define PR_PRB_LO 0
#define PR_PRB_HI 14
#define PR_RPE    15
#define PR_PRL_LO 16
#define PR_PRL_HI 30
#define PR_WPE    31

/* ICH7-style PBRn: coreboot southbridge/intel/common/spi.c spi_fpr() (ICH7_SPI_FPR_MASK
 * 0xfff, limit shift 12, SPI_FPR_WPE bit 31); 24-bit flash addresses (the Atom E6xx
 * datasheet 11.9.5.12 has this controller send 24 address bits). PBRn carry only WPE. */
#define PBR_PRB_LO 0
#define PBR_PRB_HI 11
#define PBR_PRL_LO 12
#define PBR_PRL_HI 23
#define PBR_WPE    31

/* ICH7 SPIS: flashrom ichspi.c SPIS_*; coreboot southbridge/intel/common/spi.c SPIS_LOCK 0x8000. */
#define SPIS_SCIP  0
#define SPIS_GRANT 1
#define SPIS_CDS   2
#define SPIS_FCERR 3
#define SPIS_LOCK  15

/* BBAR: flashrom ichspi.c BBAR_MASK 0x00ffff00 ("8-23: Bottom of System Flash"); Intel
 * 6-series datasheet 324645 21.1.23 (bits 31:24 and 7:0 reserved). */
#define BBAR_BSF_LO 8
#define BBAR_BSF_HI 23

/* GCS (RCBA+0x3410): flashrom chipset_enable.c enable_flash_ich_report_gcs (BILD bit 0,
 * BBS bits 11:10, boot_straps_ich7_nm10: 3 = LPC; bit 10 alone on 8/9-series LP, bit 1 on
 * Tunnel Creek: spi/gcs.c says which and what each value means); coreboot i82801gx.h GCS. */
#define GCS_BILD   0
#define GCS_BBS_LO 10
#define GCS_BBS_HI 11
#define ICH7_BBS_LPC 3

/*
 * BIOS_CNTL (BC, BCR, BIOS_SPI_BC):
 * - BIOSWE 0, BLE 1, SRC 3:2 on every ICH (flashrom chipset_enable.c
 *   enable_flash_ich_bios_cntl_common(); chipsec cfg/8086/common.xml BC);
 * - TSS 4, SMM_BWP 5 from the 5-series (chipsec common.xml BC; flashrom chipset_enable.c,
 *   SMM_BWP bit 5, quoting the 6 Series datasheet 324645-004); bit 5 "is reserved" before
 *   Ibex Peak (flashrom);
 * - 100-series on: coreboot fast_spi_def.h SPI_BIOS_CONTROL_* (WPD 0, LOCK_ENABLE 1, EISS 5,
 *   BILD 7); chipsec cfg/8086/pch_1xx.xml BC (TSS 4, SMM_BWP 5, BBS 6, BILD 7);
 * - Centerton (LPC 0xD8): flashrom chipset_enable.c "in Centerton ... [SMM_BWP] is located
 *   at bit 7".
 */
#define BC_BIOSWE  0
#define BC_BLE     1
#define BC_SRC_LO  2
#define BC_SRC_HI  3
#define BC_TSS     4
#define BC_SMM_BWP 5
#define BC_EISS    5
#define BC_BBS     6
#define BC_BILD    7
#define CENTERTON_BC_SMM_BWP 7

#endif
