# SPDX-License-Identifier: GPL-2.0-or-later
# tests/hardening.mk - hostile input and the read-only proof, end to end against the built
# binary (included from tests/local.mk).
TESTS += tests/hostile.sh tests/read-only.sh
EXTRA_DIST += tests/hostile.sh tests/read-only.sh
