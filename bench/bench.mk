# SPDX-License-Identifier: GPL-2.0-or-later
# bench.mk - the benchmark's files in the release tarball (bench/run; not run by make check or CI).
# For the top Makefile.am: include bench/bench.mk

EXTRA_DIST += \
	bench/run \
	bench/image.sh \
	bench/vm.sh \
	bench/guest-init \
	bench/benchrun.c \
	bench/trace-count.awk
