/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-wrap.c - the text fits its width: breaks at spaces, hanging indents, COLUMNS and non-terminals. */
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

#include "report/term.h"
#include "report/wrap.h"

/* wrap_write() of text at width, as a string the caller frees. */
static char *wrapped(const char *text, unsigned width)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	wrap_write(f, text, strlen(text), width);
	assert_int_equal(fclose(f), 0);
	return out;
}

/* Aligned label and value: the value goes on under itself. */
static void test_value_column(void **state)
{
	char *out;

	(void)state;
	out = wrapped("Descriptor override strap                not set: descriptor permissions "
		      "apply (FDOPSS=1)\n", 60);
	assert_string_equal(out, "Descriptor override strap                not set: descriptor\n"
				 "                                         permissions apply\n"
				 "                                         (FDOPSS=1)\n");
	free(out);
}

/* A short leading label: the text hangs after "why: ". */
static void test_label(void **state)
{
	char *out;

	(void)state;
	out = wrapped("      why: The firmware set FLOCKDN at boot: until the next reset the "
		      "protected ranges cannot be changed.\n", 60);
	assert_string_equal(out, "      why: The firmware set FLOCKDN at boot: until the next\n"
				 "           reset the protected ranges cannot be changed.\n");
	free(out);
}

/* A paragraph (an indented line, no label) keeps its indentation. */
static void test_paragraph(void **state)
{
	char *out;

	(void)state;
	out = wrapped("      BIOS region SMM protection is enabled (BLE=1, SMM_BWP/EISS=1): only "
		      "SMM code may write the flash.\n", 60);
	assert_string_equal(out, "      BIOS region SMM protection is enabled (BLE=1,\n"
				 "      SMM_BWP/EISS=1): only SMM code may write the flash.\n");
	free(out);
}

/* Short lines, empty lines and width 0 pass unchanged; a word wider than the room is cut. */
static void test_unchanged_and_long_word(void **state)
{
	const char *text = "short\n\n  also short\n";
	char *out, *line;
	char word[100];

	(void)state;
	out = wrapped(text, 60);
	assert_string_equal(out, text);
	free(out);
	out = wrapped("a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j\n", 0);
	assert_string_equal(out, "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j\n");
	free(out);
	memset(word, 'x', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	out = wrapped(word, 60);
	for (line = strtok(out, "\n"); line; line = strtok(NULL, "\n"))
		assert_true(strlen(line) <= 60);
	free(out);
}

/* Colour sequences take no column: a coloured line that fits is not broken. */
static void test_colour_takes_no_column(void **state)
{
	char text[128], *out;

	(void)state;
	snprintf(text, sizeof(text), "  \033[1;31m%-7s\033[0m %-49s\n", "BLOCKS", "bios.smm_bwp");
	out = wrapped(text, 60);
	assert_string_equal(out, text);
	free(out);
}

/* No line of a long mixed text is wider than the width, none ends in a space. */
static void test_every_line_fits(void **state)
{
	static const char text[] =
		"spi-inspect 0.1.0: Intel 500-series (Tiger Lake PCH, Rocket Lake) Tiger Lake U Premium, 8086:a082 at 00:1f.0\n"
		"  Read the whole chip    unknown  FREG6 could not be read because the snapshot does not hold it at all\n"
		"      FDOPSS         [   13] = 0x1  Flash descriptor override pin-strap status (0 = override set)\n"
		"                      HFSTS1 bit 4 is read two ways on CSME 15: fwupd (fu-intel-me-device.c) reads it\n";

	(void)state;
	for (unsigned width = WRAP_MIN_WIDTH; width <= 100; width += 10) {
		char *out = wrapped(text, width);

		for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
			assert_true(strlen(line) <= width);
			assert_true(line[strlen(line) - 1] != ' ');
		}
		free(out);
	}
}

/* COLUMNS decides, at least WRAP_MIN_WIDTH; without it a pipe (no terminal) gets 80. */
static void test_term_width(void **state)
{
	int fds[2];

	(void)state;
	assert_int_equal(pipe(fds), 0);
	unsetenv("COLUMNS");
	assert_int_equal(term_width(fds[1]), WRAP_DEFAULT_WIDTH);
	setenv("COLUMNS", "100", 1);
	assert_int_equal(term_width(fds[1]), 100);
	setenv("COLUMNS", "20", 1);
	assert_int_equal(term_width(fds[1]), WRAP_MIN_WIDTH);
	setenv("COLUMNS", "wide", 1);
	assert_int_equal(term_width(fds[1]), WRAP_DEFAULT_WIDTH);
	setenv("COLUMNS", "-5", 1);
	assert_int_equal(term_width(fds[1]), WRAP_DEFAULT_WIDTH);
	unsetenv("COLUMNS");
	close(fds[0]);
	close(fds[1]);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_column),
		cmocka_unit_test(test_label),
		cmocka_unit_test(test_paragraph),
		cmocka_unit_test(test_unchanged_and_long_word),
		cmocka_unit_test(test_colour_takes_no_column),
		cmocka_unit_test(test_every_line_fits),
		cmocka_unit_test(test_term_width),
	};

	return unit_main(tests, argc, argv);
}
