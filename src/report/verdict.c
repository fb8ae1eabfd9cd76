/* SPDX-License-Identifier: GPL-2.0-or-later */
/* verdict.c - what flashrom -p internal will be able to do, per region and in sum, and why. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/verdict.h"

/* Intel flash regions keep their index across generations: FREG1 is BIOS (flashrom ich_descriptors.c). */
#define REGION_BIOS 1

/* What is asked about: one region, or the whole chip (region < 0). */
struct target {
	int region;
	bool write;
	uint32_t mask;  /* the regions it spans */
};

/* An answer being made: the most decisive reason, and what flashrom will lift. */
struct answer {
	enum tri v;
	int rank;       /* how decisive the reason held is: NO 3, UNKNOWN 2, YES 1, none 0 */
	bool partly;    /* NO for part of the target only */
	char why[320];
	char lifted[300];
};

static void say(struct answer *a, enum tri v, bool partly, const char *fmt, ...) PRINTF_LIKE(4, 5);

/* The first reason of the most decisive kind stays: NO beats UNKNOWN beats YES. A NO is
 * partial only while every NO said covers part of the target. */
static void say(struct answer *a, enum tri v, bool partly, const char *fmt, ...)
{
	static const int rank[] = { [TRI_YES] = 1, [TRI_UNKNOWN] = 2, [TRI_NO] = 3 };
	va_list ap;

	if (v == TRI_NO && a->v == TRI_NO && a->rank)
		a->partly = a->partly && partly;
	if (rank[v] <= a->rank)
		return;
	a->v = v;
	a->rank = rank[v];
	a->partly = v == TRI_NO && partly;
	va_start(ap, fmt);
	vsnprintf(a->why, sizeof(a->why), fmt, ap);
	va_end(ap);
}

static void lift(struct answer *a, const char *fmt, ...) PRINTF_LIKE(2, 3);

/* Something that stands in the way now and that flashrom removes first: said with the
 * answer, so that the hardware's state and flashrom's outcome are both in one place. */
static void lift(struct answer *a, const char *fmt, ...)
{
	size_t len = strlen(a->lifted);
	va_list ap;

	if (len + 3 >= sizeof(a->lifted))
		return;
	if (len) {
		memcpy(a->lifted + len, "; ", 3);
		len += 2;
	}
	va_start(ap, fmt);
	vsnprintf(a->lifted + len, sizeof(a->lifted) - len, fmt, ap);
	va_end(ap);
}

/* Without regions (ICH7-style, or no valid descriptor: HSFS.FDV=0) the flash is one piece. */
static bool one_piece(const struct spi_facts *s)
{
	return s->nregions == 0 || s->fdv != TRI_YES;
}

/* The flash addresses of the target; false when they are not known. */
static bool target_range(const struct spi_facts *s, const struct target *t, uint32_t *base,
			 uint32_t *limit)
{
	const struct spi_region *r;

	*base = 0;
	*limit = UINT32_MAX;
	if (t->region < 0 || one_piece(s))
		return true;
	r = &s->regions[t->region];
	*base = r->base;
	*limit = r->limit;
	return r->known && !r->unused;
}

/* PRn protects against this access and lies over the target. */
static bool pr_covers(const struct spi_facts *s, const struct spi_pr *p, const struct target *t)
{
	bool hits = one_piece(s) || (p->overlaps & t->mask);

	return p->known && hits && (t->write ? p->wp : p->rp) == TRI_YES;
}

/* PRn covers only part of the target. */
static bool pr_partial(const struct spi_facts *s, const struct spi_pr *p, const struct target *t)
{
	uint32_t base, limit;

	return target_range(s, t, &base, &limit) && (p->base > base || p->limit < limit);
}

/*
 * Whether PRn still holds when flashrom reads or writes: ichspi.c init_ich_default clears
 * RPE/WPE of every PR while FLOCKDN is clear (ich9_set_pr), which a PR locked by DLOCK
 * PRn_LOCKDN or PRR34_LOCKDN ignores (spi/decode.c pr_lock); init_ich7_spi never touches
 * PBRn, so on ICH7-style controllers they always hold.
 */
static enum tri pr_stays(const struct spi_facts *s, const struct spi_pr *p)
{
	return spi_traits_of(s->layout)->ich7 ? TRI_YES : p->locked;
}

