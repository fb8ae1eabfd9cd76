/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render_text.c - the report for a terminal: summary first, then findings, then details. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "report/inspection.h"
#include "report/me_status.h"
#include "report/regions.h"
#include "report/render.h"
#include "report/render_plan.h"
#include "report/wrap.h"

static const struct {
	const char *tag, *color;
} sev_style[] = {
	[SEV_BLOCKS] = { "BLOCKS", "\033[1;31m" },
	[SEV_WARNING] = { "WARNING", "\033[1;33m" },
	[SEV_UNKNOWN] = { "UNKNOWN", "\033[1;35m" },
	[SEV_INFO] = { "INFO", "\033[1;36m" },
	[SEV_OK] = { "OK", "\033[1;32m" },
};
_Static_assert(ARRAY_SIZE(sev_style) == SEV_COUNT, "sev_style out of sync");

static const char *answer(enum tri t)
{
	return t == TRI_YES ? "yes" : t == TRI_NO ? "no" : "unknown";
}

static void header(FILE *out, const struct inspection *in)
{
	const struct identity *id = &in->id;
	char line[512];

	fprintf(out, "%s %s: ", PACKAGE_NAME, PACKAGE_VERSION);
	if (id->family) {
		char name[160];
		const struct found_dev *d = id->entry->role == ROLE_SPI ? &id->spi : &id->lpc;

		chipset_display_name(id, name, sizeof(name));
		fprintf(out, "%s, %04x:%04x at %02x:%02x.%x\n", name, id->entry->vendor,
			id->entry->device, d->loc.bus, d->loc.dev, d->loc.fn);
	}
	else if (id->lpc.present)
		fprintf(out, "%s bridge %04x:%04x at 00:1f.0\n", identify_result_name(id->result),
			id->lpc.vendor, id->lpc.device);
	else
		fprintf(out, "%s\n", identify_result_name(id->result));
	if (in->source)
		fprintf(out, "Source: snapshot %s (recorded by %s, kernel %s, %s)\n", in->source,
			in->tool ? in->tool : "unknown tool", in->kernel ? in->kernel : "unknown",
			in->date ? in->date : "date unknown");
	else if (in->pci_dump)
		fprintf(out, "Source: the lspci dump %s (libpci method dump): config space only, no "
			     "memory-mapped registers\n", in->pci_dump);
	else if (in->pci_method)
		fprintf(out, "Source: live reads through libpci method %s, read-only\n", in->pci_method);
	else
		fprintf(out, "Source: this machine, read-only\n");
	if (machine_describe(&in->machine, line, sizeof(line)))
		fprintf(out, "Machine: %s\n", line);
	if (machine_firmware(&in->machine, line, sizeof(line)))
		fprintf(out, "Firmware: %s\n", line);
}

/*
 * A command line, indented by 4; one wider than width goes on with a backslash at
 * the end of each line, so that it still pastes into a shell as one command.
 */
static void command_line(FILE *out, const char *cmd, unsigned width)
{
	unsigned col = 4;

	fputs("    ", out);
	while (*cmd) {
		size_t word = strcspn(cmd, " ");

		if (col > 4) {
			if (width && col + 1 + word + 2 > width) {
				fputs(" \\\n      ", out);
				col = 6;
			} else {
				fputc(' ', out);
				col++;
			}
		}
		fwrite(cmd, 1, word, out);
		col += (unsigned)word;
		cmd += word;
		while (*cmd == ' ')
			cmd++;
	}
	fputc('\n', out);
}

static void summary(FILE *out, const struct inspection *in, unsigned width)
{
	const struct verdict *v = &in->verdict;
	struct summary_row rows[SUMMARY_ROWS];

	summary_rows(in, rows);
	fprintf(out, "\nWhat flashrom -p internal can do here\n");
	for (size_t i = 0; i < SUMMARY_ROWS; i++) {
		fprintf(out, "  %-22s %-8s %s\n", rows[i].what, answer(rows[i].answer), rows[i].why);
	}
	if (v->ncommands) {
		fprintf(out, "  Commands expected to work (back up first):\n");
		for (unsigned i = 0; i < v->ncommands; i++)
			command_line(out, v->commands[i], width);
	}
}

