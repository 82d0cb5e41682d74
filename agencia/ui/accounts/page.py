"""The Cuentas panel: the list on the left, the account page on the right.

With no account open the list comes first: it gets the width its columns want (none
elided), and the page's empty state («Ninguna cuenta abierta») what is left — or, short
of `EMPTY_LEAST`, it steps aside until an account is opened (as the Personas page does).
An open account's page keeps the width the person gave it (the divider, remembered).

Run alone with demo data: `python -m agencia.ui.accounts.page [--db URL] [--user LOGIN]`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from agencia.ui import settings
from agencia.ui.accounts.list_view import AccountListView
from agencia.ui.area import AppContext
from agencia.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from agencia.ui.accounts.detail_view import AccountDetailView

PANE_KEY = "accounts/pane_width"  # the account page's width as the person last dragged it
PANE_WIDTH = 560  # the account page beside the list, until the person drags the divider
# Nobody open: the empty state keeps what the list leaves, or steps aside under this.
EMPTY_LEAST = 200


class AccountsPage(QWidget):
    """The area's widget; says when it is shown so that its shortcuts apply only then.

    The splitter holds the list, then the account page once built (an account opened),
    then the empty state; the page and the empty state are never shown together."""

    visibility_changed = Signal(bool)

    def __init__(
        self,
        list_view: AccountListView,
        detail_view: AccountDetailView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.list_view = list_view
        self.detail_view: AccountDetailView | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("accountsSplitter")
        self.splitter.addWidget(list_view)
        self.placeholder = EmptyState(
            self.tr("Ninguna cuenta abierta"),
            self.tr(
                "Elija una cuenta de la lista para ver sus marcas, contactos, equipo e historial."
            ),
            icon_name="accounts",
            parent=self,
        )
        self.placeholder.setObjectName("accountsNoneOpen")
        self.placeholder.setMinimumWidth(EMPTY_LEAST)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setChildrenCollapsible(False)
        # the account page keeps its width as the window changes; the list gives way
        # (its least needed columns hide first: `AccountListView`)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        saved = settings.settings().value(PANE_KEY)
        self.pane_width = int(saved) if str(saved).isdigit() else PANE_WIDTH
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.splitter)
        # laid out again as an account opens or closes, and as the rows or the room
        # change (once the changes settle)
        self._lay_out_soon = QTimer(self)
        self._lay_out_soon.setSingleShot(True)
        self._lay_out_soon.setInterval(0)
        self._lay_out_soon.timeout.connect(self.lay_out)
        list_view.model.modelReset.connect(self._rows_changed)
        list_view.model.ids_loaded.connect(lambda _count: self._rows_changed())
        self.splitter.splitterMoved.connect(self._dragged)
        self.splitter.installEventFilter(self)
        if detail_view is not None:
            self.set_detail_view(detail_view)

    def set_detail_view(self, detail_view: AccountDetailView) -> None:
        """The account page, built, goes beside the list; the empty state stays for when
        no account is open."""
        self.detail_view = detail_view
        detail_view.hide()  # takes no room from the list until `lay_out` gives it its own
        self.splitter.insertWidget(1, detail_view)
        self.splitter.setStretchFactor(1, 0)
        detail_view.stack.currentChanged.connect(lambda _n: self.lay_out())
        self._lay_out_soon.start()

    def account_open(self) -> bool:
        """Whether the account page shows an account (not its own empty state)."""
        return self.detail_view is not None and self.detail_view.detail is not None

    def _rows_changed(self) -> None:
        """Other rows, other widths wanted: laid out again while no account is open (an
        open one's page keeps its width whatever the list shows — and a keystroke in the
        search box is not made to measure the list's columns once more)."""
        if not self.account_open():
            self._lay_out_soon.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._lay_out_soon.start()
        return False

    def lay_out(self) -> None:
        """An open account: its page at the width the person gave it (never narrower
        than its tabs want). None open: the list first gets the width its columns want,
        the empty state what is left — or, short of `EMPTY_LEAST`, none."""
        room = self.splitter.width() - self.splitter.handleWidth()
        if room <= 0 or not self.isVisible():
            return
        detail = self.detail_view
        pane: QWidget
        if self.account_open() and detail is not None:
            self.placeholder.hide()
            detail.show()
            width = min(self.pane_width, room - self.list_view.minimumSizeHint().width())
            pane = detail
        else:
            if detail is not None:
                detail.hide()
            width = min(self.pane_width, room - self.list_view.needed_width())
            self.placeholder.setVisible(width >= EMPTY_LEAST)
            pane = self.placeholder
        if pane.isVisible():
            width = max(width, pane.minimumWidth())
            sizes = [room - width] + [0] * (self.splitter.count() - 1)
            sizes[self.splitter.indexOf(pane)] = width
            self.splitter.setSizes(sizes)

    def _dragged(self, _pos: int, _index: int) -> None:
        """The person's own divider, kept for every account they open (and saved)."""
        if self.account_open() and self.detail_view is not None:
            self.pane_width = self.splitter.sizes()[self.splitter.indexOf(self.detail_view)]
            settings.settings().setValue(PANE_KEY, self.pane_width)

    def save_state(self) -> None:
        settings.settings().setValue(PANE_KEY, self.pane_width)
        self.list_view.save_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._lay_out_soon.start()
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)


def main() -> int:
    from agencia.ui.accounts.area import AccountsArea
    from agencia.ui.widgets.harness import run

    areas = []  # the area outlives `build`: it owns the controller

    def build(ctx: AppContext) -> QWidget:
        areas.append(AccountsArea(ctx))
        return areas[-1].widget()

    return run("Cuentas", build)


if __name__ == "__main__":
    raise SystemExit(main())
