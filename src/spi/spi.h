/* SPDX-License-Identifier: GPL-2.0-or-later */
/* spi.h - SPI controller registers (HSFS, FRAP, FREGx, PRx) and BIOS_CNTL: reads and facts. */
#ifndef SPI_INSPECT_SPI_H
#define SPI_INSPECT_SPI_H

#include <stdbool.h>
#include <stdint.h>

#include "chipset/layouts.h"
#include "hw/hw.h"
#include "reg.h"
#include "spi/regs.h"

struct chipset_family;
struct gcs_layout;

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
	/* Added by the spi module: */
	struct reg dlock;        /* PCH100-style: DLOCK at SPIBAR+0x0C */
	struct reg bbar;         /* BBAR: SPIBAR+0x50 (ICH7-style), +0xA0 (ICH9-style); spi_traits.bbar */
	char bios_cntl_why[160]; /* when BIOS_CNTL was not read: why */
	struct reg gcs;          /* GCS at RCBA+0x3410 (ICH7 .. 9-series): BILD, boot BIOS straps */
	struct reg buc;          /* BUC at RCBA+0x3414: Top Swap (spi/gcs.c) */
	const struct gcs_layout *gcs_layout; /* the family's GCS layout, or NULL (spi/gcs.h) */
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
	/* Added by the review: */
	enum tri locked;       /* cannot change before reset: FLOCKDN, DLOCK PRn_LOCKDN, PRR34_LOCKDN
				  (PR3/PR4), SPIS LOCK (ICH7); see spi/decode.c pr_lock() */
	const char *locked_by; /* the lock bit that holds it, when locked == TRI_YES */
};

struct bios_cntl {
	bool known;
	enum tri bioswe, ble, smm_bwp, tss, bild, bbs_known;
	unsigned src, bbs;     /* when known */
	bool src_known;        /* the layout has SRC and the register was read */
	const char *smm_bwp_name; /* "SMM_BWP" or "EISS" (100-series on) */
};

struct spi_facts {
	enum spi_layout layout;
	/* HSFS; DLOCK where the layout has it */
	/* dlock: YES when DLOCK has all of PR0..PR4_LOCKDN set (spi/decode.c) */
	enum tri fdone, fcerr, ael, scip, prr34_lockdn, wrsdis, fdopss, fdv, flockdn, dlock;
	unsigned nregions;
	struct spi_region regions[SPI_MAX_REGIONS];
	unsigned npr;
	struct spi_pr pr[SPI_MAX_PR];
	struct bios_cntl bc;
	/* ICH7-style */
	enum tri ich7_lock;
	/* Added by the spi module. */
	const char *access_reg;       /* "FRAP" or "BIOS_BM_RAP/WAP"; NULL without regions */
	uint32_t brra, brwa;          /* host read/write grants (FRAP 7:0/15:8, or BM_RAP/WAP) */
	uint8_t bmrag, bmwag;         /* FRAP 23:16 / 31:24, for -v */
	bool access_known;            /* the access register(s) were read */
	unsigned access_width;        /* regions the access register covers: 8 or 16 */
	/* DLOCK bits (PCH100-style) */
	enum tri dlock_bmwag, dlock_bmrag, dlock_sbmwag, dlock_sbmrag, dlock_sseq;
	enum tri dlock_pr[5];
	unsigned berase;              /* HSFS BERASE (ICH9-style), when hsfs known */
	bool berase_known;
	/* BBAR, where the layout has one (spi/decode.c decode_bbar). The controller runs no
	 * programmed cycle below this flash address; flashrom sets it to 0 when it can. */
	bool bbar_known;              /* the layout has BBAR and it was read */
	uint32_t bbar;                /* BSF, bits 23:8 (a 24-bit flash address) */
	enum tri bbar_stays;          /* flashrom leaves a non-zero BBAR in place (value aside) */
	const char *bbar_stays_why;   /* "SPIS LOCK", "FLOCKDN", "non-descriptor mode", ... */
	bool bbar_cut_known;          /* bbar_cut holds whatever the chip's size */
	uint32_t bbar_cut;            /* when it stays: flash addresses below this are out of reach */
	uint32_t bbar_free_upto;      /* when !bbar_cut_known: a chip this size or smaller is unaffected */
	/* ICH7 proper: GCS BBS (bits 11:10) and whether it selects LPC, in which case flashrom
	 * does not use the SPI controller at all (spi/decode.c decode_gcs). */
	bool gcs_bbs_known;
	unsigned gcs_bbs;
	enum tri ich7_lpc_boot;
	/* GCS and BUC on every RCRB chipset (spi/gcs.c): BILD, the strap's name, Top Swap.
	 * bc.bild and bc.tss take them where BIOS_CNTL has no such bit. */
	enum tri gcs_bild, gcs_top_swap;
	const char *gcs_bbs_name; /* "SPI", "LPC", "PCI", "reserved"; NULL when not documented */
};

