/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inspection.h - everything one run knows: the reads decoded, the findings and the answers. */
#ifndef SPI_INSPECT_INSPECTION_H
#define SPI_INSPECT_INSPECTION_H

/*
 * The judge fills findings and verdict from the rest; the renderers print it. It is
 * defined here, with the judge, so that neither needs the pipeline (inspect.h) that
 * makes it: dependencies point one way (tests/layering.sh).
 */
#include <stdbool.h>

#include "chipset/identify.h"
#include "env.h"
#include "failure.h"
#include "machine.h"
#include "me/me.h"
#include "report/findings.h"
#include "spi/flashchip.h"
#include "spi/spi.h"

struct inspection {
	const char *source;       /* the snapshot's path, or NULL for live reads */
	const char *pci_method;   /* live: the libpci method asked for with -A, or NULL */
	const char *tool, *kernel, *date; /* from the snapshot's meta lines, or NULL */
	const char *pci_dump;     /* the lspci dump the reads came from (-A dump), or NULL */
	bool pci_dump_short;      /* ... taken without root: 64 bytes of config space each */
	struct identity id;
	struct env env;
	struct machine machine;   /* DMI strings and the firmware kind (machine.h) */
	bool spi_collected, me_collected;
	struct spi_raw spi_raw;
	struct spi_facts spi;
	struct me_raw me_raw;
	struct me_facts me;
	struct findings findings;
	struct verdict verdict;
	unsigned long reads;      /* how many reads the run made */
	struct flash_chip chip;   /* with --image only: the chip as Linux's spi-nor shows it */
};

#endif