/* A PR over the target that flashrom cannot lift. */
static bool pr_blocks(const struct spi_facts *s, const struct target *t)
{
	for (unsigned i = 0; i < s->npr; i++)
		if (pr_covers(s, &s->pr[i], t) && pr_stays(s, &s->pr[i]) == TRI_YES)
			return true;
	return false;
}

/* "FRAP BRWA bit 2" or "BIOS_BM_WAP bit 2": the bit that grants the host this access. */
static void grant_bit(const struct spi_facts *s, unsigned i, bool write, char *out, size_t size)
{
	if (spi_traits_of(s->layout)->has_bm_rap)
		snprintf(out, size, "%s bit %u", write ? "BIOS_BM_WAP" : "BIOS_BM_RAP", i);
	else
		snprintf(out, size, "FRAP %s bit %u", write ? "BRWA" : "BRRA", i);
}

/* The descriptor's grant, for one region or (chip) every region in use. */
static void region_access(const struct spi_facts *s, struct answer *a, const struct target *t)
{
	const char *how = t->write ? "write" : "read";

	for (unsigned i = 0; i < s->nregions; i++) {
		const struct spi_region *r = &s->regions[i];
		enum tri grant = t->write ? r->write : r->read;
		char bit[32];

		if (!(t->mask & (1u << i)) || (r->known && r->unused))
			continue;
		grant_bit(s, i, t->write, bit, sizeof(bit));
		if (grant == TRI_NO && s->fdopss == TRI_NO)
			/* HSFS.FDOPSS=0: the master section is not enforced (flashrom ichspi.c:
			 * "Restrictions implied by the Master Section of the flash descriptor
			 * are NOT in effect") */
			lift(a, "the descriptor denies the host %s access to the %s region (%s "
				"clear), but the override strap is set (FDOPSS=0), so the chipset "
				"does not enforce it", how, r->name, bit);
		else if (grant == TRI_NO)
			say(a, TRI_NO, false, "the descriptor denies the host %s access to the %s "
					      "region (FREG%u)", how, r->name, i);
		else if (!r->known && grant == TRI_UNKNOWN)
			say(a, TRI_UNKNOWN, false, "FREG%u could not be read (%s)", i,
			    r->access_why ? r->access_why : "no reason recorded");
		else if (!r->known)
			say(a, TRI_UNKNOWN, false, "FREG%u could not be read (%s): the descriptor "
						   "lets the host %s the %s region (%s set), but its "
						   "range, and so the protected ranges over it, are "
						   "unknown", i, r->access_why ? r->access_why : "no "
						   "reason recorded", how, r->name, bit);
		else if (grant == TRI_UNKNOWN)
			say(a, TRI_UNKNOWN, false, "host %s access to the %s region is unknown (%s)",
			    how, r->name, r->access_why ? r->access_why : "not read");
	}
}

static void protected_ranges(const struct spi_facts *s, struct answer *a, const struct target *t)
{
	const char *against = t->write ? "writes" : "reads";

	for (unsigned i = 0; i < s->npr; i++) {
		const struct spi_pr *p = &s->pr[i];
		enum tri stays = pr_stays(s, p);
		bool part = pr_partial(s, p, t);

		if (!pr_covers(s, p, t))
			continue;
		if (stays == TRI_NO)
			/* flashrom clears an unlocked PR first (ichspi.c ich9_set_pr) */
			lift(a, "%s protects 0x%08x-0x%08x against %s, but nothing locks it, so "
				"flashrom clears it first", p->name, p->base, p->limit, against);
		else if (stays == TRI_UNKNOWN)
			say(a, TRI_UNKNOWN, false, "%s protects 0x%08x-0x%08x against %s, and whether "
						   "DLOCK locks it could not be read", p->name,
			    p->base, p->limit, against);
		else if (p->locked_by)
			say(a, TRI_NO, part, "%s protects 0x%08x-0x%08x against %s and %s keeps it",
			    p->name, p->base, p->limit, against, p->locked_by);
		else
			say(a, TRI_NO, part, "%s protects 0x%08x-0x%08x against %s (flashrom does not "
					     "clear PBRn)", p->name, p->base, p->limit, against);
	}
}

/* A BBAR flashrom cannot lower puts flash addresses below it out of reach (spi/decode.c
 * decode_bbar): NO over the target when it cuts into it. */
static bool bbar_blocks(const struct spi_facts *s, const struct target *t)
{
	uint32_t base, limit;

	return s->bbar_known && s->bbar_stays == TRI_YES && s->bbar_cut_known &&
	       target_range(s, t, &base, &limit) && s->bbar_cut > base;
}

