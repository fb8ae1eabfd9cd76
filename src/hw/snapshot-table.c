/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snapshot-table.c - the table of reads behind replay and the recorder, and its text form. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hw/snapshot.h"
#include "array.h"

struct snapshot *snapshot_new(void)
{
	return calloc(1, sizeof(struct snapshot));
}

void snapshot_free(struct snapshot *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nrecs; i++) {
		free((char *)s->recs[i].key.path);
		buf_free(&s->recs[i].data);
	}
	for (size_t i = 0; i < s->nmeta; i++) {
		free(s->meta[i].key);
		free(s->meta[i].value);
	}
	free(s->recs);
	free(s->meta);
	free(s);
}

static int cmp_u64(uint64_t a, uint64_t b)
{
	return a < b ? -1 : a > b;
}

int snap_key_cmp(const struct snap_key *a, const struct snap_key *b)
{
	int c;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	switch (a->kind) {
	case SNAP_PCI:
		if ((c = pci_loc_cmp(a->loc, b->loc)))
			return c;
		/* fall through */
	case SNAP_MEM:
		if ((c = cmp_u64(a->where, b->where)))
			return c;
		return cmp_u64(a->width, b->width);
	case SNAP_FILE:
	case SNAP_DIR:
		break;
	}
	return strcmp(a->path, b->path);
}

