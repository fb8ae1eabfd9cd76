/* SPDX-License-Identifier: GPL-2.0-or-later */
/* image.h - a flash image file (--image, --backup) decoded: descriptor, FMAP, ME version. */
#ifndef SPI_INSPECT_IMAGE_H
#define SPI_INSPECT_IMAGE_H

/*
 * The contract between the image decoder (src/image/) and the flash planner
 * (src/report/plan*.c). Only pread() of the pages needed: the cost does not grow
 * with the image (a 64 MiB image costs what an 8 MiB one does). Files are only read.
 * Unknown is not zero: every field that could not be found says why.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "reg.h"

#define IFD_MAX_REGIONS 16
#define IFD_MAX_MASTERS 6
#define FMAP_NAME_LEN 32
#define FMAP_MAX_AREAS 128 /* a larger nareas is refused as malformed */

/* Why an image could not be decoded at all (each maps to its own exit code). */
enum image_error {
	IMAGE_OK = 0,
	IMAGE_EOPEN,      /* cannot open or stat: missing, no permission */
	IMAGE_ENOTFILE,   /* a directory, a device, a FIFO */
	IMAGE_EREAD,      /* read error or file shorter than its size said */
	IMAGE_ETOOSMALL,  /* smaller than any flash chip (< 64 KiB), or not a whole number of 4 KiB
			   * blocks (truncated) */
	IMAGE_EMALFORMED, /* a descriptor whose regions lie past the file or whose NR/NM are
			   * impossible; an FMAP with > FMAP_MAX_AREAS areas, areas past its size
			   * or the file, or partly overlapping areas */
};

enum ifd_version {
	IFD_VERSION_UNKNOWN = 0,
	IFD_V1,  /* ICH8 .. 9-series, Bay Trail: FLMSTR read 23:16, write 31:24 */
	IFD_V2,  /* 100-series (Sunrise Point) on, APL/GLK: read 19:8, write 31:20 (+ extended 7:0) */
};

struct ifd_region {
	bool used;          /* flashrom: limit > base */
	uint32_t raw;       /* FLREGn as stored */
	uint32_t base, limit; /* byte offsets, limit inclusive (limit | 0xfff) */
};

struct ifd_master {
	bool present;            /* flashrom reads it (NM or NM + 1); all six are decoded */
	uint32_t raw;            /* FLMSTRn as stored */
	uint16_t read, write;    /* bit n: region n readable / writable by this master */
};

struct ifd {
	bool found;
	uint32_t fdbar;              /* image offset of FLVALSIG: 0x10, or 0x0 on ICH8..10 */
	enum ifd_version version;
	char version_why[160];        /* "content: ICCRIBA=0 and ISL=..." or "machine family pch500" */
	uint32_t flmap0, flmap1, flmap2;
	unsigned ncomponents;        /* 1 or 2 */
	uint64_t component_size[2];  /* bytes; 0 when the density is unused or unknown */
	uint64_t chip_size;          /* sum of the components; 0 when unknown */
	unsigned nregions;           /* FLREGs read */
	struct ifd_region region[IFD_MAX_REGIONS];
	unsigned nmasters;
	struct ifd_master master[IFD_MAX_MASTERS]; /* [0] = FLMSTR1 host CPU/BIOS, [1] ME, [2] GbE, ... */
	enum tri me_disabled;        /* HAP / AltMeDisable; unknown past ME 11 (see the decoder) */
	char me_disabled_why[128];
	/* added by the decoder (issue 15): */
	char chipset[64];            /* flashrom's content guess, "500 series Tiger Point", or the family's */
	uint32_t flcomp, flumap1;    /* FLCOMP as stored; FLUMAP1 at 0xefc */
	uint32_t size;               /* bytes of the descriptor region (FLREG0 limit + 1), 4 KiB if unused */
	bool extended_masters;       /* FLMSTR bits 7:0 = regions 12-15 (Cannon Point on, ifdtool) */
};

struct fmap_area {
	uint32_t offset, size;       /* absolute flash offsets */
	char name[FMAP_NAME_LEN + 1];
	uint16_t flags;              /* FMAP_AREA_STATIC 1<<0, COMPRESSED 1<<1, RO 1<<2, PRESERVE 1<<3 */
	int parent;                  /* index of the smallest area containing it, or -1 */
	int overlaps;                /* index of an area it partly overlaps (neither contains the other), or -1 */
};

