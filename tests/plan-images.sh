#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Writes the flash images the plan's golden tests and the README example use into DIR
# (tests/make-plan-image.py; nothing binary is kept in the tree). Usage: plan-images.sh DIR
set -eu
dir=${1:?usage: $0 DIR}
mk="python3 $(cd "$(dirname "$0")" && pwd)/make-plan-image.py"
std="fd=0-0xfff me=0x1000-0x4fffff bios=0x500000-0xffffff"
vb="fmap=0x500000 area=WP_RO:0x500000:0x100000:ro area=GBB:0x510000:0x1000 area=RW_SECTION_A:0x600000:0x200000 area=RW_SECTION_B:0x800000:0x200000 area=COREBOOT:0xa00000:0x600000"
cd "$dir"
# shellcheck disable=SC2086
{
	$mk chip.rom 16M $std $vb seed=1
	$mk same.rom 16M $std $vb seed=2
	$mk moved.rom 16M fd=0-0xfff me=0x1000-0x2fffff bios=0x300000-0xffffff seed=3
	$mk bios-backup.rom 16M $std $vb seed=1 zero=0-0x4fffff
	# A Dasharo-like image for a 32 MiB Tiger Lake chip: the layout of
	# data/samples/tigerlake-lp.snap's FREGs, a vboot FMAP in the BIOS region.
	$mk dasharo-tgl.rom 32M fd=0-0xfff me=0x1000-0xffffff bios=0x1000000-0x1ffffff \
		fmap=0x1000000 area=WP_RO:0x1000000:0x400000:ro area=GBB:0x1010000:0x1000 \
		area=RW_SECTION_A:0x1400000:0x600000 area=RW_SECTION_B:0x1a00000:0x600000 seed=7
}
