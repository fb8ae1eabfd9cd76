/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_regions.c - region access: what the descriptor denies the host, region by region (spi.region_*). */
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/judge_internal.h"

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

void judge_regions(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	struct findings *fs = &in->findings;

	if (s->fdv != TRI_YES)
		return;
	for (unsigned i = 0; i < s->nregions; i++) {
		const struct spi_region *r = &s->regions[i];
		bool bm = spi_traits_of(s->layout)->has_bm_rap;
		const char *access_reg = bm ? "BIOS_BM_RAP/WAP" : "FRAP";
		const struct reg *access = bm ? &in->spi_raw.bm_rap : &in->spi_raw.frap;
		struct finding *f;
		char key[24];
		const char *how;

		if (!r->known || r->unused)
			continue;
		region_key(r->name, key, sizeof(key));
		if (r->read == TRI_UNKNOWN || r->write == TRI_UNKNOWN) {
			f = add(fs, SEV_UNKNOWN, "spi.region_access.%s", key);
			SAY(what, CAT_SPI_REGION_ACCESS_WHAT,
			    r->name, r->index, r->base, r->limit,
			    r->access_why ? r->access_why : "the access register could not be read");
			SAY(why, CAT_SPI_REGION_ACCESS_WHY);
			SAY(todo, CAT_SPI_REGION_ACCESS_TODO);
			cite(f, access, "region access bits", hsfs_src);
			continue;
		}
		if (r->read == TRI_YES && r->write == TRI_YES)
			continue;
		how = r->read == TRI_NO ? (r->write == TRI_NO ? "neither read nor written" : "not read")
					: "read but not written";
		f = add(fs, SEV_BLOCKS, "spi.region_locked.%s", key);
		SAY(what, CAT_SPI_REGION_LOCKED_WHAT,
		    r->name, r->index, r->base, r->limit, how, r->index,
		    flashrom_region_name(r->index), r->base, r->limit,
		    r->read == TRI_NO && r->write == TRI_NO ? "locked"
		    : r->read == TRI_NO ? "write-only" : "read-only",
		    r->read == TRI_NO ? "read" : "write", r->base);
		SAY(why, CAT_SPI_REGION_LOCKED_WHY,
		    access_reg);
		SAY(todo, CAT_SPI_REGION_LOCKED_TODO);
		cite(f, access, access == &in->spi_raw.frap ? "BRRA/BRWA (bits 7:0 / 15:8)"
							   : "bit n of BIOS_BM_RAP / BIOS_BM_WAP",
		     access == &in->spi_raw.frap ? hsfs_src
						 : "flashrom ichspi.c ich_get_bios_region_access");
		cite(f, &in->spi_raw.freg[r->index], "base/limit", hsfs_src);
	}
}
