/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge.c - one small function per fact: findings with what, why and what to do. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "report/findings.h"
#include "report/firmware_advice.h"
#include "report/verdict.h"

/*
 * The flashrom messages quoted below are those of flashrom 1.3/1.4
 * (ichspi.c, chipset_enable.c, hwaccess_physmap.c, hwaccess_x86_io.c), the
 * ones users paste into issues and the Dasharo flashrom FAQ explains.
 */

static struct finding *add(struct findings *fs, enum severity sev, const char *fmt_id, ...)
	PRINTF_LIKE(3, 4);

static struct finding *add(struct findings *fs, enum severity sev, const char *fmt_id, ...)
{
	static struct finding overflow; /* never rendered; keeps callers simple */
	struct finding *f;
	va_list ap;

	if (fs->n >= FINDINGS_MAX)
		return memset(&overflow, 0, sizeof(overflow));
	f = &fs->list[fs->n++];
	memset(f, 0, sizeof(*f));
	f->severity = sev;
	va_start(ap, fmt_id);
	vsnprintf(f->id, sizeof(f->id), fmt_id, ap);
	va_end(ap);
	return f;
}

#define SAY(field, ...) snprintf(f->field, sizeof(f->field), __VA_ARGS__)

static void cite(struct finding *f, const struct reg *r, const char *bits, const char *source)
{
	struct evidence *e;

	if (!r || !r->name || f->nevidence >= FINDING_MAX_EVIDENCE)
		return;
	e = &f->evidence[f->nevidence++];
	e->reg = r->name;
	snprintf(e->where, sizeof(e->where), "%s", r->where);
	e->known = reg_ok(r);
	e->value = r->value;
	e->width = r->width;
	if (!e->known)
		snprintf(e->reason, sizeof(e->reason), "%s", reg_reason(r));
	e->bits = bits;
	e->source = source;
}

/* ---- environment -------------------------------------------------------- */

static void judge_env(struct inspection *in)
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
		if (env->lockdown_known && strcmp(env->lockdown, "none") != 0)
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

/* ---- chipset ------------------------------------------------------------ */

static void judge_chipset(struct inspection *in)
{
	const struct identity *id = &in->id;
	struct findings *fs = &in->findings;
	struct finding *f;
	const char *rep = "Run spi-inspect --save machine.snap as root and attach machine.snap "
			  "to an issue at the spi-inspect project, with the output of lspci -nn.";

	switch (id->result) {
	case IDENT_OK:
		break;
	case IDENT_NO_DEVICES:
		f = add(fs, SEV_BLOCKS, "chipset.no_devices");
		SAY(what, "No PCI device was found at all, so there is no chipset to inspect.");
		SAY(why, "The PCI access method found nothing: /sys/bus/pci is not mounted or empty, "
			 "the lspci dump given with -A dump is empty, or the snapshot holds no device.");
		SAY(todo, "Run it on the machine itself with sysfs mounted, or check the file given "
			  "with --from or -O dump.name=.");
		return;
	case IDENT_NO_BRIDGE:
		f = add(fs, SEV_BLOCKS, "chipset.no_bridge");
		SAY(what, "There is no device at 00:1f.0, where every Intel chipset since the ICH "
			  "has its LPC/eSPI bridge. flashrom would print \"WARNING: No chipset found.\"");
		SAY(why, "This is not an Intel PC chipset, or a virtual machine without an ISA bridge.");
		SAY(todo, "%s", rep);
		return;
	case IDENT_NOT_INTEL:
		f = add(fs, SEV_BLOCKS, "chipset.not_intel");
		SAY(what, "The bridge at 00:1f.0 is %04x:%04x%s%s%s, not an Intel chipset. "
			  "spi-inspect decodes Intel SPI controllers only.",
		    id->lpc.vendor, id->lpc.device, id->lpc.name[0] ? " (" : "", id->lpc.name,
		    id->lpc.name[0] ? ")" : "");
		SAY(why, "AMD, VIA and other chipsets have SPI controllers of their own design, "
			 "which flashrom handles with separate code.");
		SAY(todo, "Use flashrom -p internal -V and read its chipset lines; if you want "
			  "support here, %s", rep);
		cite(f, &id->lpc.id, "vendor/device ID", "PCI Local Bus Specification 3.0, 6.2.1");
		return;
	case IDENT_UNSUPPORTED:
		f = add(fs, SEV_BLOCKS, "chipset.unsupported");
		SAY(what, "The Intel bridge %04x:%04x%s%s%s at 00:1f.0 is not in spi-inspect's "
			  "table. flashrom prints \"WARNING: No chipset found.\" for chipsets it does "
			  "not know either.",
		    id->lpc.vendor, id->lpc.device, id->lpc.name[0] ? " (" : "", id->lpc.name,
		    id->lpc.name[0] ? ")" : "");
		SAY(why, "Each chipset generation moves the SPI registers; without knowing the "
			 "generation no register can be read safely.");
		SAY(todo, "Check whether a newer flashrom release lists this ID (flashrom -L); %s",
		    rep);
		cite(f, &id->lpc.id, "vendor/device ID", "PCI Local Bus Specification 3.0, 6.2.1");
		return;
	}

	if (id->entry->status != ID_TESTED) {
		f = add(fs, SEV_INFO, "chipset.untested");
		SAY(what, "This chipset (%s, %04x:%04x) is %s in spi-inspect's table.",
		    id->family->name, id->entry->vendor, id->entry->device,
		    id_status_name(id->entry->status));
		SAY(why, "Its entry comes from %s; no snapshot of a real machine with this ID "
			 "has been checked yet.", id->entry->source);
		SAY(todo, "If the report looks right (compare with flashrom -p internal -V), "
			  "attach spi-inspect --markdown output to an issue so that it can be marked "
			  "tested.");
	}
	if (id->family->spibar_via == SPIBAR_NONE) {
		f = add(fs, SEV_INFO, "chipset.no_spi");
		SAY(what, "%s predates SPI flash controllers: the firmware sits on an LPC or FWH "
			  "flash chip, which has no descriptor, regions or protected ranges to decode.",
		    id->family->name);
		SAY(why, "FWH/LPC flash is write-protected by the chip's own registers and by the "
			 "bridge's BIOS_CNTL, which flashrom handles chip by chip.");
		SAY(todo, "Run flashrom -p internal -V and read its chip and BIOS_CNTL lines.");
	}
}

