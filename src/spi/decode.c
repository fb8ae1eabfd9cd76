/* SPDX-License-Identifier: GPL-2.0-or-later */
/* decode.c - SPI register values -> facts (pure: no I/O). */
#include <string.h>

#include "spi/spi.h"

/* FREGn / PRn address fields, 4 KiB units: flashrom ich_descriptors.h ICH_FREG_BASE/
 * ICH_FREG_LIMIT (bits 14:0 and 30:16); Linux spi-intel.c FREG_BASE_MASK GENMASK(14, 0),
 * FREG_LIMIT_MASK GENMASK(30, 16), PR_BASE_MASK/PR_LIMIT_MASK the same (spi/regs.h). */
_Static_assert(FREG_RB_LO == PR_PRB_LO && FREG_RB_HI == PR_PRB_HI && FREG_RL_LO == PR_PRL_LO &&
	       FREG_RL_HI == PR_PRL_HI, "FREGn and PRn share their address fields");
static uint32_t range_base(uint64_t v)
{
	return field_get(v, FREG_RB_LO, FREG_RB_HI) << 12;
}

static uint32_t range_limit(uint64_t v)
{
	return (field_get(v, FREG_RL_LO, FREG_RL_HI) << 12) | 0xfff;
}

/* ICH7-style PBRn: base bits 11:0, limit bits 23:12, 4 KiB units of a 24-bit flash address
 * (coreboot southbridge/intel/common/spi.c ICH7_SPI_FPR_MASK 0xfff, ICH7_SPI_FPR_LIMIT_SHIFT
 * 12; the Atom E6xx datasheet 11.9.5.12 has this controller send 24 address bits). */
static uint32_t pbr_base(uint64_t v)
{
	return field_get(v, PBR_PRB_LO, PBR_PRB_HI) << 12;
}

static uint32_t pbr_limit(uint64_t v)
{
	return (field_get(v, PBR_PRL_LO, PBR_PRL_HI) << 12) | 0xfff;
}

static enum tri bit_of(uint32_t mask, unsigned i)
{
	return (mask >> i) & 1 ? TRI_YES : TRI_NO;
}

static void decode_hsfs(const struct spi_raw *raw, const struct spi_traits *t, struct spi_facts *f)
{
	const struct reg *h = &raw->hsfs;

	f->fdone = tri_bit(h, HSFS_FDONE);
	f->fcerr = tri_bit(h, HSFS_FCERR);
	f->ael = tri_bit(h, HSFS_AEL);
	f->scip = tri_bit(h, HSFS_SCIP);
	f->fdopss = tri_bit(h, HSFS_FDOPSS);
	f->fdv = tri_bit(h, HSFS_FDV);
	f->flockdn = tri_bit(h, HSFS_FLOCKDN);
	/* WRSDIS and PRR34_LOCKDN exist from Sunrise Point on (flashrom ichspi.c "Added
	 * HSFS Status bits"; coreboot fast_spi_def.h SPIBAR_HSFSTS_WRSDIS/PRR34_LOCKDN). */
	if (t->has_prr34_wrsdis) {
		f->wrsdis = tri_bit(h, HSFS_WRSDIS);
		f->prr34_lockdn = tri_bit(h, HSFS_PRR34_LOCKDN);
	}
	/* BERASE vanished with Sunrise Point (flashrom ichspi.c). */
	if (t->has_berase && reg_ok(h)) {
		f->berase_known = true;
		f->berase = field_get(h->value, HSFS_BERASE_LO, HSFS_BERASE_HI);
	}
}

static void decode_dlock(const struct spi_raw *raw, const struct spi_traits *t, struct spi_facts *f)
{
	const struct reg *d = &raw->dlock;

	if (!t->has_dlock)
		return;
	/* Bits: flashrom ichspi.c DLOCK_*_LOCKDN_OFF; coreboot fast_spi_def.h SPIBAR_DLOCK_PRnLOCKDN. */
	f->dlock_bmwag = tri_bit(d, DLOCK_BMWAG_LOCKDN);
	f->dlock_bmrag = tri_bit(d, DLOCK_BMRAG_LOCKDN);
	f->dlock_sbmwag = tri_bit(d, DLOCK_SBMWAG_LOCKDN);
	f->dlock_sbmrag = tri_bit(d, DLOCK_SBMRAG_LOCKDN);
	f->dlock_sseq = tri_bit(d, DLOCK_SSEQ_LOCKDN);
	for (unsigned i = 0; i < 5; i++)
		f->dlock_pr[i] = tri_bit(d, DLOCK_PR0_LOCKDN + i);
	/* dlock: every PR0..4 lock-down bit is set (coreboot fast_spi_pr_dlock() sets all five). */
	if (reg_ok(d))
		f->dlock = field_get(d->value, DLOCK_PR0_LOCKDN, DLOCK_PR4_LOCKDN) == 0x1f ? TRI_YES : TRI_NO;
}

