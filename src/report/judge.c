/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge.c - the judge: every subject's findings, then the verdict; the helpers they share. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/findings.h"
#include "report/judge_internal.h"
#include "report/verdict.h"

struct finding *add(struct findings *fs, enum severity sev, const char *fmt_id, ...)
{
	static struct finding overflow; /* never rendered; keeps callers simple */
	struct finding *f;
	va_list ap;

	if (fs->n >= FINDINGS_MAX)
		return memset(&overflow, 0, sizeof(overflow));
	f = &fs->list[fs->n++];
	memset(f, 0, sizeof(*f));
	f->severity = sev;
	va_start(ap, fmt_id);
	vsnprintf(f->id, sizeof(f->id), fmt_id, ap);
	va_end(ap);
	return f;
}


void cite(struct finding *f, const struct reg *r, const char *bits, const char *source)
{
	struct evidence *e;

	if (!r || !r->name || f->nevidence >= FINDING_MAX_EVIDENCE)
		return;
	e = &f->evidence[f->nevidence++];
	e->reg = r->name;
	snprintf(e->where, sizeof(e->where), "%s", r->where);
	e->known = reg_ok(r);
	e->value = r->value;
	e->width = r->width;
	if (!e->known)
		snprintf(e->reason, sizeof(e->reason), "%s", reg_reason(r));
	e->bits = bits;
	e->source = source;
}

void region_key(const char *name, char *out, size_t size)
{
	size_t i = 0;

	for (; name && name[i] && i + 1 < size; i++)
		out[i] = isalnum((unsigned char)name[i]) ? (char)tolower((unsigned char)name[i]) : '_';
	out[i] = '\0';
}

const char *severity_name(enum severity s)
{
	static const char *const names[] = {
		[SEV_BLOCKS] = "blocks", [SEV_WARNING] = "warning", [SEV_UNKNOWN] = "unknown",
		[SEV_INFO] = "info",     [SEV_OK] = "ok",
	};
	_Static_assert(ARRAY_SIZE(names) == SEV_COUNT, "severity names out of sync");

	return (unsigned)s < SEV_COUNT ? names[s] : "unknown";
}

void judge(struct inspection *in)
{
	judge_env(in);
	judge_chipset(in);
	if (in->spi_collected && in->id.family->spibar_via != SPIBAR_NONE) {
		judge_hsfs(in);
		judge_regions(in);
		judge_prs(in);
		judge_bbar(in);
		judge_boot_straps(in);
	}
	if (in->spi_collected)
		judge_bios_cntl(in);
	judge_me(in);
	judge_verdict(in);
}
