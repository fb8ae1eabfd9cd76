/* SPDX-License-Identifier: GPL-2.0-or-later */
/* plan_commands.c - one flashrom write command judged: works, fails (and how), or wrong bytes. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report/plan_int.h"

/*
 * The checks run in the order flashrom 1.3.0 makes them (cli_classic.c main(), then
 * flashrom.c flashrom_image_write(); order checked with its dummy programmer, see
 * tests/plan-flashrom.sh): the layout source (--ifd reads the chip's descriptor,
 * --fmap the chip's FMAP), the names given with -i, the file's size, overlapping -i
 * regions, then reading the old contents and writing, where the chipset's locks act.
 * The first failure is the one flashrom prints.
 */

static bool judged(const struct plan_command *cmd)
{
	return cmd->outcome == PLAN_FAILS;
}

static void verdict(struct plan_command *cmd, enum plan_outcome o, enum plan_cause cause,
		    uint32_t base, uint32_t limit, bool range, const char *fmt, ...) PRINTF_LIKE(7, 8);

/* Keeps the most decisive outcome: fails, then wrong bytes, then unknown; the first of each. */
static void verdict(struct plan_command *cmd, enum plan_outcome o, enum plan_cause cause,
		    uint32_t base, uint32_t limit, bool range, const char *fmt, ...)
{
	static const int rank[PLAN_OUTCOME_COUNT] = {
		[PLAN_WORKS] = 0, [PLAN_UNKNOWN] = 1, [PLAN_WRONG_BYTES] = 2, [PLAN_FAILS] = 3,
	};
	va_list ap;

	if (cmd->cause != CAUSE_NONE && rank[o] <= rank[cmd->outcome])
		return;
	cmd->outcome = o;
	cmd->cause = cause;
	cmd->range_known = range;
	cmd->range_base = base;
	cmd->range_limit = limit;
	va_start(ap, fmt);
	vsnprintf(cmd->why, sizeof(cmd->why), fmt, ap);
	va_end(ap);
}

#define SAYS(...) snprintf(cmd->flashrom_says, sizeof(cmd->flashrom_says), __VA_ARGS__)

static bool intersect(uint32_t b1, uint32_t l1, uint32_t b2, uint32_t l2, uint32_t *b, uint32_t *l)
{
	if (b1 > l2 || b2 > l1)
		return false;
	*b = b1 > b2 ? b1 : b2;
	*l = l1 < l2 ? l1 : l2;
	return true;
}

/* --ifd: flashrom reads the chip's descriptor; without one (HSFS.FDV=0) there is no layout. */
static void layout_source(const struct plan_ctx *c, struct plan_command *cmd, bool ifd, bool fmap)
{
	if (ifd && c->m && c->m->spi.fdv == TRI_NO) {
		verdict(cmd, PLAN_FAILS, CAUSE_NO_LAYOUT, 0, 0, false,
			"--ifd reads the layout from the chip's descriptor, and the machine runs in "
			"non-descriptor mode (HSFS.FDV=0)");
		SAYS("Failed to read IFD (flashrom finds no descriptor on the chip)");
	}
	if (!fmap)
		return;
	if (c->chip_fmap_absent) {
		verdict(cmd, PLAN_FAILS, CAUSE_NO_LAYOUT, 0, 0, false,
			"--fmap reads the layout from an FMAP on the chip, and the backup of the "
			"chip holds none");
		SAYS("Failed to read fmap from ROM.");
	} else if (!c->chip_fmap)
		verdict(cmd, PLAN_UNKNOWN, CAUSE_UNKNOWN, 0, 0, false,
			"--fmap reads the layout from the chip's FMAP, which only a backup of the "
			"chip (--backup) shows");
}

/* Every name given with -i must be in the chip's layout (flashrom layout.c include_region). */
static void names(struct plan_command *cmd, const struct plan_span *spans, unsigned n,
		  const bool *missing)
{
	for (unsigned i = 0; i < n && !judged(cmd); i++)
		if (missing[i]) {
			verdict(cmd, PLAN_FAILS, CAUSE_NO_AREA, 0, 0, false,
				"%s is not in the chip's layout", spans[i].name);
			SAYS("Invalid region specified: \"%s\".", spans[i].name);
		}
}

