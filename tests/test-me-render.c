/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-me-render.c - the --me-status text for the states that must not read as "normal". */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit.h"

#include "me/me.h"
#include "report/me_status.h"

#define NOVAL 0xdeadbeefu

/* Renders the decode of config-space values v (NOVAL = refused) into a string. */
static char *render(const uint32_t v[ME_NHFSTS], const char *fw_ver, enum me_layout fallback)
{
	struct me_raw raw;
	struct me_facts f;
	char *text = NULL;
	size_t len = 0;
	FILE *out;

	memset(&raw, 0, sizeof(raw));
	raw.loc = PCI_LOC(0, 0x16, 0);
	raw.loc_known = true;
	reg_set(&raw.id, "VID/DID", 4, 0, 0x51e08086);
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		reg_set(&raw.cfg[i], "HFSTS", 4, v[i] == NOVAL ? -EACCES : 0, v[i]);
	raw.sysfs_err = -ENOENT;
	snprintf(raw.sysfs_why, sizeof(raw.sysfs_why), "the kernel has no MEI device");
	if (fw_ver) {
		snprintf(raw.fw_ver, sizeof(raw.fw_ver), "%s", fw_ver);
		snprintf(raw.sysfs_path, sizeof(raw.sysfs_path), "/sys/class/mei/mei0");
	}
	me_decode(&raw, fallback, &f);
	out = open_memstream(&text, &len);
	assert_non_null(out);
	report_me_status(out, &raw, &f);
	fclose(out);
	if (getenv("ME_RENDER_PRINT"))
		fputs(text, stderr);
	return text;
}

static void has(const char *text, const char *needle)
{
	if (!strstr(text, needle))
		fail_msg("missing \"%s\" in:\n%s", needle, text);
}

/* fwupd fu-intel-me-test.c, Alder Lake-P with HAP: disabled, and said so. */
static void test_hap_disabled(void **state)
{
	const uint32_t v[] = { 0x80022054, NOVAL, NOVAL, NOVAL, 0x00001f03, 0xc46003cf };
	char *t = render(v, "0:16.0.0.0", ME_LAYOUT_UNKNOWN);

	(void)state;
	has(t, "ME disabled:        yes: error code 2 (Disabled, intelmetool / fwupd)\n");
	has(t, "Boot Guard:         enabled; verified boot yes, measured boot yes; on error: "
	       "shut down after 30 minutes; ACM active yes, done yes\n");
	has(t, "The ME interface answers but the ME is disabled.");
	has(t, "HFSTS2 = unknown\n    config space 0x48: permission denied (EACCES)");
	free(t);
}

/* intelmetool issue #29 (QM67, ME 7): ME 1-10 layout, GMES decode, no Boot Guard here. */
static void test_me7_render(void **state)
{
	const uint32_t v[] = { 0x1e000245, 0x69000006, NOVAL, NOVAL, NOVAL, NOVAL };
	char *t = render(v, NULL, ME_LAYOUT_ME1_10);

	(void)state;
	has(t, "Layout:             ME 1-10 (HFSTS2 is GMES) (chipset family; no usable ");
	has(t, "Manufacturing mode: no (HFSTS1 bit 4)\n");
	has(t, "Progress phase:     Host Communication (0x6), PM event Non-power cycle reset");
	has(t, "Boot Guard:         not applicable: ME 1-10 status registers carry no Boot ");
	has(t, "    31:28  PROGRESS_CODE                0x6    progress phase: Host Communication\n");
	has(t, "  HFSTS3 = unknown\n");
	free(t);
}

/* CSME 15, version known, bit 4 set (constructed): both readings and coreboot's verdict. */
static void test_csme15_both(void **state)
{
	const uint32_t v[] = { 0xa0000255, NOVAL, NOVAL, NOVAL, NOVAL, 0x00000000 };
	char *t = render(v, "0:15.0.40.2234", ME_LAYOUT_UNKNOWN);

	(void)state;
	has(t, "Manufacturing mode: yes (HFSTS1 bit 4)\n");
	has(t, "SPI protection:     off (unprotected) (HFSTS1 bit 4 = 1)\n");
	has(t, "both readings are shown.");
	has(t, "coreboot's verdict: manufacturing mode.");
	has(t, "Manufacturing mode: the platform was not closed by its");
	has(t, "Fuses (FPF):        not committed: the vendor did not fuse the platform\n");
	has(t, "        4  MFG_MODE                     0x1    manufacturing mode (CSME 11-14);");
	free(t);
}

/* Unknown generation and reserved values: reserved (0xN), bit 4 left uninterpreted. */
static void test_unknown_layout(void **state)
{
	const uint32_t v[] = { 0x00060059, NOVAL, NOVAL, NOVAL, NOVAL, NOVAL };
	char *t = render(v, NULL, ME_LAYOUT_UNKNOWN);

	(void)state;
	has(t, "Working state:      reserved (0x9)\n");
	has(t, "Operation mode:     reserved (0x6)\n");
	has(t, "Manufacturing mode: unknown (HFSTS1 bit 4)\n");
	has(t, "HFSTS1 bit 4 is 1, but its meaning depends on");
	has(t, "Boot Guard:         unknown (the generation is unknown)\n");
	has(t, "        4  BIT4                         0x1");
	free(t);
}

/* Security Override via jumper: the sentence says what it unlocks. */
static void test_override_jumper(void **state)
{
	const uint32_t v[] = { 0x00040245, NOVAL, NOVAL, NOVAL, NOVAL, NOVAL };
	char *t = render(v, "0:11.8.50.3425", ME_LAYOUT_UNKNOWN);

	(void)state;
	has(t, "Operation mode:     Security Override via Jumper (0x4). ME is in Security ");
	has(t, "flashrom can write every region");
	free(t);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hap_disabled),
		cmocka_unit_test(test_me7_render),
		cmocka_unit_test(test_csme15_both),
		cmocka_unit_test(test_unknown_layout),
		cmocka_unit_test(test_override_jumper),
	};

	return unit_main(tests, argc, argv);
}
