"""Image files made in the test, without Pillow drawing a single pixel."""

import struct
import zlib
from io import BytesIO

from PIL import Image


def png_bytes(width=40, height=30, colour=(200, 60, 60)):
    buffer = BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(width=20_000, height=20_000):
    """A valid black-and-white PNG of width × height pixels that is small on disk: rows of
    zeros compress about a thousandfold, so 400 million pixels take some 60 kB."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + 1 bit per pixel
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")
