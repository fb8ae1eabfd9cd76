/* SPDX-License-Identifier: GPL-2.0-or-later */
/* layout.c - HFSTS1..6 field tables per ME / CSME / TXE / SPS generation. */
#include <stdarg.h>
#include <stdio.h>

#include "me/me.h"
#include "me/tables.h"

#define F(n, l, h, d) { .name = (n), .lo = (l), .hi = (h), .desc = (d) }
#define FE(n, l, h, d, t) { .name = (n), .lo = (l), .hi = (h), .desc = (d), .names = (t), .nnames = ARRAY_SIZE(t) }
#define DEF(t, src) { .fields = (t), .nfields = ARRAY_SIZE(t), .source = (src) }

/*
 * Config-space offsets of HFSTS1..6 on function 0 of the interface.
 * Linux drivers/misc/mei/hw-me-regs.h PCI_CFG_HFS_1..6; coreboot
 * intelblocks/cse.h PCI_ME_HFSTS1..6; fwupd fu-intel-me-pci-plugin.c.
 */
const uint16_t me_hfsts_offset[ME_NHFSTS] = { 0x40, 0x48, 0x60, 0x64, 0x68, 0x6c };

/* ---- value names -------------------------------------------------------- */

/*
 * HFSTS1[3:0] current working state. coreboot util/intelmetool/src/me.h
 * ME_HFS_CWS_* and me_status.c; fwupd fu-intel-me.rs FuMeHfsCws (0xE Halt).
 * coreboot intelblocks/cse.h names 4 ME_HFS1_CWS_M3_NO_UMA for CSME, where
 * intelmetool and fwupd say "Disabled": both readings are printed.
 */
const struct enum_name me_cws_names[] = {
	{ 0x0, "Reset" },
	{ 0x1, "Initializing" },
	{ 0x2, "Recovery" },
	{ 0x3, "Test" },
	{ 0x4, "Disabled" },
	{ 0x5, "Normal" },
	{ 0x6, "Platform Disable Wait" },
	{ 0x7, "OP State Transition" },
	{ 0x8, "Invalid CPU Plugged In" },
	{ 0xe, "Halt" },
};
const size_t me_cws_count = ARRAY_SIZE(me_cws_names);

const struct enum_name me_cws_csme_names[] = {
	{ 0x0, "Reset" },
	{ 0x1, "Initializing" },
	{ 0x2, "Recovery" },
	{ 0x3, "Test" },
	{ 0x4, "Disabled (intelmetool, fwupd; coreboot cse.h: M3 without UMA)" },
	{ 0x5, "Normal" },
	{ 0x6, "Platform Disable Wait" },
	{ 0x7, "OP State Transition" },
	{ 0x8, "Invalid CPU Plugged In" },
	{ 0xe, "Halt" },
};
const size_t me_cws_csme_count = ARRAY_SIZE(me_cws_csme_names);

/*
 * HFSTS1[8:6] current operation state. coreboot intelmetool me.h
 * ME_HFS_STATE_*; coreboot cse.h ME_HFS1_COS_* (2 = M0 power gated);
 * fwupd FuMeHfsState.
 */
const struct enum_name me_opstate_names[] = {
	{ 0, "Preboot" },
	{ 1, "M0 with UMA" },
	{ 2, "M0 power gated" },
	{ 4, "M3 without UMA" },
	{ 5, "M0 without UMA" },
	{ 6, "Bring up" },
	{ 7, "M0 without UMA but with error" },
};
const size_t me_opstate_count = ARRAY_SIZE(me_opstate_names);

/*
 * HFSTS1[15:12] error code. coreboot intelmetool me.h ME_HFS_ERROR_*
 * (2 = Disabled); fwupd FuMeHfsError.
 */
const struct enum_name me_error_names[] = {
	{ 0, "No Error" },
	{ 1, "Uncategorized Failure" },
	{ 2, "Disabled" },
	{ 3, "Image Failure" },
	{ 4, "Debug Failure" },
};
const size_t me_error_count = ARRAY_SIZE(me_error_names);

/*
 * HFSTS1[19:16] current operation mode. coreboot intelmetool me.h
 * ME_HFS_MODE_*; coreboot bd82x6x me_status.c names 2 "Debug or Disabled
 * by AltDisableBit"; fwupd FuMeHfsMode (7 = EnhancedDebug); Linux
 * drivers/misc/mei/hw-me.c mei_me_fw_type_sps: 0xF = SPS firmware.
 */
const struct enum_name me_opmode_names[] = {
	{ 0x0, "Normal" },
	{ 0x2, "Debug" },
	{ 0x3, "Soft Temporary Disable" },
	{ 0x4, "Security Override via Jumper" },
	{ 0x5, "Security Override via MEI message (HMRFPO)" },
	{ 0x7, "Enhanced Debug" },
	{ 0xf, "SPS" },
};
const size_t me_opmode_count = ARRAY_SIZE(me_opmode_names);

/*
 * HFSTS3[6:4] firmware SKU. coreboot intelblocks/cse.h enum me_fw_sku;
 * fwupd FuMeiFirmwareSku; Linux hw-me-regs.h PCI_CFG_HFS_3_FW_SKU_SPS (0x60).
 */
const struct enum_name me_sku_names[] = {
	{ 2, "Consumer" },
	{ 3, "Corporate" },
	{ 5, "Lite" },
	{ 6, "SPS" },
};
const size_t me_sku_count = ARRAY_SIZE(me_sku_names);

/* HFSTS6[7:6] Boot Guard error enforcement policy. fwupd FuMeHfsEnforcementPolicy. */
const struct enum_name me_bg_policy_names[] = {
	{ 0, "do nothing" },
	{ 1, "shut down after a timeout" },
	{ 2, "shut down immediately" },
	{ 3, "shut down after 30 minutes" },
};
const size_t me_bg_policy_count = ARRAY_SIZE(me_bg_policy_names);

/* GMES[31:28] progress code, ME 1-10. coreboot intelmetool me.h ME_GMES_PHASE_*. */
static const struct enum_name gmes_phase_names[] = {
	{ 0, "ROM Phase" },
	{ 1, "BUP Phase" },
	{ 2, "uKernel Phase" },
	{ 3, "Policy Module" },
	{ 4, "Module Loading" },
	{ 5, "Unknown" },
	{ 6, "Host Communication" },
};

