/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_prs.c - protected ranges: which hold when flashrom runs, and what they cover (spi.protected_range.*). */
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/firmware_advice.h"
#include "report/judge_internal.h"

void judge_prs(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	struct findings *fs = &in->findings;
	bool ich7 = spi_traits_of(s->layout)->ich7;

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
			SAY(what, CAT_SPI_PROTECTED_RANGE_WHAT_1,
			    p->name, p->base, p->limit, against, over_bios ? " inside the BIOS region" : "",
			    p->name);
		else
			SAY(what, CAT_SPI_PROTECTED_RANGE_WHAT_2,
			    p->name, p->base, p->limit, against, over_bios ? " inside the BIOS region" : "",
			    p->name, p->base, p->limit,
			    p->wp == TRI_YES && p->rp == TRI_YES ? "locked"
			    : p->wp == TRI_YES ? "read-only" : "write-only");
		if (stays == TRI_YES && p->locked_by)
			SAY(why, CAT_SPI_PROTECTED_RANGE_WHY_1, p->locked_by);
		else if (stays == TRI_YES)
			SAY(why, CAT_SPI_PROTECTED_RANGE_WHY_2, p->wp == TRI_YES ? "writes" : "reads");
		else if (stays == TRI_NO)
			SAY(why, CAT_SPI_PROTECTED_RANGE_WHY_3, spi_traits_of(s->layout)->has_dlock && p->index < 5
					    ? ", DLOCK lock bit clear" : "");
		else
			SAY(why, CAT_SPI_PROTECTED_RANGE_WHY_4, p->name,
			    reg_reason(&in->spi_raw.dlock));
		if (stays == TRI_UNKNOWN)
			SAY(todo, CAT_SPI_PROTECTED_RANGE_TODO_1, p->name);
		else if (stays == TRI_YES && over_bios)
			SAY(todo, CAT_SPI_PROTECTED_RANGE_TODO_2);
		else if (stays == TRI_YES)
			SAY(todo, CAT_SPI_PROTECTED_RANGE_TODO_3,
			    p->base, p->limit);
		else
			SAY(todo, CAT_SPI_PROTECTED_RANGE_TODO_4);
		if (stays == TRI_YES) /* the firmware's own name for the setting (machine.h) */
			firmware_advice_append(f->todo, sizeof(f->todo), in->machine.firmware,
					       PROTECTION_PRX);
		cite(f, &in->spi_raw.pr[p->index], ich7 ? "PRB/PRL/WPE" : "PRB/PRL/WPE/RPE", hsfs_src);
		if (spi_traits_of(s->layout)->has_dlock && p->index < 5 &&
		    (stays != TRI_YES || s->dlock_pr[p->index] == TRI_YES))
			cite(f, &in->spi_raw.dlock, "PRn_LOCKDN (bits 12:8)",
			     "flashrom ichspi.c DLOCK_*; coreboot fast_spi_def.h SPIBAR_DLOCK_*");
	}
}
