/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-json-writer.c - the JSON writer: nesting, commas, escapes, unknown as null with a reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit.h"

#include "hw/hw.h"
#include "report/json.h"

static void test_nesting_and_escapes(void **state)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	struct json j;
	struct reg known = { 0 }, refused = { 0 };

	(void)state;
	reg_set(&known, "HSFS", 2, 0, 0xe008);
	reg_set(&refused, "FRAP", 4, -13 /* EACCES */, 0);
	json_begin(&j, out);
	json_string(&j, "s", "a \"quoted\" \\ line\nnext\ttab\x01");
	json_array(&j, "empty");
	json_close(&j, ']');
	json_array(&j, "list");
	json_uint(&j, NULL, 1);
	json_tri(&j, NULL, TRI_UNKNOWN);
	json_tri(&j, NULL, TRI_YES);
	json_close(&j, ']');
	json_reg(&j, "hsfs", &known);
	json_reg(&j, "frap", &refused);
	json_end(&j);
	fclose(out);
	assert_string_equal(text,
			    "{\n"
			    "  \"s\": \"a \\\"quoted\\\" \\\\ line\\nnext\\ttab\\u0001\",\n"
			    "  \"empty\": [],\n"
			    "  \"list\": [\n"
			    "    1,\n"
			    "    null,\n"
			    "    true\n"
			    "  ],\n"
			    "  \"hsfs\": 57352,\n"
			    "  \"frap\": null,\n"
			    "  \"frap_reason\": \"permission denied (EACCES): reading it needs root\"\n"
			    "}\n");
	free(text);
}

/* All ones is unknown, not a value (DESIGN.md rule 2). */
static void test_all_ones_is_unknown(void **state)
{
	struct reg r = { 0 };

	(void)state;
	reg_set(&r, "HFSTS1", 4, 0, 0xffffffff);
	assert_false(reg_ok(&r));
	assert_int_equal(tri_bit(&r, 4), TRI_UNKNOWN);
	reg_set(&r, "BIOS_CNTL", 1, 0, 0xff);
	assert_false(reg_ok(&r));
	reg_set(&r, "BIOS_CNTL", 1, 0, 0x2a);
	assert_true(reg_ok(&r));
	assert_int_equal(tri_bit(&r, 1), TRI_YES);
	assert_int_equal(tri_bit(&r, 0), TRI_NO);
}

static void test_enum_lookup_bounded(void **state)
{
	static const struct enum_name names[] = { { 0, "Normal" }, { 3, "Soft Temporary Disable" } };
	char buf[32];

	(void)state;
	assert_string_equal(enum_lookup(names, 2, 3, buf, sizeof(buf)), "Soft Temporary Disable");
	assert_string_equal(enum_lookup(names, 2, 9, buf, sizeof(buf)), "reserved (0x9)");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nesting_and_escapes),
		cmocka_unit_test(test_all_ones_is_unknown),
		cmocka_unit_test(test_enum_lookup_bounded),
	};

	return unit_main(tests, argc, argv);
}