static void bbar(const struct spi_facts *s, struct answer *a, const struct target *t)
{
	const char *how = t->write ? "written" : "read";
	uint32_t base, limit;

	if (!spi_traits_of(s->layout)->bbar || s->bbar_stays == TRI_NO)
		return;
	if (!s->bbar_known) {
		say(a, TRI_UNKNOWN, false, "BBAR could not be read, and flashrom may not be able "
					   "to lower it");
		return;
	}
	if (s->bbar == 0 || !target_range(s, t, &base, &limit))
		return;
	if (s->bbar_cut_known && s->bbar_cut <= base)
		return; /* it stops below what is asked for */
	if (bbar_blocks(s, t))
		say(a, TRI_NO, s->bbar_cut <= limit, "BBAR 0x%08x stays (%s): flash addresses "
						     "below 0x%08x cannot be %s", s->bbar,
		    s->bbar_stays_why, s->bbar_cut, how);
	else if (s->bbar_stays == TRI_YES)
		say(a, TRI_UNKNOWN, false, "BBAR 0x%08x stays (%s), and whether it cuts into the "
					   "%s depends on the flash chip's size (up to %u KiB: it "
					   "does not)", s->bbar, s->bbar_stays_why,
		    t->region < 0 || base == 0 ? "chip" : "BIOS region", s->bbar_free_upto / 1024);
	else
		say(a, TRI_UNKNOWN, false, "BBAR 0x%08x keeps flash addresses below it from being "
					   "%s if flashrom cannot lower it, which %s may prevent",
		    s->bbar, how, s->bbar_stays_why ? s->bbar_stays_why : "a lock");
}

/* BIOS_CNTL guards host writes to the BIOS region (the whole flash without regions). */
static void bios_cntl(const struct spi_facts *s, struct answer *a)
{
	const struct bios_cntl *bc = &s->bc;

	if (!bc->known)
		say(a, TRI_UNKNOWN, false, "BIOS_CNTL could not be read");
	else if (bc->ble == TRI_YES && bc->smm_bwp == TRI_YES)
		say(a, TRI_NO, false, "BIOS_CNTL has BLE and SMM_BWP set: only SMM may write");
	else if (bc->ble == TRI_YES)
		say(a, TRI_UNKNOWN, false, "BIOS_CNTL has BLE set: the firmware's SMI handler "
					   "decides, which only an attempt shows");
	else if (bc->ble == TRI_NO && bc->bioswe == TRI_NO)
		/* flashrom chipset_enable.c enable_flash_ich_bios_cntl_common sets BIOSWE */
		lift(a, "BIOS_CNTL has BIOSWE and BLE clear, so flashrom sets BIOSWE");
}

static void answer(const struct inspection *in, const struct target *t, struct answer *a)
{
	const struct spi_facts *s = &in->spi;
	const struct reg *status = spi_status_reg(&in->spi_raw);

	memset(a, 0, sizeof(*a));
	a->v = TRI_UNKNOWN;
	if (in->env.problem != ENV_OK) {
		say(a, TRI_UNKNOWN, false, "the registers could not be read (%s)",
		    env_problem_words(in->env.problem));
		return;
	}
	if (!in->spi_collected) {
		say(a, TRI_UNKNOWN, false, "no supported chipset was identified");
		return;
	}
	if (in->id.family->spibar_via == SPIBAR_NONE) {
		say(a, TRI_UNKNOWN, false, "there is no SPI controller to decode");
		return;
	}
	if (!reg_ok(status)) {
		say(a, TRI_UNKNOWN, false, "%s could not be read (%s)",
		    status->name ? status->name : "HSFS",
		    in->spi_raw.spibar_known ? reg_reason(status) : in->spi_raw.spibar_why);
		return;
	}
	if (s->ich7_lpc_boot == TRI_YES) {
		/* flashrom chipset_enable.c enable_flash_ich_spi: no SPI on ICH7 strapped to LPC */
		say(a, TRI_UNKNOWN, false, "the chipset boots from LPC (GCS BBS=3): flashrom probes "
					   "only LPC/FWH chips and leaves the SPI controller alone");
		return;
	}
	if (spi_gcs_strap_matters(&in->spi_raw) && s->ich7_lpc_boot == TRI_UNKNOWN)
		say(a, TRI_UNKNOWN, false, "GCS could not be read: whether flashrom uses the SPI "
					   "controller at all (not when the chipset boots from LPC) "
					   "is unknown");
	if (s->fdv == TRI_YES)
		region_access(s, a, t);
	protected_ranges(s, a, t);
	if (t->write && (t->region < 0 || t->region == REGION_BIOS || one_piece(s)))
		bios_cntl(s, a);
	bbar(s, a, t);
	say(a, TRI_YES, false, "%s",
	    s->fdopss == TRI_NO ? "the descriptor override strap opens every region"
	    : spi_traits_of(s->layout)->ich7 ? "the ICH7-style controller has no regions: the chip is one piece"
	    : s->fdv == TRI_NO ? "non-descriptor mode: the chip is one piece"
	    : "nothing the tool can see stands in the way");
}

