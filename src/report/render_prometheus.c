/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render_prometheus.c - the report as metrics for node_exporter's textfile collector. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "report/inspection.h"
#include "report/render.h"

/*
 * The text exposition format (prometheus.io/docs/instrumenting/exposition_formats):
 * "# HELP name text" and "# TYPE name gauge" once per family, then its samples, all
 * together; no timestamps on samples (node_exporter's textfile collector refuses a file
 * that has them). Names follow prometheus.io/docs/practices/naming: one prefix, base
 * units, no _total on gauges. This file formats the facts and the judge's answers as the
 * JSON renderer does; an unknown fact has no sample but a spi_inspect_unknown one.
 */
#define PREFIX "spi_inspect_"
#define MAX_UNKNOWN 128 /* more than every fact below, regions and ranges included */

struct family {
	const char *name; /* after PREFIX */
	const char *help;
	bool shown;       /* HELP and TYPE printed */
};

struct label {
	const char *name, *value;
};

struct unknown {
	const char *fact;
	struct label where; /* region or range, or { NULL } */
};

struct prom {
	FILE *out;
	unsigned nunknown;
	struct unknown unknown[MAX_UNKNOWN];
};

/* HELP text escapes backslash and newline; label values also the double quote. */
static void escaped(FILE *out, const char *s, bool quote)
{
	for (; s && *s; s++) {
		if (*s == '\\')
			fputs("\\\\", out);
		else if (*s == '\n')
			fputs("\\n", out);
		else if (*s == '"' && quote)
			fputs("\\\"", out);
		else
			fputc(*s, out);
	}
}

/* One sample; labels end with a NULL name. HELP and TYPE come before the first. */
static void sample(struct prom *p, struct family *f, const struct label *labels, long long value)
{
	if (!f->shown) {
		fprintf(p->out, "# HELP " PREFIX "%s ", f->name);
		escaped(p->out, f->help, false);
		fprintf(p->out, "\n# TYPE " PREFIX "%s gauge\n", f->name);
		f->shown = true;
	}
	fprintf(p->out, PREFIX "%s", f->name);
	for (unsigned i = 0; labels && labels[i].name; i++) {
		fprintf(p->out, "%s%s=\"", i ? "," : "{", labels[i].name);
		escaped(p->out, labels[i].value, true);
		fputc('"', p->out);
		if (!labels[i + 1].name)
			fputc('}', p->out);
	}
	fprintf(p->out, " %lld\n", value);
}

/* A yes/no fact as 1/0; an unknown one is left out and listed in spi_inspect_unknown. */
static void tri_sample(struct prom *p, struct family *f, struct label where, enum tri t)
{
	const struct label labels[] = { where, { NULL, NULL } };

	if (t != TRI_UNKNOWN) {
		sample(p, f, labels, t == TRI_YES);
		return;
	}
	if (p->nunknown < MAX_UNKNOWN)
		p->unknown[p->nunknown++] = (struct unknown){ f->name, where };
}

/* The yes/no facts of one machine: where each is decoded is named at its definition. */
struct tri_fact {
	struct family family;
	size_t offset; /* of the enum tri in struct inspection */
};

#define AT(member) offsetof(struct inspection, member)

static const struct tri_fact tri_facts[] = {
	{ { "spi_flockdn", "HSFS FLOCKDN: 1 when the SPI configuration (access registers, "
	    "protected ranges) is locked until the next reset.", false }, AT(spi.flockdn) },
	{ { "spi_fdv", "HSFS FDV: 1 when the flash descriptor is valid, so that its region "
	    "access rules apply.", false }, AT(spi.fdv) },
	{ { "spi_fdopss", "HSFS FDOPSS: 1 when the descriptor override strap is not set; 0 "
	    "when it is set and the descriptor's access rules are off.", false }, AT(spi.fdopss) },
	{ { "bios_cntl_bioswe", "BIOS_CNTL BIOSWE: 1 when writes to the BIOS were enabled "
	    "at the time of the reading.", false }, AT(spi.bc.bioswe) },
	{ { "bios_cntl_ble", "BIOS_CNTL BLE: 1 when setting BIOSWE raises an SMI, so that the "
	    "firmware's SMI handler decides.", false }, AT(spi.bc.ble) },
	{ { "bios_cntl_smm_bwp", "BIOS_CNTL SMM_BWP (EISS on newer chipsets): 1 when only "
	    "System Management Mode may write the BIOS.", false }, AT(spi.bc.smm_bwp) },
	{ { "flashrom_bios_read", "1 when flashrom -p internal can read the BIOS region, 0 when "
	    "it cannot (the report's summary answer).", false }, AT(verdict.bios_read) },
	{ { "flashrom_bios_write", "1 when flashrom -p internal can write the BIOS region, 0 "
	    "when it cannot (the report's summary answer).", false }, AT(verdict.bios_write) },
	{ { "flashrom_chip_read", "1 when flashrom -p internal can read the whole flash chip, 0 "
	    "when it cannot (the report's summary answer).", false }, AT(verdict.chip_read) },
	{ { "flashrom_chip_write", "1 when flashrom -p internal can write the whole flash chip, "
	    "0 when it cannot (the report's summary answer).", false }, AT(verdict.chip_write) },
};

