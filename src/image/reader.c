/* SPDX-License-Identifier: GPL-2.0-or-later */
/* reader.c - an image file read a 4 KiB page at a time (pread, O_RDONLY), or a buffer. */
/*
 * The decoders ask for a few bytes here and there (a descriptor word, an FMAP
 * signature at a 256-byte stride, an ME manifest). Each request is served from
 * a small cache of 4 KiB pages; a missing page is read with one pread(). A page
 * that lies in a hole of a sparse file (lseek SEEK_DATA/SEEK_HOLE) is zeros by
 * definition and is not read at all: a 4 GiB sparse file with a descriptor at 0
 * costs a page or two. pages_read counts the pread()s, for the benchmark.
 * The file is opened O_RDONLY and never mapped: nothing here can write.
 */
#define _GNU_SOURCE /* SEEK_DATA, SEEK_HOLE */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "image/reader.h"

/* The smallest file taken for a flash image: 64 KiB, the smallest SPI NOR flash
 * chips flashrom lists (512 Kbit parts such as the M25P05-A, flashchips.c) and the
 * unit every chip size is a multiple of. A descriptor needs 4 KiB and its smallest
 * density encoding is 512 KiB (flashrom getFCBA_component_density), so nothing
 * smaller can be an image of an Intel machine's flash either. */
#define IMAGE_MIN_SIZE (64u * 1024)

struct cached_page {
	uint64_t index; /* page number + 1; 0 = empty */
	uint8_t data[IMAGE_PAGE];
};

struct image_reader {
	int fd;                  /* -1 for a memory reader */
	const uint8_t *buf;      /* memory reader: the first buflen bytes */
	size_t buflen;
	uint64_t size;
	unsigned long pages_read;
	uint64_t hole_lo, hole_hi;   /* a known hole [lo, hi), empty when lo == hi */
	uint64_t data_lo, data_hi;   /* a known data extent */
	unsigned next;               /* round-robin victim */
	enum image_error err;
	const char *err_what;
	struct cached_page cache[IMAGE_CACHE_PAGES];
};

/* Writes the sentence for why into why (whylen bytes, truncated); why may be NULL. */
void image_say(char *why, unsigned whylen, const char *fmt, ...)
{
	va_list ap;

	if (!why || !whylen)
		return;
	va_start(ap, fmt);
	vsnprintf(why, whylen, fmt, ap);
	va_end(ap);
}

static const char *file_kind(mode_t m)
{
	if (S_ISDIR(m))
		return "a directory";
	if (S_ISCHR(m))
		return "a character device";
	if (S_ISBLK(m))
		return "a block device";
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	return "not a regular file";
}

enum image_error image_reader_open(const char *path, struct image_reader **out, char *why,
				   unsigned whylen)
{
	struct image_reader *r;
	struct stat st;
	int fd;

	*out = NULL;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		int e = errno;

		image_say(why, whylen, "Cannot open %s: %s (%s). Check the path and that you may read the file.",
		    path, strerror(e), strerrorname_np(e) ? strerrorname_np(e) : "errno");
		return IMAGE_EOPEN;
	}
	if (fstat(fd, &st) != 0) {
		int e = errno;

		close(fd);
		image_say(why, whylen, "Cannot stat %s: %s (%s).", path, strerror(e),
		    strerrorname_np(e) ? strerrorname_np(e) : "errno");
		return IMAGE_EOPEN;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		image_say(why, whylen, "%s is %s, not an image file. Give the file flashrom -r saved, or the "
		    "image you mean to write.", path, file_kind(st.st_mode));
		return IMAGE_ENOTFILE;
	}
	if ((uint64_t)st.st_size < IMAGE_MIN_SIZE) {
		close(fd);
		image_say(why, whylen, "%s is %lld bytes, smaller than any flash chip (64 KiB): not a flash "
		    "image. Use the whole file flashrom -r wrote, not a region of it.", path,
		    (long long)st.st_size);
		return IMAGE_ETOOSMALL;
	}
	if (st.st_size % IMAGE_PAGE) {
		close(fd);
		image_say(why, whylen, "%s is %lld bytes, not a whole number of 4 KiB blocks: every flash chip "
		    "is, so the file is truncated or has extra bytes. Download or read it again.", path,
		    (long long)st.st_size);
		return IMAGE_ETOOSMALL;
	}
	r = calloc(1, sizeof(*r));
	if (!r) {
		close(fd);
		image_say(why, whylen, "Out of memory reading %s.", path);
		return IMAGE_EREAD;
	}
	r->fd = fd;
	r->size = (uint64_t)st.st_size;
	*out = r;
	return IMAGE_OK;
}

struct image_reader *image_reader_mem(const void *buf, size_t len, uint64_t size)
{
	struct image_reader *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->fd = -1;
	r->buf = buf;
	r->buflen = len < size ? len : (size_t)size;
	r->size = size;
	return r;
}

void image_reader_close(struct image_reader *r)
{
	if (!r)
		return;
	if (r->fd >= 0)
		close(r->fd);
	free(r);
}

uint64_t image_reader_size(const struct image_reader *r)
{
	return r->size;
}

unsigned long image_reader_pages(const struct image_reader *r)
{
	return r->pages_read;
}

enum image_error image_reader_error(const struct image_reader *r, const char **what)
{
	if (what)
		*what = r->err_what;
	return r->err;
}

