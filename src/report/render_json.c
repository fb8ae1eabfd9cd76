/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render_json.c - the report as JSON; the schema is docs/json-schema.md (version JSON_SCHEMA_VERSION). */
#include <stdio.h>

#include "config.h"
#include "report/inspection.h"
#include "report/json.h"
#include "report/render.h"
#include "report/render_plan.h"

static void device(struct json *j, const char *key, const struct found_dev *d)
{
	char bdf[16], id[16];

	json_object(j, key);
	json_string(j, "bdf", pci_loc_format(d->loc, bdf, sizeof(bdf)));
	json_bool(j, "present", d->present);
	if (d->present) {
		snprintf(id, sizeof(id), "%04x:%04x", d->vendor, d->device);
		json_string(j, "id", id);
		json_string(j, "name", d->name[0] ? d->name : NULL);
	} else {
		json_null(j, "id");
		json_null(j, "name");
	}
	json_close(j, '}');
}

static void chipset(struct json *j, const struct inspection *in)
{
	const struct identity *id = &in->id;

	json_object(j, "chipset");
	json_string(j, "result", identify_result_name(id->result));
	json_string(j, "family", id->family ? id->family->key : NULL);
	json_string(j, "name", id->family ? id->family->name : NULL);
	json_string(j, "model", id->entry ? id->entry->name : NULL);
	json_string(j, "status", id->entry ? id_status_name(id->entry->status) : NULL);
	json_string(j, "source", id->entry ? id->entry->source : NULL);
	json_object(j, "devices");
	device(j, "host_bridge", &id->host);
	device(j, "lpc", &id->lpc);
	device(j, "spi", &id->spi);
	device(j, "me", &id->heci);
	json_close(j, '}');
	json_close(j, '}');
}

static void environment(struct json *j, const struct env *env)
{
	json_object(j, "environment");
	json_string(j, "problem", env_problem_key(env->problem));
	json_string(j, "lockdown", env->lockdown_known ? env->lockdown : NULL);
	if (env->cmdline_known)
		json_bool(j, "iomem_relaxed", env->iomem_relaxed);
	else
		json_null(j, "iomem_relaxed");
	json_close(j, '}');
}

/* The judge's answer for a region: "yes", "no", "partly" or "unknown", and why. */
static void host_access(struct json *j, const char *key, const char *why_key,
			const struct region_answer *a, const struct access_answer *ans)
{
	json_string(j, key, a->judged ? access_name(ans->v) : NULL);
	json_string(j, why_key, a->judged ? ans->why : NULL);
}

static void regions(struct json *j, const struct spi_facts *s, const struct verdict *v)
{
	json_array(j, "regions");
	for (unsigned i = 0; i < s->nregions; i++) {
		const struct spi_region *r = &s->regions[i];

		json_object(j, NULL);
		json_uint(j, "index", r->index);
		json_string(j, "name", r->name);
		json_uint_known(j, "base", r->known, r->base);
		json_uint_known(j, "limit", r->known, r->limit);
		json_tri(j, "unused", r->known ? tri_from_bool(r->unused) : TRI_UNKNOWN);
		json_tri(j, "read", r->read);
		json_tri(j, "write", r->write);
		json_string(j, "access_from", r->access_from);
		if (r->read == TRI_UNKNOWN || r->write == TRI_UNKNOWN)
			json_string(j, "access_reason", r->access_why ? r->access_why
								 : "the register could not be read");
		host_access(j, "host_read", "host_read_reason", &v->regions[i], &v->regions[i].read);
		host_access(j, "host_write", "host_write_reason", &v->regions[i], &v->regions[i].write);
		json_close(j, '}');
	}
	json_close(j, ']');
}

static void protected_ranges(struct json *j, const struct spi_facts *s)
{
	json_array(j, "protected_ranges");
	for (unsigned i = 0; i < s->npr; i++) {
		const struct spi_pr *p = &s->pr[i];

		json_object(j, NULL);
		json_uint(j, "index", p->index);
		json_string(j, "name", p->name);
		json_uint_known(j, "base", p->known, p->base);
		json_uint_known(j, "limit", p->known, p->limit);
		json_tri(j, "write_protect", p->wp);
		json_tri(j, "read_protect", p->rp);
		json_array(j, "overlaps");
		for (unsigned r = 0; r < s->nregions; r++)
			if (p->overlaps & (1u << r))
				json_string(j, NULL, s->regions[r].name);
		json_close(j, ']');
		json_close(j, '}');
	}
	json_close(j, ']');
}

