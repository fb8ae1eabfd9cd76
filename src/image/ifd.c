/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ifd.c - the Intel flash descriptor of an image: map, components, regions, masters, ME straps. */
/*
 * Layout facts (word positions, field bits) are from flashrom ich_descriptors.c and
 * include/ich_descriptors.h (struct ich_desc_content, ich_desc_component,
 * ich_desc_upper_map, ich_number_of_regions(), ich_number_of_masters(),
 * guess_ich_chipset_from_content()) and coreboot util/ifdtool/ifdtool.c
 * (find_fd(), dump_fmba(), decode_flmstr(), platform_has_extended_regions()).
 * See ../shared/docs/flash-plan-facts.md section 1a.
 *
 * Number of FLREGs: flashrom's ich_number_of_regions() per generation, not ifdtool's
 * max_regions_from_fdbar(). flashrom is the tool the plan's commands run: the regions
 * it reads are exactly the names `--ifd -i NAME` accepts, so a region flashrom does
 * not read cannot be part of a command. ifdtool's count (space between FRBA and the
 * next section) can be larger on old descriptors and would show regions flashrom
 * ignores.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "chipset/chipset.h"
#include "image/reader.h"

#define FLVALSIG 0x0ff0a55au      /* flashrom DESCRIPTOR_MODE_SIGNATURE */
#define UPPER_MAP_OFFSET 0xefcu   /* flashrom: 4096 - 256 - 4, FLUMAP1 */

/* FLMAP0..2 fields (flashrom struct ich_desc_content). Section bases are 8 bits << 4. */
#define FCBA(m0) (((m0) << 4) & 0xff0u)
#define NC(m0) (((m0) >> 8) & 3u)
#define FRBA(m0) (((m0) >> 12) & 0xff0u)
#define NR(m0) (((m0) >> 24) & 7u)
#define FMBA(m1) (((m1) << 4) & 0xff0u)
#define NM(m1) (((m1) >> 8) & 7u)
#define FPSBA(m1) (((m1) >> 12) & 0xff0u)
#define ISL(m1) (((m1) >> 24) & 0xffu)
#define FMSBA(m2) (((m2) << 4) & 0xff0u)
#define MSL(m2) (((m2) >> 8) & 0xffu)
#define ICCRIBA(m2) (((m2) >> 16) & 0xffu)
#define CSSO(m2) (((m2) >> 2) & 0x3ffu)  /* Tiger Point on: CPU soft strap offset */
#define CSSL(m2) (((m2) >> 16) & 0xffu)  /* and length (overlays ICCRIBA) */
#define MDTBA(u1) (((u1) >> 24) & 0xffu) /* FLUMAP1, Cannon Point on */
#define FREQ_READ(c) (((c) >> 17) & 7u)  /* FLCOMP.freq_read; 6 = 17 MHz (SKL) */

/* FLREG (flashrom ICH_FREG_BASE/LIMIT): 15-bit 4 KiB block numbers. */
#define FREG_BASE(v) (((v) & 0x7fffu) << 12)
#define FREG_LIMIT(v) ((((v) >> 16) & 0x7fffu) << 12 | 0xfffu)

enum nreg_rule {
	NREG_NR_MAX4, /* NR + 1 when NR <= 4 (ICH8 .. 7-series, Bay Trail) */
	NREG_NR_MAX6, /* NR + 1 when NR <= 6 (8/9-series, Wellsburg) */
	NREG_FIXED,   /* a fixed count: NR is reserved from Skylake on */
};

enum me_strap {
	STRAP_NONE,
	STRAP_ALTME_10_7, /* ME <= 10: AltMeDisable = PCHSTRP10 bit 7 (ifdtool, me_cleaner gen 2) */
	STRAP_HAP_0_16,   /* ME 11 (SPT/KBP): HAP = PCHSTRP0 bit 16 (ifdtool, me_cleaner gen 3) */
};

