/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ecam.c - config space of functions hidden from the OS, read through ECAM (ACPI MCFG). */
#include <errno.h>
#include <string.h>

#include "hw/hw.h"
#include "array.h"

/*
 * ACPI MCFG table: PCI Firmware Specification 3.0, section 4.1.2, table
 * 4-3; the same layout as Linux include/acpi/actbl1.h (struct
 * acpi_table_mcfg, struct acpi_mcfg_allocation) and its parser
 * arch/x86/pci/mmconfig-shared.c (pci_parse_mcfg).
 *   0  the 36-byte ACPI table header: Signature "MCFG" at 0, Length (u32)
 *      at 4, the length of the whole table
 *  36  8 reserved bytes
 *  44  allocation entries, 16 bytes each: base address (u64), PCI segment
 *      group (u16), start bus (u8), end bus (u8), 4 reserved bytes
 */
#define MCFG_PATH "/sys/firmware/acpi/tables/MCFG"
#define MCFG_HEADER_LEN 44
#define MCFG_ENTRY_LEN 16
#define MCFG_MAX_ENTRIES 256 /* one per segment group in practice; a bound against garbage */

/*
 * ECAM address of a function's config space: PCI Express Base
 * Specification, section 7.2.2 (bus << 20 | device << 15 | function << 12
 * | offset). The MCFG base address is the address of bus 0 of the segment
 * even when the entry starts at a higher bus: Linux maps
 * address + (start_bus << 20) (arch/x86/pci/mmconfig_64.c, mcfg_ioremap)
 * and reads at address + (bus << 20 | devfn << 12) (pci_dev_base).
 */
#define ECAM_OFFSET(bus, dev, fn) ((uint64_t)(bus) << 20 | (uint64_t)(dev) << 15 | (uint64_t)(fn) << 12)

static const char *const cfg_path_names[] = {
	[CFG_PATH_NONE] = "none",
	[CFG_PATH_OS] = "os",
	[CFG_PATH_ECAM] = "ecam",
};

const char *cfg_path_name(enum cfg_path p)
{
	if ((unsigned)p >= ARRAY_SIZE(cfg_path_names) || !cfg_path_names[p])
		return "unknown";
	return cfg_path_names[p];
}

static uint64_t le_get(const unsigned char *p, unsigned n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = v << 8 | p[n];
	return v;
}

/*
 * The base address of the ECAM window covering loc's segment and bus, from
 * the MCFG table as read through hw. -EINVAL for a malformed table, -ENODEV
 * when no entry covers the bus, or the file read's error.
 */
static int mcfg_base(struct hw *hw, struct pci_loc loc, uint64_t *base)
{
	struct buf t;
	const unsigned char *d;
	uint64_t len, n;
	int rc;

	rc = hw_file_read(hw, MCFG_PATH, &t);
	if (rc)
		return rc;
	d = (const unsigned char *)t.data;
	rc = -EINVAL;
	if (t.len < MCFG_HEADER_LEN || memcmp(d, "MCFG", 4) != 0)
		goto out;
	len = le_get(d + 4, 4);
	if (len < MCFG_HEADER_LEN || len > t.len)
		goto out;
	/* Trailing bytes short of an entry are ignored, as Linux does. */
	n = (len - MCFG_HEADER_LEN) / MCFG_ENTRY_LEN;
	if (n == 0 || n > MCFG_MAX_ENTRIES)
		goto out;
	rc = -ENODEV;
	for (uint64_t i = 0; i < n; i++) {
		const unsigned char *e = d + MCFG_HEADER_LEN + i * MCFG_ENTRY_LEN;
		uint64_t addr = le_get(e, 8);
		unsigned seg = (unsigned)le_get(e + 8, 2);
		unsigned start = e[10], end = e[11];

		if (addr == 0 || end < start) {
			rc = -EINVAL;
			goto out;
		}
		if (seg == loc.domain && loc.bus >= start && loc.bus <= end &&
		    addr <= UINT64_MAX - ECAM_OFFSET(end + 1, 0, 0)) {
			*base = addr;
			rc = 0;
			goto out;
		}
	}
out:
	buf_free(&t);
	return rc;
}

/* Read through ECAM: the function must answer at offset 0 (vendor ID). */
static int ecam_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width,
		     uint64_t *val)
{
	uint64_t base, addr, id;
	int rc;

	if (off % width)
		return -EINVAL;
	rc = mcfg_base(hw, loc, &base);
	if (rc)
		return rc;
	addr = base + ECAM_OFFSET(loc.bus, loc.dev, loc.fn);
	rc = hw_mem_read(hw, addr, 4, &id);
	if (rc)
		return rc;
	if ((id & 0xffff) == 0xffff)
		return -ENODEV;
	if (off == 0 && width == 4) {
		*val = id;
		return 0;
	}
	return hw_mem_read(hw, addr + off, width, val);
}

static bool os_absent(int rc)
{
	return rc == -ENODEV || rc == -ENOENT;
}

/*
 * Of the OS's and ECAM's errors, the one that tells the user most: ECAM
 * being refused (not root, lockdown, strict devmem) or the MCFG table being
 * malformed says what to change; otherwise the device is simply not there.
 */
static int telling(int os_rc, int ecam_rc)
{
	if (ecam_rc == -EACCES || ecam_rc == -EPERM || ecam_rc == -EINVAL)
		return ecam_rc;
	return os_rc ? os_rc : ecam_rc;
}

int pci_cfg_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val,
		 enum cfg_path *path)
{
	uint64_t v, id;
	int rc, idrc, erc;

	*path = CFG_PATH_NONE;
	if (!hw_width_valid(width) || off > 0xfff || off + width > 0x1000)
		return -EINVAL;
	rc = hw_pci_read(hw, loc, off, width, &v);
	if (rc == 0) {
		/* Present to the OS unless its vendor ID reads all ones. */
		if (off == 0 && width >= 2) {
			id = v;
			idrc = 0;
		} else {
			idrc = hw_pci_read(hw, loc, 0, 4, &id);
		}
		if (idrc != 0 ? !os_absent(idrc) : (id & 0xffff) != 0xffff) {
			*val = v;
			*path = CFG_PATH_OS;
			return 0;
		}
		rc = -REG_EALLONES; /* listed, but hidden from the OS */
	} else if (!os_absent(rc) && rc != -HW_ENOTREC) {
		return rc; /* not root, I/O error: ECAM would not do better */
	}
	erc = ecam_read(hw, loc, off, width, &v);
	if (erc == 0) {
		*val = v;
		*path = CFG_PATH_ECAM;
		return 0;
	}
	return telling(rc, erc);
}
