/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-prometheus.c - the Prometheus renderer on literal facts: escaping, unknown facts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "inspect.h"
#include "report/render.h"

/* The renderer's output for in, as one string (the caller frees it). */
static char *render(const struct inspection *in)
{
	struct render_options opt = { .part = PART_ALL };
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	assert_non_null(out);
	render_prometheus(out, in, &opt, 1700000000);
	assert_int_equal(fclose(out), 0);
	return text;
}

/* An inspection in which nothing could be read: no bridge at 00:1f.0. */
static struct inspection *nothing_read(void)
{
	struct inspection *in = calloc(1, sizeof(*in));

	assert_non_null(in);
	in->id.result = IDENT_NO_BRIDGE;
	return in;
}

/* Unknown is not zero: no sample for an unread fact, a spi_inspect_unknown line instead. */
static void test_unknown_is_absent(void **state)
{
	struct inspection *in = nothing_read();
	char *text;

	(void)state;
	text = render(in);
	assert_null(strstr(text, "\nspi_inspect_spi_flockdn "));
	assert_null(strstr(text, "\nspi_inspect_bios_cntl_ble "));
	assert_null(strstr(text, "\nspi_inspect_flashrom_bios_write "));
	assert_non_null(strstr(text, "\nspi_inspect_unknown{fact=\"spi_flockdn\"} 1\n"));
	assert_non_null(strstr(text, "\nspi_inspect_unknown{fact=\"flashrom_bios_write\"} 1\n"));
	assert_non_null(strstr(text, "\nspi_inspect_unknown{fact=\"me_manufacturing_mode\"} 1\n"));
	assert_non_null(strstr(text, "\nspi_inspect_exit_code 15\n")); /* EXIT_NO_BRIDGE */
	assert_non_null(strstr(text, "\nspi_inspect_last_run_timestamp_seconds 1700000000\n"));
	free(text);
	free(in);
}

/* A known fact is 0 or 1; a region and a range carry their names as labels. */
static void test_known_facts(void **state)
{
	struct inspection *in = nothing_read();
	char *text;

	(void)state;
	in->spi.flockdn = TRI_YES;
	in->spi.bc.ble = TRI_NO;
	in->spi.nregions = 2;
	in->spi.regions[0] = (struct spi_region){ .index = 0, .name = "Descriptor", .known = true,
						  .read = TRI_YES, .write = TRI_NO };
	in->spi.regions[1] = (struct spi_region){ .index = 1, .name = "BIOS", .known = true,
						  .read = TRI_YES, .write = TRI_UNKNOWN };
	in->spi.npr = 1;
	in->spi.pr[0] = (struct spi_pr){ .name = "PR0", .known = true, .wp = TRI_YES, .rp = TRI_NO,
					 .overlaps = 1u << 1, .locked = TRI_YES };
	text = render(in);
	assert_non_null(strstr(text, "\nspi_inspect_spi_flockdn 1\n"));
	assert_non_null(strstr(text, "\nspi_inspect_bios_cntl_ble 0\n"));
	assert_non_null(strstr(text, "\nspi_inspect_region_host_write{region=\"Descriptor\"} 0\n"));
	assert_null(strstr(text, "\nspi_inspect_region_host_write{region=\"BIOS\"}"));
	assert_non_null(strstr(text, "\nspi_inspect_unknown{fact=\"region_host_write\",region=\"BIOS\"} 1\n"));
	assert_non_null(strstr(text, "\nspi_inspect_protected_range_write_protect{range=\"PR0\"} 1\n"));
	assert_non_null(strstr(text, "\nspi_inspect_protected_range_locked{range=\"PR0\"} 1\n"));
	assert_non_null(strstr(text, "\nspi_inspect_protected_range_region{range=\"PR0\",region=\"BIOS\"} 1\n"));
	assert_null(strstr(text, "range=\"PR0\",region=\"Descriptor\""));
	free(text);
	free(in);
}

/* Label values escape backslash, double quote and newline (the exposition format). */
static void test_label_escaping(void **state)
{
	struct inspection *in = nothing_read();
	char *text;

	(void)state;
	strcpy(in->me.version, "1\\2\"3\n4");
	in->me.operation_mode.known = true;
	strcpy(in->me.operation_mode.name, "say \"hi\"");
	text = render(in);
	assert_non_null(strstr(text, "me_version=\"1\\\\2\\\"3\\n4\""));
	assert_non_null(strstr(text, "operation_mode=\"say \\\"hi\\\"\""));
	free(text);
	free(in);
}

/* Every family has HELP then TYPE gauge before its first sample, and only once. */
static void test_help_and_type(void **state)
{
	struct inspection *in = nothing_read();
	char *text, *line, *save;
	char last_type[128] = "";

	(void)state;
	text = render(in);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char name[128];

		if (sscanf(line, "# TYPE %127s gauge", name) == 1) {
			assert_string_not_equal(name, last_type);
			strcpy(last_type, name);
		} else if (line[0] != '#') {
			size_t n = strcspn(line, "{ ");

			assert_int_equal(n, strlen(last_type));
			assert_memory_equal(line, last_type, n);
		}
	}
	free(text);
	free(in);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_is_absent),
		cmocka_unit_test(test_known_facts),
		cmocka_unit_test(test_label_escaping),
		cmocka_unit_test(test_help_and_type),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