/* The file must be exactly the chip's size, even with -i (helpers_fileio.c read_buf_from_file). */
static void size(const struct flash_plan *p, struct plan_command *cmd)
{
	if (judged(cmd))
		return;
	if (!p->chip_size_known) {
		verdict(cmd, PLAN_UNKNOWN, CAUSE_UNKNOWN, 0, 0, false,
			"the chip's size is unknown (give a backup of the chip with --backup)");
		return;
	}
	if (p->image_size == p->chip_size)
		return;
	verdict(cmd, PLAN_FAILS, CAUSE_SIZE, 0, 0, false,
		"the image is %llu bytes and the chip %llu (%s); flashrom writes only a file of "
		"exactly the chip's size, even with -i", (unsigned long long)p->image_size,
		(unsigned long long)p->chip_size, p->chip_size_from);
	SAYS("Error: Image size (%llu B) doesn't match the expected size (%llu B)!",
	     (unsigned long long)p->image_size, (unsigned long long)p->chip_size);
}

/* Regions named with -i must not overlap when writing (flashrom layout.c, v1.3.0). flashrom
 * sorts the included regions by name and names the first overlapping pair in that order. */
static void overlap(struct plan_command *cmd, const struct plan_span *spans, unsigned n)
{
	for (unsigned i = 0; i < n && !judged(cmd); i++)
		for (unsigned k = i + 1; k < n && !judged(cmd); k++) {
			const struct plan_span *a = &spans[i], *b = &spans[k];
			uint32_t lo, hi;

			if (!intersect(a->base, a->limit, b->base, b->limit, &lo, &hi))
				continue;
			if (strcmp(a->name, b->name) > 0) {
				const struct plan_span *t = a;

				a = b;
				b = t;
			}
			verdict(cmd, PLAN_FAILS, CAUSE_OVERLAP, lo, hi, true,
				"%s and %s overlap in the chip's layout; flashrom refuses to write "
				"overlapping regions", a->name, b->name);
			SAYS("Regions %s [0x%08x-0x%08x] and %s [0x%08x-0x%08x] overlap / Error: "
			     "Included regions must not overlap when writing.", a->name, a->base,
			     a->limit, b->name, b->base, b->limit);
		}
}

/* Regions do not overlap, so a span inside one read region is in no unread one. */
static bool inside_known_region(const struct spi_facts *s, const struct plan_span *sp)
{
	for (unsigned r = 0; r < s->nregions; r++) {
		const struct spi_region *reg = &s->regions[r];

		if (reg->known && !reg->unused && sp->base >= reg->base && sp->limit <= reg->limit)
			return true;
	}
	return false;
}

/* flashrom 1.3.0 reads the whole chip before writing unless -N (--noverify-all) is given
 * (flashrom.c flashrom_image_write, verify_all); the caller adds -N where a region is
 * unreadable, so only a read-protecting PR is left to stop the read. */
static void host_access(const struct plan_ctx *c, struct plan_command *cmd,
			const struct plan_span *spans, unsigned n)
{
	const struct spi_facts *s = &c->m->spi;

	if (judged(cmd) || s->fdv != TRI_YES || s->fdopss == TRI_NO)
		return; /* no descriptor, or the override strap: no region permissions */
	for (unsigned i = 0; i < n; i++)
		for (unsigned r = 0; r < s->nregions; r++) {
			const struct spi_region *reg = &s->regions[r];
			uint32_t lo, hi;

			if (!reg->known) {
				if (!inside_known_region(s, &spans[i]))
					verdict(cmd, PLAN_UNKNOWN, CAUSE_UNKNOWN, spans[i].base,
						spans[i].limit, true, "FREG%u could not be read, and "
						"0x%08x-0x%08x is not inside a region that was", r,
						spans[i].base, spans[i].limit);
				continue;
			}
			if (reg->unused ||
			    !intersect(spans[i].base, spans[i].limit, reg->base, reg->limit, &lo, &hi))
				continue;
			if (reg->write == TRI_NO) {
				verdict(cmd, PLAN_FAILS, CAUSE_REGION_ACCESS, lo, hi, true,
					"the descriptor denies the host write access to the %s region "
					"(FREG%u), and the command writes 0x%08x-0x%08x of it "
					"(flashrom 1.3.0 skips erase blocks that already hold the new "
					"bytes, so it fails only where they differ)", reg->name, r, lo, hi);
				SAYS("Transaction error between offset 0x%08x and ... (a write inside "
				     "the locked %s region)", lo, reg->name);
				return;
			}
			if (reg->write == TRI_UNKNOWN)
				verdict(cmd, PLAN_UNKNOWN, CAUSE_UNKNOWN, lo, hi, true,
					"host write access to the %s region (FREG%u) is unknown",
					reg->name, r);
		}
}

