/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-spi-gcs.c - GCS and BUC on every RCRB chipset: BILD into bios_cntl, straps per generation, Top Swap. */
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

#include "replay-text.h"

#include "chipset/chipset.h"
#include "spi/gcs.h"
#include "spi/spi.h"

/* Collect and decode one family from snapshot lines; RCBA 0xfed1c000 (GCS at 0xfed1f410). */
static void run(const char *family, const char *lines, struct spi_raw *raw, struct spi_facts *f)
{
	char text[1024];
	struct hw *hw;

	snprintf(text, sizeof(text), "spi-inspect-snapshot 1\npci 0000:00:1f.0 0x0f0 4 0xfed1c001\n%s",
		 lines);
	hw = replay_text(text);
	spi_collect(hw, chipset_family_by_key(family), PCI_LOC(0, 0x1f, 0), raw);
	spi_decode(raw, f);
	hw_close(hw);
}

/* ICH9: BIOS_CNTL has no BILD; GCS bit 0 gives it (flashrom prints it from GCS). */
static void test_ich9_bild_from_gcs(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	run("ich9", "pci 0000:00:1f.0 0x0dc 1 0x02\n"
		    "mem 0xfed1f410 4 0x00000c01\nmem 0xfed1f414 1 0x01\n", &raw, &f);
	assert_int_equal(f.bc.bild, TRI_YES);
	assert_int_equal(f.gcs_bild, TRI_YES);
	assert_int_equal(f.gcs_bbs, 3);
	assert_string_equal(f.gcs_bbs_name, "LPC"); /* flashrom boot_straps_ich8910 */
	assert_int_equal(f.gcs_top_swap, TRI_YES);
	assert_int_equal(f.bc.tss, TRI_YES);        /* ICH9 BIOS_CNTL has no TSS: BUC's */
	assert_int_equal(f.ich7_lpc_boot, TRI_UNKNOWN); /* only ICH7 leaves SPI alone */
	assert_false(spi_gcs_strap_matters(&raw));
	/* BBS 0 and 1 are both SPI on ICH8..ICH10 */
	run("ich10", "mem 0xfed1f410 4 0x00000000\n", &raw, &f);
	assert_int_equal(f.bc.bild, TRI_NO);
	assert_string_equal(f.gcs_bbs_name, "SPI");
	assert_int_equal(f.gcs_top_swap, TRI_UNKNOWN); /* BUC not recorded */
}

/* The value names differ by generation (flashrom boot_straps_pch567, _pch89, _pch8_lp). */
static void test_straps_by_generation(void **state)
{
	static const struct {
		const char *family;
		uint32_t gcs;
		unsigned bbs;
		const char *name;
	} cases[] = {
		{ "pch6", 0x00000c00, 3, "SPI" },
		{ "pch6", 0x00000000, 0, "LPC" },
		{ "c600", 0x00000800, 2, "PCI" },
		{ "pch8", 0x00000400, 1, "reserved" },
		{ "pch8lp", 0x00000c00, 1, "LPC" },  /* one bit: bit 10 */
		{ "pch9lp", 0x00000800, 0, "SPI" },
		{ "tunnelcreek", 0x00000002, 1, "LPC" }, /* bit 1 */
		{ "ich7", 0x00000400, 1, "SPI" },
	};
	struct spi_raw raw;
	struct spi_facts f;
	char line[64];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		snprintf(line, sizeof(line), "mem 0xfed1f410 4 0x%08x\n", cases[i].gcs);
		run(cases[i].family, line, &raw, &f);
		assert_true(f.gcs_bbs_known);
		assert_int_equal(f.gcs_bbs, cases[i].bbs);
		assert_string_equal(f.gcs_bbs_name, cases[i].name);
	}
	/* Wellsburg: flashrom has no strap names for it; BILD still counts */
	run("c610", "mem 0xfed1f410 4 0x00000001\n", &raw, &f);
	assert_null(f.gcs_bbs_name);
	assert_int_equal(f.gcs_bild, TRI_YES);
	/* ICH7 strapped to LPC: flashrom leaves the SPI controller alone */
	run("ich7", "mem 0xfed1f410 4 0x00000c00\n", &raw, &f);
	assert_int_equal(f.ich7_lpc_boot, TRI_YES);
	assert_true(spi_gcs_strap_matters(&raw));
}

/* GCS refused or not recorded: unknown, never zero; BIOS_CNTL's own BILD wins (100-series). */
static void test_unknown_and_precedence(void **state)
{
	struct spi_raw raw;
	struct spi_facts f;

	(void)state;
	run("pch7", "mem 0xfed1f410 4 !EPERM\n", &raw, &f);
	assert_true(raw.gcs.read);
	assert_int_equal(raw.gcs.status, -EPERM);
	assert_false(f.gcs_bbs_known);
	assert_int_equal(f.bc.bild, TRI_UNKNOWN);
	assert_null(spi_gcs_layout("pch100")); /* BIOS_SPI_BC holds BILD/BBS there */
	assert_null(spi_gcs_layout("baytrail"));
	assert_non_null(spi_gcs_layout("pch9"));
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ich9_bild_from_gcs),
		cmocka_unit_test(test_straps_by_generation),
		cmocka_unit_test(test_unknown_and_precedence),
	};

	return unit_main(tests, argc, argv);
}
