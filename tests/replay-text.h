/* SPDX-License-Identifier: GPL-2.0-or-later */
/* replay-text.h - for unit tests: a replay backend over snapshot text written to a temporary file. */
#ifndef SPI_INSPECT_TESTS_REPLAY_TEXT_H
#define SPI_INSPECT_TESTS_REPLAY_TEXT_H

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hw/hw.h"

/* Needs cmocka.h included first. Fails the test when the text does not parse. */
static inline struct hw *replay_text(const char *text)
{
	char path[] = "/tmp/spi-inspect-test-XXXXXX";
	struct failure fail = { 0 };
	int fd = mkstemp(path);
	struct hw *hw;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	hw = hw_replay_open(path, &fail);
	unlink(path);
	if (!hw)
		fail_msg("%s: %s", fail.what, fail.why);
	return hw;
}

#endif
