/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test-judge.c - one judge: every renderer prints the judge's answers, on every snapshot. */
#include <dirent.h>
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

#include "chipset/chipset.h"
#include "inspect.h"
#include "report/catalogue.h"
#include "report/render.h"
#include "report/verdict.h"

/* The snapshot directories whose every file is checked (found by listing, not by a list). */
static const char *const snap_dirs[] = { "tests/snapshots", "data/samples" };

struct outputs {
	char *text, *regions, *json, *md;
};

static char *render(const struct inspection *in, enum render_part part,
		    void (*fn)(FILE *, const struct inspection *, const struct render_options *))
{
	struct render_options o = { .part = part };
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	assert_non_null(out);
	fn(out, in, &o);
	fclose(out);
	return buf;
}

static void render_all(const struct inspection *in, struct outputs *o)
{
	o->text = render(in, PART_ALL, render_text);
	o->regions = render(in, PART_REGIONS, render_text);
	o->json = render(in, PART_ALL, render_json);
	o->md = render(in, PART_ALL, render_markdown);
}

static void free_all(struct outputs *o)
{
	free(o->text);
	free(o->regions);
	free(o->json);
	free(o->md);
}

/* An inspection and the replay it came from: its meta strings (tool, kernel, date) live
 * in the replay, so the replay stays open until the outputs are made. */
struct inspected {
	struct inspection in; /* first: release() gets the whole back from it */
	struct hw *hw;
};

static struct inspection *inspect_file(const char *path)
{
	struct inspected *x = malloc(sizeof(*x));
	struct failure fail = { 0 };

	assert_non_null(x);
	x->hw = hw_replay_open(path, &fail);
	if (!x->hw)
		fail_msg("%s: %s: %s", path, fail.what, fail.why);
	inspect(x->hw, NULL, path, &x->in);
	return &x->in;
}

static void release(struct inspection *in)
{
	struct inspected *x = (struct inspected *)(void *)in;

	hw_close(x->hw);
	free(x);
}

/* JSON string escaping as json.c writes it, for the characters reasons can hold. */
static void json_escape(const char *s, char *out, size_t size)
{
	size_t n = 0;

	for (; *s && n + 3 < size; s++) {
		if (*s == '"' || *s == '\\')
			out[n++] = '\\';
		out[n++] = *s;
	}
	out[n] = '\0';
}

/* The --regions row of region i, parsed by its columns (regions.c prints
 * "%-16s  %-21s  %-9s  %-8s %s" unwrapped): read, write; and its line under "Why:"
 * ("  %-16s  why"), or "" when the table gives none. */
static void parse_row(const char *text, const char *path, unsigned i, char *rd, char *wr,
		      const char **why)
{
	char label[16], name[32], want[64];
	const char *line = text, *sect;
	size_t n = (size_t)snprintf(label, sizeof(label), "FREG%u ", i);

	while (line && strncmp(line, label, n) != 0) {
		line = strchr(line, '\n');
		line = line ? line + 1 : NULL;
	}
	if (!line)
		fail_msg("%s: no --regions row for FREG%u", path, i);
	if (sscanf(line + 52, "%15s", rd) != 1 || sscanf(line + 61, "%15s", wr) != 1)
		fail_msg("%s: FREG%u row does not parse: %.100s", path, i, line);
	*why = "";
	sect = strstr(text, "\nWhy:\n");
	if (!sect)
		return;
	memcpy(name, line, 16); /* the label column, then trimmed */
	name[16] = '\0';
	for (size_t k = 16; k > 0 && name[k - 1] == ' '; k--)
		name[k - 1] = '\0';
	snprintf(want, sizeof(want), "\n  %-16s  ", name);
	line = strstr(sect, want);
	if (line)
		*why = line + strlen(want);
}

/* The row's why: what the judge said for every answer that is not a plain yes. */
static void check_row_why(const char *path, unsigned i, const char *why, const char *kind,
			  const struct access_answer *a)
{
	const char *eol = strchr(why, '\n');
	const char *hit = strstr(why, a->why);

	if (a->v == ACCESS_YES && !a->differs)
		return;
	if (!hit || (eol && hit > eol))
		fail_msg("%s: FREG%u %s: the --regions row does not give the judge's reason \"%s\"",
			 path, i, kind, a->why);
}

