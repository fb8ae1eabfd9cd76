/* SPDX-License-Identifier: GPL-2.0-or-later */
/* image-dump.c - image_decode() on a file, printed as key=value lines (tests, bench). */
/*
 * Usage: image-dump FILE [FAMILY]. Exit 0 when decoded, else 10 + the image_error
 * code, with the sentence on stderr. Lines: size, pages_read, ifd.* (one per
 * region: "region N NAME used base limit raw", one per FLMSTR1-6: "master N raw
 * read write present" in hex), me.*, fmap.* ("area N offset size flags parent NAME"),
 * region_only. The shell tests compare these with flashrom's and cbfstool's parses.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "image/image.h"

int main(int argc, char **argv)
{
	struct image *im;
	enum image_error e;
	char why[512] = "";

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: image-dump FILE [FAMILY]\n");
		return 2;
	}
	im = calloc(1, sizeof(*im));
	if (!im)
		return 1;
	e = image_decode(argv[1], argc > 2 ? argv[2] : NULL, im, why, sizeof(why));
	printf("size=%" PRIu64 "\npages_read=%lu\nerror=%s\n", im->size, im->pages_read,
	       image_error_name(e));
	if (e != IMAGE_OK) {
		fprintf(stderr, "%s\n", why);
		free(im);
		return 10 + (int)e;
	}
	printf("ifd.found=%d\n", im->ifd.found);
	if (im->ifd.found) {
		const struct ifd *d = &im->ifd;

		printf("ifd.fdbar=0x%x\nifd.version=%d\nifd.version_why=%s\nifd.chipset=%s\n",
		       d->fdbar, d->version, d->version_why, d->chipset);
		printf("ifd.chip_size=%" PRIu64 "\nifd.nregions=%u\nifd.nmasters=%u\n", d->chip_size,
		       d->nregions, d->nmasters);
		for (unsigned i = 0; i < d->nregions; i++)
			printf("region %u %s %d 0x%08x 0x%08x 0x%08x\n", i, ifd_region_flashrom_name(i),
			       d->region[i].used, d->region[i].base, d->region[i].limit, d->region[i].raw);
		for (unsigned i = 0; i < IFD_MAX_MASTERS; i++)
			printf("master %u 0x%08x 0x%04x 0x%04x %d\n", i + 1, d->master[i].raw,
			       d->master[i].read, d->master[i].write, d->master[i].present);
		printf("ifd.me_disabled=%s\nifd.me_disabled_why=%s\n", tri_name(d->me_disabled),
		       d->me_disabled_why);
	}
	if (im->me.found)
		printf("me.version=%u.%u.%u.%u\nme.where=%s\n", im->me.major, im->me.minor,
		       im->me.hotfix, im->me.build, im->me.where);
	else
		printf("me.why_not=%s\n", im->me.why_not);
	printf("fmap.found=%d\n", im->fmap.found);
	if (im->fmap.found) {
		printf("fmap.offset=0x%" PRIx64 "\nfmap.name=%s\nfmap.size=0x%x\nfmap.nareas=%u\n",
		       im->fmap.offset, im->fmap.name, im->fmap.size, im->fmap.nareas);
		for (unsigned i = 0; i < im->fmap.nareas; i++) {
			const struct fmap_area *a = &im->fmap.area[i];

			printf("area %u 0x%08x 0x%08x 0x%x %d %s\n", i, a->offset, a->size, a->flags,
			       a->parent, a->name);
		}
	} else {
		printf("fmap.why_not=%s\n", im->fmap.why_not);
	}
	{
		char mis[256] = "";
		int m = image_layout_mismatch(im, mis, sizeof(mis));

		printf("layout_mismatch=%s\n", m < 0 ? "none" : ifd_region_flashrom_name((unsigned)m));
		if (m >= 0)
			printf("layout_mismatch_why=%s\n", mis);
	}
	printf("fmap.offsets_checked=%lu\nregion_only=%d\nregion_only_why=%s\n",
	       im->fmap.offsets_checked, im->region_only, im->region_only_why);
	free(im);
	return 0;
}
