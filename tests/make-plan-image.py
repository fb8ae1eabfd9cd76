#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes a synthetic flash image for the flash-plan tests and the README example.

Usage: make-plan-image.py OUT SIZE [SPEC...]
  SIZE            the file size (0x1000000, 16M, 32M)
  REGION=BASE-LIMIT  a descriptor region by flashrom's --ifd name (fd, bios, me, gbe, pd),
                  limit inclusive; any region makes a descriptor (the rest unused)
  fmap=OFFSET     an FMAP header at OFFSET, with the areas below (absolute offsets)
  area=NAME:OFFSET:SIZE[:ro]  an FMAP area
  seed=N          the fill: every 4 KiB block holds bytes derived from (N, block), so two
                  images with different seeds differ in every block (cmp -l shows where)
  zero=BASE-LIMIT the range reads 0x00 (as a flashrom --ifd -i X read leaves the rest)

The descriptor is laid out as the Intel 500-series (Tiger Point) descriptors are, from the
field positions in flashrom include/ich_descriptors.h and coreboot util/ifdtool: FLVALSIG at
0x10, FLMAP0 (FCBA 0x30, FRBA 0x40), FLMAP1 (FMBA 0x80, NM 2, FPSBA 0x100), FLMAP2 with
CSSO 0x68 and CSSL 0x11 (what flashrom guess_ich_chipset_from_content() reads as Tiger
Point), FLUMAP1 at 0xEFC with MDTBA != 0, FLCOMP density (4 bits, size = 1 << (19 + n)).
FLMSTR1 (host) may read and write every region (IFD v2: read 19:8, write 31:20).
The FMAP follows coreboot fmap_serialized.h: 56-byte header, 42-byte areas, little endian.
"""
import struct
import sys

REGIONS = ["fd", "bios", "me", "gbe", "pd"]  # flashrom's --ifd names for FLREG0..4


def num(s):
    s = s.strip()
    mult = 1
    if s[-1] in "KkMm":
        mult = 1024 if s[-1] in "Kk" else 1024 * 1024
        s = s[:-1]
    return int(s, 0) * mult


def descriptor(img, size, regions):
    sig = 0x0FF0A55A
    struct.pack_into("<I", img, 0x10, sig)
    struct.pack_into("<I", img, 0x14, 0x00040003)       # FLMAP0: FCBA 0x30, FRBA 0x40, NC 0
    struct.pack_into("<I", img, 0x18, 0x46100208)       # FLMAP1: FMBA 0x80, NM 2, FPSBA 0x100
    struct.pack_into("<I", img, 0x1C, 0x001101A0)       # FLMAP2: CSSO 0x68, CSSL 0x11
    density = {1 << (19 + n): n for n in range(8)}[size]
    struct.pack_into("<I", img, 0x30, 0x09303000 | 0xF0 | density)  # FLCOMP: comp2 unused
    for i in range(16):                                  # FLREG0..15 at FRBA
        base, limit = regions.get(i, (0x7FFF000, 0))
        val = ((limit >> 12) << 16) | (base >> 12) if i in regions else 0x00007FFF
        struct.pack_into("<I", img, 0x40 + 4 * i, val)
    struct.pack_into("<I", img, 0x80, 0xFFFFFF00)        # FLMSTR1: host reads/writes all
    struct.pack_into("<I", img, 0x84, 0x00400D00)        # FLMSTR2: ME
    struct.pack_into("<I", img, 0x88, 0x00000000)        # FLMSTR3: GbE
    struct.pack_into("<I", img, 0xEFC, 0xC0FF0EDF)       # FLUMAP1: MDTBA 0xc0


def fmap(img, offset, size, areas):
    hdr = struct.pack("<8sBBQI32sH", b"__FMAP__", 1, 1, 0, size, b"FLASH", len(areas))
    img[offset:offset + len(hdr)] = hdr
    pos = offset + len(hdr)
    for name, off, length, flags in areas:
        rec = struct.pack("<II32sH", off, length, name.encode(), flags)
        img[pos:pos + len(rec)] = rec
        pos += len(rec)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out, size = argv[1], num(argv[2])
    regions, areas, zeros = {}, [], []
    fmap_at, seed = None, 1
    for spec in argv[3:]:
        key, _, val = spec.partition("=")
        if key in REGIONS:
            lo, hi = val.split("-")
            regions[REGIONS.index(key)] = (num(lo), num(hi))
        elif key == "fmap":
            fmap_at = num(val)
        elif key == "area":
            f = val.split(":")
            areas.append((f[0], num(f[1]), num(f[2]), 4 if len(f) > 3 and f[3] == "ro" else 0))
        elif key == "seed":
            seed = int(val, 0)
        elif key == "zero":
            lo, hi = val.split("-")
            zeros.append((num(lo), num(hi)))
        else:
            sys.exit("make-plan-image.py: %s: unknown spec (see the header)" % spec)
    img = bytearray(size)
    for block in range(size // 4096):
        b = (seed * 131 + block * 7) & 0xFF
        img[block * 4096:(block + 1) * 4096] = bytes([b, b ^ 0x5A]) * 2048
    if regions:
        img[0:4096] = b"\xff" * 4096
        descriptor(img, size, regions)
    if fmap_at is not None:
        fmap(img, fmap_at, size, areas)
    for lo, hi in zeros:
        img[lo:hi + 1] = bytes(hi + 1 - lo)
    with open(out, "wb") as f:
        f.write(img)


if __name__ == "__main__":
    main(sys.argv)
