/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snapshot.c - the snapshot parser: text -> an indexed table of reads (snapshot-format.md). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hw/paste.h"
#include "hw/snapshot.h"
#include "array.h"

struct parser {
	const char *name;
	unsigned line;
	struct failure *fail;
	struct snapshot *s;
	const char *p; /* cursor in the current line, NUL-terminated */
};

/* How each record kind is written, for the messages. */
static const struct {
	const char *word;
	enum snap_kind kind;
	const char *usage;
} kinds[] = {
	{ "pci", SNAP_PCI, "pci BDF OFFSET WIDTH VALUE, e.g. pci 0000:00:1f.5 0x0dc 4 0x0000008a" },
	{ "mem", SNAP_MEM, "mem ADDRESS WIDTH VALUE, e.g. mem 0xfe010004 2 0xe008" },
	{ "file", SNAP_FILE, "file PATH \"CONTENTS\", e.g. file /proc/cmdline \"quiet\\n\"" },
	{ "dir", SNAP_DIR, "dir PATH \"ENTRIES\", e.g. dir /sys/class/mei \"mei0\\n\"" },
};

static const char *usage_of(enum snap_kind kind)
{
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++)
		if (kinds[i].kind == kind)
			return kinds[i].usage;
	return "";
}

/* Sets the failure: "NAME:LINE: what" and what to do. Returns -1. */
static int PRINTF_LIKE(3, 4) perr(struct parser *ps, const char *todo, const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	failure_set(ps->fail, EXIT_SNAPSHOT_SYNTAX, "%s:%u: %s", ps->name, ps->line, msg);
	failure_todo(ps->fail, "%s", todo);
	return -1;
}

/* A token as it can be shown in a message: at most 32 bytes, non-printables as '?'. */
static const char *show(char out[48], const char *tok, size_t len)
{
	size_t n = len > 32 ? 32 : len, i;

	for (i = 0; i < n; i++)
		out[i] = tok[i] >= 0x20 && tok[i] < 0x7f ? tok[i] : '?';
	if (len > n) {
		memcpy(out + i, "...", 3);
		i += 3;
	}
	out[i] = '\0';
	return out;
}

static bool is_sep(char c)
{
	return c == ' ' || c == '\t';
}

static void skip_sep(struct parser *ps)
{
	while (is_sep(*ps->p))
		ps->p++;
}

/* The next field (up to a space or tab); its length, 0 at the end of the line. */
static size_t next_tok(struct parser *ps, const char **tok)
{
	size_t n = 0;

	skip_sep(ps);
	*tok = ps->p;
	while (ps->p[n] && !is_sep(ps->p[n]))
		n++;
	ps->p += n;
	return n;
}

