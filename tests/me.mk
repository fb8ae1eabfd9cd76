# SPDX-License-Identifier: GPL-2.0-or-later
# tests/me.mk: ME snapshots replayed through collect, decode and the --me-status renderer.
# Owned by the ME helper; include it from the top-level Makefile.am.

check_PROGRAMS += tests/test-me-snap
TESTS += tests/test-me-snap
tests_test_me_snap_SOURCES = tests/test-me-snap.c
tests_test_me_snap_CFLAGS = $(TEST_CFLAGS)
tests_test_me_snap_LDADD = $(TEST_LIBS)
