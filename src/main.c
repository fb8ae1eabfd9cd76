/* SPDX-License-Identifier: GPL-2.0-or-later */
/* main.c - command line: options -> run the pipeline -> exit code. */
#include "failure.h"

int main(void)
{
	return EXIT_OK;
}