static bool tok_is(const char *tok, size_t len, const char *word)
{
	return strlen(word) == len && memcmp(tok, word, len) == 0;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* 0xHEX, hex case-insensitive, at most 64 bits. */
static int parse_hex(struct parser *ps, const char *tok, size_t len, const char *what,
		     uint64_t *v)
{
	char sh[48];
	uint64_t x = 0;
	size_t i;

	if (len < 3 || tok[0] != '0' || (tok[1] != 'x' && tok[1] != 'X'))
		return perr(ps, "write it as 0x followed by hex digits, e.g. 0x1f",
			    "%s '%s' is not a hex number", what, show(sh, tok, len));
	for (i = 2; i < len; i++) {
		int d = hexval(tok[i]);

		if (d < 0)
			return perr(ps, "write it as 0x followed by hex digits (0-9, a-f), e.g. 0x1f",
				    "%s '%s' is not a hex number: '%c' is not a hex digit", what,
				    show(sh, tok, len), tok[i] >= 0x20 && tok[i] < 0x7f ? tok[i] : '?');
		if (x >> 60)
			return perr(ps, "a value has at most 16 hex digits (64 bits)",
				    "%s '%s' does not fit in 64 bits", what, show(sh, tok, len));
		x = x << 4 | (uint64_t)d;
	}
	*v = x;
	return 0;
}

static int parse_width(struct parser *ps, const char *tok, size_t len, unsigned *width)
{
	char sh[48];

	if (len == 1 && hw_width_valid((unsigned)(tok[0] - '0'))) {
		*width = (unsigned)(tok[0] - '0');
		return 0;
	}
	return perr(ps, "the width is the size of the read in bytes: 1, 2, 4 or 8",
		    "width '%s' is not 1, 2, 4 or 8", show(sh, tok, len));
}

uint64_t snapshot_ones(unsigned width)
{
	return width >= 8 ? ~0ULL : (1ULL << (8 * width)) - 1;
}

/* !ERRNO_NAME, or 0xHEX that fits in width bytes. */
static int parse_result(struct parser *ps, const char *tok, size_t len, struct snap_rec *r)
{
	char sh[48], name[24];
	int err;

	if (len == 0)
		return perr(ps, usage_of(r->key.kind), "the value is missing");
	if (tok[0] == '!') {
		if (len - 1 >= sizeof(name) || len == 1)
			err = 0;
		else {
			memcpy(name, tok + 1, len - 1);
			name[len - 1] = '\0';
			err = hw_errno_from_name(name);
		}
		if (!err)
			return perr(ps, "write the error as an errno name, e.g. !EACCES, !EPERM, !ENOENT, !EIO",
				    "unknown error name '%s'", show(sh, tok, len));
		r->status = -err;
		return 0;
	}
	if (parse_hex(ps, tok, len, "value", &r->value))
		return -1;
	if (r->value > snapshot_ones(r->key.width)) {
		char todo[96];

		snprintf(todo, sizeof(todo), "a %u-byte read holds at most 0x%llx; correct the value or the width",
			 r->key.width, (unsigned long long)snapshot_ones(r->key.width));
		return perr(ps, todo, "value '%s' does not fit in %u byte%s", show(sh, tok, len),
			    r->key.width, r->key.width > 1 ? "s" : "");
	}
	r->status = 0;
	return 0;
}

/* Nothing but spaces may follow the last field. */
static int parse_end(struct parser *ps, const char *kind)
{
	char sh[48];

	skip_sep(ps);
	if (*ps->p)
		return perr(ps, "a line ends after its value; write a comment on a line of its own, starting with #",
			    "unexpected '%s' after the end of the %s line", show(sh, ps->p, strlen(ps->p)),
			    kind);
	return 0;
}

/* DDDD:BB:DD.F, hex; device <= 0x1f, function <= 7. */
static int parse_bdf(struct parser *ps, const char *tok, size_t len, struct pci_loc *loc)
{
	static const char shape[] = "hhhh:hh:hh.h";
	unsigned v[4] = { 0 }, k = 0;
	char sh[48];

	if (len != sizeof(shape) - 1)
		goto bad;
	for (size_t i = 0; i < len; i++) {
		if (shape[i] != 'h') {
			if (tok[i] != shape[i])
				goto bad;
			k++;
		} else if (hexval(tok[i]) < 0) {
			goto bad;
		} else {
			v[k] = v[k] << 4 | (unsigned)hexval(tok[i]);
		}
	}
	if (v[2] > 0x1f)
		return perr(ps, "a PCI device number is 00..1f", "device %02x in '%s' is above 1f",
			    v[2], show(sh, tok, len));
	if (v[3] > 7)
		return perr(ps, "a PCI function number is 0..7", "function %x in '%s' is above 7",
			    v[3], show(sh, tok, len));
	*loc = (struct pci_loc){ (uint16_t)v[0], (uint8_t)v[1], (uint8_t)v[2], (uint8_t)v[3] };
	return 0;
bad:
	return perr(ps, "write the PCI location as domain:bus:device.function in hex, e.g. 0000:00:1f.5",
		    "'%s' is not a PCI location DDDD:BB:DD.F", show(sh, tok, len));
}

static int parse_pci(struct parser *ps, struct snap_rec *r)
{
	const char *tok;
	size_t len;
	char sh[48];

	if (!(len = next_tok(ps, &tok)))
		return perr(ps, usage_of(SNAP_PCI), "the PCI location is missing");
	if (parse_bdf(ps, tok, len, &r->key.loc))
		return -1;
	if (!(len = next_tok(ps, &tok)))
		return perr(ps, usage_of(SNAP_PCI), "the config-space offset is missing");
	if (parse_hex(ps, tok, len, "offset", &r->key.where))
		return -1;
	if (r->key.where > 0xfff)
		return perr(ps, "a config-space offset is 0x000..0xfff",
			    "offset '%s' is outside config space", show(sh, tok, len));
	if (!(len = next_tok(ps, &tok)))
		return perr(ps, usage_of(SNAP_PCI), "the width is missing");
	if (parse_width(ps, tok, len, &r->key.width))
		return -1;
	if (r->key.where + r->key.width > 0x1000)
		return perr(ps, "a read ends at or before offset 0x1000; check the offset and the width",
			    "offset 0x%03x with width %u runs past the end of config space",
			    (unsigned)r->key.where, r->key.width);
	len = next_tok(ps, &tok);
	if (parse_result(ps, tok, len, r))
		return -1;
	return parse_end(ps, "pci");
}

static int parse_mem(struct parser *ps, struct snap_rec *r)
{
	const char *tok;
	size_t len;

	if (!(len = next_tok(ps, &tok)))
		return perr(ps, usage_of(SNAP_MEM), "the physical address is missing");
	if (parse_hex(ps, tok, len, "address", &r->key.where))
		return -1;
	if (!(len = next_tok(ps, &tok)))
		return perr(ps, usage_of(SNAP_MEM), "the width is missing");
	if (parse_width(ps, tok, len, &r->key.width))
		return -1;
	/* hw_mem_read() refuses unaligned reads, so such a line could never be used. */
	if (r->key.where % r->key.width)
		return perr(ps, "a memory read is aligned to its width; check the address and the width",
			    "address 0x%llx is not a multiple of the width %u",
			    (unsigned long long)r->key.where, r->key.width);
	len = next_tok(ps, &tok);
	if (parse_result(ps, tok, len, r))
		return -1;
	return parse_end(ps, "mem");
}

/* A C-style quoted string with \n \t \\ \" \xHH; the contents may hold NUL. */
static int parse_quoted(struct parser *ps, struct buf *out)
{
	static const char todo[] = "inside quotes write a special byte as \\n, \\t, \\\\, \\\" or \\x with two hex digits, e.g. \\x00";
	const char *p = ps->p + 1; /* after the opening quote */
	size_t cap = strlen(p) + 1, n = 0;
	char *d = malloc(cap);

	if (!d) {
		failure_set(ps->fail, EXIT_INTERNAL, "%s:%u: out of memory", ps->name, ps->line);
		return -1;
	}
	for (;; p++) {
		unsigned char c = (unsigned char)*p;

		if (c == '\0') {
			free(d);
			return perr(ps, "close the quoted string with \" on the same line (write a newline as \\n)",
				    "the quoted string has no closing \"");
		}
		if (c == '"')
			break;
		if (c == '\\') {
			switch (p[1]) {
			case 'n': d[n++] = '\n'; p++; continue;
			case 't': d[n++] = '\t'; p++; continue;
			case '\\': d[n++] = '\\'; p++; continue;
			case '"': d[n++] = '"'; p++; continue;
			case 'x':
				if (hexval(p[2]) < 0 || hexval(p[3]) < 0) {
					free(d);
					return perr(ps, todo, "\\x in a quoted string needs two hex digits");
				}
				d[n++] = (char)(hexval(p[2]) << 4 | hexval(p[3]));
				p += 3;
				continue;
			default:
				free(d);
				if (p[1] >= 0x20 && p[1] < 0x7f)
					return perr(ps, todo, "unknown escape '\\%c' in a quoted string", p[1]);
				return perr(ps, todo, "a quoted string ends in a lone \\");
			}
		}
		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			free(d);
			return perr(ps, todo, "control byte 0x%02x in a quoted string (write it as \\x%02x)",
				    c, c);
		}
		d[n++] = (char)c;
	}
	d[n] = '\0';
	ps->p = p + 1;
	out->data = d;
	out->len = n;
	return 0;
}

