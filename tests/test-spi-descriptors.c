/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-spi-descriptors.c - FREGn decode against ifdtool's FLREGn decode of 46 real flash descriptors (corpus). */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit.h"

#include "spi/spi.h"

/*
 * The SPI controller's FREGn registers are loaded from the descriptor's FLREGn words
 * (flashrom ich_descriptors.c decodes both with the same ICH_FREG_BASE/LIMIT). The
 * corpus holds, for 46 real machines, the descriptor and "ifdtool -d" output, where
 * ifdtool (an independent decoder, coreboot util/ifdtool) prints for each FLREGn
 *   FLREG2:    0x03d80001
 *     Flash Region 2 (Intel ME): 00001000 - 003d8fff
 * and "(unused)" after base > limit. Each such pair is decoded here as a FREG value and
 * must give the same base, limit and unused flag. Decodes the corpus marks "NOT A RELIABLE ORACLE"
 * (ifdtool without a platform for that chip) are skipped.
 */

struct stats {
	unsigned files, pairs;
};

static void check_pair(const char *file, unsigned n, uint32_t value, uint32_t base, uint32_t limit,
		       bool unused)
{
	struct spi_raw raw;
	struct spi_facts f;
	const struct spi_region *r;

	memset(&raw, 0, sizeof(raw));
	raw.layout = SPI_LAYOUT_PCH300; /* 16 FREGs, same field layout on every generation */
	raw.spibar_known = true;
	reg_set(&raw.hsfs, "HSFSTS_CTL", 4, 0, 0x0000e000);
	reg_set(&raw.frap, "FRAP", 4, 0, 0x0000ffff);
	reg_set(&raw.freg[n], "FREG", 4, 0, value);
	spi_decode(&raw, &f);
	r = &f.regions[n];
	assert_true(r->known);
	/* For IFDv1 descriptors ifdtool masks 12 bits (01fff000 prints as 00fff000): the
	 * extra bits only ever appear in the unused-region pattern, so an unused region is
	 * compared by its flag alone. */
	if (unused) {
		if (!r->unused)
			fail_msg("%s: FLREG%u 0x%08x: ifdtool says unused, decoded 0x%08x-0x%08x",
				 file, n, value, r->base, r->limit);
		return;
	}
	if (r->base != base || r->limit != limit)
		fail_msg("%s: FLREG%u 0x%08x: decoded 0x%08x-0x%08x, ifdtool printed 0x%08x-0x%08x",
			 file, n, value, r->base, r->limit, base, limit);
	/* ifdtool marks base > limit; an all-zero FLREGn past FLREG0 is unused for
	 * flashrom and Linux too, and ifdtool prints it as 00000000 - 00000fff. */
	if (r->unused != unused && !(n > 0 && value == 0))
		fail_msg("%s: FLREG%u 0x%08x: unused %d, ifdtool says %d", file, n, value, r->unused,
			 unused);
}

static void check_file(const char *dir, const char *name, struct stats *st)
{
	char path[1024], line[512];
	FILE *fp;
	bool have = false;
	unsigned n = 0;
	uint32_t value = 0;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "r");
	assert_non_null(fp);
	while (fgets(line, sizeof(line), fp)) {
		unsigned idx, a, b;
		char *p;

		if (line[0] == '#' && strstr(line, "NOT A RELIABLE ORACLE")) {
			fclose(fp);
			return;
		}
		if (sscanf(line, "FLREG%u: 0x%x", &idx, &a) == 2) {
			have = idx < SPI_MAX_REGIONS;
			n = idx;
			value = a;
			continue;
		}
		p = strstr(line, "Flash Region ");
		if (have && p && (p = strstr(p, "): ")) && sscanf(p + 3, "%x - %x", &a, &b) == 2) {
			check_pair(name, n, value, a, b, strstr(line, "(unused)") != NULL);
			st->pairs++;
			have = false;
		}
	}
	fclose(fp);
	st->files++;
}

static void test_flreg_vs_ifdtool(void **state)
{
	struct stats st = { 0 };
	struct dirent **list;
	char corpus[512];
	int n;

	(void)state;
	unit_corpus(corpus, sizeof(corpus), "descriptors");
	n = scandir(corpus, &list, NULL, alphasort);
	if (n < 0)
		unit_skip("%s: %s (the corpus is outside the project; set CORPUS_DIR)", corpus,
			  strerror(errno));
	for (int i = 0; i < n; i++) {
		static const char suffix[] = ".ifdtool-d.txt";
		const char *nm = list[i]->d_name;
		size_t len = strlen(nm), sl = sizeof(suffix) - 1;

		if (len > sl && strcmp(nm + len - sl, suffix) == 0)
			check_file(corpus, nm, &st);
		free(list[i]);
	}
	free(list);
	print_message("checked %u FLREG decodes in %u ifdtool outputs\n", st.pairs, st.files);
	assert_true(st.files >= 40); /* 42 reliable decodes in the corpus of 2026-11 */
	assert_true(st.pairs >= 200);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flreg_vs_ifdtool),
	};
	return unit_main(tests, argc, argv);
}
