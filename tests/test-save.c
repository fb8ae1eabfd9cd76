/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-save.c - --save: never follows a symlink, never overwrites without --force, never under /dev. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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

struct dir {
	char path[64];
};

static int setup(void **state)
{
	struct dir *d = calloc(1, sizeof(*d));

	strcpy(d->path, "/tmp/test-save-XXXXXX");
	if (!mkdtemp(d->path))
		return -1;
	*state = d;
	return 0;
}

static int teardown(void **state)
{
	struct dir *d = *state;
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", d->path);
	if (system(cmd) != 0)
		return -1;
	free(d);
	return 0;
}

static char *in(void **state, const char *name)
{
	static char p[PATH_MAX];
	struct dir *d = *state;

	snprintf(p, sizeof(p), "%s/%s", d->path, name);
	return p;
}

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static char *slurp(const char *path)
{
	static char text[4096];
	FILE *f = fopen(path, "r");
	size_t n;

	assert_non_null(f);
	n = fread(text, 1, sizeof(text) - 1, f);
	text[n] = '\0';
	fclose(f);
	return text;
}

/* A refusal: -1, EXIT_SAVE, the words expected, something to do. */
static void refused(const char *path, bool force, const char *words)
{
	struct failure f = { 0 };
	int fd = snapshot_save_open(path, force, &f);

	if (fd >= 0 || !strstr(f.what, words))
		print_error("%s (force %d): fd %d, '%s', want '%s'\n", path, force, fd, f.what, words);
	assert_int_equal(fd, -1);
	assert_int_equal(f.code, EXIT_SAVE);
	assert_non_null(strstr(f.what, words));
	assert_true(strlen(f.why) > 10);
	assert_true(strlen(f.todo) > 10);
}

static void save(const char *path, bool force, const char *text)
{
	struct failure f = { 0 };
	int fd = snapshot_save_open(path, force, &f);

	if (fd < 0)
		print_error("%s: %s (%s)\n", path, f.what, f.todo);
	assert_true(fd >= 0);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	assert_false(fcntl(fd, F_GETFL) & O_NONBLOCK);
	assert_int_equal(snapshot_save_write(fd, path, text, &f), 0);
	assert_int_equal(fcntl(fd, F_GETFD), -1); /* closed */
}

