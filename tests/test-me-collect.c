/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-me-collect.c - me_collect on a stand-in backend: where it reads, what it makes of sysfs. */
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

#include "chipset/chipset.h"
#include "me/me.h"

/* One canned answer: a config read (loc, off) or a file / directory (path). */
struct canned {
	char kind;           /* 'p' pci, 'f' file, 'd' dir */
	struct pci_loc loc;
	unsigned off;
	const char *path;
	int rc;
	uint64_t value;
	const char *text;
};

struct fake {
	const struct canned *c;
	size_t n;
	unsigned pci_reads_at_16; /* reads made at 00:16.0 */
};

static const struct canned *find(struct hw *hw, char kind, struct pci_loc loc, unsigned off,
				 const char *path)
{
	struct fake *fk = hw->priv;

	for (size_t i = 0; i < fk->n; i++) {
		const struct canned *c = &fk->c[i];

		if (c->kind != kind)
			continue;
		if (kind == 'p' && pci_loc_eq(c->loc, loc) && c->off == off)
			return c;
		if (kind != 'p' && strcmp(c->path, path) == 0)
			return c;
	}
	return NULL;
}

static int fk_pci_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val)
{
	const struct canned *c = find(hw, 'p', loc, off, NULL);
	struct fake *fk = hw->priv;

	(void)width;
	if (loc.dev == 0x16)
		fk->pci_reads_at_16++;
	if (!c)
		return -ENOENT;
	if (c->rc)
		return c->rc;
	*val = c->value;
	return 0;
}

static int fk_text(struct hw *hw, char kind, const char *path, struct buf *out)
{
	const struct canned *c = find(hw, kind, PCI_LOC(0, 0, 0), 0, path);

	if (!c)
		return -ENOENT;
	if (c->rc)
		return c->rc;
	out->data = strdup(c->text);
	out->len = strlen(c->text);
	return out->data ? 0 : -ENOMEM;
}

static int fk_file_read(struct hw *hw, const char *path, struct buf *out)
{
	return fk_text(hw, 'f', path, out);
}

static int fk_dir_read(struct hw *hw, const char *path, struct buf *out)
{
	return fk_text(hw, 'd', path, out);
}

static int fk_mem_read(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	(void)hw, (void)phys, (void)width, (void)val;
	return -EACCES;
}

static int fk_pci_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	(void)hw, (void)locs, (void)n;
	return 0;
}

static void fk_close(struct hw *hw)
{
	(void)hw;
}

static const struct hw_backend fake_backend = {
	.name = "fake",
	.pci_scan = fk_pci_scan,
	.pci_read = fk_pci_read,
	.mem_read = fk_mem_read,
	.file_read = fk_file_read,
	.dir_read = fk_dir_read,
	.close = fk_close,
};

#define P(d, o, r, v) { .kind = 'p', .loc = PCI_LOC(0, (d), 0), .off = (o), .rc = (r), .value = (v) }
#define FILE_(p, r, t) { .kind = 'f', .path = (p), .rc = (r), .text = (t) }
#define DIR_(p, r, t) { .kind = 'd', .path = (p), .rc = (r), .text = (t) }

static void collect(const struct canned *c, size_t n, const struct chipset_family *fam,
		    struct me_raw *raw, struct fake *fk)
{
	struct hw hw = { .ops = &fake_backend, .priv = fk };

	fk->c = c;
	fk->n = n;
	fk->pci_reads_at_16 = 0;
	me_collect(&hw, fam, raw);
}

/* A hand-made family, so that these tests do not depend on the chipset table. */
static struct chipset_family family(const char *key, struct pci_loc heci, enum me_layout me)
{
	struct chipset_family f;

	memset(&f, 0, sizeof(f));
	f.key = key;
	f.name = key;
	f.heci = heci;
	f.me = me;
	return f;
}

/*
 * Not root: the config-space header answers, HFSTS is refused (EACCES),
 * sysfs fw_status holds the 6 words. Values: fwupd's plugin recording
 * plugins/intel-me-pci/tests/intel-me-setup.json (8086:7a68, ASUS
 * 1043:8882, fw_ver 16.1.32.2473).
 */
