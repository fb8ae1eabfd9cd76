/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-spi-decode.c - SPI register decode on values from real machines, checked against what flashrom/chipsec said. */
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

#include "hw/hw.h"
#include "spi/gcs.h"
#include "spi/spi.h"

static void setr(struct reg *r, const char *name, unsigned width, uint64_t v)
{
	reg_set(r, name, width, 0, v);
}

static void raw_init(struct spi_raw *raw, enum spi_layout l, enum bios_cntl_layout bc)
{
	memset(raw, 0, sizeof(*raw));
	raw->layout = l;
	raw->bc_layout = bc;
	raw->spibar_known = true;
}

/* PCH100-style with every FREG/PR after those given set to "unused" (0x00007fff / 0). */
static void fill_unused(struct spi_raw *raw)
{
	const struct spi_traits *t = spi_traits_of(raw->layout);

	for (unsigned i = 0; i < t->nfreg; i++)
		if (!raw->freg[i].read)
			setr(&raw->freg[i], "FREG", 4, 0x00007fff);
	for (unsigned i = 0; i < t->npr; i++)
		if (!raw->pr[i].read)
			setr(&raw->pr[i], "PR", 4, 0);
}

/*
 * fwupd issue #8570 ("Firmware is larger than allowed maximum size"), flashrom -V
 * log posted by MrChromebox (https://github.com/fwupd/fwupd/issues/8570):
 *   0x0c: 0x00001f00 (DLOCK)  PR0_LOCKDN..PR4_LOCKDN=1, BMWAG/BMRAG/SBMWAG/SBMRAG/SSEQ=0
 *   0x50: 0x000042c3 (FRAP)   BMWAG 0x00, BMRAG 0x00, BRWA 0x42, BRRA 0xc3
 *   0x54: 0x00000000  FREG0: Flash Descriptor region (0x00000000-0x00000fff) is read-only.
 *   0x58: 0x1fff1000  FREG1: BIOS region (0x01000000-0x01ffffff) is read-write.
 *   0x5C: 0x05080001  FREG2: Management Engine region (0x00001000-0x00508fff) is locked.
 * flashrom decodes FREGs only when HSFS.FDV=1, so FDV is set here (the HSFS value
 * itself is not in the excerpt).
 */
static void test_fwupd8570_frap_dlock(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_PCH300, BC_LAYOUT_PCH100);
	setr(&raw.hsfs, "HSFSTS_CTL", 4, 0x0000e000);
	setr(&raw.dlock, "DLOCK", 4, 0x00001f00);
	setr(&raw.frap, "FRAP", 4, 0x000042c3);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	setr(&raw.freg[1], "FREG1", 4, 0x1fff1000);
	setr(&raw.freg[2], "FREG2", 4, 0x05080001);
	fill_unused(&raw);
	spi_decode(&raw, &f);

	for (unsigned i = 0; i < 5; i++)
		assert_int_equal(f.dlock_pr[i], TRI_YES);
	assert_int_equal(f.dlock, TRI_YES);
	assert_int_equal(f.dlock_bmwag, TRI_NO);
	assert_int_equal(f.dlock_bmrag, TRI_NO);
	assert_int_equal(f.dlock_sbmwag, TRI_NO);
	assert_int_equal(f.dlock_sbmrag, TRI_NO);
	assert_int_equal(f.dlock_sseq, TRI_NO);
	assert_int_equal(f.brra, 0xc3);
	assert_int_equal(f.brwa, 0x42);
	assert_int_equal(f.bmrag, 0);
	assert_int_equal(f.bmwag, 0);

	/* read-only */
	assert_true(f.regions[0].known);
	assert_false(f.regions[0].unused);
	assert_int_equal(f.regions[0].base, 0x00000000);
	assert_int_equal(f.regions[0].limit, 0x00000fff);
	assert_int_equal(f.regions[0].read, TRI_YES);
	assert_int_equal(f.regions[0].write, TRI_NO);
	assert_string_equal(f.regions[0].access_from, "FRAP");
	/* read-write */
	assert_int_equal(f.regions[1].base, 0x01000000);
	assert_int_equal(f.regions[1].limit, 0x01ffffff);
	assert_int_equal(f.regions[1].read, TRI_YES);
	assert_int_equal(f.regions[1].write, TRI_YES);
	/* locked */
	assert_int_equal(f.regions[2].base, 0x00001000);
	assert_int_equal(f.regions[2].limit, 0x00508fff);
	assert_int_equal(f.regions[2].read, TRI_NO);
	assert_int_equal(f.regions[2].write, TRI_NO);
	/* 0x00007fff: unused (flashrom "region is unused") */
	for (unsigned i = 3; i < 16; i++)
		assert_true(f.regions[i].unused);
}

/*
 * fwupd PR #6803 (https://github.com/fwupd/fwupd/pull/6803), flashrom -V log of a
 * Star Labs laptop: "0xE0: 0x00007fff FREG12: unknown region is unused." and
 * "0x84: 0x00000000 (PR0 is unused)" .. "0x98: 0x00000000 (GPR0 is unused)".
 */
