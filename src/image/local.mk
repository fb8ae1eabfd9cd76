# SPDX-License-Identifier: GPL-2.0-or-later
# src/image: the image decoder (--image, --backup) and its tests (included from Makefile.am)
libspiinspect_a_SOURCES += \
	src/image/image.h src/image/reader.h \
	src/image/reader.c src/image/ifd.c src/image/fmap.c src/image/me.c src/image/image.c

# tests/image-dump FILE [FAMILY]: the decode as key=value lines, for the shell tests
# (flashrom's and cbfstool's parses) and bench/image.sh. Not installed.
check_PROGRAMS += tests/image-dump
tests_image_dump_SOURCES = tests/image-dump.c
tests_image_dump_LDADD = libspiinspect.a $(LIBPCI_LIBS)

# cmocka: the decoders against real descriptors (corpus), FMAP and ME fixtures, bad input
check_PROGRAMS += tests/test-image-corpus
TESTS += tests/test-image-corpus
tests_test_image_corpus_SOURCES = tests/test-image-corpus.c
tests_test_image_corpus_CFLAGS = $(TEST_CFLAGS)
tests_test_image_corpus_LDADD = $(TEST_LIBS)

# The decoder against flashrom's --ifd layout (46 descriptors), ifdtool -p and cbfstool
# layout -w on fmaptool-built FMAPs, all run live (tests/image-oracles.sh PART runs one).
TESTS += tests/image-oracles.sh
EXTRA_DIST += tests/image-oracles.sh docs/image-decoding.md

check_PROGRAMS += tests/test-image-fmap
TESTS += tests/test-image-fmap
tests_test_image_fmap_SOURCES = tests/test-image-fmap.c
tests_test_image_fmap_CFLAGS = $(TEST_CFLAGS)
tests_test_image_fmap_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-image-bad
TESTS += tests/test-image-bad
tests_test_image_bad_SOURCES = tests/test-image-bad.c
tests_test_image_bad_CFLAGS = $(TEST_CFLAGS)
tests_test_image_bad_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-image-me
TESTS += tests/test-image-me
tests_test_image_me_SOURCES = tests/test-image-me.c
tests_test_image_me_CFLAGS = $(TEST_CFLAGS)
tests_test_image_me_LDADD = $(TEST_LIBS)

# libFuzzer harnesses of the three parsers, replayed by make check as the others are
# (tests/hardening.mk): the seeds FUZZ_SEED_MAIN writes (kept in tests/data/image-seeds)
# and every input that once crashed one (tests/fuzz-crashes/NAME/). scripts/fuzz fuzzes them.
EXTRA_DIST += tests/fuzz-image.h tests/fuzz-ifd.c tests/fuzz-fmap.c tests/fuzz-mefw.c \
	tests/data/image-seeds/ifd/pch6 tests/data/image-seeds/ifd/pch600 \
	tests/data/image-seeds/fmap/fmap-0x100 tests/data/image-seeds/fmap/fmap-0x1000 \
	tests/data/image-seeds/mefw/me11 tests/data/image-seeds/mefw/ifwi17
check_PROGRAMS += tests/fuzz-ifd-run tests/fuzz-fmap-run tests/fuzz-mefw-run
TESTS += tests/fuzz-ifd-run tests/fuzz-fmap-run tests/fuzz-mefw-run
tests_fuzz_ifd_run_SOURCES = tests/fuzz-ifd.c tests/fuzz-run.c tests/fuzz.h tests/fuzz-image.h
tests_fuzz_ifd_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"tests/data/image-seeds/ifd:tests/fuzz-crashes/ifd"'
tests_fuzz_ifd_run_LDADD = $(FUZZ_RUN_LIBS)
tests_fuzz_fmap_run_SOURCES = tests/fuzz-fmap.c tests/fuzz-run.c tests/fuzz.h tests/fuzz-image.h
tests_fuzz_fmap_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"tests/data/image-seeds/fmap:tests/fuzz-crashes/fmap"'
tests_fuzz_fmap_run_LDADD = $(FUZZ_RUN_LIBS)
tests_fuzz_mefw_run_SOURCES = tests/fuzz-mefw.c tests/fuzz-run.c tests/fuzz.h tests/fuzz-image.h
tests_fuzz_mefw_run_CPPFLAGS = $(FUZZ_RUN_CPPFLAGS) -DFUZZ_INPUTS='"tests/data/image-seeds/mefw:tests/fuzz-crashes/mefw"'
tests_fuzz_mefw_run_LDADD = $(FUZZ_RUN_LIBS)
