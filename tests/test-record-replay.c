/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-record-replay.c - the recorder: what it writes, and that replaying it answers the same. */
#include <config.h>

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

#include "unit.h"

#include "hw/hw.h"
#include "hw/snapshot.h"
#include "reg.h"

static char *tmpfile_with(const char *text)
{
	char *name = strdup("/tmp/test-record-XXXXXX");
	size_t len = strlen(text);
	int fd;

	assert_non_null(name);
	fd = mkstemp(name);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
	return name;
}

static struct hw *replay_of(const char *text)
{
	struct failure f = { 0 };
	char *name = tmpfile_with(text);
	struct hw *hw = hw_replay_open(name, &f);

	if (!hw)
		print_error("replay refused: %s (%s)\n", f.what, f.todo);
	assert_non_null(hw);
	unlink(name);
	free(name);
	return hw;
}

/*
 * A small snapshot with every kind of answer. Values: an ICH9 (QEMU Q35)
 * LPC bridge 8086:2918 with RCBA at 0x2c, as `lspci -xxx` shows it in QEMU.
 */
static const char small[] =
	"spi-inspect-snapshot 1\n"
	"meta tool spi-inspect 0.0.9\n"
	"meta kernel 6.1.0-13-amd64\n"
	"meta date 2024-01-02T03:04:05Z\n"
	"meta cmdline spi-inspect --save q35.snap\n"
	"pci 0000:00:00.0 0x000 4 0x29c08086\n"
	"pci 0000:00:1f.0 0x000 4 0x29188086\n"
	"pci 0000:00:1f.0 0x000 2 0x8086\n"
	"pci 0000:00:1f.0 0x0f0 4 0xfed1c001\n"
	"pci 0000:00:1f.0 0x0dc 1 0x00\n"
	"pci 0000:00:1f.5 0x000 4 0xffffffff\n"
	"pci 0000:00:16.0 0x000 4 !EACCES\n"
	"pci 0000:00:1f.3 0x0ff 1 0xa5\n"
	"mem 0xfed1f804 2 0x6008\n"
	"mem 0xfed1f890 4 !EPERM\n"
	"mem 0xfed1f800 8 0x0123456789abcdef\n"
	"file /sys/firmware/acpi/tables/MCFG \"MCFG<\\x00\\x00\\x00\\x01\\xa9BOCHS \\\\ \\\"q\\\"\\t\\n\"\n"
	"file /sys/class/mei/mei0/fw_status !ENOENT\n"
	"file /proc/cmdline \"BOOT_IMAGE=/vmlinuz ro quiet\\n\"\n"
	"dir /sys/class/mei \"mei0\\nmei1\\n\"\n"
	"dir /sys/bus/pci/devices/0000:00:16.0/mei !EACCES\n";

/* One read of every kind, including reads the snapshot does not hold. */
struct read {
	enum snap_kind kind;
	const char *where; /* bdf or path */
	uint64_t addr;     /* offset or address */
	unsigned width;
};

static const struct read reads[] = {
	{ SNAP_PCI, "0000:00:00.0", 0x000, 4 }, { SNAP_PCI, "0000:00:1f.0", 0x000, 4 },
	{ SNAP_PCI, "0000:00:1f.0", 0x000, 2 }, { SNAP_PCI, "0000:00:1f.0", 0x0f0, 4 },
	{ SNAP_PCI, "0000:00:1f.0", 0x0dc, 1 }, { SNAP_PCI, "0000:00:1f.0", 0x0dc, 4 },
	{ SNAP_PCI, "0000:00:1f.5", 0x000, 4 }, { SNAP_PCI, "0000:00:16.0", 0x000, 4 },
	{ SNAP_PCI, "0000:00:1f.3", 0x0ff, 1 }, { SNAP_PCI, "0000:00:1f.6", 0x000, 4 },
	{ SNAP_MEM, NULL, 0xfed1f804, 2 },      { SNAP_MEM, NULL, 0xfed1f890, 4 },
	{ SNAP_MEM, NULL, 0xfed1f800, 8 },      { SNAP_MEM, NULL, 0xfed1f800, 4 },
	{ SNAP_FILE, "/sys/firmware/acpi/tables/MCFG" },
	{ SNAP_FILE, "/sys/class/mei/mei0/fw_status" },
	{ SNAP_FILE, "/proc/cmdline" },
	{ SNAP_FILE, "/proc/version" },
	{ SNAP_DIR, "/sys/class/mei" },
	{ SNAP_DIR, "/sys/bus/pci/devices/0000:00:16.0/mei" },
	{ SNAP_DIR, "/sys/class/nothing" },
};

