/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fmap.c - the FMAP of an image: found by a stride search, validated, areas nested. */
/*
 * Format: coreboot commonlib/bsd/include/commonlib/bsd/fmap_serialized.h and flashrom
 * include/fmap.h: a 56-byte header ("__FMAP__", ver_major, ver_minor, base u64,
 * size u32, name[32], nareas u16) and nareas 42-byte areas (offset u32, size u32,
 * name[32], flags u16), packed little-endian; area offsets are flash offsets.
 *
 * Search: flashrom's fmap_bsearch_rom() (what `flashrom --fmap` does on a chip):
 * strides from size/2 halving down to 256 bytes, each offset checked once (offsets
 * that are multiples of twice the stride were seen at the stride before), 8
 * signature bytes read at each. flashrom then falls back to a linear byte search
 * (and on a file, `--fmap-file`, uses only the linear search): that reads the whole
 * image, so it is not done here. Instead, when no 256-byte aligned offset holds a
 * valid FMAP, the decoder says so. One deviation: flashrom's first stride is
 * size/2, so on a chip that is not a power of two (12 MiB) its strides stop at 384
 * bytes and miss 4 KiB-aligned offsets; here the first stride is the largest power
 * of two not above size/2, so every 256-byte aligned offset is visited.
 * Cost: at most one probe per 256 bytes. Strides of 4 KiB and more read one page per
 * probe; the smaller strides are done in one walk over the pages, 64 KiB per read
 * (search() below),
 * so an image without an FMAP costs at worst two reads of each 4 KiB page (16384
 * pages twice for 64 MiB), and an FMAP at a power-of-two offset a handful. Pages in
 * holes of a sparse file are skipped without a read.
 *
 * Validity: flashrom is_valid_fmap(): ver_major 1, size >= header + areas, name
 * printable (isgraph) and NUL-terminated within 32 bytes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "image/reader.h"

#define FMAP_SIG "__FMAP__"
#define FMAP_SIG_LEN 8u
#define FMAP_HEADER_LEN 56u
#define FMAP_AREA_LEN 42u
#define FMAP_MIN_STRIDE 256u /* flashrom FMAP_BSEARCH_MIN_STRIDE as fmap_read_from_rom passes it */
#define SPAN (16u * IMAGE_PAGE) /* the sub-page walk reads 64 KiB at a time */

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

/* flashrom is_valid_fmap(): 1 when the header at h is a real FMAP. */
static int header_valid(const uint8_t *h)
{
	uint16_t nareas = le16(h + 54);

	if (memcmp(h, FMAP_SIG, FMAP_SIG_LEN) || h[8] != 1)
		return 0;
	if (le32(h + 18) < FMAP_HEADER_LEN + (uint32_t)nareas * FMAP_AREA_LEN)
		return 0;
	for (unsigned i = 0; i < FMAP_NAME_LEN; i++) {
		if (h[22 + i] == 0)
			return 1;
		if (h[22 + i] <= 0x20 || h[22 + i] >= 0x7f) /* isgraph() in the C locale */
			return 0;
	}
	return 0; /* 32 printable bytes: no room for the NUL */
}

/* A name field as a C string; bytes a terminal must not see become '?'. */
static void copy_name(char *dst, const uint8_t *src)
{
	unsigned i;

	for (i = 0; i < FMAP_NAME_LEN && src[i]; i++)
		dst[i] = src[i] >= 0x20 && src[i] < 0x7f ? (char)src[i] : '?';
	dst[i] = '\0';
}

/* Probe off: 1 valid FMAP header, 0 none, -1 read error; notes a bad header in *bad. */
static int probe(struct image_reader *r, struct fmap *out, uint64_t off, uint64_t *bad)
{
	uint8_t h[FMAP_HEADER_LEN];

	out->offsets_checked++;
	if (image_read(r, off, h, FMAP_SIG_LEN))
		return -1;
	if (memcmp(h, FMAP_SIG, FMAP_SIG_LEN))
		return 0;
	if (image_read(r, off, h, FMAP_HEADER_LEN))
		return -1;
	if (header_valid(h))
		return 1;
	if (*bad == UINT64_MAX)
		*bad = off;
	return 0;
}

/*
 * The stride search; 1 and *at when found, 0 when not, -1 on a read error.
 * Strides of a page or more probe as flashrom does, one page per probe. The
 * strides below a page (2048 .. 256) would each walk every page again; they are
 * done in one walk instead, keeping per stride the first (lowest) valid offset,
 * and the coarsest stride's wins: the offset flashrom's order finds first.
 */
