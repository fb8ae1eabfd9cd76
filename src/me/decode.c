/* SPDX-License-Identifier: GPL-2.0-or-later */
/* decode.c - HFSTS1..6 -> ME facts: presence, layout, states, fuses, Boot Guard. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "me/me.h"
#include "me/tables.h"

#define INTEL_VID 0x8086

static const char *const cfg_source[ME_NHFSTS] = {
	"config space 0x40", "config space 0x48", "config space 0x60",
	"config space 0x64", "config space 0x68", "config space 0x6c",
};
static const char *const sysfs_source[ME_NHFSTS] = {
	"sysfs fw_status word 1", "sysfs fw_status word 2", "sysfs fw_status word 3",
	"sysfs fw_status word 4", "sysfs fw_status word 5", "sysfs fw_status word 6",
};

static const struct enum_name presence_names[] = {
	{ ME_PRESENCE_UNKNOWN, "could not read" },
	{ ME_ABSENT, "absent" },
	{ ME_PRESENT, "present" },
};

const char *me_presence_name(enum me_presence p)
{
	for (size_t i = 0; i < ARRAY_SIZE(presence_names); i++)
		if (presence_names[i].value == (unsigned)p)
			return presence_names[i].name;
	return "could not read";
}

/* Config space first (it is what the hardware says now), else sysfs; cross-check. */
static void pick_values(const struct me_raw *raw, struct me_facts *f)
{
	size_t len = 0;

	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		const struct reg *c = &raw->cfg[i];
		const struct reg *s = i < raw->sysfs_words ? &raw->sysfs[i] : NULL;

		if (reg_ok(c)) {
			f->hfsts[i] = *c;
			f->hfsts_source[i] = cfg_source[i];
		} else if (s && reg_ok(s)) {
			f->hfsts[i] = *s;
			f->hfsts_source[i] = sysfs_source[i];
		} else {
			f->hfsts[i] = c->read ? *c : (s ? *s : *c);
			f->hfsts_source[i] = NULL;
		}
		if (reg_ok(c) && s && reg_ok(s) && c->value != s->value) {
			if (!f->sources_disagree)
				len = (size_t)snprintf(f->disagree_note, sizeof(f->disagree_note),
						       "config space and sysfs fw_status differ:");
			f->sources_disagree = true;
			if (len < sizeof(f->disagree_note))
				len += (size_t)snprintf(f->disagree_note + len,
							sizeof(f->disagree_note) - len,
							" HFSTS%u 0x%08x vs 0x%08x;", i + 1,
							(unsigned)c->value, (unsigned)s->value);
		}
	}
	if (f->sources_disagree && len < sizeof(f->disagree_note))
		me_say(f->disagree_note + len, sizeof(f->disagree_note) - len,
			 " the two reads were made at different times and the ME updates some "
			 "fields as it runs; the config-space values are decoded");
}

static bool pci_says_absent(const struct reg *id)
{
	return id->read && (id->status == -REG_EALLONES || id->status == -ENOENT ||
			    id->status == -ENODEV || id->status == -ENXIO);
}

static void decide_presence(const struct me_raw *raw, struct me_facts *f)
{
	char bdf[16];
	bool pci_intel = reg_ok(&raw->id) && (raw->id.value & 0xffff) == INTEL_VID;
	bool any = false;

	pci_loc_format(raw->loc, bdf, sizeof(bdf));
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		any |= f->hfsts_source[i] != NULL;

	if (any || pci_intel) {
		f->presence = ME_PRESENT;
		if (raw->loc_known && pci_intel)
			me_say(f->presence_why, sizeof(f->presence_why),
				 "interface %s answers as %04x:%04x", bdf,
				 (unsigned)(raw->id.value & 0xffff), (unsigned)(raw->id.value >> 16));
		else
			me_say(f->presence_why, sizeof(f->presence_why),
				 "the kernel's MEI device %s reports its status", raw->sysfs_path);
		return;
	}
	if (reg_ok(&raw->id)) {
		f->presence = ME_ABSENT;
		me_say(f->presence_why, sizeof(f->presence_why),
			 "%s holds %04x:%04x, which is not an Intel ME interface", bdf,
			 (unsigned)(raw->id.value & 0xffff), (unsigned)(raw->id.value >> 16));
		return;
	}
	if (pci_says_absent(&raw->id) && raw->sysfs_err == -ENOENT) {
		f->presence = ME_ABSENT;
		me_say(f->presence_why, sizeof(f->presence_why),
			 "no device answers at %s (%s) and the kernel has no MEI device for it: the "
			 "firmware hid or disabled the interface (HAP / AltMeDisable, a BIOS option), "
			 "or the platform has no ME",
			 bdf, raw->id.status == -REG_EALLONES ? "all ones" : hw_errname(raw->id.status));
		return;
	}
	f->presence = ME_PRESENCE_UNKNOWN;
	if (!raw->loc_known)
		me_say(f->presence_why, sizeof(f->presence_why), "%s", raw->sysfs_why);
	else
		me_say(f->presence_why, sizeof(f->presence_why),
			 "%s config space: %s; sysfs: %s", bdf, reg_reason(&raw->id),
			 raw->sysfs_why[0] ? raw->sysfs_why : "not read");
}

