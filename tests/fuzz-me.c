/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-me.c - libFuzzer harness: me_collect and me_decode on fuzzed HFSTS, fw_status and fw_ver. */
/*
 * Input: a flags byte, HFSTS1..6 as config space holds them (6 x 4 bytes,
 * little-endian), then the sysfs fw_status text, a NUL, and the fw_ver
 * text. Flags: bit 0 config space readable, bit 1 the mei directory lists
 * mei0, bit 2 fw_ver present, bits 3-7 the chipset family (of those with an
 * ME interface). The reads come from a snapshot built in memory, so the
 * collector runs its sysfs path as on a machine; then me_decode with every
 * layout as the fallback, and the sentences the renderers print.
 * Seeds: made by scripts/fuzz from the snapshots' HFSTS and fw_status lines.
 */
#include "fuzz.h"

static void put_pci(struct snapshot *s, struct pci_loc loc, unsigned off, int status, uint64_t v)
{
	struct snap_rec r = { .key = { .kind = SNAP_PCI, .loc = loc, .where = off, .width = 4 },
			      .status = status, .value = v };

	(void)snapshot_put(s, &r);
}

static void put_text(struct snapshot *s, enum snap_kind kind, const char *path, const char *d,
		     size_t len)
{
	struct snap_rec r = { .key = { .kind = kind, .path = path },
			      .data = { (char *)(uintptr_t)d, len } };

	(void)snapshot_put(s, &r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_in in = { data, size };
	const struct chipset_family *fams[64], *fam;
	size_t nfam = 0;
	unsigned flags = fuzz_byte(&in);
	uint32_t hfsts[ME_NHFSTS];
	const char *text, *nul;
	size_t tlen;
	char bdf[16], path[96];
	struct snapshot *s;
	struct hw *hw;
	struct me_raw *raw = calloc(1, sizeof(*raw));
	struct me_facts *facts = calloc(1, sizeof(*facts));

	for (size_t i = 0; i < chipset_families_count && nfam < ARRAY_SIZE(fams); i++)
		if (chipset_families[i].heci.dev)
			fams[nfam++] = &chipset_families[i];
	s = snapshot_new();
	hw = calloc(1, sizeof(*hw));
	if (!raw || !facts || !s || !hw || !nfam)
		goto out;
	fam = fams[(flags >> 3) % nfam];
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		hfsts[i] = (uint32_t)fuzz_le(&in, 4);
	text = (const char *)in.p;
	nul = memchr(text, '\0', in.n);
	tlen = nul ? (size_t)(nul - text) : in.n;

	put_pci(s, fam->heci, 0, flags & 1 ? 0 : -EACCES, 0x8086 | (uint64_t)0x1234 << 16);
	for (unsigned i = 0; i < ME_NHFSTS; i++)
		put_pci(s, fam->heci, me_hfsts_offset[i], flags & 1 ? 0 : -EACCES, hfsts[i]);
	pci_loc_format(fam->heci, bdf, sizeof(bdf));
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/mei", bdf);
	if (flags & 2)
		put_text(s, SNAP_DIR, path, "mei0\n", 5);
	put_text(s, SNAP_DIR, "/sys/class/mei", "mei0\n", 5);
	put_text(s, SNAP_FILE, "/sys/class/mei/mei0/fw_status", text, tlen);
	if (flags & 4 && nul)
		put_text(s, SNAP_FILE, "/sys/class/mei/mei0/fw_ver", nul + 1, in.n - tlen - 1);

	hw->ops = &hw_replay_backend;
	hw->priv = s;
	for (int with_family = 0; with_family < 2; with_family++) {
		me_collect(hw, with_family ? fam : NULL, raw);
		for (int l = 0; l < ME_LAYOUT_COUNT; l++) {
			me_decode(raw, (enum me_layout)l, facts);
			(void)me_operation_mode_meaning(facts);
			(void)me_working_state_meaning(facts);
			(void)me_mfg_mode_meaning(facts);
			(void)me_presence_meaning(facts);
			(void)me_layout_name(facts->layout);
			(void)me_layout_key(facts->layout);
			for (unsigned i = 0; i < ME_NHFSTS; i++)
				(void)me_hfsts_def(facts->layout, i);
		}
	}
	hw_close(hw); /* frees s */
	hw = NULL;
	s = NULL;
out:
	free(hw);
	snapshot_free(s);
	free(raw);
	free(facts);
	return 0;
}
