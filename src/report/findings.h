/* SPDX-License-Identifier: GPL-2.0-or-later */
/* findings.h - facts turned into findings (id, severity, evidence, what/why/what to do). */
#ifndef SPI_INSPECT_FINDINGS_H
#define SPI_INSPECT_FINDINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "failure.h"
#include "reg.h"
#include "spi/spi.h"

struct inspection;

/*
 * Severities (a closed set; JSON spells them as below):
 * blocks  - flashrom -p internal will fail at something because of this
 * warning - it will work, with a caveat the user must know
 * info    - a fact worth knowing, no effect on flashing
 * ok      - a check passed
 * unknown - the facts it needs could not be read (never shown as ok)
 */
enum severity {
	SEV_BLOCKS = 0,
	SEV_WARNING,
	SEV_UNKNOWN,
	SEV_INFO,
	SEV_OK,
	SEV_COUNT,
};

#define FINDING_MAX_EVIDENCE 4
#define FINDINGS_MAX 48

/* The register a finding rests on, as read. */
struct evidence {
	const char *reg;    /* "HSFS", "FREG2", "BIOS_CNTL", "HFSTS1" */
	char where[64];
	bool known;
	uint64_t value;
	unsigned width;     /* bytes: the value is shown with 2 * width hex digits */
	char reason[96];    /* when !known */
	const char *bits;   /* "FLOCKDN (bit 15) = 1" */
	const char *source; /* document that defines the bits */
};

struct finding {
	char id[40];        /* stable, documented in docs/findings.md; never renamed */
	enum severity severity;
	char what[640];
	char why[640];
	char todo[768];
	unsigned nevidence;
	struct evidence evidence[FINDING_MAX_EVIDENCE];
};

/* The summary answer: what flashrom -p internal can do on this machine. */
struct verdict {
	enum tri bios_read, bios_write, chip_read, chip_write;
	char bios_read_why[192], bios_write_why[256], chip_read_why[192], chip_write_why[256];
	/* Command lines expected to work, the backup first. */
	unsigned ncommands;
	char commands[4][160];
	/* --check: 0 when the BIOS region can be written, else the first blocker's code. */
	enum exit_code check_code;
};

struct findings {
	unsigned n;
	struct finding list[FINDINGS_MAX];
};

void judge(struct inspection *in);

/* The controller's status register: SPIS on ICH7-style controllers, HSFS elsewhere. */
static inline const struct reg *spi_status_reg(const struct spi_raw *raw)
{
	return raw->layout == SPI_LAYOUT_ICH7 ? &raw->spis : &raw->hsfs;
}
const char *severity_name(enum severity s);

#endif
