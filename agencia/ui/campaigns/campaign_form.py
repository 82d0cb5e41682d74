"""Creating and editing a campaign: client, brand and products, kind, owner, money, dates.

The house form (FormDialog): labels on the left, the reason under the field, Save enabled
only when the form is valid. Choosing the account loads its brands, products and possible
owners (`account_choices`) off the GUI thread; a campaign never changes client, so the
account is fixed when editing. The budget is typed the agency's way ("40.000,50" in
es-ES) or plainly ("40000.50").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from agencia.domain.actor import Actor
from agencia.domain.enums import CampaignKind
from agencia.services.campaigns.campaign_edit import (
    CampaignInput,
    create_campaign,
    update_campaign,
    validate_campaign,
)
from agencia.services.campaigns.campaign_input import input_from_detail
from agencia.services.campaigns.queries import AccountChoices, account_choices, get_campaign
from agencia.services.campaigns.views import CampaignDetail
from agencia.services.results import Option
from agencia.ui.campaigns.labels import kind_label
from agencia.ui.formatting import date_text, money
from agencia.ui.ops import Operations
from agencia.ui.widgets.conflict import option_text, yes_no
from agencia.ui.widgets.doc_widgets import date_edit
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen

CURRENCIES = ("EUR", "MXN", "ARS", "COP", "CLP", "PEN", "USD", "GBP", "BRL")
MAX_BUDGET = Decimal("1e12")


CENT = Decimal("0.01")


def parse_amount(text: str, locale: QLocale) -> Decimal | None:
    """An amount as typed: the locale's way first ("40.000,50"), then plainly ("40000.50").
    None for an empty field; ValueError for what is not an amount."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").strip()
    for symbol in ("€", "$", locale.currencySymbol()):
        cleaned = cleaned.replace(symbol, "") if symbol else cleaned
    if not cleaned:
        return None
    for reader in (locale, QLocale.c()):
        value, ok = reader.toDouble(cleaned)
        if ok:
            # as typed: more decimals than the money has are the service's to refuse
            # (`validation.money`), never rounded away here; to the cent otherwise
            amount = Decimal(repr(value))
            if amount == amount.quantize(CENT):
                amount = amount.quantize(CENT)
            if amount < 0 or amount >= MAX_BUDGET:
                raise ValueError(text)
            return amount
    raise ValueError(text)


