/* SPDX-License-Identifier: GPL-2.0-or-later */
/* plan.c - the flash plan: compatibility of image and chip, candidate commands, the sequence. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report/plan_int.h"

/* Intel flash regions keep their index across generations (flashrom ich_descriptors.c). */
#define REGION_FD 0
#define REGION_BIOS 1

const char *const plan_finding_ids[] = {
	"plan.decode_only", "plan.size_mismatch", "plan.image_density", "plan.layout_mismatch",
	"plan.descriptor_changes", "plan.backup_partial", "plan.backup_disagrees",
	"plan.fmap_missing", "plan.fmap_mismatch", "plan.region_overlap", "plan.no_descriptor",
	"plan.noverify", "plan.sequence",
};
const unsigned plan_nfinding_ids = ARRAY_SIZE(plan_finding_ids);

const char *plan_outcome_name(enum plan_outcome o)
{
	static const char *const names[PLAN_OUTCOME_COUNT] = {
		[PLAN_UNKNOWN] = "unknown", [PLAN_WORKS] = "works", [PLAN_FAILS] = "fails",
		[PLAN_WRONG_BYTES] = "wrong_bytes",
	};

	return (unsigned)o < PLAN_OUTCOME_COUNT ? names[o] : "unknown";
}

/* One row per cause: its JSON name and its --check code. */
static const struct {
	const char *name;
	enum exit_code code;
} causes[CAUSE_COUNT] = {
	[CAUSE_NONE] = { NULL, EXIT_OK },
	[CAUSE_SIZE] = { "size", EXIT_PLAN_SIZE },
	[CAUSE_LAYOUT] = { "layout", EXIT_PLAN_LAYOUT },
	[CAUSE_NO_LAYOUT] = { "no_layout", EXIT_PLAN_NO_LAYOUT },
	[CAUSE_NO_AREA] = { "no_such_region", EXIT_PLAN_NO_AREA },
	[CAUSE_OVERLAP] = { "overlap", EXIT_PLAN_OVERLAP },
	[CAUSE_REGION_ACCESS] = { "region_access", EXIT_PLAN_REGION },
	[CAUSE_PR] = { "protected_range", EXIT_PLAN_PROTECTED },
	[CAUSE_BIOS_CNTL] = { "bios_cntl", EXIT_PLAN_BIOS_CNTL },
	[CAUSE_BLE] = { "ble", EXIT_PLAN_BLE },
	[CAUSE_BBAR] = { "bbar", EXIT_PLAN_BBAR },
	[CAUSE_UNKNOWN] = { "unknown", EXIT_PLAN_UNKNOWN },
};

const char *plan_cause_name(enum plan_cause c)
{
	return (unsigned)c < CAUSE_COUNT ? causes[c].name : "unknown";
}

const char *plan_layout_from_name(enum plan_layout_from f)
{
	return f == LAYOUT_FROM_FREG ? "freg" : f == LAYOUT_FROM_BACKUP ? "backup" : NULL;
}

const char *plan_region_name(unsigned idx)
{
	return ifd_region_flashrom_name(idx);
}

/* ---- findings ----------------------------------------------------------- */

static struct finding *add(struct flash_plan *p, enum severity sev, const char *id)
{
	static struct finding overflow; /* never rendered; keeps callers simple */
	struct finding *f;

	if (p->nfindings >= PLAN_MAX_FINDINGS)
		return memset(&overflow, 0, sizeof(overflow));
	f = &p->findings[p->nfindings++];
	memset(f, 0, sizeof(*f));
	f->severity = sev;
	snprintf(f->id, sizeof(f->id), "%s", id);
	return f;
}

#define SAY(field, ...) snprintf(f->field, sizeof(f->field), __VA_ARGS__)

/* ---- compatibility ------------------------------------------------------ */

static bool machine_ok(const struct inspection *m, char *why, size_t size)
{
	if (!m) {
		snprintf(why, size, "no machine was read (--no-machine)");
		return false;
	}
	if (m->env.problem != ENV_OK) {
		snprintf(why, size, "the machine's registers could not be read (%s)",
			 env_problem_key(m->env.problem));
		return false;
	}
	if (!m->spi_collected || m->id.family->spibar_via == SPIBAR_NONE ||
	    !reg_ok(spi_status_reg(&m->spi_raw))) {
		snprintf(why, size, "the machine's SPI controller could not be read");
		return false;
	}
	return true;
}

