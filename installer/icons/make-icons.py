#!/usr/bin/env python3
"""Writes sro-desk.ico (Windows) and sro-desk.icns (macOS) from the app's PNG icons.

jpackage takes a .png on Linux, but an .ico on Windows and an .icns on macOS. Both formats can hold
PNG images as they are (ICO since Windows Vista, ICNS since macOS 10.7), so this needs only the
Python standard library: no image tool, no resizing. Run it again when the icons in
src/main/resources/org/srodesk/icons/ change:

    python3 installer/icons/make-icons.py
"""
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PNGS = ROOT / "src/main/resources/org/srodesk/icons"
OUT = Path(__file__).resolve().parent


def png(size):
    data = (PNGS / f"sro-desk-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"sro-desk-{size}.png is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size), f"sro-desk-{size}.png is {width}x{height}"
    return data


def write_ico(sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    (OUT / "sro-desk.ico").write_bytes(header + entries + blobs)


def write_icns(types):
    body = b""
    for kind, size in types:
        data = png(size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    (OUT / "sro-desk.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    write_ico([16, 32, 48, 64, 128, 256])
    # icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512 px; ic11/ic12/ic13/ic14 are the @2x
    # (Retina) variants of 16, 32, 128 and 256 px.
    write_icns([(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
                (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)])
    for name in ("sro-desk.ico", "sro-desk.icns"):
        print(OUT / name, (OUT / name).stat().st_size, "bytes")
