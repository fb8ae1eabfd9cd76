/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-spi-collect.c - spi_collect: SPIBAR the family's way, exact widths, and every failure kept with its reason. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "unit.h"

#include "chipset/chipset.h"
#include "hw/hw.h"
#include "spi/spi.h"

/* Replays snapshot text (written to a temporary file) through spi_collect for family key. */
static void collect_text(const char *key, const char *text, struct spi_raw *raw)
{
	char path[] = "/tmp/test-spi-collect-XXXXXX";
	struct failure fail;
	struct hw *hw;
	int fd = mkstemp(path);
	FILE *fp;

	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	assert_non_null(fp);
	fputs("spi-inspect-snapshot 1\n", fp);
	fputs(text, fp);
	fclose(fp);
	hw = hw_replay_open(path, &fail);
	unlink(path);
	if (!hw)
		fail_msg("replay: %s: %s", fail.what, fail.why);
	spi_collect(hw, chipset_family_by_key(key), PCI_LOC(0, 0x1f, 0), raw);
	hw_close(hw);
}

/* No root: RCBA cannot be read, so nothing behind it is read and the reason is kept. */
static void test_rcba_eacces(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	collect_text("ich9", "pci 0000:00:1f.0 0x000 4 0x29168086\n"
			     "pci 0000:00:1f.0 0x0f0 4 !EACCES\n"
			     "pci 0000:00:1f.0 0x0dc 1 !EACCES\n", &raw);
	assert_false(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_why, "RCBA"));
	assert_non_null(strstr(raw.spibar_why, "EACCES"));
	/* no address was tried, and each register says why */
	assert_int_equal(raw.hsfs.status, -REG_ENOBASE);
	assert_int_equal(raw.frap.status, -REG_ENOBASE);
	assert_int_equal(raw.freg[0].status, -REG_ENOBASE);
	assert_non_null(strstr(reg_reason(&raw.freg[0]), "SPIBAR"));
	assert_true(raw.bios_cntl.read);
	assert_int_equal(raw.bios_cntl.status, -EACCES);
	spi_decode(&raw, &f);
	assert_int_equal(f.flockdn, TRI_UNKNOWN);
	assert_int_equal(f.bc.ble, TRI_UNKNOWN);
	assert_false(f.regions[1].known);
}

/* RCBA reads 0: the firmware did not program it; nothing is guessed. */
static void test_rcba_zero(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("pch6", "pci 0000:00:1f.0 0x0f0 4 0x00000000\n"
			     "pci 0000:00:1f.0 0x0dc 1 0x0a\n", &raw);
	assert_false(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_why, "no base address"));
	assert_true(reg_ok(&raw.bios_cntl));
	assert_int_equal(raw.bios_cntl.width, 1);
	assert_int_equal(raw.bios_cntl.value, 0x0a);
}

/* RCBA with its enable bit clear, SBASE with its enable bit clear: nothing behind them is read. */
static void test_enable_bits(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("ich9", "pci 0000:00:1f.0 0x0f0 4 0xfed1c000\n", &raw);
	assert_false(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_why, "enable bit (0x1) is clear"));
	assert_int_equal(raw.hsfs.status, -REG_ENOBASE);
	collect_text("braswell", "pci 0000:00:1f.0 0x054 4 0xfed01000\n", &raw);
	assert_false(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_why, "enable bit (0x2) is clear"));
}

/* ICH8: RCBA+0x3020 with the ICH9-style set; HSFS 16 bit, all ones is unknown. */
static void test_ich8_offsets_and_all_ones(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	collect_text("ich8", "pci 0000:00:1f.0 0x0f0 4 0xfed1c001\n"
			     "mem 0xfed1f024 2 0xffff\n"
			     "mem 0xfed1f070 4 0x00000a0b\n"
			     "mem 0xfed1f074 4 0x00000000\n"
			     "mem 0xfed1f094 4 0x81ff01f0\n", &raw);
	assert_true(raw.spibar_known);
	assert_int_equal(raw.spibar, 0xfed1f020);
	assert_int_equal(raw.hsfs.width, 2);
	assert_int_equal(raw.hsfs.status, -REG_EALLONES);
	assert_string_equal(raw.hsfs.where, "SPIBAR+0x04 (0xfed1f024)");
	assert_true(reg_ok(&raw.frap));
	assert_true(reg_ok(&raw.pr[0]));
	assert_string_equal(raw.pr[0].name, "PR0");
	assert_int_equal(raw.freg[1].status, -HW_ENOTREC);
	assert_false(raw.dlock.read); /* ICH9-style has no DLOCK */
	assert_false(raw.freg[5].read);
	/* ICH8 has no BBAR known (flashrom misc_intel.rst): nothing read as BBAR */
	assert_false(raw.bbar.read);
	spi_decode(&raw, &f);
	assert_int_equal(f.flockdn, TRI_UNKNOWN);
	assert_int_equal(f.pr[0].wp, TRI_YES);
	assert_false(f.bbar_known);
}

