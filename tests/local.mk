# SPDX-License-Identifier: GPL-2.0-or-later
# tests: end-to-end tests on snapshots (included from the top-level Makefile.am)