/* Index of key, or of where it would go (*found false). Binary search. */
static size_t search(const struct snapshot *s, const struct snap_key *key, bool *found)
{
	size_t lo = 0, hi = s->nrecs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = snap_key_cmp(&s->recs[mid].key, key);

		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

const struct snap_rec *snapshot_find(const struct snapshot *s, const struct snap_key *key)
{
	bool found;
	size_t i = search(s, key, &found);

	return found ? &s->recs[i] : NULL;
}

int snapshot_put(struct snapshot *s, const struct snap_rec *rec)
{
	struct snap_rec r = *rec;
	bool found;
	size_t i = search(s, &rec->key, &found);

	r.key.path = NULL;
	r.data = (struct buf){ NULL, 0 };
	if (rec->key.path && !(r.key.path = strdup(rec->key.path)))
		return -ENOMEM;
	if (rec->data.data) {
		r.data.data = malloc(rec->data.len + 1);
		if (!r.data.data) {
			free((char *)r.key.path);
			return -ENOMEM;
		}
		memcpy(r.data.data, rec->data.data, rec->data.len);
		r.data.data[rec->data.len] = '\0';
		r.data.len = rec->data.len;
	}
	if (found) {
		free((char *)s->recs[i].key.path);
		buf_free(&s->recs[i].data);
		s->recs[i] = r;
		return 0;
	}
	if (s->nrecs == s->caprecs) {
		size_t cap = s->caprecs ? 2 * s->caprecs : 64;
		struct snap_rec *n = realloc(s->recs, cap * sizeof(*n));

		if (!n) {
			free((char *)r.key.path);
			buf_free(&r.data);
			return -ENOMEM;
		}
		s->recs = n;
		s->caprecs = cap;
	}
	memmove(&s->recs[i + 1], &s->recs[i], (s->nrecs - i) * sizeof(*s->recs));
	s->recs[i] = r;
	s->nrecs++;
	return 0;
}

const char *snapshot_meta(const struct snapshot *s, const char *key)
{
	for (size_t i = s->nmeta; i-- > 0;)
		if (strcmp(s->meta[i].key, key) == 0)
			return s->meta[i].value;
	return NULL;
}

/*
 * A meta value is the rest of its line: control bytes become '?', and
 * spaces at either end are dropped, so that what is added reads back the same.
 */
int snapshot_meta_add(struct snapshot *s, const char *key, const char *value)
{
	size_t klen = strlen(key), vlen;
	char *k, *v;

	if (!klen || strpbrk(key, " \t\r\n#"))
		return -EINVAL;
	while (*value == ' ' || *value == '\t')
		value++;
	vlen = strlen(value);
	while (vlen && (value[vlen - 1] == ' ' || value[vlen - 1] == '\t'))
		vlen--;
	if (!vlen)
		return -EINVAL;
	if (s->nmeta == s->capmeta) {
		size_t cap = s->capmeta ? 2 * s->capmeta : 8;
		struct snap_meta *m = realloc(s->meta, cap * sizeof(*m));

		if (!m)
			return -ENOMEM;
		s->meta = m;
		s->capmeta = cap;
	}
	k = strdup(key);
	v = strndup(value, vlen);
	if (!k || !v) {
		free(k);
		free(v);
		return -ENOMEM;
	}
	for (size_t i = 0; i < vlen; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			v[i] = '?';
	s->meta[s->nmeta++] = (struct snap_meta){ k, v };
	return 0;
}

int snapshot_pci_devices(const struct snapshot *s, struct pci_loc **locs, size_t *n)
{
	struct pci_loc *out = NULL;
	size_t cnt = 0, cap = 0;

	*locs = NULL;
	*n = 0;
	/* Records are sorted by kind, location, offset, width: one pass. */
	for (size_t i = 0; i < s->nrecs; i++) {
		const struct snap_rec *r = &s->recs[i];

		if (r->key.kind != SNAP_PCI || r->key.where != 0 || r->status != 0 ||
		    r->value == snapshot_ones(r->key.width))
			continue;
		if (cnt && pci_loc_eq(out[cnt - 1], r->key.loc))
			continue;
		if (cnt == cap) {
			struct pci_loc *m;

			cap = cap ? 2 * cap : 16;
			m = realloc(out, cap * sizeof(*out));
			if (!m) {
				free(out);
				return -ENOMEM;
			}
			out = m;
		}
		out[cnt++] = r->key.loc;
	}
	*locs = out;
	*n = cnt;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int snapshot_dir_normalize(struct buf *b)
{
	size_t n = 0, i, k = 0;
	char **names, *out, *p;

	if (b->len == 0)
		return 0;
	if (b->data[b->len - 1] != '\n' || memchr(b->data, '\0', b->len))
		return -EINVAL;
	for (i = 0; i < b->len; i++) {
		if (b->data[i] != '\n')
			continue;
		if (i == 0 || b->data[i - 1] == '\n')
			return -EINVAL; /* an empty name */
		n++;
	}
	names = malloc(n * sizeof(*names));
	out = malloc(b->len + 1);
	if (!names || !out) {
		free(names);
		free(out);
		return -ENOMEM;
	}
	for (p = b->data; k < n; p = strchr(p, '\n') + 1)
		names[k++] = p;
	for (i = 0; i < b->len; i++)
		if (b->data[i] == '\n')
			b->data[i] = '\0';
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0, p = out; i < n; i++) {
		size_t l = strlen(names[i]);

		memcpy(p, names[i], l);
		p[l] = '\n';
		p += l + 1;
	}
	*p = '\0';
	free(names);
	free(b->data);
	b->data = out;
	return 0;
}

bool snapshot_path_ok(const char *path)
{
	if (path[0] != '/')
		return false;
	for (const char *p = path; *p; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f)
			return false;
	return true;
}

int snap_text_add(struct snap_text *t, const char *s, size_t len)
{
	if (t->len + len + 1 > t->cap) {
		size_t cap = t->cap ? t->cap : 4096;
		char *n;

		while (cap < t->len + len + 1)
			cap *= 2;
		n = realloc(t->data, cap);
		if (!n)
			return -ENOMEM;
		t->data = n;
		t->cap = cap;
	}
	memcpy(t->data + t->len, s, len);
	t->len += len;
	t->data[t->len] = '\0';
	return 0;
}

int snap_text_printf(struct snap_text *t, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return -EINVAL;
	if ((size_t)n < sizeof(small))
		return snap_text_add(t, small, (size_t)n);
	{
		char *big = malloc((size_t)n + 1);
		int rc;

		if (!big)
			return -ENOMEM;
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		rc = snap_text_add(t, big, (size_t)n);
		free(big);
		return rc;
	}
}

void snap_text_free(struct snap_text *t)
{
	free(t->data);
	*t = (struct snap_text){ NULL, 0, 0 };
}

int snapshot_quote(struct snap_text *out, const char *data, size_t len)
{
	char esc[5];
	size_t run = 0;

	if (snap_text_add(out, "\"", 1))
		return -ENOMEM;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)data[i];
		const char *e = NULL;

		if (c == '\n')
			e = "\\n";
		else if (c == '\t')
			e = "\\t";
		else if (c == '\\')
			e = "\\\\";
		else if (c == '"')
			e = "\\\"";
		else if (c < 0x20 || c >= 0x7f) {
			snprintf(esc, sizeof(esc), "\\x%02x", c);
			e = esc;
		}
		if (!e) {
			run++;
			continue;
		}
		/* Printable runs go out in one piece. */
		if (snap_text_add(out, data + i - run, run) || snap_text_add(out, e, strlen(e)))
			return -ENOMEM;
		run = 0;
	}
	if (snap_text_add(out, data + len - run, run) || snap_text_add(out, "\"", 1))
		return -ENOMEM;
	return 0;
}

