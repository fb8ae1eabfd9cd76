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