/* ---- SPI controller ----------------------------------------------------- */

/*
 * -A dump: an lspci dump is config space only. Without root, lspci prints the
 * first 64 bytes of each function (Linux pci-sysfs.c pci_read_config()).
 */
static void pci_dump_unreadable(const struct inspection *in, struct finding *f)
{
	if (in->pci_dump_short) {
		SAY(what, "The lspci dump %s holds only the first 64 bytes of each function's "
			  "config space: it was taken without root, so even the SPI base address "
			  "is missing.", in->pci_dump);
		SAY(todo, "Take the dump again as root: sudo lspci -xxxx > lspci.txt; better, run "
			  "sudo spi-inspect --save machine.snap on that machine.");
		return;
	}
	SAY(what, "The SPI controller's registers are memory-mapped (SPIBAR), and the lspci "
		  "dump %s holds PCI config space only: no register behind SPIBAR is in it.",
	    in->pci_dump);
	SAY(todo, "Run sudo spi-inspect --save machine.snap on that machine, which records "
		  "the memory-mapped registers too, and replay it with --from machine.snap.");
}

static const char *const hsfs_src =
	"Intel PCH datasheets (e.g. 332690 vol. 2, HSFSTS_CTL); flashrom ichspi.c";

static void judge_hsfs(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct reg *hsfs = spi_status_reg(&in->spi_raw);
	struct findings *fs = &in->findings;
	struct finding *f;

	if (!reg_ok(hsfs)) {
		f = add(fs, SEV_UNKNOWN, "spi.unreadable");
		SAY(what, "The SPI controller's registers could not be read: %s.",
		    in->spi_raw.spibar_known ? reg_reason(hsfs) : in->spi_raw.spibar_why);
		SAY(why, "Without them nothing can be said about lockdown, region access or "
			 "protected ranges; spi-inspect does not guess.");
		SAY(todo, "Fix the environment problem reported above, or attach the snapshot "
			  "(--save) to an issue if there is none.");
		if (in->pci_dump) /* the reads came from a file: say what it lacks (inspect.h) */
			pci_dump_unreadable(in, f);
		cite(f, hsfs, hsfs->name ? hsfs->name : "HSFS", hsfs_src);
		return;
	}

	if (s->flockdn == TRI_YES) {
		f = add(fs, SEV_WARNING, "spi.flockdn");
		if (s->layout == SPI_LAYOUT_ICH7) /* flashrom ichspi.c init_ich7_spi */
			SAY(what, "The SPI configuration is locked down (SPIS LOCK=1). flashrom "
				  "prints \"WARNING: SPI Configuration Lockdown activated.\"");
		else
			SAY(what, "The SPI configuration is locked down (FLOCKDN=1). flashrom prints "
				  "\"SPI Configuration is locked down.\"");
		SAY(why, "The firmware set FLOCKDN at boot: until the next reset the protected "
			 "ranges (PRx), the region access registers and the opcode menu cannot be "
			 "changed. Reading and writing what the descriptor allows still works.");
		SAY(todo, "Nothing to do for regions the host may write. To lift it, a firmware "
			  "setting (\"SPI lock\", \"Flash protection\" or \"BIOS lock\") must be "
			  "turned off, or the flash written with an external programmer.");
		cite(f, hsfs, s->layout == SPI_LAYOUT_ICH7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)", hsfs_src);
	} else if (s->flockdn == TRI_NO) {
		f = add(fs, SEV_OK, "spi.flockdn");
		SAY(what, "The SPI configuration is not locked down (%s=0).",
		    s->layout == SPI_LAYOUT_ICH7 ? "SPIS LOCK" : "FLOCKDN");
		bool dlocked = false;

		for (unsigned i = 0; i < 5; i++)
			dlocked |= s->dlock_pr[i] == TRI_YES;
		if (s->layout == SPI_LAYOUT_ICH7)
			SAY(why, "flashrom may reprogram the opcode menu; it does not clear the "
				 "protected ranges PBRn (ichspi.c init_ich7_spi).");
		else
			SAY(why, "flashrom may reprogram the opcode menu and clear protected ranges%s.",
			    dlocked ? ", except those DLOCK locks on their own (PRn_LOCKDN)" : "");
		SAY(todo, "Nothing.");
		cite(f, hsfs, s->layout == SPI_LAYOUT_ICH7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)", hsfs_src);
	}

	if (s->fdv == TRI_NO) {
		f = add(fs, SEV_WARNING, "spi.descriptor_invalid");
		SAY(what, "The flash descriptor is not valid (FDV=0): the controller runs in "
			  "non-descriptor mode and there are no regions or region permissions.");
		SAY(why, "The first bytes of the flash do not hold the descriptor signature "
			 "0x0FF0A55A, or the chip was not found at boot.");
		SAY(todo, "flashrom sees the chip as one piece: back it up whole "
			  "(flashrom -p internal -r backup.rom) before anything else, and do not use "
			  "--ifd, which needs a descriptor.");
		cite(f, hsfs, "FDV (bit 14)", hsfs_src);
	}
	if (s->fdopss == TRI_NO) {
		f = add(fs, SEV_WARNING, "spi.fdopss");
		SAY(what, "The descriptor override strap is set (FDOPSS=0): the region "
			  "permissions of the descriptor are not enforced.");
		SAY(why, "A jumper or pin strap (often HDA_SDO or \"ME_FLASH\"/\"ME_DISABLE\") was "
			 "set at power-on; in this mode the host may read and write every region, "
			 "including the ME region and the descriptor.");
		SAY(todo, "This is the state in which a whole-chip write works; remove the strap "
			  "again after flashing, since it also lets any root process rewrite the ME "
			  "and the descriptor.");
		cite(f, hsfs, "FDOPSS (bit 13)", hsfs_src);
	}
}