static void decode_access(const struct spi_raw *raw, const struct spi_traits *t, struct spi_facts *f)
{
	if (reg_ok(&raw->frap)) {
		f->bmrag = (uint8_t)field_get(raw->frap.value, FRAP_BMRAG_LO, FRAP_BMRAG_HI);
		f->bmwag = (uint8_t)field_get(raw->frap.value, FRAP_BMWAG_LO, FRAP_BMWAG_HI);
	}
	if (t->has_bm_rap) {
		/* BIOS_BM_RAP/WAP: bit n grants the host read/write of region n, 16 regions
		 * (flashrom ichspi.c ich_get_bios_region_access, Meteor Lake on). */
		f->access_reg = "BIOS_BM_RAP/WAP";
		f->access_width = 16;
		f->access_known = reg_ok(&raw->bm_rap) && reg_ok(&raw->bm_wap);
		if (f->access_known) {
			f->brra = field_get(raw->bm_rap.value, BIOS_BM_ACCESS_LO, BIOS_BM_ACCESS_HI);
			f->brwa = field_get(raw->bm_wap.value, BIOS_BM_ACCESS_LO, BIOS_BM_ACCESS_HI);
		}
	} else {
		/* FRAP BRRA 7:0, BRWA 15:8: 8 regions (flashrom ichspi.c ICH_BRRA/ICH_BRWA;
		 * chipsec spibar0.xml FRAP). */
		f->access_reg = "FRAP";
		f->access_width = 8;
		f->access_known = reg_ok(&raw->frap);
		if (f->access_known) {
			f->brra = field_get(raw->frap.value, FRAP_BRRA_LO, FRAP_BRRA_HI);
			f->brwa = field_get(raw->frap.value, FRAP_BRWA_LO, FRAP_BRWA_HI);
		}
	}
}

static const char *const region_fallback[SPI_MAX_REGIONS] = {
	"Region 0", "Region 1", "Region 2", "Region 3", "Region 4", "Region 5", "Region 6",
	"Region 7", "Region 8", "Region 9", "Region 10", "Region 11", "Region 12", "Region 13",
	"Region 14", "Region 15",
};

static void decode_regions(const struct spi_raw *raw, const struct spi_traits *t, struct spi_facts *f)
{
	f->nregions = t->nfreg;
	for (unsigned i = 0; i < t->nfreg && i < SPI_MAX_REGIONS; i++) {
		struct spi_region *r = &f->regions[i];
		const struct reg *fr = &raw->freg[i];

		r->index = i;
		r->name = t->region_names && t->region_names[i] ? t->region_names[i]
								 : region_fallback[i];
		if (!reg_ok(fr)) {
			/* every FREGn of the layout was read, or marked REG_ENOBASE (collect.c) */
			r->access_why = reg_reason(fr);
			/* The range is unknown, the host's access is not: FRAP (or
			 * BIOS_BM_RAP/WAP) says it whatever FREGn did. */
			if (f->fdv == TRI_YES && f->access_known && i < f->access_width) {
				r->read = bit_of(f->brra, i);
				r->write = bit_of(f->brwa, i);
				r->access_from = f->access_reg;
			}
			continue;
		}
		r->known = true;
		r->base = range_base(fr->value);
		r->limit = range_limit(fr->value);
		/* Unused: base above limit (datasheets; flashrom and Linux alike), or an
		 * all-zero FREGn past FREG0, which both flashrom ("freg == 0 && i > 0")
		 * and Linux ("i > 0 && limit == 0") treat as disabled. */
		r->unused = r->base > r->limit || (i > 0 && fr->value == 0);
		if (r->unused) {
			r->access_why = "region unused (base above limit)";
			continue;
		}
		if (f->fdv == TRI_NO) {
			r->access_why = "the flash descriptor is not valid (HSFS.FDV=0): no region permissions apply";
			continue;
		}
		if (!f->access_known) {
			r->access_why = t->has_bm_rap ? "BIOS_BM_RAP/WAP could not be read"
						      : "FRAP could not be read";
			continue;
		}
		if (i >= f->access_width) {
			r->access_why = "FRAP covers regions 0-7 only (BRRA/BRWA are 8 bits): "
					"this chipset does not report host access to this region";
			continue;
		}
		r->read = bit_of(f->brra, i);
		r->write = bit_of(f->brwa, i);
		r->access_from = f->access_reg;
	}
}

