/* SPDX-License-Identifier: GPL-2.0-or-later */
/* array.h - ARRAY_SIZE, for every layer (the lowest header of all, with failure.h). */
#ifndef SPI_INSPECT_ARRAY_H
#define SPI_INSPECT_ARRAY_H

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