/* The answer to one read: return value, value, contents. */
struct answer {
	int rc;
	uint64_t v;
	struct buf b;
};

static struct answer ask(struct hw *hw, const struct read *r)
{
	struct answer a = { 0 };
	struct pci_loc loc;

	switch (r->kind) {
	case SNAP_PCI:
		assert_true(pci_loc_parse(r->where, &loc));
		a.rc = hw_pci_read(hw, loc, (unsigned)r->addr, r->width, &a.v);
		break;
	case SNAP_MEM:
		a.rc = hw_mem_read(hw, r->addr, r->width, &a.v);
		break;
	case SNAP_FILE:
		a.rc = hw_file_read(hw, r->where, &a.b);
		break;
	case SNAP_DIR:
		a.rc = hw_dir_read(hw, r->where, &a.b);
		break;
	}
	return a;
}

static void assert_same_answers(struct hw *x, struct hw *y)
{
	for (size_t i = 0; i < sizeof(reads) / sizeof(reads[0]); i++) {
		struct answer a = ask(x, &reads[i]), b = ask(y, &reads[i]);

		if (a.rc != b.rc)
			fail_msg("read %zu (%s 0x%llx): %d != %d", i, reads[i].where ? reads[i].where : "mem",
				 (unsigned long long)reads[i].addr, a.rc, b.rc);
		assert_int_equal(a.v, b.v);
		assert_int_equal(a.b.len, b.b.len);
		if (a.b.len)
			assert_memory_equal(a.b.data, b.b.data, a.b.len);
		buf_free(&a.b);
		buf_free(&b.b);
	}
}

static void assert_same_scan(struct hw *x, struct hw *y, size_t want)
{
	struct pci_loc *a, *b;
	size_t na, nb;

	assert_int_equal(hw_pci_scan(x, &a, &na), 0);
	assert_int_equal(hw_pci_scan(y, &b, &nb), 0);
	assert_int_equal(na, want);
	assert_int_equal(nb, want);
	for (size_t i = 0; i < na; i++)
		assert_true(pci_loc_eq(a[i], b[i]));
	free(a);
	free(b);
}

static char *argv_save[] = { (char *)"spi-inspect", (char *)"--from", (char *)"small.snap",
			     (char *)"--save", (char *)"out.snap", NULL };

static struct hw *record(struct hw *inner)
{
	struct failure f = { 0 };
	struct hw *rec = hw_recorder_open(inner, 5, argv_save, &f);

	assert_non_null(rec);
	return rec;
}

/* Record a replay, replay the recording: the same answer to every read, and the same devices. */
static void test_round_trip(void **state)
{
	struct hw *direct = replay_of(small);
	struct hw *rec = record(replay_of(small));
	struct hw *again;
	char *text;

	(void)state;
	assert_string_equal(rec->ops->name, "recorder");
	assert_same_answers(rec, direct);
	assert_same_scan(rec, direct, 2);
	text = strdup(hw_recorder_text(rec));
	hw_close(rec);
	again = replay_of(text);
	assert_same_answers(again, direct);
	assert_same_scan(again, direct, 2);
	hw_close(again);
	hw_close(direct);
	free(text);
}

/*
 * A second and a third generation: record the replay of a recording. The
 * records stay the same; the meta lines still name the first machine, and
 * each re-save adds its own resaved-* lines.
 */
