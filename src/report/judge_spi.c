/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_spi.c - the SPI controller: readable, FLOCKDN, descriptor valid, override strap (spi.*). */
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/judge_internal.h"

/* ---- SPI controller ----------------------------------------------------- */

const char *const hsfs_src =
	"Intel PCH datasheets (e.g. 332690 vol. 2, HSFSTS_CTL); flashrom ichspi.c";

/* -A dump: say what the dump lacks instead of blaming the environment. */
static void pci_dump_unreadable(const struct inspection *in, struct finding *f)
{
	if (in->pci_dump_short) {
		SAY(what, CAT_SPI_UNREADABLE_WHAT_DUMP_SHORT, in->pci_dump);
		SAY(todo, CAT_SPI_UNREADABLE_TODO_DUMP_SHORT);
		return;
	}
	SAY(what, CAT_SPI_UNREADABLE_WHAT_DUMP, in->pci_dump);
	SAY(todo, CAT_SPI_UNREADABLE_TODO_DUMP);
}

void judge_hsfs(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct reg *hsfs = spi_status_reg(&in->spi_raw);
	bool ich7 = spi_traits_of(s->layout)->ich7;
	struct findings *fs = &in->findings;
	struct finding *f;

	if (!reg_ok(hsfs)) {
		f = add(fs, SEV_UNKNOWN, "spi.unreadable");
		SAY(what, CAT_SPI_UNREADABLE_WHAT,
		    in->spi_raw.spibar_known ? reg_reason(hsfs) : in->spi_raw.spibar_why);
		SAY(why, CAT_SPI_UNREADABLE_WHY);
		SAY(todo, CAT_SPI_UNREADABLE_TODO);
		if (in->pci_dump) /* the reads came from a file: say what it lacks (inspect.h) */
			pci_dump_unreadable(in, f);
		cite(f, hsfs, hsfs->name ? hsfs->name : "HSFS", hsfs_src);
		return;
	}

	if (s->flockdn == TRI_YES) {
		f = add(fs, SEV_WARNING, "spi.flockdn");
		if (ich7) /* flashrom ichspi.c init_ich7_spi */
			SAY(what, CAT_SPI_FLOCKDN_WHAT_1);
		else
			SAY(what, CAT_SPI_FLOCKDN_WHAT_2);
		SAY(why, CAT_SPI_FLOCKDN_WHY_1);
		SAY(todo, CAT_SPI_FLOCKDN_TODO_1);
		cite(f, hsfs, ich7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)", hsfs_src);
	} else if (s->flockdn == TRI_NO) {
		f = add(fs, SEV_OK, "spi.flockdn");
		SAY(what, CAT_SPI_FLOCKDN_WHAT_3,
		    ich7 ? "SPIS LOCK" : "FLOCKDN");
		bool dlocked = false;

		for (unsigned i = 0; i < 5; i++)
			dlocked |= s->dlock_pr[i] == TRI_YES;
		if (ich7)
			SAY(why, CAT_SPI_FLOCKDN_WHY_2);
		else
			SAY(why, CAT_SPI_FLOCKDN_WHY_3,
			    dlocked ? ", except those DLOCK locks on their own (PRn_LOCKDN)" : "");
		SAY(todo, CAT_SPI_FLOCKDN_TODO_2);
		cite(f, hsfs, ich7 ? "LOCK (bit 15)" : "FLOCKDN (bit 15)", hsfs_src);
	}

	if (s->fdv == TRI_NO) {
		f = add(fs, SEV_WARNING, "spi.descriptor_invalid");
		SAY(what, CAT_SPI_DESCRIPTOR_INVALID_WHAT);
		SAY(why, CAT_SPI_DESCRIPTOR_INVALID_WHY);
		SAY(todo, CAT_SPI_DESCRIPTOR_INVALID_TODO);
		cite(f, hsfs, "FDV (bit 14)", hsfs_src);
	}
	if (s->fdopss == TRI_NO) {
		f = add(fs, SEV_WARNING, "spi.fdopss");
		SAY(what, CAT_SPI_FDOPSS_WHAT);
		SAY(why, CAT_SPI_FDOPSS_WHY);
		SAY(todo, CAT_SPI_FDOPSS_TODO);
		cite(f, hsfs, "FDOPSS (bit 13)", hsfs_src);
	}
}
