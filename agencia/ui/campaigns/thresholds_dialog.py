"""«Umbrales de aprobación…»: up to which budget supervisors and managers approve
(directors approve any amount), an administrator's setting. A FormDialog: it speaks to
agencia.services.campaigns.approval_settings through Operations and closes when saved.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QWidget,
)

from agencia.domain.errors import Conflict
from agencia.domain.text import fill
from agencia.services.campaigns.approval_settings import (
    Thresholds,
    get_thresholds,
    set_thresholds,
)
from agencia.ui.formatting import money
from agencia.ui.ops import Operations
from agencia.ui.widgets.doc_widgets import MoneyEdit
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate
Toast = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ThresholdsInput:
    """What the form holds: each amount, None when empty, or False when not a number."""

    supervisor: Decimal | bool | None
    manager: Decimal | bool | None


class ThresholdsDialog(FormDialog):
    """Up to which budget supervisors and managers approve; directors approve any amount.

    Signals: `saved(SaveResult, ThresholdsInput)` (FormDialog's) once stored."""

    def __init__(
        self,
        ops: Operations,
        thresholds: Thresholds,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ops, QCoreApplication.translate("ApprovalSettings", "Umbrales de aprobación"), parent
        )
        self.setObjectName("thresholdsDialog")
        self.thresholds = thresholds
        self.version = thresholds.version
        self.locale_ = locale
        self.form = Form(self)
        self.supervisor = MoneyEdit(locale, thresholds.currency, self)
        self.supervisor.setObjectName("supervisorThreshold")
        self.supervisor.set_amount(thresholds.supervisor)
        self.manager = MoneyEdit(locale, thresholds.currency, self)
        self.manager.setObjectName("managerThreshold")
        self.manager.set_amount(thresholds.manager)
        room = self.fontMetrics().horizontalAdvance("000.000.000,00 €") + 40
        for editor in (self.supervisor, self.manager):
            editor.setMaximumWidth(room)  # an amount, not a paragraph
        self.form.add("supervisor", self.tr("Límite del supervisor"), self.supervisor)
        self.form.add("manager", self.tr("Límite del gerente"), self.manager)
        self.add_form(self.form)
        self.body.addWidget(self.form)
        self.rule = plain_label("", self)
        self.rule.setObjectName("thresholdsRule")
        self.rule.setWordWrap(True)
        self.body.addWidget(self.rule)
        note = plain_label(
            self.tr(
                "Los nuevos límites valen para las aprobaciones que se den desde ahora; las ya "
                "dadas no cambian. El cambio queda registrado en el historial de la agencia."
            ),
            self,
        )
        note.setProperty("role", "secondary")
        note.setWordWrap(True)
        self.body.addWidget(note)
        for editor in (self.supervisor, self.manager):
            editor.textChanged.connect(self._describe)
        self._describe()
        self.setMinimumWidth(520)
        self.revalidate()
        self.supervisor.setFocus()
        self.supervisor.selectAll()

    @staticmethod
    def _amount(editor: MoneyEdit) -> Decimal | bool | None:
        try:
            return editor.amount()
        except ValueError:
            return False

    def _describe(self) -> None:
        """The rule in a sentence, with the amounts as typed."""
        data = self.collect()

        def shown(value: Decimal | bool | None) -> str:
            if isinstance(value, Decimal):
                return money(value, self.thresholds.currency, self.locale_)
            return "…"

        text = self.tr(
            "Un supervisor de cuentas aprueba presupuestos de hasta %1; un gerente de cuenta, "
            "de hasta %2, y un director de cuentas, de cualquier importe."
        )
        self.rule.setText(fill(text, shown(data.supervisor), shown(data.manager)))

    def collect(self) -> ThresholdsInput:
        return ThresholdsInput(self._amount(self.supervisor), self._amount(self.manager))

    def field_errors(self, data: ThresholdsInput) -> FieldErrors:
        errors: FieldErrors = {}
        for name in ("supervisor", "manager"):
            value = getattr(data, name)
            if value is None:
                errors[name] = ("field.required", {})
            elif value is False:
                errors[name] = ("field.amount", {})
        if (
            not errors
            and isinstance(data.supervisor, Decimal)
            and isinstance(data.manager, Decimal)
            and data.manager < data.supervisor
        ):
            errors["manager"] = ("thresholds.order", {})
        return errors

    def submit(self, data: ThresholdsInput) -> None:
        assert isinstance(data.supervisor, Decimal) and isinstance(data.manager, Decimal)
        self.write(set_thresholds, data.supervisor, data.manager, self.version)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if isinstance(error, Conflict):  # someone saved meanwhile: show theirs, keep ours
            self.ops.read(get_thresholds, on_done=self._reloaded, on_error=lambda _e: None)

    def _reloaded(self, current: Thresholds) -> None:
        self.thresholds = current
        self.version = current.version
        text = self.tr(
            "Otra persona ha cambiado los umbrales mientras los editaba: ahora son %1 "
            "(supervisor) y %2 (gerente). Revise sus importes y guarde de nuevo para aplicarlos."
        )
        self.show_banner(
            fill(
                text,
                money(current.supervisor, current.currency, self.locale_),
                money(current.manager, current.currency, self.locale_),
            )
        )
        self.revalidate()