static void test_round_trip_twice(void **state)
{
	static const char head[] = "spi-inspect-snapshot 1\n"
				   "meta tool spi-inspect 0.0.9\n"
				   "meta kernel 6.1.0-13-amd64\n"
				   "meta date 2024-01-02T03:04:05Z\n"
				   "meta cmdline spi-inspect --save q35.snap\n"
				   "meta resaved-tool " PACKAGE_NAME " " PACKAGE_VERSION "\n";
	struct hw *rec = record(replay_of(small));
	char *first, *second, *third;
	const char *a, *b;

	(void)state;
	assert_same_answers(rec, rec);
	first = strdup(hw_recorder_text(rec));
	hw_close(rec);
	rec = record(replay_of(first));
	assert_same_answers(rec, rec);
	second = strdup(hw_recorder_text(rec));
	hw_close(rec);
	rec = record(replay_of(second));
	assert_same_answers(rec, rec);
	third = strdup(hw_recorder_text(rec));
	/* the facts asked of the recorder are those of the first machine */
	assert_string_equal(hw_meta(rec, "kernel"), "6.1.0-13-amd64");
	assert_string_equal(hw_meta(rec, "tool"), "spi-inspect 0.0.9");
	assert_string_equal(hw_meta(rec, "date"), "2024-01-02T03:04:05Z");
	assert_null(hw_meta(rec, "nosuchkey"));
	hw_close(rec);
	assert_true(strncmp(second, head, strlen(head)) == 0);
	assert_non_null(strstr(second, "\nmeta resaved-cmdline spi-inspect --from small.snap --save out.snap\n"));
	/* the third keeps the second's resaved-* lines and adds its own after them */
	assert_true(strncmp(third, second, (size_t)(strstr(second, "\npci ") - second)) == 0);
	assert_non_null(strstr(strstr(third, "\nmeta resaved-cmdline"), "\nmeta resaved-tool "));
	/* the records are the same in all three */
	a = strstr(first, "\npci ");
	b = strstr(second, "\npci ");
	assert_non_null(a);
	assert_string_equal(a, b);
	assert_string_equal(a, strstr(third, "\npci "));

	/* what the replayed snapshot does not say stays unknown */
	rec = record(replay_of("spi-inspect-snapshot 1\nmeta tool converter 1\nmeta board X11SCH-F\n"));
	assert_null(hw_meta(rec, "date"));
	assert_null(hw_meta(rec, "kernel"));
	assert_string_equal(hw_meta(rec, "tool"), "converter 1");
	assert_non_null(strstr(hw_recorder_text(rec), "\nmeta board X11SCH-F\n"));
	hw_close(rec);
	free(first);
	free(second);
	free(third);
}

