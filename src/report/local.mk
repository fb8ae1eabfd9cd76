# SPDX-License-Identifier: GPL-2.0-or-later
# src/report: sources and unit tests (included from the top-level Makefile.am)
