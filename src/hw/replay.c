/* SPDX-License-Identifier: GPL-2.0-or-later */
/* replay.c - the replay backend: every read answered from a snapshot file, no hardware, no root. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "hw/snapshot.h"

static struct snapshot *snap(struct hw *hw)
{
	return hw->priv;
}

static int replay_pci_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	return snapshot_pci_devices(snap(hw), locs, n);
}

/* A pci or mem line: its value, its error, or not recorded. */
static int lookup_value(struct hw *hw, const struct snap_key *key, uint64_t *val)
{
	const struct snap_rec *r = snapshot_find(snap(hw), key);

	if (!r)
		return -HW_ENOTREC;
	if (r->status)
		return r->status;
	*val = r->value;
	return 0;
}

static int replay_pci_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width,
			   uint64_t *val)
{
	struct snap_key key = { .kind = SNAP_PCI, .loc = loc, .where = off, .width = width };

	return lookup_value(hw, &key, val);
}

static int replay_mem_read(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	struct snap_key key = { .kind = SNAP_MEM, .where = phys, .width = width };

	return lookup_value(hw, &key, val);
}

/* A file or dir line: a copy of its contents (the caller frees it), its error, or not recorded. */
static int lookup_text(struct hw *hw, enum snap_kind kind, const char *path, struct buf *out)
{
	struct snap_key key = { .kind = kind, .path = path };
	const struct snap_rec *r = snapshot_find(snap(hw), &key);
	char *d;

	if (!r)
		return -HW_ENOTREC;
	if (r->status)
		return r->status;
	d = malloc(r->data.len + 1);
	if (!d)
		return -ENOMEM;
	if (r->data.len)
		memcpy(d, r->data.data, r->data.len);
	d[r->data.len] = '\0';
	out->data = d;
	out->len = r->data.len;
	return 0;
}

static int replay_file_read(struct hw *hw, const char *path, struct buf *out)
{
	return lookup_text(hw, SNAP_FILE, path, out);
}

static int replay_dir_read(struct hw *hw, const char *path, struct buf *out)
{
	return lookup_text(hw, SNAP_DIR, path, out);
}

static const char *replay_meta(struct hw *hw, const char *key)
{
	return snapshot_meta(snap(hw), key);
}

static void replay_close(struct hw *hw)
{
	snapshot_free(snap(hw));
	free(hw);
}

const struct hw_backend hw_replay_backend = {
	.name = "replay",
	.pci_scan = replay_pci_scan,
	.pci_read = replay_pci_read,
	.mem_read = replay_mem_read,
	.file_read = replay_file_read,
	.dir_read = replay_dir_read,
	.meta = replay_meta,
	.close = replay_close,
};

struct hw *hw_replay_open(const char *path, struct failure *fail)
{
	struct snapshot *s = snapshot_load(path, fail);
	struct hw *hw;

	if (!s)
		return NULL;
	hw = calloc(1, sizeof(*hw));
	if (!hw) {
		snapshot_free(s);
		failure_set(fail, EXIT_INTERNAL, "%s: out of memory", path);
		return NULL;
	}
	hw->ops = &hw_replay_backend;
	hw->priv = s;
	return hw;
}
