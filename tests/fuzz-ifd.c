/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-ifd.c - libFuzzer harness: ifd_decode, the ME strap, region-only and the ME version. */
/*
 * Input: a flags byte (bits 0-5 pick the machine's family hint among those with a
 * descriptor, 0 = none: the content decides), then the start of an image; the
 * image is 16 MiB (zeros after the input). Decoded as image_decode() does: the
 * descriptor, the ME version in its ME region, whether it is a region read.
 * Seeds: a 6-series and a 600-series layout written by FUZZ_SEED_MAIN (scripts/fuzz),
 * tests/data/image-seeds/ifd/ for make check.
 */
#include "fuzz-image.h"

static const char *const families[] = {
	NULL, "ich8", "ich9", "ich10", "pch5", "pch6", "pch7", "pch8", "pch9", "c610", "baytrail",
	"pch100", "pch200", "c620", "pch300", "pch400", "pch500", "pch600", "pch700", "c740",
	"mtl", "ptl", "apl", "glk", "jsl", "ehl", "dnv", "lnl", "avoton", "ich7", "nonsense",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	unsigned flags = fuzz_byte(&in);
	struct image_reader *r = fuzz_image(in.p, in.n, 16u << 20);
	struct ifd *d = calloc(1, sizeof(*d));
	struct me_fw_version *v = calloc(1, sizeof(*v));
	char why[256], ro[160];

	if (r && d && v) {
		const char *fam = families[(flags & 63) % (sizeof(families) / sizeof(families[0]))];

		if (ifd_decode(r, fam, d, why, sizeof(why)) == IMAGE_OK && d->found) {
			if (d->nregions > 2 && d->region[2].used)
				me_fw_decode(r, d->region[2].base, d->region[2].limit, v);
			for (unsigned i = 0; i < d->nregions; i++)
				(void)ifd_region_flashrom_name(i);
		}
		(void)image_region_only(r, d, ro, sizeof(ro));
	}
	image_reader_close(r);
	free(d);
	free(v);
	return 0;
}

#ifdef FUZZ_SEED_MAIN
/* fuzz-ifd-seed DIR: the seeds (descriptor layouts with the field positions of
 * flashrom's struct ich_desc_content; values of a 6-series and a 600-series board) */
int main(int argc, char **argv)
{
	static uint8_t d[4097];
	uint8_t *p = d + 1;

	if (argc != 2)
		return 2;
	memset(p, 0xff, 4096);
	d[0] = 0;
	fuzz_put32(p + 0x10, 0x0ff0a55a);
	fuzz_put32(p + 0x14, 0x02040003);
	fuzz_put32(p + 0x18, 0x12100206);
	fuzz_put32(p + 0x1c, 0x00210120);
	fuzz_put32(p + 0x30, 0x00000004);
	fuzz_put32(p + 0x40, 0x00000000);
	fuzz_put32(p + 0x44, 0x07ff0200);
	fuzz_put32(p + 0x48, 0x01ff0001);
	fuzz_put32(p + 0x60, 0x0a0b0000);
	fuzz_put32(p + 0x64, 0x0c0d0000);
	fuzz_put32(p + 0x68, 0x08080118);
	fuzz_put32(p + 0x100 + 40, 0x80);
	fuzz_put32(p + 0xefc, 0);
	if (fuzz_write_seed(argv[1], "pch6", d, sizeof(d)))
		return 1;
	d[0] = 17; /* the pch600 family hint */
	fuzz_put32(p + 0x14, 0x00040003);
	fuzz_put32(p + 0x18, 0x73100208);
	fuzz_put32(p + 0x1c, 0x00140170);
	fuzz_put32(p + 0x30, 0x0930f0f6);
	fuzz_put32(p + 0x44, 0x1fff0400);
	fuzz_put32(p + 0x48, 0x03d80001);
	fuzz_put32(p + 0x4c, 0x00007fff);
	fuzz_put32(p + 0x80, 0xffffffff);
	fuzz_put32(p + 0x84, 0xffffffff);
	fuzz_put32(p + 0xefc, 0xc0ff02df);
	return fuzz_write_seed(argv[1], "pch600", d, sizeof(d));
}
#endif
