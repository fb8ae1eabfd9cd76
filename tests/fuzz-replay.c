/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz-replay.c - libFuzzer harness: a snapshot replayed through the whole pipeline. */
/*
 * The input is a snapshot file. What parses is replayed as --from would:
 * identify, the SPI and ME collectors and decoders (spi_decode, me_decode,
 * fw_status / fw_ver, the MCFG/ECAM path for hidden functions), the
 * findings, and every renderer; the recorded snapshot must parse again.
 * Seeds: the snapshots in data/samples and tests/snapshots. Built and run by
 * scripts/fuzz; tests/fuzz-run replays the seeds and tests/fuzz-crashes/.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct failure fail;
	struct snapshot *s = snapshot_parse("fuzz.snap", (const char *)data, size, &fail);
	struct hw *hw;

	if (!s)
		return 0;
	hw = calloc(1, sizeof(*hw));
	if (!hw) {
		snapshot_free(s);
		return 0;
	}
	hw->ops = &hw_replay_backend;
	hw->priv = s;
	fuzz_pipeline(hw, "fuzz.snap");
	return 0;
}
