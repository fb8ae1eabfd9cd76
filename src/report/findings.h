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

/*
 * One answer to "can flashrom -p internal read (write) this?", for a region, the BIOS
 * region or the whole chip, as flashrom will find it: after it has cleared the protected
 * ranges it can clear and set BIOSWE where BLE lets it. The judge (verdict.c) makes every
 * one of them; the renderers print them and decide nothing.
 */
enum access {
	ACCESS_YES = 0, /* all of it */
	ACCESS_NO,      /* none of it */
	ACCESS_PARTLY,  /* some of it: a range that stays covers the rest */
	ACCESS_UNKNOWN, /* a fact it rests on could not be read, or only an attempt shows */
	ACCESS_COUNT,
};

struct access_answer {
	enum access v;
	/* The decisive reason; where the hardware's state now differs from what flashrom
	 * will find (a PR it clears, BIOSWE it sets, the override strap), that too. */
	char why[640];
	/* The hardware's state now differs from what flashrom will find; why says both. */
	bool differs;
};

/* Host read and write of one flash region (index n in spi_facts.regions). */
struct region_answer {
	bool judged;           /* the region is known and in use */
	struct access_answer read, write;
};

/* The summary answer: what flashrom -p internal can do on this machine. */
struct verdict {
	enum tri bios_read, bios_write, chip_read, chip_write;
	char bios_read_why[640], bios_write_why[640], chip_read_why[640], chip_write_why[640];
	/* The BIOS region's answers are regions[1]'s where the flash has regions. */
	struct region_answer regions[SPI_MAX_REGIONS];
	/* Command lines expected to work, the backup first. */
	unsigned ncommands;
	char commands[4][160];
	/* What stopped the run, if anything, and its exit code (failure.c). */
	enum run_failure failure;
	enum exit_code exit_code;
	/* --me-status: the ME answer's own failure and exit code. */
	enum run_failure me_failure;
	enum exit_code me_exit_code;
	/* --check: 0 when the BIOS region can be written, else the first blocker's code. */
	enum exit_code check_code;
};

/* A region's reasons in one sentence, as every renderer shows them: each answer that is
 * not a plain yes, or where the hardware's state differs from what flashrom will find;
 * once when read and write agree; "" when there is nothing to say. */
void region_answer_why(const struct region_answer *a, char *out, size_t size);

/* yes/no/partly/unknown, and the tri of "all of it" (PARTLY is NO). */
const char *access_name(enum access a);
enum tri access_tri(enum access a);

struct findings {
	unsigned n;
	struct finding list[FINDINGS_MAX];
};

void judge(struct inspection *in);

/* The controller's status register: SPIS on ICH7-style controllers, HSFS elsewhere. */
static inline const struct reg *spi_status_reg(const struct spi_raw *raw)
{
	return spi_traits_of(raw->layout)->ich7 ? &raw->spis : &raw->hsfs;
}
const char *severity_name(enum severity s);

#endif
