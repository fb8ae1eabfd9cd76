/* SPDX-License-Identifier: GPL-2.0-or-later */
/* recorder.c - a backend that wraps another one and keeps every read as a snapshot line. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include "hw/snapshot.h"
#include "array.h"

/*
 * The reads are kept in the very table replay looks them up in (struct
 * snapshot, keyed by struct snap_key), and the text is that table written
 * out: so what replay finds for a read is by construction what the inner
 * backend answered. One line per key; a later read of a key replaces it.
 */
struct recorder {
	struct hw *inner;
	struct snapshot *snap;
	struct snap_text text;
	bool dirty; /* text is older than snap */
	bool oom;   /* a read could not be kept: the text would be incomplete */
};

static struct recorder *rec_of(struct hw *hw)
{
	return hw->priv;
}

static void keep(struct hw *hw, const struct snap_rec *r)
{
	struct recorder *rc = rec_of(hw);

	if (snapshot_put(rc->snap, r))
		rc->oom = true;
	rc->dirty = true;
}

/* Not recorded stays not recorded: absence in the snapshot says the same. */
static void keep_value(struct hw *hw, const struct snap_key *key, int ret, uint64_t val)
{
	struct snap_rec r = { .key = *key, .status = ret < 0 ? ret : 0, .value = val };

	if (ret == -HW_ENOTREC)
		return;
	if (ret >= 0 && val > snapshot_ones(key->width))
		r.value &= snapshot_ones(key->width); /* a backend gave more bits than asked */
	keep(hw, &r);
}

static int rec_pci_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width,
			uint64_t *val)
{
	struct snap_key key = { .kind = SNAP_PCI, .loc = loc, .where = off, .width = width };
	uint64_t v = 0;
	int ret = hw_pci_read(rec_of(hw)->inner, loc, off, width, &v);

	keep_value(hw, &key, ret, v);
	if (ret == 0)
		*val = v;
	return ret;
}

static int rec_mem_read(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	struct snap_key key = { .kind = SNAP_MEM, .where = phys, .width = width };
	uint64_t v = 0;
	int ret = hw_mem_read(rec_of(hw)->inner, phys, width, &v);

	keep_value(hw, &key, ret, v);
	if (ret == 0)
		*val = v;
	return ret;
}

/*
 * The PCI functions present, by the snapshot's own rule (snapshot-format.md):
 * each function the inner backend lists has its vendor/device ID read and
 * kept, and only those that read back as something other than all ones are
 * listed, so that replay lists exactly the same functions. (A scan that
 * fails cannot be written in a snapshot; replay will list none.)
 */
static int rec_pci_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	struct pci_loc *l;
	size_t cnt, k = 0;
	int ret = hw_pci_scan(rec_of(hw)->inner, &l, &cnt);

	if (ret < 0)
		return ret;
	for (size_t i = 0; i < cnt; i++) {
		uint64_t v;

		if (rec_pci_read(hw, l[i], 0, 4, &v) == 0 && v != snapshot_ones(4))
			l[k++] = l[i];
	}
	*locs = l;
	*n = k;
	return 0;
}

static int rec_text_read(struct hw *hw, enum snap_kind kind, const char *path, struct buf *out)
{
	struct snap_rec r = { .key = { .kind = kind, .path = path } };
	struct hw *inner = rec_of(hw)->inner;
	int ret = kind == SNAP_FILE ? hw_file_read(inner, path, out) : hw_dir_read(inner, path, out);

	if (ret == -HW_ENOTREC)
		return ret;
	if (ret < 0) {
		r.status = ret;
		keep(hw, &r);
		return ret;
	}
	/*
	 * A listing is handed on in the form replay gives it (sorted by
	 * strcmp), so a live run and its replay see the same order. One that
	 * cannot be written (a name holding a newline) is not kept.
	 */
	if (kind == SNAP_DIR && snapshot_dir_normalize(out))
		return ret;
	r.data = *out;
	keep(hw, &r);
	return ret;
}

static int rec_file_read(struct hw *hw, const char *path, struct buf *out)
{
	return rec_text_read(hw, SNAP_FILE, path, out);
}

static int rec_dir_read(struct hw *hw, const char *path, struct buf *out)
{
	return rec_text_read(hw, SNAP_DIR, path, out);
}

/*
 * The facts of the machine the reads came from: a replayed snapshot's own
 * (what it does not say is unknown, not this run's); for a live machine,
 * which has none of its own, the recorder's: this run's tool, kernel, date.
 */
static const char *rec_meta(struct hw *hw, const char *key)
{
	struct recorder *rc = rec_of(hw);
	const char *v = hw_meta(rc->inner, key);

	if (v || rc->inner->ops == &hw_replay_backend)
		return v;
	return snapshot_meta(rc->snap, key);
}

static void rec_close(struct hw *hw)
{
	struct recorder *rc = rec_of(hw);

	hw_close(rc->inner);
	snapshot_free(rc->snap);
	snap_text_free(&rc->text);
	free(rc);
	free(hw);
}