static void test_fwupd6803_unused(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_PCH300, BC_LAYOUT_PCH100);
	setr(&raw.hsfs, "HSFSTS_CTL", 4, 0x0000e000);
	setr(&raw.frap, "FRAP", 4, 0x0000ffff);
	for (unsigned i = 11; i < 16; i++)
		setr(&raw.freg[i], "FREG", 4, 0x00007fff);
	fill_unused(&raw);
	spi_decode(&raw, &f);
	for (unsigned i = 11; i < 16; i++) {
		assert_true(f.regions[i].known);
		assert_true(f.regions[i].unused);
	}
	assert_int_equal(f.npr, 6);
	assert_string_equal(f.pr[5].name, "GPR0");
	for (unsigned i = 0; i < 6; i++) {
		assert_int_equal(f.pr[i].wp, TRI_NO);
		assert_int_equal(f.pr[i].rp, TRI_NO);
		assert_int_equal(f.pr[i].overlaps, 0);
	}
}

/*
 * HP Z400 Workstation, ICH10R, flashrom v0.9.5.2-r1538 -V, flashrom mailing list
 * 2012-06-01 (https://mail.coreboot.org/hyperkitty/list/flashrom@flashrom.org/message/
 * S5QAUZ6QVCNCYLHKXQEJHZFEA5B5O5HO): "BIOS Lock Enable: enabled, BIOS Write Enable:
 * disabled, BIOS_CNTL is 0x2" and "0x74: 0x81ff01f0 PR0: WARNING: 0x001f0000-0x001fffff
 * is read-only."
 */
static void test_z400_ich10_pr0_bios_cntl(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH7);
	setr(&raw.pr[0], "PR0", 4, 0x81ff01f0);
	setr(&raw.bios_cntl, "BIOS_CNTL", 1, 0x02);
	spi_decode(&raw, &f);
	assert_true(f.pr[0].known);
	assert_int_equal(f.pr[0].base, 0x001f0000);
	assert_int_equal(f.pr[0].limit, 0x001fffff);
	assert_int_equal(f.pr[0].wp, TRI_YES);
	assert_int_equal(f.pr[0].rp, TRI_NO);
	assert_string_equal(f.pr[0].name, "PR0");
	/* PR1..4 were not read: unknown, never "unused" */
	assert_false(f.pr[1].known);
	assert_int_equal(f.pr[1].wp, TRI_UNKNOWN);
	assert_true(f.bc.known);
	assert_int_equal(f.bc.ble, TRI_YES);
	assert_int_equal(f.bc.bioswe, TRI_NO);
	/* ICH10 has no SMM_BWP: bit 5 is reserved there (flashrom chipset_enable.c) */
	assert_int_equal(f.bc.smm_bwp, TRI_UNKNOWN);
	assert_int_equal(f.bc.bild, TRI_UNKNOWN);
	assert_true(f.bc.src_known);
	assert_int_equal(f.bc.src, 0);
}

/*
 * Intel Z87 (8-series), flashrom v1.2, flashrom mailing list 2022-10-15 (https://
 * mail.coreboot.org/hyperkitty/list/flashrom@flashrom.org/message/ECOM7K4IZPAITIYHHRJIONQU2EVSK2ON):
 * "Warning: BIOS region SMM protection is enabled! Warning: Setting Bios Control at 0xdc
 * from 0x2a to 0x09 failed."
 */
static void test_z87_smm_bwp(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH);
	setr(&raw.bios_cntl, "BIOS_CNTL", 1, 0x2a);
	spi_decode(&raw, &f);
	assert_int_equal(f.bc.smm_bwp, TRI_YES);
	assert_string_equal(f.bc.smm_bwp_name, "SMM_BWP");
	assert_int_equal(f.bc.ble, TRI_YES);
	assert_int_equal(f.bc.bioswe, TRI_NO);
	assert_int_equal(f.bc.tss, TRI_NO);
	assert_int_equal(f.bc.src, 2); /* flashrom: "prefetching enabled, caching enabled" */
}

/*
 * Dell OptiPlex 3010 (Intel H61, 6-series), flashrom v0.9.7-r1711, flashrom mailing list
 * 2016-02 (https://www.flashrom.org/pipermail/flashrom/2016-February/014391.html):
 * "Setting Bios Control at 0xdc from 0x0a to 0x0b on H61 failed."
 */
static void test_h61_ble_without_smm_bwp(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH);
	setr(&raw.bios_cntl, "BIOS_CNTL", 1, 0x0a);
	spi_decode(&raw, &f);
	assert_int_equal(f.bc.ble, TRI_YES);
	assert_int_equal(f.bc.bioswe, TRI_NO);
	assert_int_equal(f.bc.smm_bwp, TRI_NO); /* no "SMM protection is enabled" warning */
}

/*
 * Dell OptiPlex 380 (ICH7), flashrom mailing list 2012-03 (https://mail.coreboot.org/
 * pipermail/flashrom/2012-March/009000.html): "Setting 0xdc from 0x2 to 0x3 on ICH7/ICH7R
 * failed" (BLE set, BIOSWE clear).
 */
