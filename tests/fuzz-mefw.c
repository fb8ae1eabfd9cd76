/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-mefw.c - libFuzzer harness: me_fw_decode ($FPT, $CPD, manifest, IFWI layout table, BPDT). */
/*
 * Input: the ME region's bytes; the region is the input's length rounded up to 4 KiB
 * (at least 64 KiB), at offset 0x1000 of an image of zeros. Every pointer in it is
 * followed as far as the region allows.
 * Seeds: ME 11 ($FPT, $CPD, FTPR.man) and IFWI 1.7 (layout table, BPDT) regions by
 * FUZZ_SEED_MAIN; tests/data/image-seeds/mefw/ for make check.
 */
#include "fuzz-image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint64_t region = (size + 4095) / 4096 * 4096;
	uint8_t *img;
	struct image_reader *r;
	struct me_fw_version v;

	if (region < 65536)
		region = 65536;
	img = calloc(1, 0x1000 + region);
	if (!img)
		return 0;
	memcpy(img + 0x1000, data, size);
	r = image_reader_mem(img, 0x1000 + region, 0x1000 + region);
	if (r)
		me_fw_decode(r, 0x1000, 0x1000 + region - 1, &v);
	image_reader_close(r);
	free(img);
	return 0;
}

#ifdef FUZZ_SEED_MAIN
/* fuzz-mefw-seed DIR */
int main(int argc, char **argv)
{
	static uint8_t me[0x3000];
	uint8_t *p;

	if (argc != 2)
		return 2;
	memcpy(me + 0x10, "$FPT", 4); /* ME 11: $FPT at +0x10, FTPR at 0x1000 */
	fuzz_put32(me + 0x14, 1);
	memcpy(me + 0x30, "FTPR", 4);
	fuzz_put32(me + 0x38, 0x1000);
	fuzz_put32(me + 0x3c, 0x2000);
	p = me + 0x1000;
	memcpy(p, "$CPD", 4);
	fuzz_put32(p + 4, 1);
	p[10] = 0x10;
	memcpy(p + 0x10, "FTPR.man", 8);
	fuzz_put32(p + 0x1c, 0x28);
	memcpy(p + 0x28 + 0x1c, "$MN2", 4);
	p[0x28 + 0x24] = 11;
	if (fuzz_write_seed(argv[1], "me11", me, sizeof(me)))
		return 1;
	memset(me, 0, sizeof(me)); /* IFWI 1.7: BP1 at 0x100, FTPR $CPD at BP1 + 0x100 */
	fuzz_put32(me + 0x20, 0x100);
	p = me + 0x100;
	fuzz_put32(p, 0x55aa);
	p[4] = 1;
	p[0x18] = 2;
	fuzz_put32(p + 0x18 + 4, 0x100);
	p += 0x100;
	memcpy(p, "$CPD", 4);
	fuzz_put32(p + 4, 1);
	p[10] = 0x14;
	memcpy(p + 0x14, "FTPR.man", 8);
	fuzz_put32(p + 0x20, 0x30);
	memcpy(p + 0x30 + 0x1c, "$MN2", 4);
	p[0x30 + 0x24] = 15;
	return fuzz_write_seed(argv[1], "ifwi17", me, sizeof(me));
}
#endif
