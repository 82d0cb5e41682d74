"""«Proponer acción de mejora…»: the house form for an improvement action on a weak
dimension — what will be done, who owns it and when it is due — validated as the
person types with the service's own rule (`validate_action`), kept as a draft, saved
through `open_action`. It was a bare one-line question: no owner, no due date, and a
refused title (one with a line break) closed it without a word."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from agencia.services.satisfaction.improvement_owners import owners
from agencia.services.satisfaction.improvements import ActionInput, open_action, validate_action
from agencia.ui.ops import Operations
from agencia.ui.widgets.doc_widgets import date_edit
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen

ACTION_DAYS = 30  # a proposed action is due this many days on, unless the person says


class ProposeDialog(FormDialog):
    """An action on `dimension` (a DimensionResult) of `account_id` (None: the agency's),
    owned by `owner_id` unless the person chooses someone else."""

    def __init__(
        self,
        ops: Operations,
        dimension: Any,
        account_id: int | None,
        owner_id: int | None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Acción de mejora: %1").replace("%1", dimension.dimension))
        self.setObjectName("proposeActionForm")
        self.dimension = dimension
        self.account_id = account_id
        self.today = today or date.today()
        self.form = Form(self)
        self.title = QLineEdit(self.tr("Mejorar «%1»").replace("%1", dimension.dimension), self)
        self.title.setObjectName("actionTitle")
        self.owner = QComboBox(self)
        self.owner.setObjectName("actionOwner")
        self._wanted_owner = owner_id
        due = self.today + timedelta(days=ACTION_DAYS)
        self.due = date_edit(QLocale(), due, self)  # the house's: «07/12/2026»
        self.due.setObjectName("actionDue")
        self.due.setMinimumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.form.add("dimension", self.tr("Dimensión"), QLabel(dimension.dimension, self))
        self.form.touched.add("dimension")  # not typed: what is wrong with it shows at once
        self.form.add("title", self.tr("Qué se va a hacer *"), self.title)
        self.form.add("owner_id", self.tr("Responsable *"), self.owner)
        self.form.add("due_on", self.tr("Fecha límite *"), self.due)
        note = QLabel(
            self.tr("La siguiente encuesta dirá si la brecha de esta dimensión se cerró."), self
        )
        note.setWordWrap(True)
        self.body.addWidget(self.form)
        self.body.addWidget(note)
        self.add_form(self.form)
        resize_within_screen(self, 520, 320)
        self.ops.read(owners, account_id, on_done=self._people, on_error=lambda _e: None,
                      key=f"propose-owners.{id(self)}")  # fmt: skip
        self.title.setFocus()
        self.title.selectAll()
        self.revalidate()

    def _people(self, options: Any) -> None:
        """Who may own the action (`owners`: active, working on its account), the one
        proposing chosen when they are among them."""
        for option in options:
            self.owner.addItem(option.label, option.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(self._wanted_owner)))
        self.revalidate()

    def collect(self) -> ActionInput:
        day = self.due.date()
        return ActionInput(
            dimension=self.dimension.dimension,
            title=self.title.text(),
            owner_id=self.owner.currentData() or 0,
            due_on=date(day.year(), day.month(), day.day()),
            opened_gap=self.dimension.gap if self.dimension.gap is not None else 0.0,
            account_id=self.account_id,
        )

    def field_errors(self, data: ActionInput) -> FieldErrors:
        """The service's rules; the gap is the dimension's, said under it (a dimension
        clients rate above what they expected is no weak one)."""
        errors = dict(validate_action(data, self.today))
        if "opened_gap" in errors:
            errors.setdefault("dimension", errors.pop("opened_gap"))
        if not data.owner_id:
            errors["owner_id"] = ("field.required", {})
        return errors

    def submit(self, data: ActionInput) -> None:
        self.write(open_action, data)
