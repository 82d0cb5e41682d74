"""Creating and editing an account: the form the executives fill in most."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from agencia.domain.actor import Actor
from agencia.domain.enums import AccountStatus
from agencia.domain.messages import render
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.tax_ids import kind as tax_id_kind
from agencia.domain.zones import COMMON as COMMON_ZONES
from agencia.domain.zones import country_zone
from agencia.services.accounts.account_edit import (
    AccountInput,
    country_defaults,
    create_account,
    input_from_detail,
    update_account,
    validate_account,
)
from agencia.services.accounts.queries import account_options, get_account
from agencia.services.accounts.tax_ids import tax_id_duplicates
from agencia.services.accounts.views import AccountDetail
from agencia.ui.accounts.duplicate_dialog import DuplicateTaxIdDialog
from agencia.ui.accounts.facts_view import country_text, locale_text
from agencia.ui.accounts.form_options import FormOptions as FormOptions  # re-exported
from agencia.ui.accounts.labels import status_label
from agencia.ui.ops import Operations
from agencia.ui.widgets.account_picker import AccountPicker
from agencia.ui.widgets.conflict import option_text, yes_no
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.placeholder_fit import hint_width
from agencia.ui.widgets.screen_fit import resize_within_screen

LOCALES = ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_PE", "es_US", "en_US", "en_GB", "pt_BR")
CURRENCIES = ("EUR", "MXN", "ARS", "COP", "CLP", "PEN", "USD", "GBP", "BRL")
COUNTRIES = (
    "ES",
    "MX",
    "AR",
    "CO",
    "CL",
    "PE",
    "UY",
    "EC",
    "VE",
    "US",
    "PT",
    "BR",
    "FR",
    "GB",
    "DE",
    "IT",
)


class AccountFormDialog(FormDialog):
    open_existing = Signal(int)  # «Abrir la cuenta que ya existe» instead of a duplicate

    def __init__(
        self,
        ops: Operations,
        actor: Actor,
        options: FormOptions,
        detail: AccountDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(
            self.tr("Editar cuenta — %1").replace("%1", detail.trade_name)
            if detail is not None
            else self.tr("Nueva cuenta")
        )
        self.setObjectName("accountForm")
        self.actor = actor
        self.options = options
        self.detail = detail
        self._names: dict[str, dict[object, str]] = {}  # ids → names a saved record gave
        self.previous: AccountInput | None = input_from_detail(detail) if detail else None

        # -- who the client is ----------------------------------------------------------
        self.identity = Form(self)
        self.trade_name = QLineEdit(self)
        self.trade_name.setPlaceholderText(self.tr("Como la conoce todo el mundo"))
        self.legal_name = QLineEdit(self)
        self.tax_id = QLineEdit(self)
        self.tax_id.setPlaceholderText(self.tr("NIF, RFC, CUIT…"))
        self.parent_picker = AccountPicker(
            ops, detail.id if detail else None, self, find=account_options
        )
        self.parent_picker.setMinimumWidth(hint_width(self.parent_picker))  # the hint whole
        self.sector = QComboBox(self)
        self.sector.setEditable(True)
        self.sector.addItems(list(options.sectors))
        self.status = QComboBox(self)
        for status in AccountStatus:
            self.status.addItem(status_label(status), status.value)
        self.group = QComboBox(self)
        self.group.addItem(self.tr("Sin grupo"), None)
        for option in options.groups:
            self.group.addItem(option.label, option.id)
        self.lead = QComboBox(self)
        self.lead.addItem(self.tr("Sin asignar"), None)
        for option in options.executives:
            self.lead.addItem(option.label, option.id)
        identity_rows: list[tuple[str, str, QWidget]] = [
            ("trade_name", self.tr("Nombre comercial *"), self.trade_name),
            ("legal_name", self.tr("Razón social"), self.legal_name),
            ("tax_id", self.tr("NIF"), self.tax_id),
            ("parent_id", self.tr("Empresa matriz"), self.parent_picker),
            ("sector", self.tr("Sector"), self.sector),
            ("status", self.tr("Estado"), self.status),
            ("group_id", self.tr("Grupo de cuentas"), self.group),
            ("lead_executive_id", self.tr("Ejecutivo principal"), self.lead),
        ]
        for name, label, editor in identity_rows:
            self.identity.add(name, label, editor)

        # -- how to reach them ----------------------------------------------------------
        self.contact = Form(self)
        self.website = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.city = QLineEdit(self)
        self.country = QComboBox(self)
        for code in COUNTRIES:
            self.country.addItem(f"{country_text(code)} ({code})", code)
        self.locale_box = QComboBox(self)
        self.locale_box.addItem(self.tr("La de la agencia"), "")
        for code in LOCALES:
            self.locale_box.addItem(locale_text(code), code)
        # which Spanish its decks speak: its country's unless chosen (móvil / celular)
        self.spanish = QComboBox(self)
        self.spanish.addItem(self.tr("La de su país"), "")
        self.spanish.addItem(self.tr("Español de España"), "spain")
        self.spanish.addItem(self.tr("Español de Latinoamérica"), "latam")
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItem("", "")
        self.currency.addItems(list(CURRENCIES))
        currency_line = self.currency.lineEdit()
        if currency_line is not None:
            currency_line.setPlaceholderText(self.tr("La de la agencia"))
        # its SLA clock's office hours: its country's zone unless chosen (any IANA name)
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)
        self.time_zone.addItem("", "")
        self.time_zone.addItems(list(COMMON_ZONES))
        zone_line = self.time_zone.lineEdit()
        if zone_line is not None:
            zone_line.setPlaceholderText(self.tr("La de la agencia"))
        self.may_be_shown = QCheckBox(
            self.tr("La agencia puede citarla en sus presentaciones"), self
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(72)
        self.notes.setTabChangesFocus(True)
        contact_rows: list[tuple[str, str, QWidget]] = [
            ("website", self.tr("Web"), self.website),
            ("phone", self.tr("Teléfono"), self.phone),
            ("email", self.tr("Correo electrónico"), self.email),
            ("address", self.tr("Dirección"), self.address),
            ("city", self.tr("Ciudad"), self.city),
            ("country", self.tr("País"), self.country),
            ("locale", self.tr("Idioma"), self.locale_box),
            ("spanish", self.tr("Español"), self.spanish),
            ("currency", self.tr("Moneda"), self.currency),
            ("time_zone", self.tr("Zona horaria"), self.time_zone),
            ("may_be_shown", self.tr("Presentaciones"), self.may_be_shown),
            ("notes", self.tr("Notas"), self.notes),
        ]
        for name, label, editor in contact_rows:
            self.contact.add(name, label, editor)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self.identity, 1)
        columns.addWidget(self.contact, 1)
        self.body.addLayout(columns)
        self.add_form(self.identity)
        self.add_form(self.contact)

        self._fill(detail, options)
        if not actor.is_admin:
            self.group.setEnabled(False)
            self.group.setToolTip(
                self.tr("El grupo de una cuenta solo lo cambia un administrador.")
            )
        may_reassign = scope_for(actor.role, Action.REASSIGN_ACCOUNTS) is not Scope.NONE
        if not (may_reassign or (actor.is_admin and detail is None)):
            self.lead.setEnabled(False)  # choosing who leads an account is a reassignment
            self.lead.setToolTip(
                self.tr("Solo un director de cuentas cambia quién lleva una cuenta (en Equipo).")
            )

        self.duplicates: list[tuple[int, str]] = []  # accounts with the tax ID typed
        self.duplicate_reason = ""  # why it is saved anyway (ask_duplicate)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(300)
        self._duplicate_timer.timeout.connect(self._check_duplicates)
        self.tax_id.textChanged.connect(lambda _t: self._duplicate_timer.start())
        self.parent_picker.choice_changed.connect(self._parent_changed)
        self.country.currentIndexChanged.connect(lambda _i: self._tax_id_label())
        self._tax_id_label()
        # a new account's locale, currency and zone follow its country until chosen by hand
        self._chosen: set[str] = set()  # "locale", "currency", "time_zone": picked by hand
        self.locale_box.activated.connect(lambda _i: self._chosen.add("locale"))
        self.currency.activated.connect(lambda _i: self._chosen.add("currency"))
        if currency_line is not None:
            currency_line.textEdited.connect(lambda _t: self._chosen.add("currency"))
        self.time_zone.activated.connect(lambda _i: self._chosen.add("time_zone"))
        if zone_line is not None:
            zone_line.textEdited.connect(lambda _t: self._chosen.add("time_zone"))
        self.country.currentIndexChanged.connect(lambda _i: self._country_defaults())
        resize_within_screen(self, 880, 560)
        self.revalidate()
        self.trade_name.setFocus()

    def _fill(self, detail: AccountDetail | None, options: FormOptions) -> None:
        if detail is None:
            self.status.setCurrentIndex(max(self.status.findData(AccountStatus.ACTIVE.value), 0))
            self._select(self.group, self.actor.group_id)
            # no default that saves wrong data unseen: the sector and (for whoever may
            # choose it) the lead start empty and must be chosen; an executive creating
            # an account leads it (they may not choose anyone else)
            self.sector.setCurrentIndex(-1)
            editor = self.sector.lineEdit()
            if editor is not None:
                editor.setPlaceholderText(self.tr("Elija o escriba el sector"))
            may_choose = self.actor.is_admin or (
                scope_for(self.actor.role, Action.REASSIGN_ACCOUNTS) is not Scope.NONE
            )
            if not may_choose:
                self._select(self.lead, self.actor.staff_id)
            else:
                self.lead.setCurrentIndex(-1)
                self.lead.setPlaceholderText(self.tr("Elija quién la lleva (o «Sin asignar»)"))
            self._select(self.country, "ES")
            return
        self.trade_name.setText(detail.trade_name)
        self.legal_name.setText(detail.legal_name)
        self.tax_id.setText(detail.tax_id)
        self.parent_picker.set_choice(detail.parent_id, detail.parent_name)
        self.sector.setCurrentText(detail.sector)
        self._select(self.status, detail.status.value)
        if detail.group_id is not None and self.group.findData(detail.group_id) < 0:
            self.group.addItem(detail.group, detail.group_id)
        self._select(self.group, detail.group_id)
        if (
            detail.lead_executive_id is not None
            and self.lead.findData(detail.lead_executive_id) < 0
        ):
            self.lead.addItem(detail.lead_executive, detail.lead_executive_id)
        self._select(self.lead, detail.lead_executive_id)
        self.website.setText(detail.website)
        self.phone.setText(detail.phone)
        self.email.setText(detail.email)
        self.address.setText(detail.address)
        self.city.setText(detail.city)
        if detail.country and self.country.findData(detail.country) < 0:
            self.country.addItem(
                f"{country_text(detail.country)} ({detail.country})", detail.country
            )
        self._select(self.country, detail.country)
        if detail.locale and self.locale_box.findData(detail.locale) < 0:
            self.locale_box.addItem(locale_text(detail.locale), detail.locale)
        self._select(self.locale_box, detail.locale)
        self._select(self.spanish, detail.spanish)
        self.currency.setCurrentText(detail.currency)
        self.time_zone.setCurrentText(detail.time_zone)
        self.may_be_shown.setChecked(detail.may_be_shown)
        self.notes.setPlainText(detail.notes)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)

    # -- FormDialog -----------------------------------------------------------------------
    def collect(self) -> AccountInput:
        status = self.status.currentData()
        return AccountInput(
            trade_name=self.trade_name.text(),
            legal_name=self.legal_name.text(),
            tax_id=self.tax_id.text(),
            parent_id=self.parent_picker.account_id,
            sector=self.sector.currentText().strip(),
            status=AccountStatus(status) if status else AccountStatus.ACTIVE,
            group_id=self.group.currentData(),
            lead_executive_id=self.lead.currentData(),
            locale=self.locale_box.currentData() or "",
            currency=self.currency.currentText().strip().upper(),
            may_be_shown=self.may_be_shown.isChecked(),
            website=self.website.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            city=self.city.text(),
            country=self.country.currentData() or "",
            notes=self.notes.toPlainText(),
            time_zone=self.time_zone.currentText().strip(),
            spanish=self.spanish.currentData() or "",
        )

    def field_errors(self, data: AccountInput) -> FieldErrors:
        errors = dict(validate_account(data))
        if self.detail is None and not data.sector:
            errors.setdefault("sector", ("field.required", {}))
        if self.detail is None and self.lead.currentIndex() < 0:
            errors.setdefault("lead_executive_id", ("field.required", {}))
        if self.detail is not None and data.parent_id == self.detail.id:
            errors["parent_id"] = ("field.parent_self", {})
        return errors

    def submit(self, data: AccountInput) -> None:
        if self.detail is None and self.duplicates:  # before saving, not after
            answer = self.ask_duplicate(self.duplicates)
            if answer != "save":
                self._set_saving(False)
                self.save_button.setText(self.tr("Guardar"))
                self.revalidate()
                if answer == "open":
                    self.open_existing.emit(self.duplicates[0][0])
                    self._discard_and_close()
                return
        if self.detail is None:
            reason = self.duplicate_reason  # said when saving a repeated tax ID anyway
            self.write(
                partial(create_account, duplicate_reason=reason) if reason else create_account, data
            )
        else:
            self.write(update_account, self.detail.id, data, self.detail.version)

    # -- conflicts ------------------------------------------------------------------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        return (get_account, (self.detail.id,)) if self.detail is not None else None

    def input_of(self, record: AccountDetail) -> AccountInput:
        self._names = {
            "parent_id": {record.parent_id: record.parent_name},
            "group_id": {record.group_id: record.group},
            "lead_executive_id": {record.lead_executive_id: record.lead_executive},
        }
        return input_from_detail(record)

    def field_texts(self, data: AccountInput) -> dict[str, str]:
        def named(field: str, combo: QComboBox | None, value: object) -> str:
            known = self._names.get(field, {}).get(value)
            if known:
                return known
            if combo is not None:
                return option_text(combo, value)
            return self.parent_picker.text() if value == self.parent_picker.account_id else ""

        return {
            "trade_name": data.trade_name,
            "legal_name": data.legal_name,
            "tax_id": data.tax_id,
            "parent_id": named("parent_id", None, data.parent_id) if data.parent_id else "",
            "sector": data.sector,
            "status": status_label(data.status),
            "group_id": named("group_id", self.group, data.group_id),
            "lead_executive_id": named("lead_executive_id", self.lead, data.lead_executive_id),
            "website": data.website,
            "phone": data.phone,
            "email": data.email,
            "address": data.address,
            "city": data.city,
            "country": f"{country_text(data.country)} ({data.country})" if data.country else "",
            "locale": locale_text(data.locale) if data.locale else self.tr("La de la agencia"),
            "spanish": option_text(self.spanish, data.spanish),
            "currency": data.currency,
            "time_zone": data.time_zone or self.tr("La de la agencia"),
            "may_be_shown": yes_no(data.may_be_shown),
            "notes": data.notes,
        }

    def take_record(self, record: AccountDetail, *, fill: bool) -> None:
        self.detail = record
        self.previous = input_from_detail(record)
        if fill:
            self._fill(record, self.options)

    def is_changed(self) -> bool:
        return self.previous is None or self.collect() != self.previous

    # -- live checks ----------------------------------------------------------------------
    def _tax_id_label(self) -> None:
        """The tax ID is called as the client's country calls it (NIF, RFC, CUIT, NIT…)."""
        name = tax_id_kind(str(self.country.currentData() or ""))
        self.identity.labels["tax_id"].setText(name or self.tr("Identificación fiscal"))

    def _country_defaults(self) -> None:
        """A new account takes its country's locale, currency and time zone
        (`country_defaults`, `country_zone`: the rule the command line applies), except
        where the person chose them by hand; an existing account's are its own and never
        change with its country."""
        if self.detail is not None:
            return
        locale, currency = country_defaults(str(self.country.currentData() or ""))
        if "locale" not in self._chosen:
            if locale and self.locale_box.findData(locale) < 0:
                self.locale_box.addItem(locale_text(locale), locale)
            self._select(self.locale_box, locale)
        if "currency" not in self._chosen:
            self.currency.setCurrentText(currency)
        if "time_zone" not in self._chosen:
            self.time_zone.setCurrentText(country_zone(str(self.country.currentData() or "")))

    def _parent_changed(self) -> None:
        self.set_extra_error(
            "parent_id",
            "" if self.parent_picker.is_valid() else self.tr("Elija una cuenta de la lista."),
        )
        if not self.parent_picker.is_valid():
            self.identity.touched.add("parent_id")

    def _check_duplicates(self) -> None:
        text = self.tax_id.text().strip()
        if not text:
            self.identity.set_warning("tax_id", "")
            return
        self.ops.read(
            tax_id_duplicates,
            text,
            self.detail.id if self.detail else None,
            on_done=self._duplicates_arrived,
            on_error=lambda _error: None,
            key=f"account_form.tax_id.{id(self)}",
        )

    def _duplicates_arrived(self, found: list[tuple[int, str]]) -> None:
        names = ", ".join(name for _id, name in found)
        self.identity.set_warning(
            "tax_id", render("account.tax_id_duplicate", {"name": names}) if found else ""
        )
        self.duplicates = list(found)

    def ask_duplicate(self, found: list[tuple[int, str]]) -> str:
        """«open», «save» (anyway, with `duplicate_reason` said) or «cancel» (tests
        replace this to answer it)."""
        box = DuplicateTaxIdDialog(found, self)
        box.exec()
        self.duplicate_reason = box.reason if box.choice == "save" else ""
        return box.choice
