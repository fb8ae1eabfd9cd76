/* SPDX-License-Identifier: GPL-2.0-or-later */
/* benchrun.c - run a command N times; print each run's wall time, CPU time, peak RSS, exit code. */
/*
 * Usage: benchrun [-n RUNS] [-o FILE] [--] COMMAND [ARG]...
 *
 * One line per run on stdout:
 *   wall_ns=<n> cpu_ns=<user+system> maxrss_kb=<n> rc=<exit code or 128+signal>
 * The command's stdout goes to FILE (-o, rewritten by each run) or /dev/null,
 * its stderr to /dev/null. The clock is CLOCK_MONOTONIC around fork+exec+wait,
 * so every command pays the same start-up; CPU time and peak RSS are the
 * child's own, from wait4()'s rusage. Built static by bench/run so that it can
 * go into the VM's initramfs as it is. Not part of spi-inspect.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long ns_of(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

static long long ns_of_tv(const struct timeval *t)
{
	return (long long)t->tv_sec * 1000000000LL + (long long)t->tv_usec * 1000LL;
}

static int usage(void)
{
	fputs("Usage: benchrun [-n RUNS] [-o FILE] [--] COMMAND [ARG]...\n"
	      "Runs COMMAND RUNS times (default 1) and prints, per run, its wall time,\n"
	      "CPU time, peak resident set size and exit code.\n", stderr);
	return 2;
}

static int run_once(char **argv, const char *out)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status, rc;
	pid_t pid;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "benchrun: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int o = open(out ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open("/dev/null", O_WRONLY);

		if (o < 0 || e < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0)
			_exit(126);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		fprintf(stderr, "benchrun: wait4: %s\n", strerror(errno));
		return -1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	printf("wall_ns=%lld cpu_ns=%lld maxrss_kb=%ld rc=%d\n", ns_of(&t1) - ns_of(&t0),
	       ns_of_tv(&ru.ru_utime) + ns_of_tv(&ru.ru_stime), ru.ru_maxrss, rc);
	return 0;
}

int main(int argc, char **argv)
{
	const char *out = NULL;
	long runs = 1;
	int c;

	while ((c = getopt(argc, argv, "+n:o:")) != -1) {
		switch (c) {
		case 'n':
			runs = strtol(optarg, NULL, 10);
			if (runs < 1)
				return usage();
			break;
		case 'o': out = optarg; break;
		default: return usage();
		}
	}
	if (optind >= argc)
		return usage();
	for (long i = 0; i < runs; i++) {
		if (run_once(argv + optind, out) < 0)
			return 1;
		fflush(stdout);
	}
	return 0;
}
