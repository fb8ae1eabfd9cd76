/* SPDX-License-Identifier: GPL-2.0-or-later */
/* md_code.h - Markdown prose: flashrom command lines inside it become code spans. */
#ifndef SPI_INSPECT_MD_CODE_H
#define SPI_INSPECT_MD_CODE_H

#include <stdio.h>

/*
 * Writes text as Markdown prose: a command line in it ("flashrom -p internal
 * --ifd -i bios -r bios.rom", or one beginning at "--ifd") goes in a code span,
 * so that GitHub shows it as typed; the command ends at the first word that is
 * neither an option nor an option's argument, before trailing punctuation.
 * With in_table, '|' is escaped and newlines become spaces (a table cell).
 */
void md_prose(FILE *out, const char *text, int in_table);

#endif
