// SPDX-License-Identifier: GPL-2.0-or-later
/* spivm_hold.c - test-only module: claims a range of physical memory, as a driver would. */
/*
 * The VM tests (tests/vm/run.sh) load it inside the guest to imitate a
 * machine where a kernel driver (spi-intel, for example) owns the page that
 * holds the SPI registers: with CONFIG_IO_STRICT_DEVMEM the kernel then
 * refuses /dev/mem access to that page unless booted with iomem=relaxed
 * (drivers/char/mem.c, kernel/resource.c iomem_is_exclusive()).
 * It never touches the memory it claims.
 */
#include <linux/module.h>
#include <linux/ioport.h>

static unsigned long addr;
module_param(addr, ulong, 0444);
MODULE_PARM_DESC(addr, "physical address of the range to claim");
static unsigned long len = 0x200;
module_param(len, ulong, 0444);
MODULE_PARM_DESC(len, "length of the range to claim (default 0x200, the ICH9 SPI registers)");

static struct resource *held;

static int __init spivm_hold_init(void)
{
	if (!addr || !len)
		return -EINVAL;
	held = request_mem_region(addr, len, "spivm_hold");
	if (!held) {
		pr_err("spivm_hold: %#lx-%#lx is already claimed\n", addr, addr + len - 1);
		return -EBUSY;
	}
	pr_info("spivm_hold: holding %#lx-%#lx\n", addr, addr + len - 1);
	return 0;
}

static void __exit spivm_hold_exit(void)
{
	release_mem_region(addr, len);
}

module_init(spivm_hold_init);
module_exit(spivm_hold_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("spi-inspect VM test: hold a page of iomem busy");
