/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inspect.h - one run of the pipeline: identify and collect (every read) -> decode -> judge. */
#ifndef SPI_INSPECT_INSPECT_H
#define SPI_INSPECT_INSPECT_H

#include <stdbool.h>

#include "hw/hw.h"
#include "report/inspection.h"

/* Runs every stage; never fails: what could not be read is said in the facts. */
void inspect(struct hw *hw, struct name_db *names, const char *source, struct inspection *in);
/* The same, and with flash_chip (--image) also the flash chip Linux shows, among the reads. */
void inspect_flash(struct hw *hw, struct name_db *names, const char *source, bool flash_chip,
		   struct inspection *in);

#endif
