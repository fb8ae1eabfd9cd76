/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-spi-snapshots.c - every family's snapshot replays through spi_collect/spi_decode/--regions as expected. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>

#include "unit.h"

#include "chipset/chipset.h"
#include "hw/hw.h"
#include "inspect.h"
#include "report/regions.h"
#include "report/verdict.h"
#include "spi/spi.h"

/*
 * What each snapshot must decode to: its "# expect:" comment line, next to the values and
 * the public log they came from (the line above it says when they are real), e.g.
 *   # expect: spibar=0xfed1f800 flockdn=yes ble=yes smm_bwp=unknown region=1 base=0x3000
 *     limit=0x7fffff read=yes write=yes
 * spibar=none: no SPI controller (fwh); without region=, no region is checked.
 */
struct expect {
	char key[32];
	uint64_t spibar;           /* 0: no SPIBAR (fwh) */
	enum tri flockdn, ble, smm_bwp;
	int region;                /* a region to check, -1: none */
	uint32_t base, limit;
	enum tri rd, wr;
};

static bool parse_tri(const char *v, enum tri *t)
{
	static const struct enum_name names[] = {
		{ TRI_YES, "yes" }, { TRI_NO, "no" }, { TRI_UNKNOWN, "unknown" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (strcmp(v, names[i].name) == 0) {
			*t = (enum tri)names[i].value;
			return true;
		}
	return false;
}

/* One "key=value" of the expect line into e; false for a key or value it does not know. */
static bool parse_fact(struct expect *e, const char *k, const char *v)
{
	char *end;
	unsigned long long n = strtoull(v, &end, 0);
	bool num = *v && !*end;

	if (!strcmp(k, "spibar")) {
		e->spibar = strcmp(v, "none") ? n : 0;
		return !strcmp(v, "none") || num;
	}
	if (!strcmp(k, "flockdn"))
		return parse_tri(v, &e->flockdn);
	if (!strcmp(k, "ble"))
		return parse_tri(v, &e->ble);
	if (!strcmp(k, "smm_bwp"))
		return parse_tri(v, &e->smm_bwp);
	if (!strcmp(k, "read"))
		return parse_tri(v, &e->rd);
	if (!strcmp(k, "write"))
		return parse_tri(v, &e->wr);
	if (!strcmp(k, "region"))
		e->region = (int)n;
	else if (!strcmp(k, "base"))
		e->base = (uint32_t)n;
	else if (!strcmp(k, "limit"))
		e->limit = (uint32_t)n;
	else
		return false;
	return num;
}

/* Reads the "# expect:" line of tests/snapshots/<key>.snap; fails the test, naming the file
 * and line, when there is none or it does not parse. */
static void load_expect(const char *key, struct expect *e)
{
	char path[512], line[512];
	unsigned lineno = 0;
	bool found = false;
	FILE *f;

	*e = (struct expect){ .region = -1 };
	snprintf(e->key, sizeof(e->key), "%s", key);
	snprintf(path, sizeof(path), "%s/tests/snapshots/%s.snap", SRCDIR, key);
	f = fopen(path, "r");
	if (!f)
		fail_msg("family %s has no snapshot: %s: %s (add one, with its # expect: line)",
			 key, path, strerror(errno));
	while (fgets(line, sizeof(line), f)) {
		char *save = NULL, *tok;

		lineno++;
		if (strncmp(line, "# expect:", 9) != 0)
			continue;
		found = true;
		for (tok = strtok_r(line + 9, " \t\n", &save); tok; tok = strtok_r(NULL, " \t\n", &save)) {
			char *eq = strchr(tok, '=');

			if (!eq)
				fail_msg("%s:%u: \"%s\" is not key=value", path, lineno, tok);
			*eq = '\0';
			if (!parse_fact(e, tok, eq + 1))
				fail_msg("%s:%u: %s=%s: unknown key or value", path, lineno, tok, eq + 1);
		}
	}
	fclose(f);
	if (!found)
		fail_msg("%s: no \"# expect:\" line says what it must decode to", path);
}

struct run {
	struct spi_raw raw;
	struct spi_facts f;
	char *text;
	size_t len;
};

/* The judge's region answers for these facts, as the report makes them. */
static void report(FILE *out, const struct chipset_family *fam, const struct run *r, bool verbose)
{
	struct inspection *in = calloc(1, sizeof(*in));

	assert_non_null(in);
	in->id.family = fam;
	in->spi_collected = true;
	in->spi_raw = r->raw;
	in->spi = r->f;
	judge_verdict(in);
	report_regions(out, &r->raw, &r->f, in->verdict.regions, verbose, 0);
	free(in);
}

static int replay(const char *key, struct run *r, bool verbose)
{
	char path[512];
	struct failure fail;
	struct hw *hw;
	FILE *out;
	const struct chipset_family *fam = chipset_family_by_key(key);

	if (!fam)
		return -ENOENT;
	snprintf(path, sizeof(path), "%s/tests/snapshots/%s.snap", SRCDIR, key);
	hw = hw_replay_open(path, &fail);
	if (!hw) {
		print_error("%s: %s: %s\n", path, fail.what, fail.why);
		return -EIO;
	}
	spi_collect(hw, fam, PCI_LOC(0, 0x1f, 0), &r->raw);
	hw_close(hw);
	spi_decode(&r->raw, &r->f);
	out = open_memstream(&r->text, &r->len);
	assert_non_null(out);
	report(out, fam, r, verbose);
	fclose(out);
	return 0;
}

/* Every family has a snapshot with an expect line, and every snapshot with an expect line
 * is named after a family (tests/snapshots/<key>.snap). */
static void test_every_family_has_a_snapshot(void **state)
{
	char dir[512];
	struct dirent *d;
	DIR *dp;

	(void)state;
	for (size_t i = 0; i < chipset_families_count; i++) {
		struct expect e;

		load_expect(chipset_families[i].key, &e);
	}
	snprintf(dir, sizeof(dir), "%s/tests/snapshots", SRCDIR);
	dp = opendir(dir);
	assert_non_null(dp);
	while ((d = readdir(dp))) {
		char path[1024], line[512], key[256];
		size_t n = strlen(d->d_name);
		bool expects = false;
		FILE *f;

		if (n < 6 || strcmp(d->d_name + n - 5, ".snap") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		f = fopen(path, "r");
		assert_non_null(f);
		while (fgets(line, sizeof(line), f))
			expects |= strncmp(line, "# expect:", 9) == 0;
		fclose(f);
		snprintf(key, sizeof(key), "%.*s", (int)(n - 5), d->d_name);
		if (expects && !chipset_family_by_key(key))
			fail_msg("%s has an expect line but no family \"%s\" in src/chipset/families.c",
				 path, key);
	}
	closedir(dp);
}

static bool reg_fine(const struct reg *r)
{
	/* read and valid, or simply absent from the snapshot; nothing else */
	return !r->read || r->status == 0 || r->status == -HW_ENOTREC;
}

static void check_one(const struct expect *e)
{
	struct run r = { 0 };
	const struct spi_traits *t;

	if (replay(e->key, &r, true) != 0)
		fail_msg("%s: snapshot does not replay", e->key);
	t = spi_traits_of(r.raw.layout);
	if (e->spibar == 0) {
		assert_false(r.raw.spibar_known);
		assert_non_null(strstr(r.text, "SPIBAR: none"));
	} else {
		if (!r.raw.spibar_known)
			fail_msg("%s: SPIBAR unknown: %s", e->key, r.raw.spibar_why);
		assert_int_equal(r.raw.spibar, e->spibar);
	}
	assert_true(reg_fine(&r.raw.hsfs));
	assert_true(reg_fine(&r.raw.frap));
	for (unsigned i = 0; i < SPI_MAX_REGIONS; i++)
		assert_true(reg_fine(&r.raw.freg[i]));
	for (unsigned i = 0; i < SPI_MAX_PR; i++)
		assert_true(reg_fine(&r.raw.pr[i]));
	if (r.f.flockdn != e->flockdn)
		fail_msg("%s: FLOCKDN %s, expected %s", e->key, tri_name(r.f.flockdn), tri_name(e->flockdn));
	if (r.f.bc.ble != e->ble || r.f.bc.smm_bwp != e->smm_bwp)
		fail_msg("%s: BLE %s SMM_BWP %s", e->key, tri_name(r.f.bc.ble), tri_name(r.f.bc.smm_bwp));
	if (e->region >= 0) {
		const struct spi_region *g = &r.f.regions[e->region];

		if (!g->known || g->unused || g->base != e->base || g->limit != e->limit ||
		    g->read != e->rd || g->write != e->wr)
			fail_msg("%s: FREG%d: known %d unused %d 0x%08x-0x%08x read %s write %s (%s)",
				 e->key, e->region, g->known, g->unused, g->base, g->limit,
				 tri_name(g->read), tri_name(g->write), g->access_why ? g->access_why : "");
	}
	/* the layout's register count is what was read */
	if (!t->ich7 && e->spibar) {
		unsigned n = 0;

		for (unsigned i = 0; i < SPI_MAX_REGIONS; i++)
			n += r.raw.freg[i].read;
		assert_int_equal(n, t->nfreg);
	}
	/* unknown is printed as such, never as a value */
	assert_null(strstr(r.text, "(null)"));
	free(r.text);
}

static void test_snapshots_decode(void **state)
{
	(void)state;
	for (size_t i = 0; i < chipset_families_count; i++) {
		struct expect e;

		load_expect(chipset_families[i].key, &e);
		check_one(&e);
	}
}

/* chipsec TGL: what its modules concluded, seen in the --regions text. */
static void test_tgl_regions_text(void **state)
{
	struct run r = { 0 };

	(void)state;
	assert_int_equal(replay("pch500", &r, false), 0);
	assert_non_null(strstr(r.text, "SPIBAR: 0x68800000 (BAR0 of 0000:00:1f.5 via the OS)"));
	assert_non_null(strstr(r.text, "SPI configuration lock-down              locked (FLOCKDN=1)"));
	/* DLOCK was not recorded: unknown with the reason */
	assert_non_null(strstr(r.text, "unknown (DLOCK: not recorded in the snapshot)"));
	/* FREG6 not recorded */
	assert_non_null(strstr(r.text, "FREG6 BIOS2       unknown                unknown    unknown  unknown\n"));
	assert_non_null(strstr(r.text, "  FREG6 BIOS2       read: FREG6 could not be read (not recorded in the "
				       "snapshot): the descriptor lets the host read the BIOS2 region"));
	/* BIOS region: FRAP allows, BIOS_CNTL (BLE + EISS) blocks */
	assert_non_null(strstr(r.text, "write: BIOS_CNTL has BLE and SMM_BWP set: only SMM may write"));
	free(r.text);
}

/* Z400 (ICH10): PR0 write-protects the top 64 KiB of BIOS; SMM_BWP is not defined there. */
static void test_ich10_regions_text(void **state)
{
	struct run r = { 0 };

	(void)state;
	assert_int_equal(replay("ich10", &r, true), 0);
	assert_non_null(strstr(r.text, "PR0   0x001f0000-0x001fffff write-protected (overlaps BIOS)"));
	/* the judge's answer: FLOCKDN keeps PR0, which covers the top 64 KiB of BIOS */
	assert_non_null(strstr(r.text, "1 MiB      yes      partly\n"));
	assert_non_null(strstr(r.text, "  FREG1 BIOS        write: PR0 protects 0x001f0000-0x001fffff "
				       "against writes and FLOCKDN keeps it"));
	assert_non_null(strstr(r.text, "write: the descriptor denies the host write access to the "
				       "Descriptor region (FREG0)"));
	assert_non_null(strstr(r.text, "1012 KiB   no       no\n"));
	assert_non_null(strstr(r.text, "  FREG2 ME          read: the descriptor denies the host read "
				       "access to the ME region (FREG2); write: "));
	assert_non_null(strstr(r.text, "SMM BIOS write protect                 not defined on this chipset (SMM_BWP is not a BIOS_CNTL bit here)"));
	assert_non_null(strstr(r.text, "FLOCKDN        [   15] = 0x1"));
	free(r.text);
}

/* Override strap set (FDOPSS=0): what FRAP denies is shown as not enforced. */
static void test_override_strap_text(void **state)
{
	struct run r = { 0 };
	FILE *out;

	(void)state;
	assert_int_equal(replay("pch5", &r, false), 0);
	free(r.text);
	r.raw.hsfs.value &= ~(1u << HSFS_FDOPSS);
	spi_decode(&r.raw, &r.f);
	assert_int_equal(r.f.fdopss, TRI_NO);
	assert_string_equal(r.f.regions[0].name, "Descriptor");
	out = open_memstream(&r.text, &r.len);
	report(out, chipset_family_by_key("pch5"), &r, false);
	fclose(out);
	/* flashrom's answer is yes; the reason says what the descriptor would deny */
	assert_non_null(strstr(r.text, "but the override strap is set (FDOPSS=0), so the chipset does "
				       "not enforce it"));
	assert_non_null(strstr(r.text, "SET: descriptor permissions are not enforced (FDOPSS=0)"));
	assert_non_null(strstr(r.text, "yes      yes\n"));
	assert_non_null(strstr(r.text, "read: the descriptor override strap"));
	free(r.text);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_family_has_a_snapshot),
		cmocka_unit_test(test_snapshots_decode),
		cmocka_unit_test(test_tgl_regions_text),
		cmocka_unit_test(test_ich10_regions_text),
		cmocka_unit_test(test_override_strap_text),
	};
	return unit_main(tests, argc, argv);
}