static void test_optiplex380_ich7_bios_cntl(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH7, BC_LAYOUT_ICH7);
	setr(&raw.bios_cntl, "BIOS_CNTL", 1, 0x02);
	setr(&raw.spis, "SPIS", 2, 0x8000);
	spi_decode(&raw, &f);
	assert_int_equal(f.bc.ble, TRI_YES);
	assert_int_equal(f.bc.bioswe, TRI_NO);
	assert_int_equal(f.bc.smm_bwp, TRI_UNKNOWN);
	/* "WARNING: SPI Configuration Lockdown activated." is SPIS bit 15 (ichspi.c) */
	assert_int_equal(f.ich7_lock, TRI_YES);
	assert_int_equal(f.flockdn, TRI_YES);
	assert_int_equal(f.nregions, 0);
}

/*
 * HP Elite Dragonfly Chromebook (Alder Lake-P, 8086:51a4), flashrom 1.4.0-devel -V in
 * MrChromebox/scripts issue #283 (https://github.com/MrChromebox/scripts/issues/283):
 * "BIOS_SPI_BC = 0x1900008b: BIOS Interface Lock-Down: enabled, Boot BIOS Straps: 0x0
 * (SPI) Top Swap: not enabled"; region section FLREG1 0x1fff0500 "Region 1 (BIOS)
 * 0x00500000 - 0x01ffffff", FLREG2 0x04ff0001 "Region 2 (ME) 0x00001000 - 0x004fffff",
 * FLREG3 0x00007fff "Region 3 (GbE) is unused." (FREGn mirror FLREGn.)
 */
static void test_dragonfly_adl(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_PCH300, BC_LAYOUT_PCH100);
	setr(&raw.bios_cntl, "BIOS_CNTL", 4, 0x1900008b);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	setr(&raw.freg[1], "FREG1", 4, 0x1fff0500);
	setr(&raw.freg[2], "FREG2", 4, 0x04ff0001);
	fill_unused(&raw);
	spi_decode(&raw, &f);
	assert_int_equal(f.bc.bild, TRI_YES);
	assert_int_equal(f.bc.bbs_known, TRI_YES);
	assert_int_equal(f.bc.bbs, 0);
	assert_int_equal(f.bc.tss, TRI_NO);
	assert_int_equal(f.bc.ble, TRI_YES);
	assert_int_equal(f.bc.bioswe, TRI_YES);
	assert_string_equal(f.bc.smm_bwp_name, "EISS");
	assert_int_equal(f.regions[1].base, 0x00500000);
	assert_int_equal(f.regions[1].limit, 0x01ffffff);
	assert_int_equal(f.regions[2].base, 0x00001000);
	assert_int_equal(f.regions[2].limit, 0x004fffff);
	assert_true(f.regions[3].unused);
	/* HSFS and FRAP were not read: host access is unknown, never "no" */
	assert_int_equal(f.regions[1].read, TRI_UNKNOWN);
	assert_null(f.regions[1].access_from);
	assert_non_null(f.regions[1].access_why);
}

/*
 * chipsec tests/modules/tgl (Tiger Lake-LP, SPI 8086:a0a4), transcribed from
 * corpus/chipsec-recordings tgl-common-spi_access.txt, -spi_lock.txt, -bios_wp.txt
 * (chipsec commit 82931b4d): HSFS 118155265 = 0x070ae801, FRAP 65535, FREG0 0,
 * FREG1 536809472, FREG2 268369921, FREG3..5 32767, BC 268437674 = 0x100008aa,
 * PR0..4 0. chipsec's verdicts: spi_lock OK (FLOCKDN=1), spi_fdopss OK (FDOPSS=1),
 * bios_wp OK (BLE=1, SMM_BWP=1), spi_access FAIL (host may write Descriptor and ME).
 */
static void tgl_raw(struct spi_raw *raw)
{
	raw_init(raw, SPI_LAYOUT_PCH300, BC_LAYOUT_PCH100);
	setr(&raw->hsfs, "HSFSTS_CTL", 4, 118155265);
	setr(&raw->frap, "FRAP", 4, 65535);
	setr(&raw->freg[0], "FREG0", 4, 0);
	setr(&raw->freg[1], "FREG1", 4, 536809472);
	setr(&raw->freg[2], "FREG2", 4, 268369921);
	setr(&raw->freg[3], "FREG3", 4, 32767);
	setr(&raw->freg[4], "FREG4", 4, 32767);
	setr(&raw->freg[5], "FREG5", 4, 32767);
	for (unsigned i = 0; i < 5; i++)
		setr(&raw->pr[i], "PR", 4, 0);
	setr(&raw->bios_cntl, "BIOS_CNTL", 4, 268437674);
}

static void test_chipsec_tgl(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	tgl_raw(&raw);
	spi_decode(&raw, &f);
	assert_int_equal(f.flockdn, TRI_YES);   /* spi_lock OK */
	assert_int_equal(f.fdopss, TRI_YES);    /* spi_fdopss OK: no override */
	assert_int_equal(f.fdv, TRI_YES);
	assert_int_equal(f.wrsdis, TRI_YES);
	assert_int_equal(f.prr34_lockdn, TRI_NO);
	assert_int_equal(f.fdone, TRI_YES);
	assert_int_equal(f.scip, TRI_NO);
	assert_int_equal(f.bc.ble, TRI_YES);    /* bios_wp OK */
	assert_int_equal(f.bc.smm_bwp, TRI_YES);
	assert_int_equal(f.bc.bioswe, TRI_NO);
	assert_int_equal(f.bc.bild, TRI_YES);
	/* spi_access FAIL: host write access to Descriptor and ME */
	assert_int_equal(f.regions[0].write, TRI_YES);
	assert_int_equal(f.regions[2].write, TRI_YES);
	assert_int_equal(f.regions[1].base, 0x01000000);
	assert_int_equal(f.regions[2].limit, 0x00ffffff);
	assert_true(f.regions[3].unused);
	/* FREG6..15 were not in the recording: unknown, with a reason */
	assert_false(f.regions[6].known);
	assert_non_null(f.regions[6].access_why);
	/* PR0..4 zero: unused; GPR0 not recorded: unknown */
	assert_int_equal(f.pr[0].wp, TRI_NO);
	assert_false(f.pr[5].known);
}