/* A DMI string as a label value: "" when it was not read (as for every label). */
static const char *dmi(const struct inspection *in, enum machine_field f)
{
	const char *v = machine_get(&in->machine, f);

	return v ? v : "";
}

static void info(struct prom *p, const struct inspection *in)
{
	struct family f = { "info", "The tool, the chipset it identified, the ME firmware "
			    "version and the machine's firmware (DMI bios_vendor, bios_version; "
			    "firmware: vendor, coreboot or dasharo); the value is always 1.", false };
	const struct identity *id = &in->id;
	char chipset[160] = ""; /* family and model names are far shorter */

	if (id->family)
		chipset_display_name(id, chipset, sizeof(chipset));
	sample(p, &f, (const struct label[]){
		{ "version", PACKAGE_VERSION },
		{ "source", in->source ? "snapshot" : "live" },
		{ "identification", identify_result_name(id->result) },
		{ "chipset", chipset },
		{ "family", id->family ? id->family->key : "" },
		{ "model", id->entry && id->entry->name ? id->entry->name : "" },
		{ "support_status", id->entry ? id_status_name(id->entry->status) : "" },
		{ "me_version", in->me.version },
		{ "bios_vendor", dmi(in, MACHINE_BIOS_VENDOR) },
		{ "bios_version", dmi(in, MACHINE_BIOS_VERSION) },
		{ "firmware", firmware_kind_key(in->machine.firmware) },
		{ "product", dmi(in, MACHINE_PRODUCT_NAME) },
		{ NULL, NULL } }, 1);
}

static void me_info(struct prom *p, const struct inspection *in)
{
	struct family f = { "me_info", "The Management Engine: whether it is present, the HFSTS "
			    "layout used to decode it, its working state and operation mode; "
			    "the value is always 1.", false };
	struct family unknown_mode = { "me_operation_mode", "", false };
	const struct me_facts *m = &in->me;

	sample(p, &f, (const struct label[]){
		{ "presence", me_presence_name(m->presence) },
		{ "layout", me_layout_name(m->layout) },
		{ "working_state", m->working_state.known ? m->working_state.name : "" },
		{ "operation_mode", m->operation_mode.known ? m->operation_mode.name : "" },
		{ NULL, NULL } }, 1);
	if (!m->operation_mode.known)
		tri_sample(p, &unknown_mode, (struct label){ NULL, NULL }, TRI_UNKNOWN);
}

static void regions(struct prom *p, const struct spi_facts *s)
{
	struct family rd = { "region_host_read", "1 when the descriptor lets the host (the BIOS "
			     "master) read this flash region (regions in use), 0 when it does not.", false };
	struct family wr = { "region_host_write", "1 when the descriptor lets the host (the BIOS "
			     "master) write this flash region, 0 when it does not.", false };

	/* an unused region (FREGn base above limit) is no region: it has no samples */
	for (unsigned i = 0; i < s->nregions; i++)
		if (!(s->regions[i].known && s->regions[i].unused))
			tri_sample(p, &rd, (struct label){ "region", s->regions[i].name },
				   s->regions[i].read);
	for (unsigned i = 0; i < s->nregions; i++)
		if (!(s->regions[i].known && s->regions[i].unused))
			tri_sample(p, &wr, (struct label){ "region", s->regions[i].name },
				   s->regions[i].write);
}

/* The judge's answer per region (as --regions prints it): what flashrom will find. */
static void region_answers(struct prom *p, const struct inspection *in)
{
	struct family rd = { "flashrom_region_read", "1 when flashrom -p internal can read all "
			     "of this flash region, 0 when it cannot or only part of it (the "
			     "answer --regions gives).", false };
	struct family wr = { "flashrom_region_write", "1 when flashrom -p internal can write all "
			     "of this flash region, 0 when it cannot or only part of it (the "
			     "answer --regions gives).", false };
	const struct spi_facts *s = &in->spi;

	for (unsigned i = 0; i < s->nregions; i++)
		if (in->verdict.regions[i].judged)
			tri_sample(p, &rd, (struct label){ "region", s->regions[i].name },
				   access_tri(in->verdict.regions[i].read.v));
	for (unsigned i = 0; i < s->nregions; i++)
		if (in->verdict.regions[i].judged)
			tri_sample(p, &wr, (struct label){ "region", s->regions[i].name },
				   access_tri(in->verdict.regions[i].write.v));
}

