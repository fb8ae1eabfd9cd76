/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_ident.c - identification: no devices, no bridge, not Intel, unsupported, untested, no SPI (chipset.*). */
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "report/judge_internal.h"

/* ---- chipset ------------------------------------------------------------ */

void judge_chipset(struct inspection *in)
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
