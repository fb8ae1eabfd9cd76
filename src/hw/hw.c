/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hw.c - the calls every module makes; they check arguments, count and dispatch. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hw/hw.h"
#include "array.h"

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

/*
 * Files that identify one unit or its owner: DMI serial numbers and UUIDs
 * (Linux drivers/firmware/dmi-id.c: product_serial, product_uuid,
 * board_serial, chassis_serial, root-only), the raw SMBIOS tables that hold
 * them (/sys/firmware/dmi), and the same under the device path. A snapshot
 * is posted in public issues: these are never read, so never recorded.
 */
bool hw_path_private(const char *path)
{
	static const char *const dirs[] = {
		"/sys/class/dmi/id/", "/sys/devices/virtual/dmi/id/",
	};

	if (!path)
		return false;
	if (strncmp(path, "/sys/firmware/dmi", 17) == 0)
		return true;
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (strncmp(path, dirs[i], strlen(dirs[i])) == 0)
			return strstr(path, "serial") || strstr(path, "uuid") || strstr(path, "asset_tag");
	return false;
}

int hw_file_read(struct hw *hw, const char *path, struct buf *out)
{
	out->data = NULL;
	out->len = 0;
	hw->reads++;
	if (hw_path_private(path))
		return -EACCES; /* refused before any backend (or the recorder) sees it */
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

/*
 * The errno names a snapshot may carry (Linux <asm-generic/errno-base.h>,
 * <asm-generic/errno.h>): every one a read of sysfs, procfs, /dev/mem or
 * libpci may plausibly return, so that a recorded failure can be written.
 * EAGAIN/EWOULDBLOCK and EOPNOTSUPP/ENOTSUP share a number; the first name wins.
 */
static const struct {
	int err;
	const char *name;
} errnames[] = {
	{ EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { ESRCH, "ESRCH" }, { EINTR, "EINTR" },
	{ EIO, "EIO" }, { ENXIO, "ENXIO" }, { E2BIG, "E2BIG" }, { ENOEXEC, "ENOEXEC" },
	{ EBADF, "EBADF" }, { ECHILD, "ECHILD" }, { EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" },
	{ EACCES, "EACCES" }, { EFAULT, "EFAULT" }, { EBUSY, "EBUSY" }, { EEXIST, "EEXIST" },
	{ EXDEV, "EXDEV" }, { ENODEV, "ENODEV" }, { ENOTDIR, "ENOTDIR" }, { EISDIR, "EISDIR" },
	{ EINVAL, "EINVAL" }, { ENFILE, "ENFILE" }, { EMFILE, "EMFILE" }, { ENOTTY, "ENOTTY" },
	{ ETXTBSY, "ETXTBSY" }, { EFBIG, "EFBIG" }, { ENOSPC, "ENOSPC" }, { ESPIPE, "ESPIPE" },
	{ EROFS, "EROFS" }, { EMLINK, "EMLINK" }, { EPIPE, "EPIPE" }, { EDOM, "EDOM" },
	{ ERANGE, "ERANGE" }, { EDEADLK, "EDEADLK" }, { ENAMETOOLONG, "ENAMETOOLONG" },
	{ ENOLCK, "ENOLCK" }, { ENOSYS, "ENOSYS" }, { ENOTEMPTY, "ENOTEMPTY" },
	{ ELOOP, "ELOOP" }, { ENOMSG, "ENOMSG" }, { EIDRM, "EIDRM" }, { ENOSTR, "ENOSTR" },
	{ ENODATA, "ENODATA" }, { ETIME, "ETIME" }, { ENOSR, "ENOSR" }, { ENOLINK, "ENOLINK" },
	{ EPROTO, "EPROTO" }, { EBADMSG, "EBADMSG" }, { EOVERFLOW, "EOVERFLOW" },
	{ EILSEQ, "EILSEQ" }, { EUSERS, "EUSERS" }, { ENOTSOCK, "ENOTSOCK" },
	{ EOPNOTSUPP, "EOPNOTSUPP" }, { EAFNOSUPPORT, "EAFNOSUPPORT" },
	{ EADDRINUSE, "EADDRINUSE" }, { ENETDOWN, "ENETDOWN" }, { ENETUNREACH, "ENETUNREACH" },
	{ ECONNRESET, "ECONNRESET" }, { ENOBUFS, "ENOBUFS" }, { ETIMEDOUT, "ETIMEDOUT" },
	{ ECONNREFUSED, "ECONNREFUSED" }, { EHOSTUNREACH, "EHOSTUNREACH" },
	{ EALREADY, "EALREADY" }, { EINPROGRESS, "EINPROGRESS" }, { ESTALE, "ESTALE" },
	{ EDQUOT, "EDQUOT" }, { ECANCELED, "ECANCELED" }, { ENOKEY, "ENOKEY" },
	{ EKEYEXPIRED, "EKEYEXPIRED" }, { EKEYREVOKED, "EKEYREVOKED" },
	{ EKEYREJECTED, "EKEYREJECTED" }, { ENOMEDIUM, "ENOMEDIUM" },
	{ EMEDIUMTYPE, "EMEDIUMTYPE" }, { ENOTRECOVERABLE, "ENOTRECOVERABLE" },
	{ EOWNERDEAD, "EOWNERDEAD" }, { ERFKILL, "ERFKILL" }, { EHWPOISON, "EHWPOISON" },
};

const char *hw_errname(int err)
{
	if (err < 0)
		err = -err;
	if (err == HW_ENOTREC)
		return "not recorded";
	if (err == REG_EALLONES)
		return "all ones";
	for (size_t i = 0; i < ARRAY_SIZE(errnames); i++)
		if (errnames[i].err == err)
			return errnames[i].name;
	return "an errno without a name";
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

/*
 * Exactly DDDD:BB:DD.F in hex (sscanf's %x would also take "0x", a sign or
 * spaces); device <= 0x1f, function <= 7.
 */
bool pci_loc_parse(const char *s, struct pci_loc *loc)
{
	static const char shape[] = "hhhh:hh:hh.h";
	unsigned v[4] = { 0 }, k = 0;

	for (size_t i = 0; i < sizeof(shape) - 1; i++) {
		char c = s[i];

		if (shape[i] != 'h') {
			if (c != shape[i])
				return false;
			k++;
			continue;
		}
		if (c >= '0' && c <= '9')
			v[k] = v[k] << 4 | (unsigned)(c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			v[k] = v[k] << 4 | (unsigned)((c | 0x20) - 'a' + 10);
		else
			return false;
	}
	if (s[sizeof(shape) - 1] != '\0' || v[2] > 0x1f || v[3] > 7)
		return false;
	*loc = (struct pci_loc){ (uint16_t)v[0], (uint8_t)v[1], (uint8_t)v[2], (uint8_t)v[3] };
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