static void region_key(const char *name, char *out, size_t size)
{
	size_t i = 0;

	for (; name && name[i] && i + 1 < size; i++)
		out[i] = isalnum((unsigned char)name[i]) ? (char)tolower((unsigned char)name[i]) : '_';
	out[i] = '\0';
}

/* The region names flashrom prints in "FREGn: <name> region ... is ..." (ichspi.c
 * ich9_handle_region_access region_names[]), for every layout alike. */
static const char *flashrom_region_name(unsigned i)
{
	static const char *const names[SPI_MAX_REGIONS] = {
		"Flash Descriptor", "BIOS", "Management Engine", "Gigabit Ethernet",
		"Platform Data", "Device Expansion", "BIOS2", "unknown", "EC/BMC",
		"Device Expansion 2", "Innovation Engine", "10GbE0", "10GbE1", "unknown",
		"unknown", "PTT",
	};

	return i < SPI_MAX_REGIONS ? names[i] : "unknown";
}

static void judge_regions(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	struct findings *fs = &in->findings;

	if (s->fdv != TRI_YES)
		return;
	for (unsigned i = 0; i < s->nregions; i++) {
		const struct spi_region *r = &s->regions[i];
		const char *access_reg = r->access_from ? r->access_from : "FRAP";
		const struct reg *access = strstr(access_reg, "BM") ? &in->spi_raw.bm_rap
								     : &in->spi_raw.frap;
		struct finding *f;
		char key[24];
		const char *how;

		if (!r->known || r->unused)
			continue;
		region_key(r->name, key, sizeof(key));
		if (r->read == TRI_UNKNOWN || r->write == TRI_UNKNOWN) {
			f = add(fs, SEV_UNKNOWN, "spi.region_access.%s", key);
			SAY(what, "Host access to the %s region (FREG%u, 0x%08x-0x%08x) is unknown: %s.",
			    r->name, r->index, r->base, r->limit,
			    r->access_why ? r->access_why : "the access register could not be read");
			SAY(why, "spi-inspect does not guess permissions it could not read.");
			SAY(todo, "Treat the region as locked: use --ifd -i bios with flashrom.");
			cite(f, access, "region access bits", hsfs_src);
			continue;
		}
		if (r->read == TRI_YES && r->write == TRI_YES)
			continue;
		how = r->read == TRI_NO ? (r->write == TRI_NO ? "neither read nor written" : "not read")
					: "read but not written";
		f = add(fs, SEV_BLOCKS, "spi.region_locked.%s", key);
		SAY(what, "The %s region (FREG%u, 0x%08x-0x%08x) can be %s by the host. flashrom "
			  "prints \"FREG%u: %s region (0x%08x-0x%08x) is %s.\" and a whole-chip %s "
			  "fails with \"Transaction error between offset 0x%08x and ...\".",
		    r->name, r->index, r->base, r->limit, how, r->index,
		    flashrom_region_name(r->index), r->base, r->limit,
		    r->read == TRI_NO && r->write == TRI_NO ? "locked"
		    : r->read == TRI_NO ? "write-only" : "read-only",
		    r->read == TRI_NO ? "read" : "write", r->base);
		SAY(why, "The flash descriptor's master section (FLMSTR1, mirrored in %s) denies "
			 "the host this access; the descriptor is locked like this by the vendor.",
		    access_reg);
		SAY(todo, "Work on the BIOS region alone: flashrom -p internal --ifd -i bios -r "
			  "bios.rom to read, --ifd -i bios -w coreboot.rom --noverify-all to write. "
			  "To unlock the region: set the descriptor override strap (FDOPSS), use ME "
			  "manufacturing mode or an HMRFPO/Security Override where the ME allows it, "
			  "or use an external programmer.");
		cite(f, access, access == &in->spi_raw.frap ? "BRRA/BRWA (bits 7:0 / 15:8)"
							   : "bit n of BIOS_BM_RAP / BIOS_BM_WAP",
		     access == &in->spi_raw.frap ? hsfs_src
						 : "flashrom ichspi.c ich_get_bios_region_access");
		cite(f, &in->spi_raw.freg[r->index], "base/limit", hsfs_src);
	}
}