static int search(struct image_reader *r, struct fmap *out, uint64_t *at, uint64_t *bad)
{
	uint64_t size = image_reader_size(r), stride = 1, last;
	uint64_t best[IMAGE_PAGE / FMAP_MIN_STRIDE] = { 0 }; /* by stride / 256 */
	bool zero_done = false;
	int rc;

	*bad = UINT64_MAX;
	if (size < FMAP_HEADER_LEN)
		return 0;
	last = size - FMAP_HEADER_LEN;
	while (stride * 2 <= size / 2)
		stride *= 2;
	for (; stride >= IMAGE_PAGE; stride /= 2) {
		for (uint64_t off = 0; off <= last; off += stride) {
			uint64_t hole = image_hole_end(r, off);

			if (hole > off + FMAP_SIG_LEN) {
				/* zeros up to hole: go on at the first stride multiple at or past
				 * its end (multiples of 2*stride are skipped below as before) */
				off = (hole + stride - 1) / stride * stride - stride;
				continue;
			}
			if (off % (stride * 2) == 0 && off != 0)
				continue;
			if (off == 0 && zero_done)
				continue;
			zero_done = true;
			if ((rc = probe(r, out, off, bad)) != 0) {
				*at = off;
				return rc;
			}
		}
	}
	/* Strides 2048 .. 256 (or from size/2 down on a file under 8 KiB, none here:
	 * image files are 64 KiB or more). best[k]: first valid offset at in-page
	 * offset class k, 0 = none (offset 0 was probed above). */
	for (uint64_t chunk = 0; chunk <= last;) {
		uint64_t hole = image_hole_end(r, chunk), n;
		uint8_t buf[SPAN];

		if (hole > chunk) {
			chunk = (hole + IMAGE_PAGE - 1) / IMAGE_PAGE * IMAGE_PAGE;
			continue;
		}
		/* up to SPAN bytes of data in one read, the signatures compared in place */
		n = image_data_end(r, chunk) - chunk;
		n = n > SPAN ? SPAN : n ? n : IMAGE_PAGE;
		n = n < size - chunk ? n : size - chunk;
		if (image_read_span(r, chunk, buf, (size_t)n))
			return -1;
		for (uint64_t p = 0; p < n; p += IMAGE_PAGE) {
			for (unsigned k = FMAP_MIN_STRIDE; k < IMAGE_PAGE; k += FMAP_MIN_STRIDE) {
				unsigned level = k & -k; /* the stride at which flashrom probes it */
				uint64_t off = chunk + p + k;

				if (off > last)
					break;
				if (best[level / FMAP_MIN_STRIDE])
					continue;
				if (memcmp(buf + p + k, FMAP_SIG, FMAP_SIG_LEN)) {
					out->offsets_checked++;
					continue;
				}
				if ((rc = probe(r, out, off, bad)) < 0)
					return -1;
				if (rc == 0)
					continue;
				best[level / FMAP_MIN_STRIDE] = off;
				if (level == IMAGE_PAGE / 2)
					goto done; /* the coarsest sub-page stride: nothing comes before it */
			}
		}
		chunk += n;
	}
done:
	for (unsigned level = IMAGE_PAGE / 2; level >= FMAP_MIN_STRIDE; level /= 2)
		if (best[level / FMAP_MIN_STRIDE]) {
			*at = best[level / FMAP_MIN_STRIDE];
			return 1;
		}
	return 0;
}

static bool contains(const struct fmap_area *a, const struct fmap_area *b)
{
	return a->offset <= b->offset && (uint64_t)b->offset + b->size <= (uint64_t)a->offset + a->size;
}

static bool intersect(const struct fmap_area *a, const struct fmap_area *b)
{
	return (uint64_t)b->offset < (uint64_t)a->offset + a->size &&
	       (uint64_t)a->offset < (uint64_t)b->offset + b->size;
}

/*
 * Parent = the smallest other area containing it; of two areas with the same extent the
 * later one is the child, so the parent chain always ends (no loops). Two areas that
 * intersect without one containing the other are a partial overlap.
 */
