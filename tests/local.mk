# SPDX-License-Identifier: GPL-2.0-or-later
# tests: end-to-end tests on snapshots (included from the top-level Makefile.am)
include tests/me.mk
include tests/hardening.mk
include tests/vm/vm.mk
include tests/fleet.mk

# End-to-end: every snapshot in every output format against tests/expected/, and one
# case per flashrom FAQ failure (finding id, advice, exit code).
# Also: JSON against its schema, round trips (Markdown snapshot, --save, lspci dumps),
# the exit codes documented where they are listed, and the README's examples.
TESTS += tests/golden.sh tests/faq.sh tests/json-schema.sh tests/roundtrip.sh \
	tests/exit-codes.sh tests/readme-examples.sh tests/layering.sh
EXTRA_DIST += \
	tests/golden.sh tests/golden-formats.sh tests/update-golden.sh \
	tests/faq.sh tests/make-pci-ids.sh tests/layering.sh tests/layering.allow \
	tests/json-schema.sh tests/roundtrip.sh tests/exit-codes.sh tests/readme-examples.sh \
	docs/spi-inspect.schema.json
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
