/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-machine.c - DMI strings: read, described, classified; serial numbers never read nor recorded. */
#include <errno.h>
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

#include "hw/hw.h"
#include "machine.h"
#include "report/firmware_advice.h"

#define DMI(name, value) "file /sys/class/dmi/id/" name " \"" value "\\n\"\n"

static void probe(const char *text, struct machine *m)
{
	struct hw *hw = replay_text(text);

	machine_probe(hw, m);
	hw_close(hw);
}

/* Values as Dasharo's validation configs give them (NovaCustom NV4xPZ, Dasharo v1.6.0). */
static void test_dasharo(void **state)
{
	struct machine m;
	char line[256];

	(void)state;
	probe("spi-inspect-snapshot 1\n" DMI("sys_vendor", "Notebook") DMI("product_name", "NV4xPZ")
	      DMI("bios_vendor", "3mdeb") DMI("bios_version", "Dasharo (coreboot+UEFI) v1.6.0")
	      DMI("bios_date", "03/17/2022"), &m);
	assert_int_equal(m.firmware, FIRMWARE_DASHARO);
	assert_string_equal(machine_get(&m, MACHINE_PRODUCT_NAME), "NV4xPZ");
	assert_null(machine_get(&m, MACHINE_BOARD_NAME));
	assert_true(machine_describe(&m, line, sizeof(line)));
	assert_string_equal(line, "Notebook NV4xPZ");
	assert_true(machine_firmware(&m, line, sizeof(line)));
	assert_string_equal(line, "3mdeb Dasharo (coreboot+UEFI) v1.6.0 03/17/2022");
	assert_non_null(strstr(firmware_advice(m.firmware, PROTECTION_PRX), "Lock the BIOS boot medium"));
	assert_non_null(strstr(firmware_advice(m.firmware, PROTECTION_SMM_BWP),
			       "Enable SMM BIOS write protection"));
}

/* coreboot's SMBIOS says vendor "coreboot" (src/arch/x86/smbios.c); a vendor's says its own. */
static void test_kinds(void **state)
{
	struct machine m;
	char line[32];

	(void)state;
	probe("spi-inspect-snapshot 1\n" DMI("board_vendor", "Google") DMI("board_name", "Fizz")
	      DMI("bios_vendor", "coreboot") DMI("bios_version", "MrChromebox-2305.0"), &m);
	assert_int_equal(m.firmware, FIRMWARE_COREBOOT);
	assert_non_null(firmware_advice(m.firmware, PROTECTION_SMM_BWP));
	assert_true(machine_describe(&m, line, sizeof(line)));
	assert_string_equal(line, "board Google Fizz");
	assert_true(machine_firmware(&m, line, 16));
	assert_string_equal(line, "coreboot MrChro"); /* truncated to fit, NUL-terminated */

	probe("spi-inspect-snapshot 1\n" DMI("bios_vendor", "LENOVO") DMI("bios_version", "N2HET73W (1.56 )"), &m);
	assert_int_equal(m.firmware, FIRMWARE_VENDOR);
	assert_null(firmware_advice(m.firmware, PROTECTION_PRX));

	probe("spi-inspect-snapshot 1\n", &m);
	assert_int_equal(m.firmware, FIRMWARE_UNKNOWN);
	assert_false(machine_describe(&m, line, sizeof(line)));
	assert_string_equal(line, "");
	assert_false(machine_firmware(&m, line, sizeof(line)));
	assert_string_equal(firmware_kind_key(m.firmware), "unknown");
}

/* Serial numbers and UUIDs are refused before any backend, so a --save never holds them. */
static void test_private_never_recorded(void **state)
{
	struct failure fail = { 0 };
	struct hw *inner = replay_text("spi-inspect-snapshot 1\n" DMI("product_serial", "PF1234")
				       DMI("product_uuid", "4c4c4544-0000") DMI("product_name", "T480"));
	struct hw *rec = hw_recorder_open(inner, 0, NULL, &fail);
	struct machine m;
	struct buf b;

	(void)state;
	assert_non_null(rec);
	assert_int_equal(hw_file_read(rec, "/sys/class/dmi/id/product_serial", &b), -EACCES);
	assert_int_equal(hw_file_read(rec, "/sys/devices/virtual/dmi/id/board_serial", &b), -EACCES);
	assert_int_equal(hw_file_read(rec, "/sys/firmware/dmi/tables/DMI", &b), -EACCES);
	machine_probe(rec, &m);
	assert_string_equal(machine_get(&m, MACHINE_PRODUCT_NAME), "T480");
	assert_non_null(strstr(hw_recorder_text(rec), "product_name"));
	assert_null(strstr(hw_recorder_text(rec), "serial"));
	assert_null(strstr(hw_recorder_text(rec), "uuid"));
	assert_null(strstr(hw_recorder_text(rec), "PF1234"));
	assert_false(hw_path_private("/sys/class/dmi/id/bios_version"));
	assert_false(hw_path_private("/sys/class/mei/mei0/fw_status"));
	hw_close(rec);
}

/* Control bytes in a DMI string are shown as '?', blanks at the end dropped. */
static void test_sanitised(void **state)
{
	struct machine m;

	(void)state;
	probe("spi-inspect-snapshot 1\n"
	      "file /sys/class/dmi/id/product_name \"To be filled\\x1b[31m   \\n\"\n", &m);
	assert_string_equal(machine_get(&m, MACHINE_PRODUCT_NAME), "To be filled?[31m");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dasharo),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_private_never_recorded),
		cmocka_unit_test(test_sanitised),
	};

	return unit_main(tests, argc, argv);
}
