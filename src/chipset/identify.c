/* SPDX-License-Identifier: GPL-2.0-or-later */
/* identify.c - find the host bridge, the LPC/eSPI bridge, the SPI controller and the ME interface. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pci/pci.h>

#include "chipset/identify.h"
#include "hw/libpci.h"

/*
 * Fixed locations. The LPC/eSPI bridge is device 31 function 0 on every
 * Intel chipset since the ICH (ICH9 datasheet 316972, 13.1; 100-series
 * PCH datasheet 332690 vol. 2, 3.1); the host bridge is 00:00.0. Where the
 * SPI controller is a function of its own, the family says where (and the
 * candidates below are only looked at when the bridge's ID is unknown).
 */
static const struct pci_loc host_loc = { 0, 0, 0x00, 0 };
static const struct pci_loc lpc_loc = { 0, 0, 0x1f, 0 };
static const struct pci_loc spi_candidates[] = {
	{ 0, 0, 0x1f, 5 }, /* 100-series PCH and later (Linux spi-intel-pci.c) */
	{ 0, 0, 0x0d, 2 }, /* Apollo Lake, Gemini Lake (coreboot soc/intel/apollolake pci_devs.h) */
};

#define PCI_VENDOR_INTEL 0x8086

struct name_db {
	struct pci_access *pacc;
	int flags; /* PCI_LOOKUP_* added to every lookup */
};

static void quiet(char *msg, ...)
{
	(void)msg;
}

/*
 * libpci reports a malformed pci.ids through pacc->error, which must not return
 * (pci.h: "Write error message and quit"); name_db_open catches it here instead.
 */
static jmp_buf parse_failed;
static char parse_error[256];

static void __attribute__((noreturn, format(printf, 1, 2))) parse_error_handler(char *msg, ...)
{
	va_list ap;

	va_start(ap, msg);
	vsnprintf(parse_error, sizeof(parse_error), msg, ap);
	va_end(ap);
	parse_error[strcspn(parse_error, "\n")] = '\0';
	longjmp(parse_failed, 1);
}

/* The file named by --pci-ids must be there and be a pci.ids list: no silent fallback. */
static bool load_file(struct name_db *db, const char *file, struct failure *fail)
{
	void (*libpci_error)(char *msg, ...) __attribute__((noreturn)) = db->pacc->error;
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	char c;
	int err = 0, loaded;

	/* a directory opens, and fails only on read (EISDIR) */
	if (fd < 0 || read(fd, &c, 1) < 0)
		err = errno;
	if (fd >= 0)
		close(fd);
	if (err) {
		failure_set(fail, EXIT_USAGE, "--pci-ids %s: cannot read the file", file);
		failure_why(fail, "%s", strerror(err));
		failure_todo(fail, "name a readable pci.ids file; without --pci-ids the system's "
				   "is used, and -n shows no names");
		return false;
	}
	if (setjmp(parse_failed)) {
		db->pacc->error = libpci_error;
		failure_set(fail, EXIT_USAGE, "--pci-ids %s: not a pci.ids list", file);
		failure_why(fail, "libpci: %s", parse_error);
		failure_todo(fail, "name a pci.ids file in the format of https://pci-ids.ucw.cz");
		return false;
	}
	db->pacc->error = parse_error_handler;
	pci_set_name_list_path(db->pacc, (char *)file, 0);
	loaded = pci_load_name_list(db->pacc);
	db->pacc->error = libpci_error; /* parse_failed is stale once we return */
	if (!loaded) {
		failure_set(fail, EXIT_USAGE, "--pci-ids %s: cannot read the file", file);
		failure_why(fail, "libpci could not open it");
		failure_todo(fail, "name a readable pci.ids file");
		return false;
	}
	return true;
}

struct name_db *name_db_open(const char *file, struct failure *fail)
{
	struct name_db *db;
	const char *why;

	/* libpci is loaded on first use (hw/libpci.c): say so when it cannot be. */
	if (!libpci_load(&why)) {
		failure_set(fail, EXIT_NO_PCI_ACCESS, "pci.ids: libpci cannot be loaded: %s", why);
		failure_why(fail, "Device names come from libpci's pci.ids parser.");
		failure_todo(fail, "Install libpci (Debian: apt-get install libpci3), or give -n for no names.");
		return NULL;
	}
	db = calloc(1, sizeof(*db));
	if (db)
		db->pacc = pci_alloc();
	if (!db || !db->pacc) {
		free(db);
		failure_set(fail, EXIT_INTERNAL, "pci.ids: cannot allocate libpci's name list");
		failure_why(fail, "out of memory");
		return NULL;
	}
	db->pacc->warning = quiet;
	db->pacc->debug = quiet;
	if (file) {
		/*
		 * That file and nothing else: without PCI_LOOKUP_NO_HWDB, libpci asks udev's
		 * hwdb for every ID the file lacks (pciutils lib/names.c, id_lookup), so the
		 * names would depend on the machine's /usr/lib/udev/hwdb.bin.
		 */
		db->flags = PCI_LOOKUP_NO_HWDB;
		if (!load_file(db, file, fail)) {
			name_db_close(db);
			return NULL;
		}
	}
	return db;
}

void name_db_close(struct name_db *db)
{
	if (!db)
		return;
	pci_cleanup(db->pacc);
	free(db);
}