/* GMES[27:24] power management event, ME 1-10. coreboot intelmetool me_status.c. */
static const struct enum_name gmes_pmevent_names[] = {
	{ 0x0, "Clean Moff->Mx wake" },
	{ 0x1, "Moff->Mx wake after an error" },
	{ 0x2, "Clean global reset" },
	{ 0x3, "Global reset after an error" },
	{ 0x4, "Clean Intel ME reset" },
	{ 0x5, "Intel ME reset due to exception" },
	{ 0x6, "Pseudo-global reset" },
	{ 0x7, "S0/M0->Sx/M3" },
	{ 0x8, "Sx/M3->S0/M0" },
	{ 0x9, "Non-power cycle reset" },
	{ 0xa, "Power cycle reset through M3" },
	{ 0xb, "Power cycle reset through Moff" },
	{ 0xc, "Sx/Mx->Sx/Moff" },
};

/* HFSTS2[31:28] progress code, CSME 11+. coreboot skylake/include/soc/me.h ME_HFS2_PHASE_*. */
static const struct enum_name csme_phase_names[] = {
	{ 0, "ROM Phase" },
	{ 2, "uKernel Phase" },
	{ 3, "BUP Phase" },
	{ 6, "Host Communication" },
};

/* HFSTS2[27:24] power management event, CSME 11+. coreboot skylake me.h ME_HFS2_PMEVENT_*. */
static const struct enum_name csme_pmevent_names[] = {
	{ 0x0, "Clean Moff->Mx wake" },
	{ 0x1, "Moff->Mx wake after an error" },
	{ 0x2, "Clean global reset" },
	{ 0x3, "Global reset after an error" },
	{ 0x4, "Clean Intel ME reset" },
	{ 0x5, "Intel ME reset due to exception" },
	{ 0x6, "Pseudo-global reset" },
	{ 0x7, "CM0->CM3" },
	{ 0x8, "CM3->CM0" },
	{ 0x9, "Non-power cycle reset" },
	{ 0xa, "Power cycle reset through M3" },
	{ 0xb, "Power cycle reset through Moff" },
	{ 0xc, "Cx/Mx->Cx/Moff" },
	{ 0xd, "CM0->CM0PG" },
	{ 0xe, "CM3->CM3PG" },
	{ 0xf, "CM0PG->CM0" },
};

/* HFSTS5[7:3] Boot Guard ACM error status, CSME 18. fwupd FuMeiCsme18ErrorStatusCode. */
static const struct enum_name csme18_bg_error_names[] = {
	{ 0x0, "Success" },
	{ 0x1, "Boot Guard initialization failed" },
	{ 0x2, "Key manifest verification failed" },
	{ 0x3, "Boot policy manifest verification failed" },
	{ 0x4, "IBB verification failed" },
	{ 0x5, "FIT processing failed" },
	{ 0x6, "DMA setup failed" },
	{ 0x7, "NEM setup failed" },
	{ 0x8, "TPM setup failed" },
	{ 0x9, "IBB measurement failed" },
	{ 0xb, "ME connection failed" },
};

/* HFSTS1[29:28] current power source. coreboot skylake me.h ME_HFS_POWER_SOURCE_*. */
static const struct enum_name power_source_names[] = {
	{ 1, "AC" },
	{ 2, "DC" },
};

/* A row for a field at a named position (me/tables.h): ME_ROW(HFSTS1_FPT_BAD, name, desc). */
#define ME_ROW(...) ME_ROW_(__VA_ARGS__)
#define ME_ROW_(r, l, h, n, d) F(n, l, h, d)
#define ME_ROWE(...) ME_ROWE_(__VA_ARGS__)
#define ME_ROWE_(r, l, h, n, d, t) FE(n, l, h, d, t)

/*
 * Named blocks of rows that several generations share, composed into each generation's
 * table below as Linux drivers/misc/mei/hw-me.c composes its MEI_CFG_* (a row stated once,
 * its source with it).
 */

/* ---- HFSTS1 ------------------------------------------------------------- */

/*
 * Bits 0..19 are common to every generation: coreboot intelmetool me.h
 * struct me_hfs, coreboot intelblocks/me_12.h .. me_18.h union me_hfsts1,
 * Linux hw-txe-regs.h PCI_CFG_TXE_FW_STS0_*, fwupd FuMeiCsme11Hfsts1.
 * Bit 4 is MFG_MODE up to CSME 13/14 and SPI protection mode later
 * (coreboot cse.c cse_is_hfs1_spi_protected: "starting from TGL";
 * fwupd fu-intel-me-device.c: from CSME 16); decode.c handles that.
 */
#define HFSTS1_COMMON(cws, bit4name, bit4desc)                                                  \
	ME_ROWE(HFSTS1_CWS, "CURRENT_WORKING_STATE", "current working state", cws),              \
	ME_ROW(HFSTS1_BIT4, bit4name, bit4desc),                                                 \
	ME_ROW(HFSTS1_FPT_BAD, "FPT_BAD", "flash partition table bad"),                          \
	ME_ROWE(HFSTS1_OPERATION_STATE, "OPERATION_STATE", "current operation state",           \
		me_opstate_names),                                                               \
	ME_ROW(HFSTS1_FW_INIT_COMPLETE, "FW_INIT_COMPLETE", "firmware initialization complete"), \
	F("FT_BUP_LD_FLR", 10, 10, "bring-up loader failure"),                                   \
	ME_ROW(HFSTS1_UPDATE_IN_PROGRESS, "UPDATE_IN_PROGRESS", "firmware update in progress"),  \
	ME_ROWE(HFSTS1_ERROR_CODE, "ERROR_CODE", "error code", me_error_names),                  \
	ME_ROWE(HFSTS1_OPERATION_MODE, "OPERATION_MODE", "current operation mode", me_opmode_names)

/* Bits 20..24 of CSME 11 on, TXE and SPS: fwupd FuMeiCsme11Hfsts1, coreboot me_16.h,
 * xeon_sp me.h (Linux hw-txe-regs.h for the TXE reset count). */
