/* SPDX-License-Identifier: GPL-2.0-or-later */
/* layouts.h - the register sets a chipset family names: SPI controller, BIOS_CNTL, ME HFSTS. */
#ifndef SPI_INSPECT_CHIPSET_LAYOUTS_H
#define SPI_INSPECT_CHIPSET_LAYOUTS_H

/* A family (chipset/families.c) names one of each; the decoders in spi/ and me/ hold what
 * each one means, in tables indexed by these values and checked against their counts. */

/* Register sets; traits for each are in spi/layout.c. */
enum spi_layout {
	SPI_LAYOUT_NONE = 0, /* nothing to decode (FWH/LPC flash) */
	SPI_LAYOUT_ICH7,     /* ICH7-style: SPIS/SPIC, PBR0..2, BBAR (SPIBAR = RCBA+0x3020) */
	SPI_LAYOUT_ICH9,     /* ICH9..9-series: HSFS, FRAP, FREG0..4, PR0..4 at 0x74, BBAR at 0xA0 */
	SPI_LAYOUT_PCH100,   /* 100-series and later: DLOCK, FREG0..n, FPR0..4 at 0x84 */
	/* Added by the spi module: the same register sets, with more regions. */
	SPI_LAYOUT_C620,     /* PCH100-style, FREG0..11 (C620, C740, Denverton) */
	SPI_LAYOUT_PCH300,   /* PCH100-style, FREG0..11 + FREG12..15 at 0xE0, FRAP for 0..7 */
	SPI_LAYOUT_MTL,      /* PCH300 + BIOS_BM_RAP/BIOS_BM_WAP for 16 regions (Meteor Lake on) */
	SPI_LAYOUT_BYT,      /* ICH9-style at SBASE (Bay Trail, Avoton, Braswell): region 2 is TXE */
	SPI_LAYOUT_APL,      /* PCH300-style on Apollo/Gemini Lake: regions 1/2 are IFWI/TXE */
	SPI_LAYOUT_ICH8,     /* ICH8: the ICH9-style set at RCBA+0x3020, no known BBAR */
	SPI_LAYOUT_COUNT,
};

/* BIOS_CNTL bit layouts. */
enum bios_cntl_layout {
	BC_LAYOUT_NONE = 0,
	BC_LAYOUT_ICH,        /* BIOSWE, BLE, SRC, TSS, SMM_BWP (bit 5) */
	BC_LAYOUT_PCH100,     /* + EISS (bit 5), BBS (bit 6), BILD (bit 7) */
	BC_LAYOUT_CENTERTON,  /* SMM_BWP at bit 7 (LPC 0xD8) */
	BC_LAYOUT_BAYTRAIL,   /* MMIO SBASE+0xFC: BIOSWE, BLE, SRC, SMM_BWP (bit 5) */
	/* Added by the spi module: */
	BC_LAYOUT_ICH7,       /* ICH7..ICH10: BIOSWE, BLE, SRC; bit 5 reserved (no SMM_BWP) */
	BC_LAYOUT_TUNNELCREEK, /* LPC 0xD8: BIOSWE, BLE; bit 2 is a cache disable */
	BC_LAYOUT_COUNT,
};

/* HFSTS layouts, by firmware generation; tables in me/layout.c. */
enum me_layout {
	ME_LAYOUT_UNKNOWN = 0,
	ME_LAYOUT_ME1_10,     /* ME 1..10: HFSTS2 is GMES */
	ME_LAYOUT_CSME11_15,  /* CSME 11..15 */
	ME_LAYOUT_CSME16_17,  /* CSME 16..17 */
	ME_LAYOUT_CSME18,     /* CSME 18 and later: Boot Guard moves to HFSTS5 */
	ME_LAYOUT_TXE,        /* TXE (Bay Trail, Braswell, Apollo/Gemini Lake) */
	ME_LAYOUT_SPS,        /* Server Platform Services (HFSTS1 operation mode 0xF) */
	ME_LAYOUT_COUNT,
};

/* Flash descriptor generations, as flashrom tells them apart (enum ich_chipset); the rules
 * of each are in image/ifd.c. A family with no row of its own says only the version. */
enum ifd_layout {
	IFD_LAYOUT_CONTENT = 0, /* none known: the descriptor's content says (flashrom's guess) */
	IFD_LAYOUT_ICH8,
	IFD_LAYOUT_ICH9,
	IFD_LAYOUT_ICH10,
	IFD_LAYOUT_IBX,
	IFD_LAYOUT_CPT,
	IFD_LAYOUT_PPT,
	IFD_LAYOUT_LPT,
	IFD_LAYOUT_BYT,
	IFD_LAYOUT_WBG,
	IFD_LAYOUT_WPT,
	IFD_LAYOUT_SPT,
	IFD_LAYOUT_C620,
	IFD_LAYOUT_C740,
	IFD_LAYOUT_CNP,
	IFD_LAYOUT_CMP,
	IFD_LAYOUT_TGP,
	IFD_LAYOUT_ADP,
	IFD_LAYOUT_RPP,
	IFD_LAYOUT_MTL,
	IFD_LAYOUT_PTL,
	IFD_LAYOUT_APL,
	IFD_LAYOUT_GLK,
	IFD_LAYOUT_JSL,
	IFD_LAYOUT_EHL,
	IFD_LAYOUT_V2,          /* IFD v2, no rules of its own (Denverton, Lunar Lake) */
	IFD_LAYOUT_V1,          /* IFD v1, no rules of its own (Avoton) */
	IFD_LAYOUT_COUNT,
};

#endif
