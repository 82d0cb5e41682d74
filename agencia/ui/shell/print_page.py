"""Archivo ▸ «Guardar en PDF lo que se ve…» (Ctrl+P): the current page — a list, a record,
the board — as a PDF, exactly as it is on screen (its filters, its columns, its tab),
scaled onto one landscape A4 page with the page's title and the date above it. Printing
is then the PDF viewer's job, on any system."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QMessageLogContext,
    QPoint,
    QRect,
    QStandardPaths,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPicture
from PySide6.QtWidgets import QFileDialog, QWidget

RESOLUTION = 150  # dots per inch: sharp text, small files
_GRADIENT_NOTE = "QPdfEngine: unable to create a gradient between colors of different spec"


def write_page_pdf(page: QWidget, path: Path, title: str) -> Path:
    """Draw `page` as it is shown into a one-page PDF at `path`."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Agencia")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        area = writer.pageLayout().paintRectPixels(RESOLUTION)
        paint_page(painter, page, title, area.width(), area.height())
    finally:
        painter.end()
    return path


def paint_page(painter: QPainter, page: QWidget, title: str, width: int, height: int) -> None:
    """`page` as shown, its title and the date above it, scaled into `width`×`height`
    (a PDF's page, or a printer's)."""
    font = QFont(page.font())
    font.setPointSizeF(12)
    font.setBold(True)
    painter.setFont(font)
    heading = painter.fontMetrics().height() * 2
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    painter.drawText(
        QRect(0, 0, width, heading),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        f"{title} · {stamp}",
    )
    room_h = height - heading
    scale = min(width / max(page.width(), 1), room_h / max(page.height(), 1))
    painter.translate(0, heading)
    painter.scale(scale, scale)
    # recorded first, then played: a widget rendered straight onto a printer (not a PDF
    # writer) draws nothing of itself; a picture keeps the text as text
    picture = QPicture()
    page.render(picture, QPoint(0, 0))
    with _without_gradient_notes():
        painter.drawPicture(0, 0, picture)


@contextmanager
def _without_gradient_notes() -> Iterator[None]:
    """Fusion shades header sections with a gradient between colours it made in two
    different specs (RGB and HSV); a PDF cannot hold that gradient, draws the section
    flat and says so once per header. That note — and only it — is dropped while the
    page is drawn."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(_GRADIENT_NOTE):
            return
        if callable(previous):
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def ask_and_write(page: QWidget, title: str, parent: QWidget) -> Path | None:
    """Ask where (Documentos, the page's title as the name) and write it there."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "agencia"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintPage", "Guardar en PDF lo que se ve"),
        str(Path(folder) / f"{name}.pdf"),
        "PDF (*.pdf)",
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
    return write_page_pdf(page, path, title)
