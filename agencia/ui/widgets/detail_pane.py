"""The pane beside a list that shows the chosen row's details as text, or, with nothing
chosen, says what goes there (an `EmptyState`) rather than stay blank.

The communications log and the service queue both had it by hand — a stacked widget, an
empty state and a text browser, switched on every choice; one widget keeps the two the
same (the same look when nothing is chosen, client text shown the same way)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTextBrowser, QWidget

from agencia.ui.widgets.empty_state import EmptyState


class DetailPane(QStackedWidget):
    """`show_html(text)` shows the chosen row's details; `clear()` goes back to the
    empty state (`nothing_chosen`). `text` is the browser the details are in."""

    def __init__(
        self,
        title: str,
        body: str,
        *,
        icon_name: str = "",
        text_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.nothing_chosen = EmptyState(title, body, icon_name=icon_name)
        self.text = QTextBrowser()
        if text_name:
            self.text.setObjectName(text_name)  # what tests and style sheets find it by
        self.addWidget(self.nothing_chosen)
        self.addWidget(self.text)

    def show_html(self, html: str) -> None:
        """The chosen row's details (the caller escapes client text)."""
        self.text.setHtml(html)
        self.setCurrentWidget(self.text)

    def clear(self) -> None:
        """Nothing chosen: the empty state, and no old details left behind it."""
        self.text.clear()
        self.setCurrentWidget(self.nothing_chosen)

    def showing_details(self) -> bool:
        return self.currentWidget() is self.text