static void spi(struct json *j, const struct inspection *in)
{
	const struct spi_raw *raw = &in->spi_raw;
	const struct spi_facts *s = &in->spi;

	json_object(j, "spi");
	json_string(j, "layout", spi_layout_name(s->layout));
	if (raw->spibar_known) {
		json_uint(j, "spibar", raw->spibar);
		json_string(j, "spibar_path", raw->spibar_path);
	} else {
		json_null(j, "spibar");
		json_string(j, "spibar_reason", raw->spibar_why[0] ? raw->spibar_why
								   : "no SPI controller was read");
	}
	json_object(j, "hsfs");
	json_reg(j, "raw", &raw->hsfs);
	json_tri(j, "fdone", s->fdone);
	json_tri(j, "fcerr", s->fcerr);
	json_tri(j, "ael", s->ael);
	json_tri(j, "scip", s->scip);
	json_tri(j, "prr34_lockdn", s->prr34_lockdn);
	json_tri(j, "wrsdis", s->wrsdis);
	json_tri(j, "fdopss", s->fdopss);
	json_tri(j, "fdv", s->fdv);
	json_tri(j, "flockdn", s->flockdn);
	json_tri(j, "dlock", s->dlock);
	json_close(j, '}');
	json_object(j, "access");
	json_reg(j, "frap", &raw->frap);
	if (raw->bm_rap.read) {
		json_reg(j, "bios_bm_rap", &raw->bm_rap);
		json_reg(j, "bios_bm_wap", &raw->bm_wap);
	}
	json_close(j, '}');
	regions(j, s, &in->verdict);
	protected_ranges(j, s);
	json_close(j, '}');
}

static void bios_cntl(struct json *j, const struct inspection *in)
{
	const struct bios_cntl *bc = &in->spi.bc;

	json_object(j, "bios_cntl");
	json_string(j, "location", in->spi_raw.bios_cntl_path[0] ? in->spi_raw.bios_cntl_path : NULL);
	json_reg(j, "raw", &in->spi_raw.bios_cntl);
	json_tri(j, "bioswe", bc->bioswe);
	json_tri(j, "ble", bc->ble);
	json_tri(j, "smm_bwp", bc->smm_bwp);
	json_tri(j, "tss", bc->tss);
	json_tri(j, "bild", bc->bild);
	json_close(j, '}');
}

static void me_enum(struct json *j, const char *key, const struct me_enum *e)
{
	json_string(j, key, e->known ? e->name : NULL);
}

static void me(struct json *j, const struct inspection *in)
{
	static const char *const presence[] = {
		[ME_PRESENCE_UNKNOWN] = "unknown", [ME_ABSENT] = "absent", [ME_PRESENT] = "present",
	};
	const struct me_facts *m = &in->me;

	json_object(j, "me");
	json_string(j, "presence", (unsigned)m->presence < ARRAY_SIZE(presence)
					   ? presence[m->presence] : "unknown");
	if (m->presence_why[0])
		json_string(j, "presence_reason", m->presence_why);
	json_string(j, "version", m->version[0] ? m->version : NULL);
	json_string(j, "layout", me_layout_name(m->layout));
	json_string(j, "layout_reason", m->layout_why[0] ? m->layout_why : NULL);
	me_enum(j, "working_state", &m->working_state);
	me_enum(j, "operation_mode", &m->operation_mode);
	if (m->mfg_mode_applicable) {
		json_tri(j, "manufacturing_mode", m->mfg_mode);
	} else {
		json_null(j, "manufacturing_mode");
		json_string(j, "manufacturing_mode_reason",
			    m->bit4_note[0] ? m->bit4_note : "not applicable or not read");
	}
	json_tri(j, "spi_protection_mode", m->spi_protection_mode);
	me_enum(j, "operation_state", &m->operation_state);
	me_enum(j, "error_code", &m->error_code);
	json_tri(j, "fpt_bad", m->fpt_bad);
	json_tri(j, "init_complete", m->init_complete);
	json_tri(j, "update_in_progress", m->update_in_progress);
	json_bool(j, "disabled", m->disabled);
	json_object(j, "boot_guard");
	json_tri(j, "enabled", m->bootguard_enabled);
	json_tri(j, "verified", m->bootguard_verified);
	json_tri(j, "measured", m->bootguard_measured);
	me_enum(j, "policy", &m->bootguard_policy);
	json_tri(j, "fpf_soc_lock", m->fpf_soc_lock);
	json_close(j, '}');
	json_array(j, "hfsts");
	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		json_object(j, NULL);
		json_uint(j, "index", i + 1);
		json_reg(j, "raw", &m->hfsts[i]);
		json_string(j, "source", m->hfsts_source[i]);
		json_close(j, '}');
	}
	json_close(j, ']');
	if (m->sources_disagree)
		json_string(j, "sources_disagree", m->disagree_note);
	json_close(j, '}');
}

