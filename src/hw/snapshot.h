/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snapshot.h - snapshot files (docs/snapshot-format.md): parse, index, look up, write. */
#ifndef SPI_INSPECT_HW_SNAPSHOT_H
#define SPI_INSPECT_HW_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "failure.h"
#include "hw/hw.h"

#define SNAPSHOT_HEADER "spi-inspect-snapshot 1"
/* Limits that keep a hostile file from costing more than a moment. */
#define SNAPSHOT_MAX_LINE (1u << 20)       /* 1 MiB */
#define SNAPSHOT_MAX_FILE (64u << 20)      /* 64 MiB */

enum snap_kind {
	SNAP_PCI,
	SNAP_MEM,
	SNAP_FILE,
	SNAP_DIR,
};

/*
 * What a read is looked up by: the same key for the parser, replay and the
 * recorder, so that what is recorded is what replay finds.
 */
struct snap_key {
	enum snap_kind kind;
	struct pci_loc loc; /* SNAP_PCI */
	uint64_t where;     /* SNAP_PCI: config offset; SNAP_MEM: physical address */
	unsigned width;     /* SNAP_PCI, SNAP_MEM: bytes */
	const char *path;   /* SNAP_FILE, SNAP_DIR (owned by the record) */
};

struct snap_rec {
	struct snap_key key;
	int status;     /* 0, or -errno as recorded */
	uint64_t value; /* SNAP_PCI, SNAP_MEM when status is 0 */
	struct buf data; /* SNAP_FILE, SNAP_DIR when status is 0 */
	unsigned line;  /* line in the file it came from; 0 when recorded */
};

struct snap_meta {
	char *key;
	char *value;
};

struct snapshot {
	struct snap_rec *recs; /* sorted by key, one per key (the later line won) */
	size_t nrecs, caprecs;
	struct snap_meta *meta; /* in file order; a lookup takes the last */
	size_t nmeta, capmeta;
};

/* A growing text buffer; data is always NUL-terminated once non-empty. */
struct snap_text {
	char *data;
	size_t len, cap;
};

/*
 * Read and parse a snapshot file. NULL with *fail set: EXIT_INPUT when the
 * file cannot be opened or read, EXIT_SNAPSHOT_SYNTAX ("FILE:LINE: ...")
 * when it is not a valid snapshot.
 */
struct snapshot *snapshot_load(const char *path, struct failure *fail);
/* The same for text in memory (len bytes, may hold NUL); name is used in messages. */
struct snapshot *snapshot_parse(const char *name, const char *text, size_t len,
				struct failure *fail);
struct snapshot *snapshot_new(void);
void snapshot_free(struct snapshot *s);

int snap_key_cmp(const struct snap_key *a, const struct snap_key *b);
const struct snap_rec *snapshot_find(const struct snapshot *s, const struct snap_key *key);
/* Adds or replaces the record for rec->key (copied). 0 or -ENOMEM. */
int snapshot_put(struct snapshot *s, const struct snap_rec *rec);
/* The last value for key, or NULL. */
const char *snapshot_meta(const struct snapshot *s, const char *key);
/* Appends a meta line (copied). 0, -EINVAL (not writable as a meta line) or -ENOMEM. */
int snapshot_meta_add(struct snapshot *s, const char *key, const char *value);

/*
 * The PCI functions present: distinct locations with a successful read of
 * offset 0x000 whose value is not all ones; sorted, *locs malloc'ed.
 */
int snapshot_pci_devices(const struct snapshot *s, struct pci_loc **locs, size_t *n);

/* All ones for width bytes. */
uint64_t snapshot_ones(unsigned width);

/*
 * A directory listing in the one form the tool uses: "name\n" per entry,
 * sorted by strcmp, no empty names. Sorts in place; -EINVAL when the text
 * is not a listing (an empty name, or no final newline).
 */
int snapshot_dir_normalize(struct buf *b);

/* Can path be written in a file/dir line (absolute, no space or control byte)? */
bool snapshot_path_ok(const char *path);

/* The whole snapshot as text: header, meta lines, then records by key. */
int snapshot_format(const struct snapshot *s, struct snap_text *out);
/* One record as a line, without the newline. */
int snapshot_format_rec(const struct snap_rec *r, struct snap_text *out);
/* "..." with \n \t \\ \" escapes, every other byte outside printable ASCII as \xHH. */
int snapshot_quote(struct snap_text *out, const char *data, size_t len);

int snap_text_add(struct snap_text *t, const char *s, size_t len);
int snap_text_printf(struct snap_text *t, const char *fmt, ...) PRINTF_LIKE(2, 3);
void snap_text_free(struct snap_text *t);

/* The replay backend, so that the recorder can tell what it wraps. */
extern const struct hw_backend hw_replay_backend;

#endif