/* Protected ranges: flashrom clears an unlocked PR (ichspi.c ich9_set_pr), not a locked
 * one; ICH7-style PBRn it never touches. Same rule as the verdict (verdict.c pr_stays). */
static enum tri pr_stays(const struct spi_facts *s, const struct spi_pr *p)
{
	return s->layout == SPI_LAYOUT_ICH7 ? TRI_YES : p->locked;
}

static void protected_ranges(const struct plan_ctx *c, struct plan_command *cmd,
			     const struct plan_span *spans, unsigned n)
{
	const struct spi_facts *s = &c->m->spi;

	for (unsigned i = 0; i < n && !judged(cmd); i++)
		for (unsigned k = 0; k < s->npr && !judged(cmd); k++) {
			const struct spi_pr *pr = &s->pr[k];
			uint32_t lo, hi;

			if (!pr->known || pr->wp != TRI_YES || pr_stays(s, pr) == TRI_NO ||
			    !intersect(spans[i].base, spans[i].limit, pr->base, pr->limit, &lo, &hi))
				continue;
			if (pr_stays(s, pr) == TRI_UNKNOWN) {
				verdict(cmd, PLAN_UNKNOWN, CAUSE_UNKNOWN, lo, hi, true,
					"%s protects 0x%08x-0x%08x against writes, and whether it is "
					"locked could not be read", pr->name, pr->base, pr->limit);
				continue;
			}
			verdict(cmd, PLAN_FAILS, CAUSE_PR, lo, hi, true,
				"%s protects 0x%08x-0x%08x against writes and %s keeps it; the command "
				"writes 0x%08x-0x%08x of it (it fails only if the new bytes differ there)",
				pr->name, pr->base, pr->limit, pr->locked_by ? pr->locked_by : "the lock",
				lo, hi);
			SAYS("%s: Warning: 0x%08x-0x%08x is read-only. ... Transaction error between "
			     "offset 0x%08x and ...", pr->name, pr->base, pr->limit, lo);
		}
}

/* BIOS_CNTL gates every host write cycle (flashrom chipset_enable.c enable_flash_ich_bios_cntl). */
static void bios_cntl(const struct plan_ctx *c, struct plan_command *cmd)
{
	const struct bios_cntl *bc = &c->m->spi.bc;

	if (judged(cmd))
		return;
	if (!bc->known)
		verdict(cmd, PLAN_UNKNOWN, CAUSE_UNKNOWN, 0, 0, false, "BIOS_CNTL could not be read");
	else if (bc->ble == TRI_YES && bc->smm_bwp == TRI_YES) {
		verdict(cmd, PLAN_FAILS, CAUSE_BIOS_CNTL, 0, 0, false,
			"BIOS_CNTL has BLE and %s set: only SMM code may write the flash",
			bc->smm_bwp_name ? bc->smm_bwp_name : "SMM_BWP");
		SAYS("Warning: BIOS region SMM protection is enabled! ... Transaction error");
	} else if (bc->ble == TRI_YES)
		verdict(cmd, PLAN_UNKNOWN, CAUSE_BLE, 0, 0, false,
			"BIOS_CNTL has BLE set: the firmware's SMI handler decides whether writes work");
}

/* BBAR that stays: no programmed cycle below it (spi/decode.c decode_bbar). */
static void bbar(const struct plan_ctx *c, struct plan_command *cmd,
		 const struct plan_span *spans, unsigned n)
{
	const struct spi_facts *s = &c->m->spi;

	for (unsigned i = 0; i < n && !judged(cmd); i++) {
		if (!s->bbar_known || s->bbar_stays != TRI_YES || !s->bbar_cut_known ||
		    spans[i].base >= s->bbar_cut)
			continue;
		verdict(cmd, PLAN_FAILS, CAUSE_BBAR, spans[i].base, s->bbar_cut - 1, true,
			"BBAR 0x%08x stays (%s): flash addresses below 0x%08x cannot be written",
			s->bbar, s->bbar_stays_why, s->bbar_cut);
		SAYS("ich_spi_send_command: Addressed region 0x%08x-... not in allowed range",
		     spans[i].base);
	}
}

