/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-snapshot.c - the snapshot parser and the replay backend: grammar, errors, hostile input. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "unit.h"

#include "hw/hw.h"
#include "hw/snapshot.h"
#include "reg.h"

#define H "spi-inspect-snapshot 1\n"

/* Writes len bytes to a new file under /tmp; the caller unlinks and frees the name. */
static char *tmpfile_with(const char *text, size_t len)
{
	char *name = strdup("/tmp/test-snapshot-XXXXXX");
	int fd;

	assert_non_null(name);
	fd = mkstemp(name);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
	return name;
}

/* Opens text (len bytes) as a replay; NULL and *fail when it is refused. */
static struct hw *replay_text(const char *text, size_t len, struct failure *fail, char **path)
{
	char *name = tmpfile_with(text, len);
	struct hw *hw = hw_replay_open(name, fail);

	unlink(name);
	if (path)
		*path = name;
	else
		free(name);
	return hw;
}

static struct hw *replay_ok(const char *text)
{
	struct failure f = { 0 };
	struct hw *hw = replay_text(text, strlen(text), &f, NULL);

	if (!hw)
		print_error("unexpected failure: %s (%s)\n", f.what, f.todo);
	assert_non_null(hw);
	return hw;
}

static uint64_t pci(struct hw *hw, const char *bdf, unsigned off, unsigned width, int expect_rc)
{
	struct pci_loc loc;
	uint64_t v = 0xdeadbeef;

	assert_true(pci_loc_parse(bdf, &loc));
	assert_int_equal(hw_pci_read(hw, loc, off, width, &v), expect_rc);
	if (expect_rc)
		assert_int_equal(v, 0xdeadbeef); /* nothing stored on failure */
	return v;
}

/* ---- hostile and malformed input: one row per error, its line and its exit code ---- */

struct bad {
	const char *text;
	size_t len; /* 0: strlen(text) */
	const char *expect; /* a substring of failure.what, from ":LINE: " on */
	enum exit_code code;
};