static int parse_text(struct parser *ps, struct snap_rec *r, const char *kind)
{
	const char *tok;
	size_t len;
	char *path;

	if (!(len = next_tok(ps, &tok)))
		return perr(ps, usage_of(r->key.kind), "the path is missing");
	if (tok[0] != '/') {
		char sh[48];

		return perr(ps, "write the path as it is on the machine, starting with /",
			    "path '%s' is not absolute", show(sh, tok, len));
	}
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)tok[i] < 0x20 || tok[i] == 0x7f)
			return perr(ps, "write the path as it is on the machine, without control bytes",
				    "the path contains the control byte 0x%02x", (unsigned char)tok[i]);
	path = strndup(tok, len);
	if (!path) {
		failure_set(ps->fail, EXIT_INTERNAL, "%s:%u: out of memory", ps->name, ps->line);
		return -1;
	}
	r->key.path = path;
	skip_sep(ps);
	if (*ps->p == '"') {
		if (parse_quoted(ps, &r->data))
			return -1;
		r->status = 0;
		if (r->key.kind == SNAP_DIR && snapshot_dir_normalize(&r->data))
			return perr(ps, "a listing is the entry names, each followed by \\n, e.g. \"mei0\\n\"",
				    "the directory listing has an empty name or no final \\n");
	} else if (*ps->p == '!') {
		len = next_tok(ps, &tok);
		if (parse_result(ps, tok, len, r))
			return -1;
	} else {
		return perr(ps, usage_of(r->key.kind),
			    "the %s line needs the contents in double quotes, or an error such as !ENOENT, after the path",
			    kind);
	}
	return parse_end(ps, kind);
}

