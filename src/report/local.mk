# SPDX-License-Identifier: GPL-2.0-or-later
# src/report: sources and unit tests (included from the top-level Makefile.am)
# lead: findings, verdict and the three renderers
libspiinspect_a_SOURCES += \
	src/report/findings.h src/report/inspection.h src/report/judge.c src/report/judge_internal.h \
	src/report/catalogue.h src/report/catalogue.c src/report/catalogue_text.h \
	src/report/judge_env.c src/report/judge_ident.c src/report/judge_spi.c \
	src/report/judge_regions.c src/report/judge_prs.c src/report/judge_bbar.c \
	src/report/judge_bios_cntl.c src/report/judge_me.c \
	src/report/verdict.h src/report/verdict.c \
	src/report/json.h src/report/json.c \
	src/report/render.h src/report/render_text.c \
	src/report/render_json.c src/report/render_markdown.c src/report/summary.c

# spi helper: the --regions text renderer
libspiinspect_a_SOURCES += src/report/regions.h src/report/regions.c

# me helper: the --me-status text renderer
libspiinspect_a_SOURCES += src/report/me_status.h src/report/me_status.c

# fleets: metrics for node_exporter's textfile collector (--prometheus)
libspiinspect_a_SOURCES += src/report/render_prometheus.c
# issue 15: the flash plan (--image, --backup)
libspiinspect_a_SOURCES += src/report/plan.h src/report/plan_int.h src/report/plan.c \
	src/report/plan_commands.c src/report/render_plan.h src/report/render_plan.c
# the firmware's own name for a protection setting (Dasharo, coreboot), for the judge
libspiinspect_a_SOURCES += src/report/firmware_advice.h src/report/firmware_advice.c

# the text report fits its width: wrapping with hanging indents, the terminal's width
libspiinspect_a_SOURCES += src/report/wrap.h src/report/wrap.c \
	src/report/term.h src/report/term.c

# Markdown prose: flashrom command lines in code spans
libspiinspect_a_SOURCES += src/report/md_code.h src/report/md_code.c
