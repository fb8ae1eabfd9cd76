/* SPDX-License-Identifier: GPL-2.0-or-later */
/* failure.h - exit codes and the diagnosis every failure carries (DESIGN.md rule 4). */
#ifndef SPI_INSPECT_FAILURE_H
#define SPI_INSPECT_FAILURE_H

#include <stdarg.h>

/*
 * One distinct code per case, so that scripts can tell them apart. The
 * README, --help and the manual page list the same table; tests/exit-codes
 * checks that they agree with this enum.
 */
enum exit_code {
	EXIT_OK = 0,
	EXIT_USAGE = 2,           /* bad command line */
	EXIT_SNAPSHOT_SYNTAX = 3, /* --from: malformed snapshot, FILE:LINE: says where */
	EXIT_INPUT = 4,           /* --from: cannot open or read the file */
	EXIT_IMAGE_UNREADABLE = 6, /* --image/--backup: cannot open or read it, or it is truncated */
	EXIT_IMAGE_TOO_SMALL = 7, /* --image/--backup: smaller than any flash chip */
	EXIT_IMAGE_MALFORMED = 8, /* --image/--backup: a descriptor or FMAP pointing outside, looping */
	EXIT_IMAGE_NOT_FILE = 9,  /* --image/--backup: a directory, a device, a FIFO */
	EXIT_SAVE = 5,            /* --save: refused (exists, symlink, not writable) */
	EXIT_OUTPUT = 5,          /* --output: refused, or the file could not be written (as --save) */
	EXIT_NOT_ROOT = 10,       /* registers need root; a partial report was shown */
	EXIT_DEVMEM_STRICT = 11,  /* /dev/mem mapping refused: strict devmem */
	EXIT_LOCKDOWN = 12,       /* /dev/mem refused: kernel lockdown */
	EXIT_NO_PCI_ACCESS = 13,  /* libpci found no working access method */
	EXIT_UNSUPPORTED = 14,    /* unknown or non-Intel chipset */
	EXIT_NO_BRIDGE = 15,      /* no PCI device at all, or no ISA/LPC bridge */
	EXIT_SPI_UNREADABLE = 16, /* chipset known, SPI registers could not be read */
	EXIT_INTERNAL = 70,       /* out of memory and other impossibilities */
	/* --check: flashrom -p internal could not write the BIOS region, because ... */
	EXIT_CHECK_BIOS_RO = 20,    /* ... the descriptor denies the host write access to it */
	EXIT_CHECK_PROTECTED = 21,  /* ... a protected range flashrom cannot lift covers part of it */
	EXIT_CHECK_SMM_BWP = 22,    /* ... BIOS_CNTL has BLE and SMM_BWP (EISS): only SMM may write */
	EXIT_CHECK_BLE = 23,        /* ... BLE is set: it depends on the SMI handler (unknown) */
	EXIT_CHECK_UNKNOWN = 24,    /* ... a fact it rests on could not be read */
	EXIT_CHECK_BBAR = 25,       /* ... BBAR, which flashrom cannot lower, lies above its start */
	/* --check --image: the recommended flash sequence would not work, because ... */
	EXIT_PLAN_SIZE = 30,        /* ... the image is not the chip's size */
	EXIT_PLAN_LAYOUT = 31,      /* ... the chip's layout differs: it would write the wrong bytes */
	EXIT_PLAN_NO_LAYOUT = 32,   /* ... the chip has no FMAP (--fmap) or descriptor (--ifd) */
	EXIT_PLAN_NO_AREA = 33,     /* ... a region named with -i is not in the chip's layout */
	EXIT_PLAN_OVERLAP = 34,     /* ... regions named with -i overlap */
	EXIT_PLAN_REGION = 35,      /* ... the descriptor denies the host a region it writes */
	EXIT_PLAN_PROTECTED = 36,   /* ... a protected range flashrom cannot lift covers bytes it writes */
	EXIT_PLAN_BIOS_CNTL = 37,   /* ... BIOS_CNTL has BLE and SMM_BWP: only SMM may write */
	EXIT_PLAN_BLE = 38,         /* ... BLE is set: the SMI handler decides (unknown) */
	EXIT_PLAN_BBAR = 39,        /* ... BBAR, which flashrom cannot lower, cuts into what it writes */
	EXIT_PLAN_UNKNOWN = 40,     /* ... a fact it rests on is unknown (chip size, chip FMAP, ...) */
};

/*
 * A failure says what happened, why and what to do. Modules fill it and
 * return; only main.c prints it and exits.
 */
struct failure {
	enum exit_code code;
	char what[256]; /* "<object>: <what failed>" */
	char why[512];
	char todo[512];
};

#if defined(__GNUC__)
#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))
#else
#define PRINTF_LIKE(a, b)
#endif

/* Sets code and what; why and todo are cleared, set with failure_why/todo. */
void failure_set(struct failure *f, enum exit_code code, const char *fmt, ...) PRINTF_LIKE(3, 4);
void failure_why(struct failure *f, const char *fmt, ...) PRINTF_LIKE(2, 3);
void failure_todo(struct failure *f, const char *fmt, ...) PRINTF_LIKE(2, 3);

#endif
