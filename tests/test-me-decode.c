/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-me-decode.c - HFSTS decode on values from real machines, per layout, and edge cases. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit.h"

#include "me/me.h"
#include "me/tables.h"

#define NOVAL 0xdeadbeefu /* "not read" marker in the value lists below */

/* A raw read set: interface 00:16.0 answers as Intel, config space holds v[0..5]. */
static void raw_cfg(struct me_raw *raw, const uint32_t v[ME_NHFSTS], const char *fw_ver)
{
	memset(raw, 0, sizeof(*raw));
	raw->loc = PCI_LOC(0, 0x16, 0);
	raw->loc_known = true;
	reg_set(&raw->id, "VID/DID", 4, 0, 0x7a688086);
	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		if (v[i] == NOVAL)
			reg_set(&raw->cfg[i], "HFSTS", 4, -EACCES, 0);
		else
			reg_set(&raw->cfg[i], "HFSTS", 4, 0, v[i]);
	}
	raw->sysfs_err = -ENOENT;
	snprintf(raw->sysfs_why, sizeof(raw->sysfs_why), "no MEI device");
	if (fw_ver) {
		snprintf(raw->fw_ver, sizeof(raw->fw_ver), "%s", fw_ver);
		snprintf(raw->sysfs_path, sizeof(raw->sysfs_path), "/sys/class/mei/mei0");
	}
}

static void decode(const uint32_t v[ME_NHFSTS], const char *fw_ver, enum me_layout fallback,
		   struct me_facts *f)
{
	struct me_raw raw;

	raw_cfg(&raw, v, fw_ver);
	me_decode(&raw, fallback, f);
}

/* ---- ME 1-10 -------------------------------------------------------------- */

/*
 * ThinkPad-class QM67 (6 Series MEI 8086:1c3a), intelmetool output in
 * github zamaudio/intelmetool issue #29: "ME Status : 0x1e000245",
 * "ME Status 2 : 0x69000006"; intelmetool printed Firmware Init Complete
 * YES, Manufacturing Mode NO, Current Working State Normal, Operation
 * State M0 with UMA, Operation Mode Normal, Error Code No Error, Progress
 * Phase Host Communication, PM Event Non-power cycle reset.
 */
static void test_me7_qm67_normal(void **state)
{
	const uint32_t v[] = { 0x1e000245, 0x69000006, NOVAL, NOVAL, NOVAL, NOVAL };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_ME1_10, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_int_equal(f.layout, ME_LAYOUT_ME1_10);
	assert_string_equal(f.layout_why, "chipset family; no usable fw_ver");
	assert_string_equal(f.working_state.name, "Normal");
	assert_string_equal(f.operation_state.name, "M0 with UMA");
	assert_string_equal(f.operation_mode.name, "Normal");
	assert_string_equal(f.error_code.name, "No Error");
	assert_int_equal(f.init_complete, TRI_YES);
	assert_int_equal(f.fpt_bad, TRI_NO);
	assert_int_equal(f.update_in_progress, TRI_NO);
	assert_int_equal(f.boot_options_present, TRI_NO);
	assert_true(f.mfg_mode_applicable);
	assert_int_equal(f.mfg_mode, TRI_NO);
	assert_string_equal(f.progress_phase.name, "Host Communication");
	assert_string_equal(f.pm_event.name, "Non-power cycle reset");
	assert_false(f.disabled);
	assert_int_equal(f.bootguard_applicable, TRI_NO);
	assert_string_equal(me_operation_mode_meaning(&f),
			    "ME is in Normal mode: the ME region is locked against the host; Security "
			    "Override (jumper or HMRFPO) or a manufacturing-mode firmware would unlock it.");
	assert_string_equal(me_working_state_meaning(&f),
			    "ME firmware finished booting and runs normally.");
	assert_string_equal(f.hfsts_source[0], "config space 0x40");
	assert_null(f.hfsts_source[2]);
}

