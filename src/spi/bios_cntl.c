/* SPDX-License-Identifier: GPL-2.0-or-later */
/* bios_cntl.c - BIOS_CNTL (BC, BCR, BIOS_SPI_BC) bit layouts and their decode. */
#include "spi/spi.h"

/* Field tables for -v, made of the bits in spi/regs.h (sources there, per layout). */
#define BC_BIOSWE_ROW BIT_ROW(BC, BIOSWE, "BIOS write enable")
#define BC_BLE_ROW BIT_ROW(BC, BLE, "BIOS lock enable")
#define BC_SRC_ROW RANGE_ROW(BC, SRC, "SPI read configuration (prefetch/cache)")
#define BC_TSS_ROW BIT_ROW(BC, TSS, "Top swap status")
#define BC_SMM_BWP_ROW BIT_ROW(BC, SMM_BWP, "SMM BIOS write protect")

/* ICH7..ICH10: flashrom chipset_enable.c enable_flash_ich_bios_cntl_common() (LPC 0xDC,
 * BIOSWE bit 0, BLE bit 1, SRC bits 3:2; bit 5 "is reserved" before Ibex Peak). One
 * source only: TSS and SMM_BWP are left undecoded on these chipsets. */
static const struct reg_field bc_ich7_fields[] = {
	BC_BIOSWE_ROW, BC_BLE_ROW, BC_SRC_ROW,
};

/* 5-series .. 9-series, C600/C610: chipsec cfg/8086/common.xml BC (LPC 0xDC: BIOSWE 0,
 * BLE 1, SRC 3:2, TSS 4, SMM_BWP 5); flashrom chipset_enable.c (SMM_BWP bit 5, quoting
 * the 6 Series datasheet 324645-004). */
static const struct reg_field bc_ich_fields[] = {
	BC_BIOSWE_ROW, BC_BLE_ROW, BC_SRC_ROW, BC_TSS_ROW, BC_SMM_BWP_ROW,
};

/* 100-series on (SPI function cfg 0xDC): coreboot fast_spi_def.h SPI_BIOS_CONTROL_*
 * (WPD 0, LOCK_ENABLE 1, EISS 5, BILD 7); chipsec cfg/8086/pch_1xx.xml BC (TSS 4,
 * SMM_BWP 5, BBS 6, BILD 7). */
static const struct reg_field bc_pch100_fields[] = {
	BIT_ROW(BC, BIOSWE, "BIOS write enable (WPD)"),
	BC_BLE_ROW, BC_SRC_ROW, BC_TSS_ROW,
	BIT_ROW(BC, EISS, "Enable InSMM.STS (SMM BIOS write protect)"),
	BIT_ROW(BC, BBS, "Boot BIOS strap (0 = SPI, 1 = LPC/eSPI)"),
	BIT_ROW(BC, BILD, "BIOS interface lock-down"),
};

/* Centerton (LPC 0xD8): flashrom chipset_enable.c "in Centerton ... [SMM_BWP] is
 * located at bit 7"; BIOSWE/BLE at bits 0/1 as on every ICH. */
static const struct reg_field bc_centerton_fields[] = {
	BC_BIOSWE_ROW, BC_BLE_ROW,
	BIT_ROW(CENTERTON_BC, SMM_BWP, "SMM BIOS write protect"),
};

/* Bay Trail / Avoton / Braswell (MMIO SBASE+0xFC): chipsec cfg/8086/byt.xml and
 * cht.xml BC (BIOSWE 0, BLE 1, SRC 3:2, SMM_BWP 5); flashrom chipset_enable.c
 * enable_flash_silvermont() (BCR at SBASE + 0xFC). */
static const struct reg_field bc_baytrail_fields[] = {
	BC_BIOSWE_ROW, BC_BLE_ROW, BC_SRC_ROW, BC_SMM_BWP_ROW,
};

/* Tunnel Creek (LPC 0xD8): flashrom chipset_enable.c (bit 2 is a cache disable,
 * SMM_BWP unspecified); only BIOSWE/BLE are decoded. */
static const struct reg_field bc_tunnelcreek_fields[] = {
	BC_BIOSWE_ROW, BC_BLE_ROW,
};

#define BC_FIELDS(a) .fields = (a), .nfields = ARRAY_SIZE(a)

