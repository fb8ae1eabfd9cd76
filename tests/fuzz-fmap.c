/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-fmap.c - libFuzzer harness: fmap_decode (stride search, validation, nesting). */
/*
 * Input: a byte giving the image size as (1 + b % 64) x 4 KiB (at least the input
 * rounded up to 4 KiB), then the image's first bytes. The search probes every
 * 256-byte offset of it; a valid header is parsed and its areas nested.
 * Seeds: an FMAP at 0x1000 with nested areas and one at 0x100, by FUZZ_SEED_MAIN;
 * tests/data/image-seeds/fmap/ for make check.
 */
#include "fuzz-image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	uint64_t want = (1 + fuzz_byte(&in) % 64) * 4096ull, len = (in.n + 4095) / 4096 * 4096;
	struct image_reader *r = fuzz_image(in.p, in.n, want > len ? want : len);
	struct fmap *f = calloc(1, sizeof(*f));
	char why[256];

	if (r && f && fmap_decode(r, f, why, sizeof(why)) == IMAGE_OK && f->found)
		for (unsigned i = 0; i < f->nareas; i++)
			if (f->area[i].parent >= (int)f->nareas || strlen(f->area[i].name) > FMAP_NAME_LEN)
				abort();
	image_reader_close(r);
	free(f);
	return 0;
}

#ifdef FUZZ_SEED_MAIN
static void area(uint8_t *e, uint32_t off, uint32_t size, const char *name, uint16_t flags)
{
	fuzz_put32(e, off);
	fuzz_put32(e + 4, size);
	memcpy(e + 8, name, strlen(name));
	e[40] = (uint8_t)flags;
}

/* fuzz-fmap-seed DIR */
int main(int argc, char **argv)
{
	static uint8_t d[1 + 0x2000];
	uint8_t *h;

	if (argc != 2)
		return 2;
	for (unsigned at = 0x100; at <= 0x1000; at += 0xf00) {
		memset(d, 0, sizeof(d));
		d[0] = 15; /* 64 KiB */
		h = d + 1 + at;
		memcpy(h, "__FMAP__", 8);
		h[8] = 1;
		h[9] = 1;
		fuzz_put32(h + 18, 0x10000);
		memcpy(h + 22, "FLASH", 5);
		h[54] = at == 0x100 ? 4 : 5; /* the second one with a partial overlap */
		area(h + 56, 0, 0x10000, "SI_BIOS", 0);
		area(h + 56 + 42, 0, 0x8000, "WP_RO", 4);
		area(h + 56 + 84, at, 0x800, "FMAP", 1);
		area(h + 56 + 126, 0x8000, 0x8000, "RW_SECTION_A", 0);
		area(h + 56 + 168, 0x4000, 0x8000, "OVERLAP", 0);
		if (fuzz_write_seed(argv[1], at == 0x100 ? "fmap-0x100" : "fmap-0x1000", d, sizeof(d)))
			return 1;
	}
	return 0;
}
#endif
