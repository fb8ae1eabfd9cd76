/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inspect.h - one run of the pipeline: identify -> collect -> decode -> judge. */
#ifndef SPI_INSPECT_INSPECT_H
#define SPI_INSPECT_INSPECT_H

#include <stdbool.h>

#include "chipset/identify.h"
#include "env.h"
#include "failure.h"
#include "hw/hw.h"
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

/* Runs every stage; never fails: what could not be read is said in the facts. */
void inspect(struct hw *hw, struct name_db *names, const char *source, struct inspection *in);

/* The exit code of a report run: the environment or identification problem, else 0. */
enum exit_code inspection_exit_code(const struct inspection *in);

#endif