static int nest(struct fmap *f, char *why, unsigned whylen)
{
	int bad = -1;

	for (unsigned i = 0; i < f->nareas; i++) {
		struct fmap_area *b = &f->area[i];

		b->parent = -1;
		b->overlaps = -1;
		for (unsigned j = 0; j < f->nareas; j++) {
			const struct fmap_area *a = &f->area[j];
			bool same = a->offset == b->offset && a->size == b->size;

			if (j == i)
				continue;
			if (contains(a, b) && (!same || j < i)) {
				if (b->parent < 0 || a->size < f->area[b->parent].size)
					b->parent = (int)j;
			} else if (!contains(b, a) && intersect(a, b) && b->overlaps < 0) {
				b->overlaps = (int)j;
				if (bad < 0)
					bad = (int)i;
			}
		}
	}
	if (bad >= 0) {
		const struct fmap_area *b = &f->area[bad], *a = &f->area[b->overlaps];

		image_say(why, whylen, "FMAP areas %s (0x%x+0x%x) and %s (0x%x+0x%x) overlap without one holding "
		    "the other: the FMAP is malformed, and flashrom refuses to write both.", a->name,
		    a->offset, a->size, b->name, b->offset, b->size);
		return -1;
	}
	return 0;
}

static enum image_error read_failed(struct image_reader *r, char *why, unsigned whylen)
{
	const char *err = NULL;

	image_reader_error(r, &err);
	image_say(why, whylen, "Reading the image's FMAP failed: %s.", err ? err : "read error");
	return IMAGE_EREAD;
}

enum image_error fmap_decode(struct image_reader *r, struct fmap *out, char *why, unsigned whylen)
{
	uint64_t size = image_reader_size(r), at = 0, bad;
	uint8_t h[FMAP_HEADER_LEN], a[FMAP_AREA_LEN];
	int found;

	memset(out, 0, sizeof(*out));
	found = search(r, out, &at, &bad);
	if (found < 0)
		return read_failed(r, why, whylen);
	if (!found) {
		if (bad != UINT64_MAX)
			image_say(out->why_not, sizeof(out->why_not), "An FMAP signature is at 0x%llx but its "
			    "header is invalid (version, size or name), and no other is 256-byte aligned.",
			    (unsigned long long)bad);
		else
			image_say(out->why_not, sizeof(out->why_not),
			    "No FMAP at any 256-byte aligned offset (%lu checked).", out->offsets_checked);
		return IMAGE_OK;
	}
	if (image_read(r, at, h, sizeof(h)))
		return read_failed(r, why, whylen);
	out->offset = at;
	out->ver_major = h[8];
	out->ver_minor = h[9];
	out->base = (uint64_t)le32(h + 10) | (uint64_t)le32(h + 14) << 32;
	out->size = le32(h + 18);
	copy_name(out->name, h + 22);
	out->nareas = le16(h + 54);
	if (out->nareas > FMAP_MAX_AREAS) {
		image_say(why, whylen, "The FMAP at 0x%llx says it has %u areas, more than %u: it is malformed "
		    "(real FMAPs have a few dozen).", (unsigned long long)at, out->nareas, FMAP_MAX_AREAS);
		out->nareas = 0;
		return IMAGE_EMALFORMED;
	}
	if (!image_in_bounds(size, at, FMAP_HEADER_LEN + (uint64_t)out->nareas * FMAP_AREA_LEN)) {
		image_say(why, whylen, "The FMAP at 0x%llx and its %u areas run past the end of the file.",
		    (unsigned long long)at, out->nareas);
		out->nareas = 0;
		return IMAGE_EMALFORMED;
	}
	for (unsigned i = 0; i < out->nareas; i++) {
		struct fmap_area *ar = &out->area[i];

		if (image_read(r, at + FMAP_HEADER_LEN + (uint64_t)i * FMAP_AREA_LEN, a, sizeof(a)))
			return read_failed(r, why, whylen);
		ar->offset = le32(a);
		ar->size = le32(a + 4);
		copy_name(ar->name, a + 8);
		ar->flags = le16(a + 40);
		ar->parent = ar->overlaps = -1;
		if ((uint64_t)ar->offset + ar->size > out->size || (uint64_t)ar->offset + ar->size > size) {
			image_say(why, whylen, "FMAP area %s (0x%x+0x%x) ends past the %s (0x%llx bytes): the FMAP "
			    "is malformed or the file is not the whole image.", ar->name, ar->offset,
			    ar->size, (uint64_t)ar->offset + ar->size > out->size ? "size the FMAP declares"
										    : "end of the file",
			    (unsigned long long)((uint64_t)ar->offset + ar->size > out->size ? out->size : size));
			out->nareas = i;
			return IMAGE_EMALFORMED;
		}
	}
	out->found = true;
	if (nest(out, why, whylen))
		return IMAGE_EMALFORMED;
	return IMAGE_OK;
}