static void check_json(const char *path, const char *json, const char *key, unsigned i,
		       const struct access_answer *a, const char **cursor)
{
	char want[1600], esc[1400];
	const char *hit;

	json_escape(a->why, esc, sizeof(esc));
	snprintf(want, sizeof(want), "\"%s\": \"%s\",\n", key, access_name(a->v));
	hit = strstr(*cursor, want);
	if (!hit)
		fail_msg("%s: FREG%u: JSON has no %s after the previous region", path, i, want);
	*cursor = hit;
	snprintf(want, sizeof(want), "\"%s_reason\": \"%s\"", key, esc);
	if (!strstr(*cursor, want))
		fail_msg("%s: FREG%u: JSON has no %s", path, i, want);
	(void)json;
}

/* The Markdown region table's row: the judge's answers and reasons, cell for cell. */
static void check_md_row(const char *path, const char *md, const struct spi_facts *s, unsigned i,
			 const struct region_answer *a)
{
	static char why[1400], want[1600];
	char start[64];
	const char *row, *eol;

	snprintf(start, sizeof(start), "\n| FREG%u %s | ", i, s->regions[i].name);
	row = strstr(md, start);
	if (!row)
		fail_msg("%s: Markdown has no row for FREG%u", path, i);
	eol = strchr(row + 1, '\n');
	region_answer_why(a, why, sizeof(why));
	snprintf(want, sizeof(want), " | %s | %s | %s |", access_name(a->read.v),
		 access_name(a->write.v), why);
	row = strstr(row, want);
	if (!row || (eol && row > eol))
		fail_msg("%s: FREG%u: the Markdown row does not end in \"%s\"", path, i, want);
}

/* The summary's BIOS answers are the BIOS region's, word for word. */
static void check_summary(const char *path, const struct inspection *in, const struct outputs *o)
{
	const struct verdict *v = &in->verdict;
	const struct region_answer *bios = &v->regions[1];
	char want[1024];

	if (in->spi.nregions < 2 || in->spi.fdv != TRI_YES || !bios->judged)
		return;
	if (v->bios_write != access_tri(bios->write.v) || strcmp(v->bios_write_why, bios->write.why))
		fail_msg("%s: summary BIOS write %s (%s) but FREG1 %s (%s)", path,
			 tri_name(v->bios_write), v->bios_write_why, access_name(bios->write.v),
			 bios->write.why);
	if (v->bios_read != access_tri(bios->read.v) || strcmp(v->bios_read_why, bios->read.why))
		fail_msg("%s: summary BIOS read differs from FREG1's", path);
	/* Markdown: the row as the table holds it (reasons hold no '|') */
	snprintf(want, sizeof(want), "| Write the BIOS region | %s%s%s | %s |",
		 v->bios_write == TRI_UNKNOWN ? "" : "**",
		 v->bios_write == TRI_YES ? "yes" : v->bios_write == TRI_NO ? "no" : "unknown",
		 v->bios_write == TRI_UNKNOWN ? "" : "**", bios->write.why);
	if (!strstr(o->md, want))
		fail_msg("%s: Markdown has no row %s", path, want);
	snprintf(want, sizeof(want), "  Write the BIOS region  %-8s ",
		 v->bios_write == TRI_YES ? "yes" : v->bios_write == TRI_NO ? "no" : "unknown");
	if (!strstr(o->text, want))
		fail_msg("%s: the text summary has no line %s", path, want);
}

