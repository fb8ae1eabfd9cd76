/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-me-snap.c - tests/snapshots/me-*.snap replayed through collect, decode and the renderer. */
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

#include "chipset/chipset.h"
#include "me/me.h"
#include "report/me_status.h"

struct run {
	struct me_raw raw;
	struct me_facts f;
	char *text;
	size_t len;
};

/* Replays SRCDIR/tests/snapshots/<name> with the family <key>, renders --me-status. */
static void run(const char *name, const char *key, struct run *r)
{
	char path[512];
	struct failure fail;
	const struct chipset_family *fam = chipset_family_by_key(key);
	struct hw *hw;
	FILE *out;

	assert_non_null(fam);
	snprintf(path, sizeof(path), "%s/tests/snapshots/%s", SRCDIR, name);
	memset(&fail, 0, sizeof(fail));
	hw = hw_replay_open(path, &fail);
	if (!hw)
		fail_msg("%s: %s: %s", path, fail.what, fail.why);
	me_collect(hw, fam, &r->raw);
	me_decode(&r->raw, fam->me, &r->f);
	hw_close(hw);
	r->text = NULL;
	r->len = 0;
	out = open_memstream(&r->text, &r->len);
	assert_non_null(out);
	report_me_status(out, &r->raw, &r->f);
	fclose(out);
	if (getenv("ME_SNAP_PRINT"))
		fputs(r->text, stderr);
}

static void has(const struct run *r, const char *needle)
{
	if (!strstr(r->text, needle))
		fail_msg("missing \"%s\" in:\n%s", needle, r->text);
}

/* Not root: config space refused, every value from sysfs fw_status; layout from fw_ver. */
static void test_z790_nonroot(void **state)
{
	struct run r;

	(void)state;
	run("me-z790-nonroot-sysfs.snap", "pch700", &r);
	assert_int_equal(r.f.presence, ME_PRESENT);
	assert_int_equal(r.raw.cfg[0].status, -EACCES);
	assert_int_equal(r.f.layout, ME_LAYOUT_CSME16_17);
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		assert_non_null(strstr(r.f.hfsts_source[i], "sysfs fw_status"));
	has(&r, "Firmware version:   16.1.32.2473 (/sys/class/mei/mei0/fw_ver)\n");
	has(&r, "Layout:             CSME 16-17 (fw_ver 16.1.32.2473)\n");
	has(&r, "Values from:        sysfs /sys/class/mei/mei0/fw_status (6 words); config space: permission denied (EACCES): reading it needs root\n");
	has(&r, "Working state:      Normal (0x5). ME firmware finished booting and runs normally.\n");
	has(&r, "Operation mode:     Normal (0x0). ME is in Normal mode: the ME region is locked against the host;");
	has(&r, "Manufacturing mode: not applicable: On CSME 16 and later HFSTS1 bit 4 is the SPI protection mode");
	has(&r, "SPI protection:     on (descriptor locked) (HFSTS1 bit 4 = 0)\n");
	has(&r, "Fuses (FPF):        committed");
	has(&r, "Boot Guard:         not enforcing; verified boot no, measured boot no; on ");
	has(&r, "Firmware SKU:       Consumer (0x2)\n");
	has(&r, "  HFSTS1 = 0x90000245  from sysfs fw_status word 1\n    fields: coreboot intelblocks/me_16.h;");
	has(&r, "      3:0  CURRENT_WORKING_STATE        0x5    current working state: Normal\n");
	has(&r, "  HFSTS4 = 0x00004400  from sysfs fw_status word 4\n");
	free(r.text);
}

/* Root: config space answers; no sysfs recorded; layout from the family (CSME 18). */
static void test_mtl_config(void **state)
{
	struct run r;

	(void)state;
	run("me-mtl-x1c12-config.snap", "mtl", &r);
	assert_int_equal(r.f.presence, ME_PRESENT);
	assert_int_equal(r.f.layout, ME_LAYOUT_CSME18);
	assert_string_equal(r.f.hfsts_source[4], "config space 0x68");
	has(&r, "Interface:          present: interface 0000:00:16.0 answers as 8086:7e70\n");
	has(&r, "Layout:             CSME 18 and later (chipset family; no usable fw_ver)\n");
	has(&r, "Values from:        config space (6 registers)\n");
	has(&r, "SPI protection:     on (descriptor locked)");
	has(&r, "coreboot's verdict: manufacturing mode. ");
	has(&r, "Flexible EOM");
	has(&r, "Mfg variables:      not locked");
	has(&r, "Boot Guard:         enabled; ACM active yes, done yes\n");
	has(&r, "  HFSTS5 = 0x02f41f03  from config space 0x68\n    fields: fwupd fu-intel-me.rs FuMeiCsme18Hfsts5");
	has(&r, "       21  MANUF_LOCK                   0x0    manufacturing variables locked\n");
	free(r.text);
}

/* Hidden: all ones and no MEI device: "absent", not "could not read", not "normal". */
static void test_hidden_absent(void **state)
{
	struct run r;

	(void)state;
	run("me-hidden-absent.snap", "pch300", &r);
	assert_int_equal(r.f.presence, ME_ABSENT);
	has(&r, "Interface:          absent: no device answers at 0000:00:16.0 (all ones)");
	has(&r, "No ME interface is visible");
	has(&r, "HFSTS registers: none could be read (config space: reads as all ones");
	assert_null(strstr(r.text, "Normal"));
	free(r.text);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_z790_nonroot),
		cmocka_unit_test(test_mtl_config),
		cmocka_unit_test(test_hidden_absent),
	};

	return unit_main(tests, argc, argv);
}