/* chipsec tests/utilcmd/spi_cmd (Alder Lake, SPI 8086:51a4), corpus adl-spi_cmd_info.txt:
 * test_spi_cmd.py expects "BC = 0x10000888"; FREG2 79036417 = 0x04b60001. */
static void test_chipsec_adl(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_PCH300, BC_LAYOUT_PCH100);
	setr(&raw.bios_cntl, "BIOS_CNTL", 4, 268437640);
	setr(&raw.frap, "FRAP", 4, 65535);
	setr(&raw.freg[1], "FREG1", 4, 536809472);
	setr(&raw.freg[2], "FREG2", 4, 79036417);
	spi_decode(&raw, &f);
	assert_int_equal(raw.bios_cntl.value, 0x10000888);
	assert_int_equal(f.bc.ble, TRI_NO);
	assert_int_equal(f.bc.smm_bwp, TRI_NO);
	assert_int_equal(f.bc.bild, TRI_YES);
	assert_int_equal(f.regions[2].base, 0x1000);
	assert_int_equal(f.regions[2].limit, 0x4b6fff);
	/* HSFS not read: FDV unknown; FRAP read: access decoded anyway */
	assert_int_equal(f.fdv, TRI_UNKNOWN);
	assert_int_equal(f.regions[2].read, TRI_YES);
}

/*
 * chipsec's own decode of BIOS_SPI_BC on 00:1f.5, pasted in fwupd PR #2985
 * (https://github.com/fwupd/fwupd/pull/2985), a Star Labs laptop on coreboot:
 * "BC = 0x0000008B ... BIOSWE = 1, BLE = 1, SRC = 2, TSS = 0, SMM_BWP = 0, BBS = 0, BILD = 1",
 * and fwupd PR #10385 (https://github.com/fwupd/fwupd/pull/10385), a StarFighter on
 * coreboot 26.06: "BCR 0xaa, so BLE and SMM_BWP are set".
 */
static void test_chipsec_bc_decode(void **state)
{
	struct reg r = { 0 };
	struct bios_cntl bc;

	(void)state;
	setr(&r, "BIOS_CNTL", 4, 0x0000008b);
	bios_cntl_decode(&r, BC_LAYOUT_PCH100, &bc);
	assert_true(bc.known);
	assert_int_equal(bc.bioswe, TRI_YES);
	assert_int_equal(bc.ble, TRI_YES);
	assert_int_equal(bc.src, 2);
	assert_int_equal(bc.tss, TRI_NO);
	assert_int_equal(bc.smm_bwp, TRI_NO);
	assert_int_equal(bc.bbs, 0);
	assert_int_equal(bc.bild, TRI_YES);

	setr(&r, "BIOS_CNTL", 4, 0x000000aa);
	bios_cntl_decode(&r, BC_LAYOUT_PCH100, &bc);
	assert_int_equal(bc.ble, TRI_YES);
	assert_int_equal(bc.smm_bwp, TRI_YES);
	assert_int_equal(bc.bioswe, TRI_NO);

	/* Bay Trail BCR (SBASE+0xFC) has no BILD/TSS; Centerton keeps SMM_BWP at bit 7 */
	setr(&r, "BIOS_CNTL", 4, 0x000000aa);
	bios_cntl_decode(&r, BC_LAYOUT_BAYTRAIL, &bc);
	assert_int_equal(bc.smm_bwp, TRI_YES);
	assert_int_equal(bc.bild, TRI_UNKNOWN);
	assert_int_equal(bc.tss, TRI_UNKNOWN);
	setr(&r, "BIOS_CNTL", 1, 0x20);
	bios_cntl_decode(&r, BC_LAYOUT_CENTERTON, &bc);
	assert_int_equal(bc.smm_bwp, TRI_NO);
	assert_false(bc.src_known);
}

/*
 * coreboot mailing list, reply by yu ning to Stan Yong (https://mail.coreboot.org/hyperkitty/
 * list/coreboot@coreboot.org/message/5GWFECG3XDB5WSXSSKY7IIJBBJNHOK7D), an ICH9-era flashrom
 * -V log: "0x5C: 0x023f000b (FREG2)" is the ME region 0x0000b000-0x0023ffff, and "0x50:
 * 0x00001a1b (FRAP)": "the software can read FREG0, FREG1, FREG3 and FREG4 but not FREG2".
 */
