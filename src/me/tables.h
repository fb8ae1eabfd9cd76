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