static void judge_prs(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	struct findings *fs = &in->findings;
	bool ich7 = s->layout == SPI_LAYOUT_ICH7;

	for (unsigned i = 0; i < s->npr; i++) {
		const struct spi_pr *p = &s->pr[i];
		/* flashrom clears unlocked PRs (ichspi.c ich9_set_pr) but never PBRn (init_ich7_spi) */
		enum tri stays = ich7 ? TRI_YES : p->locked;
		/* without regions (ICH7-style, non-descriptor mode) the BIOS is all the flash there is */
		bool over_bios = s->nregions == 0 || s->fdv != TRI_YES || (p->overlaps & (1u << 1));
		const char *against = p->wp == TRI_YES && p->rp == TRI_YES ? "reads and writes"
				      : p->wp == TRI_YES ? "writes" : "reads";
		struct finding *f;
		char key[16];

		if (!p->known || (p->wp != TRI_YES && p->rp != TRI_YES))
			continue;
		region_key(p->name, key, sizeof(key));
		f = add(fs, stays == TRI_YES ? SEV_BLOCKS : stays == TRI_NO ? SEV_WARNING : SEV_UNKNOWN,
			"spi.protected_range.%s", key);
		if (ich7)
			SAY(what, "%s protects 0x%08x-0x%08x against %s%s. flashrom -V prints the "
				  "register (\"%s\") but does not decode or clear it.",
			    p->name, p->base, p->limit, against, over_bios ? " inside the BIOS region" : "",
			    p->name);
		else
			SAY(what, "%s protects 0x%08x-0x%08x against %s%s. flashrom prints \"%s: "
				  "Warning: 0x%08x-0x%08x is %s.\"",
			    p->name, p->base, p->limit, against, over_bios ? " inside the BIOS region" : "",
			    p->name, p->base, p->limit,
			    p->wp == TRI_YES && p->rp == TRI_YES ? "locked"
			    : p->wp == TRI_YES ? "read-only" : "write-only");
		if (stays == TRI_YES && p->locked_by)
			SAY(why, "The firmware set this protected range and locked it with %s (a "
				 "setting such as \"BIOS boot medium lock\", \"Flash write "
				 "protection\" or Chromebook/vboot write protection); it holds until "
				 "the next reset.", p->locked_by);
		else if (stays == TRI_YES)
			SAY(why, "The firmware set this protected range. The SPI configuration is not "
				 "locked (SPIS LOCK=0), but flashrom does not clear PBRn on ICH7-style "
				 "controllers (ichspi.c init_ich7_spi only prints them), so %s inside "
				 "it fail.", p->wp == TRI_YES ? "writes" : "reads");
		else if (stays == TRI_NO)
			SAY(why, "The firmware set this protected range but did not lock it (FLOCKDN=0%s), "
				 "so flashrom clears it (ichspi.c ich9_set_pr) before reading or "
				 "writing.", spi_traits_of(s->layout)->has_dlock && p->index < 5
					    ? ", DLOCK lock bit clear" : "");
		else
			SAY(why, "The firmware set this protected range and did not set FLOCKDN, but "
				 "DLOCK, which locks %s on its own, could not be read (%s): whether "
				 "flashrom can clear it is unknown.", p->name,
			    reg_reason(&in->spi_raw.dlock));
		if (stays == TRI_UNKNOWN)
			SAY(todo, "Run flashrom -p internal -V: if it still prints \"%s: Warning: ...\" "
				  "after its attempt to clear the range, the range is locked; then turn "
				  "the firmware's flash protection setting off.", p->name);
		else if (stays == TRI_YES && over_bios)
			SAY(todo, "flashrom --ifd -i bios -w fails inside this range. Turn the "
				  "firmware's flash protection setting off; where the flash layout is "
				  "an FMAP with RW sections outside the range (vboot), flashrom "
				  "--fmap -i RW_SECTION_A -i RW_SECTION_B -w still works; otherwise use "
				  "an external programmer.");
		else if (stays == TRI_YES)
			SAY(todo, "Regions outside 0x%08x-0x%08x can still be written; turn the "
				  "firmware's flash protection setting off to write inside it.",
			    p->base, p->limit);
		if (stays == TRI_YES)
			firmware_advice_append(f->todo, sizeof(f->todo), in->machine.firmware,
					       PROTECTION_PRX);
		else
			SAY(todo, "Nothing, unless the firmware's SMM code re-arms it: then turn the "
				  "firmware's flash protection setting off.");
		cite(f, &in->spi_raw.pr[p->index], ich7 ? "PRB/PRL/WPE" : "PRB/PRL/WPE/RPE", hsfs_src);
		if (spi_traits_of(s->layout)->has_dlock && p->index < 5 &&
		    (stays != TRI_YES || (p->locked_by && strncmp(p->locked_by, "DLOCK", 5) == 0)))
			cite(f, &in->spi_raw.dlock, "PRn_LOCKDN (bits 12:8)",
			     "flashrom ichspi.c DLOCK_*; coreboot fast_spi_def.h SPIBAR_DLOCK_*");
	}
}

/* ---- BBAR --------------------------------------------------------------- */

static const char *const bbar_src = "Intel 6-series datasheet 324645, 21.1.23 (BBAR); flashrom "
				    "ichspi.c ich_set_bbar, ich_spi_send_command";

/* Which regions in use start below cut, as a clause: "the Descriptor and GbE regions lie
 * below it, and the BIOS region starts at 0x..., above it". Empty without regions. */
static void bbar_regions(const struct spi_facts *s, uint32_t cut, char *out, size_t size)
{
	const struct spi_region *bios = &s->regions[1];
	const char *below[SPI_MAX_REGIONS];
	char names[128] = "";
	size_t len = 0;
	unsigned n = 0;

	out[0] = '\0';
	if (s->nregions == 0 || s->fdv != TRI_YES)
		return;
	for (unsigned i = 0; i < s->nregions && i < SPI_MAX_REGIONS; i++) {
		const struct spi_region *r = &s->regions[i];

		if (i != 1 && r->known && !r->unused && r->base < cut)
			below[n++] = r->name;
	}
	for (unsigned i = 0; i < n && len < sizeof(names); i++)
		len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s",
					i == 0 ? "" : i + 1 == n ? " and " : ", ", below[i]);
	if (n)
		snprintf(out, size, "the %s region%s below it", names, n > 1 ? "s lie" : " lies");
	if (bios->known && !bios->unused) {
		len = strlen(out);
		snprintf(out + len, size - len, "%sthe BIOS region starts at 0x%08x, %s it",
			 n ? ", and " : "", bios->base, bios->base >= cut ? "above" : "below");
	}
}

/* "4096 KiB: below 0x00200000, 8192 KiB: below 0x00600000, ..." for the chip sizes that lose
 * something: flashrom keeps a chip of size S above BBAR, so it loses BBAR mod S bytes. */