/*
 * ThinkPad T430 (QM77, 7 Series MEI), intelmetool output in github
 * corna/me_cleaner issue #350: "ME Status : 0x1e003052", "ME Status 2 :
 * 0x1632017a"; printed Init Complete NO, Manufacturing Mode YES, Working
 * State Recovery, Operation State M0 with UMA, Operation Mode Normal,
 * Error Code Image Failure, Progress Phase BUP Phase, PM Event
 * Pseudo-global reset, Phase State M0 kernel load (0x32).
 */
static void test_me8_t430_recovery(void **state)
{
	const uint32_t v[] = { 0x1e003052, 0x1632017a, NOVAL, NOVAL, NOVAL, NOVAL };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_ME1_10, &f);
	assert_string_equal(f.working_state.name, "Recovery");
	assert_int_equal(f.mfg_mode, TRI_YES);
	assert_int_equal(f.init_complete, TRI_NO);
	assert_string_equal(f.operation_state.name, "M0 with UMA");
	assert_string_equal(f.operation_mode.name, "Normal");
	assert_string_equal(f.error_code.name, "Image Failure");
	assert_string_equal(f.progress_phase.name, "BUP Phase");
	assert_string_equal(f.pm_event.name, "Pseudo-global reset");
	assert_int_equal(field_get(f.hfsts[1].value, 16, 23), 0x32);
	assert_false(f.disabled);
	assert_non_null(strstr(me_mfg_mode_meaning(&f), "not closed by its vendor"));
	assert_non_null(strstr(me_working_state_meaning(&f), "recovery image"));
}

/*
 * ThinkPad X220 (QM67) after me_cleaner, intelmetool output in github
 * zamaudio/intelmetool issue #30: "ME Status : 0x20191", "ME Status 2 :
 * 0x100a0000"; printed Manufacturing Mode YES, Init Complete NO, Working
 * State Initializing, Operation State Bring up, Operation Mode Debug,
 * Error Code No Error, Progress Phase BUP Phase, PM Event Clean
 * Moff->Mx wake. That is the AltMeDisable state: disabled, not "normal".
 */
static void test_me7_x220_altmedisable(void **state)
{
	const uint32_t v[] = { 0x00020191, 0x100a0000, NOVAL, NOVAL, NOVAL, NOVAL };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_ME1_10, &f);
	assert_string_equal(f.working_state.name, "Initializing");
	assert_string_equal(f.operation_state.name, "Bring up");
	assert_string_equal(f.operation_mode.name, "Debug");
	assert_string_equal(f.error_code.name, "No Error");
	assert_int_equal(f.mfg_mode, TRI_YES);
	assert_int_equal(f.init_complete, TRI_NO);
	assert_string_equal(f.progress_phase.name, "BUP Phase");
	assert_string_equal(f.pm_event.name, "Clean Moff->Mx wake");
	assert_true(f.disabled);
	assert_non_null(strstr(f.disabled_why, "HAP / AltMeDisable"));
	assert_non_null(strstr(me_operation_mode_meaning(&f), "HAP or AltMeDisable"));
}

/*
 * Gigabyte GA-Z97M-D3H (9 Series MEI 8086:8cba), intelmetool output in
 * github felixsinger/bootguard-status pull request #40: "ME Status :
 * 0x1e000255", "ME Status 2 : 0x61002306"; printed Manufacturing Mode
 * YES, Working State Normal, M0 with UMA, Operation Mode Normal, Host
 * Communication, PM Event "Moff->Mx wake after an error".
 */
static void test_me9_z97_mfg(void **state)
{
	const uint32_t v[] = { 0x1e000255, 0x61002306, NOVAL, NOVAL, NOVAL, NOVAL };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_ME1_10, &f);
	assert_int_equal(f.mfg_mode, TRI_YES);
	assert_string_equal(f.working_state.name, "Normal");
	assert_string_equal(f.operation_state.name, "M0 with UMA");
	assert_string_equal(f.operation_mode.name, "Normal");
	assert_string_equal(f.progress_phase.name, "Host Communication");
	assert_string_equal(f.pm_event.name, "Moff->Mx wake after an error");
	assert_int_equal(f.init_complete, TRI_YES);
}

