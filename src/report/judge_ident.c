/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_ident.c - identification: no devices, no bridge, not Intel, unsupported, untested, no SPI (chipset.*). */
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/judge_internal.h"

/* ---- chipset ------------------------------------------------------------ */

void judge_chipset(struct inspection *in)
{
	const struct identity *id = &in->id;
	struct findings *fs = &in->findings;
	struct finding *f;

	switch (id->result) {
	case IDENT_OK:
		break;
	case IDENT_NO_DEVICES:
		f = add(fs, SEV_BLOCKS, "chipset.no_devices");
		SAY(what, CAT_CHIPSET_NO_DEVICES_WHAT);
		SAY(why, CAT_CHIPSET_NO_DEVICES_WHY);
		SAY(todo, CAT_CHIPSET_NO_DEVICES_TODO);
		return;
	case IDENT_NO_BRIDGE:
		f = add(fs, SEV_BLOCKS, "chipset.no_bridge");
		SAY(what, CAT_CHIPSET_NO_BRIDGE_WHAT);
		SAY(why, CAT_CHIPSET_NO_BRIDGE_WHY);
		SAY(todo, CAT_CHIPSET_NO_BRIDGE_TODO);
		return;
	case IDENT_NOT_INTEL:
		f = add(fs, SEV_BLOCKS, "chipset.not_intel");
		SAY(what, CAT_CHIPSET_NOT_INTEL_WHAT,
		    id->lpc.vendor, id->lpc.device, id->lpc.name[0] ? " (" : "", id->lpc.name,
		    id->lpc.name[0] ? ")" : "");
		SAY(why, CAT_CHIPSET_NOT_INTEL_WHY);
		SAY(todo, CAT_CHIPSET_NOT_INTEL_TODO);
		cite(f, &id->lpc.id, "vendor/device ID", "PCI Local Bus Specification 3.0, 6.2.1");
		return;
	case IDENT_UNSUPPORTED:
		f = add(fs, SEV_BLOCKS, "chipset.unsupported");
		SAY(what, CAT_CHIPSET_UNSUPPORTED_WHAT,
		    id->lpc.vendor, id->lpc.device, id->lpc.name[0] ? " (" : "", id->lpc.name,
		    id->lpc.name[0] ? ")" : "");
		SAY(why, CAT_CHIPSET_UNSUPPORTED_WHY);
		SAY(todo, CAT_CHIPSET_UNSUPPORTED_TODO);
		cite(f, &id->lpc.id, "vendor/device ID", "PCI Local Bus Specification 3.0, 6.2.1");
		return;
	}

	if (id->entry->status != ID_TESTED) {
		f = add(fs, SEV_INFO, "chipset.untested");
		SAY(what, CAT_CHIPSET_UNTESTED_WHAT,
		    id->family->name, id->entry->vendor, id->entry->device,
		    id_status_name(id->entry->status));
		SAY(why, CAT_CHIPSET_UNTESTED_WHY, id->entry->source);
		SAY(todo, CAT_CHIPSET_UNTESTED_TODO);
	}
	if (id->family->spibar_via == SPIBAR_NONE) {
		f = add(fs, SEV_INFO, "chipset.no_spi");
		SAY(what, CAT_CHIPSET_NO_SPI_WHAT,
		    id->family->name);
		SAY(why, CAT_CHIPSET_NO_SPI_WHY);
		SAY(todo, CAT_CHIPSET_NO_SPI_TODO);
	}
}