static void bbar_sizes(uint32_t bbar, uint32_t free_upto, char *out, size_t size)
{
	size_t len = 0;

	out[0] = '\0';
	for (uint32_t chip = free_upto * 2; chip && chip <= 0x1000000u && len < size; chip <<= 1)
		len += (size_t)snprintf(out + len, size - len, "%s%u KiB: below 0x%08x",
					len ? ", " : "", chip / 1024, bbar % chip);
}

static void judge_bbar(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct spi_traits *t = spi_traits_of(s->layout);
	const struct reg *r = &in->spi_raw.bbar;
	const struct spi_region *bios = &s->regions[1];
	bool one_piece = s->nregions == 0 || s->fdv != TRI_YES;
	bool bios_spared = !one_piece && bios->known && !bios->unused && s->bbar_cut_known &&
			   s->bbar_cut <= bios->base;
	struct findings *fs = &in->findings;
	struct finding *f;
	char where[192], sizes[256];

	if (!t->bbar || !r->read || (s->bbar_stays == TRI_NO && !reg_ok(r)))
		return; /* unread BBAR does not matter where flashrom sets it to 0 anyway */
	if (s->ich7_lpc_boot == TRI_YES)
		return; /* flashrom does not touch the SPI controller: spi.boot_straps says so */
	if (s->bbar_stays == TRI_UNKNOWN && !s->bbar_stays_why)
		return; /* HSFS itself is unknown: spi.unreadable says so */
	if (!reg_ok(r)) {
		f = add(fs, SEV_UNKNOWN, "spi.bbar");
		SAY(what, "BBAR could not be read (%s): whether it keeps flashrom from the lowest "
			  "flash addresses is unknown.", reg_reason(r));
		SAY(why, "The controller runs no cycle below BBAR, and here flashrom may not be able "
			 "to set it to 0 (%s).", s->bbar_stays_why);
		SAY(todo, "Run flashrom -p internal -V and look for \"Setting BBAR to 0x00000000 "
			  "failed!\"; without it, BBAR is not in the way.");
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		return;
	}
	if (s->bbar == 0)
		return;
	if (s->bbar_stays == TRI_NO) {
		f = add(fs, SEV_INFO, "spi.bbar");
		SAY(what, "BBAR is 0x%08x: the SPI controller runs no cycle below that flash address. "
			  "flashrom -V prints \"0x%x: 0x%08x (BBAR)\" and sets it to 0.",
		    s->bbar, t->bbar, (unsigned)r->value);
		SAY(why, "The SPI configuration is not locked (%s=0), so flashrom's write "
			 "(ichspi.c ich_set_bbar) takes and the whole flash is in reach again.",
		    t->ich7 ? "SPIS LOCK" : "FLOCKDN");
		SAY(todo, "Nothing.");
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		return;
	}
	bbar_regions(s, s->bbar_cut, where, sizeof(where));
	if (s->bbar_stays == TRI_YES && s->bbar_cut_known) {
		f = add(fs, SEV_BLOCKS, "spi.bbar");
		if (t->ich7 || s->fdv == TRI_YES)
			SAY(what, "BBAR is 0x%08x and flashrom cannot lower it: flash addresses "
				  "0x00000000-0x%08x cannot be read or written from the host%s%s%s. "
				  "flashrom prints \"Setting BBAR to 0x00000000 failed! New value: "
				  "0x%08x.\" and refuses them (\"ich_spi_send_command: Addressed region "
				  "... not in allowed range 0x%06x-...\").", s->bbar, s->bbar_cut - 1,
			    where[0] ? " (" : "", where, where[0] ? ")" : "", s->bbar, s->bbar_cut);
		else
			SAY(what, "BBAR is 0x%08x and flashrom leaves it: flash addresses "
				  "0x00000000-0x%08x (the whole chip, if it is smaller) cannot be read or "
				  "written from the host. flashrom prints nothing about BBAR here; the "
				  "cycles fail with \"Transaction error!\".", s->bbar, s->bbar - 1);
		if (t->ich7)
			SAY(why, "The firmware set BBAR and locked the SPI configuration (SPIS LOCK=1), "
				 "which holds BBAR until the next reset.");
		else
			SAY(why, "The flash descriptor is not valid, and flashrom sets BBAR to 0 only in "
				 "descriptor mode (ichspi.c init_ich_default); the controller refuses "
				 "every programmed cycle below BBAR (Intel 6-series datasheet 324645, "
				 "21.1.23).");
		if (bios_spared)
			SAY(todo, "Work on the BIOS region alone (flashrom -p internal --ifd -i bios); "
				  "for the flash below 0x%08x turn the firmware's flash protection off "
				  "or use an external programmer.", s->bbar_cut);
		else
			SAY(todo, "Use an external programmer for the flash below 0x%08x; flashrom -l "
				  "with a layout whose entries all start at or above 0x%08x still reaches "
				  "the rest.", s->bbar_cut, s->bbar_cut);
		cite(f, r, "BSF (bits 23:8)", bbar_src);
		cite(f, spi_status_reg(&in->spi_raw), t->ich7 ? "LOCK (bit 15)" : "FDV (bit 14)", hsfs_src);
		return;
	}
	f = add(fs, SEV_UNKNOWN, "spi.bbar");
	if (s->bbar_stays == TRI_YES) {
		bbar_sizes(s->bbar, s->bbar_free_upto, sizes, sizeof(sizes));
		SAY(what, "BBAR is 0x%08x and flashrom cannot lower it: flashrom prints \"Setting "
			  "BBAR to 0x00000000 failed! New value: 0x%08x.\" It keeps the chip above "
			  "BBAR, so a chip of %u KiB or less loses nothing, and a larger one its lowest "
			  "bytes (%s).", s->bbar, s->bbar, s->bbar_free_upto / 1024, sizes);
		SAY(why, "The firmware set BBAR and locked the SPI configuration (%s), which holds "
			 "BBAR until the next reset; no register read here gives the chip's size.",
		    t->ich7 ? "SPIS LOCK=1" : "FLOCKDN=1");
		SAY(todo, "Run flashrom -p internal -V: its \"Found ... flash chip ... (N kB, SPI)\" "
			  "line gives the size. Up to %u kB nothing is lost; otherwise reads and writes "
			  "below that size's limit fail (\"ich_spi_send_command: Addressed region ... "
			  "not in allowed range ...\"): use an external programmer for them.",
		    s->bbar_free_upto / 1024);
	} else {
		if (s->bbar_cut_known)
			snprintf(sizes, sizeof(sizes), "0x00000000-0x%08x%s%s", s->bbar_cut - 1,
				 where[0] ? ": " : "", where);
		else
			snprintf(sizes, sizeof(sizes), "how much of the chip that is depends on its "
				 "size, which no register read here gives");
		SAY(what, "BBAR is 0x%08x: the controller runs no cycle below that flash address "
			  "(%s). flashrom -V prints \"0x%x: 0x%08x (BBAR)\" and tries to set it to 0.",
		    s->bbar, sizes, t->bbar, (unsigned)r->value);
		SAY(why, "FLOCKDN is set. Intel's 6-series datasheet marks no lock-down for BBAR, so "
			 "flashrom's write should take, but no source confirms that for every "
			 "generation.");
		SAY(todo, "Run flashrom -p internal -V: if it prints \"Setting BBAR to 0x00000000 "
			  "failed! New value: 0x%08x.\", reads and writes below 0x%08x fail "
			  "(\"Addressed region ... not in allowed range\")%s.", s->bbar, s->bbar,
		    bios_spared ? "; --ifd -i bios still works" :
		    "; turn the firmware's flash protection off or use an external programmer");
	}
	cite(f, r, "BSF (bits 23:8)", bbar_src);
	cite(f, spi_status_reg(&in->spi_raw), t->ich7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)",
	     hsfs_src);
}

