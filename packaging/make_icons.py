"""Render the application icon (resources/icons/siaga.svg) for every platform.

    .venv/bin/python packaging/make_icons.py       # needs the "package" extras (Pillow)

Writes, from the SVG drawn by Qt's own renderer (QSvgRenderer, as the app draws it):

- ``resources/icons/hicolor/<n>x<n>/apps/siaga.png`` for n in 16 ... 512: the freedesktop
  icon theme layout, for Linux menus and docks;
- ``resources/icons/siaga.ico``: the Windows icon, every size up to 256 in one file;
- ``resources/icons/siaga.icns``: the macOS icon, 16 to 1024.

Pillow only packs the rendered images into the .ico and .icns containers. Run it again
after changing the SVG and commit what it writes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
#: the sizes of the freedesktop hicolor theme that the app ships
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px icon as PNG")
    return bytes(buffer.data())


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs a GUI application
    renderer = QSvgRenderer(str(ICONS / "siaga.svg"))
    if not renderer.isValid():
        raise SystemExit(f"{ICONS / 'siaga.svg'} is not an SVG that Qt can draw")
    rendered = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "siaga.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rendered[size])
    images = {size: Image.open(io.BytesIO(data)) for size, data in rendered.items()}
    largest = max(ICO_SIZES)
    images[largest].save(ICONS / "siaga.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                         append_images=[images[s] for s in ICO_SIZES if s != largest])
    largest = max(ICNS_SIZES)
    images[largest].save(ICONS / "siaga.icns", format="ICNS",
                         append_images=[images[s] for s in ICNS_SIZES if s != largest])
    print(f"{len(PNG_SIZES)} PNG sizes, siaga.ico and siaga.icns written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
