/* SPDX-License-Identifier: GPL-2.0-or-later */
/* paste.c - accept the wrapper a snapshot gets when pasted into an issue, and nothing else. */
#include <stdio.h>
#include <string.h>

#include "hw/paste.h"

static bool blank(const char *p)
{
	return p[strspn(p, " \t")] == '\0';
}

/* A CommonMark code fence: up to 3 spaces, then 3 or more ` or ~, then an info string. */
static bool fence(const char *p)
{
	size_t indent = strspn(p, " ");

	if (indent > 3)
		return false;
	p += indent;
	return (p[0] == '`' || p[0] == '~') && p[1] == p[0] && p[2] == p[0];
}

/* <details>, <summary>...</summary>, </details> and the like: GitHub's collapsed block. */
static bool details(const char *p)
{
	static const char *const tags[] = { "<details", "</details", "<summary", "</summary" };

	p += strspn(p, " \t");
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		if (strncmp(p, tags[i], strlen(tags[i])) == 0)
			return true;
	return false;
}

void paste_header_seen(struct paste *st)
{
	st->header_seen = true;
}

enum paste_action paste_line(struct paste *st, unsigned lineno, const char **line, char *why,
			     size_t why_size, const char **todo)
{
	const char *p = *line;

	if (!st->decided && !blank(p)) {
		st->decided = true;
		st->quoted = *p == '>';
	}
	if (st->quoted) {
		/* An e-mail reply: "> " before every line ('>' alone on a blank one). */
		if (*p == '>')
			p += p[1] == ' ' ? 2 : 1;
		else if (!blank(p)) {
			snprintf(why, why_size, "the line does not begin with '> ' as the lines before "
				 "it do");
			*todo = "remove the '> ' quote marks from every line (or add one here)";
			return PASTE_ERROR;
		}
	}
	*line = p;
	if (!st->header_seen) {
		/*
		 * The Markdown report writes a sentence or two between <details> and the
		 * fence (what the snapshot holds, to redact): a paste of the whole block
		 * carries them. They end at the opening fence.
		 */
		if (details(p) && strncmp(p + strspn(p, " \t"), "<details", 8) == 0)
			st->in_preamble = true;
		else if (fence(p))
			st->in_preamble = false;
		if (strncmp(p, "spi-inspect-snapshot", 20) == 0) /* unfenced: the header ends it */
			st->in_preamble = false;
		return blank(p) || fence(p) || details(p) || st->in_preamble ? PASTE_SKIP
										: PASTE_PARSE;
	}
	if (st->closed_at) {
		if (blank(p) || fence(p) || details(p))
			return PASTE_SKIP;
		snprintf(why, why_size, "text after the end of the snapshot (its closing line is "
			 "line %u)", st->closed_at);
		*todo = "keep only the snapshot, from its header line to the closing ``` fence";
		return PASTE_ERROR;
	}
	if (fence(p) || details(p)) {
		st->closed_at = lineno;
		return PASTE_SKIP;
	}
	return PASTE_PARSE;
}
