# SPDX-License-Identifier: GPL-2.0-or-later
# src/chipset: sources and unit tests (included from the top-level Makefile.am)
# lead: identification
libspiinspect_a_SOURCES += src/chipset/chipset.h src/chipset/layouts.h src/chipset/identify.h src/chipset/identify.c

# pci-ids helper: the PCI ID table, generated at build time from data/pci-ids
libspiinspect_a_SOURCES += src/chipset/lookup.c
nodist_libspiinspect_a_SOURCES = src/chipset/pci-ids.c
BUILT_SOURCES += src/chipset/pci-ids.c
CLEANFILES += src/chipset/pci-ids.c
EXTRA_DIST += data/pci-ids tools/gen-pci-ids.awk
src/chipset/pci-ids.c: $(srcdir)/data/pci-ids $(srcdir)/tools/gen-pci-ids.awk
	$(AM_V_GEN)$(MKDIR_P) src/chipset && \
	$(AWK) -v name=data/pci-ids -f $(srcdir)/tools/gen-pci-ids.awk \
		$(srcdir)/data/pci-ids > $@.tmp && mv -f $@.tmp $@ || { rm -f $@.tmp; exit 1; }
check_PROGRAMS += tests/test-chipset-table
TESTS += tests/test-chipset-table
tests_test_chipset_table_SOURCES = tests/test-chipset-table.c
tests_test_chipset_table_CFLAGS = $(TEST_CFLAGS)
tests_test_chipset_table_LDADD = $(TEST_LIBS)
# end pci-ids helper

# spi helper: the chipset families (where SPIBAR, BIOS_CNTL and the ME live)
libspiinspect_a_SOURCES += src/chipset/families.c