static void protected_ranges(struct prom *p, const struct spi_facts *s)
{
	struct family wp = { "protected_range_write_protect", "1 when this protected range "
			     "(PRn, PBRn, GPR0) blocks writes, 0 when it does not.", false };
	struct family rp = { "protected_range_read_protect", "1 when this protected range "
			     "blocks reads, 0 when it does not.", false };
	struct family locked = { "protected_range_locked", "1 when this protected range cannot "
				 "be changed before the next reset, 0 when flashrom can clear it.",
				 false };
	struct family over = { "protected_range_region", "A flash region that this protected "
			       "range, when it protects anything, overlaps; the value is always 1.",
			       false };

	for (unsigned i = 0; i < s->npr; i++)
		tri_sample(p, &wp, (struct label){ "range", s->pr[i].name },
			   s->pr[i].known ? s->pr[i].wp : TRI_UNKNOWN);
	for (unsigned i = 0; i < s->npr; i++)
		tri_sample(p, &rp, (struct label){ "range", s->pr[i].name },
			   s->pr[i].known ? s->pr[i].rp : TRI_UNKNOWN);
	for (unsigned i = 0; i < s->npr; i++)
		if (s->pr[i].known && (s->pr[i].wp == TRI_YES || s->pr[i].rp == TRI_YES))
			tri_sample(p, &locked, (struct label){ "range", s->pr[i].name },
				   s->pr[i].locked);
	/* base and limit mean something only while the range protects (spi.h) */
	for (unsigned i = 0; i < s->npr; i++) {
		const struct spi_pr *r = &s->pr[i];

		if (!r->known || (r->wp != TRI_YES && r->rp != TRI_YES))
			continue;
		for (unsigned n = 0; n < s->nregions; n++)
			if (r->overlaps & (1u << n))
				sample(p, &over, (const struct label[]){ { "range", r->name },
					{ "region", s->regions[n].name }, { NULL, NULL } }, 1);
	}
}

static void me_mfg_mode(struct prom *p, const struct me_facts *m)
{
	struct family f = { "me_manufacturing_mode", "1 when the ME firmware is in manufacturing "
			    "mode (HFSTS1 bit 4 on layouts where it means that), 0 when it is not.",
			    false };

	/* where bit 4 means something else the JSON has null: here it is unknown too */
	tri_sample(p, &f, (struct label){ NULL, NULL },
		   m->mfg_mode_applicable ? m->mfg_mode : TRI_UNKNOWN);
}

static void findings(struct prom *p, const struct findings *fs)
{
	struct family f = { "findings", "How many findings of each severity the report has "
			    "(blocks, warning, unknown, info, ok: docs/findings.md).", false };

	for (unsigned s = 0; s < SEV_COUNT; s++) {
		long long n = 0;

		for (unsigned i = 0; i < fs->n; i++)
			n += fs->list[i].severity == (enum severity)s;
		sample(p, &f, (const struct label[]){ { "severity", severity_name(s) },
						      { NULL, NULL } }, n);
	}
}

static void unknowns(struct prom *p)
{
	struct family f = { "unknown", "A fact that could not be read or does not apply here: "
			    "the metric named by fact has no sample for it.", false };

	for (unsigned i = 0; i < p->nunknown; i++) {
		const struct unknown *u = &p->unknown[i];

		sample(p, &f, (const struct label[]){ { "fact", u->fact }, u->where,
						      { NULL, NULL } }, 1);
	}
}

void render_prometheus(FILE *out, const struct inspection *in, const struct render_options *opt,
		       long long run_time)
{
	struct prom p = { .out = out };
	struct family last_run = { "last_run_timestamp_seconds", "When the report was made, in "
				   "seconds since the epoch (SOURCE_DATE_EPOCH when set).", false };
	struct family code = { "exit_code", "The exit code of the report: 0, or why it is partial "
			       "(spi-inspect --help lists the codes).", false };
	struct family check = { "check_exit_code", "The exit code of spi-inspect --check: 0 when "
				"flashrom can write the BIOS region, else the first reason's code.",
				false };

	(void)opt; /* the whole report: --regions and --me-status do not apply */
	info(&p, in);
	sample(&p, &last_run, NULL, run_time);
	sample(&p, &code, NULL, in->verdict.exit_code);
	sample(&p, &check, NULL, in->verdict.check_code);
	for (size_t i = 0; i < ARRAY_SIZE(tri_facts); i++) {
		struct family f = tri_facts[i].family;
		enum tri t;

		memcpy(&t, (const char *)in + tri_facts[i].offset, sizeof(t)); /* by offsetof */
		tri_sample(&p, &f, (struct label){ NULL, NULL }, t);
	}
	regions(&p, &in->spi);
	region_answers(&p, in);
	protected_ranges(&p, &in->spi);
	me_mfg_mode(&p, &in->me);
	me_info(&p, in);
	findings(&p, &in->findings);
	unknowns(&p);
}
