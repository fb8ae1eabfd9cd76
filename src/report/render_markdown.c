/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render_markdown.c - the report for a GitHub issue, with the snapshot to replay it. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "report/inspection.h"
#include "report/md_code.h"
#include "report/render.h"
#include "report/render_plan.h"

static const char *answer(enum tri t)
{
	return t == TRI_YES ? "**yes**" : t == TRI_NO ? "**no**" : "unknown";
}

/* Table cells may not hold a bare '|' or a newline; command lines go in code spans. */
static void cell(FILE *out, const char *s)
{
	md_prose(out, s ? s : "", 1);
}

/* The longest run of backticks in text, so that the fence around it is longer. */
static size_t longest_backtick_run(const char *text)
{
	size_t best = 0, run = 0;

	for (; *text; text++) {
		run = *text == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

static void fence(FILE *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fputc('`', out);
}

static void header(FILE *out, const struct inspection *in)
{
	const struct identity *id = &in->id;
	char line[512];

	fprintf(out, "### spi-inspect report\n\n");
	fprintf(out, "| Machine | As read |\n|---|---|\n");
	fprintf(out, "| Chipset | ");
	if (id->family) {
		char name[160];

		chipset_display_name(id, name, sizeof(name));
		fprintf(out, "%s (`%04x:%04x`, %s)", name, id->entry->vendor, id->entry->device,
			id_status_name(id->entry->status));
	} else if (id->lpc.present)
		fprintf(out, "%s (`%04x:%04x` at 00:1f.0)", identify_result_name(id->result),
			id->lpc.vendor, id->lpc.device);
	else
		fprintf(out, "%s", identify_result_name(id->result));
	if (in->pci_dump) {
		fprintf(out, " |\n| Source | lspci dump ");
		cell(out, in->pci_dump);
		fprintf(out, "%s (config space only, no memory-mapped registers) |\n",
			in->source ? ", replayed" : "");
	} else
		fprintf(out, " |\n| Source | %s |\n", in->source ? "snapshot (replayed)" : "live, read-only");
	if (machine_describe(&in->machine, line, sizeof(line))) {
		fprintf(out, "| Machine | ");
		cell(out, line);
		fprintf(out, " |\n");
	}
	if (machine_firmware(&in->machine, line, sizeof(line))) {
		fprintf(out, "| Firmware | ");
		cell(out, line);
		fprintf(out, " |\n");
	}
	fprintf(out, "| Tool | %s %s |\n", PACKAGE_NAME, PACKAGE_VERSION);
	fprintf(out, "| Environment | %s |\n", env_problem_words(in->env.problem));
	if (in->me_collected)
		fprintf(out, "| ME | version %s, operation mode %s, working state %s |\n",
			in->me.version[0] ? in->me.version : "unknown",
			in->me.operation_mode.known ? in->me.operation_mode.name : "unknown",
			in->me.working_state.known ? in->me.working_state.name : "unknown");
}

static void summary(FILE *out, const struct inspection *in)
{
	const struct verdict *v = &in->verdict;
	struct summary_row rows[SUMMARY_ROWS];

	fprintf(out, "\n#### What `flashrom -p internal` can do\n\n");
	fprintf(out, "| Operation | Answer | Why |\n|---|---|---|\n");
	summary_rows(in, rows);
	for (size_t i = 0; i < SUMMARY_ROWS; i++) {
		fprintf(out, "| %s | %s | ", rows[i].what, answer(rows[i].answer));
		cell(out, rows[i].why);
		fprintf(out, " |\n");
	}
	if (v->ncommands) {
		fprintf(out, "\nCommands expected to work (back up first):\n\n```sh\n");
		for (unsigned i = 0; i < v->ncommands; i++)
			fprintf(out, "%s\n", v->commands[i]);
		fprintf(out, "```\n");
	}
}

/* A register value as the snapshot writes it: 0x and two hex digits per byte. */
static void hex(FILE *out, uint64_t value, unsigned width)
{
	fprintf(out, "0x%0*" PRIx64, (int)(2 * width), value);
}

static void findings(FILE *out, const struct inspection *in)
{
	fprintf(out, "\n#### Findings\n\n");
	if (!in->findings.n)
		fprintf(out, "None.\n");
	for (unsigned i = 0; i < in->findings.n; i++) {
		const struct finding *f = &in->findings.list[i];

		fprintf(out, "- **%s** `%s`: ", severity_name(f->severity), f->id);
		md_prose(out, f->what, 0);
		fprintf(out, "\n  - Why: ");
		md_prose(out, f->why, 0);
		fprintf(out, "\n  - What to do: ");
		md_prose(out, f->todo, 0);
		fputc('\n', out);
		for (unsigned e = 0; e < f->nevidence; e++) {
			const struct evidence *ev = &f->evidence[e];

			fprintf(out, "  - Read: `%s` at %s", ev->reg, ev->where);
			if (ev->known) {
				fprintf(out, " = `");
				hex(out, ev->value, ev->width);
				fprintf(out, "` (%s)\n", ev->bits ? ev->bits : "");
			} else
				fprintf(out, ": unknown (%s)\n", ev->reason);
		}
	}
}

/* Each region with the judge's answers and reasons, as --regions and JSON give them. */
static void regions(FILE *out, const struct inspection *in)
{
	const struct spi_facts *s = &in->spi;
	static char why[1400]; /* off the stack; one report at a time */

	fprintf(out, "\n#### Flash regions\n\n");
	if (!s->nregions) {
		fprintf(out, "None: %s.\n", in->spi_collected ? "this controller has no descriptor regions"
							  : "the SPI controller was not read");
		return;
	}
	fprintf(out, "What `flashrom -p internal` can read and write, after clearing what it "
		     "can clear.\n\n");
	fprintf(out, "| Region | Range | Size | Read | Write | Why |\n"
		     "|---|---|---|---|---|---|\n");
	for (unsigned n = 0; n < s->nregions; n++) {
		const struct spi_region *r = &s->regions[n];

		fprintf(out, "| FREG%u %s | ", n, r->name);
		if (!r->known)
			fprintf(out, "unknown | | ");
		else if (r->unused) {
			fprintf(out, "unused | | | | |\n");
			continue;
		}
		else {
			uint64_t bytes = (uint64_t)r->limit - r->base + 1;

			fprintf(out, "`0x%08" PRIx32 "-0x%08" PRIx32 "` | %" PRIu64 " %s | ", r->base,
				r->limit, bytes % (1024 * 1024) ? bytes / 1024 : bytes / (1024 * 1024),
				bytes % (1024 * 1024) ? "KiB" : "MiB");
		}
		fprintf(out, "%s | %s | ", access_name(in->verdict.regions[n].read.v),
			access_name(in->verdict.regions[n].write.v));
		region_answer_why(&in->verdict.regions[n], why, sizeof(why));
		cell(out, why);
		fprintf(out, " |\n");
	}
}

static void protected_ranges(FILE *out, const struct inspection *in)
{
	const struct spi_facts *s = &in->spi;

	fprintf(out, "\n#### Protected ranges\n\n");
	if (!s->npr) {
		fprintf(out, "None on this controller.\n");
		return;
	}
	fprintf(out, "| Range | Value | Covers | Write-protected | Read-protected | Overlaps |\n"
		     "|---|---|---|---|---|---|\n");
	for (unsigned i = 0; i < s->npr; i++) {
		const struct spi_pr *p = &s->pr[i];
		const struct reg *r = &in->spi_raw.pr[i];

		fprintf(out, "| %s | ", p->name);
		if (reg_ok(r))
			fprintf(out, "`0x%08" PRIx64 "`", r->value);
		else
			cell(out, reg_reason(r));
		if (!p->known) {
			fprintf(out, " | unknown | unknown | unknown | |\n");
			continue;
		}
		if (p->wp == TRI_YES || p->rp == TRI_YES)
			fprintf(out, " | `0x%08" PRIx32 "-0x%08" PRIx32 "` | ", p->base, p->limit);
		else
			fprintf(out, " | unused | ");
		fprintf(out, "%s | %s |", tri_name(p->wp), tri_name(p->rp));
		for (unsigned n = 0, first = 1; n < s->nregions; n++)
			if (p->overlaps & (1u << n)) {
				fprintf(out, "%s%s", first ? " " : ", ", s->regions[n].name);
				first = 0;
			}
		fprintf(out, " |\n");
	}
}

static void me_row(FILE *out, const char *what, const struct me_enum *e)
{
	fprintf(out, "| %s | ", what);
	if (e->known)
		fprintf(out, "%s (`0x%x`)", e->name, e->value);
	else
		cell(out, e->name[0] ? e->name : "unknown");
	fprintf(out, " |\n");
}

static void me(FILE *out, const struct inspection *in)
{
	const struct me_facts *m = &in->me;

	fprintf(out, "\n#### ME status\n\n");
	if (!in->me_collected) {
		fprintf(out, "Not read on this chipset.\n");
		return;
	}
	fprintf(out, "| ME | As read |\n|---|---|\n| Interface | ");
	cell(out, m->presence == ME_PRESENT ? "present" : m->presence == ME_ABSENT ? "absent"
										 : "could not read");
	fprintf(out, ": ");
	cell(out, m->presence_why);
	fprintf(out, " |\n| Firmware version | %s |\n", m->version[0] ? m->version : "unknown");
	fprintf(out, "| Layout | %s (", me_layout_name(m->layout));
	cell(out, m->layout_why);
	fprintf(out, ") |\n");
	if (m->presence == ME_PRESENT && reg_ok(&m->hfsts[0])) {
		me_row(out, "Working state", &m->working_state);
		me_row(out, "Operation mode", &m->operation_mode);
		me_row(out, "Operation state", &m->operation_state);
		me_row(out, "Error code", &m->error_code);
		fprintf(out, "| Manufacturing mode | %s |\n",
			m->mfg_mode_applicable ? tri_name(m->mfg_mode) : "not applicable");
		fprintf(out, "| Boot Guard | %s |\n",
			m->bootguard_applicable == TRI_NO ? "not applicable"
			: m->bootguard_enabled == TRI_YES ? "enabled"
			: m->bootguard_enabled == TRI_NO ? "not enforcing" : "unknown");
	}
	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		fprintf(out, "| HFSTS%u | ", i + 1);
		if (m->hfsts_source[i]) {
			fprintf(out, "`0x%08" PRIx64 "` from ", m->hfsts[i].value);
			cell(out, m->hfsts_source[i]);
		} else
			fprintf(out, "unknown");
		fprintf(out, " |\n");
	}
}

static void snapshot(FILE *out, const char *text)
{
	size_t n = longest_backtick_run(text) + 1;

	if (n < 3)
		n = 3;
	fprintf(out, "\n<details><summary>Snapshot (save as machine.snap, replay with "
		     "<code>spi-inspect --from machine.snap</code>)</summary>\n\n");
	fprintf(out, "The snapshot holds every register read, the kernel command line "
		     "(/proc/cmdline) and the machine's DMI strings (vendor, product, board, "
		     "BIOS version; never serial numbers or UUIDs): remove what you would not "
		     "post before you post it.\n\n");
	fence(out, n);
	fprintf(out, "\n%s", text);
	if (!*text || text[strlen(text) - 1] != '\n')
		fputc('\n', out);
	fence(out, n);
	fprintf(out, "\n\n</details>\n");
}

void render_markdown(FILE *out, const struct inspection *in, const struct render_options *opt)
{
	header(out, in);
	if (opt->part == PART_ALL) {
		summary(out, in);
		if (opt->plan)
			plan_render_markdown(out, opt->plan);
		findings(out, in);
	}
	if (opt->part == PART_ALL || opt->part == PART_REGIONS) {
		regions(out, in);
		protected_ranges(out, in);
	}
	if (opt->part == PART_ALL || opt->part == PART_ME)
		me(out, in);
	if (opt->snapshot)
		snapshot(out, opt->snapshot);
}
