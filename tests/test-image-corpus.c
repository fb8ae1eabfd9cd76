/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-image-corpus.c - ifd_decode on the 46 real descriptors of the corpus against ifdtool's decode. */
/*
 * Each corpus descriptor comes with "ifdtool -d" output (coreboot-utils 4.15, an
 * independent decoder, run with the platform's -p where ifdtool needs one):
 *   FLREG2:    0x03d80001
 *     Flash Region 2 (Intel ME): 00001000 - 003d8fff      ("(unused)" when unused)
 *   FLMSTR1:   0x0a0b0000 (Host CPU/BIOS)
 *     GbE Region Write Access:           enabled
 * Every FLREG and FLMSTR word must be the raw word the decoder read, every region's
 * base, limit and unused flag must agree, and every access bit ifdtool prints must
 * be the decoder's read/write bit for that master and region. The four decodes the
 * corpus marks "NOT A RELIABLE ORACLE" (ifdtool 4.15 knows neither Meteor Lake nor
 * C741 and decodes them with IFDv1 masks) are compared by their raw words only;
 * tests/image-oracles.sh checks their access bits against ifdtool run live with the
 * -p of a platform with the same layout. No platform hint is given: the IFD version
 * comes from the content, as flashrom guesses it.
 * Usage: test-image-corpus [TEST-NAME-PATTERN] (cmocka's test filter).
 */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "chipset/chipset.h"
#include "image/image.h"
#include "spi/spi.h"

#define CORPUS SRCDIR "/../shared/corpus/descriptors"
#define VIRTUAL_SIZE (64ull << 20) /* the descriptor, then zeros: the largest chip (64 MiB) */

struct stats {
	unsigned files, reliable, flregs, flmstrs, bits, beyond, straps, strap_unknown;
};

/* ifdtool's access line names -> region index (ifdtool dump_fmba / decode_flmstr). */
static int region_index(const char *line)
{
	static const struct { const char *name; int idx; } names[] = {
		{ "Flash Descriptor ", 0 }, { "Host CPU/BIOS Region ", 1 }, { "Intel ME Region ", 2 },
		{ "GbE Region ", 3 }, { "Platform Data Region ", 4 }, { "EC Region ", 8 },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strncmp(line, names[i].name, strlen(names[i].name)) == 0)
			return names[i].idx;
	return -1;
}

