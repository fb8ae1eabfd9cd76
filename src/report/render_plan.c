/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render_plan.c - the flash plan ("Before you flash") in text, JSON and Markdown; it decides nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "report/json.h"
#include "report/plan.h"
#include "report/render.h"
#include "report/render_plan.h"
#include "report/term.h"
#include "report/wrap.h"

static const char *outcome_text(enum plan_outcome o)
{
	static const char *const words[PLAN_OUTCOME_COUNT] = {
		[PLAN_UNKNOWN] = "unknown", [PLAN_WORKS] = "works", [PLAN_FAILS] = "FAILS",
		[PLAN_WRONG_BYTES] = "WRONG BYTES",
	};

	return (unsigned)o < PLAN_OUTCOME_COUNT ? words[o] : "unknown";
}

static void size_text(char *out, size_t size, uint64_t bytes)
{
	if (bytes && bytes % (1024 * 1024) == 0)
		snprintf(out, size, "%llu MiB", (unsigned long long)(bytes >> 20));
	else if (bytes && bytes % 1024 == 0)
		snprintf(out, size, "%llu KiB", (unsigned long long)(bytes >> 10));
	else
		snprintf(out, size, "%llu bytes", (unsigned long long)bytes);
}

static bool is_step(const struct flash_plan *p, unsigned cmd)
{
	for (unsigned i = 0; i < p->nsteps; i++)
		if ((unsigned)p->step[i] == cmd)
			return true;
	return false;
}

/* ---- text ---------------------------------------------------------------- */

static void text_image(FILE *out, const struct image *img, const char *label)
{
	char sz[32];

	size_text(sz, sizeof(sz), img->size);
	fprintf(out, "  %-8s %s, %s", label, img->path, sz);
	if (img->ifd.found)
		fprintf(out, ", descriptor at 0x%x (IFD v%d)", img->ifd.fdbar,
			img->ifd.version == IFD_V1 ? 1 : img->ifd.version == IFD_V2 ? 2 : 0);
	else
		fprintf(out, ", no descriptor");
	if (img->fmap.found)
		fprintf(out, ", FMAP at 0x%llx (%u areas)", (unsigned long long)img->fmap.offset,
			img->fmap.nareas);
	else
		fprintf(out, ", no FMAP");
	if (img->me.found)
		fprintf(out, ", ME %u.%u.%u.%u", img->me.major, img->me.minor, img->me.hotfix,
			img->me.build);
	if (img->region_only)
		fprintf(out, ", region-only read");
	fputc('\n', out);
}

static void text_layout(FILE *out, const struct flash_plan *p)
{
	fprintf(out, "  Region  Image                   Chip (%s)\n",
		p->layout_from == LAYOUT_FROM_BACKUP ? "backup's descriptor"
		: p->layout_from == LAYOUT_FROM_FREG ? "machine's FREGs" : "unknown");
	for (unsigned i = 0; i < p->nregions; i++) {
		const struct plan_region *r = &p->region[i];
		char a[32] = "-", b[32] = "-";

		if (!r->in_image && !r->in_chip)
			continue;
		if (r->in_image)
			snprintf(a, sizeof(a), "0x%08x-0x%08x", r->image_base, r->image_limit);
		if (r->in_chip)
			snprintf(b, sizeof(b), "0x%08x-0x%08x", r->chip_base, r->chip_limit);
		fprintf(out, "  %-7s %-23s %-23s %s\n", ifd_region_flashrom_name(i), a, b,
			p->layout_from == LAYOUT_FROM_NONE ? "" : r->same ? "same" : "DIFFERS");
	}
}

