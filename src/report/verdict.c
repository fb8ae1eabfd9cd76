/* SPDX-License-Identifier: GPL-2.0-or-later */
/* verdict.c - what flashrom -p internal will be able to do, and the commands to use. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "inspect.h"
#include "report/verdict.h"

/* Intel flash regions keep their index across generations: FREG1 is BIOS (flashrom ich_descriptors.c). */
#define REGION_BIOS 1

struct answer {
	enum tri v;
	int rank; /* how decisive the reason held is: NO 3, UNKNOWN 2, YES 1, none 0 */
	char *why;
	size_t size;
};

static void say(struct answer *a, enum tri v, const char *fmt, ...) PRINTF_LIKE(3, 4);

/* The first reason of the most decisive kind stays: NO beats UNKNOWN beats YES. */
static void say(struct answer *a, enum tri v, const char *fmt, ...)
{
	static const int rank[] = { [TRI_YES] = 1, [TRI_UNKNOWN] = 2, [TRI_NO] = 3 };
	va_list ap;

	if (rank[v] <= a->rank)
		return;
	a->v = v;
	a->rank = rank[v];
	va_start(ap, fmt);
	vsnprintf(a->why, a->size, fmt, ap);
	va_end(ap);
}

/* PRn covers one of the regions and protects against this access. Without regions
 * (ICH7-style, or no valid descriptor: HSFS.FDV=0) the flash is one piece. */
static bool pr_covers(const struct spi_facts *s, const struct spi_pr *p, uint32_t regions,
		      bool write)
{
	bool hits = s->nregions == 0 || s->fdv != TRI_YES || (p->overlaps & regions);

	return p->known && hits && (write ? p->wp : p->rp) == TRI_YES;
}

/*
 * Whether PRn still holds when flashrom reads or writes: ichspi.c init_ich_default clears
 * RPE/WPE of every PR while FLOCKDN is clear (ich9_set_pr), which a PR locked by DLOCK
 * PRn_LOCKDN or PRR34_LOCKDN ignores (spi/decode.c pr_lock); init_ich7_spi never touches
 * PBRn, so on ICH7-style controllers they always hold.
 */
static enum tri pr_stays(const struct spi_facts *s, const struct spi_pr *p)
{
	return s->layout == SPI_LAYOUT_ICH7 ? TRI_YES : p->locked;
}

/* A PR over these regions that flashrom cannot lift. */
static bool pr_blocks(const struct spi_facts *s, uint32_t regions, bool write)
{
	for (unsigned i = 0; i < s->npr; i++)
		if (pr_covers(s, &s->pr[i], regions, write) && pr_stays(s, &s->pr[i]) == TRI_YES)
			return true;
	return false;
}

/* Region access, for one region or (all) for every region in use. */
static void region_access(const struct spi_facts *s, struct answer *a, bool write, int only)
{
	for (unsigned i = 0; i < s->nregions; i++) {
		const struct spi_region *r = &s->regions[i];
		enum tri t = write ? r->write : r->read;

		if ((only >= 0 && (int)i != only) || (r->known && r->unused))
			continue;
		if (!r->known)
			say(a, TRI_UNKNOWN, "FREG%u could not be read", i);
		else if (t == TRI_NO)
			say(a, TRI_NO, "the descriptor denies the host %s access to the %s region "
				       "(FREG%u)", write ? "write" : "read", r->name, i);
		else if (t == TRI_UNKNOWN)
			say(a, TRI_UNKNOWN, "host %s access to the %s region is unknown",
			    write ? "write" : "read", r->name);
	}
}

static void protected_ranges(const struct spi_facts *s, struct answer *a, bool write,
			     uint32_t regions)
{
	for (unsigned i = 0; i < s->npr; i++) {
		const struct spi_pr *p = &s->pr[i];
		enum tri stays = pr_stays(s, p);

		if (!pr_covers(s, p, regions, write) || stays == TRI_NO)
			continue; /* flashrom clears an unlocked PR first (ichspi.c ich9_set_pr) */
		if (stays == TRI_UNKNOWN)
			say(a, TRI_UNKNOWN, "%s protects 0x%08x-0x%08x against %s, and whether DLOCK "
					    "locks it could not be read", p->name, p->base, p->limit,
			    write ? "writes" : "reads");
		else if (p->locked_by)
			say(a, TRI_NO, "%s protects 0x%08x-0x%08x against %s and %s keeps it",
			    p->name, p->base, p->limit, write ? "writes" : "reads", p->locked_by);
		else
			say(a, TRI_NO, "%s protects 0x%08x-0x%08x against %s (flashrom does not "
				       "clear PBRn)", p->name, p->base, p->limit,
			    write ? "writes" : "reads");
	}
}