/* The chip's size: the backup's (flashrom -r always saves the whole chip's size), else the
 * size of the kernel's spi-nor MTD device (sysfs), else the end of the highest region the
 * machine's FREGs describe (the BIOS region ends at the chip's top: it is mapped just
 * below 4 GiB). any is the machine even when its registers could not be read. */
static void chip_size(struct flash_plan *p, const struct image *backup,
		      const struct inspection *any, const struct inspection *m)
{
	uint64_t top = 0;

	if (backup) {
		p->chip_size_known = true;
		p->chip_size = backup->size;
		snprintf(p->chip_size_from, sizeof(p->chip_size_from), "the backup's size");
		return;
	}
	if (any && any->chip.known) {
		p->chip_size_known = true;
		p->chip_size = any->chip.size;
		snprintf(p->chip_size_from, sizeof(p->chip_size_from), "Linux spi-nor: %.40s%s%.24s",
			 any->chip.partname[0] ? any->chip.partname : "the flash chip",
			 any->chip.jedec_id[0] ? " JEDEC ID " : "", any->chip.jedec_id);
		return;
	}
	if (!p->machine || m->spi.fdv != TRI_YES)
		return;
	for (unsigned r = 0; r < m->spi.nregions; r++) {
		const struct spi_region *reg = &m->spi.regions[r];

		if (reg->known && !reg->unused && (uint64_t)reg->limit + 1 > top)
			top = (uint64_t)reg->limit + 1;
	}
	if (m->spi.regions[REGION_BIOS].known && !m->spi.regions[REGION_BIOS].unused &&
	    (uint64_t)m->spi.regions[REGION_BIOS].limit + 1 == top) {
		p->chip_size_known = true;
		p->chip_size = top;
		snprintf(p->chip_size_from, sizeof(p->chip_size_from),
			 "the end of the BIOS region in the machine's FREG1");
	}
}

static void chip_layout(struct flash_plan *p, const struct plan_ctx *c)
{
	const struct ifd *img = &c->image->ifd;
	const struct inspection *m = c->m;

	if (c->chip_ifd)
		p->layout_from = LAYOUT_FROM_BACKUP;
	else if (p->machine && m->spi.fdv == TRI_YES)
		p->layout_from = LAYOUT_FROM_FREG;
	p->nregions = IFD_MAX_REGIONS;
	p->layout_same = img->found && p->layout_from != LAYOUT_FROM_NONE ? TRI_YES : TRI_UNKNOWN;
	for (unsigned i = 0; i < IFD_MAX_REGIONS; i++) {
		struct plan_region *r = &p->region[i];

		r->index = i;
		if (img->found && i < img->nregions && img->region[i].used) {
			r->in_image = true;
			r->image_base = img->region[i].base;
			r->image_limit = img->region[i].limit;
		}
		if (p->layout_from == LAYOUT_FROM_BACKUP && i < c->chip_ifd->nregions &&
		    c->chip_ifd->region[i].used) {
			r->in_chip = true;
			r->chip_base = c->chip_ifd->region[i].base;
			r->chip_limit = c->chip_ifd->region[i].limit;
		} else if (p->layout_from == LAYOUT_FROM_FREG && i < m->spi.nregions) {
			const struct spi_region *reg = &m->spi.regions[i];

			if (!reg->known) {
				if (r->in_image && p->layout_same == TRI_YES)
					p->layout_same = TRI_UNKNOWN;
				continue;
			}
			r->in_chip = !reg->unused;
			r->chip_base = reg->base;
			r->chip_limit = reg->limit;
		}
		r->same = r->in_image == r->in_chip &&
			  (!r->in_chip || (r->image_base == r->chip_base && r->image_limit == r->chip_limit));
		if (!r->same && p->layout_from != LAYOUT_FROM_NONE && img->found)
			p->layout_same = TRI_NO;
	}
}

static bool fmap_area(const struct fmap *f, const char *name, uint32_t *off, uint32_t *size)
{
	for (unsigned i = 0; f && f->found && i < f->nareas; i++)
		if (!strcmp(f->area[i].name, name)) {
			*off = f->area[i].offset;
			*size = f->area[i].size;
			return true;
		}
	return false;
}

static enum tri fmaps_same(const struct fmap *a, const struct fmap *b)
{
	if (!a->found || !b)
		return TRI_UNKNOWN;
	if (a->nareas != b->nareas)
		return TRI_NO;
	for (unsigned i = 0; i < a->nareas; i++) {
		uint32_t off, size;

		if (!fmap_area(b, a->area[i].name, &off, &size) || off != a->area[i].offset ||
		    size != a->area[i].size)
			return TRI_NO;
	}
	return TRI_YES;
}

