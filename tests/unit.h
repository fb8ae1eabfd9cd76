/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * unit.h - what every cmocka program shares (include it after <cmocka.h>):
 *
 *   int main(int argc, char **argv) { ...; return unit_main(tests, argc, argv); }
 *
 * One case alone: `tests/test-foo NAME` or CMOCKA_TEST_FILTER=NAME (cmocka's pattern:
 * * and ?), also through make: `make check TESTS=tests/test-foo CMOCKA_TEST_FILTER=NAME`.
 * A pattern that names no case is an error that lists the cases.
 *
 * A case that cannot run here says why with unit_skip(); the program then exits 77, which
 * automake reports as SKIP, unless a case failed. cmocka's own skip() alone would leave
 * the program's exit code 0: a PASS with a skip inside.
 */
#ifndef SPI_INSPECT_TESTS_UNIT_H
#define SPI_INSPECT_TESTS_UNIT_H

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned unit_skipped;

#define unit_skip(...)                              \
	do {                                        \
		fprintf(stderr, "SKIP: ");          \
		fprintf(stderr, __VA_ARGS__);       \
		fputc('\n', stderr);                \
		unit_skipped++;                     \
		skip();                             \
	} while (0)

/* $CORPUS_DIR/SUB (the shared real-machine corpus, outside the project) into buf. */
static inline const char *unit_corpus(char *buf, size_t size, const char *sub)
{
	const char *dir = getenv("CORPUS_DIR");

	snprintf(buf, size, "%s/%s", dir && *dir ? dir : SRCDIR "/../shared/corpus", sub);
	return buf;
}

static inline int unit_main_(const char *group, const struct CMUnitTest *tests, size_t n,
			     int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : getenv("CMOCKA_TEST_FILTER");
	size_t matched = 0;

	if (filter && *filter) {
		for (size_t i = 0; i < n; i++)
			matched += fnmatch(filter, tests[i].name, 0) == 0;
		if (!matched) {
			fprintf(stderr, "%s: no case is named like '%s'; the cases are:\n", argv[0], filter);
			for (size_t i = 0; i < n; i++)
				fprintf(stderr, "  %s\n", tests[i].name);
			return 2;
		}
		cmocka_set_test_filter(filter);
	}
	if (_cmocka_run_group_tests(group, tests, n, NULL, NULL) != 0)
		return 1; /* not the count: 77 failures would read as SKIP */
	if (unit_skipped) {
		fprintf(stderr, "SKIP: %u case(s) could not run here (reasons above); every other case passed\n",
			unit_skipped);
		return 77;
	}
	return 0;
}

#define unit_main(tests, argc, argv) \
	unit_main_(#tests, tests, sizeof(tests) / sizeof((tests)[0]), argc, argv)

#endif
