/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-image-fmap.c - fmap_decode on FMAPs the test writes: search, validity, nesting, bad areas. */
/*
 * The bytes follow the FMAP format (coreboot fmap_serialized.h, flashrom fmap.h):
 * 56-byte header, 42-byte areas, little-endian. tests/image-oracles.sh checks the
 * same decoder against fmaptool/cbfstool-built images; here are the cases those
 * tools refuse to build (overlaps, a huge nareas, areas past the end).
 * Usage: test-image-fmap [TEST-NAME-PATTERN] (cmocka's test filter).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "image/image.h"

#define IMG (1u << 20) /* a 1 MiB image */

struct area_spec {
	uint32_t offset, size;
	const char *name;
	uint16_t flags;
};

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

/* Writes an FMAP at off of img; returns img. */
static uint8_t *write_fmap(uint8_t *img, uint32_t off, uint8_t ver_major, uint32_t size,
			   const char *name, uint16_t nareas, const struct area_spec *a, unsigned na)
{
	uint8_t *h = img + off;

	memcpy(h, "__FMAP__", 8);
	h[8] = ver_major;
	h[9] = 1;
	memset(h + 10, 0, 8); /* base */
	put32(h + 18, size);
	memset(h + 22, 0, 32);
	memcpy(h + 22, name, strlen(name) < 32 ? strlen(name) : 32);
	h[54] = (uint8_t)nareas;
	h[55] = (uint8_t)(nareas >> 8);
	for (unsigned i = 0; i < na; i++) {
		uint8_t *e = h + 56 + 42 * i;

		put32(e, a[i].offset);
		put32(e + 4, a[i].size);
		memset(e + 8, 0, 32);
		memcpy(e + 8, a[i].name, strlen(a[i].name) < 32 ? strlen(a[i].name) : 32);
		e[40] = (uint8_t)a[i].flags;
		e[41] = (uint8_t)(a[i].flags >> 8);
	}
	return img;
}

static enum image_error decode(const uint8_t *img, struct fmap *f, char *why)
{
	struct image_reader *r = image_reader_mem(img, IMG, IMG);
	enum image_error e;

	assert_non_null(r);
	e = fmap_decode(r, f, why, 256);
	image_reader_close(r);
	return e;
}

static const struct area_spec tree[] = {
	{ 0x00000, 0x100000, "WHOLE", 0 },
	{ 0x80000, 0x80000, "SI_BIOS", 0 },
	{ 0x80000, 0x40000, "WP_RO", 4 },   /* FMAP_AREA_RO */
	{ 0x80000, 0x1000, "FMAP", 1 },     /* STATIC */
	{ 0x81000, 0x1000, "GBB", 0 },
	{ 0xc0000, 0x40000, "RW_SECTION_A", 0 },
	{ 0xc0000, 0x40000, "RW_SECTION_A", 0 }, /* the same extent twice: no loop */
};

/* Found at several alignments, areas copied, each nested in its smallest container. */
static void test_found_and_nested(void **state)
{
	static const uint32_t offsets[] = { 0x80000, 0x81000, 0x80100, 0x0, 0xff000 };
	struct fmap *f = calloc(1, sizeof(*f));
	uint8_t *img = calloc(1, IMG);
	char why[256];

	(void)state;
	for (size_t k = 0; k < sizeof(offsets) / sizeof(offsets[0]); k++) {
		memset(img, 0xff, IMG);
		write_fmap(img, offsets[k], 1, IMG, "FLASH", 7, tree, 7);
		assert_int_equal(decode(img, f, why), IMAGE_OK);
		assert_true(f->found);
		assert_int_equal(f->offset, offsets[k]);
		assert_string_equal(f->name, "FLASH");
		assert_int_equal(f->nareas, 7);
		assert_string_equal(f->area[4].name, "GBB");
		assert_int_equal(f->area[2].flags, 4);
		assert_int_equal(f->area[0].parent, -1);
		assert_int_equal(f->area[1].parent, 0);
		assert_int_equal(f->area[2].parent, 1);
		assert_int_equal(f->area[3].parent, 2);
		assert_int_equal(f->area[4].parent, 2);
		assert_int_equal(f->area[5].parent, 1);
		assert_int_equal(f->area[6].parent, 5); /* the later twin is the child */
		for (unsigned i = 0; i < 7; i++)
			assert_int_equal(f->area[i].overlaps, -1);
	}
	free(img);
	free(f);
}

