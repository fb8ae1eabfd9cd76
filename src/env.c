/* SPDX-License-Identifier: GPL-2.0-or-later */
/* env.c - telling "not root", strict devmem and kernel lockdown apart, from recorded reads. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "env.h"
#include "reg.h"

/*
 * The kernel's lockdown state: the active mode is the bracketed word, as in
 * "none [integrity] confidentiality" (Linux security/lockdown/lockdown.c,
 * lockdown_read()).
 */
#define LOCKDOWN_FILE "/sys/kernel/security/lockdown"
#define CMDLINE_FILE "/proc/cmdline"
/* "start-end : name", nested entries indented by two spaces (Linux kernel/resource.c r_show) */
#define IOMEM_FILE "/proc/iomem"
#define PAGE_SIZE_4K 0x1000ULL

static void parse_lockdown(struct env *env, const char *text)
{
	const char *open = strchr(text, '['), *close;

	if (!open || !(close = strchr(open, ']')) || close - open - 1 >= (int)sizeof(env->lockdown))
		return;
	memcpy(env->lockdown, open + 1, (size_t)(close - open - 1));
	env->lockdown[close - open - 1] = '\0';
	env->lockdown_known = true;
	env->lockdown_active = strcmp(env->lockdown, "none") != 0;
}

/* A whole word of the command line, so that "xiomem=relaxed" does not count. */
static bool cmdline_has(const char *cmdline, const char *word)
{
	size_t len = strlen(word);

	for (const char *p = cmdline; (p = strstr(p, word)); p += len)
		if ((p == cmdline || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' ' || p[len] == '\n'))
			return true;
	return false;
}

void env_probe(struct hw *hw, struct env *env)
{
	struct buf b;

	memset(env, 0, sizeof(*env));
	if (hw_file_read(hw, LOCKDOWN_FILE, &b) == 0) {
		parse_lockdown(env, b.data);
		buf_free(&b);
	}
	if (hw_file_read(hw, CMDLINE_FILE, &b) == 0) {
		snprintf(env->cmdline, sizeof(env->cmdline), "%s", b.data);
		env->cmdline[strcspn(env->cmdline, "\n")] = '\0';
		env->cmdline_known = true;
		env->iomem_relaxed = cmdline_has(env->cmdline, "iomem=relaxed");
		buf_free(&b);
	}
}

/* Only real refusals count; "not recorded" and all-ones say nothing of the environment. */
static bool is_refusal(int status)
{
	return status == -EACCES || status == -EPERM;
}

void env_note(struct env *env, int status)
{
	if (!env->refusal && is_refusal(status))
		env->refusal = status;
}

void env_judge(struct env *env)
{
	if (env->refusal == -EACCES)
		env->problem = ENV_NOT_ROOT;
	else if (env->refusal == -EPERM && env->lockdown_active)
		env->problem = ENV_LOCKDOWN;
	else if (env->refusal == -EPERM)
		env->problem = ENV_DEVMEM_STRICT;
	else
		env->problem = ENV_OK;
}

const char *env_problem_key(enum env_problem p)
{
	static const struct enum_name keys[] = {
		{ ENV_OK, "ok" },
		{ ENV_NOT_ROOT, "not_root" },
		{ ENV_LOCKDOWN, "lockdown" },
		{ ENV_DEVMEM_STRICT, "devmem_strict" },
	};
	return enum_name_of(keys, ARRAY_SIZE(keys), p);
}

const char *env_problem_words(enum env_problem p)
{
	static const struct enum_name words[] = {
		{ ENV_OK, "no problem" },
		{ ENV_NOT_ROOT, "not running as root" },
		{ ENV_LOCKDOWN, "kernel lockdown refused /dev/mem" },
		{ ENV_DEVMEM_STRICT, "strict devmem refused /dev/mem" },
	};
	return enum_name_of(words, ARRAY_SIZE(words), p);
}

void env_find_holder(struct hw *hw, struct env *env, uint64_t phys)
{
	uint64_t page = phys & ~(PAGE_SIZE_4K - 1);
	struct buf b;
	int deepest = -1;
	const char *best = NULL;

	env->holder[0] = '\0';
	if (hw_file_read(hw, IOMEM_FILE, &b) != 0)
		return;
	for (char *line = b.data; line && *line;) {
		char *next = strchr(line, '\n');
		unsigned long long start, end;
		int indent = (int)strspn(line, " "), used = 0;

		if (next)
			*next++ = '\0';
		/* as non-root every range reads 00000000-00000000: nothing to learn */
		if (sscanf(line, " %llx-%llx : %n", &start, &end, &used) == 2 && used > 0 &&
		    end > 0 && start <= page + PAGE_SIZE_4K - 1 && page <= end && indent >= deepest) {
			deepest = indent;
			best = line + used;
		}
		line = next;
	}
	if (best)
		snprintf(env->holder, sizeof(env->holder), "%s", best);
	buf_free(&b);
}