/* Where the BIOS (or, for chip, the whole flash) starts: 0 without regions, where the chip
 * is one piece as for protected ranges. false when the BIOS region is not known. */
static bool target_base(const struct spi_facts *s, bool chip, uint32_t *base)
{
	const struct spi_region *bios = &s->regions[REGION_BIOS];

	*base = 0;
	if (chip || s->nregions == 0 || s->fdv != TRI_YES)
		return true;
	*base = bios->base;
	return bios->known && !bios->unused;
}

/* A BBAR flashrom cannot lower puts flash addresses below it out of reach (spi/decode.c
 * decode_bbar); this is that case for the BIOS region or the chip. */
static bool bbar_blocks(const struct spi_facts *s, bool chip)
{
	uint32_t base;

	return s->bbar_known && s->bbar_stays == TRI_YES && s->bbar_cut_known &&
	       target_base(s, chip, &base) && s->bbar_cut > base;
}

static void bbar(const struct spi_facts *s, struct answer *a, bool write, bool chip)
{
	const char *how = write ? "written" : "read";
	uint32_t base;

	if (!spi_traits_of(s->layout)->bbar || s->bbar_stays == TRI_NO)
		return;
	if (!s->bbar_known) {
		say(a, TRI_UNKNOWN, "BBAR could not be read, and flashrom may not be able to lower it");
		return;
	}
	if (s->bbar == 0 || !target_base(s, chip, &base))
		return;
	if (s->bbar_cut_known && s->bbar_cut <= base)
		return; /* it stops below what is asked for */
	if (bbar_blocks(s, chip))
		say(a, TRI_NO, "BBAR 0x%08x stays (%s): flash addresses below 0x%08x cannot be %s",
		    s->bbar, s->bbar_stays_why, s->bbar_cut, how);
	else if (s->bbar_stays == TRI_YES)
		say(a, TRI_UNKNOWN, "BBAR 0x%08x stays (%s), and whether it cuts into the %s depends "
				    "on the flash chip's size (up to %u KiB: it does not)", s->bbar,
		    s->bbar_stays_why, chip || base == 0 ? "chip" : "BIOS region",
		    s->bbar_free_upto / 1024);
	else
		say(a, TRI_UNKNOWN, "BBAR 0x%08x keeps flash addresses below it from being %s if "
				    "flashrom cannot lower it, which %s may prevent", s->bbar, how,
		    s->bbar_stays_why ? s->bbar_stays_why : "a lock");
}

static void bios_cntl(const struct spi_facts *s, struct answer *a)
{
	if (!s->bc.known)
		say(a, TRI_UNKNOWN, "BIOS_CNTL could not be read");
	else if (s->bc.ble == TRI_YES && s->bc.smm_bwp == TRI_YES)
		say(a, TRI_NO, "BIOS_CNTL has BLE and SMM_BWP set: only SMM may write");
	else if (s->bc.ble == TRI_YES)
		say(a, TRI_UNKNOWN, "BIOS_CNTL has BLE set: the firmware's SMI handler decides, "
				    "which only an attempt shows");
}

