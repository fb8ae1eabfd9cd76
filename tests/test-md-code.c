/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-md-code.c - Markdown prose: flashrom command lines become code spans, and only they. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit.h"

#include "report/md_code.h"

static void expect(const char *text, int in_table, const char *want)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	md_prose(f, text, in_table);
	assert_int_equal(fclose(f), 0);
	assert_string_equal(out, want);
	free(out);
}

/* The texts of judge.c's findings, as they are written. */
static void test_commands(void **state)
{
	(void)state;
	expect("Work on the BIOS region alone: flashrom -p internal --ifd -i bios -r bios.rom to "
	       "read, --ifd -i bios -w coreboot.rom --noverify-all to write.", 0,
	       "Work on the BIOS region alone: `flashrom -p internal --ifd -i bios -r bios.rom` to "
	       "read, `--ifd -i bios -w coreboot.rom --noverify-all` to write.");
	expect("Back up the whole chip (flashrom -p internal -r backup.rom) before anything else, "
	       "and do not use --ifd, which needs a descriptor.", 0,
	       "Back up the whole chip (`flashrom -p internal -r backup.rom`) before anything else, "
	       "and do not use `--ifd`, which needs a descriptor.");
	expect("If the report looks right (compare with flashrom -p internal -V), go on.", 0,
	       "If the report looks right (compare with `flashrom -p internal -V`), go on.");
	expect("flashrom --ifd -i bios -w fails inside this range.", 0,
	       "`flashrom --ifd -i bios -w` fails inside this range.");
}

/* The tool's name alone, and options of other tools, stay prose. */
static void test_not_commands(void **state)
{
	(void)state;
	expect("flashrom prints \"SPI Configuration is locked down.\"", 0,
	       "flashrom prints \"SPI Configuration is locked down.\"");
	expect("with --ifdx or -p", 0, "with --ifdx or -p");
}

/* In a table cell a '|' is escaped and a newline is a space. */
static void test_table_cell(void **state)
{
	(void)state;
	expect("a|b\nc flashrom -p internal", 1, "a\\|b c `flashrom -p internal`");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commands),
		cmocka_unit_test(test_not_commands),
		cmocka_unit_test(test_table_cell),
	};

	return unit_main(tests, argc, argv);
}