class OptionalDate(QWidget):
    """A date that may be left unset: a check box says whether there is one ("Sin fecha")."""

    changed = Signal()
    NONE = QDate(1900, 1, 1)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = date_edit(locale, None, self)  # written as every date box writes it
        self.edit.setMinimumDate(self.NONE)
        self._last = QDate.currentDate()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self._toggled(False)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.edit.blockSignals(True)
        if on:
            self.edit.setSpecialValueText("")
            self.edit.setDate(self._last)
        else:
            if self.edit.date() != self.NONE:
                self._last = self.edit.date()
            self.edit.setSpecialValueText(self.tr("Sin fecha"))
            self.edit.setDate(self.NONE)
        self.edit.blockSignals(False)
        self.edit.setEnabled(on)
        self.changed.emit()

    def set_accessible(self, name: str) -> None:
        self.check.setAccessibleName(name)
        self.check.setToolTip(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self._last = QDate(value.year, value.month, value.day)
            if self.check.isChecked():
                self.edit.setDate(self._last)
        self.check.setChecked(value is not None)


class CampaignFormDialog(FormDialog):
    """New campaign (`detail` None, optionally for `account_id`) or edit one."""

    def __init__(
        self,
        ops: Operations,
        actor: Actor,
        locale: QLocale,
        accounts: Sequence[Option],
        *,
        account_id: int | None = None,
        detail: CampaignDetail | None = None,
        agency_currency: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("campaignForm")
        self.setWindowTitle(
            self.tr("Editar campaña — %1").replace("%1", detail.row.name)
            if detail is not None
            else self.tr("Nueva campaña")
        )
        self.actor = actor
        self.locale_ = locale
        self.detail = detail
        self.agency_currency = agency_currency
        self.choices: AccountChoices | None = None
        self._choices_for: int | None = None
        self._names: dict[tuple[str, object], str] = {}  # ids → names a saved record gave

        self.form = Form(self)
        self.account = QComboBox(self)
        self.account.setEditable(True)  # type to find one among many
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.account.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.account.addItem("", None)
        for option in accounts:
            self.account.addItem(option.label, option.id)
        line = self.account.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Escriba para buscar la cuenta"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Cómo la llamará el equipo y el cliente"))
        self.brand = QComboBox(self)
        self.products = QListWidget(self)
        self.products.setFixedHeight(86)
        self.products.setAccessibleName(self.tr("Productos"))
        self.kind = QComboBox(self)
        for kind in CampaignKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.owner = QComboBox(self)
        self.budget = QLineEdit(self)
        self.budget.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.budget.setPlaceholderText(
            self.tr("p. ej. %1").replace("%1", locale.toString(40000.0, "f", 2))
        )
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItem("")
        self.currency.addItems(list(CURRENCIES))
        # a new campaign's currency follows its client (else the agency's) until the
        # person picks one: then it is theirs, whichever client they choose after
        self._currency_chosen = False
        self._currency_filling = False
        self.currency.currentTextChanged.connect(self._currency_typed)
        self.start = OptionalDate(locale, self)
        self.start.set_accessible(self.tr("Con fecha de inicio"))
        self.deadline = OptionalDate(locale, self)
        self.deadline.set_accessible(self.tr("Con fecha límite"))
        self.may_be_shown = QCheckBox(
            self.tr("La agencia puede mostrarla en sus presentaciones"), self
        )
        rows: list[tuple[str, str, QWidget]] = [
            ("account_id", self.tr("Cuenta *"), self.account),
            ("name", self.tr("Nombre *"), self.name),
            ("brand_id", self.tr("Marca"), self.brand),
            ("product_ids", self.tr("Productos"), self.products),
            ("kind", self.tr("Tipo de campaña"), self.kind),
            ("owner_id", self.tr("Responsable"), self.owner),
            ("budget", self.tr("Presupuesto"), self.budget),
            ("currency", self.tr("Moneda"), self.currency),
            ("start_date", self.tr("Inicio"), self.start),
            ("deadline", self.tr("Fecha límite"), self.deadline),
            ("may_be_shown", self.tr("Presentaciones"), self.may_be_shown),
        ]
        for name, label, editor in rows:
            self.form.add(name, label, editor)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        for name, widget in (("start_date", self.start), ("deadline", self.deadline)):
            widget.changed.connect(lambda n=name: self._touch(n))

        for combo in (self.brand, self.owner):
            combo.setPlaceholderText(self.tr("Elija primero la cuenta"))
        self.account.currentIndexChanged.connect(lambda _n: self._account_changed())
        self.brand.currentIndexChanged.connect(lambda _n: self._fill_products())
        self._fill(detail, account_id)
        resize_within_screen(self, 560, 620)
        self.revalidate()
        (self.name if detail is not None or account_id is not None else self.account).setFocus()

    def _touch(self, name: str) -> None:
        self.form.touched.add(name)
        self.revalidate()

    # -- filling --------------------------------------------------------------------------
    def _fill(self, detail: CampaignDetail | None, account_id: int | None) -> None:
        if detail is None:
            if account_id is not None:
                self._select(self.account, account_id)
            self._select(self.kind, CampaignKind.AWARENESS.value)
            self._default_currency("")
            return
        row = detail.row
        if self.account.findData(row.account_id) < 0:
            self.account.addItem(row.account, row.account_id)
        self._select(self.account, row.account_id)
        self.account.setEnabled(False)
        self.account.setToolTip(self.tr("Una campaña no cambia de cliente."))
        self.name.setText(row.name)
        self._select(self.kind, row.kind.value)
        self.budget.setText(self.locale_.toString(float(row.budget), "f", 2))
        self.currency.setCurrentText(row.currency)
        self.start.set_value(row.start_date)
        self.deadline.set_value(row.deadline)
        self.may_be_shown.setChecked(row.may_be_shown)

    def _currency_typed(self, _text: str) -> None:
        if not self._currency_filling:
            self._currency_chosen = True

    def _default_currency(self, account_currency: str) -> None:
        """A new campaign's Moneda: the client's, else the agency's — shown, never blank —
        unless the person chose one."""
        if self.detail is not None or self._currency_chosen:
            return
        self._currency_filling = True
        self.currency.setCurrentText(account_currency or self.agency_currency)
        self._currency_filling = False

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)

    def _account_changed(self) -> None:
        account_id = self.account.currentData()
        if account_id == self._choices_for:
            return
        self._choices_for = account_id
        self.choices = None
        self.brand.clear()
        self.owner.clear()
        self.products.clear()
        if account_id is None:
            self.revalidate()
            return
        self.brand.addItem(self.tr("Cargando…"), None)
        self.ops.read(
            account_choices,
            account_id,
            on_done=self._choices_arrived,
            on_error=lambda error: self.show_banner(str(error)),
            key=f"campaign_form.choices.{id(self)}",
        )

    def _choices_arrived(self, choices: AccountChoices) -> None:
        self.choices = choices
        detail = self.detail
        self.brand.blockSignals(True)
        self.brand.clear()
        self.brand.addItem(self.tr("Sin marca"), None)
        for brand_id, name, _products in choices.brands:
            self.brand.addItem(name, brand_id)
        wanted_brand = detail.row.brand_id if detail is not None else None
        if wanted_brand is None and len(choices.brands) == 1:
            wanted_brand = choices.brands[0][0]  # the account's only brand
        if wanted_brand is not None and self.brand.findData(wanted_brand) < 0 and detail:
            self.brand.addItem(detail.row.brand, wanted_brand)
        self._select(self.brand, wanted_brand)
        self.brand.blockSignals(False)
        self.owner.clear()
        for staff_id, name in choices.owners:
            self.owner.addItem(name, staff_id)
        wanted_owner = detail.row.owner_id if detail is not None else self.actor.staff_id
        if detail is not None and self.owner.findData(wanted_owner) < 0:
            self.owner.addItem(detail.row.owner, wanted_owner)
        self._select(self.owner, wanted_owner)
        currency_line = self.currency.lineEdit()
        if currency_line is not None:
            currency_line.setPlaceholderText(
                self.tr("La de la cuenta (%1)").replace("%1", choices.currency)
                if choices.currency
                else self.tr("La de la agencia")
            )
        self._default_currency(choices.currency)
        self._fill_products(set(pid for pid, _n in detail.products) if detail else set())
        self.revalidate()

    def _fill_products(self, checked: set[int] | None = None) -> None:
        keep = checked if checked is not None else set(self.product_ids())
        self.products.clear()
        brand_id = self.brand.currentData()
        products: tuple[tuple[int, str], ...] = ()
        if self.choices is not None and brand_id is not None:
            for bid, _name, items in self.choices.brands:
                if bid == brand_id:
                    products = items
        for product_id, name in products:
            item = QListWidgetItem(name, self.products)
            item.setData(Qt.ItemDataRole.UserRole, product_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if product_id in keep else Qt.CheckState.Unchecked
            )
        self.products.setEnabled(bool(products))
        self.products.setToolTip(
            "" if products else self.tr("Elija una marca con productos para marcarlos aquí.")
        )

    def product_ids(self) -> tuple[int, ...]:
        found = []
        for n in range(self.products.count()):
            item = self.products.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(found)

    # -- FormDialog ---------------------------------------------------------------------------
    def _budget(self) -> Decimal | None:
        try:
            return parse_amount(self.budget.text(), self.locale_)
        except ValueError:
            return None

    def collect(self) -> CampaignInput:
        kind = self.kind.currentData()
        budget = self._budget()
        return CampaignInput(
            account_id=self.account.currentData() or 0,
            name=self.name.text(),
            brand_id=self.brand.currentData(),
            product_ids=self.product_ids(),
            kind=CampaignKind(kind) if kind else CampaignKind.AWARENESS,
            owner_id=self.owner.currentData(),
            budget=budget if budget is not None else Decimal(0),
            currency=self.currency.currentText().strip().upper(),
            start_date=self.start.value(),
            deadline=self.deadline.value(),
            may_be_shown=self.may_be_shown.isChecked(),
        )

    def field_errors(self, data: CampaignInput) -> FieldErrors:
        errors: FieldErrors = dict(validate_campaign(data))  # the service's own rules
        if not data.account_id:
            errors["account_id"] = ("field.required", {})
        try:
            parse_amount(self.budget.text(), self.locale_)
        except ValueError:
            errors["budget"] = ("field.amount", {})
        if data.account_id and self.choices is not None and data.owner_id is None:
            errors["owner_id"] = ("field.required", {})
        return errors

    def submit(self, data: CampaignInput) -> None:
        if self.detail is None:
            self.write(create_campaign, data)
        else:
            self.write(update_campaign, self.detail.id, data, self.detail.version)

    # -- conflicts ------------------------------------------------------------------------
    def read_current(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        return (get_campaign, (self.detail.id,)) if self.detail is not None else None

    def input_of(self, record: CampaignDetail) -> CampaignInput:
        row = record.row
        self._names = {
            ("brand", row.brand_id): row.brand,
            ("owner", row.owner_id): row.owner,
            **{("product", pid): name for pid, name in record.products},
        }
        return input_from_detail(record)

    def field_texts(self, data: CampaignInput) -> dict[str, str]:
        names = self._names
        products = {
            int(self.products.item(n).data(Qt.ItemDataRole.UserRole)): self.products.item(n).text()
            for n in range(self.products.count())
        }
        no_date = self.tr("Sin fecha")
        currency = data.currency or (self.choices.currency if self.choices else "")
        return {
            "account_id": option_text(self.account, data.account_id),
            "name": data.name,
            "brand_id": names.get(("brand", data.brand_id))
            or option_text(self.brand, data.brand_id, self.tr("Sin marca")),
            "product_ids": ", ".join(
                sorted(
                    products.get(pid) or names.get(("product", pid)) or str(pid)
                    for pid in data.product_ids
                )
            ),
            "kind": kind_label(data.kind),
            "owner_id": names.get(("owner", data.owner_id))
            or option_text(self.owner, data.owner_id),
            "budget": money(Decimal(data.budget), currency, self.locale_),
            "currency": data.currency,
            "start_date": date_text(data.start_date, self.locale_) or no_date,
            "deadline": date_text(data.deadline, self.locale_) or no_date,
            "may_be_shown": yes_no(data.may_be_shown),
        }

    def take_record(self, record: CampaignDetail, *, fill: bool) -> None:
        self.detail = record
        if fill:
            self._fill(record, None)
            if self.choices is not None:
                self._choices_arrived(self.choices)
