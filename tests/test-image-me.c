/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-image-me.c - me_fw_decode on ME regions built here: $FPT/$CPD/$MN2, IFWI BPDT, hostile ones. */
/*
 * No real ME region can be shipped with the tests, so the regions are built from
 * the structures the sources describe (me.c), at the offsets and with the versions
 * that `me_cleaner -c` printed for real machines in public guides:
 *  - ME 11 (ThinkPad T560): "The ME/TXE region goes from 0x3000 to 0x700000, Found
 *    FPT header at 0x3010, Found 13 partition(s), FTPR partition spans from 0x4000
 *    to 0x133000, Found FTPR manifest at 0x4448, ME/TXE firmware version 11.6.29.3287";
 *    0x448 = 0x10 + 45 * 0x18: FTPR.man right after 45 $CPD entries.
 *  - ME 8 (a heads guide): "region goes from 0x3000 to 0x4ff000, FPT header at 0x3010,
 *    23 partition(s), FTPR partition spans from 0x183000 to 0x24d000, version
 *    8.1.30.1350" (no $CPD: the manifest starts the partition).
 * The IFWI (CSME 12+) cases are synthetic: the layout table, BPDT and $CPD with the
 * offsets MEA and coreboot ifwitool give, and made-up versions 14.1.53.1649 and
 * 15.0.35.1951.
 * Usage: test-image-me [TEST-NAME-PATTERN] (cmocka's test filter).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "image/image.h"

#define IMG (8u << 20)

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

/* $FPT at me + at, n entries, FTPR the last, at ME offset ftpr. */
static void fpt(uint8_t *me, uint32_t at, uint32_t n, uint32_t ftpr, uint32_t len)
{
	uint8_t *h = me + at;

	memcpy(h, "$FPT", 4);
	put32(h + 4, n);
	h[8] = 0x20;
	h[9] = 0x10;
	h[10] = 0x20;
	for (uint32_t i = 0; i < n; i++) {
		uint8_t *e = h + 0x20 + 0x20 * i;

		memcpy(e, i == n - 1 ? "FTPR" : "PSVN", 4);
		put32(e + 8, i == n - 1 ? ftpr : 0x100 * i);
		put32(e + 12, len);
	}
}

static void mn2(uint8_t *m, uint16_t a, uint16_t b, uint16_t c, uint16_t d)
{
	put32(m, 4); /* module type, anything */
	memcpy(m + 0x1c, "$MN2", 4);
	put16(m + 0x24, a);
	put16(m + 0x26, b);
	put16(m + 0x28, c);
	put16(m + 0x2a, d);
}

/* $CPD at p with n entries; FTPR.man (entry 0) right after the table, as me_cleaner finds it. */
static void cpd(uint8_t *p, uint32_t n, uint8_t hlen)
{
	memcpy(p, "$CPD", 4);
	put32(p + 4, n);
	p[8] = hlen == 0x14 ? 2 : 1;
	p[9] = 1;
	p[10] = hlen;
	for (uint32_t i = 0; i < n; i++) {
		uint8_t *e = p + hlen + 0x18 * i;

		memcpy(e, i == 0 ? "FTPR.man\0\0\0" : "rbe.met\0\0\0\0", 12);
		put32(e + 12, i == 0 ? hlen + 0x18 * n : 0x10000 + i);
		put32(e + 16, 0x1000);
	}
}

static void decode(const uint8_t *img, uint32_t base, uint32_t limit, struct me_fw_version *v)
{
	struct image_reader *r = image_reader_mem(img, IMG, IMG);

	assert_non_null(r);
	me_fw_decode(r, base, limit, v);
	image_reader_close(r);
}

static void test_me11_cpd(void **state)
{
	uint8_t *img = calloc(1, IMG), *me = img + 0x3000;
	struct me_fw_version v;

	(void)state;
	fpt(me, 0x10, 13, 0x1000, 0x12f000);
	cpd(me + 0x1000, 45, 0x10);
	assert_int_equal(0x10 + 45 * 0x18, 0x448); /* "Found FTPR manifest at 0x4448" */
	mn2(me + 0x1448, 11, 6, 29, 3287);
	decode(img, 0x3000, 0x6fffff, &v);
	assert_true(v.found);
	assert_int_equal(v.major, 11);
	assert_int_equal(v.minor, 6);
	assert_int_equal(v.hotfix, 29);
	assert_int_equal(v.build, 3287);
	assert_non_null(strstr(v.where, "$FPT at ME+0x10"));
	assert_non_null(strstr(v.where, "$CPD"));
	free(img);
}