/* ---- CSME 11-15 ------------------------------------------------------------ */

/*
 * Tiger Lake-LP (HECI 8086:a0e0), chipsec's recording
 * tests/modules/tgl/common-me_mfg_mode_test.json @ 82931b4d: HFS at
 * 00:16.0+0x40 = 2684355141 = 0xa0000245; chipsec's verdict me_mfg_mode
 * OK (HFS.MFG_MODE, bit 4, clear). TGL runs CSME 15, where coreboot reads
 * bit 4 as SPI protection mode: both readings must be shown.
 */
static void test_csme15_tgl_chipsec(void **state)
{
	const uint32_t v[] = { 0xa0000245, NOVAL, NOVAL, NOVAL, NOVAL, NOVAL };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_CSME11_15, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME11_15);
	assert_int_equal(f.mfg_mode, TRI_NO);          /* chipsec: PASSED */
	assert_int_equal(f.spi_protection_mode, TRI_YES); /* coreboot: protected */
	assert_non_null(strstr(f.bit4_note, "both readings"));
	assert_non_null(strstr(f.bit4_note, "version is unknown"));
	assert_int_equal(f.mfg_mode_coreboot, TRI_UNKNOWN); /* HFSTS6 not read, version unknown */
	assert_string_equal(f.working_state.name, "Normal");
	assert_string_equal(f.operation_mode.name, "Normal");
	assert_int_equal(f.init_complete, TRI_YES);
	assert_int_equal(f.bootguard_enabled, TRI_UNKNOWN); /* HFSTS6 not read */
}

/* ---- CSME 16-17 ------------------------------------------------------------ */

/*
 * ASUS ROG MAXIMUS Z790 HERO, CSME 16.1.32.2473, fwupd
 * libfwupdplugin/fu-intel-me-test.c fu_intel_me16_device_func: HFSTS1
 * 0x90000245, HFSTS2 0x39850106, HFSTS3 0x20, HFSTS4 0x4000, HFSTS6
 * 0x40200002. fwupd: family csme16; no manufacturing-mode attribute (bit 4
 * is not that on CSME 16); OverrideStrap locked; BootGuard Enabled
 * "enabled"; Verified not-valid; Policy not-valid; Acm not-valid; Otp
 * valid. Here Boot Guard is "not enforcing", with fwupd's reading noted.
 */
static void test_csme16_z790_fwupd(void **state)
{
	const uint32_t v[] = { 0x90000245, 0x39850106, 0x20, 0x4000, NOVAL, 0x40200002 };
	struct me_facts f;

	(void)state;
	decode(v, "0:16.1.32.2473", ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME16_17);
	assert_int_equal(f.major, 16);
	assert_string_equal(f.version, "16.1.32.2473");
	assert_string_equal(f.layout_why, "fw_ver 16.1.32.2473");
	assert_false(f.mfg_mode_applicable);
	assert_int_equal(f.mfg_mode, TRI_UNKNOWN);
	assert_int_equal(f.spi_protection_mode, TRI_YES);
	assert_int_not_equal(f.operation_mode.value, 0x4); /* OverrideStrap locked */
	assert_int_equal(f.bootguard_verified, TRI_NO);    /* Verified not-valid */
	assert_int_equal(f.bootguard_policy.value, 0);     /* Policy not-valid */
	assert_int_equal(field_get(f.hfsts[5].value, 0, 0), 0); /* Acm not-valid */
	assert_int_equal(f.fpf_soc_lock, TRI_YES);         /* Otp valid */
	assert_int_equal(f.bootguard_enabled, TRI_NO);
	assert_non_null(strstr(f.bootguard_note, "fwupd still reports it \"enabled\""));
	assert_int_equal(f.mfg_lock, TRI_YES);
	assert_int_equal(f.cpu_debug_disabled, TRI_YES);
	assert_string_equal(f.sku.name, "Consumer");
	assert_int_equal(f.mfg_mode_coreboot, TRI_NO);
}

