"""The supplier forms: a supplier added or edited (company, category, contact, tax ID,
rates, notes), and a delivered job rated — 1 to 5, an odd scale whose middle is "as
expected", with a comment that a 1 or a 2 must have."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agencia.domain.coordination_enums import VendorCategory
from agencia.domain.labels import label
from agencia.services.coordination.forms import vendor_record
from agencia.services.coordination.vendors import (
    JobLine,
    VendorInput,
    add_vendor,
    rate_vendor,
    update_vendor,
    validate_rating,
    validate_vendor,
)
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def _text_box(parent: QWidget, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setFixedHeight(height)
    box.setTabChangesFocus(True)
    return box


class VendorFormDialog(FormDialog):
    """A new supplier (`vendor_id` None) or one edited from `record` (version, fields)."""

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None,
        vendor_id: int | None = None,
        record: tuple[int, VendorInput] | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("vendorForm")
        self.vendor_id = vendor_id
        self.version = record[0] if record else None
        self.setWindowTitle(
            self.tr("Editar proveedor — %1").replace("%1", record[1].name)
            if record is not None
            else self.tr("Nuevo proveedor")
        )
        self.form = Form(self)
        self.name = QLineEdit(self)
        self.category = QComboBox(self)
        for category in VendorCategory:
            self.category.addItem(label(category), category)
        self.tax_id = QLineEdit(self)
        self.contact_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.rates = _text_box(self)
        self.rates.setPlaceholderText(self.tr("p. ej. Jornada de rodaje 4.500 €; montaje 900 €"))
        self.notes = _text_box(self)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Empresa *"), self.name),
            ("category", self.tr("Categoría"), self.category),
            ("tax_id", self.tr("NIF / identificación fiscal"), self.tax_id),
            ("contact_name", self.tr("Persona de contacto"), self.contact_name),
            ("email", self.tr("Correo electrónico"), self.email),
            ("phone", self.tr("Teléfono"), self.phone),
            ("rates", self.tr("Tarifas"), self.rates),
            ("notes", self.tr("Notas"), self.notes),
        ]
        for name, text, editor in rows:
            self.form.add(name, text, editor)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        if record is not None:
            self._fill(record[1])
        resize_within_screen(self, 520, 560)
        self.revalidate()
        self.name.setFocus()

    def _fill(self, data: VendorInput) -> None:
        self.name.setText(data.name)
        self.category.setCurrentIndex(max(self.category.findData(data.category), 0))
        self.tax_id.setText(data.tax_id)
        self.contact_name.setText(data.contact_name)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.rates.setPlainText(data.rates)
        self.notes.setPlainText(data.notes)

    def collect(self) -> VendorInput:
        return VendorInput(
            name=self.name.text(),
            category=VendorCategory(self.category.currentData() or VendorCategory.OTHER),
            tax_id=self.tax_id.text(),
            contact_name=self.contact_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            rates=self.rates.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def field_errors(self, data: VendorInput) -> FieldErrors:
        return dict(validate_vendor(data))

    def submit(self, data: VendorInput) -> None:
        if self.vendor_id is None:
            self.write(add_vendor, data)
        else:
            self.write(update_vendor, self.vendor_id, data, self.version)

    # -- conflicts ------------------------------------------------------------------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        return None if self.vendor_id is None else (vendor_record, (self.vendor_id,))

    def input_of(self, record: tuple[int, VendorInput]) -> VendorInput:
        return record[1]

    def field_texts(self, data: VendorInput) -> dict[str, str]:
        return {
            "name": data.name,
            "category": label(data.category),
            "tax_id": data.tax_id,
            "contact_name": data.contact_name,
            "email": data.email,
            "phone": data.phone,
            "rates": data.rates,
            "notes": data.notes,
        }

    def take_record(self, record: tuple[int, VendorInput], *, fill: bool) -> None:
        self.version = record[0]
        if fill:
            self._fill(record[1])


def score_words() -> dict[int, str]:
    """The scale, each point named (an odd scale: 3 is "as expected")."""
    translate = QCoreApplication.translate
    return {
        1: translate("Coordination", "1 — Muy por debajo de lo esperado"),
        2: translate("Coordination", "2 — Por debajo de lo esperado"),
        3: translate("Coordination", "3 — Lo esperado"),
        4: translate("Coordination", "4 — Por encima de lo esperado"),
        5: translate("Coordination", "5 — Muy por encima de lo esperado"),
    }


class RatingDialog(FormDialog):
    """Rate a delivered, not yet rated job of the supplier."""

    def __init__(
        self,
        ops: Operations,
        vendor_id: int,
        vendor_name: str,
        jobs: list[JobLine],
        parent: QWidget | None,
    ) -> None:
        super().__init__(ops, self.tr("Valorar a %1").replace("%1", vendor_name), parent)
        self.setObjectName("ratingForm")
        self.vendor_id = vendor_id
        self.form = Form(self)
        self.job = QComboBox(self)
        self.job.setObjectName("ratingJob")
        for job in jobs:
            self.job.addItem(f"{job.description} · {job.campaign}", job.id)
        self.score = QComboBox(self)
        self.score.setObjectName("ratingScore")
        for score, words in score_words().items():
            self.score.addItem(words, score)
        self.score.setCurrentIndex(2)
        self.comment = _text_box(self, 80)
        self.comment.setPlaceholderText(self.tr("Qué salió bien o mal (obligatorio con 1 o 2)"))
        self.form.add("job_id", self.tr("Trabajo entregado *"), self.job)
        self.form.add("score", self.tr("Valoración *"), self.score)
        self.form.add("comment", self.tr("Comentario"), self.comment)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 520, 320)
        self.revalidate()

    def collect(self) -> tuple[int | None, int, str]:
        return self.job.currentData(), int(self.score.currentData()), self.comment.toPlainText()

    def field_errors(self, data: tuple[int | None, int, str]) -> FieldErrors:
        job_id, score, comment = data
        errors = dict(validate_rating(score, comment))
        if job_id is None:
            errors["job_id"] = ("vendor.pick_job", {})
        return errors

    def submit(self, data: tuple[int | None, int, str]) -> None:
        job_id, score, comment = data
        self.write(rate_vendor, self.vendor_id, score, comment, job_id)