static void evidence_line(FILE *out, const struct evidence *e)
{
	char line[512];

	if (e->known)
		snprintf(line, sizeof(line), "%s at %s = 0x%0*llx: %s [%s]", e->reg, e->where,
			 (int)(2 * e->width), (unsigned long long)e->value, e->bits ? e->bits : "", e->source ? e->source : "");
	else
		snprintf(line, sizeof(line), "%s at %s: unknown (%s)", e->reg, e->where, e->reason);
	fprintf(out, "      read: %s\n", line);
}

static void findings(FILE *out, const struct inspection *in, const struct render_options *opt)
{
	fprintf(out, "\nFindings\n");
	if (!in->findings.n)
		fprintf(out, "  none\n");
	for (unsigned i = 0; i < in->findings.n; i++) {
		const struct finding *f = &in->findings.list[i];

		fprintf(out, "  %s%-7s%s %s\n", opt->color ? sev_style[f->severity].color : "",
			sev_style[f->severity].tag, opt->color ? "\033[0m" : "", f->id);
		fprintf(out, "      %s\n      why: %s\n      do:  %s\n", f->what, f->why, f->todo);
		if (opt->verbose)
			for (unsigned e = 0; e < f->nevidence; e++)
				evidence_line(out, &f->evidence[e]);
	}
}

static void devices(FILE *out, const struct inspection *in)
{
	const struct found_dev *devs[] = { &in->id.host, &in->id.lpc, &in->id.spi, &in->id.heci };

	fprintf(out, "\nDevices (%zu PCI functions listed)\n", in->id.ndevs);
	for (size_t i = 0; i < ARRAY_SIZE(devs); i++) {
		const struct found_dev *d = devs[i];
		char bdf[16];

		if (!d->role)
			continue;
		pci_loc_format(d->loc, bdf, sizeof(bdf));
		if (d->present)
			fprintf(out, "  %-16s %s  %04x:%04x  %s\n", d->role, bdf, d->vendor, d->device,
				d->name[0] ? d->name : d->entry ? d->entry->name : "");
		else
			fprintf(out, "  %-16s %s  not listed (hidden or absent)\n", d->role, bdf);
	}
}

/* The judge's finding on an ME without status (me.unreadable, me.not_on_chipset), or NULL. */
static const struct finding *me_answer(const struct inspection *in)
{
	for (unsigned i = 0; i < in->findings.n; i++)
		if (!strcmp(in->findings.list[i].id, "me.unreadable") ||
		    !strcmp(in->findings.list[i].id, "me.not_on_chipset"))
			return &in->findings.list[i];
	return NULL;
}

/* The report, laid out as if lines had no end; render_text() fits it to the width. */
static void render_lines(FILE *out, const struct inspection *in, const struct render_options *opt)
{
	header(out, in);
	if (opt->part != PART_ALL)
		fputc('\n', out);
	if (opt->part == PART_REGIONS) {
		if (in->spi_collected)
			report_regions(out, &in->spi_raw, &in->spi, in->verdict.regions, opt->verbose, opt->width);
		return;
	}
	if (opt->part == PART_ME) {
		if (in->me_collected)
			report_me_status_judged(out, &in->me_raw, &in->me, me_answer(in));
		return;
	}
	summary(out, in, opt->width);
	if (opt->plan)
		plan_render_text(out, opt->plan);
	findings(out, in, opt);
	devices(out, in);
	if (in->spi_collected && in->id.family->spibar_via != SPIBAR_NONE) {
		fprintf(out, "\n");
		report_regions(out, &in->spi_raw, &in->spi, in->verdict.regions, opt->verbose, opt->width);
	}
	if (in->me_collected) {
		fprintf(out, "\n");
		report_me_status_judged(out, &in->me_raw, &in->me, me_answer(in));
	}
	fprintf(out, "\n%lu reads, no writes.\n", in->reads);
}

void render_text(FILE *out, const struct inspection *in, const struct render_options *opt)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = opt->width ? open_memstream(&text, &len) : NULL;

	if (!mem) { /* no width, or no memory to hold the report: lines as they come */
		render_lines(out, in, opt);
		return;
	}
	render_lines(mem, in, opt);
	if (fclose(mem) == 0)
		wrap_write(out, text, len, opt->width);
	free(text);
}