/* The descriptor changes when a region moves or, with the chip's descriptor at hand, any
 * map, region or master word differs (straps aside, which the decoder does not keep). */
static enum tri descriptor_changes(const struct flash_plan *p, const struct plan_ctx *c)
{
	const struct ifd *a = &c->image->ifd, *b = c->chip_ifd;

	if (!a->found)
		return TRI_NO;
	if (p->layout_same == TRI_NO)
		return TRI_YES;
	if (!b)
		return TRI_UNKNOWN;
	if (a->flmap0 != b->flmap0 || a->flmap1 != b->flmap1 || a->flmap2 != b->flmap2 ||
	    a->nregions != b->nregions || a->nmasters != b->nmasters)
		return TRI_YES;
	for (unsigned i = 0; i < a->nregions; i++)
		if (a->region[i].raw != b->region[i].raw)
			return TRI_YES;
	for (unsigned i = 0; i < a->nmasters; i++)
		if (a->master[i].raw != b->master[i].raw)
			return TRI_YES;
	return TRI_NO;
}

/* Some used region the host may not read: flashrom 1.3.0 reads (and verifies) the whole
 * chip unless -N is given, so every layout write needs --noverify-all. */
static void unreadable(struct plan_ctx *c)
{
	const struct spi_facts *s = &c->m->spi;

	if (s->fdv != TRI_YES || s->fdopss == TRI_NO)
		return;
	for (unsigned r = 0; r < s->nregions; r++)
		if (s->regions[r].known && !s->regions[r].unused && s->regions[r].read == TRI_NO) {
			c->unreadable = true;
			snprintf(c->unreadable_name, sizeof(c->unreadable_name), "%s",
				 plan_region_name(r));
			return;
		}
}

/* ---- candidate commands ------------------------------------------------- */

static struct plan_command *command(struct flash_plan *p, const char *key, const char *fmt, ...)
	PRINTF_LIKE(3, 4);

static struct plan_command *command(struct flash_plan *p, const char *key, const char *fmt, ...)
{
	struct plan_command *cmd;
	va_list ap;

	if (p->ncommands >= PLAN_MAX_COMMANDS)
		return NULL;
	cmd = &p->command[p->ncommands++];
	memset(cmd, 0, sizeof(*cmd));
	cmd->key = key;
	va_start(ap, fmt);
	vsnprintf(cmd->line, sizeof(cmd->line), fmt, ap);
	va_end(ap);
	return cmd;
}

static int find_command(const struct flash_plan *p, const char *key)
{
	for (unsigned i = 0; i < p->ncommands; i++)
		if (!strcmp(p->command[i].key, key))
			return (int)i;
	return -1;
}

/* --ifd spans for regions (bit n: region n), chip layout from the chip, or (after_fd)
 * from the image, whose descriptor the previous step wrote. */
static unsigned ifd_spans(const struct flash_plan *p, uint32_t regions, bool after_fd,
			  struct plan_span *spans)
{
	unsigned n = 0;

	for (unsigned i = 0; i < IFD_MAX_REGIONS && n < PLAN_MAX_SPANS; i++) {
		const struct plan_region *r = &p->region[i];
		struct plan_span *sp;

		if (!(regions & (1u << i)))
			continue;
		sp = &spans[n++];
		sp->name = plan_region_name(i);
		sp->in_image = r->in_image;
		sp->image_base = r->image_base;
		sp->image_limit = r->image_limit;
		if (after_fd) {
			sp->base = r->image_base;
			sp->limit = r->image_limit;
		} else if (r->in_chip) {
			sp->base = r->chip_base;
			sp->limit = r->chip_limit;
		} else {
			sp->base = 1; /* not in the chip's layout: plan_judge_write says so */
			sp->limit = 0;
		}
	}
	return n;
}

static void ifd_line(char *out, size_t size, uint32_t regions, const char *image, bool noverify)
{
	int len = snprintf(out, size, "flashrom -p internal --ifd");

	for (unsigned i = 0; i < IFD_MAX_REGIONS; i++)
		if (regions & (1u << i))
			len += snprintf(out + len, size - (size_t)len, " -i %s", plan_region_name(i));
	snprintf(out + len, size - (size_t)len, " -w %s%s", image, noverify ? " --noverify-all" : "");
}

