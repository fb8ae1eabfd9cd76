/* SPDX-License-Identifier: GPL-2.0-or-later */
/* judge_env.c - the environment: not root, kernel lockdown, strict devmem (env.*). */
#include <stdio.h>
#include <string.h>

#include "report/inspection.h"
#include "report/catalogue_text.h"
#include "report/judge_internal.h"

/* ---- environment -------------------------------------------------------- */

void judge_env(struct inspection *in)
{
	const struct env *env = &in->env;
	struct findings *fs = &in->findings;
	struct finding *f;

	switch (env->problem) {
	case ENV_OK:
		return;
	case ENV_NOT_ROOT:
		f = add(fs, SEV_BLOCKS, "env.not_root");
		SAY(what, CAT_ENV_NOT_ROOT_WHAT);
		SAY(why, CAT_ENV_NOT_ROOT_WHY);
		SAY(todo, CAT_ENV_NOT_ROOT_TODO_1);
		if (env->lockdown_active)
			SAY(todo, CAT_ENV_NOT_ROOT_TODO_2,
			    env->lockdown);
		return;
	case ENV_LOCKDOWN:
		f = add(fs, SEV_BLOCKS, "env.lockdown");
		SAY(what, CAT_ENV_LOCKDOWN_WHAT,
		    env->lockdown);
		SAY(why, CAT_ENV_LOCKDOWN_WHY);
		SAY(todo, CAT_ENV_LOCKDOWN_TODO);
		return;
	case ENV_DEVMEM_STRICT:
		f = add(fs, SEV_BLOCKS, "env.devmem_strict");
		SAY(what, CAT_ENV_DEVMEM_STRICT_WHAT);
		SAY(why, CAT_ENV_DEVMEM_STRICT_WHY,
		    env->holder[0] ? "/proc/iomem names \"" : "often intel-spi, spi-intel-pci, or "
							     "iTCO_wdt on ICH7..ICH10",
		    env->holder, env->holder[0] ? "\"" : "",
		    !env->cmdline_known ? "could not be read to tell whether it has"
		    : env->iomem_relaxed ? "already has" : "does not have");
		if (env->iomem_relaxed)
			SAY(todo, CAT_ENV_DEVMEM_STRICT_TODO_1);
		else
			SAY(todo, CAT_ENV_DEVMEM_STRICT_TODO_2);
		return;
	}
}
