/* SPDX-License-Identifier: GPL-2.0-or-later */
/* me.c - the ME firmware version in an image's ME region: $FPT, FTPR, $CPD, $MN2; IFWI BPDT. */
/*
 * Sources (../shared/docs/flash-plan-facts.md section 1c):
 * - $FPT at ME+0 or ME+0x10 (me_cleaner); header: NumPartitions u32 @0x04 (MEA
 *   FPT_Header, fwupd FuStructIfwiFpt); 0x20-byte entries after the 0x20-byte header:
 *   name[4] @0, offset u32 @0x08 (from the ME region's start), length u32 @0x0C.
 * - Partition FTPR. ME 11 and later (CSE): it starts with $CPD: NumEntries u32 @4,
 *   HeaderLength u8 @0x0A (0x10, or 0x14 for $CPD version 2; MEA CPD_Header_R1/R2),
 *   then 0x18-byte entries {name[12], offset u32 (bits 24:0, from $CPD), length u32,
 *   reserved}; entry "FTPR.man" is the manifest (me_cleaner). ME 6-10: the partition
 *   starts with the manifest itself. Manifest: tag "$MN2" ("$MAN" on ME 5 and older)
 *   at +0x1C, version major.minor.hotfix.build as 4 x u16 at +0x24 (me_cleaner, MEA
 *   MN2_Manifest_R1, fwupd FuStructIfwiCpdManifest).
 * - CSME 12+ IFWI: no $FPT at the start; the CSE layout table (no signature, MEA)
 *   holds the boot partition 1 offset u32 at +0x18 (IFWI 1.6, CSME 12-14) or +0x20
 *   (1.7, CSME 15+) (MEA CSE_Layout_Table_16/17; ifdtool get_cse_data_partition_offset
 *   agrees on the data partition at +0x10 / +0x18). Boot partition 1 starts with a
 *   BPDT, signature 0x000055AA (0x00AA55AA recovery) (MEA, coreboot ifwitool); header
 *   0x18 bytes, DescCount u16 @4; 12-byte entries {type u16, flags u16, offset u32,
 *   size u32} from the BPDT's start; type 2 (CSE_BUP) is FTPR, a $CPD as above
 *   (coreboot ifwitool enum bpdt_entry_type). MEA decodes this up to CSME 15 only;
 *   16+ uses the same table (ifdtool), but no public oracle checks it.
 * Every offset is checked against the ME region before it is read.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "image/reader.h"

#define FPT_ENTRY_LEN 0x20u
#define FPT_HEADER_LEN 0x20u
#define FPT_MAX_ENTRIES 64u    /* real tables have < 30; bounds a hostile count */
#define CPD_ENTRY_LEN 0x18u
#define CPD_MAX_ENTRIES 256u
#define BPDT_HEADER_LEN 0x18u
#define BPDT_ENTRY_LEN 12u
#define BPDT_MAX_ENTRIES 64u
#define BPDT_FTPR 2u           /* CSE_BUP */

struct region {
	struct image_reader *r;
	uint64_t base, end; /* [base, end) */
};

/* Read len bytes at ME offset off; -1 when outside the ME region or the file. */
static int me_read(const struct region *me, uint64_t off, void *dst, size_t len)
{
	if (!image_in_bounds(me->end - me->base, off, len))
		return -1;
	return image_read(me->r, me->base + off, dst, len);
}

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t le16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

/* The manifest at ME offset off: 1 and the version, else 0. */
static int manifest(const struct region *me, uint64_t off, struct me_fw_version *out, const char **tag)
{
	uint8_t m[0x2c];

	if (me_read(me, off, m, sizeof(m)))
		return 0;
	if (memcmp(m + 0x1c, "$MN2", 4) == 0)
		*tag = "$MN2";
	else if (memcmp(m + 0x1c, "$MAN", 4) == 0)
		*tag = "$MAN";
	else
		return 0;
	out->major = le16(m + 0x24);
	out->minor = le16(m + 0x26);
	out->hotfix = le16(m + 0x28);
	out->build = le16(m + 0x2a);
	return 1;
}

/* FTPR.man inside the $CPD at ME offset cpd: its ME offset, or 0. */
static uint64_t cpd_manifest(const struct region *me, uint64_t cpd)
{
	uint8_t h[0x10], e[CPD_ENTRY_LEN];
	uint32_t n;

	if (me_read(me, cpd, h, sizeof(h)) || memcmp(h, "$CPD", 4))
		return 0;
	n = le32(h + 4);
	if (n > CPD_MAX_ENTRIES || (h[0x0a] != 0x10 && h[0x0a] != 0x14))
		return 0;
	for (uint32_t i = 0; i < n; i++) {
		if (me_read(me, cpd + h[0x0a] + (uint64_t)i * CPD_ENTRY_LEN, e, sizeof(e)))
			return 0;
		if (memcmp(e, "FTPR.man", 9) == 0) /* 8 characters and the NUL */
			return cpd + (le32(e + 12) & 0x1ffffffu);
	}
	return 0;
}

