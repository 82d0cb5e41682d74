"""The fast entry form for answers taken by phone or on paper: the survey, the account
and who answered, the date, and per question what the client expected and perceived
(a dash: not answered), with how much each dimension matters to them. The keyboard goes
down the column of numbers; an incomplete response is kept and says so."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from agencia.domain.survey_scales import point_words
from agencia.services.satisfaction.page import entry_choices
from agencia.services.satisfaction.responses import (
    AnswerInput,
    ResponseInput,
    record_response,
    validate_response,
)
from agencia.ui.ops import Operations
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def _spin(points: int, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, points)
    spin.setSpecialValueText("—")  # 0: not answered
    spin.setMinimumWidth(56)
    return spin


class EntryDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        templates: Sequence[Any],
        accounts: Sequence[tuple[int, str]],
        account_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Registrar respuesta"), parent)
        self.setObjectName("satisfaction-entry")
        self.today = today or date.today()
        self.templates = list(templates)
        self.template = QComboBox()
        self.template.setObjectName("entry-template")
        for view in self.templates:
            self.template.addItem(view.name, view.id)
        self.account = QComboBox()
        self.account.setObjectName("entry-account")
        for ident, name in accounts:
            self.account.addItem(name, ident)
        if account_id is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
        self.contact = QComboBox()
        self.contact.setObjectName("entry-contact")
        self.campaign = QComboBox()
        self.campaign.setObjectName("entry-campaign")
        self.day = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.day.setObjectName("entry-date")
        self.day.setCalendarPopup(True)
        head = QFormLayout()
        head.addRow(self.tr("Encuesta"), self.template)
        head.addRow(self.tr("Cuenta"), self.account)
        head.addRow(self.tr("Quién responde"), self.contact)
        head.addRow(self.tr("Campaña (opcional)"), self.campaign)
        head.addRow(self.tr("Fecha"), self.day)
        self.body.addLayout(head)
        self.scale = QLabel()
        self.scale.setWordWrap(True)
        self.body.addWidget(self.scale)
        self.questions_area = QScrollArea()
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setMinimumHeight(300)
        self.body.addWidget(self.questions_area)
        self.answers: dict[tuple[int, int], tuple[QSpinBox, QSpinBox]] = {}
        self.importance: dict[int, QSpinBox] = {}
        self.template.currentIndexChanged.connect(self._build)
        self.account.currentIndexChanged.connect(self._load_choices)
        self._build()
        self._load_choices()
        resize_within_screen(self, 720, 620)

    def _view(self) -> Any:
        return self.templates[self.template.currentIndex()] if self.templates else None

    def _build(self) -> None:
        view = self._view()
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        self.answers, self.importance = {}, {}
        if view is None:
            self.questions_area.setWidget(grid_host)
            return
        words = point_words(view.points, view.wording)
        self.scale.setText(
            " · ".join(f"{i + 1} {w or ''}".strip() for i, w in enumerate(words))
            + "  —  "
            + self.tr("«—»: sin respuesta")
        )
        grid.addWidget(QLabel(self.tr("Esperaba")), 0, 1)
        grid.addWidget(QLabel(self.tr("Percibió")), 0, 2)
        line = 1
        for d, dimension in enumerate(view.dimensions, 1):
            title = QLabel(f"<b>{d}. {dimension.name}</b>")
            grid.addWidget(title, line, 0)
            importance = _spin(view.points, f"importance-{d}")
            importance.setToolTip(self.tr("Importancia de la dimensión para el cliente"))
            grid.addWidget(QLabel(self.tr("Importancia")), line, 1)
            grid.addWidget(importance, line, 2)
            self.importance[d] = importance
            line += 1
            for q, text in enumerate(dimension.questions, 1):
                label = QLabel(f"{d}.{q} {text}")
                label.setWordWrap(True)
                expected = _spin(view.points, f"expected-{d}-{q}")
                perceived = _spin(view.points, f"perceived-{d}-{q}")
                grid.addWidget(label, line, 0)
                grid.addWidget(expected, line, 1)
                grid.addWidget(perceived, line, 2)
                self.answers[(d, q)] = (expected, perceived)
                line += 1
        grid.setColumnStretch(0, 1)
        self.questions_area.setWidget(grid_host)
        for box in (
            *self.importance.values(),
            *(s for pair in self.answers.values() for s in pair),
        ):
            box.valueChanged.connect(self.revalidate)

    def _load_choices(self) -> None:
        account_id = self.account.currentData()
        if account_id is None:
            return
        self.ops.read(entry_choices, account_id, on_done=self._choices, key="satisfaction-entry")

    def _choices(self, choices: Any) -> None:
        self.contact.clear()
        for option in choices.contacts:
            self.contact.addItem(option.label, option.id)
        self.campaign.clear()
        self.campaign.addItem(self.tr("Ninguna"), None)
        for option in choices.campaigns:
            self.campaign.addItem(option.label, option.id)
        self.revalidate()

    def set_answer(self, dimension: int, question: int, expected: int, perceived: int) -> None:
        """Type one question's numbers (the tests, and a paper form read aloud)."""
        first, second = self.answers[(dimension, question)]
        first.setValue(expected)
        second.setValue(perceived)

    def collect(self) -> ResponseInput | None:
        view = self._view()
        if view is None or self.account.currentData() is None:
            return None
        day = self.day.date()
        answers = tuple(
            AnswerInput(d, q, e.value() or None, p.value() or None)
            for (d, q), (e, p) in self.answers.items()
            if e.value() or p.value()
        )
        return ResponseInput(
            template_id=view.id,
            account_id=self.account.currentData(),
            contact_id=self.contact.currentData() or 0,
            answered_on=date(day.year(), day.month(), day.day()),
            answers=answers,
            importance={d: s.value() for d, s in self.importance.items() if s.value()},
            campaign_id=self.campaign.currentData(),
        )

    def field_errors(self, data: Any) -> FieldErrors:
        view = self._view()
        if data is None or view is None:
            return {"template": ("field.required", {})}
        errors = validate_response(view, data, self.today)
        if not data.contact_id:
            errors["contact_id"] = ("field.required", {})
        return errors

    def submit(self, data: Any) -> None:
        self.write(record_response, data, self.today)
