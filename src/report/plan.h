/* SPDX-License-Identifier: GPL-2.0-or-later */
/* plan.h - the flash plan: which flashrom command lines will work with this image here. */
#ifndef SPI_INSPECT_PLAN_H
#define SPI_INSPECT_PLAN_H

#include <stdbool.h>
#include <stdint.h>

#include "failure.h"
#include "image/image.h"
#include "report/findings.h"

struct inspection;

/*
 * The plan is a judgement (DESIGN.md "Data flow"): pure, from the decoded image, the
 * chip's backup (or NULL) and the machine (or NULL: decode only). Every prediction
 * names the flashrom behaviour it rests on; the messages quoted are flashrom 1.3.0's
 * (Debian 12), see docs/findings.md and tests/plan-flashrom.sh.
 */

/* What a command is expected to do. */
enum plan_outcome {
	PLAN_UNKNOWN = 0,  /* a fact it rests on is unknown (say which) */
	PLAN_WORKS,
	PLAN_FAILS,        /* flashrom stops with an error (flashrom_says) */
	PLAN_WRONG_BYTES,  /* flashrom exits 0, but the chip does not end up holding the image */
	PLAN_OUTCOME_COUNT,
};

/* The first reason a command does not simply work. Each maps to a --check code. */
enum plan_cause {
	CAUSE_NONE = 0,
	CAUSE_SIZE,          /* the file is not the chip's size */
	CAUSE_LAYOUT,        /* the chip's layout (descriptor or FMAP) differs from the image's */
	CAUSE_NO_LAYOUT,     /* --ifd without a descriptor on the chip, --fmap without an FMAP */
	CAUSE_NO_AREA,       /* a region named with -i is not in the chip's layout */
	CAUSE_OVERLAP,       /* regions named with -i overlap */
	CAUSE_REGION_ACCESS, /* the descriptor denies the host access to a region written or read */
	CAUSE_PR,            /* a protected range flashrom cannot lift */
	CAUSE_BIOS_CNTL,     /* BLE + SMM_BWP: only SMM may write */
	CAUSE_BLE,           /* BLE alone: the SMI handler decides */
	CAUSE_BBAR,          /* BBAR flashrom cannot lower cuts into the range */
	CAUSE_UNKNOWN,       /* a fact it rests on could not be known */
	CAUSE_COUNT,
};

/* Where the chip's layout comes from. */
enum plan_layout_from {
	LAYOUT_FROM_NONE = 0,
	LAYOUT_FROM_FREG,    /* the machine's FREG registers (they mirror the chip's descriptor) */
	LAYOUT_FROM_BACKUP,  /* the backup's descriptor */
};

#define PLAN_MAX_COMMANDS 8
#define PLAN_MAX_FINDINGS 12
#define PLAN_MAX_STEPS 4
#define PLAN_LINE 224

struct plan_command {
	const char *key;             /* "whole_chip", "ifd_bios", "ifd_fd", "fmap_rw", "fmap_wp_ro", "fmap_coreboot" */
	char line[PLAN_LINE];        /* ready to paste */
	enum plan_outcome outcome;
	enum plan_cause cause;
	bool range_known;            /* the first conflicting range, chip offsets */
	uint32_t range_base, range_limit;
	char why[512];
	char flashrom_says[256];     /* the message flashrom 1.3.0 prints, when it fails */
};

/* One region of the layout: image and chip side by side. */
struct plan_region {
	unsigned index;
	bool in_image, in_chip;
	uint32_t image_base, image_limit, chip_base, chip_limit;
	bool same;
};

struct flash_plan {
	const struct image *image, *backup; /* as given to plan_flash (backup may be NULL) */
	bool machine;                /* a machine's registers were available */
	char machine_why[192];       /* when !machine: why the plan is decode only */
	/* compatibility */
	uint64_t image_size;
	bool chip_size_known;
	uint64_t chip_size;
	char chip_size_from[96];     /* "the backup's size", "the image's descriptor (component density)" */
	enum plan_layout_from layout_from;
	unsigned nregions;
	struct plan_region region[IFD_MAX_REGIONS];
	enum tri layout_same;        /* image regions == chip regions */
	enum tri fmap_same;          /* image FMAP == chip FMAP (the backup's) */
	enum tri descriptor_changes; /* the image's descriptor differs from the chip's */
	/* the candidates and the recommended sequence (indexes into command[]) */
	unsigned ncommands;
	struct plan_command command[PLAN_MAX_COMMANDS];
	char backup_line[PLAN_LINE]; /* the backup to take first */
	char backup_lacks[512];      /* what that backup will not hold, or "" */
	unsigned nsteps;
	int step[PLAN_MAX_STEPS];
	enum plan_outcome sequence;  /* the recommended sequence's expected outcome */
	unsigned nfindings;
	struct finding findings[PLAN_MAX_FINDINGS];
	enum exit_code check_code;   /* --check --image: 0 when the sequence is expected to work */
};

/*
 * Plans writing image. backup (the chip's contents as flashrom -r saved them) and
 * machine are optional; without a machine the plan is the compatibility part only.
 * image_name and backup_name are the file names as the user will type them.
 */
void plan_flash(const struct image *image, const struct image *backup,
		const struct inspection *machine, struct flash_plan *out);

const char *plan_outcome_name(enum plan_outcome o);   /* "works", "fails", "wrong_bytes", "unknown" */
const char *plan_cause_name(enum plan_cause c);       /* "size", "layout", ... or NULL for none */
const char *plan_layout_from_name(enum plan_layout_from f);

/* Every finding id the plan can emit (for docs/findings.md and its test). */
extern const char *const plan_finding_ids[];
extern const unsigned plan_nfinding_ids;

#endif
