/* SPDX-License-Identifier: GPL-2.0-or-later */
/* verdict.h - the summary answer: can flashrom read/write the BIOS region, the whole chip. */
#ifndef SPI_INSPECT_VERDICT_H
#define SPI_INSPECT_VERDICT_H

struct inspection;

/* Fills in->verdict from the facts (after the findings). */
void judge_verdict(struct inspection *in);

#endif
