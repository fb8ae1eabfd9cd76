/* SPDX-License-Identifier: GPL-2.0-or-later */
/* machine.h - which machine this is: the DMI strings a maintainer asks for first, and its firmware. */
#ifndef SPI_INSPECT_MACHINE_H
#define SPI_INSPECT_MACHINE_H

#include <stdbool.h>
#include <stddef.h>

#include "hw/hw.h"

/* The strings read, in this order (machine.c names the files); never a serial number or UUID. */
enum machine_field {
	MACHINE_SYS_VENDOR,
	MACHINE_PRODUCT_NAME,
	MACHINE_PRODUCT_VERSION,
	MACHINE_BOARD_VENDOR,
	MACHINE_BOARD_NAME,
	MACHINE_BIOS_VENDOR,
	MACHINE_BIOS_VERSION,
	MACHINE_BIOS_DATE,
	MACHINE_NFIELDS,
};

/* Whose firmware runs: the advice for BIOS_CNTL and PRx names its own settings. */
enum firmware_kind {
	FIRMWARE_UNKNOWN = 0, /* bios_vendor and bios_version not read */
	FIRMWARE_VENDOR,      /* the board vendor's (AMI, Insyde, Phoenix, ...) */
	FIRMWARE_COREBOOT,    /* coreboot, or a distribution of it other than Dasharo */
	FIRMWARE_DASHARO,     /* Dasharo (3mdeb's coreboot distribution) */
};

struct machine {
	bool known[MACHINE_NFIELDS];
	char value[MACHINE_NFIELDS][128]; /* one line, trailing blanks removed; truncated to fit */
	enum firmware_kind firmware;
	const char *firmware_why; /* which string told the kind (static text), or NULL */
};

/* Reads /sys/class/dmi/id/{sys_vendor,...} (world-readable; recorded by --save). */
void machine_probe(struct hw *hw, struct machine *m);
/* "sys_vendor", ... : the file name, also the JSON key. */
const char *machine_field_key(enum machine_field f);
/* "vendor", "coreboot", "dasharo", "unknown" (JSON). */
const char *firmware_kind_key(enum firmware_kind k);
/*
 * "Protectli VP4630 1.0; board Protectli VP4630" and "3mdeb Dasharo
 * (coreboot+UEFI) v1.0.19 12/08/2022": what was read, for the report's
 * header. Each returns false (out "") when none of its strings was read;
 * each truncates to size.
 */
bool machine_describe(const struct machine *m, char *out, size_t size);
bool machine_firmware(const struct machine *m, char *out, size_t size);
/* The value, or NULL when it was not read. */
const char *machine_get(const struct machine *m, enum machine_field f);

#endif
