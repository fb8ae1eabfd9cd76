/* SPDX-License-Identifier: GPL-2.0-or-later */
/* me_status.c - the text of `spi-inspect --me-status`: summary, then raw HFSTS decode. */
#include <stdarg.h>
#include <string.h>

#include "report/me_status.h"

#define LABEL "  %-20s"

/* "  Label:              text" on one line; the text renderer wraps it under the text. */
static void say(FILE *out, const char *label, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void say(FILE *out, const char *label, const char *fmt, ...)
{
	va_list ap;

	fprintf(out, LABEL, label);
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
	fputc('\n', out);
}

static const char *onoff(enum tri t, const char *yes, const char *no)
{
	return t == TRI_YES ? yes : t == TRI_NO ? no : "unknown";
}

static void line_enum(FILE *out, const char *label, const struct me_enum *e, const char *meaning)
{
	if (e->known)
		say(out, label, "%s (0x%x)%s%s", e->name, e->value, meaning ? ". " : "",
		    meaning ? meaning : "");
	else
		say(out, label, "%s%s%s", e->name, meaning ? ". " : "", meaning ? meaning : "");
}

static void summary_interface(FILE *out, const struct me_raw *raw, const struct me_facts *f)
{
	char bdf[16];

	pci_loc_format(raw->loc, bdf, sizeof(bdf));
	if (f->presence == ME_PRESENT)
		say(out, "Interface:", "present: %s", f->presence_why);
	else if (f->presence == ME_ABSENT)
		say(out, "Interface:", "absent: %s", f->presence_why);
	else
		say(out, "Interface:", "could not read: %s", f->presence_why);
	if (raw->loc_known && f->presence != ME_PRESENT)
		say(out, "Expected at:", "%s (from the chipset family; function 0 holds HFSTS)", bdf);
}

static void summary_values_from(FILE *out, const struct me_raw *raw, const struct me_facts *f)
{
	unsigned ncfg = 0, nsys = 0;
	char text[1024];
	size_t n = 0;

	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		if (!f->hfsts_source[i])
			continue;
		if (strncmp(f->hfsts_source[i], "config", 6) == 0)
			ncfg++;
		else
			nsys++;
	}
	text[0] = '\0';
	if (ncfg)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "config space (%u register%s)",
				      ncfg, ncfg == 1 ? "" : "s");
	if (nsys && n < sizeof(text))
		n += (size_t)snprintf(text + n, sizeof(text) - n, "%ssysfs %s/fw_status (%u word%s)",
				      ncfg ? ", " : "", raw->sysfs_path, nsys, nsys == 1 ? "" : "s");
	if (!ncfg && raw->cfg[0].read && n < sizeof(text))
		n += (size_t)snprintf(text + n, sizeof(text) - n, "; config space: %s",
				      reg_reason(&raw->cfg[0]));
	if (f->sources_disagree && n < sizeof(text))
		n += (size_t)snprintf(text + n, sizeof(text) - n, "; %s", f->disagree_note);
	else if (ncfg && raw->sysfs_words && n < sizeof(text))
		n += (size_t)snprintf(text + n, sizeof(text) - n, "; sysfs fw_status agrees");
	say(out, "Values from:", "%s", text[0] ? text : "nothing could be read");
}

static void summary_mfg(FILE *out, const struct me_facts *f)
{
	const char *meaning = me_mfg_mode_meaning(f);

	if (!reg_ok(&f->hfsts[0])) {
		say(out, "Manufacturing mode:", "unknown (HFSTS1 could not be read)");
		return;
	}
	if (f->mfg_mode_applicable)
		say(out, "Manufacturing mode:", "%s (HFSTS1 bit 4)",
			onoff(f->mfg_mode, "yes", "no"));
	else
		say(out, "Manufacturing mode:", "not applicable: %s", f->bit4_note);
	if (f->spi_protection_mode != TRI_UNKNOWN)
		say(out, "SPI protection:", "%s (HFSTS1 bit 4 = %u)",
			onoff(f->spi_protection_mode, "on (descriptor locked)", "off (unprotected)"),
			(unsigned)((f->hfsts[0].value >> 4) & 1));
	if (f->mfg_mode_applicable && f->bit4_note[0])
		say(out, "", "%s", f->bit4_note);
	if (f->mfg_mode_coreboot != TRI_UNKNOWN && f->mfg_note)
		say(out, "", "coreboot's verdict: %s. %s",
			onoff(f->mfg_mode_coreboot, "manufacturing mode", "not in manufacturing mode"),
			f->mfg_note);
	if (meaning)
		say(out, "", "%s", meaning);
}

