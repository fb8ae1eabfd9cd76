/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-env.c - telling not root, strict devmem and lockdown apart from what the reads said. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "unit.h"

#include "replay-text.h"

#include "env.h"
#include "hw/hw.h"

static void probe_text(const char *text, struct env *env)
{
	struct hw *hw = replay_text(text);

	env_probe(hw, env);
	hw_close(hw);
}

/* The lockdown file as Linux prints it (security/lockdown/lockdown.c lockdown_read). */
static void test_lockdown_states(void **state)
{
	struct env env;

	(void)state;
	probe_text("spi-inspect-snapshot 1\n"
		   "file /sys/kernel/security/lockdown \"[none] integrity confidentiality\\n\"\n", &env);
	assert_true(env.lockdown_known);
	assert_string_equal(env.lockdown, "none");
	probe_text("spi-inspect-snapshot 1\n"
		   "file /sys/kernel/security/lockdown \"none integrity [confidentiality]\\n\"\n", &env);
	assert_string_equal(env.lockdown, "confidentiality");
	/* no securityfs: unknown, not "none" */
	probe_text("spi-inspect-snapshot 1\nfile /sys/kernel/security/lockdown !ENOENT\n", &env);
	assert_false(env.lockdown_known);
	/* garbage: unknown */
	probe_text("spi-inspect-snapshot 1\nfile /sys/kernel/security/lockdown \"[integrity\"\n", &env);
	assert_false(env.lockdown_known);
}

static void test_iomem_relaxed_word(void **state)
{
	struct env env;

	(void)state;
	probe_text("spi-inspect-snapshot 1\n"
		   "file /proc/cmdline \"BOOT_IMAGE=/vmlinuz ro iomem=relaxed quiet\\n\"\n", &env);
	assert_true(env.cmdline_known);
	assert_true(env.iomem_relaxed);
	probe_text("spi-inspect-snapshot 1\nfile /proc/cmdline \"ro iomem=relaxed\\n\"\n", &env);
	assert_true(env.iomem_relaxed);
	probe_text("spi-inspect-snapshot 1\nfile /proc/cmdline \"ro xiomem=relaxed iomem=relaxedx\\n\"\n", &env);
	assert_false(env.iomem_relaxed);
	probe_text("spi-inspect-snapshot 1\n", &env);
	assert_false(env.cmdline_known);
}

static void test_judge(void **state)
{
	struct env env;

	(void)state;
	memset(&env, 0, sizeof(env));
	env_note(&env, 0);
	env_note(&env, -HW_ENOTREC); /* not recorded says nothing about the environment */
	env_note(&env, -EIO);
	env_judge(&env);
	assert_int_equal(env.problem, ENV_OK);

	env_note(&env, -EACCES);
	env_note(&env, -EPERM);
	env_judge(&env);
	assert_int_equal(env.problem, ENV_NOT_ROOT); /* the first refusal decides */

	memset(&env, 0, sizeof(env));
	env_note(&env, -EPERM);
	env_judge(&env);
	assert_int_equal(env.problem, ENV_DEVMEM_STRICT); /* lockdown unknown: not assumed */

	strcpy(env.lockdown, "none");
	env.lockdown_known = true;
	env_judge(&env);
	assert_int_equal(env.problem, ENV_DEVMEM_STRICT);

	strcpy(env.lockdown, "integrity");
	env_judge(&env);
	assert_int_equal(env.problem, ENV_LOCKDOWN);
	assert_string_equal(env_problem_key(env.problem), "lockdown");
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lockdown_states),
		cmocka_unit_test(test_iomem_relaxed_word),
		cmocka_unit_test(test_judge),
	};

	return unit_main(tests, argc, argv);
}