static void plan_ifd(struct flash_plan *p, const struct plan_ctx *c, const char *key,
		     uint32_t regions, bool after_fd)
{
	struct plan_span spans[PLAN_MAX_SPANS];
	struct plan_command *cmd = command(p, key, "%s", "");
	unsigned n;

	if (!cmd)
		return;
	ifd_line(cmd->line, sizeof(cmd->line), regions, c->image->path, c->unreadable);
	n = ifd_spans(p, regions, after_fd, spans);
	plan_judge_write(c, p, cmd, !after_fd, false, spans, n);
	if (after_fd && cmd->outcome != PLAN_FAILS && cmd->cause == CAUSE_LAYOUT)
		cmd->outcome = PLAN_WORKS; /* the chip's descriptor is the image's by then */
}

static void plan_fmap(struct flash_plan *p, const struct plan_ctx *c, const char *key,
		      const char *const *areas, unsigned nareas)
{
	struct plan_span spans[PLAN_MAX_SPANS];
	struct plan_command *cmd = command(p, key, "%s", "");
	int len;

	if (!cmd)
		return;
	len = snprintf(cmd->line, sizeof(cmd->line), "flashrom -p internal --fmap");
	for (unsigned i = 0; i < nareas && i < PLAN_MAX_SPANS; i++) {
		struct plan_span *sp = &spans[i];
		uint32_t off, size;

		len += snprintf(cmd->line + len, sizeof(cmd->line) - (size_t)len, " -i %s", areas[i]);
		memset(sp, 0, sizeof(*sp));
		sp->name = areas[i];
		if (fmap_area(c->chip_fmap, areas[i], &off, &size) && size) {
			sp->base = off;
			sp->limit = off + size - 1;
		} else {
			sp->base = 1; /* not on the chip */
			sp->limit = 0;
		}
		if (fmap_area(&c->image->fmap, areas[i], &off, &size) && size) {
			sp->in_image = true;
			sp->image_base = off;
			sp->image_limit = off + size - 1;
		}
	}
	snprintf(cmd->line + len, sizeof(cmd->line) - (size_t)len, " -w %s%s", c->image->path,
		 c->unreadable ? " --noverify-all" : "");
	plan_judge_write(c, p, cmd, false, true, spans, nareas);
}

static void plan_whole_chip(struct flash_plan *p, const struct plan_ctx *c)
{
	struct plan_span span = { .name = "the whole chip", .in_image = true };
	struct plan_command *cmd = command(p, "whole_chip", "flashrom -p internal -w %s",
					   c->image->path);

	if (!cmd)
		return;
	span.limit = span.image_limit = (uint32_t)((p->chip_size_known ? p->chip_size
									: p->image_size) - 1);
	plan_judge_write(c, p, cmd, false, false, &span, 1);
	if (cmd->outcome == PLAN_FAILS || !c->unreadable)
		return;
	/* flashrom reads the whole chip first: an unreadable region stops it (-N cannot help) */
	cmd->outcome = PLAN_FAILS;
	cmd->cause = CAUSE_REGION_ACCESS;
	cmd->range_known = false;
	snprintf(cmd->why, sizeof(cmd->why), "the descriptor denies the host read access to the "
		 "%s region, and a whole-chip write reads and writes all of it", c->unreadable_name);
	snprintf(cmd->flashrom_says, sizeof(cmd->flashrom_says),
		 "Transaction error ... (reading the locked %s region)", c->unreadable_name);
}

static bool has_area(const struct image *img, const char *name)
{
	uint32_t off, size;

	return fmap_area(&img->fmap, name, &off, &size);
}

static void candidates(struct flash_plan *p, const struct plan_ctx *c)
{
	static const char *const rw[] = { "RW_SECTION_A", "RW_SECTION_B" };
	static const char *const wp_ro[] = { "WP_RO", "RW_SECTION_A", "RW_SECTION_B" };
	static const char *const cb[] = { "COREBOOT" };
	const struct image *img = c->image;

	plan_whole_chip(p, c);
	if (img->ifd.found && p->region[REGION_BIOS].in_image)
		plan_ifd(p, c, "ifd_bios", 1u << REGION_BIOS, false);
	if (img->ifd.found && p->descriptor_changes == TRI_YES) {
		uint32_t rest = 0;

		for (unsigned i = 1; i < IFD_MAX_REGIONS; i++)
			if (p->region[i].in_image)
				rest |= 1u << i;
		plan_ifd(p, c, "ifd_fd", 1u << REGION_FD, false);
		plan_ifd(p, c, "ifd_rest_after_fd", rest, true);
	}
	if (has_area(img, "RW_SECTION_A") && has_area(img, "RW_SECTION_B"))
		plan_fmap(p, c, "fmap_rw", rw, ARRAY_SIZE(rw));
	if (has_area(img, "WP_RO") && has_area(img, "RW_SECTION_A") && has_area(img, "RW_SECTION_B"))
		plan_fmap(p, c, "fmap_wp_ro", wp_ro, ARRAY_SIZE(wp_ro));
	if (has_area(img, "COREBOOT") && !has_area(img, "RW_SECTION_A"))
		plan_fmap(p, c, "fmap_coreboot", cb, ARRAY_SIZE(cb));
}

