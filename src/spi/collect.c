/* SPDX-License-Identifier: GPL-2.0-or-later */
/* collect.c - find SPIBAR the family's way and read the SPI registers and BIOS_CNTL. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "chipset/chipset.h"
#include "spi/spi.h"

static const char *const freg_names[SPI_MAX_REGIONS] = {
	"FREG0", "FREG1", "FREG2", "FREG3", "FREG4", "FREG5", "FREG6", "FREG7",
	"FREG8", "FREG9", "FREG10", "FREG11", "FREG12", "FREG13", "FREG14", "FREG15",
};
static const char *const pr_names[SPI_MAX_PR] = { "PR0", "PR1", "PR2", "PR3", "PR4", "GPR0" };
static const char *const pbr_names[3] = { "PBR0", "PBR1", "PBR2" };

static void cfg_where(struct reg *r, struct pci_loc loc, unsigned off)
{
	char bdf[16];

	snprintf(r->where, sizeof(r->where), "%s cfg 0x%02x", pci_loc_format(loc, bdf, sizeof(bdf)), off);
}

static void read_lpc_cfg(struct hw *hw, struct pci_loc lpc, unsigned off, unsigned width,
			 const char *name, struct reg *r)
{
	uint64_t v = 0;
	int rc = hw_pci_read(hw, lpc, off, width, &v);

	reg_set(r, name, width, rc, v);
	cfg_where(r, lpc, off);
}

static void read_spibar_reg(struct hw *hw, const struct spi_raw *raw, unsigned off, unsigned width,
			    const char *name, struct reg *r)
{
	uint64_t v = 0;
	uint64_t phys = raw->spibar + off;
	int rc;

	if (!raw->spibar_known) { /* the register exists; where it is, is not known */
		reg_set(r, name, width, -REG_ENOBASE, 0);
		snprintf(r->where, sizeof(r->where), "SPIBAR+0x%02x", off);
		return;
	}
	rc = hw_mem_read(hw, phys, width, &v);
	reg_set(r, name, width, rc, v);
	snprintf(r->where, sizeof(r->where), "SPIBAR+0x%02x (0x%08" PRIx64 ")", off, phys);
}

/* The base a config register gives, or a reason why it gives none. enable: the bit that
 * must be set for the window to decode (0: none). */
static bool base_from(struct spi_raw *raw, const struct reg *r, uint32_t mask, uint32_t enable,
		      const char *what)
{
	if (!reg_ok(r)) {
		snprintf(raw->spibar_why, sizeof(raw->spibar_why), "%s (%s) could not be read: %s",
			 what, r->where, reg_reason(r));
		return false;
	}
	if ((r->value & mask) == 0) {
		snprintf(raw->spibar_why, sizeof(raw->spibar_why),
			 "%s (%s) reads 0x%08" PRIx64 ": no base address is programmed", what, r->where,
			 r->value);
		return false;
	}
	if (enable && !(r->value & enable)) {
		snprintf(raw->spibar_why, sizeof(raw->spibar_why),
			 "%s (%s) reads 0x%08" PRIx64 ": its enable bit (0x%x) is clear, so the window "
			 "decodes nothing", what, r->where, r->value, enable);
		return false;
	}
	return true;
}

static void find_spibar(struct hw *hw, const struct chipset_family *fam, struct pci_loc lpc,
			struct spi_raw *raw)
{
	uint32_t mask = fam->spibar_mask;

