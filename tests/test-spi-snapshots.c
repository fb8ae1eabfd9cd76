/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-spi-snapshots.c - every family's snapshot replays through spi_collect/spi_decode/--regions as expected. */
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

#include "chipset/chipset.h"
#include "hw/hw.h"
#include "inspect.h"
#include "report/regions.h"
#include "report/verdict.h"
#include "spi/spi.h"

/*
 * What each snapshot must decode to. Rows marked "real" come from public logs (named
 * in the snapshot's comment lines) and assert what flashrom or chipsec printed there.
 */
struct expect {
	const char *key;
	uint64_t spibar;           /* 0: no SPIBAR (fwh) */
	enum tri flockdn, ble, smm_bwp;
	int region;                /* a region to check, -1: none */
	uint32_t base, limit;
	enum tri rd, wr;
};

#define Y TRI_YES
#define N TRI_NO
#define U TRI_UNKNOWN

static const struct expect expects[] = {
	{ "fwh", 0, U, U, U, -1, 0, 0, U, U },
	/* real: OptiPlex 380, "SPI Configuration Lockdown activated", BIOS_CNTL 0x2 */
	{ "ich7", 0xfed1f020, Y, Y, U, -1, 0, 0, U, U },
	{ "tunnelcreek", 0xfed1f020, N, N, U, -1, 0, 0, U, U },
	{ "centerton", 0xfed1f020, Y, Y, Y, -1, 0, 0, U, U },
	{ "ich8", 0xfed1f020, Y, N, U, 2, 0x3000, 0x17ffff, N, N },
	/* FREG/FRAP from real descriptors (corpus), see each snapshot's comment */
	{ "ich9", 0xfed1f800, Y, Y, U, 1, 0x3000, 0x7fffff, Y, Y },
	/* real: HP Z400, BIOS_CNTL 0x2 (BLE) */
	{ "ich10", 0xfed1f800, Y, Y, U, 0, 0, 0xfff, Y, N },
	{ "pch5", 0xfed1f800, Y, Y, Y, 2, 0x3000, 0x4fffff, N, N },
	/* real: OptiPlex 3010, BIOS_CNTL 0x0a, FREG2 0x00001000-0x001fffff locked */
	{ "pch6", 0xfed1f800, Y, Y, N, 2, 0x1000, 0x1fffff, N, N },
	{ "c600", 0xfed1f800, Y, Y, Y, 1, 0x500000, 0xffffff, Y, Y },
	{ "pch7", 0xfed1f800, Y, Y, Y, 1, 0x500000, 0xbfffff, Y, Y },
	/* real: Z87, BIOS_CNTL 0x2a (SMM protection), FREG2 0x00001000-0x0017ffff locked */
	{ "pch8", 0xfed1f800, Y, Y, Y, 2, 0x1000, 0x17ffff, N, N },
	{ "pch8lp", 0xfed1f800, Y, Y, Y, 3, 0x1000, 0x2fff, Y, Y },
	{ "pch9", 0xfed1f800, Y, Y, Y, 0, 0, 0xfff, Y, N },
	{ "pch9lp", 0xfed1f800, Y, Y, Y, 0, 0, 0xfff, Y, N },
	/* real: heads #249, FREG2 0x00020000-0x0030ffff locked */
	{ "c610", 0xfed1f800, Y, Y, Y, 2, 0x20000, 0x30ffff, N, N },
	{ "pch100", 0xfe010000, Y, Y, Y, 1, 0x500000, 0xffffff, Y, Y },
	{ "pch200", 0xfe010000, Y, Y, Y, 2, 0x3000, 0x4fffff, N, N },
	/* real: Inspur SA5212M5, FREG2 0x00003000-0x007dffff locked */
	{ "c620", 0xfe010000, Y, Y, Y, 2, 0x3000, 0x7dffff, N, N },
	{ "pch300", 0xfe010000, Y, Y, Y, 3, 0x1000, 0x2fff, Y, Y },
	{ "pch400", 0xfe010000, Y, Y, Y, 1, 0x600000, 0xffffff, Y, Y },
	/* real: chipsec TGL: spi_lock OK, bios_wp OK, spi_access FAIL (host writes ME) */
	{ "pch500", 0x68800000, Y, Y, Y, 2, 0x1000, 0xffffff, Y, Y },
	/* real: chipsec ADL: BC 0x10000888; HSFS not recorded */
	{ "pch600", 0x68800000, U, N, N, 2, 0x1000, 0x4b6fff, Y, Y },
	{ "pch700", 0xfe010000, Y, Y, Y, 2, 0x1000, 0x3d8fff, Y, Y },
	{ "c740", 0xfe010000, Y, Y, Y, 1, 0x3000000, 0x3ffffff, Y, Y },
	{ "mtl", 0xfe010000, Y, Y, Y, 0, 0, 0x3fff, Y, Y },
	{ "arl", 0xfe010000, Y, Y, Y, 0, 0, 0xfff, Y, N },
	{ "lnl", 0xfe010000, Y, Y, Y, 2, 0x3000, 0xffffff, N, N },
	{ "ptl", 0xfe010000, Y, Y, Y, 3, 0x1000, 0x2fff, Y, Y },
	{ "nvl", 0xfe010000, Y, Y, Y, 1, 0x1000000, 0x1ffffff, Y, Y },
	{ "baytrail", 0xfed01000, Y, Y, Y, 2, 0x1000, 0x1fffff, Y, Y },
	{ "avoton", 0xfed01000, N, N, N, 2, 0x3000, 0xfffff, Y, Y },
	{ "braswell", 0xfed01000, Y, Y, Y, 1, 0x200000, 0x7fffff, Y, Y },
	{ "apl", 0xfe010000, Y, Y, Y, 1, 0x1000, 0x7fffff, Y, Y },
	/* real: Star Lite Mk III, FREG5 Device Expansion 0x0067f000-0x0077ffff locked */
	{ "glk", 0xfe010000, Y, Y, Y, 5, 0x67f000, 0x77ffff, N, N },
	{ "dnv", 0xfe010000, Y, Y, Y, 1, 0x800000, 0xffffff, Y, Y },
	{ "jsl", 0xfe010000, Y, Y, Y, 2, 0x1000, 0x7fffff, Y, Y },
	{ "ehl", 0xfe010000, Y, Y, Y, 0, 0, 0xfff, Y, Y },
};