/*
 * Alder Lake-P with HAP set, Boot Guard on, fused: fwupd
 * fu-intel-me-test.c fu_intel_me16_device_hap_func, HFSTS1 0x80022054,
 * HFSTS5 0x00001f03, HFSTS6 0xc46003cf (version given as 16.0.0.0).
 * fwupd: Mei.Version "not-enabled" (working state Disabled), BootGuard
 * Enabled, Verified valid, Policy valid, Acm valid, Otp valid.
 * This is the "ME in a disabled state" case: not absent, not normal.
 */
static void test_csme16_adl_hap_disabled(void **state)
{
	const uint32_t v[] = { 0x80022054, NOVAL, NOVAL, NOVAL, 0x00001f03, 0xc46003cf };
	struct me_facts f;

	(void)state;
	decode(v, "0:16.0.0.0", ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_int_equal(f.layout, ME_LAYOUT_CSME16_17);
	assert_int_equal(f.working_state.value, 4);
	assert_string_equal(f.error_code.name, "Disabled");
	assert_string_equal(f.operation_mode.name, "Debug");
	assert_true(f.disabled);
	assert_int_equal(f.bootguard_enabled, TRI_YES);
	assert_int_equal(f.bootguard_verified, TRI_YES);
	assert_int_equal(f.bootguard_measured, TRI_YES);
	assert_string_equal(f.bootguard_policy.name, "shut down after 30 minutes");
	assert_int_equal(field_get(f.hfsts[5].value, 0, 0), 1); /* Acm valid */
	assert_int_equal(f.fpf_soc_lock, TRI_YES);
	assert_int_equal(f.txt_supported, TRI_YES);
	assert_int_equal(f.bootguard_acm_active, TRI_YES);
	assert_string_equal(me_presence_meaning(&f), "The ME interface answers but the ME is disabled.");
}

/*
 * A ChromeOS CSME 16 Lite board: cbmem example of a locked ME in the
 * ChromiumOS factory gooftool ME check (_ReadCbmem docstring): HFSTS1
 * 0x90000245, HFSTS2 0x82100116, HFSTS3 0x00000050, HFSTS4 0x00004000,
 * HFSTS5 0, HFSTS6 0x40600006; coreboot printed Manufacturing Mode NO,
 * SPI Protection Mode Enabled YES, FPFs Committed YES, Manufacturing Vars
 * Locked YES, FW Partition Table OK, Bringup Loader Failure NO, Firmware
 * Init Complete YES. No fw_ver: the chipset family decides.
 */
static void test_csme16_chromeos_coreboot(void **state)
{
	const uint32_t v[] = { 0x90000245, 0x82100116, 0x50, 0x4000, 0, 0x40600006 };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_CSME16_17, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME16_17);
	assert_int_equal(f.mfg_mode_coreboot, TRI_NO);
	assert_int_equal(f.spi_protection_mode, TRI_YES);
	assert_int_equal(f.fpf_soc_lock, TRI_YES);
	assert_int_equal(f.mfg_lock, TRI_YES);
	assert_int_equal(f.fpt_bad, TRI_NO);
	assert_int_equal(tri_bit(&f.hfsts[0], 10), TRI_NO); /* bring-up loader failure */
	assert_int_equal(f.init_complete, TRI_YES);
	assert_string_equal(f.sku.name, "Lite");
}

/* ---- CSME 18+ -------------------------------------------------------------- */

/*
 * Dell XPS 13 9350, CSME 20.0.0.1322, fwupd fu-intel-me-test.c
 * fu_intel_me18_device_func comment: HFSTS1 0xA4000255, HFSTS2
 * 0x80218500, HFSTS3 0x30, HFSTS4 0x4, HFSTS5 0x2f61f03, HFSTS6 0x0.
 * fwupd: ManufacturingMode not-locked (SPI protection off), OverrideStrap
 * locked, BootGuard Enabled, Otp not-valid. (fwupd's test feeds HFSTS5 =
 * 0x40200002, not the 0x2f61f03 its comment records, so its "Acm
 * not-valid" comes from that substitute; with the recorded value the ACM
 * ran: active and done.)
 */
