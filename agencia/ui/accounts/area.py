"""The Cuentas area: the accounts list and the account page, plugged into the window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.area import AppContext, Area


class AccountsArea(Area):
    id = AreaId.ACCOUNTS
    icon_name = "accounts"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        # the account page, its tabs and those other areas add (e.g. «Satisfacción») are
        # built when an account is first opened (`AccountsController.detail_view`)
        self.controller = AccountsController(ctx, self)

    def title(self) -> str:
        return self.tr("Cuentas")

    def widget(self) -> QWidget:
        return self.controller.page

    def activated(self) -> None:
        self.controller.start()

    def read_ahead(self) -> None:
        """Shown first at sign-in: the list is asked for before the window lays the page
        out (ui/shell/area_builder.py); being shown then asks for nothing more."""
        self.controller.start()

    def open_record(self, record_id: int) -> None:
        self.controller.open_account(record_id)

    def focus_search(self) -> None:
        self.controller.list_view.focus_search()

    def save_state(self) -> None:
        self.controller.save_state()


def create(ctx: AppContext) -> Area:
    return AccountsArea(ctx)
