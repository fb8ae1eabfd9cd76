# SPDX-License-Identifier: GPL-2.0-or-later
# src/hw: sources and unit tests (included from the top-level Makefile.am)
libspiinspect_a_SOURCES += \
	src/hw/hw.h src/hw/hw.c

# snapshot files: parser, the table of reads, replay, recorder, --save
libspiinspect_a_SOURCES += \
	src/hw/snapshot.h src/hw/snapshot.c src/hw/snapshot-table.c src/hw/paste.h src/hw/paste.c \
	src/hw/replay.c src/hw/recorder.c src/hw/save.c

# live backend (libpci, /dev/mem, sysfs) and ECAM reads of hidden functions
libspiinspect_a_SOURCES += \
	src/hw/live.c src/hw/ecam.c src/hw/libpci.h src/hw/libpci.c

check_PROGRAMS += tests/test-live
TESTS += tests/test-live
tests_test_live_SOURCES = tests/test-live.c tests/live-dump.h
tests_test_live_CFLAGS = $(TEST_CFLAGS)
tests_test_live_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-ecam
TESTS += tests/test-ecam
tests_test_ecam_SOURCES = tests/test-ecam.c tests/live-dump.h
tests_test_ecam_CFLAGS = $(TEST_CFLAGS)
tests_test_ecam_LDADD = $(TEST_LIBS)
EXTRA_DIST += \
	tests/data/ich9-lpc.lspci tests/data/ich9-lpc-nonroot.lspci \
	tests/data/tgl-lp.lspci tests/data/tgl-lp-hidden-spi.lspci \
	tests/data/adl-erying.lspci

check_PROGRAMS += tests/test-snapshot
TESTS += tests/test-snapshot
tests_test_snapshot_SOURCES = tests/test-snapshot.c
tests_test_snapshot_CFLAGS = $(TEST_CFLAGS)
tests_test_snapshot_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-record-replay tests/test-save
TESTS += tests/test-record-replay tests/test-save
tests_test_record_replay_SOURCES = tests/test-record-replay.c
tests_test_record_replay_CFLAGS = $(TEST_CFLAGS)
tests_test_record_replay_LDADD = $(TEST_LIBS)
tests_test_save_SOURCES = tests/test-save.c
tests_test_save_CFLAGS = $(TEST_CFLAGS)
tests_test_save_LDADD = $(TEST_LIBS)
# libFuzzer harness for the snapshot parser (clang; how to build it is in the file)
EXTRA_DIST += tests/fuzz-snapshot.c
