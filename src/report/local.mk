# SPDX-License-Identifier: GPL-2.0-or-later
# src/report: sources and unit tests (included from the top-level Makefile.am)
# lead: findings, verdict and the three renderers
libspiinspect_a_SOURCES += \
	src/report/findings.h src/report/judge.c \
	src/report/verdict.h src/report/verdict.c \
	src/report/json.h src/report/json.c \
	src/report/render.h src/report/render_text.c src/report/text.h \
	src/report/render_json.c src/report/render_markdown.c src/report/summary.c

# spi helper: the --regions text renderer
libspiinspect_a_SOURCES += src/report/regions.h src/report/regions.c

# me helper: the --me-status text renderer
libspiinspect_a_SOURCES += src/report/me_status.h src/report/me_status.c

# fleets: metrics for node_exporter's textfile collector (--prometheus)
libspiinspect_a_SOURCES += src/report/render_prometheus.c
