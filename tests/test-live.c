/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-live.c - the live backend on libpci dumps, a file standing in for /dev/mem, a sysroot. */
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

/*
 * Dumps in tests/data (each names its source in its first lines):
 *  ich9-lpc.lspci          ICH9 LPC 8086:2918 at 00:1f.0 of a QEMU q35 machine, from its
 *                          pci=earlydump log on linux-pci (Kallol Biswas, 10 Dec 2022,
 *                          "RE: uefi secureboot vm and IO window overlap"): RCBA 0xfed1c001,
 *                          BIOS_CNTL 0x00
 *  ich9-lpc-nonroot.lspci  the same bridge as a non-root user sees it (64 bytes)
 *  adl-erying.lspci        real `lspci -vvnnxxxx` of an Alder Lake-P machine (github
 *                          ellyq/erying-logs @ f6bba93c, adl/linux/lspci.log), verbatim
 *  tgl-lp.lspci            Tiger Lake-LP IDs and registers from chipsec's recordings of a real
 *                          machine (github chipsec/chipsec @ 82931b4d, tests/modules/tgl/ JSON files)
 */
#define DATA SRCDIR "/tests/data/"

struct fixture {
	char dir[64];
};

static void put(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void mkdirs(const char *base, const char *rel)
{
	char path[512], *p;

	snprintf(path, sizeof(path), "%s/%s", base, rel);
	for (p = path + strlen(base) + 1; (p = strchr(p, '/')); p++) {
		*p = '\0';
		mkdir(path, 0755);
		*p = '/';
	}
	mkdir(path, 0755);
}

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	strcpy(fx->dir, "/tmp/test-live-XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	/* Readable by the unprivileged child of the not-root tests. */
	assert_int_equal(chmod(fx->dir, 0755), 0);
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

/* ---- libpci dump method ------------------------------------------------ */

static void test_dump_ich9(void **state)
{
	struct hw *hw = open_live_dump(DATA "ich9-lpc.lspci", NULL, NULL);
	struct pci_loc *locs;
	size_t n;
	uint64_t v;

	(void)state;
	assert_string_equal(hw->ops->name, "live");
	assert_int_equal(hw_pci_scan(hw, &locs, &n), 0);
	assert_int_equal(n, 2);
	assert_true(pci_loc_eq(locs[0], PCI_LOC(0, 0, 0)));
	assert_true(pci_loc_eq(locs[1], PCI_LOC(0, 0x1f, 0)));
	free(locs);

	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x00, 4, &v), 0);
	assert_int_equal(v, 0x29188086);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x02, 2, &v), 0);
	assert_int_equal(v, 0x2918);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x08, 1, &v), 0);
	assert_int_equal(v, 0x02); /* revision */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0xf0, 4, &v), 0);
	assert_int_equal(v, 0xfed1c001); /* RCBA */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0xdc, 1, &v), 0);
	assert_int_equal(v, 0x00); /* BIOS_CNTL: BIOSWE and BLE clear */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x80, 4, &v), 0);
	assert_int_equal(v, 0x00020000);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x00, 0), 0x60, 4, &v), 0);
	assert_int_equal(v, 0xb0000001); /* host bridge PCIEXBAR */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0xf0, 8, &v), 0);
	assert_int_equal(v, 0xfed1c001ULL);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x40, 8, &v), 0);
	assert_int_equal(v, 0x0000008000000601ULL); /* PMBASE, ACPI_CNTL: little-endian */

	/* Not in the dump: no such device; beyond its 256 bytes: a failed read. */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0x00, 4, &v), -ENODEV);
	assert_int_equal(hw_pci_read(hw, (struct pci_loc){ 1, 0, 0x1f, 0 }, 0, 4, &v), -ENODEV);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x100, 4, &v),
			 geteuid() == 0 ? -EIO : -EACCES);
	assert_null(hw_meta(hw, "kernel"));
	assert_null(hw_meta(hw, "tool"));
	hw_close(hw);
}

