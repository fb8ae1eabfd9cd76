/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render_plan.h - the flash plan's section in each renderer, and the plan alone (--no-machine). */
#ifndef SPI_INSPECT_RENDER_PLAN_H
#define SPI_INSPECT_RENDER_PLAN_H

#include <stdio.h>

struct flash_plan;
struct json;

enum plan_format { PLAN_FMT_TEXT, PLAN_FMT_JSON, PLAN_FMT_MARKDOWN };

#ifndef JSON_SCHEMA_VERSION
#include "report/render.h"
#endif

void plan_render_text(FILE *out, const struct flash_plan *p);
void plan_render_json(struct json *j, const struct flash_plan *p);
void plan_render_markdown(FILE *out, const struct flash_plan *p);
void render_plan_only(FILE *out, const struct flash_plan *p, enum plan_format fmt);

#endif
