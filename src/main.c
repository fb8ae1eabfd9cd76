/* SPDX-License-Identifier: GPL-2.0-or-later */
/* main.c - command line: options -> run the pipeline -> exit code. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "failure.h"
#include "inspect.h"
#include "image/image.h"
#include "report/plan.h"
#include "report/render.h"
#include "report/render_plan.h"
#include "report/term.h"
#include "report/wrap.h"

#define MAX_PCI_PARAMS 16

struct options {
	enum render_part part;
	enum { FMT_TEXT, FMT_JSON, FMT_MARKDOWN, FMT_PROMETHEUS } format;
	bool check, verbose, no_color, numeric, force;
	const char **from; /* --from, repeatable: one report per snapshot (batch) */
	unsigned nfrom;
	const char *save, *pci_ids;
	const char *output;       /* --output: the report goes there, atomically */
	long long run_time;       /* --prometheus: SOURCE_DATE_EPOCH, or now */
	const char *image, *backup; /* --image, --backup: plan writing image */
	bool no_machine;            /* --no-machine: decode the image only */
	struct hw_live_options live;
	const char *pci_params[MAX_PCI_PARAMS + 1];
	unsigned npci_params;
};

/*
 * One line per option and per paragraph: wrap_write() fits them to the width,
 * continuation lines under the description. README.md's options block is this
 * text at 80 columns (tests/readme-examples.sh checks it).
 */
static const char usage_text[] =
	"Usage: spi-inspect [OPTION]...\n"
	"Tells, read-only and before any flashing, what flashrom -p internal will be able to "
	"do on this Intel machine: SPI lockdown, flash regions the host may read and write, "
	"protected ranges, BIOS write protection and the Management Engine's state.\n"
	"\n"
	"What to show (the full report by default):\n"
	"      --regions        the flash regions, their host access and protections\n"
	"      --me-status      the ME / CSME / TXE / SPS status registers, decoded\n"
	"      --check          print nothing; exit 0 when flashrom can write the BIOS "
	"region, else the code of the first reason (see below)\n"
	"  -v, --verbose        also the raw registers with their field decode\n"
	"Before you flash (files are only read):\n"
	"      --image FILE     the image to be written: decode it and plan the flashrom "
	"commands (which work, which fail, which write wrong bytes); with --check: exit 0 "
	"when the recommended sequence works\n"
	"      --backup FILE    the chip's contents as flashrom -r saved them (its size, "
	"descriptor and FMAP are the chip's)\n"
	"      --no-machine     with --image: read no hardware, decode the files only\n"
	"How to show it:\n"
	"      --json           JSON (schema in docs/json-schema.md)\n"
	"      --markdown       Markdown for an issue, with the snapshot to replay it\n"
	"      --prometheus     metrics for node_exporter's textfile collector; the time "
	"of the run is SOURCE_DATE_EPOCH when that is set\n"
	"      --output FILE    write the report to FILE (any format): a temporary file "
	"beside it, renamed over it when complete, mode 0644\n"
	"      --no-color       no colours (also when NO_COLOR is set, or not a terminal)\n"
	"  -n, --numeric        no device names from pci.ids (only --markdown, -v and "
	"--pci-ids look them up: loading pci.ids is slow)\n"
	"      --pci-ids FILE   read device names from FILE only (not udev's hwdb); a FILE "
	"that cannot be read is exit 2\n"
	"Where the readings come from (this machine by default, which needs root):\n"
	"      --from FILE      replay a snapshot instead of reading the hardware (- reads standard input); repeat it for one report per snapshot (with --json: an array)\n"
	"      --save FILE      write every reading made to FILE as a snapshot\n"
	"      --force          let --save replace an existing regular file\n"
	"  -A, --method NAME    libpci access method, as lspci -A (e.g. dump)\n"
	"  -O, --param N=V      libpci parameter, as lspci -O (e.g. dump.name=lspci.txt)\n"
	"      --sysroot DIR    read sysfs and procfs under DIR (for tests)\n"
	"      --devmem FILE    read physical memory from FILE, not /dev/mem (for tests)\n"
	"  -h, --help           this help\n"
	"  -V, --version        the version\n"
	"\n"
	"The text fits COLUMNS when set, else the terminal's width, else 80 columns. "
	"NO_COLOR, when set, turns colours off.\n"
	"\n"
	"Exit codes:\n"
	"   0  the report was made (with --check: the BIOS region can be written)\n"
	"   2  bad command line, or the --pci-ids FILE cannot be read\n"
	"   3  --from: the snapshot is malformed (FILE:LINE: says where)\n"
	"   4  --from: the file cannot be opened or read\n"
	"   5  --save, --output: refused (the file exists, is a link, is under /dev, /sys\n"
	"      or /proc) or cannot be written\n"
	"   6  --image/--backup: the file cannot be opened or read, or is truncated\n"
	"   7  --image/--backup: the file is smaller than any flash chip\n"
	"   8  --image/--backup: a descriptor or FMAP in it points outside it or loops\n"
	"   9  --image/--backup: not a regular file (a directory, a device, a FIFO)\n"
	"  10  not root: a partial report was shown\n"
	"  11  /dev/mem refused by strict devmem (iomem=relaxed fixes it)\n"
	"  12  /dev/mem refused by kernel lockdown (Secure Boot)\n"
	"  13  libpci found no way to read PCI config space\n"
	"  14  unsupported or non-Intel chipset\n"
	"  15  no PCI devices, or no LPC/eSPI bridge at 00:1f.0\n"
	"  16  chipset known, but its SPI registers could not be read\n"
	"  20  --check: the descriptor denies the host write access to the BIOS region\n"
	"  21  --check: a protected range flashrom cannot lift covers the BIOS region\n"
	"  22  --check: BIOS_CNTL has BLE and SMM_BWP set: only SMM may write\n"
	"  23  --check: BLE is set: whether writes work depends on the SMI handler\n"
	"  24  --check: a fact the answer rests on could not be read\n"
	"  25  --check: BBAR, which flashrom cannot lower, cuts into the BIOS region\n"
	"  30  --check --image: the image is not the chip's size\n"
	"  31  --check --image: the chip's layout differs: flashrom would write wrong bytes\n"
	"  32  --check --image: the chip has no FMAP (--fmap) or descriptor (--ifd)\n"
	"  33  --check --image: a region named with -i is not in the chip's layout\n"
	"  34  --check --image: regions named with -i overlap\n"
	"  35  --check --image: the descriptor denies the host a region to be written\n"
	"  36  --check --image: a protected range covers bytes to be written\n"
	"  37  --check --image: BIOS_CNTL has BLE and SMM_BWP set: only SMM may write\n"
	"  38  --check --image: BLE is set: the firmware's SMI handler decides\n"
	"  39  --check --image: BBAR cuts into the bytes to be written\n"
	"  40  --check --image: a fact the plan rests on is unknown (chip size, FMAP, ...)\n"
	"  70  internal error\n"
	"\n"
	"Installed documentation: " DOCDIR " (README.md, docs/)\n"
	"A real machine's snapshot to try: " PKGDATADIR "/samples/tigerlake-lp.snap\n"
	"Report bugs and unknown chipsets with the --markdown output at " PACKAGE_BUGREPORT "\n";