void plan_render_text(FILE *out, const struct flash_plan *p)
{
	char sz[32];

	fprintf(out, "\nBefore you flash: the plan for this image\n");
	text_image(out, p->image, "Image");
	if (p->backup)
		text_image(out, p->backup, "Backup");
	if (p->chip_size_known) {
		size_text(sz, sizeof(sz), p->chip_size);
		fprintf(out, "  Chip     %s (%s)\n", sz, p->chip_size_from);
	} else
		fprintf(out, "  Chip     size unknown (no backup, and the FREGs do not show it)\n");
	if (p->image->ifd.found)
		text_layout(out, p);
	if (!p->machine) {
		fprintf(out, "  No commands planned: ");
		fprintf(out, "%s\n", p->machine_why); /* render_text wraps it, hanging */
	}
	for (unsigned i = 0; i < p->ncommands; i++) {
		const struct plan_command *c = &p->command[i];

		fprintf(out, "  %-11s %s\n", outcome_text(c->outcome), c->line);
		fprintf(out, "              ");
		fprintf(out, "%s\n", c->why); /* render_text wraps it, hanging */
		if (c->flashrom_says[0] && c->outcome == PLAN_FAILS) {
			fprintf(out, "              flashrom: ");
			fprintf(out, "%s\n", c->flashrom_says); /* render_text wraps it, hanging */
		}
	}
	if (p->nsteps) {
		fprintf(out, "  Recommended sequence (%s):\n", plan_outcome_name(p->sequence));
		fprintf(out, "    %s\n", p->backup_line);
		for (unsigned i = 0; i < p->nsteps; i++)
			fprintf(out, "    %s\n", p->command[p->step[i]].line);
		if (p->backup_lacks[0]) {
			fprintf(out, "  The backup: ");
			fprintf(out, "%s\n", p->backup_lacks); /* render_text wraps it, hanging */
		}
	}
	for (unsigned i = 0; i < p->nfindings; i++) {
		const struct finding *f = &p->findings[i];

		fprintf(out, "  %-7s %s\n      ", severity_name(f->severity), f->id);
		fprintf(out, "%s\n", f->what); /* render_text wraps it, hanging */
		fprintf(out, "      why: ");
		fprintf(out, "%s\n", f->why); /* render_text wraps it, hanging */
		fprintf(out, "      do:  ");
		fprintf(out, "%s\n", f->todo); /* render_text wraps it, hanging */
	}
}

/* ---- JSON ---------------------------------------------------------------- */

static void json_image(struct json *j, const char *key, const struct image *img)
{
	json_object(j, key);
	json_string(j, "path", img->path);
	json_uint(j, "size", img->size);
	json_bool(j, "region_only", img->region_only);
	json_object(j, "descriptor");
	json_bool(j, "found", img->ifd.found);
	if (img->ifd.found) {
		json_uint(j, "offset", img->ifd.fdbar);
		json_string(j, "version", img->ifd.version == IFD_V1 ? "v1"
					  : img->ifd.version == IFD_V2 ? "v2" : NULL);
		json_string(j, "version_reason", img->ifd.version_why);
		json_uint_known(j, "chip_size", img->ifd.chip_size != 0, img->ifd.chip_size);
		json_array(j, "regions");
		for (unsigned i = 0; i < img->ifd.nregions; i++) {
			const struct ifd_region *r = &img->ifd.region[i];

			if (!r->used)
				continue;
			json_object(j, NULL);
			json_uint(j, "index", i);
			json_string(j, "name", ifd_region_flashrom_name(i));
			json_uint(j, "base", r->base);
			json_uint(j, "limit", r->limit);
			json_close(j, '}');
		}
		json_close(j, ']');
	}
	json_close(j, '}');
	json_object(j, "fmap");
	json_bool(j, "found", img->fmap.found);
	if (img->fmap.found) {
		json_uint(j, "offset", img->fmap.offset);
		json_array(j, "areas");
		for (unsigned i = 0; i < img->fmap.nareas; i++) {
			const struct fmap_area *a = &img->fmap.area[i];

			json_object(j, NULL);
			json_string(j, "name", a->name);
			json_uint(j, "offset", a->offset);
			json_uint(j, "size", a->size);
			json_uint(j, "flags", a->flags);
			json_close(j, '}');
		}
		json_close(j, ']');
	}
	json_close(j, '}');
	json_object(j, "me_version");
	json_bool(j, "found", img->me.found);
	if (img->me.found) {
		char v[48];

		snprintf(v, sizeof(v), "%u.%u.%u.%u", img->me.major, img->me.minor, img->me.hotfix,
			 img->me.build);
		json_string(j, "version", v);
		json_string(j, "where", img->me.where);
	} else
		json_string(j, "reason", img->me.why_not);
	json_close(j, '}');
	json_close(j, '}');
}

