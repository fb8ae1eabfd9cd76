/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-identify.c - identification on snapshots of three generations, and what is not supported. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "unit.h"

#include "replay-text.h"

#include "chipset/identify.h"

static void identify_file(const char *name, struct identity *id)
{
	char path[512];
	struct failure fail = { 0 };
	struct hw *hw;

	snprintf(path, sizeof(path), "%s/%s", SRCDIR, name);
	hw = hw_replay_open(path, &fail);
	if (!hw)
		fail_msg("%s: %s: %s", path, fail.what, fail.why);
	identify(hw, NULL, id);
	hw_close(hw);
}

static void identify_text(const char *text, struct identity *id)
{
	struct hw *hw = replay_text(text);

	identify(hw, NULL, id);
	hw_close(hw);
}

/* SPIBAR behind RCBA: QEMU q35's ICH9 LPC bridge 8086:2918 (real ID, QEMU hw/isa/lpc_ich9.c). */
static void test_ich9_rcba(void **state)
{
	struct identity id;

	(void)state;
	identify_text("spi-inspect-snapshot 1\n"
		      "pci 0000:00:00.0 0x000 4 0x29c08086\n"
		      "pci 0000:00:1f.0 0x000 4 0x29188086\n", &id);
	assert_int_equal(id.result, IDENT_OK);
	assert_string_equal(id.family->key, "ich9");
	assert_int_equal(id.family->spibar_via, SPIBAR_RCBA);
	assert_int_equal(id.ndevs, 2);
	assert_true(id.host.present);
	assert_int_equal(id.lpc.device, 0x2918);
	assert_ptr_equal(id.lpc.entry, id.entry);
}

/* A 100-series-or-later PCH with the SPI function at 00:1f.5: Tiger Lake-LP (chipsec recording). */
static void test_tgl_spi_function(void **state)
{
	struct identity id;

	(void)state;
	identify_file("data/samples/tigerlake-lp.snap", &id);
	assert_int_equal(id.result, IDENT_OK);
	assert_string_equal(id.family->key, "pch500");
	assert_int_equal(id.family->spibar_via, SPIBAR_SPI_BAR0);
	assert_true(id.spi.present);
	assert_int_equal(id.spi.device, 0xa0a4);
	assert_true(id.heci.present);
	assert_int_equal(id.heci.device, 0xa0e0);
}

/* An Atom SoC: Apollo Lake, SPI function at 00:0d.2. */
static void test_atom_soc(void **state)
{
	struct identity id;

	(void)state;
	identify_file("tests/snapshots/apl.snap", &id);
	assert_int_equal(id.result, IDENT_OK);
	assert_string_equal(id.family->key, "apl");
	assert_int_equal(id.family->spi_fn.dev, 0x0d);
	assert_int_equal(id.family->spi_fn.fn, 2);
}

/* The SPI function alone identifies the family when the bridge is unknown (hidden 1f.0 ID). */
static void test_spi_function_fallback(void **state)
{
	struct identity id;

	(void)state;
	identify_text("spi-inspect-snapshot 1\n"
		      "pci 0000:00:1f.5 0x000 4 0x51a48086\n", &id);
	assert_int_equal(id.result, IDENT_OK);
	assert_string_equal(id.family->key, "pch600");
	assert_false(id.lpc.present);
}

static void test_not_supported(void **state)
{
	struct identity id;

	(void)state;
	/* AMD FCH LPC bridge */
	identify_text("spi-inspect-snapshot 1\npci 0000:00:1f.0 0x000 4 0x790e1022\n", &id);
	assert_int_equal(id.result, IDENT_NOT_INTEL);
	assert_null(id.family);
	/* an Intel ID that is no LPC bridge we know */
	identify_text("spi-inspect-snapshot 1\npci 0000:00:1f.0 0x000 4 0x00018086\n", &id);
	assert_int_equal(id.result, IDENT_UNSUPPORTED);
	/* no bridge at 00:1f.0 at all */
	identify_text("spi-inspect-snapshot 1\npci 0000:00:02.0 0x000 4 0x9a498086\n", &id);
	assert_int_equal(id.result, IDENT_NO_BRIDGE);
	/* nothing at all, or a bridge that reads all ones (absent) */
	identify_text("spi-inspect-snapshot 1\n", &id);
	assert_int_equal(id.result, IDENT_NO_DEVICES);
	identify_text("spi-inspect-snapshot 1\npci 0000:00:1f.0 0x000 4 0xffffffff\n", &id);
	assert_int_equal(id.result, IDENT_NO_DEVICES);
}

/* An SPI-function ID at 00:1f.0 is not taken for an LPC bridge: roles are checked. */
static void test_role_checked(void **state)
{
	struct identity id;

	(void)state;
	identify_text("spi-inspect-snapshot 1\npci 0000:00:1f.0 0x000 4 0xa0a48086\n", &id);
	assert_int_equal(id.result, IDENT_UNSUPPORTED);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ich9_rcba),
		cmocka_unit_test(test_tgl_spi_function),
		cmocka_unit_test(test_atom_soc),
		cmocka_unit_test(test_spi_function_fallback),
		cmocka_unit_test(test_not_supported),
		cmocka_unit_test(test_role_checked),
	};

	return unit_main(tests, argc, argv);
}
