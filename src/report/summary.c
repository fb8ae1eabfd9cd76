/* SPDX-License-Identifier: GPL-2.0-or-later */
/* summary.c - the summary rows shared by the text and Markdown renderers. */
#include "report/inspection.h"
#include "report/render.h"

void summary_rows(const struct inspection *in, struct summary_row rows[SUMMARY_ROWS])
{
	const struct verdict *v = &in->verdict;

	rows[0] = (struct summary_row){ "Read the BIOS region", v->bios_read, v->bios_read_why };
	rows[1] = (struct summary_row){ "Write the BIOS region", v->bios_write, v->bios_write_why };
	rows[2] = (struct summary_row){ "Read the whole chip", v->chip_read, v->chip_read_why };
	rows[3] = (struct summary_row){ "Write the whole chip", v->chip_write, v->chip_write_why };
}