static void json_findings(struct json *j, const struct flash_plan *p)
{
	json_array(j, "findings");
	for (unsigned i = 0; i < p->nfindings; i++) {
		const struct finding *f = &p->findings[i];

		json_object(j, NULL);
		json_finding_words(j, f);
		json_close(j, '}');
	}
	json_close(j, ']');
}

void plan_render_json(struct json *j, const struct flash_plan *p)
{
	json_object(j, "plan");
	json_image(j, "image", p->image);
	if (p->backup)
		json_image(j, "backup", p->backup);
	else
		json_null(j, "backup");
	json_bool(j, "machine", p->machine);
	json_string(j, "machine_reason", p->machine ? NULL : p->machine_why);
	json_uint_known(j, "chip_size", p->chip_size_known, p->chip_size);
	json_string(j, "chip_size_from", p->chip_size_known ? p->chip_size_from : NULL);
	json_string(j, "layout_from", plan_layout_from_name(p->layout_from));
	json_tri(j, "layout_same", p->layout_same);
	json_tri(j, "fmap_same", p->fmap_same);
	json_tri(j, "descriptor_changes", p->descriptor_changes);
	json_array(j, "commands");
	for (unsigned i = 0; i < p->ncommands; i++) {
		const struct plan_command *c = &p->command[i];

		json_object(j, NULL);
		json_string(j, "key", c->key);
		json_string(j, "command", c->line);
		json_string(j, "outcome", plan_outcome_name(c->outcome));
		json_string(j, "cause", plan_cause_name(c->cause));
		json_uint_known(j, "range_base", c->range_known, c->range_base);
		json_uint_known(j, "range_limit", c->range_known, c->range_limit);
		json_string(j, "why", c->why);
		json_string(j, "flashrom_says", c->flashrom_says[0] ? c->flashrom_says : NULL);
		json_bool(j, "recommended", is_step(p, i));
		json_close(j, '}');
	}
	json_close(j, ']');
	json_object(j, "sequence");
	json_string(j, "outcome", plan_outcome_name(p->sequence));
	json_string(j, "backup", p->backup_line[0] ? p->backup_line : NULL);
	json_string(j, "backup_lacks", p->backup_lacks[0] ? p->backup_lacks : NULL);
	json_array(j, "steps");
	for (unsigned i = 0; i < p->nsteps; i++)
		json_string(j, NULL, p->command[p->step[i]].line);
	json_close(j, ']');
	json_uint(j, "check_exit_code", p->check_code);
	json_close(j, '}');
	json_findings(j, p);
	json_close(j, '}');
}

/* ---- Markdown ------------------------------------------------------------ */

