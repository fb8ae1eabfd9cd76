/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-ecam.c - pci_cfg_read: through the OS, else through ECAM at the ACPI MCFG base. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "unit.h"

#include "live-dump.h"

#include "hw/hw.h"
#include "reg.h"

/*
 * The OS view is tests/data/tgl-lp-hidden-spi.lspci: a Tiger Lake-LP (IDs
 * from chipsec's recordings, github chipsec/chipsec @ 82931b4d,
 * tests/modules/tgl/tglenumeration.json, where 00:1f.1 reads all ones too)
 * with 00:1f.5 absent. The ECAM view is a sparse file standing in for
 * /dev/mem. The MCFG base 0xc0000000 and the IDs of 00:1f.1 and bus 0x80
 * are test values.
 */
#define DUMP SRCDIR "/tests/data/tgl-lp-hidden-spi.lspci"
#define ECAM_BASE 0xc0000000ULL
#define ECAM_HIGH 0xd0000000ULL /* second entry: buses 0x80..0xff */
#define ECAM(base, b, d, f) ((base) + ((uint64_t)(b) << 20 | (uint64_t)(d) << 15 | (uint64_t)(f) << 12))

struct fixture {
	char dir[64];
	char root[96];
	char mcfg[160];
	char devmem[96];
};

struct mcfg_entry {
	uint64_t base;
	uint16_t seg;
	uint8_t start, end;
};