/* "0:16.1.32.2473" (Linux fw_ver_show) or "16.1.32.2473" -> major, "16.1.32.2473". */
static unsigned parse_version(const char *s, char *out, size_t size)
{
	unsigned plat, a, b, c, d;
	int end = 0;

	if (sscanf(s, "%u:%u.%u.%u.%u%n", &plat, &a, &b, &c, &d, &end) == 5 && s[end] == '\0') {
		me_say(out, size, "%u.%u.%u.%u", a, b, c, d);
		return a;
	}
	end = 0;
	if (sscanf(s, "%u.%u.%u.%u%n", &a, &b, &c, &d, &end) == 4 && s[end] == '\0') {
		me_say(out, size, "%u.%u.%u.%u", a, b, c, d);
		return a;
	}
	return 0;
}

/*
 * Major version -> layout, after fwupd fu-intel-me-device.c
 * fu_intel_me_device_version_notify_cb (1-5 TXE, 6-10 ME, 11-15 CSME11,
 * 16-17 CSME16, 18+ CSME18). Majors 1-5 were also ME on ICH8-ICH10, so
 * there the chipset family decides.
 */
static void choose_layout(const struct me_raw *raw, enum me_layout fallback, struct me_facts *f)
{
	const struct reg *h1 = &f->hfsts[0];

	f->major = raw->fw_ver[0] ? parse_version(raw->fw_ver, f->version, sizeof(f->version)) : 0;

	/*
	 * Linux drivers/misc/mei/hw-me.c: mei_me_fw_type_sps_4 (SPS 4.0: HFSTS1
	 * operation mode 0xF) and mei_me_fw_type_sps_ign (SPS 5.0 and later:
	 * HFSTS3 FW SKU, bits 6:4, = 6). SKU 0 (Ignition) is left alone: it is
	 * the value of an unset register too.
	 */
	if (reg_ok(h1) && ME_GET(h1->value, HFSTS1_OPERATION_MODE) == 0xf) {
		f->layout = ME_LAYOUT_SPS;
		me_say(f->layout_why, sizeof(f->layout_why),
			 "HFSTS1 operation mode 0xF: SPS 4 firmware (Linux hw-me.c)");
		return;
	}
	if (reg_ok(&f->hfsts[2]) && ME_GET(f->hfsts[2].value, HFSTS3_FW_SKU) == 6) {
		f->layout = ME_LAYOUT_SPS;
		me_say(f->layout_why, sizeof(f->layout_why),
			 "HFSTS3 firmware SKU 6: SPS 5 or later (Linux hw-me.c)");
		return;
	}
	if (f->major) {
		if (f->major >= 18)
			f->layout = ME_LAYOUT_CSME18;
		else if (f->major >= 16)
			f->layout = ME_LAYOUT_CSME16_17;
		else if (f->major >= 11)
			f->layout = ME_LAYOUT_CSME11_15;
		else if (f->major >= 6)
			f->layout = ME_LAYOUT_ME1_10;
		else
			f->layout = fallback == ME_LAYOUT_ME1_10 ? ME_LAYOUT_ME1_10 : ME_LAYOUT_TXE;
		me_say(f->layout_why, sizeof(f->layout_why), "fw_ver %s%s", f->version,
			 f->major < 6 ? (f->layout == ME_LAYOUT_TXE ? " (major 1-5: TXE, as fwupd reads it)"
								     : " (major 1-5 on an ME 1-10 chipset family)")
				      : "");
		return;
	}
	f->layout = fallback;
	if (fallback != ME_LAYOUT_UNKNOWN)
		me_say(f->layout_why, sizeof(f->layout_why),
			 "chipset family; no usable fw_ver");
	else
		me_say(f->layout_why, sizeof(f->layout_why),
			 "neither fw_ver nor the chipset family names the generation; only the "
			 "fields every generation shares are decoded");
}

