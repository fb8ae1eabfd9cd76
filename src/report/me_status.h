/* SPDX-License-Identifier: GPL-2.0-or-later */
/* me_status.h - the text of `spi-inspect --me-status`. */
#ifndef SPI_INSPECT_REPORT_ME_STATUS_H
#define SPI_INSPECT_REPORT_ME_STATUS_H

#include <stdio.h>

#include "me/me.h"

/*
 * A compact summary (interface, version and layout, working state,
 * operation mode, manufacturing mode, Boot Guard), then HFSTS1..6 raw with
 * their source and field decode.
 */
void report_me_status(FILE *out, const struct me_raw *raw, const struct me_facts *f);
/* The same, with the judge's finding on an ME it could not read or found absent
 * (me.unreadable, me.not_on_chipset), whose why and what to do replace the generic hint. */
struct finding;
void report_me_status_judged(FILE *out, const struct me_raw *raw, const struct me_facts *f,
			     const struct finding *answer);

#endif
