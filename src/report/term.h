/* SPDX-License-Identifier: GPL-2.0-or-later */
/* term.h - the width to lay the text report out for. */
#ifndef SPI_INSPECT_TERM_H
#define SPI_INSPECT_TERM_H

/*
 * COLUMNS when it is set to a number, else the terminal's width when fd is a
 * terminal, else WRAP_DEFAULT_WIDTH; never less than WRAP_MIN_WIDTH.
 */
unsigned term_width(int fd);

#endif
