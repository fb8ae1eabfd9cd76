/* SPDX-License-Identifier: GPL-2.0-or-later */
/* env.h - the environment the reads ran in: root, strict devmem, kernel lockdown. */
#ifndef SPI_INSPECT_ENV_H
#define SPI_INSPECT_ENV_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/hw.h"

enum env_problem {
	ENV_OK = 0,
	ENV_NOT_ROOT,      /* EACCES on /dev/mem or on config space past 0x40 */
	ENV_LOCKDOWN,      /* EPERM on /dev/mem with kernel lockdown active */
	ENV_DEVMEM_STRICT, /* EPERM on /dev/mem without lockdown: strict devmem */
};

struct env {
	/* /sys/kernel/security/lockdown: "none", "integrity", "confidentiality" */
	bool lockdown_known;
	char lockdown[24];
	bool lockdown_active;  /* known and not "none": /dev/mem is refused even to root */
	/* /proc/cmdline */
	bool cmdline_known;
	bool iomem_relaxed;
	char cmdline[512];
	/* what the reads said */
	enum env_problem problem;
	int refusal;  /* the first read refused with -EACCES or -EPERM, or 0 */
	/* strict devmem: who holds the refused page, from /proc/iomem ("" if unknown) */
	char holder[128];
};

/* Reads the lockdown state and the kernel command line (both recorded). */
void env_probe(struct hw *hw, struct env *env);
/*
 * Notes one register read's result (inspect.c calls it for every register).
 * EACCES means no privilege (config space past 0x40 and /dev/mem need root);
 * EPERM comes only from /dev/mem, refused by lockdown or strict devmem
 * (Linux drivers/char/mem.c: open_port(), mmap_mem() and range_is_allowed()).
 */
void env_note(struct env *env, int status);
/* Decides the problem from what was noted. */
void env_judge(struct env *env);
const char *env_problem_key(enum env_problem p);
/* The problem in words, for a reason: "not running as root". */
const char *env_problem_words(enum env_problem p);
/*
 * Names the /proc/iomem entry that holds the 4 KiB page at phys (the innermost),
 * so that a strict-devmem diagnosis can say which driver holds it. A read of the
 * collect stage: it runs whenever a /dev/mem read was refused with EPERM, before
 * env_judge() decides anything.
 */
void env_find_holder(struct hw *hw, struct env *env, uint64_t phys);

#endif
