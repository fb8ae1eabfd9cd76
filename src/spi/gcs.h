/* SPDX-License-Identifier: GPL-2.0-or-later */
/* gcs.h - GCS (RCBA+0x3410) and BUC (RCBA+0x3414): BIOS interface lock-down, boot straps, top swap. */
#ifndef SPI_INSPECT_SPI_GCS_H
#define SPI_INSPECT_SPI_GCS_H

#include <stdbool.h>

/* Where one generation keeps its boot BIOS straps in GCS, and what each value means. */
struct gcs_layout {
	const char *family;       /* chipset family key (data/pci-ids) */
	unsigned bbs_lo, bbs_hi;  /* BBS bits */
	const char *straps[4];    /* by BBS value; NULL past the field's range */
	bool top_swap;            /* BUC (RCBA+0x3414) bit 0 is Top Swap */
	bool lpc_stops_spi;       /* strapped to LPC, flashrom leaves the SPI controller alone */
};

/* The layout of a family with GCS in its RCRB, or NULL (none, or GCS not documented). */
const struct gcs_layout *spi_gcs_layout(const char *family_key);

#define RCBA_BUC 0x3414 /* Backed Up Control: Top Swap in bit 0 */

#endif
