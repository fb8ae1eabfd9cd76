/* SPDX-License-Identifier: GPL-2.0-or-later */
/* wrap.c - fit text to a width: long lines break at spaces, continuations hang under their column. */
#include <stdbool.h>
#include <string.h>

#include "report/wrap.h"

/* Bytes of the ANSI sequence at s ("\033[...m"), 0 when there is none: it takes no column. */
static size_t ansi_len(const char *s, size_t len)
{
	size_t i = 2;

	if (len < 2 || s[0] != '\033' || s[1] != '[')
		return 0;
	while (i < len && s[i] != 'm')
		i++;
	return i < len ? i + 1 : len;
}

/* Whether the byte at s starts a column (UTF-8 continuation bytes do not). */
static bool takes_column(unsigned char c)
{
	return (c & 0xc0) != 0x80;
}

/* Columns of s[0..len). */
static unsigned columns(const char *s, size_t len)
{
	unsigned col = 0;

	for (size_t i = 0; i < len; i++) {
		size_t esc = ansi_len(s + i, len - i);

		if (esc)
			i += esc - 1;
		else
			col += takes_column((unsigned char)s[i]);
	}
	return col;
}

/* Rule 2 of wrap_hang: the column after "label: " and the spaces that follow, or 0. */
static unsigned label_hang(const char *line, size_t len, unsigned indent)
{
	const char *colon = memchr(line, ':', len);
	size_t at, spaces = 0;

	if (indent >= WRAP_LABEL_INDENT || !colon)
		return 0;
	at = (size_t)(colon - line);
	if (at + 1 >= len || line[at + 1] != ' ' || at - indent > WRAP_MAX_LABEL || at == indent)
		return 0;
	for (size_t i = indent; i < at; i++)
		spaces += line[i] == ' ';
	if (spaces > 1)
		return 0;
	at++;
	while (at < len && line[at] == ' ')
		at++;
	return columns(line, at);
}

unsigned wrap_hang(const char *line, size_t len, unsigned width)
{
	unsigned indent = 0, best = 0, hang;
	size_t i = 0;

	while (i < len && line[i] == ' ')
		i++;
	indent = columns(line, i);
	/* Rule 1: the last run of two or more spaces after text that leaves room. */
	while (i < len) {
		size_t run = 0;

		while (i + run < len && line[i + run] == ' ')
			run++;
		if (run >= 2 && i + run < len) {
			unsigned col = columns(line, i + run);

			if (col + WRAP_MIN_TEXT <= width)
				best = col;
		}
		i += run ? run : 1;
	}
	if (best)
		return best;
	hang = label_hang(line, len, indent);
	if (hang && hang + WRAP_MIN_TEXT <= width)
		return hang;
	return indent + WRAP_MIN_TEXT <= width ? indent : 0;
}

/* Writes one line (no '\n') broken to width, then '\n'. */
static void wrap_line(FILE *out, const char *line, size_t len, unsigned width)
{
	unsigned hang = wrap_hang(line, len, width);
	bool first = true;

	while (len) {
		size_t fit = 0, cut = 0, i;
		unsigned col = first ? 0 : hang;

		/* The longest prefix that fits in width - col columns. */
		for (i = 0; i < len; i++) {
			size_t esc = ansi_len(line + i, len - i);

			if (esc) {
				i += esc - 1;
				continue;
			}
			if (!takes_column((unsigned char)line[i]))
				continue;
			if (col == width)
				break;
			col++;
		}
		/* i is where the columns end; step over trailing continuation bytes */
		while (i < len && !takes_column((unsigned char)line[i]))
			i++;
		fit = i;
		if (fit == len)
			cut = len;
		else {
			/* the last space that fits, past the indentation */
			for (cut = fit; cut > 0 && line[cut] != ' '; cut--)
				;
			while (cut > 0 && line[cut - 1] == ' ')
				cut--;
			if (cut == 0 || (first && columns(line, cut) <= hang))
				cut = fit; /* one word wider than the room: break it */
		}
		if (!first)
			fprintf(out, "%*s", (int)hang, "");
		fwrite(line, 1, cut, out);
		fputc('\n', out);
		line += cut;
		len -= cut;
		while (len && *line == ' ') {
			line++;
			len--;
		}
		first = false;
	}
}

void wrap_write(FILE *out, const char *text, size_t len, unsigned width)
{
	if (!width) {
		fwrite(text, 1, len, out);
		return;
	}
	while (len) {
		const char *nl = memchr(text, '\n', len);
		size_t n = nl ? (size_t)(nl - text) : len;

		if (columns(text, n) <= width) {
			fwrite(text, 1, n, out);
			fputc('\n', out);
		} else
			wrap_line(out, text, n, width);
		text += n;
		len -= n;
		if (nl) {
			text++;
			len--;
		}
	}
}
