/* SPDX-License-Identifier: GPL-2.0-or-later */
/* flashchip.h - the flash chip as the kernel's spi-nor driver shows it (sysfs, read-only). */
#ifndef SPI_INSPECT_FLASHCHIP_H
#define SPI_INSPECT_FLASHCHIP_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/hw.h"

/*
 * Where Linux's spi-nor driver runs on the SPI controller (spi-intel), the chip it
 * probed is a device on the SPI bus with an MTD device below it:
 *   /sys/bus/spi/devices/<dev>/spi-nor/{partname,jedec_id}  (Linux
 *     Documentation/ABI/testing/sysfs-bus-spi-devices-spi-nor)
 *   /sys/bus/spi/devices/<dev>/mtd/mtdN/{name,size}          (Linux
 *     Documentation/ABI/testing/sysfs-class-mtd: size in bytes)
 * Only these files are read (collected only with --image, so that the plan knows the
 * chip's size); most machines do not load the driver, and then the size stays unknown.
 */
struct flash_chip {
	bool known;             /* exactly one spi-nor device with an MTD size */
	uint64_t size;
	char partname[64], jedec_id[32], mtd_name[64];
	char where[128];        /* the size file read */
	char why[192];          /* when !known */
};

void flash_chip_collect(struct hw *hw, struct flash_chip *out);

#endif
