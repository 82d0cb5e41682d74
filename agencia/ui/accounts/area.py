"""The Cuentas area: the accounts list and the account page, plugged into the window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.accounts.controller import AccountsController
from agencia.ui.area import AppContext, Area
from agencia.ui.area_tabs import contributed_tabs


class AccountsArea(Area):
    id = AreaId.ACCOUNTS
    icon_name = "accounts"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = AccountsController(ctx, self)
        # what other areas offer on the account page (its campaigns), beside its own actions
        ctx.actions.contributions(AreaId.ACCOUNTS, self.controller.detail_view.add_header_action)
        for tab in contributed_tabs(ctx, AreaId.ACCOUNTS):  # e.g. «Satisfacción»
            self.controller.detail_view.add_area_tab(tab)

    def title(self) -> str:
        return self.tr("Cuentas")

    def widget(self) -> QWidget:
        return self.controller.page

    def activated(self) -> None:
        self.controller.start()

    def open_record(self, record_id: int) -> None:
        self.controller.open_account(record_id)

    def focus_search(self) -> None:
        self.controller.list_view.focus_search()

    def save_state(self) -> None:
        self.controller.save_state()


def create(ctx: AppContext) -> Area:
    return AccountsArea(ctx)