/* BBAR: 32 bit at SPIBAR+0xA0 on ICH9-style, +0x50 on ICH7-style; none from the 100-series on,
 * where 0xA0 is SSFS (flashrom -V in fwupd PR #6803: "0xa0: 0x80 (SSFS)"). */
static void test_bbar_offsets(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("pch6", "pci 0000:00:1f.0 0x0f0 4 0xfed1c001\n"
			     "mem 0xfed1f804 2 0xe008\n"
			     "mem 0xfed1f8a0 4 0xff0010ff\n", &raw);
	assert_true(raw.bbar.read);
	assert_int_equal(raw.bbar.width, 4);
	assert_int_equal(raw.bbar.value, 0xff0010ff);
	assert_string_equal(raw.bbar.name, "BBAR");
	assert_string_equal(raw.bbar.where, "SPIBAR+0xa0 (0xfed1f8a0)");
	collect_text("ich7", "pci 0000:00:1f.0 0x0f0 4 0xfed1c001\n"
			     "mem 0xfed1f020 2 0x8000\n"
			     "mem 0xfed1f070 4 0x00e00000\n", &raw);
	assert_int_equal(raw.bbar.width, 4);
	assert_string_equal(raw.bbar.where, "SPIBAR+0x50 (0xfed1f070)");
	assert_int_equal(raw.bbar.value, 0x00e00000);
	/* ICH7 proper also reads GCS (RCBA+0x3410, 32 bit) for the boot BIOS straps */
	assert_true(raw.gcs.read);
	assert_int_equal(raw.gcs.width, 4);
	assert_int_equal(raw.gcs.status, -HW_ENOTREC);
	assert_string_equal(raw.gcs.where, "RCBA+0x3410 (0xfed1f410)");
	assert_true(raw.buc.read); /* and BUC (RCBA+0x3414, 8 bit): Top Swap */
	assert_int_equal(raw.buc.width, 1);
	/* every RCRB chipset has GCS (spi/gcs.c); Tunnel Creek has no known Top Swap */
	collect_text("tunnelcreek", "pci 0000:00:1f.0 0x0f0 4 0xfed1c001\n", &raw);
	assert_true(raw.spibar_known);
	assert_true(raw.gcs.read);
	assert_false(raw.buc.read);
	collect_text("ich9", "pci 0000:00:1f.0 0x0f0 4 0xfed1c001\n", &raw);
	assert_true(raw.gcs.read);
	assert_string_equal(raw.buc.where, "RCBA+0x3414 (0xfed1f414)");
	collect_text("pch100", "pci 0000:00:1f.5 0x010 4 0xfe010000\n"
			       "mem 0xfe0100a0 4 0x00000080\n", &raw);
	assert_true(raw.spibar_known);
	assert_false(raw.bbar.read);
	assert_int_equal(spi_traits_of(SPI_LAYOUT_PCH100)->bbar, 0);
	assert_int_equal(spi_traits_of(SPI_LAYOUT_BYT)->bbar, 0);
}

