"""The deck's preview: PDF pages rendered with pypdfium2 (off the GUI thread) into
images, shown one under the other in a scrollable view that fits their width.

pypdfium2 is not thread-safe, so every use of it goes through one lock; QImage (unlike
QPixmap) may be made on any thread.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from agencia.ui.style import color

_PDFIUM = threading.Lock()
RENDER_WIDTH = 1280  # pixels across a rendered page: sharp at fit width, fine up to ~150 %
MARGIN = 16  # around the pages and between them
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)  # of the fit width


def render_pages(pdf: bytes, width: int = RENDER_WIDTH) -> list[QImage]:
    """Every page of `pdf` as an image `width` pixels across (safe on any thread)."""
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            images: list[QImage] = []
            for index in range(len(document)):
                page = document[index]
                try:
                    page_width, _height = page.get_size()
                    bitmap = page.render(scale=width / page_width, rev_byteorder=True)
                    try:
                        image = QImage(
                            bitmap.buffer,
                            bitmap.width,
                            bitmap.height,
                            bitmap.stride,
                            QImage.Format.Format_RGB888
                            if bitmap.n_channels == 3
                            else QImage.Format.Format_RGBA8888,
                        )
                        images.append(image.copy())  # own the pixels before pdfium frees them
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            return images
        finally:
            document.close()


def page_count(pdf: bytes) -> int:
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def render_job(_db: Any, _actor: Any, pdf: bytes, width: int = RENDER_WIDTH) -> list[QImage]:
    """render_pages as an operation (Operations hands every call the database and actor)."""
    return render_pages(pdf, width)


class _Pages(QWidget):
    """The pages one under the other, each scaled to `page_width`; paints only what shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []
        self.page_width = 400
        self._scaled: dict[int, QPixmap] = {}
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_images(self, images: list[QImage]) -> None:
        self.images = images
        self._scaled.clear()
        self._relayout()

    def set_page_width(self, width: int) -> None:
        width = max(width, 120)
        if width != self.page_width:
            self.page_width = width
            self._scaled.clear()
            self._relayout()

    def page_height(self, index: int) -> int:
        image = self.images[index]
        return round(self.page_width * image.height() / max(image.width(), 1))

    def page_rect(self, index: int) -> QRect:
        top = MARGIN + sum(self.page_height(i) + MARGIN for i in range(index))
        return QRect(MARGIN, top, self.page_width, self.page_height(index))

    def _relayout(self) -> None:
        height = MARGIN + sum(self.page_height(i) + MARGIN for i in range(len(self.images)))
        self.setFixedSize(QSize(self.page_width + 2 * MARGIN, max(height, 2 * MARGIN)))
        self.update()

    def _pixmap(self, index: int) -> QPixmap:
        pixmap = self._scaled.get(index)
        if pixmap is None:
            ratio = self.devicePixelRatioF()
            image = self.images[index].scaledToWidth(
                round(self.page_width * ratio), Qt.TransformationMode.SmoothTransformation
            )
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._scaled[index] = pixmap
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        exposed = event.rect()
        edge = QColor(0, 0, 0, 40)  # a hairline and a soft shadow below, on any backdrop
        for index in range(len(self.images)):
            rect = self.page_rect(index)
            if rect.top() > exposed.bottom():
                break
            if rect.bottom() < exposed.top():
                continue
            painter.fillRect(rect.adjusted(0, 2, 0, 3), QColor(0, 0, 0, 24))
            painter.fillRect(rect.adjusted(-1, -1, 1, 1), edge)
            painter.drawPixmap(rect.topLeft(), self._pixmap(index))
        painter.end()


class PageView(QScrollArea):
    """Scrollable pages at the view's width (`zoom` 1.0) or a step of it; tells which page
    is at the middle of the view."""

    page_changed = Signal(int, int)  # the page (1-based) in view, and how many there are

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckPreview")
        self.pages = _Pages(self)
        self.setWidget(self.pages)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # always there, so that fitting the width never makes it come and go
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # a viewer's grey desk under the pages (a style sheet: the app's sheet would
        # override a palette)
        self.viewport().setStyleSheet(f"background-color: {color('border').name()};")
        self.pages.setStyleSheet("background-color: transparent;")
        self.zoom = 1.0
        self._current = 0
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(40)
        self._fit_timer.timeout.connect(self._fit)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._track())

    # -- what the dialog asks -------------------------------------------------------------
    def set_images(self, images: list[QImage]) -> None:
        self.pages.set_images(images)
        self._fit()
        self.verticalScrollBar().setValue(0)
        self._current = 0
        self._track()

    def count(self) -> int:
        return len(self.pages.images)

    def current_page(self) -> int:
        return self._current

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        page = self._current
        self._fit()
        self.go_to(page)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def go_to(self, page: int) -> None:
        """Scroll so that page `page` (1-based) starts at the top."""
        if not self.pages.images:
            return
        page = min(max(page, 1), self.count())
        self.verticalScrollBar().setValue(self.pages.page_rect(page - 1).top() - MARGIN)
        self._track()

    # -- fitting and tracking ---------------------------------------------------------------
    def fit_width(self) -> int:
        return max(self.viewport().width() - 2 * MARGIN, 120)

    def _fit(self) -> None:
        self.pages.set_page_width(round(self.fit_width() * self.zoom))
        self._track()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _track(self) -> None:
        """The page in view: the last one whose top is above the upper third of the view
        (the last page once scrolled to the end)."""
        count = self.count()
        bar = self.verticalScrollBar()
        if not count:
            page = 0
        elif bar.maximum() > 0 and bar.value() >= bar.maximum():
            page = count
        else:
            probe = bar.value() + self.viewport().height() // 3
            page = 1 + max(
                (i for i in range(count) if self.pages.page_rect(i).top() <= probe), default=0
            )
        self._current = page
        self.page_changed.emit(page, count)