/* True when the page at off is inside a hole of the file (reads as zeros). */
static int in_hole(struct image_reader *r, uint64_t off)
{
	off_t d, h;

	if (off >= r->hole_lo && off < r->hole_hi)
		return 1;
	if (off >= r->data_lo && off < r->data_hi)
		return 0;
	d = lseek(r->fd, (off_t)off, SEEK_DATA);
	if (d < 0) {
		if (errno == ENXIO) { /* no data from off to the end */
			r->hole_lo = off;
			r->hole_hi = r->size;
			return 1;
		}
		r->data_lo = off; /* SEEK_DATA unsupported: treat as data */
		r->data_hi = off + IMAGE_PAGE;
		return 0;
	}
	if ((uint64_t)d > off) {
		uint64_t hi = (uint64_t)d / IMAGE_PAGE * IMAGE_PAGE; /* whole pages of the hole */

		if (hi <= off)
			return 0; /* data starts inside this page: read it */
		r->hole_lo = off;
		r->hole_hi = hi;
		return 1;
	}
	h = lseek(r->fd, (off_t)off, SEEK_HOLE);
	r->data_lo = off;
	r->data_hi = h > (off_t)off ? (uint64_t)h : off + IMAGE_PAGE;
	return 0;
}

static const uint8_t *page(struct image_reader *r, uint64_t index)
{
	struct cached_page *c;
	uint64_t off = index * IMAGE_PAGE;
	size_t want = (size_t)(r->size - off < IMAGE_PAGE ? r->size - off : IMAGE_PAGE);

	static const uint8_t zeros[IMAGE_PAGE];

	for (unsigned i = 0; i < IMAGE_CACHE_PAGES; i++)
		if (r->cache[i].index == index + 1)
			return r->cache[i].data;
	if (r->fd >= 0 && in_hole(r, off))
		return zeros; /* a hole reads as zeros: nothing read, nothing evicted */
	if (r->fd < 0 && off >= r->buflen)
		return zeros; /* past the buffer of a memory reader */
	c = &r->cache[r->next];
	r->next = (r->next + 1) % IMAGE_CACHE_PAGES;
	c->index = 0;
	memset(c->data, 0, sizeof(c->data));
	if (r->fd < 0) {
		if (off < r->buflen)
			memcpy(c->data, r->buf + off, r->buflen - off < want ? r->buflen - off : want);
	} else {
		size_t got = 0;

		while (got < want) {
			ssize_t n = pread(r->fd, c->data + got, want - got, (off_t)(off + got));

			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				r->err = IMAGE_EREAD;
				r->err_what = n < 0 ? strerror(errno)
						    : "the file is shorter than its size said (it shrank while read)";
				return NULL;
			}
			got += (size_t)n;
		}
		r->pages_read++;
	}
	c->index = index + 1;
	return c->data;
}

int image_read(struct image_reader *r, uint64_t off, void *dst, size_t len)
{
	uint8_t *d = dst;

	if (!image_in_bounds(r->size, off, len))
		return -1;
	while (len) {
		const uint8_t *p = page(r, off / IMAGE_PAGE);
		size_t in = off % IMAGE_PAGE, n = IMAGE_PAGE - in < len ? IMAGE_PAGE - in : len;

		if (!p)
			return -1;
		memcpy(d, p + in, n);
		d += n;
		off += n;
		len -= n;
	}
	return 0;
}

uint64_t image_hole_end(struct image_reader *r, uint64_t off)
{
	if (r->fd < 0)
		return off >= r->buflen ? r->size : off;
	off -= off % IMAGE_PAGE;
	if (off >= r->size || !in_hole(r, off))
		return off;
	return r->hole_hi;
}

uint64_t image_data_end(struct image_reader *r, uint64_t off)
{
	uint64_t end;

	if (r->fd < 0)
		end = off < r->buflen ? r->buflen : r->size;
	else if (in_hole(r, off - off % IMAGE_PAGE))
		return off;
	else
		end = r->data_lo <= off && r->data_hi > off ? r->data_hi : off + IMAGE_PAGE;
	end = (end + IMAGE_PAGE - 1) / IMAGE_PAGE * IMAGE_PAGE;
	return end < r->size ? end : r->size;
}

int image_read_span(struct image_reader *r, uint64_t off, void *dst, size_t len)
{
	size_t got = 0;

	if (!image_in_bounds(r->size, off, len))
		return -1;
	if (r->fd < 0) {
		size_t in = off < r->buflen ? (size_t)(r->buflen - off < len ? r->buflen - off : len) : 0;

		memcpy(dst, r->buf + off, in);
		memset((uint8_t *)dst + in, 0, len - in);
		return 0;
	}
	while (got < len) {
		ssize_t n = pread(r->fd, (uint8_t *)dst + got, len - got, (off_t)(off + got));

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			r->err = IMAGE_EREAD;
			r->err_what = n < 0 ? strerror(errno)
					    : "the file is shorter than its size said (it shrank while read)";
			return -1;
		}
		got += (size_t)n;
	}
	r->pages_read += (len + IMAGE_PAGE - 1) / IMAGE_PAGE;
	return 0;
}

int image_read_le32(struct image_reader *r, uint64_t off, uint32_t *v)
{
	uint8_t b[4];

	if (image_read(r, off, b, 4))
		return -1;
	*v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
	return 0;
}

int image_read_le16(struct image_reader *r, uint64_t off, uint16_t *v)
{
	uint8_t b[2];

	if (image_read(r, off, b, 2))
		return -1;
	*v = (uint16_t)(b[0] | b[1] << 8);
	return 0;
}
