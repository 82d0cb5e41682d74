"""Icons drawn from the SVGs in resources/icons in one ink (`agencia.ui.style.themed_icon`
picks the ink from the scheme). A module of its own: its Qt classes (an icon engine, images,
painters, the SVG renderer) are not needed for the window's first paint."""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from agencia.ui.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

ICON_INK = "#667085"  # the stroke the SVGs in resources/icons are drawn with


@cache
def _svg(name: str) -> str:
    path = resource_path("icons", f"{name}.svg")
    return path.read_text(encoding="utf-8") if path.exists() else ""


class _TintedSvg(QIconEngine):
    """An SVG drawn in one ink, at the size asked for, when it is first painted.

    Drawing every size up front (five sizes at two scales) cost some 10 ms an icon before
    the first paint and kept all ten pixmaps; a rail, a menu or a button asks for one or
    two. Disabled and selected looks come from the style, as for an icon made of pixmaps."""

    def __init__(self, source: bytes) -> None:
        super().__init__()
        self._source = source
        self._renderer: QSvgRenderer | None = None
        self._drawn: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._draw(size, mode)
            self._drawn[key] = drawn
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Device pixels per logical pixel from the painter's transform, which holds the
        # device's pixel ratio: painter.device() returns a QPaintDevice*, and finding its
        # Python class made Shiboken build every paint-device class (wizards, MDI areas,
        # PDF writers…, 44 enums) at the window's first paint.
        transform = painter.deviceTransform()
        ratio = math.hypot(transform.m11(), transform.m12()) or 1.0
        pixmap = self.pixmap(rect.size() * ratio, mode, state)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> QIconEngine:
        twin = _TintedSvg(self._source)
        _engines.append(twin)  # Qt owns the copy; Python must not collect it first
        return twin

    def _draw(self, size: QSize, mode: QIcon.Mode) -> QPixmap:
        if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected):
            base = self.pixmap(size, QIcon.Mode.Normal, QIcon.State.Off)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from PySide6.QtWidgets import QStyleOption  # (a disabled icon is rare)

                return app.style().generatedIconPixmap(mode, base, QStyleOption())
            return base
        if self._renderer is None:
            from PySide6.QtSvg import QSvgRenderer

            self._renderer = QSvgRenderer(QByteArray(self._source))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)  # transparent
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        return QPixmap.fromImage(image)


_engines: list[_TintedSvg] = []  # alive as long as the icons Qt keeps may use them


@cache
def tinted(name: str, ink: str) -> QIcon:
    """`name` drawn in `ink`: one icon per name and ink."""
    source = _svg(name)
    if not source:
        return QIcon()
    engine = _TintedSvg(source.replace(ICON_INK, ink).encode("utf-8"))
    _engines.append(engine)
    return QIcon(engine)