static void le_put(unsigned char *p, uint64_t v, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void put(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/*
 * An MCFG table (PCI Firmware Specification 3.0, table 4-3): ACPI header
 * with "MCFG" and the length, 8 reserved bytes, 16-byte entries. len_field
 * overrides the header's length when not 0; extra adds bytes after.
 */
static size_t build_mcfg(unsigned char *t, const struct mcfg_entry *e, size_t n,
			 uint32_t len_field, size_t extra)
{
	size_t len = 44 + 16 * n;

	memset(t, 0, len + extra);
	memcpy(t, "MCFG", 4);
	le_put(t + 4, len_field ? len_field : len, 4);
	t[8] = 1;               /* revision */
	memcpy(t + 10, "SPIINS", 6); /* OEM ID */
	for (size_t i = 0; i < n; i++) {
		unsigned char *p = t + 44 + 16 * i;

		le_put(p, e[i].base, 8);
		le_put(p + 8, e[i].seg, 2);
		p[10] = e[i].start;
		p[11] = e[i].end;
	}
	return len + extra;
}

static const struct mcfg_entry good_entries[] = {
	{ ECAM_BASE, 0, 0x00, 0x7f },
	{ ECAM_HIGH, 0, 0x80, 0xff },
};

static void write_mcfg(struct fixture *fx, const struct mcfg_entry *e, size_t n,
		       uint32_t len_field, size_t extra)
{
	unsigned char t[512];

	put(fx->mcfg, t, build_mcfg(t, e, n, len_field, extra));
}

static void pwrite32(int fd, uint64_t addr, uint32_t v)
{
	unsigned char b[4];

	le_put(b, v, 4);
	assert_int_equal(pwrite(fd, b, 4, (off_t)addr), 4);
}

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	char path[160];
	FILE *f;
	int fd;

	assert_non_null(fx);
	strcpy(fx->dir, "/tmp/test-ecam-XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	assert_int_equal(chmod(fx->dir, 0755), 0);
	snprintf(fx->root, sizeof(fx->root), "%s/root", fx->dir);
	snprintf(fx->devmem, sizeof(fx->devmem), "%s/mem", fx->dir);
	snprintf(fx->mcfg, sizeof(fx->mcfg), "%s/sys/firmware/acpi/tables/MCFG", fx->root);
	mkdir(fx->root, 0755);
	snprintf(path, sizeof(path), "%s/sys", fx->root);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/sys/firmware", fx->root);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/sys/firmware/acpi", fx->root);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/sys/firmware/acpi/tables", fx->root);
	mkdir(path, 0755);
	write_mcfg(fx, good_entries, 2, 0, 0);

	f = fopen(fx->devmem, "w");
	assert_non_null(f);
	fd = fileno(f);
	/* 00:1f.5, hidden from the OS: the SPI controller chipsec recorded. */
	pwrite32(fd, ECAM(ECAM_BASE, 0, 0x1f, 5) + 0x00, 0xa0a48086);
	pwrite32(fd, ECAM(ECAM_BASE, 0, 0x1f, 5) + 0x10, 0x68800000);
	pwrite32(fd, ECAM(ECAM_BASE, 0, 0x1f, 5) + 0xdc, 0x100008aa);
	/* 00:1f.1: all ones to the OS, present in ECAM. */
	pwrite32(fd, ECAM(ECAM_BASE, 0, 0x1f, 1) + 0x00, 0xa0a08086);
	/* 00:1f.6: absent everywhere, ECAM reads all ones. */
	pwrite32(fd, ECAM(ECAM_BASE, 0, 0x1f, 6) + 0x00, 0xffffffff);
	/* Bus 0x80 of the second entry: its base is bus 0's (Linux mcfg_ioremap). */
	pwrite32(fd, ECAM(ECAM_HIGH, 0x80, 0, 0) + 0x00, 0x12345678);
	pwrite32(fd, ECAM_HIGH, 0xdeadbeef); /* where base + (bus - start) << 20 would read */
	assert_int_equal(ftruncate(fd, (off_t)ECAM(ECAM_HIGH, 0x81, 0, 0)), 0);
	assert_int_equal(fclose(f), 0);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", fx->dir);
	free(fx);
	return 0;
}

static struct hw *open_live(const char *root, const char *devmem)
{
	return open_live_dump(DUMP, root, devmem);
}

static void expect(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, int rc,
		   uint64_t value, enum cfg_path path)
{
	uint64_t v = 0x5a5a5a5a;
	enum cfg_path p = (enum cfg_path)99;

	assert_int_equal(pci_cfg_read(hw, loc, off, width, &v, &p), rc);
	assert_int_equal(p, path);
	if (rc == 0)
		assert_int_equal(v, value);
	else
		assert_int_equal(v, 0x5a5a5a5a); /* nothing invented */
}

static void test_visible_os(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw = open_live(fx->root, fx->devmem);

	expect(hw, PCI_LOC(0, 0x1f, 0), 0x00, 4, 0, 0xa0828086, CFG_PATH_OS);
	expect(hw, PCI_LOC(0, 0x1f, 0), 0x08, 1, 0, 0x20, CFG_PATH_OS);
	expect(hw, PCI_LOC(0, 0x16, 0), 0x40, 4, 0, 0xa0000245, CFG_PATH_OS);
	expect(hw, PCI_LOC(0, 0x00, 0), 0x02, 2, 0, 0x9a14, CFG_PATH_OS);
	hw_close(hw);
}

static void test_hidden_ecam(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw = open_live(fx->root, fx->devmem);
	unsigned long before;

	expect(hw, PCI_LOC(0, 0x1f, 5), 0x00, 4, 0, 0xa0a48086, CFG_PATH_ECAM);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0x10, 4, 0, 0x68800000, CFG_PATH_ECAM);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, 0, 0x100008aa, CFG_PATH_ECAM);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 1, 0, 0xaa, CFG_PATH_ECAM);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xde, 2, 0, 0x1000, CFG_PATH_ECAM);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0x02, 2, 0, 0xa0a4, CFG_PATH_ECAM);
	/* Every step went through hw: OS read, MCFG file, vendor ID, register. */
	before = hw->reads;
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, 0, 0x100008aa, CFG_PATH_ECAM);
	assert_int_equal(hw->reads - before, 4);
	/* ECAM config offsets must be aligned to the width. */
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdd, 2, -EINVAL, 0, CFG_PATH_NONE);
	hw_close(hw);
}

static void test_all_ones_ecam(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw = open_live(fx->root, fx->devmem);
	uint64_t v;

	/* The OS answers, with all ones: hidden after enumeration. */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 1), 0, 4, &v), 0);
	assert_int_equal(v, 0xffffffff);
	expect(hw, PCI_LOC(0, 0x1f, 1), 0x00, 4, 0, 0xa0a08086, CFG_PATH_ECAM);
	expect(hw, PCI_LOC(0, 0x1f, 1), 0x00, 2, 0, 0x8086, CFG_PATH_ECAM);
	hw_close(hw);
}