/* spi/gcs.c: read GCS and BUC where the family has them; decode them into f. */
void spi_gcs_collect(struct hw *hw, const struct chipset_family *fam, struct spi_raw *raw);
void spi_gcs_decode(const struct spi_raw *raw, struct spi_facts *f);
/* GCS was read on a chipset where an LPC strap keeps flashrom off SPI (ICH7 proper). */
bool spi_gcs_strap_matters(const struct spi_raw *raw);

/* Collect: read SPIBAR and every register the layout has. Never fails:
 * what cannot be read is left with its reason. */
void spi_collect(struct hw *hw, const struct chipset_family *fam, struct pci_loc lpc,
		 struct spi_raw *raw);

/* Decode: pure, from the raw reads. */
void spi_decode(const struct spi_raw *raw, struct spi_facts *out);

const char *spi_layout_name(enum spi_layout l);

/* Traits of a register set (spi/layout.c). */
struct spi_traits {
	const char *name;       /* "ICH9-style (ICH8 .. 9-series)" */
	bool ich7;              /* SPIS/SPIC/PBRn instead of HSFS/FRAP/FREGn */
	unsigned hsfs_width;    /* 2 (HSFS) or 4 (HSFSTS_CTL) */
	bool has_dlock;         /* DLOCK at 0x0C */
	bool has_prr34_wrsdis;  /* HSFS bits 11 and 12 defined */
	bool has_berase;        /* HSFS bits 4:3 BERASE defined */
	unsigned nfreg;         /* FREG registers to read */
	unsigned freg_hi_from;  /* FREGn for n >= this are at freg_hi (0: none) */
	uint16_t freg_hi;       /* offset of the first upper FREG */
	uint16_t pr0;           /* first protected range register */
	unsigned npr;           /* PRn registers to read, GPR0 included */
	bool has_gpr0;          /* the last of them is GPR0 */
	bool has_bm_rap;        /* BIOS_BM_RAP/BIOS_BM_WAP decide host access */
	uint16_t bbar;          /* BBAR offset; 0: the layout has none (or none is known) */
	bool bbs_reserved;      /* BIOS_SPI_BC BBS (bit 6) is reserved here, not a boot strap */
	const char *const *region_names; /* SPI_MAX_REGIONS entries, NULL = "Region n" */
	const char *source;
};
const struct spi_traits *spi_traits_of(enum spi_layout l);
/* Region name for index i on layout l ("Descriptor", "BIOS", ..., or "Region 7"). */
const char *spi_region_name(enum spi_layout l, unsigned i, char *buf, size_t size);

/* Field tables for -v (spi/layout.c, bios_cntl.c). */
struct spi_field_table {
	const struct reg_field *fields;
	size_t n;
};
struct spi_field_table spi_hsfs_fields(enum spi_layout l);
struct spi_field_table spi_dlock_fields(void);
struct spi_field_table spi_frap_fields(void);
struct spi_field_table spi_freg_fields(void);
struct spi_field_table spi_pr_fields(void);
struct spi_field_table spi_ich7_spis_fields(void);
struct spi_field_table spi_ich7_pbr_fields(void); /* PBRn: base 11:0, limit 23:12 */
struct spi_field_table spi_bbar_fields(void);
struct spi_field_table spi_gcs_fields(void);  /* ICH7 GCS: BILD, BBS */

/* BIOS_CNTL (spi/bios_cntl.c). */
struct bc_traits {
	const char *name;
	int bioswe, ble, src_lo, tss, smm_bwp, bbs, bild; /* bit numbers, -1: not defined */
	const char *smm_bwp_name;
	const struct reg_field *fields;
	size_t nfields;
	const char *source;
};
const struct bc_traits *bc_traits_of(enum bios_cntl_layout l);
void bios_cntl_decode(const struct reg *r, enum bios_cntl_layout l, struct bios_cntl *out);
const char *bc_layout_name(enum bios_cntl_layout l);

#endif