#define PCI0 "pci 0000:00:1f.0 "
static const struct bad bad_inputs[] = {
	/* the file as a whole */
	{ "", 0, ":1: the file is empty, not a snapshot", EXIT_SNAPSHOT_SYNTAX },
	{ "\xef\xbb\xbf", 0, ":1: the file is empty", EXIT_SNAPSHOT_SYNTAX },
	{ "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20, ":1: the line contains a NUL byte", EXIT_SNAPSHOT_SYNTAX },
	{ "\x89PNG\r\n\x1a\n", 0, ":1: not a spi-inspect snapshot", EXIT_SNAPSHOT_SYNTAX },
	{ "\xff\xfe\xfd garbage \x80\x81\n", 0, ":1: not a spi-inspect snapshot", EXIT_SNAPSHOT_SYNTAX },
	{ PCI0 "0x000 4 0x29188086\n", 0, ":1: not a spi-inspect snapshot: expected the header line 'spi-inspect-snapshot 1' here", EXIT_SNAPSHOT_SYNTAX },
	/* pasted from an issue: the wrapper is accepted, anything else is named by its line */
	{ "\n```\n" PCI0 "0x000 4 0x1\n", 0, ":3: not a spi-inspect snapshot: expected the header line", EXIT_SNAPSHOT_SYNTAX },
	{ "\n\n```\n```\n\n", 0, ":5: the file holds no snapshot", EXIT_SNAPSHOT_SYNTAX },
	{ "> " H "> " PCI0 "0x000 4 0x1\n" PCI0 "0x010 4 0x1\n", 0, ":3: the line does not begin with '> '", EXIT_SNAPSHOT_SYNTAX },
	{ "```\n" H PCI0 "0x000 4 0x1\n```\nThanks!\n", 0, ":5: text after the end of the snapshot (its closing line is line 4)", EXIT_SNAPSHOT_SYNTAX },
	{ H "    ```\n", 0, ":2: unknown record kind '```'", EXIT_SNAPSHOT_SYNTAX },
	{ "spi-inspect-snapshot\n", 0, ":1: snapshot format version '' is not supported: this tool reads version 1", EXIT_SNAPSHOT_SYNTAX },
	{ "spi-inspect-snapshot 2\n", 0, ":1: snapshot format version '2' is not supported: this tool reads version 1", EXIT_SNAPSHOT_SYNTAX },
	{ "spi-inspect-snapshot 1.0\n", 0, ":1: snapshot format version '1.0' is not supported", EXIT_SNAPSHOT_SYNTAX },
	{ "spi-inspect-snapshot 1 beta\n", 0, ":1: unexpected 'beta' after the end of the header line", EXIT_SNAPSHOT_SYNTAX },
	{ "spi-inspect-snapshot 1\rpci\r", 0, ":1: the line contains a carriage return", EXIT_SNAPSHOT_SYNTAX },
	/* record kinds */
	{ H "frob 0000:00:1f.0 0x000 4 0x1\n", 0, ":2: unknown record kind 'frob'", EXIT_SNAPSHOT_SYNTAX },
	{ H "PCI 0000:00:1f.0 0x000 4 0x1\n", 0, ":2: unknown record kind 'PCI'", EXIT_SNAPSHOT_SYNTAX },
	{ H "# ok\n\nio 0x80 1 0x00\n", 0, ":4: unknown record kind 'io'", EXIT_SNAPSHOT_SYNTAX },
	/* pci fields */
	{ H "pci\n", 0, ":2: the PCI location is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H "pci 0000:00:1f.0\n", 0, ":2: the config-space offset is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000\n", 0, ":2: the width is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4\n", 0, ":2: the value is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H "pci 00:1f.0 0x000 4 0x1\n", 0, ":2: '00:1f.0' is not a PCI location DDDD:BB:DD.F", EXIT_SNAPSHOT_SYNTAX },
	{ H "pci 0x00:00:1f.0 0x000 4 0x1\n", 0, ":2: '0x00:00:1f.0' is not a PCI location", EXIT_SNAPSHOT_SYNTAX },
	{ H "pci 0000:00:1f-0 0x000 4 0x1\n", 0, ":2: '0000:00:1f-0' is not a PCI location", EXIT_SNAPSHOT_SYNTAX },
	{ H "pci 0000:0g:1f.0 0x000 4 0x1\n", 0, ":2: '0000:0g:1f.0' is not a PCI location", EXIT_SNAPSHOT_SYNTAX },
	{ H "pci 0000:00:20.0 0x000 4 0x1\n", 0, ":2: device 20 in '0000:00:20.0' is above 1f", EXIT_SNAPSHOT_SYNTAX },
	{ H "pci 0000:00:1f.8 0x000 4 0x1\n", 0, ":2: function 8 in '0000:00:1f.8' is above 7", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x0g0 4 0x1\n", 0, ":2: offset '0x0g0' is not a hex number: 'g' is not a hex digit", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0dc 4 0x1\n", 0, ":2: offset '0dc' is not a hex number", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x 4 0x1\n", 0, ":2: offset '0x' is not a hex number", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x1000 1 0x1\n", 0, ":2: offset '0x1000' is outside config space", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0xffffffffffffffff 1 0x1\n", 0, ":2: offset '0xffffffffffffffff' is outside config space", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0xffe 4 0x1\n", 0, ":2: offset 0xffe with width 4 runs past the end of config space", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0xff9 8 0x1\n", 0, ":2: offset 0xff9 with width 8 runs past", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 3 0x1\n", 0, ":2: width '3' is not 1, 2, 4 or 8", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 0 0x1\n", 0, ":2: width '0' is not 1, 2, 4 or 8", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 44 0x1\n", 0, ":2: width '44' is not 1, 2, 4 or 8", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 0x4 0x1\n", 0, ":2: width '0x4' is not 1, 2, 4 or 8", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 29188086\n", 0, ":2: value '29188086' is not a hex number", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 0x2918808g\n", 0, ":2: value '0x2918808g' is not a hex number: 'g' is not a hex digit", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 -0x1\n", 0, ":2: value '-0x1' is not a hex number", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 1 0x100\n", 0, ":2: value '0x100' does not fit in 1 byte", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 2 0x10000\n", 0, ":2: value '0x10000' does not fit in 2 bytes", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 0x100000000\n", 0, ":2: value '0x100000000' does not fit in 4 bytes", EXIT_SNAPSHOT_SYNTAX },
	{ H "mem 0x0 8 0x10000000000000000\n", 0, ":2: value '0x10000000000000000' does not fit in 64 bits", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 !EFOO\n", 0, ":2: unknown error name '!EFOO'", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 !eacces\n", 0, ":2: unknown error name '!eacces'", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 !\n", 0, ":2: unknown error name '!'", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 !EACCESEACCESEACCESEACCESEACCES\n", 0, ":2: unknown error name", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 0x1 junk\n", 0, ":2: unexpected 'junk' after the end of the pci line", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 0x1 # note\n", 0, ":2: unexpected '# note' after the end of the pci line", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 !EIO x\n", 0, ":2: unexpected 'x'", EXIT_SNAPSHOT_SYNTAX },
	/* mem fields */
	{ H "mem\n", 0, ":2: the physical address is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H "mem 0xfe010000\n", 0, ":2: the width is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H "mem 0xfe010000 4\n", 0, ":2: the value is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H "mem fe010000 4 0x0\n", 0, ":2: address 'fe010000' is not a hex number", EXIT_SNAPSHOT_SYNTAX },
	{ H "mem 0xfe010002 4 0x0\n", 0, ":2: address 0xfe010002 is not a multiple of the width 4", EXIT_SNAPSHOT_SYNTAX },
	{ H "mem 0xfe010000 16 0x0\n", 0, ":2: width '16' is not 1, 2, 4 or 8", EXIT_SNAPSHOT_SYNTAX },
	{ H "mem 0xfe010000 2 0x10000\n", 0, ":2: value '0x10000' does not fit in 2 bytes", EXIT_SNAPSHOT_SYNTAX },
	/* file and dir */
	{ H "file\n", 0, ":2: the path is missing", EXIT_SNAPSHOT_SYNTAX },
	{ H "file proc/cmdline \"x\"\n", 0, ":2: path 'proc/cmdline' is not absolute", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmd\x01line \"x\"\n", 0, ":2: the path contains the control byte 0x01", EXIT_SNAPSHOT_SYNTAX },
	{ H "dir /sys/\x7f !EIO\n", 0, ":2: the path contains the control byte 0x7f", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline\n", 0, ":2: the file line needs the contents in double quotes", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline quiet\n", 0, ":2: the file line needs the contents in double quotes", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"quiet\n", 0, ":2: the quoted string has no closing \"", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"a\\qb\"\n", 0, ":2: unknown escape '\\q' in a quoted string", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"a\\x4\"\n", 0, ":2: \\x in a quoted string needs two hex digits", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"a\\xzz\"\n", 0, ":2: \\x in a quoted string needs two hex digits", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"a\\x\n", 0, ":2: \\x in a quoted string needs two hex digits", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"abc\\\n", 0, ":2: a quoted string ends in a lone \\", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"a\x01\"\n", 0, ":2: control byte 0x01 in a quoted string (write it as \\x01)", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"a\x7f\"\n", 0, ":2: control byte 0x7f in a quoted string", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"quiet\" ro\n", 0, ":2: unexpected 'ro' after the end of the file line", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"quiet\"\"\"\n", 0, ":2: unexpected '\"\"' after the end of the file line", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline !ENOPE\n", 0, ":2: unknown error name '!ENOPE'", EXIT_SNAPSHOT_SYNTAX },
	{ H "dir /sys/class/mei \"mei0\"\n", 0, ":2: the directory listing has an empty name or no final \\n", EXIT_SNAPSHOT_SYNTAX },
	{ H "dir /sys/class/mei \"\\n\"\n", 0, ":2: the directory listing has an empty name", EXIT_SNAPSHOT_SYNTAX },
	{ H "dir /sys/class/mei \"a\\n\\nb\\n\"\n", 0, ":2: the directory listing has an empty name", EXIT_SNAPSHOT_SYNTAX },
	{ H "dir /sys/class/mei \"a\\x00b\\n\"\n", 0, ":2: the directory listing has an empty name", EXIT_SNAPSHOT_SYNTAX },
	{ H "dir /sys/class/mei\n", 0, ":2: the dir line needs the contents in double quotes", EXIT_SNAPSHOT_SYNTAX },
	/* meta */
	{ H "meta\n", 0, ":2: the meta line has no key", EXIT_SNAPSHOT_SYNTAX },
	{ H "meta tool\n", 0, ":2: the meta line has no value", EXIT_SNAPSHOT_SYNTAX },
	{ H "meta tool \t \n", 0, ":2: the meta line has no value", EXIT_SNAPSHOT_SYNTAX },
	/* lines: NUL, CR, counting with CRLF, comments and blank lines */
	{ H "# a\n" PCI0 "0x000 4 0x1\0\n", sizeof(H "# a\n" PCI0 "0x000 4 0x1\0\n") - 1,
	  ":3: the line contains a NUL byte", EXIT_SNAPSHOT_SYNTAX },
	{ H "meta a \0b\n", sizeof(H "meta a \0b\n") - 1, ":2: the line contains a NUL byte", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4\r0x1\n", 0, ":2: the line contains a carriage return", EXIT_SNAPSHOT_SYNTAX },
	{ H PCI0 "0x000 4 0x1\r\r\n", 0, ":2: the line contains a carriage return", EXIT_SNAPSHOT_SYNTAX },
	{ H "file /proc/cmdline \"quiet\\r\"\n", 0, ":2: unknown escape '\\r'", EXIT_SNAPSHOT_SYNTAX },
	{ "spi-inspect-snapshot 1\r\n# c\r\n\r\n" PCI0 "0x000 4 0x1\r\n" PCI0 "0x004 2 0x10000\r\n", 0,
	  ":5: value '0x10000' does not fit in 2 bytes", EXIT_SNAPSHOT_SYNTAX },
	{ H "\n\n\n\n\n\n\n\n# ten\n" PCI0 "0x000 4 0x1\nmem 0x1 2 0x0\n", 0,
	  ":12: address 0x1 is not a multiple of the width 2", EXIT_SNAPSHOT_SYNTAX },
};

static void test_bad_inputs(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(bad_inputs); i++) {
		const struct bad *b = &bad_inputs[i];
		size_t len = b->len ? b->len : strlen(b->text);
		struct failure f = { 0 };
		char *path;
		struct hw *hw = replay_text(b->text, len, &f, &path);
		char prefix[64];

		if (hw || f.code != b->code || !strstr(f.what, b->expect))
			print_error("row %zu: got '%s' (exit %d), want '%s' (exit %d)\n", i, f.what,
				    f.code, b->expect, b->code);
		assert_null(hw);
		assert_int_equal(f.code, b->code);
		assert_non_null(strstr(f.what, b->expect));
		/* FILE:LINE: like a compiler, and always something to do */
		snprintf(prefix, sizeof(prefix), "%s:", path);
		assert_true(strncmp(f.what, prefix, strlen(prefix)) == 0);
		assert_true(strlen(f.todo) > 10);
		free(path);
	}
}

/* A 10 MB line: refused at its line, quickly, without reading it as a record. */
static void test_huge_line(void **state)
{
	size_t big = 10u << 20;
	char *text = malloc(sizeof(H) + big + 64);
	struct failure f = { 0 };
	size_t n;

	(void)state;
	assert_non_null(text);
	n = (size_t)sprintf(text, H "# comment\nfile /proc/cmdline \"");
	memset(text + n, 'a', big);
	n += big;
	memcpy(text + n, "\"\n", 2);
	n += 2;
	assert_null(replay_text(text, n, &f, NULL));
	assert_int_equal(f.code, EXIT_SNAPSHOT_SYNTAX);
	assert_non_null(strstr(f.what, ":3: the line is longer than 1 MiB"));

	/* the same without any newline at all */
	memset(text, 'x', n);
	assert_null(replay_text(text, n, &f, NULL));
	assert_non_null(strstr(f.what, ":1: the line is longer than 1 MiB"));

	/* a line of just under 1 MiB is fine */
	n = (size_t)sprintf(text, H "file /a \"");
	memset(text + n, 'a', SNAPSHOT_MAX_LINE - 10);
	n += SNAPSHOT_MAX_LINE - 10;
	memcpy(text + n, "\"\n", 2);
	{
		struct hw *hw = replay_text(text, n + 2, &f, NULL);
		struct buf b;

		assert_non_null(hw);
		assert_int_equal(hw_file_read(hw, "/a", &b), 0);
		assert_int_equal(b.len, SNAPSHOT_MAX_LINE - 10);
		buf_free(&b);
		hw_close(hw);
	}
	free(text);
}

/* Files that cannot be read at all: EXIT_INPUT with the reason. */
static void test_unreadable_files(void **state)
{
	struct failure f = { 0 };
	char dir[] = "/tmp/test-snapshot-dir-XXXXXX";

	(void)state;
	assert_null(hw_replay_open("/tmp/no/such/snapshot.txt", &f));
	assert_int_equal(f.code, EXIT_INPUT);
	assert_string_equal(f.what, "/tmp/no/such/snapshot.txt: cannot read the snapshot");
	assert_string_equal(f.why, "No such file or directory (ENOENT)");
	assert_non_null(strstr(f.todo, "check the file name"));

	assert_non_null(mkdtemp(dir));
	assert_null(hw_replay_open(dir, &f));
	assert_int_equal(f.code, EXIT_INPUT);
	assert_string_equal(f.why, "Is a directory (EISDIR)");
	rmdir(dir);

	/* opens, but read() fails: address 0 of this process is not mapped (EIO) */
	assert_null(hw_replay_open("/proc/self/mem", &f));
	assert_int_equal(f.code, EXIT_INPUT);
	assert_non_null(strstr(f.why, "EIO"));

	/* a file this user may not read (root may read anything: then only the above) */
	if (geteuid() != 0) {
		char *p = tmpfile_with(H, sizeof(H) - 1);

		chmod(p, 0);
		assert_null(hw_replay_open(p, &f));
		assert_int_equal(f.code, EXIT_INPUT);
		assert_non_null(strstr(f.why, "EACCES"));
		unlink(p);
		free(p);
	}

	/* endless input stops at the size limit */
	assert_null(hw_replay_open("/dev/zero", &f));
	assert_int_equal(f.code, EXIT_SNAPSHOT_SYNTAX);
	assert_non_null(strstr(f.what, "larger than 64 MiB"));
}

/* ---- the grammar, accepted ---- */

/* The example of snapshot-format.md, verbatim. */
static const char format_example[] =
	"spi-inspect-snapshot 1\n"
	"# Intel 300-series PCH, SPI controller at 00:1f.5\n"
	"meta tool spi-inspect 0.1.0\n"
	"meta kernel 6.1.0-13-amd64\n"
	"pci 0000:00:1f.0 0x000 4 0xa3068086\n"
	"pci 0000:00:1f.5 0x000 4 0xa3248086\n"
	"pci 0000:00:1f.5 0x010 4 0xfe010000\n"
	"pci 0000:00:1f.5 0x0dc 4 0x0000008a\n"
	"mem 0xfe010004 2 0xe008\n"
	"mem 0xfe010050 4 0x0000ffff\n"
	"mem 0xfe010054 4 0x00000000\n"
	"dir /sys/class/mei \"mei0\\n\"\n"
	"file /sys/class/mei/mei0/fw_status \"90000245\\n09F10506\\n00000020\\n00004000\\n00041F03\\nC7E003CB\\n\"\n"
	"file /proc/cmdline \"BOOT_IMAGE=/vmlinuz root=/dev/sda1 ro quiet\\n\"\n";

static void test_format_example(void **state)
{
	struct hw *hw = replay_ok(format_example);
	uint64_t v = 0;
	struct buf b;

	(void)state;
	assert_string_equal(hw->ops->name, "replay");
	assert_int_equal(pci(hw, "0000:00:1f.0", 0x000, 4, 0), 0xa3068086);
	assert_int_equal(pci(hw, "0000:00:1f.5", 0x010, 4, 0), 0xfe010000);
	assert_int_equal(pci(hw, "0000:00:1f.5", 0x0dc, 4, 0), 0x8a);
	assert_int_equal(hw_mem_read(hw, 0xfe010004, 2, &v), 0);
	assert_int_equal(v, 0xe008);
	assert_int_equal(hw_mem_read(hw, 0xfe010054, 4, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(hw_dir_read(hw, "/sys/class/mei", &b), 0);
	assert_int_equal(b.len, 5);
	assert_string_equal(b.data, "mei0\n");
	buf_free(&b);
	assert_int_equal(hw_file_read(hw, "/sys/class/mei/mei0/fw_status", &b), 0);
	assert_string_equal(b.data, "90000245\n09F10506\n00000020\n00004000\n00041F03\nC7E003CB\n");
	buf_free(&b);
	assert_int_equal(hw_file_read(hw, "/proc/cmdline", &b), 0);
	assert_string_equal(b.data, "BOOT_IMAGE=/vmlinuz root=/dev/sda1 ro quiet\n");
	buf_free(&b);
	assert_string_equal(hw_meta(hw, "tool"), "spi-inspect 0.1.0");
	assert_string_equal(hw_meta(hw, "kernel"), "6.1.0-13-amd64");
	assert_null(hw_meta(hw, "date"));
	assert_int_equal(hw->reads, 8);
	hw_close(hw);
}

/* Spaces and tabs, hex case, CRLF, a byte-order mark, no final newline. */
static void test_lexical(void **state)
{
	static const char *const variants[] = {
		H "pci\t0000:00:1F.5 \t 0X0DC  4\t0x0000008A\n",
		H "   pci 0000:00:1f.5 0x0dc 4 0x8a   \t\n",
		"spi-inspect-snapshot 1\r\npci 0000:00:1f.5 0x0dc 4 0x8a\r\n",
		"\xef\xbb\xbfspi-inspect-snapshot 1\npci 0000:00:1f.5 0x0dc 4 0x8a\n",
		"spi-inspect-snapshot\t1  \npci 0000:00:1f.5 0x0dc 4 0x8a",
		H "  # indented comment\n\t\n\npci 0000:00:1f.5 0x000dc 4 0x00000000000000008a\n",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(variants); i++) {
		struct hw *hw = replay_ok(variants[i]);

		assert_int_equal(pci(hw, "0000:00:1f.5", 0xdc, 4, 0), 0x8a);
		hw_close(hw);
	}
}

/* A snapshot pasted back from an issue or quoted in an e-mail reply (paste.c). */
static void test_pasted(void **state)
{
	static const char *const variants[] = {
		"\n\n" H "pci 0000:00:1f.5 0x0dc 4 0x8a\n\n\n",
		"```\n" H "pci 0000:00:1f.5 0x0dc 4 0x8a\n```\n",
		"```text\n" H "pci 0000:00:1f.5 0x0dc 4 0x8a\n```\n",
		"  ~~~~\r\n" H "pci 0000:00:1f.5 0x0dc 4 0x8a\r\n  ~~~~\r\n",
		"<details><summary>Snapshot (save as machine.snap)</summary>\n\n````\n" H
		"pci 0000:00:1f.5 0x0dc 4 0x8a\n````\n\n</details>\n",
		"<details>\n<summary>Snapshot</summary>\n" H "pci 0000:00:1f.5 0x0dc 4 0x8a\n</details>\n",
		"> ```\n> " H ">\n> pci 0000:00:1f.5 0x0dc 4 0x8a\n> ```\n\n",
		">" H ">pci 0000:00:1f.5 0x0dc 4 0x8a\n",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(variants); i++) {
		struct hw *hw = replay_ok(variants[i]);

		assert_int_equal(pci(hw, "0000:00:1f.5", 0xdc, 4, 0), 0x8a);
		hw_close(hw);
	}
}

/* CRLF: the \r at the end goes; contents stay as written (\x0d is a carriage return). */
static void test_crlf_contents(void **state)
{
	struct hw *hw = replay_ok("spi-inspect-snapshot 1\r\n"
				  "file /proc/cmdline \"quiet\\n\"\r\n"
				  "file /proc/version \"Linux\\x0d\\n\"\r\n"
				  "meta kernel 6.1.0\r\n"
				  "pci 0000:00:1f.0 0x000 4 0x29188086\r\n");
	struct buf b;

	(void)state;
	assert_int_equal(hw_file_read(hw, "/proc/cmdline", &b), 0);
	assert_string_equal(b.data, "quiet\n");
	buf_free(&b);
	assert_int_equal(hw_file_read(hw, "/proc/version", &b), 0);
	assert_string_equal(b.data, "Linux\r\n");
	buf_free(&b);
	assert_string_equal(hw_meta(hw, "kernel"), "6.1.0");
	assert_int_equal(pci(hw, "0000:00:1f.0", 0, 4, 0), 0x29188086);
	hw_close(hw);
}

static void test_escapes(void **state)
{
	struct hw *hw = replay_ok(H "file /sys/firmware/acpi/tables/MCFG \"MCFG\\x3c\\x00\\x00\\x00\\x01\\xfF\"\n"
				  "file /a \"tab\\there\\\\ \\\"q\\\" nl\\n\"\n"
				  "file /empty \"\"\n"
				  "file /utf8 \"caf\xc3\xa9\"\n"
				  "file /rawtab \"a\tb\"\n");
	struct buf b;

	(void)state;
	assert_int_equal(hw_file_read(hw, "/sys/firmware/acpi/tables/MCFG", &b), 0);
	assert_int_equal(b.len, 10);
	assert_memory_equal(b.data, "MCFG\x3c\x00\x00\x00\x01\xff", 10);
	assert_int_equal(b.data[10], '\0');
	buf_free(&b);
	assert_int_equal(hw_file_read(hw, "/a", &b), 0);
	assert_string_equal(b.data, "tab\there\\ \"q\" nl\n");
	buf_free(&b);
	assert_int_equal(hw_file_read(hw, "/empty", &b), 0);
	assert_int_equal(b.len, 0);
	assert_non_null(b.data);
	assert_string_equal(b.data, "");
	buf_free(&b);
	assert_int_equal(hw_file_read(hw, "/utf8", &b), 0);
	assert_string_equal(b.data, "caf\xc3\xa9");
	buf_free(&b);
	assert_int_equal(hw_file_read(hw, "/rawtab", &b), 0);
	assert_string_equal(b.data, "a\tb");
	buf_free(&b);
	hw_close(hw);
}

/* Value, error and not recorded are three different answers. */
static void test_value_error_absent(void **state)
{
	struct hw *hw = replay_ok(H PCI0 "0x000 4 0x9d4e8086\n"
				  PCI0 "0x0dc 1 !EACCES\n"
				  "mem 0xfe010004 2 !EPERM\n"
				  "mem 0xfe010000 8 0xffffffffffffffff\n"
				  "file /sys/class/mei/mei0/fw_status !ENOENT\n"
				  "dir /sys/class/mei !EACCES\n");
	uint64_t v = 7;
	struct buf b;

	(void)state;
	assert_int_equal(pci(hw, "0000:00:1f.0", 0, 4, 0), 0x9d4e8086);
	pci(hw, "0000:00:1f.0", 0xdc, 1, -EACCES);
	pci(hw, "0000:00:1f.0", 0xdc, 4, -HW_ENOTREC); /* another width: another read */
	pci(hw, "0000:00:1f.0", 0, 2, -HW_ENOTREC);
	pci(hw, "0000:00:1f.5", 0, 4, -HW_ENOTREC);
	assert_int_equal(hw_mem_read(hw, 0xfe010004, 2, &v), -EPERM);
	assert_int_equal(v, 7);
	assert_int_equal(hw_mem_read(hw, 0xfe010000, 8, &v), 0);
	assert_true(v == ~0ULL);
	assert_int_equal(hw_mem_read(hw, 0xfe010008, 4, &v), -HW_ENOTREC);
	assert_int_equal(hw_file_read(hw, "/sys/class/mei/mei0/fw_status", &b), -ENOENT);
	assert_null(b.data);
	assert_int_equal(hw_dir_read(hw, "/sys/class/mei", &b), -EACCES);
	/* a file line is not a dir line, and the other way round */
	assert_int_equal(hw_dir_read(hw, "/sys/class/mei/mei0/fw_status", &b), -HW_ENOTREC);
	assert_int_equal(hw_file_read(hw, "/sys/class/mei", &b), -HW_ENOTREC);
	assert_int_equal(hw_file_read(hw, "/proc/cmdline", &b), -HW_ENOTREC);
	assert_string_equal(hw_errname(-HW_ENOTREC), "not recorded");
	assert_string_equal(hw_errname(-EACCES), "EACCES");
	hw_close(hw);
}

/* A later line for the same read replaces the earlier one. */
static void test_later_wins(void **state)
{
	struct hw *hw = replay_ok(H PCI0 "0x0dc 1 0x0a\n"
				  "mem 0xfe010004 2 0xe008\n"
				  PCI0 "0x0dc 4 0x11223344\n"
				  "file /proc/cmdline \"one\"\n"
				  PCI0 "0x0dc 1 0x0b\n"
				  "mem 0xfe010004 2 !EPERM\n"
				  "file /proc/cmdline !ENOENT\n"
				  "file /proc/cmdline \"three\"\n"
				  PCI0 "0x0DC 1 0x8b\n"
				  "meta kernel 5.10\n"
				  "meta kernel 6.1  with   spaces \n");
	uint64_t v;
	struct buf b;

	(void)state;
	assert_int_equal(pci(hw, "0000:00:1f.0", 0xdc, 1, 0), 0x8b);
	assert_int_equal(pci(hw, "0000:00:1f.0", 0xdc, 4, 0), 0x11223344);
	assert_int_equal(hw_mem_read(hw, 0xfe010004, 2, &v), -EPERM);
	assert_int_equal(hw_file_read(hw, "/proc/cmdline", &b), 0);
	assert_string_equal(b.data, "three");
	buf_free(&b);
	assert_string_equal(hw_meta(hw, "kernel"), "6.1  with   spaces");
	assert_null(hw_meta(hw, "kerne"));
	hw_close(hw);

	/* and the other way: an error patched by a value */
	hw = replay_ok(H "mem 0xfe010004 2 !EPERM\nmem 0xfe010004 2 0xe008\n");
	assert_int_equal(hw_mem_read(hw, 0xfe010004, 2, &v), 0);
	assert_int_equal(v, 0xe008);
	hw_close(hw);
}

/* The devices present: a successful read of offset 0 that is not all ones. */
static void test_pci_scan(void **state)
{
	struct hw *hw = replay_ok(H "pci 0000:00:1f.5 0x000 4 0xa3248086\n"
				  "pci 0000:00:1f.0 0x0dc 1 0x8a\n"   /* no offset 0: absent */
				  "pci 0000:00:00.0 0x000 2 0x8086\n"
				  "pci 0000:00:00.0 0x000 4 0x3e308086\n" /* twice: listed once */
				  "pci 0000:00:16.0 0x000 4 0xffffffff\n" /* hidden: all ones */
				  "pci 0000:00:16.1 0x000 2 0xffff\n"
				  "pci 0000:00:16.4 0x000 4 !EIO\n"
				  "pci 0000:00:14.0 0x000 4 0xffffffff\n" /* all ones as 4 ... */
				  "pci 0000:00:14.0 0x000 2 0x8086\n"     /* ... but a value as 2 */
				  "pci 0001:00:02.0 0x000 4 0x00000000\n" /* zero is a value */
				  "pci 0000:03:00.0 0x000 4 0x15338086\n"
				  "pci 0000:00:1f.5 0x000 4 0xa3248086\n"
				  "mem 0x0 4 0x12345678\n");
	static const char *const want[] = {
		"0000:00:00.0", "0000:00:14.0", "0000:00:1f.5", "0000:03:00.0", "0001:00:02.0",
	};
	struct pci_loc *locs;
	size_t n;
	char s[16];

	(void)state;
	assert_int_equal(hw_pci_scan(hw, &locs, &n), 0);
	assert_int_equal(n, ARRAY_SIZE(want));
	for (size_t i = 0; i < n; i++)
		assert_string_equal(pci_loc_format(locs[i], s, sizeof(s)), want[i]);
	free(locs);
	hw_close(hw);

	/* a snapshot without pci lines has no devices, and that is not an error */
	hw = replay_ok(H "# nothing\n");
	assert_int_equal(hw_pci_scan(hw, &locs, &n), 0);
	assert_int_equal(n, 0);
	free(locs);
	hw_close(hw);

	/* all ones overridden by a later line */
	hw = replay_ok(H "pci 0000:00:1f.5 0x000 4 0xffffffff\npci 0000:00:1f.5 0x000 4 0xa3248086\n");
	assert_int_equal(hw_pci_scan(hw, &locs, &n), 0);
	assert_int_equal(n, 1);
	free(locs);
	hw_close(hw);
}

/* Listings come back sorted (as the interface promises), whatever the line said. */
static void test_dir_sorted(void **state)
{
	struct hw *hw = replay_ok(H "dir /sys/bus/pci/devices/0000:00:16.0/mei \"mei1\\nmei0\\nMEI\\n\"\n"
				  "dir /sys/class/empty \"\"\n");
	struct buf b;

	(void)state;
	assert_int_equal(hw_dir_read(hw, "/sys/bus/pci/devices/0000:00:16.0/mei", &b), 0);
	assert_string_equal(b.data, "MEI\nmei0\nmei1\n");
	assert_int_equal(b.len, 14);
	buf_free(&b);
	assert_int_equal(hw_dir_read(hw, "/sys/class/empty", &b), 0);
	assert_int_equal(b.len, 0);
	buf_free(&b);
	hw_close(hw);
}

/* pci_loc_parse is as strict as the snapshot (sscanf's %x is not). */
static void test_pci_loc_parse(void **state)
{
	static const char *const bad[] = {
		"0x00:00:1f.5", "+000:00:1f.5", " 000:00:1f.5", "0000:00:1f.5 ", "0000:00:1f.",
		"0000:00:1f", "00:1f.5", "0000:00:20.0", "0000:00:1f.8", "0000:-0:1f.5", "",
		"0000:00:1f:5", "00000:00:1f.5",
	};
	struct pci_loc loc;
	char s[16];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++)
		if (pci_loc_parse(bad[i], &loc))
			fail_msg("'%s' parsed as a PCI location", bad[i]);
	assert_true(pci_loc_parse("ABCD:eF:1F.7", &loc));
	assert_int_equal(loc.domain, 0xabcd);
	assert_int_equal(loc.bus, 0xef);
	assert_int_equal(loc.dev, 0x1f);
	assert_int_equal(loc.fn, 7);
	assert_string_equal(pci_loc_format(loc, s, sizeof(s)), "abcd:ef:1f.7");
}

/* Every name in the table reads back to its number. */
static void test_errnames(void **state)
{
	static const char *const names[] = { "EPERM", "ENOENT", "EIO", "ENXIO", "EACCES", "EBUSY",
					     "ENODEV", "EINVAL", "EOPNOTSUPP", "ETIMEDOUT",
					     "EPROTO", "ENODATA" };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		int e = hw_errno_from_name(names[i]);

		assert_true(e > 0);
		assert_string_equal(hw_errname(-e), names[i]);
	}
	assert_int_equal(hw_errno_from_name("EFOO"), 0);
	assert_int_equal(hw_errno_from_name(""), 0);
}

/* A few hundred lines, as a big report would replay: parsed and looked up. */
static void test_many_lines(void **state)
{
	char *text = malloc(64 * 1024);
	size_t n;
	struct hw *hw;

	(void)state;
	assert_non_null(text);
	n = (size_t)sprintf(text, H);
	for (unsigned i = 0; i < 1024; i += 4)
		n += (size_t)sprintf(text + n, "pci 0000:00:1f.5 0x%03x 4 0x%08x\n", i, i * 0x01010101u);
	for (unsigned i = 0; i < 64; i++)
		n += (size_t)sprintf(text + n, "mem 0x%08x 4 0x%08x\n", 0xfe010000u + 4 * i, ~i);
	hw = replay_ok(text);
	for (unsigned i = 0; i < 1024; i += 4)
		assert_int_equal(pci(hw, "0000:00:1f.5", i, 4, 0), i * 0x01010101u);
	for (unsigned i = 0; i < 64; i++) {
		uint64_t v;

		assert_int_equal(hw_mem_read(hw, 0xfe010000u + 4 * i, 4, &v), 0);
		assert_int_equal(v, (uint32_t)~i);
	}
	hw_close(hw);
	free(text);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bad_inputs),
		cmocka_unit_test(test_huge_line),
		cmocka_unit_test(test_unreadable_files),
		cmocka_unit_test(test_format_example),
		cmocka_unit_test(test_lexical),
		cmocka_unit_test(test_pasted),
		cmocka_unit_test(test_crlf_contents),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_value_error_absent),
		cmocka_unit_test(test_later_wins),
		cmocka_unit_test(test_pci_scan),
		cmocka_unit_test(test_dir_sorted),
		cmocka_unit_test(test_pci_loc_parse),
		cmocka_unit_test(test_errnames),
		cmocka_unit_test(test_many_lines),
	};

	return unit_main(tests, argc, argv);
}
