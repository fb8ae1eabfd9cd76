/* SPDX-License-Identifier: GPL-2.0-or-later */
/* save.c - --save and --output: the one place in the tool that opens files for writing. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hw/hw.h"
#include "array.h"

/*
 * Run as root, --save must not become a way to write somewhere it should
 * not: it never follows a symlink (O_NOFOLLOW), never replaces a file
 * unless --force (O_EXCL), and then only a regular file with no other
 * hard link; it never writes under /dev, /sys or /proc, where a "file" is
 * hardware or the kernel.
 */
static const char *const hw_trees[] = { "/dev", "/sys", "/proc" };

/* The first component of an absolute, normalized path is a hardware tree. */
static const char *hw_tree_of(const char *abs)
{
	for (size_t i = 0; i < ARRAY_SIZE(hw_trees); i++) {
		size_t n = strlen(hw_trees[i]);

		if (strncmp(abs, hw_trees[i], n) == 0 && (abs[n] == '/' || abs[n] == '\0'))
			return hw_trees[i];
	}
	return NULL;
}

/* path made absolute with "." and ".." and repeated slashes removed, lexically. */
static int normalize(const char *path, char *out, size_t size)
{
	char tmp[PATH_MAX];
	size_t n = 0;
	char *tok, *save;

	if (path[0] == '/') {
		if (strlen(path) >= sizeof(tmp))
			return -ENAMETOOLONG;
		strcpy(tmp, path);
	} else {
		char cwd[PATH_MAX];

		if (!getcwd(cwd, sizeof(cwd)))
			return -errno;
		if ((size_t)snprintf(tmp, sizeof(tmp), "%s/%s", cwd, path) >= sizeof(tmp))
			return -ENAMETOOLONG;
	}
	out[0] = '\0';
	for (tok = strtok_r(tmp, "/", &save); tok; tok = strtok_r(NULL, "/", &save)) {
		size_t l = strlen(tok);

		if (strcmp(tok, ".") == 0)
			continue;
		if (strcmp(tok, "..") == 0) {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			out[n] = '\0';
			continue;
		}
		if (n + 1 + l + 1 > size)
			return -ENAMETOOLONG;
		out[n++] = '/';
		memcpy(out + n, tok, l);
		n += l;
		out[n] = '\0';
	}
	if (n == 0)
		strcpy(out, "/");
	return 0;
}

/* What --save and --output write, in the words of a refusal. */
struct writer {
	const char *option, *verb, *a_thing, *thing, *example;
	enum exit_code code;
};
static const struct writer save_writer = {
	.option = "--save", .verb = "save", .a_thing = "a snapshot", .thing = "the snapshot",
	.example = "./snapshot.txt", .code = EXIT_SAVE,
};
static const struct writer output_writer = {
	.option = "--output", .verb = "write", .a_thing = "a report", .thing = "the report",
	.example = "./report.prom", .code = EXIT_OUTPUT,
};

/* Refuses /dev, /sys and /proc, as written and as the directory really is. */
static int refuse_hw_path(const char *path, const struct writer *w, struct failure *fail)
{
	char abs[PATH_MAX], real[PATH_MAX];
	const char *tree = NULL;
	char *slash;

	if (normalize(path, abs, sizeof(abs)) == 0) {
		tree = hw_tree_of(abs);
		slash = strrchr(abs, '/');
		if (!tree && slash) {
			*slash = '\0';
			if (realpath(abs[0] ? abs : "/", real))
				tree = hw_tree_of(real);
		}
	}
	if (!tree)
		return 0;
	failure_set(fail, w->code, "%s: refusing to %s %s under %s", path, w->verb, w->a_thing,
		    tree);
	failure_why(fail, "files under %s are devices and kernel interfaces, not places for a report", tree);
	failure_todo(fail, "%s %s to an ordinary file, e.g. %s %s", w->verb, w->thing, w->option,
		     w->example);
	return -1;
}

static int refuse(struct failure *fail, const char *path, const char *what, const char *why,
		  const char *todo)
{
	failure_set(fail, EXIT_SAVE, "%s: %s", path, what);
	failure_why(fail, "%s", why);
	failure_todo(fail, "%s", todo);
	return -1;
}

static int not_regular(const char *path, struct failure *fail)
{
	return refuse(fail, path, "refusing to save: the path is not a regular file",
		      "it is a device, a pipe or a socket, which a snapshot must not be written to",
		      "give the path of an ordinary file");
}

/* Why open() said no, in the words a user can act on. */
static int open_failed(const char *path, bool force, int err, struct failure *fail)
{
	struct stat st;

	if (err == ELOOP || (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)))
		return refuse(fail, path, "refusing to save: the path is a symbolic link",
			      "--save never follows a symbolic link, not even with --force, so that it cannot be led to overwrite another file",
			      "give the path of a new file in a directory you trust");
	if (err == EISDIR || (err == EEXIST && lstat(path, &st) == 0 && S_ISDIR(st.st_mode)))
		return refuse(fail, path, "refusing to save: the path is a directory",
			      "--save writes one file and never replaces a directory",
			      "give a file name, e.g. --save DIR/snapshot.txt");
	if (err == EEXIST && !force)
		return refuse(fail, path, "refusing to save: the file already exists",
			      "--save does not overwrite a file unless told to",
			      "choose a new file name, or add --force to replace this file");
	if (force && lstat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return not_regular(path, fail);
	failure_set(fail, EXIT_SAVE, "%s: cannot create the snapshot file", path);
	failure_why(fail, "%s (%s)",
		    err == EACCES ? "this user may not write in that directory"
		    : err == ENOENT ? "the directory does not exist"
		    : err == EROFS ? "the file system is read-only"
		    : strerror(err),
		    hw_errname(-err));
	failure_todo(fail, "save to a directory you may write, e.g. --save ~/snapshot.txt");
	return -1;
}