/* ---- the recommended sequence ------------------------------------------- */

static void backup_line(struct flash_plan *p, const struct inspection *m)
{
	const struct spi_facts *s = &m->spi;
	int len;

	if (m->verdict.chip_read != TRI_NO) {
		snprintf(p->backup_line, sizeof(p->backup_line), "flashrom -p internal -r backup.rom");
		if (m->verdict.chip_read == TRI_UNKNOWN)
			snprintf(p->backup_lacks, sizeof(p->backup_lacks), "whether the whole chip can "
				 "be read is unknown: %s", m->verdict.chip_read_why);
		return;
	}
	len = snprintf(p->backup_line, sizeof(p->backup_line), "flashrom -p internal --ifd");
	for (unsigned r = 0; r < s->nregions; r++)
		if (s->regions[r].known && !s->regions[r].unused && s->regions[r].read == TRI_YES)
			len += snprintf(p->backup_line + len, sizeof(p->backup_line) - (size_t)len,
					" -i %s", plan_region_name(r));
	snprintf(p->backup_line + len, sizeof(p->backup_line) - (size_t)len, " -r backup.rom");
	snprintf(p->backup_lacks, sizeof(p->backup_lacks), "the host may not read the whole chip "
		 "(%s): flashrom leaves every region it does not read 0x00 in the file, so this "
		 "backup cannot restore the chip as it was", m->verdict.chip_read_why);
}

/*
 * The preference: the BIOS region alone when the layout is the chip's (what DTS and
 * MrChromebox do); the vboot RW sections when the BIOS region is blocked but they are
 * not (the Dasharo FAQ's answer to a PR over the RO part); the descriptor alone first,
 * then the other regions, when the descriptor changes (dasharo-issues#1592); the whole
 * chip last. The first that works is recommended; if none does, the first that applies,
 * with its blocker.
 */
static void sequence(struct flash_plan *p)
{
	static const char *const order[][2] = {
		{ "ifd_bios", NULL }, { "fmap_rw", NULL }, { "fmap_coreboot", NULL },
		{ "ifd_fd", "ifd_rest_after_fd" }, { "whole_chip", NULL },
	};
	int first = -1;

	for (unsigned pass = 0; pass < 2 && !p->nsteps; pass++)
		for (size_t i = 0; i < ARRAY_SIZE(order) && !p->nsteps; i++) {
			int a = find_command(p, order[i][0]);
			int b = order[i][1] ? find_command(p, order[i][1]) : -1;
			bool works;

			if (a < 0 || (order[i][1] && b < 0))
				continue;
			if (!strcmp(order[i][0], "ifd_bios") && p->descriptor_changes == TRI_YES)
				continue; /* the BIOS region moves: never alone */
			works = p->command[a].outcome == PLAN_WORKS &&
				(b < 0 || p->command[b].outcome == PLAN_WORKS);
			if (first < 0)
				first = (int)i;
			if (pass == 0 && !works)
				continue;
			if (pass == 1 && (int)i != first)
				continue;
			p->step[p->nsteps++] = a;
			if (b >= 0)
				p->step[p->nsteps++] = b;
		}
	p->sequence = PLAN_WORKS;
	p->check_code = EXIT_OK;
	for (unsigned i = 0; i < p->nsteps; i++) {
		const struct plan_command *cmd = &p->command[p->step[i]];

		if (cmd->outcome != PLAN_WORKS) {
			p->sequence = cmd->outcome;
			p->check_code = causes[cmd->cause].code;
			if (p->check_code == EXIT_OK)
				p->check_code = EXIT_PLAN_UNKNOWN;
			return;
		}
	}
	if (!p->nsteps) {
		p->sequence = PLAN_UNKNOWN;
		p->check_code = EXIT_PLAN_UNKNOWN;
	}
}

/* ---- findings ------------------------------------------------------------ */

