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
EXTRA_DIST += tests/image-oracles.sh

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