static void test_yuning_frap(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH7);
	setr(&raw.hsfs, "HSFS", 2, 0x4000); /* FDV: the log decodes FREGs */
	setr(&raw.frap, "FRAP", 4, 0x00001a1b);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	setr(&raw.freg[1], "FREG1", 4, 0x03ff0240);
	setr(&raw.freg[2], "FREG2", 4, 0x023f000b);
	setr(&raw.freg[3], "FREG3", 4, 0x000a0001);
	setr(&raw.freg[4], "FREG4", 4, 0x00001fff);
	spi_decode(&raw, &f);
	assert_int_equal(f.regions[2].base, 0x0000b000);
	assert_int_equal(f.regions[2].limit, 0x0023ffff);
	assert_int_equal(f.regions[0].read, TRI_YES);
	assert_int_equal(f.regions[1].read, TRI_YES);
	assert_int_equal(f.regions[2].read, TRI_NO);
	assert_int_equal(f.regions[3].read, TRI_YES);
	assert_int_equal(f.brra, 0x1b);
	assert_int_equal(f.brwa, 0x1a);
	assert_int_equal(f.regions[0].write, TRI_NO);
}

/* Meteor Lake on: BIOS_BM_RAP/WAP decide, for 16 regions (flashrom ichspi.c). */
static void test_mtl_bm_rap(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_MTL, BC_LAYOUT_PCH100);
	setr(&raw.hsfs, "HSFSTS_CTL", 4, 0x0000e000);
	setr(&raw.frap, "FRAP", 4, 0x000000ff);
	setr(&raw.bm_rap, "BIOS_BM_RAP", 4, 0x00000303);
	setr(&raw.bm_wap, "BIOS_BM_WAP", 4, 0x00000202);
	fill_unused(&raw);
	setr(&raw.freg[1], "FREG1", 4, 0x1fff1000);
	setr(&raw.freg[9], "FREG9", 4, 0x00ff00f0);
	spi_decode(&raw, &f);
	assert_string_equal(f.access_reg, "BIOS_BM_RAP/WAP");
	assert_int_equal(f.access_width, 16);
	assert_int_equal(f.regions[1].read, TRI_YES);
	assert_int_equal(f.regions[1].write, TRI_YES);
	assert_int_equal(f.regions[9].read, TRI_YES);
	assert_int_equal(f.regions[9].write, TRI_YES);
	assert_string_equal(f.regions[9].access_from, "BIOS_BM_RAP/WAP");

	/* Without BM_WAP the host access is unknown, not denied. */
	raw.bm_wap = (struct reg){ 0 };
	reg_set(&raw.bm_wap, "BIOS_BM_WAP", 4, -EACCES, 0);
	spi_decode(&raw, &f);
	assert_false(f.access_known);
	assert_int_equal(f.regions[1].write, TRI_UNKNOWN);
	assert_non_null(f.regions[1].access_why);
}

/* FRAP covers 8 regions: FREG9 on a 300-series is "access unknown", with the reason. */
static void test_frap_covers_eight(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_PCH300, BC_LAYOUT_PCH100);
	setr(&raw.hsfs, "HSFSTS_CTL", 4, 0x0000e000);
	setr(&raw.frap, "FRAP", 4, 0x0000ffff);
	fill_unused(&raw);
	setr(&raw.freg[9], "FREG9", 4, 0x00ff00f0);
	spi_decode(&raw, &f);
	assert_false(f.regions[9].unused);
	assert_int_equal(f.regions[9].read, TRI_UNKNOWN);
	assert_int_equal(f.regions[9].write, TRI_UNKNOWN);
	assert_null(f.regions[9].access_from);
	assert_non_null(strstr(f.regions[9].access_why, "regions 0-7"));
}

/* All ones (hidden device) and errors are unknown; nothing is decoded from them. */
static void test_unknown_is_not_zero(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_PCH100, BC_LAYOUT_PCH100);
	reg_set(&raw.hsfs, "HSFSTS_CTL", 4, 0, 0xffffffff);
	reg_set(&raw.frap, "FRAP", 4, -EACCES, 0);
	reg_set(&raw.freg[1], "FREG1", 4, 0, 0xffffffff);
	reg_set(&raw.bios_cntl, "BIOS_CNTL", 4, -HW_ENOTREC, 0);
	spi_decode(&raw, &f);
	assert_int_equal(raw.hsfs.status, -REG_EALLONES);
	assert_int_equal(f.flockdn, TRI_UNKNOWN);
	assert_int_equal(f.fdv, TRI_UNKNOWN);
	assert_int_equal(f.wrsdis, TRI_UNKNOWN);
	assert_false(f.access_known);
	assert_false(f.regions[1].known);
	assert_int_equal(f.regions[1].read, TRI_UNKNOWN);
	assert_false(f.bc.known);
	assert_int_equal(f.bc.ble, TRI_UNKNOWN);
	assert_int_equal(f.bc.smm_bwp, TRI_UNKNOWN);
}

/* Descriptor not valid: no region permissions are claimed. */
static void test_fdv_clear(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH);
	setr(&raw.hsfs, "HSFS", 2, 0x0000);
	setr(&raw.frap, "FRAP", 4, 0x0000ffff);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	spi_decode(&raw, &f);
	assert_int_equal(f.fdv, TRI_NO);
	assert_int_equal(f.flockdn, TRI_NO);
	/* ICH9-style: bits 11/12 are not defined */
	assert_int_equal(f.wrsdis, TRI_UNKNOWN);
	assert_int_equal(f.prr34_lockdn, TRI_UNKNOWN);
	assert_int_equal(f.regions[0].read, TRI_UNKNOWN);
	assert_non_null(strstr(f.regions[0].access_why, "FDV=0"));
}