static const struct hw_backend recorder_backend = {
	.name = "recorder",
	.pci_scan = rec_pci_scan,
	.pci_read = rec_pci_read,
	.mem_read = rec_mem_read,
	.file_read = rec_file_read,
	.dir_read = rec_dir_read,
	.meta = rec_meta,
	.close = rec_close,
};

/* UTC, ISO 8601; SOURCE_DATE_EPOCH (reproducible-builds.org) overrides the clock for tests. */
static void utc_now(char *out, size_t size)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	struct tm tm;

	if (sde && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);

		if (*end == '\0' && v >= 0)
			t = (time_t)v;
	}
	if (!gmtime_r(&t, &tm) || !strftime(out, size, "%Y-%m-%dT%H:%M:%SZ", &tm))
		out[0] = '\0';
}

static int cmdline(struct snap_text *t, int argc, char **argv)
{
	int rc = 0;

	for (int i = 0; i < argc && argv && argv[i]; i++) {
		rc |= i ? snap_text_add(t, " ", 1) : 0;
		rc |= snap_text_add(t, argv[i], strlen(argv[i]));
	}
	return rc || !t->data ? -ENOMEM : 0;
}

/*
 * The meta lines, written first: tool, kernel, date and cmdline say which
 * tool read which machine, when and how. A snapshot saved again from a
 * replay keeps them as they were, with every other meta line of the
 * replayed snapshot, since the reads still come from that machine; this
 * run's facts follow as resaved-tool, resaved-kernel, resaved-date and
 * resaved-cmdline (after any earlier resaved-* lines, so the last wins).
 */
static int add_fact(struct snapshot *s, const char *prefix, const char *key, const char *value)
{
	char k[32];

	snprintf(k, sizeof(k), "%s%s", prefix, key);
	return snapshot_meta_add(s, k, value) == -ENOMEM ? -ENOMEM : 0;
}

static int add_meta(struct snapshot *s, struct hw *inner, int argc, char **argv)
{
	static const char *const live_facts[] = { "pci-dump", "pci-dump-short" };
	const char *prefix = "";
	struct snap_text args = { 0 };
	struct utsname u;
	char date[32];
	int rc = 0;

	if (inner->ops == &hw_replay_backend) {
		const struct snapshot *from = inner->priv;

		for (size_t i = 0; i < from->nmeta; i++)
			if (snapshot_meta_add(s, from->meta[i].key, from->meta[i].value) == -ENOMEM)
				return -ENOMEM;
		prefix = "resaved-";
	}
	rc |= add_fact(s, prefix, "tool", PACKAGE_NAME " " PACKAGE_VERSION);
	/* What a live run read instead of this machine (an lspci dump): replay says so too. */
	for (size_t i = 0; i < ARRAY_SIZE(live_facts) && inner->ops != &hw_replay_backend; i++) {
		const char *v = hw_meta(inner, live_facts[i]);

		if (v)
			rc |= add_fact(s, "", live_facts[i], v);
	}
	if (uname(&u) == 0)
		rc |= add_fact(s, prefix, "kernel", u.release);
	utc_now(date, sizeof(date));
	if (date[0])
		rc |= add_fact(s, prefix, "date", date);
	if (argc > 0 && cmdline(&args, argc, argv) == 0)
		rc |= add_fact(s, prefix, "cmdline", args.data);
	snap_text_free(&args);
	return rc;
}

struct hw *hw_recorder_open(struct hw *inner, int argc, char **argv, struct failure *fail)
{
	struct recorder *rc = calloc(1, sizeof(*rc));
	struct hw *hw = calloc(1, sizeof(*hw));

	if (!inner) {
		free(rc);
		free(hw);
		failure_set(fail, EXIT_INTERNAL, "recorder: nothing to record");
		failure_why(fail, "no backend was opened to read the machine");
		failure_todo(fail, "report this as a bug in spi-inspect");
		return NULL;
	}
	if (!rc || !hw || !(rc->snap = snapshot_new()) || add_meta(rc->snap, inner, argc, argv)) {
		if (rc)
			snapshot_free(rc->snap);
		free(rc);
		free(hw);
		failure_set(fail, EXIT_INTERNAL, "recorder: out of memory");
		return NULL;
	}
	rc->inner = inner;
	rc->dirty = true;
	hw->ops = &recorder_backend;
	hw->priv = rc;
	return hw;
}

const char *hw_recorder_text(struct hw *hw)
{
	struct recorder *rc;

	if (!hw || hw->ops != &recorder_backend)
		return NULL;
	rc = rec_of(hw);
	if (rc->oom)
		return NULL;
	if (rc->dirty) {
		rc->text.len = 0;
		if (snapshot_format(rc->snap, &rc->text)) {
			rc->oom = true;
			return NULL;
		}
		rc->dirty = false;
	}
	return rc->text.data;
}