static void test_dump_tgl(void **state)
{
	struct hw *hw = open_live_dump(DATA "tgl-lp.lspci", NULL, NULL);
	struct pci_loc *locs;
	size_t n;
	uint64_t v;

	(void)state;
	assert_int_equal(hw_pci_scan(hw, &locs, &n), 0);
	assert_int_equal(n, 4);
	/* The dump lists them in file order; the scan is sorted. */
	assert_true(pci_loc_eq(locs[0], PCI_LOC(0, 0x00, 0)));
	assert_true(pci_loc_eq(locs[1], PCI_LOC(0, 0x16, 0)));
	assert_true(pci_loc_eq(locs[2], PCI_LOC(0, 0x1f, 0)));
	assert_true(pci_loc_eq(locs[3], PCI_LOC(0, 0x1f, 5)));
	free(locs);
	/* The values chipsec recorded on that machine. */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0, 4, &v), 0);
	assert_int_equal(v, 0xa0828086);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0, 4, &v), 0);
	assert_int_equal(v, 0xa0a48086);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v), 0);
	assert_int_equal(v, 0x100008aa); /* BC */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0x10, 4, &v), 0);
	assert_int_equal(v, 0x68800000); /* SPI BAR0 */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x16, 0), 0x40, 4, &v), 0);
	assert_int_equal(v, 0xa0000245); /* HFSTS1 */
	/* An -xxxx dump has the extended space. */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0xffc, 4, &v), 0);
	assert_int_equal(v, 0);
	hw_close(hw);
}

/*
 * libpci's dump method reads verbose lspci output as it stands. The values
 * are those flashrom -V printed on the same machine (adl/linux/flashrom.log
 * in the same repository): "BIOS_SPI_BC = 0x10000898", "phys = 0x3f800000".
 */
static void test_dump_adl_real(void **state)
{
	struct hw *hw = open_live_dump(DATA "adl-erying.lspci", NULL, NULL);
	struct pci_loc *locs;
	size_t n;
	uint64_t v;

	(void)state;
	assert_int_equal(hw_pci_scan(hw, &locs, &n), 0);
	assert_int_equal(n, 4);
	assert_true(pci_loc_eq(locs[1], PCI_LOC(0, 0x16, 0)));
	assert_true(pci_loc_eq(locs[3], PCI_LOC(0, 0x1f, 5)));
	free(locs);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0, 4, &v), 0);
	assert_int_equal(v, 0x51828086);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0, 4, &v), 0);
	assert_int_equal(v, 0x51a48086);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0xdc, 4, &v), 0);
	assert_int_equal(v, 0x10000898);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0x10, 4, &v), 0);
	assert_int_equal(v, 0x3f800000);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x16, 0), 0x40, 4, &v), 0);
	assert_int_equal(v, 0x90000255); /* HFSTS1 as lspci printed it */
	hw_close(hw);
}

/*
 * The not-root paths run in a child that is nobody when the test runs as
 * root, so that they are exercised either way. fn returns 0 when every
 * check held, else the line of the first that did not (CHECK).
 */
#define CHECK(c)                                                  \
	do {                                                      \
		if (!(c)) {                                       \
			fprintf(stderr, "check failed: %s\n", #c); \
			return __LINE__;                          \
		}                                                 \
	} while (0)

static void as_unprivileged(int (*fn)(const char *dir), const char *dir)
{
	pid_t pid = fork();
	int status;

	assert_true(pid >= 0);
	if (pid == 0) {
		int line;

		/* 77: this system cannot run it unprivileged (skipped, not failed). */
		if (geteuid() == 0 && (setgroups(0, NULL) || setgid(65534) || setuid(65534)))
			_exit(77);
		if (access(DATA "ich9-lpc.lspci", R_OK) != 0)
			_exit(77); /* the source tree is not readable by nobody */
		line = fn(dir);
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
 * A dump taken without root holds 64 bytes of config space per function:
 * beyond them is an I/O error whoever replays it (EACCES would tell the
 * reader to become root, which changes nothing in a file).
 */
static int nonroot_pci(const char *dir)
{
	struct hw *hw = open_live_dump(DATA "ich9-lpc-nonroot.lspci", NULL, NULL);
	uint64_t v;

	(void)dir;
	CHECK(hw);
	CHECK(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x00, 4, &v) == 0 && v == 0x29188086);
	CHECK(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x3c, 4, &v) == 0);
	CHECK(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0x40, 4, &v) == -EIO);
	CHECK(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0xdc, 1, &v) == -EIO);
	CHECK(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0xf0, 4, &v) == -EIO);
	CHECK(hw_meta(hw, "pci-dump-short") != NULL);
	CHECK(hw_pci_read(hw, PCI_LOC(0, 0x1f, 5), 0x00, 4, &v) == -ENODEV);
	hw_close(hw);
	return 0;
}

