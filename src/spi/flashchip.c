/* SPDX-License-Identifier: GPL-2.0-or-later */
/* flashchip.c - the flash chip's name, JEDEC ID and size from Linux's spi-nor sysfs files. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spi/flashchip.h"

#define SPI_DEVICES "/sys/bus/spi/devices"

/* The first line of a sysfs file, without its newline; false when it cannot be read. */
static bool read_line(struct hw *hw, const char *path, char *out, size_t size)
{
	struct buf b;

	if (hw_file_read(hw, path, &b) < 0)
		return false;
	snprintf(out, size, "%.*s", (int)strcspn(b.data ? b.data : "", "\n"), b.data ? b.data : "");
	buf_free(&b);
	return true;
}

/* The one entry of dir whose name starts with prefix (and is not prefix + "...ro"). */
static bool one_entry(const char *list, const char *prefix, char *out, size_t size)
{
	unsigned n = 0;

	for (const char *p = list; p && *p;) {
		size_t len = strcspn(p, "\n");

		if (!strncmp(p, prefix, strlen(prefix)) && len > strlen(prefix) &&
		    !(len > 2 && !strncmp(p + len - 2, "ro", 2)) && n++ == 0)
			snprintf(out, size, "%.*s", (int)len, p);
		p += len + (p[len] == '\n');
	}
	return n == 1;
}

void flash_chip_collect(struct hw *hw, struct flash_chip *out)
{
	char dev[64] = "", mtd[32] = "", path[192], text[64];
	unsigned nnor = 0;
	struct buf b;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = hw_dir_read(hw, SPI_DEVICES, &b);
	if (rc < 0) {
		snprintf(out->why, sizeof(out->why), "%s could not be listed (%s): no SPI bus driver",
			 SPI_DEVICES, hw_errname(rc));
		return;
	}
	for (const char *p = b.data ? b.data : ""; *p;) {
		size_t len = strcspn(p, "\n");
		char name[64];

		snprintf(name, sizeof(name), "%.*s", (int)len, p);
		snprintf(path, sizeof(path), SPI_DEVICES "/%s/spi-nor/jedec_id", name);
		if (len && read_line(hw, path, text, sizeof(text)) && nnor++ == 0) {
			snprintf(dev, sizeof(dev), "%s", name);
			snprintf(out->jedec_id, sizeof(out->jedec_id), "%.31s", text);
		}
		p += len + (p[len] == '\n');
	}
	buf_free(&b);
	if (nnor != 1) {
		snprintf(out->why, sizeof(out->why), "%s holds %s spi-nor device", SPI_DEVICES,
			 nnor ? "more than one" : "no");
		return;
	}
	snprintf(path, sizeof(path), SPI_DEVICES "/%s/spi-nor/partname", dev);
	read_line(hw, path, out->partname, sizeof(out->partname));
	snprintf(path, sizeof(path), SPI_DEVICES "/%s/mtd", dev);
	rc = hw_dir_read(hw, path, &b);
	if (rc < 0 || !one_entry(b.data, "mtd", mtd, sizeof(mtd))) {
		snprintf(out->why, sizeof(out->why), "%.150s does not list exactly one MTD device", path);
		buf_free(&b);
		return;
	}
	buf_free(&b);
	snprintf(path, sizeof(path), SPI_DEVICES "/%s/mtd/%s/name", dev, mtd);
	read_line(hw, path, out->mtd_name, sizeof(out->mtd_name));
	snprintf(out->where, sizeof(out->where), SPI_DEVICES "/%s/mtd/%s/size", dev, mtd);
	if (!read_line(hw, out->where, text, sizeof(text)) ||
	    sscanf(text, "%" SCNu64, &out->size) != 1 || out->size == 0) {
		snprintf(out->why, sizeof(out->why), "%s could not be read as a size", out->where);
		return;
	}
	out->known = true;
}
