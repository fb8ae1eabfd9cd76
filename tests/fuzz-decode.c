/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-decode.c - libFuzzer harness: every read answered by the fuzzer, the whole pipeline. */
/*
 * The input is not a file format but the answers to the reads, in the
 * order the tool makes them (tests/fuzz.h, the byte-stream backend): the
 * PCI device list, every config-space and memory read (value, all ones or
 * an error), every sysfs file and listing (MCFG, fw_status, fw_ver, mei
 * directories). So every decoder sees arbitrary register values, on every
 * chipset family, without the snapshot syntax in the way. Seeds are made
 * from the snapshots by scripts/fuzz (this file built with
 * -DFUZZ_SEED_MAIN: the reads of a replay, encoded as this stream).
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	struct hw *hw = calloc(1, sizeof(*hw));

	if (!hw)
		return 0;
	hw->ops = &fuzz_backend;
	hw->priv = &in;
	fuzz_pipeline(hw, NULL);
	free(hw);
	return 0;
}

#ifdef FUZZ_SEED_MAIN
/*
 * fuzz-decode-seed SNAPSHOT OUT: replay SNAPSHOT and write the answers it
 * gives as the byte stream above, so that fuzzing starts from real machines.
 */
struct tee {
	struct hw *inner;
	FILE *out;
};

static void put_le(FILE *f, uint64_t v, unsigned bytes)
{
	for (unsigned i = 0; i < bytes; i++)
		fputc((int)(v >> (8 * i) & 0xff), f);
}

static void put_err(FILE *f, int rc)
{
	unsigned i;

	for (i = 0; i < ARRAY_SIZE(fuzz_errs) && fuzz_errs[i] != rc; i++)
		;
	fputc(0, f);
	fputc(i < ARRAY_SIZE(fuzz_errs) ? (int)i : 7 /* not recorded */, f);
}

static int tee_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	struct tee *t = hw->priv;
	struct pci_loc all[FUZZ_NLOCS];
	size_t k = fuzz_locs(all);
	unsigned mask = 0;
	int rc = hw_pci_scan(t->inner, locs, n);

	for (size_t i = 0; rc == 0 && i < k; i++)
		for (size_t j = 0; j < *n; j++)
			if (pci_loc_eq(all[i], (*locs)[j]))
				mask |= 1u << i;
	put_le(t->out, mask, 2);
	/* The stream can list only the candidates: the seed sees what the fuzzer will. */
	if (rc == 0) {
		size_t m = 0;

		for (size_t i = 0; i < k; i++)
			if (mask >> i & 1)
				(*locs)[m++] = all[i];
		*n = m;
	}
	return rc;
}

static int tee_value(struct tee *t, int rc, unsigned width, bool id_ok, uint64_t v)
{
	if (rc) {
		put_err(t->out, rc);
		return rc;
	}
	if (v == snapshot_ones(width)) {
		fputc(1, t->out);
		return 0;
	}
	if (id_ok && width == 4) {
		const struct chipset_id *e = chipset_lookup((uint16_t)v, (uint16_t)(v >> 16));

		if (e) {
			fputc(2, t->out);
			put_le(t->out, (uint64_t)(e - chipset_ids), 2);
			return 0;
		}
	}
	fputc(3, t->out);
	put_le(t->out, v, width);
	return 0;
}

static int tee_pci(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val)
{
	struct tee *t = hw->priv;
	uint64_t v = 0;
	int rc = hw_pci_read(t->inner, loc, off, width, &v);

	*val = v;
	return tee_value(t, rc, width, off == 0, v);
}

static int tee_mem(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	struct tee *t = hw->priv;
	uint64_t v = 0;
	int rc = hw_mem_read(t->inner, phys, width, &v);

	*val = v;
	return tee_value(t, rc, width, false, v);
}

static int tee_text(struct tee *t, int rc, struct buf *out)
{
	if (rc) {
		put_err(t->out, rc);
		return rc;
	}
	fputc(1, t->out);
	put_le(t->out, out->len, 2);
	fwrite(out->data, 1, out->len, t->out);
	return 0;
}

static int tee_file(struct hw *hw, const char *path, struct buf *out)
{
	struct tee *t = hw->priv;

	return tee_text(t, hw_file_read(t->inner, path, out), out);
}

static int tee_dir(struct hw *hw, const char *path, struct buf *out)
{
	struct tee *t = hw->priv;

	return tee_text(t, hw_dir_read(t->inner, path, out), out);
}

static void tee_close(struct hw *hw)
{
	(void)hw;
}

static const struct hw_backend tee_backend = {
	.name = "tee",
	.pci_scan = tee_scan,
	.pci_read = tee_pci,
	.mem_read = tee_mem,
	.file_read = tee_file,
	.dir_read = tee_dir,
	.meta = fuzz_meta,
	.close = tee_close,
};

int main(int argc, char **argv)
{
	struct failure fail;
	struct tee t;
	struct hw hw = { .ops = &tee_backend, .priv = &t }, *rec;
	struct inspection *in = calloc(1, sizeof(*in));

	if (argc != 3 || !in) {
		fprintf(stderr, "usage: fuzz-decode-seed SNAPSHOT OUT\n");
		return 2;
	}
	t.inner = hw_replay_open(argv[1], &fail);
	if (!t.inner) {
		fprintf(stderr, "%s\n", fail.what);
		return 1;
	}
	t.out = fopen(argv[2], "we");
	if (!t.out)
		return 1;
	/* through the recorder, as the harness does: the same reads in the same order */
	rec = hw_recorder_open(&hw, 1, argv, &fail);
	if (!rec)
		return 1;
	inspect(rec, NULL, argv[1], in);
	hw_close(rec);
	hw_close(t.inner);
	free(in);
	return fclose(t.out) ? 1 : 0;
}
#endif