static void test_csme20_xps9350_fwupd(void **state)
{
	const uint32_t v[] = { 0xa4000255, 0x80218500, 0x30, 0x4, 0x02f61f03, 0x0 };
	struct me_facts f;

	(void)state;
	decode(v, "0:20.0.0.1322", ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME18);
	assert_false(f.mfg_mode_applicable);
	assert_int_equal(f.spi_protection_mode, TRI_NO);   /* not-locked */
	assert_int_equal(f.bootguard_enabled, TRI_YES);    /* Enabled */
	assert_int_equal(f.fpf_soc_lock, TRI_NO);          /* Otp not-valid */
	assert_int_not_equal(f.operation_mode.value, 0x4); /* OverrideStrap locked */
	assert_int_equal(f.bootguard_acm_active, TRI_YES);
	assert_int_equal(f.bootguard_acm_done, TRI_YES);
	assert_int_equal(f.mfg_mode_coreboot, TRI_YES);
	assert_string_equal(f.sku.name, "Corporate");
	assert_non_null(strstr(me_mfg_mode_meaning(&f), "SPI protection mode is off"));
	assert_int_equal(f.txt_supported, TRI_YES); /* HFSTS5 bit 17 (coreboot me_18.h) */
}

/*
 * Lenovo ThinkPad X1 Carbon Gen 12 (Meteor Lake-P HECI 8086:7e70): lspci
 * config-space dump in github fwupd/fwupd issue #7180: 0x40 = 45 02 00 a0,
 * 0x48 = 00 05 f1 00, 0x60 = 20, 0x64 = 0, 0x68 = 03 1f f4 02, 0x6c = 00 00
 * 00 40. fwupd then flagged manufacturing mode from HFSTS6 bit 21 and
 * later dropped that test (fwupd#8318): SPI protection is on, fuses are
 * committed, only MANUF_LOCK is clear.
 */
static void test_csme18_x1c12_fwupd7180(void **state)
{
	const uint32_t v[] = { 0xa0000245, 0x00f10500, 0x20, 0x0, 0x02f41f03, 0x40000000 };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_CSME18, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME18);
	assert_int_equal(f.spi_protection_mode, TRI_YES);
	assert_int_equal(f.fpf_soc_lock, TRI_YES);
	assert_int_equal(f.mfg_lock, TRI_NO);
	assert_int_equal(f.mfg_mode_coreboot, TRI_YES);
	assert_non_null(strstr(f.mfg_note, "Flexible EOM"));
	assert_int_equal(f.bootguard_enabled, TRI_YES);
	assert_string_equal(f.working_state.name, "Normal");
	assert_string_equal(f.sku.name, "Consumer");
}

/*
 * Lenovo ThinkPad P16 Gen 3, CSME 19.0.5.2095, /sys/class/mei/mei0/fw_status
 * in github canonical/secboot issue #572: 0x90000245 0x89218700 0x30 0
 * 0x02F61F03 0x40000000; fwupd on it: manufacturing mode Locked, BootGuard
 * Enabled, ACM Valid, OTP Valid. Read through sysfs only (not root).
 */