int snapshot_save_open(const char *path, bool force, struct failure *fail)
{
	/*
	 * Opens the --save snapshot file, never hardware: refuse_hw_path() below rejects any
	 * path under /dev, /sys or /proc (as written and as resolved) before this open, and
	 * O_NOFOLLOW stops a symbolic link from leading there; only a regular file is kept.
	 */
	int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY; /* a file, not hardware: see above */
	struct stat st;
	int fd;

	if (!path || !*path)
		return refuse(fail, "--save", "no file name given", "--save needs the name of the file to write",
			      "give a file name, e.g. --save snapshot.txt");
	if (refuse_hw_path(path, &save_writer, fail))
		return -1;
	/*
	 * With force an existing file is opened without O_TRUNC, and with
	 * O_NONBLOCK (a FIFO must not hang the tool), and cut to nothing only
	 * once it is known to be a regular file with one link.
	 */
	flags |= force ? O_NONBLOCK : O_EXCL;
	fd = open(path, flags, 0644);
	if (fd < 0)
		return open_failed(path, force, errno, fail);
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return not_regular(path, fail);
	}
	if (st.st_nlink > 1) {
		close(fd);
		return refuse(fail, path, "refusing to save: the file has other hard links",
			      "replacing it would change the other names of the same file too",
			      "choose a new file name");
	}
	if (force && (ftruncate(fd, 0) != 0 || fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)) {
		int err = errno;

		close(fd);
		return open_failed(path, force, err, fail);
	}
	return fd;
}

/* Writes the whole text and closes fd, in every case. */
int snapshot_save_write(int fd, const char *path, const char *text, struct failure *fail)
{
	size_t len = text ? strlen(text) : 0, done = 0;
	int err = 0;

	if (!text)
		err = ENOMEM;
	while (!err && done < len) {
		ssize_t n = write(fd, text + done, len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			err = errno;
		else
			done += (size_t)n;
	}
	if (close(fd) != 0 && !err && errno != EINTR)
		err = errno;
	if (!err)
		return 0;
	failure_set(fail, EXIT_SAVE, "%s: writing the snapshot failed", path);
	failure_why(fail, "%s (%s)", err == ENOSPC ? "the disk is full"
				    : err == ENOMEM ? "the tool ran out of memory while recording"
				    : strerror(err),
		    hw_errname(-err));
	failure_todo(fail, "free some space or save elsewhere, then run the tool again");
	return -1;
}

/* Why a step of --output failed, with the errno's name. */
static int output_failed(struct failure *fail, const char *path, const char *what, int err)
{
	failure_set(fail, EXIT_OUTPUT, "%s: %s", path, what);
	failure_why(fail, "%s (%s)",
		    err == EACCES ? "this user may not write in that directory"
		    : err == ENOENT ? "the directory does not exist"
		    : err == EROFS ? "the file system is read-only"
		    : err == ENOSPC ? "the disk is full"
		    : err == EISDIR ? "the path is a directory"
		    : strerror(err),
		    hw_errname(-err));
	failure_todo(fail, "give a file in a directory this user may write, e.g. --output ./report.prom");
	return -1;
}

int output_open(const char *path, struct output_file *of, struct failure *fail)
{
	const char *slash = path ? strrchr(path, '/') : NULL;
	const char *base = slash ? slash + 1 : path;
	int dirlen = slash ? (int)(slash - path + 1) : 0;
	struct stat st;

	of->fd = -1;
	of->path = path;
	of->tmp[0] = '\0';
	if (!path || !*base)
		return output_failed(fail, path && *path ? path : "--output",
				     "--output needs the name of a file", EINVAL);
	if (refuse_hw_path(path, &output_writer, fail))
		return -1;
	if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return output_failed(fail, path, "cannot replace a directory with the report", EISDIR);
	/* a dot file: node_exporter reads only *.prom, and ls hides it */
	if ((size_t)snprintf(of->tmp, sizeof(of->tmp), "%.*s.%s.XXXXXX", dirlen, path, base) >=
	    sizeof(of->tmp))
		return output_failed(fail, path, "the path is too long", ENAMETOOLONG);
	/* a new regular file that nobody else has opened (mkostemp: O_CREAT|O_EXCL), never
	 * hardware: refuse_hw_path() above rejected /dev, /sys and /proc */
	of->fd = mkostemp(of->tmp, O_CLOEXEC);
	if (of->fd < 0) {
		of->tmp[0] = '\0';
		return output_failed(fail, path, "cannot create a temporary file beside it", errno);
	}
	/* mkostemp makes it 0600; a report is for everyone to read, whatever the umask */
	if (fchmod(of->fd, 0644) != 0) {
		int err = errno;

		output_discard(of);
		return output_failed(fail, path, "cannot make the temporary file readable", err);
	}
	return 0;
}

int output_commit(struct output_file *of, struct failure *fail)
{
	int err = 0;

	if (fsync(of->fd) != 0)
		err = errno;
	if (close(of->fd) != 0 && !err && errno != EINTR)
		err = errno;
	of->fd = -1;
	if (!err && rename(of->tmp, of->path) != 0)
		err = errno;
	if (!err) {
		of->tmp[0] = '\0';
		return 0;
	}
	output_discard(of);
	return output_failed(fail, of->path, "writing the report failed", err);
}

void output_discard(struct output_file *of)
{
	if (of->fd >= 0)
		close(of->fd);
	of->fd = -1;
	if (of->tmp[0])
		unlink(of->tmp);
	of->tmp[0] = '\0';
}

/* The temporary file was made by output_open() (O_EXCL, beside the target, never a device). */
FILE *output_stream(struct output_file *of)
{
	return fdopen(of->fd, "w");
}