static void set_enum(struct me_enum *e, const struct enum_name *t, size_t n, unsigned v)
{
	char buf[32];
	const char *name = enum_lookup(t, n, v, buf, sizeof(buf));

	e->value = v;
	e->known = name != buf;
	me_say(e->name, sizeof(e->name), "%s", name);
}

/* The field b of the chosen values, or TRI_UNKNOWN (not in layout, or not read). */
static bool bits_get(const struct me_facts *f, struct me_bits b, unsigned *v)
{
	if (b.reg < 1 || b.reg > ME_NHFSTS || !reg_ok(&f->hfsts[b.reg - 1]))
		return false;
	*v = field_get(f->hfsts[b.reg - 1].value, b.lo, b.hi);
	return true;
}

static enum tri bits_tri(const struct me_facts *f, struct me_bits b)
{
	unsigned v;

	return bits_get(f, b, &v) ? tri_from_bool(v != 0) : TRI_UNKNOWN;
}

static enum tri tri_not(enum tri t)
{
	return t == TRI_YES ? TRI_NO : t == TRI_NO ? TRI_YES : TRI_UNKNOWN;
}

static enum tri tri_or(enum tri a, enum tri b)
{
	if (a == TRI_YES || b == TRI_YES)
		return TRI_YES;
	if (a == TRI_NO && b == TRI_NO)
		return TRI_NO;
	return TRI_UNKNOWN;
}

/*
 * HFSTS1 bit 4. Up to CSME 14 it is manufacturing mode (coreboot
 * intelmetool, me_12.h, me_13.h; chipsec cfg/8086/ME/mei0.xml HFS.MFG_MODE;
 * fwupd). From CSME 16 it is the SPI protection mode: 0 = the descriptor is
 * locked and SPI protected, 1 = unprotected (fwupd fu-intel-me-device.c,
 * FuMeiCsme18Hfsts1; coreboot cse.c cse_is_hfs1_spi_protected). For CSME 15
 * the sources disagree: coreboot says "starting from TGL" (CSME 15), fwupd
 * keeps manufacturing mode up to CSME 15; both readings are given.
 *
 * coreboot cse_spec.c is_manufacturing_mode(): ME <= 13 bit 4; ME 15 bit 4
 * or FPF not committed (HFSTS6 bit 30); ME 16+ also manufacturing
 * variables not locked (HFSTS6 bit 21).
 */