static enum tri tri_or(enum tri a, enum tri b)
{
	if (a == TRI_YES || b == TRI_YES)
		return TRI_YES;
	return a == TRI_NO && b == TRI_NO ? TRI_NO : TRI_UNKNOWN;
}

/*
 * Whether PRn can still be changed before the next reset. FLOCKDN (SPIS LOCK on ICH7)
 * locks every PRn: flashrom ichspi.c init_ich_default clears PRs only while it is clear.
 * On PCH100-style controllers DLOCK PRn_LOCKDN locks PR0..4 on its own (coreboot
 * fast_spi.c fast_spi_pr_dlock: "discrete lock the FAST_SPI Protected Range (PR)
 * registers", set before FLOCKDN; flashrom ichspi.c DLOCK_PRn_LOCKDN), and HSFSTS_CTL
 * PRR34_LOCKDN locks PR3/PR4 (flashrom ichspi.c "PRR3 PRR4 Lock-Down"; coreboot
 * fast_spi_lock_bar). GPR0 is taken as locked by FLOCKDN only (flashrom clears it with
 * the PRs); no source names another lock for it.
 */
static void pr_lock(const struct spi_traits *t, const struct spi_facts *f, unsigned i,
		    struct spi_pr *p)
{
	static const char *const dlock_names[5] = {
		"DLOCK PR0_LOCKDN", "DLOCK PR1_LOCKDN", "DLOCK PR2_LOCKDN", "DLOCK PR3_LOCKDN",
		"DLOCK PR4_LOCKDN",
	};
	enum tri l = f->flockdn;

	p->locked_by = l == TRI_YES ? (t->ich7 ? "SPIS LOCK" : "FLOCKDN") : NULL;
	if (!t->has_dlock || i >= 5) {
		p->locked = l;
		return;
	}
	if (!p->locked_by && f->dlock_pr[i] == TRI_YES)
		p->locked_by = dlock_names[i];
	l = tri_or(l, f->dlock_pr[i]);
	if (i == 3 || i == 4) {
		if (!p->locked_by && f->prr34_lockdn == TRI_YES)
			p->locked_by = "PRR34_LOCKDN";
		l = tri_or(l, f->prr34_lockdn);
	}
	p->locked = l;
}

static void decode_pr(const struct spi_raw *raw, const struct spi_traits *t, struct spi_facts *f)
{
	static const char *const pr_names[SPI_MAX_PR] = { "PR0", "PR1", "PR2", "PR3", "PR4", "GPR0" };
	static const char *const pbr_names[3] = { "PBR0", "PBR1", "PBR2" };

	f->npr = t->npr;
	for (unsigned i = 0; i < t->npr && i < SPI_MAX_PR; i++) {
		struct spi_pr *p = &f->pr[i];
		const struct reg *pr = &raw->pr[i];

		p->index = i;
		p->name = t->ich7 ? pbr_names[i] : pr_names[i];
		if (!reg_ok(pr))
			continue;
		p->known = true;
		p->base = t->ich7 ? pbr_base(pr->value) : range_base(pr->value);
		p->limit = t->ich7 ? pbr_limit(pr->value) : range_limit(pr->value);
		/* WPE bit 31 on every layout; RPE bit 15 on ICH9-style and later (flashrom
		 * ichspi.c PR_WP_OFF/PR_RP_OFF; Linux spi-intel.c PR_WPE/PR_RPE). ICH7 PBRn
		 * carry only WPE (coreboot southbridge/intel/common/spi.c writes them as FPRs). */
		p->wp = tri_bit(pr, t->ich7 ? PBR_WPE : PR_WPE);
		p->rp = t->ich7 ? TRI_UNKNOWN : tri_bit(pr, PR_RPE);
		pr_lock(t, f, i, p);
		if (p->wp != TRI_YES && p->rp != TRI_YES)
			continue; /* both clear: the address bits are ignored (flashrom ichspi.c) */
		for (unsigned n = 0; n < f->nregions; n++) {
			const struct spi_region *r = &f->regions[n];

			if (r->known && !r->unused && p->base <= r->limit && r->base <= p->limit)
				p->overlaps |= 1u << n;
		}
	}
}

/* The smallest power of two above the highest flash address a region in use reaches: the
 * flash cannot be smaller. 0 when no region is known. */