/* The FTPR partition's ME offset from the $FPT at fpt, or 0. */
static uint64_t fpt_ftpr(const struct region *me, uint64_t fpt, uint64_t rel)
{
	uint8_t h[8], e[FPT_ENTRY_LEN];
	uint32_t n;

	if (me_read(me, fpt, h, sizeof(h)) || memcmp(h, "$FPT", 4))
		return 0;
	n = le32(h + 4);
	if (n > FPT_MAX_ENTRIES)
		return 0;
	for (uint32_t i = 0; i < n; i++) {
		if (me_read(me, fpt + FPT_HEADER_LEN + (uint64_t)i * FPT_ENTRY_LEN, e, sizeof(e)))
			return 0;
		if (memcmp(e, "FTPR", 4) == 0)
			return rel + le32(e + 8);
	}
	return 0;
}

/* FTPR at ME offset part: $CPD (ME 11+) or the manifest itself (ME 6-10). */
static int ftpr_version(const struct region *me, uint64_t part, struct me_fw_version *out,
			const char *how)
{
	const char *tag;
	uint64_t man = cpd_manifest(me, part);

	if (man && manifest(me, man, out, &tag)) {
		snprintf(out->where, sizeof(out->where), "%s, FTPR $CPD at ME+0x%llx, FTPR.man %s", how,
			 (unsigned long long)part, tag);
		return 1;
	}
	if (!man && manifest(me, part, out, &tag)) {
		snprintf(out->where, sizeof(out->where), "%s, FTPR %s at ME+0x%llx", how, tag,
			 (unsigned long long)part);
		return 1;
	}
	return 0;
}

/* CSME 12+: the BPDT of boot partition 1 (offset u32 at +0x18 or +0x20 of the layout table). */
static int ifwi_version(const struct region *me, struct me_fw_version *out)
{
	static const struct { unsigned at; const char *name; } layout[] = {
		{ 0x18, "IFWI 1.6 CSE layout table" }, { 0x20, "IFWI 1.7 CSE layout table" },
	};

	for (size_t l = 0; l < sizeof(layout) / sizeof(layout[0]); l++) {
		uint8_t b[4], h[BPDT_HEADER_LEN], e[BPDT_ENTRY_LEN];
		uint64_t bp;
		uint32_t sig;
		uint16_t n;

		if (me_read(me, layout[l].at, b, 4))
			continue;
		bp = le32(b);
		if (me_read(me, bp, h, sizeof(h)))
			continue;
		sig = le32(h);
		if (sig != 0x000055aau && sig != 0x00aa55aau)
			continue;
		n = le16(h + 4);
		if (n > BPDT_MAX_ENTRIES)
			continue;
		for (uint16_t i = 0; i < n; i++) {
			char how[64];

			if (me_read(me, bp + BPDT_HEADER_LEN + (uint64_t)i * BPDT_ENTRY_LEN, e, sizeof(e)))
				break;
			if (le16(e) != BPDT_FTPR)
				continue;
			snprintf(how, sizeof(how), "%s, BPDT at ME+0x%llx", layout[l].name,
				 (unsigned long long)bp);
			if (ftpr_version(me, bp + le32(e + 4), out, how))
				return 1;
		}
	}
	return 0;
}

void me_fw_decode(struct image_reader *r, uint64_t base, uint64_t limit, struct me_fw_version *out)
{
	struct region me = { r, base, limit + 1 };
	uint64_t size = image_reader_size(r);

	memset(out, 0, sizeof(*out));
	if (limit < base || limit >= size) {
		image_say(out->why_not, sizeof(out->why_not), "The ME region 0x%llx-0x%llx is empty or not "
		    "inside the file.", (unsigned long long)base, (unsigned long long)limit);
		return;
	}
	for (uint64_t at = 0; at <= 0x10; at += 0x10) {
		uint64_t part = fpt_ftpr(&me, at, 0);
		char how[32];

		if (!part)
			continue;
		snprintf(how, sizeof(how), "$FPT at ME+0x%llx", (unsigned long long)at);
		if (ftpr_version(&me, part, out, how)) {
			out->found = true;
			return;
		}
		image_say(out->why_not, sizeof(out->why_not), "%s lists FTPR at ME+0x%llx, but it holds neither "
		    "a $CPD with FTPR.man nor a manifest.", how, (unsigned long long)part);
		return;
	}
	if (ifwi_version(&me, out)) {
		out->found = true;
		return;
	}
	image_say(out->why_not, sizeof(out->why_not), "No $FPT at ME+0 or ME+0x10 and no BPDT where a CSE "
	    "layout table would point (IFWI 1.6/1.7): the ME region is empty, cleaned, or of a "
	    "layout not decoded here.");
}