#define HFSTS1_RESET_COUNT_ROW(desc) F("RESET_COUNT", 20, 23, desc)
#define HFSTS1_BOOT_OPTIONS_ROW \
	ME_ROW(HFSTS1_BOOT_OPTIONS_PRESENT, "BOOT_OPTIONS_PRESENT", "boot options present")

/* Bits 26..31 of CSME 11 on and SPS: fwupd FuMeiCsme11Hfsts1; coreboot skylake me.h,
 * intelblocks/me_16.h, xeon_sp me.h union me_hfsts1. */
#define HFSTS1_BIST_POWER_ROWS                                                                  \
	F("BIST_TEST_STATE", 26, 26, "BIST test state"),                                         \
	F("BIST_RESET_REQUEST", 27, 27, "BIST reset request"),                                   \
	FE("CURRENT_POWER_SOURCE", 28, 29, "current power source", power_source_names),         \
	F("D3_SUPPORT_VALID", 30, 30, "D3 support valid"),                                       \
	F("D0I3_SUPPORT_VALID", 31, 31, "D0i3 support valid")

/* coreboot intelmetool me.h struct me_hfs; southbridge/intel/bd82x6x/me.h union me_hfs. */
static const struct me_field hfsts1_me[] = {
	HFSTS1_COMMON(me_cws_names, "MFG_MODE", "manufacturing mode"),
	HFSTS1_BOOT_OPTIONS_ROW,
	F("ACK_DATA", 25, 27, "DRAM init done acknowledge data"),
	F("BIOS_MSG_ACK", 28, 31, "BIOS message acknowledge"),
};

/* fwupd FuMeiCsme11Hfsts1; coreboot skylake/include/soc/me.h union me_hfsts1. */
static const struct me_field hfsts1_csme11[] = {
	HFSTS1_COMMON(me_cws_csme_names, "MFG_MODE", "manufacturing mode (CSME 11-14); see the note for CSME 15"),
	HFSTS1_RESET_COUNT_ROW("reset count"),
	HFSTS1_BOOT_OPTIONS_ROW,
	F("BIST_FINISHED", 25, 25, "BIST finished (fwupd; coreboot me_15.h: invoke enhanced debug mode)"),
	HFSTS1_BIST_POWER_ROWS,
};

/* fwupd FuMeiCsme18Hfsts1; coreboot intelblocks/me_16.h, me_18.h union me_hfsts1. */
static const struct me_field hfsts1_csme16[] = {
	HFSTS1_COMMON(me_cws_csme_names, "SPI_PROTECTION_MODE", "SPI protection mode: 0 = on (descriptor locked), 1 = off"),
	HFSTS1_RESET_COUNT_ROW("reset count"),
	HFSTS1_BOOT_OPTIONS_ROW,
	F("INVOKE_ENHANCED_DEBUG_MODE", 25, 25, "invoke enhanced debug mode"),
	HFSTS1_BIST_POWER_ROWS,
};

/* coreboot apollolake/include/soc/cse.h union cse_fwsts1; Linux hw-txe-regs.h. */
static const struct me_field hfsts1_txe[] = {
	HFSTS1_COMMON(me_cws_csme_names, "MFG_MODE", "manufacturing mode"),
	HFSTS1_RESET_COUNT_ROW("reset count (Linux hw-txe-regs.h)"),
	HFSTS1_BOOT_OPTIONS_ROW,
	F("ACK_DATA", 25, 27, "acknowledge data"),
	F("BIOS_MESSAGE_ACK", 28, 31, "BIOS message acknowledge"),
};

/* coreboot xeon_sp/include/soc/me.h union me_hfsts1. */
static const struct me_field hfsts1_sps[] = {
	HFSTS1_COMMON(me_cws_csme_names, "MFG_MODE", "manufacturing mode"),
	HFSTS1_RESET_COUNT_ROW("reset count"),
	HFSTS1_BOOT_OPTIONS_ROW,
	HFSTS1_BIST_POWER_ROWS,
};

/* Layout not known: only the bits every generation shares, bit 4 left unnamed. */
static const struct me_field hfsts1_common[] = {
	HFSTS1_COMMON(me_cws_csme_names, "BIT4", "manufacturing mode or SPI protection mode, by generation"),
};

/* ---- HFSTS2 ------------------------------------------------------------- */

/* Bits 3, 6 and 8, the same in every HFSTS2 layout (GMES included): coreboot intelmetool
 * me.h struct me_gmes, skylake and xeon_sp me.h, apollolake cse.h; fwupd FuMeiCsme11Hfsts2. */
#define HFSTS2_INVOKE_MEBX_ROW F("INVOKE_MEBX", 3, 3, "invoke MEBx")
#define HFSTS2_MFS_FAILURE_ROW F("MFS_FAILURE", 6, 6, "MFS failure")
#define HFSTS2_CPU_REPLACED_VALID_ROW F("CPU_REPLACED_VALID", 8, 8, "CPU replaced valid")
/* Shared by two generations each: GMES/TXE and SPS (CPU_REPLACED_STS, CURRENT_STATE),
 * CSME and SPS (LOW_POWER_STATE, the CSME 11 PM event names), CSME 11 and 16 (bit 12). */
#define HFSTS2_CPU_REPLACED_STS_ROW F("CPU_REPLACED_STS", 4, 4, "CPU replaced")
#define HFSTS2_CURRENT_STATE_ROW F("CURRENT_STATE", 16, 23, "progress phase state")
#define HFSTS2_LOW_POWER_STATE_ROW F("LOW_POWER_STATE", 9, 9, "low power state")
#define HFSTS2_FORCED_SAFE_BOOT_ROW F("FORCED_SAFE_BOOT", 12, 12, "forced safe boot")
#define HFSTS2_CSME_PMEVENT_ROW \
	ME_ROWE(HFSTS2_PMEVENT, "CURRENT_PMEVENT", "power management event", csme_pmevent_names)

