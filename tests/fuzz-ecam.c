/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-ecam.c - libFuzzer harness: pci_cfg_read through a fuzzed ACPI MCFG table and ECAM. */
/*
 * Input: bus, device/function, offset (2 bytes), width, how the OS answers
 * (a tag byte: present, absent, all ones, not root, not recorded) and how
 * memory answers (a seed for the values, a byte of errors), then the bytes
 * of /sys/firmware/acpi/tables/MCFG. The read must come back as a value
 * with its path, or as an error with CFG_PATH_NONE, never anything else.
 * Seeds: made by scripts/fuzz (real MCFG tables from tests/test-ecam.c's
 * machines are in the snapshots as file lines).
 */
#include "fuzz.h"

struct ecam_case {
	unsigned os;      /* 0 present, 1 ENODEV, 2 all ones, 3 EACCES, 4 not recorded */
	uint64_t seed;    /* memory answers a hash of the address with it */
	unsigned mem_err; /* 0 none, else an error for every read (or every odd one) */
	const uint8_t *mcfg;
	size_t mcfg_len;
	unsigned reads;
};

static int e_scan(struct hw *hw, struct pci_loc **locs, size_t *n)
{
	(void)hw;
	*locs = NULL;
	*n = 0;
	return 0;
}

static int e_pci(struct hw *hw, struct pci_loc loc, unsigned off, unsigned width, uint64_t *val)
{
	struct ecam_case *c = hw->priv;
	static const int errs[] = { 0, -ENODEV, 0, -EACCES, -HW_ENOTREC };

	(void)loc;
	if (errs[c->os % ARRAY_SIZE(errs)])
		return errs[c->os % ARRAY_SIZE(errs)];
	*val = c->os % ARRAY_SIZE(errs) == 2 ? snapshot_ones(width) : (0x8086u + off) & snapshot_ones(width);
	return 0;
}

static int e_mem(struct hw *hw, uint64_t phys, unsigned width, uint64_t *val)
{
	struct ecam_case *c = hw->priv;

	c->reads++;
	if (c->mem_err && (c->mem_err & 0x80 || c->reads & 1))
		return fuzz_errs[c->mem_err % ARRAY_SIZE(fuzz_errs)];
	*val = ((phys ^ c->seed) * 0x9e3779b97f4a7c15ull >> 17) & snapshot_ones(width);
	return 0;
}

static int e_file(struct hw *hw, const char *path, struct buf *out)
{
	struct ecam_case *c = hw->priv;

	if (strcmp(path, "/sys/firmware/acpi/tables/MCFG") != 0)
		return -ENOENT;
	if (!c->mcfg_len)
		return -ENOENT;
	out->data = malloc(c->mcfg_len + 1);
	if (!out->data)
		return -ENOMEM;
	memcpy(out->data, c->mcfg, c->mcfg_len);
	out->data[c->mcfg_len] = '\0';
	out->len = c->mcfg_len;
	return 0;
}

static int e_dir(struct hw *hw, const char *path, struct buf *out)
{
	(void)hw;
	(void)path;
	(void)out;
	return -ENOENT;
}

static const struct hw_backend ecam_backend = {
	.name = "fuzz-ecam",
	.pci_scan = e_scan,
	.pci_read = e_pci,
	.mem_read = e_mem,
	.file_read = e_file,
	.dir_read = e_dir,
	.meta = fuzz_meta,
	.close = fuzz_close,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	struct ecam_case c = { 0 };
	struct hw hw = { .ops = &ecam_backend, .priv = &c };
	unsigned bus = fuzz_byte(&in), devfn = fuzz_byte(&in);
	unsigned off = (unsigned)fuzz_le(&in, 2), width = fuzz_byte(&in);
	struct pci_loc loc = { 0, (uint8_t)bus, (uint8_t)(devfn >> 3 & 0x1f), (uint8_t)(devfn & 7) };
	enum cfg_path path = CFG_PATH_ECAM;
	uint64_t val = 0;
	int rc;

	c.os = fuzz_byte(&in);
	c.seed = fuzz_le(&in, 8);
	c.mem_err = fuzz_byte(&in);
	c.mcfg = in.p;
	c.mcfg_len = in.n;
	rc = pci_cfg_read(&hw, loc, off, width, &val, &path);
	if ((rc == 0) != (path != CFG_PATH_NONE) || rc > 0)
		abort();
	(void)cfg_path_name(path);
	/* the hidden SPI controller of a Tiger Lake at 00:1f.5, as the collector reads it */
	loc = PCI_LOC(0, 0x1f, 5);
	c.reads = 0;
	rc = pci_cfg_read(&hw, loc, 0x10, 4, &val, &path);
	if ((rc == 0) != (path != CFG_PATH_NONE) || rc > 0)
		abort();
	return 0;
}
