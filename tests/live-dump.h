/* SPDX-License-Identifier: GPL-2.0-or-later */
/* live-dump.h - for unit tests: the live backend on an lspci -xxxx dump (libpci's dump method). */
#ifndef SPI_INSPECT_TESTS_LIVE_DUMP_H
#define SPI_INSPECT_TESTS_LIVE_DUMP_H

#include <stdio.h>

#include "hw/hw.h"

/*
 * Needs cmocka.h included first. sysroot and devmem may be NULL: the dump
 * method then reads neither (hw/live.c). Fails the test when it cannot open.
 */
static inline struct hw *open_live_dump(const char *dump, const char *sysroot, const char *devmem)
{
	char param[512];
	const char *params[] = { param, NULL };
	struct hw_live_options opt = {
		.sysroot = sysroot, .devmem = devmem, .pci_method = "dump", .pci_params = params,
	};
	struct failure fail = { 0 };
	struct hw *hw;

	snprintf(param, sizeof(param), "dump.name=%s", dump);
	hw = hw_live_open(&opt, &fail);
	if (!hw)
		fail_msg("hw_live_open: %s: %s (%s)", fail.what, fail.why, fail.todo);
	return hw;
}

#endif