/* GMES (ME 1-10) and TXE share bits 1..11 but for their names of bits 0 and 5. */
#define HFSTS2_GMES_ROWS(bist, mbp)                                                            \
	F(bist, 0, 0, "BIST in progress"),                                                       \
	F("ICC_PROG_STS", 1, 2, "ICC programming status"),                                       \
	HFSTS2_INVOKE_MEBX_ROW,                                                                  \
	HFSTS2_CPU_REPLACED_STS_ROW,                                                             \
	F(mbp, 5, 5, "MBP ready"),                                                               \
	HFSTS2_MFS_FAILURE_ROW,                                                                  \
	F("WARM_RST_REQ_FOR_DF", 7, 7, "warm reset request for dynamic fusing"),                 \
	HFSTS2_CPU_REPLACED_VALID_ROW,                                                           \
	F("FW_UPD_IPU", 11, 11, "firmware update IPU needed")

/* CSME 11 on: bits 0..11 (fwupd FuMeiCsme11Hfsts2, FuMeiCsme18Hfsts2; coreboot skylake me.h). */
#define HFSTS2_CSME_ROWS                                                                        \
	F("NFTP_LOAD_FAILURE", 0, 0, "NFTP load failure"),                                       \
	F("ICC_PROG_STATUS", 1, 2, "ICC programming status"),                                    \
	HFSTS2_INVOKE_MEBX_ROW,                                                                  \
	F("CPU_REPLACED", 4, 4, "CPU replaced"),                                                 \
	HFSTS2_MFS_FAILURE_ROW,                                                                  \
	F("WARM_RESET_RQST", 7, 7, "warm reset request"),                                        \
	HFSTS2_CPU_REPLACED_VALID_ROW,                                                           \
	HFSTS2_LOW_POWER_STATE_ROW,                                                              \
	F("ME_POWER_GATE", 10, 10, "ME power gated"),                                            \
	F("IPU_NEEDED", 11, 11, "IPU needed")
#define HFSTS2_LISTENER_STATUS_ROWS                                                             \
	F("LISTENER_CHANGE", 15, 15, "listener change"),                                         \
	F("STATUS_DATA", 16, 23, "progress phase state")

/*
 * CSME 16 on: fwupd reads HFSTS2 with its CSME 11 struct; coreboot me_16.h
 * documents only bits 4, 8 and 9. The phase / PM event value names are
 * coreboot skylake me.h (CSME 11) names, so they are not applied here.
 */
#define HFSTS2_PHASE_UNNAMED_ROWS                                                               \
	ME_ROW(HFSTS2_PMEVENT, "CURRENT_PMEVENT", "power management event (value names documented for CSME 11 only)"), \
	ME_ROW(HFSTS2_PHASE, "PHASE", "progress phase (value names documented for CSME 11 only)")

/* GMES: coreboot intelmetool me.h struct me_gmes; bd82x6x me.h union me_gmes. */
static const struct me_field hfsts2_me[] = {
	HFSTS2_GMES_ROWS("BIST_IN_PROG", "MBP_RDY"),
	HFSTS2_CURRENT_STATE_ROW,
	ME_ROWE(HFSTS2_PMEVENT, "CURRENT_PMEVENT", "power management event", gmes_pmevent_names),
	ME_ROWE(HFSTS2_PHASE, "PROGRESS_CODE", "progress phase", gmes_phase_names),
};

/* fwupd FuMeiCsme11Hfsts2; coreboot skylake me.h union me_hfsts2. */
static const struct me_field hfsts2_csme11[] = {
	HFSTS2_CSME_ROWS,
	HFSTS2_FORCED_SAFE_BOOT_ROW,
	HFSTS2_LISTENER_STATUS_ROWS,
	HFSTS2_CSME_PMEVENT_ROW,
	ME_ROWE(HFSTS2_PHASE, "PHASE", "progress phase", csme_phase_names),
};

/* CSME 16-17: the CSME 11 bits, phase and PM event without value names. */
static const struct me_field hfsts2_csme16[] = {
	HFSTS2_CSME_ROWS,
	HFSTS2_FORCED_SAFE_BOOT_ROW,
	HFSTS2_LISTENER_STATUS_ROWS,
	HFSTS2_PHASE_UNNAMED_ROWS,
};

/* fwupd FuMeiCsme18Hfsts2. */
static const struct me_field hfsts2_csme18[] = {
	HFSTS2_CSME_ROWS,
	F("CSE_WAY_TO_DISABLED", 14, 14, "CSE on its way to disabled"),
	HFSTS2_LISTENER_STATUS_ROWS,
	HFSTS2_PHASE_UNNAMED_ROWS,
};

/* coreboot apollolake cse.h union cse_fwsts2 ("General Status Shadow Register 1"). */
static const struct me_field hfsts2_txe[] = {
	HFSTS2_GMES_ROWS("BIST_IN_PROGRESS", "MBP_READY"),
	F("MBP_CLEARED", 13, 13, "MBP cleared"),
	F("EXT_STAT_CODE1", 16, 23, "extended status code 1"),
	F("EXT_STAT_CODE2", 24, 27, "extended status code 2"),
	F("INFRA_PHASE_CODE", 28, 31, "infrastructure phase code"),
};

/* coreboot xeon_sp me.h union me_hfsts2. */
static const struct me_field hfsts2_sps[] = {
	HFSTS2_INVOKE_MEBX_ROW,
	HFSTS2_CPU_REPLACED_STS_ROW,
	HFSTS2_MFS_FAILURE_ROW,
	F("WARM_RESET_REQUEST", 7, 7, "warm reset request"),
	HFSTS2_CPU_REPLACED_VALID_ROW,
	HFSTS2_LOW_POWER_STATE_ROW,
	F("POWER_GATING_IND", 10, 10, "power gating indication"),
	F("FW_UPD_FORCED_SB", 12, 12, "firmware update forced safe boot"),
	HFSTS2_CURRENT_STATE_ROW,
	HFSTS2_CSME_PMEVENT_ROW,
	ME_ROW(HFSTS2_PHASE, "PROGRESS_CODE", "progress phase"),
};

/* ---- HFSTS3 ------------------------------------------------------------- */

/* FW_SKU, bits 6:4: coreboot intelblocks/cse.h enum me_fw_sku, skylake, me_16.h, me_18.h,
 * xeon_sp and apollolake me.h union me_hfsts3; fwupd FuMeiCsme11Hfsts3. */
#define HFSTS3_FW_SKU_ROW(desc) ME_ROWE(HFSTS3_FW_SKU, "FW_SKU", desc, me_sku_names)

