/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-image-bad.c - image_decode on files: what is refused and why, region reads, sparse cost. */
/*
 * Files are made in a fresh directory under $TMPDIR (or /tmp) and removed after.
 * The descriptor used is written here: a 6-series (Cougar Point) IFD v1 layout with
 * the field positions of flashrom's struct ich_desc_content and ich_desc_component
 * (FLVALSIG at 0x10; FCBA 0x30, FRBA 0x40, FMBA 0x60, FPSBA 0x100, ISL 18, MSL 1,
 * ICCRIBA 0x21; 8 MiB; fd 0-0xfff, me 0x1000-0x1fffff, bios 0x200000-0x7fffff).
 * Usage: test-image-bad [TEST-NAME-PATTERN] (cmocka's test filter).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "image/image.h"

static char dir[256];

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static void descriptor(uint8_t *d, uint32_t flmap0)
{
	memset(d, 0xff, 4096);
	put32(d + 0x10, 0x0ff0a55a); /* FLVALSIG */
	put32(d + 0x14, flmap0);
	put32(d + 0x18, 0x12100206);  /* FMBA 0x60, NM 2, FPSBA 0x100, ISL 18 */
	put32(d + 0x1c, 0x00210120);  /* FMSBA 0x200, MSL 1, ICCRIBA 0x21 */
	put32(d + 0x30, 0x00000004);  /* FLCOMP: component 1 = 8 MiB (3-bit encoding 4) */
	put32(d + 0x40, 0x00000000);  /* FLREG0 fd */
	put32(d + 0x44, 0x07ff0200);  /* FLREG1 bios */
	put32(d + 0x48, 0x01ff0001);  /* FLREG2 me */
	put32(d + 0x60, 0x0a0b0000);  /* FLMSTR1 */
	put32(d + 0x64, 0x0c0d0000);
	put32(d + 0x68, 0x08080118);
	put32(d + 0x100 + 4 * 10, 0x00000080); /* PCHSTRP10 bit 7: AltMeDisable set */
	put32(d + 0xefc, 0x00000000);  /* FLUMAP1 */
}

#define FLMAP0_OK 0x02040003u /* FCBA 0x30, NC 0, FRBA 0x40, NR 2 */

/* Writes a file of size bytes (sparse: only the given head is written). */
static const char *make(const char *name, const void *head, size_t len, uint64_t size)
{
	static char path[512];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	if (len)
		assert_int_equal(write(fd, head, len), (ssize_t)len);
	assert_int_equal(ftruncate(fd, (off_t)size), 0);
	close(fd);
	return path;
}

static int setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	snprintf(dir, sizeof(dir), "%s/test-image-bad.XXXXXX", t && *t ? t : "/tmp");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static enum image_error run(const char *path, struct image *im, char *why)
{
	return image_decode(path, NULL, im, why, 512);
}