/* The answer as the renderers get it: value, then reason with what flashrom lifts. */
static void finish(const struct answer *a, struct access_answer *out)
{
	out->v = a->v == TRI_YES ? ACCESS_YES : a->v == TRI_UNKNOWN ? ACCESS_UNKNOWN
		 : a->partly ? ACCESS_PARTLY : ACCESS_NO;
	out->differs = a->lifted[0] && a->v != TRI_NO;
	if (out->differs)
		snprintf(out->why, sizeof(out->why), "%s (%s)", a->why, a->lifted);
	else
		snprintf(out->why, sizeof(out->why), "%s", a->why);
}

static void judge_one(const struct inspection *in, int region, bool write,
		      struct access_answer *out)
{
	struct target t = { .region = region, .write = write,
			    .mask = region < 0 ? ~0u : 1u << region };
	struct answer a;

	answer(in, &t, &a);
	if (region < 0)
		a.partly = false; /* a whole-chip read or write fails whole (flashrom aborts it) */
	finish(&a, out);
}

static void command(struct verdict *v, const char *cmd)
{
	if (v->ncommands < ARRAY_SIZE(v->commands))
		snprintf(v->commands[v->ncommands++], sizeof(v->commands[0]), "%s", cmd);
}

/* What stopped the run: the environment, then the identification, then the SPI reads. */
static enum run_failure run_failure(const struct inspection *in)
{
	static const enum run_failure by_env[] = {
		[ENV_OK] = RUN_OK,
		[ENV_NOT_ROOT] = RUN_NOT_ROOT,
		[ENV_LOCKDOWN] = RUN_LOCKDOWN,
		[ENV_DEVMEM_STRICT] = RUN_DEVMEM_STRICT,
	};
	static const enum run_failure by_ident[] = {
		[IDENT_OK] = RUN_OK,
		[IDENT_NO_DEVICES] = RUN_NO_DEVICES,
		[IDENT_NO_BRIDGE] = RUN_NO_BRIDGE,
		[IDENT_NOT_INTEL] = RUN_NOT_INTEL,
		[IDENT_UNSUPPORTED] = RUN_UNSUPPORTED,
	};

	if (in->env.problem != ENV_OK)
		return by_env[in->env.problem];
	if (in->id.result != IDENT_OK)
		return by_ident[in->id.result];
	if (in->id.family->spibar_via != SPIBAR_NONE && !in->spi_raw.spibar_known)
		return RUN_SPI_UNREADABLE;
	/* An lspci dump holds config space only: SPIBAR is known, its registers are not. */
	if (in->pci_dump && in->id.family->spibar_via != SPIBAR_NONE &&
	    !reg_ok(spi_status_reg(&in->spi_raw)))
		return RUN_SPI_UNREADABLE;
	return RUN_OK;
}

/*
 * --me-status answers about the ME alone: an ME status read (or an ME known to be absent)
 * is an answer whatever the SPI registers did; otherwise the environment or the
 * identification says why there is none.
 */
static enum run_failure me_failure(const struct inspection *in)
{
	const struct me_facts *m = &in->me;

	if (in->me_collected && (m->presence == ME_ABSENT || reg_ok(&m->hfsts[0])))
		return RUN_OK;
	if (in->env.problem != ENV_OK || in->id.result != IDENT_OK)
		return run_failure(in);
	return RUN_OK;
}