/* IBB chunks, bits 3:0: fwupd FuMeiCsme11Hfsts3; coreboot skylake me.h, apollolake cse.h. */
#define HFSTS3_CHUNK_ROWS                                                                       \
	F("CHUNK0", 0, 0, "IBB chunk 0"),                                                        \
	F("CHUNK1", 1, 1, "IBB chunk 1"),                                                        \
	F("CHUNK2", 2, 2, "IBB chunk 2"),                                                        \
	F("CHUNK3", 3, 3, "IBB chunk 3")

/* Bits 7, 8 and 30, 31 of CSME 11 and SPS: fwupd FuMeiCsme11Hfsts3; coreboot skylake and
 * xeon_sp me.h union me_hfsts3. */
#define HFSTS3_KEY_CONFIG_ROWS                                                                  \
	F("ENCRYPT_KEY_CHECK", 7, 7, "encryption key check failed"),                             \
	F("PCH_CONFIG_CHANGE", 8, 8, "PCH configuration changed")
#define HFSTS3_KEY_POWER_ROWS                                                                   \
	F("ENCRYPT_KEY_OVERRIDE", 30, 30, "encryption key override"),                            \
	F("POWER_DOWN_MITIGATION", 31, 31, "power down mitigation")

/* fwupd FuMeiCsme11Hfsts3; coreboot skylake me.h union me_hfsts3. */
static const struct me_field hfsts3_csme11[] = {
	HFSTS3_CHUNK_ROWS,
	HFSTS3_FW_SKU_ROW("firmware SKU"),
	HFSTS3_KEY_CONFIG_ROWS,
	F("IBB_VERIFICATION_RESULT", 9, 9, "IBB verification result"),
	F("IBB_VERIFICATION_DONE", 10, 10, "IBB verification done"),
	F("ACTUAL_IBB_SIZE", 14, 27, "actual IBB size"),
	F("NUMBER_OF_CHUNKS", 28, 29, "number of IBB chunks"),
	HFSTS3_KEY_POWER_ROWS,
};

/* coreboot intelblocks/me_16.h union me_hfsts3 documents only the SKU. */
static const struct me_field hfsts3_csme16[] = {
	HFSTS3_FW_SKU_ROW("firmware SKU"),
};

/* fwupd FuMeiCsme18Hfsts3; coreboot intelblocks/me_18.h (SKU). */
static const struct me_field hfsts3_csme18[] = {
	HFSTS3_FW_SKU_ROW("firmware SKU"),
	F("TRANSACTIONAL_STATE", 7, 7, "transactional state"),
	F("STORAGE_PROXY_PRESENT", 8, 8, "storage proxy present"),
	F("RPMC_STATUS_VALUES", 11, 14, "RPMC status"),
	F("RPMC_DEVICE_EXTENDED_STATUS", 15, 17, "RPMC device extended status"),
	F("BIOS_RPMC_STATUS", 18, 21, "BIOS RPMC status"),
	F("BIOS_RPMC_DEVICE_EXTENDED_STATUS", 22, 24, "BIOS RPMC device extended status"),
};

/*
 * coreboot apollolake cse.h union cse_fwsts3 (IBB fields) and
 * apollolake me.h union me_hfsts3 (FW_SKU; cse.h calls bits 4..8 reserved).
 */
static const struct me_field hfsts3_txe[] = {
	HFSTS3_CHUNK_ROWS,
	HFSTS3_FW_SKU_ROW("firmware SKU (apollolake me.h only)"),
	F("IBB_VERIF_RESULT", 9, 9, "IBB verification result"),
	F("IBB_VERIF_DONE", 10, 10, "IBB verification done"),
	F("IBB_SIZE", 14, 27, "actual IBB size"),
	F("NO_OF_CHUNKS", 28, 29, "number of IBB chunks"),
};

/* coreboot xeon_sp me.h union me_hfsts3. */
static const struct me_field hfsts3_sps[] = {
	HFSTS3_FW_SKU_ROW("firmware SKU"),
	HFSTS3_KEY_CONFIG_ROWS,
	HFSTS3_KEY_POWER_ROWS,
};

/* ---- HFSTS4 ------------------------------------------------------------- */

/* fwupd FuMeiCsme11Hfsts4. */
static const struct me_field hfsts4_csme11[] = {
	F("ENFORCEMENT_FLOW", 9, 9, "Boot Guard enforcement flow"),
	F("SX_RESUME_TYPE", 10, 10, "Sx resume type"),
	F("TPMS_DISCONNECTED", 12, 12, "TPM disconnected"),
	F("FWSTS_VALID", 14, 14, "firmware status valid"),
	F("BOOT_GUARD_SELF_TEST", 15, 15, "Boot Guard self test"),
};

/* fwupd FuMeiCsme18Hfsts4. */
static const struct me_field hfsts4_csme18[] = {
	F("FLASH_LOG_EXIST", 2, 2, "flash log exists"),
};

/* coreboot apollolake cse.h union cse_fwsts4. */
static const struct me_field hfsts4_txe[] = {
	F("TPM_DISCONNECTED", 12, 12, "TPM disconnected"),
	F("TXE_VERI_BOOT_VALID", 14, 14, "verified boot valid"),
	F("TXE_VERI_BOOT_TEST", 15, 15, "verified boot test"),
};

/* ---- HFSTS5 ------------------------------------------------------------- */

/* Boot Guard ACM status, the same from CSME 11 to 18: fwupd FuMeiCsme11Hfsts5 and
 * FuMeiCsme18Hfsts5 (the ACM_ACTIVE bit is BTG_ACM_ACTIVE there; the error status has
 * value names from CSME 18 only). */
#define HFSTS5_VALID_ROWS                                                                       \
	ME_ROW(HFSTS5_VALID, "VALID", "Boot Guard status valid"),                                \
	F("RESULT_CODE_SOURCE", 2, 2, "result code source")
#define HFSTS5_DONE_ROWS                                                                        \
	ME_ROW(HFSTS5_ACM_DONE, "ACM_DONE_STS", "Boot Guard ACM done"),                          \
	F("TIMEOUT_COUNT", 9, 15, "timeout count"),                                              \
	F("SCRTM_INDICATOR", 16, 16, "S-CRTM indicator")
#define HFSTS5_START_ENFORCEMENT_ROW F("START_ENFORCEMENT", 31, 31, "start enforcement")

