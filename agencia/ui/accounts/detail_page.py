"""The account page, built when an account is first opened, not at sign-in.

Its tabs and models, and the tabs other areas add to it (the satisfaction area's
«Satisfacción»), were most of the accounts area's cost at sign-in, for a page nobody
sees until they open an account; until then the list has the whole width. The actions
offered on it (its own and other areas') are kept and put on it when it is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction

from agencia.domain.areas import AreaId
from agencia.ui.actions import ActionId
from agencia.ui.area_tabs import contributed_tabs

if TYPE_CHECKING:
    from agencia.ui.accounts.account_form import FormOptions
    from agencia.ui.accounts.detail_view import AccountDetailView
    from agencia.ui.accounts.page import AccountsPage
    from agencia.ui.area import AppContext


class AccountPageMixin:
    """Needs, from the controller: ctx, page, actions, options, `_update_actions`, and
    the handlers the page's signals go to (the edits' mixins)."""

    ctx: AppContext
    page: AccountsPage
    actions: dict[str, QAction]
    options: FormOptions
    _detail_view: AccountDetailView | None
    _offered: list[QAction]

    if TYPE_CHECKING:

        def _update_actions(self) -> None: ...

    @property
    def built_detail(self) -> bool:
        """Whether the account page exists yet (an account has been opened)."""
        return self._detail_view is not None

    @property
    def detail_view(self) -> AccountDetailView:
        """The account page; built (with the tabs other areas add) on first use."""
        if self._detail_view is None:
            self._detail_view = self._build_detail_view()
            self._update_actions()
        return self._detail_view

    @detail_view.setter
    def detail_view(self, view: AccountDetailView) -> None:
        self._detail_view = view

    def _offer_on_page(self, action: QAction) -> None:
        self._offered.append(action)
        if self._detail_view is not None:
            self._detail_view.add_header_action(action)

    def _build_detail_view(self) -> AccountDetailView:
        from agencia.ui.accounts.detail_view import AccountDetailView

        c: Any = self  # the handlers are the edits' and logos' mixins'

        view = AccountDetailView(self.ctx.locale)
        view.set_header_actions(
            [
                self.actions[k]
                for k in (
                    ActionId.ACCOUNTS_EDIT,
                    ActionId.ACCOUNTS_DEACTIVATE,
                    ActionId.ACCOUNTS_REACTIVATE,
                )
            ]
        )
        for action in self._offered:
            view.add_header_action(action)
        for tab in contributed_tabs(self.ctx, AreaId.ACCOUNTS):  # e.g. «Satisfacción»
            view.add_area_tab(tab)
        if self.options.groups or self.options.executives:
            view.set_names(self._option_names())
        view.open_account.connect(c.open_account)
        view.add_contact.connect(lambda: c.edit_contact(None))
        view.edit_contact.connect(c.edit_contact)
        view.set_contact_active.connect(c.toggle_contact)
        view.add_brand.connect(lambda: c.edit_brand(None))
        view.edit_brand.connect(c.edit_brand)
        view.add_product.connect(lambda brand_id: c.edit_product(None, brand_id))
        view.edit_product.connect(c.edit_product)
        view.change_logo.connect(lambda: c.change_logo())
        view.remove_logo.connect(c.remove_logo)
        view.change_brand_logo.connect(lambda brand: c.change_brand_logo(brand))
        view.remove_brand_logo.connect(c.remove_brand_logo)
        self.page.set_detail_view(view)
        return view

    def _option_names(self) -> dict[str, dict[int, str]]:
        return {
            "group_id": {o.id: o.label for o in self.options.groups},
            "lead_executive_id": {o.id: o.label for o in self.options.executives},
        }