static void finding_decode_only(struct flash_plan *p)
{
	struct finding *f = add(p, SEV_UNKNOWN, "plan.decode_only");

	SAY(what, "The image was decoded, but no flash plan was made: %s.", p->machine_why);
	SAY(why, "Which flashrom commands work depends on the machine's locks (FREG access, "
		 "protected ranges, BIOS_CNTL) and on the chip's layout, which the machine's FREG "
		 "registers mirror.");
	SAY(todo, "Run it as root on the machine to flash (sudo spi-inspect --image FILE), or "
		  "replay its snapshot with --from; add --backup with a flashrom -r backup of the chip.");
}

static void finding_size(struct flash_plan *p)
{
	struct finding *f;

	if (p->chip_size_known && p->image_size != p->chip_size) {
		f = add(p, SEV_BLOCKS, "plan.size_mismatch");
		SAY(what, "The image is %llu bytes and the chip %llu bytes (%s). flashrom will stop "
			  "with \"Error: Image size (%llu B) doesn't match the expected size (%llu B)!\"",
		    (unsigned long long)p->image_size, (unsigned long long)p->chip_size,
		    p->chip_size_from, (unsigned long long)p->image_size,
		    (unsigned long long)p->chip_size);
		SAY(why, "flashrom writes only a file of exactly the chip's size, also when -i selects "
			 "a region (flashrom helpers_fileio.c read_buf_from_file).");
		SAY(todo, "Use the image built for this board and chip size; a region-only image must "
			  "be padded to the chip's size at the region's offset, or written with "
			  "-i REGION:FILE where FILE is exactly the region's size.");
	}
}

static void finding_density(struct flash_plan *p, const struct image *img)
{
	struct finding *f;

	if (!img->ifd.found || !img->ifd.chip_size || img->ifd.chip_size == img->size)
		return;
	f = add(p, SEV_WARNING, "plan.image_density");
	SAY(what, "The image's descriptor declares a %llu-byte flash (component density), but "
		  "the file is %llu bytes.", (unsigned long long)img->ifd.chip_size,
	    (unsigned long long)img->size);
	SAY(why, "The descriptor's FLCOMP density tells the chipset the chip's size; an image "
		 "whose own size disagrees was built for another chip or was cut or padded.");
	SAY(todo, "Check that the image is the one built for this board and chip.");
}

static void finding_layout(struct flash_plan *p)
{
	struct finding *f;
	const struct plan_region *r = NULL;

	for (unsigned i = 0; i < p->nregions && !r; i++)
		if (!p->region[i].same && (p->region[i].in_image || p->region[i].in_chip))
			r = &p->region[i];
	if (p->layout_same != TRI_NO || !r)
		return;
	f = add(p, SEV_BLOCKS, "plan.layout_mismatch");
	SAY(what, "The image's region layout differs from the chip's (%s): %s is %s in the image "
		  "and %s on the chip. flashrom --ifd -i bios would exit 0 and still leave bytes of "
		  "the new image unwritten.",
	    p->layout_from == LAYOUT_FROM_BACKUP ? "the backup's descriptor" : "the machine's FREG registers",
	    plan_region_name(r->index), r->in_image ? "used" : "unused", r->in_chip ? "used" : "unused");
	if (r->in_image && r->in_chip)
		SAY(what, "The image's region layout differs from the chip's (%s): the %s region is "
			  "0x%08x-0x%08x in the image and 0x%08x-0x%08x on the chip. flashrom --ifd "
			  "-i %s would exit 0 and still not write the image as it is.",
		    p->layout_from == LAYOUT_FROM_BACKUP ? "the backup's descriptor"
							 : "the machine's FREG registers",
		    plan_region_name(r->index), r->image_base, r->image_limit, r->chip_base,
		    r->chip_limit, plan_region_name(r->index));
	SAY(why, "flashrom --ifd takes the layout from the chip's descriptor only and never "
		 "compares it with the new image's (flashrom cli_classic.c passes no image to "
		 "the descriptor parse); machines were bricked this way (linuxboot/heads#848).");
	SAY(todo, "Write the new descriptor alone first (flashrom -p internal --ifd -i fd -w), "
		  "then the other regions, as the recommended sequence says; or the whole chip where the "
		  "host may write all of it.");
}