static void lookup_name(struct name_db *db, struct found_dev *d)
{
	const char *name;

	if (!db || !d->present)
		return;
	name = pci_lookup_name(db->pacc, d->name, sizeof(d->name),
			       PCI_LOOKUP_VENDOR | PCI_LOOKUP_DEVICE | PCI_LOOKUP_NO_NUMBERS | db->flags,
			       d->vendor, d->device);
	if (!name)
		d->name[0] = '\0';
	else if (name != d->name)
		snprintf(d->name, sizeof(d->name), "%s", name);
}

static bool in_scan(const struct pci_loc *devs, size_t n, struct pci_loc loc)
{
	for (size_t i = 0; i < n; i++)
		if (pci_loc_eq(devs[i], loc))
			return true;
	return false;
}

/*
 * The ID of a device the scan listed. Devices the scan did not list are
 * not read here: they are absent or hidden, and the SPI and ME collectors
 * have their own ways (ECAM, sysfs) to reach a hidden one.
 */
static void probe(struct hw *hw, const struct pci_loc *devs, size_t n, const char *role,
		  struct pci_loc loc, struct found_dev *d)
{
	uint64_t v = 0;
	int rc;

	memset(d, 0, sizeof(*d));
	d->role = role;
	d->loc = loc;
	pci_loc_format(loc, d->id.where, sizeof(d->id.where));
	if (!in_scan(devs, n, loc))
		return;
	rc = hw_pci_read(hw, loc, 0x000, 4, &v);
	reg_set(&d->id, "VID/DID", 4, rc, v);
	if (!reg_ok(&d->id))
		return;
	d->present = true;
	d->vendor = (uint16_t)(d->id.value & 0xffff);
	d->device = (uint16_t)(d->id.value >> 16);
}

static const struct chipset_id *lookup_role(const struct found_dev *d, enum chipset_role role)
{
	const struct chipset_id *e;

	if (!d->present)
		return NULL;
	e = chipset_lookup(d->vendor, d->device);
	return e && e->role == role ? e : NULL;
}

/* Read every listed device's ID once, so that a snapshot holds the whole device list. */
static void read_all_ids(struct hw *hw, const struct pci_loc *devs, size_t n)
{
	uint64_t v;

	for (size_t i = 0; i < n; i++)
		(void)hw_pci_read(hw, devs[i], 0x000, 4, &v);
}

void identify(struct hw *hw, struct name_db *names, struct identity *out)
{
	struct pci_loc *devs = NULL;
	size_t n = 0;

	memset(out, 0, sizeof(*out));
	if (hw_pci_scan(hw, &devs, &n) < 0 || n == 0) {
		out->result = IDENT_NO_DEVICES;
		free(devs);
		return;
	}
	out->ndevs = n;
	read_all_ids(hw, devs, n);
	probe(hw, devs, n, "host bridge", host_loc, &out->host);
	probe(hw, devs, n, "LPC/eSPI bridge", lpc_loc, &out->lpc);

	out->entry = lookup_role(&out->lpc, ROLE_LPC);
	out->lpc.entry = out->entry;
	for (size_t i = 0; i < ARRAY_SIZE(spi_candidates) && !out->entry; i++) {
		struct found_dev d;

		probe(hw, devs, n, "SPI controller", spi_candidates[i], &d);
		d.entry = lookup_role(&d, ROLE_SPI);
		if (d.entry) {
			out->entry = d.entry;
			out->spi = d;
		}
	}

	if (out->entry) {
		out->family = chipset_family_by_key(out->entry->family);
		out->result = out->family ? IDENT_OK : IDENT_UNSUPPORTED;
	} else if (!out->lpc.present) {
		out->result = IDENT_NO_BRIDGE;
	} else {
		out->result = out->lpc.vendor == PCI_VENDOR_INTEL ? IDENT_UNSUPPORTED : IDENT_NOT_INTEL;
	}

	if (out->family && !out->spi.role && out->family->spibar_via == SPIBAR_SPI_BAR0) {
		probe(hw, devs, n, "SPI controller", out->family->spi_fn, &out->spi);
		out->spi.entry = lookup_role(&out->spi, ROLE_SPI);
	}
	if (out->family && out->family->me != ME_LAYOUT_UNKNOWN)
		probe(hw, devs, n, "ME interface", out->family->heci, &out->heci);

	lookup_name(names, &out->host);
	lookup_name(names, &out->lpc);
	lookup_name(names, &out->spi);
	lookup_name(names, &out->heci);
	free(devs);
}

const char *identify_result_name(enum identify_result r)
{
	static const struct enum_name names[] = {
		{ IDENT_OK, "supported" },
		{ IDENT_NO_DEVICES, "no PCI devices" },
		{ IDENT_NO_BRIDGE, "no LPC/eSPI bridge" },
		{ IDENT_NOT_INTEL, "not an Intel chipset" },
		{ IDENT_UNSUPPORTED, "unsupported Intel chipset" },
	};
	return enum_name_of(names, ARRAY_SIZE(names), r);
}

void chipset_display_name(const struct identity *id, char *out, size_t size)
{
	const char *family = id->family ? id->family->name : "";
	const char *model = id->entry && id->entry->name ? id->entry->name : "";
	const char *bare = strncmp(family, "Intel ", 6) == 0 ? family + 6 : family;

	if (*model && *bare && strncmp(model, bare, strlen(bare)) == 0)
		snprintf(out, size, "%.*s%s", (int)(bare - family), family, model); /* Intel ICH9M-E */
	else if (!*model || strstr(family, model))
		snprintf(out, size, "%s", family);
	else
		snprintf(out, size, "%s %s", family, model);
}