	switch (fam->spibar_via) {
	case SPIBAR_NONE:
		snprintf(raw->spibar_why, sizeof(raw->spibar_why),
			 "%s has no SPI controller: its flash sits on the firmware hub / LPC bus", fam->name);
		return;
	case SPIBAR_RCBA:
		/* RCBA at LPC 0xF0, base bits 31:14, enable bit 0 (flashrom chipset_enable.c
		 * enable_flash_ich_spi; chipsec cfg/8086/common.xml RCBA mask 0xFFFFC000,
		 * enable_bit 0; Linux lpc_ich.c tests "spi_base & 1" before RCBA + 0x3800). */
		read_lpc_cfg(hw, lpc, fam->spibar_reg, 4, "RCBA", &raw->spibar_cfg);
		raw->rcba = raw->spibar_cfg;
		if (!base_from(raw, &raw->spibar_cfg, mask, 0x1, "RCBA"))
			return;
		raw->spibar = (raw->spibar_cfg.value & mask) + fam->spibar_offset;
		snprintf(raw->spibar_path, sizeof(raw->spibar_path), "RCBA 0x%08" PRIx64 " + 0x%x",
			 raw->spibar_cfg.value & mask, fam->spibar_offset);
		break;
	case SPIBAR_SBASE:
		/* SBASE at LPC 0x54, base bits 31:9, enable bit 1 (flashrom enable_flash_silvermont;
		 * Linux lpc_ich.c SPIBASE_BYT, SPIBASE_BYT_EN BIT(1); chipsec byt.xml SBASE). */
		read_lpc_cfg(hw, lpc, fam->spibar_reg, 4, "SBASE", &raw->spibar_cfg);
		if (!base_from(raw, &raw->spibar_cfg, mask, 0x2, "SBASE"))
			return;
		raw->spibar = (raw->spibar_cfg.value & mask) + fam->spibar_offset;
		snprintf(raw->spibar_path, sizeof(raw->spibar_path), "SBASE 0x%08" PRIx64,
			 raw->spibar_cfg.value & mask);
		break;
	case SPIBAR_SPI_BAR0: {
		/* BAR0 of the SPI function (flashrom enable_flash_pch100_or_c620; coreboot
		 * fast_spi.c PCI_BASE_ADDRESS_0; chipsec SPI.spi0.xml SPIBAR0). */
		uint64_t v = 0;
		enum cfg_path path = CFG_PATH_NONE;
		char bdf[16];
		int rc = pci_cfg_read(hw, fam->spi_fn, fam->spibar_reg, 4, &v, &path);

		reg_set(&raw->spibar_cfg, "BAR0", 4, rc, v);
		cfg_where(&raw->spibar_cfg, fam->spi_fn, fam->spibar_reg);
		if (!base_from(raw, &raw->spibar_cfg, mask, 0, "SPI controller BAR0"))
			return;
		raw->spibar = (raw->spibar_cfg.value & mask) + fam->spibar_offset;
		snprintf(raw->spibar_path, sizeof(raw->spibar_path), "BAR0 of %s via %s",
			 pci_loc_format(fam->spi_fn, bdf, sizeof(bdf)),
			 path == CFG_PATH_ECAM ? "ECAM (the device is hidden from the OS)"
					       : "the OS");
		break;
	}
	default:
		snprintf(raw->spibar_why, sizeof(raw->spibar_why),
			 "the chipset table names no way to find SPIBAR (internal error)");
		return;
	}
	raw->spibar_known = true;
}

static void read_bios_cntl(struct hw *hw, const struct chipset_family *fam, struct pci_loc lpc,
			   struct spi_raw *raw)
{
	struct reg *r = &raw->bios_cntl;
	char bdf[16];

	switch (fam->bc_via) {
	case BC_NONE:
		snprintf(raw->bios_cntl_why, sizeof(raw->bios_cntl_why),
			 "spi-inspect does not decode BIOS_CNTL on %s", fam->name);
		return;
	case BC_LPC_CFG:
		/* One byte, as flashrom reads it (chipset_enable.c: "treating it as 8 bit
		 * wide seems to work fine"); chipsec common.xml BC size 1. */
		read_lpc_cfg(hw, lpc, fam->bc_offset, 1, "BIOS_CNTL", r);
		snprintf(raw->bios_cntl_path, sizeof(raw->bios_cntl_path), "LPC bridge %s cfg 0x%02x",
			 pci_loc_format(lpc, bdf, sizeof(bdf)), fam->bc_offset);
		return;
	case BC_SPI_CFG: {
		/* 32 bit in the SPI function (chipsec pch_1xx.xml BC size 4; coreboot
		 * fast_spi_def.h SPI_BIOS_CONTROL 0xdc). Not the LPC bridge: fwupd once read
		 * it there on three generations and reported nonsense. */
		uint64_t v = 0;
		enum cfg_path path = CFG_PATH_NONE;
		int rc = pci_cfg_read(hw, fam->spi_fn, fam->bc_offset, 4, &v, &path);

		reg_set(r, "BIOS_CNTL", 4, rc, v);
		cfg_where(r, fam->spi_fn, fam->bc_offset);
		snprintf(raw->bios_cntl_path, sizeof(raw->bios_cntl_path), "SPI controller %s cfg 0x%02x via %s",
			 pci_loc_format(fam->spi_fn, bdf, sizeof(bdf)), fam->bc_offset,
			 path == CFG_PATH_ECAM ? "ECAM" : "the OS");
		return;
	}
	case BC_SPIBAR:
		/* MMIO SBASE+0xFC, 32 bit (flashrom enable_flash_silvermont mmio_readl;
		 * chipsec byt.xml BC size 4). */
		if (!raw->spibar_known) {
			snprintf(raw->bios_cntl_why, sizeof(raw->bios_cntl_why),
				 "BIOS_CNTL sits at SPIBAR+0x%02x and SPIBAR is unknown", fam->bc_offset);
			return;
		}
		read_spibar_reg(hw, raw, fam->bc_offset, 4, "BIOS_CNTL", r);
		snprintf(raw->bios_cntl_path, sizeof(raw->bios_cntl_path), "SPIBAR+0x%02x", fam->bc_offset);
		return;
	}
}

