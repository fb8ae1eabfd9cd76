/* SPDX-License-Identifier: GPL-2.0-or-later */
/* me_status.c - the text of `spi-inspect --me-status`: summary, then raw HFSTS decode. */
#include <string.h>

#include "report/me_status.h"

#define LABEL "  %-20s"

static const char *onoff(enum tri t, const char *yes, const char *no)
{
	return t == TRI_YES ? yes : t == TRI_NO ? no : "unknown";
}

static void line_enum(FILE *out, const char *label, const struct me_enum *e, const char *meaning)
{
	fprintf(out, LABEL "%s (0x%x)", label, e->name, e->value);
	if (meaning)
		fprintf(out, ". %s", meaning);
	fputc('\n', out);
}

static void summary_interface(FILE *out, const struct me_raw *raw, const struct me_facts *f)
{
	char bdf[16];

	pci_loc_format(raw->loc, bdf, sizeof(bdf));
	if (f->presence == ME_PRESENT)
		fprintf(out, LABEL "present: %s\n", "Interface:", f->presence_why);
	else if (f->presence == ME_ABSENT)
		fprintf(out, LABEL "absent: %s\n", "Interface:", f->presence_why);
	else
		fprintf(out, LABEL "could not read: %s\n", "Interface:", f->presence_why);
	if (raw->loc_known && f->presence != ME_PRESENT)
		fprintf(out, LABEL "%s (from the chipset family; function 0 holds HFSTS)\n",
			"Expected at:", bdf);
}

static void summary_values_from(FILE *out, const struct me_raw *raw, const struct me_facts *f)
{
	unsigned ncfg = 0, nsys = 0;

	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		if (!f->hfsts_source[i])
			continue;
		if (strncmp(f->hfsts_source[i], "config", 6) == 0)
			ncfg++;
		else
			nsys++;
	}
	fprintf(out, LABEL, "Values from:");
	if (ncfg)
		fprintf(out, "config space (%u register%s)", ncfg, ncfg == 1 ? "" : "s");
	if (nsys)
		fprintf(out, "%ssysfs %s/fw_status (%u word%s)", ncfg ? ", " : "", raw->sysfs_path,
			nsys, nsys == 1 ? "" : "s");
	if (!ncfg && raw->cfg[0].read)
		fprintf(out, "; config space: %s", reg_reason(&raw->cfg[0]));
	if (!ncfg && !nsys)
		fputs("nothing could be read", out);
	if (f->sources_disagree)
		fprintf(out, "; %s", f->disagree_note);
	else if (ncfg && raw->sysfs_words)
		fputs("; sysfs fw_status agrees", out);
	fputc('\n', out);
}

static void summary_mfg(FILE *out, const struct me_facts *f)
{
	const char *meaning = me_mfg_mode_meaning(f);

	if (!reg_ok(&f->hfsts[0])) {
		fprintf(out, LABEL "unknown (HFSTS1 could not be read)\n", "Manufacturing mode:");
		return;
	}
	if (f->mfg_mode_applicable)
		fprintf(out, LABEL "%s (HFSTS1 bit 4)\n", "Manufacturing mode:",
			onoff(f->mfg_mode, "yes", "no"));
	else
		fprintf(out, LABEL "not applicable: %s\n", "Manufacturing mode:", f->bit4_note);
	if (f->spi_protection_mode != TRI_UNKNOWN)
		fprintf(out, LABEL "%s (HFSTS1 bit 4 = %u)\n", "SPI protection:",
			onoff(f->spi_protection_mode, "on (descriptor locked)", "off (unprotected)"),
			(unsigned)((f->hfsts[0].value >> 4) & 1));
	if (f->mfg_mode_applicable && f->bit4_note[0])
		fprintf(out, LABEL "%s\n", "", f->bit4_note);
	if (f->mfg_mode_coreboot != TRI_UNKNOWN && f->mfg_note)
		fprintf(out, LABEL "coreboot's verdict: %s. %s\n", "",
			onoff(f->mfg_mode_coreboot, "manufacturing mode", "not in manufacturing mode"),
			f->mfg_note);
	if (meaning)
		fprintf(out, LABEL "%s\n", "", meaning);
}

static void summary_fuses(FILE *out, const struct me_facts *f)
{
	if (f->fpf_soc_lock != TRI_UNKNOWN)
		fprintf(out, LABEL "%s\n", "Fuses (FPF):",
			onoff(f->fpf_soc_lock, "committed (SOC configuration locked)",
			      "not committed: the vendor did not fuse the platform"));
	if (f->mfg_lock != TRI_UNKNOWN)
		fprintf(out, LABEL "%s\n", "Mfg variables:",
			onoff(f->mfg_lock, "locked", "not locked (see the note on Flexible EOM above)"));
}