static void finding_descriptor(struct flash_plan *p)
{
	struct finding *f;

	if (p->descriptor_changes != TRI_YES)
		return;
	f = add(p, SEV_WARNING, "plan.descriptor_changes");
	SAY(what, "The image's flash descriptor differs from the chip's: it must be written "
		  "first, alone (--ifd -i fd), before the regions it places.");
	SAY(why, "flashrom --ifd places regions by the descriptor on the chip; written together "
		 "with the descriptor, the other regions land at the old offsets "
		 "(Dasharo/dasharo-issues#1592). The chipset keeps the old FREG layout and "
		 "permissions until the next power cycle.");
	SAY(todo, "Follow the plan's order: the descriptor alone, then the other regions; "
		  "power the machine off completely afterwards.");
}

static void finding_backup(struct flash_plan *p, const struct image *bk, const struct plan_ctx *c)
{
	struct finding *f;

	if (bk && bk->region_only) {
		f = add(p, SEV_WARNING, "plan.backup_partial");
		SAY(what, "The backup %s is a region-only read: the regions flashrom did not read, "
			  "the descriptor too, are 0x00 in it.", bk->path);
		SAY(why, "flashrom -r with --ifd -i REGION saves a chip-size file and leaves the rest "
			 "zero (flashrom.c do_read); such a file cannot restore the chip, and its layout "
			 "cannot be read from it.");
		SAY(todo, "Where the host may read the whole chip, back it up whole: %s.",
		    p->backup_line[0] ? p->backup_line : "flashrom -p internal -r backup.rom");
	}
	if (!c->chip_ifd || !p->machine || c->m->spi.fdv != TRI_YES)
		return;
	for (unsigned i = 0; i < c->chip_ifd->nregions && i < c->m->spi.nregions; i++) {
		const struct spi_region *reg = &c->m->spi.regions[i];
		const struct ifd_region *d = &c->chip_ifd->region[i];

		if (!reg->known || (reg->unused && !d->used) ||
		    (!reg->unused && d->used && reg->base == d->base && reg->limit == d->limit))
			continue;
		f = add(p, SEV_WARNING, "plan.backup_disagrees");
		SAY(what, "The backup's descriptor and the machine's FREG%u disagree on the %s region "
			  "(backup %s 0x%08x-0x%08x, FREG%u 0x%08x-0x%08x).", i, plan_region_name(i),
		    d->used ? "used" : "unused", d->base, d->limit, i, reg->base, reg->limit);
		SAY(why, "The FREG registers mirror the descriptor the chipset read at power-on: either "
			 "the backup is not of this chip, or the chip was written since power-on.");
		SAY(todo, "Take a fresh backup on this machine (flashrom -p internal -r backup.rom) "
			  "and power-cycle after writing a descriptor.");
		return;
	}
}

static void finding_fmap(struct flash_plan *p, const struct plan_ctx *c)
{
	struct finding *f;
	int i;

	if (c->image->fmap.found && c->chip_fmap_absent) {
		f = add(p, SEV_BLOCKS, "plan.fmap_missing");
		SAY(what, "The image has an FMAP but the chip (the backup %s) has none: flashrom "
			  "--fmap will stop with \"Failed to read fmap from ROM.\"", c->backup->path);
		SAY(why, "flashrom --fmap reads the layout from the chip, not from the file "
			 "(flashrom libflashrom.c flashrom_layout_read_fmap_from_rom).");
		SAY(todo, "Use --ifd -i bios (where the layout matches) or the whole chip for the "
			  "first coreboot flash; --fmap works for updates once the chip holds an FMAP.");
	} else if (c->image->fmap.found && !c->chip_fmap && p->machine) {
		f = add(p, SEV_UNKNOWN, "plan.fmap_missing");
		SAY(what, "Whether the chip has an FMAP (for flashrom --fmap) is unknown without a "
			  "backup of the chip.");
		SAY(why, "flashrom --fmap reads the layout from the chip; the registers do not show it.");
		SAY(todo, "Back the chip up (the plan's first command) and give it with --backup.");
	}
	if (p->fmap_same == TRI_NO) {
		f = add(p, SEV_WARNING, "plan.fmap_mismatch");
		SAY(what, "The image's FMAP differs from the chip's (the backup's).");
		SAY(why, "flashrom --fmap writes the file's bytes at the chip's area offsets: an area "
			 "that moved is written with the wrong bytes.");
		SAY(todo, "Use the commands the plan marks as working; --fmap only for areas at the "
			  "same offsets.");
	}
	i = -1;
	for (unsigned k = 0; k < p->ncommands && i < 0; k++)
		if (p->command[k].cause == CAUSE_OVERLAP)
			i = (int)k;
	if (i >= 0) {
		f = add(p, SEV_BLOCKS, "plan.region_overlap");
		SAY(what, "%s names regions that overlap; flashrom will stop with \"%s\"",
		    p->command[i].line, p->command[i].flashrom_says);
		SAY(why, "flashrom 1.3.0 refuses to write included regions that overlap (one nested "
			 "in the other, like GBB inside WP_RO: Dasharo/dasharo-issues#1524).");
		SAY(todo, "Name only the outer area (WP_RO) or only the inner ones.");
	}
}