static void test_me8_direct(void **state)
{
	uint8_t *img = calloc(1, IMG), *me = img + 0x3000;
	struct me_fw_version v;

	(void)state;
	fpt(me, 0x10, 23, 0x180000, 0xca000);
	mn2(me + 0x180000, 8, 1, 30, 1350);
	decode(img, 0x3000, 0x4fefff, &v);
	assert_true(v.found);
	assert_int_equal(v.major, 8);
	assert_int_equal(v.build, 1350);
	assert_non_null(strstr(v.where, "FTPR $MN2"));

	memset(img, 0, IMG); /* $FPT at ME+0 (no ROM bypass vectors) */
	fpt(me, 0, 2, 0x2000, 0x1000);
	mn2(me + 0x2000, 6, 0, 40, 1196);
	decode(img, 0x3000, 0x4fefff, &v);
	assert_true(v.found);
	assert_int_equal(v.major, 6);
	assert_non_null(strstr(v.where, "ME+0x0"));
	free(img);
}

/* CSME 12+: no $FPT at the start; the CSE layout table points at boot partition 1. */
static void test_ifwi(void **state)
{
	static const struct { unsigned at; uint8_t hlen; uint16_t major, build; const char *name; } cases[] = {
		{ 0x18, 0x10, 14, 1649, "IFWI 1.6" }, { 0x20, 0x14, 15, 1951, "IFWI 1.7" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint8_t *img = calloc(1, IMG), *me = img + 0x1000, *bpdt = me + 0x10000;
		struct me_fw_version v;

		put32(me + cases[i].at, 0x10000); /* boot partition 1 at ME+0x10000 */
		put32(bpdt, 0x000055aa);
		put16(bpdt + 4, 3);
		put16(bpdt + 6, cases[i].hlen == 0x14 ? 2 : 1);
		put16(bpdt + 0x18 + 0 * 12, 0);   /* SMIP */
		put16(bpdt + 0x18 + 1 * 12, 1);   /* CSE_RBE */
		put16(bpdt + 0x18 + 2 * 12, 2);   /* CSE_BUP = FTPR */
		put32(bpdt + 0x18 + 2 * 12 + 4, 0x3000);
		put32(bpdt + 0x18 + 2 * 12 + 8, 0x80000);
		cpd(bpdt + 0x3000, 4, cases[i].hlen);
		mn2(bpdt + 0x3000 + cases[i].hlen + 4 * 0x18, cases[i].major, 0, 35, cases[i].build);
		decode(img, 0x1000, 0x7fffff, &v);
		assert_true(v.found);
		assert_int_equal(v.major, cases[i].major);
		assert_int_equal(v.build, cases[i].build);
		assert_non_null(strstr(v.where, cases[i].name));
		free(img);
	}
}

/* Nothing there, or every pointer hostile: not found, with a reason, and no read outside. */
static void test_not_found_and_hostile(void **state)
{
	uint8_t *img = calloc(1, IMG), *me = img + 0x3000;
	struct me_fw_version v;

	(void)state;
	decode(img, 0x3000, 0x7fffff, &v);
	assert_false(v.found);
	assert_non_null(strstr(v.why_not, "No $FPT"));

	fpt(me, 0x10, 13, 0xfffff000u, 0x1000); /* FTPR outside the region */
	decode(img, 0x3000, 0x7fffff, &v);
	assert_false(v.found);
	assert_non_null(strstr(v.why_not, "neither"));

	memset(img, 0, IMG);
	fpt(me, 0x10, 1, 0x1000, 0x1000); /* then a huge partition count */
	put32(me + 0x14, 0xffffffffu);
	decode(img, 0x3000, 0x7fffff, &v);
	assert_false(v.found);

	memset(img, 0, IMG);
	fpt(me, 0x10, 1, 0x1000, 0x1000);
	cpd(me + 0x1000, 2, 0x10);
	put32(me + 0x1000 + 0x10 + 12, 0x1ffffff); /* FTPR.man far past the region */
	decode(img, 0x3000, 0x7fffff, &v);
	assert_false(v.found);

	memset(img, 0, IMG);
	put32(me + 0x18, 0x7ffff0); /* layout table: BP1 at the region's last bytes */
	put32(me + 0x20, 0xffffffffu);
	decode(img, 0x3000, 0x7fffff, &v);
	assert_false(v.found);

	decode(img, 0x3000, 0x2fff, &v); /* limit below base */
	assert_false(v.found);
	decode(img, 0x3000, IMG, &v); /* limit past the file */
	assert_false(v.found);
	assert_non_null(strstr(v.why_not, "not inside the file"));
	free(img);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_me11_cpd),
		cmocka_unit_test(test_me8_direct),
		cmocka_unit_test(test_ifwi),
		cmocka_unit_test(test_not_found_and_hostile),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
