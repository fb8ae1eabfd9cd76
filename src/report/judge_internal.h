/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_internal.h - what the judge's subject files share: adding a finding, citing a register. */
#ifndef SPI_INSPECT_JUDGE_INTERNAL_H
#define SPI_INSPECT_JUDGE_INTERNAL_H

#include <stddef.h>

#include "failure.h"
#include "report/findings.h"

struct inspection;

/* A new finding with this id (printf-style) and severity; the id must be in the
 * catalogue (report/catalogue.c). Never NULL: past FINDINGS_MAX a scratch one. */
struct finding *add(struct findings *fs, enum severity sev, const char *fmt_id, ...) PRINTF_LIKE(3, 4);
/* The register a finding rests on, as read. */
void cite(struct finding *f, const struct reg *r, const char *bits, const char *source);
/* "ME" -> "me", "GbE" -> "gbe", "Region 7" -> "region_7": for ids. */
void region_key(const char *name, char *out, size_t size);

/* Fills a finding's what, why or todo from its catalogue_text.h template and the slots. */
#define SAY(field, ...) snprintf(f->field, sizeof(f->field), __VA_ARGS__)

/* Where HSFS/HSFSTS_CTL's bits are defined (judge_spi.c). */
extern const char *const hsfs_src;

/* One judge per subject, in the order the report lists them. */
void judge_env(struct inspection *in);
void judge_chipset(struct inspection *in);
void judge_hsfs(struct inspection *in);
void judge_regions(struct inspection *in);
void judge_prs(struct inspection *in);
void judge_bbar(struct inspection *in);
void judge_boot_straps(struct inspection *in);
void judge_bios_cntl(struct inspection *in);
void judge_me(struct inspection *in);

#endif