/* One row per descriptor generation flashrom tells apart (enum ich_chipset). */
struct ifd_gen {
	const char *name;         /* flashrom's chipset name */
	enum ifd_version version;
	enum nreg_rule nreg;
	unsigned nreg_fixed;
	bool masters_nm;          /* flashrom: NM masters, not NM + 1 */
	unsigned density_bits;    /* 3: comp1 2:0, comp2 5:3 (max 5); 4: 3:0, 7:4 (max 7) */
	bool extended;            /* FLMSTR 3:0 / 7:4 = regions 12-15 read / write */
	enum me_strap strap;
	const char *strap_why;    /* why no strap is read, when STRAP_NONE */
};

static const char why_ich[] =
	"ICH8-10 (ME 5 and older) disable the ME with ICHSTRP0 and MCHSTRP0 bit 0 "
	"(me_cleaner gen 1); not decoded from an image here.";
static const char why_new[] =
	"From ME 12 on the HAP strap moved and public tools disagree where (me_cleaner "
	"pull 282, issues 403 and 444): the live HFSTS1 operation mode is the reliable signal.";
static const char why_server[] =
	"Server firmware (SPS): no public source agrees on its disable strap; the live HFSTS1 "
	"operation mode is the reliable signal.";


static const struct ifd_gen gens[] = {
	[IFD_LAYOUT_CONTENT] = { NULL }, /* no row: gen_from_content() */
	[IFD_LAYOUT_ICH8] = { "ICH8", IFD_V1, NREG_NR_MAX4, 0, false, 3, false, STRAP_NONE, why_ich },
	[IFD_LAYOUT_ICH9] = { "ICH9", IFD_V1, NREG_NR_MAX4, 0, false, 3, false, STRAP_NONE, why_ich },
	[IFD_LAYOUT_ICH10] = { "ICH10", IFD_V1, NREG_NR_MAX4, 0, false, 3, false, STRAP_NONE, why_ich },
	[IFD_LAYOUT_IBX] = { "5 series Ibex Peak", IFD_V1, NREG_NR_MAX4, 0, false, 3, false,
		    STRAP_ALTME_10_7, NULL },
	[IFD_LAYOUT_CPT] = { "6 series Cougar Point", IFD_V1, NREG_NR_MAX4, 0, false, 3, false,
		    STRAP_ALTME_10_7, NULL },
	[IFD_LAYOUT_PPT] = { "7 series Panther Point", IFD_V1, NREG_NR_MAX4, 0, false, 3, false,
		    STRAP_ALTME_10_7, NULL },
	[IFD_LAYOUT_LPT] = { "8 series Lynx Point", IFD_V1, NREG_NR_MAX6, 0, false, 4, false,
		    STRAP_ALTME_10_7, NULL },
	/* TXE 1-2: me_cleaner's gen 2 and ifdtool's IFDv1 rule both use PCHSTRP10 bit 7 */
	[IFD_LAYOUT_BYT] = { "Baytrail", IFD_V1, NREG_NR_MAX4, 0, false, 3, false,
		    STRAP_ALTME_10_7, NULL },
	[IFD_LAYOUT_WBG] = { "8 series Wellsburg", IFD_V1, NREG_NR_MAX6, 0, false, 4, false,
		    STRAP_NONE, why_server },
	[IFD_LAYOUT_WPT] = { "9 series Wildcat Point", IFD_V1, NREG_NR_MAX6, 0, false, 4, false,
		    STRAP_ALTME_10_7, NULL },
	[IFD_LAYOUT_SPT] = { "100 series Sunrise Point", IFD_V2, NREG_FIXED, 10, false, 4, false,
		    STRAP_HAP_0_16, NULL },
	[IFD_LAYOUT_C620] = { "C620 series Lewisburg", IFD_V2, NREG_FIXED, 16, true, 4, false,
		     STRAP_NONE, why_server },
	[IFD_LAYOUT_C740] = { "C740 series Emmitsburg", IFD_V2, NREG_FIXED, 16, true, 4, false,
		     STRAP_NONE, why_server },
	[IFD_LAYOUT_CNP] = { "300 series Cannon Point", IFD_V2, NREG_FIXED, 16, false, 4, true,
		    STRAP_NONE, why_new },
	[IFD_LAYOUT_CMP] = { "400 series Comet Point", IFD_V2, NREG_FIXED, 16, false, 4, true,
		    STRAP_NONE, why_new },
	[IFD_LAYOUT_TGP] = { "500 series Tiger Point", IFD_V2, NREG_FIXED, 16, false, 4, true,
		    STRAP_NONE, why_new },
	[IFD_LAYOUT_ADP] = { "600 series Alder Point", IFD_V2, NREG_FIXED, 16, true, 4, true,
		    STRAP_NONE, why_new },
	[IFD_LAYOUT_RPP] = { "700 series Raptor Point", IFD_V2, NREG_FIXED, 16, true, 4, true,
		    STRAP_NONE, why_new },
	[IFD_LAYOUT_MTL] = { "Meteor Lake", IFD_V2, NREG_FIXED, 16, true, 4, true, STRAP_NONE, why_new },
	[IFD_LAYOUT_PTL] = { "Panther Lake", IFD_V2, NREG_FIXED, 16, true, 4, true, STRAP_NONE, why_new },
	[IFD_LAYOUT_APL] = { "Apollo Lake", IFD_V2, NREG_FIXED, 6, true, 4, false, STRAP_NONE, why_new },
	[IFD_LAYOUT_GLK] = { "Gemini Lake", IFD_V2, NREG_FIXED, 6, true, 4, false, STRAP_NONE, why_new },
	[IFD_LAYOUT_JSL] = { "Jasper Lake", IFD_V2, NREG_FIXED, 16, true, 4, true, STRAP_NONE, why_new },
	/* ifdtool's platform_has_extended_regions() does not list EHL */
	[IFD_LAYOUT_EHL] = { "Elkhart Lake", IFD_V2, NREG_FIXED, 16, true, 4, false, STRAP_NONE, why_new },
};
_Static_assert(sizeof(gens) / sizeof(gens[0]) == IFD_LAYOUT_V2, "one row per generation with rules");

