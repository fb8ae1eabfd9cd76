# SPDX-License-Identifier: GPL-2.0-or-later
# vm.mk - make check-vm: spi-inspect on a real kernel in QEMU's Q35, checked against flashrom.
# Included by the top Makefile.am. Not part of make check: it downloads Debian's kernel
# (cached), boots three guests and takes about a minute on two cores without KVM.
# run.sh exits 77 when nothing could run (no qemu, no apt, ...): check-vm then succeeds
# after printing every SKIP, unless SPI_VM_REQUIRE=1 is set (for CI that must run it).
# The results also go to tests/vm/test-suite.log (automake's summary format), which
# scripts/test adds to its totals.

EXTRA_DIST += \
	tests/vm/README.md \
	tests/vm/run.sh \
	tests/vm/check.py \
	tests/vm/guest/init \
	tests/vm/guest/scenarios.sh \
	tests/vm/spivm_hold.c \
	tests/vm/Kbuild

.PHONY: check-vm
check-vm: spi-inspect$(EXEEXT)
	@rc=0; SPI_INSPECT='$(abs_top_builddir)/spi-inspect$(EXEEXT)' \
		SPI_VM_LOG='$(abs_top_builddir)/tests/vm/test-suite.log' \
		$(SHELL) '$(abs_top_srcdir)/tests/vm/run.sh' || rc=$$?; \
	if test $$rc = 77 && test -z "$$SPI_VM_REQUIRE"; then rc=0; fi; \
	exit $$rc

CLEANFILES += tests/vm/test-suite.log
