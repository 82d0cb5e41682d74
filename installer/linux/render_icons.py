"""Render the app's SVG icon to PNG in the sizes desktops look for (hicolor theme)."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(svg: str, hicolor: str) -> None:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(svg)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = Path(hicolor) / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not image.save(str(folder / "agencia.png")):
            raise SystemExit(f"could not write {folder / 'agencia.png'}")
    del app


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