static void test_csme19_p16_sysfs(void **state)
{
	const uint32_t w[] = { 0x90000245, 0x89218700, 0x30, 0, 0x02f61f03, 0x40000000 };
	struct me_raw raw;
	struct me_facts f;

	(void)state;
	memset(&raw, 0, sizeof(raw));
	raw.loc = PCI_LOC(0, 0x16, 0);
	raw.loc_known = true;
	reg_set(&raw.id, "VID/DID", 4, 0, 0xae708086);
	for (unsigned i = 0; i < ME_NHFSTS; i++) {
		reg_set(&raw.cfg[i], "HFSTS", 4, -EACCES, 0);
		reg_set(&raw.sysfs[i], "HFSTS", 4, 0, w[i]);
	}
	raw.sysfs_words = 6;
	snprintf(raw.sysfs_path, sizeof(raw.sysfs_path), "/sys/class/mei/mei0");
	snprintf(raw.fw_ver, sizeof(raw.fw_ver), "0:19.0.5.2095");
	me_decode(&raw, ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME18);
	assert_string_equal(f.hfsts_source[0], "sysfs fw_status word 1");
	assert_string_equal(f.hfsts_source[5], "sysfs fw_status word 6");
	assert_false(f.sources_disagree);
	assert_int_equal(f.spi_protection_mode, TRI_YES);   /* mfg mode Locked */
	assert_int_equal(f.bootguard_enabled, TRI_YES);     /* Enabled */
	assert_int_equal(f.bootguard_acm_active, TRI_YES);  /* ACM Valid */
	assert_int_equal(f.bootguard_acm_done, TRI_YES);
	assert_int_equal(f.fpf_soc_lock, TRI_YES);          /* OTP Valid */
}

/* ---- TXE, SPS (no public register values found: constructed, see names) --- */

/*
 * TXE: fw_ver "0:3.1.70.2334" is the Apollo Lake fitlet's TXE version in
 * github fwupd/fwupd issue #2335; the HFSTS1 value 0x00000245 is
 * CONSTRUCTED from the common layout (normal, init complete), no public
 * TXE dump was found. Major 3 -> TXE as fwupd reads it, unless the
 * chipset family says ME 1-10 (ME 3 on ICH9).
 */
static void test_txe_from_fw_ver(void **state)
{
	const uint32_t v[] = { 0x00000245, NOVAL, NOVAL, NOVAL, NOVAL, 0x40000000 };
	struct me_facts f;

	(void)state;
	decode(v, "0:3.1.70.2334", ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.layout, ME_LAYOUT_TXE);
	assert_non_null(strstr(f.layout_why, "TXE"));
	assert_int_equal(f.mfg_mode, TRI_NO);
	assert_int_equal(f.fpf_soc_lock, TRI_YES); /* apollolake cse.h FPF_COMMITED */
	assert_int_equal(f.bootguard_applicable, TRI_NO);
	decode(v, "0:3.1.70.2334", ME_LAYOUT_ME1_10, &f);
	assert_int_equal(f.layout, ME_LAYOUT_ME1_10);
}

/*
 * SPS: HFSTS1 0x000f0245 is CONSTRUCTED: operation mode 0xF, which Linux
 * drivers/misc/mei/hw-me.c mei_me_fw_type_sps takes for SPS firmware. The
 * rule wins over fw_ver (SPS versions such as 4.x would read as TXE).
 */
static void test_sps_by_opmode(void **state)
{
	const uint32_t v[] = { 0x000f0245, NOVAL, NOVAL, NOVAL, NOVAL, NOVAL };
	struct me_facts f;

	(void)state;
	decode(v, "0:4.1.4.339", ME_LAYOUT_CSME11_15, &f);
	assert_int_equal(f.layout, ME_LAYOUT_SPS);
	assert_string_equal(f.operation_mode.name, "SPS");
	assert_non_null(strstr(me_operation_mode_meaning(&f), "Server Platform Services"));
	assert_string_equal(me_layout_key(f.layout), "sps");

	/* SPS 5+: HFSTS3 SKU 6 (Linux mei_me_fw_type_sps_ign); constructed values. */
	const uint32_t v5[] = { 0x00000245, NOVAL, 0x00000060, NOVAL, NOVAL, NOVAL };

	decode(v5, "0:6.0.4.61", ME_LAYOUT_CSME11_15, &f);
	assert_int_equal(f.layout, ME_LAYOUT_SPS);
	assert_non_null(strstr(f.layout_why, "SKU 6"));
	assert_string_equal(f.sku.name, "SPS");
}

