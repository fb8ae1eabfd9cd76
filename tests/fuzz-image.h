/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-image.h - what the image harnesses share: the input as an image, seeds written out. */
#ifndef SPI_INSPECT_TESTS_FUZZ_IMAGE_H
#define SPI_INSPECT_TESTS_FUZZ_IMAGE_H

#include "fuzz.h"
#include "image/image.h"

/*
 * A memory reader over the input, served as the first bytes of an image of the
 * given size (zeros after it), so that offsets a descriptor or an FMAP declares far
 * into a chip are inside the image without a 16 MiB input.
 */
static inline struct image_reader *fuzz_image(const uint8_t *data, size_t len, uint64_t size)
{
	return image_reader_mem(data, len, size > len ? size : len);
}

#ifdef FUZZ_SEED_MAIN
static inline void fuzz_put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static inline int fuzz_write_seed(const char *dir, const char *name, const void *d, size_t n)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!(f = fopen(path, "wb")) || fwrite(d, 1, n, f) != n) {
		perror(path);
		return 1;
	}
	return fclose(f) != 0;
}
#endif

#endif
