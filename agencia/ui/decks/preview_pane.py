"""The deck dialog's right side: every page of the deck drawn, with the page it is at,
zoom and fit-to-width, and a note when the choices no longer match what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from agencia.domain.text import fill
from agencia.ui.decks.preview import PageView
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.text import plain_label


class PreviewPane(QWidget):
    """Signals: `zoomed` after the zoom changed (the dialog updates its buttons)."""

    zoomed = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = locale  # the agency's: page numbers and the zoom
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.page_label = plain_label("", self)
        self.page_label.setObjectName("deckPage")
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        self.zoom_out_button = self._tool("−", self.tr("Reducir"))
        self.zoom_label = plain_label("", self)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Ampliar"))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Ajustar al ancho"))
        self.fit_button.setAutoRaise(True)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        column.addLayout(bar)

        self.stale = plain_label(
            self.tr(
                "Ha cambiado las opciones: pulse «Generar» para ver la presentación con ellas."
            ),
            self,
        )
        self.stale.setObjectName("deckStale")
        self.stale.setProperty("role", "secondary")
        self.stale.setWordWrap(True)
        self.stale.hide()
        column.addWidget(self.stale)

        self.stack = QStackedWidget(self)
        self.empty = EmptyState(
            self.tr("Aún no hay vista previa"),
            self.tr(
                "Elija el documento, las secciones y el idioma, y pulse «Generar»: "
                "aquí verá cada página tal como la recibirá el cliente."
            ),
            icon_name="document",
            parent=self,
        )
        self.view = PageView(self)
        self.view.page_changed.connect(self._page_changed)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        column.addWidget(self.stack, 1)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(self.view.zoom_in))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(self.view.zoom_out))
        self.fit_button.clicked.connect(lambda: self._zoom(lambda: self.view.set_zoom(1.0)))
        self.update_tools()

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        button.setFont(font)
        button.setFixedWidth(32)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def show_pages(self, images: list[QImage]) -> None:
        """The deck just drawn, in place of whatever showed."""
        self.stack.setCurrentWidget(self.view)
        self.view.set_images(images)
        self._zoom(lambda: None)

    def update_tools(self) -> None:
        has_pages = self.view.count() > 0
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(has_pages)

    def _page_changed(self, page: int, count: int) -> None:
        self.page_label.setText(
            fill(
                self.tr("Página %1 de %2"),
                self.numbers.toString(page),
                self.numbers.toString(count),
            )
            if count
            else ""
        )

    def _zoom(self, change: Callable[[], None]) -> None:
        change()
        percent = round(self.view.zoom * 100)
        self.zoom_label.setText(self.tr("%1 %").replace("%1", self.numbers.toString(percent)))
        self.update_tools()
        self.zoomed.emit()
