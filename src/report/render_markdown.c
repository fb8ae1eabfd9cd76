/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render_markdown.c - the report for a GitHub issue, with the snapshot to replay it. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "inspect.h"
#include "report/render.h"
#include "report/render_plan.h"

static const char *answer(enum tri t)
{
	return t == TRI_YES ? "**yes**" : t == TRI_NO ? "**no**" : "unknown";
}

/* Table cells may not hold a bare '|' or a newline. */
static void cell(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '|')
			fputs("\\|", out);
		else if (*s == '\n')
			fputc(' ', out);
		else
			fputc(*s, out);
	}
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

void render_markdown(FILE *out, const struct inspection *in, const struct render_options *opt)
{
	const struct identity *id = &in->id;
	const struct verdict *v = &in->verdict;
	struct summary_row rows[SUMMARY_ROWS];
	char line[512];

	fprintf(out, "### spi-inspect report\n\n");
	fprintf(out, "| | |\n|---|---|\n");
	fprintf(out, "| Chipset | ");
	if (id->family) {
		char name[160];

		chipset_display_name(id, name, sizeof(name));
		fprintf(out, "%s (`%04x:%04x`, %s)", name, id->entry->vendor, id->entry->device,
			id_status_name(id->entry->status));
	}
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

	if (opt->plan)
		plan_render_markdown(out, opt->plan);
	fprintf(out, "\n#### Findings\n\n");
	if (!in->findings.n)
		fprintf(out, "None.\n");
	for (unsigned i = 0; i < in->findings.n; i++) {
		const struct finding *f = &in->findings.list[i];

		fprintf(out, "- **%s** `%s`: %s\n  - Why: %s\n  - What to do: %s\n",
			severity_name(f->severity), f->id, f->what, f->why, f->todo);
		for (unsigned e = 0; e < f->nevidence; e++) {
			const struct evidence *ev = &f->evidence[e];

			if (ev->known)
				fprintf(out, "  - Read: `%s` at %s = `0x%llx` (%s)\n", ev->reg, ev->where,
					(unsigned long long)ev->value, ev->bits ? ev->bits : "");
			else
				fprintf(out, "  - Read: `%s` at %s: unknown (%s)\n", ev->reg, ev->where,
					ev->reason);
		}
	}

	if (opt->snapshot) {
		size_t n = longest_backtick_run(opt->snapshot) + 1;

		if (n < 3)
			n = 3;
		fprintf(out, "\n<details><summary>Snapshot (save as machine.snap, replay with "
			     "<code>spi-inspect --from machine.snap</code>)</summary>\n\n");
		fence(out, n);
		fprintf(out, "\n%s", opt->snapshot);
		if (!*opt->snapshot || opt->snapshot[strlen(opt->snapshot) - 1] != '\n')
			fputc('\n', out);
		fence(out, n);
		fprintf(out, "\n\n</details>\n");
	}
}
