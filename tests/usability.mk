# SPDX-License-Identifier: GPL-2.0-or-later
# tests/usability.mk - what a user meets around the report: pasted snapshots, --from -,
# shell completion, scripts/try's options (included from tests/local.mk)
TESTS += tests/pasted.sh tests/try-options.sh tests/pci-dump.sh tests/completion.sh \
	tests/me-sysfs-live.sh
EXTRA_DIST += tests/pasted.sh tests/try-options.sh tests/pci-dump.sh tests/completion.sh \
	tests/me-sysfs-live.sh \
	scripts/try-options.sh

# cmocka: DMI strings, the firmware kind and its advice; private files never recorded
check_PROGRAMS += tests/test-machine
TESTS += tests/test-machine
tests_test_machine_SOURCES = tests/test-machine.c tests/replay-text.h tests/unit.h
tests_test_machine_CFLAGS = $(TEST_CFLAGS)
tests_test_machine_LDADD = $(TEST_LIBS)

# cmocka: GCS and BUC in the RCRB (src/spi/gcs.c)
check_PROGRAMS += tests/test-spi-gcs
TESTS += tests/test-spi-gcs
tests_test_spi_gcs_SOURCES = tests/test-spi-gcs.c tests/replay-text.h tests/unit.h
tests_test_spi_gcs_CFLAGS = $(TEST_CFLAGS)
tests_test_spi_gcs_LDADD = $(TEST_LIBS)