static int parse_meta(struct parser *ps)
{
	const char *tok, *v;
	size_t len, vlen;
	char *key, *value;
	struct snap_meta *m;

	if (!(len = next_tok(ps, &tok)))
		return perr(ps, "write: meta KEY VALUE, e.g. meta kernel 6.1.0-13-amd64",
			    "the meta line has no key");
	skip_sep(ps);
	v = ps->p;
	vlen = strlen(v);
	while (vlen && is_sep(v[vlen - 1]))
		vlen--;
	if (!vlen)
		return perr(ps, "write: meta KEY VALUE, e.g. meta kernel 6.1.0-13-amd64",
			    "the meta line has no value");
	if (ps->s->nmeta == ps->s->capmeta) {
		size_t cap = ps->s->capmeta ? 2 * ps->s->capmeta : 8;

		m = realloc(ps->s->meta, cap * sizeof(*m));
		if (!m)
			goto oom;
		ps->s->meta = m;
		ps->s->capmeta = cap;
	}
	key = strndup(tok, len);
	value = strndup(v, vlen);
	if (!key || !value) {
		free(key);
		free(value);
		goto oom;
	}
	ps->s->meta[ps->s->nmeta++] = (struct snap_meta){ key, value };
	return 0;
oom:
	failure_set(ps->fail, EXIT_INTERNAL, "%s:%u: out of memory", ps->name, ps->line);
	return -1;
}

static void rec_free(struct snap_rec *r)
{
	free((char *)r->key.path);
	r->key.path = NULL;
	buf_free(&r->data);
}

