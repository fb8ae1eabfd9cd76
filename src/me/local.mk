# SPDX-License-Identifier: GPL-2.0-or-later
# src/me: sources and unit tests (included from the top-level Makefile.am)
libspiinspect_a_SOURCES += \
	src/me/me.h src/me/tables.h \
	src/me/layout.c src/me/collect.c src/me/decode.c src/me/meaning.c

check_PROGRAMS += tests/test-me-decode
TESTS += tests/test-me-decode
tests_test_me_decode_SOURCES = tests/test-me-decode.c
tests_test_me_decode_CFLAGS = $(TEST_CFLAGS)
tests_test_me_decode_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-me-collect
TESTS += tests/test-me-collect
tests_test_me_collect_SOURCES = tests/test-me-collect.c
tests_test_me_collect_CFLAGS = $(TEST_CFLAGS)
tests_test_me_collect_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/test-me-render
TESTS += tests/test-me-render
tests_test_me_render_SOURCES = tests/test-me-render.c
tests_test_me_render_CFLAGS = $(TEST_CFLAGS)
tests_test_me_render_LDADD = $(TEST_LIBS)
