"""A contact of the client in a dialog of its own, every field whole: what the contacts
table leaves out in a narrow window (role, channel and hours, brands, mobile, fax, postal
address, notes), for anyone who
may see the account — editing stays in the contact's form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from agencia.services.accounts.views import ContactView
from agencia.ui.accounts.labels import channel_label, contact_role_label, yes_no
from agencia.ui.widgets.text import WrapLabel


class ContactCard(QDialog):
    def __init__(self, contact: ContactView, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.setWindowTitle(self.tr("Contacto: %1").replace("%1", contact.full_name))
        self.setMinimumWidth(420)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, WrapLabel] = {}
        for key, label, text in (
            ("full_name", self.tr("Nombre"), contact.full_name),
            ("account", self.tr("Cuenta"), account),
            ("position", self.tr("Cargo"), contact.position),
            (
                "contact_role",
                self.tr("Papel en el cliente"),
                contact_role_label(contact.contact_role),
            ),
            ("email", self.tr("Correo electrónico"), contact.email),
            ("phone", self.tr("Teléfono"), contact.phone),
            ("mobile", self.tr("Móvil"), contact.mobile),
            ("fax", self.tr("Fax"), contact.fax),
            ("postal_address", self.tr("Dirección postal"), contact.postal_address),
            (
                "preferred_channel",
                self.tr("Canal preferido"),
                channel_label(contact.preferred_channel),
            ),
            ("preferred_hours", self.tr("Horario preferido"), contact.preferred_hours),
            ("decision_maker", self.tr("Decisor"), yes_no(contact.decision_maker)),
            ("brands", self.tr("Marcas"), ", ".join(contact.brands)),
            ("active", self.tr("Activo"), yes_no(contact.active)),
            ("notes", self.tr("Notas"), contact.notes),
        ):
            value = WrapLabel(text or "—", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)
