"""The Cuentas panel: the list on the left, the account page on the right.

Run alone with demo data: `python -m agencia.ui.accounts.page [--db URL] [--user LOGIN]`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from agencia.ui import settings
from agencia.ui.accounts.list_view import AccountListView
from agencia.ui.area import AppContext
from agencia.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from agencia.ui.accounts.detail_view import AccountDetailView

SPLITTER_KEY = "accounts/splitter"
MINIMUM_WIDTH = 380  # the account page's (detail_view.MINIMUM_WIDTH)


class AccountsPage(QWidget):
    """The area's widget; says when it is shown so that its shortcuts apply only then."""

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
        # until an account is first opened, the page's empty state stands in its place
        self.placeholder = EmptyState(
            self.tr("Ninguna cuenta abierta"),
            self.tr(
                "Elija una cuenta de la lista para ver sus marcas, contactos, equipo e historial."
            ),
            icon_name="accounts",
            parent=self,
        )
        self.placeholder.setMinimumWidth(MINIMUM_WIDTH)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        saved = settings.get_bytes(SPLITTER_KEY)
        if saved.isEmpty() or not self.splitter.restoreState(saved):
            self.splitter.setSizes([700, 580])
        self.splitter.splitterMoved.connect(lambda *_a: self.save_state())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.splitter)
        if detail_view is not None:
            self.set_detail_view(detail_view)

    def set_detail_view(self, detail_view: AccountDetailView) -> None:
        """The account page, built, takes its stand-in's place and sizes."""
        self.detail_view = detail_view
        sizes = self.splitter.sizes()
        self.splitter.replaceWidget(1, detail_view)
        self.placeholder.deleteLater()
        self.splitter.setSizes(sizes)

    def save_state(self) -> None:
        settings.put_bytes(SPLITTER_KEY, self.splitter.saveState())
        self.list_view.save_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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
