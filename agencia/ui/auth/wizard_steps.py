"""The first-run wizard's first two steps as they are laid out: «Su agencia» and «Primer
administrador», each a page with its own heading and its fields in a form.

Only the widgets live here (views build widgets): the rules, which read both steps at
once, and what the wizard does with them stay in `wizard.py`. The words keep the
wizard's translation context («FirstRunWizard»), where they have always been.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from agencia.ui.auth.regions import CURRENCIES, LOCALES, default_locale, locale_label
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from agencia.ui.auth.wizard import FirstRunWizard

translate = QCoreApplication.translate  # lupdate knows it by this name

AGENCY_FIELDS = ("agency_name", "legal_name", "locale", "currency")
ADMIN_FIELDS = ("admin_name", "admin_login", "admin_password", "admin_password2", "admin_email")


class StepPage(QWizardPage):
    """A page with its own heading (QWizard's header is not used: it cannot be styled),
    complete while the wizard finds nothing wrong in its `fields`."""

    def __init__(self, wizard: FirstRunWizard, fields: tuple[str, ...]) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.fields = fields
        # ModernStyle paints pages on Base, so labels would draw in Text, not WindowText,
        # and the red of a field's message (set on WindowText) would not show.
        self.setBackgroundRole(QPalette.ColorRole.Window)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 8)
        column.setSpacing(8)
        self.step = QLabel(self)
        self.step.setProperty("role", "caption")
        column.addWidget(self.step)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        column.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setProperty("role", "secondary")
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.note = plain_label("", self)  # «Se ha recuperado…»: a draft was taken back
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        column.addSpacing(16)
        self.form = Form(self)
        column.addWidget(self.form)
        column.addStretch(1)

    def set_texts(self, step: str, heading: str, intro: str) -> None:
        self.step.setText(step)
        self.heading.setText(heading)
        self.intro.setText(intro)

    def isComplete(self) -> bool:
        errors = self.owner.errors()
        return not any(name in errors for name in self.fields)


class AgencyStep(StepPage):
    """Step 1: the agency's names, regional format and currency, with an example of how
    amounts and dates will read."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, AGENCY_FIELDS)
        self.set_texts(
            translate("FirstRunWizard", "Paso 1 de 3"),
            translate("FirstRunWizard", "Su agencia"),
            translate(
                "FirstRunWizard",
                "Esta base de datos está vacía. Indique los datos de la agencia; podrá "
                "cambiarlos más adelante.",
            ),
        )
        form = self.form
        self.agency_name = QLineEdit(self)
        self.agency_name.setPlaceholderText(
            translate("FirstRunWizard", "Por ejemplo: Atlántica Comunicación")
        )
        form.add("agency_name", translate("FirstRunWizard", "Nombre comercial"), self.agency_name)
        self.legal_name = QLineEdit(self)
        self.legal_name.setPlaceholderText(translate("FirstRunWizard", "Opcional"))
        form.add("legal_name", translate("FirstRunWizard", "Razón social"), self.legal_name)
        self.locale_box = QComboBox(self)
        for name in LOCALES:
            self.locale_box.addItem(locale_label(name), name)
        self.locale_box.setCurrentIndex(max(self.locale_box.findData(default_locale()), 0))
        form.add("locale", translate("FirstRunWizard", "Formato regional"), self.locale_box)
        self.currency_box = QComboBox(self)
        for code in CURRENCIES:
            self.currency_box.addItem(code, code)
        form.add("currency", translate("FirstRunWizard", "Moneda"), self.currency_box)
        self.example = QLabel(self)
        self.example.setProperty("role", "caption")
        form.add_row("", self.example)


class AdminStep(StepPage):
    """Step 2: the first administrator, and under the fields why creating the agency
    failed (`status`). Its «Crear la agencia» commits: there is no going back."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard, ADMIN_FIELDS)
        self.set_texts(
            translate("FirstRunWizard", "Paso 2 de 3"),
            translate("FirstRunWizard", "Primer administrador"),
            translate(
                "FirstRunWizard",
                "Quien administra la agencia: sus datos, los usuarios y los permisos. "
                "En el paso siguiente podrá añadir al resto del equipo.",
            ),
        )
        form = self.form
        self.admin_name = QLineEdit(self)
        form.add("admin_name", translate("FirstRunWizard", "Nombre y apellidos"), self.admin_name)
        self.admin_login = QLineEdit(self)
        self.admin_login.setPlaceholderText(
            translate("FirstRunWizard", "Con el que iniciará sesión")
        )
        form.add("admin_login", translate("FirstRunWizard", "Usuario"), self.admin_login)
        self.admin_password = QLineEdit(self)
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.add("admin_password", translate("FirstRunWizard", "Contraseña"), self.admin_password)
        self.admin_password2 = QLineEdit(self)
        self.admin_password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.add(
            "admin_password2",
            translate("FirstRunWizard", "Repita la contraseña"),
            self.admin_password2,
        )
        self.admin_email = QLineEdit(self)
        self.admin_email.setPlaceholderText(translate("FirstRunWizard", "Opcional"))
        form.add("admin_email", translate("FirstRunWizard", "Correo electrónico"), self.admin_email)
        self.status = plain_label("", self)
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        self.status.hide()
        form.add_row("", self.status)
        self.setCommitPage(True)