void plan_render_markdown(FILE *out, const struct flash_plan *p)
{
	char sz[32];

	fprintf(out, "\n#### Before you flash `%s`\n\n", p->image->path);
	size_text(sz, sizeof(sz), p->image->size);
	fprintf(out, "| | |\n|---|---|\n| Image | %s, %s, %s, %s |\n", sz,
		p->image->ifd.found ? "descriptor" : "no descriptor",
		p->image->fmap.found ? "FMAP" : "no FMAP",
		p->image->region_only ? "region-only read" : "whole image");
	if (p->chip_size_known) {
		size_text(sz, sizeof(sz), p->chip_size);
		fprintf(out, "| Chip | %s (%s) |\n", sz, p->chip_size_from);
	} else
		fprintf(out, "| Chip | size unknown |\n");
	if (!p->machine)
		fprintf(out, "| Plan | none: %s |\n", p->machine_why);
	if (p->image->ifd.found && p->layout_from != LAYOUT_FROM_NONE) {
		fprintf(out, "\n| Region | Image | Chip (%s) | |\n|---|---|---|---|\n",
			p->layout_from == LAYOUT_FROM_BACKUP ? "backup's descriptor" : "machine's FREGs");
		for (unsigned i = 0; i < p->nregions; i++) {
			const struct plan_region *r = &p->region[i];

			if (!r->in_image && !r->in_chip)
				continue;
			fprintf(out, "| %s | ", ifd_region_flashrom_name(i));
			if (r->in_image)
				fprintf(out, "`0x%08x-0x%08x`", r->image_base, r->image_limit);
			fprintf(out, " | ");
			if (r->in_chip)
				fprintf(out, "`0x%08x-0x%08x`", r->chip_base, r->chip_limit);
			fprintf(out, " | %s |\n", r->same ? "same" : "**differs**");
		}
	}
	if (p->ncommands) {
		fprintf(out, "\n| Command | Outcome | Why |\n|---|---|---|\n");
		for (unsigned i = 0; i < p->ncommands; i++)
			fprintf(out, "| `%s` | %s | %s |\n", p->command[i].line,
				plan_outcome_name(p->command[i].outcome), p->command[i].why);
	}
	if (p->nsteps) {
		fprintf(out, "\nRecommended sequence (%s):\n\n```sh\n%s\n",
			plan_outcome_name(p->sequence), p->backup_line);
		for (unsigned i = 0; i < p->nsteps; i++)
			fprintf(out, "%s\n", p->command[p->step[i]].line);
		fprintf(out, "```\n");
	}
	fputc('\n', out);
	for (unsigned i = 0; i < p->nfindings; i++)
		fprintf(out, "- **%s** `%s`: %s\n", severity_name(p->findings[i].severity),
			p->findings[i].id, p->findings[i].what);
}

/* ---- --no-machine: the plan alone ------------------------------------------ */

void render_plan_only(FILE *out, const struct flash_plan *p, enum plan_format fmt)
{
	struct json j;

	switch (fmt) {
	case PLAN_FMT_TEXT: {
		char *text = NULL;
		size_t len = 0;
		FILE *mem = open_memstream(&text, &len);

		fprintf(mem ? mem : out, "%s %s: image only (--no-machine), read-only\n",
			PACKAGE_NAME, PACKAGE_VERSION);
		plan_render_text(mem ? mem : out, p);
		if (mem && fclose(mem) == 0) /* fitted to the width as the full report is */
			wrap_write(out, text, len, term_width(fileno(out)));
		free(text);
		break;
	}
	case PLAN_FMT_MARKDOWN:
		fprintf(out, "### spi-inspect report (image only)\n");
		plan_render_markdown(out, p);
		break;
	case PLAN_FMT_JSON:
		json_begin(&j, out);
		json_string(&j, "schema", JSON_SCHEMA_VERSION);
		json_object(&j, "tool");
		json_string(&j, "name", PACKAGE_NAME);
		json_string(&j, "version", PACKAGE_VERSION);
		json_close(&j, '}');
		json_object(&j, "source");
		json_string(&j, "kind", "none");
		json_null(&j, "snapshot");
		json_null(&j, "recorded_by");
		json_null(&j, "kernel");
		json_null(&j, "date");
		json_close(&j, '}');
		plan_render_json(&j, p);
		json_array(&j, "findings");
		json_close(&j, ']');
		json_uint(&j, "reads", 0);
		json_end(&j);
		break;
	}
}