static void answer_all(const struct inspection *in, struct answer *a, bool write, bool chip)
{
	const struct spi_facts *s = &in->spi;
	uint32_t regions = chip ? ~0u : 1u << REGION_BIOS;

	a->v = TRI_UNKNOWN;
	a->rank = 0;
	a->why[0] = '\0';
	if (in->env.problem != ENV_OK) {
		say(a, TRI_UNKNOWN, "the registers could not be read (%s)",
		    env_problem_key(in->env.problem));
		return;
	}
	if (!in->spi_collected) {
		say(a, TRI_UNKNOWN, "no supported chipset was identified");
		return;
	}
	if (in->id.family->spibar_via == SPIBAR_NONE) {
		say(a, TRI_UNKNOWN, "there is no SPI controller to decode");
		return;
	}
	if (!reg_ok(spi_status_reg(&in->spi_raw))) {
		say(a, TRI_UNKNOWN, "%s could not be read", spi_status_reg(&in->spi_raw)->name
							      ? spi_status_reg(&in->spi_raw)->name : "HSFS");
		return;
	}
	if (s->ich7_lpc_boot == TRI_YES) {
		/* flashrom chipset_enable.c enable_flash_ich_spi: no SPI on ICH7 strapped to LPC */
		say(a, TRI_UNKNOWN, "the chipset boots from LPC (GCS BBS=3): flashrom probes only "
				    "LPC/FWH chips and leaves the SPI controller alone");
		return;
	}
	if (spi_gcs_strap_matters(&in->spi_raw) && s->ich7_lpc_boot == TRI_UNKNOWN)
		say(a, TRI_UNKNOWN, "GCS could not be read: whether flashrom uses the SPI controller "
				    "at all (not when the chipset boots from LPC) is unknown");
	if (s->fdv == TRI_YES && s->fdopss != TRI_NO)
		region_access(s, a, write, chip ? -1 : REGION_BIOS);
	protected_ranges(s, a, write, regions);
	if (write)
		bios_cntl(s, a);
	bbar(s, a, write, chip);
	say(a, TRI_YES, s->fdopss == TRI_NO ? "the descriptor override strap opens every region"
			: s->layout == SPI_LAYOUT_ICH7 ? "the ICH7-style controller has no regions: the chip is one piece"
			: s->fdv == TRI_NO ? "non-descriptor mode: the chip is one piece"
			: "nothing the tool can see stands in the way");
}

static void command(struct verdict *v, const char *cmd)
{
	if (v->ncommands < ARRAY_SIZE(v->commands))
		snprintf(v->commands[v->ncommands++], sizeof(v->commands[0]), "%s", cmd);
}

static enum exit_code check_code(const struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	if (inspection_exit_code(in) != EXIT_OK)
		return inspection_exit_code(in);
	if (in->verdict.bios_write == TRI_YES)
		return EXIT_OK;
	if (s->ich7_lpc_boot == TRI_YES)
		return EXIT_CHECK_UNKNOWN; /* the LPC/FWH chip flashrom uses is not decoded here */
	if (s->regions[REGION_BIOS].write == TRI_NO && s->fdopss != TRI_NO)
		return EXIT_CHECK_BIOS_RO;
	if (pr_blocks(s, 1u << REGION_BIOS, true))
		return EXIT_CHECK_PROTECTED;
	if (bbar_blocks(s, false))
		return EXIT_CHECK_BBAR;
	if (s->bc.ble == TRI_YES && s->bc.smm_bwp == TRI_YES)
		return EXIT_CHECK_SMM_BWP;
	if (s->bc.ble == TRI_YES)
		return EXIT_CHECK_BLE;
	return EXIT_CHECK_UNKNOWN;
}

void judge_verdict(struct inspection *in)
{
	struct verdict *v = &in->verdict;
	struct answer br = { .why = v->bios_read_why, .size = sizeof(v->bios_read_why) };
	struct answer bw = { .why = v->bios_write_why, .size = sizeof(v->bios_write_why) };
	struct answer cr = { .why = v->chip_read_why, .size = sizeof(v->chip_read_why) };
	struct answer cw = { .why = v->chip_write_why, .size = sizeof(v->chip_write_why) };

	answer_all(in, &br, false, false);
	answer_all(in, &bw, true, false);
	answer_all(in, &cr, false, true);
	answer_all(in, &cw, true, true);
	v->bios_read = br.v;
	v->bios_write = bw.v;
	v->chip_read = cr.v;
	v->chip_write = cw.v;

	v->ncommands = 0;
	if (v->chip_read == TRI_YES)
		command(v, "flashrom -p internal -r backup.rom");
	else if (v->bios_read == TRI_YES)
		command(v, "flashrom -p internal --ifd -i bios -r bios-backup.rom");
	if (v->chip_write == TRI_YES)
		command(v, "flashrom -p internal -w coreboot.rom");
	else if (v->bios_write == TRI_YES)
		command(v, "flashrom -p internal --ifd -i bios -w coreboot.rom --noverify-all");
	v->check_code = check_code(in);
}
