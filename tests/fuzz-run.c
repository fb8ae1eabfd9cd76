/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-run.c - a harness's inputs replayed without libFuzzer: the seeds and every crash found. */
/*
 * Linked with one harness (tests/fuzz-*.c) by make check, as
 * tests/fuzz-<name>-run: with no arguments it runs the harness on every
 * file under the directories FUZZ_INPUTS names (colon-separated, relative
 * to SRCDIR): the seed corpora and tests/fuzz-crashes/<name>/, where each
 * input that once crashed is kept as a regression test. With arguments,
 * on those files (scripts/fuzz uses it to check a crash it found).
 * Under scripts/check-sanitizers and scripts/check-valgrind these inputs
 * run under ASan+UBSan and valgrind too.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path, unsigned *count)
{
	FILE *f = fopen(path, "rbe");
	uint8_t *data = NULL;
	size_t len = 0, cap = 0;

	if (!f) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -1;
	}
	for (;;) {
		size_t got;

		if (len == cap) {
			uint8_t *n = realloc(data, cap ? cap * 2 : 65536);

			if (!n) {
				fclose(f);
				free(data);
				return -1;
			}
			data = n;
			cap = cap ? cap * 2 : 65536;
		}
		got = fread(data + len, 1, cap - len, f);
		if (got == 0)
			break;
		len += got;
	}
	fclose(f);
	/* an exact-size copy, so that a read past the end is caught (ASan, valgrind) */
	{
		uint8_t *exact = malloc(len ? len : 1);

		if (!exact) {
			free(data);
			return -1;
		}
		memcpy(exact, data, len);
		free(data);
		LLVMFuzzerTestOneInput(exact, len);
		free(exact);
	}
	(*count)++;
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file in dir, sorted by name; a missing dir is no input. */
static int run_dir(const char *dir, unsigned *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;

	if (!d)
		return errno == ENOENT ? 0 : -1;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **g = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof(*names));

			if (!g) {
				rc = -1;
				break;
			}
			names = g;
		}
		if (!(names[n] = malloc(strlen(dir) + strlen(e->d_name) + 2))) {
			rc = -1;
			break;
		}
		sprintf(names[n++], "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_names);
	for (size_t i = 0; i < n; i++) {
		struct stat st;

		if (rc == 0 && stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			rc = run_file(names[i], count);
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	unsigned count = 0;
	int rc = 0;

	if (argc > 1) {
		for (int i = 1; i < argc && rc == 0; i++)
			rc = run_file(argv[i], &count);
	} else {
		char list[] = FUZZ_INPUTS, *save = NULL, path[4096];

		for (char *dir = strtok_r(list, ":", &save); dir && rc == 0; dir = strtok_r(NULL, ":", &save)) {
			snprintf(path, sizeof(path), "%s/%s", SRCDIR, dir);
			rc = run_dir(path, &count);
		}
	}
	printf("%s: %u inputs, no crash\n", argv[0], count);
	if (rc)
		return 1;
	return count ? 0 : 1; /* no input at all: the test could not fail */
}