/* ---- boot BIOS straps --------------------------------------------------- */

/*
 * Where the BIOS is fetched from. On ICH7 strapped to LPC flashrom does not use the SPI
 * controller (chipset_enable.c enable_flash_ich_spi); elsewhere it still reads and writes
 * the SPI flash and only prints the strap, but the firmware that boots is not on it.
 * 100-series on: BIOS_SPI_BC BBS (bit 6) "0b: SPI, 1b: LPC/eSPI" (coreboot
 * soc/intel/common/pch/lockdown/lockdown.c; flashrom boot_straps_pch8_lp "LPC" up to the
 * 400-series, boot_straps_pch500 "eSPI" from the 500-series on; "reserved" on Apollo Lake,
 * which is left out here).
 */
static void judge_boot_straps(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct reg *gcs = &in->spi_raw.gcs;
	const struct reg *bc = &in->spi_raw.bios_cntl;
	struct findings *fs = &in->findings;
	struct finding *f;

	if (spi_gcs_strap_matters(&in->spi_raw) && !reg_ok(gcs)) {
		f = add(fs, SEV_UNKNOWN, "spi.boot_straps");
		SAY(what, "GCS could not be read (%s): whether the chipset boots from SPI or LPC is "
			  "unknown.", reg_reason(gcs));
		SAY(why, "On ICH7 strapped to LPC, flashrom does not use the SPI controller at all "
			 "(chipset_enable.c enable_flash_ich_spi).");
		SAY(todo, "Run flashrom -p internal -V and read its \"Boot BIOS Straps: 0x.\" line.");
		cite(f, gcs, "BBS (bits 11:10)", "flashrom chipset_enable.c boot_straps_ich7_nm10");
		return;
	}
	if (s->ich7_lpc_boot == TRI_YES) {
		f = add(fs, SEV_WARNING, "spi.boot_straps");
		SAY(what, "The chipset is strapped to boot from LPC (GCS BBS=3). flashrom prints "
			  "\"Boot BIOS Straps: 0x3 (LPC)\" and then probes only LPC/FWH flash chips: "
			  "it does not use the SPI controller described here.");
		SAY(why, "A strap selects where the BIOS is fetched from; flashrom does not set up "
			 "SPI on an ICH7 booting from LPC (chipset_enable.c enable_flash_ich_spi). "
			 "Laptops of that era often have an embedded controller or super I/O that "
			 "answers on LPC and holds the flash chip behind it.");
		SAY(todo, "Read flashrom -p internal -V for the LPC/FWH chip it finds; an SPI chip "
			  "behind an embedded controller needs support for that controller or an "
			  "external programmer.");
		cite(f, gcs, "BBS (bits 11:10)", "flashrom chipset_enable.c boot_straps_ich7_nm10");
		return;
	}
	if (s->layout == SPI_LAYOUT_APL || s->bc.bbs_known != TRI_YES || s->bc.bbs != 1)
		return;
	f = add(fs, SEV_INFO, "spi.boot_straps");
	SAY(what, "The BIOS is fetched over LPC/eSPI, not from the SPI flash (BIOS_SPI_BC BBS=1). "
		  "flashrom prints \"Boot BIOS Straps: 0x1 (LPC)\" (100- to 400-series) or \"(eSPI)\" "
		  "(500-series on) and still reads and writes the SPI flash.");
	SAY(why, "A strap makes the chipset boot from a device on LPC/eSPI, for example flash "
		 "shared through the embedded controller; the SPI flash may then not hold the "
		 "firmware that runs.");
	SAY(todo, "Make sure the SPI flash is the chip you mean to write before flashing it.");
	cite(f, bc, "BBS (bit 6)", "coreboot soc/intel/common/pch/lockdown/lockdown.c; flashrom "
				   "chipset_enable.c enable_flash_ich_report_gcs");
}

/* ---- BIOS_CNTL ---------------------------------------------------------- */

