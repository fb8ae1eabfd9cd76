# SPDX-License-Identifier: GPL-2.0-or-later
# src/hw: sources and unit tests (included from the top-level Makefile.am)
libspiinspect_a_SOURCES += \
	src/hw/hw.h src/hw/hw.c
