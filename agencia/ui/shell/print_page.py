"""Archivo ▸ «Guardar en PDF lo que se ve…» (Ctrl+P): the current page — a list, a record,
the board — as a PDF, exactly as it is on screen (its filters, its columns, its tab),
scaled onto one landscape A4 page with the page's title and the date above it. Printing
is then the PDF viewer's job, on any system."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRect, QStandardPaths, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QWidget

RESOLUTION = 150  # dots per inch: sharp text, small files


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
        width, height = area.width(), area.height()
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
        page.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return path


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
