/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-plan.c - the flash plan on literal images: what the end-to-end tests do not reach. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "inspect.h"
#include "report/plan.h"

#define MiB (1024u * 1024u)

/* The machine of tests/snapshots/plan-pch500.snap: fd 0-0xfff, me 0x1000-0x4fffff,
 * bios 0x500000-0xffffff on a 16 MiB chip, nothing locked. */
static struct inspection *machine(void)
{
	struct failure fail = { 0 };
	struct inspection *in = malloc(sizeof(*in));
	struct hw *hw = hw_replay_open(SRCDIR "/tests/snapshots/plan-pch500.snap", &fail);

	assert_non_null(in);
	if (!hw)
		fail_msg("%s: %s", fail.what, fail.why);
	inspect(hw, NULL, "plan-pch500.snap", in);
	hw_close(hw);
	return in;
}

static void region(struct image *img, unsigned i, uint32_t base, uint32_t limit)
{
	img->ifd.region[i].used = true;
	img->ifd.region[i].base = base;
	img->ifd.region[i].limit = limit;
	img->ifd.region[i].raw = (base >> 12) | ((limit >> 12) << 16);
}

/* An image with the machine's layout, optionally an FMAP with the vboot areas. */
static void image(struct image *img, const char *path, uint64_t size, bool fmap)
{
	memset(img, 0, sizeof(*img));
	img->path = path;
	img->size = size;
	img->ifd.found = true;
	img->ifd.fdbar = 0x10;
	img->ifd.version = IFD_V2;
	img->ifd.chip_size = size;
	img->ifd.nregions = 16;
	region(img, 0, 0, 0xfff);
	region(img, 1, 0x500000, 0xffffff);
	region(img, 2, 0x1000, 0x4fffff);
	if (fmap) {
		static const struct { const char *name; uint32_t off, size; } areas[] = {
			{ "WP_RO", 0x500000, 0x100000 }, { "RW_SECTION_A", 0x600000, 0x200000 },
			{ "RW_SECTION_B", 0x800000, 0x200000 },
		};

		img->fmap.found = true;
		img->fmap.offset = 0x500000;
		img->fmap.nareas = ARRAY_SIZE(areas);
		for (size_t i = 0; i < ARRAY_SIZE(areas); i++) {
			snprintf(img->fmap.area[i].name, sizeof(img->fmap.area[i].name), "%s", areas[i].name);
			img->fmap.area[i].offset = areas[i].off;
			img->fmap.area[i].size = areas[i].size;
			img->fmap.area[i].parent = -1;
		}
	}
}

static const struct plan_command *cmd(const struct flash_plan *p, const char *key)
{
	for (unsigned i = 0; i < p->ncommands; i++)
		if (!strcmp(p->command[i].key, key))
			return &p->command[i];
	return NULL;
}

static bool has_finding(const struct flash_plan *p, const char *id, enum severity sev)
{
	for (unsigned i = 0; i < p->nfindings; i++)
		if (!strcmp(p->findings[i].id, id) && p->findings[i].severity == sev)
			return true;
	return false;
}

/* Without a machine: no command, the plan says why, --check would be unknown (40). */
static void test_no_machine_decode_only(void **state)
{
	struct image img;
	struct flash_plan *p = malloc(sizeof(*p));

	(void)state;
	image(&img, "new.rom", 16 * MiB, true);
	plan_flash(&img, NULL, NULL, p);
	assert_false(p->machine);
	assert_int_equal(p->ncommands, 0);
	assert_int_equal(p->check_code, EXIT_PLAN_UNKNOWN);
	assert_true(has_finding(p, "plan.decode_only", SEV_UNKNOWN));
	free(p);
}

/* The chip's size from FREG1's end (16 MiB) against a 32 MiB image: every write fails
 * with flashrom's size message, --check 30; the image's own density agrees with it. */