static void test_new_file(void **state)
{
	const char *p = in(state, "new.snap");
	struct stat st;
	mode_t old = umask(022);

	save(p, false, "spi-inspect-snapshot 1\n");
	umask(old);
	assert_string_equal(slurp(p), "spi-inspect-snapshot 1\n");
	assert_int_equal(lstat(p, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0644);
	/* and force on a file that does not exist yet creates it */
	save(in(state, "forced.snap"), true, "x\n");
	assert_string_equal(slurp(in(state, "forced.snap")), "x\n");
}

static void test_existing_file(void **state)
{
	char p[PATH_MAX];

	strcpy(p, in(state, "old.snap"));
	put(p, "precious, and longer than the new text\n");
	refused(p, false, "refusing to save: the file already exists");
	assert_string_equal(slurp(p), "precious, and longer than the new text\n");
	/* --force replaces a regular file, and cuts it to the new length */
	save(p, true, "new\n");
	assert_string_equal(slurp(p), "new\n");
}

static void test_symlink(void **state)
{
	char target[PATH_MAX], link[PATH_MAX], dangling[PATH_MAX];

	strcpy(target, in(state, "target"));
	strcpy(link, in(state, "link.snap"));
	strcpy(dangling, in(state, "dangling.snap"));
	put(target, "keep\n");
	assert_int_equal(symlink(target, link), 0);
	assert_int_equal(symlink(in(state, "nowhere"), dangling), 0);
	refused(link, false, "refusing to save: the path is a symbolic link");
	refused(link, true, "refusing to save: the path is a symbolic link");
	refused(dangling, false, "the path is a symbolic link");
	refused(dangling, true, "the path is a symbolic link");
	assert_string_equal(slurp(target), "keep\n");
	assert_int_equal(access(in(state, "nowhere"), F_OK), -1);
	/* a link to a directory too */
	assert_int_equal(symlink("/tmp", in(state, "dirlink")), 0);
	refused(in(state, "dirlink"), true, "the path is a symbolic link");
}

static void test_directory(void **state)
{
	char p[PATH_MAX];

	strcpy(p, in(state, "sub"));
	assert_int_equal(mkdir(p, 0755), 0);
	refused(p, false, "refusing to save: the path is a directory");
	refused(p, true, "refusing to save: the path is a directory");
	refused("/tmp/", true, "the path is a directory");
	refused(in(state, "no/such/dir/x.snap"), false, "cannot create the snapshot file");
}

static void test_special_files(void **state)
{
	char fifo[PATH_MAX], a[PATH_MAX], b[PATH_MAX];

	strcpy(fifo, in(state, "fifo"));
	assert_int_equal(mkfifo(fifo, 0644), 0);
	refused(fifo, false, "already exists");
	refused(fifo, true, "refusing to save: the path is not a regular file"); /* and does not hang */
	strcpy(a, in(state, "a"));
	strcpy(b, in(state, "b"));
	put(a, "shared\n");
	assert_int_equal(link(a, b), 0);
	refused(b, true, "refusing to save: the file has other hard links");
	assert_string_equal(slurp(a), "shared\n");
	refused("", false, "no file name given");
	refused(NULL, true, "no file name given");
}

/* Hardware and kernel trees, however the path is spelled. */
static void test_hardware_paths(void **state)
{
	char p[PATH_MAX], cwd[PATH_MAX];

	refused("/dev/null", false, "refusing to save a snapshot under /dev");
	refused("/dev/null", true, "under /dev");
	refused("/dev/mem", true, "under /dev");
	refused("/dev/shm/x.snap", false, "under /dev");
	refused("/dev", true, "under /dev");
	refused("//dev//sda", true, "under /dev");
	refused("/tmp/../dev/./sda", true, "under /dev");
	refused("/sys/bus/pci/devices/0000:00:1f.0/config", true, "under /sys");
	refused("/proc/self/mem", true, "under /proc");
	refused("/proc", false, "under /proc");
	/* relative, from /tmp */
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir("/tmp"), 0);
	refused("../../../dev/sda", true, "under /dev");
	refused("../proc/x", false, "under /proc");
	/* a directory that is a symlink into /proc */
	strcpy(p, in(state, "procdir"));
	assert_int_equal(symlink("/proc/self", p), 0);
	strcat(p, "/x.snap");
	refused(p, true, "under /proc");
	assert_int_equal(chdir(cwd), 0);
	/* a name that merely starts like one is fine */
	save(in(state, "devices.snap"), false, "ok\n");
}

static void test_write_errors(void **state)
{
	struct failure f = { 0 };
	int fd = open("/dev/full", O_WRONLY | O_CLOEXEC);

	(void)state;
	if (fd >= 0) {
		assert_int_equal(snapshot_save_write(fd, "/dev/full", "text\n", &f), -1);
		assert_int_equal(f.code, EXIT_SAVE);
		assert_non_null(strstr(f.what, "/dev/full: writing the snapshot failed"));
		assert_non_null(strstr(f.why, "ENOSPC"));
	}
	fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(snapshot_save_write(fd, "out.snap", NULL, &f), -1); /* the recorder ran out of memory */
	assert_int_equal(f.code, EXIT_SAVE);
	assert_non_null(strstr(f.why, "out of memory"));
	assert_int_equal(fcntl(fd, F_GETFD), -1);
	assert_int_equal(snapshot_save_write(999, "out.snap", "x", &f), -1);
	assert_non_null(strstr(f.why, "EBADF"));
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_existing_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink, setup, teardown),
		cmocka_unit_test_setup_teardown(test_directory, setup, teardown),
		cmocka_unit_test_setup_teardown(test_special_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hardware_paths, setup, teardown),
		cmocka_unit_test(test_write_errors),
	};

	return unit_main(tests, argc, argv);
}