static void summary_fuses(FILE *out, const struct me_facts *f)
{
	if (f->fpf_soc_lock != TRI_UNKNOWN)
		say(out, "Fuses (FPF):", "%s",
			onoff(f->fpf_soc_lock, "committed (SOC configuration locked)",
			      "not committed: the vendor did not fuse the platform"));
	if (f->mfg_lock != TRI_UNKNOWN)
		say(out, "Mfg variables:", "%s",
			onoff(f->mfg_lock, "locked", "not locked (see the note on Flexible EOM above)"));
}

static void summary_bootguard(FILE *out, const struct me_facts *f)
{
	char extra[256] = "";
	size_t n = 0;

	if (f->bootguard_applicable == TRI_NO) {
		say(out, "Boot Guard:", "not applicable: %s", f->bootguard_note);
		return;
	}
	if (f->bootguard_applicable != TRI_YES) {
		say(out, "Boot Guard:", "unknown (the generation is unknown)");
		return;
	}
	if (f->bootguard_verified != TRI_UNKNOWN || f->bootguard_measured != TRI_UNKNOWN)
		n += (size_t)snprintf(extra + n, sizeof(extra) - n, "; verified boot %s, measured boot %s",
				      tri_name(f->bootguard_verified), tri_name(f->bootguard_measured));
	if (f->bootguard_policy.name[0] && n < sizeof(extra))
		n += (size_t)snprintf(extra + n, sizeof(extra) - n, "; on error: %s",
				      f->bootguard_policy.name);
	if (f->bootguard_acm_active != TRI_UNKNOWN && n < sizeof(extra))
		n += (size_t)snprintf(extra + n, sizeof(extra) - n, "; ACM active %s, done %s",
				      tri_name(f->bootguard_acm_active), tri_name(f->bootguard_acm_done));
	say(out, "Boot Guard:", "%s%s", onoff(f->bootguard_enabled, "enabled", "not enforcing"), extra);
	if (f->bootguard_note)
		say(out, "", "%s", f->bootguard_note);
}

static void summary(FILE *out, const struct me_raw *raw, const struct me_facts *f)
{
	const char *m;

	fputs("ME status (Intel ME / CSME / TXE / SPS)\n", out);
	summary_interface(out, raw, f);
	if ((m = me_presence_meaning(f)))
		say(out, "", "%s", m);
	if (f->presence != ME_PRESENT)
		return;
	if (f->version[0])
		say(out, "Firmware version:", "%s (%s/fw_ver)", f->version,
			raw->sysfs_path);
	else
		say(out, "Firmware version:", "unknown (%s)",
			raw->fw_ver_why[0] ? raw->fw_ver_why
			: raw->fw_ver[0] ? "fw_ver is not platform:major.minor.hotfix.build"
					 : "no sysfs fw_ver");
	say(out, "Layout:", "%s (%s)", me_layout_name(f->layout),
		f->layout_why);
	summary_values_from(out, raw, f);
	if (!reg_ok(&f->hfsts[0]))
		return;
	line_enum(out, "Working state:", &f->working_state, me_working_state_meaning(f));
	line_enum(out, "Operation mode:", &f->operation_mode, me_operation_mode_meaning(f));
	say(out, "Operation state:", "%s (0x%x); error code %s (0x%x)",
		f->operation_state.name, f->operation_state.value, f->error_code.name,
		f->error_code.value);
	say(out, "Flags:", "init complete %s, FPT bad %s, update in progress %s, boot options %s", tri_name(f->init_complete), tri_name(f->fpt_bad),
		tri_name(f->update_in_progress), tri_name(f->boot_options_present));
	if (f->fpt_bad == TRI_YES)
		say(out, "", "%s",
			"The ME reports a bad flash partition table: its region is damaged or was "
			"modified; restore it from the vendor image.");
	if (f->update_in_progress == TRI_YES)
		say(out, "", "%s",
			"An ME firmware update is in progress: do not flash until it has finished.");
	if (f->progress_phase.name[0])
		say(out, "Progress phase:", "%s (0x%x), PM event %s (0x%x)",
			f->progress_phase.name, f->progress_phase.value, f->pm_event.name,
			f->pm_event.value);
	if (f->disabled)
		say(out, "ME disabled:", "yes: %s", f->disabled_why);
	summary_mfg(out, f);
	summary_fuses(out, f);
	summary_bootguard(out, f);
	if (f->sku.name[0])
		say(out, "Firmware SKU:", "%s (0x%x)", f->sku.name, f->sku.value);
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
	fprintf(out, "  HFSTS%u = 0x%08x  from %s\n", i + 1, (unsigned)r->value, f->hfsts_source[i]);
	fprintf(out, "    fields: %s\n", d->source);
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