/* flashrom's order: the FMAP at the coarser stride wins over an earlier finer one. */
static void test_flashrom_order(void **state)
{
	struct fmap *f = calloc(1, sizeof(*f));
	uint8_t *img = calloc(1, IMG);
	char why[256];

	(void)state;
	write_fmap(img, 0x1100, 1, IMG, "FINE", 1, tree, 1);    /* stride 256 */
	write_fmap(img, 0xf0800, 1, IMG, "COARSE", 1, tree, 1); /* stride 2048 */
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_string_equal(f->name, "COARSE");
	write_fmap(img, 0xf0000, 1, IMG, "PAGE", 1, tree, 1);   /* stride 64 KiB */
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_string_equal(f->name, "PAGE");
	free(img);
	free(f);
}

/* Not found: none, an unaligned one (flashrom's linear search would find it), a bad header. */
static void test_not_found(void **state)
{
	struct fmap *f = calloc(1, sizeof(*f));
	uint8_t *img = calloc(1, IMG);
	char why[256];

	(void)state;
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_false(f->found);
	assert_non_null(strstr(f->why_not, "256-byte aligned"));

	write_fmap(img, 0x80010, 1, IMG, "FLASH", 1, tree, 1);
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_false(f->found);

	memset(img, 0, IMG);
	write_fmap(img, 0x80000, 2, IMG, "FLASH", 1, tree, 1); /* ver_major 2 */
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_false(f->found);
	assert_non_null(strstr(f->why_not, "header is invalid"));

	write_fmap(img, 0x80000, 1, IMG, "BAD NAME", 1, tree, 1); /* not isgraph */
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_false(f->found);

	write_fmap(img, 0x80000, 1, 56, "FLASH", 1, tree, 1); /* size < header + areas */
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_false(f->found);
	free(img);
	free(f);
}

/* Bad input: a huge nareas, areas past the FMAP's size or the file, partial overlaps. */
static void test_malformed(void **state)
{
	static const struct area_spec past_size[] = { { 0xf0000, 0x20000, "PAST", 0 } };
	static const struct area_spec wraps[] = { { 0xfffff000, 0x2000, "WRAP", 0 } };
	static const struct area_spec overlap[] = {
		{ 0x0, 0x80000, "A", 0 }, { 0x40000, 0x80000, "B", 0 },
	};
	struct fmap *f = calloc(1, sizeof(*f));
	uint8_t *img = calloc(1, IMG);
	char why[256];

	(void)state;
	write_fmap(img, 0x80000, 1, 0xffffffffu, "FLASH", 60000, tree, 1);
	assert_int_equal(decode(img, f, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "60000 areas"));
	assert_int_equal(f->nareas, 0);

	memset(img, 0, IMG);
	write_fmap(img, 0xfff00, 1, 0xffffffffu, "FLASH", 100, tree, 1); /* areas past the file */
	assert_int_equal(decode(img, f, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "past the end of the file"));

	memset(img, 0, IMG);
	write_fmap(img, 0x80000, 1, IMG, "FLASH", 1, past_size, 1);
	assert_int_equal(decode(img, f, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "PAST"));

	memset(img, 0, IMG);
	write_fmap(img, 0x80000, 1, 0xffffffffu, "FLASH", 1, wraps, 1);
	assert_int_equal(decode(img, f, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "WRAP"));

	memset(img, 0, IMG);
	write_fmap(img, 0x80000, 1, IMG, "FLASH", 2, overlap, 2);
	assert_int_equal(decode(img, f, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "overlap"));
	assert_int_equal(f->area[1].overlaps, 0);
	assert_int_equal(f->area[0].overlaps, 1);
	free(img);
	free(f);
}

/* Names are NUL-terminated copies; control bytes never reach a terminal. */
static void test_names(void **state)
{
	static const struct area_spec odd[] = {
		{ 0x0, 0x1000, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", 0 }, /* 32 bytes, no NUL */
		{ 0x1000, 0x1000, "ESC\x1b[2J", 0 },
	};
	struct fmap *f = calloc(1, sizeof(*f));
	uint8_t *img = calloc(1, IMG);
	char why[256];

	(void)state;
	write_fmap(img, 0x80000, 1, IMG, "FLASH", 2, odd, 2);
	assert_int_equal(decode(img, f, why), IMAGE_OK);
	assert_int_equal(strlen(f->area[0].name), 32);
	assert_string_equal(f->area[1].name, "ESC?[2J");
	free(img);
	free(f);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_found_and_nested),
		cmocka_unit_test(test_flashrom_order),
		cmocka_unit_test(test_not_found),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_names),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