/* 300-series: FREG12..15 at 0xE0, GPR0 at 0x98, HSFSTS_CTL 32 bit, BC from the SPI function. */
static void test_pch300_offsets(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("pch300", "pci 0000:00:1f.5 0x000 4 0xa3248086\n"
			       "pci 0000:00:1f.5 0x010 4 0xfe010000\n"
			       "pci 0000:00:1f.5 0x0dc 4 0x0000008a\n"
			       "mem 0xfe010004 4 0x0000e000\n"
			       "mem 0xfe01000c 4 0x00001f00\n"
			       "mem 0xfe0100e0 4 0x00007fff\n"
			       "mem 0xfe0100ec 4 0x00007ffe\n"
			       "mem 0xfe010098 4 0x80000000\n", &raw);
	assert_true(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_path, "BAR0 of 0000:00:1f.5 via the OS"));
	assert_int_equal(raw.hsfs.width, 4);
	assert_string_equal(raw.hsfs.name, "HSFSTS_CTL");
	assert_true(reg_ok(&raw.dlock));
	assert_int_equal(raw.freg[12].value, 0x7fff);
	assert_string_equal(raw.freg[12].where, "SPIBAR+0xe0 (0xfe0100e0)");
	assert_int_equal(raw.freg[15].value, 0x7ffe);
	assert_string_equal(raw.pr[5].name, "GPR0");
	assert_int_equal(raw.pr[5].value, 0x80000000);
	assert_false(raw.bm_rap.read); /* FRAP generation */
	assert_int_equal(raw.bios_cntl.width, 4);
	assert_int_equal(raw.bios_cntl.value, 0x8a);
	assert_non_null(strstr(raw.bios_cntl_path, "00:1f.5 cfg 0xdc"));
}

/* Meteor Lake: BIOS_BM_RAP/WAP at 0x118/0x11C are read. */
static void test_mtl_reads_bm(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("mtl", "pci 0000:00:1f.5 0x010 4 0xfe010000\n"
			    "mem 0xfe010118 4 0x0000ffff\n"
			    "mem 0xfe01011c 4 0x00000002\n", &raw);
	assert_true(reg_ok(&raw.bm_rap));
	assert_true(reg_ok(&raw.bm_wap));
	assert_int_equal(raw.bm_wap.value, 2);
}

/* Bay Trail: SBASE at LPC 0x54, BCR at SBASE+0xFC; without SBASE, BCR is not read either. */
static void test_baytrail_sbase(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("baytrail", "pci 0000:00:1f.0 0x054 4 0xfed01002\n"
				 "mem 0xfed010fc 4 0x0000002a\n", &raw);
	assert_true(raw.spibar_known);
	assert_int_equal(raw.spibar, 0xfed01000);
	assert_true(reg_ok(&raw.bios_cntl));
	assert_string_equal(raw.bios_cntl.where, "SPIBAR+0xfc (0xfed010fc)");

	collect_text("baytrail", "pci 0000:00:1f.0 0x054 4 !EPERM\n", &raw);
	assert_false(raw.spibar_known);
	assert_false(raw.bios_cntl.read);
	assert_non_null(strstr(raw.bios_cntl_why, "SPIBAR is unknown"));
}

/* Apollo Lake: the SPI function is 00:0d.2; BAR0 missing there leaves SPIBAR unknown. */
static void test_apl_spi_fn(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("apl", "pci 0000:00:0d.2 0x000 4 0x5a968086\n"
			    "pci 0000:00:0d.2 0x010 4 0xfe010000\n", &raw);
	assert_true(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_path, "0000:00:0d.2"));

	collect_text("apl", "pci 0000:00:1f.5 0x010 4 0xfe010000\n", &raw);
	assert_false(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_why, "BAR0"));
}

/* Tunnel Creek / Centerton: ICH7-style at RCBA+0x3020, BIOS_CNTL at LPC 0xD8. */
static void test_centerton(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	collect_text("centerton", "pci 0000:00:1f.0 0x0f0 4 0xfed1c001\n"
				  "pci 0000:00:1f.0 0x0d8 1 0x80\n"
				  "mem 0xfed1f020 2 0x8000\n", &raw);
	assert_true(reg_ok(&raw.spis));
	assert_int_equal(raw.spis.width, 2);
	assert_string_equal(raw.pr[0].name, "PBR0");
	assert_string_equal(raw.bios_cntl.where, "0000:00:1f.0 cfg 0xd8");
	spi_decode(&raw, &f);
	assert_int_equal(f.ich7_lock, TRI_YES);
	assert_int_equal(f.bc.smm_bwp, TRI_YES); /* bit 7 on Centerton */
	assert_int_equal(f.bc.ble, TRI_NO);
}

