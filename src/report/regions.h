/* SPDX-License-Identifier: GPL-2.0-or-later */
/* regions.h - the --regions text: flash regions, host access and why not, lock bits. */
#ifndef SPI_INSPECT_REGIONS_H
#define SPI_INSPECT_REGIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "spi/spi.h"

/*
 * One table a person reads at a glance (region, range, size, host read, host
 * write), the reasons for every "no" under it, laid out for width columns
 * (0: the widest layout; the text renderer wraps longer lines), then SPI lock-down, descriptor valid, override strap,
 * protected ranges and BIOS_CNTL. verbose adds every register read, raw value
 * first, then its fields. Unknown is printed as "unknown (reason)".
 */
void report_regions(FILE *out, const struct spi_raw *raw, const struct spi_facts *f, bool verbose,
		    unsigned width);

#endif