/* What the text holds, line by line. */
static void test_text(void **state)
{
	struct hw *rec;
	const char *t;
	char expect[320];
	struct answer a;

	(void)state;
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	rec = record(replay_of(small));
	unsetenv("SOURCE_DATE_EPOCH");
	t = hw_recorder_text(rec);
	assert_non_null(t);
	/* before any read: the header and the meta lines only */
	snprintf(expect, sizeof(expect), "spi-inspect-snapshot 1\nmeta tool spi-inspect 0.0.9\n"
		 "meta kernel 6.1.0-13-amd64\nmeta date 2024-01-02T03:04:05Z\n"
		 "meta cmdline spi-inspect --save q35.snap\nmeta resaved-tool spi-inspect %s\n"
		 "meta resaved-kernel ", PACKAGE_VERSION);
	assert_true(strncmp(t, expect, strlen(expect)) == 0);
	assert_non_null(strstr(t, "\nmeta resaved-date 2023-11-14T22:13:20Z\n"));
	assert_non_null(strstr(t, "\nmeta resaved-cmdline spi-inspect --from small.snap --save out.snap\n"));
	assert_null(strstr(t, "\npci "));
	assert_null(strstr(t, "\nmem "));

	for (size_t i = 0; i < sizeof(reads) / sizeof(reads[0]); i++) {
		a = ask(rec, &reads[i]);
		buf_free(&a.b);
	}
	a = ask(rec, &reads[0]); /* twice: one line */
	t = hw_recorder_text(rec);
	assert_non_null(strstr(t, "\npci 0000:00:00.0 0x000 4 0x29c08086\n"));
	assert_null(strstr(strstr(t, "\npci 0000:00:00.0 0x000 4") + 1, "\npci 0000:00:00.0 0x000 4"));
	assert_non_null(strstr(t, "\npci 0000:00:1f.0 0x000 2 0x8086\n"));
	assert_non_null(strstr(t, "\npci 0000:00:1f.0 0x0dc 1 0x00\n"));
	assert_non_null(strstr(t, "\npci 0000:00:1f.3 0x0ff 1 0xa5\n"));
	assert_non_null(strstr(t, "\npci 0000:00:1f.5 0x000 4 0xffffffff\n"));
	assert_non_null(strstr(t, "\npci 0000:00:16.0 0x000 4 !EACCES\n"));
	assert_non_null(strstr(t, "\nmem 0xfed1f804 2 0x6008\n"));
	assert_non_null(strstr(t, "\nmem 0xfed1f890 4 !EPERM\n"));
	assert_non_null(strstr(t, "\nmem 0xfed1f800 8 0x0123456789abcdef\n"));
	assert_non_null(strstr(t, "\nfile /sys/firmware/acpi/tables/MCFG "
				  "\"MCFG<\\x00\\x00\\x00\\x01\\xa9BOCHS \\\\ \\\"q\\\"\\t\\n\"\n"));
	assert_non_null(strstr(t, "\nfile /sys/class/mei/mei0/fw_status !ENOENT\n"));
	assert_non_null(strstr(t, "\ndir /sys/class/mei \"mei0\\nmei1\\n\"\n"));
	assert_non_null(strstr(t, "\ndir /sys/bus/pci/devices/0000:00:16.0/mei !EACCES\n"));
	/* not recorded: nothing written */
	assert_null(strstr(t, "0x0dc 4"));
	assert_null(strstr(t, "00:1f.6"));
	assert_null(strstr(t, "mem 0xfed1f800 4"));
	assert_null(strstr(t, "/proc/version"));
	assert_null(strstr(t, "/sys/class/nothing"));
	/* records by key: pci, then mem, then file, then dir */
	assert_true(strstr(t, "\npci ") < strstr(t, "\nmem "));
	assert_true(strstr(t, "\nmem ") < strstr(t, "\nfile "));
	assert_true(strstr(t, "\nfile ") < strstr(t, "\ndir "));
	assert_int_equal(t[strlen(t) - 1], '\n');
	hw_close(rec);
}

/* ---- a fake inner backend, for answers a snapshot cannot give ---- */

static int fake_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	static const struct pci_loc l[] = { { 0, 0, 0x00, 0 }, { 0, 0, 0x16, 0 }, { 0, 0, 0x1f, 0 },
					    { 0, 0, 0x1f, 5 } };

	(void)hw;
	*locs = malloc(sizeof(l));
	memcpy(*locs, l, sizeof(l));
	*n = 4;
	return 0;
}

static int fake_pci(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val)
{
	(void)hw;
	(void)width;
	if (loc.dev == 0x16)
		return -EIO;                 /* listed, but unreadable: not present */
	if (loc.dev == 0x1f && loc.fn == 5)
		return *val = 0xffffffff, 0; /* hidden: all ones */
	if (off == 0x40)
		return -EPROTO;              /* an errno the format has a name for */
	if (off == 0x44)
		return -200;                 /* and one it has not */
	if (off == 0x48)
		return -HW_ENOTREC;
	*val = 0x12345678u | (loc.dev == 0x1f ? 0x10000000000ull : 0); /* more bits than asked */
	return 0;
}

static int fake_mem(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	(void)hw;
	(void)width;
	*val = phys & 0xff;
	return 0;
}

static int fake_file(struct hw *hw, const char *path, struct buf *out)
{
	static const char bin[] = "\x00\x01\xfe\xff" "ok";

	(void)hw;
	if (strcmp(path, "/with space") == 0 || strcmp(path, "/bin") == 0) {
		out->data = malloc(sizeof(bin));
		memcpy(out->data, bin, sizeof(bin));
		out->len = sizeof(bin) - 1;
		return 0;
	}
	return -ENOENT;
}

static int fake_dir(struct hw *hw, const char *path, struct buf *out)
{
	(void)hw;
	out->data = strdup(strcmp(path, "/bad") ? "mei1\nmei0\n" : "a\n\nb\n");
	out->len = strlen(out->data);
	return 0;
}