/* The family's descriptor generation (chipset/families.c .ifd), or IFD_LAYOUT_CONTENT. */
static enum ifd_layout layout_of_family(const char *family)
{
	const struct chipset_family *fam = family ? chipset_family_by_key(family) : NULL;

	return fam && (unsigned)fam->ifd < IFD_LAYOUT_COUNT ? fam->ifd : IFD_LAYOUT_CONTENT;
}

/* flashrom guess_ich_chipset_from_content(), the thresholds as flashrom has them
 * (strap lengths per generation, presence of the MIP base MDTBA, CPU soft straps). */
static int gen_from_content(uint32_t m0, uint32_t m1, uint32_t m2, uint32_t u1)
{
	unsigned isl = ISL(m1), msl = MSL(m2), iccriba = ICCRIBA(m2);

	if (iccriba == 0) {
		if (msl == 0 && isl <= 2)
			return IFD_LAYOUT_ICH8;
		if (isl <= 2)
			return IFD_LAYOUT_ICH9;
		if (isl <= 10)
			return IFD_LAYOUT_ICH10;
		if (isl <= 16)
			return IFD_LAYOUT_IBX;
		if (m2 == 0)
			return isl == 19 ? IFD_LAYOUT_APL : IFD_LAYOUT_GLK; /* ISL 23 = GLK; others: flashrom assumes GLK */
		if (isl == 0x50)
			return IFD_LAYOUT_C740;
		return IFD_LAYOUT_IBX; /* "Peculiar flash descriptor, assuming Ibex Peak compatibility." */
	}
	if (MDTBA(u1) == 0) {
		if (iccriba < 0x31 && FMSBA(m2) >> 4 < 0x30) {
			if (msl == 0 && isl <= 17)
				return IFD_LAYOUT_BYT;
			if (msl <= 1 && isl <= 18)
				return IFD_LAYOUT_CPT;
			return IFD_LAYOUT_LPT; /* ISL <= 21, or peculiar: assumed Lynx Point */
		}
		if (NM(m1) == 6)
			return IFD_LAYOUT_C620;
		return IFD_LAYOUT_SPT; /* ICCRIBA 0x31, or peculiar: assumed 100 series */
	}
	(void)m0;
	if (iccriba == 0x34)
		return IFD_LAYOUT_CNP;
	if (CSSL(m2) == 0x11 && CSSO(m2) == 0x68)
		return IFD_LAYOUT_TGP;
	if (CSSL(m2) == 0x11 && CSSO(m2) == 0x5c)
		return IFD_LAYOUT_ADP;
	if (CSSL(m2) == 0x14)
		return IFD_LAYOUT_ADP;
	if (CSSL(m2) == 0x03) {
		static const struct { unsigned csso; int gen; } by_csso[] = {
			{ 0x58, IFD_LAYOUT_EHL }, { 0x6c, IFD_LAYOUT_JSL }, { 0x70, IFD_LAYOUT_MTL }, { 0x60, IFD_LAYOUT_PTL },
		};

		for (size_t i = 0; i < sizeof(by_csso) / sizeof(by_csso[0]); i++)
			if (CSSO(m2) == by_csso[i].csso)
				return by_csso[i].gen;
	}
	return -1; /* flashrom: "Unknown flash descriptor, assuming 500 series compatibility." */
}

