"""Count the pixels of a PNG close to given colours, for checking what a
headless browser's screenshot shows (tests/e2e/test_page.sh).

    python3 png_colours.py FILE.png RRGGBB...

Prints one count per colour, on one line. Reads 8-bit RGB and RGBA
non-interlaced PNGs (what Chromium writes), with the standard library.
"""
import struct
import sys
import zlib
from collections import Counter

TOLERANCE = 2


def pixels(path):
    """How many pixels of each (r, g, b) the image has."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    size = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * size
    previous = bytes(stride)
    counts = Counter()
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        if kind == 2:  # up: the common case, done a row at a time
            line = bytes([(x + b) & 255 for x, b in zip(line, previous)])
        elif kind != 0:
            line = bytearray(line)
            for x in range(stride):
                a = line[x - size] if x >= size else 0
                b = previous[x]
                c = previous[x - size] if x >= size else 0
                if kind == 1:
                    line[x] = (line[x] + a) & 255
                elif kind == 3:
                    line[x] = (line[x] + (a + b) // 2) & 255
                else:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            line = bytes(line)
        previous = line
        counts.update(zip(line[0::size], line[1::size], line[2::size]))
    return counts


wanted = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in sys.argv[2:]]
seen = pixels(sys.argv[1])
print(" ".join(str(sum(n for rgb, n in seen.items()
                       if all(abs(rgb[k] - w[k]) <= TOLERANCE for k in range(3))))
               for w in wanted))