static enum exit_code check_code(const struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	const struct verdict *v = &in->verdict;
	const struct target bios = { .region = REGION_BIOS, .write = true, .mask = 1u << REGION_BIOS };

	if (v->exit_code != EXIT_OK)
		return v->exit_code;
	if (v->bios_write == TRI_YES)
		return EXIT_OK;
	if (s->ich7_lpc_boot == TRI_YES)
		return EXIT_CHECK_UNKNOWN; /* the LPC/FWH chip flashrom uses is not decoded here */
	if (s->regions[REGION_BIOS].write == TRI_NO && s->fdopss != TRI_NO)
		return EXIT_CHECK_BIOS_RO;
	if (pr_blocks(s, &bios))
		return EXIT_CHECK_PROTECTED;
	if (bbar_blocks(s, &bios))
		return EXIT_CHECK_BBAR;
	if (s->bc.ble == TRI_YES && s->bc.smm_bwp == TRI_YES)
		return EXIT_CHECK_SMM_BWP;
	if (s->bc.ble == TRI_YES)
		return EXIT_CHECK_BLE;
	return EXIT_CHECK_UNKNOWN;
}

static void summary_answer(const struct access_answer *a, enum tri *v, char *why, size_t size)
{
	*v = access_tri(a->v);
	snprintf(why, size, "%s", a->why);
}

void judge_verdict(struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	struct verdict *v = &in->verdict;
	struct region_answer bios;

	for (unsigned i = 0; i < s->nregions && i < SPI_MAX_REGIONS; i++) {
		struct region_answer *r = &v->regions[i];

		memset(r, 0, sizeof(*r));
		r->judged = !(s->regions[i].known && s->regions[i].unused);
		judge_one(in, (int)i, false, &r->read);
		judge_one(in, (int)i, true, &r->write);
	}
	/* The BIOS region's row is the summary's answer, the same struct where there are
	 * regions; without them the "BIOS region" is the chip, judged the same way. */
	if (!one_piece(s) && s->nregions > REGION_BIOS)
		bios = v->regions[REGION_BIOS];
	else {
		judge_one(in, REGION_BIOS, false, &bios.read);
		judge_one(in, REGION_BIOS, true, &bios.write);
	}
	summary_answer(&bios.read, &v->bios_read, v->bios_read_why, sizeof(v->bios_read_why));
	summary_answer(&bios.write, &v->bios_write, v->bios_write_why, sizeof(v->bios_write_why));
	{
		struct access_answer cr, cw;

		judge_one(in, -1, false, &cr);
		judge_one(in, -1, true, &cw);
		summary_answer(&cr, &v->chip_read, v->chip_read_why, sizeof(v->chip_read_why));
		summary_answer(&cw, &v->chip_write, v->chip_write_why, sizeof(v->chip_write_why));
	}

	v->ncommands = 0;
	if (v->chip_read == TRI_YES)
		command(v, "flashrom -p internal -r backup.rom");
	else if (v->bios_read == TRI_YES)
		command(v, "flashrom -p internal --ifd -i bios -r bios-backup.rom");
	if (v->chip_write == TRI_YES)
		command(v, "flashrom -p internal -w coreboot.rom");
	else if (v->bios_write == TRI_YES)
		command(v, "flashrom -p internal --ifd -i bios -w coreboot.rom --noverify-all");
	v->failure = run_failure(in);
	v->exit_code = run_failure_exit_code(v->failure);
	v->me_failure = me_failure(in);
	v->me_exit_code = run_failure_exit_code(v->me_failure);
	v->check_code = check_code(in);
}

void region_answer_why(const struct region_answer *a, char *out, size_t size)
{
	bool rd = a->read.v != ACCESS_YES || a->read.differs;
	bool wr = a->write.v != ACCESS_YES || a->write.differs;

	out[0] = '\0';
	if (rd && wr && strcmp(a->read.why, a->write.why) == 0)
		snprintf(out, size, "%s", a->read.why);
	else if (rd && wr)
		snprintf(out, size, "read: %s; write: %s", a->read.why, a->write.why);
	else if (rd)
		snprintf(out, size, "read: %s", a->read.why);
	else if (wr)
		snprintf(out, size, "write: %s", a->write.why);
}

const char *access_name(enum access a)
{
	static const char *const names[] = {
		[ACCESS_YES] = "yes", [ACCESS_NO] = "no", [ACCESS_PARTLY] = "partly",
		[ACCESS_UNKNOWN] = "unknown",
	};
	_Static_assert(ARRAY_SIZE(names) == ACCESS_COUNT, "access names out of sync");

	return (unsigned)a < ACCESS_COUNT ? names[a] : "unknown";
}

enum tri access_tri(enum access a)
{
	return a == ACCESS_YES ? TRI_YES : a == ACCESS_UNKNOWN ? TRI_UNKNOWN : TRI_NO;
}
