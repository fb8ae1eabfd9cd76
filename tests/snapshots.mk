# SPDX-License-Identifier: GPL-2.0-or-later
# tests/snapshots.mk - one snapshot per chipset family (spi helper); include it from Makefile.am.
# Each file says in its comment lines whether its values are real (and from which public log)
# or built from the datasheet register layout. tests/test-spi-snapshots replays them all.
EXTRA_DIST += \
	tests/snapshots/apl.snap \
	tests/snapshots/arl.snap \
	tests/snapshots/avoton.snap \
	tests/snapshots/baytrail.snap \
	tests/snapshots/braswell.snap \
	tests/snapshots/c600.snap \
	tests/snapshots/c610.snap \
	tests/snapshots/c620.snap \
	tests/snapshots/c740.snap \
	tests/snapshots/centerton.snap \
	tests/snapshots/dnv.snap \
	tests/snapshots/ehl.snap \
	tests/snapshots/fwh.snap \
	tests/snapshots/glk.snap \
	tests/snapshots/ich10.snap \
	tests/snapshots/ich7.snap \
	tests/snapshots/ich8.snap \
	tests/snapshots/ich9.snap \
	tests/snapshots/jsl.snap \
	tests/snapshots/lnl.snap \
	tests/snapshots/me-hidden-absent.snap \
	tests/snapshots/me-mtl-x1c12-config.snap \
	tests/snapshots/me-z790-nonroot-sysfs.snap \
	tests/snapshots/mtl.snap \
	tests/snapshots/nvl.snap \
	tests/snapshots/pch100.snap \
	tests/snapshots/pch200.snap \
	tests/snapshots/pch300.snap \
	tests/snapshots/pch400.snap \
	tests/snapshots/pch5.snap \
	tests/snapshots/pch500.snap \
	tests/snapshots/pch6.snap \
	tests/snapshots/pch600.snap \
	tests/snapshots/pch7.snap \
	tests/snapshots/pch700.snap \
	tests/snapshots/pch8.snap \
	tests/snapshots/pch8lp.snap \
	tests/snapshots/pch9.snap \
	tests/snapshots/pch9lp.snap \
	tests/snapshots/ptl.snap \
	tests/snapshots/tunnelcreek.snap
