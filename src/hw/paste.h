/* SPDX-License-Identifier: GPL-2.0-or-later */
/* paste.h - a snapshot pasted back from an issue or an e-mail: the wrapper lines around it. */
#ifndef SPI_INSPECT_HW_PASTE_H
#define SPI_INSPECT_HW_PASTE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The Markdown report embeds the snapshot as
 *     <details><summary>...</summary>   blank   ```   snapshot   ```   blank   </details>
 * and a copy from a GitHub issue or an e-mail reply keeps some of that, or puts
 * "> " before every line. The state of one file, line by line.
 */
struct paste {
	bool decided;     /* the first non-blank line was seen */
	bool quoted;      /* ... and it began with '>': every line must */
	bool header_seen; /* the snapshot's header was handed on */
	bool in_preamble; /* after <details>, before the opening fence: the report's prose */
	unsigned closed_at; /* the line of the fence or </details> after the body, 0 before */
};

enum paste_action {
	PASTE_PARSE, /* a snapshot line: *line points past any quote mark */
	PASTE_SKIP,  /* a blank, fence or details line around the snapshot */
	PASTE_ERROR, /* why and todo say what is wrong with this line */
};

/* The header line was parsed: lines after it are the body. */
void paste_header_seen(struct paste *st);

/* Classifies line number lineno (NUL-terminated, no newline). */
enum paste_action paste_line(struct paste *st, unsigned lineno, const char **line, char *why,
			     size_t why_size, const char **todo);

#endif
