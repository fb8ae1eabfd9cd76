/* SPDX-License-Identifier: GPL-2.0-or-later */
/* text.h - helpers shared by the text renderers. */
#ifndef SPI_INSPECT_TEXT_H
#define SPI_INSPECT_TEXT_H

#include <stdio.h>

/* Writes text wrapped at 78 columns; the cursor is at first_col, later lines start at indent. */
void text_wrap(FILE *out, const char *text, int first_col, int indent);

#endif
