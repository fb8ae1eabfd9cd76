/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chipset.h - PCI ID -> chipset family -> traits: where the registers live. */
#ifndef SPI_INSPECT_CHIPSET_H
#define SPI_INSPECT_CHIPSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "chipset/layouts.h"
#include "hw/hw.h"

/* How SPIBAR is found. */
enum spibar_via {
	SPIBAR_NONE = 0,  /* no SPI controller to decode (FWH/LPC flash era) */
	SPIBAR_RCBA,      /* LPC cfg 0xF0 (RCBA, bits 31:14) + spibar_offset */
	SPIBAR_SBASE,     /* LPC cfg 0x54 (SPI_BASE_ADDRESS, bits 31:9) */
	SPIBAR_SPI_BAR0,  /* BAR0 (cfg 0x10) of the SPI function spi_fn */
};

/* Where BIOS_CNTL lives. */
enum bios_cntl_via {
	BC_NONE = 0,
	BC_LPC_CFG,   /* config space of the LPC/eSPI bridge, offset bc_offset */
	BC_SPI_CFG,   /* config space of the SPI function spi_fn, offset bc_offset */
	BC_SPIBAR,    /* MMIO at SPIBAR + bc_offset (Bay Trail-class SBASE) */
};

/* What the matched PCI ID is: the bridge or the SPI function. */
enum chipset_role {
	ROLE_LPC = 1, /* ISA/LPC/eSPI bridge, normally 00:1f.0 */
	ROLE_SPI,     /* SPI controller function, normally 00:1f.5 */
};

/* How much a PCI ID's entry has been checked (flashrom's table has the same idea). */
enum id_status {
	ID_TESTED = 1,    /* decoded on a real machine (log or snapshot named) */
	ID_UNTESTED,      /* from a public table, no real machine seen */
	ID_DATASHEET,     /* from the datasheet only */
};

struct chipset_family {
	const char *key;   /* stable id, used in data/pci-ids and JSON: "ich9", "pch100" */
	const char *name;  /* "Intel ICH9", "Intel 100/200-series PCH" */
	enum spibar_via spibar_via;
	uint16_t spibar_reg;    /* config offset that holds the base */
	uint32_t spibar_mask;   /* which bits of it are the base */
	uint32_t spibar_offset; /* SPIBAR = base + this (RCBA + 0x3800) */
	struct pci_loc spi_fn;  /* SPIBAR_SPI_BAR0 / BC_SPI_CFG: the SPI function */
	enum bios_cntl_via bc_via;
	uint16_t bc_offset;
	enum bios_cntl_layout bc_layout;
	enum spi_layout spi;    /* register set, see spi/layout.c */
	struct pci_loc heci;    /* ME/TXE/SPS interface, function 0 */
	enum me_layout me;      /* HFSTS layout when fw_ver does not say */
	unsigned me_max_major;  /* newest (CS)ME major the chipset runs; 0: not limited here */
	enum ifd_layout ifd;    /* flash descriptor generation, for --image (image/ifd.c) */
	const char *source;     /* where these facts were checked */
};

struct chipset_id {
	uint16_t vendor, device;
	enum chipset_role role;
	const char *family; /* a key of chipset_families[]; tests/test-chipset-table checks all resolve */
	const char *name;   /* marketing name: "Z690", "QM67" */
	enum id_status status;
	const char *source;
};

extern const struct chipset_id chipset_ids[];
extern const size_t chipset_ids_count;

/* Families by key ("ich9"); NULL if none. */
const struct chipset_family *chipset_family_by_key(const char *key);
extern const struct chipset_family chipset_families[];
extern const size_t chipset_families_count;

/* The table entry for vendor:device, or NULL. chipset_ids is sorted by vendor, device
 * (generated from data/pci-ids at build time). */
const struct chipset_id *chipset_lookup(uint16_t vendor, uint16_t device);
const char *id_status_name(enum id_status s);

#endif