static void check_file(const char *name, struct stats *st)
{
	char path[512], line[512];
	static uint8_t buf[16384];
	size_t len;
	FILE *f;
	struct image_reader *r;
	struct ifd d;
	char why[256] = "";
	bool reliable = true;
	int cur_reg = -1, cur_master = -1;

	snprintf(path, sizeof(path), "%s/%s-descriptor.bin", CORPUS, name);
	f = fopen(path, "rb");
	assert_non_null(f);
	len = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	assert_true(len >= 4096);
	r = image_reader_mem(buf, len, VIRTUAL_SIZE);
	assert_non_null(r);
	if (ifd_decode(r, NULL, &d, why, sizeof(why)) != IMAGE_OK || !d.found)
		fail_msg("%s: not decoded: %s", name, why);
	image_reader_close(r);
	st->files++;

	snprintf(path, sizeof(path), "%s/%s-descriptor.ifdtool-d.txt", CORPUS, name);
	f = fopen(path, "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		unsigned n, raw, base, limit;
		char *p = line + strspn(line, " ");

		if (line[0] == '#' && strstr(line, "NOT A RELIABLE ORACLE"))
			reliable = false;
		if (sscanf(line, "FLREG%u: 0x%x", &n, &raw) == 2) {
			cur_reg = (int)n;
			cur_master = -1;
			if (n >= d.nregions) {
				/* ifdtool reads more FLREGs than flashrom on IFDv1 (8, where flashrom
				 * reads NR + 1). A used one there is a region flashrom's --ifd does
				 * not know: the decoder follows flashrom, as the plan's commands run
				 * flashrom. Shown, and only allowed on IFD v1, past NR + 1. */
				if (reliable && ((raw >> 16 & 0x7fff) << 12 | 0xfff) > (raw & 0x7fff) << 12) {
					if (d.version != IFD_V1 || n <= ((d.flmap0 >> 24) & 7))
						fail_msg("%s: FLREG%u 0x%08x is used but beyond the %u regions "
							 "the decoder reads", name, n, raw, d.nregions);
					print_message("%s: FLREG%u 0x%08x is used, past NR + 1 = %u: flashrom "
						      "--ifd does not read it (nor does the decoder)\n", name, n,
						      raw, d.nregions);
					st->beyond++;
				}
				cur_reg = -1;
				continue;
			}
			if (d.region[n].raw != raw)
				fail_msg("%s: FLREG%u raw 0x%08x, ifdtool 0x%08x", name, n, d.region[n].raw, raw);
			st->flregs++;
		} else if (cur_reg >= 0 && reliable &&
			   sscanf(p, "Flash Region %u (%*[^)]): %x - %x", &n, &base, &limit) == 3) {
			const struct ifd_region *g = &d.region[cur_reg];
			bool unused = strstr(p, "(unused)") != NULL;

			assert_int_equal(n, (unsigned)cur_reg);
			/* ifdtool masks 12 bits on IFDv1: an unused region is compared by its flag */
			if (unused ? g->used : (!g->used || g->base != base || g->limit != limit))
				fail_msg("%s: region %u: decoded %s 0x%08x-0x%08x, ifdtool %s 0x%08x-0x%08x",
					 name, n, g->used ? "used" : "unused", g->base, g->limit,
					 unused ? "unused" : "used", base, limit);
			cur_reg = -1;
		} else if (sscanf(line, "FLMSTR%u: 0x%x", &n, &raw) == 2) {
			cur_reg = -1;
			cur_master = n >= 1 && n <= IFD_MAX_MASTERS ? (int)n - 1 : -1;
			if (cur_master < 0)
				fail_msg("%s: ifdtool shows FLMSTR%u, past the six masters", name, n);
			if (d.master[cur_master].raw != raw)
				fail_msg("%s: FLMSTR%u raw 0x%08x, ifdtool 0x%08x", name, n,
					 d.master[cur_master].raw, raw);
			st->flmstrs++;
		} else if (reliable && (strstr(p, "AltMeDisable bit is ") || strstr(p, "HAP bit is "))) {
			/* ifdtool dump_fpsba(): PCHSTRP10 bit 7 on IFDv1 PCHs, PCHSTRP0 bit 16 on v2 */
			bool set = !strstr(p, " not set");

			if (d.me_disabled == TRI_UNKNOWN) {
				st->strap_unknown++;
			} else {
				if ((d.me_disabled == TRI_YES) != set)
					fail_msg("%s: ME disable strap decoded %s, ifdtool: %s", name,
						 tri_name(d.me_disabled), p);
				st->straps++;
			}
		} else if (cur_master >= 0 && reliable && strstr(p, " Access:")) {
			int idx = region_index(p);
			bool write = strstr(p, "Write Access") != NULL, on = strstr(p, "enabled") != NULL;
			const struct ifd_master *m = &d.master[cur_master];
			unsigned bits = write ? m->write : m->read;

			if (idx < 0)
				fail_msg("%s: an access line the test does not know: %s", name, p);
			if (((bits >> idx) & 1) != on)
				fail_msg("%s: FLMSTR%d 0x%08x %s region %d: decoded %s, ifdtool %s (IFD v%d, %s)",
					 name, cur_master + 1, m->raw, write ? "write" : "read", idx,
					 (bits >> idx) & 1 ? "enabled" : "disabled", on ? "enabled" : "disabled",
					 d.version, d.version_why);
			st->bits++;
		}
	}
	fclose(f);
	if (reliable)
		st->reliable++;
}

static void test_corpus_vs_ifdtool(void **state)
{
	struct dirent **list;
	struct stats st = { 0 };
	int n;

	(void)state;
	n = scandir(CORPUS, &list, NULL, alphasort);
	if (n < 0) {
		print_message("%s is not there (%s): skipped\n", CORPUS, strerror(errno));
		skip();
	}
	for (int i = 0; i < n; i++) {
		static const char suffix[] = "-descriptor.bin";
		char *nm = list[i]->d_name;
		size_t l = strlen(nm), sl = sizeof(suffix) - 1;

		if (l > sl && strcmp(nm + l - sl, suffix) == 0) {
			nm[l - sl] = '\0';
			check_file(nm, &st);
		}
		free(list[i]);
	}
	free(list);
	print_message("%u descriptors (%u with a reliable ifdtool decode): %u FLREG and %u FLMSTR "
		      "words, %u access bits agree; %u used FLREGs past flashrom's count; ME disable "
		      "strap: %u agree, %u where ifdtool prints one left unknown\n", st.files,
		      st.reliable, st.flregs, st.flmstrs, st.bits, st.beyond, st.straps, st.strap_unknown);
	assert_int_equal(st.files, 46); /* the corpus of 2026-11 */
	assert_true(st.reliable >= 42);
	assert_true(st.bits >= 1000);
	assert_true(st.straps >= 20);
}

