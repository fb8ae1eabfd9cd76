/* SPDX-License-Identifier: GPL-2.0-or-later */
/* identify.h - which devices are there, and which chipset family they make. */
#ifndef SPI_INSPECT_IDENTIFY_H
#define SPI_INSPECT_IDENTIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "chipset/chipset.h"
#include "hw/hw.h"
#include "reg.h"

/* One device the tool looks for. */
struct found_dev {
	const char *role;    /* "host bridge", "LPC/eSPI bridge", "SPI controller", "ME interface" */
	struct pci_loc loc;  /* where it was looked for */
	struct reg id;       /* cfg 0x000: device << 16 | vendor */
	bool present;        /* listed by the OS (or the snapshot) with a real ID */
	uint16_t vendor, device;
	char name[128];      /* from pci.ids through libpci, "" when unknown */
	const struct chipset_id *entry; /* our table's entry for this ID, if any */
};

enum identify_result {
	IDENT_OK = 0,
	IDENT_NO_DEVICES,   /* the scan found no PCI device at all */
	IDENT_NO_BRIDGE,    /* no device at 00:1f.0 */
	IDENT_NOT_INTEL,    /* a bridge from another vendor (AMD, VIA, ...) */
	IDENT_UNSUPPORTED,  /* an Intel bridge our table does not know */
};

struct identity {
	enum identify_result result;
	size_t ndevs;
	struct found_dev host, lpc, spi, heci;
	const struct chipset_id *entry;          /* the entry that chose the family */
	const struct chipset_family *family;     /* NULL unless IDENT_OK */
};

struct name_db; /* libpci's pci.ids lookup; NULL: numbers only */

/* Looks up names when names is non-NULL. Never fails: what is missing is said in result. */
void identify(struct hw *hw, struct name_db *names, struct identity *out);

/*
 * pci.ids through libpci. file NULL: libpci's default list (and udev's hwdb behind it,
 * as lspci); else exactly that file, loaded now. NULL, with fail set, if it cannot be had.
 */
struct name_db *name_db_open(const char *file, struct failure *fail);
void name_db_close(struct name_db *db);
const char *identify_result_name(enum identify_result r);
/* "Intel ICH9M-E", "Intel 500-series (...) Tiger Lake U Premium": the family and the
 * model, without saying a name twice. */
void chipset_display_name(const struct identity *id, char *out, size_t size);

#endif