/*
 * flashrom writes the file's bytes at the chip's offsets (--ifd: cli_classic.c passes no
 * dump to the descriptor parse, so the new image's layout is never compared; reproduced
 * with flashrom 1.3.0: --ifd -i bios exits 0 and leaves the image's BIOS bytes below the
 * chip's BIOS base unwritten). A span whose image offsets differ is written wrong.
 */
static void layout(struct plan_command *cmd, const struct plan_span *spans, unsigned n)
{
	for (unsigned i = 0; i < n && !judged(cmd); i++) {
		const struct plan_span *sp = &spans[i];

		if (!sp->in_image) {
			verdict(cmd, PLAN_WRONG_BYTES, CAUSE_LAYOUT, sp->base, sp->limit, true,
				"the image has no %s, so whatever it holds at the chip's %s offsets "
				"0x%08x-0x%08x is written there", sp->name, sp->name, sp->base, sp->limit);
			return;
		}
		if (sp->image_base == sp->base && sp->image_limit == sp->limit)
			continue;
		if (sp->image_base < sp->base)
			verdict(cmd, PLAN_WRONG_BYTES, CAUSE_LAYOUT, sp->image_base,
				(sp->base < sp->image_limit ? sp->base - 1 : sp->image_limit), true,
				"the image's %s starts at 0x%08x and the chip's at 0x%08x: flashrom "
				"exits 0 but never writes the image's bytes 0x%08x-0x%08x",
				sp->name, sp->image_base, sp->base, sp->image_base,
				sp->base < sp->image_limit ? sp->base - 1 : sp->image_limit);
		else if (sp->image_base > sp->base)
			verdict(cmd, PLAN_WRONG_BYTES, CAUSE_LAYOUT, sp->base,
				(sp->image_base <= sp->limit ? sp->image_base - 1 : sp->limit), true,
				"the image's %s starts at 0x%08x and the chip's at 0x%08x: flashrom "
				"exits 0 but writes other bytes of the image (0x%08x-0x%08x) into "
				"the chip's %s", sp->name, sp->image_base, sp->base, sp->base,
				sp->image_base <= sp->limit ? sp->image_base - 1 : sp->limit, sp->name);
		else
			verdict(cmd, PLAN_WRONG_BYTES, CAUSE_LAYOUT,
				(sp->image_limit < sp->limit ? sp->image_limit + 1 : sp->limit + 1),
				(sp->image_limit < sp->limit ? sp->limit : sp->image_limit), true,
				"the image's %s ends at 0x%08x and the chip's at 0x%08x: flashrom "
				"exits 0 but the bytes past the shorter end are wrong", sp->name,
				sp->image_limit, sp->limit);
		return;
	}
}

void plan_judge_write(const struct plan_ctx *c, const struct flash_plan *p,
		     struct plan_command *cmd, bool layout_ifd, bool layout_fmap,
		     const struct plan_span *spans, unsigned nspans)
{
	bool missing[PLAN_MAX_SPANS] = { false };

	cmd->outcome = PLAN_WORKS;
	cmd->cause = CAUSE_NONE;
	for (unsigned i = 0; i < nspans; i++)
		missing[i] = spans[i].limit < spans[i].base; /* the caller marks names not found */
	layout_source(c, cmd, layout_ifd, layout_fmap);
	if (!judged(cmd) && !(layout_fmap && !c->chip_fmap))
		names(cmd, spans, nspans, missing);
	size(p, cmd);
	if (!judged(cmd) && !(layout_fmap && !c->chip_fmap))
		overlap(cmd, spans, nspans);
	if (!judged(cmd) && c->m) {
		host_access(c, cmd, spans, nspans);
		protected_ranges(c, cmd, spans, nspans);
		bios_cntl(c, cmd);
		bbar(c, cmd, spans, nspans);
	}
	if (!judged(cmd) && (layout_ifd || layout_fmap) && !(layout_fmap && !c->chip_fmap))
		layout(cmd, spans, nspans);
	if (cmd->outcome == PLAN_WORKS)
		snprintf(cmd->why, sizeof(cmd->why), "nothing the tool can see stands in the way");
}