/* The machine's family decides the IFD version over the content (flashrom's guess). */
static void test_family_decides_version(void **state)
{
	static const struct { const char *file, *family; enum ifd_version v; unsigned nregions; } cases[] = {
		{ "dasharo-msi-ms7d25", NULL, IFD_V2, 16 },    /* content: 600 series */
		{ "dasharo-msi-ms7d25", "pch600", IFD_V2, 16 },
		{ "google-link", NULL, IFD_V1, 3 },             /* content: 6 series, NR = 2 */
		{ "google-link", "pch7", IFD_V1, 3 },
		{ "dasharo-novacustom-nuc_box", "mtl", IFD_V2, 16 },
		{ "dasharo-novacustom-nuc_box", "dnv", IFD_V2, 16 }, /* v2 by family, rules from content */
	};
	static uint8_t buf[16384];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char path[512], why[256];
		struct ifd d;
		struct image_reader *r;
		size_t len;
		FILE *f;

		snprintf(path, sizeof(path), "%s/%s-descriptor.bin", CORPUS, cases[i].file);
		if (!(f = fopen(path, "rb"))) {
			print_message("%s: %s: skipped\n", path, strerror(errno));
			skip();
		}
		len = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		r = image_reader_mem(buf, len, VIRTUAL_SIZE);
		assert_int_equal(ifd_decode(r, cases[i].family, &d, why, sizeof(why)), IMAGE_OK);
		image_reader_close(r);
		assert_int_equal(d.version, cases[i].v);
		assert_int_equal(d.nregions, cases[i].nregions);
		if (cases[i].family)
			assert_non_null(strstr(d.version_why, cases[i].family));
		else
			assert_non_null(strstr(d.version_why, "content"));
	}
}


/*
 * Every family of src/chipset/families.c that has a flash descriptor gets an IFD
 * version from its entry (.ifd), v2 exactly where its SPI controller is PCH100-style
 * (100-series on and APL/GLK/DNV/JSL/EHL), v1 before; the ones without a descriptor
 * (firmware hub, ICH7, Tunnel Creek, Centerton) leave it to the content. A synthetic 6-series descriptor (field positions of flashrom's
 * struct ich_desc_content) is decoded with each key.
 */
static void test_every_family_has_a_version(void **state)
{
	static uint8_t d[4096];
	static const uint32_t words[][2] = {
		{ 0x10, 0x0ff0a55a }, { 0x14, 0x02040003 }, { 0x18, 0x12100206 }, { 0x1c, 0x00210120 },
		{ 0x30, 0x4 }, { 0x40, 0 }, { 0x44, 0x07ff0200 }, { 0x48, 0x01ff0001 }, { 0xefc, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		for (int b = 0; b < 4; b++)
			d[words[i][0] + b] = (uint8_t)(words[i][1] >> (8 * b));
	for (size_t i = 0; i < chipset_families_count; i++) {
		const struct chipset_family *fam = &chipset_families[i];
		const struct spi_traits *t = spi_traits_of(fam->spi);
		const char *key = fam->key;
		char why[256];
		struct ifd f;
		struct image_reader *r = image_reader_mem(d, sizeof(d), 8u << 20);

		assert_int_equal(ifd_decode(r, key, &f, why, sizeof(why)), IMAGE_OK);
		image_reader_close(r);
		assert_true(f.found);
		/* No descriptor before ICH8 (no FREGn to mirror one): the content decides. */
		if (t->nfreg == 0) {
			if (fam->ifd != IFD_LAYOUT_CONTENT || !strstr(f.version_why, "content"))
				fail_msg("family %s has no descriptor regions but IFD layout %d (%s)", key,
					 fam->ifd, f.version_why);
			continue;
		}
		/* Cross-check of two tables: the descriptor is IFD v2 exactly where the SPI
		 * controller is PCH100-style (32-bit HSFSTS_CTL), flashrom's split too. */
		if (f.version != (t->hsfs_width == 4 ? IFD_V2 : IFD_V1) || !strstr(f.version_why, key))
			fail_msg("family %s: IFD v%d (%s), SPI layout %s", key, f.version, f.version_why,
				 t->name);
	}
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_corpus_vs_ifdtool),
		cmocka_unit_test(test_family_decides_version),
		cmocka_unit_test(test_every_family_has_a_version),
	};

	const struct CMUnitTest without_corpus[] = {
		cmocka_unit_test(test_every_family_has_a_version),
	};
	int rc;

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	if (access(CORPUS, R_OK) == 0)
		return cmocka_run_group_tests(tests, NULL, NULL);
	/* automake's SKIP: the corpus tests could not run (the others still must pass) */
	rc = cmocka_run_group_tests(without_corpus, NULL, NULL);
	if (rc == 0)
		printf("SKIP: the corpus is not at %s (%s): the descriptor tests did not run\n", CORPUS,
		       strerror(errno));
	return rc ? rc : 77;
}
