/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-chipset-table.c - self-check of chipset_ids[] (data/pci-ids) against the families. */
/*
 * In the spirit of flashrom's tests/selfcheck.c: the table is sorted and unique, every
 * row is complete, every family key resolves, every family can be found from its
 * LPC/eSPI bridge, and the lookup finds the IDs of the real machines the tests use.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "unit.h"

#include "chipset/chipset.h"

static uint32_t key_of(const struct chipset_id *e)
{
	return (uint32_t)e->vendor << 16 | e->device;
}

static void ids_sorted_and_unique(void **state)
{
	(void)state;
	assert_true(chipset_ids_count > 0);
	for (size_t i = 1; i < chipset_ids_count; i++) {
		if (key_of(&chipset_ids[i - 1]) >= key_of(&chipset_ids[i]))
			fail_msg("chipset_ids[%zu] %04x:%04x is not after %04x:%04x",
				 i, chipset_ids[i].vendor, chipset_ids[i].device,
				 chipset_ids[i - 1].vendor, chipset_ids[i - 1].device);
	}
}

static void rows_complete(void **state)
{
	(void)state;
	for (size_t i = 0; i < chipset_ids_count; i++) {
		const struct chipset_id *e = &chipset_ids[i];

		assert_true(e->role == ROLE_LPC || e->role == ROLE_SPI);
		assert_true(e->status == ID_TESTED || e->status == ID_UNTESTED ||
			    e->status == ID_DATASHEET);
		assert_non_null(e->family);
		assert_true(e->family[0] != '\0');
		assert_non_null(e->name);
		assert_true(e->name[0] != '\0');
		assert_non_null(e->source);
		assert_true(e->source[0] != '\0');
		/* data/pci-ids: "tested" means flashrom says OK or a real machine is named */
		if (e->status == ID_TESTED &&
		    !strstr(e->source, "flashrom: tested") && !strstr(e->source, "real machine"))
			fail_msg("%04x:%04x is marked tested but its source names no test: \"%s\"",
				 e->vendor, e->device, e->source);
	}
}

/* Every row is found by the binary search, first and last included. */
static void lookup_finds_every_row(void **state)
{
	(void)state;
	for (size_t i = 0; i < chipset_ids_count; i++) {
		const struct chipset_id *e = &chipset_ids[i];

		assert_ptr_equal(chipset_lookup(e->vendor, e->device), e);
	}
}

static void family_keys_resolve(void **state)
{
	size_t bad = 0;

	(void)state;
	for (size_t i = 0; i < chipset_ids_count; i++) {
		const struct chipset_id *e = &chipset_ids[i];
		const struct chipset_family *f = chipset_family_by_key(e->family);
		bool reported = false;

		if (f) {
			assert_string_equal(f->key, e->family);
			continue;
		}
		bad++;
		for (size_t j = 0; j < i; j++) /* name each missing key once */
			if (!strcmp(chipset_ids[j].family, e->family))
				reported = true;
		if (!reported)
			print_error("family \"%s\" (first used by %04x:%04x) is not in chipset_families[]\n",
				    e->family, e->vendor, e->device);
	}
	if (bad)
		fail_msg("%zu of %zu IDs name a family chipset_family_by_key() does not know",
			 bad, chipset_ids_count);
}

/* identify() starts from 00:1f.0: a family without an LPC/eSPI ID is only found by its SPI
 * function. Every family needs at least one bridge ID. */
static void each_family_has_an_lpc_id(void **state)
{
	size_t bad = 0;

	(void)state;
	assert_true(chipset_families_count > 0);
	for (size_t i = 0; i < chipset_families_count; i++) {
		const struct chipset_family *f = &chipset_families[i];
		size_t lpc = 0;

		assert_non_null(f);
		for (size_t j = 0; j < chipset_ids_count; j++)
			if (chipset_ids[j].role == ROLE_LPC && !strcmp(chipset_ids[j].family, f->key))
				lpc++;
		if (!lpc) {
			print_error("family \"%s\" has no LPC/eSPI bridge ID in data/pci-ids\n", f->key);
			bad++;
		}
	}
	if (bad)
		fail_msg("%zu families have no LPC/eSPI ID", bad);
}