static void summary_bootguard(FILE *out, const struct me_facts *f)
{
	if (f->bootguard_applicable == TRI_NO) {
		fprintf(out, LABEL "not applicable: %s\n", "Boot Guard:", f->bootguard_note);
		return;
	}
	if (f->bootguard_applicable != TRI_YES) {
		fprintf(out, LABEL "unknown (the generation is unknown)\n", "Boot Guard:");
		return;
	}
	fprintf(out, LABEL "%s", "Boot Guard:", onoff(f->bootguard_enabled, "enabled", "not enforcing"));
	if (f->bootguard_verified != TRI_UNKNOWN || f->bootguard_measured != TRI_UNKNOWN)
		fprintf(out, "; verified boot %s, measured boot %s",
			tri_name(f->bootguard_verified), tri_name(f->bootguard_measured));
	if (f->bootguard_policy.name[0])
		fprintf(out, "; on error: %s", f->bootguard_policy.name);
	if (f->bootguard_acm_active != TRI_UNKNOWN)
		fprintf(out, "; ACM active %s, done %s", tri_name(f->bootguard_acm_active),
			tri_name(f->bootguard_acm_done));
	fputc('\n', out);
	if (f->bootguard_note)
		fprintf(out, LABEL "%s\n", "", f->bootguard_note);
}

static void summary(FILE *out, const struct me_raw *raw, const struct me_facts *f)
{
	const char *m;

	fputs("ME status (Intel ME / CSME / TXE / SPS)\n", out);
	summary_interface(out, raw, f);
	if ((m = me_presence_meaning(f)))
		fprintf(out, LABEL "%s\n", "", m);
	if (f->presence != ME_PRESENT)
		return;
	if (f->version[0])
		fprintf(out, LABEL "%s (%s/fw_ver)\n", "Firmware version:", f->version,
			raw->sysfs_path);
	else
		fprintf(out, LABEL "unknown (%s)\n", "Firmware version:",
			raw->fw_ver_why[0] ? raw->fw_ver_why
			: raw->fw_ver[0] ? "fw_ver is not platform:major.minor.hotfix.build"
					 : "no sysfs fw_ver");
	fprintf(out, LABEL "%s, chosen from %s\n", "Layout:", me_layout_name(f->layout),
		f->layout_why);
	summary_values_from(out, raw, f);
	if (!reg_ok(&f->hfsts[0]))
		return;
	line_enum(out, "Working state:", &f->working_state, me_working_state_meaning(f));
	line_enum(out, "Operation mode:", &f->operation_mode, me_operation_mode_meaning(f));
	if (f->disabled)
		fprintf(out, LABEL "yes: %s\n", "ME disabled:", f->disabled_why);
	summary_mfg(out, f);
	summary_fuses(out, f);
	summary_bootguard(out, f);
	if (f->sku.name[0])
		fprintf(out, LABEL "%s (0x%x)\n", "Firmware SKU:", f->sku.name, f->sku.value);
}

static void raw_register(FILE *out, const struct me_raw *raw, const struct me_facts *f,
			 unsigned i)
{
	const struct me_regdef *d = me_hfsts_def(f->layout, i);
	const struct reg *r = &f->hfsts[i];

	if (!f->hfsts_source[i]) {
		fprintf(out, "  HFSTS%u = unknown\n", i + 1);
		if (raw->cfg[i].read)
			fprintf(out, "    config space 0x%02x: %s\n", me_hfsts_offset[i],
				reg_reason(&raw->cfg[i]));
		if (raw->sysfs_words && i >= raw->sysfs_words)
			fprintf(out, "    sysfs: fw_status holds %u word%s on this generation\n",
				raw->sysfs_words, raw->sysfs_words == 1 ? "" : "s");
		else if (!raw->sysfs_words && raw->sysfs_why[0])
			fprintf(out, "    sysfs: %s\n", raw->sysfs_why);
		return;
	}
	fprintf(out, "  HFSTS%u = 0x%08x  (%s; fields: %s)\n", i + 1, (unsigned)r->value,
		f->hfsts_source[i], d->source);
	for (size_t k = 0; k < d->nfields; k++) {
		const struct me_field *fl = &d->fields[k];
		unsigned v = field_get(r->value, fl->lo, fl->hi);
		char bits[8], buf[32];

		if (fl->lo == fl->hi)
			snprintf(bits, sizeof(bits), "%u", fl->lo);
		else
			snprintf(bits, sizeof(bits), "%u:%u", fl->hi, fl->lo);
		fprintf(out, "    %5s  %-28s 0x%-4x %s", bits, fl->name, v, fl->desc);
		if (fl->names)
			fprintf(out, ": %s", enum_lookup(fl->names, fl->nnames, v, buf, sizeof(buf)));
		fputc('\n', out);
	}
}

void report_me_status(FILE *out, const struct me_raw *raw, const struct me_facts *f)
{
	bool any = false;

	summary(out, raw, f);
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		any |= f->hfsts_source[i] != NULL;
	if (!any) {
		/* One line instead of six identical ones. */
		fputs("\nHFSTS registers: none could be read", out);
		if (raw->cfg[0].read)
			fprintf(out, " (config space: %s", reg_reason(&raw->cfg[0]));
		else
			fputs(" (config space: not read, the location is unknown", out);
		fprintf(out, "; sysfs: %s)\n", raw->sysfs_why[0] ? raw->sysfs_why : "not read");
		return;
	}
	fprintf(out, "\nHFSTS registers (%s layout)\n", me_layout_name(f->layout));
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		raw_register(out, raw, f, i);
}
