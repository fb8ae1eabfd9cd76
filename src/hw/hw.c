/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hw.c - the calls every module makes; they check arguments, count and dispatch. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hw/hw.h"
#include "reg.h"

bool hw_width_valid(unsigned width)
{
	return width == 1 || width == 2 || width == 4 || width == 8;
}

int hw_pci_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	*locs = NULL;
	*n = 0;
	return hw->ops->pci_scan(hw, locs, n);
}

int hw_pci_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val)
{
	if (!hw_width_valid(width) || off > 0xfff || off + width > 0x1000)
		return -EINVAL;
	hw->reads++;
	return hw->ops->pci_read(hw, loc, off, width, val);
}

int hw_mem_read(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	if (!hw_width_valid(width) || phys % width)
		return -EINVAL;
	hw->reads++;
	return hw->ops->mem_read(hw, phys, width, val);
}

int hw_file_read(struct hw *hw, const char *path, struct buf *out)
{
	out->data = NULL;
	out->len = 0;
	hw->reads++;
	return hw->ops->file_read(hw, path, out);
}

int hw_dir_read(struct hw *hw, const char *path, struct buf *out)
{
	out->data = NULL;
	out->len = 0;
	hw->reads++;
	return hw->ops->dir_read(hw, path, out);
}

const char *hw_meta(struct hw *hw, const char *key)
{
	return hw->ops->meta ? hw->ops->meta(hw, key) : NULL;
}

void hw_close(struct hw *hw)
{
	if (hw)
		hw->ops->close(hw);
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = 0;
}

/* The errno names a snapshot may carry; the ones Linux returns for these reads. */
static const struct {
	int err;
	const char *name;
} errnames[] = {
	{ EPERM, "EPERM" },   { ENOENT, "ENOENT" }, { EIO, "EIO" },
	{ ENXIO, "ENXIO" },   { EBADF, "EBADF" },   { EAGAIN, "EAGAIN" },
	{ ENOMEM, "ENOMEM" }, { EACCES, "EACCES" }, { EFAULT, "EFAULT" },
	{ EBUSY, "EBUSY" },   { ENODEV, "ENODEV" }, { ENOTDIR, "ENOTDIR" },
	{ EISDIR, "EISDIR" }, { EINVAL, "EINVAL" }, { ENOSPC, "ENOSPC" },
	{ EROFS, "EROFS" },   { ERANGE, "ERANGE" }, { ENOSYS, "ENOSYS" },
	{ ENODATA, "ENODATA" }, { EOPNOTSUPP, "EOPNOTSUPP" }, { ETIMEDOUT, "ETIMEDOUT" },
	{ ELOOP, "ELOOP" }, { EOVERFLOW, "EOVERFLOW" }, { ENAMETOOLONG, "ENAMETOOLONG" },
};

const char *hw_errname(int err)
{
	static char unknown[32];

	if (err < 0)
		err = -err;
	if (err == HW_ENOTREC)
		return "not recorded";
	if (err == REG_EALLONES)
		return "all ones";
	for (size_t i = 0; i < ARRAY_SIZE(errnames); i++)
		if (errnames[i].err == err)
			return errnames[i].name;
	snprintf(unknown, sizeof(unknown), "errno %d", err);
	return unknown;
}

int hw_errno_from_name(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(errnames); i++)
		if (strcmp(errnames[i].name, name) == 0)
			return errnames[i].err;
	return 0;
}

char *pci_loc_format(struct pci_loc loc, char *out, size_t size)
{
	snprintf(out, size, "%04x:%02x:%02x.%x", loc.domain, loc.bus, loc.dev, loc.fn);
	return out;
}

bool pci_loc_parse(const char *s, struct pci_loc *loc)
{
	unsigned d, b, v, f;
	int end = 0;

	if (sscanf(s, "%4x:%2x:%2x.%1x%n", &d, &b, &v, &f, &end) != 4 || s[end] != '\0' ||
	    end != 12 || v > 31 || f > 7)
		return false;
	*loc = (struct pci_loc){ (uint16_t)d, (uint8_t)b, (uint8_t)v, (uint8_t)f };
	return true;
}

int pci_loc_cmp(struct pci_loc a, struct pci_loc b)
{
	uint32_t ka = (uint32_t)a.domain << 16 | a.bus << 8 | a.dev << 3 | a.fn;
	uint32_t kb = (uint32_t)b.domain << 16 | b.bus << 8 | b.dev << 3 | b.fn;

	return ka < kb ? -1 : ka > kb;
}

bool pci_loc_eq(struct pci_loc a, struct pci_loc b)
{
	return pci_loc_cmp(a, b) == 0;
}