static uint64_t density(const struct ifd_gen *g, uint32_t flcomp, unsigned idx)
{
	unsigned bits = g->density_bits, max = bits == 3 ? 5 : 7;
	unsigned enc = (flcomp >> (idx * bits)) & ((1u << bits) - 1);

	return enc > max ? 0 : (uint64_t)1 << (19 + enc);
}

/* FLMSTR per version (ifdtool FLMSTR_{RD,WR}_SHIFT_V{1,2}; flashrom struct ich_desc_master). */
static void decode_master(struct ifd *d, unsigned i, uint32_t v)
{
	struct ifd_master *m = &d->master[i];

	m->raw = v;
	if (d->version == IFD_V2) {
		m->read = (uint16_t)((v >> 8) & 0xfff);
		m->write = (uint16_t)((v >> 20) & 0xfff);
		if (d->extended_masters) {
			m->read |= (uint16_t)((v & 0xf) << 12);
			m->write |= (uint16_t)(((v >> 4) & 0xf) << 12);
		}
	} else {
		m->read = (uint16_t)((v >> 16) & 0xff);
		m->write = (uint16_t)((v >> 24) & 0xff);
	}
}

static enum image_error read_words(struct image_reader *r, uint64_t off, uint32_t *w, unsigned n,
				   const char *what, char *why, unsigned whylen)
{
	for (unsigned i = 0; i < n; i++)
		if (image_read_le32(r, off + 4ull * i, &w[i])) {
			const char *e;

			if (image_reader_error(r, &e) != IMAGE_OK) {
				image_say(why, whylen, "Reading the descriptor's %s failed: %s.", what, e);
				return IMAGE_EREAD;
			}
			image_say(why, whylen, "The descriptor's %s at 0x%llx lies past the end of the file.",
			    what, (unsigned long long)(off + 4ull * i));
			return IMAGE_EMALFORMED;
		}
	return IMAGE_OK;
}

static void decode_me_strap(struct image_reader *r, const struct ifd_gen *g, struct ifd *d)
{
	static const struct { unsigned strap, bit; const char *name; } where[] = {
		[STRAP_ALTME_10_7] = { 10, 7, "AltMeDisable (PCHSTRP10 bit 7, ME 10 and older)" },
		[STRAP_HAP_0_16] = { 0, 16, "HAP (PCHSTRP0 bit 16, ME 11)" },
	};
	uint32_t v;

	d->me_disabled = TRI_UNKNOWN;
	if (!g) {
		image_say(d->me_disabled_why, sizeof(d->me_disabled_why),
		    "The descriptor's generation is unknown, and with it where its ME disable strap is.");
		return;
	}
	if (g->strap == STRAP_NONE) {
		image_say(d->me_disabled_why, sizeof(d->me_disabled_why), "%s", g->strap_why);
		return;
	}
	if (where[g->strap].strap >= ISL(d->flmap1)) {
		image_say(d->me_disabled_why, sizeof(d->me_disabled_why),
		    "The descriptor has %u PCH straps, too few to hold %s.", ISL(d->flmap1),
		    where[g->strap].name);
		return;
	}
	if (image_read_le32(r, FPSBA(d->flmap1) + 4u * where[g->strap].strap, &v)) {
		image_say(d->me_disabled_why, sizeof(d->me_disabled_why), "The PCH straps could not be read.");
		return;
	}
	d->me_disabled = tri_from_bool((v >> where[g->strap].bit) & 1);
	image_say(d->me_disabled_why, sizeof(d->me_disabled_why), "%s = %u", where[g->strap].name,
	    (v >> where[g->strap].bit) & 1);
}

