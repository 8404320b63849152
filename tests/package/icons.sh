#!/usr/bin/env bash
# Every icon size rendered from the SVG exists, is a PNG of exactly that size, and is not blank.
# Usage: icons.sh HICOLOR_DIR APP_ID SIZE...
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
dir=${1:?hicolor directory}
id=${2:?application id}
shift 2
[ $# -gt 0 ] || fail "no icon sizes were rendered (is rsvg-convert, package librsvg2-bin, installed?)"
/usr/bin/python3 - "$dir" "$id" "$@" <<'PYEOF'
import struct
import sys
import zlib

directory, app_id, *sizes = sys.argv[1:]
for size in map(int, sizes):
    path = f"{directory}/{size}x{size}/apps/{app_id}.png"
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"FAIL: {path} is not a PNG")
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    if (width, height) != (size, size):
        sys.exit(f"FAIL: {path} is {width}x{height}, not {size}x{size}")
    # Decompress the image data: a blank (all transparent) rendering means the SVG did not render.
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    if colour != 6 or depth != 8:
        sys.exit(f"FAIL: {path} is not 8-bit RGBA (colour type {colour}, depth {depth})")
    # Undo the PNG row filters (PNG spec 9.2) to read the real alpha values.
    bpp, stride = 4, width * 4
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(line)
        previous = line
    opaque = sum(1 for line in rows for x in range(width) if line[x * 4 + 3] > 0)
    if opaque < width * height // 4:
        sys.exit(f"FAIL: {path} is nearly blank ({opaque} visible pixels)")
    print(f"{path}: {width}x{height}, {opaque} visible pixels")
PYEOF
