"""The fast entry form for answers taken by phone or on paper: the survey, the account
and who answered, the date, and per question what the client expected and perceived
(a dash: not answered), with how much each dimension matters to them. The keyboard goes
down the column of numbers; an incomplete response is kept and says so.

What is typed is the house form's (`FormDialog`): the head's editors and the sheet of
numbers are fields of its forms, so Esc asks before dropping them and a crash leaves a
draft this form takes back. The sheet gives its numbers as one value (`AnswerSheet`), and
the contact and campaign lists, which arrive after the account is chosen, keep the choice
a draft asks for until they do (`LaterChoice`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from agencia.domain.messages import language
from agencia.domain.survey_scales import point_words
from agencia.services.satisfaction.page import entry_choices
from agencia.services.satisfaction.responses import (
    AnswerInput,
    ResponseInput,
    record_response,
    validate_response,
)
from agencia.ui.ops import Operations
from agencia.ui.widgets.doc_widgets import date_edit
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def _spin(points: int, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, points)
    spin.setSpecialValueText("—")  # 0: not answered
    spin.setMinimumWidth(56)
    return spin


class LaterChoice(QComboBox):
    """A list filled once the account's choices arrive: a choice asked for before (a
    draft's) waits for its entry instead of landing on whatever is listed meanwhile."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._wanted: Any = None

    def fill(self, entries: Sequence[tuple[str, Any]]) -> None:
        keep = self._wanted if self._wanted is not None else self.currentData()
        self.clear()
        for text, ident in entries:
            self.addItem(text, ident)
        found = self.findData(keep) if keep is not None else -1
        if found >= 0:
            self.setCurrentIndex(found)
            self._wanted = None

    def editor_value(self) -> Any:
        return [self.currentData(), self.currentText()]

    def set_editor_value(self, value: Any) -> None:
        ident, _text = value
        found = self.findData(ident)
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self._wanted = ident


class AnswerSheet(QScrollArea):
    """Per dimension its importance and per question what was expected and perceived,
    given and taken back as one value ({"answers": {"1.2": [e, p]}, "importance": {"1": i}},
    only what is answered) so that a draft keeps the numbers typed. Its words are the
    entry form's (context "EntryDialog")."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setMinimumHeight(300)
        self.answers: dict[tuple[int, int], tuple[QSpinBox, QSpinBox]] = {}
        self.importance: dict[int, QSpinBox] = {}

    def build(self, view: Any) -> None:
        """The grid of `view`'s questions (None: empty), every number unanswered."""
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        self.answers, self.importance = {}, {}
        if view is None:
            self.setWidget(grid_host)
            return
        grid.addWidget(QLabel(QCoreApplication.translate("EntryDialog", "Esperaba")), 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("EntryDialog", "Percibió")), 0, 2)
        grid.addWidget(QLabel(QCoreApplication.translate("EntryDialog", "Importancia")), 0, 3)
        line = 1
        for d, dimension in enumerate(view.dimensions, 1):
            title = QLabel(f"<b>{d}. {dimension.name}</b>")
            grid.addWidget(title, line, 0)
            importance = _spin(view.points, f"importance-{d}")
            importance.setToolTip(
                QCoreApplication.translate(
                    "EntryDialog", "Importancia de la dimensión para el cliente"
                )
            )
            # under its own header (it sat under «Esperaba» and «Percibió»)
            grid.addWidget(importance, line, 3)
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
        self.setWidget(grid_host)
        for box in self._spins():
            box.valueChanged.connect(lambda _v: self.changed.emit())

    def _spins(self) -> list[QSpinBox]:
        return [*self.importance.values(), *(s for pair in self.answers.values() for s in pair)]

    def editor_value(self) -> Any:
        return {
            "answers": {
                f"{d}.{q}": [e.value(), p.value()]
                for (d, q), (e, p) in self.answers.items()
                if e.value() or p.value()
            },
            "importance": {str(d): s.value() for d, s in self.importance.items() if s.value()},
        }

    def set_editor_value(self, value: Any) -> None:
        answers, importance = value["answers"], value["importance"]
        for (d, q), (expected, perceived) in self.answers.items():
            first, second = answers.get(f"{d}.{q}", (0, 0))
            expected.setValue(int(first))
            perceived.setValue(int(second))
        for d, spin in self.importance.items():
            spin.setValue(int(importance.get(str(d), 0)))


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
        self.contact = LaterChoice("entry-contact")
        self.campaign = LaterChoice("entry-campaign")
        self.day = date_edit(QLocale(), self.today)  # the house's: «07/12/2026»
        self.day.setObjectName("entry-date")
        self.day.dateChanged.connect(lambda _d: self._note_edit())  # no text signal to see
        self.form = Form(self)
        self.form.add("template", self.tr("Encuesta"), self.template)
        self.form.add("account_id", self.tr("Cuenta"), self.account)
        self.form.add("contact_id", self.tr("Quién responde"), self.contact)
        self.form.add("campaign_id", self.tr("Campaña (opcional)"), self.campaign)
        self.form.add("answered_on", self.tr("Fecha"), self.day)
        self.body.addWidget(self.form)
        self.scale = QLabel()
        self.scale.setWordWrap(True)
        self.body.addWidget(self.scale)
        self.sheet = AnswerSheet()
        self.sheet_form = Form(self)  # the sheet spans the width: no caption beside it
        self.sheet_form.layout_.setHorizontalSpacing(0)
        self.sheet_form.add("answers", "", self.sheet)
        self.sheet_form.labels["answers"].hide()
        self.body.addWidget(self.sheet_form)
        self.template.currentIndexChanged.connect(self._build)
        self.account.currentIndexChanged.connect(self._load_choices)
        self._build()
        self.sheet.changed.connect(self.revalidate)
        self.add_form(self.form)
        self.add_form(self.sheet_form)
        self._load_choices()
        # typing starts at the survey, not on the first button (the buttons come first
        # in the chain: Guardar disabled, Cancelar took the focus)
        self.template.setFocus()
        resize_within_screen(self, 720, 620)

    @property
    def answers(self) -> dict[tuple[int, int], tuple[QSpinBox, QSpinBox]]:
        return self.sheet.answers

    @property
    def importance(self) -> dict[int, QSpinBox]:
        return self.sheet.importance

    def _view(self) -> Any:
        return self.templates[self.template.currentIndex()] if self.templates else None

    def _build(self) -> None:
        view = self._view()
        self.sheet.build(view)
        if view is None:
            return
        words = point_words(view.points, view.wording, language())  # the window's
        self.scale.setText(
            " · ".join(f"{i + 1} {w or ''}".strip() for i, w in enumerate(words))
            + "  —  "
            + self.tr("«—»: sin respuesta")
        )

    def _load_choices(self) -> None:
        account_id = self.account.currentData()
        if account_id is None:
            return
        self.ops.read(entry_choices, account_id, on_done=self._choices, key="satisfaction-entry")

    def _choices(self, choices: Any) -> None:
        self.contact.fill([(option.label, option.id) for option in choices.contacts])
        self.campaign.fill(
            [
                (self.tr("Ninguna"), None),
                *((option.label, option.id) for option in choices.campaigns),
            ]
        )
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