struct run {
	struct spi_raw raw;
	struct spi_facts f;
	char *text;
	size_t len;
};

/* The judge's region answers for these facts, as the report makes them. */
static void report(FILE *out, const struct chipset_family *fam, const struct run *r, bool verbose)
{
	struct inspection *in = calloc(1, sizeof(*in));

	assert_non_null(in);
	in->id.family = fam;
	in->spi_collected = true;
	in->spi_raw = r->raw;
	in->spi = r->f;
	judge_verdict(in);
	report_regions(out, &r->raw, &r->f, in->verdict.regions, verbose, 0);
	free(in);
}

static int replay(const char *key, struct run *r, bool verbose)
{
	char path[512];
	struct failure fail;
	struct hw *hw;
	FILE *out;
	const struct chipset_family *fam = chipset_family_by_key(key);

	if (!fam)
		return -ENOENT;
	snprintf(path, sizeof(path), "%s/tests/snapshots/%s.snap", SRCDIR, key);
	hw = hw_replay_open(path, &fail);
	if (!hw) {
		print_error("%s: %s: %s\n", path, fail.what, fail.why);
		return -EIO;
	}
	spi_collect(hw, fam, PCI_LOC(0, 0x1f, 0), &r->raw);
	hw_close(hw);
	spi_decode(&r->raw, &r->f);
	out = open_memstream(&r->text, &r->len);
	assert_non_null(out);
	report(out, fam, r, verbose);
	fclose(out);
	return 0;
}

/* Every family key has a snapshot and every snapshot a family. */
static void test_every_family_has_a_snapshot(void **state)
{
	(void)state;
	assert_int_equal(chipset_families_count, ARRAY_SIZE(expects));
	for (size_t i = 0; i < chipset_families_count; i++) {
		const char *key = chipset_families[i]->key;
		bool found = false;

		for (size_t j = 0; j < ARRAY_SIZE(expects); j++)
			found |= strcmp(expects[j].key, key) == 0;
		if (!found)
			fail_msg("family %s has no row in expects[] / no snapshot", key);
	}
}

static bool reg_fine(const struct reg *r)
{
	/* read and valid, or simply absent from the snapshot; nothing else */
	return !r->read || r->status == 0 || r->status == -HW_ENOTREC;
}

static void check_one(const struct expect *e)
{
	struct run r = { 0 };
	const struct spi_traits *t;

	if (replay(e->key, &r, true) != 0)
		fail_msg("%s: snapshot does not replay", e->key);
	t = spi_traits_of(r.raw.layout);
	if (e->spibar == 0) {
		assert_false(r.raw.spibar_known);
		assert_non_null(strstr(r.text, "SPIBAR: none"));
	} else {
		if (!r.raw.spibar_known)
			fail_msg("%s: SPIBAR unknown: %s", e->key, r.raw.spibar_why);
		assert_int_equal(r.raw.spibar, e->spibar);
	}
	assert_true(reg_fine(&r.raw.hsfs));
	assert_true(reg_fine(&r.raw.frap));
	for (unsigned i = 0; i < SPI_MAX_REGIONS; i++)
		assert_true(reg_fine(&r.raw.freg[i]));
	for (unsigned i = 0; i < SPI_MAX_PR; i++)
		assert_true(reg_fine(&r.raw.pr[i]));
	if (r.f.flockdn != e->flockdn)
		fail_msg("%s: FLOCKDN %s, expected %s", e->key, tri_name(r.f.flockdn), tri_name(e->flockdn));
	if (r.f.bc.ble != e->ble || r.f.bc.smm_bwp != e->smm_bwp)
		fail_msg("%s: BLE %s SMM_BWP %s", e->key, tri_name(r.f.bc.ble), tri_name(r.f.bc.smm_bwp));
	if (e->region >= 0) {
		const struct spi_region *g = &r.f.regions[e->region];

		if (!g->known || g->unused || g->base != e->base || g->limit != e->limit ||
		    g->read != e->rd || g->write != e->wr)
			fail_msg("%s: FREG%d: known %d unused %d 0x%08x-0x%08x read %s write %s (%s)",
				 e->key, e->region, g->known, g->unused, g->base, g->limit,
				 tri_name(g->read), tri_name(g->write), g->access_why ? g->access_why : "");
	}
	/* the layout's register count is what was read */
	if (!t->ich7 && e->spibar) {
		unsigned n = 0;

		for (unsigned i = 0; i < SPI_MAX_REGIONS; i++)
			n += r.raw.freg[i].read;
		assert_int_equal(n, t->nfreg);
	}
	/* unknown is printed as such, never as a value */
	assert_null(strstr(r.text, "(null)"));
	free(r.text);
}