struct fmap {
	bool found;
	uint64_t offset;             /* where the header is in the file */
	uint8_t ver_major, ver_minor;
	uint64_t base;
	uint32_t size;
	char name[FMAP_NAME_LEN + 1];
	unsigned nareas;
	struct fmap_area area[FMAP_MAX_AREAS];
	unsigned long offsets_checked; /* signature probes of the 256-byte stride search */
	char why_not[128];           /* when !found: "no FMAP at any 256-byte aligned offset" */
};

struct me_fw_version {
	bool found;
	uint16_t major, minor, hotfix, build;
	char where[96];              /* "$FPT at ME+0x10, FTPR $CPD, FTPR.man $MN2" */
	char why_not[128];           /* when !found */
};

struct image {
	const char *path;
	uint64_t size;
	bool region_only;            /* a flashrom --ifd -i X read: other regions, fd too, zeroed */
	struct ifd ifd;
	struct fmap fmap;
	struct me_fw_version me;
	unsigned long pages_read;    /* 4 KiB pages touched, for the benchmark */
	char region_only_why[160];   /* how region_only was decided, either way */
};

/*
 * Decodes PATH. family_hint is the machine's chipset family key ("pch500") or NULL;
 * with it, the IFD version comes from the family, else from the content as flashrom's
 * guess_ich_chipset_from_content() does. Returns IMAGE_OK or the error, with a
 * sentence in why (what happened, why, what to do).
 */
enum image_error image_decode(const char *path, const char *family_hint,
			      struct image *out, char *why, unsigned whylen);

/* The decoders, on a reader (a file, or a buffer for tests and fuzzing). ifd_decode
 * returns IMAGE_OK with found = false (and the reason in version_why) when there is
 * no descriptor; fmap_decode likewise, the reason in why_not. */
struct image_reader;
enum image_error ifd_decode(struct image_reader *r, const char *family_hint, struct ifd *out,
			    char *why, unsigned whylen);
enum image_error fmap_decode(struct image_reader *r, struct fmap *out, char *why, unsigned whylen);

/*
 * Readers. image_reader_open refuses what is not a regular file, a file too small to
 * be a flash image (< 64 KiB) or not a whole number of 4 KiB pages (truncated); the
 * memory reader serves buf for the first len bytes and zeros up to size (a short
 * fixture stands for a chip-size image, as a sparse file would). Both count the
 * 4 KiB pages read; pages in a hole of a sparse file are zeros and are not read.
 */
enum image_error image_reader_open(const char *path, struct image_reader **out, char *why,
				   unsigned whylen);
struct image_reader *image_reader_mem(const void *buf, size_t len, uint64_t size);
void image_reader_close(struct image_reader *r);
uint64_t image_reader_size(const struct image_reader *r);
unsigned long image_reader_pages(const struct image_reader *r);

/* The ME firmware version from the ME region [base, limit] (me.c). */
void me_fw_decode(struct image_reader *r, uint64_t base, uint64_t limit, struct me_fw_version *out);

/* A flashrom --ifd -i X read (image.c: the heuristic and its limits): no descriptor in
 * a power-of-two file whose first 4 KiB are zeros, or a descriptor whose ME region
 * starts with 4 KiB of zeros. */
bool image_region_only(struct image_reader *r, const struct ifd *ifd, char *why, unsigned whylen);

/*
 * The first used descriptor region whose SI_* FMAP area (ifd_region_fmap_name) starts or
 * ends elsewhere, as `ifdtool -t` checks, with the sentence in why; -1 when they agree
 * or the image lacks a descriptor or an FMAP.
 */
int image_layout_mismatch(const struct image *im, char *why, unsigned whylen);
const char *ifd_region_fmap_name(unsigned idx); /* "SI_BIOS", or NULL (ifdtool) */

/* The name of an error ("not a regular file"), for messages and tests. */
const char *image_error_name(enum image_error e);

/* flashrom's --ifd region names, fd bios me gbe pd reg5 bios2 reg7 ec reg9 ie 10gbe reg12 .. */
const char *ifd_region_flashrom_name(unsigned idx);

#endif