/*
 * ICH7-style PBRn are not FPRs: base in bits 11:0 and limit in bits 23:12 (24-bit flash
 * addresses; coreboot southbridge/intel/common/spi.c spi_fpr(): ICH7_SPI_FPR_MASK 0xfff,
 * ICH7_SPI_FPR_LIMIT_SHIFT 12). Value built with coreboot's spi_fpr(0x800000, 0xffffff)
 * | SPI_FPR_WPE; decoding it with the ICH9 fields gave 0x07800000-0x000fffff.
 */
static void test_ich7_pbr_layout(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH7, BC_LAYOUT_ICH7);
	setr(&raw.spis, "SPIS", 2, 0x8000);
	setr(&raw.pr[0], "PBR0", 4, 0x80fff800);
	setr(&raw.pr[1], "PBR1", 4, 0x00000000);
	spi_decode(&raw, &f);
	assert_true(f.pr[0].known);
	assert_int_equal(f.pr[0].base, 0x00800000);
	assert_int_equal(f.pr[0].limit, 0x00ffffff);
	assert_int_equal(f.pr[0].wp, TRI_YES);
	assert_int_equal(f.pr[0].rp, TRI_UNKNOWN);
	assert_int_equal(f.pr[1].wp, TRI_NO);
}

/*
 * Which lock holds a PR (spi/decode.c pr_lock): FLOCKDN for all; on PCH100-style also
 * DLOCK PRn_LOCKDN (coreboot fast_spi.c fast_spi_pr_dlock, flashrom ichspi.c DLOCK_*)
 * and PRR34_LOCKDN for PR3/PR4 (flashrom ichspi.c HSFS_PRR34_LOCKDN). With FLOCKDN clear,
 * flashrom tries to clear every PR; a PR locked by DLOCK stays.
 */
static void test_pr_locks(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_PCH300, BC_LAYOUT_PCH100);
	setr(&raw.hsfs, "HSFSTS_CTL", 4, 0x00005000); /* FDV, PRR34_LOCKDN; FLOCKDN=0 */
	setr(&raw.dlock, "DLOCK", 4, 0x00000100);     /* PR0_LOCKDN only */
	setr(&raw.frap, "FRAP", 4, 0x0000ffff);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	setr(&raw.freg[1], "FREG1", 4, 0x1fff1000);
	setr(&raw.pr[0], "PR0", 4, 0x9fff1f00);
	setr(&raw.pr[1], "PR1", 4, 0x9fff1f00);
	setr(&raw.pr[3], "PR3", 4, 0x9fff1f00);
	setr(&raw.pr[5], "GPR0", 4, 0x9fff1f00);
	fill_unused(&raw);
	spi_decode(&raw, &f);
	assert_int_equal(f.flockdn, TRI_NO);
	assert_int_equal(f.pr[0].locked, TRI_YES);
	assert_string_equal(f.pr[0].locked_by, "DLOCK PR0_LOCKDN");
	assert_int_equal(f.pr[1].locked, TRI_NO);
	assert_null(f.pr[1].locked_by);
	assert_int_equal(f.pr[3].locked, TRI_YES);
	assert_string_equal(f.pr[3].locked_by, "PRR34_LOCKDN");
	assert_int_equal(f.pr[5].locked, TRI_NO); /* GPR0: FLOCKDN only */

	/* DLOCK unread: PR0..4 lock state unknown, not "unlocked" */
	raw.dlock = (struct reg){ 0 };
	spi_decode(&raw, &f);
	assert_int_equal(f.pr[1].locked, TRI_UNKNOWN);
	assert_int_equal(f.pr[3].locked, TRI_YES); /* PRR34_LOCKDN still holds PR3 */

	/* FLOCKDN set: every PR is locked by it */
	setr(&raw.hsfs, "HSFSTS_CTL", 4, 0x0000c000);
	spi_decode(&raw, &f);
	assert_int_equal(f.pr[1].locked, TRI_YES);
	assert_string_equal(f.pr[1].locked_by, "FLOCKDN");
	assert_int_equal(f.pr[5].locked, TRI_YES);
}

/* PR overlaps: a PR over the top of BIOS overlaps BIOS only. */
static void test_pr_overlaps(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH);
	setr(&raw.hsfs, "HSFS", 2, 0xe008);
	setr(&raw.frap, "FRAP", 4, 0x0000ffff);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	setr(&raw.freg[1], "FREG1", 4, 0x07ff0180);
	setr(&raw.freg[2], "FREG2", 4, 0x017f0001);
	setr(&raw.freg[3], "FREG3", 4, 0x00001fff);
	setr(&raw.freg[4], "FREG4", 4, 0x00001fff);
	setr(&raw.pr[0], "PR0", 4, 0x87ff0700); /* 0x00700000-0x007fffff WP */
	setr(&raw.pr[1], "PR1", 4, 0x80008000 | 0x0001); /* WP+RP 0x1000-0xfff... */
	spi_decode(&raw, &f);
	assert_int_equal(f.flockdn, TRI_YES);
	assert_int_equal(f.berase, 1);
	assert_int_equal(f.pr[0].overlaps, 1u << 1);
	assert_true(f.regions[3].unused);
	/* PR1: base 0x1000, limit 0xfff: an empty range overlaps nothing */
	assert_int_equal(f.pr[1].wp, TRI_YES);
	assert_int_equal(f.pr[1].rp, TRI_YES);
	assert_int_equal(f.pr[1].overlaps, 0);
}

