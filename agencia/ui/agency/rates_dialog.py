"""Archivo ▸ «Tipos de cambio…»: the exchange rates the administrator keeps, dated, and a
form to set one (the same service and rules as `agencia rates set`).

The approval thresholds are in the agency's currency; a campaign in its client's currency
is compared through the rate in force on its date, so the list says what each currency is
worth and from which day. Setting a rate for a day that has one replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render
from agencia.services.agency.rates import RateView, list_rates, rate_errors, set_rate
from agencia.ui.formatting import date_text
from agencia.ui.ops import Operations
from agencia.ui.widgets.asking_dialog import AskingDialog
from agencia.ui.widgets.doc_widgets import date_edit
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

COMMON = ("USD", "EUR", "MXN", "ARS", "COP", "CLP", "PEN", "UYU", "BRL", "GBP")


def worth(rate: RateView, locale: QLocale) -> str:
    """«1 MXN = 0,0512 EUR» as the agency's locale writes numbers."""
    places = max(0, -int(rate.rate.normalize().as_tuple().exponent))
    amount = locale.toString(float(rate.rate), "f", places)
    return f"1 {rate.currency} = {amount} {rate.agency_currency}"


class RatesDialog(AskingDialog):
    """The list of rates and the form that sets one; a toast says what was saved.

    A rate typed and not saved is asked about before the dialog closes (`AskingDialog`)."""

    def __init__(
        self,
        ops: Operations,
        locale: QLocale,
        home: str,
        toast: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self.setWindowTitle(self.tr("Tipos de cambio"))
        self.ops, self.numbers, self.home = ops, locale, home
        self.toast = toast
        self.rates: list[RateView] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(8)
        intro = plain_label(
            self.tr(
                "Lo que vale una unidad de cada moneda en %1 desde un día. Los límites de "
                "aprobación se comparan en %1 con el tipo en vigor en la fecha de la campaña."
            ).replace("%1", home),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "secondary")
        column.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("ratesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Moneda"), self.tr("Equivale a"), self.tr("Desde")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # the currency and its worth as wide as they read, «Desde» takes the rest: with
        # «Equivale a» stretched, it took most of the width and «Desde» was cut at the edge
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._picked)
        column.addWidget(self.table, 1)
        self.empty = plain_label(render("rate.none_yet"), self)
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)

        self.form = Form(self)
        self.currency = QLineEdit(self)
        self.currency.setObjectName("rateCurrency")
        self.currency.setPlaceholderText(self.tr("Código ISO, p. ej. MXN"))
        self.currency.setMaxLength(3)
        self.currency.setCompleter(QCompleter([c for c in COMMON if c != home], self.currency))
        self.form.add("currency", self.tr("Moneda"), self.currency)
        self.rate = QLineEdit(self)
        self.rate.setObjectName("rateValue")
        self.rate.setPlaceholderText(self.tr("Cuánto vale 1 unidad en %1").replace("%1", home))
        self.form.add("rate", self.tr("Tipo"), self.rate)
        self.valid_from = date_edit(locale, None, self)  # today, as every date box writes it
        self.form.add("valid_from", self.tr("Desde"), self.valid_from)
        column.addWidget(self.form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Guardar tipo"), self)
        self.save_button.setObjectName("rateSave")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = plain_label("", self)
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Enter never closes: focused, an auto-default Cerrar took Enter and closed
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        column.addWidget(close)
        for edit in (self.currency, self.rate):
            edit.textChanged.connect(self._validate)
            edit.returnPressed.connect(self.save)
        self.valid_from.dateChanged.connect(self._day_changed)
        resize_within_screen(self, 560, 520)
        self._kept = self._form_values()  # what closing loses nothing of
        self._validate()
        self.load()

    # -- the list -----------------------------------------------------------------------------
    def load(self) -> None:
        self.ops.read(list_rates, on_done=self._arrived, on_error=self._failed, key="agency.rates")

    def _arrived(self, rates: list[RateView]) -> None:
        self.rates = rates
        self.table.setRowCount(len(rates))
        for n, r in enumerate(rates):
            for c, text in enumerate(
                (r.currency, worth(r, self.numbers), date_text(r.valid_from, self.numbers))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, c, item)
        self.empty.setVisible(not rates)

    def _picked(self) -> None:
        """A rate chosen in the list fills the form: its currency, ready for a new day."""
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) == 1:
            rate = self.rates[rows.pop()]
            self.currency.setText(rate.currency)
            self.rate.setText(
                self.numbers.toString(float(rate.rate), "f", 8)
                .rstrip("0")
                .rstrip(self.numbers.decimalPoint())
            )
            self._kept = self._form_values()  # a saved rate, shown: nothing typed yet

    # -- setting one --------------------------------------------------------------------------
    def _typed_rate(self) -> str:
        """What was typed, as the service reads numbers (the locale's separators)."""
        text = self.rate.text().strip().replace(self.numbers.groupSeparator(), "")
        return text.replace(self.numbers.decimalPoint(), ".")

    def _day(self) -> date:
        day = self.valid_from.date()
        return date(day.year(), day.month(), day.day())

    def _day_changed(self) -> None:
        """A day changed is a field touched (`Form` watches text boxes, not date boxes):
        a typo like 1800-01-01 is refused beside the box as it is typed, not on saving."""
        self.form.touched.add("valid_from")
        self._validate()

    def _validate(self) -> bool:
        errors = rate_errors(self.currency.text(), self._typed_rate() or "", self.home, self._day())
        shown = {k: render(code, params) for k, (code, params) in errors.items()}
        self.form.set_errors(shown)
        self.save_button.setEnabled(not errors)
        return not errors

    def _form_values(self) -> tuple[str, str, date]:
        return self.currency.text().strip().upper(), self.rate.text().strip(), self._day()

    def has_unsaved_changes(self) -> bool:
        """A currency or a rate typed (or changed from the rate picked) and not saved."""
        values = self._form_values()
        return any(values[:2]) and values != self._kept

    def save_changes(self) -> None:
        self.save()

    def save(self) -> None:
        if not self._validate():
            self.form.reveal_all()
            self.saved_changes(False)
            return
        code = self.currency.text().strip().upper()
        self.save_button.setEnabled(False)
        self.ops.write(
            set_rate,
            code,
            Decimal(self._typed_rate()),
            self._day(),
            on_done=lambda _r: self._saved(code),
            on_error=self._failed,
        )

    def _saved(self, code: str) -> None:
        text = self.tr("Tipo de cambio de %1 guardado").replace("%1", code)
        self.status.setText(text)
        if self.toast is not None:
            self.toast(text)
        self.rate.clear()
        self._kept = self._form_values()
        self.saved_changes(True)
        self.load()

    def _failed(self, error: BaseException) -> None:
        field_errors = getattr(error, "field_errors", None)
        if field_errors:
            self.form.set_errors({k: render(c, p) for k, (c, p) in field_errors.items()})
            self.form.reveal_all()
        self.status.setText(error_text(error))
        self._validate()
        self.saved_changes(False)