/* FWH era and unknown chipsets: nothing read, and why. */
static void test_nothing_to_read(void **state)
{
	struct spi_raw raw;

	(void)state;
	collect_text("fwh", "pci 0000:00:1f.0 0x000 4 0x26408086\n", &raw);
	assert_false(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_why, "no SPI controller"));
	assert_false(raw.bios_cntl.read);
	assert_int_equal(raw.layout, SPI_LAYOUT_NONE);

	spi_collect(NULL, NULL, PCI_LOC(0, 0x1f, 0), &raw);
	assert_false(raw.spibar_known);
	assert_non_null(strstr(raw.spibar_why, "not known"));
}

/* Family table self-check: keys unique, every layout/traits consistent. */
static void test_family_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < chipset_families_count; i++) {
		const struct chipset_family *a = &chipset_families[i];
		const struct spi_traits *t = spi_traits_of(a->spi);

		assert_ptr_equal(chipset_family_by_key(a->key), a);
		assert_non_null(a->name);
		assert_non_null(a->source);
		for (size_t j = i + 1; j < chipset_families_count; j++)
			assert_string_not_equal(a->key, chipset_families[j].key);
		assert_true(a->spi < SPI_LAYOUT_COUNT);
		assert_true(a->bc_layout < BC_LAYOUT_COUNT);
		assert_true(t->nfreg <= SPI_MAX_REGIONS);
		assert_true(t->npr <= SPI_MAX_PR);
		/* no SPI controller <=> no SPIBAR */
		assert_int_equal(a->spi == SPI_LAYOUT_NONE, a->spibar_via == SPIBAR_NONE);
		assert_int_equal(a->bc_via == BC_NONE, a->bc_layout == BC_LAYOUT_NONE);
		/* the SPI function's BIOS_CNTL layout is PCH100's, from the 100-series on */
		if (a->bc_via == BC_SPI_CFG)
			assert_int_equal(a->bc_layout, BC_LAYOUT_PCH100);
		if (a->spibar_via == SPIBAR_SPI_BAR0 || a->bc_via == BC_SPI_CFG)
			assert_true(a->spi_fn.dev != 0);
	}
	assert_null(chipset_family_by_key("nonsense"));
	assert_null(chipset_family_by_key(NULL));
}

/* Field tables: inside 0..31, no overlaps. */
static void check_fields(struct spi_field_table t)
{
	uint32_t seen = 0;

	for (size_t i = 0; i < t.n; i++) {
		uint32_t m;

		assert_true(t.fields[i].lo <= t.fields[i].hi);
		assert_true(t.fields[i].hi <= 31);
		m = (t.fields[i].hi == 31 ? 0xffffffffu : ((1u << (t.fields[i].hi + 1)) - 1)) &
		    ~((1u << t.fields[i].lo) - 1);
		assert_int_equal(seen & m, 0);
		seen |= m;
	}
}

static void test_field_tables(void **state)
{
	(void)state;
	for (unsigned l = 0; l < SPI_LAYOUT_COUNT; l++)
		check_fields(spi_hsfs_fields((enum spi_layout)l));
	check_fields(spi_dlock_fields());
	check_fields(spi_frap_fields());
	check_fields(spi_freg_fields());
	check_fields(spi_pr_fields());
	check_fields(spi_ich7_spis_fields());
	check_fields(spi_ich7_pbr_fields());
	for (unsigned l = 0; l < BC_LAYOUT_COUNT; l++) {
		const struct bc_traits *b = bc_traits_of((enum bios_cntl_layout)l);

		check_fields((struct spi_field_table){ b->fields, b->nfields });
	}
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rcba_eacces),
		cmocka_unit_test(test_rcba_zero),
		cmocka_unit_test(test_enable_bits),
		cmocka_unit_test(test_ich8_offsets_and_all_ones),
		cmocka_unit_test(test_bbar_offsets),
		cmocka_unit_test(test_pch300_offsets),
		cmocka_unit_test(test_mtl_reads_bm),
		cmocka_unit_test(test_baytrail_sbase),
		cmocka_unit_test(test_apl_spi_fn),
		cmocka_unit_test(test_centerton),
		cmocka_unit_test(test_nothing_to_read),
		cmocka_unit_test(test_family_table),
		cmocka_unit_test(test_field_tables),
	};
	return unit_main(tests, argc, argv);
}