static void test_snapshots_decode(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(expects); i++)
		check_one(&expects[i]);
}

/* chipsec TGL: what its modules concluded, seen in the --regions text. */
static void test_tgl_regions_text(void **state)
{
	struct run r = { 0 };

	(void)state;
	assert_int_equal(replay("pch500", &r, false), 0);
	assert_non_null(strstr(r.text, "SPIBAR: 0x68800000 (BAR0 of 0000:00:1f.5 via the OS)"));
	assert_non_null(strstr(r.text, "SPI configuration lock-down              locked (FLOCKDN=1)"));
	/* DLOCK was not recorded: unknown with the reason */
	assert_non_null(strstr(r.text, "unknown (DLOCK: not recorded in the snapshot)"));
	/* FREG6 not recorded */
	assert_non_null(strstr(r.text, "FREG6 BIOS2       unknown                unknown    unknown  unknown\n"));
	assert_non_null(strstr(r.text, "  FREG6 BIOS2       read: FREG6 could not be read (not recorded in the "
				       "snapshot): the descriptor lets the host read the BIOS2 region"));
	/* BIOS region: FRAP allows, BIOS_CNTL (BLE + EISS) blocks */
	assert_non_null(strstr(r.text, "write: BIOS_CNTL has BLE and SMM_BWP set: only SMM may write"));
	free(r.text);
}

/* Z400 (ICH10): PR0 write-protects the top 64 KiB of BIOS; SMM_BWP is not defined there. */
static void test_ich10_regions_text(void **state)
{
	struct run r = { 0 };

	(void)state;
	assert_int_equal(replay("ich10", &r, true), 0);
	assert_non_null(strstr(r.text, "PR0   0x001f0000-0x001fffff write-protected (overlaps BIOS)"));
	/* the judge's answer: FLOCKDN keeps PR0, which covers the top 64 KiB of BIOS */
	assert_non_null(strstr(r.text, "1 MiB      yes      partly\n"));
	assert_non_null(strstr(r.text, "  FREG1 BIOS        write: PR0 protects 0x001f0000-0x001fffff "
				       "against writes and FLOCKDN keeps it"));
	assert_non_null(strstr(r.text, "write: the descriptor denies the host write access to the "
				       "Descriptor region (FREG0)"));
	assert_non_null(strstr(r.text, "1012 KiB   no       no\n"));
	assert_non_null(strstr(r.text, "  FREG2 ME          read: the descriptor denies the host read "
				       "access to the ME region (FREG2); write: "));
	assert_non_null(strstr(r.text, "SMM BIOS write protect                 not defined on this chipset (SMM_BWP is not a BIOS_CNTL bit here)"));
	assert_non_null(strstr(r.text, "FLOCKDN        [   15] = 0x1"));
	free(r.text);
}

/* Override strap set (FDOPSS=0): what FRAP denies is shown as not enforced. */
static void test_override_strap_text(void **state)
{
	struct run r = { 0 };
	FILE *out;

	(void)state;
	assert_int_equal(replay("pch5", &r, false), 0);
	free(r.text);
	r.raw.hsfs.value &= ~(1u << HSFS_FDOPSS);
	spi_decode(&r.raw, &r.f);
	assert_int_equal(r.f.fdopss, TRI_NO);
	assert_string_equal(r.f.regions[0].name, "Descriptor");
	out = open_memstream(&r.text, &r.len);
	report(out, chipset_family_by_key("pch5"), &r, false);
	fclose(out);
	/* flashrom's answer is yes; the reason says what the descriptor would deny */
	assert_non_null(strstr(r.text, "but the override strap is set (FDOPSS=0), so the chipset does "
				       "not enforce it"));
	assert_non_null(strstr(r.text, "SET: descriptor permissions are not enforced (FDOPSS=0)"));
	assert_non_null(strstr(r.text, "yes      yes\n"));
	assert_non_null(strstr(r.text, "read: the descriptor override strap"));
	free(r.text);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_family_has_a_snapshot),
		cmocka_unit_test(test_snapshots_decode),
		cmocka_unit_test(test_tgl_regions_text),
		cmocka_unit_test(test_ich10_regions_text),
		cmocka_unit_test(test_override_strap_text),
	};
	return unit_main(tests, argc, argv);
}