static int parse_line(struct parser *ps)
{
	static const char kinds_todo[] = "a line is a comment (#), blank, or one of: meta, pci, mem, file, dir";
	struct snap_rec r = { .line = ps->line };
	const char *tok;
	size_t len, i;
	char sh[48];

	skip_sep(ps);
	if (*ps->p == '\0' || *ps->p == '#')
		return 0;
	len = next_tok(ps, &tok);
	if (tok_is(tok, len, "meta"))
		return parse_meta(ps);
	for (i = 0; i < ARRAY_SIZE(kinds); i++)
		if (tok_is(tok, len, kinds[i].word))
			break;
	if (i == ARRAY_SIZE(kinds))
		return perr(ps, kinds_todo, "unknown record kind '%s'", show(sh, tok, len));
	r.key.kind = kinds[i].kind;
	if (ps->s->nrecs == ps->s->caprecs) {
		size_t cap = ps->s->caprecs ? 2 * ps->s->caprecs : 64;
		struct snap_rec *n = realloc(ps->s->recs, cap * sizeof(*n));

		if (!n) {
			failure_set(ps->fail, EXIT_INTERNAL, "%s:%u: out of memory", ps->name, ps->line);
			return -1;
		}
		ps->s->recs = n;
		ps->s->caprecs = cap;
	}
	switch (r.key.kind) {
	case SNAP_PCI:
		if (parse_pci(ps, &r))
			return -1;
		break;
	case SNAP_MEM:
		if (parse_mem(ps, &r))
			return -1;
		break;
	case SNAP_FILE:
	case SNAP_DIR:
		if (parse_text(ps, &r, kinds[i].word)) {
			rec_free(&r);
			return -1;
		}
		break;
	}
	ps->s->recs[ps->s->nrecs++] = r;
	return 0;
}

static int parse_header(struct parser *ps)
{
	static const char todo[] = "give a file written by spi-inspect --save; only blank lines, a ``` fence and "
				   "the <details>/<summary> lines of a pasted report may come before the header; "
				   "if the header was lost when pasting, add the line 'spi-inspect-snapshot 1' at the top";
	const char *tok, *ver;
	size_t len, vlen;
	char sh[48];

	len = next_tok(ps, &tok);
	if (!tok_is(tok, len, "spi-inspect-snapshot"))
		return perr(ps, todo, "not a spi-inspect snapshot: expected the header line '" SNAPSHOT_HEADER "' here");
	vlen = next_tok(ps, &ver);
	if (!tok_is(ver, vlen, "1"))
		return perr(ps, "read it with the newer spi-inspect that wrote it, or save it again with this one",
			    "snapshot format version '%s' is not supported: this tool reads version 1",
			    show(sh, ver, vlen));
	return parse_end(ps, "header");
}