static void expect_id(uint16_t vendor, uint16_t device, enum chipset_role role,
		      const char *family, enum id_status status)
{
	const struct chipset_id *e = chipset_lookup(vendor, device);

	if (!e)
		fail_msg("%04x:%04x is not in chipset_ids[]", vendor, device);
	assert_int_equal(e->vendor, vendor);
	assert_int_equal(e->device, device);
	assert_int_equal(e->role, role);
	assert_string_equal(e->family, family);
	assert_int_equal(e->status, status);
}

/*
 * The IDs of the real machines in ../shared/corpus (chipsec's own replay recordings):
 * Tiger Lake-LP, chipsec tests/modules/tgl/tglenumeration.json: LPC/eSPI 8086:a082,
 * SPI 8086:a0a4; Alder Lake-P, chipsec tests/utilcmd/adlenumerate2.json: LPC/eSPI
 * 8086:5182, SPI 8086:51a4. And QEMU's q35 machine, whose ICH9 LPC is 8086:2918
 * (QEMU include/hw/pci/pci_ids.h PCI_DEVICE_ID_INTEL_ICH9_8).
 */
static void lookup_finds_corpus_ids(void **state)
{
	(void)state;
	expect_id(0x8086, 0xa082, ROLE_LPC, "pch500", ID_TESTED);
	expect_id(0x8086, 0xa0a4, ROLE_SPI, "pch500", ID_TESTED);
	expect_id(0x8086, 0x5182, ROLE_LPC, "pch600", ID_TESTED);
	expect_id(0x8086, 0x51a4, ROLE_SPI, "pch600", ID_TESTED);
	expect_id(0x8086, 0x2918, ROLE_LPC, "ich9", ID_UNTESTED);
	/* Z690 and Z790 (boards in the corpus: MSI PRO Z690-A, PRO Z790-P; IDs per flashrom) */
	expect_id(0x8086, 0x7a84, ROLE_LPC, "pch600", ID_UNTESTED);
	expect_id(0x8086, 0x7a04, ROLE_LPC, "pch700", ID_UNTESTED);
	/* flashrom marks B460 OK: the one 400-series ID tested there */
	expect_id(0x8086, 0xa3c8, ROLE_LPC, "pch400", ID_TESTED);
}

static void lookup_rejects_unknown_ids(void **state)
{
	(void)state;
	assert_null(chipset_lookup(0x8086, 0x0000));
	assert_null(chipset_lookup(0x1022, 0x790e)); /* AMD FCH LPC: flashrom knows it, we do not */
	assert_null(chipset_lookup(0x0000, 0x0000));
	assert_null(chipset_lookup(0xffff, 0xffff)); /* absent device */
	assert_null(chipset_lookup(0x8086, 0xffff));
	assert_null(chipset_lookup(0x8086, 0x5af0)); /* Apollo Lake host bridge: neither role */
	/* just below the first and above the last row */
	assert_null(chipset_lookup(chipset_ids[0].vendor, (uint16_t)(chipset_ids[0].device - 1)));
	assert_null(chipset_lookup(chipset_ids[chipset_ids_count - 1].vendor,
				   (uint16_t)(chipset_ids[chipset_ids_count - 1].device + 1)));
}

static void status_names(void **state)
{
	(void)state;
	assert_string_equal(id_status_name(ID_TESTED), "tested on a real machine");
	assert_string_equal(id_status_name(ID_UNTESTED), "untested");
	assert_string_equal(id_status_name(ID_DATASHEET), "datasheet only");
	assert_string_equal(id_status_name((enum id_status)0), "unknown status");
	assert_string_equal(id_status_name((enum id_status)99), "unknown status");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ids_sorted_and_unique),
		cmocka_unit_test(rows_complete),
		cmocka_unit_test(lookup_finds_every_row),
		cmocka_unit_test(lookup_finds_corpus_ids),
		cmocka_unit_test(lookup_rejects_unknown_ids),
		cmocka_unit_test(status_names),
		cmocka_unit_test(family_keys_resolve),
		cmocka_unit_test(each_family_has_an_lpc_id),
	};

	return unit_main(tests, argc, argv);
}
