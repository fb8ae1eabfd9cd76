# SPDX-License-Identifier: GPL-2.0-or-later
# tests/usability.mk - what a user meets around the report: pasted snapshots, --from -,
# shell completion, scripts/try's options (included from tests/local.mk)
TESTS += tests/pasted.sh tests/try-options.sh
EXTRA_DIST += tests/pasted.sh tests/try-options.sh scripts/try-options.sh
