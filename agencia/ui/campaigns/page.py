"""The Campañas panel: the list (or the board) full width, and a campaign's page in its
place when one is opened — the list keeps its search, filters, selection and scroll.

A campaign's page needs the width (the brief's fields, its version diff, the approval
trail), so it replaces the list instead of sharing a splitter with it; "← Campañas"
(Alt+←) goes back.

Run alone with demo data: `python -m agencia.ui.campaigns.page [--db URL] [--user LOGIN]`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from agencia.ui.area import AppContext
from agencia.ui.campaigns.detail_view import CampaignDetailView
from agencia.ui.campaigns.list_view import CampaignListView


class AfterPaint(QObject):
    """Calls `then` once, on the event loop's turn after `widget`'s next paint: work that
    must not hold that paint back, done before the person can act on what it shows."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        self.deleteLater()
        self._then()


class CampaignsPage(QWidget):
    """The area's widget; says when it is shown so that its shortcuts apply only then."""

    visibility_changed = Signal(bool)

    def __init__(
        self,
        list_view: CampaignListView,
        detail_view: CampaignDetailView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsPage")
        self.list_view = list_view
        self.detail_view = detail_view
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_view)  # the campaign page: taken in once the list shows
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)

    @property
    def showing_campaign(self) -> bool:
        return self.stack.currentWidget() is self.detail_view

    def take_in_campaign_page(self) -> None:
        """Make the campaign page one of the panel's (styled, laid out) — at idle once the
        list shows, or when a campaign is opened first. Held apart until then: taken into
        the window along with the list, its many widgets were styled before the list's
        first page could be shown."""
        if self.stack.indexOf(self.detail_view) < 0:
            self.stack.addWidget(self.detail_view)

    def show_campaign(self) -> None:
        self.take_in_campaign_page()
        self.stack.setCurrentWidget(self.detail_view)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.focus_list()

    def save_state(self) -> None:
        self.list_view.save_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)


def main() -> int:
    from agencia.ui.campaigns.area import CampaignsArea
    from agencia.ui.widgets.harness import run

    areas = []  # the area outlives `build`: it owns the controller

    def build(ctx: AppContext) -> QWidget:
        areas.append(CampaignsArea(ctx))
        return areas[-1].widget()

    return run("Campañas", build)


if __name__ == "__main__":
    raise SystemExit(main())
