/* SPDX-License-Identifier: GPL-2.0-or-later */
/* json.h - a small streaming JSON writer (indentation and commas handled for the caller). */
#ifndef SPI_INSPECT_JSON_H
#define SPI_INSPECT_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "reg.h"

#define JSON_MAX_DEPTH 16

struct json {
	FILE *out;
	int depth;
	bool first[JSON_MAX_DEPTH]; /* no member written yet at this depth */
};

void json_begin(struct json *j, FILE *out);
void json_end(struct json *j);
/* key is NULL inside arrays. */
void json_object(struct json *j, const char *key);
void json_array(struct json *j, const char *key);
void json_close(struct json *j, char bracket);
void json_string(struct json *j, const char *key, const char *value); /* NULL -> null */
void json_uint(struct json *j, const char *key, uint64_t value);
void json_bool(struct json *j, const char *key, bool value);
void json_null(struct json *j, const char *key);
/* value when known, else null (unknown is not zero) */
void json_uint_known(struct json *j, const char *key, bool known, uint64_t value);
void json_tri(struct json *j, const char *key, enum tri value); /* unknown -> null */
/* A register's raw value, or null and "<key>_reason" beside it. */
void json_reg(struct json *j, const char *key, const struct reg *r);

#endif
