"""The Cuentas area: the accounts list and the account page, plugged into the window.

The list is built first, from its own modules. Shown at sign-in (`create_shown`), it is
asked for at once: the database answers on a reader while the rest of the area — the
controller's module and its mixins, the page around the list, the actions — is made and
the window lays the page out (ui/shell/area_builder.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agencia.domain.areas import AreaId
from agencia.ui.accounts.list_view import accounts_list
from agencia.ui.area import AppContext, Area


class AccountsArea(Area):
    id = AreaId.ACCOUNTS
    icon_name = "accounts"

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, shown: bool = False
    ) -> None:
        super().__init__(ctx, parent)
        list_view = accounts_list(ctx)
        if shown:  # the page the window shows at sign-in: its list is read meanwhile
            list_view.apply_filters()
        # the account page, its tabs and those other areas add (e.g. «Satisfacción») are
        # built when an account is first opened (`AccountsController.detail_view`)
        from agencia.ui.accounts.controller import AccountsController

        self.controller = AccountsController(ctx, list_view, self)

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


def create_shown(ctx: AppContext) -> Area:
    """The area as the window's first page at sign-in: its list asked for as it is built."""
    return AccountsArea(ctx, shown=True)
