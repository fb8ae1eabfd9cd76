# SPDX-License-Identifier: GPL-2.0-or-later
# src/hw: sources and unit tests (included from the top-level Makefile.am)
libspiinspect_a_SOURCES += \
	src/hw/hw.h src/hw/hw.c

# snapshot files: parser, the table of reads, replay, recorder, --save
libspiinspect_a_SOURCES += \
	src/hw/snapshot.h src/hw/snapshot.c src/hw/snapshot-table.c \
	src/hw/replay.c src/hw/recorder.c src/hw/save.c