static const struct bc_traits bc_table[] = {
	[BC_LAYOUT_NONE] = {
		.name = "none", .bioswe = -1, .ble = -1, .src_lo = -1, .tss = -1,
		.smm_bwp = -1, .bbs = -1, .bild = -1,
		.source = "no BIOS_CNTL to decode",
	},
	[BC_LAYOUT_ICH] = {
		.name = "ICH/PCH (5- to 9-series)", .bioswe = BC_BIOSWE, .ble = BC_BLE,
		.src_lo = BC_SRC_LO, .tss = BC_TSS, .smm_bwp = BC_SMM_BWP, .bbs = -1, .bild = -1,
		.smm_bwp_name = "SMM_BWP",
		BC_FIELDS(bc_ich_fields),
		.source = "chipsec cfg/8086/common.xml BC; flashrom chipset_enable.c",
	},
	[BC_LAYOUT_PCH100] = {
		.name = "BIOS_SPI_BC (100-series on)", .bioswe = BC_BIOSWE, .ble = BC_BLE,
		.src_lo = BC_SRC_LO, .tss = BC_TSS, .smm_bwp = BC_EISS, .bbs = BC_BBS, .bild = BC_BILD,
		.smm_bwp_name = "EISS",
		BC_FIELDS(bc_pch100_fields),
		.source = "coreboot fast_spi_def.h SPI_BIOS_CONTROL_*; chipsec pch_1xx.xml BC",
	},
	[BC_LAYOUT_CENTERTON] = {
		.name = "Centerton (LPC 0xD8)", .bioswe = BC_BIOSWE, .ble = BC_BLE, .src_lo = -1,
		.tss = -1, .smm_bwp = CENTERTON_BC_SMM_BWP, .bbs = -1, .bild = -1,
		.smm_bwp_name = "SMM_BWP",
		BC_FIELDS(bc_centerton_fields),
		.source = "flashrom chipset_enable.c enable_flash_ich_bios_cntl_common",
	},
	[BC_LAYOUT_BAYTRAIL] = {
		.name = "BCR (SBASE+0xFC)", .bioswe = BC_BIOSWE, .ble = BC_BLE, .src_lo = BC_SRC_LO,
		.tss = -1, .smm_bwp = BC_SMM_BWP, .bbs = -1, .bild = -1, .smm_bwp_name = "SMM_BWP",
		BC_FIELDS(bc_baytrail_fields),
		.source = "chipsec cfg/8086/byt.xml, cht.xml BC; flashrom chipset_enable.c enable_flash_silvermont",
	},
	[BC_LAYOUT_ICH7] = {
		.name = "ICH7..ICH10 (LPC 0xDC)", .bioswe = BC_BIOSWE, .ble = BC_BLE,
		.src_lo = BC_SRC_LO, .tss = -1, .smm_bwp = -1, .bbs = -1, .bild = -1,
		BC_FIELDS(bc_ich7_fields),
		.source = "flashrom chipset_enable.c enable_flash_ich_bios_cntl_common",
	},
	[BC_LAYOUT_TUNNELCREEK] = {
		.name = "Tunnel Creek (LPC 0xD8)", .bioswe = BC_BIOSWE, .ble = BC_BLE, .src_lo = -1,
		.tss = -1, .smm_bwp = -1, .bbs = -1, .bild = -1,
		BC_FIELDS(bc_tunnelcreek_fields),
		.source = "flashrom chipset_enable.c enable_flash_ich_bios_cntl_common",
	},
};
_Static_assert(ARRAY_SIZE(bc_table) == BC_LAYOUT_COUNT, "bc_table out of sync");

const struct bc_traits *bc_traits_of(enum bios_cntl_layout l)
{
	if ((unsigned)l >= BC_LAYOUT_COUNT)
		return &bc_table[BC_LAYOUT_NONE];
	return &bc_table[l];
}

const char *bc_layout_name(enum bios_cntl_layout l)
{
	return bc_traits_of(l)->name;
}

static enum tri bc_bit(const struct reg *r, int bit)
{
	if (bit < 0)
		return TRI_UNKNOWN;
	return tri_bit(r, (unsigned)bit);
}

void bios_cntl_decode(const struct reg *r, enum bios_cntl_layout l, struct bios_cntl *out)
{
	const struct bc_traits *t = bc_traits_of(l);

	*out = (struct bios_cntl){ 0 };
	out->smm_bwp_name = t->smm_bwp_name ? t->smm_bwp_name : "SMM_BWP";
	if (l == BC_LAYOUT_NONE || !reg_ok(r))
		return;
	out->known = true;
	out->bioswe = bc_bit(r, t->bioswe);
	out->ble = bc_bit(r, t->ble);
	out->tss = bc_bit(r, t->tss);
	out->smm_bwp = bc_bit(r, t->smm_bwp);
	out->bild = bc_bit(r, t->bild);
	if (t->src_lo >= 0) {
		out->src_known = true;
		out->src = field_get(r->value, (unsigned)t->src_lo, (unsigned)t->src_lo + 1);
		_Static_assert(BC_SRC_HI == BC_SRC_LO + 1, "SRC is two bits wide");
	}
	if (t->bbs >= 0) {
		out->bbs_known = TRI_YES;
		out->bbs = field_get(r->value, (unsigned)t->bbs, (unsigned)t->bbs);
	}
}
