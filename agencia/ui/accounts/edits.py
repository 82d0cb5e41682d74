"""Creating, editing, deactivating and undoing: the account edits of the Cuentas area.

A mixin of `AccountsController`: each edit opens its form (or asks once), runs the
service through `ops.write`, and says what happened. Account and contact edits go on the
window's undo history (`ui/widgets/undo.py`), several steps deep: undo saves the values from
before over the version the edit produced — a new edit with its own audit entry, and a
conflict if someone else saved in between — and redo saves the edit again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from agencia.domain.enums import AccountStatus
from agencia.domain.errors import Conflict
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.results import SaveResult
from agencia.ui.accounts.form_options import FormOptions

translate = QCoreApplication.translate

# The forms (and the contacts service behind them), the account's edits and its page's
# read models are imported when first used: the list is shown at start-up without them
# (tests/ui/test_startup_lean.py).
if TYPE_CHECKING:
    from agencia.domain.actor import Actor
    from agencia.services import Database
    from agencia.services.accounts.account_edit import AccountInput
    from agencia.services.accounts.contacts import ContactInput
    from agencia.services.accounts.views import AccountDetail, ContactView
    from agencia.ui.accounts.detail_view import AccountDetailView
    from agencia.ui.accounts.list_view import AccountListView
    from agencia.ui.accounts.page import AccountsPage
    from agencia.ui.area import AppContext
    from agencia.ui.ops import Operations
    from agencia.ui.widgets.undo import UndoHistory


def account_key(account_id: int) -> tuple[str, int]:
    """The account's key in the undo history."""
    return ("account", account_id)


def _save_account(account_id: int) -> Callable[..., SaveResult]:
    from agencia.services.accounts.account_edit import update_account

    def save(db: Database, actor: Actor, values: AccountInput, version: int) -> SaveResult:
        return update_account(db, actor, account_id, values, version)

    return save


def _save_contact(account_id: int, contact_id: int) -> Callable[..., SaveResult]:
    from agencia.services.accounts.contacts import save_contact

    def save(db: Database, actor: Actor, values: ContactInput, version: int) -> SaveResult:
        return save_contact(db, actor, account_id, values, contact_id, version)

    return save


def contact_input(contact: ContactView) -> ContactInput:
    """The contact as the form would save it: the undo's "before", every field included."""
    from agencia.services.accounts.contacts import contact_input_of

    return contact_input_of(contact)