static void test_dump_nonroot(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw = open_live_dump(DATA "ich9-lpc-nonroot.lspci", NULL, NULL);
	uint64_t v;

	/* A short dump is an I/O error, not a permission problem, and is named as short. */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0xf0, 4, &v), -EIO);
	assert_string_equal(hw_meta(hw, "pci-dump-short"), "yes");
	assert_string_equal(hw_meta(hw, "pci-dump"), DATA "ich9-lpc-nonroot.lspci");
	hw_close(hw);
	hw = open_live_dump(DATA "ich9-lpc.lspci", NULL, NULL);
	assert_null(hw_meta(hw, "pci-dump-short"));
	hw_close(hw);
	as_unprivileged(nonroot_pci, fx->dir);
}

/* ---- /dev/mem ------------------------------------------------------------ */

/*
 * A sparse regular file stands in for /dev/mem, holding bytes at their
 * physical addresses; it goes through the same open and mmap as the device.
 * ICH9: SPIBAR = RCBA + 0x3800, so HSFS sits at 0xfed1f804.
 */
static void make_devmem(const char *path)
{
	static const unsigned char spibar[16] = {
		0x11, 0x22, 0x33, 0x44, 0x08, 0xe0, 0x00, 0x00, /* 0xfed1f800.. HSFS = 0xe008 */
		0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc,
	};
	static const unsigned char rcrb[4] = { 0x04, 0x00, 0x00, 0x00 };
	FILE *f = fopen(path, "w");
	int fd;

	assert_non_null(f);
	fd = fileno(f);
	assert_int_equal(pwrite(fd, spibar, sizeof(spibar), 0xfed1f800), sizeof(spibar));
	assert_int_equal(pwrite(fd, rcrb, sizeof(rcrb), 0xfed1c410), sizeof(rcrb));
	assert_int_equal(ftruncate(fd, 0xfed20000), 0);
	assert_int_equal(fclose(f), 0);
}

static void test_mem_widths(void **state)
{
	struct fixture *fx = *state;
	char devmem[128];
	struct hw *hw;
	uint64_t v;

	snprintf(devmem, sizeof(devmem), "%s/mem", fx->dir);
	make_devmem(devmem);
	hw = open_live_dump(DATA "ich9-lpc.lspci", NULL, devmem);

	assert_int_equal(hw_mem_read(hw, 0xfed1f804, 2, &v), 0);
	assert_int_equal(v, 0xe008);
	assert_int_equal(hw_mem_read(hw, 0xfed1f804, 4, &v), 0);
	assert_int_equal(v, 0x0000e008);
	assert_int_equal(hw_mem_read(hw, 0xfed1f800, 1, &v), 0);
	assert_int_equal(v, 0x11);
	assert_int_equal(hw_mem_read(hw, 0xfed1f803, 1, &v), 0);
	assert_int_equal(v, 0x44);
	assert_int_equal(hw_mem_read(hw, 0xfed1f802, 2, &v), 0);
	assert_int_equal(v, 0x4433);
	assert_int_equal(hw_mem_read(hw, 0xfed1f800, 4, &v), 0);
	assert_int_equal(v, 0x44332211);
	assert_int_equal(hw_mem_read(hw, 0xfed1f808, 8, &v), 0);
	assert_int_equal(v, 0xccbbaa9988776655ULL);
	assert_int_equal(hw_mem_read(hw, 0xfed1f800, 8, &v), 0);
	assert_int_equal(v, 0x0000e00844332211ULL);
	/* A second page, then the first again (from the cache). */
	assert_int_equal(hw_mem_read(hw, 0xfed1c410, 4, &v), 0);
	assert_int_equal(v, 4);
	assert_int_equal(hw_mem_read(hw, 0xfed1f804, 2, &v), 0);
	assert_int_equal(v, 0xe008);
	/* A hole in the sparse file reads zero, as written. */
	assert_int_equal(hw_mem_read(hw, 0xfed1e000, 4, &v), 0);
	assert_int_equal(v, 0);
	/* Past the end of the stand-in file: refused, never SIGBUS. */
	assert_int_equal(hw_mem_read(hw, 0xfed20000, 4, &v), -ENXIO);
	assert_int_equal(hw_mem_read(hw, 0x100000000ULL, 8, &v), -ENXIO);
	/* Unaligned reads are refused before they reach the backend. */
	assert_int_equal(hw_mem_read(hw, 0xfed1f802, 4, &v), -EINVAL);
	hw_close(hw);
}