void spi_collect(struct hw *hw, const struct chipset_family *fam, struct pci_loc lpc,
		 struct spi_raw *raw)
{
	const struct spi_traits *t;

	memset(raw, 0, sizeof(*raw));
	if (!fam) {
		snprintf(raw->spibar_why, sizeof(raw->spibar_why),
			 "the chipset is not known, so where SPIBAR lives is not known");
		snprintf(raw->bios_cntl_why, sizeof(raw->bios_cntl_why),
			 "the chipset is not known, so where BIOS_CNTL lives is not known");
		return;
	}
	raw->layout = fam->spi;
	raw->bc_layout = fam->bc_layout;
	t = spi_traits_of(fam->spi);
	find_spibar(hw, fam, lpc, raw);
	read_bios_cntl(hw, fam, lpc, raw);
	if (fam->spi == SPI_LAYOUT_NONE)
		return;
	/* Where SPIBAR is unknown every register below is marked so (read_spibar_reg). */
	if (raw->spibar_known)
		spi_gcs_collect(hw, fam, raw); /* GCS and BUC in the RCRB (spi/gcs.c) */
	if (t->ich7) {
		read_spibar_reg(hw, raw, ICH7_SPIS, 2, "SPIS", &raw->spis);
		read_spibar_reg(hw, raw, ICH7_SPIC, 2, "SPIC", &raw->spic);
		/* 32 bit, as flashrom reads it (ichspi.c init_ich7_spi mmio_readl). */
		read_spibar_reg(hw, raw, t->bbar, 4, "BBAR", &raw->bbar);
		for (unsigned i = 0; i < t->npr && i < 3; i++)
			read_spibar_reg(hw, raw, t->pr0 + 4 * i, 4, pbr_names[i], &raw->pr[i]);
		return;
	}
	read_spibar_reg(hw, raw, SPIBAR_HSFS, t->hsfs_width,
			t->hsfs_width == 4 ? "HSFSTS_CTL" : "HSFS", &raw->hsfs);
	if (t->has_dlock)
		read_spibar_reg(hw, raw, SPIBAR_DLOCK, 4, "DLOCK", &raw->dlock);
	read_spibar_reg(hw, raw, SPIBAR_FRAP, 4, "FRAP", &raw->frap);
	if (t->has_bm_rap) {
		read_spibar_reg(hw, raw, SPIBAR_BIOS_BM_RAP, 4, "BIOS_BM_RAP", &raw->bm_rap);
		read_spibar_reg(hw, raw, SPIBAR_BIOS_BM_WAP, 4, "BIOS_BM_WAP", &raw->bm_wap);
	}
	for (unsigned i = 0; i < t->nfreg && i < SPI_MAX_REGIONS; i++) {
		unsigned off = (t->freg_hi_from && i >= t->freg_hi_from)
			? t->freg_hi + 4 * (i - t->freg_hi_from) : SPIBAR_FREG0 + 4 * i;

		read_spibar_reg(hw, raw, off, 4, freg_names[i], &raw->freg[i]);
	}
	for (unsigned i = 0; i < t->npr && i < SPI_MAX_PR; i++) {
		const char *name = t->has_gpr0 && i == t->npr - 1 ? "GPR0" : pr_names[i];

		read_spibar_reg(hw, raw, t->pr0 + 4 * i, 4, name, &raw->pr[i]);
	}
	/* BBAR, 32 bit (flashrom ichspi.c init_ich_default mmio_readl of ICH9_REG_BBAR). */
	if (t->bbar)
		read_spibar_reg(hw, raw, t->bbar, 4, "BBAR", &raw->bbar);
}