static void test_absent(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw = open_live(fx->root, fx->devmem);

	/* ECAM reads all ones: nothing there. */
	expect(hw, PCI_LOC(0, 0x1f, 6), 0x00, 4, -ENODEV, 0, CFG_PATH_NONE);
	/* Segment 1 has no MCFG entry. */
	expect(hw, ((struct pci_loc){ 1, 0, 0x1f, 5 }), 0x00, 4, -ENODEV, 0, CFG_PATH_NONE);
	/* Past the stand-in file's end: refused, the OS's answer stands. */
	expect(hw, PCI_LOC(0x90, 0, 0), 0x00, 4, -ENODEV, 0, CFG_PATH_NONE);
	/* The second entry: bus 0x80 at ECAM_HIGH + (0x80 << 20). */
	expect(hw, PCI_LOC(0x80, 0, 0), 0x00, 4, 0, 0x12345678, CFG_PATH_ECAM);
	hw_close(hw);
}

static void test_mcfg_malformed(void **state)
{
	struct fixture *fx = *state;
	static const struct mcfg_entry inverted[] = { { ECAM_BASE, 0, 0x10, 0x0f } };
	static const struct mcfg_entry zero_base[] = { { 0, 0, 0x00, 0xff } };
	unsigned char t[512];
	size_t len;
	struct hw *hw;

	/* Short of a header. */
	build_mcfg(t, good_entries, 1, 0, 0);
	put(fx->mcfg, t, 10);
	hw = open_live(fx->root, fx->devmem);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -EINVAL, 0, CFG_PATH_NONE);
	/* A visible device does not need the table. */
	expect(hw, PCI_LOC(0, 0x1f, 0), 0x00, 4, 0, 0xa0828086, CFG_PATH_OS);
	hw_close(hw);

	/* Wrong signature. */
	len = build_mcfg(t, good_entries, 1, 0, 0);
	memcpy(t, "APIC", 4);
	put(fx->mcfg, t, len);
	hw = open_live(fx->root, fx->devmem);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -EINVAL, 0, CFG_PATH_NONE);
	hw_close(hw);

	/* Length field larger than the file, smaller than the header, no entries. */
	static const uint32_t lengths[] = { 44 + 16 * 3, 40, 44, 0xffffffff, 44 + 16 * 1000 };
	for (size_t i = 0; i < sizeof(lengths) / sizeof(lengths[0]); i++) {
		put(fx->mcfg, t, build_mcfg(t, good_entries, 2, lengths[i], 0));
		hw = open_live(fx->root, fx->devmem);
		expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -EINVAL, 0, CFG_PATH_NONE);
		hw_close(hw);
	}
	/* Far too many entries for any machine. */
	{
		static unsigned char huge[44 + 16 * 300];

		memset(huge, 0, sizeof(huge));
		memcpy(huge, "MCFG", 4);
		le_put(huge + 4, sizeof(huge), 4);
		for (size_t i = 0; i < 300; i++) {
			le_put(huge + 44 + 16 * i, ECAM_BASE, 8);
			huge[44 + 16 * i + 11] = 0xff;
		}
		put(fx->mcfg, huge, sizeof(huge));
		hw = open_live(fx->root, fx->devmem);
		expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -EINVAL, 0, CFG_PATH_NONE);
		hw_close(hw);
	}
	/* An entry whose end bus is below its start; one at address 0. */
	write_mcfg(fx, inverted, 1, 0, 0);
	hw = open_live(fx->root, fx->devmem);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -EINVAL, 0, CFG_PATH_NONE);
	hw_close(hw);
	write_mcfg(fx, zero_base, 1, 0, 0);
	hw = open_live(fx->root, fx->devmem);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -EINVAL, 0, CFG_PATH_NONE);
	hw_close(hw);

	/* Bytes after the last entry short of another are ignored, as Linux does. */
	put(fx->mcfg, t, build_mcfg(t, good_entries, 2, 44 + 32 + 8, 8));
	hw = open_live(fx->root, fx->devmem);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, 0, 0x100008aa, CFG_PATH_ECAM);
	hw_close(hw);
}

/*
 * A real MCFG table: the one of the Firecracker virtual machine spi-inspect
 * was developed on (OEM ID "FIRECK", 60 bytes, from
 * /sys/firmware/acpi/tables/MCFG), for which Linux's /proc/iomem said
 * "eec00000-eecfffff : PCI ECAM 0000 [bus 00-00]".
 */
