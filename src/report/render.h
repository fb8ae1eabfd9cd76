/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render.h - the renderers of one inspection: text, JSON, Markdown, Prometheus metrics. */
#ifndef SPI_INSPECT_RENDER_H
#define SPI_INSPECT_RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include "reg.h"

struct inspection;
struct flash_plan;

enum render_part {
	PART_ALL = 0,  /* the full report */
	PART_REGIONS,  /* --regions */
	PART_ME,       /* --me-status */
};

struct render_options {
	enum render_part part;
	bool color;    /* text only: ANSI colours (a terminal, no NO_COLOR, no --no-color) */
	bool verbose;  /* raw registers with their field decode */
	unsigned width; /* text only: columns to fit (term_width()), 0 for no wrapping */
	const char *snapshot; /* Markdown: the snapshot text to embed, or NULL */
	const struct flash_plan *plan; /* --image: the flash plan's section, or NULL */
};

#define JSON_SCHEMA_VERSION "spi-inspect/2"

/* The four answers of the summary, in the order every renderer shows them. */
struct summary_row {
	const char *what;
	enum tri answer;
	const char *why;
};
#define SUMMARY_ROWS 4
void summary_rows(const struct inspection *in, struct summary_row rows[SUMMARY_ROWS]);

void render_text(FILE *out, const struct inspection *in, const struct render_options *opt);
void render_json(FILE *out, const struct inspection *in, const struct render_options *opt);
/* A finding's words in JSON (id, severity, what, why, todo), inside its open object:
 * the report adds its evidence after them, the flash plan writes them alone. */
struct json;
struct finding;
void json_finding_words(struct json *j, const struct finding *f);
void render_markdown(FILE *out, const struct inspection *in, const struct render_options *opt);
/* The textfile collector's format; run_time: seconds since the epoch, the time of the run. */
void render_prometheus(FILE *out, const struct inspection *in, const struct render_options *opt,
		       long long run_time);

#endif
