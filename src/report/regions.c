/* SPDX-License-Identifier: GPL-2.0-or-later */
/* regions.c - the --regions text: flash regions, host access and why not, lock bits. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "report/regions.h"

static const char *yes_no(enum tri t, const char *yes, const char *no)
{
	return t == TRI_YES ? yes : t == TRI_NO ? no : "unknown";
}

static void fmt_size(char *buf, size_t size, uint32_t base, uint32_t limit)
{
	uint64_t bytes = (uint64_t)limit - base + 1;

	if (bytes % (1024 * 1024) == 0)
		snprintf(buf, size, "%" PRIu64 " MiB", bytes / (1024 * 1024));
	else
		snprintf(buf, size, "%" PRIu64 " KiB", bytes / 1024);
}

/* What a register says when it has no value: "unknown (reason)". */
static void print_unknown(FILE *out, const struct reg *r)
{
	fprintf(out, "unknown (%s)", reg_reason(r));
}

/* Protected ranges that write- (or read-) protect region n, and whether they cover it all. */
static void pr_cover(const struct spi_facts *f, unsigned n, bool write, char *why, size_t size,
		     bool *all)
{
	const struct spi_region *r = &f->regions[n];
	size_t len = strlen(why);

	*all = false;
	for (unsigned i = 0; i < f->npr; i++) {
		const struct spi_pr *p = &f->pr[i];

		if (!p->known || !(p->overlaps & (1u << n)))
			continue;
		if ((write ? p->wp : p->rp) != TRI_YES)
			continue;
		if (p->base <= r->base && p->limit >= r->limit)
			*all = true;
		len += (size_t)snprintf(why + len, len < size ? size - len : 0,
					"%s%s %s-protects 0x%08" PRIx32 "-0x%08" PRIx32,
					len ? "; " : "", p->name, write ? "write" : "read", p->base,
					p->limit);
		if (len >= size)
			return;
	}
}

/* BIOS_CNTL's verdict on host writes to the BIOS region, or NULL when it does not block. */
static const char *bc_blocks(const struct spi_facts *f, bool *maybe)
{
	const struct bios_cntl *bc = &f->bc;

	*maybe = false;
	if (!bc->known)
		return NULL;
	if (bc->bioswe == TRI_YES || bc->ble == TRI_NO)
		return NULL; /* writes enabled, or flashrom may set BIOSWE itself */
	if (bc->ble != TRI_YES)
		return NULL;
	if (bc->smm_bwp == TRI_YES)
		return "BIOS_CNTL: BLE=1 and SMM_BWP/EISS=1, so only SMM code may write the BIOS region";
	*maybe = true;
	return "BIOS_CNTL: BLE=1, so setting BIOSWE raises an SMI and the firmware may clear it again";
}

/*
 * The region table's columns. Reasons are not a column: they go under the table
 * ("Why not"), so that a row reads at a glance and the table fits 80 columns;
 * below TABLE_FULL_WIDTH the size, which the range already gives, is left out.
 */
#define TABLE_FULL_WIDTH 68
#define ROW_FMT "%-16s  %-21s  %s%-8s %s\n"

static void region_cells(FILE *out, const char *label, const char *range, const char *size,
			 const char *rd, const char *wr, unsigned width)
{
	char sz[32] = "";

	if (!width || width >= TABLE_FULL_WIDTH)
		snprintf(sz, sizeof(sz), "%-9s  ", size);
	fprintf(out, ROW_FMT, label, range, sz, rd, wr);
}

