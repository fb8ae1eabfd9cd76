/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-chipsec-corpus.c - the register values test-spi-decode and test-me-decode transcribed
 * from chipsec's Tiger Lake recordings are the recordings' values: read from the copies in
 * $CORPUS_DIR/chipsec-recordings (outside the project). SKIP (exit 77) when they are absent.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit.h"

static FILE *open_recording(const char *file, char *path, size_t size)
{
	char sub[256];
	FILE *fp;

	snprintf(sub, sizeof(sub), "chipsec-recordings/%s", file);
	unit_corpus(path, size, sub);
	fp = fopen(path, "r");
	if (!fp)
		unit_skip("%s: %s (the corpus is outside the project; set CORPUS_DIR)", path,
			  strerror(errno));
	return fp;
}

/*
 * The last value recorded for KEY: chipsec's replay helper pops from the end of each
 * list, so the last value is the one read first. -1 if KEY is not in the file.
 */
static int last_value(const char *file, const char *key, uint64_t *out)
{
	char path[512], *buf, *p, *end;
	FILE *fp = open_recording(file, path, sizeof(path));
	long n;
	int rc = -1;

	buf = calloc(1, 1 << 20);
	n = buf ? (long)fread(buf, 1, (1 << 20) - 1, fp) : 0;
	fclose(fp);
	assert_true(n > 0);
	p = strstr(buf, key);
	end = p ? strchr(p, ']') : NULL;
	if (p && end) {
		char *q = end;

		while (q > p && *q != '"')
			q--;
		*q = '\0';
		while (q > p && *(q - 1) != '"')
			q--;
		*out = strtoull(q, NULL, 10);
		rc = 0;
	}
	free(buf);
	return rc;
}

/* test-spi-decode's tgl_raw(): HSFS, FRAP, FREG1..2 and BC of chipsec tests/modules/tgl. */
static void test_spi_tgl_transcribed(void **state)
{
	static const struct {
		const char *file, *key;
		uint64_t transcribed;
	} rows[] = {
		{ "tgl-common-spi_lock.txt", "\"(1753219076,4)\"", 118155265 },
		{ "tgl-common-spi_access.txt", "\"(1753219152,4)\"", 65535 },
		{ "tgl-common-spi_access.txt", "\"(1753219160,4)\"", 536809472 },
		{ "tgl-common-spi_access.txt", "\"(1753219164,4)\"", 268369921 },
		{ "tgl-common-bios_wp.txt", "\"(0,31,5,220,4)\"", 268437674 },
		{ "tgl-common-bios_wp.txt", "\"(0,31,5,16,4)\"", 1753219072 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		uint64_t v = 0;

		assert_int_equal(last_value(rows[i].file, rows[i].key, &v), 0);
		assert_int_equal(v, rows[i].transcribed);
	}
}

/* test-me-decode's test_csme15_tgl_chipsec(): HFS at 00:16.0+0x40 = 0xa0000245. */
static void test_me_tgl_transcribed(void **state)
{
	char path[512], line[256];
	unsigned long val = 0;
	bool next = false, found = false;
	FILE *fp;

	(void)state;
	fp = open_recording("tgl-common-me_mfg_mode.txt", path, sizeof(path));
	while (fgets(line, sizeof(line), fp)) {
		if (strstr(line, "\"(0,22,0,64,4)\""))
			next = true;
		else if (next && sscanf(line, " \"%lu\"", &val) == 1) {
			found = true;
			break;
		}
	}
	fclose(fp);
	assert_true(found);
	assert_int_equal(val, 0xa0000245);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spi_tgl_transcribed),
		cmocka_unit_test(test_me_tgl_transcribed),
	};

	return unit_main(tests, argc, argv);
}
