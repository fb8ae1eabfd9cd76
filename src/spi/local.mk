# SPDX-License-Identifier: GPL-2.0-or-later
# src/spi: sources and unit tests (included from the top-level Makefile.am)
libspiinspect_a_SOURCES += \
	src/spi/spi.h src/spi/regs.h src/spi/layout.c src/spi/bios_cntl.c \
	src/spi/decode.c src/spi/collect.c \
	src/spi/gcs.h src/spi/gcs.c
# issue 15: the flash chip from Linux's spi-nor sysfs files (collected with --image only)
libspiinspect_a_SOURCES += src/spi/flashchip.h src/spi/flashchip.c

check_PROGRAMS += tests/test-spi-decode
TESTS += tests/test-spi-decode
tests_test_spi_decode_SOURCES = tests/test-spi-decode.c
tests_test_spi_decode_CFLAGS = $(TEST_CFLAGS)
tests_test_spi_decode_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-spi-snapshots
TESTS += tests/test-spi-snapshots
tests_test_spi_snapshots_SOURCES = tests/test-spi-snapshots.c
tests_test_spi_snapshots_CFLAGS = $(TEST_CFLAGS)
tests_test_spi_snapshots_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-spi-collect
TESTS += tests/test-spi-collect
tests_test_spi_collect_SOURCES = tests/test-spi-collect.c
tests_test_spi_collect_CFLAGS = $(TEST_CFLAGS)
tests_test_spi_collect_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-spi-descriptors
TESTS += tests/test-spi-descriptors
tests_test_spi_descriptors_SOURCES = tests/test-spi-descriptors.c
tests_test_spi_descriptors_CFLAGS = $(TEST_CFLAGS)
tests_test_spi_descriptors_LDADD = $(TEST_LIBS)
