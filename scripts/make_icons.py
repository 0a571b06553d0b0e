"""Makes the application icon's files from its SVG source.

    .venv/bin/python scripts/make_icons.py

From ``resources/icons/exchange-notes.svg``: the PNG sizes the window and the Linux desktop use
(``counsellor_app/data/icons/exchange-notes-<size>.png``), the Windows ``.ico`` and the macOS
``.icns`` the bundle's executables carry (``packaging/icons/``). Both containers hold PNG
images, which Windows (since Vista) and macOS (since 10.7) read; Qt's SVG renderer draws them,
so no other tool is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from counsellor_app.ui.common.identity import ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "exchange-notes.svg"
PNG_FOLDER = ROOT / "counsellor_app" / "data" / "icons"
ICO = ROOT / "packaging" / "icons" / "exchange-notes.ico"
ICNS = ROOT / "packaging" / "icons" / "exchange-notes.icns"


ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The icns types that hold a PNG of each size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (0 in a size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file: a header, then one typed, length-prefixed PNG per size."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in images.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG file")
    pngs = {size: render(renderer, size) for size in ICON_SIZES}
    PNG_FOLDER.mkdir(parents=True, exist_ok=True)
    for size, png in pngs.items():
        (PNG_FOLDER / f"exchange-notes-{size}.png").write_bytes(png)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    ICNS.write_bytes(icns({size: pngs[size] for size in ICNS_TYPES}))
    print(f"wrote {len(pngs)} PNG files in {PNG_FOLDER.relative_to(ROOT)}, {ICO.name}, {ICNS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