static const char *const bc_src = "Intel ICH9 316972 13.1.32; PCH 332690 vol. 2 BIOS_SPI_BC; "
				  "flashrom chipset_enable.c";

static void judge_bios_cntl(struct inspection *in)
{
	const struct bios_cntl *bc = &in->spi.bc;
	const struct reg *r = &in->spi_raw.bios_cntl;
	struct findings *fs = &in->findings;
	struct finding *f;
	/* flashrom prints the config offset it was given: 0xdc, 0xd8 on Tunnel Creek and
	 * Centerton, 0 for the memory-mapped BCR of Silvermont (chipset_enable.c
	 * enable_flash_ich_bios_cntl_common); "BIOS" in capitals from flashrom 1.3 on
	 * (commit 84bfddca). */
	unsigned bc_at = in->id.family->bc_via == BC_SPIBAR ? 0 : in->id.family->bc_offset;

	if (!bc->known) {
		if (!r->read)
			return;
		f = add(fs, SEV_UNKNOWN, "bios.cntl_unreadable");
		SAY(what, "BIOS_CNTL could not be read (%s): whether BIOS write protection is "
			  "armed is unknown.", reg_reason(r));
		SAY(why, "spi-inspect does not guess protection bits it could not read.");
		SAY(todo, "Run as root; if it still fails, attach the snapshot to an issue.");
		cite(f, r, "BIOS_CNTL", bc_src);
		return;
	}
	if (bc->ble == TRI_YES && bc->smm_bwp == TRI_YES) {
		f = add(fs, SEV_BLOCKS, "bios.smm_bwp");
		SAY(what, "BIOS region SMM protection is enabled (BLE=1, SMM_BWP/EISS=1): only "
			  "SMM code may write the flash. flashrom prints \"Warning: BIOS region SMM "
			  "protection is enabled!\" and \"Setting BIOS Control at 0x%x from 0x.. to "
			  "0x.. failed.\"", bc_at);
		SAY(why, "The firmware's \"SMM BIOS write protection\" (also \"BIOS Lock\" or "
			 "\"Flash Protection\") setting is on: writes from the host CPU outside SMM "
			 "are dropped whatever the descriptor allows.");
		SAY(todo, "Turn \"SMM BIOS write protection\" / \"BIOS Lock\" off in the firmware "
			  "setup, or use an external programmer.");
		firmware_advice_append(f->todo, sizeof(f->todo), in->machine.firmware,
				       PROTECTION_SMM_BWP);
		cite(f, r, bc_traits_of(in->spi_raw.bc_layout)->smm_bwp == 7
			   ? "BLE (bit 1), SMM_BWP (bit 7)" : "BLE (bit 1), SMM_BWP/EISS (bit 5)", bc_src);
	} else if (bc->ble == TRI_YES) {
		f = add(fs, SEV_WARNING, "bios.ble");
		SAY(what, "BIOS Lock Enable is set (BLE=1) without SMM_BWP: setting BIOSWE raises "
			  "an SMI, and the firmware's SMI handler decides whether writes may go on.");
		SAY(why, "Many firmwares clear BIOSWE again from SMM; flashrom then prints "
			 "\"Setting BIOS Control at 0x%x from 0x.. to 0x.. failed.\" and writes fail.",
		    bc_at);
		SAY(todo, "If flashrom reports that failure, turn \"BIOS Lock\" off in the "
			  "firmware setup; spi-inspect cannot tell without a register write, which "
			  "it never makes.");
		firmware_advice_append(f->todo, sizeof(f->todo), in->machine.firmware,
				       PROTECTION_BLE);
		cite(f, r, "BLE (bit 1)", bc_src);
	} else if (bc->ble == TRI_NO) {
		f = add(fs, SEV_OK, "bios.ble");
		SAY(what, "BIOS_CNTL does not lock BIOSWE (BLE=0): flashrom can enable BIOS writes.");
		SAY(why, "The firmware did not arm BIOS Lock.");
		SAY(todo, "Nothing.");
		cite(f, r, "BLE (bit 1)", bc_src);
	}
}

/* ---- ME ----------------------------------------------------------------- */

