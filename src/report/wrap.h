/* SPDX-License-Identifier: GPL-2.0-or-later */
/* wrap.h - fit text to a width: long lines break at spaces, continuations hang under their column. */
#ifndef SPI_INSPECT_WRAP_H
#define SPI_INSPECT_WRAP_H

#include <stddef.h>
#include <stdio.h>

/* The narrowest width the text report is laid out for (COLUMNS below it counts as this). */
#define WRAP_MIN_WIDTH 60
/* The width when nothing says otherwise: not a terminal, no COLUMNS. */
#define WRAP_DEFAULT_WIDTH 80

/*
 * Writes text (len bytes, lines ending in '\n') to out with no line wider than
 * width columns; width 0 writes it unchanged. A line that is too wide breaks at
 * its last space that fits (at width when a word alone is wider), and its
 * continuation lines start at its hanging indent (wrap_hang): under the column
 * its text began. ANSI colour sequences and UTF-8 continuation bytes take no
 * column.
 */
void wrap_write(FILE *out, const char *text, size_t len, unsigned width);

/*
 * The hanging indent of one line (len bytes, no '\n'), in columns, as a reader
 * of aligned output expects it, first rule that applies:
 *  1. after the last run of two or more spaces inside the line (aligned label and
 *     value columns: "Flash descriptor valid      yes (FDV=1)"), if at least
 *     WRAP_MIN_TEXT columns remain after it;
 *  2. after a leading label and its colon ("Source: ", "why: ", "Manufacturing
 *     mode: "): one or two words of at most WRAP_MAX_LABEL columns, on a line
 *     indented less than WRAP_LABEL_INDENT (deeper lines continue a paragraph);
 *  3. the line's own indentation (a paragraph).
 */
#define WRAP_MIN_TEXT 16
#define WRAP_MAX_LABEL 20
#define WRAP_LABEL_INDENT 8
unsigned wrap_hang(const char *line, size_t len, unsigned width);

#endif
