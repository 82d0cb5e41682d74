"""Choosing an account, then one of its contacts: the pair a new request and a logged
contact both open with.

The account is typed and completed (`AccountPicker`); its active contacts are read off
the GUI thread as soon as it is chosen (one light read, ids and names) and fill the list
under it, which always offers «(sin contacto)» first: a contact is optional. An answer for
an account no longer chosen is dropped. The areas that use it hand it the accounts area's
reads (`find`, `contacts`), so that this shared widget imports no area.

A form's draft keeps both by id (`editor_values.OwnValue`); given back, the account is
chosen again, its contacts are read, and the contact the draft names is chosen once they
arrive — until then it is still the form's (a draft written or a save made meanwhile
keeps it)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from agencia.services.results import Option
from agencia.ui.ops import Operations
from agencia.ui.widgets.account_picker import AccountPicker


class ContactChoice(QComboBox):
    """The chosen account's contacts, «(sin contacto)» first. A contact asked for before
    the list has it (a draft given back while the contacts are being read) is `wanted`:
    it is the value until the list arrives, then chosen (or dropped if no longer there);
    the person's own choice in the list replaces it. Its value names the account it is a
    contact of: given back on a form showing another account, it asks for that account
    (`account_wanted`) — a contact of Café Madrid never lands on Tacos CDMX."""

    account_wanted = Signal(object)  # an Option: the account a contact given back is of

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._of: Option | None = None  # the account whose contacts are (or come) here
        self._wanted: tuple[int | None, str] | None = None  # by id, or by name (None)
        self._complete = True  # the list holds all of `_of`'s contacts
        self.activated.connect(self._chosen_by_hand)
        self.start(None)

    @property
    def contact_id(self) -> int | None:
        if self._wanted is not None:
            return self._wanted[0]
        data: Any = self.currentData()
        return int(data) if data is not None else None

    def start(self, of: Option | None) -> None:
        """Only «(sin contacto)»; `of`: the account whose contacts are being read."""
        self.clear()
        self.addItem(QCoreApplication.translate("AccountContactPicker", "(sin contacto)"), None)
        self._of = of
        self._complete = of is None
        if of is None:
            self._wanted = None  # no account: no contact of it to wait for

    def fill(self, found: list[Option]) -> None:
        """The account's contacts have arrived: list them, choose the one wanted."""
        for option in found:
            self.addItem(option.label, option.id)
        self._complete = True
        self._take_wanted()

    # -- as a form keeps it: `editor_values.OwnValue` ---------------------------------------
    def editor_value(self) -> dict[str, Any]:
        """The contact by id with its name, and the account it is a contact of."""
        contact = self.contact_id
        text = self._wanted[1] if self._wanted is not None else self.currentText()
        if contact is None or self._of is None:
            return {"contact": None, "text": text}
        return {"contact": contact, "text": text, "of": [self._of.id, self._of.label]}

    def set_editor_value(self, value: Any) -> None:
        if isinstance(value, list):  # a draft from before ids were kept: [index, name]
            self._wanted = (None, str(value[1]))
            self._take_wanted()
            return
        if value["contact"] is None:
            self._wanted = None
            self.setCurrentIndex(0)
            return
        self._wanted = (int(value["contact"]), str(value["text"]))
        of = value.get("of")
        if of is not None and (self._of is None or self._of.id != int(of[0])):
            self.account_wanted.emit(Option(int(of[0]), str(of[1])))  # its contacts follow
        else:
            self._take_wanted()

    def _take_wanted(self) -> None:
        if self._wanted is None:
            return
        contact, text = self._wanted
        found = self.findData(contact) if contact is not None else self.findText(text)
        if found >= 0 or self._complete:
            self._wanted = None  # chosen, or no longer among the account's contacts
        if found >= 0:
            self.setCurrentIndex(found)

    def _chosen_by_hand(self, _index: int) -> None:
        self._wanted = None


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
        self.contact = ContactChoice(parent)
        self.account.choice_changed.connect(self._account_changed)
        self.contact.account_wanted.connect(lambda o: self.set_account(o.id, o.label))

    @property
    def account_id(self) -> int | None:
        return self.account.account_id

    @property
    def contact_id(self) -> int | None:
        return self.contact.contact_id

    def set_account(self, account_id: int | None, name: str) -> None:
        """Choose an account (the one a page shows): its contacts are read."""
        self.account.set_choice(account_id, name)

    def account_error(self) -> str:
        """What the account row says while nothing valid is chosen ("" once it is)."""
        return "" if self.account_id is not None else self.tr("Elija una cuenta de la lista.")

    def refresh(self) -> None:
        """Read the chosen account's contacts again (the list starts over)."""
        self._account_changed()

    def _account_changed(self) -> None:
        chosen = self.account_id
        self.contact.start(Option(chosen, self.account.text()) if chosen is not None else None)
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
        self.contact.fill(found)
        self.contacts_arrived.emit()