static void judge_me(struct inspection *in)
{
	const struct me_facts *m = &in->me;
	struct findings *fs = &in->findings;
	struct finding *f;

	if (!in->me_collected)
		return;
	if (m->presence == ME_ABSENT) {
		f = add(fs, SEV_INFO, "me.absent");
		SAY(what, "No ME interface was found at %02x:%02x.%x: %s.", in->me_raw.loc.bus,
		    in->me_raw.loc.dev, in->me_raw.loc.fn,
		    m->presence_why[0] ? m->presence_why : "the device is not there");
		SAY(why, "The ME interface is hidden by the firmware, the ME is disabled (HAP / "
			 "AltMeDisable, me_cleaner), or this platform has none.");
		SAY(todo, "Nothing for flashing; the ME region's lock is read from the SPI "
			  "registers above.");
		return;
	}
	if (m->presence == ME_PRESENCE_UNKNOWN) {
		f = add(fs, SEV_UNKNOWN, "me.unreadable");
		SAY(what, "The ME status registers could not be read: %s.",
		    m->presence_why[0] ? m->presence_why : "no source answered");
		SAY(why, "Neither PCI config space nor /sys/class/mei/*/fw_status was readable.");
		SAY(todo, "Run as root, or load the mei_me driver (modprobe mei_me) so that "
			  "fw_status appears in sysfs.");
		return;
	}
	if (!reg_ok(&m->hfsts[0])) {
		f = add(fs, SEV_UNKNOWN, "me.unreadable");
		SAY(what, "The ME interface is there, but its status register HFSTS1 could not be "
			  "read (%s): the ME's state is unknown.", reg_reason(&m->hfsts[0]));
		SAY(why, "Config space past offset 0x40 needs root, and /sys/class/mei/*/fw_status "
			 "exists only while the mei_me driver is bound.");
		SAY(todo, "Run as root, or load the mei_me driver (modprobe mei_me) so that "
			  "fw_status appears in sysfs.");
		cite(f, &m->hfsts[0], "HFSTS1", "Linux drivers/misc/mei/hw-me-regs.h (PCI_CFG_HFS_1)");
		return;
	}
	if (m->disabled) {
		f = add(fs, SEV_INFO, "me.disabled");
		SAY(what, "The ME reports a disabled state (operation mode: %s, working state: %s).",
		    m->operation_mode.known ? m->operation_mode.name : "unknown",
		    m->working_state.known ? m->working_state.name : "unknown");
		SAY(why, "It was disabled by HAP/AltMeDisable, by me_cleaner, or by a Soft "
			 "Temporary Disable message from the firmware.");
		SAY(todo, "Nothing for flashing; keep the ME region as it is when writing.");
		cite(f, &m->hfsts[0], "working state, operation mode", "coreboot cse.h; fwupd fu-intel-me.rs");
	}
	if (m->operation_mode.known && me_operation_mode_meaning(m)) {
		bool override = strstr(m->operation_mode.name, "Override") != NULL;
		const struct spi_region *me_region = in->spi.nregions > 2 ? &in->spi.regions[2] : NULL;

		f = add(fs, override ? SEV_WARNING : SEV_INFO, "me.operation_mode");
		SAY(what, "ME operation mode: %s. %s", m->operation_mode.name,
		    me_operation_mode_meaning(m));
		bool seen = me_region && me_region->known && !me_region->unused;

		if (seen && me_region->write == TRI_NO)
			SAY(why, "The SPI registers %s: the host may not write the ME region "
				 "(0x%08x-0x%08x).", override ? "disagree" : "agree",
			    me_region->base, me_region->limit);
		else if (seen && me_region->write == TRI_YES && override)
			SAY(why, "The SPI registers agree: the host may write the ME region "
				 "(0x%08x-0x%08x).", me_region->base, me_region->limit);
		else if (seen && me_region->write == TRI_YES)
			SAY(why, "Unlike what this mode usually means, the descriptor lets the host "
				 "write the ME region (0x%08x-0x%08x): the vendor left it open.",
			    me_region->base, me_region->limit);
		else
			SAY(why, "The ME region's host access could not be seen in the SPI registers.");
		SAY(todo, "%s", override ? "Write the ME region now if that is the plan, and end "
					   "the override afterwards." :
			"Keep the ME region as it is when flashing (--ifd -i bios).");
		cite(f, &m->hfsts[0], "operation mode (bits 19:16)", "coreboot cse.h; Linux mei hw-me-regs.h");
	}
	if (m->mfg_mode_applicable && m->mfg_mode == TRI_YES) {
		f = add(fs, SEV_WARNING, "me.mfg_mode");
		SAY(what, "The ME is in manufacturing mode: the platform was not closed by its vendor.");
		SAY(why, "In manufacturing mode the ME region and the fuses may still be writable, "
			 "which makes a full flash possible and is also a security risk: anyone with "
			 "root can rewrite the ME and the descriptor.");
		SAY(todo, "Use it to back up and flash the whole chip if you need to; report it to "
			  "the vendor if this is a production machine.");
		cite(f, &m->hfsts[0], "Manufacturing Mode (bit 4)", "coreboot cse.c; chipsec me_mfg_mode");
	} else if (m->mfg_mode_applicable && m->mfg_mode == TRI_NO) {
		f = add(fs, SEV_OK, "me.mfg_mode");
		SAY(what, "The ME is not in manufacturing mode.");
		SAY(why, "The vendor closed the platform at the end of manufacturing.");
		SAY(todo, "Nothing.");
		cite(f, &m->hfsts[0], "Manufacturing Mode (bit 4)", "coreboot cse.c; chipsec me_mfg_mode");
	}
	if (m->bootguard_verified == TRI_YES) {
		f = add(fs, SEV_BLOCKS, "me.bootguard_verified");
		SAY(what, "Intel Boot Guard verified boot is enabled: the CPU checks the firmware's "
			  "signature against a key fused by the vendor.");
		SAY(why, "Firmware not signed with the vendor's key (coreboot, Dasharo, Libreboot "
			 "built by you) will not start: the machine will not boot or shuts down after "
			 "a timeout.");
		SAY(todo, "Do not flash open firmware on this machine unless the port documents a "
			  "Boot Guard workaround for it; flashrom itself can still write.");
		/* HFSTS6 holds Boot Guard up to CSME 17, HFSTS5 from CSME 18 (coreboot cse.c) */
		cite(f, &m->hfsts[m->layout == ME_LAYOUT_CSME18 ? 4 : 5], "Boot Guard verified boot",
		     "coreboot cse.c; fwupd fu-intel-me.rs");
	}
}

const char *severity_name(enum severity s)
{
	static const char *const names[] = {
		[SEV_BLOCKS] = "blocks", [SEV_WARNING] = "warning", [SEV_UNKNOWN] = "unknown",
		[SEV_INFO] = "info",     [SEV_OK] = "ok",
	};
	_Static_assert(ARRAY_SIZE(names) == SEV_COUNT, "severity names out of sync");

	return (unsigned)s < SEV_COUNT ? names[s] : "unknown";
}

void judge(struct inspection *in)
{
	judge_env(in);
	judge_chipset(in);
	if (in->spi_collected && in->id.family->spibar_via != SPIBAR_NONE) {
		judge_hsfs(in);
		judge_regions(in);
		judge_prs(in);
		judge_bbar(in);
		judge_boot_straps(in);
	}
	if (in->spi_collected)
		judge_bios_cntl(in);
	judge_me(in);
	judge_verdict(in);
}
