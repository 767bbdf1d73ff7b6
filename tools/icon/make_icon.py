#!/usr/bin/env python3
"""Draws the package icon, docs/icon.png (128x128 RGBA), with the standard library only (zlib, struct).

An opening quotation mark in white on a rounded blue square, over a highlighter stroke in the HTML
view's quote colour. Run from the repository root: python3 tools/icon/make_icon.py
"""
import math
import struct
import sys
import zlib

SIZE = 128
SAMPLES = 4  # per axis: 16 samples a pixel, for smooth edges
BLUE = (31, 78, 121)
WHITE = (255, 255, 255)
AMBER = (246, 178, 60)


def rounded_square(x, y, radius=26):
    cx = min(max(x, radius), SIZE - radius)
    cy = min(max(y, radius), SIZE - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def comma(x, y, cx, cy, r):
    """A '6'-shaped mark: a dot of radius r at (cx, cy) and a tail that rises from its left side, curving to the right
    and thinning as it goes (an arc around a centre right of the dot)."""
    if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
        return True
    big = 2.4 * r
    ox, oy = cx - r + big, cy
    angle = math.atan2(oy - y, ox - x)  # 0 at the dot's left edge, growing upwards
    top = math.radians(80)
    if not 0 <= angle <= top:
        return False
    width = 1.7 * r * (1 - angle / top) + 0.35 * r
    distance = math.hypot(x - ox, y - oy)
    return big - width <= distance <= big


def highlight(x, y):
    return 24 <= x <= 104 and 92 <= y <= 104 and abs(y - 98 - (x - 64) * 0.04) <= 6


def colour_at(x, y):
    if not rounded_square(x, y):
        return None
    if comma(x, y, 42, 72, 14) or comma(x, y, 82, 72, 14):
        return WHITE
    if highlight(x, y):
        return AMBER
    return BLUE


def pixel(px, py):
    total = [0, 0, 0, 0]
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
            if c is not None:
                total[0] += c[0]; total[1] += c[1]; total[2] += c[2]; total[3] += 255
    n = SAMPLES * SAMPLES
    alpha = total[3] // n
    if alpha == 0:
        return (0, 0, 0, 0)
    covered = total[3] // 255
    return (total[0] // covered, total[1] // covered, total[2] // covered, alpha)


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs/icon.png"
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, rows))
    print(out)


if __name__ == "__main__":
    main()