enum { OPT_REGIONS = 256, OPT_ME, OPT_CHECK, OPT_JSON, OPT_MARKDOWN, OPT_NO_COLOR, OPT_FROM,
       OPT_SAVE, OPT_FORCE, OPT_SYSROOT, OPT_DEVMEM, OPT_PCI_IDS, OPT_PROMETHEUS, OPT_OUTPUT,
       OPT_IMAGE, OPT_BACKUP, OPT_NO_MACHINE };

static const struct option long_options[] = {
	{ "regions", no_argument, NULL, OPT_REGIONS },
	{ "me-status", no_argument, NULL, OPT_ME },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "verbose", no_argument, NULL, 'v' },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "markdown", no_argument, NULL, OPT_MARKDOWN },
	{ "prometheus", no_argument, NULL, OPT_PROMETHEUS },
	{ "output", required_argument, NULL, OPT_OUTPUT },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "numeric", no_argument, NULL, 'n' },
	{ "pci-ids", required_argument, NULL, OPT_PCI_IDS },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "image", required_argument, NULL, OPT_IMAGE },
	{ "backup", required_argument, NULL, OPT_BACKUP },
	{ "no-machine", no_argument, NULL, OPT_NO_MACHINE },
	{ "save", required_argument, NULL, OPT_SAVE },
	{ "force", no_argument, NULL, OPT_FORCE },
	{ "method", required_argument, NULL, 'A' },
	{ "param", required_argument, NULL, 'O' },
	{ "sysroot", required_argument, NULL, OPT_SYSROOT },
	{ "devmem", required_argument, NULL, OPT_DEVMEM },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/*
 * One message on stderr: "spi-inspect: " and the text, as one whole line in one
 * write, after everything written so far on stdout. With 2>&1 both streams go to
 * one pipe or file, and a line of the report is never cut by a message.
 */
