/* SPDX-License-Identifier: GPL-2.0-or-later */
/* reg.c - registers as read, and bounded lookups of enumerated values. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "hw/hw.h"
#include "reg.h"

const char *tri_name(enum tri t)
{
	switch (t) {
	case TRI_YES:
		return "yes";
	case TRI_NO:
		return "no";
	case TRI_UNKNOWN:
		break;
	}
	return "unknown";
}

const char *enum_lookup(const struct enum_name *table, size_t n, unsigned value,
			char *buf, size_t size)
{
	for (size_t i = 0; i < n; i++)
		if (table[i].value == value)
			return table[i].name;
	snprintf(buf, size, "reserved (0x%x)", value);
	return buf;
}

const char *enum_name_of(const struct enum_name *table, size_t n, unsigned value)
{
	for (size_t i = 0; i < n; i++)
		if (table[i].value == value)
			return table[i].name;
	return "invalid";
}

void reg_set(struct reg *r, const char *name, unsigned width, int rc, uint64_t value)
{
	uint64_t ones = width >= 8 ? ~0ULL : (1ULL << (8 * width)) - 1;

	r->name = name;
	r->width = width;
	r->read = true;
	r->value = 0;
	r->status = rc;
	if (rc == 0 && value == ones)
		r->status = -REG_EALLONES;
	else if (rc == 0)
		r->value = value;
}

/* What an errno means, in words, with its name after (the C library's strerror depends
 * on the locale; these do not). Linux include/uapi/asm-generic/errno-base.h. */
static const struct {
	int err;
	const char *text;
} errno_words[] = {
	{ ENOENT, "no such file or directory (ENOENT)" },
	{ EIO, "input/output error (EIO)" },
	{ ENXIO, "no such device or address (ENXIO)" },
	{ ENOMEM, "out of memory (ENOMEM)" },
	{ EFAULT, "bad address (EFAULT)" },
	{ EBUSY, "device or resource busy (EBUSY)" },
	{ ENODEV, "no such device (ENODEV)" },
	{ EINVAL, "invalid argument (EINVAL)" },
	{ ENOSYS, "not implemented by this kernel (ENOSYS)" },
	{ EOPNOTSUPP, "operation not supported (EOPNOTSUPP)" },
};

const char *reg_reason(const struct reg *r)
{
	if (!r->read)
		return "not read: this register does not exist on this chipset";
	switch (-r->status) {
	case 0:
		return "read";
	case REG_EALLONES:
		return "reads as all ones: the device is hidden or absent, or the address decodes nothing";
	case HW_ENOTREC:
		return "not recorded in the snapshot";
	case REG_ENOBASE:
		return "not read: SPIBAR, the base it is read at, is unknown";
	case EACCES:
		return "permission denied (EACCES): reading it needs root";
	case EPERM:
		return "operation not permitted (EPERM): the kernel refused the access";
	default:
		for (size_t i = 0; i < ARRAY_SIZE(errno_words); i++)
			if (errno_words[i].err == -r->status)
				return errno_words[i].text;
		return hw_errname(r->status);
	}
}
