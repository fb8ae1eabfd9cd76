/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lookup.c - find a PCI ID in chipset_ids[] (generated from data/pci-ids); status names. */
#include "chipset/chipset.h"
#include "reg.h"

/* vendor:device as one number: the order chipset_ids[] is sorted in. */
static uint32_t id_key(uint16_t vendor, uint16_t device)
{
	return (uint32_t)vendor << 16 | device;
}

const struct chipset_id *chipset_lookup(uint16_t vendor, uint16_t device)
{
	const uint32_t want = id_key(vendor, device);
	size_t lo = 0, hi = chipset_ids_count;

	while (lo < hi) {
		const size_t mid = lo + (hi - lo) / 2;
		const uint32_t have = id_key(chipset_ids[mid].vendor, chipset_ids[mid].device);

		if (have == want)
			return &chipset_ids[mid];
		if (have < want)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The words the report prints for data/pci-ids' status column. */
static const char *const id_status_names[] = {
	[ID_TESTED] = "tested on a real machine",
	[ID_UNTESTED] = "untested",
	[ID_DATASHEET] = "datasheet only",
};

const char *id_status_name(enum id_status s)
{
	if ((size_t)s >= ARRAY_SIZE(id_status_names) || !id_status_names[s])
		return "unknown status";
	return id_status_names[s];
}