/* More pages than the cache holds: old mappings are let go and mapped again. */
static void test_mem_many_pages(void **state)
{
	struct fixture *fx = *state;
	char devmem[128];
	struct hw *hw;
	uint64_t v;
	FILE *f;

	snprintf(devmem, sizeof(devmem), "%s/mem-pages", fx->dir);
	f = fopen(devmem, "w");
	assert_non_null(f);
	for (uint32_t i = 0; i < 40; i++)
		assert_int_equal(pwrite(fileno(f), &i, 4, 0x10000 + i * 0x1000ULL), 4);
	assert_int_equal(ftruncate(fileno(f), 0x10000 + 40 * 0x1000), 0);
	assert_int_equal(fclose(f), 0);
	hw = open_live_dump(DATA "ich9-lpc.lspci", NULL, devmem);
	for (int round = 0; round < 2; round++)
		for (uint32_t i = 0; i < 40; i++) {
			assert_int_equal(hw_mem_read(hw, 0x10000 + i * 0x1000ULL, 4, &v), 0);
			assert_int_equal(v, i);
		}
	hw_close(hw);
}

/* The open's failure is remembered: making the file readable changes nothing. */
static int unreadable_mem(const char *dir)
{
	char devmem[128];
	struct hw *hw;
	uint64_t v;

	snprintf(devmem, sizeof(devmem), "%s/mem-locked", dir);
	hw = open_live_dump(DATA "ich9-lpc.lspci", NULL, devmem);
	CHECK(hw);
	CHECK(hw_mem_read(hw, 0xfed1f804, 2, &v) == -EACCES);
	CHECK(chmod(devmem, 0644) == 0 || errno == EPERM);
	CHECK(hw_mem_read(hw, 0xfed1f804, 2, &v) == -EACCES);
	CHECK(hw_mem_read(hw, 0xfed1c410, 4, &v) == -EACCES);
	hw_close(hw);
	return 0;
}

static void test_mem_unreadable(void **state)
{
	struct fixture *fx = *state;
	char devmem[128];

	snprintf(devmem, sizeof(devmem), "%s/mem-locked", fx->dir);
	make_devmem(devmem);
	assert_int_equal(chmod(devmem, 0000), 0);
	as_unprivileged(unreadable_mem, fx->dir);
}

static void test_mem_missing(void **state)
{
	struct fixture *fx = *state;
	char devmem[128];
	struct hw *hw;
	uint64_t v;

	snprintf(devmem, sizeof(devmem), "%s/no-such-mem", fx->dir);
	hw = open_live_dump(DATA "ich9-lpc.lspci", NULL, devmem);
	assert_int_equal(hw_mem_read(hw, 0xfed1f804, 2, &v), -ENOENT);
	/* Remembered: creating it afterwards does not make it readable. */
	make_devmem(devmem);
	assert_int_equal(hw_mem_read(hw, 0xfed1f804, 2, &v), -ENOENT);
	hw_close(hw);
}

