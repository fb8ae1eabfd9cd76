/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-snapshot.c - libFuzzer harness for the snapshot parser, with a round-trip check. */
/*
 * Build and run (clang):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Isrc -I$BUILDDIR \
 *     tests/fuzz-snapshot.c src/failure.c src/reg.c src/hw/hw.c src/hw/snapshot.c \
 *     src/hw/snapshot-table.c -o fuzz-snapshot
 *   ./fuzz-snapshot -max_total_time=60 -max_len=4096 CORPUS_DIR
 *
 * Beyond "never crash": whatever parses is written out again (as the
 * recorder writes it), and that text must parse to the same text again.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hw/snapshot.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct failure f;
	struct snapshot *s = snapshot_parse("fuzz", (const char *)data, size, &f), *again;
	struct snap_text t1 = { 0 }, t2 = { 0 };
	struct pci_loc *locs;
	size_t n;

	if (!s) {
		/* every refusal says where and what to do */
		if (strncmp(f.what, "fuzz:", 5) != 0 || !f.todo[0] ||
		    (f.code != EXIT_SNAPSHOT_SYNTAX && f.code != EXIT_INTERNAL))
			abort();
		return 0;
	}
	if (snapshot_pci_devices(s, &locs, &n) == 0)
		free(locs);
	for (size_t i = 0; i < s->nrecs; i++)
		if (snapshot_find(s, &s->recs[i].key) != &s->recs[i])
			abort();
	if (snapshot_format(s, &t1) == 0) {
		again = snapshot_parse("fuzz-again", t1.data, t1.len, &f);
		if (!again) {
			fprintf(stderr, "written text does not parse: %s\n%s\n", f.what, t1.data);
			abort();
		}
		if (snapshot_format(again, &t2) != 0 || t1.len != t2.len ||
		    memcmp(t1.data, t2.data, t1.len) != 0)
			abort();
		snapshot_free(again);
	}
	snap_text_free(&t1);
	snap_text_free(&t2);
	snapshot_free(s);
	return 0;
}
