/* SPDX-License-Identifier: GPL-2.0-or-later */
/* json.c - a small streaming JSON writer. */
#include <inttypes.h>
#include <string.h>

#include "report/json.h"

static void indent(struct json *j)
{
	fputc('\n', j->out);
	for (int i = 0; i < j->depth; i++)
		fputs("  ", j->out);
}

static void put_escaped(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

/* Comma, newline, indentation and "key": for the next member. */
static void member(struct json *j, const char *key)
{
	if (j->depth > 0 && !j->first[j->depth])
		fputc(',', j->out);
	if (j->depth > 0) {
		j->first[j->depth] = false;
		indent(j);
	}
	if (key) {
		put_escaped(j->out, key);
		fputs(": ", j->out);
	}
}

void json_begin(struct json *j, FILE *out)
{
	memset(j, 0, sizeof(*j));
	j->out = out;
	json_object(j, NULL);
}

void json_end(struct json *j)
{
	json_close(j, '}');
	fputc('\n', j->out);
}

static void open_bracket(struct json *j, const char *key, char bracket)
{
	member(j, key);
	fputc(bracket, j->out);
	if (j->depth + 1 < JSON_MAX_DEPTH)
		j->depth++;
	j->first[j->depth] = true;
}

void json_object(struct json *j, const char *key)
{
	open_bracket(j, key, '{');
}

void json_array(struct json *j, const char *key)
{
	open_bracket(j, key, '[');
}

void json_close(struct json *j, char bracket)
{
	bool empty = j->first[j->depth];

	j->depth--;
	if (!empty)
		indent(j);
	fputc(bracket, j->out);
}

void json_string(struct json *j, const char *key, const char *value)
{
	member(j, key);
	if (value)
		put_escaped(j->out, value);
	else
		fputs("null", j->out);
}

void json_uint(struct json *j, const char *key, uint64_t value)
{
	member(j, key);
	fprintf(j->out, "%" PRIu64, value);
}

void json_bool(struct json *j, const char *key, bool value)
{
	member(j, key);
	fputs(value ? "true" : "false", j->out);
}

void json_null(struct json *j, const char *key)
{
	member(j, key);
	fputs("null", j->out);
}

void json_uint_known(struct json *j, const char *key, bool known, uint64_t value)
{
	if (known)
		json_uint(j, key, value);
	else
		json_null(j, key);
}

void json_tri(struct json *j, const char *key, enum tri value)
{
	if (value == TRI_UNKNOWN)
		json_null(j, key);
	else
		json_bool(j, key, value == TRI_YES);
}

void json_reg(struct json *j, const char *key, const struct reg *r)
{
	char reason_key[64];

	if (reg_ok(r)) {
		json_uint(j, key, r->value);
		return;
	}
	json_null(j, key);
	snprintf(reason_key, sizeof(reason_key), "%s_reason", key);
	json_string(j, reason_key, reg_reason(r));
}