/* A directory opens O_RDONLY but does not map: the mmap's errno comes back. */
static void test_mem_not_mappable(void **state)
{
	struct fixture *fx = *state;
	struct hw *hw = open_live_dump(DATA "ich9-lpc.lspci", NULL, fx->dir);
	uint64_t v;
	int rc;

	rc = hw_mem_read(hw, 0xfed1f804, 2, &v);
	assert_true(rc < 0);
	assert_int_equal(hw_mem_read(hw, 0xfed1f804, 2, &v), rc);
	hw_close(hw);
}

/* ---- files and directories under a sysroot ---------------------------- */

static void test_files(void **state)
{
	struct fixture *fx = *state;
	static const char fw_status[] = "90000245\n09F10506\n00000020\n00004000\n00041F03\nC7E003CB\n";
	char root[128], path[256], big[10000];
	struct hw *hw;
	struct buf b;

	snprintf(root, sizeof(root), "%s/root/", fx->dir); /* a trailing slash is fine */
	mkdirs(fx->dir, "root/sys/class/mei/mei1");
	mkdirs(fx->dir, "root/sys/class/mei/mei0");
	mkdirs(fx->dir, "root/sys/class/empty");
	mkdirs(fx->dir, "root/proc");
	snprintf(path, sizeof(path), "%s/root/sys/class/mei/mei0/fw_status", fx->dir);
	put(path, fw_status, sizeof(fw_status) - 1);
	snprintf(path, sizeof(path), "%s/root/sys/class/mei/Zed", fx->dir);
	put(path, "", 0);
	memset(big, 'x', sizeof(big));
	big[sizeof(big) - 1] = '\n';
	snprintf(path, sizeof(path), "%s/root/proc/cmdline", fx->dir);
	put(path, big, sizeof(big));
	snprintf(path, sizeof(path), "%s/root/sys/firmware-bin", fx->dir);
	put(path, "MC\0FG", 5);

	hw = open_live_dump(DATA "ich9-lpc.lspci", root, NULL);
	assert_int_equal(hw_file_read(hw, "/sys/class/mei/mei0/fw_status", &b), 0);
	assert_int_equal(b.len, sizeof(fw_status) - 1);
	assert_string_equal(b.data, fw_status);
	buf_free(&b);
	/* Longer than one 4096-byte read. */
	assert_int_equal(hw_file_read(hw, "/proc/cmdline", &b), 0);
	assert_int_equal(b.len, sizeof(big));
	assert_memory_equal(b.data, big, sizeof(big));
	buf_free(&b);
	/* Binary content keeps its length. */
	assert_int_equal(hw_file_read(hw, "/sys/firmware-bin", &b), 0);
	assert_int_equal(b.len, 5);
	assert_memory_equal(b.data, "MC\0FG", 5);
	buf_free(&b);

	/* Sorted (strcmp), without . and .. */
	assert_int_equal(hw_dir_read(hw, "/sys/class/mei", &b), 0);
	assert_string_equal(b.data, "Zed\nmei0\nmei1\n");
	assert_int_equal(b.len, 14);
	buf_free(&b);
	assert_int_equal(hw_dir_read(hw, "/sys/class/empty", &b), 0);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	buf_free(&b);

	assert_int_equal(hw_file_read(hw, "/sys/class/mei/mei0/no_such_file", &b), -ENOENT);
	assert_null(b.data);
	assert_int_equal(hw_dir_read(hw, "/sys/class/no_such_dir", &b), -ENOENT);
	assert_null(b.data);
	assert_int_equal(hw_dir_read(hw, "/proc/cmdline", &b), -ENOTDIR);
	assert_int_equal(hw_file_read(hw, "/sys/class/mei", &b), -EISDIR);
	assert_int_equal(hw_file_read(hw, "sys/class/mei/mei0/fw_status", &b), -EINVAL);
	/* The machine's own files are not reached outside the sysroot. */
	assert_int_equal(hw_file_read(hw, "/etc/hostname", &b), -ENOENT);
	hw_close(hw);
}