/* The region count flashrom reads for this generation, or -1 when it refuses NR. */
static int region_count(const struct ifd_gen *g, uint32_t m0)
{
	switch (g->nreg) {
	case NREG_FIXED:
		return (int)g->nreg_fixed;
	case NREG_NR_MAX6:
		return NR(m0) <= 6 ? (int)NR(m0) + 1 : -1;
	case NREG_NR_MAX4:
	default:
		return NR(m0) <= 4 ? (int)NR(m0) + 1 : -1;
	}
}

enum image_error ifd_decode(struct image_reader *r, const char *family_hint, struct ifd *out,
			    char *why, unsigned whylen)
{
	uint64_t size = image_reader_size(r);
	uint32_t sig0 = 0, sig10 = 0, map[3], flreg[IFD_MAX_REGIONS], flmstr[IFD_MAX_MASTERS];
	const struct ifd_gen *g = NULL;
	int gi = -1, nr, nm;
	enum ifd_layout fl;
	enum image_error e;

	memset(out, 0, sizeof(*out));
	/* flashrom read_ich_descriptors_from_dump(): dump[0], then dump[4] (offset 0x10). */
	if (image_read_le32(r, 0, &sig0) == 0 && sig0 == FLVALSIG)
		out->fdbar = 0;
	else if (image_read_le32(r, 0x10, &sig10) == 0 && sig10 == FLVALSIG)
		out->fdbar = 0x10;
	else {
		const char *err;

		if (image_reader_error(r, &err) != IMAGE_OK) {
			image_say(why, whylen, "Reading the start of the image failed: %s.", err);
			return IMAGE_EREAD;
		}
		image_say(out->version_why, sizeof(out->version_why),
		    "No flash descriptor: FLVALSIG 0x0ff0a55a is neither at 0x0 nor at 0x10.");
		return IMAGE_OK;
	}
	if ((e = read_words(r, out->fdbar + 4, map, 3, "map (FLMAP0-2)", why, whylen)))
		return e;
	out->flmap0 = map[0];
	out->flmap1 = map[1];
	out->flmap2 = map[2];
	if ((e = read_words(r, UPPER_MAP_OFFSET, &out->flumap1, 1, "upper map (FLUMAP1)", why, whylen)) ||
	    (e = read_words(r, FCBA(map[0]), &out->flcomp, 1, "component section (FLCOMP)", why, whylen)))
		return e;

	fl = layout_of_family(family_hint);
	if (fl != IFD_LAYOUT_CONTENT && fl < IFD_LAYOUT_V2) {
		gi = (int)fl;
		g = &gens[gi];
		out->version = g->version;
		image_say(out->version_why, sizeof(out->version_why), "the machine's family %s", family_hint);
		snprintf(out->chipset, sizeof(out->chipset), "%s", g->name);
	} else {
		gi = gen_from_content(map[0], map[1], map[2], out->flumap1);
		g = gi >= 0 ? &gens[gi] : &gens[IFD_LAYOUT_TGP]; /* flashrom's fallback */
		snprintf(out->chipset, sizeof(out->chipset), "%s%s", g->name,
			 gi >= 0 ? "" : " (assumed: unknown descriptor)");
		out->version = g->version;
		if (fl == IFD_LAYOUT_V2) {
			out->version = IFD_V2;
			image_say(out->version_why, sizeof(out->version_why), "the machine's family %s",
			    family_hint);
		} else if (fl == IFD_LAYOUT_V1) {
			out->version = IFD_V1;
			image_say(out->version_why, sizeof(out->version_why), "the machine's family %s",
			    family_hint);
		} else {
			image_say(out->version_why, sizeof(out->version_why),
			    "content as flashrom guesses it: ICCRIBA=0x%02x ISL=%u MSL=%u MDTBA=0x%02x -> %s",
			    ICCRIBA(map[2]), ISL(map[1]), MSL(map[2]), MDTBA(out->flumap1), out->chipset);
		}
		if (gi < 0)
			g = NULL; /* for the strap: an assumed generation does not say where it is */
	}
	{
		const struct ifd_gen *rules = g ? g : &gens[IFD_LAYOUT_TGP];

		out->extended_masters = out->version == IFD_V2 && rules->extended;
		nr = region_count(rules, map[0]);
		nm = rules->masters_nm ? (int)NM(map[1]) : (int)NM(map[1]) + 1;
		if (nr < 0) {
			image_say(why, whylen, "The descriptor's NR field says %u regions, more than a %s descriptor "
			    "has (flashrom refuses it too): the descriptor is damaged.", NR(map[0]) + 1,
			    rules->name);
			return IMAGE_EMALFORMED;
		}
		if (nm > IFD_MAX_MASTERS) {
			image_say(why, whylen, "The descriptor's NM field says %d masters, more than the %d any "
			    "descriptor has: the descriptor is damaged.", nm, IFD_MAX_MASTERS);
			return IMAGE_EMALFORMED;
		}
		out->ncomponents = NC(map[0]) ? 2 : 1;
		for (unsigned c = 0; c < out->ncomponents; c++)
			out->component_size[c] = density(rules, out->flcomp, c);
		out->chip_size = out->component_size[0] &&
				 (out->ncomponents == 1 || out->component_size[1])
				 ? out->component_size[0] + out->component_size[1] : 0;
	}
	if ((e = read_words(r, FRBA(map[0]), flreg, (unsigned)nr, "region section (FLREG)", why, whylen)) ||
	    (e = read_words(r, FMBA(map[1]), flmstr, IFD_MAX_MASTERS, "master section (FLMSTR)", why, whylen)))
		return e;
	out->nregions = (unsigned)nr;
	for (int i = 0; i < nr; i++) {
		struct ifd_region *reg = &out->region[i];

		reg->raw = flreg[i];
		reg->base = FREG_BASE(flreg[i]);
		reg->limit = FREG_LIMIT(flreg[i]);
		reg->used = reg->limit > reg->base; /* flashrom layout_from_ich_descriptors() */
		if (reg->used && reg->limit >= size) {
			image_say(why, whylen, "The descriptor's region %s (FLREG%d) is 0x%08x-0x%08x, past the end of "
			    "the %llu-byte file: the file is not a whole image of this flash (or the "
			    "descriptor is damaged).", ifd_region_flashrom_name((unsigned)i), i, reg->base,
			    reg->limit, (unsigned long long)size);
			return IMAGE_EMALFORMED;
		}
	}
	/* All six words are decoded (ifdtool shows FLMSTR1-3 and 5 whatever NM says);
	 * present marks the ones flashrom reads (NM or NM + 1). */
	out->nmasters = (unsigned)nm;
	for (unsigned i = 0; i < IFD_MAX_MASTERS; i++) {
		decode_master(out, i, flmstr[i]);
		out->master[i].present = i < out->nmasters;
	}
	out->size = out->region[0].used ? out->region[0].limit + 1 : IMAGE_PAGE;
	decode_me_strap(r, g, out);
	out->found = true;
	return IMAGE_OK;
}

const char *ifd_region_flashrom_name(unsigned idx)
{
	/* flashrom layout_from_ich_descriptors() regions[], the same in v1.3.0 and HEAD */
	static const char *const names[IFD_MAX_REGIONS] = {
		"fd", "bios", "me", "gbe", "pd", "reg5", "bios2", "reg7",
		"ec", "reg9", "ie", "10gbe", "reg12", "reg13", "reg14", "reg15",
	};

	return idx < IFD_MAX_REGIONS ? names[idx] : "?";
}
