"""A client contact: who they are, how they like to be reached, which brands they handle."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from agencia.domain.enums import Channel, ContactRole
from agencia.domain.errors import NotFound
from agencia.services.accounts.contacts import (
    ContactInput,
    contact_input_of,
    save_contact,
    validate_contact,
)
from agencia.services.accounts.queries import get_account
from agencia.services.accounts.views import BrandView, ContactView
from agencia.ui.accounts.labels import channel_label, contact_role_label
from agencia.ui.ops import Operations
from agencia.ui.widgets.conflict import yes_no
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from agencia.services import Actor, Database


def current_contact(db: Database, actor: Actor, account_id: int, contact_id: int) -> ContactView:
    """The contact as saved now (read with its account, as the page reads it)."""
    found = next(
        (c for c in get_account(db, actor, account_id).contacts if c.id == contact_id), None
    )
    if found is None:
        raise NotFound("contact.not_found", id=contact_id)
    return found


class ContactFormDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        account_id: int,
        account_name: str,
        brands: Sequence[BrandView],
        contact: ContactView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("contactForm")
        self.setWindowTitle(
            self.tr("Editar contacto — %1").replace("%1", contact.full_name)
            if contact is not None
            else self.tr("Nuevo contacto de %1").replace("%1", account_name)
        )
        self.account_id = account_id
        self.contact = contact

        self.form = Form(self)
        self.full_name = QLineEdit(self)
        self.position = QLineEdit(self)
        self.position.setPlaceholderText(self.tr("Su cargo en la empresa del cliente"))
        self.contact_role = QComboBox(self)
        for role in ContactRole:
            self.contact_role.addItem(contact_role_label(role), role.value)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.mobile = QLineEdit(self)
        self.fax = QLineEdit(self)
        self.postal_address = QPlainTextEdit(self)
        self.postal_address.setObjectName("contactPostalAddress")
        self.postal_address.setFixedHeight(56)
        self.postal_address.setTabChangesFocus(True)
        self.postal_address.setPlaceholderText(self.tr("Para cartas certificadas y mensajería"))
        self.preferred_hours = QLineEdit(self)
        self.preferred_hours.setPlaceholderText(self.tr("p. ej. 09:00-14:00 (hora de la cuenta)"))
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.decision_maker = QCheckBox(self.tr("Decide sobre campañas y presupuestos"), self)
        self.brands = QListWidget(self)
        self.brands.setObjectName("contactBrands")
        # rows as tall as the style sheet's check box and then some: a row of the text's
        # height clipped the box's frame
        self.brands.setStyleSheet("QListWidget#contactBrands::item { padding: 4px 4px; }")
        for brand in brands:
            item = QListWidgetItem(brand.name, self.brands)
            item.setData(Qt.ItemDataRole.UserRole, brand.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.brands.setMaximumHeight(max(60, min(160, 26 * len(brands) + 8)))
        if not brands:
            self.brands.setEnabled(False)
            self.brands.setToolTip(self.tr("La cuenta aún no tiene marcas."))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(64)
        self.notes.setTabChangesFocus(True)
        field_rows: list[tuple[str, str, QWidget]] = [
            ("full_name", self.tr("Nombre y apellidos *"), self.full_name),
            ("position", self.tr("Cargo"), self.position),
            ("contact_role", self.tr("Papel en el cliente"), self.contact_role),
            ("email", self.tr("Correo electrónico"), self.email),
            ("phone", self.tr("Teléfono"), self.phone),
            ("mobile", self.tr("Móvil"), self.mobile),
            ("fax", self.tr("Fax"), self.fax),
            ("postal_address", self.tr("Dirección postal"), self.postal_address),
            ("preferred_channel", self.tr("Canal preferido"), self.channel),
            ("preferred_hours", self.tr("Horario preferido"), self.preferred_hours),
            ("decision_maker", self.tr("Decisor"), self.decision_maker),
            ("brand_ids", self.tr("Marcas que lleva"), self.brands),
            ("notes", self.tr("Notas"), self.notes),
        ]
        for name, label, editor in field_rows:
            self.form.add(name, label, editor)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        if contact is not None:
            self._fill(contact)
        else:
            self.channel.setCurrentIndex(max(self.channel.findData(Channel.EMAIL.value), 0))
            self.contact_role.setCurrentIndex(
                max(self.contact_role.findData(ContactRole.OTHER.value), 0)
            )
        resize_within_screen(self, 520, 680)
        self.revalidate()
        self.full_name.setFocus()

    def _fill(self, contact: ContactView) -> None:
        self.full_name.setText(contact.full_name)
        self.position.setText(contact.position)
        self.contact_role.setCurrentIndex(
            max(self.contact_role.findData(contact.contact_role.value), 0)
        )
        self.email.setText(contact.email)
        self.phone.setText(contact.phone)
        self.mobile.setText(contact.mobile)
        self.fax.setText(contact.fax)
        self.postal_address.setPlainText(contact.postal_address)
        self.preferred_hours.setText(contact.preferred_hours)
        self.channel.setCurrentIndex(max(self.channel.findData(contact.preferred_channel.value), 0))
        self.decision_maker.setChecked(contact.decision_maker)
        self.notes.setPlainText(contact.notes)
        for n in range(self.brands.count()):
            item = self.brands.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in contact.brand_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_brand_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.brands.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.brands.count())
            if self.brands.item(n).checkState() == Qt.CheckState.Checked
        )

    def collect(self) -> ContactInput:
        return ContactInput(
            full_name=self.full_name.text(),
            position=self.position.text(),
            contact_role=ContactRole(self.contact_role.currentData() or ContactRole.OTHER.value),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            preferred_channel=Channel(self.channel.currentData() or Channel.EMAIL.value),
            decision_maker=self.decision_maker.isChecked(),
            notes=self.notes.toPlainText(),
            brand_ids=self.checked_brand_ids(),
            fax=self.fax.text(),
            postal_address=self.postal_address.toPlainText(),
            preferred_hours=self.preferred_hours.text(),
        )

    def field_errors(self, data: ContactInput) -> FieldErrors:
        return dict(validate_contact(data))

    def submit(self, data: ContactInput) -> None:
        contact = self.contact
        self.write(
            save_contact,
            self.account_id,
            data,
            contact.id if contact else None,
            contact.version if contact else None,
        )

    # -- conflicts ------------------------------------------------------------------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        if self.contact is None:
            return None
        return current_contact, (self.account_id, self.contact.id)

    def input_of(self, record: ContactView) -> ContactInput:
        return contact_input_of(record)

    def field_texts(self, data: ContactInput) -> dict[str, str]:
        names = {
            int(self.brands.item(n).data(Qt.ItemDataRole.UserRole)): self.brands.item(n).text()
            for n in range(self.brands.count())
        }
        return {
            "full_name": data.full_name,
            "position": data.position,
            "contact_role": contact_role_label(data.contact_role),
            "email": data.email,
            "phone": data.phone,
            "mobile": data.mobile,
            "fax": data.fax or "",
            "postal_address": data.postal_address or "",
            "preferred_channel": channel_label(data.preferred_channel),
            "preferred_hours": data.preferred_hours or "",
            "decision_maker": yes_no(data.decision_maker),
            "brand_ids": ", ".join(sorted(names.get(b, str(b)) for b in data.brand_ids)),
            "notes": data.notes,
        }

    def take_record(self, record: ContactView, *, fill: bool) -> None:
        self.contact = record
        if fill:
            self._fill(record)
