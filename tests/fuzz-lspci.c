/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-lspci.c - libFuzzer harness: an lspci -xxxx dump through the live path (libpci dump). */
/*
 * The input is the text of an `lspci -xxxx` dump, handed to the live
 * backend as `spi-inspect -A dump -O dump.name=FILE` would (the file is a
 * memfd): libpci's dump reader, its error hook unwinding through live.c,
 * then the whole pipeline on what it read. Seeds: the lspci dumps in tests/data.
 * libpci itself is not instrumented: only its crashes are seen, not its
 * coverage.
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64], param[80];
	const char *params[] = { param, NULL };
	struct hw_live_options opt = { .pci_method = "dump", .pci_params = params };
	struct failure fail;
	struct hw *hw;
	int fd = memfd_create("lspci", MFD_CLOEXEC);

	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	snprintf(param, sizeof(param), "dump.name=%s", path);
	hw = hw_live_open(&opt, &fail);
	if (hw)
		fuzz_pipeline(hw, NULL);
	close(fd);
	return 0;
}
