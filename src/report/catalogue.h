/* SPDX-License-Identifier: GPL-2.0-or-later */
/* catalogue.h - every finding id the judge can give, with its severities and its subject. */
#ifndef SPI_INSPECT_CATALOGUE_H
#define SPI_INSPECT_CATALOGUE_H

#include <stdbool.h>
#include <stddef.h>

#include "report/findings.h"

#define SEV(s) (1u << (s))

struct catalogue_entry {
	const char *id;       /* as docs/findings.md spells it: "spi.region_locked.<region>" */
	unsigned severities;  /* SEV(SEV_BLOCKS) | ...: the severities it may carry */
	const char *subject;  /* the judge file that gives it: "judge_spi.c" */
};

extern const struct catalogue_entry catalogue[];
extern const size_t catalogue_count;

/* The entry for a finding's id ("spi.region_locked.bios" matches
 * "spi.region_locked.<region>"), or NULL. */
const struct catalogue_entry *catalogue_find(const char *id);

#endif
