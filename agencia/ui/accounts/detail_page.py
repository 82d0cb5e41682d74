"""The account page, built once the window is idle after sign-in, not at sign-in.

Its tabs and models, and the tabs other areas add to it (the satisfaction area's
«Satisfacción»), were most of the accounts area's cost at sign-in, for a page nobody
sees until they open an account. Built on the first open instead, they were most of
that open (~0.5 s of 0.9 s on the large demo): so the page is built, hidden, in the
window's first idle moment after the list and its choices have answered (`warm_page`),
and one account is read as the page reads it (its statements compiled), the same way
the campaign page is warmed. An account opened sooner builds it at once, as before.
The actions offered on it (its own and other areas') are kept and put on it when it is
built.
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
    from agencia.ui.ops import Operations


class AccountPageMixin:
    """Needs, from the controller: ctx, page, actions, options, `_update_actions`, and
    the handlers the page's signals go to (the edits' mixins)."""

    ctx: AppContext
    ops: Operations
    page: AccountsPage
    actions: dict[str, QAction]
    options: FormOptions
    _detail_view: AccountDetailView | None
    _offered: list[QAction]
    _follow: int | None = None  # an account opened from elsewhere: the list to follow
    # (account, the references of its history) whose names were last asked for
    _references_asked: tuple[int, frozenset[tuple[str, str]]] | None = None

    if TYPE_CHECKING:
        from agencia.services.accounts.views import AccountDetail
        from agencia.ui.accounts.list_view import AccountListView

        list_view: AccountListView
        detail: AccountDetail | None
        _wanted_id: int | None

        def _update_actions(self) -> None: ...

        def load_detail(self, account_id: int) -> None: ...

    @property
    def built_detail(self) -> bool:
        """Whether the account page exists yet (built at idle, or by a first open)."""
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

    def warm_page(self) -> None:
        """At idle: build the page (hidden: the list keeps its width until an account
        is opened) and read one account as it does, thrown away, so that the first
        account opened is as quick as the next. Nothing here is waited for."""
        if self.ops.synchronous:  # reads answered inline (tests): nothing to warm
            return
        self.detail_view.ensurePolished()
        from agencia.services.accounts.account_page import warm_account_page

        self.ops.read(
            warm_account_page,
            on_done=lambda _id: None,
            on_error=lambda _e: None,
            key="accounts.warm",
        )

    def open_page_first(self, account_id: int) -> None:
        """An account asked for by a link, global search or another area: its page
        first, alone; the list selects its row once the page is shown and the window
        has been quiet a moment (`page_shown`). Selected first, the list scrolled there,
        read that part of the list and fitted its columns again beside the page's read:
        on the large demo that was more than the page itself (0.1-0.3 s an account)."""
        self._follow = account_id
        shown = self.detail
        if self._wanted_id != account_id or shown is None or shown.id != account_id:
            self.load_detail(account_id)
        else:
            self.page_shown()

    def page_shown(self) -> None:
        """The controller has shown an account's page: the list follows it when idle
        (counted from now, after the page's own work, not from the read's answer)."""
        if self._follow is not None:
            self._follow = None
            self.ops.when_idle(self._follow_in_list)

    def _follow_in_list(self) -> None:
        """The list's row for the account the page shows, if listed (it does not read
        the account again: `_current_changed` knows it is the one wanted)."""
        shown = self.detail
        if shown is not None and shown.id == self._wanted_id:
            self.list_view.select_account(shown.id)

    def _name_references(self, detail: AccountDetail) -> None:
        """The names of what the history points at (a survey, a task, a person), read
        after the page: until they come it says «no disponible», never «#12»."""
        from agencia.services.accounts.history_names import history_names
        from agencia.services.accounts.history_references import REFERENCES

        refs = frozenset(
            (field, repr(value))
            for entry in detail.history
            for field, value in entry.changes.items()
            if field in REFERENCES
        )
        if not refs:
            self._references_asked = None  # the next account's names are asked afresh
            return
        if (detail.id, refs) == self._references_asked:
            return  # named already: a reload of the same account that added none
        self._references_asked = (detail.id, refs)
        self.ops.read(
            history_names,
            detail.id,
            on_done=lambda names: self._references_arrived(detail.id, names),
            on_error=lambda _error: None,  # the page stays as it is: numbers unnamed
            key="accounts.history_names",
        )

    def _references_arrived(self, account_id: int, names: dict[str, dict[int, str]]) -> None:
        if self._detail_view is not None:
            self._detail_view.set_references(account_id, names)

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