class AccountEditsMixin:
    """Needs, from the controller: ctx, ops, page, list_view, detail_view, options, detail,
    history, dialog, and the telling-people methods confirm, inform and report."""

    ctx: AppContext
    ops: Operations
    page: AccountsPage
    list_view: AccountListView
    detail_view: AccountDetailView
    options: FormOptions
    detail: AccountDetail | None
    history: UndoHistory
    dialog: QDialog | None
    can_create: bool
    _wanted_id: int | None

    if TYPE_CHECKING:  # provided by QObject and by the controller (an AreaController)

        def confirm(self, title: str, text: str, accept: str) -> bool: ...
        def inform(self, text: str, icon: QMessageBox.Icon = ...) -> None: ...
        def report(self, error: BaseException) -> None: ...
        def _update_actions(self) -> None: ...
        def open_account(self, account_id: int) -> None: ...

    # -- account edits ----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def new_account(self) -> None:
        if not self.can_create:
            return
        from agencia.ui.accounts.account_form import AccountFormDialog

        dialog = AccountFormDialog(self.ops, self.ctx.actor, self.options, None, self.page)
        dialog.saved.connect(self._created)
        dialog.open_existing.connect(self.open_account)
        self._open(dialog)

    def _created(self, result: SaveResult, data: AccountInput) -> None:
        self.ctx.toast(
            translate("AccountEdits", "Cuenta «%1» creada").replace("%1", data.trade_name.strip())
        )
        self._warn(result)
        self._wanted_id = result.id
        self.list_view.remember_selection(result.id)  # selected once the list reloads

    def edit_account(self) -> None:
        d = self.detail
        if d is None or not d.can_edit:
            return
        from agencia.services.accounts.account_edit import input_from_detail
        from agencia.ui.accounts.account_form import AccountFormDialog

        dialog = AccountFormDialog(self.ops, self.ctx.actor, self.options, d, self.page)
        previous = input_from_detail(d)
        dialog.saved.connect(lambda result, data: self._edited(d.id, previous, result, data))
        self._open(dialog)

    def _edited(
        self, account_id: int, previous: AccountInput, result: SaveResult, data: AccountInput
    ) -> None:
        name = data.trade_name.strip()
        self.history.push_saved(
            translate("AccountEdits", "Editar la cuenta «%1»").replace("%1", name),
            account_key(account_id),
            _save_account(account_id),
            previous,
            data,
            result.version,
            refused=lambda error: self._undo_failed(name, error),
        )
        self.ctx.toast(translate("AccountEdits", "Cambios guardados (Ctrl+Z para deshacer)"))
        self._warn(result)
        self._update_actions()

    def deactivate(self) -> None:
        d = self.detail
        if d is None or not d.can_edit or d.status is AccountStatus.INACTIVE:
            return
        question = translate(
            "AccountEdits",
            "¿Desactivar la cuenta «%1»? Dejará de figurar entre las cuentas activas; "
            "sus marcas, contactos e historial se conservan y podrá reactivarla.",
        ).replace("%1", d.trade_name)
        if not self.confirm(
            translate("AccountEdits", "Desactivar cuenta"),
            question,
            translate("AccountEdits", "Desactivar"),
        ):
            return
        from agencia.services.accounts.account_edit import input_from_detail, set_account_active

        previous = input_from_detail(d)
        self.ops.write(
            set_account_active,
            d.id,
            False,
            d.version,
            on_done=lambda result: self._status_saved(d, previous, result, active=False),
            on_error=self.report,
        )

    def reactivate(self) -> None:
        d = self.detail
        if d is None or not d.can_edit or d.status is not AccountStatus.INACTIVE:
            return
        from agencia.services.accounts.account_edit import input_from_detail, set_account_active

        previous = input_from_detail(d)
        self.ops.write(
            set_account_active,
            d.id,
            True,
            d.version,
            on_done=lambda result: self._status_saved(d, previous, result, active=True),
            on_error=self.report,
        )

    def _status_saved(
        self, d: AccountDetail, previous: AccountInput, result: SaveResult, *, active: bool
    ) -> None:
        after = replace(previous, status=AccountStatus.ACTIVE if active else AccountStatus.INACTIVE)
        self.history.push_saved(
            (
                translate("AccountEdits", "Reactivar la cuenta «%1»")
                if active
                else translate("AccountEdits", "Desactivar la cuenta «%1»")
            ).replace("%1", d.trade_name),
            account_key(d.id),
            _save_account(d.id),
            previous,
            after,
            result.version,
            refused=lambda error: self._undo_failed(d.trade_name, error),
        )
        message = (
            translate("AccountEdits", "Cuenta «%1» reactivada")
            if active
            else translate("AccountEdits", "Cuenta «%1» desactivada")
        )
        self.ctx.toast(message.replace("%1", d.trade_name))
        self._update_actions()

    def undo(self) -> None:
        """Edit ▸ Undo: the window's last saved change, whichever area made it."""
        self.history.undo()

    def _undo_failed(self, name: str, error: BaseException) -> None:
        self._update_actions()
        if isinstance(error, Conflict):
            self.inform(
                translate(
                    "AccountEdits",
                    "No se puede deshacer: otra persona ha modificado «%1» después. "
                    "Revise la cuenta y edítela si hace falta.",
                ).replace("%1", name)
            )
        else:
            self.report(error)

    def _warn(self, result: SaveResult) -> None:
        for code, params in result.warnings:
            self.inform(render(code, params))

    # -- contacts, brands, products -------------------------------------------------------------
    def edit_contact(self, contact_id: int | None) -> None:
        d = self.detail
        if d is None or not d.can_edit:
            return
        contact = next((c for c in d.contacts if c.id == contact_id), None)
        from agencia.ui.accounts.contact_form import ContactFormDialog

        dialog = ContactFormDialog(self.ops, d.id, d.trade_name, d.brands, contact, self.page)
        dialog.saved.connect(lambda result, data: self._contact_saved(d.id, contact, result, data))
        self._open(dialog)

    def _contact_saved(
        self, account_id: int, contact: ContactView | None, result: SaveResult, data: ContactInput
    ) -> None:
        name = data.full_name.strip()
        if contact is not None:  # an edit (a new contact is not undone: it is deactivated)
            self.history.push_saved(
                translate("AccountEdits", "Editar el contacto «%1»").replace("%1", name),
                ("contact", contact.id),
                _save_contact(account_id, contact.id),
                contact_input(contact),
                data,
                result.version,
                refused=lambda error: self._undo_failed(name, error),
            )
        self.ctx.toast(translate("AccountEdits", "Contacto «%1» guardado").replace("%1", name))

    def toggle_contact(self, contact_id: int, active: bool) -> None:
        d = self.detail
        contact = next((c for c in d.contacts if c.id == contact_id), None) if d else None
        if d is None or contact is None or not d.can_edit:
            return
        if not active and not self.confirm(
            translate("AccountEdits", "Desactivar contacto"),
            fill(
                translate(
                    "AccountEdits", "¿Desactivar a «%1» como contacto de «%2»? Podrá reactivarlo."
                ),
                contact.full_name,
                d.trade_name,
            ),
            translate("AccountEdits", "Desactivar"),
        ):
            return
        from agencia.services.accounts.contacts import set_contact_active

        self.ops.write(
            set_contact_active,
            contact_id,
            active,
            on_error=self.report,
        )

    def edit_brand(self, brand_id: int | None) -> None:
        d = self.detail
        if d is None or not d.can_edit:
            return
        brand = next((b for b in d.brands if b.id == brand_id), None)
        from agencia.ui.accounts.brand_forms import BrandDialog

        self._open(BrandDialog(self.ops, d.id, brand, self.page))

    def edit_product(self, product_id: int | None, brand_id: int) -> None:
        d = self.detail
        brand = next((b for b in d.brands if b.id == brand_id), None) if d else None
        if d is None or brand is None or not d.can_edit:
            return
        product = next((p for p in brand.products if p.id == product_id), None)
        from agencia.ui.accounts.brand_forms import ProductDialog

        self._open(ProductDialog(self.ops, brand, product, self.page, account_id=d.id))
