/* SPDX-License-Identifier: GPL-2.0-or-later */
/* spi.h - SPI controller registers (HSFS, FRAP, FREGx, PRx) and BIOS_CNTL: reads and facts. */
#ifndef SPI_INSPECT_SPI_H
#define SPI_INSPECT_SPI_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/hw.h"
#include "reg.h"

/* Register sets; traits for each are in spi/layout.c. */
enum spi_layout {
	SPI_LAYOUT_NONE = 0, /* nothing to decode (FWH/LPC flash) */
	SPI_LAYOUT_ICH7,     /* ICH7-style: SPIS/SPIC, PBR0..2, BBAR (SPIBAR = RCBA+0x3020) */
	SPI_LAYOUT_ICH9,     /* ICH8..9-series: HSFS, FRAP, FREG0..4, PR0..4 at 0x74 */
	SPI_LAYOUT_PCH100,   /* 100-series and later: DLOCK, FREG0..n, FPR0..4 at 0x84 */
	SPI_LAYOUT_COUNT,
};

/* BIOS_CNTL bit layouts. */
enum bios_cntl_layout {
	BC_LAYOUT_NONE = 0,
	BC_LAYOUT_ICH,        /* BIOSWE, BLE, SRC, TSS, SMM_BWP (bit 5) */
	BC_LAYOUT_PCH100,     /* + EISS (bit 5), BBS (bit 6), BILD (bit 7) */
	BC_LAYOUT_CENTERTON,  /* SMM_BWP at bit 7 (LPC 0xD8) */
	BC_LAYOUT_BAYTRAIL,   /* MMIO SBASE+0xFC: BIOSWE, BLE, SRC, SMM_BWP (bit 5) */
	BC_LAYOUT_COUNT,
};

#define SPI_MAX_REGIONS 16
#define SPI_MAX_PR 6 /* PR0..4 and GPR0 */

/* The raw reads (collect stage). Unread registers have reg.read == false. */
struct spi_raw {
	enum spi_layout layout;
	enum bios_cntl_layout bc_layout;
	struct reg spibar_cfg;   /* the config register that gave SPIBAR */
	struct reg rcba;         /* RCBA (LPC 0xF0) where SPIBAR sits behind it */
	bool spibar_known;
	uint64_t spibar;
	char spibar_path[128];   /* "RCBA 0xfed1c000 + 0x3800", "BAR0 of 0000:00:1f.5 via ECAM (hidden)" */
	char spibar_why[256];    /* when !spibar_known: why, in words */
	struct reg hsfs;         /* HSFS (16 bit) or HSFSTS_CTL (32 bit) */
	struct reg frap;
	struct reg bm_rap, bm_wap;
	struct reg freg[SPI_MAX_REGIONS];
	struct reg pr[SPI_MAX_PR];
	struct reg spis, spic;   /* ICH7-style */
	struct reg bios_cntl;
	char bios_cntl_path[96];
};

/* One flash region as the host sees it. */
struct spi_region {
	unsigned index;
	const char *name;      /* "Descriptor", "BIOS", "ME", "GbE", "PDR", "EC", ... */
	bool known;            /* FREGn was read */
	bool unused;           /* base > limit */
	uint32_t base, limit;  /* byte addresses, limit inclusive */
	enum tri read, write;  /* host (BIOS master) access */
	const char *access_from; /* "FRAP", "BIOS_BM_RAP/WAP", or NULL when unknown */
	const char *access_why;  /* when unknown: why (register unread, past what FRAP covers) */
};

/* One protected range. */
struct spi_pr {
	unsigned index;
	const char *name;      /* "PR0".."PR4", "GPR0" */
	bool known;
	uint32_t base, limit;  /* limit inclusive; only meaningful if wp or rp */
	enum tri wp, rp;
	uint32_t overlaps;     /* bit n: overlaps region n */
};

struct bios_cntl {
	bool known;
	enum tri bioswe, ble, smm_bwp, tss, bild, bbs_known;
	unsigned src, bbs;     /* when known */
};

struct spi_facts {
	enum spi_layout layout;
	/* HSFS; DLOCK where the layout has it */
	enum tri fdone, fcerr, ael, scip, prr34_lockdn, wrsdis, fdopss, fdv, flockdn, dlock;
	unsigned nregions;
	struct spi_region regions[SPI_MAX_REGIONS];
	unsigned npr;
	struct spi_pr pr[SPI_MAX_PR];
	struct bios_cntl bc;
	/* ICH7-style */
	enum tri ich7_lock;
};

struct chipset_family;

/* Collect: read SPIBAR and every register the layout has. Never fails:
 * what cannot be read is left with its reason. */
void spi_collect(struct hw *hw, const struct chipset_family *fam, struct pci_loc lpc,
		 struct spi_raw *raw);

/* Decode: pure, from the raw reads. */
void spi_decode(const struct spi_raw *raw, struct spi_facts *out);

const char *spi_layout_name(enum spi_layout l);

#endif
