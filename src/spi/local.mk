# SPDX-License-Identifier: GPL-2.0-or-later
# src/spi: sources and unit tests (included from the top-level Makefile.am)
libspiinspect_a_SOURCES += \
	src/spi/spi.h src/spi/layout.c src/spi/bios_cntl.c \
	src/spi/decode.c src/spi/collect.c