/*
 * BBAR on the Dell OptiPlex 380 (ICH7), flashrom mailing list 2012-03 (https://mail.coreboot.org/
 * pipermail/flashrom/2012-March/009000.html): "WARNING: SPI Configuration Lockdown
 * activated." then "Setting BBAR to 0x00000000 failed! New value: 0x00e00000." and 'Found
 * Macronix flash chip "MX25L1605" (2048 kB, SPI)'. SPIS LOCK holds BBAR; 0x00e00000 is a
 * multiple of 2 MiB, so that chip loses nothing (today's flashrom maps it above BBAR), a
 * 4 MiB one would lose its lowest 2 MiB.
 */
static void test_optiplex380_ich7_bbar(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH7, BC_LAYOUT_ICH7);
	setr(&raw.spis, "SPIS", 2, 0x8000);
	setr(&raw.bbar, "BBAR", 4, 0x00e00000);
	spi_decode(&raw, &f);
	assert_true(f.bbar_known);
	assert_int_equal(f.bbar, 0x00e00000);
	assert_int_equal(f.bbar_stays, TRI_YES);
	assert_string_equal(f.bbar_stays_why, "SPIS LOCK");
	assert_false(f.bbar_cut_known); /* no descriptor: the chip's size is not in a register */
	assert_int_equal(f.bbar_free_upto, 2048 * 1024);
	/* the same value with SPIS LOCK clear: flashrom sets it to 0 */
	setr(&raw.spis, "SPIS", 2, 0x0000);
	spi_decode(&raw, &f);
	assert_int_equal(f.bbar_stays, TRI_NO);
	/* SPIS unread: whether it stays is unknown, never "no" */
	raw.spis.read = false;
	spi_decode(&raw, &f);
	assert_int_equal(f.bbar_stays, TRI_UNKNOWN);
}

/*
 * ICH9-style, BBAR 0: the Stan Yong log quoted by yu ning (coreboot mailing list, see
 * test_yuning_frap) prints "ich_spi_read_page: offset=45056, number=256, buf=0163B020 BBAR:
 * 0x0", and its descriptor regions. BBAR 0 cuts nothing whatever the lock.
 */
static void test_yuning_bbar_zero(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH7);
	setr(&raw.hsfs, "HSFS", 2, 0xc000); /* FDV, and FLOCKDN: BBAR 0 blocks nothing anyway */
	setr(&raw.frap, "FRAP", 4, 0x00001a1b);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	setr(&raw.freg[1], "FREG1", 4, 0x03ff0240);
	setr(&raw.freg[2], "FREG2", 4, 0x023f000b);
	setr(&raw.freg[3], "FREG3", 4, 0x000a0001);
	setr(&raw.freg[4], "FREG4", 4, 0x00001fff);
	setr(&raw.bbar, "BBAR", 4, 0x00000000);
	spi_decode(&raw, &f);
	assert_true(f.bbar_known);
	assert_int_equal(f.bbar, 0);
	assert_true(f.bbar_cut_known);
	assert_int_equal(f.bbar_cut, 0);
	assert_int_equal(f.bbar_stays, TRI_UNKNOWN); /* FLOCKDN: the lock's reach is undocumented */
	assert_string_equal(f.bbar_stays_why, "FLOCKDN");
}

/*
 * ICH9-style BBAR decode (built values: no public log shows a non-zero ICH9-style BBAR).
 * Only bits 23:8 count (flashrom BBAR_MASK 0x00ffff00); below the smallest flash the
 * regions fit in, the cut is BBAR itself; above it, the chip's size decides; without a
 * descriptor flashrom leaves BBAR alone (ichspi.c init_ich_default).
 */