static const unsigned char firecracker_mcfg[60] = {
	0x4d, 0x43, 0x46, 0x47, 0x3c, 0x00, 0x00, 0x00, 0x01, 0x7f, 0x46, 0x49,
	0x52, 0x45, 0x43, 0x4b, 0x46, 0x43, 0x4d, 0x56, 0x4d, 0x43, 0x46, 0x47,
	0x00, 0x00, 0x00, 0x00, 0x46, 0x43, 0x41, 0x54, 0x19, 0x01, 0x24, 0x20,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0xee,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};

static void test_mcfg_real(void **state)
{
	struct fixture *fx = *state;
	FILE *f;
	struct hw *hw;

	put(fx->mcfg, firecracker_mcfg, sizeof(firecracker_mcfg));
	f = fopen(fx->devmem, "r+");
	assert_non_null(f);
	pwrite32(fileno(f), ECAM(0xeec00000ULL, 0, 0x1f, 5) + 0x00, 0xa0a48086);
	pwrite32(fileno(f), ECAM(0xeec00000ULL, 0, 0x1f, 5) + 0xdc, 0x100008aa);
	assert_int_equal(fclose(f), 0);
	hw = open_live(fx->root, fx->devmem);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, 0, 0x100008aa, CFG_PATH_ECAM);
	/* Bus 1 is outside [bus 00-00]. */
	expect(hw, PCI_LOC(1, 0, 0), 0x00, 4, -ENODEV, 0, CFG_PATH_NONE);
	hw_close(hw);
}

/*
 * The MCFG table of a real Alder Lake-P machine (OEM "ALASKA", AMI; raw
 * table data in github ellyq/erying-logs @ f6bba93c,
 * adl/acpi/decompiled/mcfg.dsl): base 0xc0000000, segment 0, buses 0-255.
 * The same machine's lspci output is tests/data/adl-erying.lspci; its
 * 00:1f.1 is not listed, and what ECAM holds there is a test value.
 */
static const unsigned char adl_mcfg[60] = {
	0x4d, 0x43, 0x46, 0x47, 0x3c, 0x00, 0x00, 0x00, 0x01, 0xc7, 0x41, 0x4c,
	0x41, 0x53, 0x4b, 0x41, 0x41, 0x20, 0x4d, 0x20, 0x49, 0x20, 0x00, 0x00,
	0x09, 0x20, 0x07, 0x01, 0x41, 0x4d, 0x49, 0x20, 0x13, 0x00, 0x00, 0x01,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x00, 0x00, 0x00, 0x00,
};

static void test_mcfg_adl(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw;
	FILE *f;

	put(fx->mcfg, adl_mcfg, sizeof(adl_mcfg));
	f = fopen(fx->devmem, "r+");
	assert_non_null(f);
	pwrite32(fileno(f), ECAM(0xc0000000ULL, 0, 0x1f, 1) + 0x00, 0x51a08086);
	pwrite32(fileno(f), ECAM(0xc0000000ULL, 0, 0x1f, 1) + 0x10, 0xfd000004);
	assert_int_equal(fclose(f), 0);
	hw = open_live_dump(SRCDIR "/tests/data/adl-erying.lspci", fx->root, fx->devmem);
	/* Listed: the OS answers, as flashrom -V printed it (BIOS_SPI_BC). */
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, 0, 0x10000898, CFG_PATH_OS);
	/* Not listed: ECAM at 0xc0000000 + 0xf9000. */
	expect(hw, PCI_LOC(0, 0x1f, 1), 0x10, 4, 0, 0xfd000004, CFG_PATH_ECAM);
	expect(hw, PCI_LOC(0, 0x1f, 1), 0x00, 4, 0, 0x51a08086, CFG_PATH_ECAM);
	hw_close(hw);
}

static void test_mcfg_missing(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw;

	assert_int_equal(unlink(fx->mcfg), 0);
	hw = open_live(fx->root, fx->devmem);
	/* No ACPI table: the device is not reachable, and the OS said why. */
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -ENODEV, 0, CFG_PATH_NONE);
	/* Listed by the OS with all ones: said so, not "no such device". */
	expect(hw, PCI_LOC(0, 0x1f, 1), 0x00, 4, -REG_EALLONES, 0, CFG_PATH_NONE);
	hw_close(hw);
}