/* CSME 15 with a known version and bit 4 set (CONSTRUCTED): both readings, coreboot's rule. */
static void test_csme15_both_readings(void **state)
{
	const uint32_t v[] = { 0xa0000255, NOVAL, NOVAL, NOVAL, NOVAL, 0x00000000 };
	struct me_facts f;

	(void)state;
	decode(v, "0:15.0.40.2234", ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME11_15);
	assert_int_equal(f.mfg_mode, TRI_YES);
	assert_int_equal(f.spi_protection_mode, TRI_NO);
	assert_int_equal(f.mfg_mode_coreboot, TRI_YES);
	assert_null(strstr(f.bit4_note, "version is unknown"));
	/* CSME 14: bit 4 is manufacturing mode alone. */
	decode(v, "0:14.1.51.1528", ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.spi_protection_mode, TRI_UNKNOWN);
	assert_string_equal(f.bit4_note, "");
}

/* ---- the three "not normal" reports and friends ---------------------------- */

/* Absent: all ones at the expected function and no MEI device in sysfs. */
static void test_absent(void **state)
{
	struct me_raw raw;
	struct me_facts f;

	(void)state;
	memset(&raw, 0, sizeof(raw));
	raw.loc = PCI_LOC(0, 0x16, 0);
	raw.loc_known = true;
	reg_set(&raw.id, "VID/DID", 4, 0, 0xffffffff);
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		reg_set(&raw.cfg[i], "HFSTS", 4, 0, 0xffffffff);
	raw.sysfs_err = -ENOENT;
	me_decode(&raw, ME_LAYOUT_CSME16_17, &f);
	assert_int_equal(f.presence, ME_ABSENT);
	assert_non_null(strstr(f.presence_why, "all ones"));
	assert_false(f.disabled);
	assert_int_equal(f.mfg_mode, TRI_UNKNOWN);
	assert_null(f.hfsts_source[0]);
	assert_null(me_operation_mode_meaning(&f));
	assert_non_null(strstr(me_presence_meaning(&f), "No ME interface is visible"));
	assert_string_equal(me_presence_name(f.presence), "absent");
}