static const char *fake_meta(struct hw *hw, const char *key)
{
	(void)hw;
	return strcmp(key, "kernel") == 0 ? "fake-kernel" : NULL;
}

static void fake_close(struct hw *hw)
{
	free(hw);
}

static const struct hw_backend fake_backend = {
	.name = "fake", .pci_scan = fake_scan, .pci_read = fake_pci, .mem_read = fake_mem,
	.file_read = fake_file, .dir_read = fake_dir, .meta = fake_meta, .close = fake_close,
};

static struct hw *fake_open(void)
{
	struct hw *hw = calloc(1, sizeof(*hw));

	hw->ops = &fake_backend;
	return hw;
}

static void test_fake_inner(void **state)
{
	struct hw *rec = record(fake_open()), *again;
	struct pci_loc *locs;
	size_t n;
	uint64_t v;
	struct buf b;
	const char *t;
	char *copy;

	(void)state;
	/* the scan keeps what the snapshot's rule keeps: 00:00.0 and 00:1f.0 */
	assert_int_equal(hw_pci_scan(rec, &locs, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(locs[1].dev, 0x1f);
	free(locs);
	assert_int_equal(hw_pci_read(rec, PCI_LOC(0, 0, 0), 0x40, 4, &v), -EPROTO);
	assert_int_equal(hw_pci_read(rec, PCI_LOC(0, 0, 0), 0x44, 4, &v), -200);
	assert_int_equal(hw_pci_read(rec, PCI_LOC(0, 0, 0), 0x48, 4, &v), -HW_ENOTREC);
	assert_int_equal(hw_mem_read(rec, 0xfed1f8a0, 4, &v), 0);
	assert_int_equal(v, 0xa0);
	assert_int_equal(hw_file_read(rec, "/bin", &b), 0);
	buf_free(&b);
	assert_int_equal(hw_file_read(rec, "/with space", &b), 0);
	buf_free(&b);
	assert_int_equal(hw_file_read(rec, "/missing", &b), -ENOENT);
	/* a listing comes back sorted, as replay will give it */
	assert_int_equal(hw_dir_read(rec, "/sys/class/mei", &b), 0);
	assert_string_equal(b.data, "mei0\nmei1\n");
	buf_free(&b);
	assert_int_equal(hw_dir_read(rec, "/bad", &b), 0);
	buf_free(&b);
	assert_string_equal(hw_meta(rec, "kernel"), "fake-kernel");
	/* a live-like inner has no tool or date of its own: the recorder's are this run's */
	assert_string_equal(hw_meta(rec, "tool"), PACKAGE_NAME " " PACKAGE_VERSION);
	assert_non_null(hw_meta(rec, "date"));

	t = hw_recorder_text(rec);
	assert_null(strstr(t, "resaved-")); /* the inner is not a replay */
	assert_true(strncmp(t, "spi-inspect-snapshot 1\nmeta tool " PACKAGE_NAME " " PACKAGE_VERSION "\nmeta kernel ",
			    strlen("spi-inspect-snapshot 1\nmeta tool " PACKAGE_NAME " " PACKAGE_VERSION "\nmeta kernel ")) == 0);
	assert_non_null(strstr(t, "\npci 0000:00:16.0 0x000 4 !EIO\n"));
	assert_non_null(strstr(t, "\npci 0000:00:1f.5 0x000 4 0xffffffff\n"));
	assert_non_null(strstr(t, "\npci 0000:00:1f.0 0x000 4 0x12345678\n")); /* cut to the width */
	assert_non_null(strstr(t, "\npci 0000:00:00.0 0x040 4 !EPROTO\n"));
	assert_non_null(strstr(t, "\n# not replayable: pci 0000:00:00.0 0x044 4 errno 200\n"));
	assert_null(strstr(t, "0x048"));
	assert_non_null(strstr(t, "\nfile /bin \"\\x00\\x01\\xfe\\xffok\"\n"));
	assert_non_null(strstr(t, "\n# not replayable: file /with?space \"\\x00"));
	assert_non_null(strstr(t, "\nfile /missing !ENOENT\n"));
	assert_null(strstr(t, "/bad"));

	/* and what was written replays */
	copy = strdup(t);
	again = replay_of(copy);
	assert_int_equal(hw_pci_read(again, PCI_LOC(0, 0, 0), 0x40, 4, &v), -EPROTO);
	assert_int_equal(hw_pci_read(again, PCI_LOC(0, 0, 0), 0x44, 4, &v), -HW_ENOTREC);
	assert_int_equal(hw_pci_read(again, PCI_LOC(0, 0x1f, 0), 0, 4, &v), 0);
	assert_int_equal(v, 0x12345678);
	assert_int_equal(hw_file_read(again, "/bin", &b), 0);
	assert_int_equal(b.len, 6);
	assert_memory_equal(b.data, "\x00\x01\xfe\xff" "ok", 6);
	buf_free(&b);
	assert_int_equal(hw_pci_scan(again, &locs, &n), 0);
	assert_int_equal(n, 2);
	free(locs);
	hw_close(again);
	hw_close(rec);
	free(copy);
}

/* ---- the live backend on lspci dumps (tests/data), recorded and replayed ---- */

/*
 * Every config byte, word and dword of every function of a real machine's
 * dump (live backend, libpci dump method), the memory and files of a
 * sysroot and a file standing in for /dev/mem, read through the recorder;
 * its text replayed must answer every read the same and list the same
 * functions.
 */
static void live_round_trip(const char *dump)
{
	char dir[] = "/tmp/test-record-live-XXXXXX", path[256], param[512], cmd[300];
	const char *params[] = { param, NULL };
	struct hw_live_options opt = { .pci_method = "dump", .pci_params = params };
	static const uint64_t addrs[] = { 0xfed1f800, 0xfed1f804, 0xfed1f808, 0x1000, 0x5000000 };
	static const char *const files[] = { "/sys/class/mei/mei0/fw_status", "/proc/cmdline",
					     "/sys/firmware/acpi/tables/MCFG" };
	static const char *const dirs[] = { "/sys/class/mei", "/sys/class/none" };
	struct failure f = { 0 };
	struct hw *rec, *again = NULL;
	struct pci_loc *la, *lb;
	size_t na, nb, nreads = 0;
	char *text;
	FILE *fp;

	assert_non_null(mkdtemp(dir));
	snprintf(cmd, sizeof(cmd), "mkdir -p %s/root/sys/class/mei/mei0 %s/root/proc", dir, dir);
	assert_int_equal(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/root/sys/class/mei/mei0/fw_status", dir);
	assert_non_null(fp = fopen(path, "w"));
	fputs("90000245\n09F10506\n", fp);
	fclose(fp);
	snprintf(path, sizeof(path), "%s/root/proc/cmdline", dir);
	assert_non_null(fp = fopen(path, "w"));
	fputs("quiet \x01\xff\n", fp);
	fclose(fp);
	snprintf(path, sizeof(path), "%s/mem", dir);
	assert_non_null(fp = fopen(path, "w"));
	assert_int_equal(pwrite(fileno(fp), "\x11\x22\x33\x44\x08\xe0\x00\x00", 8, 0xfed1f800), 8);
	assert_int_equal(ftruncate(fileno(fp), 0xfed20000), 0);
	fclose(fp);
	snprintf(param, sizeof(param), "dump.name=%s/tests/data/%s", SRCDIR, dump);
	opt.devmem = path;
	snprintf(cmd, sizeof(cmd), "%s/root", dir);
	opt.sysroot = cmd;

	rec = hw_live_open(&opt, &f);
	if (!rec)
		fail_msg("%s: %s (%s)", f.what, f.why, f.todo);
	rec = record(rec);
	assert_int_equal(hw_pci_scan(rec, &la, &na), 0);
	assert_true(na > 0);
	text = NULL;
	for (int pass = 0; pass < 2; pass++) {
		struct hw *hw = pass ? again : rec;
		uint64_t v[2];
		struct buf b[2];

		for (size_t d = 0; d < na; d++)
			for (unsigned w = 1; w <= 8; w *= 2)
				for (unsigned off = 0; off + w <= 0x100; off += w) {
					int rc = hw_pci_read(hw, la[d], off, w, &v[pass]);

					if (!pass) {
						nreads++;
						continue;
					}
					/* compare with the recorder's answer, read again */
					assert_int_equal(rc, hw_pci_read(rec, la[d], off, w, &v[0]));
					if (rc == 0)
						assert_int_equal(v[0], v[1]);
				}
		for (size_t i = 0; i < ARRAY_SIZE(addrs); i++) {
			int r0 = hw_mem_read(rec, addrs[i], 4, &v[0]);
			int r1 = hw_mem_read(hw, addrs[i], 4, &v[1]);

			assert_int_equal(r0, r1);
			if (r0 == 0)
				assert_int_equal(v[0], v[1]);
		}
		for (size_t i = 0; i < ARRAY_SIZE(files) + ARRAY_SIZE(dirs); i++) {
			bool isdir = i >= ARRAY_SIZE(files);
			const char *p = isdir ? dirs[i - ARRAY_SIZE(files)] : files[i];
			int r0 = isdir ? hw_dir_read(rec, p, &b[0]) : hw_file_read(rec, p, &b[0]);
			int r1 = isdir ? hw_dir_read(hw, p, &b[1]) : hw_file_read(hw, p, &b[1]);

			assert_int_equal(r0, r1);
			if (r0 == 0) {
				assert_int_equal(b[0].len, b[1].len);
				assert_memory_equal(b[0].data, b[1].data, b[0].len);
			}
			buf_free(&b[0]);
			buf_free(&b[1]);
		}
		if (!pass) {
			text = strdup(hw_recorder_text(rec));
			again = replay_of(text);
		}
	}
	assert_true(nreads > 0);
	assert_int_equal(hw_pci_scan(again, &lb, &nb), 0);
	assert_int_equal(na, nb);
	for (size_t i = 0; i < na; i++)
		assert_true(pci_loc_eq(la[i], lb[i]));
	/* the recorded machine's files came through, bytes and all */
	assert_non_null(strstr(text, "\nfile /proc/cmdline \"quiet \\x01\\xff\\n\"\n"));
	assert_non_null(strstr(text, "\nmem 0xfed1f804 4 0x0000e008\n"));
	free(la);
	free(lb);
	free(text);
	hw_close(again);
	hw_close(rec);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

static void test_live_round_trip(void **state)
{
	static const char *const dumps[] = { "tgl-lp.lspci", "tgl-lp-hidden-spi.lspci", "ich9-lpc.lspci" };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(dumps); i++)
		live_round_trip(dumps[i]);
}

static void test_not_a_recorder(void **state)
{
	struct hw *hw = replay_of(small);
	struct failure f = { 0 };

	(void)state;
	assert_null(hw_recorder_text(hw));
	assert_null(hw_recorder_text(NULL));
	assert_null(hw_recorder_open(NULL, 0, NULL, &f));
	assert_int_equal(f.code, EXIT_INTERNAL);
	hw_close(hw);
}

/* Control bytes in argv cannot break a meta line. */
static void test_meta_sanitized(void **state)
{
	char *argv[] = { (char *)"spi-inspect", (char *)"--save", (char *)"a\nb\tc", NULL };
	struct failure f = { 0 };
	struct hw *rec = hw_recorder_open(fake_open(), 3, argv, &f), *again;
	char *copy;

	(void)state;
	assert_non_null(rec);
	assert_non_null(strstr(hw_recorder_text(rec), "\nmeta cmdline spi-inspect --save a?b?c\n"));
	copy = strdup(hw_recorder_text(rec));
	again = replay_of(copy);
	assert_string_equal(hw_meta(again, "cmdline"), "spi-inspect --save a?b?c");
	hw_close(again);
	hw_close(rec);
	free(copy);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_round_trip_twice),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_fake_inner),
		cmocka_unit_test(test_live_round_trip),
		cmocka_unit_test(test_not_a_recorder),
		cmocka_unit_test(test_meta_sanitized),
	};

	return unit_main(tests, argc, argv);
}