/* One row of the region table; why (size bytes) gets what denies the host access, or "". */
static void region_row(FILE *out, const struct spi_raw *raw, const struct spi_facts *f, unsigned n,
		       unsigned width, char *why_out, size_t why_size)
{
	const struct spi_region *r = &f->regions[n];
	char name[32], label[48], range[32], size[24], why[512] = "";
	const char *rd, *wr;
	bool all;

	why_out[0] = '\0';
	snprintf(label, sizeof(label), "FREG%u %s", n,
		 spi_region_name(f->layout, n, name, sizeof(name)));
	if (!r->known) {
		fprintf(out, "%-16s  ", label);
		print_unknown(out, &raw->freg[n]);
		fputc('\n', out);
		return;
	}
	if (r->unused) {
		fprintf(out, "%-16s  unused (FREG%u = 0x%08" PRIx64 ")\n", label, n, raw->freg[n].value);
		return;
	}
	snprintf(range, sizeof(range), "0x%08" PRIx32 "-0x%08" PRIx32, r->base, r->limit);
	fmt_size(size, sizeof(size), r->base, r->limit);
	if (!r->access_from) {
		region_cells(out, label, range, size, "unknown", "unknown", width);
		snprintf(why_out, why_size, "%s", r->access_why ? r->access_why : "");
		return;
	}

	rd = yes_no(r->read, "yes", "no");
	wr = yes_no(r->write, "yes", "no");
	if (r->read == TRI_NO || r->write == TRI_NO) {
		bool bm = strcmp(r->access_from, "FRAP") != 0;

		snprintf(why, sizeof(why), "the descriptor denies host %s (%s bit %u clear)",
			 r->read == TRI_NO && r->write == TRI_NO ? "read and write"
			 : r->read == TRI_NO ? "read" : "write",
			 r->read == TRI_NO && r->write == TRI_NO
				 ? (bm ? "BIOS_BM_RAP and BIOS_BM_WAP" : "FRAP BRRA and BRWA")
			 : r->read == TRI_NO ? (bm ? "BIOS_BM_RAP" : "FRAP BRRA")
					     : (bm ? "BIOS_BM_WAP" : "FRAP BRWA"),
			 n);
	}
	if (f->fdopss == TRI_NO && (r->read == TRI_NO || r->write == TRI_NO)) {
		/* HSFS.FDOPSS=0: the master section is not enforced (flashrom ichspi.c: "Restrictions
		 * implied by the Master Section of the flash descriptor are NOT in effect"). */
		size_t len = strlen(why);

		snprintf(why + len, sizeof(why) - len, "; the override strap is set (FDOPSS=0), "
			 "so the chipset does not enforce this");
		if (r->read == TRI_NO)
			rd = "override";
		if (r->write == TRI_NO)
			wr = "override";
	}
	if (r->read == TRI_YES) {
		size_t before = strlen(why);

		pr_cover(f, n, false, why, sizeof(why), &all);
		if (strlen(why) != before)
			rd = all ? "no" : "partly";
	}
	if (r->write == TRI_YES) {
		size_t before = strlen(why);
		bool maybe;
		const char *bc = n == 1 ? bc_blocks(f, &maybe) : NULL;

		pr_cover(f, n, true, why, sizeof(why), &all);
		if (strlen(why) != before)
			wr = all ? "no" : "partly";
		if (bc) {
			size_t len = strlen(why);

			snprintf(why + len, sizeof(why) - len, "%s%s", len ? "; " : "", bc);
			if (!maybe)
				wr = "no";
			else if (strcmp(wr, "yes") == 0)
				wr = "maybe";
		}
	}
	region_cells(out, label, range, size, rd, wr, width);
	snprintf(why_out, why_size, "%s", why);
}

static void print_fields(FILE *out, const struct reg *r, struct spi_field_table t)
{
	for (size_t i = 0; i < t.n; i++) {
		const struct reg_field *fl = &t.fields[i];
		char bits[16];

		if (fl->lo == fl->hi)
			snprintf(bits, sizeof(bits), "%u", fl->lo);
		else
			snprintf(bits, sizeof(bits), "%u:%u", fl->hi, fl->lo);
		fprintf(out, "      %-14s [%5s] = 0x%" PRIx32 "  %s\n", fl->name, bits,
			field_get(r->value, fl->lo, fl->hi), fl->desc);
	}
}

static void print_reg(FILE *out, const struct reg *r, struct spi_field_table t)
{
	if (!r->read)
		return;
	fprintf(out, "  %-12s %-28s ", r->name ? r->name : "?", r->where);
	if (!reg_ok(r)) {
		print_unknown(out, r);
		fputc('\n', out);
		return;
	}
	fprintf(out, "= 0x%0*" PRIx64 "\n", (int)(2 * r->width), r->value);
	print_fields(out, r, t);
}