static void test_not_a_file(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	char why[512], path[512];

	(void)state;
	assert_int_equal(run(dir, im, why), IMAGE_ENOTFILE);
	assert_non_null(strstr(why, "a directory"));
	assert_int_equal(run("/dev/null", im, why), IMAGE_ENOTFILE);
	assert_non_null(strstr(why, "character device"));
	snprintf(path, sizeof(path), "%s/fifo", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_int_equal(run(path, im, why), IMAGE_ENOTFILE); /* does not wait for a writer */
	assert_non_null(strstr(why, "FIFO"));
	snprintf(path, sizeof(path), "%s/missing.rom", dir);
	assert_int_equal(run(path, im, why), IMAGE_EOPEN);
	assert_non_null(strstr(why, "ENOENT"));
	free(im);
}

static void test_unreadable(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	char why[512];
	const char *p;

	(void)state;
	if (geteuid() == 0) {
		/* root reads a mode-000 file anyway: the case cannot be made here */
		print_message("running as root, which a file mode cannot stop: skipped\n");
		free(im);
		skip();
	}
	p = make("unreadable.rom", NULL, 0, 1 << 20);
	assert_int_equal(chmod(p, 0), 0);
	assert_int_equal(run(p, im, why), IMAGE_EOPEN);
	assert_non_null(strstr(why, "EACCES"));
	free(im);
}

static void test_too_small_or_truncated(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	uint8_t d[4096];
	char why[512];

	(void)state;
	descriptor(d, FLMAP0_OK);
	assert_int_equal(run(make("desc.bin", d, sizeof(d), sizeof(d)), im, why), IMAGE_ETOOSMALL);
	assert_non_null(strstr(why, "64 KiB"));
	assert_int_equal(run(make("empty.rom", NULL, 0, 0), im, why), IMAGE_ETOOSMALL);
	assert_int_equal(run(make("cut.rom", d, sizeof(d), (8 << 20) - 100), im, why), IMAGE_ETOOSMALL);
	assert_non_null(strstr(why, "truncated"));
	free(im);
}

/* Regions past the end of the file, and counts a descriptor cannot have. */
static void test_descriptor_malformed(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	uint8_t d[4096];
	char why[512];

	(void)state;
	descriptor(d, FLMAP0_OK);
	assert_int_equal(run(make("half.rom", d, sizeof(d), 4 << 20), im, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "bios"));
	assert_non_null(strstr(why, "past the end"));

	descriptor(d, (FLMAP0_OK & ~0x07000000u) | 7u << 24); /* NR 7 on a 6-series layout */
	assert_int_equal(run(make("nr.rom", d, sizeof(d), 8 << 20), im, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "NR"));

	descriptor(d, FLMAP0_OK);
	put32(d + 0x18, 0x12100706); /* NM 7: 8 masters */
	assert_int_equal(run(make("nm.rom", d, sizeof(d), 8 << 20), im, why), IMAGE_EMALFORMED);
	assert_non_null(strstr(why, "NM"));
	free(im);
}

/* A good one: decoded, and its ME strap read where sources agree (ME <= 10). */
static void test_descriptor_ok(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	uint8_t d[4096];
	char why[512];

	(void)state;
	descriptor(d, FLMAP0_OK);
	assert_int_equal(run(make("ok.rom", d, sizeof(d), 8 << 20), im, why), IMAGE_OK);
	assert_true(im->ifd.found);
	assert_int_equal(im->ifd.version, IFD_V1);
	assert_string_equal(im->ifd.chipset, "6 series Cougar Point");
	assert_int_equal(im->ifd.chip_size, 8 << 20);
	assert_int_equal(im->ifd.nregions, 3);
	assert_int_equal(im->ifd.region[1].base, 0x200000);
	assert_int_equal(im->ifd.region[1].limit, 0x7fffff);
	assert_int_equal(im->ifd.master[0].read, 0x0b);
	assert_int_equal(im->ifd.master[0].write, 0x0a);
	assert_int_equal(im->ifd.me_disabled, TRI_YES);
	assert_false(im->me.found);
	assert_true(im->region_only); /* the ME region is zeros: -i fd -i bios */
	free(im);
}

/* A flashrom --ifd -i bios read: chip size, zeros everywhere but the BIOS region. */
static void test_region_only(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	uint8_t *img = calloc(1, 8 << 20);
	char why[512];

	(void)state;
	memset(img + 0x200000, 0x5a, 0x600000);
	assert_int_equal(run(make("bios-only.rom", img, 8 << 20, 8 << 20), im, why), IMAGE_OK);
	assert_false(im->ifd.found);
	assert_true(im->region_only);
	assert_non_null(strstr(im->region_only_why, "zeros"));

	memset(img, 0xff, 4096); /* erased flash, no descriptor: a non-Intel whole read */
	assert_int_equal(run(make("whole.rom", img, 8 << 20, 8 << 20), im, why), IMAGE_OK);
	assert_false(im->region_only);

	memset(img, 0, 4096);
	assert_int_equal(run(make("odd.rom", img, 8 << 20, 12 << 20), im, why), IMAGE_OK);
	assert_false(im->region_only); /* 12 MiB: two chips, not one chip's read */
	free(img);
	free(im);
}

/* The cost does not grow with the image: a 4 GiB sparse file reads a few pages. */
static void test_sparse_4g(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	uint8_t d[4096];
	char why[512];
	struct timespec a, b;
	double ms;

	(void)state;
	descriptor(d, FLMAP0_OK);
	clock_gettime(CLOCK_MONOTONIC, &a);
	assert_int_equal(run(make("4g.rom", d, sizeof(d), 4ull << 30), im, why), IMAGE_OK);
	clock_gettime(CLOCK_MONOTONIC, &b);
	ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
	print_message("4 GiB sparse: %lu pages read, %lu FMAP offsets probed, %.1f ms\n",
		      im->pages_read, im->fmap.offsets_checked, ms);
	assert_true(im->ifd.found);
	assert_false(im->fmap.found);
	assert_true(im->pages_read <= 4);
	free(im);
}

/* An FMAP in a 64 MiB sparse file with a descriptor: found, and a handful of pages read. */
static void test_sparse_fmap(void **state)
{
	struct image *im = calloc(1, sizeof(*im));
	uint8_t *head = calloc(1, 0x401000);
	char why[512];
	uint8_t *h = head + 0x400000;

	(void)state;
	descriptor(head, FLMAP0_OK);
	memcpy(h, "__FMAP__", 8);
	h[8] = 1;
	put32(h + 18, 64 << 20);
	memcpy(h + 22, "FLASH", 5);
	h[54] = 1;
	put32(h + 56, 0x200000);
	put32(h + 60, 0x600000);
	memcpy(h + 64, "SI_BIOS", 7);
	/* the file has data at 0 and at 4 MiB only; the rest is holes */
	{
		const char *p = make("64m.rom", head, 4096, 64 << 20);
		int fd = open(p, O_WRONLY);

		assert_true(fd >= 0);
		assert_int_equal(pwrite(fd, h, 4096, 0x400000), 4096);
		close(fd);
		assert_int_equal(run(p, im, why), IMAGE_OK);
	}
	print_message("64 MiB sparse with an FMAP at 4 MiB: %lu pages read\n", im->pages_read);
	assert_true(im->fmap.found);
	assert_int_equal(im->fmap.offset, 0x400000);
	assert_string_equal(im->fmap.area[0].name, "SI_BIOS");
	assert_true(im->pages_read <= 4);

	h[54] = 0xff; /* nareas 0xff01: a huge count is malformed, through image_decode too */
	h[55] = 0xff;
	put32(h + 18, 0xffffffffu);
	{
		const char *p = make("64m-bad.rom", head, 4096, 64 << 20);
		int fd = open(p, O_WRONLY);

		assert_true(fd >= 0);
		assert_int_equal(pwrite(fd, h, 4096, 0x400000), 4096);
		close(fd);
		assert_int_equal(run(p, im, why), IMAGE_EMALFORMED);
		assert_non_null(strstr(why, "areas"));
	}
	free(head);
	free(im);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_not_a_file),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_too_small_or_truncated),
		cmocka_unit_test(test_descriptor_malformed),
		cmocka_unit_test(test_descriptor_ok),
		cmocka_unit_test(test_region_only),
		cmocka_unit_test(test_sparse_4g),
		cmocka_unit_test(test_sparse_fmap),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests(tests, setup, teardown);
}