static void test_ich9_bbar(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH);
	setr(&raw.hsfs, "HSFS", 2, 0xe008); /* FLOCKDN, FDV, FDOPSS */
	setr(&raw.frap, "FRAP", 4, 0x00000a0b);
	setr(&raw.freg[0], "FREG0", 4, 0x00000000);
	setr(&raw.freg[1], "FREG1", 4, 0x01ff0100); /* BIOS 0x00100000-0x001fffff */
	setr(&raw.freg[2], "FREG2", 4, 0x00ff0001);
	setr(&raw.freg[3], "FREG3", 4, 0x00001fff);
	setr(&raw.freg[4], "FREG4", 4, 0x00001fff);
	setr(&raw.bbar, "BBAR", 4, 0xff0010ff);
	spi_decode(&raw, &f);
	assert_int_equal(f.bbar, 0x00001000); /* reserved bits 31:24 and 7:0 dropped */
	assert_true(f.bbar_cut_known);        /* the regions need 2 MiB: 0x1000 is below */
	assert_int_equal(f.bbar_cut, 0x00001000);
	assert_int_equal(f.bbar_stays, TRI_UNKNOWN);
	/* above the smallest flash the regions fit in (2 MiB): the size decides */
	setr(&raw.bbar, "BBAR", 4, 0x00e00000);
	spi_decode(&raw, &f);
	assert_false(f.bbar_cut_known);
	assert_int_equal(f.bbar_free_upto, 0x00200000);
	/* FLOCKDN clear: flashrom's write takes */
	setr(&raw.hsfs, "HSFS", 2, 0x6008);
	spi_decode(&raw, &f);
	assert_int_equal(f.bbar_stays, TRI_NO);
	/* no valid descriptor: flashrom never touches BBAR, and adds no offset */
	setr(&raw.hsfs, "HSFS", 2, 0x2008);
	spi_decode(&raw, &f);
	assert_int_equal(f.bbar_stays, TRI_YES);
	assert_string_equal(f.bbar_stays_why, "non-descriptor mode");
	assert_true(f.bbar_cut_known);
	assert_int_equal(f.bbar_cut, 0x00e00000);
	/* unread: unknown, with the lock still judged */
	raw.bbar.read = false;
	spi_decode(&raw, &f);
	assert_false(f.bbar_known);
	assert_int_equal(f.bbar_stays, TRI_YES);
	/* ICH8 and the 100-series on have no BBAR: a value there is never decoded as one */
	raw_init(&raw, SPI_LAYOUT_ICH8, BC_LAYOUT_ICH7);
	setr(&raw.bbar, "BBAR", 4, 0x00e00000);
	spi_decode(&raw, &f);
	assert_false(f.bbar_known);
	assert_int_equal(f.bbar_stays, TRI_UNKNOWN);
	raw_init(&raw, SPI_LAYOUT_PCH100, BC_LAYOUT_PCH100);
	setr(&raw.bbar, "BBAR", 4, 0x00000080);
	spi_decode(&raw, &f);
	assert_false(f.bbar_known);
}

/*
 * ICH7 boot BIOS straps. Real: Intel NM10 laptop (8086:27bc), flashrom mailing list 2013-01
 * (https://mail.coreboot.org/hyperkitty/list/flashrom@flashrom.org/message/
 * LTPNB6QZMS3LESNSFCBLX3KHPHLEZ3XT): "GCS = 0x5d0c60: BIOS Interface Lock-Down: disabled,
 * Boot BIOS Straps: 0x3 (LPC)", and Stefan Tauner: "we do only probe for LPC chips".
 */
static void test_nm10_gcs_lpc(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	raw_init(&raw, SPI_LAYOUT_ICH7, BC_LAYOUT_ICH7);
	raw.gcs_layout = spi_gcs_layout("ich7");
	setr(&raw.spis, "SPIS", 2, 0x0000);
	setr(&raw.gcs, "GCS", 4, 0x005d0c60);
	spi_decode(&raw, &f);
	assert_true(f.gcs_bbs_known);
	assert_int_equal(f.gcs_bbs, 3);
	assert_int_equal(f.ich7_lpc_boot, TRI_YES);
	/* BBS=1 (SPI): flashrom uses the SPI controller */
	setr(&raw.gcs, "GCS", 4, 0x00000400);
	spi_decode(&raw, &f);
	assert_int_equal(f.gcs_bbs, 1);
	assert_int_equal(f.ich7_lpc_boot, TRI_NO);
	/* read but refused: unknown; not read at all (other layouts): no claim either way */
	reg_set(&raw.gcs, "GCS", 4, -EACCES, 0);
	spi_decode(&raw, &f);
	assert_false(f.gcs_bbs_known);
	assert_int_equal(f.ich7_lpc_boot, TRI_UNKNOWN);
	raw_init(&raw, SPI_LAYOUT_ICH9, BC_LAYOUT_ICH7);
	spi_decode(&raw, &f);
	assert_false(f.gcs_bbs_known);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fwupd8570_frap_dlock),
		cmocka_unit_test(test_fwupd6803_unused),
		cmocka_unit_test(test_z400_ich10_pr0_bios_cntl),
		cmocka_unit_test(test_z87_smm_bwp),
		cmocka_unit_test(test_h61_ble_without_smm_bwp),
		cmocka_unit_test(test_optiplex380_ich7_bios_cntl),
		cmocka_unit_test(test_dragonfly_adl),
		cmocka_unit_test(test_chipsec_tgl),
		cmocka_unit_test(test_chipsec_adl),
		cmocka_unit_test(test_chipsec_bc_decode),
		cmocka_unit_test(test_yuning_frap),
		cmocka_unit_test(test_mtl_bm_rap),
		cmocka_unit_test(test_frap_covers_eight),
		cmocka_unit_test(test_unknown_is_not_zero),
		cmocka_unit_test(test_fdv_clear),
		cmocka_unit_test(test_pr_overlaps),
		cmocka_unit_test(test_ich7_pbr_layout),
		cmocka_unit_test(test_pr_locks),
		cmocka_unit_test(test_optiplex380_ich7_bbar),
		cmocka_unit_test(test_yuning_bbar_zero),
		cmocka_unit_test(test_ich9_bbar),
		cmocka_unit_test(test_nm10_gcs_lpc),
	};
	return unit_main(tests, argc, argv);
}