static void print_raw(FILE *out, const struct spi_raw *raw, const struct spi_facts *f)
{
	const struct spi_traits *t = spi_traits_of(raw->layout);
	const struct bc_traits *bt = bc_traits_of(raw->bc_layout);
	struct spi_field_table none = { NULL, 0 };

	fprintf(out, "\nRegisters as read (raw value, then fields):\n");
	print_reg(out, &raw->spibar_cfg, none);
	print_reg(out, &raw->gcs, spi_gcs_fields());
	if (t->ich7) {
		print_reg(out, &raw->spis, spi_ich7_spis_fields());
		print_reg(out, &raw->spic, none);
		print_reg(out, &raw->bbar, spi_bbar_fields());
	} else {
		print_reg(out, &raw->hsfs, spi_hsfs_fields(raw->layout));
		print_reg(out, &raw->dlock, spi_dlock_fields());
		print_reg(out, &raw->frap, spi_frap_fields());
		print_reg(out, &raw->bm_rap, none);
		print_reg(out, &raw->bm_wap, none);
		for (unsigned i = 0; i < SPI_MAX_REGIONS; i++)
			print_reg(out, &raw->freg[i], spi_freg_fields());
	}
	for (unsigned i = 0; i < SPI_MAX_PR; i++)
		print_reg(out, &raw->pr[i], t->ich7 ? spi_ich7_pbr_fields() : spi_pr_fields());
	if (!t->ich7)
		print_reg(out, &raw->bbar, spi_bbar_fields());
	print_reg(out, &raw->bios_cntl, (struct spi_field_table){ bt->fields, bt->nfields });
	if (!t->ich7 && f->access_known && reg_ok(&raw->frap))
		fprintf(out, "  FRAP other masters: BMRAG=0x%02x BMWAG=0x%02x\n", f->bmrag, f->bmwag);
}

static void print_bit(FILE *out, const char *label, const char *mn, enum tri t, bool defined,
		      const struct reg *r, const char *yes, const char *no)
{
	fprintf(out, "%-40s ", label);
	if (!defined)
		fprintf(out, "not defined on this chipset (%s is not a BIOS_CNTL bit here)\n", mn);
	else if (!reg_ok(r))
		fprintf(out, "unknown (%s: %s)\n", mn, reg_reason(r));
	else
		fprintf(out, "%s (%s=%d)\n", t == TRI_YES ? yes : no, mn, t == TRI_YES);
}

static void print_bios_cntl(FILE *out, const struct spi_raw *raw, const struct spi_facts *f)
{
	const struct bc_traits *bt = bc_traits_of(raw->bc_layout);
	const struct reg *r = &raw->bios_cntl;
	char name[48];

	if (raw->bc_layout == BC_LAYOUT_NONE || !r->read) {
		fprintf(out, "%-40s unknown (%s)\n", "BIOS_CNTL:",
			raw->bios_cntl_why[0] ? raw->bios_cntl_why : reg_reason(r));
		return;
	}
	fprintf(out, "BIOS_CNTL: ");
	if (reg_ok(r))
		fprintf(out, "0x%0*" PRIx64, (int)(2 * r->width), r->value);
	else
		fprintf(out, "unknown (%s)", reg_reason(r));
	fprintf(out, " at %s\n", raw->bios_cntl_path);
	print_bit(out, "  BIOS write enable", "BIOSWE", f->bc.bioswe, bt->bioswe >= 0, r, "yes", "no");
	print_bit(out, "  BIOS lock enable", "BLE", f->bc.ble, bt->ble >= 0, r, "yes", "no");
	snprintf(name, sizeof(name), "  SMM BIOS write protect");
	print_bit(out, name, f->bc.smm_bwp_name, f->bc.smm_bwp, bt->smm_bwp >= 0, r, "yes", "no");
	print_bit(out, "  BIOS interface lock-down", "BILD", f->bc.bild, bt->bild >= 0, r, "yes", "no");
	print_bit(out, "  Top swap", "TSS", f->bc.tss, bt->tss >= 0, r, "active", "not active");
	if (bt->bbs >= 0 && reg_ok(r))
		fprintf(out, "%-40s %s (BBS=%u)\n", "  Boot BIOS strap", f->bc.bbs ? "LPC/eSPI" : "SPI",
			f->bc.bbs);
}

