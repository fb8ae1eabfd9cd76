/* SPDX-License-Identifier: GPL-2.0-or-later */
/* md_code.c - Markdown prose: flashrom command lines inside it become code spans. */
#include <stdbool.h>
#include <string.h>

#include "report/md_code.h"

/*
 * flashrom options that take an argument (flashrom(8)): the next word is part of
 * the command; a file argument only when it looks like a file name, so that
 * "-w fails" ends the command at "-w".
 */
static const struct {
	const char *name;
	bool file;
} with_arg[] = {
	{ "-p", false }, { "--programmer", false }, { "-i", false }, { "--include", false },
	{ "-c", false }, { "--chip", false }, { "-r", true }, { "--read", true },
	{ "-w", true }, { "--write", true }, { "-v", true }, { "--verify", true },
	{ "-l", true }, { "--layout", true }, { "-o", true }, { "--output", true },
};

/* 0: no argument; 1: any word; 2: a file name */
static int takes_arg(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof(with_arg) / sizeof(with_arg[0]); i++)
		if (strlen(with_arg[i].name) == n && !strncmp(w, with_arg[i].name, n))
			return with_arg[i].file ? 2 : 1;
	return 0;
}

static bool looks_like_file(const char *w, size_t n)
{
	return memchr(w, '.', n) || memchr(w, '/', n);
}

/* Length of the word at s without the punctuation that ends a clause after it. */
static size_t word_len(const char *s)
{
	size_t n = strcspn(s, " \n");

	while (n > 1 && strchr(".,;:)\"", s[n - 1]))
		n--;
	return n;
}

/* Length of the command line starting at s (0 if none starts here). */
static size_t command_len(const char *s)
{
	size_t end, n;
	int arg = 0;

	if (!strncmp(s, "flashrom ", 9))
		end = 8;
	else if (strncmp(s, "--ifd", 5) || (s[5] && !strchr(" ,;.)", s[5])))
		return 0;
	else
		end = 5;
	for (;;) {
		const char *w = s + end;

		if (*w != ' ')
			break;
		w++;
		n = word_len(w);
		if (!n || (!arg && w[0] != '-') || (arg == 2 && !looks_like_file(w, n)))
			break;
		arg = arg ? 0 : takes_arg(w, n);
		end = (size_t)(w - s) + n;
		if (w[n] && w[n] != ' ')
			break; /* punctuation after it ended the command */
	}
	return end == 8 && s[0] == 'f' ? 0 : end; /* "flashrom" alone names the tool */
}

static void put(FILE *out, const char *s, size_t n, int in_table)
{
	for (size_t i = 0; i < n; i++) {
		if (in_table && s[i] == '|')
			fputs("\\|", out);
		else if (in_table && s[i] == '\n')
			fputc(' ', out);
		else
			fputc(s[i], out);
	}
}

void md_prose(FILE *out, const char *text, int in_table)
{
	const char *p = text;

	while (p && *p) {
		bool word_start = p == text || p[-1] == ' ' || p[-1] == '(' || p[-1] == '"';
		size_t n = word_start ? command_len(p) : 0;

		if (n) {
			fputc('`', out);
			put(out, p, n, in_table); /* a '|' inside a code span in a table is escaped too */
			fputc('`', out);
			p += n;
		} else {
			put(out, p, 1, in_table);
			p++;
		}
	}
}
