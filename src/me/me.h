/* SPDX-License-Identifier: GPL-2.0-or-later */
/* me.h - ME / CSME / TXE / SPS status registers HFSTS1..6: reads and facts. */
#ifndef SPI_INSPECT_ME_H
#define SPI_INSPECT_ME_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/hw.h"
#include "reg.h"

/* HFSTS layouts, by firmware generation; tables in me/layout.c. */
enum me_layout {
	ME_LAYOUT_UNKNOWN = 0,
	ME_LAYOUT_ME1_10,     /* ME 1..10: HFSTS2 is GMES */
	ME_LAYOUT_CSME11_15,  /* CSME 11..15 */
	ME_LAYOUT_CSME16_17,  /* CSME 16..17 */
	ME_LAYOUT_CSME18,     /* CSME 18 and later: Boot Guard moves to HFSTS5 */
	ME_LAYOUT_TXE,        /* TXE (Bay Trail, Braswell, Apollo/Gemini Lake) */
	ME_LAYOUT_SPS,        /* Server Platform Services (HFSTS1 operation mode 0xF) */
	ME_LAYOUT_COUNT,
};

#define ME_NHFSTS 6

enum me_presence {
	ME_PRESENCE_UNKNOWN = 0, /* could not tell: nothing readable */
	ME_ABSENT,               /* no interface: hidden, disabled via HAP/AltMeDisable, or none */
	ME_PRESENT,
};

/* The raw reads (collect stage). */
struct me_raw {
	struct pci_loc loc;       /* where the interface should be (family traits) */
	struct reg id;            /* vendor/device at cfg 0x00 */
	struct reg cfg[ME_NHFSTS];   /* HFSTS1..6 from config space 0x40 0x48 0x60 0x64 0x68 0x6C */
	struct reg sysfs[ME_NHFSTS]; /* the same from /sys/class/mei/meiN/fw_status */
	unsigned sysfs_words;     /* how many words fw_status held (0, 1, 2 or 6) */
	char sysfs_path[128];     /* which meiN, when found */
	char fw_ver[64];          /* first line of fw_ver, "" if none */
	char sysfs_why[256];      /* when fw_status could not be read: why */
};

/* A decoded enumerated field: value, its name, known or not. */
struct me_enum {
	bool known;
	unsigned value;
	char name[64];
};

struct me_facts {
	enum me_presence presence;
	char presence_why[256];
	enum me_layout layout;
	char layout_why[128];       /* "fw_ver 16.1.25.2124", "chipset family (no fw_ver)" */
	char version[64];           /* "" when unknown */
	struct reg hfsts[ME_NHFSTS]; /* the values decoded: config space first, else sysfs */
	const char *hfsts_source[ME_NHFSTS]; /* "config 0x40", "sysfs fw_status", NULL */
	bool sources_disagree;
	char disagree_note[256];
	struct me_enum working_state, operation_mode, operation_state, error_code;
	struct me_enum current_state; /* alias kept for layouts that name it so */
	enum tri mfg_mode;          /* manufacturing mode (HFSTS1 bit 4 up to ME 13-ish) */
	bool mfg_mode_applicable;   /* false where bit 4 means something else */
	enum tri spi_protection_mode; /* the later meaning of bit 4 */
	char bit4_note[256];        /* where sources disagree on bit 4 (ME 15) */
	enum tri fpt_bad, init_complete, update_in_progress, boot_options_present;
	struct me_enum sku;         /* firmware SKU where the layout has it */
	enum tri bootguard_enabled, bootguard_verified, bootguard_measured;
	struct me_enum bootguard_policy;
	enum tri fpf_soc_lock, mfg_lock, txt_supported;
	bool disabled;              /* ME reports a disabled / soft-temporary-disable state */
};

struct chipset_family;

void me_collect(struct hw *hw, const struct chipset_family *fam, struct me_raw *raw);
void me_decode(const struct me_raw *raw, enum me_layout fallback, struct me_facts *out);
const char *me_layout_name(enum me_layout l);

#endif