static void finding_noverify(struct flash_plan *p, const struct plan_ctx *c)
{
	struct finding *f;

	if (!c->unreadable)
		return;
	f = add(p, SEV_INFO, "plan.noverify");
	SAY(what, "The host may not read the %s region, so the plan's writes carry --noverify-all.",
	    c->unreadable_name);
	SAY(why, "flashrom 1.3.0 reads and verifies the whole chip around a region write unless "
		 "-N (--noverify-all) limits it to the regions written; the locked region would "
		 "fail that read.");
	SAY(todo, "Keep --noverify-all on the write commands; the written regions are still verified.");
}

static void finding_sequence(struct flash_plan *p)
{
	struct finding *f;
	const struct plan_command *cmd = NULL;

	for (unsigned i = 0; i < p->nsteps && !cmd; i++)
		if (p->command[p->step[i]].outcome != PLAN_WORKS)
			cmd = &p->command[p->step[i]];
	if (!cmd) {
		f = add(p, SEV_OK, "plan.sequence");
		SAY(what, "The recommended sequence is expected to work: back up, then %s.",
		    p->nsteps ? p->command[p->step[0]].line : "nothing");
		SAY(why, "The image fits the chip's size and layout, and no lock the tool can see "
			 "covers the bytes it writes.");
		SAY(todo, "Keep the backup off the machine; power-cycle after flashing.");
		return;
	}
	f = add(p, cmd->outcome == PLAN_UNKNOWN ? SEV_UNKNOWN : SEV_BLOCKS, "plan.sequence");
	SAY(what, "No sequence is expected to work; the best candidate, %.224s, %s: %.300s.", cmd->line,
	    cmd->outcome == PLAN_FAILS ? "fails" : cmd->outcome == PLAN_WRONG_BYTES
	    ? "writes the wrong bytes" : "may or may not work", cmd->why);
	SAY(why, "%s", cmd->flashrom_says[0] ? cmd->flashrom_says
		       : "See the candidate commands for each one's outcome.");
	SAY(todo, "Lift the blocker first (the report's findings say how), "
		  "or flash with an external programmer.");
}

void plan_flash(const struct image *image, const struct image *backup,
		const struct inspection *machine, struct flash_plan *out)
{
	struct plan_ctx c = { .image = image, .backup = backup };

	memset(out, 0, sizeof(*out));
	out->image = image;
	out->backup = backup;
	out->image_size = image->size;
	out->machine = machine_ok(machine, out->machine_why, sizeof(out->machine_why));
	c.m = out->machine ? machine : NULL;
	if (backup && backup->ifd.found && !backup->region_only)
		c.chip_ifd = &backup->ifd;
	if (backup && backup->fmap.found)
		c.chip_fmap = &backup->fmap;
	c.chip_fmap_absent = backup && !backup->fmap.found && !backup->region_only;
	chip_size(out, backup, machine, c.m);
	chip_layout(out, &c);
	out->fmap_same = fmaps_same(&image->fmap, c.chip_fmap);
	out->descriptor_changes = descriptor_changes(out, &c);
	if (!image->ifd.found) {
		struct finding *f = add(out, SEV_INFO, "plan.no_descriptor");

		SAY(what, "The image has no Intel flash descriptor: --ifd commands cannot be planned.");
		SAY(why, "No FLVALSIG (0x0FF0A55A) at offset 0x10 or 0x0 (flashrom "
			 "ich_descriptors.c); a non-Intel or FMAP-only image.");
		SAY(todo, "Use the whole-chip or --fmap commands, or check that this is the image "
			  "for this board.");
	}
	finding_density(out, image);
	if (!out->machine) {
		finding_decode_only(out);
		finding_size(out);
		out->sequence = PLAN_UNKNOWN;
		out->check_code = EXIT_PLAN_UNKNOWN;
		return;
	}
	unreadable(&c);
	backup_line(out, machine);
	candidates(out, &c);
	sequence(out);
	finding_size(out);
	finding_layout(out);
	finding_descriptor(out);
	finding_backup(out, backup, &c);
	finding_fmap(out, &c);
	finding_noverify(out, &c);
	finding_sequence(out);
}
