/* SPDX-License-Identifier: GPL-2.0-or-later */
/* failure.c - filling in a diagnosis. */
#include <stdio.h>
#include <string.h>

#include "failure.h"

void failure_set(struct failure *f, enum exit_code code, const char *fmt, ...)
{
	va_list ap;

	memset(f, 0, sizeof(*f));
	f->code = code;
	va_start(ap, fmt);
	vsnprintf(f->what, sizeof(f->what), fmt, ap);
	va_end(ap);
}

void failure_why(struct failure *f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(f->why, sizeof(f->why), fmt, ap);
	va_end(ap);
}

void failure_todo(struct failure *f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(f->todo, sizeof(f->todo), fmt, ap);
	va_end(ap);
}

enum exit_code run_failure_exit_code(enum run_failure f)
{
	static const enum exit_code codes[] = {
		[RUN_OK] = EXIT_OK,
		[RUN_NOT_ROOT] = EXIT_NOT_ROOT,
		[RUN_LOCKDOWN] = EXIT_LOCKDOWN,
		[RUN_DEVMEM_STRICT] = EXIT_DEVMEM_STRICT,
		[RUN_NO_DEVICES] = EXIT_NO_BRIDGE,
		[RUN_NO_BRIDGE] = EXIT_NO_BRIDGE,
		[RUN_NOT_INTEL] = EXIT_UNSUPPORTED,
		[RUN_UNSUPPORTED] = EXIT_UNSUPPORTED,
		[RUN_SPI_UNREADABLE] = EXIT_SPI_UNREADABLE,
	};
	_Static_assert(sizeof(codes) / sizeof(codes[0]) == RUN_FAILURE_COUNT,
		       "run_failure exit codes out of sync");

	return (unsigned)f < RUN_FAILURE_COUNT ? codes[f] : EXIT_INTERNAL;
}