static void decode_bit4(const struct me_traits *t, unsigned max_major, struct me_facts *f)
{
	enum tri bit4 = ME_BIT(&f->hfsts[0], HFSTS1_BIT4);
	enum tri no_fpf = tri_not(f->fpf_soc_lock), no_mlock = tri_not(f->mfg_lock);
	size_t n = sizeof(f->bit4_note);

	switch (t->bit4) {
	case BIT4_MFG:
		f->mfg_mode_applicable = true;
		f->mfg_mode = bit4;
		f->mfg_mode_coreboot = bit4;
		if (f->layout != ME_LAYOUT_CSME11_15 || (f->major && f->major < 15))
			break;
		/* A chipset that runs nothing newer than CSME 14 (Kaby Lake, Comet Lake): bit
		 * 4 is manufacturing mode whatever fw_ver says or omits. */
		if (!f->major && max_major && max_major < 15)
			break;
		/* CSME 15, or a CSME 11-15 layout whose version is unknown. */
		f->spi_protection_mode = tri_not(bit4);
		f->mfg_mode_coreboot = f->major == 15 ? tri_or(bit4, no_fpf) : TRI_UNKNOWN;
		me_say(f->bit4_note, n,
			 "%sHFSTS1 bit 4 is read two ways on CSME 15: fwupd (fu-intel-me-device.c) "
			 "reads manufacturing mode up to CSME 15, coreboot (cse.c, \"starting from "
			 "TGL\") reads SPI protection mode; both readings are shown.",
			 f->major ? "" : "The firmware version is unknown, so this may be CSME 15: ");
		f->mfg_note = "coreboot's rule for CSME 15 (cse_spec.c) also counts uncommitted fuses "
			 "(HFSTS6 FPF_SOC_LOCK = 0) as manufacturing mode.";
		break;
	case BIT4_SPI_PROT:
		f->mfg_mode_applicable = false;
		f->mfg_mode = TRI_UNKNOWN;
		f->spi_protection_mode = tri_not(bit4);
		f->mfg_mode_coreboot = tri_or(bit4, tri_or(no_fpf, no_mlock));
		me_say(f->bit4_note, n,
			 "On CSME 16 and later HFSTS1 bit 4 is the SPI protection mode, not "
			 "manufacturing mode (fwupd fu-intel-me-device.c; coreboot cse.c).");
		f->mfg_note = "coreboot (cse_spec.c) reports manufacturing mode when SPI protection is "
			 "off, the fuses are not committed (HFSTS6 bit 30) or the manufacturing "
			 "variables are not locked (HFSTS6 bit 21); fwupd dropped the bit-21 test "
			 "(fwupd#8318) because vendors using Intel's Flexible EOM never set it, so a "
			 "clear bit 21 alone is no proof (canonical/secboot#572).";
		break;
	case BIT4_UNKNOWN:
		f->mfg_mode_applicable = true;
		f->mfg_mode = TRI_UNKNOWN;
		if (reg_ok(&f->hfsts[0]))
			me_say(f->bit4_note, n,
				 "HFSTS1 bit 4 is %u, but its meaning depends on the generation "
				 "(manufacturing mode up to CSME 14, SPI protection mode from CSME 16), "
				 "which is unknown here.",
				 (unsigned)ME_GET(f->hfsts[0].value, HFSTS1_BIT4));
		break;
	}
}

static void decode_bootguard(const struct me_traits *t, struct me_facts *f)
{
	unsigned v;

	if (f->layout == ME_LAYOUT_UNKNOWN) {
		f->bootguard_note = "The generation is unknown, so the Boot Guard bits cannot be "
				    "located.";
		return;
	}
	if (!t->bootguard_source) {
		f->bootguard_applicable = TRI_NO;
		f->bootguard_note =
			 f->layout == ME_LAYOUT_ME1_10
				 ? "ME 1-10 status registers carry no Boot Guard status (on Haswell and "
				   "Broadwell it is in MSR 0x13A, which intelmetool reads)."
			 : f->layout == ME_LAYOUT_TXE
				 ? "TXE reports its own verified boot in HFSTS4 (TXE_VERI_BOOT_VALID), "
				   "shown in the raw decode; it has no Boot Guard status."
				 : "Boot Guard status is not decoded for this generation.";
		return;
	}
	f->bootguard_applicable = TRI_YES;
	f->bootguard_acm_active = bits_tri(f, t->bg_acm_active);
	f->bootguard_acm_done = bits_tri(f, t->bg_acm_done);
	if (t->bg_disable.reg) {
		/* CSME 11-17: HFSTS6 (fwupd FuMeiCsme11Hfsts6). */
		enum tri dis = bits_tri(f, t->bg_disable);

		f->bootguard_verified = bits_tri(f, t->bg_verified);
		f->bootguard_measured = bits_tri(f, t->bg_measured);
		if (bits_get(f, t->bg_policy, &v))
			set_enum(&f->bootguard_policy, me_bg_policy_names, me_bg_policy_count, v);
		if (dis == TRI_YES)
			f->bootguard_enabled = TRI_NO;
		else if (dis == TRI_NO)
			f->bootguard_enabled =
				tri_or(f->bootguard_verified, f->bootguard_measured);
		if (dis == TRI_NO && f->bootguard_enabled == TRI_NO)
			f->bootguard_note = "Neither verified nor measured boot is on (HFSTS6 bits 9, 8), so Boot "
				 "Guard enforces nothing; fwupd still reports it \"enabled\" because the "
				 "BOOT_GUARD_DISABLE bit (HFSTS6 bit 28) is clear.";
	} else {
		/* CSME 18+: HFSTS5 VALID (fwupd FuMeiCsme18Hfsts5); the profile has no public names. */
		f->bootguard_enabled = bits_tri(f, t->bg_valid);
		f->bootguard_note = "On CSME 18 and later the Boot Guard status moved to HFSTS5; \"enabled\" is "
			 "its VALID bit (fwupd), and verified / measured boot are not reported there.";
	}
}

