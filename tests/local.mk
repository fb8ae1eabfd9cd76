# SPDX-License-Identifier: GPL-2.0-or-later
# tests: end-to-end tests on snapshots (included from the top-level Makefile.am)
include tests/me.mk
include tests/hardening.mk
include tests/vm/vm.mk
include tests/fleet.mk
include tests/usability.mk
include tests/judge.mk

# End-to-end: every snapshot in every output format against tests/expected/, and one
# case per flashrom FAQ failure (finding id, advice, exit code).
# Also: JSON against its schema, round trips (Markdown snapshot, --save, lspci dumps),
# the exit codes documented where they are listed, and the README's examples.
TESTS += tests/golden.sh tests/faq.sh tests/json-schema.sh tests/roundtrip.sh \
	tests/exit-codes.sh tests/readme-examples.sh tests/layering.sh
EXTRA_DIST += \
	tests/golden.sh tests/golden-formats.sh tests/update-golden.sh \
	tests/faq.sh tests/make-pci-ids.sh tests/layering.sh tests/layering.allow \
	tests/json-schema.sh tests/roundtrip.sh tests/exit-codes.sh tests/readme-examples.sh
# Snapshots and their expected outputs: whole directories (Automake copies them whole), so a
# new snapshot is found by tests/golden.sh and the tarball without a list to edit.
EXTRA_DIST += tests/snapshots tests/expected data/samples

# cmocka: identification and the environment diagnosis
check_PROGRAMS += tests/test-identify tests/test-env
TESTS += tests/test-identify tests/test-env
tests_test_identify_SOURCES = tests/test-identify.c tests/replay-text.h
tests_test_identify_CFLAGS = $(TEST_CFLAGS)
tests_test_identify_LDADD = $(TEST_LIBS)
tests_test_env_SOURCES = tests/test-env.c tests/replay-text.h
tests_test_env_CFLAGS = $(TEST_CFLAGS)
tests_test_env_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/test-json-writer
TESTS += tests/test-json-writer
tests_test_json_writer_SOURCES = tests/test-json-writer.c
tests_test_json_writer_CFLAGS = $(TEST_CFLAGS)
tests_test_json_writer_LDADD = $(TEST_LIBS)
# cmocka: the values transcribed from chipsec's recordings against the corpus copies
check_PROGRAMS += tests/test-chipsec-corpus
TESTS += tests/test-chipsec-corpus
tests_test_chipsec_corpus_SOURCES = tests/test-chipsec-corpus.c
tests_test_chipsec_corpus_CFLAGS = $(TEST_CFLAGS)
tests_test_chipsec_corpus_LDADD = $(TEST_LIBS)
# every cmocka program: one case by name, and an honest SKIP
EXTRA_DIST += tests/unit.h tests/README.md

# issue 15: the flash plan against flashrom 1.3.0's dummy programmer (images written by
# tests/make-plan-image.py), and end-to-end plan reports (tests/plan-golden.sh)
TESTS += tests/plan-flashrom.sh tests/plan-golden.sh tests/plan-locks.sh tests/plan-input.sh
EXTRA_DIST += tests/plan-flashrom.sh tests/plan-golden.sh tests/plan-locks.sh tests/plan-input.sh tests/make-plan-image.py tests/plan-images.sh
# cmocka: the flash plan on literal images
check_PROGRAMS += tests/test-plan
TESTS += tests/test-plan
tests_test_plan_SOURCES = tests/test-plan.c
tests_test_plan_CFLAGS = $(TEST_CFLAGS)
tests_test_plan_LDADD = $(TEST_LIBS)
# The text fits its width: wrapping with hanging indents, COLUMNS and non-terminals
check_PROGRAMS += tests/test-wrap
TESTS += tests/test-wrap
tests_test_wrap_SOURCES = tests/test-wrap.c tests/unit.h
tests_test_wrap_CFLAGS = $(TEST_CFLAGS)
tests_test_wrap_LDADD = $(TEST_LIBS)

# The text fits 80 columns, COLUMNS=100 and 60; stderr never cuts a line of the report;
# Markdown sections; the man page formats cleanly and names every option
TESTS += tests/text-width.sh tests/stream-order.sh tests/markdown-parts.sh tests/man-page.sh
EXTRA_DIST += tests/text-width.sh tests/stream-order.sh tests/markdown-parts.sh tests/man-page.sh
check_PROGRAMS += tests/test-md-code
TESTS += tests/test-md-code
tests_test_md_code_SOURCES = tests/test-md-code.c tests/unit.h
tests_test_md_code_CFLAGS = $(TEST_CFLAGS)
tests_test_md_code_LDADD = $(TEST_LIBS)