static void test_nonroot_sysfs(void **state)
{
	static const struct canned c[] = {
		P(0x16, 0x00, 0, 0x7a688086),
		P(0x16, 0x40, -EACCES, 0), P(0x16, 0x48, -EACCES, 0), P(0x16, 0x60, -EACCES, 0),
		P(0x16, 0x64, -EACCES, 0), P(0x16, 0x68, -EACCES, 0), P(0x16, 0x6c, -EACCES, 0),
		DIR_("/sys/bus/pci/devices/0000:00:16.0/mei", 0, "mei0\n"),
		FILE_("/sys/class/mei/mei0/fw_status", 0,
		      "90000245\n00F10506\n00000020\n00004400\n00000000\n40200002\n"),
		FILE_("/sys/class/mei/mei0/fw_ver", 0,
		      "0:16.1.32.2473\n0:16.1.32.2473\n0:16.1.25.2035\n"),
	};
	struct chipset_family fam = family("pch700", PCI_LOC(0, 0x16, 0), ME_LAYOUT_CSME16_17);
	struct me_raw raw;
	struct me_facts f;
	struct fake fk;

	(void)state;
	collect(c, ARRAY_SIZE(c), &fam, &raw, &fk);
	assert_true(raw.loc_known);
	assert_true(reg_ok(&raw.id));
	assert_int_equal(raw.cfg[0].status, -EACCES);
	assert_int_equal(raw.sysfs_words, 6);
	assert_int_equal(raw.sysfs[0].value, 0x90000245);
	assert_int_equal(raw.sysfs[5].value, 0x40200002);
	assert_string_equal(raw.sysfs_path, "/sys/class/mei/mei0");
	assert_string_equal(raw.sysfs[1].where, "/sys/class/mei/mei0/fw_status word 2");
	assert_string_equal(raw.fw_ver, "0:16.1.32.2473");
	assert_int_equal(raw.sysfs_err, 0);

	me_decode(&raw, fam.me, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_int_equal(f.layout, ME_LAYOUT_CSME16_17);
	assert_string_equal(f.hfsts_source[0], "sysfs fw_status word 1");
	assert_false(f.sources_disagree);
	assert_string_equal(f.working_state.name, "Normal");
}

/* Two words (Linux MEI_CFG_PCH_HFS, 6/7-series) and one word (ICH10) are fine. */
static void test_short_fw_status(void **state)
{
	static const struct canned c[] = {
		P(0x16, 0x00, 0, 0x1e3a8086),
		DIR_("/sys/bus/pci/devices/0000:00:16.0/mei", 0, "mei0\n"),
		FILE_("/sys/class/mei/mei0/fw_status", 0, "1E000245\n69000006\n"),
		FILE_("/sys/class/mei/mei0/fw_ver", -ENOENT, NULL),
	};
	struct chipset_family fam = family("pch7", PCI_LOC(0, 0x16, 0), ME_LAYOUT_ME1_10);
	struct me_raw raw;
	struct me_facts f;
	struct fake fk;

	(void)state;
	collect(c, ARRAY_SIZE(c), &fam, &raw, &fk);
	assert_int_equal(raw.sysfs_words, 2);
	assert_false(raw.sysfs[2].read);
	assert_non_null(strstr(raw.fw_ver_why, "fw_ver could not be read (ENOENT)"));
	me_decode(&raw, fam.me, &f);
	assert_int_equal(f.layout, ME_LAYOUT_ME1_10);
	assert_string_equal(f.hfsts_source[1], "sysfs fw_status word 2");
	assert_null(f.hfsts_source[2]);
	assert_string_equal(f.progress_phase.name, "Host Communication");
}

/*
 * Denverton: the family puts the interface at 00:18.0 (coreboot
 * denverton_ns pci_devs.h PCH_DEV_SLOT_ME 0x18). Nothing may be read at
 * 00:16.0: chipsec does, and reports a false manufacturing mode there
 * (github chipsec/chipsec issue #846). The HFSTS1 value is constructed.
 */
static void test_denverton_location(void **state)
{
	static const struct canned c[] = {
		P(0x16, 0x00, 0, 0xffffffff), P(0x16, 0x40, 0, 0xffffffff),
		P(0x18, 0x00, 0, 0x19e58086), P(0x18, 0x40, 0, 0x000f0245),
		DIR_("/sys/bus/pci/devices/0000:00:18.0/mei", 0, "mei0\n"),
		FILE_("/sys/class/mei/mei0/fw_status", 0, "000F0245\n00000000\n"),
		FILE_("/sys/class/mei/mei0/fw_ver", 0, "0:4.0.4.380\n"),
	};
	struct chipset_family fam = family("dnv", PCI_LOC(0, 0x18, 0), ME_LAYOUT_SPS);
	struct me_raw raw;
	struct me_facts f;
	struct fake fk;

	(void)state;
	collect(c, ARRAY_SIZE(c), &fam, &raw, &fk);
	assert_int_equal(fk.pci_reads_at_16, 0);
	assert_int_equal(raw.loc.dev, 0x18);
	assert_string_equal(raw.cfg[0].where, "0000:00:18.0 cfg 0x40");
	me_decode(&raw, fam.me, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_int_equal(f.layout, ME_LAYOUT_SPS);
	assert_int_equal(f.mfg_mode, TRI_NO);
}

/*
 * HFSTS lives on function 0 only, whatever function the family names
 * (Linux hw-me.c reads it at PCI_DEVFN(slot, 0)). intelmetool once read
 * HECI #2 (8086:a13b, function 1) of a Sunrise Point-H board and printed
 * "ME Status : 0x0" as Reset / Preboot (github corna/me_cleaner issue #3).
 */
static void test_function_zero(void **state)
{
	static const struct canned c[] = {
		P(0x16, 0x00, 0, 0x51e08086), P(0x16, 0x40, 0, 0x90000245),
	};
	struct chipset_family fam = family("pch600", PCI_LOC(0, 0x16, 3), ME_LAYOUT_CSME16_17);
	struct me_raw raw;
	struct fake fk;

	(void)state;
	collect(c, ARRAY_SIZE(c), &fam, &raw, &fk);
	assert_int_equal(raw.loc.fn, 0);
	assert_int_equal(raw.cfg[0].value, 0x90000245);
}

/* Absent: all ones, no mei directory for the function. */
static void test_absent_hidden(void **state)
{
	static const struct canned c[] = {
		P(0x16, 0x00, 0, 0xffffffff), P(0x16, 0x40, 0, 0xffffffff),
		P(0x16, 0x48, 0, 0xffffffff), P(0x16, 0x60, 0, 0xffffffff),
		P(0x16, 0x64, 0, 0xffffffff), P(0x16, 0x68, 0, 0xffffffff),
		P(0x16, 0x6c, 0, 0xffffffff),
		DIR_("/sys/class/mei", 0, ""),
	};
	struct chipset_family fam = family("pch300", PCI_LOC(0, 0x16, 0), ME_LAYOUT_CSME11_15);
	struct me_raw raw;
	struct me_facts f;
	struct fake fk;

	(void)state;
	collect(c, ARRAY_SIZE(c), &fam, &raw, &fk);
	assert_int_equal(raw.id.status, -REG_EALLONES);
	assert_int_equal(raw.sysfs_err, -ENOENT);
	assert_non_null(strstr(raw.sysfs_why, "the kernel has no MEI device for 0000:00:16.0"));
	me_decode(&raw, fam.me, &f);
	assert_int_equal(f.presence, ME_ABSENT);
}

/* No family: config space is not guessed; a single MEI device in sysfs is used. */
static void test_no_family(void **state)
{
	static const struct canned c[] = {
		DIR_("/sys/class/mei", 0, "mei0\n"),
		FILE_("/sys/class/mei/mei0/fw_status", 0, "A0000245\n"),
		FILE_("/sys/class/mei/mei0/fw_ver", 0, "0:15.0.22.1622\n"),
	};
	static const struct canned two[] = {
		DIR_("/sys/class/mei", 0, "mei0\nmei1\n"),
	};
	struct me_raw raw;
	struct me_facts f;
	struct fake fk;

	(void)state;
	collect(c, ARRAY_SIZE(c), NULL, &raw, &fk);
	assert_false(raw.loc_known);
	assert_false(raw.id.read);
	assert_false(raw.cfg[0].read);
	assert_int_equal(fk.pci_reads_at_16, 0);
	assert_int_equal(raw.sysfs_words, 1);
	me_decode(&raw, ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_int_equal(f.layout, ME_LAYOUT_CSME11_15);
	assert_int_equal(f.major, 15);

	collect(two, ARRAY_SIZE(two), NULL, &raw, &fk);
	assert_int_equal(raw.sysfs_words, 0);
	assert_non_null(strstr(raw.sysfs_why, "lists 2 devices and their PCI functions could not be read"));
	me_decode(&raw, ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.presence, ME_PRESENCE_UNKNOWN);
}

/*
 * No family, several MEI devices: each "device" link's uevent names its function;
 * the lowest function is taken, and its config space is read too (here refused, as
 * for a user who is not root). Values: the fwupd recording above.
 */
static void test_no_family_device_link(void **state)
{
	static const struct canned c[] = {
		DIR_("/sys/class/mei", 0, "mei0\nmei1\n"),
		FILE_("/sys/class/mei/mei0/device/uevent", 0, "DRIVER=mei_me\nPCI_SLOT_NAME=0000:00:16.4\n"),
		FILE_("/sys/class/mei/mei1/device/uevent", 0, "PCI_ID=8086:7A68\nPCI_SLOT_NAME=0000:00:16.0\nMODALIAS=x\n"),
		FILE_("/sys/class/mei/mei1/fw_status", 0, "90000245\n00F10506\n00000020\n00004400\n00000000\n40200002\n"),
		FILE_("/sys/class/mei/mei1/fw_ver", 0, "0:16.1.32.2473\n"),
		P(0x16, 0x00, 0, 0x7a688086),
		P(0x16, 0x40, -EACCES, 0),
	};
	static const struct canned missing[] = {
		DIR_("/sys/class/mei", -ENOENT, NULL),
	};
	struct me_raw raw;
	struct me_facts f;
	struct fake fk;

	(void)state;
	collect(c, ARRAY_SIZE(c), NULL, &raw, &fk);
	assert_true(raw.loc_known);
	assert_true(raw.loc_from_sysfs);
	assert_int_equal(raw.loc.dev, 0x16);
	assert_int_equal(raw.loc.fn, 0);
	assert_string_equal(raw.sysfs_path, "/sys/class/mei/mei1");
	assert_int_equal(raw.sysfs_words, 6);
	assert_true(raw.id.read && raw.id.status == 0);
	assert_int_equal(raw.cfg[0].status, -EACCES);
	me_decode(&raw, ME_LAYOUT_UNKNOWN, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_int_equal(f.layout, ME_LAYOUT_CSME16_17);

	collect(missing, ARRAY_SIZE(missing), NULL, &raw, &fk);
	assert_false(raw.loc_known);
	assert_int_equal(raw.sysfs_err, -ENOENT);
	assert_non_null(strstr(raw.sysfs_why, "/sys/class/mei is missing: the mei_me / mei_txe driver is not loaded"));
	assert_int_equal(fk.pci_reads_at_16, 0);
}

/* Bad fw_status text is an error with its reason, never half a set of words. */
static void test_malformed_fw_status(void **state)
{
	static const struct canned bad[] = {
		P(0x16, 0x00, 0, 0x51e08086),
		DIR_("/sys/bus/pci/devices/0000:00:16.0/mei", 0, "mei0\n"),
		FILE_("/sys/class/mei/mei0/fw_status", 0, "90000245\nzz\n"),
	};
	static const struct canned many[] = {
		P(0x16, 0x00, 0, 0x51e08086),
		DIR_("/sys/bus/pci/devices/0000:00:16.0/mei", 0, "mei0\n"),
		FILE_("/sys/class/mei/mei0/fw_status", 0, "1\n2\n3\n4\n5\n6\n7\n"),
	};
	static const struct canned big[] = {
		P(0x16, 0x00, 0, 0x51e08086),
		DIR_("/sys/bus/pci/devices/0000:00:16.0/mei", 0, "mei0\n"),
		FILE_("/sys/class/mei/mei0/fw_status", 0, "190000245\n"),
	};
	static const struct canned refused[] = {
		P(0x16, 0x00, 0, 0x51e08086),
		DIR_("/sys/bus/pci/devices/0000:00:16.0/mei", -EACCES, NULL),
	};
	struct chipset_family fam = family("pch600", PCI_LOC(0, 0x16, 0), ME_LAYOUT_CSME16_17);
	struct me_raw raw;
	struct me_facts f;
	struct fake fk;

	(void)state;
	collect(bad, ARRAY_SIZE(bad), &fam, &raw, &fk);
	assert_int_equal(raw.sysfs_words, 0);
	assert_false(raw.sysfs[0].read);
	assert_non_null(strstr(raw.sysfs_why, "malformed"));
	collect(many, ARRAY_SIZE(many), &fam, &raw, &fk);
	assert_int_equal(raw.sysfs_words, 0);
	assert_non_null(strstr(raw.sysfs_why, "more than 6 words"));
	collect(big, ARRAY_SIZE(big), &fam, &raw, &fk);
	assert_int_equal(raw.sysfs_words, 0);
	collect(refused, ARRAY_SIZE(refused), &fam, &raw, &fk);
	assert_int_equal(raw.sysfs_err, -EACCES);
	assert_non_null(strstr(raw.sysfs_why, "could not be listed (EACCES)"));
	/* the device answers (Intel), HFSTS not readable: present, values unknown */
	me_decode(&raw, fam.me, &f);
	assert_int_equal(f.presence, ME_PRESENT);
	assert_false(reg_ok(&f.hfsts[0]));
}

/*
 * The chipset table puts the interface where the issue says: 00:1a.0 on
 * Bay Trail / Braswell (TXE; coreboot baytrail pci_devs.h TXE_DEV 0x1a),
 * 00:0f.0 on Apollo / Gemini Lake (Linux hw-me-regs.h MEI_DEV_ID_APL_I,
 * GLK), 00:18.0 on Denverton, 00:16.0 elsewhere; and collect reads there.
 */
static void test_family_locations(void **state)
{
	static const struct {
		const char *key;
		uint8_t dev;
	} want[] = {
		{ "baytrail", 0x1a }, { "braswell", 0x1a }, { "apl", 0x0f }, { "glk", 0x0f },
		{ "dnv", 0x18 },      { "pch100", 0x16 },   { "pch600", 0x16 }, { "mtl", 0x16 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(want); i++) {
		const struct chipset_family *fam = chipset_family_by_key(want[i].key);
		struct canned c[] = { P(want[i].dev, 0x00, 0, 0x12348086), P(want[i].dev, 0x40, 0, 0x245) };
		struct me_raw raw;
		struct fake fk;

		assert_non_null(fam);
		assert_int_equal(fam->heci.dev, want[i].dev);
		assert_int_equal(fam->heci.fn, 0);
		collect(c, ARRAY_SIZE(c), fam, &raw, &fk);
		assert_int_equal(raw.cfg[0].value, 0x245);
		if (want[i].dev != 0x16)
			assert_int_equal(fk.pci_reads_at_16, 0);
	}
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nonroot_sysfs),
		cmocka_unit_test(test_short_fw_status),
		cmocka_unit_test(test_denverton_location),
		cmocka_unit_test(test_function_zero),
		cmocka_unit_test(test_absent_hidden),
		cmocka_unit_test(test_no_family),
		cmocka_unit_test(test_no_family_device_link),
		cmocka_unit_test(test_malformed_fw_status),
		cmocka_unit_test(test_family_locations),
	};

	return unit_main(tests, argc, argv);
}