/* The name a snapshot writes for -err, or NULL when it has none. */
static const char *errno_word(int status)
{
	const char *name = hw_errname(status);

	return hw_errno_from_name(name) == -status ? name : NULL;
}

int snapshot_format_rec(const struct snap_rec *r, struct snap_text *out)
{
	const char *err = r->status ? errno_word(r->status) : NULL;
	char bdf[16];
	int rc = 0;

	/*
	 * What cannot be written as a line (an errno without a name, a path
	 * with a space) becomes a comment, so that replay reports it as not
	 * recorded rather than as something it was not.
	 */
	if ((r->status && !err) ||
	    ((r->key.kind == SNAP_FILE || r->key.kind == SNAP_DIR) && !snapshot_path_ok(r->key.path)))
		rc = snap_text_add(out, "# not replayable: ", 18);
	switch (r->key.kind) {
	case SNAP_PCI:
		rc |= snap_text_printf(out, "pci %s 0x%03x %u ", pci_loc_format(r->key.loc, bdf, sizeof(bdf)),
				       (unsigned)r->key.where, r->key.width);
		break;
	case SNAP_MEM:
		rc |= snap_text_printf(out, "mem 0x%08llx %u ", (unsigned long long)r->key.where,
				       r->key.width);
		break;
	case SNAP_FILE:
	case SNAP_DIR:
		rc |= snap_text_add(out, r->key.kind == SNAP_FILE ? "file " : "dir ",
				    r->key.kind == SNAP_FILE ? 5 : 4);
		for (const char *p = r->key.path; *p; p++) {
			char c = (unsigned char)*p <= 0x20 || *p == 0x7f ? '?' : *p;

			rc |= snap_text_add(out, &c, 1);
		}
		rc |= snap_text_add(out, " ", 1);
		break;
	}
	if (r->status && err)
		rc |= snap_text_printf(out, "!%s", err);
	else if (r->status)
		rc |= snap_text_printf(out, "errno %d", -r->status);
	else if (r->key.kind == SNAP_PCI || r->key.kind == SNAP_MEM)
		rc |= snap_text_printf(out, "0x%0*llx", (int)(2 * r->key.width),
				       (unsigned long long)r->value);
	else
		rc |= snapshot_quote(out, r->data.data ? r->data.data : "", r->data.len);
	return rc ? -ENOMEM : 0;
}

int snapshot_format(const struct snapshot *s, struct snap_text *out)
{
	int rc = snap_text_add(out, SNAPSHOT_HEADER "\n", sizeof(SNAPSHOT_HEADER));

	for (size_t i = 0; i < s->nmeta; i++)
		rc |= snap_text_printf(out, "meta %s %s\n", s->meta[i].key, s->meta[i].value);
	for (size_t i = 0; i < s->nrecs; i++) {
		rc |= snapshot_format_rec(&s->recs[i], out);
		rc |= snap_text_add(out, "\n", 1);
	}
	return rc ? -ENOMEM : 0;
}