static void say_error(const char *fmt, ...) PRINTF_LIKE(1, 2);

static void say_error(const char *fmt, ...)
{
	char line[2048]; /* a longer message is cut, still ending in a newline */
	int n = snprintf(line, sizeof(line), "spi-inspect: ");
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line + n, sizeof(line) - (size_t)n - 1, fmt, ap);
	va_end(ap);
	strcat(line, "\n");
	fflush(stdout);
	fputs(line, stderr); /* stderr is unbuffered: one write(2) */
}

static int usage_error(const char *fmt, ...) PRINTF_LIKE(1, 2);

static int usage_error(const char *fmt, ...)
{
	char text[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	say_error("%s (see spi-inspect --help)", text);
	return EXIT_USAGE;
}

/*
 * The time of the run, for --prometheus: SOURCE_DATE_EPOCH when it is set
 * (reproducible-builds.org/specs/source-date-epoch), so tests get the same
 * output every time; else the clock. -1 when the variable is not a number.
 */
static int run_time(long long *t)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	char *end;

	if (!sde || !*sde) {
		*t = (long long)time(NULL);
		return 0;
	}
	errno = 0;
	*t = strtoll(sde, &end, 10);
	return errno || *end || *t < 0 ? -1 : 0;
}

/* Returns -1 to go on, or the exit code. */
static int parse_options(int argc, char **argv, struct options *o)
{
	int c;

	opterr = 0; /* our own messages, which say what to do */
	while ((c = getopt_long(argc, argv, ":vnA:O:hV", long_options, NULL)) != -1) {
		switch (c) {
		case OPT_REGIONS:
		case OPT_ME:
			if (o->part != PART_ALL)
				return usage_error("%s: choose one of --regions and --me-status",
						   argv[optind - 1]);
			o->part = c == OPT_REGIONS ? PART_REGIONS : PART_ME;
			break;
		case OPT_CHECK: o->check = true; break;
		case 'v': o->verbose = true; break;
		case OPT_JSON:
		case OPT_MARKDOWN:
		case OPT_PROMETHEUS:
			if (o->format != FMT_TEXT)
				return usage_error("%s: choose one of --json, --markdown and --prometheus",
						   argv[optind - 1]);
			o->format = c == OPT_JSON ? FMT_JSON : c == OPT_MARKDOWN ? FMT_MARKDOWN
									: FMT_PROMETHEUS;
			break;
		case OPT_OUTPUT: o->output = optarg; break;
		case OPT_NO_COLOR: o->no_color = true; break;
		case 'n': o->numeric = true; break;
		case OPT_PCI_IDS: o->pci_ids = optarg; break;
		case OPT_FROM: o->from[o->nfrom++] = optarg; break;
		case OPT_SAVE: o->save = optarg; break;
		case OPT_IMAGE: o->image = optarg; break;
		case OPT_BACKUP: o->backup = optarg; break;
		case OPT_NO_MACHINE: o->no_machine = true; break;
		case OPT_FORCE: o->force = true; break;
		case 'A': o->live.pci_method = optarg; break;
		case 'O':
			if (!strchr(optarg, '='))
				return usage_error("-O %s: a libpci parameter is NAME=VALUE", optarg);
			if (o->npci_params == MAX_PCI_PARAMS)
				return usage_error("-O %s: too many libpci parameters", optarg);
			o->pci_params[o->npci_params++] = optarg;
			break;
		case OPT_SYSROOT: o->live.sysroot = optarg; break;
		case OPT_DEVMEM: o->live.devmem = optarg; break;
		case 'h':
			wrap_write(stdout, usage_text, strlen(usage_text), term_width(STDOUT_FILENO));
			return EXIT_OK;
		case 'V':
			printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			return EXIT_OK;
		case ':':
			return usage_error("%s: this option needs an argument", argv[optind - 1]);
		default:
			return usage_error("%s: unknown option", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("%s: unexpected argument", argv[optind]);
	if (o->nfrom && (o->live.pci_method || o->npci_params || o->live.sysroot || o->live.devmem))
		return usage_error("%s: --from replays a snapshot; -A, -O, --sysroot and --devmem "
				   "apply to live reads only", o->from[0]);
	if (o->nfrom > 1 && (o->save || o->check))
		return usage_error("%s: --save and --check take one snapshot, not several", o->from[1]);
	if (o->force && !o->save)
		return usage_error("%s: --force goes with --save", "--force");
	if (o->check && (o->format != FMT_TEXT || o->part != PART_ALL || o->output))
		return usage_error("%s: --check prints nothing; it goes alone", "--check");
	if (o->format == FMT_PROMETHEUS && o->part != PART_ALL)
		return usage_error("%s: --prometheus shows the whole report",
				   o->part == PART_REGIONS ? "--regions" : "--me-status");
	if (o->format == FMT_PROMETHEUS && o->nfrom > 1)
		return usage_error("%s: --prometheus describes one machine: give one --from",
				   o->from[1]);
	if (o->format == FMT_PROMETHEUS && run_time(&o->run_time) < 0)
		return usage_error("SOURCE_DATE_EPOCH=%s: not a number of seconds since the epoch",
				   getenv("SOURCE_DATE_EPOCH"));
	if ((o->backup || o->no_machine) && !o->image)
		return usage_error("%s: --backup and --no-machine go with --image",
				   o->backup ? "--backup" : "--no-machine");
	if (o->no_machine && (o->nfrom || o->save || o->check || o->part != PART_ALL))
		return usage_error("%s: --no-machine reads no machine: --from, --save, --check, "
				   "--regions and --me-status need one", "--no-machine");
	if (o->no_machine && (o->output || o->format == FMT_PROMETHEUS))
		return usage_error("%s: --no-machine prints the plan alone, on standard output: "
				   "--output and --prometheus describe a machine", "--no-machine");
	if (o->image && o->check && o->nfrom > 1)
		return usage_error("%s: --check --image takes one snapshot", o->from[1]);
	o->live.pci_params = o->npci_params ? o->pci_params : NULL;
	return -1;
}

static int report_failure(const struct failure *f)
{
	say_error("%s%s%s%s%s%s", f->what, f->why[0] ? ": " : "", f->why,
		  f->todo[0] ? " (" : "", f->todo, f->todo[0] ? ")" : "");
	return f->code;
}

/*
 * One line on stderr for scripts that read only JSON from stdout: the finding
 * behind a non-zero exit code (the environment, the chipset, or SPI registers
 * that could not be read).
 */
static void warn_partial(const struct inspection *in, enum exit_code code)
{
	static const char *const why[] = { "env.", "chipset.", "spi.unreadable" };

	for (unsigned i = 0; code != EXIT_OK && i < in->findings.n; i++) {
		const struct finding *f = &in->findings.list[i];

		if (f->severity != SEV_BLOCKS && f->severity != SEV_UNKNOWN)
			continue;
		for (size_t w = 0; w < ARRAY_SIZE(why); w++)
			if (!strncmp(f->id, why[w], strlen(why[w]))) {
				say_error("%s (finding %s, exit code %d)", f->what, f->id, code);
				return;
			}
	}
}

static bool use_color(const struct options *o)
{
	const char *no_color = getenv("NO_COLOR");

	return !o->no_color && !(no_color && *no_color) && isatty(STDOUT_FILENO);
}

/* The exit code of each image_error; the decoder's sentence says what to do. */
static const enum exit_code image_failures[] = {
	[IMAGE_OK] = EXIT_OK,
	[IMAGE_EOPEN] = EXIT_IMAGE_UNREADABLE,
	[IMAGE_ENOTFILE] = EXIT_IMAGE_NOT_FILE,
	[IMAGE_EREAD] = EXIT_IMAGE_UNREADABLE,
	[IMAGE_ETOOSMALL] = EXIT_IMAGE_TOO_SMALL,
	[IMAGE_EMALFORMED] = EXIT_IMAGE_MALFORMED,
};

/* Decodes --image or --backup; 0, or the exit code after saying why on stderr. */
static int decode_image(const char *what, const char *path, const char *family,
			struct image *img)
{
	struct failure fail = { 0 };
	char why[512];
	enum image_error e = image_decode(path, family, img, why, sizeof(why));

	if (e == IMAGE_OK)
		return EXIT_OK;
	if ((unsigned)e >= ARRAY_SIZE(image_failures))
		e = IMAGE_EMALFORMED;
	failure_set(&fail, image_failures[e], "%s %s: cannot use it", what, path);
	failure_why(&fail, "%s", why[0] ? why : "the decoder gave no reason");
	return report_failure(&fail);
}

/* --image [--backup]: the files decoded and the plan made against machine (or NULL). */
struct planned {
	struct image image, backup;
	struct flash_plan plan;
};

static int plan_images(const struct options *o, const struct inspection *machine,
		       struct planned *pl)
{
	const char *family = machine && machine->id.family ? machine->id.family->key : NULL;
	int code = decode_image("--image", o->image, family, &pl->image);

	if (code == EXIT_OK && o->backup)
		code = decode_image("--backup", o->backup, family, &pl->backup);
	if (code == EXIT_OK)
		plan_flash(&pl->image, o->backup ? &pl->backup : NULL, machine, &pl->plan);
	return code;
}

/* --no-machine: the files only. */
static int run_no_machine(const struct options *o)
{
	struct planned *pl = malloc(sizeof(*pl));
	int code;

	if (!pl) {
		fprintf(stderr, "spi-inspect: out of memory\n");
		return EXIT_INTERNAL;
	}
	code = plan_images(o, NULL, pl);
	if (code == EXIT_OK)
		render_plan_only(stdout, &pl->plan, o->format == FMT_JSON ? PLAN_FMT_JSON
						    : o->format == FMT_MARKDOWN ? PLAN_FMT_MARKDOWN
						    : PLAN_FMT_TEXT);
	free(pl);
	if (fflush(stdout) != 0 && code == EXIT_OK)
		code = EXIT_INTERNAL;
	return code;
}

/*
 * One report: from a snapshot (from) or from this machine (from == NULL), into
 * in, which the caller owns so that a batch of --from reuses one. Sets
 * *rendered when a report was written to out.
 */
static int run(const struct options *o, FILE *out, bool *rendered, const char *from,
	       struct name_db *names, struct inspection *in, int argc, char **argv)
{
	struct failure fail = { 0 };
	struct hw *source, *rec;
	struct render_options ropt = { .part = o->part, .verbose = o->verbose };
	struct planned *pl = NULL;
	int save_fd = -1, code;

	if (o->save && (save_fd = snapshot_save_open(o->save, o->force, &fail)) < 0)
		return report_failure(&fail);
	source = from ? hw_replay_open(from, &fail) : hw_live_open(&o->live, &fail);
	if (!source) {
		if (save_fd >= 0)
			close(save_fd);
		return report_failure(&fail);
	}
	rec = hw_recorder_open(source, argc, argv, &fail);
	if (!rec) {
		hw_close(source);
		if (save_fd >= 0)
			close(save_fd);
		return report_failure(&fail);
	}

	inspect_flash(rec, names, from && !strcmp(from, "-") ? "(standard input)" : from,
		      o->image != NULL, in);
	in->pci_method = o->live.pci_method;
	code = o->part == PART_ME ? in->verdict.me_exit_code : in->verdict.exit_code;
	if (o->image) {
		int rc = (pl = malloc(sizeof(*pl))) ? plan_images(o, in, pl) : EXIT_INTERNAL;

		if (rc != EXIT_OK) { /* a bad image: said on stderr, no report */
			free(pl);
			hw_close(rec);
			if (save_fd >= 0)
				close(save_fd);
			return rc;
		}
		ropt.plan = &pl->plan;
	}
	ropt.color = o->format == FMT_TEXT && !o->output && use_color(o);
	/* --output writes a file: COLUMNS or 80, whatever the terminal is */
	ropt.width = term_width(o->output ? -1 : STDOUT_FILENO);
	if (o->check) /* with --image: the recommended sequence, else the BIOS region */
		code = code != EXIT_OK ? code : ropt.plan ? (int)ropt.plan->check_code
							  : (int)in->verdict.check_code;
	else if (o->format == FMT_JSON)
		render_json(out, in, &ropt);
	else if (o->format == FMT_PROMETHEUS)
		render_prometheus(out, in, &ropt, o->run_time);
	else if (o->format == FMT_MARKDOWN) {
		ropt.snapshot = hw_recorder_text(rec); /* only Markdown embeds it */
		render_markdown(out, in, &ropt);
	} else
		render_text(out, in, &ropt);
	*rendered = *rendered || !o->check;
	if (!o->check)
		warn_partial(in, code);

	if (save_fd >= 0 && snapshot_save_write(save_fd, o->save, hw_recorder_text(rec), &fail) < 0)
		code = report_failure(&fail);
	hw_close(rec);
	free(pl);
	return code;
}

/*
 * Device names from pci.ids are for people, and loading pci.ids costs ten times
 * the rest of a report (bench/run). They are looked up for the Markdown report
 * (made for an issue), with -v, and whenever --pci-ids names a file; the plain
 * text report names the chipset from data/pci-ids, and JSON stays the same
 * whatever pci.ids version a machine has.
 */
static bool want_names(const struct options *o)
{
	if (o->numeric || o->check)
		return false;
	return o->pci_ids || o->format == FMT_MARKDOWN || (o->format == FMT_TEXT && o->verbose);
}

/*
 * --output: where the report goes, and when it is complete, the temporary file
 * renamed over FILE, if a report was written (a run that failed before its
 * report leaves the old file in place).
 */
static FILE *output_begin(const struct options *o, struct output_file *of, int *code)
{
	struct failure fail = { 0 };
	FILE *out;

	if (!o->output)
		return stdout;
	if (output_open(o->output, of, &fail) < 0) {
		*code = report_failure(&fail);
		return NULL;
	}
	out = output_stream(of);
	if (!out) {
		output_discard(of);
		say_error("out of memory");
		*code = EXIT_INTERNAL;
	}
	return out;
}

static int output_end(const struct options *o, struct output_file *of, FILE *out, bool rendered,
		      int code)
{
	struct failure fail = { 0 };
	bool failed;

	if (!o->output)
		return fflush(stdout) != 0 && code == EXIT_OK ? EXIT_INTERNAL : code;
	failed = fflush(out) != 0 || ferror(out);
	of->fd = dup(fileno(out)); /* output_commit() syncs and closes its own descriptor */
	fclose(out);
	if (of->fd < 0 || failed || !rendered) {
		output_discard(of);
		if (rendered && code == EXIT_OK) {
			failure_set(&fail, EXIT_OUTPUT, "%s: writing the report failed", o->output);
			failure_why(&fail, "the data could not be written to the temporary file");
			failure_todo(&fail, "free some space or write elsewhere, then run the tool again");
			code = report_failure(&fail);
		}
		return code;
	}
	if (output_commit(of, &fail) < 0 && code == EXIT_OK)
		code = report_failure(&fail);
	return code;
}

/* Every --from in turn (or the machine once); the exit code is the first failure's. */
static int run_all(const struct options *o, int argc, char **argv)
{
	struct failure fail = { 0 };
	struct name_db *names = NULL;
	struct inspection *in;
	bool array = o->nfrom > 1 && o->format == FMT_JSON, rendered = false;
	struct output_file of;
	int code = EXIT_OK;
	FILE *out;

	/* A --pci-ids file that cannot be read is an error even where no name is shown. */
	if ((want_names(o) || o->pci_ids) && !(names = name_db_open(o->pci_ids, &fail)))
		return report_failure(&fail);
	if (!want_names(o)) {
		name_db_close(names);
		names = NULL;
	}
	in = malloc(sizeof(*in)); /* inspect() clears it */
	if (!in) {
		say_error("out of memory");
		name_db_close(names);
		return EXIT_INTERNAL;
	}
	out = output_begin(o, &of, &code);
	if (!out) {
		free(in);
		name_db_close(names);
		return code;
	}
	if (!o->nfrom)
		code = run(o, out, &rendered, NULL, names, in, argc, argv);
	if (array)
		fputs("[\n", out);
	for (unsigned i = 0; i < o->nfrom; i++) {
		int rc;

		if (i && array)
			fputs(",\n", out);
		else if (i)
			fputs(o->format == FMT_MARKDOWN ? "\n---\n\n" : "\n", out);
		rc = run(o, out, &rendered, o->from[i], names, in, argc, argv);
		if (code == EXIT_OK)
			code = rc;
	}
	if (array)
		fputs("]\n", out);
	free(in);
	name_db_close(names);
	return output_end(o, &of, out, rendered, code);
}

int main(int argc, char **argv)
{
	struct options o = { 0 };
	int code;

	o.from = calloc((size_t)argc, sizeof(*o.from)); /* at most one --from per argument */
	if (!o.from) {
		say_error("out of memory");
		return EXIT_INTERNAL;
	}
	code = parse_options(argc, argv, &o);
	if (code < 0)
		code = o.no_machine ? run_no_machine(&o) : run_all(&o, argc, argv);
	free(o.from);
	return code;
}
