/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_env.c - the environment: not root, kernel lockdown, strict devmem (env.*). */
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "report/judge_internal.h"

/* ---- environment -------------------------------------------------------- */

void judge_env(struct inspection *in)
{
	const struct env *env = &in->env;
	struct findings *fs = &in->findings;
	struct finding *f;

	switch (env->problem) {
	case ENV_OK:
		return;
	case ENV_NOT_ROOT:
		f = add(fs, SEV_BLOCKS, "env.not_root");
		SAY(what, "Not running as root: the SPI registers (/dev/mem) and config space past "
			  "offset 0x40 could not be read. flashrom would stop with \"Could not get I/O "
			  "privileges (Operation not permitted). You need to be root.\"");
		SAY(why, "Linux lets only root (CAP_SYS_RAWIO) map physical memory and read the full "
			 "PCI configuration space. What is shown without root: the PCI IDs and the ME "
			 "status that /sys/class/mei exposes to every user.");
		SAY(todo, "Run it again as root: sudo spi-inspect (add --save report.snap to attach "
			  "the readings to an issue).");
		if (env->lockdown_active)
			SAY(todo, "Run it again as root (sudo spi-inspect). Note that the kernel is also "
				  "in lockdown mode (%s): even root will be refused /dev/mem until "
				  "lockdown is off (see the finding env.lockdown that a root run shows).",
			    env->lockdown);
		return;
	case ENV_LOCKDOWN:
		f = add(fs, SEV_BLOCKS, "env.lockdown");
		SAY(what, "The kernel is in lockdown mode (%s) and refused access to /dev/mem, so "
			  "the SPI registers could not be read. flashrom -p internal fails the same "
			  "way (\"Could not get I/O privileges\" or \"/dev/mem mmap failed\").",
		    env->lockdown);
		SAY(why, "Kernel lockdown forbids raw access to hardware from user space, even for "
			 "root, and cannot be lifted from user space. Distributions turn it on when "
			 "the machine boots with UEFI Secure Boot enabled.");
		SAY(todo, "Disable Secure Boot in the firmware setup (or with mokutil "
			  "--disable-validation on shim-based distributions) and reboot; or boot a "
			  "kernel built without CONFIG_SECURITY_LOCKDOWN_LSM_EARLY / with lockdown=none "
			  "allowed, for example a live USB system without Secure Boot.");
		return;
	case ENV_DEVMEM_STRICT:
		f = add(fs, SEV_BLOCKS, "env.devmem_strict");
		SAY(what, "The kernel refused to map the SPI registers through /dev/mem (EPERM). "
			  "flashrom stops with \"/dev/mem mmap failed: Operation not permitted\".");
		SAY(why, "The kernel runs with strict /dev/mem (CONFIG_IO_STRICT_DEVMEM) and a driver "
			 "has claimed the memory page of the SPI controller (%s%s%s), so user space "
			 "may not map it. The kernel command line %s iomem=relaxed.",
		    env->holder[0] ? "/proc/iomem names \"" : "often intel-spi, spi-intel-pci, or "
							     "iTCO_wdt on ICH7..ICH10",
		    env->holder, env->holder[0] ? "\"" : "",
		    !env->cmdline_known ? "could not be read to tell whether it has"
		    : env->iomem_relaxed ? "already has" : "does not have");
		if (env->iomem_relaxed)
			SAY(todo, "iomem=relaxed is already set, so the driver claimed the region "
				  "exclusively: unload it (for example modprobe -r spi_intel_pci "
				  "spi_intel_platform) and run spi-inspect again.");
		else
			SAY(todo, "Add iomem=relaxed to the kernel command line: for one boot, press e "
				  "at the GRUB menu and append it to the line starting with linux; for "
				  "good, add it to GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, run "
				  "update-grub and reboot. Or unload the driver that holds the page "
				  "(for example modprobe -r iTCO_wdt, or spi_intel_pci) for this boot.");
		return;
	}
}
