/* SPDX-License-Identifier: GPL-2.0-or-later */
/* reg.h - a register as read (value or reason), bit fields, bounded enum lookups. */
#ifndef SPI_INSPECT_REG_H
#define SPI_INSPECT_REG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "array.h"
#include "hw/hw.h"

/* Unknown is not zero (DESIGN.md rule 2): a zeroed tri is "unknown". */
enum tri {
	TRI_UNKNOWN = 0,
	TRI_NO,
	TRI_YES,
};

/*
 * One register as read. status is 0 (value valid), a negative errno,
 * -HW_ENOTREC (snapshot has no line) or -REG_EALLONES. A zeroed struct
 * reads as "not read" (status -HW_ENOTREC is set by reg_unread()).
 */
struct reg {
	const char *name;  /* datasheet mnemonic: "HSFS", "BIOS_CNTL" */
	char where[64];    /* "SPIBAR+0x04 = 0xfe010004", "00:1f.5 cfg 0xdc" */
	unsigned width;    /* bytes */
	int status;
	uint64_t value;
	bool read;         /* a read was attempted (else: not applicable here) */
};

/* One bit field, datasheet mnemonic verbatim (STYLE.md). */
struct reg_field {
	const char *name;
	uint8_t lo, hi;
	const char *desc;
};

/* A value of an enumerated field and its name. */
struct enum_name {
	unsigned value;
	const char *name;
};

static inline bool reg_ok(const struct reg *r)
{
	return r->read && r->status == 0;
}

static inline uint32_t field_get(uint64_t v, unsigned lo, unsigned hi)
{
	uint64_t mask = (hi >= 63) ? ~0ULL : ((1ULL << (hi + 1)) - 1);
	return (uint32_t)((v & mask) >> lo);
}

static inline enum tri tri_bit(const struct reg *r, unsigned bit)
{
	if (!reg_ok(r))
		return TRI_UNKNOWN;
	return (r->value >> bit) & 1 ? TRI_YES : TRI_NO;
}

static inline enum tri tri_from_bool(bool b)
{
	return b ? TRI_YES : TRI_NO;
}

const char *tri_name(enum tri t); /* "yes", "no", "unknown" */

/*
 * The name for value, or "reserved (0xN)" written into buf for a value the
 * table does not list. Never indexes an array with hardware data.
 */
const char *enum_lookup(const struct enum_name *table, size_t n, unsigned value,
			char *buf, size_t size);

/* The name of one of our own enum values, or "invalid" for a value it does not have. */
const char *enum_name_of(const struct enum_name *table, size_t n, unsigned value);

/* Why the register has no value, in words ("not root (EACCES)", ...). */
const char *reg_reason(const struct reg *r);

/* Fill a reg from a read's return value. All ones of width is REG_EALLONES. */
void reg_set(struct reg *r, const char *name, unsigned width, int rc, uint64_t value);

#endif