static void test_file_too_big(void **state)
{
	struct fixture *fx = *state;
	char root[128], path[256];
	struct hw *hw;
	struct buf b;

	snprintf(root, sizeof(root), "%s/bigroot", fx->dir);
	mkdirs(fx->dir, "bigroot");
	snprintf(path, sizeof(path), "%s/huge", root);
	put(path, "", 0);
	assert_int_equal(truncate(path, 1024 * 1024 + 1), 0);
	hw = open_live_dump(DATA "ich9-lpc.lspci", root, NULL);
	assert_int_equal(hw_file_read(hw, "/huge", &b), -EOVERFLOW);
	assert_null(b.data);
	assert_int_equal(truncate(path, 1024 * 1024), 0);
	assert_int_equal(hw_file_read(hw, "/huge", &b), 0);
	assert_int_equal(b.len, 1024 * 1024);
	buf_free(&b);
	hw_close(hw);
}

/* A dump is not this machine: without --devmem/--sysroot, no mixing with the local one. */
static void test_dump_keeps_apart(void **state)
{
	struct hw *hw = open_live_dump(DATA "tgl-lp.lspci", NULL, NULL);
	uint64_t v;
	struct buf b;

	(void)state;
	assert_int_equal(hw_mem_read(hw, 0xfed1f804, 2, &v), -ENXIO);
	assert_int_equal(hw_file_read(hw, "/proc/cmdline", &b), -ENXIO);
	assert_null(b.data);
	assert_int_equal(hw_dir_read(hw, "/sys/class/mei", &b), -ENXIO);
	/* Through ECAM, a function absent from the dump stays absent. */
	{
		enum cfg_path p;

		assert_int_equal(pci_cfg_read(hw, PCI_LOC(0, 0x1f, 1), 0, 4, &v, &p), -ENODEV);
		assert_int_equal(p, CFG_PATH_NONE);
	}
	hw_close(hw);
}

/* ---- failures to open: a diagnosis, never an exit ---------------------- */

static void open_fails(const struct hw_live_options *opt, enum exit_code code, const char *in_what,
		       const char *in_why)
{
	struct failure fail = { 0 };
	struct hw *hw = hw_live_open(opt, &fail);

	assert_null(hw);
	assert_int_equal(fail.code, code);
	if (!strstr(fail.what, in_what))
		fail_msg("\"%s\" not in what: \"%s\"", in_what, fail.what);
	if (in_why && !strstr(fail.why, in_why))
		fail_msg("\"%s\" not in why: \"%s\"", in_why, fail.why);
	assert_true(fail.todo[0] != '\0');
}

static void test_open_failures(void **state)
{
	struct fixture *fx = *state;
	char root[128], missing[160], bad[160], param[200];
	const char *params[] = { param, NULL };
	const char *noeq[] = { "dump.name", NULL };
	const char *unknown[] = { "no.such.param=1", NULL };

	snprintf(root, sizeof(root), "%s/emptyroot", fx->dir);
	mkdirs(fx->dir, "emptyroot");
	/* No sysfs, no procfs under this root: both methods tried and named. */
	open_fails(&(struct hw_live_options){ .sysroot = root }, EXIT_NO_PCI_ACCESS,
		   "no libpci access method", "linux-sysfs");
	open_fails(&(struct hw_live_options){ .sysroot = root }, EXIT_NO_PCI_ACCESS,
		   "no libpci access method", "linux-proc");

	/* Methods that would write the 0xcf8 port or are unknown. */
	open_fails(&(struct hw_live_options){ .pci_method = "intel-conf1" }, EXIT_USAGE,
		   "refused", "never writes");
	open_fails(&(struct hw_live_options){ .pci_method = "mmio-conf1" }, EXIT_USAGE,
		   "refused", NULL);
	open_fails(&(struct hw_live_options){ .pci_method = "no-such-method" }, EXIT_USAGE,
		   "unknown", NULL);

	/* Parameters. */
	open_fails(&(struct hw_live_options){ .pci_method = "dump", .pci_params = noeq },
		   EXIT_USAGE, "name=value", NULL);
	open_fails(&(struct hw_live_options){ .pci_method = "dump", .pci_params = unknown },
		   EXIT_USAGE, "no.such.param", NULL);

	/* The dump method on a missing file: libpci's error, no exit. */
	snprintf(missing, sizeof(missing), "%s/no-such-dump", fx->dir);
	snprintf(param, sizeof(param), "dump.name=%s", missing);
	open_fails(&(struct hw_live_options){ .pci_method = "dump", .pci_params = params },
		   EXIT_NO_PCI_ACCESS, "no libpci access method", "no-such-dump");
	/* ... and without -A: dump.name alone picks the dump method, as lspci -F does. */
	open_fails(&(struct hw_live_options){ .pci_params = params }, EXIT_NO_PCI_ACCESS,
		   "no libpci access method", "dump (");

	/* A malformed dump. */
	snprintf(bad, sizeof(bad), "%s/bad-dump", fx->dir);
	put(bad, "00:1f.0 ISA bridge\n00: 86 80 zz\n", 32);
	snprintf(param, sizeof(param), "dump.name=%s", bad);
	open_fails(&(struct hw_live_options){ .pci_method = "dump", .pci_params = params },
		   EXIT_NO_PCI_ACCESS, "no libpci access method", "Malformed");

	/* Still alive after all of libpci's errors, and it still works. */
	hw_close(open_live_dump(DATA "ich9-lpc.lspci", NULL, NULL));
}