static uint32_t flash_size_min(const struct spi_facts *f)
{
	uint32_t top = 0, size = 1;
	bool any = false;

	for (unsigned i = 0; i < f->nregions; i++) {
		const struct spi_region *r = &f->regions[i];

		if (r->known && !r->unused) {
			any = true;
			top = r->limit > top ? r->limit : top;
		}
	}
	if (!any)
		return 0;
	while (size - 1 < top && size < 0x80000000u)
		size <<= 1;
	return size;
}

/*
 * BBAR, Bottom of System Flash (bits 23:8): the controller runs no programmed cycle whose
 * flash address lies below it (Intel 6-series datasheet 324645, 21.1.23; flashrom ichspi.c
 * BBAR_MASK). flashrom tries to set it to 0 and reads it back (ichspi.c ich_set_bbar):
 * - ICH7-style: always (init_ich7_spi); SPIS LOCK holds it. A real log shows it: Dell
 *   OptiPlex 380, "WARNING: SPI Configuration Lockdown activated." then "Setting BBAR to
 *   0x00000000 failed! New value: 0x00e00000." (flashrom mailing list 2012-03).
 * - ICH9-style: only with a valid descriptor (init_ich_default); without one flashrom
 *   leaves BBAR alone and addresses the chip as if it were 0. With FLOCKDN set, whether
 *   the write sticks is open: the 6-series datasheet marks no lock-down for BBAR (it does
 *   for PRn, OPMENU, FRAP grants), and no public log shows either outcome.
 * What it puts out of reach: flashrom maps a chip of size S above BBAR ("BBAR may cut part
 * of the chip off at the lower end", ichspi.c ich_spi_send_command: valid base = BBAR mod
 * S), so the lowest BBAR mod S bytes fail; without a descriptor it adds no offset, so the
 * lowest BBAR bytes fail. When BBAR lies below the smallest flash the regions fit in, that
 * is BBAR itself whatever S is; otherwise it depends on S, which no register here shows,
 * and only a chip no larger than BBAR's lowest set bit is surely spared (BBAR mod S = 0).
 */
static void decode_bbar(const struct spi_raw *raw, const struct spi_traits *t, struct spi_facts *f)
{
	if (!t->bbar)
		return;
	if (t->ich7) {
		f->bbar_stays = f->ich7_lock;
		f->bbar_stays_why = "SPIS LOCK";
	} else if (f->fdv == TRI_NO) {
		f->bbar_stays = TRI_YES;
		f->bbar_stays_why = "non-descriptor mode";
	} else if (f->fdv == TRI_YES && f->flockdn == TRI_NO) {
		f->bbar_stays = TRI_NO;
	} else {
		f->bbar_stays = TRI_UNKNOWN;
		f->bbar_stays_why = f->flockdn == TRI_YES ? "FLOCKDN" : NULL;
	}
	if (!reg_ok(&raw->bbar))
		return;
	f->bbar_known = true;
	f->bbar = field_get(raw->bbar.value, BBAR_BSF_LO, BBAR_BSF_HI) << BBAR_BSF_LO;
	f->bbar_free_upto = f->bbar & (~f->bbar + 1u);
	if (f->bbar == 0 || (!t->ich7 && f->fdv == TRI_NO) || f->bbar < flash_size_min(f)) {
		f->bbar_cut_known = true;
		f->bbar_cut = f->bbar;
	}
}

void spi_decode(const struct spi_raw *raw, struct spi_facts *f)
{
	const struct spi_traits *t = spi_traits_of(raw->layout);

	memset(f, 0, sizeof(*f));
	f->layout = raw->layout;
	bios_cntl_decode(&raw->bios_cntl, raw->bc_layout, &f->bc);
	if (raw->layout == SPI_LAYOUT_NONE)
		return;
	if (t->ich7) {
		/* SPIS bit 15: SPI configuration lock-down (flashrom ichspi.c init_ich7_spi;
		 * coreboot southbridge/intel/common/spi.c SPIS_LOCK). */
		f->ich7_lock = tri_bit(&raw->spis, SPIS_LOCK);
		f->flockdn = f->ich7_lock;
		decode_pr(raw, t, f);
		decode_bbar(raw, t, f);
		spi_gcs_decode(raw, f);
		return;
	}
	decode_hsfs(raw, t, f);
	decode_dlock(raw, t, f);
	decode_access(raw, t, f);
	decode_regions(raw, t, f);
	decode_pr(raw, t, f);
	decode_bbar(raw, t, f);
	spi_gcs_decode(raw, f);
}
