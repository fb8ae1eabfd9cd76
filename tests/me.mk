# SPDX-License-Identifier: GPL-2.0-or-later
# tests/me.mk: ME snapshots (owned by the ME helper; include it from the top-level Makefile.am)