static int cmp_rec_line(const void *a, const void *b)
{
	const struct snap_rec *x = a, *y = b;
	int c = snap_key_cmp(&x->key, &y->key);

	if (c)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* Sort by key; of records with one key the later line wins. */
static void index_records(struct snapshot *s)
{
	size_t i, n = 0;

	if (s->nrecs > 1)
		qsort(s->recs, s->nrecs, sizeof(*s->recs), cmp_rec_line);
	for (i = 0; i < s->nrecs; i++) {
		if (i + 1 < s->nrecs && snap_key_cmp(&s->recs[i].key, &s->recs[i + 1].key) == 0) {
			rec_free(&s->recs[i]);
			continue;
		}
		s->recs[n++] = s->recs[i];
	}
	s->nrecs = n;
}

/* Parses text in place (len bytes; text[len] must be writable). */
static struct snapshot *parse_buffer(const char *name, char *text, size_t len,
				     struct failure *fail)
{
	struct parser ps = { .name = name, .fail = fail };
	struct paste paste = { 0 };
	const char *todo = "";
	char why[160];
	size_t pos = 0;

	ps.s = snapshot_new();
	if (!ps.s) {
		failure_set(fail, EXIT_INTERNAL, "%s: out of memory", name);
		return NULL;
	}
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		pos = 3; /* a UTF-8 byte-order mark, from an editor on the way */
	if (pos == len) {
		ps.line = 1;
		perr(&ps, "give a file written by spi-inspect --save", "the file is empty, not a snapshot");
		goto fail;
	}
	while (pos < len) {
		char *start = text + pos;
		size_t room = len - pos, llen;
		char *nl = memchr(start, '\n', room > SNAPSHOT_MAX_LINE + 1 ? SNAPSHOT_MAX_LINE + 1 : room);

		ps.line++;
		llen = nl ? (size_t)(nl - start) : room;
		if (llen > SNAPSHOT_MAX_LINE) {
			perr(&ps, "a snapshot line is short; is this the right file?",
			     "the line is longer than 1 MiB");
			goto fail;
		}
		pos += llen + (nl != NULL);
		if (llen && start[llen - 1] == '\r')
			llen--; /* CRLF, from a browser or an editor on the way */
		if (memchr(start, '\0', llen)) {
			perr(&ps, "a snapshot is text; inside quotes write a NUL byte as \\x00",
			     "the line contains a NUL byte");
			goto fail;
		}
		if (memchr(start, '\r', llen)) {
			perr(&ps, "end lines with LF or CRLF; inside quotes write a carriage return as \\x0d",
			     "the line contains a carriage return");
			goto fail;
		}
		start[llen] = '\0';
		ps.p = start;
		switch (paste_line(&paste, ps.line, &ps.p, why, sizeof(why), &todo)) {
		case PASTE_SKIP:
			continue;
		case PASTE_ERROR:
			perr(&ps, todo, "%s", why);
			goto fail;
		case PASTE_PARSE:
			break;
		}
		if (!paste.header_seen) {
			if (parse_header(&ps))
				goto fail;
			paste_header_seen(&paste);
		} else if (parse_line(&ps))
			goto fail;
	}
	if (!paste.header_seen) {
		perr(&ps, "give a file written by spi-inspect --save",
		     "the file holds no snapshot: no header line 'spi-inspect-snapshot 1'");
		goto fail;
	}
	index_records(ps.s);
	return ps.s;
fail:
	snapshot_free(ps.s);
	return NULL;
}

struct snapshot *snapshot_parse(const char *name, const char *text, size_t len,
				struct failure *fail)
{
	struct snapshot *s;
	char *copy = malloc(len + 1);

	if (!copy) {
		failure_set(fail, EXIT_INTERNAL, "%s: out of memory", name);
		return NULL;
	}
	memcpy(copy, text, len);
	s = parse_buffer(name, copy, len, fail);
	free(copy);
	return s;
}

static void input_fail(struct failure *fail, const char *path, int err)
{
	failure_set(fail, EXIT_INPUT, "%s: cannot read the snapshot", path);
	failure_why(fail, "%s (%s)", strerror(err), hw_errname(-err));
	failure_todo(fail, "%s", err == ENOENT ? "check the file name: give the path of a snapshot written by spi-inspect --save"
			       : err == EISDIR ? "give the path of a snapshot file, not of a directory"
			       : err == EACCES ? "make the file readable for this user (replaying a snapshot never needs root)"
			       : "give the path of a snapshot file written by spi-inspect --save");
}

struct snapshot *snapshot_load(const char *path, struct failure *fail)
{
	struct snapshot *s = NULL;
	size_t len = 0, cap = 1 << 16;
	struct stat st;
	char *text;
	int fd;

	if (strcmp(path, "-") == 0) {
		/* --from -: standard input, named as compilers name it in FILE:LINE messages */
		path = "<stdin>";
		fd = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0);
	} else
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		input_fail(fail, path, errno);
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		input_fail(fail, path, EISDIR);
		return NULL;
	}
	text = malloc(cap + 1);
	for (;;) {
		ssize_t got;

		if (!text) {
			failure_set(fail, EXIT_INTERNAL, "%s: out of memory", path);
			goto out;
		}
		if (len == cap) {
			char *n;

			if (cap >= SNAPSHOT_MAX_FILE) {
				failure_set(fail, EXIT_SNAPSHOT_SYNTAX,
					    "%s: the file is larger than 64 MiB, not a snapshot", path);
				failure_why(fail, "a snapshot holds a few hundred lines, a few kilobytes");
				failure_todo(fail, "give the path of a snapshot file written by spi-inspect --save");
				goto out;
			}
			cap *= 2;
			n = realloc(text, cap + 1);
			if (!n) {
				free(text);
				text = NULL;
				continue;
			}
			text = n;
		}
		got = read(fd, text + len, cap - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			input_fail(fail, path, errno);
			goto out;
		}
		if (got == 0)
			break;
		len += (size_t)got;
	}
	s = parse_buffer(path, text, len, fail);
out:
	free(text);
	close(fd);
	return s;
}
