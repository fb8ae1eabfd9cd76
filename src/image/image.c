/* SPDX-License-Identifier: GPL-2.0-or-later */
/* image.c - an image file decoded: descriptor, ME version, FMAP, and whether it is a region read. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "image/reader.h"

/* 1 when the 4 KiB page at off reads as zeros, 0 when not, -1 when it cannot be read. */
static int page_zero(struct image_reader *r, uint64_t off)
{
	uint8_t p[IMAGE_PAGE];

	if (image_read(r, off, p, sizeof(p)))
		return -1;
	for (size_t i = 0; i < sizeof(p); i++)
		if (p[i])
			return 0;
	return 1;
}

/*
 * flashrom -r FILE --ifd -i REGION writes a chip-size file and leaves every byte outside
 * the named regions 0x00 (do_read() callocs the buffer; v1.3.0 and HEAD), the
 * descriptor too unless -i fd was given. Erased flash reads 0xff, and a descriptor,
 * an ME region ($FPT or a CSE layout table) or a BIOS never starts with 4 KiB of
 * zeros, so one page says it:
 * - no descriptor, a power-of-two size (a chip's), and the first 4 KiB all zero: the
 *   descriptor was not read (e.g. -i bios alone);
 * - a descriptor whose ME region's first 4 KiB are all zero: the ME was not read
 *   (e.g. -i fd -i bios).
 * Limits: a chip that really holds zeros there is taken for a region read; a region
 * read that includes fd and me but leaves out another region (gbe, ec) is not seen.
 */
bool image_region_only(struct image_reader *r, const struct ifd *ifd, char *why, unsigned whylen)
{
	uint64_t size = image_reader_size(r);

	if (ifd->found) {
		const struct ifd_region *me = &ifd->region[2];

		if (ifd->nregions > 2 && me->used && page_zero(r, me->base) == 1) {
			image_say(why, whylen, "The ME region (0x%08x-0x%08x) starts with 4 KiB of zeros: a read "
			    "with --ifd -i that left the ME out, not a whole-chip backup.", me->base,
			    me->limit);
			return true;
		}
		image_say(why, whylen, "The image has a descriptor%s.",
		    ifd->nregions > 2 && me->used ? " and its ME region holds data" : "");
		return false;
	}
	if (size & (size - 1)) {
		image_say(why, whylen, "No descriptor, and the size (%llu bytes) is not a power of two, so not a "
		    "flashrom region read of one chip.", (unsigned long long)size);
		return false;
	}
	if (page_zero(r, 0) == 1) {
		image_say(why, whylen, "No descriptor and the first 4 KiB are zeros in a chip-size file: a "
		    "flashrom --ifd -i read that left the descriptor out (flashrom zero-fills what it "
		    "does not read), not a whole-chip backup.");
		return true;
	}
	image_say(why, whylen, "No descriptor, and the first 4 KiB hold data: not a flashrom region read.");
	return false;
}

const char *ifd_region_fmap_name(unsigned idx)
{
	/* coreboot ifdtool region_names[].fmapname: the SI_* area each region has in an FMAP */
	static const char *const names[IFD_MAX_REGIONS] = {
		"SI_DESC", "SI_BIOS", "SI_ME", "SI_GBE", "SI_PDR", "SI_DEVICEEXT", "SI_BIOS2", NULL,
		"SI_EC", "SI_DEVICEEXT2", "SI_IE", "SI_10GBE0", "SI_10GBE1", NULL, NULL, "SI_PTT",
	};

	return idx < IFD_MAX_REGIONS ? names[idx] : NULL;
}

/*
 * As `ifdtool -t` (validate_layout()): each used descriptor region whose SI_* area the
 * FMAP has must start and end where the area does.
 */
int image_layout_mismatch(const struct image *im, char *why, unsigned whylen)
{
	if (!im->ifd.found || !im->fmap.found)
		return -1;
	for (unsigned i = 0; i < im->ifd.nregions && i < IFD_MAX_REGIONS; i++) {
		const struct ifd_region *g = &im->ifd.region[i];
		const char *name = ifd_region_fmap_name(i);

		if (!g->used || !name)
			continue;
		for (unsigned a = 0; a < im->fmap.nareas; a++) {
			const struct fmap_area *f = &im->fmap.area[a];

			if (strcmp(f->name, name))
				continue;
			if (f->offset != g->base || (uint64_t)f->size != (uint64_t)g->limit - g->base + 1) {
				image_say(why, whylen, "The descriptor's %s region is 0x%08x-0x%08x but the FMAP's %s "
				    "is 0x%08x+0x%x: the image's two layouts disagree.",
				    ifd_region_flashrom_name(i), g->base, g->limit, name, f->offset, f->size);
				return (int)i;
			}
			break;
		}
	}
	return -1;
}

const char *image_error_name(enum image_error e)
{
	static const char *const names[] = {
		[IMAGE_OK] = "ok",
		[IMAGE_EOPEN] = "cannot open",
		[IMAGE_ENOTFILE] = "not a regular file",
		[IMAGE_EREAD] = "read error",
		[IMAGE_ETOOSMALL] = "too small or truncated",
		[IMAGE_EMALFORMED] = "malformed",
	};

	return (unsigned)e < sizeof(names) / sizeof(names[0]) && names[e] ? names[e] : "unknown error";
}

enum image_error image_decode(const char *path, const char *family_hint, struct image *out,
			      char *why, unsigned whylen)
{
	struct image_reader *r;
	enum image_error e;

	memset(out, 0, sizeof(*out));
	out->path = path;
	if (why && whylen)
		why[0] = '\0';
	e = image_reader_open(path, &r, why, whylen);
	if (e != IMAGE_OK)
		return e;
	out->size = image_reader_size(r);
	e = ifd_decode(r, family_hint, &out->ifd, why, whylen);
	if (e == IMAGE_OK && out->ifd.found && out->ifd.nregions > 2 && out->ifd.region[2].used)
		me_fw_decode(r, out->ifd.region[2].base, out->ifd.region[2].limit, &out->me);
	else if (e == IMAGE_OK)
		snprintf(out->me.why_not, sizeof(out->me.why_not), "%s",
			 out->ifd.found ? "The descriptor has no ME region."
					: "No descriptor, so no ME region to look in.");
	if (e == IMAGE_OK)
		e = fmap_decode(r, &out->fmap, why, whylen);
	if (e == IMAGE_OK)
		out->region_only = image_region_only(r, &out->ifd, out->region_only_why,
						     sizeof(out->region_only_why));
	if (e == IMAGE_OK && image_reader_error(r, NULL) != IMAGE_OK) {
		const char *what;

		image_reader_error(r, &what);
		image_say(why, whylen, "Reading %s failed: %s.", path, what);
		e = IMAGE_EREAD;
	}
	out->pages_read = image_reader_pages(r);
	image_reader_close(r);
	return e;
}