/* A sysroot holding a copy of a machine's /sys/bus/pci drives linux-sysfs. */
static void test_sysfs_sysroot(void **state)
{
	struct fixture *fx = *state;
	static const unsigned char cfg[64] = { 0x86, 0x80, 0x18, 0x29, [0x08] = 0x02,
					       [0x0a] = 0x01, [0x0b] = 0x06 };
	char root[128], path[256];
	struct hw *hw;
	struct failure fail = { 0 };
	struct pci_loc *locs;
	size_t n;
	uint64_t v;

	snprintf(root, sizeof(root), "%s/sysroot", fx->dir);
	mkdirs(fx->dir, "sysroot/sys/bus/pci/devices/0000:00:1f.0");
	mkdirs(fx->dir, "sysroot/sys/bus/pci/slots");
	snprintf(path, sizeof(path), "%s/sys/bus/pci/devices/0000:00:1f.0/config", root);
	put(path, (const char *)cfg, sizeof(cfg));
	snprintf(path, sizeof(path), "%s/sys/bus/pci/devices/0000:00:1f.0/vendor", root);
	put(path, "0x8086\n", 7);
	snprintf(path, sizeof(path), "%s/sys/bus/pci/devices/0000:00:1f.0/device", root);
	put(path, "0x2918\n", 7);
	snprintf(path, sizeof(path), "%s/sys/bus/pci/devices/0000:00:1f.0/class", root);
	put(path, "0x060100\n", 9);
	snprintf(path, sizeof(path), "%s/sys/bus/pci/devices/0000:00:1f.0/irq", root);
	put(path, "0\n", 2);
	snprintf(path, sizeof(path), "%s/sys/bus/pci/devices/0000:00:1f.0/resource", root);
	put(path, "", 0);

	hw = hw_live_open(&(struct hw_live_options){ .sysroot = root }, &fail);
	if (!hw)
		fail_msg("hw_live_open: %s: %s", fail.what, fail.why);
	assert_int_equal(hw_pci_scan(hw, &locs, &n), 0);
	assert_int_equal(n, 1);
	assert_true(pci_loc_eq(locs[0], PCI_LOC(0, 0x1f, 0)));
	free(locs);
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0, 4, &v), 0);
	assert_int_equal(v, 0x29188086);
	/* The file holds 64 bytes, as sysfs gives a non-root reader. */
	assert_int_equal(hw_pci_read(hw, PCI_LOC(0, 0x1f, 0), 0xf0, 4, &v),
			 geteuid() == 0 ? -EIO : -EACCES);
	hw_close(hw);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_dump_ich9, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dump_tgl, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dump_adl_real, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dump_nonroot, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mem_widths, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mem_many_pages, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mem_unreadable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mem_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mem_not_mappable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_file_too_big, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dump_keeps_apart, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_failures, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sysfs_sysroot, setup, teardown),
	};

	return unit_main(tests, argc, argv);
}