static void decode_disabled(const struct me_facts *f, struct me_facts *out)
{
	const char *why = NULL;

	if (!f->working_state.known && !reg_ok(&f->hfsts[0]))
		return;
	if (f->operation_mode.value == 0x3)
		why = "operation mode Soft Temporary Disable (a HECI message from the BIOS halted it)";
	else if (f->error_code.value == 0x2)
		why = "error code 2 (Disabled, intelmetool / fwupd)";
	else if (f->working_state.value == 0x4)
		why = f->layout == ME_LAYOUT_ME1_10
			      ? "working state 4 (Disabled)"
			      : "working state 4 (Disabled for intelmetool and fwupd; coreboot cse.h "
				"names it M3 without UMA)";
	else if (f->operation_mode.value == 0x2 && f->working_state.value != 0x5)
		why = "operation mode Debug while the working state is not Normal: how an ME "
		      "disabled through HAP / AltMeDisable reports itself (coreboot bd82x6x "
		      "me_status.c: \"Debug or Disabled by AltDisableBit\")";
	if (why) {
		out->disabled = true;
		out->disabled_why = why;
	}
}

void me_decode(const struct me_raw *raw, enum me_layout fallback, struct me_facts *out)
{
	const struct me_traits *t;
	const struct reg *h1;
	unsigned v;

	memset(out, 0, sizeof(*out));
	pick_values(raw, out);
	decide_presence(raw, out);
	choose_layout(raw, fallback, out);
	t = me_traits(out->layout);
	h1 = &out->hfsts[0];

	if (reg_ok(h1)) {
		/* Common HFSTS1 bits: see layout.c HFSTS1_COMMON for the sources. */
		set_enum(&out->working_state, t->cws, t->ncws, ME_GET(h1->value, HFSTS1_CWS));
		out->current_state = out->working_state;
		set_enum(&out->operation_state, me_opstate_names, me_opstate_count,
			 ME_GET(h1->value, HFSTS1_OPERATION_STATE));
		set_enum(&out->error_code, me_error_names, me_error_count,
			 ME_GET(h1->value, HFSTS1_ERROR_CODE));
		set_enum(&out->operation_mode, me_opmode_names, me_opmode_count,
			 ME_GET(h1->value, HFSTS1_OPERATION_MODE));
		out->fpt_bad = ME_BIT(h1, HFSTS1_FPT_BAD);
		out->init_complete = ME_BIT(h1, HFSTS1_FW_INIT_COMPLETE);
		out->update_in_progress = ME_BIT(h1, HFSTS1_UPDATE_IN_PROGRESS);
		out->boot_options_present = ME_BIT(h1, HFSTS1_BOOT_OPTIONS_PRESENT);
	}

	out->fpf_soc_lock = bits_tri(out, t->fpf_soc_lock);
	out->mfg_lock = bits_tri(out, t->mfg_lock);
	out->txt_supported = bits_tri(out, t->txt);
	out->cpu_debug_disabled = bits_tri(out, t->cpu_debug_disabled);
	decode_bit4(t, raw->max_major, out);

	if (t->sku.reg && bits_get(out, t->sku, &v))
		set_enum(&out->sku, me_sku_names, me_sku_count, v);
	if (t->progress.reg) {
		out->hfsts2_known = true;
		if (bits_get(out, t->progress, &v))
			set_enum(&out->progress_phase, t->progress_names, t->nprogress, v);
		if (bits_get(out, t->pmevent, &v))
			set_enum(&out->pm_event, t->pmevent_names, t->npmevent, v);
	}
	decode_bootguard(t, out);
	if (reg_ok(h1))
		decode_disabled(out, out);
}