/* fwupd FuMeiCsme11Hfsts5. */
static const struct me_field hfsts5_csme11[] = {
	ME_ROW(HFSTS5_ACM_ACTIVE, "ACM_ACTIVE", "Boot Guard ACM active"),
	HFSTS5_VALID_ROWS,
	F("ERROR_STATUS_CODE", 3, 7, "Boot Guard ACM error status"),
	HFSTS5_DONE_ROWS,
	F("INC_BOOT_GUARD_ACM", 17, 20, "incremented Boot Guard ACM SVN"),
	F("INC_KEY_MANIFEST", 21, 24, "incremented key manifest SVN"),
	F("INC_BOOT_POLICY", 25, 28, "incremented boot policy SVN"),
	HFSTS5_START_ENFORCEMENT_ROW,
};

/* fwupd FuMeiCsme18Hfsts5; coreboot intelblocks/me_18.h union me_hfsts5 (bits 17, 21). */
static const struct me_field hfsts5_csme18[] = {
	ME_ROW(HFSTS5_ACM_ACTIVE, "BTG_ACM_ACTIVE", "Boot Guard ACM active"),
	HFSTS5_VALID_ROWS,
	FE("ERROR_STATUS_CODE", 3, 7, "Boot Guard ACM error status", csme18_bg_error_names),
	HFSTS5_DONE_ROWS,
	ME_ROW(HFSTS5_CSME18_TXT, "TXT_SUPPORT", "TXT supported"),
	F("BTG_PROFILE", 18, 20, "Boot Guard profile"),
	ME_ROW(HFSTS5_CSME18_CPU_DEBUG_DISABLED, "CPU_DEBUG_DISABLED", "CPU debug disabled"),
	F("BSP_INIT_DISABLED", 22, 22, "BSP init disabled"),
	F("BSP_BOOT_POLICY_MANIFEST_EXECUTION_STATUS", 23, 23, "BSP boot policy manifest execution status"),
	F("BTG_TOKEN_APPLIED", 24, 24, "Boot Guard token applied"),
	F("BTG_STATUS", 25, 28, "Boot Guard status"),
	HFSTS5_START_ENFORCEMENT_ROW,
};

/* coreboot apollolake cse.h union cse_fwsts5. */
static const struct me_field hfsts5_txe[] = {
	F("ERROR_STATUS_CODE", 3, 7, "error status code"),
};

/* ---- HFSTS6 ------------------------------------------------------------- */

/*
 * fwupd FuMeiCsme11Hfsts6; slimbootloader CommonSocPkg HeciRegs.h
 * HECI_FW_STS6_REGISTER (bits 10..31); coreboot intelblocks/me_12.h,
 * me_15.h (CPU_DEBUG_DISABLE 1, FPF_SOC_LOCK 30, TXT_SUPPORT 31).
 * coreboot skylake me.h reads bits 31:30 as one FPF_NVARS field instead.
 * CSME 11 and CSME 16-17 share every bit but 21:18 (below).
 */
#define HFSTS6_BOOT_GUARD_ROWS                                                                  \
	F("FORCE_BOOT_GUARD_ACM", 0, 0, "force Boot Guard ACM"),                                 \
	ME_ROW(HFSTS6_CPU_DEBUG_DISABLE, "CPU_DEBUG_DISABLE", "CPU debug disabled"),             \
	F("BSP_INIT_DISABLE", 2, 2, "BSP init disabled"),                                        \
	F("PROTECT_BIOS_ENV", 3, 3, "protect BIOS environment"),                                 \
	ME_ROWE(HFSTS6_ERROR_ENFORCE_POLICY, "ERROR_ENFORCE_POLICY",                             \
		"Boot Guard error enforcement policy", me_bg_policy_names),                      \
	ME_ROW(HFSTS6_MEASURED_BOOT, "MEASURED_BOOT", "Boot Guard measured boot"),               \
	ME_ROW(HFSTS6_VERIFIED_BOOT, "VERIFIED_BOOT", "Boot Guard verified boot"),               \
	F("BOOT_GUARD_ACMSVN", 10, 13, "Boot Guard ACM SVN"),                                    \
	F("KMSVN", 14, 17, "key manifest SVN")
#define HFSTS6_FPF_SOC_LOCK_ROW \
	ME_ROW(HFSTS6_FPF_SOC_LOCK, "FPF_SOC_LOCK", "FPF SOC configuration lock (fuses committed)")
#define HFSTS6_MANIFEST_FUSE_ROWS                                                               \
	F("KEY_MANIFEST_ID", 22, 25, "key manifest ID"),                                         \
	F("BOOT_POLICY_STATUS", 26, 26, "boot policy status"),                                   \
	F("ERROR", 27, 27, "CPU reported a Boot Guard error"),                                   \
	ME_ROW(HFSTS6_BOOT_GUARD_DISABLE, "BOOT_GUARD_DISABLE", "Boot Guard disabled"),          \
	F("FPF_DISABLE", 29, 29, "field programmable fuses disabled"),                           \
	HFSTS6_FPF_SOC_LOCK_ROW,                                                                 \
	ME_ROW(HFSTS6_TXT_SUPPORT, "TXT_SUPPORT", "TXT supported")

static const struct me_field hfsts6_csme11[] = {
	HFSTS6_BOOT_GUARD_ROWS,
	F("BPMSVN", 18, 21, "boot policy manifest SVN"),
	HFSTS6_MANIFEST_FUSE_ROWS,
};

/*
 * As CSME 11 but bit 21 is MANUF_LOCK (coreboot intelblocks/me_16.h);
 * fwupd still reads bits 21:18 as BPMSVN on CSME 16-17.
 */
static const struct me_field hfsts6_csme16[] = {
	HFSTS6_BOOT_GUARD_ROWS,
	F("BPMSVN", 18, 20, "boot policy manifest SVN (fwupd: bits 21:18)"),
	ME_ROW(HFSTS6_MANUF_LOCK, "MANUF_LOCK", "manufacturing variables locked (coreboot me_16.h)"),
	HFSTS6_MANIFEST_FUSE_ROWS,
};

