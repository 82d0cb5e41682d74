"""Choosing an account, then one of its contacts: the pair a new request and a logged
contact both open with.

The account is typed and completed (`AccountPicker`); its active contacts are read off
the GUI thread as soon as it is chosen (one light read, ids and names) and fill the list
under it, which always offers «(sin contacto)» first: a contact is optional. An answer for
an account no longer chosen is dropped. The areas that use it hand it the accounts area's
reads (`find`, `contacts`), so that this shared widget imports no area."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from agencia.services.results import Option
from agencia.ui.ops import Operations
from agencia.ui.widgets.account_picker import AccountPicker


class AccountContactPicker(QObject):
    """Two editors for two rows of a form: `account` and `contact`, the second following
    the first."""

    account_changed = Signal()  # the chosen account (or none) changed: contacts are coming
    contacts_arrived = Signal()  # the chosen account's contacts are in the list

    def __init__(
        self,
        ops: Operations,
        parent: QWidget,
        *,
        find: Callable[..., list[Option]],
        contacts: Callable[..., list[Option]],
    ) -> None:
        """`find(db, actor, text, limit, exclude)`: accounts by name; `contacts(db, actor,
        account_id)`: its active contacts. Both run on a reader."""
        super().__init__(parent)
        self._ops = ops
        self._contacts = contacts
        self.account = AccountPicker(ops, parent=parent, find=find)
        self.contact = QComboBox(parent)
        self._no_contact()
        self.account.choice_changed.connect(self._account_changed)

    @property
    def account_id(self) -> int | None:
        return self.account.account_id

    @property
    def contact_id(self) -> int | None:
        data: Any = self.contact.currentData()
        return int(data) if data is not None else None

    def set_account(self, account_id: int | None, name: str) -> None:
        """Choose an account (the one a page shows): its contacts are read."""
        self.account.set_choice(account_id, name)

    def account_error(self) -> str:
        """What the account row says while nothing valid is chosen ("" once it is)."""
        return "" if self.account_id is not None else self.tr("Elija una cuenta de la lista.")

    def refresh(self) -> None:
        """Read the chosen account's contacts again (the list starts over)."""
        self._account_changed()

    def _no_contact(self) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(sin contacto)"), None)

    def _account_changed(self) -> None:
        chosen = self.account_id
        self._no_contact()
        if chosen is not None:
            self._ops.read(
                self._contacts,
                chosen,
                on_done=partial(self._arrived, chosen),
                on_error=lambda _error: None,  # a contact is optional; the save says the rest
                key=f"account-contacts.{id(self)}",
            )
        self.account_changed.emit()

    def _arrived(self, account_id: int, found: list[Option]) -> None:
        if account_id != self.account_id:
            return  # another account was chosen meanwhile
        for option in found:
            self.contact.addItem(option.label, option.id)
        self.contacts_arrived.emit()
