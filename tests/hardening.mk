# SPDX-License-Identifier: GPL-2.0-or-later
# tests/hardening.mk - hostile input, the read-only proof, the fuzz harnesses' regression
# runs (included from tests/local.mk). scripts/fuzz builds the same harnesses with clang
# and libFuzzer and fuzzes them; scripts/check-sanitizers and scripts/check-valgrind run
# this whole suite under ASan+UBSan and under valgrind; scripts/test runs all three.
TESTS += tests/hostile.sh tests/read-only.sh
EXTRA_DIST += tests/hostile.sh tests/read-only.sh \
	scripts/fuzz scripts/check-sanitizers scripts/check-valgrind \
	tests/fuzz.h tests/fuzz-run.c tests/fuzz-snapshot.c tests/fuzz-replay.c \
	tests/fuzz-decode.c tests/fuzz-lspci.c tests/fuzz-me.c tests/fuzz-ecam.c

# Each libFuzzer harness, linked with tests/fuzz-run.c instead of libFuzzer, replays its
# seed corpus and every input that once crashed it (tests/fuzz-crashes/NAME/).
FUZZ_RUN_CPPFLAGS = $(AM_CPPFLAGS) -DSRCDIR='"$(abs_top_srcdir)"'
FUZZ_RUN_LIBS = libspiinspect.a
FUZZ_SNAPS = data/samples:tests/snapshots
check_PROGRAMS += tests/fuzz-snapshot-run tests/fuzz-replay-run tests/fuzz-decode-run \
	tests/fuzz-lspci-run tests/fuzz-me-run tests/fuzz-ecam-run
TESTS += tests/fuzz-snapshot-run tests/fuzz-replay-run tests/fuzz-decode-run \
	tests/fuzz-lspci-run tests/fuzz-me-run tests/fuzz-ecam-run
tests_fuzz_snapshot_run_SOURCES = tests/fuzz-snapshot.c tests/fuzz-run.c
tests_fuzz_snapshot_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"$(FUZZ_SNAPS):tests/fuzz-crashes/snapshot"'
tests_fuzz_snapshot_run_LDADD = $(FUZZ_RUN_LIBS)
tests_fuzz_replay_run_SOURCES = tests/fuzz-replay.c tests/fuzz-run.c tests/fuzz.h
tests_fuzz_replay_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"$(FUZZ_SNAPS):tests/fuzz-crashes/replay"'
tests_fuzz_replay_run_LDADD = $(FUZZ_RUN_LIBS)
tests_fuzz_decode_run_SOURCES = tests/fuzz-decode.c tests/fuzz-run.c tests/fuzz.h
tests_fuzz_decode_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"$(FUZZ_SNAPS):tests/fuzz-crashes/decode"'
tests_fuzz_decode_run_LDADD = $(FUZZ_RUN_LIBS)
tests_fuzz_lspci_run_SOURCES = tests/fuzz-lspci.c tests/fuzz-run.c tests/fuzz.h
tests_fuzz_lspci_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"tests/data:tests/fuzz-crashes/lspci"'
tests_fuzz_lspci_run_LDADD = $(FUZZ_RUN_LIBS)
tests_fuzz_me_run_SOURCES = tests/fuzz-me.c tests/fuzz-run.c tests/fuzz.h
tests_fuzz_me_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"$(FUZZ_SNAPS):tests/fuzz-crashes/me"'
tests_fuzz_me_run_LDADD = $(FUZZ_RUN_LIBS)
tests_fuzz_ecam_run_SOURCES = tests/fuzz-ecam.c tests/fuzz-run.c tests/fuzz.h
tests_fuzz_ecam_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"$(FUZZ_SNAPS):tests/fuzz-crashes/ecam"'
tests_fuzz_ecam_run_LDADD = $(FUZZ_RUN_LIBS)

# Inputs that once crashed a harness (make check replays them): one line each, with why.
# lspci: a dump naming device 7f; --save recorded it, and the snapshot did not replay.
EXTRA_DIST += tests/fuzz-crashes/lspci/device-7f-recorded-unparsable