static void check_snapshot(const char *path)
{
	struct inspection *in = inspect_file(path);
	const struct spi_facts *s = &in->spi;
	struct outputs o;
	const char *cursor;
	unsigned judged = 0;

	render_all(in, &o);
	cursor = o.json;
	if (in->spi_collected && !spi_traits_of(s->layout)->ich7 && s->layout != SPI_LAYOUT_NONE)
		for (unsigned i = 0; i < s->nregions; i++) {
			const struct region_answer *a = &in->verdict.regions[i];
			char rd[16], wr[16];
			const char *why;

			if (!a->judged)
				continue;
			judged++;
			parse_row(o.regions, path, i, rd, wr, &why);
			if (strcmp(rd, access_name(a->read.v)) || strcmp(wr, access_name(a->write.v)))
				fail_msg("%s: FREG%u: --regions says read %s write %s, the judge %s %s",
					 path, i, rd, wr, access_name(a->read.v),
					 access_name(a->write.v));
			check_row_why(path, i, why, "read", &a->read);
			check_row_why(path, i, why, "write", &a->write);
			/* the full report holds the same table */
			if (!strstr(o.text, o.regions + (strstr(o.regions, "\nSPI controller:") - o.regions)))
				fail_msg("%s: the full report's region table differs from --regions", path);
			check_md_row(path, o.md, s, i, a);
			check_json(path, o.json, "host_read", i, &a->read, &cursor);
			check_json(path, o.json, "host_write", i, &a->write, &cursor);
		}
	check_summary(path, in, &o);
	for (unsigned i = 0; i < in->findings.n; i++) {
		const struct finding *f = &in->findings.list[i];
		const struct catalogue_entry *c = catalogue_find(f->id);

		if (!c)
			fail_msg("%s: finding %s is not in the catalogue (report/catalogue.c)", path, f->id);
		if (!(c->severities & SEV(f->severity)))
			fail_msg("%s: finding %s has severity %s, which the catalogue does not list",
				 path, f->id, severity_name(f->severity));
	}
	print_message("%s: %u regions agree\n", path, judged);
	free_all(&o);
	release(in);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* --regions, the text summary, JSON and Markdown give the judge's answer and reason for
 * every region of every snapshot in tests/snapshots and data/samples. */
static void test_every_snapshot_agrees(void **state)
{
	unsigned total = 0;

	(void)state;
	for (size_t d = 0; d < ARRAY_SIZE(snap_dirs); d++) {
		char dir[512], path[1024], *names[256];
		size_t n = 0;
		struct dirent *e;
		DIR *dp;

		snprintf(dir, sizeof(dir), "%s/%s", SRCDIR, snap_dirs[d]);
		dp = opendir(dir);
		if (!dp)
			fail_msg("%s: %s", dir, strerror(errno));
		while ((e = readdir(dp)) && n < ARRAY_SIZE(names)) {
			size_t len = strlen(e->d_name);

			if (len > 5 && strcmp(e->d_name + len - 5, ".snap") == 0)
				names[n++] = strdup(e->d_name);
		}
		closedir(dp);
		qsort(names, n, sizeof(names[0]), by_name);
		for (size_t i = 0; i < n; i++) {
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
			check_snapshot(path);
			free(names[i]);
			total++;
		}
	}
	assert_true(total >= 40);
}

/* The renderers print what the judge put in the struct, not answers of their own: a
 * sentinel answer put there shows up in each of them. */
static void test_renderers_print_the_judge(void **state)
{
	static const char sentinel[] = "a sentinel reason only the test wrote";
	char path[512];
	struct inspection *in;
	struct outputs o;
	char rd[16], wr[16];
	const char *why;

	(void)state;
	snprintf(path, sizeof(path), "%s/tests/snapshots/ich10.snap", SRCDIR);
	in = inspect_file(path);
	in->verdict.regions[1].write.v = ACCESS_UNKNOWN;
	snprintf(in->verdict.regions[1].write.why, sizeof(in->verdict.regions[1].write.why), "%s",
		 sentinel);
	in->verdict.bios_write = TRI_UNKNOWN;
	snprintf(in->verdict.bios_write_why, sizeof(in->verdict.bios_write_why), "%s", sentinel);
	render_all(in, &o);
	parse_row(o.regions, path, 1, rd, wr, &why);
	assert_string_equal(wr, "unknown");
	assert_non_null(strstr(why, sentinel));
	assert_non_null(strstr(o.json, "\"host_write\": \"unknown\",\n"));
	assert_non_null(strstr(o.json, "\"host_write_reason\": \"a sentinel reason only the test wrote\""));
	assert_non_null(strstr(o.json, "\"bios_write_reason\": \"a sentinel reason only the test wrote\""));
	assert_non_null(strstr(o.md, "| Write the BIOS region | unknown | a sentinel reason only the test wrote |"));
	assert_non_null(strstr(o.md, "| yes | unknown | write: a sentinel reason only the test wrote |"));
	assert_non_null(strstr(o.text, "  Write the BIOS region  unknown  a sentinel reason only the test"));
	free_all(&o);
	release(in);
}

/* Sets a bit of a read register, or clears it. */
static void set_bit(struct reg *r, unsigned bit, bool on)
{
	assert_true(reg_ok(r));
	r->value = on ? r->value | (1ull << bit) : r->value & ~(1ull << bit);
}

static void rejudge(struct inspection *in)
{
	spi_decode(&in->spi_raw, &in->spi);
	judge_verdict(in);
}

/*
 * Z400 (ICH10), PR0 write-protecting the top 64 KiB of the BIOS region, with FLOCKDN and
 * BLE cleared: the hardware protects part of the BIOS region now, and flashrom clears PR0
 * first (ichspi.c ich9_set_pr). Both --regions and the summary say yes, and both say why.
 */
static void test_unlocked_pr_is_cleared(void **state)
{
	char path[512];
	struct inspection *in;
	const struct access_answer *w;

	(void)state;
	snprintf(path, sizeof(path), "%s/tests/snapshots/ich10.snap", SRCDIR);
	in = inspect_file(path);
	assert_int_equal(in->verdict.regions[1].write.v, ACCESS_PARTLY);
	assert_int_equal(in->verdict.bios_write, TRI_NO);
	assert_string_equal(in->verdict.regions[1].write.why,
			    "PR0 protects 0x001f0000-0x001fffff against writes and FLOCKDN keeps it");
	set_bit(&in->spi_raw.hsfs, HSFS_FLOCKDN, false);
	set_bit(&in->spi_raw.bios_cntl, (unsigned)bc_traits_of(in->spi_raw.bc_layout)->ble, false);
	rejudge(in);
	w = &in->verdict.regions[1].write;
	assert_int_equal(w->v, ACCESS_YES);
	assert_true(w->differs);
	assert_string_equal(w->why, "nothing the tool can see stands in the way (PR0 protects "
			    "0x001f0000-0x001fffff against writes, but nothing locks it, so "
			    "flashrom clears it first; BIOS_CNTL has BIOSWE and BLE clear, so "
			    "flashrom sets BIOSWE)");
	assert_int_equal(in->verdict.bios_write, TRI_YES);
	assert_string_equal(in->verdict.bios_write_why, w->why);
	/* the ME region is not under PR0: its answer is the descriptor's alone */
	assert_int_equal(in->verdict.regions[2].write.v, ACCESS_NO);
	assert_false(in->verdict.regions[2].write.differs);
	release(in);
}

/* BIOSWE clear with BLE clear: flashrom sets BIOSWE, and the answer says so. */
static void test_bioswe_is_set_by_flashrom(void **state)
{
	char path[512];
	struct inspection *in;

	(void)state;
	snprintf(path, sizeof(path), "%s/tests/snapshots/avoton.snap", SRCDIR);
	in = inspect_file(path);
	assert_int_equal(in->spi.bc.bioswe, TRI_NO);
	assert_int_equal(in->spi.bc.ble, TRI_NO);
	assert_int_equal(in->verdict.regions[1].write.v, ACCESS_YES);
	assert_non_null(strstr(in->verdict.regions[1].write.why,
			       "BIOS_CNTL has BIOSWE and BLE clear, so flashrom sets BIOSWE"));
	/* reads need no BIOSWE */
	assert_false(in->verdict.regions[1].read.differs);
	release(in);
}

/* FREGn unread while FRAP was read: the access the descriptor grants is still reported,
 * with the range unknown. */
static void test_access_known_without_range(void **state)
{
	char path[512];
	struct inspection *in;
	const struct spi_region *me;

	(void)state;
	snprintf(path, sizeof(path), "%s/tests/snapshots/ich10.snap", SRCDIR);
	in = inspect_file(path);
	in->spi_raw.freg[2].status = -EIO;
	rejudge(in);
	me = &in->spi.regions[2];
	assert_false(me->known);
	assert_int_equal(me->read, TRI_NO);
	assert_int_equal(me->write, TRI_NO);
	assert_int_equal(in->verdict.regions[2].write.v, ACCESS_NO);
	assert_string_equal(in->verdict.regions[2].write.why,
			    "the descriptor denies the host write access to the ME region (FREG2)");
	assert_int_equal(in->verdict.regions[0].read.v, ACCESS_YES);
	release(in);
}

/* Each way a run can fail has its own exit code, mapped beside the codes (failure.c). */
static void test_run_failure_codes(void **state)
{
	static const struct {
		enum run_failure f;
		enum exit_code code;
	} want[] = {
		{ RUN_OK, EXIT_OK },
		{ RUN_NOT_ROOT, EXIT_NOT_ROOT },
		{ RUN_LOCKDOWN, EXIT_LOCKDOWN },
		{ RUN_DEVMEM_STRICT, EXIT_DEVMEM_STRICT },
		{ RUN_NO_DEVICES, EXIT_NO_BRIDGE },
		{ RUN_NO_BRIDGE, EXIT_NO_BRIDGE },
		{ RUN_NOT_INTEL, EXIT_UNSUPPORTED },
		{ RUN_UNSUPPORTED, EXIT_UNSUPPORTED },
		{ RUN_SPI_UNREADABLE, EXIT_SPI_UNREADABLE },
	};

	(void)state;
	assert_int_equal(ARRAY_SIZE(want), RUN_FAILURE_COUNT);
	for (size_t i = 0; i < ARRAY_SIZE(want); i++)
		assert_int_equal(run_failure_exit_code(want[i].f), want[i].code);
	assert_int_equal(run_failure_exit_code(RUN_FAILURE_COUNT), EXIT_INTERNAL);
}

/*
 * --me-status answers about the ME: a Z790 read without root, whose ME status came from
 * sysfs, exits 0 there, while the full report exits 10 (not root). With HSFS unreadable
 * but the ME read (hidden SPI BAR), the report exits 16 and --me-status 0.
 */
static void test_me_status_exit_code(void **state)
{
	char path[512];
	struct inspection *in;

	(void)state;
	snprintf(path, sizeof(path), "%s/tests/snapshots/me-z790-nonroot-sysfs.snap", SRCDIR);
	in = inspect_file(path);
	assert_int_equal(in->verdict.exit_code, EXIT_NOT_ROOT);
	assert_true(reg_ok(&in->me.hfsts[0]));
	assert_int_equal(in->verdict.me_exit_code, EXIT_OK);
	release(in);
	snprintf(path, sizeof(path), "%s/tests/snapshots/me-mtl-x1c12-config.snap", SRCDIR);
	in = inspect_file(path);
	assert_int_equal(in->verdict.exit_code, EXIT_SPI_UNREADABLE);
	assert_int_equal(in->verdict.me_exit_code, EXIT_OK);
	release(in);
}

/* --me-status: a value the table does not name is printed once with its number
 * ("reserved (0x8)"), not "reserved (0x8) (0x8)"; named ones as "Name (0x1)". */
static void test_me_status_unnamed_values(void **state)
{
	struct inspection *in = calloc(1, sizeof(*in));
	char *text;

	(void)state;
	assert_non_null(in);
	in->me_collected = true;
	in->me.presence = ME_PRESENT;
	in->me.layout = ME_LAYOUT_ME1_10;
	in->me.hfsts[0] = (struct reg){ .name = "HFSTS1", .read = true, .width = 4, .value = 0x1e000255 };
	in->me.hfsts_source[0] = "config 0x40";
	in->me.progress_phase = (struct me_enum){ .known = false, .value = 0x8, .name = "reserved (0x8)" };
	in->me.pm_event = (struct me_enum){ .known = true, .value = 0x1, .name = "Non-power cycle reset" };
	in->me.operation_state = (struct me_enum){ .known = true, .value = 0x1, .name = "M0 with UMA" };
	in->me.error_code = (struct me_enum){ .known = false, .value = 0x9, .name = "reserved (0x9)" };
	text = render(in, PART_ME, render_text);
	assert_non_null(strstr(text, "Progress phase:     reserved (0x8), PM event Non-power cycle reset (0x1)\n"));
	assert_non_null(strstr(text, "Operation state:    M0 with UMA (0x1); error code reserved (0x9)\n"));
	assert_null(strstr(text, "(0x8) (0x8)"));
	free(text);
	free(in);
}

/* Security Override is decided on HFSTS1's operation mode value (4 or 5), not its name. */
static void test_security_override_by_value(void **state)
{
	struct me_facts f = { 0 };

	(void)state;
	f.hfsts[0] = (struct reg){ .name = "HFSTS1", .read = true, .width = 4 };
	f.operation_mode = (struct me_enum){ .known = true, .value = 0x4, .name = "renamed" };
	assert_true(me_security_override(&f));
	f.operation_mode.value = 0x5;
	assert_true(me_security_override(&f));
	f.operation_mode = (struct me_enum){ .known = true, .value = 0x0, .name = "Security Override" };
	assert_false(me_security_override(&f));
	f.hfsts[0].status = -EACCES;
	f.operation_mode.value = 0x4;
	assert_false(me_security_override(&f));
}

static const struct finding *finding(const struct inspection *in, const char *id)
{
	for (unsigned i = 0; i < in->findings.n; i++)
		if (!strcmp(in->findings.list[i].id, id))
			return &in->findings.list[i];
	return NULL;
}

static void rejudge_all(struct inspection *in)
{
	in->findings.n = 0;
	judge(in);
}

/* me.unreadable advises loading the MEI driver only when /sys/class/mei is missing, and
 * root only when config space was refused for want of it. */
static void test_me_unreadable_advice(void **state)
{
	char path[512];
	struct inspection *in;
	const struct finding *f;

	(void)state;
	snprintf(path, sizeof(path), "%s/data/samples/tigerlake-lp.snap", SRCDIR);
	in = inspect_file(path);
	assert_int_equal(in->me.presence, ME_PRESENT);
	in->me_raw.cfg[0].status = -EACCES;
	in->me.hfsts[0].status = -EACCES;
	in->me_raw.mei_loaded = TRI_YES;
	rejudge_all(in);
	assert_non_null(f = finding(in, "me.unreadable"));
	assert_null(strstr(f->todo, "modprobe"));
	assert_non_null(strstr(f->todo, "Run as root"));

	in->me_raw.mei_loaded = TRI_NO;
	rejudge_all(in);
	assert_non_null(f = finding(in, "me.unreadable"));
	assert_non_null(strstr(f->todo, "Load the MEI driver (modprobe mei_me"));
	assert_non_null(strstr(f->why, "/sys/class/mei does not exist"));

	in->me_raw.cfg[0].status = -HW_ENOTREC;
	in->me_raw.mei_loaded = TRI_YES;
	rejudge_all(in);
	assert_non_null(f = finding(in, "me.unreadable"));
	assert_null(strstr(f->todo, "modprobe"));
	assert_null(strstr(f->todo, "root"));
	release(in);
}

/* ICH0..ICH6 have no ME: said as a fact, not as something unreadable. */
static void test_no_me_on_chipset(void **state)
{
	char path[512];
	struct inspection *in;

	(void)state;
	snprintf(path, sizeof(path), "%s/tests/snapshots/fwh.snap", SRCDIR);
	in = inspect_file(path);
	assert_non_null(finding(in, "me.not_on_chipset"));
	assert_null(finding(in, "me.unreadable"));
	assert_int_equal(in->verdict.me_exit_code, EXIT_OK);
	release(in);
}

/* HFSTS1 bit 4 is shown both ways only where the chipset can run CSME 15: a Comet Lake
 * (400-series, CSME 14 at most) without fw_ver reads it as manufacturing mode only; a
 * Tiger Lake (500-series, CSME 15) without fw_ver gets both readings. */
static void test_bit4_both_ways_only_where_csme15_runs(void **state)
{
	struct me_raw raw;
	struct me_facts f;

	(void)state;
	memset(&raw, 0, sizeof(raw));
	raw.loc = (struct pci_loc){ .bus = 0, .dev = 0x16, .fn = 0 };
	raw.loc_known = true;
	reg_set(&raw.id, "VID/DID", 4, 0, 0x06e08086);       /* Comet Lake-LP HECI */
	reg_set(&raw.cfg[0], "HFSTS1", 4, 0, 0x90000245); /* bit 4 clear */
	raw.max_major = chipset_family_by_key("pch400")->me_max_major;
	assert_int_equal(raw.max_major, 14);
	me_decode(&raw, ME_LAYOUT_CSME11_15, &f);
	assert_true(f.mfg_mode_applicable);
	assert_int_equal(f.mfg_mode, TRI_NO);
	assert_int_equal(f.spi_protection_mode, TRI_UNKNOWN);
	assert_string_equal(f.bit4_note, "");

	raw.max_major = chipset_family_by_key("pch500")->me_max_major;
	assert_int_equal(raw.max_major, 0);
	me_decode(&raw, ME_LAYOUT_CSME11_15, &f);
	assert_int_equal(f.mfg_mode, TRI_NO);
	assert_int_equal(f.spi_protection_mode, TRI_YES);
	assert_non_null(strstr(f.bit4_note, "this may be CSME 15"));
}

/* The severities a docs/findings.md row names ("blocks (locked) / warning"). */
static unsigned doc_severities(const char *cell, size_t len)
{
	unsigned mask = 0;

	for (int s = 0; s < SEV_COUNT; s++) {
		const char *name = severity_name((enum severity)s);
		size_t n = strlen(name);

		for (size_t i = 0; i + n <= len; i++)
			if (!strncmp(cell + i, name, n) && (i == 0 || cell[i - 1] == ' ') &&
			    (i + n == len || cell[i + n] == ' '))
				mask |= SEV(s);
	}
	return mask;
}

/* docs/findings.md documents every id of the catalogue, with its severities, and no other. */
static void test_catalogue_matches_docs(void **state)
{
	char path[512], line[2048];
	bool seen[64] = { false };
	unsigned rows = 0;
	FILE *fp;

	(void)state;
	assert_true(catalogue_count <= ARRAY_SIZE(seen));
	snprintf(path, sizeof(path), "%s/docs/findings.md", SRCDIR);
	fp = fopen(path, "r");
	if (!fp)
		fail_msg("%s: %s", path, strerror(errno));
	bool in_table = false;

	while (fgets(line, sizeof(line), fp)) {
		char *id = line + 3, *end, *sev, *sev_end;
		size_t k;

		/* the table of ids starts at its header and ends at the first other line */
		if (!strncmp(line, "| id | severity |", 17))
			in_table = true;
		else if (line[0] != '|')
			in_table = false;
		if (!in_table || strncmp(line, "| `", 3) != 0)
			continue;
		end = strchr(id, '`');
		assert_non_null(end);
		*end = '\0';
		sev = strchr(end + 1, '|');
		assert_non_null(sev);
		sev++;
		sev_end = strchr(sev, '|');
		assert_non_null(sev_end);
		for (k = 0; k < catalogue_count; k++)
			if (!strcmp(catalogue[k].id, id))
				break;
		if (k == catalogue_count)
			fail_msg("docs/findings.md documents %s, which is not in the catalogue", id);
		if (doc_severities(sev, (size_t)(sev_end - sev)) != catalogue[k].severities)
			fail_msg("%s: docs/findings.md lists severities \"%.*s\", the catalogue 0x%x",
				 id, (int)(sev_end - sev), sev, catalogue[k].severities);
		seen[k] = true;
		rows++;
	}
	fclose(fp);
	for (size_t k = 0; k < catalogue_count; k++)
		if (!seen[k])
			fail_msg("%s is in the catalogue but not in docs/findings.md", catalogue[k].id);
	assert_int_equal(rows, catalogue_count);
}

/* Ids are matched exactly, with <region>/<prN> standing for a lower-case key. */
static void test_catalogue_find(void **state)
{
	(void)state;
	assert_string_equal(catalogue_find("spi.region_locked.me")->id, "spi.region_locked.<region>");
	assert_string_equal(catalogue_find("spi.protected_range.gpr0")->id, "spi.protected_range.<prN>");
	assert_string_equal(catalogue_find("spi.flockdn")->id, "spi.flockdn");
	assert_null(catalogue_find("spi.flockdn2"));
	assert_null(catalogue_find("spi.region_locked."));
	assert_null(catalogue_find("spi.region_locked.ME"));
	assert_null(catalogue_find("me"));
}

/* Reasons are words with the errno name after, never a bare name. */
static void test_reason_words(void **state)
{
	struct reg r = { .name = "HSFS", .read = true, .status = -ENXIO };

	(void)state;
	assert_string_equal(reg_reason(&r), "no such device or address (ENXIO)");
	r.status = -EIO;
	assert_string_equal(reg_reason(&r), "input/output error (EIO)");
	r.status = -EACCES;
	assert_string_equal(reg_reason(&r), "permission denied (EACCES): reading it needs root");
	assert_string_equal(env_problem_words(ENV_NOT_ROOT), "not running as root");
}

/* Collect reads everything before the judge decides: /proc/iomem is read whenever /dev/mem
 * said EPERM, so under lockdown too the holder is known, and the judgement is lockdown. */
static void test_iomem_read_before_judgement(void **state)
{
	char path[512], mempath[] = "/tmp/spi-inspect-judge-XXXXXX", line[256];
	struct inspection *in = malloc(sizeof(*in));
	struct failure fail = { 0 };
	FILE *src, *dst;
	struct hw *hw;
	int fd;

	(void)state;
	assert_non_null(in);
	snprintf(path, sizeof(path), "%s/data/samples/tigerlake-lp.snap", SRCDIR);
	src = fopen(path, "r");
	assert_non_null(src);
	fd = mkstemp(mempath);
	assert_true(fd >= 0);
	dst = fdopen(fd, "w");
	assert_non_null(dst);
	while (fgets(line, sizeof(line), src)) {
		unsigned long long addr;
		unsigned width;

		if (sscanf(line, "mem 0x%llx %u", &addr, &width) == 2)
			fprintf(dst, "mem 0x%llx %u !EPERM\n", addr, width); /* refused */
		else
			fputs(line, dst);
	}
	fclose(src);
	fputs("file /sys/kernel/security/lockdown \"none [integrity] confidentiality\\n\"\n"
	      "file /proc/iomem \"68800000-68800fff : 0000:00:1f.5\\n  68800000-68800fff : intel-spi\\n\"\n",
	      dst);
	fclose(dst);
	hw = hw_replay_open(mempath, &fail);
	unlink(mempath);
	if (!hw)
		fail_msg("%s: %s", fail.what, fail.why);
	inspect(hw, NULL, mempath, in);
	hw_close(hw);
	assert_int_equal(in->env.problem, ENV_LOCKDOWN);
	assert_string_equal(in->env.holder, "intel-spi");
	assert_int_equal(in->verdict.exit_code, EXIT_LOCKDOWN);
	free(in);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_snapshot_agrees),
		cmocka_unit_test(test_catalogue_matches_docs),
		cmocka_unit_test(test_catalogue_find),
		cmocka_unit_test(test_reason_words),
		cmocka_unit_test(test_iomem_read_before_judgement),
		cmocka_unit_test(test_renderers_print_the_judge),
		cmocka_unit_test(test_unlocked_pr_is_cleared),
		cmocka_unit_test(test_bioswe_is_set_by_flashrom),
		cmocka_unit_test(test_access_known_without_range),
		cmocka_unit_test(test_run_failure_codes),
		cmocka_unit_test(test_me_status_exit_code),
		cmocka_unit_test(test_me_status_unnamed_values),
		cmocka_unit_test(test_security_override_by_value),
		cmocka_unit_test(test_me_unreadable_advice),
		cmocka_unit_test(test_no_me_on_chipset),
		cmocka_unit_test(test_bit4_both_ways_only_where_csme15_runs),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
