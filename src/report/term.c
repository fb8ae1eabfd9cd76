/* SPDX-License-Identifier: GPL-2.0-or-later */
/* term.c - the width to lay the text report out for: COLUMNS, the terminal, or 80. */
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "report/term.h"
#include "report/wrap.h"

/* Wider than this is no width at all: a line is never broken. */
#define WIDTH_MAX 4096

static unsigned clamp(unsigned long w)
{
	if (w < WRAP_MIN_WIDTH)
		return WRAP_MIN_WIDTH;
	return w > WIDTH_MAX ? WIDTH_MAX : (unsigned)w;
}

unsigned term_width(int fd)
{
	const char *env = getenv("COLUMNS");
	struct winsize ws;

	/* COLUMNS, as POSIX defines it for utilities: the user's width, terminal or not. */
	if (env && *env) {
		char *end;
		unsigned long w = strtoul(env, &end, 10);

		if (!*end && *env != '-' && w)
			return clamp(w);
	}
	/* TIOCGWINSZ only reads the terminal's size (Linux tty_ioctl(4)). */
	if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
		return clamp(ws.ws_col);
	return WRAP_DEFAULT_WIDTH;
}
