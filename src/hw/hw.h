/* SPDX-License-Identifier: GPL-2.0-or-later */
/* hw.h - read-only hardware access: one interface, three backends. */
#ifndef SPI_INSPECT_HW_H
#define SPI_INSPECT_HW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "array.h"
#include "failure.h"

/*
 * Every read returns 0 and stores the value, or returns a negative number
 * and stores nothing: -errno when the read failed (as the live machine
 * said, or as the snapshot recorded), -HW_ENOTREC when a snapshot holds no
 * line for that read. Callers never see an invented value (DESIGN.md rule 2).
 *
 * There are no write hooks: the tool is read-only by construction (rule 1).
 */
#define HW_ENOTREC 4096 /* above every errno; "not recorded", not an error */
/* All ones from a device that is hidden or absent; decoded as unknown. */
#define REG_EALLONES 4097
/* Not read: the base address it is read at (SPIBAR) is unknown, so no address was tried. */
#define REG_ENOBASE 4098

struct pci_loc {
	uint16_t domain;
	uint8_t bus, dev, fn;
};

#define PCI_LOC(b, d, f) ((struct pci_loc){ 0, (b), (d), (f) })

struct buf {
	char *data; /* NUL-terminated for convenience; len excludes the NUL */
	size_t len;
};

struct hw;

struct hw_backend {
	const char *name;
	/* The PCI functions present, sorted by location; *locs is malloc'ed. */
	int (*pci_scan)(struct hw *hw, struct pci_loc **locs, size_t *n);
	int (*pci_read)(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val);
	int (*mem_read)(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val);
	/* A whole file (sysfs, procfs) or a directory listing ("name\n" each, sorted). */
	int (*file_read)(struct hw *hw, const char *path, struct buf *out);
	int (*dir_read)(struct hw *hw, const char *path, struct buf *out);
	/* Free-form facts (tool version, kernel); NULL when unknown. */
	const char *(*meta)(struct hw *hw, const char *key);
	void (*close)(struct hw *hw);
};

struct hw {
	const struct hw_backend *ops;
	void *priv;
	unsigned long reads; /* every read made through this handle, for the benchmark */
};

/* The calls the rest of the tool makes; they check arguments and count. */
int hw_pci_scan(struct hw *hw, struct pci_loc **locs, size_t *n);
int hw_pci_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val);
int hw_mem_read(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val);
int hw_file_read(struct hw *hw, const char *path, struct buf *out);
int hw_dir_read(struct hw *hw, const char *path, struct buf *out);
const char *hw_meta(struct hw *hw, const char *key);
void hw_close(struct hw *hw);

/* "EACCES", "not recorded", ... for a negative return value. */
const char *hw_errname(int err);
/* errno for a name as written in snapshots ("EPERM"); 0 when unknown. */
int hw_errno_from_name(const char *name);

bool hw_width_valid(unsigned width);
/* A file never read (serial numbers, UUIDs, raw SMBIOS): hw_file_read refuses it. */
bool hw_path_private(const char *path);
void buf_free(struct buf *b);

/* "0000:00:1f.5" into out (at least 13 bytes); returns out. */
char *pci_loc_format(struct pci_loc loc, char *out, size_t size);
bool pci_loc_parse(const char *s, struct pci_loc *loc);
int pci_loc_cmp(struct pci_loc a, struct pci_loc b);
bool pci_loc_eq(struct pci_loc a, struct pci_loc b);

/* Backends. Each open function fills *fail and returns NULL on failure. */
struct hw_live_options {
	const char *sysroot;     /* root for sysfs/procfs paths; "/" by default */
	const char *devmem;      /* "/dev/mem" by default (--devmem, for tests) */
	const char *pci_method;  /* libpci access method name (-A), or NULL */
	const char **pci_params; /* "name=value" (-O), NULL-terminated, or NULL */
};
struct hw *hw_live_open(const struct hw_live_options *opt, struct failure *fail);
struct hw *hw_replay_open(const char *path, struct failure *fail);
/*
 * Wraps inner: every read is passed on and its result kept as a snapshot
 * line (snapshot-format.md), in memory; argv and the machine's facts
 * (tool version, kernel release, date) become meta lines, and the inner
 * backend's meta lines (a replayed snapshot's origin) are carried over.
 * On success the recorder owns inner.
 */
struct hw *hw_recorder_open(struct hw *inner, int argc, char **argv, struct failure *fail);
/* The snapshot text recorded so far (owned by the recorder); NULL when
 * recorder is not one, or when memory ran out (a read could not be kept). */
const char *hw_recorder_text(struct hw *recorder);

/*
 * --save: open path for writing before any read is made, so that a refusal
 * comes first. Never follows a symlink; never overwrites an existing file
 * unless force (and a symlink or a directory not even then). Returns an fd
 * (close-on-exec) or -1 with *fail set (EXIT_SAVE).
 */
int snapshot_save_open(const char *path, bool force, struct failure *fail);
/* Writes all of text to fd and closes fd (in every case); 0, or -1 with *fail set. */
int snapshot_save_write(int fd, const char *path, const char *text, struct failure *fail);

/*
 * --output: the report goes to a temporary file in path's directory (mode 0644),
 * which output_commit() syncs and renames over path, so that a reader such as
 * node_exporter's textfile collector sees the old file or the new one, never a
 * part. Refuses /dev, /sys and /proc as --save does. Both return 0, or -1 with
 * *fail set (EXIT_OUTPUT); output_discard() removes the temporary file.
 */
struct output_file {
	int fd;
	const char *path;
	char tmp[4096]; /* PATH_MAX: a longer path is refused as too long */
};
int output_open(const char *path, struct output_file *of, struct failure *fail);
int output_commit(struct output_file *of, struct failure *fail);
void output_discard(struct output_file *of);
/* A stdio stream on the temporary file (NULL when out of memory); only save.c writes. */
FILE *output_stream(struct output_file *of);

/*
 * Config space of a function that may be hidden from the OS (the SPI
 * controller 00:1f.5 often is): read through the OS first; where the device
 * is absent there (ENOENT/ENODEV, or vendor ID all ones), read it through
 * ECAM instead, the base taken from the ACPI MCFG table
 * (/sys/firmware/acpi/tables/MCFG) and the read made with hw_mem_read.
 * Never unhides anything. *path says which path answered.
 * Returns 0, or the most telling error with *path CFG_PATH_NONE: ECAM's
 * -EACCES/-EPERM (not root, lockdown, strict devmem) or -EINVAL (malformed
 * MCFG); else -REG_EALLONES when the OS lists the function with all ones;
 * else the OS's own error (-ENODEV, -EACCES past 0x40 when not root, ...).
 */
enum cfg_path {
	CFG_PATH_NONE = 0,
	CFG_PATH_OS,   /* libpci / the snapshot's pci lines */
	CFG_PATH_ECAM, /* MCFG base + bus/dev/fn/offset, through /dev/mem */
};
int pci_cfg_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val,
		 enum cfg_path *path);
const char *cfg_path_name(enum cfg_path p);

#endif