static void print_pr(FILE *out, const struct spi_raw *raw, const struct spi_facts *f)
{
	fprintf(out, "Protected ranges:\n");
	for (unsigned i = 0; i < f->npr; i++) {
		const struct spi_pr *p = &f->pr[i];
		char nm[32];

		fprintf(out, "  %-5s ", p->name);
		if (!p->known) {
			print_unknown(out, &raw->pr[i]);
			fputc('\n', out);
			continue;
		}
		if (p->wp != TRI_YES && p->rp != TRI_YES) {
			fprintf(out, "unused (0x%08" PRIx64 ")\n", raw->pr[i].value);
			continue;
		}
		fprintf(out, "0x%08" PRIx32 "-0x%08" PRIx32 " %s%s%s", p->base, p->limit,
			p->wp == TRI_YES ? "write-protected" : "",
			p->wp == TRI_YES && p->rp == TRI_YES ? ", " : "",
			p->rp == TRI_YES ? "read-protected" : "");
		for (unsigned n = 0, first = 1; n < f->nregions; n++)
			if (p->overlaps & (1u << n)) {
				fprintf(out, "%s%s", first ? " (overlaps " : ", ",
					spi_region_name(f->layout, n, nm, sizeof(nm)));
				first = 0;
			}
		fprintf(out, "%s\n", p->overlaps ? ")" : "");
	}
}

void report_regions(FILE *out, const struct spi_raw *raw, const struct spi_facts *f, bool verbose,
		    unsigned width)
{
	const struct spi_traits *t = spi_traits_of(raw->layout);

	fprintf(out, "SPI controller: %s\n", spi_layout_name(raw->layout));
	if (raw->layout == SPI_LAYOUT_NONE) {
		fprintf(out, "SPIBAR: none: %s\n", raw->spibar_why[0] ? raw->spibar_why
							     : "no SPI controller on this chipset");
		print_bios_cntl(out, raw, f);
		if (verbose)
			print_raw(out, raw, f);
		return;
	}
	if (raw->spibar_known)
		fprintf(out, "SPIBAR: 0x%08" PRIx64 " (%s)\n", raw->spibar, raw->spibar_path);
	else
		fprintf(out, "SPIBAR: unknown (%s)\n", raw->spibar_why);

	if (!t->ich7) {
		char why[SPI_MAX_REGIONS][512];
		bool any = false;

		fprintf(out, "\nFlash regions, and what the host CPU may do with them:\n");
		region_cells(out, "Region", "Range", "Size", "Read", "Write", width);
		for (unsigned n = 0; n < f->nregions; n++) {
			region_row(out, raw, f, n, width, why[n], sizeof(why[n]));
			any |= why[n][0] != '\0';
		}
		if (any)
			fprintf(out, "Why not:\n");
		for (unsigned n = 0; n < f->nregions; n++) {
			char name[32], label[48];

			if (!why[n][0])
				continue;
			snprintf(label, sizeof(label), "FREG%u %s", n,
				 spi_region_name(f->layout, n, name, sizeof(name)));
			fprintf(out, "  %-16s  %s\n", label, why[n]);
		}
		fputc('\n', out);
		print_bit(out, "SPI configuration lock-down", "FLOCKDN", f->flockdn, true, &raw->hsfs,
			  "locked", "not locked");
		print_bit(out, "Flash descriptor valid", "FDV", f->fdv, true, &raw->hsfs, "yes", "no");
		print_bit(out, "Descriptor override strap", "FDOPSS", f->fdopss, true, &raw->hsfs,
			  "not set: descriptor permissions apply",
			  "SET: descriptor permissions are not enforced");
		if (t->has_prr34_wrsdis)
			print_bit(out, "PR3/PR4 lock-down", "PRR34_LOCKDN", f->prr34_lockdn, true,
				  &raw->hsfs, "locked", "not locked");
		if (t->has_dlock) {
			fprintf(out, "%-40s ", "PR0..PR4 discrete lock-down (DLOCK)");
			if (!reg_ok(&raw->dlock))
				fprintf(out, "unknown (DLOCK: %s)\n", reg_reason(&raw->dlock));
			else
				fprintf(out, "%s (DLOCK=0x%08" PRIx64 ")\n",
					f->dlock == TRI_YES ? "all locked" : "not all locked",
					raw->dlock.value);
		}
	} else {
		print_bit(out, "SPI configuration lock-down", "SPIS.LOCK", f->ich7_lock, true, &raw->spis,
			  "locked", "not locked");
		fprintf(out, "%-40s %s\n", "Flash regions", "none: the ICH7-style controller has no descriptor regions");
	}
	print_pr(out, raw, f);
	print_bios_cntl(out, raw, f);
	if (verbose)
		print_raw(out, raw, f);
}
