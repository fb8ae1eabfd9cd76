/* SPDX-License-Identifier: GPL-2.0-or-later */
/* libpci.c - libpci loaded on first use: a replay never pays for it (nor libudev, libz). */
#include "config.h" /* _GNU_SOURCE, for dlvsym() */

#include <dlfcn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include <pci/pci.h>

#include "hw/libpci.h"

/*
 * Why: linking libpci makes every start-up map and relocate libpci, libudev and libz,
 * which cost a replay more than all its own work (bench/run, section 4; README
 * "Benchmark"). Only a live read and the pci.ids name lookup (-v, --markdown, --pci-ids)
 * need it, so the binary does not link it: the functions below carry libpci's names
 * and prototypes (checked by the compiler against <pci/pci.h>), and the first call
 * dlopen()s the library and forwards to it.
 *
 * Read-only (DESIGN.md rule 1): the table below is every libpci symbol the tool can
 * reach; it holds no pci_write_* and tests/read-only.sh checks that no such name is in
 * the binary at all. The versions are the ones the link editor records for these names
 * (pciutils lib/libpci.ver: pci_init is LIBPCI_3.5 since its struct pci_access grew,
 * the rest LIBPCI_3.0), so dlvsym() binds exactly what linking with -lpci bound.
 * The soname is libpci.so.3 (pciutils Makefile ABI_VERSION=.3, since pciutils 3.0).
 */
#define LIBPCI_SONAME "libpci.so.3"

enum libpci_fn {
	FN_ALLOC, FN_INIT, FN_CLEANUP, FN_SCAN_BUS, FN_READ_BLOCK, FN_SET_PARAM,
	FN_LOOKUP_METHOD, FN_SET_NAME_LIST_PATH, FN_LOAD_NAME_LIST, FN_LOOKUP_NAME, FN_COUNT,
};

static const struct {
	const char *name, *version;
} libpci_syms[] = {
	[FN_ALLOC] = { "pci_alloc", "LIBPCI_3.0" },
	[FN_INIT] = { "pci_init", "LIBPCI_3.5" },
	[FN_CLEANUP] = { "pci_cleanup", "LIBPCI_3.0" },
	[FN_SCAN_BUS] = { "pci_scan_bus", "LIBPCI_3.0" },
	[FN_READ_BLOCK] = { "pci_read_block", "LIBPCI_3.0" },
	[FN_SET_PARAM] = { "pci_set_param", "LIBPCI_3.0" },
	[FN_LOOKUP_METHOD] = { "pci_lookup_method", "LIBPCI_3.0" },
	[FN_SET_NAME_LIST_PATH] = { "pci_set_name_list_path", "LIBPCI_3.0" },
	[FN_LOAD_NAME_LIST] = { "pci_load_name_list", "LIBPCI_3.0" },
	[FN_LOOKUP_NAME] = { "pci_lookup_name", "LIBPCI_3.0" },
};
_Static_assert(sizeof(libpci_syms) / sizeof(libpci_syms[0]) == FN_COUNT, "libpci_syms out of sync");

/* What was resolved; the state of one process, written once by libpci_load(). */
static struct {
	void *fn[FN_COUNT];
	bool tried, ok;
	char why[256];
} lib;

#define CALL(id, type) ((type)lib.fn[id])

bool libpci_load(const char **why)
{
	void *h;

	if (!lib.tried) {
		lib.tried = true;
		h = dlopen(LIBPCI_SONAME, RTLD_NOW | RTLD_LOCAL);
		if (!h) {
			snprintf(lib.why, sizeof(lib.why), "%s", dlerror());
		} else {
			lib.ok = true;
			for (size_t i = 0; i < FN_COUNT && lib.ok; i++) {
				lib.fn[i] = dlvsym(h, libpci_syms[i].name, libpci_syms[i].version);
				if (!lib.fn[i]) {
					snprintf(lib.why, sizeof(lib.why), "%s has no %s@%s", LIBPCI_SONAME,
						 libpci_syms[i].name, libpci_syms[i].version);
					lib.ok = false;
				}
			}
		}
	}
	if (why)
		*why = lib.ok ? NULL : lib.why;
	return lib.ok;
}

struct pci_access *pci_alloc(void)
{
	if (!libpci_load(NULL))
		return NULL;
	return CALL(FN_ALLOC, struct pci_access *(*)(void))();
}

void pci_init(struct pci_access *a)
{
	if (libpci_load(NULL))
		CALL(FN_INIT, void (*)(struct pci_access *))(a);
}

void pci_cleanup(struct pci_access *a)
{
	if (libpci_load(NULL))
		CALL(FN_CLEANUP, void (*)(struct pci_access *))(a);
}

void pci_scan_bus(struct pci_access *a)
{
	if (libpci_load(NULL))
		CALL(FN_SCAN_BUS, void (*)(struct pci_access *))(a);
}

int pci_read_block(struct pci_dev *d, int pos, u8 *buf, int len)
{
	if (!libpci_load(NULL))
		return 0;
	return CALL(FN_READ_BLOCK, int (*)(struct pci_dev *, int, u8 *, int))(d, pos, buf, len);
}

int pci_set_param(struct pci_access *acc, char *param, char *value)
{
	if (!libpci_load(NULL))
		return -1;
	return CALL(FN_SET_PARAM, int (*)(struct pci_access *, char *, char *))(acc, param, value);
}

int pci_lookup_method(char *name)
{
	if (!libpci_load(NULL))
		return -1;
	return CALL(FN_LOOKUP_METHOD, int (*)(char *))(name);
}

void pci_set_name_list_path(struct pci_access *a, char *name, int to_be_freed)
{
	if (libpci_load(NULL))
		CALL(FN_SET_NAME_LIST_PATH, void (*)(struct pci_access *, char *, int))(a, name,
											 to_be_freed);
}

int pci_load_name_list(struct pci_access *a)
{
	if (!libpci_load(NULL))
		return 0;
	return CALL(FN_LOAD_NAME_LIST, int (*)(struct pci_access *))(a);
}

/*
 * pci_lookup_name() takes one to four IDs after flags, as the flags say (pciutils
 * lib/names.c): VENDOR one, DEVICE two (vendor, device), SUBSYSTEM with DEVICE four
 * (vendor, device, subvendor, subdevice), SUBSYSTEM with VENDOR one, CLASS one, PROGIF
 * two. They are read as the flags say and passed on; an unused trailing one is ignored.
 */
char *pci_lookup_name(struct pci_access *a, char *buf, int size, int flags, ...)
{
	unsigned id[4] = { 0 };
	int n = 1;
	va_list ap;

	if (!libpci_load(NULL))
		return NULL;
	if ((flags & PCI_LOOKUP_SUBSYSTEM) && (flags & PCI_LOOKUP_DEVICE))
		n = 4;
	else if (flags & (PCI_LOOKUP_DEVICE | PCI_LOOKUP_PROGIF))
		n = 2;
	va_start(ap, flags);
	for (int i = 0; i < n; i++)
		id[i] = va_arg(ap, unsigned);
	va_end(ap);
	return CALL(FN_LOOKUP_NAME, char *(*)(struct pci_access *, char *, int, int, ...))(
		a, buf, size, flags, id[0], id[1], id[2], id[3]);
}