static void verdict(struct json *j, const struct verdict *v)
{
	json_object(j, "verdict");
	json_tri(j, "bios_read", v->bios_read);
	json_string(j, "bios_read_reason", v->bios_read_why);
	json_tri(j, "bios_write", v->bios_write);
	json_string(j, "bios_write_reason", v->bios_write_why);
	json_tri(j, "chip_read", v->chip_read);
	json_string(j, "chip_read_reason", v->chip_read_why);
	json_tri(j, "chip_write", v->chip_write);
	json_string(j, "chip_write_reason", v->chip_write_why);
	json_array(j, "commands");
	for (unsigned i = 0; i < v->ncommands; i++)
		json_string(j, NULL, v->commands[i]);
	json_close(j, ']');
	json_uint(j, "check_exit_code", v->check_code);
	json_close(j, '}');
}

void json_finding_words(struct json *j, const struct finding *f)
{
	json_string(j, "id", f->id);
	json_string(j, "severity", severity_name(f->severity));
	json_string(j, "what", f->what);
	json_string(j, "why", f->why);
	json_string(j, "todo", f->todo);
}

static void findings(struct json *j, const struct findings *fs)
{
	json_array(j, "findings");
	for (unsigned i = 0; i < fs->n; i++) {
		const struct finding *f = &fs->list[i];

		json_object(j, NULL);
		json_finding_words(j, f);
		json_array(j, "evidence");
		for (unsigned e = 0; e < f->nevidence; e++) {
			const struct evidence *ev = &f->evidence[e];

			json_object(j, NULL);
			json_string(j, "register", ev->reg);
			json_string(j, "where", ev->where);
			json_uint_known(j, "value", ev->known, ev->value);
			if (!ev->known)
				json_string(j, "value_reason", ev->reason);
			json_string(j, "bits", ev->bits);
			json_string(j, "source", ev->source);
			json_close(j, '}');
		}
		json_close(j, ']');
		json_close(j, '}');
	}
	json_close(j, ']');
}

/* DMI strings (null when not read) and whose firmware they name. */
static void machine(struct json *j, const struct machine *m)
{
	json_object(j, "machine");
	for (unsigned i = 0; i < MACHINE_NFIELDS; i++)
		json_string(j, machine_field_key(i), machine_get(m, i));
	json_string(j, "firmware_kind", firmware_kind_key(m->firmware));
	json_string(j, "firmware_kind_reason", m->firmware_why);
	json_close(j, '}');
}

void render_json(FILE *out, const struct inspection *in, const struct render_options *opt)
{
	struct json j;

	json_begin(&j, out);
	json_string(&j, "schema", JSON_SCHEMA_VERSION);
	json_object(&j, "tool");
	json_string(&j, "name", PACKAGE_NAME);
	json_string(&j, "version", PACKAGE_VERSION);
	json_close(&j, '}');
	json_object(&j, "source");
	json_string(&j, "kind", in->source ? "snapshot" : "live");
	json_string(&j, "snapshot", in->source);
	json_string(&j, "recorded_by", in->tool);
	json_string(&j, "kernel", in->kernel);
	json_string(&j, "date", in->date);
	json_string(&j, "pci_dump", in->pci_dump);
	json_bool(&j, "pci_dump_short", in->pci_dump_short);
	json_close(&j, '}');
	machine(&j, &in->machine);
	environment(&j, &in->env);
	chipset(&j, in);
	if (opt->part != PART_ME) {
		spi(&j, in);
		bios_cntl(&j, in);
	}
	if (opt->part != PART_REGIONS)
		me(&j, in);
	if (opt->part == PART_ALL)
		verdict(&j, &in->verdict);
	if (opt->plan && opt->part == PART_ALL)
		plan_render_json(&j, opt->plan);
	findings(&j, &in->findings);
	json_uint(&j, "reads", in->reads);
	json_end(&j);
}