static void test_size_from_fregs(void **state)
{
	struct inspection *m = machine();
	struct image img;
	struct flash_plan *p = malloc(sizeof(*p));

	(void)state;
	image(&img, "big.rom", 32 * MiB, false);
	plan_flash(&img, NULL, m, p);
	assert_true(p->chip_size_known);
	assert_int_equal(p->chip_size, 16 * MiB);
	assert_int_equal(cmd(p, "whole_chip")->cause, CAUSE_SIZE);
	assert_non_null(strstr(cmd(p, "ifd_bios")->flashrom_says,
			       "Image size (33554432 B) doesn't match the expected size (16777216 B)"));
	assert_int_equal(p->check_code, EXIT_PLAN_SIZE);
	assert_true(has_finding(p, "plan.size_mismatch", SEV_BLOCKS));
	free(p);
	free(m);
}

/* A region-only backup: its descriptor is zero, so the layout comes from the FREGs; its
 * FMAP (inside the BIOS region it read) still is the chip's. */
static void test_region_only_backup(void **state)
{
	struct inspection *m = machine();
	struct image img, bk;
	struct flash_plan *p = malloc(sizeof(*p));

	(void)state;
	image(&img, "new.rom", 16 * MiB, true);
	image(&bk, "bios.rom", 16 * MiB, true);
	bk.ifd.found = false;
	bk.region_only = true;
	plan_flash(&img, &bk, m, p);
	assert_int_equal(p->layout_from, LAYOUT_FROM_FREG);
	assert_int_equal(p->fmap_same, TRI_YES);
	assert_int_equal(cmd(p, "fmap_rw")->outcome, PLAN_WORKS);
	assert_true(has_finding(p, "plan.backup_partial", SEV_WARNING));
	assert_int_equal(p->check_code, EXIT_OK);
	free(p);
	free(m);
}

/* The backup's descriptor places the BIOS region elsewhere than FREG1 does: said, and the
 * backup's layout is the one planned against (it is the chip's contents now). */
static void test_backup_disagrees_with_fregs(void **state)
{
	struct inspection *m = machine();
	struct image img, bk;
	struct flash_plan *p = malloc(sizeof(*p));

	(void)state;
	image(&img, "new.rom", 16 * MiB, false);
	image(&bk, "backup.rom", 16 * MiB, false);
	region(&bk, 1, 0x300000, 0xffffff);
	region(&bk, 2, 0x1000, 0x2fffff);
	plan_flash(&img, &bk, m, p);
	assert_true(has_finding(p, "plan.backup_disagrees", SEV_WARNING));
	assert_int_equal(p->layout_from, LAYOUT_FROM_BACKUP);
	assert_int_equal(p->layout_same, TRI_NO);
	/* the image's BIOS starts higher: its ME bytes would land in the chip's BIOS */
	assert_int_equal(cmd(p, "ifd_bios")->outcome, PLAN_WRONG_BYTES);
	assert_int_equal(cmd(p, "ifd_bios")->range_base, 0x300000);
	assert_int_equal(cmd(p, "ifd_bios")->range_limit, 0x4fffff);
	free(p);
	free(m);
}

/* An image with no descriptor: no --ifd command, said as info; the whole chip still planned. */
static void test_no_descriptor(void **state)
{
	struct inspection *m = machine();
	struct image img;
	struct flash_plan *p = malloc(sizeof(*p));

	(void)state;
	image(&img, "chromeos.rom", 16 * MiB, true);
	memset(&img.ifd, 0, sizeof(img.ifd));
	plan_flash(&img, NULL, m, p);
	assert_true(has_finding(p, "plan.no_descriptor", SEV_INFO));
	assert_null(cmd(p, "ifd_bios"));
	assert_non_null(cmd(p, "whole_chip"));
	/* without a backup the chip's FMAP is unknown: --fmap is unknown, not "works" */
	assert_int_equal(cmd(p, "fmap_rw")->outcome, PLAN_UNKNOWN);
	free(p);
	free(m);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_machine_decode_only),
		cmocka_unit_test(test_size_from_fregs),
		cmocka_unit_test(test_region_only_backup),
		cmocka_unit_test(test_backup_disagrees_with_fregs),
		cmocka_unit_test(test_no_descriptor),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
