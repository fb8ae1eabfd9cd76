# SPDX-License-Identifier: GPL-2.0-or-later
# tests/judge.mk - the judge: one answer per region that every renderer prints, the
# findings catalogue against docs/findings.md (included from tests/local.mk).
check_PROGRAMS += tests/test-judge
TESTS += tests/test-judge
tests_test_judge_SOURCES = tests/test-judge.c
tests_test_judge_CFLAGS = $(TEST_CFLAGS)
tests_test_judge_LDADD = $(TEST_LIBS)