/* Could not read: config space refused, sysfs unreadable: unknown, never "absent". */
static void test_unreadable(void **state)
{
	struct me_raw raw;
	struct me_facts f;

	(void)state;
	memset(&raw, 0, sizeof(raw));
	raw.loc = PCI_LOC(0, 0x16, 0);
	raw.loc_known = true;
	reg_set(&raw.id, "VID/DID", 4, -EACCES, 0);
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		reg_set(&raw.cfg[i], "HFSTS", 4, -EACCES, 0);
	raw.sysfs_err = -EACCES;
	snprintf(raw.sysfs_why, sizeof(raw.sysfs_why), "listing refused (EACCES)");
	me_decode(&raw, ME_LAYOUT_CSME16_17, &f);
	assert_int_equal(f.presence, ME_PRESENCE_UNKNOWN);
	assert_non_null(strstr(f.presence_why, "EACCES"));
	assert_false(f.disabled);
	assert_int_equal(f.working_state.known, false);
	assert_non_null(strstr(me_presence_meaning(&f), "Could not tell"));

	/* The device answers, but HFSTS is refused and sysfs has nothing: present, values unknown. */
	reg_set(&raw.id, "VID/DID", 4, 0, 0x51e08086);
	raw.sysfs_err = -ENOENT;
	me_decode(&raw, ME_LAYOUT_CSME16_17, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_false(reg_ok(&f.hfsts[0]));
	assert_int_equal(f.hfsts[0].status, -EACCES);
	assert_non_null(strstr(me_presence_meaning(&f), "could not be read"));
	assert_int_equal(f.mfg_mode, TRI_UNKNOWN);
	assert_int_equal(f.spi_protection_mode, TRI_UNKNOWN);
}

/* A non-Intel device where the family expects the ME is "absent", with what answers. */
static void test_wrong_device(void **state)
{
	struct me_raw raw;
	struct me_facts f;

	(void)state;
	memset(&raw, 0, sizeof(raw));
	raw.loc = PCI_LOC(0, 0x16, 0);
	raw.loc_known = true;
	reg_set(&raw.id, "VID/DID", 4, 0, 0x12341022);
	raw.sysfs_err = -ENOENT;
	me_decode(&raw, ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.presence, ME_ABSENT);
	assert_non_null(strstr(f.presence_why, "1022:1234"));
}

/* Config space and sysfs disagree: say so, decode config space. */
static void test_sources_disagree(void **state)
{
	const uint32_t v[] = { 0x90000245, 0x39850106, 0x20, 0x4000, 0, 0x40200002 };
	struct me_raw raw;
	struct me_facts f;

	(void)state;
	raw_cfg(&raw, v, "0:16.1.32.2473");
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		reg_set(&raw.sysfs[i], "HFSTS", 4, 0, v[i]);
	raw.sysfs_words = 6;
	raw.sysfs_err = 0;
	reg_set(&raw.sysfs[1], "HFSTS", 4, 0, 0x00f10506); /* fwupd's plugin recording */
	me_decode(&raw, ME_LAYOUT_UNKNOWN, &f);
	assert_true(f.sources_disagree);
	assert_non_null(strstr(f.disagree_note, "HFSTS2 0x39850106 vs 0x00f10506"));
	assert_int_equal(f.hfsts[1].value, 0x39850106);
	assert_string_equal(f.hfsts_source[1], "config space 0x48");
}

/* Values no source names print as reserved (0xN); the layout unknown decodes common bits only. */
static void test_reserved_values(void **state)
{
	const uint32_t v[] = { 0x00060059, NOVAL, NOVAL, NOVAL, NOVAL, NOVAL };
	struct me_facts f;

	(void)state;
	decode(v, NULL, ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.layout, ME_LAYOUT_UNKNOWN);
	assert_string_equal(f.working_state.name, "reserved (0x9)");
	assert_false(f.working_state.known);
	assert_string_equal(f.operation_mode.name, "reserved (0x6)");
	assert_null(me_operation_mode_meaning(&f));
	assert_int_equal(f.mfg_mode, TRI_UNKNOWN);
	assert_non_null(strstr(f.bit4_note, "HFSTS1 bit 4 is 1"));
	assert_int_equal(f.bootguard_applicable, TRI_UNKNOWN);
	/* malformed fw_ver falls back to the family */
	decode(v, "garbage", ME_LAYOUT_CSME16_17, &f);
	assert_int_equal(f.layout, ME_LAYOUT_CSME16_17);
	assert_int_equal(f.major, 0);
}

static void test_tables(void **state)
{
	(void)state;
	assert_true(me_tables_valid());
	for (unsigned l = 0; l < ME_LAYOUT_COUNT; l++) {
		assert_non_null(me_layout_name((enum me_layout)l));
		assert_non_null(me_hfsts_def((enum me_layout)l, 0)->source);
	}
	assert_int_equal(me_hfsts_offset[0], 0x40);
	assert_int_equal(me_hfsts_offset[5], 0x6c);
	assert_string_equal(me_layout_name(ME_LAYOUT_COUNT), "unknown generation");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_me7_qm67_normal),
		cmocka_unit_test(test_me8_t430_recovery),
		cmocka_unit_test(test_me7_x220_altmedisable),
		cmocka_unit_test(test_me9_z97_mfg),
		cmocka_unit_test(test_csme15_tgl_chipsec),
		cmocka_unit_test(test_csme16_z790_fwupd),
		cmocka_unit_test(test_csme16_adl_hap_disabled),
		cmocka_unit_test(test_csme16_chromeos_coreboot),
		cmocka_unit_test(test_csme20_xps9350_fwupd),
		cmocka_unit_test(test_csme18_x1c12_fwupd7180),
		cmocka_unit_test(test_csme19_p16_sysfs),
		cmocka_unit_test(test_txe_from_fw_ver),
		cmocka_unit_test(test_sps_by_opmode),
		cmocka_unit_test(test_csme15_both_readings),
		cmocka_unit_test(test_absent),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_wrong_device),
		cmocka_unit_test(test_sources_disagree),
		cmocka_unit_test(test_reserved_values),
		cmocka_unit_test(test_tables),
	};

	return unit_main(tests, argc, argv);
}
