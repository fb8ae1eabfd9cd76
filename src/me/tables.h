/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tables.h - ME module internals: value names and per-layout bit positions. */
#ifndef SPI_INSPECT_ME_TABLES_H
#define SPI_INSPECT_ME_TABLES_H

#include "me/me.h"

extern const struct enum_name me_cws_names[], me_cws_csme_names[], me_opstate_names[],
	me_error_names[], me_opmode_names[], me_sku_names[], me_bg_policy_names[];
extern const size_t me_cws_count, me_cws_csme_count, me_opstate_count, me_error_count,
	me_opmode_count, me_sku_count, me_bg_policy_count;

/* A field of HFSTS<reg> (1..6); reg 0 means "not in this layout". */
struct me_bits {
	uint8_t reg, lo, hi;
};

/*
 * The fields the decoder reads, each stated once as "register, lo, hi" (HFSTSn bits
 * hi:lo). The -v rows of me/layout.c are made of the same names with ME_ROW, and the
 * traits with ME_BITS, so a bit moves in one place. Sources: at the rows in me/layout.c
 * (HFSTS1 bits 0..19 and 24: HFSTS1_COMMON; Linux hw-me.c reads operation mode 0xF and
 * SKU 6 for SPS).
 */
#define HFSTS1_CWS               1, 0, 3
#define HFSTS1_BIT4              1, 4, 4   /* MFG_MODE or SPI_PROTECTION_MODE, by generation */
#define HFSTS1_FPT_BAD           1, 5, 5
#define HFSTS1_OPERATION_STATE   1, 6, 8
#define HFSTS1_FW_INIT_COMPLETE  1, 9, 9
#define HFSTS1_UPDATE_IN_PROGRESS 1, 11, 11
#define HFSTS1_ERROR_CODE        1, 12, 15
#define HFSTS1_OPERATION_MODE    1, 16, 19
#define HFSTS1_BOOT_OPTIONS_PRESENT 1, 24, 24
#define HFSTS2_PMEVENT           2, 24, 27 /* GMES on ME 1-10, HFSTS2 on CSME */
#define HFSTS2_PHASE             2, 28, 31
#define HFSTS3_FW_SKU            3, 4, 6
#define HFSTS5_ACM_ACTIVE        5, 0, 0
#define HFSTS5_VALID             5, 1, 1
#define HFSTS5_ACM_DONE          5, 8, 8
#define HFSTS5_CSME18_TXT        5, 17, 17
#define HFSTS5_CSME18_CPU_DEBUG_DISABLED 5, 21, 21
#define HFSTS6_CPU_DEBUG_DISABLE 6, 1, 1
#define HFSTS6_ERROR_ENFORCE_POLICY 6, 6, 7
#define HFSTS6_MEASURED_BOOT     6, 8, 8
#define HFSTS6_VERIFIED_BOOT     6, 9, 9
#define HFSTS6_MANUF_LOCK        6, 21, 21 /* CSME 16 on */
#define HFSTS6_BOOT_GUARD_DISABLE 6, 28, 28
#define HFSTS6_FPF_SOC_LOCK      6, 30, 30
#define HFSTS6_TXT_SUPPORT       6, 31, 31 /* CSME 11-17 */

/* A struct me_bits from a position above: ME_BITS(HFSTS3_FW_SKU). */
#define ME_BITS(...) ME_BITS_(__VA_ARGS__)
#define ME_BITS_(r, l, h) { (r), (l), (h) }
/* The value of a position in a register already read, and one bit of it. */
#define ME_GET(v, ...) ME_GET_(v, __VA_ARGS__)
#define ME_GET_(v, r, l, h) field_get((v), (l), (h))
#define ME_BIT(reg, ...) ME_BIT_(reg, __VA_ARGS__)
#define ME_BIT_(reg, r, l, h) tri_bit((reg), (l))

enum me_bit4 {
	BIT4_UNKNOWN = 0, /* layout unknown: bit 4 not interpreted */
	BIT4_MFG,         /* manufacturing mode */
	BIT4_SPI_PROT,    /* SPI protection mode (1 = unprotected) */
};

/* What decode.c needs to know of a layout; tables in layout.c. */
struct me_traits {
	const char *key, *name;
	const struct enum_name *cws;
	size_t ncws;
	enum me_bit4 bit4;
	struct me_bits sku, progress, pmevent;
	const struct enum_name *progress_names, *pmevent_names;
	size_t nprogress, npmevent;
	struct me_bits fpf_soc_lock, mfg_lock, txt, cpu_debug_disabled;
	struct me_bits bg_disable, bg_verified, bg_measured, bg_policy;
	struct me_bits bg_valid, bg_acm_active, bg_acm_done;
	const char *bootguard_source; /* NULL: this layout has no Boot Guard status */
};

const struct me_traits *me_traits(enum me_layout l);

/* snprintf that truncates quietly (messages are bounded by their buffers). */
void me_say(char *buf, size_t size, const char *fmt, ...) PRINTF_LIKE(3, 4);
bool me_tables_valid(void);

#endif