static void test_devmem_missing(void **state)
{
	struct fixture *fx = *state;
	char path[128];
	struct hw *hw;

	snprintf(path, sizeof(path), "%s/no-mem", fx->dir);
	hw = open_live(fx->root, path);
	expect(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, -ENODEV, 0, CFG_PATH_NONE);
	hw_close(hw);
}

/* Not root: the MCFG table (0400 root in sysfs) and /dev/mem refuse; that is the telling error. */
static int unprivileged(struct fixture *fx)
{
	uint64_t v;
	enum cfg_path p;
	struct hw *hw = open_live(fx->root, fx->devmem);

	if (!hw)
		return __LINE__;
	if (pci_cfg_read(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v, &p) != -EACCES || p != CFG_PATH_NONE)
		return __LINE__;
	if (pci_cfg_read(hw, PCI_LOC(0, 0x1f, 0), 0x00, 4, &v, &p) != 0 || p != CFG_PATH_OS)
		return __LINE__;
	hw_close(hw);
	return 0;
}

static void test_not_root(void **state)
{
	struct fixture *fx = *state;
	pid_t pid;
	int status;

	assert_int_equal(chmod(fx->mcfg, 0000), 0);
	assert_int_equal(chmod(fx->devmem, 0000), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int line;

		/* 77: this system cannot run it unprivileged (skipped, not failed). */
		if (geteuid() == 0 && (setgroups(0, NULL) || setgid(65534) || setuid(65534)))
			_exit(77);
		if (access(DUMP, R_OK) != 0)
			_exit(77); /* the source tree is not readable by nobody */
		line = unprivileged(fx);
		if (line)
			fprintf(stderr, "unprivileged check failed at line %d\n", line);
		_exit(line ? 2 : 0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 77)
		unit_skip("cannot run as an unprivileged user here: running as root, and either "
			  "switching to nobody failed or nobody cannot read the test data");
	assert_int_equal(WEXITSTATUS(status), 0);
}

/*
 * Every step of the ECAM path goes through hw, so a recorded run replays
 * the same: OS refusal, the MCFG table (binary, NUL bytes), the ECAM reads.
 */
static void test_record_replay(void **state)
{
	struct fixture *fx = *state;
	char *argv[] = { (char *)"spi-inspect", NULL };
	struct failure fail = { 0 };
	struct hw *rec, *rep;
	char snap[160];
	const char *text;
	uint64_t v1, v2, v3;
	enum cfg_path p1, p2, p3;
	FILE *f;

	rec = hw_recorder_open(open_live(fx->root, fx->devmem), 1, argv, &fail);
	if (!rec)
		fail_msg("hw_recorder_open: %s: %s", fail.what, fail.why);
	assert_int_equal(pci_cfg_read(rec, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v1, &p1), 0);
	assert_int_equal(pci_cfg_read(rec, PCI_LOC(0, 0x1f, 0), 0x00, 4, &v2, &p2), 0);
	assert_int_equal(pci_cfg_read(rec, PCI_LOC(0, 0x1f, 6), 0x00, 4, &v3, &p3), -ENODEV);
	text = hw_recorder_text(rec);
	assert_non_null(text);
	snprintf(snap, sizeof(snap), "%s/run.snap", fx->dir);
	f = fopen(snap, "w");
	assert_non_null(f);
	assert_true(fputs(text, f) >= 0);
	assert_int_equal(fclose(f), 0);
	hw_close(rec);

	rep = hw_replay_open(snap, &fail);
	if (!rep)
		fail_msg("hw_replay_open: %s: %s", fail.what, fail.why);
	expect(rep, PCI_LOC(0, 0x1f, 5), 0xdc, 4, 0, v1, CFG_PATH_ECAM);
	assert_int_equal(v1, 0x100008aa);
	expect(rep, PCI_LOC(0, 0x1f, 0), 0x00, 4, 0, v2, CFG_PATH_OS);
	expect(rep, PCI_LOC(0, 0x1f, 6), 0x00, 4, -ENODEV, 0, CFG_PATH_NONE);
	/* A read the run did not make is not invented on replay. */
	expect(rep, PCI_LOC(0, 0x1f, 5), 0x10, 4, -HW_ENOTREC, 0, CFG_PATH_NONE);
	hw_close(rep);
}

/* ---- the fallback's logic, on a backend that answers as told ------------- */

struct mock {
	int pci_rc;          /* what every pci read returns */
	uint64_t pci_val;
	int file_rc;
	unsigned long pci_reads, file_reads, mem_reads;
};

static int mock_pci(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val)
{
	struct mock *m = hw->priv;

	(void)loc;
	(void)off;
	(void)width;
	m->pci_reads++;
	if (m->pci_rc == 0)
		*val = m->pci_val;
	return m->pci_rc;
}

static int mock_mem(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	struct mock *m = hw->priv;

	(void)phys;
	(void)width;
	(void)val;
	m->mem_reads++;
	return -HW_ENOTREC;
}

static int mock_file(struct hw *hw, const char *path, struct buf *out)
{
	struct mock *m = hw->priv;

	(void)path;
	(void)out;
	m->file_reads++;
	return m->file_rc;
}

static void mock_close(struct hw *hw)
{
	(void)hw;
}

static const struct hw_backend mock_backend = {
	.name = "mock", .pci_read = mock_pci, .mem_read = mock_mem, .file_read = mock_file,
	.close = mock_close,
};

static void test_fallback_logic(void **state)
{
	struct mock m = { 0 };
	struct hw hw = { .ops = &mock_backend, .priv = &m };
	uint64_t v;
	enum cfg_path p;

	(void)state;
	/* Not root at the OS: ECAM would need root too, so it is not tried. */
	m = (struct mock){ .pci_rc = -EACCES };
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v, &p), -EACCES);
	assert_int_equal(p, CFG_PATH_NONE);
	assert_int_equal(m.file_reads + m.mem_reads, 0);
	m = (struct mock){ .pci_rc = -EIO };
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v, &p), -EIO);
	assert_int_equal(m.file_reads, 0);

	/* A snapshot without the line: ECAM is asked, and not recorded either. */
	m = (struct mock){ .pci_rc = -HW_ENOTREC, .file_rc = -HW_ENOTREC };
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v, &p), -HW_ENOTREC);
	assert_int_equal(m.file_reads, 1);

	/* -ENOENT counts as absent, like -ENODEV; MCFG refused is the telling error. */
	m = (struct mock){ .pci_rc = -ENOENT, .file_rc = -EPERM };
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v, &p), -EPERM);
	assert_int_equal(m.file_reads, 1);

	/* Vendor ID all ones at the OS, no MCFG: the device is absent. */
	m = (struct mock){ .pci_rc = 0, .pci_val = 0xffffffff, .file_rc = -ENOENT };
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v, &p), -REG_EALLONES);
	assert_int_equal(m.pci_reads, 2); /* the register, then the vendor ID */

	/* Visible: the value, and the vendor ID check, nothing else. */
	m = (struct mock){ .pci_rc = 0, .pci_val = 0x80868086 };
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v, &p), 0);
	assert_int_equal(v, 0x80868086);
	assert_int_equal(p, CFG_PATH_OS);
	assert_int_equal(m.file_reads + m.mem_reads, 0);

	/* Arguments. */
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0x1000, 4, &v, &p), -EINVAL);
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0xffe, 4, &v, &p), -EINVAL);
	assert_int_equal(pci_cfg_read(&hw, PCI_LOC(0, 0x1f, 5), 0x10, 3, &v, &p), -EINVAL);

	assert_string_equal(cfg_path_name(CFG_PATH_NONE), "none");
	assert_string_equal(cfg_path_name(CFG_PATH_OS), "os");
	assert_string_equal(cfg_path_name(CFG_PATH_ECAM), "ecam");
	assert_string_equal(cfg_path_name((enum cfg_path)7), "unknown");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_visible_os, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hidden_ecam, setup, teardown),
		cmocka_unit_test_setup_teardown(test_all_ones_ecam, setup, teardown),
		cmocka_unit_test_setup_teardown(test_absent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mcfg_malformed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mcfg_real, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mcfg_adl, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mcfg_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_devmem_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_root, setup, teardown),
		cmocka_unit_test_setup_teardown(test_record_replay, setup, teardown),
		cmocka_unit_test(test_fallback_logic),
	};

	return unit_main(tests, argc, argv);
}