/* coreboot intelblocks/me_18.h union me_hfsts6; fwupd FuMeiCsme18Hfsts6 (bit 31). */
static const struct me_field hfsts6_csme18[] = {
	ME_ROW(HFSTS6_MANUF_LOCK, "MANUF_LOCK", "manufacturing variables locked"),
	HFSTS6_FPF_SOC_LOCK_ROW,
	F("SX_RESUME_TYPE", 31, 31, "Sx resume type (fwupd)"),
};

/* coreboot apollolake cse.h union cse_fwsts6. */
static const struct me_field hfsts6_txe[] = {
	ME_ROW(HFSTS6_FPF_SOC_LOCK, "FPF_COMMITED", "field programmable fuses committed"),
};

/* ---- per layout --------------------------------------------------------- */

static const struct me_field none[] = { F("", 0, 0, "") };

#define NODEF(src) { .fields = none, .nfields = 0, .source = (src) }

static const struct me_regdef defs[][ME_NHFSTS] = {
	[ME_LAYOUT_UNKNOWN] = {
		DEF(hfsts1_common, "bits shared by every generation (coreboot, Linux, fwupd)"),
		NODEF("layout unknown"), NODEF("layout unknown"), NODEF("layout unknown"),
		NODEF("layout unknown"), NODEF("layout unknown"),
	},
	[ME_LAYOUT_ME1_10] = {
		DEF(hfsts1_me, "coreboot util/intelmetool/src/me.h struct me_hfs"),
		DEF(hfsts2_me, "coreboot util/intelmetool/src/me.h struct me_gmes (GMES)"),
		NODEF("no public layout for ME 1-10"), NODEF("no public layout for ME 1-10"),
		NODEF("no public layout for ME 1-10"), NODEF("no public layout for ME 1-10"),
	},
	[ME_LAYOUT_CSME11_15] = {
		DEF(hfsts1_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts1; coreboot me_12.h/me_15.h"),
		DEF(hfsts2_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts2; coreboot skylake me.h"),
		DEF(hfsts3_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts3; coreboot skylake me.h"),
		DEF(hfsts4_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts4"),
		DEF(hfsts5_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts5"),
		DEF(hfsts6_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts6; slimbootloader HeciRegs.h"),
	},
	[ME_LAYOUT_CSME16_17] = {
		DEF(hfsts1_csme16, "coreboot intelblocks/me_16.h; fwupd fu-intel-me-device.c (bit 4)"),
		DEF(hfsts2_csme16, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts2 (fwupd uses it for CSME 16)"),
		DEF(hfsts3_csme16, "coreboot intelblocks/me_16.h union me_hfsts3"),
		DEF(hfsts4_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts4"),
		DEF(hfsts5_csme11, "fwupd fu-intel-me.rs FuMeiCsme11Hfsts5"),
		DEF(hfsts6_csme16, "coreboot intelblocks/me_16.h; fwupd FuMeiCsme11Hfsts6"),
	},
	[ME_LAYOUT_CSME18] = {
		DEF(hfsts1_csme16, "fwupd fu-intel-me.rs FuMeiCsme18Hfsts1; coreboot me_18.h"),
		DEF(hfsts2_csme18, "fwupd fu-intel-me.rs FuMeiCsme18Hfsts2"),
		DEF(hfsts3_csme18, "fwupd fu-intel-me.rs FuMeiCsme18Hfsts3"),
		DEF(hfsts4_csme18, "fwupd fu-intel-me.rs FuMeiCsme18Hfsts4"),
		DEF(hfsts5_csme18, "fwupd fu-intel-me.rs FuMeiCsme18Hfsts5; coreboot me_18.h"),
		DEF(hfsts6_csme18, "coreboot intelblocks/me_18.h; fwupd FuMeiCsme18Hfsts6"),
	},
	[ME_LAYOUT_TXE] = {
		DEF(hfsts1_txe, "coreboot apollolake cse.h cse_fwsts1; Linux hw-txe-regs.h"),
		DEF(hfsts2_txe, "coreboot apollolake cse.h cse_fwsts2"),
		DEF(hfsts3_txe, "coreboot apollolake cse.h cse_fwsts3, me.h me_hfsts3"),
		DEF(hfsts4_txe, "coreboot apollolake cse.h cse_fwsts4"),
		DEF(hfsts5_txe, "coreboot apollolake cse.h cse_fwsts5"),
		DEF(hfsts6_txe, "coreboot apollolake cse.h cse_fwsts6"),
	},
	[ME_LAYOUT_SPS] = {
		DEF(hfsts1_sps, "coreboot xeon_sp/include/soc/me.h; Linux hw-me.c (mode 0xF)"),
		DEF(hfsts2_sps, "coreboot xeon_sp/include/soc/me.h"),
		DEF(hfsts3_sps, "coreboot xeon_sp/include/soc/me.h"),
		NODEF("no public layout for SPS"), NODEF("no public layout for SPS"),
		NODEF("no public layout for SPS"),
	},
};

const struct me_regdef *me_hfsts_def(enum me_layout l, unsigned idx)
{
	if ((unsigned)l >= ME_LAYOUT_COUNT)
		l = ME_LAYOUT_UNKNOWN;
	if (idx >= ME_NHFSTS)
		idx = ME_NHFSTS - 1;
	return &defs[l][idx];
}

/* Self-check for tests: every field inside 0..31, lo <= hi, no overlaps. */
bool me_tables_valid(void)
{
	for (unsigned l = 0; l < ME_LAYOUT_COUNT; l++)
		for (unsigned r = 0; r < ME_NHFSTS; r++) {
			const struct me_regdef *d = &defs[l][r];
			uint32_t used = 0;

			for (size_t i = 0; i < d->nfields; i++) {
				const struct me_field *f = &d->fields[i];
				uint32_t m;

				if (f->lo > f->hi || f->hi > 31 || !f->name || !f->name[0])
					return false;
				m = (uint32_t)((f->hi == 31 ? 0xffffffffu : ((1u << (f->hi + 1)) - 1)) &
					       ~((1u << f->lo) - 1));
				if (used & m)
					return false;
				used |= m;
			}
		}
	return true;
}

/* ---- what decode.c reads where ------------------------------------------ */

/* Boot Guard: HFSTS6 policy bits (CSME 11-17) and HFSTS5 ACM status (CSME 11 on). */
#define CSME11_BOOT_GUARD                                                                       \
	.bg_disable = ME_BITS(HFSTS6_BOOT_GUARD_DISABLE), .bg_verified = ME_BITS(HFSTS6_VERIFIED_BOOT), \
	.bg_measured = ME_BITS(HFSTS6_MEASURED_BOOT), .bg_policy = ME_BITS(HFSTS6_ERROR_ENFORCE_POLICY)
#define HFSTS5_BOOT_GUARD                                                                       \
	.bg_valid = ME_BITS(HFSTS5_VALID), .bg_acm_active = ME_BITS(HFSTS5_ACM_ACTIVE),         \
	.bg_acm_done = ME_BITS(HFSTS5_ACM_DONE)

static const struct me_traits traits[] = {
	[ME_LAYOUT_UNKNOWN] = {
		.key = "unknown", .name = "unknown generation",
		.cws = me_cws_csme_names, .ncws = ARRAY_SIZE(me_cws_csme_names),
		.bit4 = BIT4_UNKNOWN,
	},
	[ME_LAYOUT_ME1_10] = {
		.key = "me1", .name = "ME 1-10 (HFSTS2 is GMES)",
		.cws = me_cws_names, .ncws = ARRAY_SIZE(me_cws_names),
		.bit4 = BIT4_MFG,
		.progress = ME_BITS(HFSTS2_PHASE), .pmevent = ME_BITS(HFSTS2_PMEVENT),
		.progress_names = gmes_phase_names, .nprogress = ARRAY_SIZE(gmes_phase_names),
		.pmevent_names = gmes_pmevent_names, .npmevent = ARRAY_SIZE(gmes_pmevent_names),
	},
	[ME_LAYOUT_CSME11_15] = {
		.key = "csme11", .name = "CSME 11-15",
		.cws = me_cws_csme_names, .ncws = ARRAY_SIZE(me_cws_csme_names),
		.bit4 = BIT4_MFG,
		.sku = ME_BITS(HFSTS3_FW_SKU),
		.progress = ME_BITS(HFSTS2_PHASE), .pmevent = ME_BITS(HFSTS2_PMEVENT),
		.progress_names = csme_phase_names, .nprogress = ARRAY_SIZE(csme_phase_names),
		.pmevent_names = csme_pmevent_names, .npmevent = ARRAY_SIZE(csme_pmevent_names),
		.fpf_soc_lock = ME_BITS(HFSTS6_FPF_SOC_LOCK), .txt = ME_BITS(HFSTS6_TXT_SUPPORT),
		.cpu_debug_disabled = ME_BITS(HFSTS6_CPU_DEBUG_DISABLE),
		CSME11_BOOT_GUARD, HFSTS5_BOOT_GUARD,
		.bootguard_source = "HFSTS6 bits 0-9, 28 and HFSTS5 bits 0-8 (fwupd FuMeiCsme11Hfsts5/6)",
	},
	[ME_LAYOUT_CSME16_17] = {
		.key = "csme16", .name = "CSME 16-17",
		.cws = me_cws_csme_names, .ncws = ARRAY_SIZE(me_cws_csme_names),
		.bit4 = BIT4_SPI_PROT,
		.sku = ME_BITS(HFSTS3_FW_SKU),
		.fpf_soc_lock = ME_BITS(HFSTS6_FPF_SOC_LOCK), .mfg_lock = ME_BITS(HFSTS6_MANUF_LOCK),
		.txt = ME_BITS(HFSTS6_TXT_SUPPORT), .cpu_debug_disabled = ME_BITS(HFSTS6_CPU_DEBUG_DISABLE),
		CSME11_BOOT_GUARD, HFSTS5_BOOT_GUARD,
		.bootguard_source = "HFSTS6 bits 0-9, 28 and HFSTS5 bits 0-8 (fwupd FuMeiCsme11Hfsts5/6)",
	},
	[ME_LAYOUT_CSME18] = {
		.key = "csme18", .name = "CSME 18 and later",
		.cws = me_cws_csme_names, .ncws = ARRAY_SIZE(me_cws_csme_names),
		.bit4 = BIT4_SPI_PROT,
		.sku = ME_BITS(HFSTS3_FW_SKU),
		.fpf_soc_lock = ME_BITS(HFSTS6_FPF_SOC_LOCK), .mfg_lock = ME_BITS(HFSTS6_MANUF_LOCK),
		.txt = ME_BITS(HFSTS5_CSME18_TXT), .cpu_debug_disabled = ME_BITS(HFSTS5_CSME18_CPU_DEBUG_DISABLED),
		HFSTS5_BOOT_GUARD,
		.bootguard_source = "HFSTS5 bits 0, 1, 8 (fwupd FuMeiCsme18Hfsts5; coreboot me_18.h)",
	},
	[ME_LAYOUT_TXE] = {
		.key = "txe", .name = "TXE",
		.cws = me_cws_csme_names, .ncws = ARRAY_SIZE(me_cws_csme_names),
		.bit4 = BIT4_MFG,
		.sku = ME_BITS(HFSTS3_FW_SKU),
		.fpf_soc_lock = ME_BITS(HFSTS6_FPF_SOC_LOCK),
	},
	[ME_LAYOUT_SPS] = {
		.key = "sps", .name = "SPS (Server Platform Services)",
		.cws = me_cws_csme_names, .ncws = ARRAY_SIZE(me_cws_csme_names),
		.bit4 = BIT4_MFG,
		.sku = ME_BITS(HFSTS3_FW_SKU),
	},
};
_Static_assert(ARRAY_SIZE(traits) == ME_LAYOUT_COUNT, "me traits out of sync");
_Static_assert(ARRAY_SIZE(defs) == ME_LAYOUT_COUNT, "me field tables out of sync");

const struct me_traits *me_traits(enum me_layout l)
{
	if ((unsigned)l >= ME_LAYOUT_COUNT)
		l = ME_LAYOUT_UNKNOWN;
	return &traits[l];
}

const char *me_layout_name(enum me_layout l)
{
	return me_traits(l)->name;
}

const char *me_layout_key(enum me_layout l)
{
	return me_traits(l)->key;
}

void me_say(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, size, fmt, ap);
	va_end(ap);
}
