/* SPDX-License-Identifier: GPL-2.0-or-later */
/* libpci.h - libpci is loaded on first use (hw/libpci.c); its functions keep their names. */
#ifndef SPI_INSPECT_HW_LIBPCI_H
#define SPI_INSPECT_HW_LIBPCI_H

#include <stdbool.h>

/* Loads libpci once; true when every function the tool uses was found, else false with
 * *why (when why is not NULL) saying what the dynamic loader said. */
bool libpci_load(const char **why);

#endif
