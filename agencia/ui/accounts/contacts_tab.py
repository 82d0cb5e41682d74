"""The account page's «Contactos» tab: the client's people, with «Nuevo contacto…»,
«Editar…» and «Desactivar»/«Reactivar» for the one chosen.

Signals: `add_contact`, `edit_contact(id)`, `set_contact_active(id, active)`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from agencia.services.accounts.views import ContactView
from agencia.ui.accounts.contact_card import ContactCard
from agencia.ui.accounts.detail_models import ContactsModel
from agencia.ui.accounts.detail_parts import button_row, row_width
from agencia.ui.resources import icon
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.doc_widgets import table
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.table_model import ROW_ROLE


class ContactsTab(QWidget):
    add_contact = Signal()
    edit_contact = Signal(int)  # contact id
    set_contact_active = Signal(int, bool)  # contact id, active

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = False
        self._reason = ""
        self.account_name = ""  # the account shown (the contact's card names it)
        self.contacts_model = ContactsModel(self)
        self.contacts = table(self)
        self.contacts.setObjectName("contactsTable")
        self.contacts.setModel(self.contacts_model)
        set_widths(self.contacts.horizontalHeader(), (170, 150, 160, 130, 76, 150, 190))
        # who the person is before how to reach them: the name whole, the job title and the
        # e-mail share what is left (eliding, whole in a tooltip) no narrower than their
        # floors, the phone whole; the rest as room allows (the contact's card has all)
        chars = self.contacts.fontMetrics().averageCharWidth()
        self.fit = ColumnFit(
            self.contacts,
            whole=(7,),
            priority=(0, 1, 6, 7, 2, 4, 3, 5),
            floors={0: chars * 24, 1: chars * 17, 6: chars * 18},
        )
        self.contacts.doubleClicked.connect(lambda index: self._edit_contact(index))
        self.add_contact_button = QPushButton(icon("contact"), self.tr("Nuevo contacto…"), self)
        self.edit_contact_button = QPushButton(icon("edit"), self.tr("Editar…"), self)
        self.toggle_contact_button = QPushButton(icon("deactivate"), self.tr("Desactivar"), self)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(
            lambda: self._edit_contact(self.contacts.currentIndex())
        )
        self.toggle_contact_button.clicked.connect(self._toggle_contact)
        self.contacts.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())
        self.contacts_empty = QLabel(
            self.tr("Aún no hay contactos del cliente — use «Nuevo contacto…»."), self
        )
        self.contacts_empty.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(
            button_row(
                self.add_contact_button, self.edit_contact_button, self.toggle_contact_button
            )
        )
        column.addWidget(self.contacts_empty)
        column.addWidget(self.contacts, 1)

    def show_contacts(self, contacts: Sequence[ContactView], keep_selection: bool) -> None:
        """The account's contacts; the one chosen stays chosen when the same account is
        shown again (after an edit)."""
        contact_id = self._selected_contact_id() if keep_selection else None
        self.contacts_model.set_contacts(contacts)
        if contact_id is not None:
            for n, c in enumerate(self.contacts_model.rows()):
                if c.id == contact_id:
                    self.contacts.selectRow(n)
        self.contacts_empty.setVisible(not contacts)
        self.contacts.setVisible(bool(contacts))

    def select_contact(self, contact_id: int) -> bool:
        for n, c in enumerate(self.contacts_model.rows()):
            if c.id == contact_id:
                self.contacts.selectRow(n)
                return True
        return False

    def set_editable(self, editable: bool, reason: str) -> None:
        self._editable = editable
        self._reason = reason
        self.update_buttons()

    def update_buttons(self) -> None:
        editable = self._editable
        tip = "" if editable else self._reason
        contact = self._current_contact()
        for button, on in (
            (self.add_contact_button, editable),
            (self.edit_contact_button, editable and contact is not None),
            (self.toggle_contact_button, editable and contact is not None),
        ):
            button.setEnabled(on)
            button.setToolTip(tip)
        if contact is not None and not contact.active:
            self.toggle_contact_button.setText(self.tr("Reactivar"))
            self.toggle_contact_button.setIcon(icon("activate"))
        else:
            self.toggle_contact_button.setText(self.tr("Desactivar"))
            self.toggle_contact_button.setIcon(icon("deactivate"))

    def needed_width(self) -> int:
        """The buttons' row whole, whichever of «Desactivar» and «Reactivar» it shows."""
        toggle = self.toggle_contact_button
        current = toggle.text()
        toggle_widths = []
        for text in (self.tr("Desactivar"), self.tr("Reactivar")):
            toggle.setText(text)
            toggle_widths.append(row_width([toggle], 0))
        toggle.setText(current)
        return (
            row_width([self.add_contact_button, self.edit_contact_button], 8)
            + 8
            + max(toggle_widths)
        )

    def _current_contact(self) -> ContactView | None:
        index = self.contacts.currentIndex()
        row = self.contacts_model.data(index, ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ContactView) else None

    def _selected_contact_id(self) -> int | None:
        contact = self._current_contact()
        return contact.id if contact else None

    def _edit_contact(self, index: QModelIndex) -> None:
        """Its form for who may edit it; its card, every field whole, for the others."""
        if not index.isValid():
            return
        contact = self.contacts_model.row(index.row())
        if not isinstance(contact, ContactView):
            return
        if self._editable:
            self.edit_contact.emit(contact.id)
        else:
            self.open_card(contact)

    def open_card(self, contact: ContactView) -> ContactCard:
        card = ContactCard(contact, self.account_name, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()
        return card

    def _toggle_contact(self) -> None:
        contact = self._current_contact()
        if contact is not None:
            self.set_contact_active.emit(contact.id, not contact.active)
