/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz.h - what the libFuzzer harnesses share: a byte-stream hw backend and the pipeline. */
#ifndef SPI_INSPECT_TESTS_FUZZ_H
#define SPI_INSPECT_TESTS_FUZZ_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chipset/chipset.h"
#include "hw/hw.h"
#include "hw/snapshot.h"
#include "inspect.h"
#include "report/render.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- the input as a stream ---------------------------------------------------------- */

struct fuzz_in {
	const uint8_t *p;
	size_t n;
};

static inline unsigned fuzz_byte(struct fuzz_in *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

static inline uint64_t fuzz_le(struct fuzz_in *in, unsigned bytes)
{
	uint64_t v = 0;

	for (unsigned i = 0; i < bytes; i++)
		v |= (uint64_t)fuzz_byte(in) << (8 * i);
	return v;
}

/* The errors a read can end in, live or replayed. */
static const int fuzz_errs[] __attribute__((unused)) = {
	-EACCES, -EPERM, -ENOENT, -ENODEV, -EIO, -ENXIO, -EINVAL, -HW_ENOTREC, -REG_EALLONES,
};

/*
 * The PCI locations the stream backend may list: every place identify, the
 * SPI and the ME collectors look (from the family table), and a few more.
 */
#define FUZZ_NLOCS 16
static inline int fuzz_loc_cmp(const void *a, const void *b)
{
	return pci_loc_cmp(*(const struct pci_loc *)a, *(const struct pci_loc *)b);
}

static inline size_t fuzz_locs(struct pci_loc *locs)
{
	static const struct pci_loc fixed[] = {
		{ 0, 0, 0x00, 0 }, { 0, 0, 0x1f, 0 }, { 0, 0, 0x1f, 5 }, { 0, 0, 0x0d, 2 },
		{ 0, 0, 0x16, 0 }, { 0, 0, 0x18, 0 }, { 0, 0, 0x1a, 0 }, { 0, 0, 0x1f, 3 },
	};
	size_t n = 0;

	for (size_t i = 0; i < ARRAY_SIZE(fixed); i++)
		locs[n++] = fixed[i];
	for (size_t f = 0; f < chipset_families_count && n < FUZZ_NLOCS; f++) {
		const struct pci_loc c[] = { chipset_families[f].spi_fn, chipset_families[f].heci };

		for (size_t k = 0; k < ARRAY_SIZE(c) && n < FUZZ_NLOCS; k++) {
			size_t j;

			for (j = 0; j < n && !pci_loc_eq(locs[j], c[k]); j++)
				;
			if (j == n)
				locs[n++] = c[k];
		}
	}
	qsort(locs, n, sizeof(*locs), fuzz_loc_cmp);
	return n;
}

/*
 * The byte-stream backend: every read takes its answer from the next bytes
 * of the input, so that the fuzzer steers every decoder directly. A read's
 * tag byte (low 3 bits): 0 an error (the next byte picks it), 1 all ones,
 * 2 a vendor:device pair from the chipset table (the next 2 bytes pick it),
 * else the value in the next width bytes. A file or listing: 0 an error,
 * else a 2-byte length and that many bytes. The end of the input answers
 * "not recorded". The scan lists the candidates a 2-byte mask selects.
 */
static inline int fuzz_pci_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	struct fuzz_in *in = hw->priv;
	struct pci_loc all[FUZZ_NLOCS];
	size_t k = fuzz_locs(all), m = 0;
	unsigned mask = (unsigned)fuzz_le(in, 2);

	*locs = calloc(FUZZ_NLOCS, sizeof(**locs));
	if (!*locs)
		return -ENOMEM;
	for (size_t i = 0; i < k; i++)
		if (mask >> i & 1)
			(*locs)[m++] = all[i];
	*n = m;
	return 0;
}

static inline int fuzz_value(struct fuzz_in *in, unsigned width, bool id_ok, uint64_t *val)
{
	unsigned tag;

	if (!in->n)
		return -HW_ENOTREC;
	tag = fuzz_byte(in) & 7;
	if (tag == 0)
		return fuzz_errs[fuzz_byte(in) % ARRAY_SIZE(fuzz_errs)];
	if (tag == 1) {
		*val = snapshot_ones(width);
	} else if (tag == 2 && id_ok && chipset_ids_count) {
		const struct chipset_id *e = &chipset_ids[fuzz_le(in, 2) % chipset_ids_count];

		*val = ((uint64_t)e->device << 16 | e->vendor) & snapshot_ones(width);
	} else {
		*val = fuzz_le(in, width);
	}
	return 0;
}

