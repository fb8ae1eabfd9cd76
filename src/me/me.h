/* SPDX-License-Identifier: GPL-2.0-or-later */
/* me.h - ME / CSME / TXE / SPS status registers HFSTS1..6: reads and facts. */
#ifndef SPI_INSPECT_ME_H
#define SPI_INSPECT_ME_H

#include <stdbool.h>
#include <stdint.h>

#include "chipset/layouts.h"
#include "hw/hw.h"
#include "reg.h"

#define ME_NHFSTS 6

enum me_presence {
	ME_PRESENCE_UNKNOWN = 0, /* could not tell: nothing readable */
	ME_ABSENT,               /* no interface: hidden, disabled via HAP/AltMeDisable, or none */
	ME_PRESENT,
};

/* The raw reads (collect stage). */
struct me_raw {
	struct pci_loc loc;       /* where the interface should be (family traits) */
	bool loc_known;           /* false: no family, or the family names no interface */
	bool loc_from_sysfs;      /* the location came from /sys/class/mei/meiN/device */
	struct reg id;            /* vendor/device at cfg 0x00 */
	struct reg cfg[ME_NHFSTS];   /* HFSTS1..6 from config space 0x40 0x48 0x60 0x64 0x68 0x6C */
	struct reg sysfs[ME_NHFSTS]; /* the same from /sys/class/mei/meiN/fw_status */
	unsigned sysfs_words;     /* how many words fw_status held (0, 1, 2 or 6) */
	char sysfs_path[128];     /* which meiN, when found */
	char fw_ver[64];          /* first line of fw_ver, "" if none */
	char sysfs_why[256];      /* when fw_status could not be read: why */
	char fw_ver_why[160];     /* when fw_ver could not be read: why */
	int sysfs_err;            /* 0, or why fw_status is missing: -ENOENT = the kernel has no
				     MEI device for this function, other -errno = could not read */
	unsigned max_major;       /* the chipset family's newest (CS)ME major, 0: not limited */
	enum tri mei_loaded;      /* /sys/class/mei exists (an MEI driver is loaded): YES, NO
				     (ENOENT), UNKNOWN (not listed, or the listing failed) */
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
	enum tri spi_protection_mode; /* the later meaning of bit 4: YES = protected (bit 4 = 0) */
	char bit4_note[512];        /* where sources disagree on bit 4 (ME 15) */
	enum tri fpt_bad, init_complete, update_in_progress, boot_options_present;
	struct me_enum sku;         /* firmware SKU where the layout has it */
	enum tri bootguard_enabled, bootguard_verified, bootguard_measured;
	struct me_enum bootguard_policy;
	enum tri fpf_soc_lock, mfg_lock, txt_supported;
	bool disabled;              /* ME reports a disabled / soft-temporary-disable state */

	/* Added by the ME module (me/decode.c). */
	unsigned major;             /* firmware major version from fw_ver, 0 when unknown */
	const char *disabled_why;   /* which field says "disabled" (static text) */
	enum tri mfg_mode_coreboot; /* coreboot cse_spec.c is_manufacturing_mode() verdict */
	const char *mfg_note;       /* how manufacturing mode was judged, caveats (static text) */
	enum tri bootguard_acm_active, bootguard_acm_done, cpu_debug_disabled;
	const char *bootguard_note; /* which bits, where fwupd reads them differently (static) */
	struct me_enum progress_phase, pm_event; /* HFSTS2 (GMES on ME 1-10) */
	bool hfsts2_known;          /* the layout documents progress phase / PM event */
	enum tri bootguard_applicable; /* TRI_NO: this layout has no Boot Guard status */
};

/*
 * One field of an HFSTS register for the raw decode, mnemonic as the
 * source spells it; names/nnames is the bounded lookup of its values.
 */
struct me_field {
	const char *name;
	uint8_t lo, hi;
	const char *desc;
	const struct enum_name *names;
	size_t nnames;
};

struct me_regdef {
	const struct me_field *fields;
	size_t nfields;
	const char *source; /* where the layout of this register was read */
};

/* The field table of HFSTS(idx+1) in a layout; never NULL (may be empty). */
const struct me_regdef *me_hfsts_def(enum me_layout l, unsigned idx);
/* "CSME 16-17", stable key "csme16" for JSON. */
const char *me_layout_key(enum me_layout l);
/* HFSTS config-space offsets 0x40 0x48 0x60 0x64 0x68 0x6C (Linux hw-me-regs.h). */
extern const uint16_t me_hfsts_offset[ME_NHFSTS];
const char *me_presence_name(enum me_presence p);

/*
 * What a state means for the user, as one sentence (or NULL when the fact
 * is unknown). For the findings module and the renderers.
 */
const char *me_operation_mode_meaning(const struct me_facts *f);
/* HFSTS1 operation mode 4 (Security Override via jumper) or 5 (via HMRFPO message):
 * the ME has lifted the descriptor's limits (coreboot cse.h ME_HFS1_COM_SECOVER_*). */
bool me_security_override(const struct me_facts *f);
const char *me_working_state_meaning(const struct me_facts *f);
const char *me_mfg_mode_meaning(const struct me_facts *f);
const char *me_presence_meaning(const struct me_facts *f);

struct chipset_family;

void me_collect(struct hw *hw, const struct chipset_family *fam, struct me_raw *raw);
void me_decode(const struct me_raw *raw, enum me_layout fallback, struct me_facts *out);
const char *me_layout_name(enum me_layout l);

#endif
