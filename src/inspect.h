/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inspect.h - one run of the pipeline: identify and collect (every read) -> decode -> judge. */
#ifndef SPI_INSPECT_INSPECT_H
#define SPI_INSPECT_INSPECT_H

#include "hw/hw.h"
#include "report/inspection.h"

/* Runs every stage; never fails: what could not be read is said in the facts. */
void inspect(struct hw *hw, struct name_db *names, const char *source, struct inspection *in);

#endif
