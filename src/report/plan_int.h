/* SPDX-License-Identifier: GPL-2.0-or-later */
/* plan_int.h - what plan.c and plan_commands.c share: the facts a command is judged on. */
#ifndef SPI_INSPECT_PLAN_INT_H
#define SPI_INSPECT_PLAN_INT_H

#include "report/inspection.h"
#include "report/plan.h"

#define PLAN_MAX_SPANS 8

/*
 * One range a command writes: chip offsets [base, limit], and the offsets the same
 * bytes have in the image's own layout (image_base/limit; in_image false when the image
 * has no such region or area). flashrom writes the file's bytes at the chip's offsets.
 */
struct plan_span {
	const char *name;          /* "bios", "RW_SECTION_A" */
	uint32_t base, limit;
	bool in_image;
	uint32_t image_base, image_limit;
};

/* What plan_commands.c needs beside the plan itself. */
struct plan_ctx {
	const struct image *image, *backup;
	const struct inspection *m;   /* NULL without a machine */
	const struct ifd *chip_ifd;   /* the chip's descriptor (backup), or NULL */
	const struct fmap *chip_fmap; /* the chip's FMAP (backup), or NULL when unknown */
	bool chip_fmap_absent;        /* the backup holds the whole chip and has no FMAP */
	bool unreadable;              /* some region the host may not read: --noverify-all */
	char unreadable_name[16];
};

/* Fills cmd's outcome, cause, range and messages for a write of spans (in -i order). */
void plan_judge_write(const struct plan_ctx *c, const struct flash_plan *p,
		     struct plan_command *cmd, bool layout_ifd, bool layout_fmap,
		     const struct plan_span *spans, unsigned nspans);

/* The machine's regions (FREGs) as flashrom --ifd names them. */
const char *plan_region_name(unsigned idx);

#endif
