/* SPDX-License-Identifier: GPL-2.0-or-later */
/* firmware_advice.h - the firmware's own name for a flash protection setting (Dasharo, coreboot). */
#ifndef SPI_INSPECT_REPORT_FIRMWARE_ADVICE_H
#define SPI_INSPECT_REPORT_FIRMWARE_ADVICE_H

#include <stddef.h>

#include "machine.h"

enum flash_protection {
	PROTECTION_SMM_BWP, /* BIOS_CNTL BLE + SMM_BWP (EISS) */
	PROTECTION_BLE,     /* BIOS_CNTL BLE alone: the SMI handler decides */
	PROTECTION_PRX,     /* a protected range locked by FLOCKDN */
	PROTECTION_COUNT,
};

/*
 * The sentence that names this firmware's own setting for p, with its
 * source, or NULL when the firmware is a vendor's or unknown (the judge's
 * generic advice stands then).
 */
const char *firmware_advice(enum firmware_kind kind, enum flash_protection p);
/* Appends firmware_advice() to todo (size bytes) after a space; truncates. */
void firmware_advice_append(char *todo, size_t size, enum firmware_kind kind,
			    enum flash_protection p);

#endif
