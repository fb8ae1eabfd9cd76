/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_prs.c - protected ranges: which hold when flashrom runs, and what they cover (spi.protected_range.*). */
#include <stdio.h>
#include <string.h>

#include "inspect.h"
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
		else
			SAY(todo, "Nothing, unless the firmware's SMM code re-arms it: then turn the "
				  "firmware's flash protection setting off.");
		cite(f, &in->spi_raw.pr[p->index], ich7 ? "PRB/PRL/WPE" : "PRB/PRL/WPE/RPE", hsfs_src);
		if (spi_traits_of(s->layout)->has_dlock && p->index < 5 &&
		    (stays != TRI_YES || s->dlock_pr[p->index] == TRI_YES))
			cite(f, &in->spi_raw.dlock, "PRn_LOCKDN (bits 12:8)",
			     "flashrom ichspi.c DLOCK_*; coreboot fast_spi_def.h SPIBAR_DLOCK_*");
	}
}
