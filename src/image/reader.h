/* SPDX-License-Identifier: GPL-2.0-or-later */
/* reader.h - bounded reads of an image file (or a buffer), a page at a time, with a count. */
#ifndef SPI_INSPECT_IMAGE_READER_H
#define SPI_INSPECT_IMAGE_READER_H

#include <stddef.h>
#include <stdint.h>

#include "image/image.h"

#define IMAGE_PAGE 4096u

/* The decoders' one way to say why: a sentence into why (whylen bytes, truncated; why may be NULL). */
void image_say(char *why, unsigned whylen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* 8 pages: the descriptor, its upper map and the ME headers fit; the FMAP search
 * walks forward, so a larger cache would not save a read. */
#define IMAGE_CACHE_PAGES 8u

/*
 * Copies len bytes at off into dst. Returns 0, or -1 when [off, off+len) is not
 * inside the image (nothing copied) or the file could not be read (the reader
 * remembers why: image_reader_error()). Never reads past the image's size.
 */
int image_read(struct image_reader *r, uint64_t off, void *dst, size_t len);

/* A little-endian u32 / u16 at off, or -1 as image_read. */
int image_read_le32(struct image_reader *r, uint64_t off, uint32_t *v);
int image_read_le16(struct image_reader *r, uint64_t off, uint16_t *v);

/*
 * Where the hole of a sparse file (or the zero tail of a memory reader) that holds
 * off ends; off's page start when off is in data. Bytes in a hole are zeros.
 */
uint64_t image_hole_end(struct image_reader *r, uint64_t off);

/*
 * For a walk through the image in order: where the data holding off ends (the next
 * hole or the end, rounded up to a page), and len bytes at off read with one pread()
 * past the cache (each of their pages counted), or -1 as image_read.
 */
uint64_t image_data_end(struct image_reader *r, uint64_t off);
int image_read_span(struct image_reader *r, uint64_t off, void *dst, size_t len);

/* True when [off, off+len) is inside the image (overflow-safe). */
static inline int image_in_bounds(uint64_t size, uint64_t off, uint64_t len)
{
	return off <= size && len <= size - off;
}

/* Set when a read failed on the file itself (EIO, file shrank), else IMAGE_OK. */
enum image_error image_reader_error(const struct image_reader *r, const char **what);

#endif