static inline int fuzz_pci_read(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width,
				uint64_t *val)
{
	(void)loc;
	return fuzz_value(hw->priv, width, off == 0, val);
}

static inline int fuzz_mem_read(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	(void)phys;
	return fuzz_value(hw->priv, width, false, val);
}

static inline int fuzz_text(struct fuzz_in *in, struct buf *out, bool dir)
{
	size_t len;
	char *d;

	if (!in->n)
		return -HW_ENOTREC;
	if ((fuzz_byte(in) & 3) == 0)
		return fuzz_errs[fuzz_byte(in) % ARRAY_SIZE(fuzz_errs)];
	len = (size_t)fuzz_le(in, 2) % 4097;
	if (len > in->n)
		len = in->n;
	d = malloc(len + 1);
	if (!d)
		return -ENOMEM;
	memcpy(d, in->p, len);
	d[len] = '\0';
	in->p += len;
	in->n -= len;
	out->data = d;
	out->len = len;
	/* A listing is "name\n" each, sorted (hw.h): what every backend hands on. */
	if (dir && snapshot_dir_normalize(out)) {
		buf_free(out);
		return -EINVAL;
	}
	return 0;
}

static inline int fuzz_file_read(struct hw *hw, const char *path, struct buf *out)
{
	(void)path;
	return fuzz_text(hw->priv, out, false);
}

static inline int fuzz_dir_read(struct hw *hw, const char *path, struct buf *out)
{
	(void)path;
	return fuzz_text(hw->priv, out, true);
}

static inline const char *fuzz_meta(struct hw *hw, const char *key)
{
	(void)hw;
	(void)key;
	return NULL;
}

static inline void fuzz_close(struct hw *hw)
{
	(void)hw;
}

static const struct hw_backend fuzz_backend __attribute__((unused)) = {
	.name = "fuzz",
	.pci_scan = fuzz_pci_scan,
	.pci_read = fuzz_pci_read,
	.mem_read = fuzz_mem_read,
	.file_read = fuzz_file_read,
	.dir_read = fuzz_dir_read,
	.meta = fuzz_meta,
	.close = fuzz_close,
};

/* ---- the pipeline ------------------------------------------------------------------- */

/*
 * What main.c does with a source: wrap it in the recorder, inspect, render
 * every part in every format (to a stream that goes nowhere), and check
 * that the recorded snapshot parses again. Takes over source (closes it).
 */
static inline void fuzz_pipeline(struct hw *source, const char *name)
{
	static const enum render_part parts[] = { PART_ALL, PART_REGIONS, PART_ME };
	char *argv[] = { (char *)"spi-inspect", (char *)"--fuzz", NULL };
	struct failure fail;
	struct inspection *in = calloc(1, sizeof(*in));
	struct hw *rec = hw_recorder_open(source, 2, argv, &fail);
	FILE *out = fopen("/dev/null", "we");
	const char *text;

	if (!rec || !in || !out) {
		if (!rec)
			hw_close(source);
		hw_close(rec);
		free(in);
		if (out)
			fclose(out);
		return;
	}
	inspect(rec, NULL, name, in);
	text = hw_recorder_text(rec);
	/* every part as text; the whole report in every format (the JSON of a part is a subset) */
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++) {
		struct render_options o = { .part = parts[i], .verbose = true, .snapshot = text,
					    .color = i == 0, .width = i == 0 ? 60 : 0 /* wrap.c too */ };

		render_text(out, in, &o);
		if (parts[i] == PART_ALL) {
			render_json(out, in, &o);
			render_markdown(out, in, &o);
		}
	}
	/* What --save would write must replay (round trip by construction). */
	if (text) {
		struct snapshot *again = snapshot_parse("recorded", text, strlen(text), &fail);

		if (!again) {
			fprintf(stderr, "the recorded snapshot does not parse: %s\n%s\n", fail.what, text);
			abort();
		}
		snapshot_free(again);
	}
	fclose(out);
	hw_close(rec);
	free(in);
}

#endif
